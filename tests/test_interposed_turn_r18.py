"""Words before a cue that interrupts a statement: a conjunction that turns the words ("Nor,
he said, did he ..."; without it the words say the opposite), and a condition or topic before a
quotation that opens in capitals, belong to the statement; a time or occasion does not. End to
end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _parts(text: str, nlp) -> list[str]:
    [quote] = analyze(text, nlp=nlp).quotes
    return [part.text for part in quote.content]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Nor, Hollis said, did he order the crew to wait for the tide.",
            ["Nor", "did he order the crew to wait for the tide"],
        ),
        ("But, the treasurer said, the reserve would cover the shortfall.", ["But", "the reserve would cover the shortfall"]),
        (
            'If the council votes the levy down, Mayor Pike wrote, "We will take it to the courts."',
            ["If the council votes the levy down", '"We will take it to the courts."'],
        ),
        (
            'As for the cost of the bridge, Ines Calder said, "Nobody has seen the final bill."',
            ["As for the cost of the bridge", '"Nobody has seen the final bill."'],
        ),
    ],
)
def test_words_before_the_cue_that_belong_to_the_statement(nlp, text, parts):
    assert _parts(text, nlp) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Guards: a time before a quotation, a conjunction joined to the cue, a plain "and".
        ('On Friday, Mayor Pike said, "We will take it to the courts."', ['"We will take it to the courts."']),
        ("But the treasurer said the reserve would cover the shortfall.", ["the reserve would cover the shortfall"]),
        ("And, the treasurer said, the reserve would cover the shortfall.", ["the reserve would cover the shortfall"]),
    ],
)
def test_words_before_the_cue_that_stay_the_writers(nlp, text, parts):
    assert _parts(text, nlp) == parts
