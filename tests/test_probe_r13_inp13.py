"""Inputs, wrapping, gold files and the command line (QA round 13): CR LF text hard-wrapped
inside a name reads as its LF twin does, a JSONL id keeps the digits it was written with, gold
and batch files word a JSON error alike, and odd inputs (an empty batch, a file holding only a
byte-order mark, standard input named twice, a line break in a file name) end in one line and
exit 2 while the good inputs are still checked. Sentences written by the quotecheck authors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.errors import InputError, RecordError
from quotecheck.evaluate import read_gold
from quotecheck.inputs import decode, jsonl_records, parse_record, read_inputs, record_id
from quotecheck.model import Span
from quotecheck.pipeline import analyze

from .wrapped import mail_wrap

STORY = (
    "Library hours cut as council trims budget\n\n"
    "The county council will close its four branch libraries on Mondays from March, a saving "
    "that chief librarian Nadia Okonkwo called \"a false economy that hurts the children who "
    "need us most.\"\n\n"
    "\"We lend more books on a Monday afternoon than on any other day,\" Okonkwo told "
    "reporters outside the central library. \"Closing then is closing when families come.\"\n\n"
    "A council officer, who asked not to be named because the budget is not yet final, told "
    "the Dunmore Herald that further cuts had been \"pencilled in for the autumn\" as well.\n\n"
    "Councillor Ruth Abernethy, who chairs the finance committee, said the council had no "
    "choice after its grant was halved. \"Every service is being asked to find savings,\" she "
    "said.\n"
)


def _on_lf(value, crlf: str):
    """A report's JSON made over ``crlf`` as it would be over the same text with LF breaks:
    every offset less the CR LF pairs before it, every text with "\\r\\n" as "\\n"."""
    if isinstance(value, dict):
        moved = {k: _on_lf(v, crlf) for k, v in value.items()}
        if {"start", "end", "text"} <= set(value):
            for key in ("start", "end"):
                moved[key] = value[key] - crlf.count("\r\n", 0, value[key])
        return moved
    if isinstance(value, list):
        return [_on_lf(v, crlf) for v in value]
    if isinstance(value, str):
        return value.replace("\r\n", "\n")
    return value


def _quotes(report) -> list[dict]:
    return [q.to_dict() for q in report.quotes]


def _offsets_hold(report) -> bool:
    spans = [s for q in report.quotes for s in (*q.content, *q.quoted, *q.context, q.cue, q.speaker) if s is not None]
    spans += [h.span for q in report.quotes for h in (*q.via, q.recipient) if h is not None and h.span is not None]
    return all(isinstance(s, Span) and report.text[s.start : s.end] == s.text for s in spans)


# ------------------------------------------------------------------------------------------
# CR LF hard-wrapped text reads as its LF twin
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, outlet",
    [
        ('The head teacher told the Brackley\nSentinel that the school was "close to breaking point" '
         "and needed more staff.", "Brackley Sentinel"),
        ("The union said in a statement that it would ballot its members this month. A steward,\n"
         "who asked not to be named because talks with the company were continuing, told the Orwell\n"
         'Gazette that drivers had been "treated like spare parts" by the depot managers this\n'
         "year.", "Orwell Gazette"),
    ],
    ids=["short", "wrapped-paragraph"],
)
def test_outlet_cut_by_a_crlf_wrap_keeps_its_first_word(nlp, text, outlet):
    # The CR LF break was read as two spaces: the parser made the second a token of its own and
    # the outlet of the wrapped paragraph came out as its last word ("Gazette"). Guard: the
    # short case, whose outlet the recognizer found even so.
    crlf = text.replace("\n", "\r\n")
    lf_report, crlf_report = analyze(text, nlp=nlp), analyze(crlf, nlp=nlp)
    assert [q.recipient and q.recipient.name for q in crlf_report.quotes] == [
        q.recipient and q.recipient.name for q in lf_report.quotes
    ]
    assert outlet in [q.recipient and q.recipient.name for q in crlf_report.quotes]
    assert _on_lf(_quotes(crlf_report), crlf) == _quotes(lf_report)
    assert crlf_report.text == crlf and _offsets_hold(crlf_report)


def test_crlf_spans_keep_their_whole_line_breaks(nlp):
    # Guard: spans moved back onto the CR LF text hold whole line breaks.
    crlf = (
        "The head teacher of the village school told the Brackley\r\nSentinel on Monday that the "
        'school was now "close to\r\nbreaking point" because of the staff shortages.'
    )
    report = analyze(crlf, nlp=nlp)
    assert [c.text for q in report.quotes for c in q.content] == [
        'that the school was now "close to\r\nbreaking point" because of the staff shortages'
    ]
    [quote] = report.quotes
    assert quote.recipient is not None and quote.recipient.name == "Brackley Sentinel"
    assert quote.recipient.span.text.endswith("Brackley\r\nSentinel")
    assert _offsets_hold(report)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(width=st.integers(min_value=36, max_value=100))
def test_crlf_and_lf_wrapped_versions_give_the_same_quotes(nlp, width):
    lf = mail_wrap(STORY, width)
    crlf = lf.replace("\n", "\r\n")
    lf_report, crlf_report = analyze(lf, nlp=nlp), analyze(crlf, nlp=nlp)
    assert _on_lf(_quotes(crlf_report), crlf) == _quotes(lf_report)
    assert sorted(f.rule for f in crlf_report.findings) == sorted(f.rule for f in lf_report.findings)
    assert crlf_report.text == crlf and _offsets_hold(crlf_report)


def test_lone_cr_and_mixed_breaks_keep_offsets(nlp):
    # Guard: old Mac line ends and a mix of conventions still give offsets into the text.
    text = 'The head teacher said\r"we are close to breaking point"\r\nand asked for\nhelp.'
    report = analyze(text, nlp=nlp)
    assert report.text == text and _offsets_hold(report)


# ------------------------------------------------------------------------------------------
# JSONL ids as written
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["1e3", "1E+3", "1.50", "-0", "1e999", "2.5e-7"],
    ids=["exponent", "exponent-capital", "trailing-zero", "minus-zero", "huge", "small"],
)
def test_number_id_kept_as_written(written):
    line = f'{{"id": {written}, "text": "The head teacher said it was unfair."}}'
    assert record_id(parse_record(line)) == written
    [article] = list(jsonl_records([line.encode()], source="batch.jsonl"))
    assert article.id == written


def test_number_id_as_written_with_another_id_key():
    line = '{"doc": 7.00, "text": "The head teacher said it was unfair."}'
    assert record_id(parse_record(line, id_key="doc"), id_key="doc") == "7.00"


@pytest.mark.parametrize("written", ["-0.0", "12345678901234567890", "7"], ids=["minus-zero-float", "big-int", "int"])
def test_number_id_that_json_writes_back_alike(written):
    # Guard: ids whose value JSON writes back with the same digits.
    line = f'{{"id": {written}, "text": "The head teacher said it was unfair."}}'
    assert record_id(parse_record(line)) == written


def test_number_id_from_python_is_written_as_json_writes_it():
    # Guard: a record built in Python has no JSON text to keep.
    assert record_id({"id": 1e3}) == "1000.0"
    with pytest.raises(ValueError, match="must be a string or a number"):
        parse_record('{"id": NaN, "text": "The head teacher said it was unfair."}')


def test_cli_writes_a_number_id_as_written(nlp, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": 1e3, "text": "The head teacher said it was unfair."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, [str(batch)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["id"] == "1e3"


# ------------------------------------------------------------------------------------------
# JSON errors in gold files are worded as in batches, one line each
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"id": "d1", "text": }', "not JSON (Expecting value at column 22)"),
        ('{"id": "d1", "text": "x"', "not JSON (Expecting ',' delimiter at the end of the line)"),
        ('{"id": "d1",\t"te\x01xt": ""}', "not JSON (Invalid control character at column 17)"),
    ],
    ids=["column", "end-of-line", "control-character"],
)
def test_gold_json_error_worded_as_the_batch_words_it(tmp_path, line, reason):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "d0", "text": "x", "quotes": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        list(read_gold(gold))
    assert str(caught.value) == f"{gold}:2: {reason}"
    with pytest.raises(ValueError) as batch:
        parse_record(line)
    assert str(batch.value) == reason


def test_gold_id_with_a_line_break_stays_one_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "d\\n1", "text": "x", "quotes": 5}\n', encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        list(read_gold(gold))
    assert str(caught.value) == f"{gold}:1: document d\\n1: 'quotes' must be a list"


@pytest.mark.parametrize(
    "message, shown",
    [("a\nb", "a\\nb"), ("a\r\nb", "a\\r\\nb"), ("a\u2028b", "a\\u2028b"), ("a\x85b\x0b", "a\\x85b\\x0b"),
     ("tab\tand caf\u00e9 \u201cq\u201d", "tab\tand caf\u00e9 \u201cq\u201d")],
    ids=["lf", "crlf", "line-separator", "nel-vt", "no-break"],
)
def test_one_line_writes_out_line_breaks(message, shown):
    from quotecheck.errors import one_line

    assert one_line(message) == shown
    assert str(InputError("missing", source=message)) == f"{shown}: missing"


# ------------------------------------------------------------------------------------------
# The command line on odd inputs
# ------------------------------------------------------------------------------------------

ARTICLE = 'The head teacher said the school was "close to breaking point" on Monday.\n'


@pytest.fixture()
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _reports(result) -> list[dict]:
    """The reports of a ``--format json`` run: one is an object, more a list."""
    reports = json.loads(result.stdout)
    return reports if isinstance(reports, list) else [reports]


def _errors(result) -> list[str]:
    lines = result.stderr.splitlines()
    assert all(line.startswith("quotecheck: error: ") for line in lines), lines
    return lines


@pytest.mark.parametrize(
    "name, data",
    [("empty.jsonl", b""), ("blank.jsonl", b"\n  \n\r\n"), ("bom.jsonl", b"\xef\xbb\xbf\n")],
    ids=["zero-bytes", "blank-lines", "bom-only"],
)
def test_a_batch_with_no_records_is_one_error_and_exit_2(run, tmp_path, good, name, data):
    # It ended with exit 2 and not a word on standard error; with a good file beside it, the
    # run said nothing of it at all and ended with 0.
    batch = tmp_path / name
    batch.write_bytes(data)
    alone = run(batch)
    assert alone.exit_code == 2
    assert _errors(alone) == [f"quotecheck: error: {batch}: empty input: there are no records to check"]
    both = run("--format", "json", batch, good)
    assert both.exit_code == 2 and len(_errors(both)) == 1
    assert [r["source"] for r in _reports(both)] == [str(good)]


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n\r\n", b"\xff\xfe", "\ufeff  \r\n".encode("utf-16-le")],
    ids=["utf8-bom", "utf8-bom-crlf", "utf16-bom", "utf16-spaces"],
)
def test_a_file_with_only_a_bom_is_empty(run, tmp_path, data):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="empty input"):
        decode(data)
    result = run(path)
    assert result.exit_code == 2
    assert _errors(result) == [f"quotecheck: error: {path}: empty input: there is no article to check"]


def test_standard_input_named_twice_is_read_once(run):
    result = run("--format", "json", "-", "-", input=ARTICLE)
    assert result.exit_code == 2
    assert _errors(result) == ["quotecheck: error: <stdin>: standard input given twice; it is read once, for the first -"]
    assert [r["source"] for r in _reports(result)] == ["<stdin>"]


def test_a_line_break_in_a_file_name_stays_in_one_error_line(run, tmp_path, good):
    missing = tmp_path / "two\nlines.txt"
    result = run(missing, good)
    assert result.exit_code == 2
    shown = str(missing).replace("\n", "\\n")
    assert _errors(result) == [f"quotecheck: error: {shown}: no such file or directory"]


def test_bom_crlf_file_and_unterminated_jsonl_line(run, tmp_path):
    # Guard: a UTF-8 BOM with CR LF lines, and a batch whose last line has no line break.
    text = tmp_path / "bom.txt"
    text.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    batch = tmp_path / "last.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "text": ARTICLE}) + "\n" + json.dumps({"id": "b", "text": ARTICLE}), encoding="utf-8"
    )
    result = run("--format", "json", text, batch)
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert [r["id"] for r in reports] == ["bom.txt", "a", "b"]
    assert all(r["quotes"] for r in reports)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_utf16_batch_is_read_record_by_record(run, tmp_path, encoding):
    # Each line was called "not UTF-8" (and the bytes after each line break made more errors).
    lines = [json.dumps({"id": rid, "text": ARTICLE}, ensure_ascii=False) for rid in ("a", "b")]
    batch = tmp_path / "wide.jsonl"
    batch.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode(encoding))
    result = run(batch)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    stdin = run("--input-format", "jsonl", "-", input=batch.read_bytes())
    assert [json.loads(line)["id"] for line in stdin.stdout.splitlines()] == ["a", "b"]


def test_a_batch_its_bom_does_not_describe_is_one_error(run, tmp_path, good):
    batch = tmp_path / "odd.jsonl"
    batch.write_bytes(b"\xff\xfe{\x00\n")
    result = run("--format", "json", batch, good)
    assert result.exit_code == 2
    assert _errors(result) == [f"quotecheck: error: {batch}: not valid UTF-16 text despite its byte-order mark"]
    assert [r["source"] for r in _reports(result)] == [str(good)]


def test_a_record_may_hold_a_raw_line_separator(tmp_path):
    # Guard: only "\n" ends a record; a raw U+2028 or CR inside the first line does not.
    batch = tmp_path / "raw.jsonl"
    batch.write_bytes('{"id": "a",\r"text": "He said\u2028it was unfair."}\n{"id": "b", "text": "x"}'.encode())
    items = list(read_inputs([str(batch)]))
    assert [(item.id, item.source) for item in items] == [("a", f"{batch}:1"), ("b", f"{batch}:2")]
