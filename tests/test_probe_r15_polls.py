"""Findings of polls and surveys that carry no speech verb: "In a Kessler poll last month,
Ortiz had a 10-point lead.", "He fell to 10 percent in the latest Kessler poll." and "Polls
have shown Ortiz gaining ground". A fact-checker checks these against the poll, which is
their source. End to end with the real model. The sentences are written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts as _texts


def _poll_quotes(report):
    return [q for q in report.quotes if q.cue is not None and q.cue.text.lower().startswith("in ")]


# --- "In <a poll>, CLAUSE": the poll named in an opening phrase -----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In the most recent Kessler survey, 71 percent of Ortiz supporters approved of Vance.",
            "the most recent Kessler survey",
            "71 percent of Ortiz supporters approved of Vance",
        ),
        (
            "In a Harbor Research poll last month, Ortiz had a 12-point lead.",
            "a Harbor Research poll",
            "Ortiz had a 12-point lead",
        ),
    ],
    ids=["root-misread", "time-before-comma"],
)
def test_opening_poll_phrase_is_the_source(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (quote,) = _poll_quotes(report)
    assert quote.type == "indirect"
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_kind == "document"
    assert _texts(quote) == [content]


# --- "CLAUSE in <a poll>": a standing the poll found --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ortiz led Vance by 12 points in a Channel 9/Kessler poll released Tuesday.",
            "a Channel 9/Kessler poll released Tuesday",
            "Ortiz led Vance by 12 points",
        ),
        (
            "He fell to 10 percent in the latest Harbor Research poll.",
            "the latest Harbor Research poll",
            "He fell to 10 percent",
        ),
        (
            "By March 3, Ortiz was winning women by 28 points in the same poll, a 52-point swing.",
            "the same poll",
            "Ortiz was winning women by 28 points",
        ),
        (
            "The mayor has been ahead in every statewide poll this year.",
            "every statewide poll",
            "The mayor has been ahead",
        ),
        (
            "She did not receive a bump in one of the first post-debate polls.",
            "one of the first post-debate polls",
            "She did not receive a bump",
        ),
    ],
    ids=["led-by", "fell-to", "after-when", "ahead", "one-of-polls"],
)
def test_closing_poll_phrase_is_the_source(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (quote,) = _poll_quotes(report)
    assert quote.type == "indirect"
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert _texts(quote) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz leads in the polls.",  # Guard: the race, not a poll
        "Ortiz is only trailing by two points in the polls against Vance.",  # Guard: the race
        "Ortiz leads in most polls.",  # Guard: counts polls, names none
        "He took part in a Harbor Research survey last year.",  # Guard: no standing
        "He rose to fame in a 2004 documentary.",  # Guard: no poll
        "In the survey's first week, staff called 2,000 homes.",  # Guard: the survey's own work
        "He remains popular, with 87 percent viewing him favorably in a Kessler poll.",  # Guard
        "The poll was conducted in late May, before Vance's drop in national polls.",  # Guard
    ],
    ids=["the-polls", "the-polls-against", "most-polls", "took-part", "documentary", "first-week", "with-clause", "before-drop"],
)
def test_no_poll_finding(nlp, text):
    report = analyze(text, nlp=nlp)
    assert _poll_quotes(report) == []


# --- "a poll has shown X trailing": what the poll shows of its object ----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("And every recent state poll has shown him trailing Ortiz.", "him trailing Ortiz"),
        ("Polls have shown Ortiz gaining ground among women.", "Ortiz gaining ground among women"),
        ("The Harbor Research poll has shown Ortiz in the lead for three weeks.", "Ortiz in the lead"),
        ("A new survey shows Vance in second place among women.", "Vance in second place among women"),
    ],
    ids=["trailing", "gaining", "in-the-lead", "in-second-place"],
)
def test_finding_object_keeps_its_predicate(nlp, text, content):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue is not None and "show" in quote.cue.text
    assert _texts(quote) == [content]
