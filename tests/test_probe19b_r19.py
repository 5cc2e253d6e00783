"""Round 19 probe of science, sports, analysis and translated foreign news: an adverb before a
that-clause, a headline quoted with its translation, a platform's former name read as the
speaker. End to end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("In an interview on Sunday, Clara Benes said only that the agreement was a compromise.", "that the agreement was a compromise", "said", "Clara Benes"),
        ("The coach said just that the player was tired.", "that the player was tired", "said", "The coach"),
    ],
    ids=["said-only", "said-just"],
)
def test_adverb_before_that_is_the_cues(nlp, text, content, cue, speaker):
    """A complementizer opens its clause: "only" or "repeatedly" before "that" is said of the
    saying, though the parser may hang it on the clause."""
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_headline_with_translation_is_a_title_not_speech(nlp):
    """'under the headline „Q“ („T“)': the original words are what a page printed, and their
    translation with them; neither is speech, nor the last speaker's words going on."""
    text = (
        "Oskar Brandt said the talks would go on.\n\n"
        "The Morgenblatt ran a commentary under the headline „Das Meer wird enger“ "
        "(„The sea is getting narrower“), in which Klaus Reinholt wrote that Europe could not stay neutral."
    )
    report = analyze(text, nlp=nlp)
    assert [content_texts(q) for q in report.quotes] == [
        ["the talks would go on"],
        ["that Europe could not stay neutral"],
    ]
    assert [q.speaker_name for q in report.quotes] == ["Oskar Brandt", "Klaus Reinholt"]
    [term] = report.terms
    assert term.kind == "name"
    assert term.span.text == "„Das Meer wird enger“ („The sea is getting narrower“"


def test_translated_speech_stays_speech(nlp):
    """Guard: a quotation with its translation after a cue is still the speaker's words."""
    text = 'Ines Vogt spoke in German. "Wir bleiben hier" ("We are staying here"), she said.'
    quotes = [q for q in analyze(text, nlp=nlp).quotes if q.type == "direct"]
    assert len(quotes) == 1
    assert content_texts(quotes[0])[0].startswith('"Wir bleiben hier"')
    assert quotes[0].speaker_name == "Ines Vogt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In a post on X, formerly Twitter, the 24-year-old wrote: "Best night of my life."', "the 24-year-old"),
        ("On X, formerly Twitter, the striker wrote that it was his best night.", "the striker"),
        ('In a post on X, formerly Twitter, the club captain wrote: "What a night."', "the club captain"),
    ],
    ids=["age", "role", "role-direct"],
)
def test_former_name_is_no_speaker(nlp, text, speaker):
    """'on X, formerly Twitter, the striker wrote': "formerly Twitter" is the platform's old
    name, not who wrote; the parser may make it the subject and the speaker its appositive."""
    [quote] = analyze(text, nlp=nlp).quotes
    assert quote.cue is not None and quote.cue.text == "wrote"
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_name != "Twitter"
