"""Gaps left by round 18, each a pattern of English news: a reporting clause inside a relative
clause must not take in the sentence's main verb; a cue set between a subject and its predicate
with its speaker read as its object; and negative openers ("Never has ...", "At no point did
...") that negate the cue. End to end with the real model; the sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text: str, nlp) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [
        (q.act, q.cue.text if q.cue is not None else None, q.speaker.text if q.speaker is not None else None, [p.text for p in q.content])
        for q in analyze(text, nlp=nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "words"),
    [
        ("A plan that critics say would drain the reserve was approved on Monday.", "say", "critics", ["that", "would drain the reserve"]),
        ("The bill that opponents say will raise rents passed the Senate.", "say", "opponents", ["that", "will raise rents"]),
        ("A rule that officials said would protect renters takes effect today.", "said", "officials", ["that", "would protect renters"]),
        ("Voters who said the tax was too high backed Pike.", "said", "Voters who", ["the tax was too high"]),
        # A clause inside the content: the search for the main verb goes on after it.
        (
            "The report that officials say shows the tax was too high came out on Friday.",
            "say",
            "officials",
            ["that", "shows the tax was too high"],
        ),
    ],
    ids=["would-drain", "will-raise", "would-protect", "voters-who", "nested-clause"],
)
def test_relative_cue_leaves_the_main_verb_out(nlp, text, cue, speaker, words):
    # "Voters who said ... backed Pike" also gives the voters' stance (test_stance_r19).
    [(_, got_cue, who, content)] = [q for q in _quotes(text, nlp) if q[1] == cue]
    assert (got_cue, who, content) == (cue, speaker, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Guards: a verb that takes a bare clause keeps it; a sentence with no main verb keeps
        # all its words.
        ("A policy that critics say would mean the tax is too high.", ["that", "would mean the tax is too high"]),
        ("Residents who say the water is unsafe have filed a lawsuit.", ["the water is unsafe"]),
    ],
    ids=["bare-clause", "parsed-aright"],
)
def test_relative_cue_content_without_a_main_verb_stays_whole(nlp, text, words):
    [(_, _, _, content)] = _quotes(text, nlp)
    assert content == words


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("A delay, warned the engineers, could put the dam at risk.", "the engineers", ["A delay", "could put the dam at risk"]),
        ("The new tax, warned the mayor, will drive firms away.", "the mayor", ["The new tax", "will drive firms away"]),
    ],
)
def test_inverted_speaker_read_as_object(nlp, text, speaker, words):
    [(act, cue, who, content)] = _quotes(text, nlp)
    assert (act, cue, who, content) == ("statement", "warned", speaker, words)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Never has the minister said that the plant is safe.", "has the minister said", "the minister"),
        ("Never before has the minister said that the plant is safe.", "has the minister said", "the minister"),
        ("Not once did the minister say that the plant is safe.", "did the minister say", "the minister"),
        ("At no point did the company claim the water was clean.", "did the company claim", "the company"),
        ("At no time during the talks did the company claim the water was clean.", "did the company claim", "the company"),
    ],
)
def test_negative_opener_negates_the_cue(nlp, text, cue, speaker):
    [(act, got_cue, who, _)] = _quotes(text, nlp)
    assert (act, got_cue, who) == ("refusal", cue, speaker)


@pytest.mark.parametrize(
    "text",
    ["At no point did the company deny that the water was dirty.", "Nor did the company deny that the water was dirty."],
    ids=["at-no-point", "nor"],
)
def test_negated_denial_is_no_denial(nlp, text):
    [(act, _, who, _)] = _quotes(text, nlp)
    assert (act, who) == ("statement", "the company")


@pytest.mark.parametrize(
    "text",
    [
        # Guards: a negative word the cue interrupts is part of the words; "rarely" limits the
        # saying and does not deny it.
        "Never, the minister said, was the plant safe.",
        "Rarely has the minister said that the plant is safe.",
    ],
    ids=["interrupted", "rarely"],
)
def test_said_with_a_fronted_adverb_stays_a_statement(nlp, text):
    [(act, _, who, _)] = _quotes(text, nlp)
    assert (act, who) == ("statement", "the minister")
