"""Faults found by probing four house styles (a wire story, a British court and council report,
a broadcast-interview write-up, a business story): a that-clause the parser joined to a cue as a
conjunct after a "citing" aside; the exchange of a broadcast interview set out as turns labelled
with the surnames of people named before; a company named with the trade word "Brands"; and a
British court report's opening "Prosecuting," read as the speaker's name. End to end with the
real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text: str, nlp) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    return [
        (q.cue.text if q.cue is not None else None, q.speaker.text if q.speaker is not None else None, q.speaker_name, [p.text for p in q.content])
        for q in analyze(text, nlp=nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The Wall Ledger reported, citing unnamed sources, that Harlan had made an approach.",
            "unnamed sources",
            "that Harlan had made an approach",
        ),
        (
            "Crestview shares jumped after Bloomberg News reported, citing unnamed sources, that Harlan had made an approach.",
            "unnamed sources",
            "that Harlan had made an approach",
        ),
    ],
    ids=["main-clause", "clause-of-time"],
)
def test_that_clause_after_citing_aside_read_as_conjunct(nlp, text, speaker, words):
    [(cue, who, _, content)] = _quotes(text, nlp)
    assert (cue, who, content) == ("citing", speaker, [words])
