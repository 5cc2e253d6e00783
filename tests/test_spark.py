"""quotecheck on Spark, in local mode (``local[2]``): the rows Spark produces equal the
single-machine reports record for record; the schemas mirror the JSON schema; bad records and bad
calls; the ``quotecheck spark`` command and ``spark-submit``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[test,spark]')")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from pyspark.sql.types import (  # noqa: E402
    ArrayType,
    DataType,
    DoubleType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)

from quotecheck.cli import main  # noqa: E402
from quotecheck.errors import InputError  # noqa: E402
from quotecheck.inputs import Problem, jsonl_records  # noqa: E402
from quotecheck.model import Finding, Span  # noqa: E402
from quotecheck.pipeline import Article, analyze, analyze_stream  # noqa: E402
from quotecheck.schema import report_schema  # noqa: E402
from quotecheck.spark import (  # noqa: E402
    DOCUMENTS,
    FINDING,
    FINDINGS,
    PUBLISHER,
    QUOTE,
    QUOTES,
    RECORDS,
    REPORT,
    extract,
    findings_of,
    quotes_of,
)
from quotecheck.spark import rows  # noqa: E402
from quotecheck.spark.schema import arrow_schema  # noqa: E402

from .conftest import ROOT, SAMPLES  # noqa: E402

SAMPLE_IDS = [p.stem for p in sorted(SAMPLES.glob("*.txt"))]
#: (id, text, publisher): the sample articles and some awkward records.
ARTICLES = [(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted(SAMPLES.glob("*.txt"))] + [
    ("empty", "", None),
    ("blank", "  \n\n \t", None),
    ("null", None, None),
    ("told-agency", '"We are ready when they are," Varga told the agency.\n', "Daily Ledger"),
    ("unclosed", "“We will not move, Ma said at the port.\n\nThe strike goes on, the union said.\n", None),
    ("non-ascii", "«Nous sommes prêts», a dit Varga. “Ja, 🙂 genau,” sagte Vogel. “We agree,” Ma said.\n", None),
]
ANALYSED = [a for a in ARTICLES if a[1] is not None]
TABLES = ("quotes", "findings", "documents")


def _strip(row: dict) -> dict:
    """A quote or finding row without the columns the JSON object does not have."""
    return {k: v for k, v in row.items() if k not in ("doc_id", "index", "content_text")}


def _of(table: list[dict], doc_id: str) -> list[dict]:
    found = sorted((r for r in table if r["doc_id"] == doc_id), key=lambda r: r["index"])
    assert [r["index"] for r in found] == list(range(len(found)))
    return found


@pytest.fixture(scope="module")
def single(nlp) -> dict[str, dict]:
    """The single-machine reports, by id."""
    articles = [Article(text=text, id=i, publisher=pub) for i, text, pub in ANALYSED]
    return {r.id: r.to_dict() for r in analyze_stream(articles, nlp=nlp)}


@pytest.fixture(scope="module")
def tables(spark) -> dict[str, list[dict]]:
    """The three tables Spark makes of ARTICLES, collected as dicts."""
    df = spark.createDataFrame(ARTICLES, "id string, text string, publisher string")
    extraction = extract(df, publisher_col="publisher", batch_size=8, partitions=2)
    try:
        yield {name: [r.asDict(recursive=True) for r in getattr(extraction, name).collect()] for name in TABLES}
    finally:
        extraction.unpersist()


# ------------------------------------------------------------------------------------------
# Record for record against the single-machine reports
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", [a[0] for a in ANALYSED], ids=[a[0] for a in ANALYSED])
def test_quote_rows_equal_the_single_machine_report(doc_id, tables, single):
    found = _of(tables["quotes"], doc_id)
    for row in found:
        assert row["content_text"] == " ".join(part["text"] for part in row["content"])
    assert [_strip(r) for r in found] == single[doc_id]["quotes"]
    if doc_id in SAMPLE_IDS:
        assert found, "a sample article without quotes proves nothing"


@pytest.mark.parametrize("doc_id", [a[0] for a in ANALYSED], ids=[a[0] for a in ANALYSED])
def test_finding_rows_equal_the_single_machine_report(doc_id, tables, single):
    assert [_strip(r) for r in _of(tables["findings"], doc_id)] == single[doc_id]["findings"]


@pytest.mark.parametrize("doc_id, text, publisher", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_one_documents_row_per_record(doc_id, text, publisher, tables, single):
    (doc,) = [d for d in tables["documents"] if d["doc_id"] == doc_id]
    if text is None:
        assert doc == {"doc_id": doc_id, "length": None, "publisher": None, "quote_count": 0, "finding_count": 0, "error": rows.NULL_TEXT}
    else:
        report = single[doc_id]
        assert doc == {
            "doc_id": doc_id,
            "length": report["length"],
            "publisher": report["publisher"],
            "quote_count": len(report["quotes"]),
            "finding_count": len(report["findings"]),
            "error": None,
        }


def test_no_rows_but_the_records(tables):
    assert sorted(d["doc_id"] for d in tables["documents"]) == sorted(a[0] for a in ARTICLES)
    known = {a[0] for a in ANALYSED}
    assert {r["doc_id"] for r in tables["quotes"] + tables["findings"]} <= known


def test_the_tables_read_one_persisted_analysis(spark, capsys):
    extraction = extract(spark.createDataFrame([("a", "x")], "id string, text string"))
    try:
        for table in TABLES:
            getattr(extraction, table).explain()
            plan = capsys.readouterr().out
            assert "InMemoryTableScan" in plan, table
    finally:
        extraction.unpersist()


def test_what_the_executors_get_holds_no_pipeline(nlp):
    from pyspark import cloudpickle

    blob = cloudpickle.dumps(rows.arrow_worker(rows.Options(model="en_core_web_sm", batch_size=8)))
    assert b"quotecheck.spark.rows" in blob and b"analyze_arrow" in blob
    assert b"spacy" not in blob and len(blob) < 1_000
    function = cloudpickle.loads(blob)
    assert function.keywords["options"] == rows.Options(model="en_core_web_sm", batch_size=8)


@pytest.mark.parametrize("own", [None, "background_thread:true"], ids=["unset", "set-by-the-user"])
def test_workers_run_without_jemallocs_thread_unless_told_otherwise(spark, own):
    from quotecheck.spark.job import WORKER_ENVIRONMENT

    environment = spark.sparkContext.environment
    saved = dict(environment)
    try:
        for name in WORKER_ENVIRONMENT:
            environment.pop(name, None)
            if own is not None:
                environment[name] = own
        extract(spark.createDataFrame([], "id string, text string"), persist=False)
        for name, value in WORKER_ENVIRONMENT.items():
            assert environment[name] == (own or value)
    finally:
        environment.clear()
        environment.update(saved)


def test_findings_and_chains_survive_arrow_and_parquet(spark, nlp, tmp_path):
    """The executors' Arrow batches, written and read back by Spark, keep every nested field:
    here with findings (which the rules may not produce yet) and a quote with a full chain."""
    text = (SAMPLES / "pipeline-deal-wire.txt").read_text(encoding="utf-8")
    report = analyze(text, nlp=nlp, id="wire")
    assert any(q.via for q in report.quotes) and any(q.recipient for q in report.quotes)
    report = report.with_findings(
        [
            Finding("QC001", "warning", "Quote q1 has no named speaker.", "Name the speaker.", quote="q1", span=report.quotes[0].content[0]),
            Finding("QC900", "info", "Über “quotes”.", "Nothing.", quote=None, span=None),
            Finding("QC002", "error", "Unbalanced mark.", "Close it.", quote=None, span=Span.of(text, 0, 4)),
        ]
    )
    batch = pa.RecordBatch.from_pylist([rows.report_row(report)], schema=arrow_schema(REPORT))
    pq.write_table(pa.Table.from_batches([batch]), tmp_path / "reports.parquet")
    reports = spark.read.schema(REPORT).parquet(str(tmp_path / "reports.parquet"))
    data = report.to_dict()
    quotes = [r.asDict(recursive=True) for r in quotes_of(reports).orderBy("index").collect()]
    findings = [r.asDict(recursive=True) for r in findings_of(reports).orderBy("index").collect()]
    assert [_strip(r) for r in quotes] == data["quotes"]
    assert [_strip(r) for r in findings] == data["findings"]
    assert {r["doc_id"] for r in quotes + findings} == {"wire"}


# ------------------------------------------------------------------------------------------
# The schemas
# ------------------------------------------------------------------------------------------


def _from_json_schema(defn: dict, defs: dict) -> tuple[DataType, bool]:
    """The Spark type a JSON Schema definition calls for, and whether it may be null."""
    if "$ref" in defn:
        return _from_json_schema(defs[defn["$ref"].rsplit("/", 1)[1]], defs)
    if "oneOf" in defn:
        options = [o for o in defn["oneOf"] if o.get("type") != "null"]
        assert len(options) == 1, defn
        dtype, _ = _from_json_schema(options[0], defs)
        return dtype, len(options) < len(defn["oneOf"])
    if "enum" in defn or "const" in defn:
        return StringType(), False
    kinds = defn["type"] if isinstance(defn["type"], list) else [defn["type"]]
    nullable = "null" in kinds
    (kind,) = [k for k in kinds if k != "null"]
    if kind == "object":
        fields = []
        for name, sub in defn["properties"].items():
            dtype, null = _from_json_schema(sub, defs)
            fields.append(StructField(name, dtype, null or name not in defn.get("required", ())))
        return StructType(fields), nullable
    if kind == "array":
        return ArrayType(_from_json_schema(defn["items"], defs)[0], containsNull=False), nullable
    return {"string": StringType(), "integer": IntegerType(), "number": DoubleType()}[kind], nullable


def _bare(dtype: DataType) -> DataType:
    """``dtype`` without field metadata (the descriptions)."""
    if isinstance(dtype, StructType):
        return StructType([StructField(f.name, _bare(f.dataType), f.nullable) for f in dtype.fields])
    if isinstance(dtype, ArrayType):
        return ArrayType(_bare(dtype.elementType), dtype.containsNull)
    return dtype


@pytest.mark.parametrize(
    "name, struct, extra",
    [
        pytest.param("quote", QUOTE, {"content_text"}, id="quote"),
        pytest.param("finding", FINDING, set(), id="finding"),
        pytest.param("publisher", PUBLISHER, set(), id="publisher"),
    ],
)
def test_spark_schema_mirrors_the_json_schema(name, struct, extra):
    defs = report_schema()["$defs"]
    expected, _ = _from_json_schema(defs[name], defs)
    assert _bare(StructType([f for f in struct.fields if f.name not in extra])) == expected


@pytest.mark.parametrize(
    "table, nested",
    [pytest.param(QUOTES, QUOTE, id="quotes"), pytest.param(FINDINGS, FINDING, id="findings")],
)
def test_table_is_its_json_object_with_doc_id_and_index(table, nested):
    assert table.fieldNames() == ["doc_id", "index", *nested.fieldNames()]


def _fields(dtype: DataType, path: str = ""):
    if isinstance(dtype, ArrayType):
        yield from _fields(dtype.elementType, path)
    elif isinstance(dtype, StructType):
        for f in dtype.fields:
            yield f"{path}{f.name}", f
            yield from _fields(f.dataType, f"{path}{f.name}.")


@pytest.mark.parametrize(
    "schema",
    [QUOTES, FINDINGS, DOCUMENTS, REPORT, RECORDS],
    ids=["quotes", "findings", "documents", "report", "records"],
)
def test_every_field_is_documented(schema):
    undocumented = [path for path, f in _fields(schema) if not f.metadata.get("comment", "").strip()]
    assert undocumented == []


@pytest.mark.parametrize(
    "table, schema",
    [pytest.param(t, s, id=t) for t, s in zip(TABLES, (QUOTES, FINDINGS, DOCUMENTS))],
)
def test_dataframes_have_the_documented_schemas(spark, table, schema):
    extraction = extract(spark.createDataFrame([], "id string, text string"), persist=False)
    assert getattr(extraction, table).schema == schema
    assert extraction.reports.schema == REPORT


# ------------------------------------------------------------------------------------------
# Bad records and bad calls
# ------------------------------------------------------------------------------------------


def test_ids_become_strings_and_upstream_errors_are_kept(spark):
    df = spark.createDataFrame(
        [(7, '"Yes," Vogel said.', None), (8, '"No," Ma said.', "bad upstream")],
        "n long, body string, problem string",
    )
    extraction = extract(df, id_col="n", text_col="body", error_col="problem")
    try:
        docs = {d.doc_id: d for d in extraction.documents.collect()}
        assert set(docs) == {"7", "8"}
        assert (docs["7"].error, docs["7"].quote_count) == (None, 1)
        assert (docs["8"].error, docs["8"].quote_count) == ("bad upstream", 0)
    finally:
        extraction.unpersist()


@pytest.mark.parametrize(
    "ddl, options, message",
    [
        pytest.param("id string, text int", {}, "holds int, not strings", id="text-not-string"),
        pytest.param("id string, body string", {}, "no text column 'text'", id="no-text-column"),
        pytest.param("key string, text string", {}, "no id column 'id'", id="no-id-column"),
        pytest.param("id string, text string", {"publisher_col": "outlet"}, "no publisher column", id="no-publisher-column"),
    ],
)
def test_bad_calls_are_input_errors(spark, ddl, options, message):
    with pytest.raises(InputError, match=message):
        extract(spark.createDataFrame([], ddl), **options)


class _Breaking:
    """A pipeline that breaks on any paragraph containing BOOM, as a bug or a pathological
    text might break the real one."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def pipe(self, items, **options):
        def checked():
            for text, context in items:
                if "BOOM" in text:
                    raise RuntimeError("the parser broke\nsecond line")
                yield text, context

        return self.nlp.pipe(checked(), **options)


