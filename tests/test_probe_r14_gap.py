"""Reported speech set apart from its cue, from the round 14 probes: a that-clause after a
prepositional phrase (and an aside) on the cue, and a cue joined to a verb before it. End to
end with the real model. The sentences are written by the quotecheck authors after the
probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [" ".join(c.text for c in q.content) for q in report.quotes]


# --- A that-clause after a phrase on the cue --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "The spokesman also said for the first time that several documents had been recovered.",
            None,
            "that several documents had been recovered",
        ),
        (
            "Maria Vega, a councillor whom the mayor dismissed last year, said on Radio Norte, "
            "where she is now a regular guest, that the mayor should be investigated.",
            "Maria Vega",
            "that the mayor should be investigated",
        ),
    ],
    ids=["first-time", "relative-aside"],
)
def test_that_clause_after_phrase_is_the_cues(nlp, text, speaker, said):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert _contents(report) == [said]
    assert quote.cue.text == "said"
    assert quote.speaker_name == speaker


def test_clause_of_a_noun_that_takes_one_stays_its_own(nlp):
    # Guard: what the reports said is not what the commenter said.
    report = analyze("The mayor commented on reports that the budget would be cut.", nlp=nlp)
    assert not any(c.startswith("that the budget") for c in _contents(report))


def test_real_relative_clause_on_the_phrase_is_no_content(nlp):
    # Guard: "that" is the object of "rented": a relative clause, not what was said.
    report = analyze("The senator spoke at length in the hall that the union had rented for the night.", nlp=nlp)
    assert report.quotes == ()


def test_clause_opening_the_sentence_is_no_ones_words(nlp):
    # Guard: the phrase with its clause comes before the cue, not between it and its words.
    report = analyze("To the extent that shoppers know the brand, they may think of it as cheap.", nlp=nlp)
    assert not any("shoppers know" in c for c in _contents(report))


# --- A cue joined to a verb before it ---------------------------------------------------------


def test_clause_read_as_a_third_conjunct(nlp):
    text = "The governor has set aside $40 million for roads and on Tuesday announced $10 million more would be spent on bridges."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "announced"
    assert _contents(report) == ["$10 million more would be spent on bridges"]
    assert quote.speaker.text == "The governor"


def test_time_before_a_conjunct_cue_is_not_its_speaker(nlp):
    text = "The council raised fees in 2019 and this month announced they would rise again."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "announced"
    assert quote.speaker.text == "The council"
