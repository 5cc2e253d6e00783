"""A side taken is labelled as such (``act`` "stance", schema 1.4): "Most economists favor a
carbon tax" reports no one's words but a view, which a fact-checker checks against a poll or a
record. The readable reports show it from its verb on. Sentences written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze
from quotecheck.render.common import shown_words, type_label
from quotecheck.schema import validate


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Most economists favor a carbon tax.", "favor a carbon tax"),
        ("The union opposed the merger.", "opposed the merger"),
        ("Sixty percent of voters support the plan.", "support the plan"),
    ],
)
def test_a_side_taken_is_a_stance(nlp, text, shown):
    report = analyze(text, nlp=nlp)
    data = report.to_dict()
    validate(data)
    (quote,) = report.quotes
    assert data["quotes"][0]["act"] == "stance" and type_label(quote) == "stance"
    assert shown_words(quote, text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Ms Reyes said she backed the plan.",  # her words about her stance: a statement
        "The union said the merger would cost jobs.",
    ],
)
def test_words_about_a_stance_stay_a_statement(nlp, text):
    assert [q.act for q in analyze(text, nlp=nlp).quotes] == ["statement"]
