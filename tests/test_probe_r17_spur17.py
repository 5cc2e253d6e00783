"""Spurious speakers and contents from the round 17 probes: a verb inside a document's
statement that took the attribution over, the second half of an absolute "with" phrase, and a
refusal the parser joined to what was said. End to end with the real model. The sentences are
written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import cue_index as _by_cue


# --- A document's statement keeps its speaker --------------------------------------------------


def test_quoted_words_after_cue_are_not_its_subject(nlp):
    text = (
        'The accord, signed after a week of talks, said partner states "share responsibility for the'
        ' northern border" and bound them to "fair, quick and lawful checks."'
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker is not None and q.speaker.text.startswith("The accord")
    assert '"' not in q.speaker.text
    assert q.type == "mixed"
    assert q.content[0].text.startswith("partner states")


def test_added_with_a_noun_object_is_no_cue_inside_a_report(nlp):
    text = 'The group\'s yearly review said heavier rainfall had added "modest but lasting" damage to its roads.'
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.cue.text for q in quotes] == ["said"]
    assert quotes[0].speaker.text == "The group's yearly review"
    assert quotes[0].via == ()


def test_negated_pledge_in_a_filing_is_not_passed_on(nlp):
    text = "The prospectus states that the chairman has agreed not to buy more stock for two years."
    quotes = analyze(text, nlp=nlp).quotes
    assert len(quotes) == 1
    assert quotes[0].cue.text == "states"
    assert quotes[0].via == ()


def test_guard_said_after_a_noun_object_sentence_still_speaks(nlp):
    # Guard: "added" with no object still signs the quotation before it.
    text = 'Rising rents have added costs to every shop. "We are holding on," she added.'
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.cue.text for q in quotes] == ["added"]
    assert quotes[0].speaker.text == "she"


def test_guard_object_before_quoted_words_still_introduces_them(nlp):
    # Guard: 'posted a message reading "..."' quotes the words.
    text = 'The senator posted a message on Twitter reading "Thank you, Ohio" after the polls closed.'
    quotes = analyze(text, nlp=nlp).quotes
    assert any("Thank you, Ohio" in c.text for q in quotes for c in q.content)


# --- An absolute "with" phrase has a speaker in each half ---------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The scheme has divided the valley, with growers demanding quicker help and ecologists"
            " warning that culling the birds could make matters worse.",
            "warning",
            "ecologists",
        ),
        (
            "The count was close, with miners backing the pact and owners arguing that it would"
            " cost jobs.",
            "arguing",
            "owners",
        ),
        (
            "The ballot was tight, with nurses backing the offer and managers arguing that it would"
            " close wards.",
            "arguing",
            "managers",
        ),
    ],
    ids=["object-conjunct", "participle-read-as-modifier", "subject-read-as-object"],
)
def test_second_half_of_absolute_with_has_its_own_speaker(nlp, text, cue, speaker):
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes[cue].speaker is not None and quotes[cue].speaker.text == speaker
    assert all(speaker not in c.text for q in quotes.values() if q.cue.text != cue for c in q.content)


# --- A refusal joined to what was said is a refusal of its own ----------------------------------


def test_declined_to_comment_after_said_is_a_separate_refusal(nlp):
    text = "A Norvane spokesman said the firm was reviewing the audit and declined to comment further."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert [c.text for c in quotes["said"].content] == ["the firm was reviewing the audit"]
    refusal = quotes["declined"]
    assert refusal.speaker is not None and refusal.speaker.text == "A Norvane spokesman"
    assert refusal.act == "refusal"


def test_guard_refusing_an_act_stays_in_the_content(nlp):
    # Guard: refusing to drop a weapon is no refusal to speak; it is part of what police said.
    text = "Police say the man made threats and refused to leave the building."
    quotes = analyze(text, nlp=nlp).quotes
    assert len(quotes) == 1
    assert quotes[0].content[0].text == "the man made threats and refused to leave the building"
