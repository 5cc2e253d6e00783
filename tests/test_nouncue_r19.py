"""Reported speech with a speech cue that quotecheck used to miss altogether (qa round 19): a
speech verb whose preposition carries the stand voiced ("warned of", "argued against"). End to
end with the real model; the sentences are written by the quotecheck authors."""

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
    ],
    ids=["warn-of", "argue-against", "argue-for", "hint-at", "vouch-for"],
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

