"""Review r19b of round 19's stance and judging rules: a verb of taking a side used of a motion
("backed the car into the gate"), people named by a plural role noun or a pronoun after "of"
("many deputies", "one of them"). Sentences written by the reviewer; end to end with the real
model."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    "text",
    ["She backed her car into the gate.", "Nurses supported the injured man down the steps."],
    ids=["backed-into", "supported-down"],
)
def test_motion_is_no_stance(nlp, text):
    """"backed the car into the gate": a direction makes the verb one of moving something."""
    assert analyze(text, nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Many deputies support the bill.", "support", "Many deputies", "the bill"),
        ("One of them backs the plan.", "backs", "One of them", "the plan"),
        ("Voters backed the plan out of fear.", "backed", "Voters", "the plan"),
    ],
    ids=["plural-role-noun", "one-of-them", "out-of-fear"],
)
def test_people_stance_found(nlp, text, cue, speaker, content):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
