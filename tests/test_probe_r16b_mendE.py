"""Second-review mends of round 16: a denial read from the parse, not from an "-ing" suffix
(A1); "No 10" is no "no one" (A2); a first-person block quotation after "she said:" stands
(A4). The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.model import Quote, Span
from quotecheck.pipeline import analyze


def _by_cue(report, word: str):
    return [q for q in report.quotes if q.cue is not None and word in q.cue.text]


# --- A1: denial of a gerund clause, not of a noun ending in "-ing" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The planning board denied housing approval for the riverside flats.",
        "Dana Velk denied nothing when reporters pressed her on Friday.",
    ],
    ids=["noun-in-ing", "thing-pronoun"],
)
def test_denied_noun_is_no_denial(nlp, text):
    quotes = _by_cue(analyze(text, nlp=nlp), "denied")
    assert all(q.act != "denial" for q in quotes)


def test_denied_gerund_clause_is_a_denial(nlp):
    """Guard: a gerund clause denied stays a denial."""
    (quote,) = _by_cue(analyze("The sprinter denied knowingly using any banned drug.", nlp=nlp), "denied")
    assert quote.act == "denial"


def test_act_survives_the_json(nlp):
    """Guard: the parse's facts are not in the JSON; the act read back is the one written."""
    report = analyze("The sprinter denied knowingly using any banned drug.", nlp=nlp)
    for quote in report.quotes:
        assert Quote.from_dict(quote.to_dict()).act == quote.act


# --- A2: "No 10" is a name, not "no one" --------------------------------------------------------


def test_no_10_answering_is_no_refusal(nlp):
    text = "No 10 responded to questions about the leak by saying the review would go on."
    report = analyze(text, nlp=nlp)
    assert all(q.act != "refusal" for q in report.quotes)
    assert any("the review would go on" in q.text for q in report.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "No one at the agency responded to requests for comment.",
        "Neither Orsolo nor Bremmer replied to emails seeking comment.",
    ],
)
def test_negating_subject_still_refuses(nlp, text):
    """Guard: a subject that negates the cue still makes a refusal."""
    quotes = analyze(text, nlp=nlp).quotes
    assert quotes and all(q.act == "refusal" for q in quotes)


def test_speaker_text_alone_negates_nothing():
    """The model no longer re-reads the speaker's text: "No 10" with a no-reply cue word is a
    refusal only when the parse said its phrase negates the cue."""
    text = "No 10 responded to questions about the leak."
    quote = Quote(
        id="q1",
        type="indirect",
        content=(Span(14, 44, "to questions about the leak"),),
        cue=Span(6, 15, "responded"),
        speaker=Span(0, 5, "No 10"),
        speaker_name=None,
        speaker_kind="organization",
        confidence=0.5,
    )
    assert text[6:15] == "responded"
    assert not quote.refusal


# --- A4: a block quotation in the first person ---------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "block", "start"),
    [
        (
            "At the memorial last spring, she said:",
            "My mother ran the bakery for thirty years, and she never once closed it because of the weather.",
            "My mother ran the bakery",
        ),
        (
            "Rosa Delgane said:",
            "The Delgane orchard has fed this town for a century and will feed it for another one.",
            "The Delgane orchard",
        ),
    ],
    ids=["first-person-mentions-her-mother", "family-name-as-modifier"],
)
def test_block_quotation_stands(nlp, intro, block, start):
    text = f"{intro}\n\n{block}\n\nThe hall fell quiet."
    quotes = _by_cue(analyze(text, nlp=nlp), "said")
    assert [q.content[0].text[: len(start)] for q in quotes] == [start]
