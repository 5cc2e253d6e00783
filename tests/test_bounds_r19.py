"""Where reported content ends at a colon: a noun phrase after it that spells out the content's
last words (a list, a name) belongs to what was said. End to end with the real model; the
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Rivera is criticizing the night's big winner among Democrats: Mayor Ann Cole.",
            "the night's big winner among Democrats: Mayor Ann Cole",
            "is criticizing",
            "Rivera",
        ),
        (
            "His campaign was hoping to win delegates in states that split them: Ohio, Iowa and Maine.",
            "to win delegates in states that split them: Ohio, Iowa and Maine",
            "was hoping",
            "His campaign",
        ),
        (
            "Okafor said the council had found the cause of the flooding: a blocked drain under the bridge.",
            "the council had found the cause of the flooding: a blocked drain under the bridge",
            "said",
            "Okafor",
        ),
    ],
    ids=["name", "list", "noun-phrase"],
)
def test_colon_gloss_is_part_of_content(nlp, text, content, cue, speaker):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_colon_gloss_stops_before_bare_colon(nlp):
    """A colon that closes the sentence adds nothing."""
    text = "Okafor said the council had found the cause of the flooding:"
    [quote] = [q for q in analyze(text, nlp=nlp).quotes if q.type == "indirect"]
    assert content_texts(quote) == ["the council had found the cause of the flooding"]


def test_colon_gloss_leaves_quotation_alone(nlp):
    """Quoted words after the colon are the speaker's own words, not a gloss of the indirect
    content: no indirect quote takes them in."""
    text = 'Okafor said the council had found the cause of the flooding: "a blocked drain."'
    for quote in analyze(text, nlp=nlp).quotes:
        if quote.type == "indirect":
            assert not any("blocked drain" in part for part in content_texts(quote))
