"""Spurious quotes found on the round 11 probes (p22, p23, p24): a question that only sets the
scene, a video's pictures, a cited reason cut short, a source's wish not to be named, and a
public appeal, end to end with the real model. The sentences are written by the quotecheck
authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the late goal conceded against Harrowgate, Tamsin Okafor was blunt.\n",
        "Asked on Friday whether she would stand again, Tamsin Okafor smiled and left the room.\n",
        "When asked about the budget gap, the treasurer shrugged.\n",
    ],
    ids=["was-blunt", "smiled", "when-asked-shrugged"],
)
def test_question_opening_a_silent_sentence_is_no_quote(nlp, text):
    # The question participle names no asker and the main clause says nothing was said: the
    # question (or its topic) is not anyone's statement, and must not be a speakerless quote.
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert "QC202" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Asked about the late goal, Tamsin Okafor said the referee had erred.\n", "the late goal"),
        ("Asked whether she would stand again, Tamsin Okafor gave a guarded answer.\n", "whether she would stand again"),
    ],
    ids=["said", "gave-an-answer"],
)
def test_question_before_an_answer_is_kept(nlp, text, question):
    # Guard: with an answer in words, the question stays, as before.
    report = analyze(text, nlp=nlp)
    assert question in [c.text for q in report.quotes for c in q.content]


def test_question_before_silence_keeps_the_quotation_after(nlp):
    text = 'Asked about the penalty, Tamsin Okafor was blunt: "We were robbed."\n'
    report = analyze(text, nlp=nlp)
    assert [q.type for q in report.quotes] == ["direct"]
    assert "the penalty" not in [c.text for q in report.quotes for c in q.content]


def test_video_deed_is_not_a_statement(nlp):
    # "In a video, X appeared to mock ..." was read as a statement whose content is the whole
    # predicate; the pictures show a deed. Whatever is left is the ordinary reading of the
    # cue "mock", as without the video.
    text = "In a since-deleted video, Pell Arnaud appeared to mock the referee's accent.\n"
    report = analyze(text, nlp=nlp)
    assert all(q.cue is None or "video" not in q.cue.text for q in report.quotes)
    assert "appeared to mock the referee's accent" not in [c.text for q in report.quotes for c in q.content]


def test_video_showing_speech_is_still_a_statement(nlp):
    # Guard: a verb of speech in the pictures keeps the statement frame.
    text = "In the video, the councillor appears to be arguing with a security guard.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue is not None and quote.cue.text == "In the video"


def test_citing_keeps_the_objects_by_phrase(nlp):
    # "by mid-sized clients" hung on "citing" cut the reason to "weaker spending". (PolNeAR
    # annotates "citing <reason>" as the subject's words, so the quote itself stays.)
    text = (
        "Brantwell Software shares fell 9% after the payroll software company cut its revenue "
        "forecast, citing weaker spending by mid-sized clients.\n"
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Brantwell Software"
    assert [c.text for c in quote.content] == ["weaker spending by mid-sized clients"]


def test_by_phrase_of_time_stays_out_of_the_object(nlp):
    # Guard: "by this point" says when, not whose.
    text = "Senate Democrats had confirmed 68 judicial nominees by this point.\n"
    contents = [c.text for q in analyze(text, nlp=nlp).quotes for c in q.content]
    assert not any("by this point" in c for c in contents)


@pytest.mark.parametrize(
    "clause",
    ["who did not wish to be named", "who didn't want to be identified", "who did not want to be named"],
    ids=["not-wish-named", "didnt-want-identified", "not-want-named"],
)
def test_wish_not_to_be_named_is_no_quote(nlp, clause):
    text = f"A port official, {clause}, said the cranes had been idle for a week.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert [c.text for c in quote.content] == ["the cranes had been idle for a week"]
    assert [f.rule for f in report.findings].count("QC201") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information is asked to contact the county police.\n",
        "Residents are urged to boil their tap water until Friday.\n",
        "Motorists are asked to avoid the ring road.\n",
    ],
    ids=["anyone-asked", "residents-urged", "motorists-asked"],
)
def test_public_appeal_is_no_quote(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_request_put_to_someone_is_kept(nlp):
    # Guard: a request made of a named person stays.
    text = "The senator has been asked to release the transcripts.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["to release the transcripts"]


def test_forecast_has_no_speaker_warning(nlp):
    # "is expected to" is kept (news annotates forecasts as attributed), but a forecast in
    # the article's own voice needs no named speaker.
    text = "The planning board is expected to make a final decision in the spring.\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert "QC202" not in [f.rule for f in report.findings]


def test_hearsay_passive_still_warns(nlp):
    # Guard: "is said to" is hearsay and still needs a source.
    text = "The old pier is said to be unsafe.\n"
    assert "QC202" in [f.rule for f in analyze(text, nlp=nlp).findings]
