"""Properties that must hold for any text: nothing raises, offsets hold, the JSON validates, every
report renders, and it all happens in bounded time, through the library and through the CLI."""

from __future__ import annotations

import json
import re
import time

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from quotecheck.cli import main
from quotecheck.lexicon import DIGRAPH_OPENERS, OPENERS
from quotecheck.pipeline import analyze
from quotecheck.render.html import render_html
from quotecheck.render.markdown import render_markdown
from quotecheck.schema import validate

from .test_render_html import _check_inert
from .test_render_terminal import _render

#: Generous bound per example (a few hundred characters parse in well under a second).
SECONDS_PER_EXAMPLE = 20.0

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "''", "``", "—", "-"]
WORDS = ["the", "minister", "said", "told", "reporters", "Lavrov", "she", "according", "to", "sources",
         "We", "will", "win", "Interfax", "reported", "citing", "so-called", ",", ".", ":", "\n", "\n\n", "😀", "שלום", "\x07"]

#: Every opening mark quotecheck knows, with each mark that may close it.
PAIRS = sorted({(o, c) for o, closers in OPENERS.items() for c in closers} | {(o, c) for o, cs in DIGRAPH_OPENERS.items() for c in cs})
ALL_MARKS = sorted({m for pair in PAIRS for m in pair})
CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\x7f", "\x85"]
EMOJI = ["😀", "👩‍👩‍👧", "🇺🇦", "✊🏽", "❤️"]
RTL = ["שלום", "אמר", "مرحبا", "قال", "\u200f", "\u202e", "\u2067", "\u2069", "\u061c"]
ODD = ["\u200b", "\ufeff", "\u00a0", "e\u0301", "\u2028", "\u2029", "\t", "\r\n", "…", "—"]
PROSE = ["the", "minister", "said", "told", "reporters", "Ana", "Ruiz", "she", "according to", "sources",
         "We", "will", "win", "Interfax", "reported", "citing", "so-called", "added", "in a statement",
         ",", ".", ":", ";", "?", "!", "(", ")", "[sic]", "<script>", "&amp;"]

words = st.lists(st.sampled_from(PROSE + EMOJI + RTL + ODD + CONTROLS[:4]), max_size=10).map(" ".join)


def _quoted(inner):
    """A quotation over ``inner``: closed by its own closer, by a wrong mark, or never closed."""
    ending = st.one_of(st.just(None), st.sampled_from(ALL_MARKS), st.just(""))
    return st.tuples(st.sampled_from(PAIRS), inner, ending).map(
        lambda t: t[0][0] + t[1] + (t[0][1] if t[2] is None else t[2])
    )


segments = st.recursive(words, lambda inner: _quoted(inner) | st.lists(inner, max_size=3).map(" ".join), max_leaves=12)
long_runs = st.tuples(st.sampled_from(ALL_MARKS + CONTROLS[:2] + EMOJI[:1]), st.integers(1, 400)).map(lambda t: t[0] * t[1])
attribution = st.sampled_from(['," she said.', '," Ana Ruiz told reporters.', " according to sources.", " — Lavrov",
                               ', Interfax reported, citing the minister.', "\n\nOKONJO: ", "\nPoll: ", "\nThe: ",
                               "\nSecretary of State Ana Ruiz: "])
separators = st.sampled_from([" ", "\n", "\n\n", "\n\n\n", " \n "])
articles = st.lists(st.tuples(st.one_of(segments, segments, long_runs, attribution), separators), max_size=14).map(
    lambda parts: "".join(a + b for a, b in parts)
)


def _spans(node):
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


def _check(report, text):
    data = report.to_dict(include_text=True)
    validate(data)
    json.loads(json.dumps(data, ensure_ascii=False))
    for span in _spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
    for quote in report.quotes:
        assert 0.0 <= quote.confidence <= 1.0
    # Two quotes' words never cross: they are apart, or one stands wholly inside the other (a
    # statement of its own inside another's, "the poll found that voters who said they backed
    # him now back her"; on PolNeAR train 82 such pairs, none crossing).
    parts = sorted((part.start, part.end, quote.id) for quote in report.quotes for part in quote.content if part.start < part.end)
    for i, (start, end, owner) in enumerate(parts):
        for other_start, other_end, other in parts[i + 1 :]:
            if other_start >= end:
                break
            assert other == owner or other_end <= end or other_start == start, (start, end, other_start, other_end)


