"""Markdown input, found on the round 12 probe (p32 #6): a ``.md`` file is read as the words a
reader sees, not as raw markup. Converter unit tests, then end to end with the real model, the
CLI, and the offsets contract (offsets refer to the converted text, which the JSON carries). The
articles are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.inputs import read_inputs
from quotecheck.pipeline import analyze_stream
from quotecheck.schema import validate

from .reports import rules as _rules

ARTICLE = """---
title: Bridge closure extended into spring
author: Mara Quist
publisher: Fenmoor Gazette
date: 2026-02-11
---

# Bridge closure extended into spring

<!-- desk: check the girder figures -->

The Holm Street bridge will stay shut until April, the city said on Monday.

**Transport councillor Edda Brann** told [Harbour Radio](https://harbour-radio.example/news/bridge_closure_2026)
that the repairs had been "far harder than expected".

The city's engineering office said in a statement:

> Corrosion in the main girders is worse than the survey showed. Crews will work
> through the weekends.

In an interview with the [*Fenmoor Weekly*][weekly], Brann said the city would "not cut corners".

---

![The closed bridge](bridge.jpg)

[weekly]: https://weekly.example/brann "Interview"
"""

#: Characters of Markdown syntax that must never reach a speaker, a quote or a carrier.
MARKUP = ("*", "[", "]", "(http", "://", "#", "<!--", "> ")


def _md(text: str) -> str:
    from quotecheck.mdtext import to_text

    return to_text(text)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        pytest.param("## Council *votes* today ##", "Council votes today", id="atx-heading"),
        pytest.param("Council votes\n=============\n\nText.", "Council votes\n\nText.", id="setext-heading"),
        pytest.param("A **bold** and __strong__ and *it* and _em_ and ***both***.", "A bold and strong and it and em and both.", id="emphasis"),
        pytest.param("The snake_case_name and 5 * 3 * 2 stay.", "The snake_case_name and 5 * 3 * 2 stay.", id="not-emphasis"),
        pytest.param("Run `make *all*` now.", "Run make *all* now.", id="inline-code"),
        pytest.param(r"A \*starred\* word and \[sic\].", "A *starred* word and [sic].", id="escapes"),
        pytest.param("She told [Radio Fenn](http://radio.example/a_(b) \"Radio\") so.", "She told Radio Fenn so.", id="link"),
        pytest.param("She told [the *Weekly*][w] so.\n\n[w]: http://w.example", "She told the Weekly so.", id="reference-link"),
        pytest.param("She told [Weekly][] and [Weekly] so.\n\n[weekly]: <http://w.example>", "She told Weekly and Weekly so.", id="collapsed-and-shortcut"),
        pytest.param("We agree [sic] with [this].", "We agree [sic] with [this].", id="undefined-reference-kept"),
        pytest.param("See ![a dam](dam.png) the [![logo](l.png)](http://x) dam.", "See the dam.", id="images-dropped"),
        pytest.param("Mail <desk@ledger.example> or <https://ledger.example/a_b_c>.", "Mail desk@ledger.example or https://ledger.example/a_b_c.", id="autolinks"),
        pytest.param("Rates &amp; fees<br>rose <b>sharply</b>.", "Rates & fees rose sharply.", id="entities-and-tags"),
        pytest.param("Before.<!-- a note\nover lines -->\n\nAfter.", "Before.\n\nAfter.", id="html-comment"),
        pytest.param("Before.\n\n* * *\n\n___\n\nAfter.", "Before.\n\nAfter.", id="rules"),
        pytest.param("- one\n* two\n+ three\n1. four\n2) five\n- [x] six", "one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix", id="list-items"),
        pytest.param("- a long item\n  that goes on", "a long item that goes on", id="list-item-continued"),
        pytest.param("one line\nwrapped here", "one line wrapped here", id="soft-break"),
        pytest.param("Jane Doe  \nLedger\\\nMay 4", "Jane Doe\nLedger\nMay 4", id="hard-breaks"),
        pytest.param("> We will act.\n>\n> Soon.", "“We will act.\n\n“Soon.”", id="blockquote-quoted"),
        pytest.param("> We will act\nwithin weeks.\n\nShe left.", "“We will act within weeks.”\n\nShe left.", id="blockquote-lazy-line"),
        pytest.param('> "We will act," she said.', '"We will act," she said.', id="blockquote-with-own-marks"),
        pytest.param("```\nx = *y*\n```", "x = *y*", id="fenced-code"),
        pytest.param("Text.[^1]\n\n[^1]: A note.", "Text.\n\nA note.", id="footnotes"),
    ],
)
def test_markup_becomes_plain_text(markdown, text):
    assert _md(markdown) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_converts(markdown):
    # Whatever the file holds, the converter returns text (no placeholder left behind).
    text = _md(markdown)
    assert not any(0xF0000 <= ord(ch) < 0xF0000 + 1000 for ch in text if ch not in markdown)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"[A-Z][a-z]{0,8}(?: [a-z]{1,8}){0,6}[.,;]?", fullmatch=True), min_size=1, max_size=5))
def test_prose_without_markup_is_kept(paragraphs):
    # Sentences with no markup come out as written, a paragraph each.
    assert _md("\n\n".join(paragraphs)) == "\n\n".join(paragraphs)


def test_front_matter_becomes_the_header():
    from quotecheck.mdtext import extract_article

    text, meta = extract_article(ARTICLE, source="bridge.md")
    assert meta == {
        "input_format": "markdown",
        "title": "Bridge closure extended into spring",
        "author": "Mara Quist",
        "sitename": "Fenmoor Gazette",
        "date": "2026-02-11",
    }
    # The "# …" headline repeating the title is not written twice.
    assert text.startswith("Bridge closure extended into spring\n\nBy Mara Quist\nSource: Fenmoor Gazette\n")
    assert text.count("Bridge closure extended into spring") == 1
    assert "desk: check" not in text and "bridge.jpg" not in text and "weekly.example" not in text


def test_markdown_without_words_is_refused():
    from quotecheck.errors import InputError
    from quotecheck.mdtext import extract_article

    with pytest.raises(InputError, match="no article text"):
        extract_article("---\ntitle:\n---\n\n![only](a.png)\n\n---\n", source="empty.md")


def _report(nlp, path):
    (article,) = read_inputs([str(path)])
    (report,) = analyze_stream([article], nlp=nlp)
    return report


@pytest.fixture()
def md_report(nlp, tmp_path):
    path = tmp_path / "bridge.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return _report(nlp, path)


def _quote(report, words):
    (quote,) = [q for q in report.quotes if any(words in c.text for c in q.content)]
    return quote


@pytest.mark.parametrize(
    ("words", "outlet"),
    [("far harder", "Harbour Radio"), ("not cut corners", "Fenmoor Weekly")],
    ids=["inline-link", "reference-link-in-italics"],
)
def test_linked_outlet_is_a_second_hand_carrier(md_report, words, outlet):
    # A link keeps its text, so "told [Harbour Radio](http://…)" names the outlet, not
    # "Harbour Radio](http://…", and the words are second-hand (QC101).
    quote = _quote(md_report, words)
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(md_report, quote.id)


def test_blockquote_statement_is_a_direct_quote(md_report):
    # "said in a statement:" and a "> …" block under it: the block is the statement's words.
    quote = _quote(md_report, "Corrosion in the main girders")
    assert quote.type == "direct"
    assert quote.speaker is not None and quote.speaker.text == "The city's engineering office"
    assert "through the weekends" in quote.content[-1].text


def test_no_markup_in_speakers_quotes_or_carriers(md_report):
    brann = _quote(md_report, "far harder")
    assert brann.speaker is not None and brann.speaker.text == "Transport councillor Edda Brann"
    for quote in md_report.quotes:
        pieces = [c.text for c in quote.content]
        pieces += [quote.speaker.text] if quote.speaker else []
        pieces += [quote.recipient.name] if quote.recipient else []
        for piece in pieces:
            assert not any(mark in piece for mark in MARKUP), piece


def test_front_matter_outlet_is_the_publisher(md_report):
    assert md_report.publisher is not None and md_report.publisher.name == "Fenmoor Gazette"


def _check_offsets(report):
    # The contract: offsets refer to the report's "text", the converted article.
    text = report["text"]
    spans = []
    for quote in report["quotes"]:
        spans += quote["content"]
        spans += [quote[key] for key in ("speaker", "cue") if quote.get(key)]
        spans += [quote["recipient"]["span"]] if quote.get("recipient") and quote["recipient"].get("span") else []
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_cli_reads_a_markdown_file(run, tmp_path):
    path = tmp_path / "bridge.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("--format", "json", str(path))
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    validate(report)
    assert report["meta"]["input_format"] == "markdown"
    assert "](" not in report["text"] and "**" not in report["text"]
    _check_offsets(report)
    assert {q["recipient"]["name"] for q in report["quotes"] if q.get("recipient")} == {"Harbour Radio", "Fenmoor Weekly"}


@pytest.mark.parametrize("name", ["bridge.markdown", "BRIDGE.MD"])
def test_cli_knows_markdown_endings(run, tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    report = json.loads(run("--format", "json", str(path)).stdout)
    assert report["meta"]["input_format"] == "markdown"
    _check_offsets(report)


def test_cli_markdown_from_standard_input(run):
    result = run("--format", "json", "--input-format", "markdown", "-", input=ARTICLE)
    report = json.loads(result.stdout)
    assert report["meta"]["input_format"] == "markdown"
    assert report["publisher"]["name"] == "Fenmoor Gazette"
    _check_offsets(report)


def test_cli_markdown_without_words_fails_alone(run, tmp_path):
    bad = tmp_path / "empty.md"
    bad.write_text("<!-- nothing yet -->\n\n---\n", encoding="utf-8")
    good = tmp_path / "bridge.md"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run("--format", "jsonl", str(bad), str(good))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "empty.md: no article text" in result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["id"] == "bridge.md"


def test_plain_text_is_read_as_written(run, tmp_path):
    # Guard: a .txt file is not Markdown: its stars stay, its offsets are into the file itself,
    # and its JSON carries no text.
    path = tmp_path / "note.txt"
    raw = 'The *draft* plan is dead, Ilse Varga said.\n\n"We start again," Varga said.\n'
    path.write_text(raw, encoding="utf-8")
    report = json.loads(run("--format", "json", str(path)).stdout)
    assert "text" not in report and "input_format" not in report.get("meta", {})
    for quote in report["quotes"]:
        for span in quote["content"]:
            assert raw[span["start"]:span["end"]] == span["text"]


def test_markdown_source_file_is_read_as_text(tmp_path):
    from quotecheck.fidelity import read_original

    path = tmp_path / "statement.md"
    path.write_text("# Statement\n\n> We will **not** cut corners.\n", encoding="utf-8")
    assert read_original(str(path)).text == "Statement\n\n“We will not cut corners.”"
