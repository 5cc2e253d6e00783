"""Cues set inside the words, end to end with the model: 'The plan, Harlan told reporters, ...'."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    "text, parts, speaker, hearer",
    [
        ("The solution, the partner told them, was simple.", ["The solution", "was simple"], "the partner", "them"),
        ("The economy, he said, is weak.", ["The economy", "is weak"], "he", None),
    ],
)
def test_a_cue_inside_the_words_takes_both_sides(nlp, text, parts, speaker, hearer):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [part.text for part in quote.content] == parts
    assert quote.speaker.text == speaker
    assert (quote.recipient.name if quote.recipient else None) == hearer


def test_a_linking_word_before_an_as_cue_is_not_the_speakers(nlp):
    text = 'However, as the archbishop told the agency, "We have waited long enough."'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [part.text for part in quote.content] == ['"We have waited long enough."']
    assert quote.speaker.text == "the archbishop"
