"""The command line on bad input (QA round 12): configuration files that are not UTF-8 or belong to
another tool, file names that are not UTF-8, JSONL records with blank text or odd ids, JSON errors
with their position, one-line usage errors, an empty gold file, control characters in reports,
links to nothing."""

from __future__ import annotations

import json
import os

import pytest

from quotecheck.errors import RecordError
from quotecheck.evaluate import read_gold
from quotecheck.inputs import jsonl_records, parse_record, record_id

ARTICLE = '"We will open the new pier in June," Tomas Vell, the port director, said on Friday.\n'


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _one_error(result, *fragments):
    """The run ended with exit 2 and exactly one error line holding every fragment."""
    lines = result.stderr.splitlines()
    assert result.exit_code == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("quotecheck: error: "), lines
    for fragment in fragments:
        assert fragment in lines[0]


# Configuration files.


def test_config_given_in_latin1_is_one_line_and_exit_2(run, tmp_path, article):
    config = tmp_path / "newsroom.toml"
    config.write_bytes('publisher = "Café Gazette"\n'.encode("latin-1"))
    result = run("--config", str(config), str(article))
    _one_error(result, "newsroom.toml: not UTF-8 text")


def test_config_found_in_latin1_is_one_line_and_exit_2(run, tmp_path, article, monkeypatch):
    (tmp_path / "quotecheck.toml").write_bytes('publisher = "Café Gazette"\n'.encode("latin-1"))
    monkeypatch.chdir(tmp_path)
    result = run("--format", "jsonl", str(article))
    _one_error(result, "quotecheck.toml: not UTF-8 text")


