"""The Markdown report: a short review checklist to paste into a ticket or a CMS note.

Per article, the findings about the whole article, then one checkbox per quote (speaker, a short
excerpt, its chain) with that quote's findings as checkboxes under it. Everything taken from the
article is escaped for Markdown, so a quote can never become a link, an image, HTML or emphasis.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Finding, Quote, Report
from .common import (
    chain,
    clip,
    findings_by_quote,
    plural,
    printable,
    quote_counts,
    severity_counts,
    shown_words,
    speaker_count,
    speaker_label,
    type_label,
    voice_label,
    worst_first,
)

EXCERPT_CHARS = 100
#: ASCII punctuation with a meaning in CommonMark or GitHub Markdown wherever it stands in a line
#: (emphasis, code, links and images, HTML, entities, tables, strikethrough).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
#: What GitHub Markdown turns into links by itself: scheme://, a protocol-relative //host, www.
#: and e-mail addresses (whose local part may hold almost any punctuation: "-@e.com" and "=@e.com"
#: are linked too, so every "@" before a word is escaped). A
#: backslash before the character keeps it as text and breaks the link. (Bare domains, which a
#: few renderers also link, are left alone: such a link shows its own address, hiding nothing.)
_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<![:/])(/)(?=/(?!/))|(?<=\bwww)(\.)|(@)(?=\w)")


def escape_markdown(text: str) -> str:
    """``text`` on one line, shown as written by any CommonMark renderer."""
    text = printable(" ".join(text.split()))
    text = _SPECIAL.sub(r"\\\1", text)
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), text)


def _finding_line(finding: Finding, *, indent: str = "") -> str:
    where = ""
    if finding.quote is None and finding.span is not None:
        where = f" (at “{escape_markdown(clip(finding.span.text, 40))}”)"
    line = f"{indent}- [ ] **{escape_markdown(finding.rule)}** {escape_markdown(finding.severity)}: {escape_markdown(finding.message)}{where}"
    if finding.suggestion:
        line += f" — {escape_markdown(finding.suggestion)}"
    return line


def _chain_line(quote: Quote, report: Report) -> str:
    steps = []
    for link in chain(quote, report):
        name = escape_markdown(link.name)
        if link.role == "recipient":
            name = f"{link.verb} {name}"
        elif link.first_hand:
            name = f"{link.verb} {name} (first-hand)"
        steps.append(name)
    return " → ".join(steps)


def _quote_lines(quote: Quote, report: Report, findings: Sequence[Finding]) -> list[str]:
    speaker = speaker_label(quote)
    who = f"**{escape_markdown(speaker)}**" if speaker else "**no speaker found**"
    how = f", by {quote.resolution}" if quote.resolution not in ("name", "none") else ""
    kind = f" ({escape_markdown(quote.speaker_kind)}{how})"
    voice = voice_label(quote, report)
    if voice is not None:
        who, kind = escape_markdown(voice), ""
    cue = f" · cue “{escape_markdown(quote.cue.text)}”" if quote.cue is not None and not (quote.refusal or quote.question or quote.voiceless) else ""
    excerpt = escape_markdown(clip(shown_words(quote, report.text), EXCERPT_CHARS))
    lines = [
        f"- [ ] **{escape_markdown(quote.id)}** {type_label(quote)} · {who}{kind}{cue}: {excerpt}",
    ]
    if voice is None:
        lines.append(f"  - chain: {_chain_line(quote, report)}")
    lines.extend(_finding_line(f, indent="  ") for f in worst_first(findings))
    return lines


def report_markdown(report: Report) -> str:
    """One article's checklist."""
    name = report.source or report.id or "article"
    counts = severity_counts(report.findings)
    summary = [quote_counts(report), plural(speaker_count(report), "speaker"),
               plural(len(report.findings), "finding") + (f" ({counts})" if counts else "")]
    if report.publisher is not None:
        summary.append(f"publisher: {escape_markdown(report.publisher.name)}")
    lines = [f"### quotecheck: {escape_markdown(name)}", "", " · ".join(summary), ""]
    by_quote = findings_by_quote(report)
    general = worst_first(by_quote.get(None, []))
    if general:
        lines += ["**Article**", ""]
        lines += [_finding_line(f) for f in general]
        lines.append("")
    if report.quotes:
        lines += ["**Quotes**", ""]
        for quote in report.quotes:
            lines += _quote_lines(quote, report, by_quote.get(quote.id, []))
    else:
        lines.append("No quotes found.")
    return "\n".join(lines) + "\n"


def render_markdown(reports: Iterable[Report], *, failed: Sequence[str] = ()) -> str:
    """The checklists of a run, one after the other, and the inputs that could not be checked."""
    parts = [report_markdown(r) for r in reports]
    if failed:
        parts.append("\n".join(["**Not checked**", "", *(f"- {escape_markdown(m)}" for m in failed)]) + "\n")
    return "\n".join(parts)
