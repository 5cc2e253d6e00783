"""Who a quote is put to, end to end: a helper for the speaker tests that run the real model."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def speaker_of(text: str, start: str, nlp) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    """Name and kind of the one quote whose content starts with ``start`` (quotation marks,
    edge punctuation and a leading "that" aside)."""
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.content[0].text.strip('"“” ,.').removeprefix("that ").startswith(start)]
    return quote.speaker_name, quote.speaker_kind
