"""The command line: exit codes, formats, bad input, batches."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quotecheck.cli import main
from quotecheck.schema import validate

ARTICLE = 'The port will reopen.\n\n"We are ready when they are," Varga told the agency.\n'


@pytest.fixture()
def run(nlp):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


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
