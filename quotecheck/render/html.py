"""The HTML report: one self-contained, inert page per run, a section per article.

The article is drawn by spaCy's displaCy span renderer (imported only here) from manual dicts:
quotes, speakers, cues, carriers and stray marks become labelled spans over the article's words.
Beside the text, a panel lists the findings with their suggestions and, per quote, its chain from
speaker to publisher.

Staying inert: every string from an article or a report is HTML-escaped (displaCy escapes the
words; this module escapes everything else, labels included, since displaCy inserts labels as
they are); the page loads nothing and runs nothing (all CSS inline, no fonts, images, scripts or
URLs), and its Content-Security-Policy forbids scripts and remote loads should anything slip
through.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from .. import __version__
from ..marks import paragraphs
from ..model import Finding, Quote, Report, Span
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

#: Forbids scripts, plugins, frames, fonts, images and every remote load; allows only the inline
#: styles the page carries.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)
#: Colours of the highlighted spans, by what they are.
TYPE_COLORS = {"direct": "#f9c74f", "mixed": "#f4a261", "indirect": "#90caf9"}
ROLE_COLORS = {
    "speaker": "#81c784",
    "cue": "#e57373",
    "via": "#ba68c8",
    "recipient": "#4db6ac",
    "unbalanced mark": "#ff1744",
    "name": "#bdbdbd",
    "scare quotes": "#bdbdbd",
}
#: displaCy's span renderer looks at every span for every token of a document, so long
#: paragraphs are handed over in pieces of about this many tokens, cut where no span is open.
SEGMENT_TOKENS = 150
EXCERPT_CHARS = 160
_WORD = re.compile(r"\S+")


def escape(text: str) -> str:
    """``text`` as inert HTML, its control characters shown as pictures (see ``printable``)."""
    return html.escape(printable(text))


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted stretch of the article: ``label`` is plain text, escaped when written."""

    start: int
    end: int
    label: str
    color: str


def quote_label(quote: Quote) -> str:
    return f"quote {quote.id} ({quote.type})"


def marks_for(report: Report) -> list[Mark]:
    """Every span the page highlights, once each, in text order."""
    found: dict[tuple[int, int, str], Mark] = {}

    def add(span: Span | None, label: str, color: str) -> None:
        if span is not None and span.end > span.start:
            found.setdefault((span.start, span.end, label), Mark(span.start, span.end, label, color))

    for quote in report.quotes:
        for part in quote.content:
            add(part, quote_label(quote), TYPE_COLORS.get(quote.type, "#ddd"))
        add(quote.speaker, "speaker", ROLE_COLORS["speaker"])
        add(quote.cue, "cue", ROLE_COLORS["cue"])
        for hop in quote.via:
            add(hop.span, "via", ROLE_COLORS["via"])
        if quote.recipient is not None:
            add(quote.recipient.span, "recipient", ROLE_COLORS["recipient"])
    for span in report.unbalanced:
        add(span, "unbalanced mark", ROLE_COLORS["unbalanced mark"])
    for term in report.terms:
        label = "name" if term.kind == "name" else "scare quotes"
        add(term.span, label, ROLE_COLORS[label])
    return sorted(found.values(), key=lambda m: (m.start, -m.end, m.label))


def _visible(word: str) -> str:
    return printable(word)  # a word holds no tab or line break: every control is a picture


def _tokens(text: str, start: int, end: int, cuts: Sequence[int], ends: frozenset[int]) -> list[tuple[int, int]]:
    """Words of ``text[start:end]``, also cut at span edges so spans fall on token edges.

    Words rather than a tokenizer's tokens: displaCy puts a space after every token, so cutting
    only where a span begins or ends keeps punctuation with its word. Where a span ends before
    nothing but punctuation ("Greaves," "said."), the word is not cut: the highlight takes in the
    comma rather than the page showing "Greaves ,". Offsets in the report are unaffected.
    """
    tokens: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, end):
        pos, stop = match.span()
        index = bisect.bisect_right(cuts, pos)
        while index < len(cuts) and cuts[index] < stop:
            cut = cuts[index]
            index += 1
            if cut in ends and _only_punctuation(text, cut, stop):
                continue
            tokens.append((pos, cut))
            pos = cut
        tokens.append((pos, stop))
    return tokens


