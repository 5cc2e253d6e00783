"""Speakers and their kinds from the round 18 probes (p56, p57): a place's name set off after a
place noun inside the speaker's phrase, and more below. End to end with the real model. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules, quotes_by_cue


def _one(report, cue="said"):
    (quote,) = quotes_by_cue(report, cue)
    return quote


# --- "Analysts at the X Institute in the capital, Veresk, said" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Economists at the Halden Institute in the city, Tarsk, said prices would rise again.",
        "Analysts at the Corvin Bank in the capital, Mirova, said growth would slow next year.",
    ],
    ids=["city", "capital"],
)
def test_place_named_after_place_noun_is_not_the_speaker(nlp, text):
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name is None
    assert quote.speaker_kind == "organization"  # they speak for the named body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for the mayor of the city, Dana Reeve, said the roads would close.", "Dana Reeve"),
        ("The mayor of the town, Ilse Brandt, said the bridge would reopen.", "Ilse Brandt"),
    ],
    ids=["spokesman", "mayor"],
)
def test_guard_person_named_after_place_noun_is_the_speaker(nlp, text, name):
    # Guard: a person's name set off after the place noun is still the speaker's.
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name == name
    assert quote.speaker_kind == "person"
