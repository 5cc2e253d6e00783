"""Records, polls and studies as sources, end to end with the real model.

A fact-checker must see when a claim rests on records, a poll or a study. The small English
model often reads "records show" as a compound noun, so several of these cues are read from the
surface (``frames._record_frames``). Every sentence here was written for these tests, about
invented people and places.
"""

from __future__ import annotations

import pytest

from quotecheck import lexicon
from quotecheck.pipeline import analyze


def _quotes(nlp, sentence: str) -> list[tuple[str, str | None, str, list[str]]]:
    report = analyze("County news\n\n" + sentence + "\n", nlp=nlp)
    return [
        (q.cue.text if q.cue else "", q.speaker.text if q.speaker else None, q.speaker_kind, [c.text for c in q.content])
        for q in report.quotes
    ]


@pytest.mark.parametrize(
    "sentence, cue, speaker, content",
    [
        pytest.param(
            "A shell company called Larkspur Holdings gave $8,000 to the committee on May 3, 2019, "
            "state finance records show.",
            "show",
            "state finance records",
            ["A shell company called Larkspur Holdings gave $8,000 to the committee on May 3, 2019"],
            id="closing-read-as-compound-noun",
        ),
        pytest.param(
            "Most of the money came from firms that no longer exist, court records show.",
            "show",
            "court records",
            ["Most of the money came from firms that no longer exist"],
            id="closing-no-subject",
        ),
        pytest.param(
            "During the same period, county flight logs show, the plane flew about 300 hours.",
            "show",
            "county flight logs",
            ["During the same period", "the plane flew about 300 hours"],
            id="interposed",
        ),
        pytest.param(
            "The council approved the budget in March, minutes of the meeting show.",
            "show",
            "minutes of the meeting",
            ["The council approved the budget in March"],
            id="closing-of-phrase",
        ),
        pytest.param(
            "The union's political fund spent $410,000 on mailers in October, Federal Election "
            "Commission records show.",
            "show",
            "Federal Election Commission records",
            ["The union's political fund spent $410,000 on mailers in October"],
            id="closing-records-tagged-as-verb",
        ),
        pytest.param(
            "The money went to a consultant, bank statements show.",
            "show",
            "bank statements",
            ["The money went to a consultant"],
            id="closing-plural-document",
        ),
        pytest.param(
            "Figures released Tuesday show a sharp drop in ferry ridership.",
            "show",
            "Figures released Tuesday",
            ["a sharp drop in ferry ridership"],
            id="opening-participle-read-as-verb",
        ),
    ],
)
def test_a_record_cue_gives_the_record_as_a_document_speaker(nlp, sentence, cue, speaker, content):
    assert _quotes(nlp, sentence) == [(cue, speaker, "document", content)]


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        pytest.param(
            "The Harbor Tribune tracking poll shows Ortiz with a six-point lead, with 48.1 percent to "
            "Whitfield's 42.1 percent.",
            "The Harbor Tribune tracking poll",
            "Ortiz with a six-point lead, with 48.1 percent to Whitfield's 42.1 percent",
            id="with-phrases",
        ),
        pytest.param(
            "A Marlow County poll, conducted with two local colleges, shows Dana Whitfield with 51 "
            "percent versus Ortiz, who has 40 percent.",
            "A Marlow County poll, conducted with two local colleges",
            "Dana Whitfield with 51 percent versus Ortiz, who has 40 percent",
            id="object-read-as-subject",
        ),
        pytest.param(
            "The poll shows Ortiz ahead by six points.",
            "The poll",
            "Ortiz ahead by six points",
            id="ahead-by",
        ),
        pytest.param(
            "The filings showed a loan of $40,000 from the mayor's brother.",
            "The filings",
            "a loan of $40,000 from the mayor's brother",
            id="filings",
        ),
    ],
)
def test_what_a_poll_or_record_shows_is_its_object_with_its_standings(nlp, sentence, speaker, content):
    assert _quotes(nlp, sentence) == [("shows" if "shows" in sentence else "showed", speaker, "document", [content])]


def test_a_relative_clause_without_figures_is_still_the_writers_aside(nlp):
    quotes = _quotes(nlp, "The poll shows a close race with Ortiz, who entered the contest in June.")
    assert [content for *_, content in quotes] == [["a close race with Ortiz"]]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("She watched a TV show about the harbor, the kind of show that runs late.", id="tv-show"),
        pytest.param("The vinyl records show drew 300 collectors to the fairground.", id="records-show-noun"),
        pytest.param("The boxes of old records, found in a shed, were returned to the county.", id="found-participle"),
        pytest.param("In the spring, the county's records show.", id="no-clause"),
    ],
)
def test_no_finding_without_a_record_cue(nlp, sentence):
    assert _quotes(nlp, sentence) == []


def test_a_headline_closing_with_a_record_cue_is_a_finding(nlp):
    report = analyze("Shell firms funded Ortiz committee, records show\n\nThe committee met on Tuesday.\n", nlp=nlp)
    assert [(q.cue.text, q.speaker_kind, [c.text for c in q.content]) for q in report.quotes] == [
        ("show", "document", ["Shell firms funded Ortiz committee"])
    ]


def test_senior_figures_who_say_something_are_people_not_numbers(nlp):
    quotes = _quotes(nlp, "Senior figures in the party say the leader will resign.")
    assert [(cue, kind) for cue, _, kind, _ in quotes] == [("say", "anonymous")]


def test_records_show_inside_a_quotation_is_the_quotation(nlp):
    quotes = _quotes(nlp, '"The deal closed in May, the records show," Pellham said.')
    assert [(cue, content) for cue, _, _, content in quotes] == [("said", ['"The deal closed in May, the records show,"'])]


def test_an_interposed_cue_before_a_joined_clause_closes_the_clause_before_it(nlp):
    quotes = _quotes(nlp, "He kept the receipts, the logs show, and the pilot was paid twice.")
    assert quotes == [("show", "the logs", "document", ["He kept the receipts"])]


def test_the_closing_finding_verbs_are_finite_forms():
    assert "showing" not in lexicon.CLOSING_FINDING_FORMS and "shown" not in lexicon.CLOSING_FINDING_FORMS
    assert "documents" not in lexicon.CLOSING_FINDING_FORMS  # the noun far more often
