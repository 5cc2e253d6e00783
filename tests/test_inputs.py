"""Reading articles: encodings, binary refusal, JSONL records, directories and globs."""

from __future__ import annotations

import codecs

import pytest

from quotecheck.errors import InputError
from quotecheck.inputs import Problem, decode, read_inputs
from quotecheck.pipeline import Article

TEXT = "“We will win,” she said. Café."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
        pytest.param(TEXT.encode("utf-32"), id="utf-32-bom"),
    ],
)
def test_decode(data):
    assert decode(data) == TEXT


@pytest.mark.parametrize(
    "data, reason",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t ", "empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file", id="png"),
        pytest.param(bytes(range(1, 32)) * 10, "not a text file", id="control-characters"),
        # FF FE 00 00 looks like UTF-32, but this is UTF-16 opening with U+0000: control characters.
        pytest.param("\x00 ".encode("utf-16-le").join([codecs.BOM_UTF16_LE, b""]), "control characters", id="utf-16-nul"),
        pytest.param(codecs.BOM_UTF32_BE + b"\xff\xff\xff\xff", "despite its byte-order mark", id="bad-utf-32"),
    ],
)
def test_decode_refuses(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data, source="x.txt")


def test_jsonl_bad_line_is_a_problem_in_place(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "a", "text": "One."}\nnot json\n{"id": 3, "text": "Three."}\n{"text": 5}\n', encoding="utf-8")
    items = list(read_inputs([str(batch)]))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article", "Problem"]
    assert items[0].id == "a" and items[2].id == "3"
    assert items[1].error.line == 2 and "not JSON" in str(items[1].error)
    assert items[3].error.line == 4


def test_directories_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Beta.", encoding="utf-8")
    (tmp_path / "sub" / "notes.bin").write_bytes(b"\x00\x01")
    from_dir = [i.text for i in read_inputs([str(tmp_path)]) if isinstance(i, Article)]
    assert from_dir == ["Alpha.", "Beta."]
    from_glob = [i.text for i in read_inputs([str(tmp_path / "*.txt")])]
    assert from_glob == ["Alpha."]
    (missing,) = read_inputs([str(tmp_path / "nope.txt")])
    assert isinstance(missing, Problem) and "no such file" in str(missing.error)
