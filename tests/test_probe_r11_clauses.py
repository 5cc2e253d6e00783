"""Clause failures found on the round 11 probes (p25-p27): a cue inside another cue's content,
two cues in one sentence, partial quotes in reported speech. End to end with the real model;
the sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'In a letter to investors, Corvane chairman Paul Dreyer wrote that the board had '
            '"unanimously agreed that the bid undervalues the firm."\n',
            "Paul Dreyer",
        ),
        (
            'Union leader Tomas Berg wrote that the executive had "firmly concluded that the deal was dead."\n',
            "Tomas Berg",
        ),
    ],
    ids=["board-agreed", "executive-concluded"],
)
def test_quotation_opening_inside_the_inner_cue_is_the_outer_speakers(nlp, text, name):
    # The quotation opens between "had" and its verb: the verb is quoted words of the writer's,
    # not a cue of the board's that makes the writer a carrier.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert quote.type == "mixed"
    assert quote.content[0].text.startswith("that the ")
    assert not quote.via
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Port economist Ilaria Venn said the strike was short because both unions agreed the terms were fair.\n",
            "Ilaria Venn",
            "the strike was short because",
        ),
        (
            "Market analyst Hugo Brandt said prices fell after the regulator announced the merger was off.\n",
            "Hugo Brandt",
            "prices fell after",
        ),
    ],
    ids=["because-agreed", "after-announced"],
)
def test_cue_in_adverbial_clause_of_content_is_no_relay(nlp, text, name, start):
    # A speech verb in a "because"/"after" clause of what was said is part of the claim: the
    # outer speaker's statement stands whole, with no carrier.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert quote.content[0].text.startswith(start)
    assert not quote.via
    assert "QC101" not in _rules(report)


def test_guard_inner_speech_verb_in_main_clause_is_still_carried(nlp):
    # Guard: "Reuters reported that the minister said ..." keeps the minister as the speaker
    # and Reuters as the carrier.
    report = analyze("Reuters reported that the minister said the talks had failed.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "the minister"
    assert [h.name for h in quote.via] == ["Reuters"]


def test_two_outlets_in_one_while_sentence(nlp):
    # 'X reported ... "A," while Y said ... "B"': the cue after "while" opens a clause of its
    # own and does not sign the quotation before it; each outlet keeps its statement.
    text = (
        'The Harbour Gazette reported that the plan was "the bravest in a decade," while the '
        'Eastern Ledger said it would "hurt farmers and help nobody."\n'
    )
    report = analyze(text, nlp=nlp)
    gazette, ledger = report.quotes
    assert gazette.speaker_name == "Harbour Gazette"
    assert gazette.type == "mixed"
    assert gazette.content[0].text.startswith("that the plan was")
    assert ledger.speaker_name == "Eastern Ledger"
    assert ledger.content[0].text.startswith("it would")
    assert "bravest" not in " ".join(c.text for c in ledger.content)


def test_phrase_another_speaker_called_is_their_statement(nlp):
    # ", a phrase X called '...'" renames the words before it; X's judgement of them is X's
    # own statement, not part of the first speaker's.
    # (The parser hangs "a phrase" on the object as a conjunct here, so the relative clause
    # fell inside the first speaker's content.)
    text = "O'Connor described the inquiry as a fishing expedition, a phrase Maddox called \u201cinsulting to the people of Kelby.\u201d\n"
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.speaker_name == "O'Connor"
    assert first.content[0].text == "the inquiry as a fishing expedition"
    assert second.speaker_name == "Maddox"
    assert "insulting" in second.content[0].text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Port economist Ilaria Venn said "a short delay" was unavoidable.\n',
            '"a short delay" was unavoidable',
        ),
        (
            'Harlow Foods chief executive Greta Lind said "a modest rise in prices" would follow.\n',
            '"a modest rise in prices" would follow',
        ),
    ],
    ids=["was", "would"],
)
def test_quoted_subject_of_reported_clause_is_mixed(nlp, text, content):
    # The quoted words are only the subject of the clause that was said: the whole clause is
    # the content, a partial quote.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "mixed"
    assert quote.content[0].text == content


def test_guard_time_after_quotation_stays_outside(nlp):
    # Guard: 'said "..." on Monday' only says when; the quotation is the whole content.
    (quote,) = analyze('Berg said "we will strike" on Monday.\n', nlp=nlp).quotes
    assert quote.type == "direct"
    assert quote.content[0].text == '"we will strike"'


def test_disputed_that_saying_gives_no_that_quote(nlp):
    # "disputed that, saying ...": the pronoun says nothing; the "saying" clause gives the words.
    text = (
        "The mayor said the tunnel was on budget. Engineer Dora Kessel disputed that, saying "
        "the council's own audit showed an overrun.\n"
    )
    quotes = analyze(text, nlp=nlp).quotes
    kessel = [q for q in quotes if q.speaker_name == "Dora Kessel"]
    assert [c.text for q in kessel for c in q.content] == ["the council's own audit showed an overrun"]


def test_guard_denied_it_alone_stands(nlp):
    # Guard: with nothing beside it, "denied it" is the whole statement (as PolNeAR annotates).
    (quote,) = analyze("The senator denied it.\n", nlp=nlp).quotes
    assert quote.content[0].text == "it"


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Greens leader Tom Avery told ABC Radio Perth's Drive program the state had been warned "
            "about the fires as early as 2019.\n",
            "Tom Avery",
            "the state had been warned about the fires as early as 2019",
        ),
        (
            "Senator Jane Hume told Sky News's Kenny program the minister had ignored the advice.\n",
            "Jane Hume",
            "the minister had ignored the advice",
        ),
    ],
    ids=["relative", "participle"],
)
def test_told_programme_clause_without_that(nlp, text, name, content):
    # "told <outlet>'s <programme> program <clause>": the parser hangs the clause on the
    # programme as a relative clause or a participle; a whole clause after a hearer is what
    # was told.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == name
    assert quote.content[0].text == content


def test_termed_is_a_verb_of_calling(nlp):
    # 'a charge the office termed "..."': "termed" gives the office's words, not scare quotes.
    text = (
        "Ms Rao alleged that the contractor was a cousin of the mayor, a claim the mayor's office "
        'termed "false and malicious".\n'
    )
    quotes = analyze(text, nlp=nlp).quotes
    termed = [q for q in quotes if q.cue is not None and q.cue.text == "termed"]
    assert len(termed) == 1
    assert termed[0].speaker is not None and termed[0].speaker.text == "the mayor's office"
    assert "false and malicious" in termed[0].content[0].text
