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

from .. import lexicon
from ..inflect import lemma_of
from ..model import Finding, Quote, Report, display
from .common import (
    Link,
    chain,
    clip,
    findings_by_quote,
    has_chain,
    plural,
    quote_counts,
    severity_counts,
    shown_words,
    speaker_count,
    type_label,
    voice_label,
    worst_first,
)

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
TYPE_STYLE = {"direct": "bold", "mixed": "italic", "indirect": "dim", "refusal": "dim"}


def chain_text(quote: Quote, report: Report) -> Text | None:
    """speaker → (told X) → intermediary → … → publisher, or None when there is nothing to draw.

    Only outlets are links: a hearer that carried nothing on ("urged the district council",
    "told reporters") is drawn beside the speaker, in brackets and with its own verb, so that it
    does not pass for an outlet the words went through."""
    if not has_chain(quote, report):
        return None
    line = Text()
    for index, link in enumerate(chain(quote, report)):
        if _hearer(link):
            line.append(f" ({_hearer_verb(quote)} {link.name})", style="dim")
            continue
        if index:
            line.append(" → ")
        if link.role == "recipient" or link.first_hand:
            line.append(f"{link.verb} ")
        style = "bold" if link.role == "publisher" else KIND_STYLE.get(link.kind, "")
        line.append(link.name, style=style)
        if link.first_hand:
            line.append(" (first-hand)", style="dim")
    return line


def _hearer(link: Link) -> bool:
    """A recipient of the words that is no outlet: someone they were said to, not a carrier."""
    return link.role == "recipient" and link.kind != "outlet" and not link.first_hand


def _hearer_verb(quote: Quote) -> str:
    """How the words reached the hearer: the cue of the recipient when the hearer is its object
    ("urged", "asked", "told"), else "to" ("said to reporters", "speaking to reporters")."""
    cue = quote.recipient.cue if quote.recipient is not None else None
    if cue is None or lemma_of(cue.text.lower()) not in lexicon.TELL_VERBS | lexicon.QUESTION_VERBS:
        return "to"
    return cue.text.lower()


def _findings_table(findings: Sequence[Finding]) -> Table:
    """Findings, worst first: the rule in a narrow column, message and fix wrapped beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for finding in worst_first(findings):
        label = Text(f"{SEVERITY_MARK.get(finding.severity, '•')} {finding.rule}", style=SEVERITY_STYLE.get(finding.severity, ""))
        body = Text(finding.message)
        if finding.suggestion:
            body.append("\nfix: ", style="dim")
            body.append(finding.suggestion, style="dim")
        grid.add_row(label, body)
    return grid


def _quote_block(quote: Quote, report: Report, findings: Sequence[Finding]) -> RenderableType:
    head = Text()
    head.append(f"{quote.id} ", style="bold")
    head.append(type_label(quote), style=TYPE_STYLE.get(type_label(quote), ""))
    head.append(f" · {quote.confidence:.2f}  ", style="dim")
    voice = voice_label(quote, report)
    if voice is not None:
        head.append(voice, style="dim")
    elif quote.speaker_name:
        head.append(quote.speaker_name, style=f"bold {KIND_STYLE.get(quote.speaker_kind, '')}")
    elif quote.speaker is not None:
        head.append(display(quote.speaker.text), style=KIND_STYLE.get(quote.speaker_kind, ""))
    else:
        head.append("no speaker found", style="red")
    if voice is None:
        head.append(f"  {quote.speaker_kind}", style="dim")
    if quote.resolution not in ("name", "none"):
        head.append(f" (by {quote.resolution})", style="dim")

    lines: list[RenderableType] = []
    if quote.speaker_descriptions:
        lines.append(Text("; ".join(quote.speaker_descriptions), style="dim"))
    details = Text()
    cue = None if quote.refusal or quote.question or quote.voiceless else quote.cue  # its verb is in the words below
    if cue is not None:
        details.append("cue ", style="dim")
        details.append(display(cue.text))
    if quote.context:
        details.append("  ·  " if cue is not None else "", style="dim")
        details.append(", ".join(display(c.text) for c in quote.context), style="dim")
    if quote.about is not None:
        details.append("  ·  " if details else "", style="dim")
        details.append(f"{display(quote.content[0].text)}: ", style="dim")
        details.append(display(quote.about.text))
    if details:
        lines.append(details)
    drawn = chain_text(quote, report)
    if drawn is not None:
        lines.append(drawn)
    body = Text(clip(shown_words(quote, report.text), MAX_QUOTE_CHARS))
    body.stylize("italic" if quote.type != "indirect" else "")
    lines.append(body)
    if findings:
        lines.append(_findings_table(findings))
    return Group(head, Padding(Group(*lines), (0, 0, 0, 2)))


def render_report(report: Report) -> RenderableType:
    """One article's report for the terminal."""
    title = Text(report.source or report.id or "article", style="bold")
    meta = Text()
    meta.append(quote_counts(report), style="bold")
    counts = severity_counts(report.findings)
    meta.append(
        f" · {plural(speaker_count(report), 'speaker')} · {len(report.terms)} names and labels"
        f" · {plural(len(report.findings), 'finding')}" + (f" ({counts})" if counts else "")
    )
    if report.publisher is not None:
        meta.append(f"\npublisher: {report.publisher.name} ({report.publisher.source})", style="dim")
    by_quote = findings_by_quote(report)

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
