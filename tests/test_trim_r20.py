"""Reported content that ran too long: an "according to" phrase closing a sentence after a
relative clause, in a sentence that is already someone's report, attributes only the relative
clause. End to end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


def _according(quotes):
    return [q for q in quotes if q.cue is not None and q.cue.text == "according to"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Unions also criticized the merger, which would cut the firm's tax bill by half, according to analysts.",
            "which would cut the firm's tax bill by half",
            "analysts",
        ),
        (
            "The council announced that it had hired Mara Lind, who ran the port authority for a decade, according to records.",
            "who ran the port authority for a decade",
            "records",
        ),
        (
            "Her aide says the gap can still be closed in the delegate count, which stood at 140 before the vote, "
            "according to the Associated Press.",
            "which stood at 140 before the vote",
            "the Associated Press",
        ),
    ],
    ids=["object-cue", "announced-that", "says"],
)
def test_according_after_relative_clause_of_a_report(nlp, text, content, speaker):
    [quote] = _according(analyze(text, nlp=nlp).quotes)
    assert content_texts(quote) == [content]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_according_after_relative_clause_of_plain_statement(nlp):
    """With no report around it the phrase attributes the whole sentence, as before: the
    writer's own clause has no other source."""
    text = "The firm lost the contract, which was worth $2 million, according to records."
    [quote] = _according(analyze(text, nlp=nlp).quotes)
    assert content_texts(quote) == ["The firm lost the contract, which was worth $2 million"]
    assert quote.speaker is not None and quote.speaker.text == "records"


def test_according_after_restrictive_clause(nlp):
    """Only a relative clause set off by a comma: "a proposal to keep a base for years to come"
    is no aside, and the phrase attributes the whole report."""
    text = "The ministry is considering a proposal to keep the base open for years to come, according to officials."
    [quote] = _according(analyze(text, nlp=nlp).quotes)
    assert content_texts(quote) == ["The ministry is considering a proposal to keep the base open for years to come"]