def _only_punctuation(text: str, start: int, end: int) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in text[start:end])


def _docs(text: str, block: Span, inside: Sequence[Mark]) -> list[dict[str, Any]]:
    """displaCy's manual dicts for one paragraph (``inside``: the marks overlapping it), in pieces
    of about ``SEGMENT_TOKENS`` tokens."""
    starts = {max(block.start, m.start) for m in inside}
    ends = frozenset(min(block.end, m.end) for m in inside) - starts
    tokens = _tokens(text, block.start, block.end, sorted(starts | ends), ends)
    if not tokens:
        return []
    token_starts = [s for s, _ in tokens]
    spans: list[tuple[int, int, Mark]] = []
    # open_at[i] > 0: some span runs across the boundary before token i, so no cut there.
    open_at = [0] * (len(tokens) + 1)
    for mark in inside:
        first = bisect.bisect_left(token_starts, max(block.start, mark.start))
        last = bisect.bisect_left(token_starts, min(block.end, mark.end))
        if first < last:
            spans.append((first, last, mark))
            open_at[first + 1] += 1
            open_at[last] -= 1
    running = 0
    cut_points = [0]
    for index in range(1, len(tokens)):
        running += open_at[index]
        if running == 0 and index - cut_points[-1] >= SEGMENT_TOKENS:
            cut_points.append(index)
    cut_points.append(len(tokens))
    docs = []
    for begin, stop in zip(cut_points, cut_points[1:]):
        docs.append(
            {
                "text": text[tokens[begin][0] : tokens[stop - 1][1]],
                "tokens": [_visible(text[s:e]) for s, e in tokens[begin:stop]],
                "spans": [
                    # displaCy writes labels into the page unescaped: escape them here.
                    {"start_token": first - begin, "end_token": last - begin, "label": escape(mark.label)}
                    for first, last, mark in spans
                    if begin <= first and last <= stop
                ],
            }
        )
    return docs


def _marks_by_block(blocks: Sequence[Span], marks: Sequence[Mark]) -> Iterator[tuple[Span, list[Mark]]]:
    """Each block with the marks overlapping it, in one pass over both (both in text order)."""
    pending = 0
    active: list[Mark] = []
    for block in blocks:
        while pending < len(marks) and marks[pending].start < block.end:
            active.append(marks[pending])
            pending += 1
        active = [m for m in active if m.end > block.start]
        yield block, [m for m in active if m.start < block.end]


def _blocks(report: Report) -> Iterator[Span]:
    """The article's paragraphs, the metadata header left out (a headline above it is text)."""
    text = report.text
    skip = report.header
    for para in paragraphs(text):
        pieces = [(para.start, para.end)]
        if skip is not None and skip.start < para.end and para.start < skip.end:
            pieces = [(para.start, skip.start), (skip.end, para.end)]
        for start, end in pieces:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                yield Span.of(text, start, end)


def article_html(report: Report) -> str:
    """The article text with its spans highlighted by displaCy, a block per paragraph."""
    from spacy import displacy

    marks = marks_for(report)
    # displaCy looks colours up by upper-cased label, as the page shows it (escaped).
    options = {"colors": {escape(m.label).upper(): m.color for m in marks}}
    byline = ""
    if report.header is not None:
        byline = (
            '<div class="byline"><span class="caption">metadata header, kept out of the quotes</span>'
            f"{escape(report.header.text)}</div>"
        )
    parts = []
    texts = 0
    for block, inside in _marks_by_block(list(_blocks(report)), marks):
        if byline and block.start >= report.header.start:  # type: ignore[union-attr]
            parts.append(byline)  # in its place: after the headline, before the text
            byline = ""
        docs = _docs(report.text, block, inside)
        if docs:
            markup = displacy.render(docs, style="span", manual=True, page=False, jupyter=False, options=options)
            parts.append(f'<div class="para">{markup}</div>')
            texts += 1
    if byline:
        parts.append(byline)
    if not texts:
        parts.append('<p class="none">The article has no text after its header.</p>')
    return "\n".join(parts)


