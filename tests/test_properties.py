"""Properties that must hold for any text: nothing raises, offsets hold, the JSON validates."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.pipeline import analyze
from quotecheck.schema import validate

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "''", "``", "—", "-"]
WORDS = ["the", "minister", "said", "told", "reporters", "Lavrov", "she", "according", "to", "sources",
         "We", "will", "win", "Interfax", "reported", "citing", "so-called", ",", ".", ":", "\n", "\n\n", "😀", "שלום", "\x07"]

article_like = st.lists(st.sampled_from(MARKS + WORDS), max_size=80).map(" ".join)


def _check(report, text):
    data = report.to_dict(include_text=True)
    validate(data)

    def spans(node):
        if isinstance(node, dict):
            if set(node) == {"start", "end", "text"}:
                yield node
            for value in node.values():
                yield from spans(value)
        elif isinstance(node, list):
            for value in node:
                yield from spans(value)

    for span in spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
    for quote in report.quotes:
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_like)
def test_article_like_text(nlp, text):
    _check(analyze(text, nlp=nlp), text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_any_text(nlp, text):
    _check(analyze(text, nlp=nlp), text)
