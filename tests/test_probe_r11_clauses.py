"""Clause failures found on the round 11 probes (p25-p27): a cue inside another cue's content,
two cues in one sentence, partial quotes in reported speech. End to end with the real model;
the sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _rules(report):
    return [f.rule for f in report.findings]


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
