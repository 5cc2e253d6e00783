"""Where reported content ends: the writer's aside is cut, the speaker's own reasons,
conditions and focus phrases are not. End to end with the real model, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report, cue: str) -> list[str]:
    return [" ".join(c.text for c in q.content) for q in report.quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A reason, a condition or a time the speaker gives is part of the claim.
        (
            "The mayor said the bridge will stay closed, because inspectors found cracks in the deck.\n",
            "the bridge will stay closed, because inspectors found cracks in the deck",
        ),
        ("She said the vote must wait, since the council lacks a quorum.\n", "the vote must wait, since the council lacks a quorum"),
        ("The coach said the team will play on Sunday, even if it rains.\n", "the team will play on Sunday, even if it rains"),
        ("The manager said the plant will reopen, when the repairs are finished.\n", "the plant will reopen, when the repairs are finished"),
        # A focusing adverb narrows the claim.
        (
            "Ms. Okafor said the cuts would hurt small farms, particularly those in the north.\n",
            "the cuts would hurt small farms, particularly those in the north",
        ),
        (
            "Mr. Lindqvist said the report will reach the council next week, possibly delaying the vote.\n",
            "the report will reach the council next week, possibly delaying the vote",
        ),
    ],
    ids=["because", "since", "even-if", "when", "particularly", "possibly"],
)
def test_reasons_conditions_and_focus_phrases_stay_in_the_content(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [content]


def test_a_concessive_inside_a_noun_phrase_is_no_tail(nlp):
    text = "Mr. Brandt said the plan could win over traditionally hostile, though economically anxious, towns in the valley.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [
        "the plan could win over traditionally hostile, though economically anxious, towns in the valley"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said the singer was accompanied by his brother, Omar, and other band members.\n",
            "the singer was accompanied by his brother, Omar, and other band members",
        ),
        (
            "Staff said the governor had for days lobbied Ms. Ortiz, her staff and allies with calls about the bill.\n",
            "the governor had for days lobbied Ms. Ortiz, her staff and allies with calls about the bill",
        ),
    ],
    ids=["oxford-comma", "no-oxford-comma"],
)
def test_a_list_misread_as_an_appositive_is_no_tail(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the bridge will reopen in May, though engineers doubt it.\n", "the bridge will reopen in May"),
        ("He said the firm would sell its Ohio plant, even though workers had protested.\n", "the firm would sell its Ohio plant"),
        ("She said the board will meet in June, as it did last year.\n", "the board will meet in June"),
    ],
    ids=["though", "even-though", "as-it-did"],
)
def test_a_concessive_or_comparative_aside_is_still_cut(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [content]
