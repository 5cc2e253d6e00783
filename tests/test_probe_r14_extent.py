"""The extent of reported content around a speech cue, from the round 14 re-checks: words that
go on after a cue set inside the statement, a cue set off after the sentence's opening phrase,
and a comparative correlative. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- The statement goes on after a cue set inside it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He is leaning toward Rubio, he said, because he values experience.",
            ["He is leaning toward Rubio", "because he values experience"],
        ),
        (
            "The plan would be helped, Jones said, by the early calendar.",
            ["The plan would be helped", "by the early calendar"],
        ),
        (
            "The files covered many topics, the paper said, including budgets and hiring.",
            ["The files covered many topics", "including budgets and hiring"],
        ),
    ],
    ids=["because", "by-phrase", "including"],
)
def test_statement_goes_on_after_cue(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [expected]
    assert report.quotes[0].type == "indirect"


def test_quotation_goes_on_in_own_words_after_cue(nlp):
    report = analyze("''It is a smarter use of money,'' she said, to build a light rail system.", nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content][-1] == "to build a light rail system"
    assert quote.type == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Prices will rise, she said on Tuesday, in a statement.",
        "Prices will rise, she said, adding that wages will not.",
        '"We will win," he said, pointing to the polls.',
        '"We will win," he said, in another jab at the governor.',
        '"I am done," she said, as the crowd left.',
    ],
    ids=["context", "sub-cue", "participle", "prep-after-quotation", "narration"],
)
def test_guard_writer_words_after_cue_stay_out(nlp, text):
    # Guard: where, when and how it was said, and the speaker's own next act, are not content.
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert len(first.content) == 1
    assert first.content[0].start < first.cue.start


# --- A cue set off after the sentence's opening phrase -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If nothing else, Brown argued in his memo, the episode proves why the party needs new rules.",
            ["If nothing else", "the episode proves why the party needs new rules"],
        ),
        (
            "If she wins the primary, Warren suggested in a tweet, workers won't be forgotten.",
            ["If she wins the primary", "workers won't be forgotten"],
        ),
    ],
    ids=["if-anything", "if-clause"],
)
def test_cue_after_opening_phrase(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [expected]
    assert report.quotes[0].cue.text in ("argued", "suggested")


def test_guard_said_clause_upside_down(nlp):
    # Guard: "He said the plan is good" has no commas around the cue.
    report = analyze("He said the plan is good.", nlp=nlp)
    assert _contents(report) == [["the plan is good"]]


# --- A comparative correlative: both halves are the statement ---------------------------------


def test_comparative_correlative_is_one_statement(nlp):
    text = "Aides say the more delegates she takes into the convention, the more leverage she will have."
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [["the more delegates she takes into the convention, the more leverage she will have"]]


# --- A belief set between commas after the subject it attributes -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Such tactics, they believe, will weaken the rival campaign in Ohio.",
            ["Such tactics", "will weaken the rival campaign in Ohio"],
        ),
        ("But her influence, aides believe, is not going anywhere.", ["her influence", "is not going anywhere"]),
    ],
    ids=["they-believe", "after-but"],
)
def test_interposed_belief_attributes_its_clause(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [expected]
    assert report.quotes[0].cue.text == "believe"


@pytest.mark.parametrize(
    "text",
    ["Voters, I suspect, are tired of both parties.", "The budget, you know, is a mess."],
    ids=["i-suspect", "you-know"],
)
def test_guard_hedge_in_first_or_second_person_is_no_quote(nlp, text):
    # Guard: the writer's own hedge attributes nothing.
    assert analyze(text, nlp=nlp).quotes == ()


def test_time_clause_after_a_mid_sentence_cue_is_narration(nlp):
    # Regression found by the round-14 re-check: "as ..." and "shortly after ..." say when the
    # words were said, with or without quotation marks.
    report = analyze("The council will hire 300 wardens, the mayor announced on Friday, as complaints about parking reached a record.", nlp=nlp)
    assert [[c.text for c in q.content] for q in report.quotes] == [["The council will hire 300 wardens"]]
    report = analyze('"Closing it would have been the easy way out," she told the paper in 2003, shortly after the pier reopened. "We chose the hard way."', nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ['"Closing it would have been the easy way out,"', '"We chose the hard way."']
