"""A report inside the content of another, in a relative clause on one of its nouns, from the
round 16 probes: both statements stand, the outer one with all its words and the inner one with
what it says, quoted words included. End to end with the real model. The sentences are written
by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _by_speaker(report):
    return {q.speaker.text if q.speaker else None: [c.text for c in q.content] for q in report.quotes}


# --- The outer statement stands beside the inner one ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "outer", "inner", "inner_words"),
    [
        (
            "Okafor said the layoffs were a reply to claims that the rival union said were invented.",
            "Okafor",
            "the rival union",
            ["were invented"],
        ),
        (
            "Okafor said the layoffs were a reply to charges the rival union said were invented.",
            "Okafor",
            "the rival union",
            ["were invented"],
        ),
        (
            # The parser hangs "Trump said" on the first "said" as a second clause.
            "Hale said the ads are direct responses to attacks Trump said were sparked by poll numbers.",
            "Hale",
            "Trump",
            ["were sparked by poll numbers"],
        ),
    ],
    ids=["that-read-as-mark", "no-relative-word", "relative-read-as-second-clause"],
)
def test_outer_statement_stands_beside_relative_report(nlp, text, outer, inner, inner_words):
    report = analyze(text, nlp=nlp)
    quotes = _by_speaker(report)
    assert set(quotes) == {outer, inner}
    # The outer statement keeps the relative clause: what it says of the noun is in its words.
    assert quotes[outer][0].endswith(inner_words[-1])
    assert quotes[inner] == inner_words


def test_outer_statement_stands_beside_relative_subject_cue(nlp):
    text = "Rev. Ana Lind said the valley lost a voice that said hope is stronger than fear."
    quotes = _by_speaker(analyze(text, nlp=nlp))
    assert quotes["Rev. Ana Lind"] == ["the valley lost a voice that said hope is stronger than fear"]
    assert quotes["a voice that"] == ["hope is stronger than fear"]


# --- Quoted words in the inner statement are its speaker's too ---------------------------------


@pytest.mark.parametrize(
    ("text", "inner", "quoted"),
    [
        (
            'Okafor said the layoffs were a reply to claims that the rival union said were "pure'
            ' invention."',
            "the rival union",
            '"pure invention."',
        ),
        (
            'Okafor said the levy, which the mayor said would "rescue the harbour," was dropped.',
            "the mayor",
            '"rescue the harbour,"',
        ),
    ],
    ids=["gap-in-what-was-said", "which-opens-content"],
)
def test_quoted_words_in_relative_report_are_its_speakers(nlp, text, inner, quoted):
    report = analyze(text, nlp=nlp)
    quotes = {q.speaker.text if q.speaker else None: q for q in report.quotes}
    assert set(quotes) == {"Okafor", inner}
    assert quotes[inner].type == "mixed"
    assert any(quoted in c.text for c in quotes[inner].content)
    assert any(quoted in c.text for c in quotes["Okafor"].content)


# --- Guards: a report passed on, and a relative cue that tells no statement ---------------------


def test_guard_report_passed_on_keeps_its_chain(nlp):
    # Guard: the outlet carried the mayor's words; only the mayor's statement is listed.
    report = analyze("The Ledger reported that the mayor said the tunnel would close in May.", nlp=nlp)
    assert [(q.speaker.text, [c.text for c in q.content]) for q in report.quotes] == [
        ("the mayor", ["the tunnel would close in May"])
    ]


def test_guard_relative_complement_of_claim_noun(nlp):
    # Guard: "reports that the minister said she would resign" - a complement, not a relative.
    report = analyze("Okafor denied reports that the minister said she would resign.", nlp=nlp)
    assert any(q.speaker is not None and q.speaker.text == "Okafor" for q in report.quotes)
