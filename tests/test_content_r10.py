"""Reported speech the parser hangs in unusual places, end to end with the real model, on
sentences written for these tests (round 10)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A time between the cue and a that-less clause: the parser makes the clause an
        # adverbial of the cue and the time the clause's.
        ("Okafor said after the hearing she would appeal the ruling.\n", "said", ["she would appeal the ruling"]),
        ("Kessler told reporters on Friday the plant would close by March.\n", "told", ["the plant would close by March"]),
        # An interposed cue the parser hung on the subject of the clause it interrupts, as an
        # aside or as a relative clause with no pronoun.
        (
            "The difference now, she told me on Friday, is that she runs a morning news show.\n",
            "told",
            ["The difference now", "is that she runs a morning news show"],
        ),
        (
            "The trouble this year, he told me in March, is that the river keeps rising.\n",
            "told",
            ["The trouble this year", "is that the river keeps rising"],
        ),
    ],
)
def test_content_is_found_where_the_parser_hung_it(nlp, text, cue, content):
    (quote,) = _by_cue(analyze(text, nlp=nlp), cue)
    assert [c.text for c in quote.content] == content


def test_the_time_of_the_saying_stays_out_of_the_words(nlp):
    (quote,) = _by_cue(analyze("Okafor said after the hearing she would appeal the ruling.\n", nlp=nlp), "said")
    assert "hearing" not in quote.content[0].text
    assert quote.speaker is not None and quote.speaker.text == "Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "He said nothing until she had left.\n",
        "The man he told me about was not there.\n",
    ],
)
def test_an_adverbial_or_a_relative_clause_is_no_content(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_words_never_said_are_not_passed_on(nlp):
    # "have never told them": the owners said nothing; the statement is the reporters'.
    report = analyze("Both Ana Ruiz and Tom Baker say the station's owners have never told them what to report.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue is not None and quote.cue.text == "say"
    assert quote.content[0].text == "the station's owners have never told them what to report"
    assert quote.speaker is not None and quote.speaker.text == "Both Ana Ruiz and Tom Baker"
    assert quote.via == ()


def test_a_finite_verb_beside_a_modal_is_the_speakers_next_act(nlp):
    report = analyze("Li said the economy would soon rebound and praised the envoy's efforts to find a settlement.\n", nlp=nlp)
    (said,) = _by_cue(report, "said")
    assert [c.text for c in said.content] == ["the economy would soon rebound"]
    (praised,) = _by_cue(report, "praised")
    assert praised.speaker is not None and praised.speaker.text == "Li"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A second verb under the same modal is more of the words.
        ("Ortiz said they would cut fees and hire more staff.\n", "they would cut fees and hire more staff"),
        # No coordinator: the parser's join, not the writer's.
        (
            "Ortiz says the board should find a successor for the off-chance an illness forces her out.\n",
            "the board should find a successor for the off-chance an illness forces her out",
        ),
    ],
)
def test_what_shares_the_modal_stays_in_the_words(nlp, text, content):
    (quote,) = _by_cue(analyze(text, nlp=nlp), text.split()[1])
    assert quote.content[0].text == content


def test_a_that_clause_after_a_long_aside_is_the_cues(nlp):
    # The parser makes the that-clause the main clause and the cue's clause its complement.
    text = "The governor continues to insist, most recently in an interview with the Ledger, that she really wants to release the files.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue is not None and quote.cue.text.endswith("insist")
    assert quote.content[0].text == "that she really wants to release the files"
    assert quote.speaker is not None and quote.speaker.text == "The governor"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The union said on Monday, after a long meeting with the board, that it would accept the offer.\n",
            "that it would accept the offer",
        ),
        # After "that" the phrase is the words' own.
        ("The union said that, after a long meeting, it would accept the offer.\n", "that, after a long meeting, it would accept the offer"),
    ],
)
def test_a_phrase_before_that_is_the_cues(nlp, text, content):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.content[0].text == content


def test_a_sentence_relative_after_the_words_is_the_writers(nlp):
    text = 'The youth charity Lampwick said the plan would "criminalise being fifteen", which strikes me as overblown.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == ['the plan would "criminalise being fifteen"']


def test_an_infinitive_of_purpose_attributes_nothing(nlp):
    text = 'Councillor Mira Ashdown, who represents Quarry ward, rose to object. "The member for Upper Holme talks about floods," she said.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "direct" and quote.speaker_name == "Mira Ashdown"


def test_a_second_act_of_the_reported_subject_leaves_the_first_to_the_host(nlp):
    # The promise is the agent's account and stands; what the singer said, the agent passed on.
    text = "Her agent says Ria Marsh promised to keep backing the mayor and said she would stand up to him.\n"
    report = analyze(text, nlp=nlp)
    says, said = report.quotes
    assert says.cue.text == "says" and says.content[0].text == "Ria Marsh promised to keep backing the mayor"
    assert said.cue.text == "said" and said.content[0].text == "she would stand up to him"
    assert said.speaker_name == "Ria Marsh"
    assert [h.span.text for h in said.via] == ["Her agent"]
