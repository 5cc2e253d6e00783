"""Round 14 review mends: bodies named by words that open a sentence, "name" before a chant,
belief and "made it clear" holders that cannot speak, a new person before a quotation, the
maker of a product as a body, and the narrower readings the review asked for. End to end with
the real model. The sentences are the reviewer's and the quotecheck authors' own."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _said_by_statement(report):
    (quote,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    return quote


# --- 1. a body named by capitalised words that open a sentence ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Council officials closed the pool. The council issued a statement on Tuesday. "
        "The closure was temporary, the statement said.",
        "When Ministry inspectors arrived, the plant shut. The ministry issued a statement. "
        "The plant was safe, the statement said.",
    ],
    ids=["time-words", "subordinator"],
)
def test_words_opening_a_sentence_name_no_body(nlp, text):
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name is None


def test_preposition_opening_a_sentence_is_no_part_of_the_name(nlp):
    text = (
        "In Leeds City Council elections, Labour won. The council issued a statement on Monday. "
        "The vote was fair, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name == "Leeds City Council"


def test_body_named_long_before_is_not_taken(nlp):
    filler = "The weather was mild and the roads were quiet all week long. " * 40
    text = (
        "Harrow Borough Council closed the pool.\n\n" + filler + "\n\nThe council issued a statement on Monday. "
        "The closure was temporary, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name is None


def test_guard_body_named_before_statement(nlp):
    # Guard: the named council is still the statement's.
    text = (
        "Leeds City Council closed the pool. The council issued a statement on Monday. "
        "The closure was temporary, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name == "Leeds City Council"


# --- 2. "name" before the words of a chant or a shout ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Fans chanted his name: "Messi, Messi!"', "Fans", "chanted"),
        ('He shouted her name: "Come back!"', "He", "shouted"),
        ('She shouted his name, "Tomas!"', "She", "shouted"),
    ],
    ids=["chant-colon", "shout-colon", "shout-comma"],
)
def test_name_after_a_speech_verb_is_the_words_spoken(nlp, text, speaker, cue):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.cue.text, quote.type) == (speaker, cue, "direct")
    assert not [t for t in report.terms if t.kind == "name"]


def test_name_with_a_comma_is_a_name(nlp):
    # Guard: an appositive to "name" is still a name given, not words.
    report = analyze('The bridge got a new name, "Harbour Link," last year.', nlp=nlp)
    assert not report.quotes
    assert [(t.kind, t.marker.text) for t in report.terms] == [("name", "name")]