def test_an_article_that_breaks_the_analysis_gets_an_error_row(nlp):
    articles = [
        Article(text='"Yes," Vogel said.', id="a"),
        Article(text='"BOOM," Ma said.', id="b"),
        Article(text='"Maybe," Ma said.', id="c"),
    ]
    got = rows._analyze_window(articles, nlp=_Breaking(nlp), batch_size=4)
    assert [r["doc_id"] for r in got] == ["a", "b", "c"]
    assert got[1] == rows.error_row("b", "analysis failed: RuntimeError: the parser broke")
    for row, article in ((got[0], articles[0]), (got[2], articles[2])):
        assert row == rows.report_row(analyze(article.text, nlp=nlp, id=article.id))
        assert row["quotes"]


def test_records_go_in_windows_and_bad_ones_become_error_rows(nlp):
    records = [
        ("a", '"Yes," Vogel said.', None, None),
        ("b", None, None, None),
        ("c", 42, None, None),
        ("d", '"No," Ma said.', "Daily Ledger", None),
        ("e", "text", None, "not JSON (Expecting value)"),
    ]
    windows = list(rows.analyze_records(records, options=rows.Options(window=2)))
    assert [sorted(r["doc_id"] for r in w) for w in windows] == [["a", "b"], ["c", "d"], ["e"]]
    by_id = {r["doc_id"]: r for w in windows for r in w}
    assert by_id["b"]["error"] == rows.NULL_TEXT
    assert by_id["c"]["error"] == rows.NOT_TEXT
    assert by_id["e"]["error"] == "not JSON (Expecting value)"
    assert by_id["d"]["publisher"]["name"] == "Daily Ledger" and by_id["d"]["error"] is None
    assert all(by_id[k]["quotes"] == [] for k in "bce")


