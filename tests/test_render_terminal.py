"""The terminal report: fits 80 columns and wide terminals; article text is never rich markup."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.cells import cell_len
from rich.console import Console

from quotecheck.model import Finding, Hop, Quote, Report
from quotecheck.render.terminal import render_report

from .reports import sample_report, span

WIDTHS = [pytest.param(80, id="80-columns"), pytest.param(160, id="160-columns")]


def _render(report: Report, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None, highlight=False)
    console.print(render_report(report))
    return console.export_text().splitlines()


def _tricky_report() -> Report:
    text = (
        '"We [sic] agree on [bold]everything[/bold] and [link=https://x.example]this[/link]," '
        "said Zhang Wei 张伟 😀, quoting https://very.long.example/" + "path/" * 40 + " in full.\n"
    )
    quote = Quote(
        id="q1",
        type="direct",
        content=(span(text, text[: text.index(',"') + 2]),),
        cue=span(text, "said"),
        speaker=span(text, "Zhang Wei 张伟"),
        speaker_name="Zhang Wei 张伟 [red]",
        speaker_kind="person",
        confidence=0.9,
        speaker_descriptions=("head of the [italic]Harbour[/italic] board, " + "a very long description " * 8,),
    )
    return Report(
        text=text,
        quotes=(quote,),
        findings=(Finding("QC101", "warning", "Check [sic] here 😀", "Quote the [b]original[/b] " + "words " * 30, "q1", None),),
        source="tricky [bold].txt",
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("make", [pytest.param(sample_report, id="sample"), pytest.param(_tricky_report, id="tricky")])
def test_no_line_is_wider_than_the_console(width, make):
    lines = _render(make(), width)
    assert lines and all(cell_len(line) <= width for line in lines), max(lines, key=cell_len)


@pytest.mark.parametrize("width", WIDTHS)
def test_article_text_is_never_markup(width):
    shown = "\n".join(_render(_tricky_report(), width))
    flat = " ".join(shown.replace("│", " ").split())
    for piece in ["[sic]", "[bold]everything[/bold]", "[link=https://x.example]this[/link]", "Zhang Wei 张伟 [red]",
                  "[italic]Harbour[/italic]", "Check [sic] here", "[b]original[/b]", "tricky [bold].txt"]:
        assert piece in flat, piece


def test_wide_terminal_uses_its_width():
    narrow, wide = _render(sample_report(), 80), _render(sample_report(), 160)
    assert max(map(cell_len, wide)) == 160 and max(map(cell_len, narrow)) == 80
    assert len(wide) <= len(narrow)


def test_findings_show_with_their_suggestions():
    shown = " ".join(" ".join(_render(sample_report(), 160)).replace("│", " ").split())
    assert "QC201 The article gives no date for the quoted words. fix: Say when Okafor spoke." in shown
    # The finding about the whole article is listed under "article", after the quotes.
    assert shown.index("article ─") > shown.index("q2 indirect")
    assert "QC900 Scare quotes around a label." in shown[shown.index("article ─") :]


def test_chain_with_carriers():
    shown = " ".join(" ".join(_render(sample_report(), 160)).replace("│", " ").split())
    assert "Martin Greaves → Interfax → Coastal Herald" in shown
    report = sample_report()
    told = replace(report.quotes[0], recipient=Hop("Coastal Herald", "outlet"))
    shown = " ".join(" ".join(_render(replace(report, quotes=(told,)), 160)).split())
    assert "Adaeze Okafor → told Coastal Herald (first-hand)" in shown


@pytest.mark.parametrize("width", WIDTHS)
def test_sample_articles_fit(nlp, samples_dir, width):
    from quotecheck.pipeline import analyze

    for name in ("harbour-strike", "pipeline-deal-wire", "river-council"):
        report = analyze((samples_dir / f"{name}.txt").read_text(encoding="utf-8"), nlp=nlp)
        lines = _render(report, width)
        assert all(cell_len(line) <= width for line in lines)
        labels = (" direct ", " indirect ", " mixed ", " refusal ", " question ")
        assert sum(line.count(label) for line in lines for label in labels) >= len(report.quotes)


def test_empty_report():
    lines = _render(Report(text="", source="empty"), 80)
    assert "0 quotes · 0 speakers" in " ".join(lines)
