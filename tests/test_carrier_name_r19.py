"""A carrier's name the parser cut off its phrase: in "was quoted by the business daily
Finanstid as saying", "business" was read as the carrier, "daily" as an adverb and the name
hung on the verb, so the carrier came out as "the business" (or, resolved, the company the
article is about). End to end with the real model; sentences written by the quotecheck authors
(QA probe r19)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Motors plans to close its plant. Union leader Kasper Aalto was quoted by the business daily "
        "Finanstid as saying the decision had been taken months ago.",
        "Union leader Kasper Aalto was quoted by the newspaper Finanstid as saying the decision had been taken months ago.",
    ],
)
def test_carrier_is_the_outlet_named_after_its_descriptor(nlp, text):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker_name == "Kasper Aalto"
    assert [(hop.name, hop.kind) for hop in quote.via] == [("Finanstid", "outlet")]
    assert quote.via[0].span.text.endswith("Finanstid")


def test_carrier_without_a_name_stays_as_written(nlp):
    quote = analyze("Aalto was quoted by local media as saying the plant would close.", nlp=nlp).quotes[-1]
    assert [(hop.name, hop.kind) for hop in quote.via] == [("local media", "outlet")]
