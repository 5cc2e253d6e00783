"""Build ``Report`` objects by hand, so renderers are tested without a model; and look up the
findings, quotes and terms of a report, as the end-to-end tests do."""

from __future__ import annotations

from dataclasses import replace

from quotecheck.model import Finding, Hop, Publisher, Quote, Report, Span


def span(text: str, piece: str, *, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span.of(text, start, start + len(piece))


ARTICLE = (
    "Harbour talks stall\n\n"
    "By Lena Marsh | Coastal Herald\n\n"
    '"We will not sign this," said Adaeze Okafor, the union leader.\n\n'
    "Interfax reported, citing Martin Greaves, that the offer stands.\n\n"
    "Some observers called it a \"final offer\" in name only.\n"
)


def sample_report(**changes) -> Report:
    """A report over ``ARTICLE`` with a direct and an indirect quote, a chain and findings."""
    text = ARTICLE
    q1 = Quote(
        id="q1",
        type="direct",
        content=(span(text, '"We will not sign this,"'),),
        cue=span(text, "said"),
        speaker=span(text, "Adaeze Okafor"),
        speaker_name="Adaeze Okafor",
        speaker_kind="person",
        confidence=0.95,
        speaker_descriptions=("the union leader",),
        resolution="name",
    )
    q2 = Quote(
        id="q2",
        type="indirect",
        content=(span(text, "that the offer stands"),),
        cue=span(text, "citing"),
        speaker=span(text, "Martin Greaves"),
        speaker_name="Martin Greaves",
        speaker_kind="person",
        confidence=0.8,
        resolution="name",
        via=(Hop("Interfax", "outlet", span(text, "Interfax"), span(text, "reported")),),
    )
    report = Report(
        text=text,
        quotes=(q1, q2),
        header=Span.of(text, 0, text.index("Herald") + len("Herald")),
        publisher=Publisher("Coastal Herald", "byline", span(text, "Coastal Herald")),
        findings=(
            Finding("QC102", "warning", "Only the news agency is named for this claim.", "Link Interfax's original report.", "q2", None),
            Finding("QC201", "error", "The article gives no date for the quoted words.", "Say when Okafor spoke.", "q1", None),
            Finding("QC900", "info", "Scare quotes around a label.", "Attribute the label or drop the marks.", None, span(text, '"final offer"')),
        ),
        id="talks.txt",
        source="talks.txt",
    )
    return replace(report, **changes)


def rules(report: Report, quote_id: str | None = None) -> list[str]:
    """The rule ids of the report's findings in order, or of those on quote ``quote_id`` only."""
    return [f.rule for f in report.findings if quote_id is None or f.quote == quote_id]


def quote_rules(report: Report, quote: Quote | None = None) -> list[str]:
    """The rule ids of the report's findings in order, or of those on ``quote`` only."""
    return [f.rule for f in report.findings if quote is None or f.quote == quote.id]


def rule_set(report: Report) -> set[str]:
    """The rule ids the report's findings raise, each once."""
    return {f.rule for f in report.findings}


def quotes_by_cue(report: Report, cue: str) -> list[Quote]:
    """The quotes whose cue is ``cue`` ("said"), in order."""
    return [q for q in report.quotes if q.cue is not None and q.cue.text == cue]


def quote_by_cue(report: Report, cue: str) -> Quote:
    """The first quote whose cue is ``cue``; StopIteration when there is none."""
    return next(q for q in report.quotes if q.cue is not None and q.cue.text == cue)


def cue_index(report: Report) -> dict[str, Quote]:
    """The quotes with a cue by the cue's text; of two with the same cue, the later."""
    return {q.cue.text: q for q in report.quotes if q.cue is not None}


def term_kinds(report: Report) -> dict[str, str]:
    """The kind of each marked term by its text, without its quotation marks and edge
    punctuation: '"fishing expedition",' is "fishing expedition"."""
    return {t.span.text.strip("\"“”,.").strip(): t.kind for t in report.terms}


def content_texts(quote: Quote) -> list[str]:
    """The text of each part of the quote's content, in order."""
    return [c.text for c in quote.content]


def quote_with(report: Report, words: str) -> Quote:
    """The first quote with ``words`` in its content; StopIteration when there is none."""
    return next(q for q in report.quotes if any(words in c.text for c in q.content))
