"""What every report format shows the same way: a quote's chain, its speaker, findings by quote.

Pure functions over ``Report`` and ``Quote``: no markup, no styles, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

from ..chains import recipient_verb, same_outlet
from ..model import SEVERITY_RANK, Finding, Quote, Report, display

LinkRole = Literal["speaker", "via", "recipient", "publisher"]

#: Control characters other than tab, line feed, carriage return and form feed, and DEL, each as
#: its Unicode control picture (U+0000 as "␀"): a stray NUL copied from a feed must not turn an
#: HTML page or a Markdown note into "binary" for grep, an editor or a ticket system.
_PICTURES = {code: 0x2400 + code for code in range(32) if chr(code) not in "\t\n\r\f"} | {0x7F: 0x2421}


def printable(text: str) -> str:
    """``text`` with its control characters shown as pictures, one character for one:
    "We go \\x00 now" gives "We go ␀ now"."""
    return text.translate(_PICTURES)


@dataclass(frozen=True, slots=True)
class Link:
    """One step of a chain, from the speaker to the article that prints the words."""

    name: str
    kind: str
    role: LinkRole
    #: The words were said to the publisher itself ("told the Daily Ledger"): first-hand.
    first_hand: bool = False
    #: How the words reached a recipient: "told", or "in"/"on" a medium they appeared in.
    verb: str = "told"


def speaker_label(quote: Quote) -> str | None:
    """The resolved name, else the mention tied to the cue (on one line: "who asked not to be
    named", wrapped in the article), else None."""
    if quote.speaker_name:
        return quote.speaker_name
    return display(quote.speaker.text) if quote.speaker is not None else None


def type_label(quote: Quote) -> str:
    """The quote's type, or its act when it carries nobody's words: "refusal" ("declined to
    comment"), "question" ("Asked whether jobs would be cut, ...") or "forecast"; or when it
    denies them: "denial" ("rejected claims that ..."); or takes a side: "stance" ("favor a
    carbon tax")."""
    return quote.type if quote.act == "statement" else quote.act


def shown_words(quote: Quote, text: str) -> str:
    """What a report shows of the quote: its content, or for a refusal, a question, a denial or
    a stance the words from its verb on ("declined to comment on the letter", "Asked about jobs",
    "rejected claims that ...", "favor a carbon tax"), never "to comment" or "jobs" on their own
    as though they were someone's words; a forecast whole,
    its verb included ("Talks, if they happen, are expected to take place")."""
    words = " … ".join(part.text for part in quote.content)
    cue = quote.cue
    if quote.forecast and cue is not None and quote.start < cue.start < quote.end:
        return text[quote.start : quote.end]  # "Talks, if they happen, are expected to take place"
    if not (quote.refusal or quote.question or quote.denial or quote.stance) or cue is None or cue.end > quote.start:
        return words
    between = text[cue.end : quote.start]
    if len(between) > MAX_CUE_GAP or "\n" in between:
        return f"{cue.text} {words}"
    return text[cue.start : quote.end]


#: Most characters shown between a refusal's or question's verb and its content ("Asked at a
#: briefing on Monday in Washington about ..."); past that the two are joined by a space.
MAX_CUE_GAP = 80


def answer_to(quote: Quote, report: Report) -> Quote | None:
    """The quote that answers a question put by nobody named ("Asked whether jobs would be cut,
    she said ..."): the one whose speaker the question was put to, its ``recipient``."""
    asked = quote.recipient if quote.question else None
    if asked is None or asked.span is None:
        return None
    return next((other for other in report.quotes if other.speaker == asked.span), None)


def voice_label(quote: Quote, report: Report) -> str | None:
    """What stands in the speaker's place for words in no one's mouth: who a question with no
    asker named was put to ("asked of Ana Ruiz (q2)", else "asker not named"), or "the
    article's own forecast"; None for any other quote."""
    if quote.forecast:
        return "the article's own forecast"
    if not quote.question or quote.speaker is not None:
        return None  # "Okafor rose to ask whether ...": the asker stands in the speaker's place
    answer = answer_to(quote, report)
    who = None if answer is None else speaker_label(answer)
    return "asker not named" if who is None else f"asked of {who} ({answer.id})"  # type: ignore[union-attr]


#: The labels of reported speech that carries nobody's words, counted apart in a header.
_NOT_QUOTES = ("question", "forecast", "refusal")


def quote_counts(report: Report) -> str:
    """ "3 quotes", or "2 quotes · 1 question · 1 refusal" when some are neither."""
    labels = [type_label(q) for q in report.quotes]
    others = [plural(labels.count(label), label) for label in _NOT_QUOTES if label in labels]
    counted = plural(sum(1 for label in labels if label not in _NOT_QUOTES), "quote")
    return " · ".join([counted, *others])


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
        return (*links, Link(publisher, "outlet", "publisher", first_hand=True, verb=recipient_verb(recipient)))
    if recipient is not None and (not quote.via or recipient.kind == "outlet"):
        links.append(Link(recipient.name, recipient.kind, "recipient", verb=recipient_verb(recipient)))
    links.extend(Link(hop.name, hop.kind, "via") for hop in quote.via)
    links.append(Link(publisher, "outlet", "publisher"))
    return tuple(links)


def has_chain(quote: Quote, report: Report) -> bool:
    """Whether the chain says more than "speaker → this article" (a question with no asker
    named or a forecast has no chain: nobody's words were carried)."""
    if quote.voiceless:
        return False
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
