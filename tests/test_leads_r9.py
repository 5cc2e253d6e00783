"""A short lead before an interposed cue, with a quotation after it that goes on from the lead,
end to end with the real model, on sentences written for these tests (round 9)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(report, cue: str) -> list[tuple[str, list[str]]]:
    return [(q.type, [c.text for c in q.content]) for q in report.quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'That, the planning board said, "would spare everyone a long wait."\n',
            "said",
            ["That", '"would spare everyone a long wait."'],
        ),
        (
            'Instead, Coach Lena Ortiz said, "we played scared for three quarters."\n',
            "said",
            ["Instead", '"we played scared for three quarters."'],
        ),
        (
            'Mr. Halvorsen, the auditor wrote, "has never explained the missing invoices."\n',
            "wrote",
            ["Mr. Halvorsen", '"has never explained the missing invoices."'],
        ),
    ],
    ids=["pronoun", "link-word", "subject"],
)
def test_a_short_lead_before_an_interposed_cue_joins_the_quotation(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _quotes(report, cue) == [("mixed", content)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A capitalised quotation opens new words: the lead says when, or links, not what.
        ('On Friday, Gingrich said, "We will win this state."\n', "said", '"We will win this state."'),
        ('After all, the coach said, "I never promised a title."\n', "said", '"I never promised a title."'),
        # The scene of the words, not the words.
        ('In a statement, the ministry said, "talks resume in May."\n', "said", '"talks resume in May."'),
    ],
    ids=["time", "capital", "statement"],
)
def test_a_lead_that_does_not_go_on_into_the_quotation_stays_out(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _quotes(report, cue) == [("direct", [content])]
