"""Leftovers of the round 11 probes (p25, p26, p27), end to end with the real model: refusals
and reporters' questions shown for what they are, and content boundaries. The sentences are
written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest
from rich.console import Console

from quotecheck.pipeline import analyze
from quotecheck.render.markdown import report_markdown
from quotecheck.render.terminal import render_report


def _terminal(report) -> str:
    console = Console(width=100, record=True, color_system=None)
    console.print(render_report(report))
    return " ".join(console.export_text().replace("│", " ").split())


def _rules(report, quote) -> list[str]:
    return [f.rule for f in report.findings if f.quote == quote.id]


# ------------------------------------------------------------------------------------------
# Refusals: "declined to comment" is kept (PolNeAR annotates it) but printed as no one's words
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Harbour board chair Lena Quist declined to comment.\n", "declined to comment"),
        ("Treasurer Omar Villa declined to comment on the audit.\n", "declined to comment on the audit"),
        ("Coach Rita Fenn refused to say when the team would train again.\n", "refused to say when the team would train again"),
    ],
    ids=["bare", "on-topic", "refused-to-say"],
)
def test_refusal_is_kept_and_shown_as_a_refusal(nlp, text, shown):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect" and quote.refusal  # the unit stays, for the annotation
    out = _terminal(report)
    assert f"{quote.id} refusal" in out
    assert shown in out
    assert "0 quotes · 1 refusal" in out
    assert f"refusal · **{quote.speaker_name}**" in report_markdown(report)


def test_refusal_by_a_role_raises_no_second_qc203(nlp):
    text = (
        "A spokeswoman for the ferry company declined to comment on the strike but said sailings "
        "would resume on Monday.\n"
    )
    report = analyze(text, nlp=nlp)
    refusal, said = report.quotes
    assert refusal.refusal and not said.refusal
    assert _rules(report, refusal) == []
    assert _rules(report, said) == ["QC203"]


def test_vague_refusal_is_no_vague_source(nlp):
    report = analyze("Officials at the depot declined to comment.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.refusal
    assert not [f for f in report.findings if f.rule in ("QC201", "QC202", "QC203")]


def test_guard_refused_with_quoted_words_is_no_refusal(nlp):
    # Guard: quoted words inside are the speaker's own: the quote stays mixed and is shown so.
    report = analyze('Mayor Ines Varga refused to "bow to a handful of loud landlords."\n', nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed" and not getattr(quote, "refusal", False)


# ------------------------------------------------------------------------------------------
# "Asked whether ..., she said": the reporter's question, put to the one who answers
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "asked"),
    [
        (
            "Farm minister Bruna Castel said growers were worried. Asked whether prices would fall, she said the harvest was too small.\n",
            "Asked whether prices would fall",
            "Bruna Castel",
        ),
        (
            "Teodor Haas spoke after the vote. Asked about the budget, he said the council had no choice.\n",
            "Asked about the budget",
            "Teodor Haas",
        ),
    ],
    ids=["whether", "about"],
)
def test_question_is_shown_as_put_to_the_one_who_answers(nlp, text, shown, asked):
    report = analyze(text, nlp=nlp)
    *_, question, answer = report.quotes
    assert question.question and question.speaker is None
    out = _terminal(report)
    assert f"{question.id} question" in out
    assert f"asked of {asked} ({answer.id})" in out
    assert shown in out
    assert "no speaker found" not in out
    assert f"{len(report.quotes) - 1} quote" in out and "· 1 question" in out
    assert "no speaker found" not in report_markdown(report)
