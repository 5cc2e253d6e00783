"""What every report format shows the same way: a quote's chain, its speaker, findings by quote.

Pure functions over ``Report`` and ``Quote``: no markup, no styles, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

from ..chains import same_outlet
from ..model import SEVERITY_RANK, Finding, Quote, Report

LinkRole = Literal["speaker", "via", "recipient", "publisher"]


@dataclass(frozen=True, slots=True)
class Link:
    """One step of a chain, from the speaker to the article that prints the words."""

    name: str
    kind: str
    role: LinkRole
    #: The words were said to the publisher itself ("told the Daily Ledger"): first-hand.
    first_hand: bool = False


def speaker_label(quote: Quote) -> str | None:
    """The resolved name, else the mention tied to the cue, else None."""
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker.text if quote.speaker is not None else None


def chain(quote: Quote, report: Report) -> tuple[Link, ...]:
    """speaker → (whom it was said to) → intermediaries → publisher.

    Words said to the publisher itself end the chain as first-hand. An outlet the words were
    said to is drawn even when others carried them on afterwards ("told Interfax → RIA"), as the
    citation checker counts it; a hearer that is not an outlet ("reporters") only when nobody
    carried the words in between.
    """
    links = [Link(speaker_label(quote) or "no speaker found", quote.speaker_kind, "speaker")]
    publisher = report.publisher.name if report.publisher is not None else "this article"
    recipient = quote.recipient
    if recipient is not None and not quote.via and same_outlet(recipient.name, report.publisher):
        return (*links, Link(publisher, "outlet", "publisher", first_hand=True))
    if recipient is not None and (not quote.via or recipient.kind == "outlet"):
        links.append(Link(recipient.name, recipient.kind, "recipient"))
    links.extend(Link(hop.name, hop.kind, "via") for hop in quote.via)
    links.append(Link(publisher, "outlet", "publisher"))
    return tuple(links)


def has_chain(quote: Quote, report: Report) -> bool:
    """Whether the chain says more than "speaker → this article"."""
    return bool(quote.via) or quote.recipient is not None or report.publisher is not None


def findings_by_quote(report: Report) -> dict[str | None, list[Finding]]:
    """Findings keyed by quote id; those about the whole article (or an unknown quote) under None."""
    ids = {quote.id for quote in report.quotes}
    grouped: dict[str | None, list[Finding]] = {}
    for finding in report.findings:
        key = finding.quote if finding.quote in ids else None
        grouped.setdefault(key, []).append(finding)
    return grouped


def worst_first(findings: Iterable[Finding]) -> list[Finding]:
    """Errors before warnings before notes; the report's order otherwise."""
    return sorted(findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))


def severity_counts(findings: Sequence[Finding]) -> str:
    """ "1 error, 2 warnings" (empty for no findings)."""
    parts = []
    for severity, rank in sorted(SEVERITY_RANK.items(), key=lambda item: -item[1]):
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            parts.append(f"{n} info" if severity == "info" else plural(n, severity))
    return ", ".join(parts)


def clip(text: str, limit: int) -> str:
    """Whitespace collapsed, cut at ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plural(n: int, word: str) -> str:
    """ "1 quote", "2 quotes"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def speaker_count(report: Report) -> int:
    return len({speaker_label(q) for q in report.quotes} - {None})
