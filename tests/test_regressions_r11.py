"""Regressions found by re-running this round's probe articles after the merges (round 11),
end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest
from rich.console import Console

from quotecheck.pipeline import analyze
from quotecheck.render.terminal import render_report

from .reports import rules as _rules


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A masthead that opens with "Daily" names no body: the rule for "the Committee on
        # Publication Ethics" had taken it for a body's name.
        ("Benji Salazar told the Daily Spotlight that the post was fine.\n", "Daily Spotlight"),
        ('"We will not back down," he told Sky News Australia.\n', "Sky News Australia"),
    ],
)
def test_told_a_masthead_is_told_an_outlet(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.recipient is not None]
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(report)


def test_an_outlet_that_argues_in_an_editorial_is_an_outlet(nlp):
    text = 'In an editorial, the Daily Meridian argued that the minister had "chosen arithmetic over applause."\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == ("Daily Meridian", "outlet")


def test_the_papers_podcast_is_the_paper_the_speaker_works_for(nlp):
    text = (
        'The Northern Courier said the budget would "punish commuters."\n\n'
        "The Meridian's political editor, Jonas Kell, said on the paper's podcast that the vote "
        'would be "closer than anyone admits."\n'
    )
    report = analyze(text, nlp=nlp)
    (kell,) = [q for q in report.quotes if q.speaker_name == "Jonas Kell"]
    assert kell.recipient is not None and kell.recipient.name == "Meridian"


@pytest.mark.parametrize(
    "text",
    [
        "Olivia Marsh, speaking during public comment, said she had learned to read at Brookside.\n",
        "Olivia Marsh, speaking during public comment with her mother, Dana Marsh, said she had learned to read at Brookside.\n",
    ],
)
def test_speaking_during_a_statement_noun_is_the_cues_occasion(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes  # no second quote of "speaking" with the occasion for its cue
    assert quote.cue.text == "said" and quote.speaker_name == "Olivia Marsh"
    assert quote.recipient is None  # her mother heard nothing in particular


def test_a_hearer_the_cue_does_not_take_as_object_is_shown_with_to(nlp):
    report = analyze("Mayor Ana Ruiz, speaking to reporters, said the bridge would reopen.\n", nlp=nlp)
    console = Console(width=100, record=True, color_system=None)
    console.print(render_report(report))
    shown = console.export_text()
    assert "(to reporters)" in shown and "said reporters" not in shown