LINES = [
    pytest.param('{"id": "a", "text": "One."}', id="good"),
    pytest.param('{"id": 3, "text": "Three.", "publisher": "Daily Ledger"}', id="number-id-and-publisher"),
    pytest.param('{"id": "p", "text": "P.", "publisher": 5}', id="publisher-not-a-string"),
    pytest.param("\ufeff" + '{"id": "bom", "text": "B."}', id="byte-order-mark"),
    pytest.param("not json", id="not-json"),
    pytest.param("[1, 2]", id="not-an-object"),
    pytest.param('{"id": "n", "text": null}', id="null-text"),
    pytest.param('{"id": "i", "text": 5}', id="number-text"),
    pytest.param('{"id": "o", "body": "no text key"}', id="no-text"),
]


@pytest.mark.parametrize("line", LINES)
def test_jsonl_lines_are_judged_as_the_single_machine_judges_them(line):
    (batch,) = rows.parse_lines([pa.RecordBatch.from_pylist([{"value": line}])])
    (got,) = batch.to_pylist()
    (want,) = jsonl_records([line.encode("utf-8")], source="batch.jsonl")
    if isinstance(want, Problem):
        assert (got["text"], got["error"]) == (None, want.error.reason)
    else:
        assert got == {"doc_id": want.id, "text": want.text, "publisher": want.publisher, "error": None}
    expected_id = json.loads(line.lstrip("\ufeff")).get("id") if line.lstrip("\ufeff").startswith("{") else None
    assert got["doc_id"] == (None if expected_id is None else str(expected_id))


