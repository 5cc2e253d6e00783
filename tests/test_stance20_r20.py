"""Sides taken by bodies and by names the recognizer misses, and sides taken on an act (qa
round 20): "The nurses' union backs the bill", "groups backing Senator Ruiz", "Roloson
supports Ruiz", "he supports keeping troops there". What holds no view still takes no side:
"the grant supports research", "voters backing the mayor" (a poll's count). End to end with
the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


def _stance(nlp, text: str, cue: str) -> object:
    """The one quote of ``text`` whose cue is ``cue``."""
    [quote] = [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == cue]
    return quote


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The nurses' union backs the staffing bill.", "backs", "The nurses' union", "the staffing bill"),
        ("The farmers' federation supports the new water levy.", "supports", "The farmers' federation", "the new water levy"),
        (
            "Donors gave millions to groups backing Senator Ruiz.",
            "backing",
            "groups",
            "Senator Ruiz",
        ),
        (
            "The super PACs supporting the two candidates spent heavily in March.",
            "supporting",
            "The super PACs",
            "the two candidates",
        ),
        (
            "Mara Roloson, 34, works in retail. Roloson supports Democrat Dana Ruiz in the race.",
            "supports",
            "Roloson",
            "Democrat Dana Ruiz in the race",
        ),
    ],
    ids=["union", "federation", "groups-participle", "pacs-participle", "name-untagged"],
)
def test_body_or_name_takes_a_side(nlp, text, cue, speaker, content):
    quote = _stance(nlp, text, cue)
    assert content_texts(quote) == [content]
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The general called the war a mistake, although he supports keeping troops there now.",
            "supports",
            "he",
            "keeping troops there now",
        ),
        ("Most economists favor raising the fuel tax.", "favor", "Most economists", "raising the fuel tax"),
    ],
    ids=["supports-keeping", "favor-raising"],
)
def test_side_taken_on_an_act(nlp, text, cue, speaker, content):
    quote = _stance(nlp, text, cue)
    assert content_texts(quote) == [content]
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The grant supports research on malaria.",
        "The new data back the claim.",
        "Voters backing the mayor turned out in large numbers.",
        "A bill supporting research on malaria passed.",
        "She backed the van into the yard.",
        "He supports his family by driving a cab.",
    ],
    ids=["grant", "data", "people-participle", "thing-participle", "motion", "help-by-means"],
)
def test_no_side_without_a_holder(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_as_clause_read_as_a_phrase_is_no_part_of_the_side(nlp):
    """"backing the treaty as Britain and France support a delay": the parser takes the "as"
    clause's subject for the object of a preposition; the side taken is the treaty alone."""
    text = "The talks failed, with most delegates backing the treaty as Britain and France support a delay."
    quote = _stance(nlp, text, "backing")
    assert content_texts(quote) == ["the treaty"]
    assert quote.speaker is not None and quote.speaker.text == "most delegates"
