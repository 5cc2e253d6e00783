"""A cue inside an opening time clause with no "that" or "when" ("The week the mayor said ...,
the council met"), which the parser may read as the sentence's main clause, and a closing
"according to" over a clause with a second, speaking predicate. End to end with the real model.
The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text, nlp):
    return [
        (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, " || ".join(c.text for c in q.content))
        for q in analyze(text, nlp=nlp).quotes
    ]


# --- 1. The main clause after the time clause is no content of its cue ------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The week the mayor said the budget was short, the council met twice.",
            ("said", "the mayor", "the budget was short"),
        ),
        (
            "The morning the general said the war was won, the rebels attacked.",
            ("said", "the general", "the war was won"),
        ),
        (
            "The day the governor said the port would close, shipping firms moved their cargo.",
            ("said", "the governor", "the port would close"),
        ),
        (
            "At the moment Ruiz announced his candidacy last spring, Mook was in a meeting.",
            ("announced", "Ruiz", "his candidacy"),
        ),
        (
            "The moment he announced the deal yesterday, the markets rallied.",
            ("announced", "he", "the deal"),
        ),
    ],
    ids=["the-week", "the-morning-passive", "the-day", "at-the-moment-object", "the-moment-object"],
)
def test_time_clause_cue_keeps_its_own_content(nlp, text, quote):
    assert _quotes(text, nlp) == [quote]


# --- 2. The time clause is no content of the main clause's cue ---------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "The week the mayor said the budget was short, the council said it would cut jobs.",
            [("said", "the mayor", "the budget was short"), ("said", "the council", "it would cut jobs")],
        ),
        (
            "In the week the governor said taxes would rise, polls showed his support falling.",
            [("said", "the governor", "taxes would rise"), ("showed", "polls", "his support falling")],
        ),
    ],
    ids=["second-said", "in-the-week"],
)
def test_time_clause_and_main_clause_each_quoted(nlp, text, quotes):
    assert _quotes(text, nlp) == quotes


# --- 3. A closing "according to" over a deed and a telling of one subject ----------------------


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "Mook was holding a meeting in his office and told aides that he viewed Ruiz as a threat, "
            "according to someone in attendance.",
            "Mook was holding a meeting in his office and told aides that he viewed Ruiz as a threat",
        ),
        (
            "At the moment Ruiz announced his candidacy last spring, Mook was holding a meeting and told aides "
            "that he viewed Ruiz as a threat, according to someone in attendance.",
            "At the moment Ruiz announced his candidacy last spring, Mook was holding a meeting and told aides "
            "that he viewed Ruiz as a threat",
        ),
    ],
    ids=["deed-and-telling", "after-time-clause"],
)
def test_closing_according_credits_deed_and_telling(nlp, text, credited):
    quotes = _quotes(text, nlp)
    assert ("according to", "someone in attendance", credited) in quotes
    assert ("told", "Mook", "that he viewed Ruiz as a threat") in quotes
