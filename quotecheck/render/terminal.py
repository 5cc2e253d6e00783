"""The terminal report: a rich renderable per article, readable at 80 columns and wider.

Article text is always wrapped in ``rich.text.Text``, never passed as a markup string, so an
article that contains ``[sic]`` or ``[bold]`` shows those characters as they are.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..chains import same_outlet
from ..model import SEVERITY_RANK, Finding, Quote, Report

#: Longest stretch of quoted text shown per quote; the JSON has all of it.
MAX_QUOTE_CHARS = 320
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "●"}
KIND_STYLE = {
    "person": "green",
    "organization": "blue",
    "outlet": "magenta",
    "document": "cyan",
    "anonymous": "yellow",
    "unknown": "red",
}
TYPE_STYLE = {"direct": "bold", "mixed": "italic", "indirect": "dim"}


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def chain_text(quote: Quote, report: Report) -> Text | None:
    """speaker → (told X) → intermediary → … → publisher, or None when there is nothing to draw.

    The outlet the words were said to is drawn even when others carried them on ("told Interfax
    → RIA"), as the citation checker counts it; words said to the publisher are first-hand.
    """
    if not quote.via and quote.recipient is None and report.publisher is None:
        return None
    speaker = quote.speaker_name or (quote.speaker.text if quote.speaker else "no speaker")
    line = Text()
    line.append(speaker, style=KIND_STYLE.get(quote.speaker_kind, ""))
    publisher = report.publisher.name if report.publisher else "this article"
    recipient = quote.recipient
    if recipient is not None and not quote.via and same_outlet(recipient.name, report.publisher):
        line.append(" → told ")
        line.append(publisher, style="bold")
        line.append(" (first-hand)", style="dim")
        return line
    if recipient is not None and (not quote.via or recipient.kind == "outlet"):
        line.append(" → told ")
        line.append(recipient.name, style=KIND_STYLE.get(recipient.kind, ""))
    for hop in quote.via:
        line.append(" → ")
        line.append(hop.name, style=KIND_STYLE.get(hop.kind, ""))
    line.append(" → ")
    line.append(publisher, style="bold")
    return line


def _findings_table(findings: Sequence[Finding]) -> Table:
    """Findings, worst first: the rule in a narrow column, message and fix wrapped beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for finding in sorted(findings, key=lambda f: (-SEVERITY_RANK.get(f.severity, 0), f.rule)):
        label = Text(f"{SEVERITY_MARK.get(finding.severity, '•')} {finding.rule}", style=SEVERITY_STYLE.get(finding.severity, ""))
        body = Text(finding.message)
        if finding.suggestion:
            body.append("\nfix: ", style="dim")
            body.append(finding.suggestion, style="dim")
        grid.add_row(label, body)
    return grid


def _counts(findings: Sequence[Finding]) -> str:
    """"3 findings (1 error, 2 warnings)"."""
    if not findings:
        return "0 findings"
    by = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    parts = [f"{n} {s}{'s' if n > 1 and s != 'info' else ''}" for s, n in by.items() if n]
    return f"{len(findings)} finding{'s' if len(findings) > 1 else ''} ({', '.join(parts)})"


def _quote_block(quote: Quote, report: Report, findings: Sequence[Finding]) -> RenderableType:
    head = Text()
    head.append(f"{quote.id} ", style="bold")
    head.append(quote.type, style=TYPE_STYLE.get(quote.type, ""))
    head.append(f" · {quote.confidence:.2f}  ", style="dim")
    if quote.speaker_name:
        head.append(quote.speaker_name, style=f"bold {KIND_STYLE.get(quote.speaker_kind, '')}")
    elif quote.speaker is not None:
        head.append(quote.speaker.text, style=KIND_STYLE.get(quote.speaker_kind, ""))
    else:
        head.append("no speaker found", style="red")
    head.append(f"  {quote.speaker_kind}", style="dim")
    if quote.resolution not in ("name", "none"):
        head.append(f" (by {quote.resolution})", style="dim")

    lines: list[RenderableType] = []
    if quote.speaker_descriptions:
        lines.append(Text("; ".join(quote.speaker_descriptions), style="dim"))
    details = Text()
    if quote.cue is not None:
        details.append("cue ", style="dim")
        details.append(quote.cue.text)
    if quote.context:
        details.append("  ·  " if quote.cue is not None else "", style="dim")
        details.append(", ".join(c.text for c in quote.context), style="dim")
    if details:
        lines.append(details)
    chain = chain_text(quote, report)
    if chain is not None:
        lines.append(chain)
    body = Text(_clip(" … ".join(part.text for part in quote.content)))
    body.stylize("italic" if quote.type != "indirect" else "")
    lines.append(body)
    if findings:
        lines.append(_findings_table(findings))
    return Group(head, Padding(Group(*lines), (0, 0, 0, 2)))


def render_report(report: Report) -> RenderableType:
    """One article's report for the terminal."""
    title = Text(report.source or report.id or "article", style="bold")
    meta = Text()
    meta.append(f"{len(report.quotes)} quotes", style="bold")
    speakers = {q.speaker_name or (q.speaker.text if q.speaker else None) for q in report.quotes} - {None}
    meta.append(f" · {len(speakers)} speakers · {len(report.terms)} names and labels · {_counts(report.findings)}")
    if report.publisher is not None:
        meta.append(f"\npublisher: {report.publisher.name} ({report.publisher.source})", style="dim")
    by_quote: dict[str | None, list[Finding]] = {}
    for finding in report.findings:
        by_quote.setdefault(finding.quote, []).append(finding)

    parts: list[RenderableType] = [meta, Text()]
    for quote in report.quotes:
        parts.append(_quote_block(quote, report, by_quote.get(quote.id, ())))
        parts.append(Text())
    if report.terms:
        terms = Table.grid(padding=(0, 1))
        terms.add_column(style="dim", no_wrap=True)
        terms.add_column()
        for term in report.terms:
            terms.add_row("name" if term.kind == "name" else "scare quotes", Text(term.span.text))
        parts.extend([Rule("not speech", style="dim", align="left"), terms, Text()])
    general = by_quote.get(None, [])
    if general:
        parts.append(Rule("article", style="dim", align="left"))
        parts.append(_findings_table(general))
    return Panel(Group(*parts), title=title, title_align="left", border_style="dim")


def render_reports(reports: Iterable[Report]) -> Iterable[RenderableType]:
    for report in reports:
        yield render_report(report)
