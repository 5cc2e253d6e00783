"""Statements made through a light verb or a noun with a that-clause, whose holder is named:
"made (it) clear that", "left no doubt that", "her point was that", "gave assurances that".
End to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts as _texts


# --- "made (it) clear that", "left no doubt that": the subject's statement --------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Governor Alma Reyes also made clear that she has no plans to step down.",
            "Alma Reyes",
            "she has no plans to step down",
        ),
        (
            "Orbis Bank has made it clear that it will close the branch in March.",
            "Orbis Bank",
            "it will close the branch in March",
        ),
        (
            "Senator Piet Vos made plain that the tax would stay.",
            "Piet Vos",
            "the tax would stay",
        ),
        (
            "Councillor Ida Brandt left no doubt that she would back the measure.",
            "Ida Brandt",
            "she would back the measure",
        ),
    ],
    ids=["made-clear", "made-it-clear", "made-plain", "left-no-doubt"],
)
def test_making_clear_is_a_statement(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert quote.speaker_name == speaker
    assert _texts(quote) == [content]


def test_made_it_known_is_the_subjects_not_its(nlp):
    # The parser reads "it known" as a small clause; "it" holds no belief.
    report = analyze("The mayor made it known that she would run again.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "The mayor"
    assert _texts(quote) == ["she would run again"]


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the plan has failed.",  # Guard: the writer's own
        "It was made clear that the tax would stay.",  # Guard: passive, no holder
        "The union wants to make it clear that the strike will go on.",  # Guard: intent
        "The minister did not make clear whether the tax would stay.",  # Guard: no that-clause
    ],
    ids=["it-is-clear", "passive", "intent", "whether"],
)
def test_no_one_makes_it_clear(nlp, text):
    report = analyze(text, nlp=nlp)
    assert not any(q.cue is not None and "clear" in q.cue.text for q in report.quotes)


# --- A copular noun statement with a possessive holder -----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Tomas Delgado's point was that the city would need more buses.",
            "Tomas Delgado",
            "the city would need more buses",
        ),
        (
            "One of Senator Ruth Kovac's main talking points is that she would cut fuel taxes.",
            "Ruth Kovac",
            "she would cut fuel taxes",
        ),
        (
            "The Harbour Authority's position is that the pier is safe.",
            "Harbour Authority",
            "the pier is safe",
        ),
        (
            "Mr. Osei's bet is that the new rules will be hard to undo.",
            "Osei",
            "the new rules will be hard to undo",
        ),
    ],
    ids=["point", "one-of-talking-points", "position", "bet"],
)
def test_possessed_view_is_that(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert quote.speaker_name is not None and speaker in quote.speaker_name
    assert _texts(quote) == [content]


def test_possessive_pronoun_holds_the_view(nlp):
    text = "Farmers in the valley met on Monday. Their fear is that the river could run dry."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "Their"
    assert _texts(quote) == ["the river could run dry"]


@pytest.mark.parametrize(
    "text",
    [
        "The idea is that donors can still give.",  # Guard: no holder, the writer's
        "The fear is that the river could run dry.",  # Guard: no holder
        "His fear of flying is well known.",  # Guard: no that-clause
    ],
    ids=["idea", "fear-no-holder", "fear-of"],
)
def test_view_without_holder_is_the_writers(nlp, text):
    assert not analyze(text, nlp=nlp).quotes


# --- "gave assurances that": the one who gives them says it ------------------------------------


def test_giving_assurances_is_a_statement(nlp):
    text = "Both leaders gave assurances that they would work with the winner."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "Both leaders"
    assert _texts(quote) == ["they would work with the winner"]
