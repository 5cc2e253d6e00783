"""A poll's share of a group of people speaks as the group does: "About 40 percent of voters
said ..." is as unnamed as "Most voters said ...", an anonymous source, not one of unknown
kind, unless a poll named before holds them; "40 percent of the vote" is no group of people.
Sentences written by the quotecheck authors (rounds 19 and 20)."""

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


def test_share_of_a_named_polls_people_is_the_poll(nlp):
    text = "A survey by Meridian Research found a shift. About 40 percent of voters said cost was their main worry."
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_kind == "document"
    assert not [f for f in report.findings if f.rule == "QC201"]
    # Guard: with no poll named, the share stays an unnamed group the checker asks about.
    bare = analyze("About 40 percent of voters said cost was their main worry.", nlp=nlp)
    assert bare.quotes[-1].speaker_kind == "anonymous"
    assert [f for f in bare.findings if f.rule == "QC201"]
