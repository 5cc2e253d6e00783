"""A poll's share of a group of people speaks as the group does: "About 40 percent of voters
said ..." is as unnamed as "Most voters said ...", an anonymous source, not one of unknown
kind; "40 percent of the vote" is no group of people. Sentences written by the quotecheck
authors (round 19)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("About 40 percent of voters said the economy was the top issue.", "About 40 percent of voters"),
        ("61% of respondents said they would vote.", "61% of respondents"),
        ("Sixty percent of Republicans said they backed the ban.", "Sixty percent of Republicans"),
        ("About 40 per cent of voters said the plan was unfair.", "About 40 per cent of voters"),
    ],
)
def test_share_of_people_is_an_anonymous_source(nlp, text, speaker):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert (quote.speaker_kind, quote.speaker_name) == ("anonymous", None)


def test_share_of_a_vote_is_no_speaker(nlp):
    (quote,) = analyze("Forty percent of the vote went to Ruiz, officials said.", nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "officials"