def test_jsonl_keys_can_be_renamed():
    line = json.dumps({"url": 7, "body": "B.", "outlet": "Daily Ledger", "publisher": "Other"})
    (batch,) = rows.parse_lines([pa.RecordBatch.from_pylist([{"value": line}])], id_key="url", text_key="body", publisher_key="outlet")
    assert batch.to_pylist() == [{"doc_id": "7", "text": "B.", "publisher": "Daily Ledger", "error": None}]


def test_blank_lines_are_skipped():
    (batch,) = rows.parse_lines([pa.RecordBatch.from_pylist([{"value": ""}, {"value": "  "}, {"value": '{"text": "x"}'}])])
    assert batch.to_pylist() == [{"doc_id": None, "text": "x", "publisher": None, "error": None}]


# ------------------------------------------------------------------------------------------
# quotecheck spark INPUT OUTPUT
# ------------------------------------------------------------------------------------------


def _tree(directory: Path, names: tuple[str, ...]) -> Path:
    directory.mkdir()
    for name in names:
        (directory / name).write_bytes(b"")
    return directory


@pytest.mark.parametrize(
    "make, requested, expected",
    [
        pytest.param(lambda d: "a.jsonl", "auto", "jsonl", id="jsonl"),
        pytest.param(lambda d: "a.NDJSON", "auto", "jsonl", id="ndjson"),
        pytest.param(lambda d: "s3a://archive/2016/a.jsonl.gz", "auto", "jsonl", id="gzipped-remote-jsonl"),
        pytest.param(lambda d: "a.parquet", "auto", "parquet", id="parquet"),
        pytest.param(lambda d: str(_tree(d / "j", ("part-0.json", "part-1.json.gz", "_SUCCESS", ".part-0.json.crc"))), "auto", "jsonl", id="spark-json-directory"),
        pytest.param(lambda d: str(_tree(d / "p", ("part-0.snappy.parquet", "_SUCCESS"))), "auto", "parquet", id="spark-parquet-directory"),
        pytest.param(lambda d: "a.txt", "jsonl", "jsonl", id="as-requested"),
        pytest.param(lambda d: "a.txt", "auto", None, id="text"),
        pytest.param(lambda d: str(_tree(d / "m", ("a.jsonl", "b.parquet"))), "auto", None, id="mixed-directory"),
        pytest.param(lambda d: "hdfs:///archive/articles", "auto", None, id="remote-directory"),
    ],
)
def test_input_format(tmp_path, make, requested, expected):
    from quotecheck.spark.job import input_format

    path = make(tmp_path)
    if expected is None:
        with pytest.raises(InputError, match="give --input-format"):
            input_format(path, requested)
    else:
        assert input_format(path, requested) == expected


