"""Pronouns after a stressed subject, a collective noun and an anonymous source, end to end with
the real model, on sentences written for these tests (round 11)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quote(report, fragment: str):
    (quote,) = [q for q in report.quotes if any(fragment in c.text for c in q.content)]
    return quote


def _findings(report, quote, rule: str):
    return [f for f in report.findings if f.quote == quote.id and f.rule == rule]


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # The subject stressed by "herself" is a woman and the topic: "she" is her, not the man
        # who spoke just before (the tagger reads "Beck" as a common noun).
        (
            "Beck's publicist, Anton Brack, told the Morning Ledger that his client \"regrets nothing.\" "
            "Beck herself addressed the criticism on Friday during a radio interview. "
            '"I will not say sorry for telling the truth," she said.\n',
            "say sorry for telling the truth",
            "Beck",
        ),
        # A paragraph break does not change who the stressed subject is: "Beck himself" is the
        # Piotr Beck named before, not the analyst who spoke.
        (
            "Analyst Dmitri Halvorsen forecast that mayor Piotr Beck would win.\n\n"
            "Beck himself has been cautious. Asked on Monday whether he was ahead, he said: "
            '"I never read polls."\n',
            "I never read polls",
            "Piotr Beck",
        ),
    ],
    ids=["herself-after-male-speaker", "himself-new-paragraph"],
)
def test_pronoun_means_the_subject_a_reflexive_stresses(nlp, text, fragment, name):
    quote = _quote(analyze(text, nlp=nlp), fragment)
    assert quote.speaker_name == name
    assert quote.speaker_kind == "person"


@pytest.mark.parametrize(
    ("text", "fragment", "head"),
    [
        (
            "Volunteers from the Harlow Mountain Rescue Trust searched the ridge all night.\n\n"
            'The family also thanked the volunteers on Sunday. They described them as "the best of this valley."\n',
            "the best of this valley",
            "family",
        ),
        (
            "The Harlow Mountain Rescue Trust searched the ridge all night. The couple said the "
            'volunteers had been "the best of this valley." They added that they would donate to the trust.\n',
            "they would donate",
            "couple",
        ),
    ],
    ids=["family-next-sentence", "couple-next-sentence"],
)
def test_they_after_a_collective_noun_is_the_group_not_a_body(nlp, text, fragment, head):
    """"The family also thanked ... They described": "they" is the family (unnamed), not the
    rescue trust named in the sentence before. (The first case was a relative clause, "whom
    they described as ...", until the speaker's own label joined the content of "thanked",
    whose speaker is the family itself.)"""
    quote = _quote(analyze(text, nlp=nlp), fragment)
    assert quote.speaker_name is None
    assert quote.speaker_kind == "unknown"
    assert head in quote.speaker_descriptions


def test_pronoun_after_an_anonymous_source_keeps_the_reason(nlp):
    """"A nurse, who asked not to be named because ..., said ... "...," she said": the same
    anonymous nurse, whose reason holds here too, not a vague "she"."""
    text = (
        "A Dunmore nurse, who asked not to be named because she feared losing her job, said the ward "
        'had been short of staff for months. "We are running on empty," she said.\n'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "running on empty")
    assert quote.speaker_kind == "anonymous"
    assert "nurse" in quote.speaker_descriptions
    (finding,) = _findings(report, quote, "QC201")
    assert "feared losing her job" in finding.message
    assert "Vague" not in finding.message


def test_pronoun_after_an_anonymous_source_without_reason_is_no_vague_source(nlp):
    """Without a reason given, the "he" after an anonymous official is still that anonymous
    official (no reason given), not a vague source of its own."""
    text = (
        "A senior treasury official, who asked not to be named, said the budget would slip. "
        '"Nobody wants to admit it," he said.\n'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "Nobody wants to admit it")
    (finding,) = _findings(report, quote, "QC201")
    assert finding.message.startswith("Anonymous source")


# Guard: a named speaker before an unstressed lone subject still takes "he" as before.
def test_guard_named_speaker_keeps_his_pronoun(nlp):
    text = 'Mayor Colm Ferrick said the bridge would reopen in May. "We owe people that," he said.\n'
    quote = _quote(analyze(text, nlp=nlp), "We owe people that")
    assert quote.speaker_name == "Colm Ferrick"


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [
        (
            'Shells hit the market at dawn. "The roof came down," said the man, who gave only his first name, '
            "Oleksiy, for fear of reprisals.\n",
            "The roof came down",
            "Oleksiy",
            "anonymous",
        ),
        (
            "A miner, who gave his first name as Tomasz, said the shaft had flooded twice.\n",
            "the shaft had flooded twice",
            "Tomasz",
            "person",
        ),
    ],
    ids=["first-name-anonymous", "first-name-as"],
)
def test_a_source_known_by_first_name_only_is_shown_by_it(nlp, text, fragment, name, kind):
    """"the man, who gave only his first name, Oleksiy": the name the article gives him."""
    quote = _quote(analyze(text, nlp=nlp), fragment)
    assert quote.speaker_name == name
    assert quote.speaker_kind == kind
