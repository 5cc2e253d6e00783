"""Reported beliefs, wants and fears whose content is a noun phrase or hangs on an adjective of
conviction: "Farmers want more money", "Residents fear a long winter", "Economists are skeptical
of the plan", "Democrats are hopeful they can win". End to end with the real model; the sentences
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


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Most economists are skeptical of the plan.", "the plan", "are skeptical of", "Most economists"),
        ("The union is worried about the new rules.", "the new rules", "is worried about", "The union"),
        ("Her team is confident in the outcome.", "the outcome", "is confident in", "Her team"),
        ("Nurses are concerned with staffing levels.", "staffing levels", "are concerned with", "Nurses"),
        ("Some Democrats are hopeful they can win the seat.", "they can win the seat", "are hopeful", "Some Democrats"),
    ],
    ids=["skeptical-of", "worried-about", "confident-in", "concerned-with", "bare-clause"],
)
def test_belief_adjective_complement(nlp, text, content, cue, speaker):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_belief_adjective_in_relative_clause(nlp):
    """The holder's relative clause is the cue's: the speaker stops at "who"."""
    [quote] = analyze("Voters who are skeptical of the plan stayed home.", nlp=nlp).quotes
    assert content_texts(quote) == ["the plan"]
    assert quote.speaker is not None and quote.speaker.text == "Voters who"


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Voters worry about rising rents.", "rising rents", "worry about", "Voters"),
        ("The mayor hopes for a quick deal.", "a quick deal", "hopes for", "The mayor"),
    ],
    ids=["worry-about", "hope-for"],
)
def test_belief_verb_with_preposition(nlp, text, content, cue, speaker):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator, who is expected to run again, declined to comment.", ["who", "to run again"]),
        ("The stadium, which is expected to draw 50,000 fans, opens in May.", ["which", "to draw 50,000 fans"]),
    ],
    ids=["who", "which"],
)
def test_hearsay_passive_in_relative_clause(nlp, text, content):
    """"who is expected to ...": no one is named as expecting it; the noun the relative pronoun
    stands for is what is expected of, not the one who expects."""
    [quote] = [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == "is expected"]
    assert content_texts(quote) == content
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Most voters still feel the country is on the wrong track.", "the country is on the wrong track", "Most voters"),
        ("Many of her aides feel they have enough to do.", "they have enough to do", "Many of her aides"),
    ],
    ids=["bare-clause", "pronoun-subject"],
)
def test_feel_with_clause(nlp, text, content, speaker):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == "feel"
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_feel_without_clause(nlp):
    """A feeling of the senses states no view: only the voters' feeling is reported."""
    quotes = analyze("Most voters feel the council has failed. The room feels cold.", nlp=nlp).quotes
    assert [content_texts(q) for q in quotes] == [["the council has failed"]]
