"""Reported speech around a condition or concession set off by commas, and verbs of knowing
joined to a reported clause, end to end with the real model, on sentences written for these
tests (round 11)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # The parser made the clause after the condition the sentence's root, with the cue's
        # clause under it: nothing was found.
        (
            "She also sent a tweet saying, if elected president, she would put new rules in place.\n",
            "saying",
            ["if elected president, she would put new rules in place"],
        ),
        # ... or hung it on the verb before the cue.
        (
            "He issued a statement saying, despite the ruling, the plant would stay open.\n",
            "saying",
            ["despite the ruling, the plant would stay open"],
        ),
        # "message saying" read as one noun, and the cue's clause made the complement of the
        # verb after the condition: the tool listed "She posted a message saying" as content.
        (
            "She posted a message saying, once the vote is counted, she would step down.\n",
            "saying",
            ["once the vote is counted, she would step down"],
        ),
        # The cue's own words before its comma: the condition was dropped from the content.
        (
            "She wrote on Twitter, if elected president, she would put new rules in place.\n",
            "wrote",
            ["if elected president, she would put new rules in place"],
        ),
        ("He told reporters, despite the ruling, the plant would stay open.\n", "told", ["despite the ruling, the plant would stay open"]),
    ],
)
def test_a_condition_between_commas_keeps_the_clause_after_it(nlp, text, cue, content):
    (quote,) = _by_cue(analyze(text, nlp=nlp), cue)
    assert [c.text for c in quote.content] == content


def test_when_it_was_said_stays_out_of_a_that_clause(nlp):
    # Guard: "after a meeting" says when the announcement comes, and the that-clause says what.
    text = "The board will announce on Monday, after a two-day meeting, that it will cut the fee.\n"
    (quote,) = _by_cue(analyze(text, nlp=nlp), "will announce")
    (content,) = quote.content
    assert content.text.endswith("it will cut the fee") and "meeting" not in content.text


@pytest.mark.parametrize(
    "text",
    [
        "Sandra Inman said she could not support Trump but understood why people did.\n",
        "Sandra Inman said she could not support Trump but knew why people did.\n",
    ],
)
def test_a_verb_of_knowing_joined_to_the_clause_is_more_of_what_was_said(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    (content,) = quote.content
    assert content.text.startswith("she could not support Trump but ") and content.text.endswith("why people did")


def test_a_second_act_joined_to_the_clause_is_still_the_speakers_own(nlp):
    # Guard: "praised" is a speech act of Li's, after what Li said.
    report = analyze("Li said the economy would soon rebound and praised the envoy's efforts.\n", nlp=nlp)
    (said,) = _by_cue(report, "said")
    assert [c.text for c in said.content] == ["the economy would soon rebound"]
    assert _by_cue(report, "praised")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The family also thanked the volunteers, whom they described as "the heart of this town."\n', "the heart of this town"),
        ('The minister\'s office termed the allegations "baseless and defamatory" on Monday.\n', "baseless and defamatory"),
        ('Ms. Okafor criticised what she called a "campaign of leaks" against the union.\n', "campaign of leaks"),
    ],
)
def test_a_label_a_quote_holds_under_a_verb_of_naming_is_the_speakers_not_a_scare_quote(nlp, text, words):
    report = analyze(text, nlp=nlp)
    assert any(words in quote.text for quote in report.quotes)
    assert not [t for t in report.terms if words in t.span.text]


def test_so_called_stays_the_writers_distance_inside_a_quote(nlp):
    # Guard: "so-called" is the writer's doubt even inside reported speech.
    report = analyze('Some observers noted that the so-called "final offer" had been revised three times.\n', nlp=nlp)
    assert [t.kind for t in report.terms if "final offer" in t.span.text] == ["scare"]
