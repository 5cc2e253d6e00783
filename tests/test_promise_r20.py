"""Verbs of telling that also take what was said for their object: "promised action on
housing" reports a pledge, as "urged restraint" reports an appeal, where "promised voters a vote"
and "urged residents to stay indoors" tell someone. Sentences written by the quotecheck
authors (round 20)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(nlp, text):
    return [(q.cue.text, q.speaker.text, [c.text for c in q.content]) for q in analyze(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor promised action on housing.", ("promised", "The mayor", ["action on housing"])),
        ("Ruiz promised changes to the tax code.", ("promised", "Ruiz", ["changes to the tax code"])),
    ],
)
def test_the_thing_promised_or_urged_is_the_content(nlp, text, expected):
    assert _quotes(nlp, text) == [expected]


def test_one_told_is_no_content(nlp):
    # Guards: a body told, with the that-clause the parser may hang on it, and people urged;
    # "urged restraint" was read as the thing urged before.
    assert _quotes(nlp, "The nurses' union urged restraint.") == [("urged", "The nurses' union", ["restraint"])]
    assert _quotes(nlp, "Ruiz promised the council that taxes would fall.") == [("promised", "Ruiz", ["that taxes would fall"])]
    assert _quotes(nlp, "The mayor urged residents to stay indoors.") == [("urged", "The mayor", ["to stay indoors"])]


def test_a_thing_that_promises_says_nothing(nlp):
    assert _quotes(nlp, "Critics of an agenda promising cheap power were ignored.") == []
