"""Verbs of naming the parser splits: "called the fine and the demand ... a stunt" names both
objects; "One of the nurses who signed the letter called Vance a fraud" is the nurse's
statement, not a letter called something. Sentences written by the quotecheck authors
(round 20)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _only(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    return quote.cue.text, quote.speaker.text, [c.text for c in quote.content]


def test_a_second_object_of_a_naming_verb_is_named_too(nlp):
    text = "Unions called the fine and the demand for his records a cynical stunt."
    assert _only(nlp, text) == ("called", "Unions", ["the fine and the demand for his records a cynical stunt"])


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("One of the nurses who signed the letter called Vance a fraud, liar and bully.", "One of the nurses who signed the letter", "Vance a fraud, liar and bully"),
        ("Several of the doctors who signed the petition called the surgeon a fraud and a liar.", "Several of the doctors who signed the petition", "the surgeon a fraud and a liar"),
    ],
)
def test_a_naming_verb_after_a_relative_clause_is_the_subjects(nlp, text, speaker, words):
    assert _only(nlp, text) == ("called", speaker, [words])


def test_a_name_given_to_a_thing_is_no_statement(nlp):
    # Guard: "a letter called Open Doors" names the letter; no one speaks.
    assert analyze("A letter called Open Doors was sent to the council.", nlp=nlp).quotes == ()
