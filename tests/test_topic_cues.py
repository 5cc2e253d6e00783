"""Speech verbs with a preposition ("complained about", "called for"): the object of the
preposition is what was said, end to end with the real model, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The union leader complained about the closure of the depot.", "the closure of the depot"),
        ("The coach joked about his team's poor start to the season.", "his team's poor start to the season"),
        ("Several doctors cautioned against reopening the ward too soon.", "reopening the ward too soon"),
        ("The senator called for a new vote on the budget.", "a new vote on the budget"),
        ("The minister spoke of a difficult winter ahead.", "a difficult winter ahead"),
        ("The governor commented on the flooding in the valley.", "the flooding in the valley"),
    ],
)
def test_the_object_of_a_speech_verbs_preposition_is_the_content(nlp, sentence, content):
    report = analyze(sentence + "\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert [c.text for c in quote.content] == [content]
    assert quote.speaker is not None and sentence.startswith(quote.speaker.text)


def test_a_word_between_verb_and_preposition_keeps_the_preposition_out(nlp):
    report = analyze("The mayor complained bitterly about the state of the roads.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "complained"
    assert [c.text for c in quote.content] == ["the state of the roads"]


def test_a_that_clause_after_complained_is_still_a_clause(nlp):
    report = analyze("The mayor complained that the roads had not been repaired.\n", nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ["that the roads had not been repaired"]


def test_wrote_about_in_narration_without_a_speaker_is_no_quote(nlp):
    report = analyze("Writing about the war was never easy.\n", nlp=nlp)
    assert report.quotes == ()


def test_an_estimate_put_at_a_figure_is_attributed(nlp):
    text = "The state agriculture department estimates losses across the valley at $38 million.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "estimates"
    assert quote.speaker.text == "The state agriculture department"
    assert [c.text for c in quote.content] == ["losses across the valley at $38 million"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president has not commented publicly on the dispute.\n",
        "The club would not comment on the transfer.\n",
    ],
)
def test_not_commenting_on_something_is_no_quote(nlp, sentence):
    assert analyze(sentence, nlp=nlp).quotes == ()
