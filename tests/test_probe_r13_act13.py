"""Speech acts and their findings, from the round 13 re-checks: whom a question put by nobody
named was asked of, refusals by not answering a request for comment, a refusal's hearer, the
writer's own "I", and a second mention of an anonymous source. End to end with the real
model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _by_act(report, act):
    return [q for q in report.quotes if q.act == act]


# --- A question put by nobody named: asked of whoever answers it --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harbour chief Mirela Dancu met investors on Monday. Asked whether the port would close, "
        'Dancu said: "We will keep every berth open."',
        "Harbour chief Mirela Dancu met investors on Monday. Asked about the strike, Dancu said "
        "the port would stay open.",
    ],
    ids=["whether-direct", "about-indirect"],
)
def test_question_is_put_to_the_one_who_answers(nlp, text):
    report = analyze(text, nlp=nlp)
    (question,) = _by_act(report, "question")
    answer = report.quotes[-1]
    assert answer.speaker_name == "Mirela Dancu"
    assert question.speaker is None
    assert question.recipient is not None
    assert question.recipient.name == "Mirela Dancu"
    assert question.recipient.span == answer.speaker
    assert question.to_dict()["recipient"]["name"] == "Mirela Dancu"


def test_question_put_to_an_outlet_is_not_second_hand(nlp):
    # The outlet asked carried none of the question's words: no QC101 on the question.
    text = "Asked about the leaked memo, the Daily Lantern said it stood by its reporting."
    report = analyze(text, nlp=nlp)
    (question,) = _by_act(report, "question")
    assert question.recipient is not None and question.recipient.name == "Daily Lantern"
    assert "QC101" not in _rules(report, question.id)


# --- Refusals: not answering a request for comment -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Corvell Freight did not respond to a request for comment.", "Corvell Freight", "a request for comment"),
        ("A lawyer for the mayor did not immediately respond to requests for comment.", "A lawyer for the mayor", "requests for comment"),
        ("Dana Whitcombe didn't reply to an emailed request for comment.", "Dana Whitcombe", "an emailed request for comment"),
        ("The agency did not return calls seeking comment.", "The agency", "calls seeking comment"),
    ],
    ids=["respond", "immediately-respond", "didnt-reply", "return-calls"],
)
def test_no_reply_is_a_refusal(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (refusal,) = report.quotes
    assert refusal.act == "refusal"
    assert refusal.speaker is not None and refusal.speaker.text == speaker
    assert refusal.text == content
    assert not {"QC201", "QC202", "QC203"} & set(_rules(report, refusal.id))


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Varga did not respond in kind and kept smiling.",
        "The ferry did not return to port until Friday.",
        "Officials said the company responded to a request for comment within an hour.",
    ],
    ids=["in-kind", "return-to-port", "responded"],
)
def test_answering_or_other_senses_are_no_refusal(nlp, text):
    # Guard: without a negation, or with no request as its object, no refusal.
    report = analyze(text, nlp=nlp)
    assert not _by_act(report, "refusal")


# --- A refusal's hearer --------------------------------------------------------------------------


def test_refusal_names_its_hearer(nlp):
    text = "The fire chief declined to give Radio Harlow a figure for the damage."
    report = analyze(text, nlp=nlp)
    (refusal,) = report.quotes
    assert refusal.act == "refusal"
    assert refusal.recipient is not None
    assert (refusal.recipient.name, refusal.recipient.kind) == ("Radio Harlow", "outlet")
    # It carried no words: no second-hand finding.
    assert "QC101" not in _rules(report, refusal.id)


def test_refusal_after_told_keeps_the_hearer(nlp):
    text = 'Chief Ines Valdt told Radio Harlow that crews had made "several rescues" but declined to give a number.'
    report = analyze(text, nlp=nlp)
    (refusal,) = _by_act(report, "refusal")
    assert refusal.recipient is not None and refusal.recipient.name == "Radio Harlow"


def test_refusal_to_tell_names_the_hearer(nlp):
    text = "The airline refused to tell passengers how long the delay would last."
    report = analyze(text, nlp=nlp)
    (refusal,) = report.quotes
    assert refusal.recipient is not None and refusal.recipient.name == "passengers"


# --- QC203: the writer's own "I" -----------------------------------------------------------------


def test_writers_own_question_is_not_an_unnamed_speaker(nlp):
    text = (
        'Councillor Petra Hale called the budget "a fudge." When I asked her whether she had read it, '
        'she replied: "I do not need to read it to know what it says."'
    )
    report = analyze(text, nlp=nlp)
    asked = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "I")
    assert "QC203" not in _rules(report, asked.id)


# --- QC201: a second mention of an anonymous source ------------------------------------------


def test_anonymous_source_named_again_keeps_its_reason(nlp):
    text = (
        "A technician at the plant, who asked not to be named because she feared for her job, said the "
        'alarms had been switched off. "Nobody listened to us," the technician said.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    (finding,) = [f for f in report.findings if f.quote == second.id and f.rule == "QC201"]
    assert "Vague source" not in finding.message
    assert f"the source of {first.id}" in finding.message
    assert "feared for her job" in finding.message
