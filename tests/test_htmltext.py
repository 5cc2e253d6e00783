"""HTML input: the article's text without navigation, comment widgets and scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.errors import InputError
from quotecheck.header import find_header
from quotecheck.htmltext import compose, extract_article
from quotecheck.schema import validate

PAGES = Path(__file__).resolve().parent / "pages"

#: Per page: words of the article that must be kept, and words of the page around it that must not.
CASES = [
    pytest.param(
        "ferry-fares.html",
        ["Ferry tickets between Millbrook", "“We held prices for three winters", "operator’s finance director", "reduced fare for students"],
        ["Local news", "Subscribe", "SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "Disqus", "enable JavaScript", "Most read", "Harbour cat", "All rights reserved", "font-family"],
        id="ferry-fares",
    ),
    pytest.param(
        "school-roof.html",
        ["leaking roof of Hillcrest Primary", '"The children deserve a dry room to learn in," she said.', "according to the school's parent association"],
        ["Front page", "Weather", "COMMENT-TEXT", "Typical council", "Disqus", "SCRIPT-IN-BODY", "NewsArticle", "margin-left"],
        id="school-roof",
    ),
]


@pytest.mark.parametrize("page, kept, dropped", CASES)
def test_article_text_without_the_page_around_it(page, kept, dropped):
    text, meta = extract_article((PAGES / page).read_text(encoding="utf-8"), source=page)
    for words in kept:
        assert words in text
    for words in dropped:
        assert words not in text
    assert meta["input_format"] == "html"


@pytest.mark.parametrize(
    "page, title, outlet",
    [
        pytest.param("ferry-fares.html", "Ferry fares to rise in spring", "Lakeside Courier", id="ferry-fares"),
        pytest.param("school-roof.html", "School roof repairs delayed again", "Valley Gazette", id="school-roof"),
    ],
)
def test_page_metadata_becomes_a_header(page, title, outlet):
    text, meta = extract_article((PAGES / page).read_text(encoding="utf-8"))
    assert meta["title"] == title and meta["sitename"] == outlet
    header = find_header(text)
    # The title is the first line, read like the text; the byline block under it is the header.
    assert text.startswith(title + "\n")
    assert header.span is not None and header.span.start > len(title) and title not in header.span.text
    assert header.source is not None and header.source.text == outlet
    # The headline is the header's first line, not repeated as the first paragraph.
    assert text.count(title) == 1


@pytest.mark.parametrize(
    "html, reason",
    [
        pytest.param("", "no article text", id="empty"),
        pytest.param("<html><head><script>var a = 1;</script></head><body></body></html>", "no article text", id="script-only"),
        pytest.param("<html><body>" + "<p>" * 20_000 + "</body></html>", "no article text", id="only-tags"),
    ],
)
def test_page_without_an_article_is_refused(html, reason):
    with pytest.raises(InputError, match=reason):
        extract_article(html, source="page.html")


@pytest.mark.parametrize(
    "body, meta, expected",
    [
        pytest.param("Para one.\nPara two.", {}, "Para one.\n\nPara two.", id="paragraphs-only"),
        pytest.param(
            "Big news\nPara one.",
            {"title": "Big news", "author": "By Ana Ruiz", "sitename": "Courier", "date": "2026-01-02"},
            "Big news\n\nBy Ana Ruiz\nSource: Courier\nPublished: 2026-01-02\n\nPara one.",
            id="headline-not-repeated-by-not-doubled",
        ),
        pytest.param("Para one.", {"author": "Ana Ruiz"}, "By Ana Ruiz\n\nPara one.", id="author-only"),
        pytest.param("  Para   one. \n\n\n Para two.  ", {"title": "Other"}, "Other\n\nPara one.\n\nPara two.", id="whitespace"),
    ],
)
def test_compose(body, meta, expected):
    assert compose(body, meta) == expected


def _offsets_hold(report):
    text = report["text"]
    for quote in report["quotes"]:
        for span in [*quote["content"], quote["speaker"], quote["cue"]]:
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]


def test_json_of_an_html_page_carries_its_text(run):
    result = run("--format", "json", str(PAGES / "ferry-fares.html"))
    assert result.exit_code == 0
    report = json.loads(result.output)
    validate(report)
    assert "Subscribe" not in report["text"] and "Disqus" not in report["text"]
    _offsets_hold(report)
    assert report["publisher"]["name"] == "Lakeside Courier"
    assert report["meta"]["input_format"] == "html"
    speakers = {q["speaker_name"] for q in report["quotes"]}
    assert {"Oskar Lindqvist", "Maeve Dunne"} <= speakers
    # The header (title, byline) is kept out of the quotes.
    assert all(q["content"][0]["start"] >= report["header"]["end"] for q in report["quotes"])


def test_text_input_json_leaves_the_text_out_unless_asked(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"Yes," Vogel said.\n', encoding="utf-8")
    assert "text" not in json.loads(run("--format", "json", str(path)).output)
    assert "text" in json.loads(run("--format", "json", "--include-text", str(path)).output)


def test_html_from_standard_input(run):
    page = (PAGES / "school-roof.html").read_text(encoding="utf-8")
    result = run("--format", "json", "--input-format", "html", "-", input=page)
    assert result.exit_code == 0
    report = json.loads(result.output)
    _offsets_hold(report)
    assert "COMMENT-TEXT" not in report["text"]
    assert any(q["speaker_name"] == "Sunita Rao" for q in report["quotes"])


def test_html_page_without_article_fails_alone(run, tmp_path):
    bad = tmp_path / "empty.html"
    bad.write_text("<html><body><script>x = 1</script></body></html>", encoding="utf-8")
    result = run("--format", "jsonl", str(bad), str(PAGES / "ferry-fares.html"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "empty.html: no article text" in result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["id"] == "ferry-fares.html"