def _bounded(started: float) -> None:
    assert time.perf_counter() - started < SECONDS_PER_EXAMPLE


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(MARKS + WORDS), max_size=80).map(" ".join))
def test_article_like_text(nlp, text):
    _check(analyze(text, nlp=nlp), text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_any_text(nlp, text):
    _check(analyze(text, nlp=nlp), text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=articles)
# Found by this test: an entity recognised with a comma at its end left an empty part.
@example(
    text='" Interfax told <script>" — Lavrov citing \u201a \u201cthe reporters ( We \u2019 win !\u201d ! Ana told Ana : '
    'minister Ruiz \u201a will ! so-called Ana \x01 Ruiz \x00 \t\u2039 ") [sic] reported told ! `` , Interfax '
    'reported, citing the minister.\n\n'
)
def test_every_kind_of_mark_nested_unbalanced_and_in_long_runs(nlp, text):
    started = time.perf_counter()
    report = analyze(text, nlp=nlp)
    _check(report, text)
    # Every report renders in every format, and the HTML stays inert.
    _check_inert(render_html([report]))
    render_markdown([report])
    assert all(cell_len(line) <= 80 for line in _render(report, 80))
    _bounded(started)


def _cli(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=articles, encoding=ENCODINGS)
@example(text="\x00 ", encoding="utf-16")  # FF FE 00 00: a UTF-32 byte-order mark, but UTF-16 text
def test_cli_never_tracebacks_and_its_json_holds(nlp, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    started = time.perf_counter()
    result = _cli("--format", "json", "--include-text", "-", input=data)
    _bounded(started)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        # Refused as a whole, in one line: empty, or not text (too many control characters).
        assert result.stdout == "" and result.stderr.count("\n") == 1
        assert result.stderr.startswith("quotecheck: error: <stdin>: ")
        assert "empty input" in result.stderr or "not a text file" in result.stderr
        return
    report = json.loads(result.stdout)
    validate(report)
    # Exit 1 exactly when a finding at the default --fail-on (error) remains.
    assert result.exit_code == (1 if any(f["severity"] == "error" for f in report["findings"]) else 0), result.stderr
    for span in _spans(report):
        assert report["text"][span["start"] : span["end"]] == span["text"]
    assert report["length"] == len(report["text"])


records = st.lists(
    st.one_of(
        st.builds(lambda t: {"text": t}, articles),
        st.sampled_from(["{", "not json", "[1, 2]", '{"id": "x"}', '{"text": 5}', '"text"', '{"text": "\\ud800"}']),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(items=records)
def test_jsonl_batch_reports_every_good_line_in_order_and_every_bad_line_by_number(nlp, tmp_path_factory, items):
    lines = []
    for number, item in enumerate(items, start=1):
        lines.append(json.dumps({"id": f"r{number}", **item}, ensure_ascii=False) if isinstance(item, dict) else item)
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _cli(str(path))
    # A record whose text is blank is a bad record, as an empty file is.
    good = [n for n, item in enumerate(items, start=1) if isinstance(item, dict) and item["text"].strip()]
    bad = [n for n in range(1, len(items) + 1) if n not in good]
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"r{n}" for n in good]
    assert [re.match(r"quotecheck: error: .*batch\.jsonl:(\d+): ", line).group(1) for line in result.stderr.splitlines()] == [str(n) for n in bad]
    # The worst result wins: a bad line (2), then an error finding at the default --fail-on (1).
    errors = any(f["severity"] == "error" for line in result.stdout.splitlines() for f in json.loads(line)["findings"])
    assert result.exit_code == (2 if bad else 1 if errors else 0)
