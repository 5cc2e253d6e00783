"""Questions and refusals, from the round 13 probes (p34, p35): a question asked by a named
asker ("rose to ask whether ..."), the by-agent of a fronted "Asked by X whether ..." as the
asker, a refusal holding quoted words, and the asker as whom an answer was given to. End to
end with the real model. The sentences are written by the quotecheck authors after the probes'
repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze
from quotecheck.render.common import voice_label

from .reports import rules as _rules


def _by_act(report, act):
    return [q for q in report.quotes if q.act == act]


# --- A question by a named asker, through a verb of rising or going on -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Nadia Ferreira, who chairs the transport committee, rose to ask whether 'the next phase' "
        "meant 'another winter of closed bridges'.",
        "Councillor Nadia Ferreira stood up to ask why the bridge had been closed twice.",
        "Councillor Nadia Ferreira went on to ask when the bridge would reopen.",
    ],
    ids=["rose-mixed", "stood-up", "went-on"],
)
def test_asker_above_to_ask_is_the_speaker(nlp, text):
    report = analyze(text, nlp=nlp)
    (question,) = report.quotes
    assert question.act == "question"
    assert question.speaker_name == "Nadia Ferreira"
    assert voice_label(question, report) is None  # not "asker not named"


def test_named_askers_quoted_words_stay_hers(nlp):
    text = "Councillor Nadia Ferreira rose to ask whether 'the next phase' meant 'another winter of closed bridges'."
    report = analyze(text, nlp=nlp)
    (question,) = report.quotes
    assert question.type == "mixed"
    assert question.speaker is not None and question.speaker.text == "Councillor Nadia Ferreira"
    assert [p.text for p in question.quoted] == ["'the next phase'", "'another winter of closed bridges'"]


def test_wanted_to_know_and_wondered_are_questions(nlp):
    text = (
        "Councillor Nadia Ferreira wanted to know why the bridge had been closed. "
        "Councillor Tomas Reyl wondered whether it would ever reopen."
    )
    report = analyze(text, nlp=nlp)
    assert [(q.act, q.speaker_name) for q in report.quotes] == [
        ("question", "Nadia Ferreira"),
        ("question", "Tomas Reyl"),
    ]


def test_purpose_of_an_object_is_not_the_subjects_words(nlp):
    # Guard: "to defend the plan" after an object says what the object is for.
    text = "The ministry set up a task force to defend the plan in court."
    report = analyze(text, nlp=nlp)
    assert not report.quotes


def test_request_by_a_named_asker_stays_a_statement(nlp):
    # Guard: "asked the council to ..." is a request, not a question.
    text = "Councillor Nadia Ferreira asked the council to reopen the bridge."
    report = analyze(text, nlp=nlp)
    assert [q.act for q in report.quotes] == ["statement"]


# --- "Asked by X whether ...": X asked, the one who answers was asked ---------------------------


def test_asked_by_an_outlet_is_its_question_not_its_reporting(nlp):
    text = (
        "Asked by the Marlow Courier whether he had read the audit before it was published, "
        "Anton Weiss, the port director, declined to comment."
    )
    report = analyze(text, nlp=nlp)
    question, refusal = report.quotes
    assert question.act == "question"
    assert (question.speaker_name, question.speaker_kind) == ("Marlow Courier", "outlet")
    assert question.recipient is not None and question.recipient.name == "Anton Weiss"
    assert "QC101" not in _rules(report, question.id)
    assert refusal.act == "refusal"
    assert refusal.speaker_name == "Anton Weiss"
    # He refused the Courier, as in "told the Courier".
    assert refusal.recipient is not None and refusal.recipient.name == "Marlow Courier"


@pytest.mark.parametrize(
    "text",
    [
        "Asked by reporters whether the ferry would run on Sunday, Minister Lea Sorvin said it would.",
        "Asked by a journalist whether the ferry would run on Sunday, Minister Lea Sorvin said it would.",
        "Asked by reporters about the ferry, Minister Lea Sorvin said it would run.",
    ],
    ids=["reporters-whether", "a-journalist", "reporters-about"],
)
def test_asked_by_the_press_is_a_question_with_no_source_finding(nlp, text):
    report = analyze(text, nlp=nlp)
    question, answer = report.quotes
    assert question.act == "question"
    assert question.speaker is not None and question.speaker.text.split()[-1] in ("reporters", "journalist")
    assert not {"QC101", "QC201", "QC203"} & set(_rules(report, question.id))
    assert answer.act == "statement"
    assert answer.speaker_name == "Lea Sorvin"
    assert answer.recipient is not None and answer.recipient.span == question.speaker


def test_vague_asker_with_no_answer_is_still_flagged(nlp):
    # Guard: a question by a vague group that nobody answers in the article is theirs to weigh.
    text = "Critics asked whether the ferry contract had been properly tendered."
    report = analyze(text, nlp=nlp)
    (question,) = report.quotes
    assert "QC201" in _rules(report, question.id)


# --- A refusal with quoted words in what was refused -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Orrin Dairies declined to comment on what it called "routine restructuring."',
        'Orrin Dairies refused to discuss what it described as "a private matter."',
    ],
    ids=["called", "described-as"],
)
def test_refusal_holding_the_speakers_label_is_a_refusal(nlp, text):
    report = analyze(text, nlp=nlp)
    (refusal,) = report.quotes
    assert refusal.type == "mixed"
    assert refusal.act == "refusal"
    assert refusal.speaker_name == "Orrin Dairies"
    assert not {"QC202", "QC203"} & set(_rules(report, refusal.id))


# --- The asker as whom an answer was given to -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In response to a question from the Marlow Courier, Anton Weiss said the port would stay open.",
        "Answering a question from the Marlow Courier, Anton Weiss said the port would stay open.",
    ],
    ids=["in-response", "answering"],
)
def test_answer_to_an_outlets_question_was_said_to_it(nlp, text):
    report = analyze(text, nlp=nlp)
    (answer,) = report.quotes
    assert answer.speaker_name == "Anton Weiss"
    assert answer.recipient is not None
    assert (answer.recipient.name, answer.recipient.kind) == ("Marlow Courier", "outlet")
    # As with "told the Marlow Courier": the words came through another outlet.
    assert "QC101" in _rules(report, answer.id)


def test_answer_to_reporters_questions_was_said_to_them(nlp):
    text = "Responding to questions from reporters, Anton Weiss said the port would stay open."
    report = analyze(text, nlp=nlp)
    (answer,) = report.quotes
    assert answer.recipient is not None and answer.recipient.name == "reporters"
    assert "QC101" not in _rules(report, answer.id)
