"""Failures found on the round 11 probe articles about who carried the words: a clause inside a
that-clause read as a second-hand report, a "that" read as a determiner after a citing aside, an
occasion set between the speaker and the cue, and "was quoted as saying" after "told <outlet>".
End to end with the real model; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ilse Brandvold said that the strike would continue "until the last bus is paid for."\n',
        'Coach Ferran Odell said the season would continue "for as long as the pitch holds."\n',
    ],
    ids=["until", "for-as-long"],
)
def test_continue_with_a_thing_as_subject_is_no_cue(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    assert quote.type == "mixed"
    assert quote.speaker_kind == "person"
    assert not quote.via
    assert "QC101" not in _rules(report)


def test_continue_after_a_speaker_still_introduces_a_quotation(nlp):
    # Guard: "continue" as a verb of speech.
    text = 'The mayor paused. "We will rebuild the depot," she continued.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue.text == "continued"
    assert quote.type == "direct"


def test_the_outlet_told_stays_with_the_words_and_the_next_quote(nlp):
    text = (
        'Premier Tomas Adeyemi told the Harbour Sentinel that the blockade would continue "until the fleet turns back." '
        'He said the island would not talk "with anyone who sinks fishing boats."\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    for quote in (first, second):
        assert quote.speaker_name == "Tomas Adeyemi"
        assert quote.recipient is not None and quote.recipient.name == "Harbour Sentinel"
        # No one is their own go-between.
        assert all(hop.name != "Tomas Adeyemi" for hop in quote.via)
    assert first.cue.text == "told"


@pytest.mark.parametrize(
    "text",
    [
        "Lead author Hanna Oyelaran, a marine biologist, said that the data suggested the reefs had recovered twice before. "
        '"We are not saying the reefs are safe," she added.\n',
        # Guard: passed before the fix too.
        "Engineer Kofi Mbeki said the results showed the bridge had settled by two centimetres. "
        '"Nobody is in danger," he said.\n',
    ],
    ids=["data-suggested", "guard-results-showed"],
)
def test_a_reading_of_the_evidence_is_the_speakers_own(nlp, text):
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.cue.text == "said"
    assert first.speaker_kind == "person"
    assert not first.via and not second.via
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Sentinel reported, citing a person familiar with the negotiations, that management was preparing a new contract.\n",
            "a person familiar with the negotiations",
        ),
        # Guard: "that" read as the clause's mark, as before the fix.
        (
            "The Marlow Echo reported, citing an official close to the council, that the budget would be cut.\n",
            "an official close to the council",
        ),
    ],
    ids=["that-read-as-determiner", "guard-that-as-mark"],
)
def test_a_report_citing_a_source_before_its_that_clause(nlp, text, source):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert quote.speaker is not None and quote.speaker.text == source
    assert quote.speaker_kind == "anonymous"
    assert [h.kind for h in quote.via] == ["outlet"]
    assert "QC101" in _rules(report, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        (
            "Harbour master Petra Lindqvist, speaking to the Eastholm Gazette, said the port would reopen on Monday.\n",
            "Petra Lindqvist",
            "Eastholm Gazette",
        ),
        (
            "Economist Joaquim Ferreira, writing in the Meridian Review, argued that rates would stay high.\n",
            "Joaquim Ferreira",
            "Meridian Review",
        ),
        (
            'Former judge Aurelie Danton, writing in the Northgate Quarterly, argued that the law "cannot stand."\n',
            "Aurelie Danton",
            "Northgate Quarterly",
        ),
    ],
    ids=["speaking-to", "writing-in", "writing-in-mixed"],
)
def test_an_occasion_between_speaker_and_cue_names_the_carrier(nlp, text, speaker, outlet):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == speaker
    assert quote.speaker is not None and outlet not in quote.speaker.text
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(report, quote)
    assert "QC202" not in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        "Writing in Lisbon, economist Joaquim Ferreira argued that rates would stay high.\n",
        "Economist Joaquim Ferreira, speaking in March, said that rates would stay high.\n",
    ],
    ids=["place", "date"],
)
def test_an_occasion_without_an_outlet_names_no_carrier(nlp, text):
    # Guard: a place or a time is no publication.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Joaquim Ferreira"
    assert quote.recipient is None
    assert "QC101" not in _rules(report)


def test_quoted_as_saying_after_told_an_outlet_goes_to_that_outlet(nlp):
    text = (
        "Ferry chief Nadia Castellanos told the Brightwater Courier that the route had lost money for years. "
        '"We cannot keep sailing at a loss," she was quoted as saying.\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert second.cue.text == "as saying"
    assert second.speaker_name == "Nadia Castellanos"
    assert second.recipient is not None
    assert (second.recipient.name, second.recipient.kind) == ("Brightwater Courier", "outlet")
