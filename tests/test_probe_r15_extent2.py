"""The extent of reported content, from the round 15 re-checks: where an object cue's content
ends when a to-infinitive follows it. End to end with the real model. The sentences are
written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- An infinitive right after an object cue's content goes with it ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor applauded the grants from the state to rebuild the harbor.",
            "the grants from the state to rebuild the harbor",
        ),
        (
            "The senator proposed nearly $2 billion in grants to help towns repair bridges.",
            "nearly $2 billion in grants to help towns repair bridges",
        ),
        (
            "Party leaders see the governor as a useful ally to help other candidates raise money.",
            "the governor as a useful ally to help other candidates raise money",
        ),
    ],
    ids=["noun-with-from-phrase", "sum-for-a-purpose", "as-phrase-then-infinitive"],
)
def test_infinitive_after_object_content(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert [expected] in _contents(report)


def test_noun_infinitive_still_kept(nlp):
    # Guard: a noun that takes an infinitive of its own kept it before the change too.
    report = analyze("The mayor defended her call to raise the minimum wage.", nlp=nlp)
    assert ["her call to raise the minimum wage"] in _contents(report)


# --- A finite verb joined after the content is the speaker's next act --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinton has said she wants to set up a safe zone for refugees in Syria and has expressed"
            " support for more air strikes.",
            ["she wants to set up a safe zone for refugees in Syria"],
        ),
        (
            "Okafor said he hoped to finish the bridge by June and thanked the crews for their work.",
            ["he hoped to finish the bridge by June"],
        ),
    ],
    ids=["perfect-after-infinitive", "past-after-infinitive"],
)
def test_finite_verb_after_infinitive_ends_content(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert expected in _contents(report)


def test_joined_verb_of_reported_cue_kept(nlp):
    # Guard: when the content is a clause with a complement clause of its own, a verb the parser
    # joins to an infinitive inside that complement may be the inner cue's ("requested ... and
    # indicated ..."), and the content goes on.
    text = (
        "Moreno said Spain's Interior Ministry requested that Ortiz be immediately returned to his"
        " home country to serve his time there and indicated that he would be released in 2020."
    )
    report = analyze(text, nlp=nlp)
    assert [text[len("Moreno said ") : -1]] in _contents(report)


def test_same_tense_conjunct_stays_in_content(nlp):
    # Guard: a verb in the content's own tense may go on with what was said.
    report = analyze("She says the agency collects the data and shares it with police.", nlp=nlp)
    assert ["the agency collects the data and shares it with police"] in _contents(report)


# --- "despite" right after the claim's predicate is part of the claim --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Hale said she would probably back the governor despite some mixed feelings.",
            "she would probably back the governor despite some mixed feelings",
        ),
        (
            "Aides insist the senator is staying in the race despite losing the Iowa caucuses.",
            "the senator is staying in the race despite losing the Iowa caucuses",
        ),
    ],
    ids=["despite-noun", "despite-gerund"],
)
def test_despite_after_predicate_kept(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert [expected] in _contents(report)


def test_despite_after_but_still_ends_quotation(nlp):
    # Guard: after "but" the phrase opens the writer's aside between two quotations.
    text = '"His mood is sour," she said, but despite the tense tone, "I think he will sign it."'
    report = analyze(text, nlp=nlp)
    parts = [part for content in _contents(report) for part in content]
    assert parts and not any("despite" in part for part in parts)
