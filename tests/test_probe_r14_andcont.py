"""A clause joined with "and"/"but" after a cue set inside a statement, from the round 14
re-checks: where it goes on with what was said, where it is the writer's narration or the
speaker's own act, and who the speaker of a cue joined after it is. End to end with the real
model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- The statement goes on in the joined clause -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry service will resume in May, a port official said on Tuesday, and it has hired"
            " twelve new crew members.",
            ["The ferry service will resume in May", "it has hired twelve new crew members"],
        ),
        (
            "The driver had no criminal record, the company added, and had passed a medical exam last"
            " spring.",
            ["The driver had no criminal record", "had passed a medical exam last spring"],
        ),
        (
            "The council will vote on the budget next week, the clerk told reporters, and the mayor is"
            " expected to sign it.",
            ["The council will vote on the budget next week", "the mayor is expected to sign it"],
        ),
    ],
    ids=["own-subject-after-time", "shared-subject-past-perfect", "hearer-then-passive"],
)
def test_statement_goes_on_in_joined_clause(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [expected]
    assert report.quotes[0].type == "indirect"


# --- The joined clause is the writer's or the speaker's act -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Come with me," the guide said, and the children followed her to the river.',
        "''Stay close,'' Ms. Alvarez said, and the hikers, tired, followed her up the hill.",
    ],
    ids=["clause", "noun-read-as-conjunct"],
)
def test_narration_after_quotation_stays_out(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert len(quote.content) == 1
    assert quote.content[0].text.strip("\"',").startswith(("Come", "Stay"))
    assert quote.type == "direct"


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("The factory will close in June, the manager said, and left the room.", None),
        ("The factory will close in June, the manager said, but declined to give details.", "declined"),
        (
            "The factory will close in June, the manager said, but would not say how many jobs would go.",
            "would not say",
        ),
    ],
    ids=["act", "refusal", "unsaid"],
)
def test_speakers_own_act_stays_out(nlp, text, extra):
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert [c.text for c in first.content] == ["The factory will close in June"]
    # A refusal joined after the cue is the manager's, not the factory's.
    for quote in report.quotes[1:]:
        assert quote.cue.text == extra
        assert quote.speaker is not None and quote.speaker.text == "the manager"


def test_cue_joined_after_cue_has_its_speaker(nlp):
    report = analyze(
        "The factory will close in June, the manager said, and added that talks with buyers would go on.",
        nlp=nlp,
    )
    added = next(q for q in report.quotes if q.cue.text == "added")
    assert added.speaker is not None and added.speaker.text == "the manager"
    said = next(q for q in report.quotes if q.cue.text == "said")
    assert [c.text for c in said.content] == ["The factory will close in June"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most of the tenants were elderly, she said, and she had to find them new homes.",
            ["Most of the tenants were elderly", "she had to find them new homes"],
        ),
        (
            "The wall would stop not only migrants, she said, but also the cost of fuel.",
            ["The wall would stop not only migrants", "also the cost of fuel"],
        ),
        (
            "Donations are screened by lawyers, the charity said, but the screening does not cover"
            " small gifts.",
            ["Donations are screened by lawyers", "the screening does not cover small gifts"],
        ),
    ],
    ids=["own-subject", "but-also", "but-clause"],
)
def test_guard_joined_statement_already_read(nlp, text, expected):
    # Guard: the parser joined these to the statement's verb; they stay part of the content.
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [expected]
