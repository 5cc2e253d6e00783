"""Round 19 probe of science, sports, analysis and translated foreign news: an adverb before a
that-clause. End to end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("In an interview on Sunday, Clara Benes said only that the agreement was a compromise.", "that the agreement was a compromise", "said", "Clara Benes"),
        ("The coach said just that the player was tired.", "that the player was tired", "said", "The coach"),
    ],
    ids=["said-only", "said-just"],
)
def test_adverb_before_that_is_the_cues(nlp, text, content, cue, speaker):
    """A complementizer opens its clause: "only" or "repeatedly" before "that" is said of the
    saying, though the parser may hang it on the clause."""
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