def _finding_html(finding: Finding, *, anchor: str | None) -> str:
    where = ""
    if finding.quote is not None and anchor is not None:
        where = f' <a class="goto" href="#{escape(anchor)}">{escape(finding.quote)}</a>'
    elif finding.span is not None:
        where = f' <span class="where">at “<bdi>{escape(clip(finding.span.text, 60))}</bdi>”</span>'
    suggestion = f'<div class="fix"><span class="caption">suggestion</span> {escape(finding.suggestion)}</div>' if finding.suggestion else ""
    return (
        f'<li class="finding {escape(finding.severity)}">'
        f'<span class="sev">{escape(finding.severity)}</span> <span class="rule">{escape(finding.rule)}</span>{where}'
        f'<div class="msg">{escape(finding.message)}</div>{suggestion}</li>'
    )


def chain_html(quote: Quote, report: Report) -> str:
    """The chain as boxes joined by arrows: speaker → carriers → publisher."""
    nodes = []
    for link in chain(quote, report):
        if link.role == "publisher":
            note = "publisher · first-hand" if link.first_hand else "publisher"
        elif link.role == "speaker":
            note = link.kind
        else:
            note = f"{link.role} · {link.kind}"
        told = f'<span class="told">{escape(link.verb)}</span> ' if link.role == "recipient" or link.first_hand else ""
        nodes.append(
            f'<span class="node {link.role}">{told}<bdi>{escape(link.name)}</bdi> '
            f'<span class="note">{escape(note)}</span></span>'
        )
    # The spaces around the arrows are dropped by the flex layout but keep copied text readable.
    return '<div class="chain">' + ' <span class="arrow">→</span> '.join(nodes) + "</div>"


def _quote_card(quote: Quote, report: Report, findings: Sequence[Finding], anchor: str) -> str:
    speaker = speaker_label(quote)
    who = f"<strong><bdi>{escape(speaker)}</bdi></strong>" if speaker else '<strong class="missing">no speaker found</strong>'
    how = f" (by {escape(quote.resolution)})" if quote.resolution not in ("name", "none") else ""
    kind = f'<span class="kind">{escape(quote.speaker_kind)}{how}</span>'
    voice = voice_label(quote, report)
    if voice is not None:
        who, kind = f'<span class="kind">{escape(voice)}</span>', ""
    details = []
    if quote.speaker_descriptions:
        details.append(f'<div class="desc"><bdi>{escape("; ".join(quote.speaker_descriptions))}</bdi></div>')
    cue = []
    if quote.cue is not None and not (quote.refusal or quote.question or quote.voiceless):  # its verb is in the excerpt
        cue.append(f"cue “<bdi>{escape(quote.cue.text)}</bdi>”")
    cue.extend(f"<bdi>{escape(c.text)}</bdi>" for c in quote.context)
    if quote.about is not None:
        cue.append(f"{escape(quote.content[0].text)}: <bdi>{escape(quote.about.text)}</bdi>")
    if cue:
        details.append(f'<div class="cue">{" · ".join(cue)}</div>')
    excerpt = clip(shown_words(quote, report.text), EXCERPT_CHARS)
    worst = worst_first(findings)[0].severity if findings else "none"
    rules = ""
    if findings:
        rules = '<div class="rules">' + " ".join(
            f'<span class="rule {escape(f.severity)}">{escape(f.rule)}</span>' for f in findings
        ) + "</div>"
    return (
        f'<li class="quote worst-{escape(worst)}" id="{escape(anchor)}">'
        f'<div class="qhead"><span class="qid">{escape(quote.id)}</span> '
        f'<span class="type {escape(type_label(quote))}">{escape(type_label(quote))}</span> '
        f'<span class="conf">{quote.confidence:.2f}</span></div>'
        f'<div class="who">{who} {kind}</div>'
        + "".join(details)
        + ("" if voice is not None else chain_html(quote, report))
        + f'<blockquote class="excerpt"><bdi>{escape(excerpt)}</bdi></blockquote>'
        + rules
        + "</li>"
    )


