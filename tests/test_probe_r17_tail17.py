"""Content boundaries from the round 17 re-checks: a closing cue with an anonymity aside after a
subject the parser could not read as a clause, a time phrase between an appeal cue and what was
called for, a relative clause of refusing that is narration, and a document that shows someone
speaking. End to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


# --- "..., two officials said, asking not to be named ..." --------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The talks stalled on Friday, two officials said, asking not to be named because the"
            " talks are private.",
            "The talks stalled on Friday",
            "two officials",
        ),
        (
            "The negotiations stalled on Monday, two diplomats said, speaking on condition of anonymity.",
            "The negotiations stalled on Monday",
            "two diplomats",
        ),
    ],
    ids=["asking", "speaking"],
)
def test_closing_cue_with_anonymity_aside(nlp, text, content, speaker):
    # The parser reads "stalled" as a participle on the noun, so the cue has two subjects; the
    # aside after the cue is the sources' condition, and the words before the comma are theirs.
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "said")
    assert [c.text for c in quote.content] == [content]
    assert quote.speaker is not None and quote.speaker.text == speaker


# --- "called on Monday for a strike" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The dockers' union called on Monday for a strike at the port.", "called", "a strike at the port"),
        ("The senator pushed on Tuesday for a vote on the bill.", "pushed", "a vote on the bill"),
        ("The opposition called on Friday for the minister to resign.", "called", "the minister to resign"),
    ],
    ids=["called-for", "pushed-for", "for-to-clause"],
)
def test_time_phrase_before_appeal_is_the_cues(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, cue)
    assert [c.text for c in quote.content] == [content]


def test_time_phrase_before_that_clause_guard(nlp):
    # Guard: "said on Tuesday that ..." already leaves the time to the cue.
    report = analyze("The mayor said on Tuesday that the bridge would close.", nlp=nlp)
    (quote,) = _by_cue(report, "said")
    assert [c.text for c in quote.content] == ["that the bridge would close"]


# --- "a man who refused to cancel ..." ----------------------------------------------------------


def test_refusal_in_relative_clause_is_narration(nlp):
    report = analyze("Maria Lopez remembered a teacher who refused to cancel a single class.", nlp=nlp)
    assert not _by_cue(report, "refused")


def test_refusal_to_comment_in_relative_clause_guard(nlp):
    # Guard: a relative clause refusing to speak stays a refusal.
    report = analyze("The spokesman, who declined to give details, said the plant would close.", nlp=nlp)
    (refusal,) = _by_cue(report, "declined")
    assert refusal.refusal


# --- "Video shows a man ... warning that ..." ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker_head"),
    [
        (
            "Video shows a man standing on the roof warning that the building could collapse.",
            "warning",
            "that the building could collapse",
            "man",
        ),
        (
            "The footage shows the mayor saying that the bridge is safe.",
            "saying",
            "that the bridge is safe",
            "mayor",
        ),
    ],
    ids=["participle-between", "mayor-saying"],
)
def test_document_shows_someone_speaking(nlp, text, cue, content, speaker_head):
    report = analyze(text, nlp=nlp)
    assert not _by_cue(report, "shows")
    (quote,) = _by_cue(report, cue)
    assert [c.text for c in quote.content] == [content]
    assert quote.speaker is not None and speaker_head in quote.speaker.text


def test_poll_shows_someone_holding_a_lead_guard(nlp):
    # Guard: an -ing form with no clause of its own is what the poll found, not speech.
    report = analyze("A new poll shows the senator maintaining his lead among voters.", nlp=nlp)
    (quote,) = _by_cue(report, "shows")
    assert [c.text for c in quote.content] == ["the senator maintaining his lead among voters"]
