"""What a relative word opening a quote's words stands for (``about``, schema 1.3): "The levy"
for "which ... was a mistake". End to end with the real model; the sentences are written by the
quotecheck authors."""

from __future__ import annotations

import jsonschema
import pytest
from rich.console import Console

from quotecheck.model import Quote
from quotecheck.pipeline import analyze
from quotecheck.render.terminal import render_report
from quotecheck.schema import validate

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "opening", "about"),
    [
        ("The harbour levy, which Ines Calder has repeatedly said was a mistake, was repealed in May.", "which", "The harbour levy"),
        ("The harbour levy, which Ines Calder said was a mistake, was repealed in May.", "which", "The harbour levy"),
        ("Voss took aim at Harlan Pike, who she dubbed the absent senator.", "who", "Harlan Pike"),
        ("The board hired Mara Quint, whom the mayor describes as something of a fixer.", "whom", "Mara Quint"),
        ("These are attacks that Councillor Reyes said were sparked by poll numbers.", "that", "attacks"),
    ],
)
def test_relative_word_says_what_it_stands_for(nlp, text, opening, about):
    report = analyze(text, nlp=nlp)
    [quote] = report.quotes
    assert content_texts(quote)[0] == opening
    assert quote.about is not None and quote.about.text == about
    assert text[quote.about.start : quote.about.end] == about
    data = report.to_dict()
    validate(data)
    assert data["quotes"][0]["about"]["text"] == about
    assert Quote.from_dict(data["quotes"][0]).about == quote.about


@pytest.mark.parametrize(
    "text",
    [
        # Guards: "what" stands for nothing named; a plain statement has nothing to stand for.
        "The group wants the repeal of what it calls the silent tax on renters.",
        "Ines Calder said the harbour levy was a mistake.",
    ],
)
def test_no_relative_word_no_about(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert all(q.about is None for q in report.quotes)
    data = report.to_dict()
    validate(data)
    assert all(q["about"] is None for q in data["quotes"])


def test_terminal_report_shows_what_the_relative_word_stands_for(nlp):
    report = analyze("The harbour levy, which Ines Calder said was a mistake, was repealed in May.", nlp=nlp)
    console = Console(width=120, record=True, color_system=None)
    console.print(render_report(report))
    assert "which: The harbour levy" in console.export_text()


def test_a_report_without_about_fails_the_schema(nlp):
    data = analyze("The harbour levy, which Ines Calder said was a mistake, was repealed.", nlp=nlp).to_dict()
    data["quotes"][0].pop("about")
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
