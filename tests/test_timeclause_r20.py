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


# --- 1. A closing "according to" over a deed and a telling of one subject ----------------------


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
