"""Reported speech around and after its cue, end to end with the real model, on sentences
written for these tests (round 9)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report, cue: str) -> list[list[str]]:
    return [[c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "If the levy fails, Mayor Ines Cole warned, the library will close on Sundays.\n",
            "warned",
            ["If the levy fails", "the library will close on Sundays"],
        ),
        (
            "Voters, Senator Dana Roy suggested, do not have to worry about the new tax.\n",
            "suggested",
            ["Voters", "do not have to worry about the new tax"],
        ),
        (
            "Twice last year, people close to the governor said, the plan nearly collapsed.\n",
            "said",
            ["Twice last year", "the plan nearly collapsed"],
        ),
        # After a dash the statement starts afresh.
        (
            "He had a rally that night - and the permit, his campaign said, had been hard to get.\n",
            "said",
            ["the permit", "had been hard to get"],
        ),
        # A word linking the sentence to the one before starts the words too, as annotators of
        # news attribution (PolNeAR) read it.
        ("Still, the senator said, the vote would be close.\n", "said", ["Still", "the vote would be close"]),
    ],
    ids=["condition", "subject", "time", "after-dash", "link-word"],
)
def test_words_before_an_interposed_cue_are_part_of_what_was_said(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # The scene of the words, not the words.
        ("In a statement, the ministry said, the talks would resume in May.\n", "said", "the talks would resume in May"),
        ("Speaking to reporters, Mayor Ines Cole said, the budget was balanced.\n", "said", "the budget was balanced"),
    ],
    ids=["statement", "speaking-to"],
)
def test_a_scene_or_a_link_word_before_an_interposed_cue_is_not(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


def test_a_capitalised_quotation_after_the_cue_opens_new_words(nlp):
    # "On Friday, X said, 'We ...'" is the usual way to open a quotation: Friday is when.
    text = 'On Friday, Mayor Ines Cole said, "We will balance the budget."\n'
    report = analyze(text, nlp=nlp)
    assert [[c.text for c in q.content] for q in report.quotes] == [['"We will balance the budget."']]


def test_an_aside_on_the_hearer_is_not_an_interposed_cue(nlp):
    # The comma after "Kasich" closes a relative clause on him; "At the forum" is where.
    text = "At the forum, the host asked Kasich, who trails in the polls, whether he would quit.\n"
    report = analyze(text, nlp=nlp)
    assert not any(c.text.startswith("At the forum") for q in report.quotes for c in q.content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The prince called for Trump to drop out of the race.\n", "called for", "Trump to drop out of the race"),
        (
            "Clinton is calling for the United States to step up its efforts.\n",
            "is calling for",
            "the United States to step up its efforts",
        ),
        (
            "Sanders called on Democratic candidates to support a higher minimum wage.\n",
            "called on",
            "Democratic candidates to support a higher minimum wage",
        ),
        ("He called for calm.\n", "called for", "calm"),
    ],
    ids=["for-to", "for-to-progressive", "call-on-to", "for-noun"],
)
def test_a_call_for_someone_to_act_is_what_was_called_for(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]
