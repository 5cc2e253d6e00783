"""Statements left over from QA probes p52 and p53 (round 17): a "they" after a named pair
that did not speak, and a concessive clause with its own speaker inside a credited claim. End
to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import cue_index as _by_cue


# --- "they" after a named pair that was the subject ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ines Varga and Pol Dumont founded the bakery in 2011 and sold it last year. At the time,"
        " they said in a joint statement that they were ready to retire.",
        "Marta Lind and Oskar Brenner started the podcast in 2019. On Friday they said the final"
        " episode would air next month.",
    ],
)
def test_they_after_named_pair_subject_is_the_pair(nlp, text):
    report = analyze(text, nlp=nlp)
    [quote] = [q for q in report.quotes if q.speaker is not None and q.speaker.text.lower() == "they"]
    assert quote.speaker_name is not None
    names = quote.speaker_name
    first, second = text.split(" and ")[0], text.split(" and ")[1].split(" ")[0:2]
    assert first in names and " ".join(second) in names
    assert quote.resolution == "pronoun"


def test_they_after_pair_then_other_group_speaking(nlp):
    # Guard: a group that spoke after the pair is who "they" means.
    text = (
        "Ines Varga and Pol Dumont founded the bakery in 2011. The new owners said the shop would"
        " stay open. They said prices would not change."
    )
    report = analyze(text, nlp=nlp)
    they = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "They"]
    assert they and they[0].speaker_name is None


# --- A concessive clause with its own speaker inside credited words -------------------------------


@pytest.mark.parametrize(
    ("text", "claim", "cue", "speaker", "counter"),
    [
        (
            "According to the council, bus fares have fallen 4 percent since 2019, though the"
            " passenger group says this ignores cuts to routes.",
            "bus fares have fallen 4 percent since 2019",
            "says",
            "the passenger group",
            "this ignores cuts to routes",
        ),
        (
            "According to the agency, rents in the city rose 6 percent last year, although tenant"
            " groups argue the real figure is higher.",
            "rents in the city rose 6 percent last year",
            "argue",
            "tenant groups",
            "the real figure is higher",
        ),
    ],
)
def test_concessive_clause_with_cue_is_its_own_statement(nlp, text, claim, cue, speaker, counter):
    quotes = _by_cue(analyze(text, nlp=nlp))
    according = next(q for c, q in quotes.items() if c.lower() == "according to")
    assert [c.text for c in according.content] == [claim]
    assert quotes[cue].speaker.text == speaker
    assert [c.text for c in quotes[cue].content] == [counter]


def test_concession_without_speaker_stays_in_claim(nlp):
    # Guard: a concession with no speech verb is part of what was credited.
    text = "According to the council, bus fares have fallen since 2019, though fuel costs rose."
    [quote] = analyze(text, nlp=nlp).quotes
    assert quote.content[0].text.endswith("though fuel costs rose")
