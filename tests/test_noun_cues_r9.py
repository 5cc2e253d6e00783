"""Reported claims cued by a noun of saying ("Smith's claim that ...", "her vow to ..."), end to
end with the real model, on sentences written for these tests (round 9)."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _found(report) -> list[tuple[str | None, str | None, list[str], str]]:
    return [
        (q.speaker_name, q.cue.text if q.cue is not None else None, [c.text for c in q.content], q.type)
        for q in report.quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "kind"),
    [
        (
            "Despite Senator Ada Morrow's repeated claims that the county budget grew last year, the auditor found a deficit.\n",
            "Ada Morrow",
            "claims",
            ["the county budget grew last year"],
            "indirect",
        ),
        (
            "Governor Ines Cole's warning that the pension fund would run dry by 2030 drew little notice.\n",
            "Ines Cole",
            "warning",
            ["the pension fund would run dry by 2030"],
            "indirect",
        ),
        (
            "Mayor Tom Reyes's promise to raise the minimum wage won him the union vote.\n",
            "Tom Reyes",
            "promise",
            ["to raise the minimum wage"],
            "indirect",
        ),
        # A possessive pronoun is resolved like a subject pronoun.
        (
            "Senator Dana Roy renewed her pledge to block the pipeline.\n",
            "Dana Roy",
            "pledge",
            ["to block the pipeline"],
            "indirect",
        ),
        (
            "Ada Morrow's argument on Sunday was that the delegates should switch sides.\n",
            "Ada Morrow",
            "argument",
            ["the delegates should switch sides"],
            "indirect",
        ),
        # The one who makes a suggestion says it.
        (
            "Senator Dana Roy made the suggestion that the council should meet only in private.\n",
            "Dana Roy",
            "suggestion",
            ["the council should meet only in private"],
            "indirect",
        ),
        # A quotation inside makes it mixed.
        (
            "Critics doubt Ada Morrow's claim that the bridge was \"perfectly safe\" before it closed.\n",
            "Ada Morrow",
            "claim",
            ['the bridge was "perfectly safe" before it closed'],
            "mixed",
        ),
    ],
    ids=["claims", "warning", "promise-to", "her-pledge", "argument-was", "made-suggestion", "mixed"],
)
def test_a_noun_of_saying_with_its_speaker_cues_a_claim(nlp, text, speaker, cue, content, kind):
    report = analyze(text, nlp=nlp)
    assert (speaker, cue, content, kind) in _found(report)


def test_the_agent_after_by_is_the_speaker(nlp):
    report = analyze("The accusation by the union that managers lied about overtime surprised the company.\n", nlp=nlp)
    quotes = [q for q in report.quotes if q.cue is not None and q.cue.text == "accusation"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "the union"
    assert [c.text for c in quotes[0].content] == ["managers lied about overtime"]


@pytest.mark.parametrize(
    "text",
    [
        # No speaker, no quote.
        "The claim that the county budget grew last year was false.\n",
        "Nobody heeded the warning that the pension fund would run dry.\n",
        # A relative clause names what was done with the promise, not what was promised.
        "Mayor Tom Reyes kept the promise that he made to the union.\n",
        # A belief is no speech.
        "Voters share Ada Morrow's belief that the county budget is too large.\n",
    ],
    ids=["no-speaker", "no-speaker-warning", "relative", "belief"],
)
def test_no_claim_without_a_speaker_or_a_noun_of_saying(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes == [] or all(q.cue is None or q.cue.text not in ("claim", "warning", "promise", "belief") for q in report.quotes)


def test_a_noun_of_saying_inside_a_quotation_cues_nothing(nlp):
    report = analyze("\"Senator Morrow's claim that taxes fell is nonsense,\" the mayor said.\n", nlp=nlp)
    assert [(q.cue.text if q.cue else None) for q in report.quotes] == ["said"]


def test_a_statement_noun_after_a_speech_verb_adds_no_second_frame(nlp):
    report = analyze("Ada Morrow said in her statement that the pension fund would run dry.\n", nlp=nlp)
    assert [(q.cue.text if q.cue else None) for q in report.quotes] == ["said"]
