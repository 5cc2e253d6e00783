"""Cues end to end with the real model, on short articles written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

BODY = "\n\nThe council met on Tuesday. Members voted on the plan.\n"


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Former finance minister explains her exit", id="sentence-case"),
        pytest.param("Retired Judge Recounts Harbour Lease Dispute", id="title-case"),
        pytest.param("Port authority chief describes new ferry contract", id="describe"),
    ],
)
def test_a_headline_whose_cue_takes_a_noun_phrase_is_no_quote(nlp, headline):
    report = analyze(headline + BODY, nlp=nlp)
    first_line = len(headline)
    assert [q for q in report.quotes if q.content and q.content[0].start < first_line] == []
    assert [f.rule for f in report.findings if f.span is not None and f.span.start < first_line] == []


@pytest.mark.parametrize(
    "headline, content",
    [
        pytest.param('Minister says talks "close to collapse"', '"close to collapse"', id="quoted-words"),
        pytest.param("Minister says talks are close to collapse", "talks are close to collapse", id="clause"),
        pytest.param("Port chief describes ferry deal as a failure", "a failure", id="describe-as"),
        # A stance verb's object sums up what was said: PolNeAR annotates "X slams Y" headlines.
        pytest.param("Union leader slams new pay offer", "new pay offer", id="stance"),
    ],
)
def test_a_headline_with_a_clause_or_quoted_words_is_still_a_quote(nlp, headline, content):
    report = analyze(headline + BODY, nlp=nlp)
    texts = [part.text for q in report.quotes for part in q.content]
    assert any(content in t for t in texts), texts


def test_an_object_cue_in_a_sentence_of_the_body_is_still_a_quote(nlp):
    text = "Council news\n\nThe mayor praised the new ferry contract. Others were silent.\n"
    report = analyze(text, nlp=nlp)
    assert [part.text for q in report.quotes for part in q.content] == ["the new ferry contract"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("A: I could not defend the budget any longer.", id="answer-could-not"),
        pytest.param("We would never praise that plan in public.", id="would-never"),
    ],
)
def test_an_object_cue_under_a_modal_and_a_negation_is_an_act_not_speech(nlp, line):
    report = analyze("Council news\n\nQ: Why did you leave?\n" + line + "\n", nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.type == "indirect" and q.cue is not None] == []


def test_a_negated_object_cue_without_a_modal_is_still_a_quote(nlp):
    report = analyze("Council news\n\nThe mayor did not thank the volunteers.\n", nlp=nlp)
    assert [part.text for q in report.quotes for part in q.content] == ["the volunteers"]


def test_a_reported_refusal_under_a_modal_is_still_a_quote(nlp):
    report = analyze("Council news\n\nThe senator would not endorse the harbour plan.\n", nlp=nlp)
    assert [part.text for q in report.quotes for part in q.content] == ["the harbour plan"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("'Not one more closure,' vows library campaigner\n\nThe branch shut in May.\n", "library campaigner", id="headline"),
        pytest.param('Council news\n\n"We will strike again," vows union chief.\n', "union chief", id="sentence"),
    ],
)
def test_a_bare_role_after_an_inverted_cue_is_the_speaker(nlp, text, speaker):
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == [speaker]
    assert "QC202" not in [f.rule for f in report.findings]
