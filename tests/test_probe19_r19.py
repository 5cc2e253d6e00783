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


BROADCAST = (
    "Asked by presenter Clare Dunmore whether patients had come to harm, Dr Samuel Achebe said he "
    "could not rule it out.\n\n"
    "Dunmore: Are you going to resign?\n\n"
    "Achebe: No. I am going to fix this.\n\n"
    "The board meets on Friday."
)


def test_exchange_between_named_people_is_a_transcript(nlp):
    turns = [q for q in _quotes(BROADCAST, nlp) if q[0] == ":"]
    assert turns == [
        (":", "Dunmore", "Clare Dunmore", ["Are you going to resign?"]),
        (":", "Achebe", "Samuel Achebe", ["No. I am going to fix this."]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody of these names is named before: headings, not turns.
        "Dunmore: Are you going to resign?\n\nAchebe: No. I am going to fix this.",
        # A tally of two people named before: numbers, not words.
        "Clare Dunmore and Samuel Achebe stood for the seat.\n\nDunmore: 2,316.\n\nAchebe: 1,547.",
    ],
    ids=["not-named-before", "tally"],
)
def test_labels_that_are_no_exchange(nlp, text):
    assert [q for q in _quotes(text, nlp) if q[0] == ":"] == []


def test_company_name_ending_in_brands(nlp):
    text = "Crestview Brands is in talks. Crestview said none had led to an offer."
    [(cue, who, name, _)] = _quotes(text, nlp)
    assert (cue, who, name) == ("said", "Crestview", "Crestview Brands")


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "name", "words"),
    [
        (
            "Prosecuting, Ms Anne Vale said the defendant had taken the money over three years.",
            "said",
            "Ms Anne Vale",
            "Anne Vale",
            "the defendant had taken the money over three years",
        ),
        (
            "Mitigating, Ms Lucy Hale said her client was sorry.",
            "said",
            "Ms Lucy Hale",
            "Lucy Hale",
            "her client was sorry",
        ),
    ],
    ids=["prosecuting", "mitigating"],
)
def test_hearing_role_participle_is_no_name(nlp, text, cue, speaker, name, words):
    [got] = _quotes(text, nlp)
    assert got == (cue, speaker, name, [words])


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Dr Samuel Achebe, interviewed on BBC Radio Westmoor, said he would not resign.",
            "Dr Samuel Achebe",
            "he would not resign",
        ),
        (
            "Ada Achebe, interviewed by the Westmoor Gazette, said she would stay.",
            "Ada Achebe",
            "she would stay",
        ),
    ],
    ids=["read-as-clause", "read-as-modifier"],
)
def test_interposed_interviewed_belongs_to_the_cue(nlp, text, speaker, words):
    [(cue, who, _, content)] = _quotes(text, nlp)
    assert (cue, who, content) == ("said", speaker, [words])


def test_opening_interviewed_on_names_the_broadcaster(nlp):
    text = "Interviewed on Channel 4's Evening News, Dr Samuel Achebe said he would not resign."
    [quote] = analyze(text, nlp=nlp).quotes
    data = quote.to_dict()
    assert (data["cue"]["text"], data["speaker_name"]) == ("said", "Samuel Achebe")
    assert data["recipient"]["name"] == "Channel 4"
