"""Fixes from reading round 13's second half: refusals in a clause, asides, reasons, polls,
and denials."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze
from quotecheck.rules import _last_word

from .reports import rules as _rules


def _acts(report):
    return [q.act for q in report.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Sources said he would not confirm the appointment.",
        "Some critics said they could not explain why the budget fell.",
        "Officials said they cannot address the funding gap this year.",
    ],
)
def test_a_clause_about_someone_else_or_an_inability_is_no_refusal(nlp, text):
    report = analyze(text, nlp=nlp)
    assert _acts(report) == ["statement"]
    assert "QC201" in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        "The board said it would not comment on individual decisions.",
        "A spokeswoman said she could not discuss the case.",
    ],
)
def test_guard_the_speakers_own_refusal_in_a_clause(nlp, text):
    # Guard: the clause's subject is the speaker.
    assert _acts(analyze(text, nlp=nlp)) == ["refusal"]


def test_a_people_noun_opening_the_phrase_is_its_head():
    assert _last_word("Officials at the ministry") == "officials"
    # Guard: a preposition after a capitalised word is inside a name.
    assert _last_word("a Bank of England spokesman") == "spokesman"


def test_a_reason_keeps_a_word_like_the_cue(nlp):
    text = (
        "Two officials, who asked not to be named because what was said in the meeting was "
        "confidential, said the deal was close."
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC201"]
    assert messages and "was confidential" in messages[0]


def test_a_sentence_opening_word_names_no_poll(nlp):
    text = "Opinion polls have shown a shift. Respondents said cost was their main worry."
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_kind == "anonymous"
    # Guard: a poll named by its pollster makes them its respondents.
    named = analyze("A survey by Meridian Research found a shift. Respondents said cost was their main worry.", nlp=nlp)
    assert named.quotes[-1].speaker_kind == "document"


def test_a_demonstrative_that_is_no_denied_clause(nlp):
    assert _acts(analyze("Vos rejected that offer on Monday.", nlp=nlp)) == ["statement"]
    # Guard: a that-clause is.
    assert _acts(analyze("Vos denied that the ministry had known about the leak.", nlp=nlp)) == ["denial"]
