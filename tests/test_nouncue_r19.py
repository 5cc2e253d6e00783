"""Reported speech with a speech cue that quotecheck used to miss altogether (qa round 19): a
speech verb whose preposition carries the stand voiced ("warned of", "argued against"), "claim"
with its infinitive, and words that stand for an answer given before ("41 percent said the same
of her rival", "half said so"). End to end with the real model; the sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The senator warned of the dangers of a trade war.", "warned of", "The senator", "the dangers of a trade war"),
        ("The minister argued against a new tax on fuel.", "argued against", "The minister", "a new tax on fuel"),
        ("The minister argued for a higher tax on fuel.", "argued for", "The minister", "a higher tax on fuel"),
        ("The mayor hinted at a new plan for the harbour.", "hinted at", "The mayor", "a new plan for the harbour"),
        ("Her former coach vouched for her honesty.", "vouched for", "Her former coach", "her honesty"),
        ("The coalition includes individuals who claim to represent veterans.", "claim", "individuals who", "to represent veterans"),
        ("He claims to have met the president twice.", "claims", "He", "to have met the president twice"),
        ("In March, 55 percent said so.", "said", "55 percent", "so"),
    ],
    ids=["warn-of", "argue-against", "argue-for", "hint-at", "vouch-for", "claim-to", "claims-to", "said-so"],
)
def test_speech_verb_with_its_preposition(nlp, text, cue, speaker, content):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_argued_over_is_no_stand(nlp):
    """"argued over" names only what the quarrel was about."""
    assert analyze("The two neighbours argued over a fence for years.", nlp=nlp).quotes == ()


def test_warned_hearer_about_keeps_hearer_out(nlp):
    """"warned voters about the costs": the hearer is the object of a verb of telling, not part
    of what was said, though "warn about" is a phrasal cue too."""
    [quote] = analyze("The mayor is determined to warn her voters about the costs of the plan.", nlp=nlp).quotes
    assert content_texts(quote) == ["the costs of the plan"]
    assert quote.cue is not None and quote.cue.text == "to warn"


def test_same_of_second_answer(nlp):
    """A poll's second answer given as "said the same of" someone: its own quote, with its own
    speaker."""
    text = "Fifty percent said the mayor was honest; 41 percent said the same of her rival."
    first, second = analyze(text, nlp=nlp).quotes
    assert content_texts(first) == ["the mayor was honest"]
    assert content_texts(second) == ["the same of her rival"]
    assert second.speaker is not None and second.speaker.text == "41 percent"
    assert second.cue is not None and second.cue.text == "said"


@pytest.mark.parametrize(
    "text",
    ["So he said, and walked out of the room.", "She claimed victory on Sunday night."],
    ids=["so-before-verb", "claim-noun"],
)
def test_no_echo_or_infinitive(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Both candidates tweeted congratulations to the winner.", "tweeted", "Both candidates", "congratulations to the winner"),
        ("The union posted its support for the strikers.", "posted", "The union", "its support for the strikers"),
        ("The coach emailed condolences to the family.", "emailed", "The coach", "condolences to the family"),
    ],
    ids=["tweeted-congratulations", "posted-support", "emailed-condolences"],
)
def test_feeling_given_out_in_words(nlp, text, cue, speaker, content):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_tweeted_picture_is_no_quote(nlp):
    assert analyze("The mayor tweeted a photo of the flooded square.", nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "content", "hearer"),
    [
        ("She reminded voters of her record on schools.", "reminded", "her record on schools", "voters"),
        ("The ministry warned residents of delays on the ring road.", "warned", "delays on the ring road", "residents"),
    ],
    ids=["reminded-of", "warned-of"],
)
def test_told_of_phrase_on_the_hearer(nlp, text, cue, content, hearer):
    """The parser hangs the "of" phrase on the hearer: it is what was said, and the hearer is
    only the object."""
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.recipient is not None and quote.recipient.span.text == hearer


@pytest.mark.parametrize(
    "text",
    ["His only path is to convince enough of the delegates.", "The win assured her of the nomination."],
    ids=["convince-enough-of", "assured-of"],
)
def test_no_told_of_phrase(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()
