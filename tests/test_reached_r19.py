"""How the reporter got the words: "The mayor, reached by phone, said ...", "Ms Vale, contacted
by the Herald, said ...". The participle is the occasion of the cue, not part of the speaker's
name, and a named outlet after "by" is whom the words were told to. End to end with the real
model; sentences written by the quotecheck authors (QA probe r19)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesman for the port, reached by phone, said the ferry would run.", "A spokesman for the port"),
        ("The mayor, reached on Tuesday, said the budget was balanced.", "The mayor"),
        ("The mayor, interviewed on Radio Tay, said the budget was balanced.", "The mayor"),
        ("Ms Vale, contacted by the Herald, said she had no comment.", "Ms Vale"),
    ],
)
def test_reaching_participle_is_no_part_of_the_speaker(nlp, text, speaker):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Ms Vale, contacted by the Herald, said she had no comment.", "Herald"),
        ("Contacted by the Valley Tribune, the mayor said she had no comment.", "Valley Tribune"),
    ],
)
def test_outlet_that_contacted_the_speaker_is_the_recipient(nlp, text, outlet):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.recipient is not None and (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")


def test_reached_by_phone_names_no_recipient(nlp):
    (quote,) = analyze("The mayor, reached by phone, said she had no comment.", nlp=nlp).quotes
    assert quote.recipient is None


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        ("The mayor, reached by phone on Monday, declined to comment.", "declined", "to comment"),
        ("The minister, speaking to reporters, denied the claims.", "denied", "the claims"),
        ("The mayor, interviewed on Radio Tay, praised the volunteers.", "praised", "the volunteers"),
    ],
)
def test_occasion_before_a_cue_of_declining_or_of_speaking_about(nlp, text, cue, words):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text in ("The mayor", "The minister")
    assert quote.cue is not None and quote.cue.text == cue
    assert [p.text for p in quote.content] == [words]