def _summary(report: Report) -> str:
    bits = [quote_counts(report), plural(speaker_count(report), "speaker")]
    counts = severity_counts(report.findings)
    bits.append(plural(len(report.findings), "finding") + (f" ({counts})" if counts else ""))
    if report.unbalanced:
        bits.append(plural(len(report.unbalanced), "unbalanced quotation mark"))
    if report.publisher is not None:
        bits.append(f"publisher: {report.publisher.name} (from the {report.publisher.source})")
    return " · ".join(escape(b) for b in bits)


def _legend() -> str:
    items = [(f"quote ({kind})", color) for kind, color in TYPE_COLORS.items()]
    items += [(role, color) for role, color in ROLE_COLORS.items() if role != "scare quotes"]
    return '<div class="legend">' + "".join(
        f'<span><i style="background: {color}"></i>{escape(label)}</span>' for label, color in items
    ) + "</div>"


def article_section(report: Report, *, number: int) -> str:
    """One article: its text on the left; findings and quotes, with chains, on the right."""
    prefix = f"article-{number}"
    by_quote = findings_by_quote(report)
    anchors = {quote.id: f"{prefix}-{quote.id}" for quote in report.quotes}
    findings = worst_first(report.findings)
    if findings:
        listed = "".join(_finding_html(f, anchor=anchors.get(f.quote or "")) for f in findings)
        findings_html = f'<ul class="findings">{listed}</ul>'
    else:
        findings_html = '<p class="none">No findings.</p>'
    cards = "".join(_quote_card(q, report, by_quote.get(q.id, []), anchors[q.id]) for q in report.quotes)
    quotes_html = f'<ol class="quotes">{cards}</ol>' if cards else '<p class="none">No quotes found.</p>'
    name = report.source or report.id or f"article {number}"
    return (
        f'<section class="article" id="{prefix}">'
        f"<h2><bdi>{escape(name)}</bdi></h2>"
        f'<p class="summary">{_summary(report)}</p>'
        f'<div class="grid"><div class="text">{article_html(report)}</div>'
        f'<aside class="panel"><h3>Findings</h3>{findings_html}<h3>Quotes</h3>{quotes_html}</aside></div>'
        "</section>"
    )


