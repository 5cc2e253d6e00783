"""Edges of reported speech, end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _contents(report, cue: str) -> list[list[str]]:
    return [[c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue]


def test_a_relative_clause_with_its_own_cue_ends_the_content_before_it(nlp):
    # "which" hangs on "meant", under "said": the parser's arcs cross.
    text = "She urged the judge to give her a lenient sentence, which she said meant no prison time.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "urged") == [["to give her a lenient sentence"]]
