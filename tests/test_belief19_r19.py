"""Reported wants, fears and expectations whose content is a noun phrase: "Farmers want more
money", "Residents fear a long winter". End to end with the real model; the sentences
are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Farmers want more money for irrigation.", "more money for irrigation", "want", "Farmers"),
        ("Residents fear a long winter.", "a long winter", "fear", "Residents"),
        ("Officials are expecting a record crowd on Saturday.", "a record crowd", "are expecting", "Officials"),
    ],
    ids=["want", "fear", "expect"],
)
def test_wish_with_noun_object(nlp, text, content, cue, speaker):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_wish_needs_people(nlp):
    """What a thing "wants" is no one's view: only the farmers' want is reported."""
    quotes = analyze("Farmers want more money for irrigation. The old pump wants repairs.", nlp=nlp).quotes
    assert [content_texts(q) for q in quotes] == [["more money for irrigation"]]
