"""Where reported content ends when it runs on into another speaker's statement: a speech cue
with a subject of its own, coordinated after the content ("... and Democrats accused ...",
"... while the council suggests ..."), is a statement of its own, not more of the first. End to
end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(report) -> dict[str, tuple[str, str | None]]:
    """cue text -> (content, speaker text)."""
    return {
        q.cue.text: (" ".join(c.text for c in q.content), q.speaker.text if q.speaker is not None else None)
        for q in report.quotes
        if q.cue is not None
    }


@pytest.mark.parametrize(
    ("text", "first_cue", "first", "second_cue", "second", "speaker"),
    [
        # The parser joins "Democrats" to "audit" and leaves "accused" without a subject.
        (
            "Officials said the agency mishandled the audit and Democrats accused the board of hiding the losses.\n",
            "said",
            "the agency mishandled the audit",
            "accused",
            "the board of hiding the losses",
            "Democrats",
        ),
        (
            "Officials said the agency had mishandled the audit and critics accused the board of hiding the losses.\n",
            "said",
            "the agency had mishandled the audit",
            "accused",
            "the board of hiding the losses",
            "critics",
        ),
        # A "while" clause with its own speaker after an object cue's content.
        (
            "The mayor accuses the council of wasting money on the new stadium while the council suggests the mayor is out of touch.\n",
            "accuses",
            "the council of wasting money on the new stadium",
            "suggests",
            "the mayor is out of touch",
            "the council",
        ),
    ],
    ids=["stranded-name", "stranded-noun", "while"],
)
def test_another_speakers_cue_ends_the_content_and_stands_alone(nlp, text, first_cue, first, second_cue, second, speaker):
    quotes = _quotes(analyze(text, nlp=nlp))
    assert quotes[first_cue][0] == first
    assert quotes[second_cue] == (second, speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A second that-clause is more of the same statement.
        ("She said the plan was sound and that critics had misread it.\n", "the plan was sound and that critics had misread it"),
        # A coordinated clause with its own subject but no cue goes on (PolNeAR's annotators
        # read it as part of the statement far more often than not).
        ("He said the firm had grown fast and its rivals had struggled.\n", "the firm had grown fast and its rivals had struggled"),
        # A cue inside a clause before the content's own verb is part of the finding.
        (
            "The survey found that, while most voters say the economy is weak, few blame the mayor.\n",
            "that, while most voters say the economy is weak, few blame the mayor",
        ),
    ],
    ids=["and-that", "no-cue", "leading-while"],
)
def test_content_runs_on_without_another_speakers_cue(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert [" ".join(c.text for c in q.content) for q in report.quotes][0] == content


def test_a_comma_and_second_cue_still_splits(nlp):
    report = analyze("Ministers said the deal was fair, and union leaders said it would cost jobs.\n", nlp=nlp)
    assert sorted(" ".join(c.text for c in q.content) for q in report.quotes) == ["it would cost jobs", "the deal was fair"]
