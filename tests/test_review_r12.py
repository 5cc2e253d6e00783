"""Fixes from the review of round 12's change: Markdown front matter and block quotes, present
tenses in nested quotes, list lines that are clauses, blank lines in the wrap test, and bylines
whose parts are separated by commas. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.header import find_header
from quotecheck.mdtext import extract_article, front_matter
from quotecheck.pipeline import analyze
from quotecheck.wrapping import soft_break


def test_markdown_front_matter_is_read_with_windows_line_ends():
    text, meta = extract_article(
        "---\r\ntitle: Dam opens\r\nauthor: Jane Doe\r\npublisher: Daily Ledger\r\n---\r\n\r\nThe dam opened, the mayor said.\r\n"
    )
    assert meta["sitename"] == "Daily Ledger"
    assert "title:" not in text and text.startswith("Dam opens\n")


def test_markdown_front_matter_list_at_the_keys_indent():
    meta, body = front_matter("---\ntitle: Dam opens\nauthor:\n- Jane Doe\n- Tom Hale\n---\nText")
    assert meta["author"] == "Jane Doe and Tom Hale"
    assert body == "Text"


def test_markdown_block_quote_with_a_scare_quote_inside_is_still_a_quotation(nlp):
    text, _ = extract_article('The ministry said in a statement:\n\n> The plan, which critics call "a farce", will go ahead.\n')
    assert "\u201cThe plan" in text and text.rstrip().endswith("\u201d")
    report = analyze(text, nlp=nlp)
    assert any(q.speaker is not None and q.speaker.text == "The ministry" for q in report.quotes)


def test_a_habit_recalled_in_the_present_is_no_relayed_quote(nlp):
    """'always denies' gives what is said as a habit, as 'always says' does: no nested quote
    passed on by the speaker, so no QC101 or QC203 through him."""
    text = '"My boss always denies, \'We never saw the memo,\' and nobody believes him," said Tom Hale, a clerk.\n'
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Tom Hale"]
    assert not report.findings


@pytest.mark.parametrize(
    "line",
    [
        'At Westfield, the message was clear: "No more cuts to the library."',
        'In the end, the verdict was simple: "Nobody listened."',
    ],
)
def test_a_clause_before_a_colon_is_no_speakers_label(nlp, line):
    report = analyze(line + "\n", nlp=nlp)
    assert all(q.speaker is None or q.speaker.text.split()[0] not in ("At", "In") for q in report.quotes)


def test_guard_a_name_and_a_role_before_a_colon_still_speak(nlp):
    # Guard: the line the list-label rule is for.
    report = analyze('Marta Kovac, head of the parents group: "We will keep fighting."\n', nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Marta Kovac"]


@pytest.mark.parametrize("after", ["", "   ", "\u2028"])
def test_no_soft_break_before_a_blank_line(after):
    assert soft_break("The minister told the assembled reporters that the", after, width=60) is False


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Jo Marsh, Staff Writer, The Ledger", "The Ledger"),
        ("By Jo Marsh, March 4, 2026", None),
        ("By Jo Marsh, 4 March 2026, Kestrel Times", "Kestrel Times"),
    ],
)
def test_byline_parts_separated_by_commas(byline, source):
    header = find_header(f"Title\n\n{byline}\n\nBody.")
    assert (header.source.text if header.source else None) == source
