"""The command line: exit codes, formats, bad input, batches."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotecheck.schema import validate

ARTICLE = 'The port will reopen.\n\n"We are ready when they are," Varga told the agency.\n'


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_table_report(run, article):
    result = run(str(article))
    assert result.exit_code == 0
    assert "Varga" in result.output and "We are ready when they are" in result.output


def test_article_text_is_never_markup(run, tmp_path):
    path = tmp_path / "sic.txt"
    path.write_text('"We [sic] agree on [bold]everything[/bold]," Varga said.\n', encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0
    assert "[sic]" in result.output and "[bold]everything[/bold]" in result.output


def test_json_validates_and_offsets_hold(run, article):
    result = run("--format", "json", "--include-text", str(article))
    assert result.exit_code == 0
    data = json.loads(result.output)
    validate(data)
    (quote,) = data["quotes"]
    for part in quote["content"]:
        assert data["text"][part["start"] : part["end"]] == part["text"]


def test_standard_input(run):
    result = run("--format", "json", "-", input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.output)["quotes"][0]["speaker"]["text"] == "Varga"


def test_several_files_give_an_array(run, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text('"No," Vogel said.\n', encoding="utf-8")
    result = run("--format", "json", str(article), str(other))
    data = json.loads(result.output)
    validate(data)
    assert [d["id"] for d in data] == ["article.txt", "other.txt"]


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(b"", "empty input", id="empty"),
        pytest.param(b"\x00\x01\x02binary\x00", "not a text file", id="binary"),
    ],
)
def test_bad_file_is_one_line_and_exit_2(run, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(str(path))
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_missing_file(run, tmp_path):
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_windows_1252_file_is_read(run, tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("\u201cWe are ready,\u201d Varga said.\n".encode("cp1252"))
    result = run("--format", "json", str(path))
    assert result.exit_code == 0
    assert json.loads(result.output)["quotes"][0]["content"][0]["text"] == "\u201cWe are ready,\u201d"


def test_batch_goes_on_past_a_bad_file(run, article, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run("--format", "jsonl", str(bad), str(article))
    assert result.exit_code == 2
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == "article.txt"


def test_jsonl_batch_keeps_ids_and_reports_bad_lines(run, tmp_path):
    batch = tmp_path / "batch.jsonl"
    records = [{"id": "r1", "text": '"Yes," Vogel said.'}, "oops", {"id": "r3", "text": "Nothing quoted."}]
    batch.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run(str(batch))
    assert result.exit_code == 2
    assert "batch.jsonl:2" in result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in reports] == ["r1", "r3"]
    for report in reports:
        validate(report)


def test_no_arguments_is_a_usage_error(run):
    result = run()
    assert result.exit_code == 2


def test_unknown_option_is_a_usage_error(run, article):
    result = run("--no-such-option", str(article))
    assert result.exit_code == 2


def test_eval_rejects_a_bad_gold_file_in_one_line(run, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "d1", "text": "abc", "quotes": [{"type": "direct", "content": {"start": 0, "end": 2, "text": "x"}}]}\n', encoding="utf-8")
    result = run("eval", str(path))
    assert result.exit_code == 2
    assert "gold.jsonl:1" in result.stderr and result.stderr.count("\n") == 1


def test_eval_command(run, tmp_path):
    text = '"We are ready," Varga said.'

    def span(piece):
        start = text.index(piece)
        return {"start": start, "end": start + len(piece), "text": piece}

    gold = {"id": "d1", "text": text, "quotes": [{"type": "direct", "content": span('"We are ready,"'),
            "speaker": span("Varga"), "cue": span("said"), "speaker_name": None}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = run("eval", "--format", "json", str(path))
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["overlap"]["f1"] == 1.0 and scores["speaker"]["accuracy"] == 1.0


# -- editors' reports -------------------------------------------------------------------------


def test_html_report_is_one_file_per_run(run, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text('"No," Vogel said.\n', encoding="utf-8")
    out = tmp_path / "report.html"
    result = run("--format", "html", "-o", str(out), str(article), str(other))
    assert result.exit_code == 0 and result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.count("<!DOCTYPE html>") == 1 and page.count('<section class="article"') == 2
    assert "quote q1 (direct)" in page and "Vogel" in page and "Varga" in page


def test_html_report_names_the_input_that_failed(run, article, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = run("--format", "html", str(bad), str(article))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "bad.txt: not a text file" in result.stderr
    assert '<section class="failed">' in result.stdout and "bad.txt: not a text file" in result.stdout
    assert result.stdout.count('<section class="article"') == 1


def test_markdown_checklist(run, article, tmp_path):
    result = run("--format", "markdown", str(article))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("### quotecheck: ") and lines[0].endswith("article.txt")
    (item,) = [line for line in lines if line.startswith("- [ ] **q1** direct")]
    assert "**Varga**" in item and '"We are ready when they are,"' in item


def test_output_to_a_missing_directory_is_one_line(run, article, tmp_path):
    result = run("--format", "html", "-o", str(tmp_path / "no" / "such" / "report.html"), str(article))
    assert result.exit_code == 2
    assert result.stderr.startswith("quotecheck: error: cannot write") and result.stderr.count("\n") == 1


def test_an_internal_error_is_one_line(run, article, monkeypatch):
    import quotecheck.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("stage fell over\nsecond line")

    monkeypatch.setattr(quotecheck.pipeline, "analyze_stream", broken)
    result = run(str(article))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "internal error (RuntimeError: stage fell over)" in result.stderr
    monkeypatch.setenv("QUOTECHECK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run(str(article))


# -- real input: directories, globs, encodings, JSONL -------------------------------------------


def _tree(root):
    (root / "a.txt").write_text('"Yes," Vogel said.\n', encoding="utf-8")
    (root / "deep" / "er").mkdir(parents=True)
    (root / "deep" / "b.md").write_text('"No," Varga said.\n', encoding="utf-8")
    (root / "deep" / "er" / "c.html").write_text(
        "<html><head><title>T</title></head><body><nav>Menu Home</nav><article><p>"
        "The harbour reopened on Monday after a week of repairs to the quay.</p><p>"
        '"It took longer than we hoped," said Ines Duarte, the harbour master.</p></article></body></html>',
        encoding="utf-8",
    )
    (root / "deep" / "empty.txt").write_bytes(b"")
    (root / "deep" / "notes.csv").write_text("not,an,article\n", encoding="utf-8")


def test_directory_is_read_recursively_and_goes_on_past_a_bad_file(run, tmp_path):
    _tree(tmp_path)
    result = run("--format", "jsonl", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "empty.txt: empty input" in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a.txt", "b.md", "c.html"]


@pytest.mark.parametrize(
    "pattern, ids",
    [
        pytest.param("**/*.txt", ["a.txt"], id="recursive-txt"),  # empty.txt fails, notes.csv is not matched
        pytest.param("deep/*.md", ["b.md"], id="one-level"),
        pytest.param("deep/**/*.html", ["c.html"], id="recursive-html"),
    ],
)
def test_globs(run, tmp_path, monkeypatch, pattern, ids):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("--format", "jsonl", pattern)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_glob_matching_nothing_fails_alone(run, article, tmp_path):
    result = run("--format", "jsonl", str(tmp_path / "*.nothing"), str(article))
    assert result.exit_code == 2 and "no file matches this pattern" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: b"\xfe\xff" + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.encode("cp1252"), id="windows-1252"),
    ],
)
def test_encodings_give_the_same_report(run, tmp_path, encode):
    text = "\u201cWe are ready,\u201d Varga said. Caf\u00e9 owners agreed.\n"
    path = tmp_path / "enc.txt"
    path.write_bytes(encode(text))
    result = run("--format", "json", "--include-text", str(path))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["text"] == text
    assert data["quotes"][0]["content"][0]["text"] == "\u201cWe are ready,\u201d"


def test_jsonl_keeps_everything_before_a_bad_line_in_order(run, tmp_path):
    batch = tmp_path / "batch.jsonl"
    good = [{"id": f"r{i}", "text": f'"Point {i}," Vogel said.'} for i in range(1, 6)]
    lines = [json.dumps(r) for r in good[:3]] + ['{"id": "broken", "text": '] + [json.dumps(r) for r in good[3:]]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "reports.jsonl"
    result = run(str(batch), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"quotecheck: error: {batch}:4: not JSON (Expecting value at the end of the line)\n"
    reports = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in reports] == ["r1", "r2", "r3", "r4", "r5"]
    assert [r["source"] for r in reports][:3] == [f"{batch}:{n}" for n in (1, 2, 3)]


@pytest.mark.parametrize(
    "line, reason",
    [
        pytest.param(b"[1, 2]", "a record must be a JSON object", id="array"),
        pytest.param(b'{"id": "x"}', 'a record needs a "text" string', id="no-text"),
        pytest.param(b'{"text": 5}', 'a record needs a "text" string', id="text-not-string"),
        pytest.param(b"\xff\xfe not utf-8", "not UTF-8", id="bytes"),
    ],
)
def test_jsonl_bad_line_by_number(run, tmp_path, line, reason):
    batch = tmp_path / "b.jsonl"
    batch.write_bytes(b'{"id": "one", "text": "Hello."}\n' + line + b'\n{"id": "three", "text": "Bye."}\n')
    result = run(str(batch))
    assert result.exit_code == 2
    assert f"b.jsonl:2: {reason}" in result.stderr and result.stderr.count("\n") == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["one", "three"]


def test_jsonl_record_with_empty_text_is_a_bad_record(run, tmp_path):
    # As an empty file is: "no article" must not pass for "no quotes"; the good record still runs.
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "blank", "text": " "}\n{"id": "two", "text": "\\"Yes,\\" Ana said."}\n', encoding="utf-8")
    result = run(str(batch))
    assert result.exit_code == 2
    assert result.stderr == f'quotecheck: error: {batch}:1: empty "text": there is no article to check\n'
    (second,) = (json.loads(x) for x in result.stdout.splitlines())
    assert second["id"] == "two" and len(second["quotes"]) == 1


def test_empty_standard_input(run):
    result = run("-", input="")
    assert result.exit_code == 2 and "<stdin>: empty input" in result.stderr


def test_large_input_streams_through(run, tmp_path, samples_dir):
    body = "\n\n".join((samples_dir / f"{name}.txt").read_text(encoding="utf-8") for name in ("harbour-strike", "pipeline-deal-wire", "river-council"))
    path = tmp_path / "large.txt"
    path.write_text("\n\n".join([body] * 12), encoding="utf-8")  # about 60 kB, 500 quotes
    result = run("--format", "json", "--include-text", str(path))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert len(data["quotes"]) > 12 * 30
    for quote in data["quotes"]:
        for part in quote["content"]:
            assert data["text"][part["start"] : part["end"]] == part["text"]


# -- the common path stays light --------------------------------------------------------------


def test_plain_check_imports_no_optional_library(article):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from quotecheck.cli import main\n"
        f"try:\n    main([{str(article)!r}])\nexcept SystemExit as exc:\n    code = exc.code\n"
        "heavy = [m for m in ('trafilatura', 'jsonschema', 'textacy', 'markdown_it', 'quotecheck.render.html') if m in sys.modules]\n"
        "print('EXIT', code, 'HEAVY', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "EXIT 0 HEAVY []", result.stderr


def test_closed_pipe_ends_quietly(tmp_path, samples_dir):
    import subprocess
    import sys

    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([(samples_dir / "harbour-strike.txt").read_text(encoding="utf-8")] * 20), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "--format", "jsonl", str(path), str(path), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in stderr and "Broken pipe" not in stderr


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"], ids=["line-separator", "paragraph-separator", "next-line"])
def test_jsonl_output_stays_one_line_per_report_for_any_reader(run, tmp_path, char):
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "odd", "text": f'"Yes,{char}" Ana said.'}) + "\n" + json.dumps({"id": "two", "text": "Fine."}) + "\n", encoding="utf-8")
    result = run(str(batch), "--include-text")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()  # str.splitlines breaks at these characters too
    assert [json.loads(line)["id"] for line in lines] == ["odd", "two"]
    assert json.loads(lines[0])["text"] == f'"Yes,{char}" Ana said.'


def test_jsonl_line_with_an_unpaired_surrogate_is_refused_alone(run, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "bad", "text": "\\"Hi \\ud800,\\" Ana said."}\n{"id": "good", "text": "Fine."}\n', encoding="utf-8")
    result = run(str(batch))
    assert result.exit_code == 2
    assert "b.jsonl:1: " in result.stderr and "unpaired surrogate" in result.stderr and result.stderr.count("\n") == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]


def test_machine_formats_are_utf8_whatever_the_locale(article):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run([sys.executable, "-m", "quotecheck", "--format", "markdown", str(article)],
                            capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "chain: Varga → told agency → this article" in result.stdout.decode("utf-8")


@pytest.mark.parametrize(
    "name, starts",
    [
        pytest.param("report.html", "<!DOCTYPE html>", id="html"),
        pytest.param("notes.md", "### quotecheck: ", id="markdown"),
        pytest.param("report.json", "{", id="json"),
        pytest.param("report.txt", "╭─", id="other-ending-table"),
    ],
)
def test_output_ending_chooses_the_format(run, article, tmp_path, name, starts):
    out = tmp_path / name
    result = run("-o", str(out), str(article))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_explicit_format_beats_the_output_ending(run, article, tmp_path):
    out = tmp_path / "report.html"
    assert run("--format", "markdown", "-o", str(out), str(article)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("### quotecheck: ")


def test_checking_an_article_never_imports_spark(article):
    code = (
        "import sys\n"
        "from quotecheck.cli import main\n"
        "try:\n"
        "    main([sys.argv[1]])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j', 'pyarrow', 'pandas')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Varga" in done.stdout
    assert done.stdout.strip().endswith("[]")


def test_spark_command_without_pyspark_says_what_to_install(tmp_path):
    code = (
        "import sys\n"
        "sys.modules['pyspark'] = None  # as if PySpark were not installed\n"
        "from quotecheck.cli import main\n"
        "main(['spark', 'in.jsonl', 'out'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    assert "pip install 'quotecheck-news[spark]'" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


_BLAS_PROBE = """
import os, sys
{before}
from quotecheck import cli
cli._single_threaded_blas()
print(os.environ.get("OMP_NUM_THREADS"))
"""


@pytest.mark.parametrize(
    ("before", "env", "expected"),
    [
        pytest.param("", {}, "1", id="cli-chooses-one-thread"),
        pytest.param("", {"OMP_NUM_THREADS": "3"}, "3", id="user-choice-wins"),
        pytest.param("import numpy", {}, "None", id="too-late-left-alone"),
    ],
)
def test_cli_keeps_blas_single_threaded_unless_told(before, env, expected):
    import os

    environ = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"} | env
    code = _BLAS_PROBE.format(before=before)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
