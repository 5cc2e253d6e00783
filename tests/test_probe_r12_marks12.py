"""Nested quotations, dash dialogue and words quoted after verbs of naming, found on the round
11 probes (p22-p27), end to end with the real model. The sentences are written by the
quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quoted_spans(report):
    return {(s.start, s.end) for q in report.quotes for s in q.quoted}


def _term_spans(report):
    return {(t.span.start, t.span.end) for t in report.terms}


# --- Verbs of naming: partial quotes, never speech and label at once -----------------------


@pytest.mark.parametrize(
    "text",
    [
        'The union rejected the proposal, a plan the company termed "fair and final."',
        'The inspectors criticised the audit, a report the ministry described as "deeply flawed."',
    ],
    ids=["termed", "described-as"],
)
def test_words_after_a_verb_of_naming_are_a_partial_quote(nlp, text):
    # The company's words are a few words of a longer remark about something outside the
    # quotation (the plan): mixed, not a whole direct quote.
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.cue is not None and q.cue.text in ("termed", "described"))
    assert quote.type == "mixed"
    assert not _term_spans(report) & _quoted_spans(report)


@pytest.mark.parametrize(
    "text",
    [
        'The senator kept calling his rival "Little Marco" at rallies last spring.',
        'At the hearing the minister called the opposition leader "Comrade Bulldozer" twice.',
    ],
    ids=["kept-calling", "called"],
)
def test_a_name_given_on_one_occasion_is_listed_once_as_speech(nlp, text):
    # A Title Case name the speaker gave is the speaker's words: one quote holds it, and it is
    # not listed again under names.
    report = analyze(text, nlp=nlp)
    assert _quoted_spans(report), "the name given is somebody's words"
    assert not _term_spans(report) & _quoted_spans(report)


@pytest.mark.parametrize(
    "text",
    [
        'Friends have called the striker Jonas Hale "the Heron" since his school days, a nickname he likes.',
        'Colleagues have long dubbed the budget office "the Vault" because nothing leaves it.',
    ],
    ids=["have-called", "have-dubbed"],
)
def test_a_name_something_has_long_gone_by_is_a_name(nlp, text):
    # The present perfect of a verb of naming tells what a thing goes by, as the present does
    # ("Locals call it ..."): a name, not a quote with a vague source.
    report = analyze(text, nlp=nlp)
    assert [t.kind for t in report.terms] == ["name"]
    assert not _quoted_spans(report)


def test_guard_so_called_stays_the_writers_label(nlp):
    # Guard: "so-called" is the writer's distance, never the speaker's words.
    text = 'The governor said the so-called "efficiency plan" would cut four hundred jobs.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert [t.kind for t in report.terms] == ["scare"]


# --- Dash-led dialogue with no cue inside the line ------------------------------------------


def test_dash_line_after_a_cue_and_colon_is_the_speakers(nlp):
    # The cue clause ends in a colon and the words follow on a dash-led line of their own.
    text = (
        "Asked whether the stoppage would go on, the dockers' leader Marit Solberg replied:\n\n"
        "— We will stay out until the port authority puts a real offer on the table."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.type == "direct")
    assert quote.speaker_name == "Marit Solberg"
    assert quote.content[0].text.startswith("We will stay out")


def test_dash_answer_after_a_question_is_the_one_set_up_before_the_dialogue(nlp):
    # A short sentence of manner sets up the one who answers; the dash-led question is the
    # reporter's, each dash-led answer the one set up.
    text = (
        "Coach Henrik Vasko watched the replay twice after the final whistle.\n\n"
        "Asked about the sending-off, Vasko was blunt.\n\n"
        "— Will the club appeal?\n"
        "— Of course we will appeal, and we expect to win.\n"
        "— And the fine?\n"
        "— The club will pay it, and I will not say more today."
    )
    report = analyze(text, nlp=nlp)
    answers = [q for q in report.quotes if q.type == "direct"]
    assert [q.content[0].text[:12] for q in answers] == ["Of course we", "The club wil"]
    assert {q.speaker_name for q in answers} == {"Henrik Vasko"}
    assert not any(q.content[0].text.endswith("?") for q in report.quotes)


def test_guard_dash_led_list_after_a_colon_is_no_speech(nlp):
    # Guard: the items of a dash-led list are no one's words, even after a colon.
    text = "The council's plan includes:\n\n— New bus lanes on the ring road.\n— Two more bridges."
    report = analyze(text, nlp=nlp)
    assert not report.quotes


# --- A quote inside a quote --------------------------------------------------------------


def test_inner_quote_is_listed_with_the_one_the_outer_quote_names(nlp):
    # The inner words are the auditor's, passed on by Hallam: listed as a quote of their own,
    # with the role the outer quote names and Hallam as the one who carried them. The outer
    # quote keeps all its words.
    text = (
        "Treasurer Edwin Hallam spoke to the council on Monday. His deputy, Nora Pike, sat beside him.\n\n"
        "\"When my auditor first read the ledger, she told me, 'These accounts cannot be right,'\" Hallam said."
    )
    report = analyze(text, nlp=nlp)
    outer = next(q for q in report.quotes if q.speaker_name == "Edwin Hallam")
    assert "These accounts cannot be right" in outer.content[0].text
    inner = next(q for q in report.quotes if q is not outer)
    assert inner.content[0].text.strip("'’‘,") == "These accounts cannot be right"
    assert inner.speaker is not None and inner.speaker.text == "my auditor"
    assert inner.speaker_name != "Nora Pike"
    assert [hop.name for hop in inner.via] == ["Edwin Hallam"]
    assert "QC501" not in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        "\"People keep saying, 'Just wait another year,' and we have waited ten,\" the farmer Ada Quist said.",
        "\"They told us, 'The bridge will open in spring,' and it never did,\" resident Tomas Breck said.",
        "\"I read the words 'temporary closure' in every letter,\" resident Tomas Breck said.",
    ],
    ids=["habit", "they-without-antecedent", "words-not-speech"],
)
def test_guard_no_inner_quote_without_someone_to_check(nlp, text):
    # Guard: a habit of saying, a "they" the quote does not name, and quoted words that no cue
    # signs stay inside the outer quote only.
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