def render_html(reports: Iterable[Report], *, failed: Sequence[str] = ()) -> str:
    """One HTML document for a run: a section per article, and the inputs that failed."""
    reports = list(reports)
    names = [r.source or r.id or "article" for r in reports]
    title = "quotecheck: " + (", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "") if names else "no articles")
    total_quotes = sum(len(r.quotes) for r in reports)
    total_findings = sum(len(r.findings) for r in reports)
    failed_html = ""
    if failed:
        items = "".join(f"<li><bdi>{escape(message)}</bdi></li>" for message in failed)
        failed_html = f'<section class="failed"><h2>Not checked</h2><ul>{items}</ul></section>'
    sections = "\n".join(article_section(r, number=i) for i, r in enumerate(reports, start=1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotecheck {escape(__version__)}">
<title>{escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header class="run"><h1>quotecheck report</h1>
<p class="summary">{plural(len(reports), "article")} · {plural(total_quotes, "quote")} · {plural(total_findings, "finding")}{f" · {len(failed)} not checked" if failed else ""}</p>
{_legend()}</header>
{failed_html}
<main>
{sections}
</main>
<footer>Made by quotecheck {escape(__version__)}. This page loads nothing from the network and runs no scripts.</footer>
</body>
</html>
"""


STYLE = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --paper: #fff; --panel: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem 2rem 3rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem 0 .5rem; }
.summary { color: var(--muted); margin: 0 0 .75rem; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; font-size: .8rem; color: var(--muted); }
.legend i { display: inline-block; width: 1.6em; height: .45em; border-radius: 2px; margin-right: .35em; vertical-align: middle; }
.run { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.failed { border: 1px solid #f28b82; background: #fce8e6; border-radius: 6px; padding: .5rem 1rem; margin-bottom: 1.5rem; }
.failed h2 { font-size: 1rem; }
.article { margin-bottom: 3rem; padding-bottom: 2rem; border-bottom: 1px solid var(--line); }
.grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 900px) { .grid { grid-template-columns: minmax(0, 1fr); } }
/* A label that starts near the end of a line is cut at the column edge, not scrolled to. */
.text { overflow-wrap: anywhere; overflow-x: clip; }
.para { margin: 0 0 1rem; }
.para > .spans { display: inline; }
/* displaCy's labels sit in the first word of their span: keep them on one line. */
.spans span { white-space: nowrap; }
.byline { white-space: pre-line; color: var(--muted); border-left: 3px solid var(--line); padding: .25rem .75rem; margin-bottom: 1.25rem; }
.caption { display: block; font-size: .7rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
/* Above the text column: a label that starts near the end of a line runs under the panel, not over it. */
.panel { position: relative; z-index: 20; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem 1rem; font-size: .92rem; }
.panel h3:first-child { margin-top: .75rem; }
.none { color: var(--muted); font-style: italic; }
ul.findings, ol.quotes { list-style: none; margin: 0; padding: 0; }
.finding { background: var(--paper); border: 1px solid var(--line); border-left: 4px solid #9aa0a6; border-radius: 6px; padding: .4rem .6rem; margin-bottom: .5rem; }
.finding.error { border-left-color: #d93025; }
.finding.warning { border-left-color: #f9ab00; }
.finding.info { border-left-color: #1a73e8; }
.sev { font-size: .75rem; font-weight: 700; text-transform: uppercase; }
.finding.error .sev { color: #d93025; } .finding.warning .sev { color: #b06000; } .finding.info .sev { color: #1a73e8; }
.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; font-weight: 600; }
.goto, .where { font-size: .8rem; color: var(--muted); }
.msg { margin-top: .15rem; overflow-wrap: anywhere; }
.fix { margin-top: .25rem; color: #137333; overflow-wrap: anywhere; }
.fix .caption { display: inline; color: #137333; }
.quote { background: var(--paper); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: .5rem .7rem; margin-bottom: .6rem; }
.quote.worst-error { border-left-color: #d93025; } .quote.worst-warning { border-left-color: #f9ab00; } .quote.worst-info { border-left-color: #1a73e8; }
.qhead { font-size: .8rem; color: var(--muted); }
.qid { font-weight: 700; color: var(--ink); }
.type { padding: 0 .35em; border-radius: 3px; color: var(--ink); }
.type.direct { background: #f9c74f; } .type.mixed { background: #f4a261; } .type.indirect { background: #90caf9; } .type.refusal { background: #e0e0e0; }
.who { margin-top: .15rem; overflow-wrap: anywhere; }
.kind, .desc, .cue { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.missing { color: #d93025; }
.chain { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem; margin: .4rem 0; }
.node { display: inline-flex; flex-direction: column; border: 1px solid var(--line); border-radius: 5px; padding: .1rem .45rem; background: #fff; line-height: 1.25; overflow-wrap: anywhere; max-width: 100%; }
.node.speaker { border-color: #81c784; } .node.via { border-color: #ba68c8; } .node.recipient { border-color: #4db6ac; } .node.publisher { border-color: #5f6368; font-weight: 600; }
.node .note { font-size: .68rem; color: var(--muted); font-weight: 400; }
.told { font-size: .75rem; color: var(--muted); font-weight: 400; }
.arrow { color: var(--muted); }
.excerpt { margin: .3rem 0 0; padding-left: .6rem; border-left: 3px solid var(--line); font-style: italic; overflow-wrap: anywhere; }
.rules { margin-top: .35rem; display: flex; gap: .3rem; flex-wrap: wrap; }
.rules .rule { font-size: .75rem; padding: 0 .3em; border-radius: 3px; background: #eee; }
.rules .rule.error { background: #fce8e6; } .rules .rule.warning { background: #fef7e0; } .rules .rule.info { background: #e8f0fe; }
footer { color: var(--muted); font-size: .8rem; }
"""
