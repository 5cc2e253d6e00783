"""Stances of people and of poll respondents, reported as what they hold (qa round 19): "Most
economists favor a carbon tax", "19 percent of students polled support the senator", "the
governor is backing Ortiz". Only people hold a view: "the grant supports research" is no one's.
End to end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


def _assert_only_quote(nlp, text: str, cue: str, speaker: str, content: str) -> None:
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "In the new survey, 19 percent of students polled support the senator.",
            "support",
            "19 percent of students polled",
            "the senator",
        ),
        (
            "About two-thirds of Republican voters favor a temporary ban on new arrivals.",
            "favor",
            "About two-thirds of Republican voters",
            "a temporary ban on new arrivals",
        ),
        ("Most economists favor a carbon tax.", "favor", "Most economists", "a carbon tax"),
        ("Half prefer a candidate from outside politics.", "prefer", "Half", "a candidate from outside politics"),
        ("Four in 10 voters support the harbour levy.", "support", "Four in 10 voters", "the harbour levy"),
        ("The governor is backing Dana Ortiz for mayor.", "is backing", "The governor", "Dana Ortiz for mayor"),
        ("For years he supported the ban on cloning.", "supported", "he", "the ban on cloning"),
        ("Independents strongly favored the mayor.", "favored", "Independents", "the mayor"),
        ("The senator used to support the pipeline.", "to support", "The senator", "the pipeline"),
        ("Voters who favor a higher fuel tax are few.", "favor", "Voters who", "a higher fuel tax"),
    ],
    ids=["percent-of", "two-thirds-of", "most", "half", "four-in-ten", "role", "pronoun", "group", "used-to", "relative"],
)
def test_people_stance(nlp, text, cue, speaker, content):
    _assert_only_quote(nlp, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The grant supports research on malaria.",
        "The new data back the claim.",
        "Most of the upcoming contests favor the governor.",
        "The party's agenda is one that favors workers.",
        "Voters backing the mayor turned out in large numbers.",
        "He will continue to back the senator.",
        "It is unclear whether he would support the senator.",
        "Women back the senator by almost 20 points.",
        "Nobody supports the plan.",
        "The senator backed away from the plan.",
    ],
    ids=["grant", "data", "share-of-things", "one-that", "participle", "infinitive", "whether", "poll-margin", "nobody", "backed-away"],
)
def test_no_stance_without_people_holding_it(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_relative_clause_on_a_speaker_is_background(nlp):
    """"said Ann Ruiz, a donor who backs Ortiz": who the speaker is, not a second quote."""
    text = "The race is wide open, said Ann Ruiz, a donor who backs Dana Ortiz."
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.cue.text for q in quotes if q.cue is not None] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The senator was supported by two-thirds of women.", "was supported by", "two-thirds of women", "The senator"),
        ("The harbour plan is backed by most voters.", "is backed by", "most voters", "The harbour plan"),
    ],
    ids=["share-of", "most"],
)
def test_passive_stance_of_people(nlp, text, cue, speaker, content):
    _assert_only_quote(nlp, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    ["The research was supported by a grant from the council.", "A group backed by two billionaires ran the ads."],
    ids=["no-people", "participle"],
)
def test_no_passive_stance_without_people(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Economists regard the tax as largely harmless.", "regard", "Economists", "the tax as largely harmless"),
        ("Many see the senator as most likely to win.", "see", "Many", "the senator as most likely to win"),
    ],
    ids=["regard-as-adjective", "see-as-likely"],
)
def test_as_read_as_the_adjectives_own(nlp, text, cue, speaker, content):
    """The parser may hang "as" on the adjective after the object; the judgment is still one."""
    _assert_only_quote(nlp, text, cue, speaker, content)


def test_as_clause_of_time_is_no_judgment(nlp):
    """"saw the senator as we left": "as" opens a clause of time, not a judgment."""
    assert analyze("We saw the senator as we left.", nlp=nlp).quotes == ()