@pytest.mark.parametrize(
    ("name", "content"),
    [("pyproject.toml", "[tool.black]\nline =\n"), ("setup.cfg", "[flake8\nmax-line-length = 99\n")],
    ids=["pyproject", "setup-cfg"],
)
def test_another_tools_broken_file_above_is_passed_over_with_a_warning(run, tmp_path, article, monkeypatch, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    work = tmp_path / "desk"
    work.mkdir()
    monkeypatch.chdir(work)
    result = run("--format", "jsonl", str(article))
    assert result.exit_code == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("quotecheck: warning: ") and name in line and "passed over" in line
    (report,) = (json.loads(x) for x in result.stdout.splitlines())
    assert report["id"] == "pier.txt"


def test_broken_pyproject_that_names_quotecheck_is_still_an_error(run, tmp_path, article, monkeypatch):
    # Guard: its settings may be the ones meant, so it is not passed over.
    (tmp_path / "pyproject.toml").write_text('[tool.quotecheck]\nfail_on = \n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _one_error(run(str(article)), "pyproject.toml: not valid TOML")


def test_broken_pyproject_given_explicitly_is_an_error(run, tmp_path, article):
    # Guard: a file named with --config is always meant.
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.black]\nline =\n", encoding="utf-8")
    _one_error(run("--config", str(config), str(article)), "not valid TOML")


# File names and links under a directory.


def test_file_name_not_utf8_keeps_jsonl_valid(run, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / os.fsdecode(b"r\xffport.txt")).write_text(ARTICLE, encoding="utf-8")
    result = run("--format", "jsonl", str(folder))
    assert result.exit_code == 0
    (report,) = (json.loads(x) for x in result.stdout_bytes.decode("utf-8").splitlines())
    assert report["id"] == "r\\xffport.txt"
    assert report["source"].endswith("desk/r\\xffport.txt")


def test_link_to_nothing_in_a_directory_is_a_warning(run, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    result = run("--format", "jsonl", str(folder))
    assert result.exit_code == 0
    assert result.stderr == f"quotecheck: warning: {folder / 'gone.txt'}: a symbolic link to nothing; passed over\n"
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["pier.txt"]


# JSONL records.


def _batch(tmp_path, *records):
    path = tmp_path / "desk.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("text", ["", "  \n\t "], ids=["empty", "whitespace"])
def test_blank_record_text_is_a_bad_record_and_the_others_run(run, tmp_path, text):
    path = _batch(tmp_path, {"id": "blank", "text": text}, {"id": "pier", "text": ARTICLE})
    result = run(str(path))
    _one_error(result, f"{path}:1: ", "empty \"text\": there is no article to check")
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["pier"]


@pytest.mark.parametrize(
    ("rid", "reason"),
    [({"a": 1}, "not an object"), ([1], "not an array"), (True, "not true")],
    ids=["object", "array", "boolean"],
)
def test_record_id_that_is_not_a_string_or_number_is_a_bad_record(run, tmp_path, rid, reason):
    path = _batch(tmp_path, {"id": rid, "text": ARTICLE}, {"id": "pier", "text": ARTICLE})
    result = run(str(path))
    _one_error(result, f"{path}:1: ", '"id" must be a string or a number', reason)
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["pier"]


def test_record_ids_numbers_as_written_and_none_as_null(tmp_path):
    lines = [json.dumps(r).encode() for r in ({"id": 7, "text": "A."}, {"id": 2.5, "text": "B."}, {"text": "C."}, {"id": None, "text": "D."})]
    articles = list(jsonl_records(lines, source="desk.jsonl"))
    assert [(a.id, a.source) for a in articles] == [("7", "desk.jsonl:1"), ("2.5", "desk.jsonl:2"), (None, "desk.jsonl:3"), (None, "desk.jsonl:4")]


def test_missing_id_cannot_collide_with_a_real_id(run, tmp_path):
    path = _batch(tmp_path, {"text": ARTICLE}, {"id": "1", "text": ARTICLE})
    result = run(str(path))
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [None, "1"]


def test_record_id_keeps_a_string_as_given():
    # Guard.
    (article,) = jsonl_records([b'{"id": " a-1 ", "text": "A."}'], source="desk.jsonl")
    assert article.id == " a-1 "


def test_record_id_of_a_number_is_its_json():
    assert [record_id({"id": value}) for value in (7, -0.5, 1e21)] == ["7", "-0.5", "1e+21"]
    with pytest.raises(ValueError, match="not a number out of range"):
        record_id({"id": float("inf")})


def test_json_error_says_where(run, tmp_path):
    line = '{"id": "tab", "text": "a\tb"}'
    path = _batch(tmp_path, line, {"id": "pier", "text": ARTICLE})
    result = run(str(path))
    _one_error(result, f"{path}:1: not JSON (Invalid control character at column {line.index(chr(9)) + 1})")


def test_json_error_at_the_end_of_a_cut_line():
    with pytest.raises(ValueError, match=r"^not JSON \(Expecting value at the end of the line\)$"):
        parse_record('{"id": "cut", "text": \n')


def test_gold_json_error_says_where(tmp_path):
    gold = tmp_path / "gold.jsonl"
    line = '{"id": "g1", "text": "a\tb", "quotes": []}'
    gold.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=rf":1: not JSON \(Invalid control character at column {line.index(chr(9)) + 1}\)$"):
        list(read_gold(gold))


# Standard input.


def test_jsonl_on_standard_input_gets_a_hint(run):
    batch = json.dumps({"id": "pier", "text": ARTICLE}) + "\n"
    result = run("--format", "jsonl", "-", input=batch)
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("quotecheck: warning: <stdin>:") and "--input-format jsonl" in line


def test_jsonl_on_standard_input_with_input_format(run):
    # Guard: the way the README gives to pipe a batch.
    batch = json.dumps({"id": "pier", "text": ARTICLE}) + "\n" + json.dumps({"id": "two", "text": ARTICLE}) + "\n"
    result = run("--input-format", "jsonl", "-", input=batch)
    assert result.exit_code == 0 and result.stderr == ""
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["pier", "two"]


def test_plain_article_on_standard_input_gets_no_hint(run):
    # Guard.
    result = run("--format", "jsonl", "-", input='{braces} open this article.\n\n' + ARTICLE)
    assert result.exit_code == 0 and result.stderr == ""


# Usage errors.


@pytest.mark.parametrize(
    "args",
    [("--fail-on", "bogus", "x.txt"), ("--no-such-option", "x.txt"), ("eval", "missing-gold.jsonl"), ("--jobs", "0", "x.txt")],
    ids=["bad-choice", "unknown-option", "missing-gold", "out-of-range"],
)
def test_usage_error_is_one_line_and_exit_2(run, args):
    result = run(*args)
    _one_error(result, "--help")
    assert "Usage:" not in result.output


def test_output_to_a_directory_is_one_line(run, tmp_path, article):
    _one_error(run("-o", str(tmp_path), str(article)), "is a directory")


def test_help_still_shows_usage(run):
    # Guard.
    result = run("check", "--help")
    assert result.exit_code == 0 and result.output.startswith("Usage:")


# eval.


def test_eval_on_an_empty_gold_file_is_an_error(run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n\n", encoding="utf-8")
    result = run("eval", str(gold))
    _one_error(result, "no gold documents")


# Control characters in reports.


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_nul_in_article_is_shown_not_copied(run, tmp_path, fmt):
    path = _batch(tmp_path, {"id": "nul", "text": '"We will open the pier \u0000 in June," Tomas Vell said.'})
    result = run("--format", fmt, str(path))
    assert result.exit_code == 0
    assert "\x00" not in result.stdout and "\u2400" in result.stdout


def test_markdown_lists_records_that_were_not_checked(run, tmp_path):
    # Guard: as the HTML page does.
    path = _batch(tmp_path, {"id": "pier", "text": ARTICLE}, {"id": "num", "text": 5})
    result = run("--format", "markdown", str(path))
    assert result.exit_code == 2
    assert "**Not checked**" in result.stdout and 'desk.jsonl:2: a record needs a "text" string' in result.stdout
