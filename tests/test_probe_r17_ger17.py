"""A gerund that is what was reported, from the round 17 review: "reported raising $4 million",
"suggested boycotting the company", "ruled out making a bid" (a denial), and the gerunds of
going on or weighing that report nothing. End to end with the real model. The sentences are
written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck import lexicon
from quotecheck.pipeline import analyze


def _quotes(report):
    return [([c.text for c in q.content], q.cue.text if q.cue else None, q.act) for q in report.quotes]


# --- The gerund is what was told or put forward -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The campaign reported raising and spending about $4 million during March.",
            "raising and spending about $4 million during March",
            "reported",
        ),
        ("A new super PAC has reported spending $2 million on mail and television ads.", "spending $2 million on mail and television ads", "has reported"),
        ("One aide even suggested raising questions about her record.", "raising questions about her record", "suggested"),
        ("The orchard owner recalled meeting the senator at a dinner in 1998.", "meeting the senator at a dinner in 1998", "recalled"),
        ("The panel recommended closing the plant by next year.", "closing the plant by next year", "recommended"),
        ("Doctors at the clinic reported seeing fewer flu cases this winter.", "seeing fewer flu cases this winter", "reported"),
    ],
    ids=["report-coordinated", "report-perfect", "suggest", "recall", "recommend", "report-seeing"],
)
def test_gerund_of_a_reporting_verb_is_its_content(nlp, text, content, cue):
    quotes = _quotes(analyze(text, nlp=nlp))
    assert ([content], cue, "statement") in quotes


def test_ruling_out_a_gerund_is_a_denial(nlp):
    """The speaker's word that it will not be: a fact-checker must not read "making a bid" as
    their claim."""
    quotes = _quotes(analyze("The former governor ruled out making a bid for the seat this week.", nlp=nlp))
    assert quotes == [(["making a bid for the seat this week"], "ruled out", "denial")]


def test_ruling_out_that_is_a_denial(nlp):
    quotes = _quotes(analyze("Fire officials ruled out that the blaze was set on purpose.", nlp=nlp))
    assert quotes == [(["that the blaze was set on purpose"], "ruled out", "denial")]


def test_ruled_out_in_the_passive_is_no_cue(nlp):
    """Guard: what is off the table, no one's word; a scare-quoted subject is no quotation of it."""
    assert analyze("When ordinary 'boots' are ruled out, special forces fill the gap.", nlp=nlp).quotes == ()


# --- Guards: nothing reported -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He continued raising money for the party.",
        "She considered running for governor.",
        # Guard: a noun after "ruled out" is no statement of the speaker's.
        "The chairman ruled out a meeting with the nominee.",
    ],
    ids=["continue", "consider", "rule-out-noun"],
)
def test_gerund_of_going_on_or_weighing_reports_nothing(nlp, text):
    # Guard: passes on the old code too.
    assert analyze(text, nlp=nlp).quotes == ()


def test_gerund_lists_keep_verbs_of_going_on_out():
    assert not {"continue", "stop", "start", "avoid", "consider", "keep", "finish", "enjoy", "risk"} & lexicon.GERUND_CONTENT_VERBS
    assert "rule out" in lexicon.GERUND_TELLING_VERBS and lexicon.GERUND_DEED_VERBS <= lexicon.GERUND_CONTENT_VERBS


def test_finite_verb_joined_to_the_gerund_is_the_next_act(nlp):
    """No gerund goes on as "signaled": the subject's next act ends what was proposed."""
    text = "She has proposed installing cameras on every bus and signaled support for a fare freeze."
    quotes = _quotes(analyze(text, nlp=nlp))
    assert (["installing cameras on every bus"], "has proposed", "statement") in quotes
    quotes = _quotes(analyze("The governor proposed building two new prisons and signaled openness to a sentencing review.", nlp=nlp))
    assert (["building two new prisons"], "proposed", "statement") in quotes