def _read(spark, output: Path) -> dict[str, list[dict]]:
    return {t: [r.asDict(recursive=True) for r in spark.read.parquet(str(output / t)).collect()] for t in TABLES}


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark-cli") / "batch.jsonl"
    lines = [json.dumps({"id": i, "text": t, "publisher": p}, ensure_ascii=False) for i, t, p in ARTICLES]
    lines.insert(2, "oops, not JSON")
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


@pytest.fixture()
def invoke(spark):
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def test_command_on_jsonl_equals_quotecheck_batch(spark, invoke, batch_file, tmp_path):
    reference = invoke(str(batch_file))
    assert reference.exit_code == 2  # the bad lines
    reports = {r["id"]: r for r in map(json.loads, reference.stdout.splitlines())}

    result = invoke("spark", str(batch_file), str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    # The bad line, the record with no text and the two with only whitespace, as the batch has them.
    assert "4 not analysed" in result.stderr and result.stderr.count("\n") == 1
    got = _read(spark, tmp_path / "out")
    for doc_id, report in reports.items():
        assert [_strip(r) for r in _of(got["quotes"], doc_id)] == report["quotes"], doc_id
        assert [_strip(r) for r in _of(got["findings"], doc_id)] == report["findings"], doc_id
    errors = sorted((d["doc_id"] or "", d["error"]) for d in got["documents"] if d["error"])
    empty = 'empty "text": there is no article to check'
    assert errors == [("", "not JSON (Expecting value at column 1)"), ("blank", empty), ("empty", empty), ("null", 'a record needs a "text" string')]
    assert {d["doc_id"] for d in got["documents"] if not d["error"]} == set(reports)


def test_command_on_parquet_with_other_column_names(spark, invoke, tmp_path, single):
    source = tmp_path / "articles.parquet"
    spark.createDataFrame(ANALYSED, "doc string, body string, publisher string").write.parquet(str(source))
    result = invoke("spark", str(source), str(tmp_path / "out"), "--id-col", "doc", "--text-col", "body", "--partitions", "3")
    assert result.exit_code == 0, result.output
    got = _read(spark, tmp_path / "out")
    for doc_id, report in single.items():
        assert [_strip(r) for r in _of(got["quotes"], doc_id)] == report["quotes"], doc_id
    publishers = {d["doc_id"]: d["publisher"] for d in got["documents"]}
    assert publishers["told-agency"] == {"name": "Daily Ledger", "source": "option", "span": None}


def test_overwrite(spark, invoke, batch_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    refused = invoke("spark", str(batch_file), str(out))
    assert refused.exit_code == 2 and "--overwrite" in refused.stderr
    assert list(out.iterdir()) == []
    replaced = invoke("spark", str(batch_file), str(out), "--overwrite")
    assert replaced.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES)


@pytest.mark.parametrize(
    "make, args, message",
    [
        pytest.param(lambda d: d / "missing.jsonl", [], "no such file", id="missing-input"),
        pytest.param(lambda d: _write(d / "a.txt", "text"), [], "give --input-format", id="unknown-format"),
        pytest.param(lambda d: _write(d / "a.jsonl", '{"text": "x"}\n'), ["--input-format", "parquet"], "is not a Parquet file", id="jsonl-read-as-parquet"),
        pytest.param(lambda d: _write(d / "a.jsonl", '{"text": "x"}\n'), ["--model", "no_such_model"], "ModelNotFound: cannot load spaCy model 'no_such_model'", id="no-such-model"),
        pytest.param(lambda d: _parquet(d), ["--text-col", "body"], "no text column 'body'", id="missing-column"),
    ],
)
def test_command_errors_are_one_line_exit_2(spark, invoke, tmp_path, make, args, message):
    result = invoke("spark", str(make(tmp_path)), str(tmp_path / "out"), *args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _parquet(directory: Path) -> Path:
    path = directory / "in.parquet"
    pq.write_table(pa.table({"id": ["a"], "text": ["x"]}), path)
    return path


def test_spark_submit_runs_the_package_main(batch_file, tmp_path):
    submit = shutil.which("spark-submit", path=os.path.dirname(sys.executable)) or shutil.which("spark-submit")
    if submit is None:
        pytest.skip("no spark-submit next to this Python or on PATH")
    import quotecheck.spark

    script = Path(quotecheck.spark.__file__).with_name("__main__.py")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(
        [submit, "--conf", "spark.ui.enabled=false", str(script), str(batch_file), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # spark-submit passes its Python driver's standard error on to its own standard output.
    assert f"written to {tmp_path / 'out'}" in done.stdout + done.stderr
    quotes = pq.read_table(tmp_path / "out" / "quotes").to_pylist()
    assert len(quotes) > 30
