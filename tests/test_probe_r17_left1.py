"""Names and kinds of speakers from QA probes p52-p55: letters after a person's name ("KC",
"MBE") end the name, "Jr." stays in it; a possessive that opens a body's name ("The
Crofters' Forum") is part of it. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _speakers(report):
    return [(q.speaker_name, q.speaker_kind) for q in report.quotes]


# --- Letters after a name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The council's counsel, Imogen Drury KC, argued that the contract had lapsed in March."
            ' "Nobody signed the renewal," Drury said.',
            "Imogen Drury",
        ),
        ("Gareth Pollard MP said the bypass would be delayed again.", "Gareth Pollard"),
        ("Linnea Falk MBE said donations had fallen by a third.", "Linnea Falk"),
        # "Jr."/"Sr." stay: they tell a son from his father (round 17, third review).
        ("Desmond Hale Jr. said the family would contest the will.", "Desmond Hale Jr."),
    ],
    ids=["kc-appositive-then-surname", "mp-subject", "mbe-subject", "jr-kept"],
)
def test_post_nominal_letters_end_the_name(nlp, text, name):
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert all(q.speaker_name == name for q in report.quotes), _speakers(report)
    assert all(q.speaker_kind == "person" for q in report.quotes), _speakers(report)


# --- A possessive that opens a body's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Crofters' Forum said the grazing rules were unfair.", "Crofters' Forum"),
        ("The Anglers' Trust said the river had been poisoned.", "Anglers' Trust"),
    ],
    ids=["forum", "trust"],
)
def test_possessive_opens_a_body_name(nlp, text, name):
    report = analyze(text, nlp=nlp)
    assert _speakers(report) == [(name, "organization")]
