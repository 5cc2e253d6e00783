"""Reported speech inside a relative clause whose subject the parser lost, beliefs stated with
an adjective of conviction ("is convinced that"), and what someone learned or noticed, from the
round 14 probes. End to end with the real model. The sentences are written by the quotecheck
authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quote_with(report, words):
    """The one quote whose content holds ``words``."""
    (quote,) = [q for q in report.quotes if any(words in c.text for c in q.content)]
    return quote


# --- A cue inside a relative clause: its own subject speaks -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The noun after "which" read as its verb, the cue as a second verb of the main clause.
        "Residents rejected the new districts, which appeals courts said discriminated against renters.",
        # "..., that courts said" read as a trailing cue with the main clause for its content.
        "The county must redraw its districts, drawn by the old council, that appeals courts said "
        "discriminated against renters.",
    ],
    ids=["which-noun-read-as-verb", "that-read-as-mark"],
)
def test_relative_cue_speaks_for_its_own_subject(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "discriminated against renters")
    assert quote.speaker is not None and quote.speaker.text == "appeals courts"
    assert quote.cue.text == "said"
    # The main clause is the writer's, not what the courts said.
    assert not any("redraw" in c.text or "districts" in c.text for c in quote.content)


def test_guard_relative_cue_parsed_right_keeps_its_subject(nlp):
    # Guard: a relative clause the parser reads right needs no repair.
    report = analyze("Tenants paid rent to a landlord that inspectors said was unlicensed.", nlp=nlp)
    quote = _quote_with(report, "was unlicensed")
    assert quote.speaker.text == "inspectors"


# --- Adjectives of conviction with a that-clause ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        ("Ms. Okafor is convinced that the merger will fail.", "Ms. Okafor", "the merger will fail"),
        ("After each interview, he came away convinced that Mr. Lind was the better pick.", "he", "Mr. Lind was the better pick"),
        ("The mayor's backers remain confident that she will win a second term.", "The mayor's backers", "she will win a second term"),
        ("Council members are increasingly hopeful that the bridge will reopen by June.", "Council members", "the bridge will reopen by June"),
    ],
    ids=["is-convinced", "came-away-convinced", "remain-confident", "hopeful"],
)
def test_belief_adjective_states_the_holders_belief(nlp, text, holder, content):
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, content)
    assert quote.type == "indirect"
    assert quote.speaker is not None and quote.speaker.text == holder


@pytest.mark.parametrize(
    "text",
    [
        "It is certain that prices will rise this winter.",
        "Many residents are glad that the bridge reopened.",
        "Some council members are concerned enough that they have begun drafting a rival plan.",
    ],
    ids=["no-holder", "not-a-belief", "enough-that"],
)
def test_guard_no_belief_without_holder_or_belief(nlp, text):
    # Guard: the writer's "it is certain", a feeling about a fact, and a result clause.
    assert analyze(text, nlp=nlp).quotes == ()


# --- What someone learned or noticed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        (
            "Elena Varga, writing in the Harbor Ledger, noticed this week that rural voters have been "
            "drifting toward the challenger.",
            "Elena Varga",
            "rural voters have been drifting toward the challenger",
        ),
        ("He soon learned that his parents had never filed the paperwork.", "He", "his parents had never filed the paperwork"),
    ],
    ids=["noticed", "learned"],
)
def test_learned_or_noticed_that_is_attributed(nlp, text, holder, content):
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, content)
    assert quote.speaker is not None and quote.speaker.text.startswith(holder)


def test_that_standing_for_what_was_learned_is_no_clause(nlp):
    # Guard: "that" is what he learned; the clause after it is the writer's narration.
    report = analyze("Mr. Osei learned that in 2004 after he questioned the budget.", nlp=nlp)
    assert not any(q.cue is not None and q.cue.text == "learned" for q in report.quotes)
