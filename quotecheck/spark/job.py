"""The driver's side: a DataFrame of articles in; reports, quotes, findings and documents out.

``extract`` analyses each record once, on the executors (``mapInArrow`` over ``rows.analyze_arrow``),
into one ``REPORT`` row per record with the quotes and findings nested; the quotes, findings and
documents tables are selected from it. ``run`` is what ``quotecheck spark INPUT OUTPUT`` does:
read JSONL or Parquet, extract, write three Parquet tables.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from urllib.parse import urlparse

from ..errors import InputError, QuotecheckError
from . import rows
from .schema import DOCUMENTS, FINDINGS, QUOTES, RECORDS, REPORT

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession
    from pyspark.sql.types import StructType

DEFAULT_BATCH_SIZE = 32
TABLES = ("quotes", "findings", "documents")
#: Without --partitions, an input in fewer partitions than this many per core is repartitioned.
TASKS_PER_CORE = 3
#: Spark writes JSON Lines as part-*.json, so .json counts as JSONL too.
_JSONL_ENDINGS = (".jsonl", ".ndjson", ".json")
#: Compression Spark reads transparently, looked through when telling the format by ending.
_COMPRESSED = (".gz", ".bz2", ".zst", ".lz4", ".snappy", ".deflate", ".xz")


@dataclass(frozen=True)
class Extraction:
    """One analysis of a DataFrame of articles, and the tables selected from it.

    ``reports`` is persisted (memory, then disk), so that reading ``quotes``, ``findings`` and
    ``documents`` analyses each article once, not once per table. ``unpersist()`` frees it.
    """

    reports: DataFrame

    @property
    def quotes(self) -> DataFrame:
        return quotes_of(self.reports)

    @property
    def findings(self) -> DataFrame:
        return findings_of(self.reports)

    @property
    def documents(self) -> DataFrame:
        return documents_of(self.reports)

    def unpersist(self) -> None:
        self.reports.unpersist()


#: Set for the Python workers of every Spark function quotecheck creates (unless already set).
#: pyarrow's bundled jemalloc starts a background thread, and a process with a second thread
#: loses glibc malloc's single-thread fast path: spaCy then parses some 12% slower in a worker
#: that runs an Arrow function than in one that does not (see benchmarks/README.md).
WORKER_ENVIRONMENT = {"JE_ARROW_MALLOC_CONF": "background_thread:false"}


def _tune_workers(spark: SparkSession) -> None:
    """Add ``WORKER_ENVIRONMENT`` to what Spark gives the Python workers of functions created
    from now on (their environment is taken when the function is)."""
    from pyspark.errors import PySparkException

    try:
        environment = spark.sparkContext.environment
    except (AttributeError, PySparkException):
        return  # Spark Connect: no SparkContext here, the workers keep their defaults
    for name, value in WORKER_ENVIRONMENT.items():
        environment.setdefault(name, value)


def _column(df: DataFrame, name: str, role: str) -> Column:
    if name not in df.columns:
        raise InputError(f"no {role} column {name!r} in the input (it has: {', '.join(df.columns) or 'no columns'})")
    return df[name]


def extract(
    df: DataFrame,
    *,
    id_col: str = "id",
    text_col: str = "text",
    publisher_col: str | None = None,
    error_col: str | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    partitions: int | None = None,
    persist: bool = True,
) -> Extraction:
    """Analyse every row of ``df``: its ``text_col`` is the article, its ``id_col`` (cast to a
    string) names it in the output, its ``publisher_col`` (if given) is the article's own outlet.

    A row whose text is null, or whose ``error_col`` (if given) is set, is not analysed: it gets a
    documents row with that reason in ``error``, and no quotes. ``model`` names the spaCy
    pipeline each executor loads (default: quotecheck's own choice, see ``load_model``);
    ``partitions`` repartitions the input first.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    text = _column(df, text_col, "text")
    if not isinstance(df.schema[text_col].dataType, StringType):
        raise InputError(f"the text column {text_col!r} holds {df.schema[text_col].dataType.simpleString()}, not strings")
    null = F.lit(None).cast("string")
    records = df.select(
        _column(df, id_col, "id").cast("string").alias("doc_id"),
        text.alias("text"),
        (null if publisher_col is None else _column(df, publisher_col, "publisher").cast("string")).alias("publisher"),
        (null if error_col is None else _column(df, error_col, "error").cast("string")).alias("error"),
    )
    if partitions is not None:
        records = records.repartition(partitions)
    options = rows.Options(model=model, batch_size=batch_size)
    _tune_workers(df.sparkSession)
    reports = records.mapInArrow(rows.arrow_worker(options), REPORT)
    if persist:
        from pyspark import StorageLevel

        reports = reports.persist(StorageLevel.MEMORY_AND_DISK)
    return Extraction(reports)


def extract_quotes(df: DataFrame, **options) -> DataFrame:
    """The quotes table of ``df`` (see ``extract`` for the options)."""
    return extract(df, persist=False, **options).quotes


def extract_findings(df: DataFrame, **options) -> DataFrame:
    """The findings table of ``df`` (see ``extract`` for the options)."""
    return extract(df, persist=False, **options).findings


def _documented(name: str, schema: StructType, column: Column | None = None) -> Column:
    """``column`` (default: the column ``name``) under ``name``, with its description from ``schema``."""
    from pyspark.sql import functions as F

    return (F.col(name) if column is None else column).alias(name, metadata=schema[name].metadata)


def quotes_of(reports: DataFrame) -> DataFrame:
    """One row per quote (schema ``QUOTES``)."""
    from pyspark.sql import functions as F

    exploded = reports.select("doc_id", F.posexplode("quotes").alias("index", "quote"))
    return exploded.select("doc_id", _documented("index", QUOTES), "quote.*")


def findings_of(reports: DataFrame) -> DataFrame:
    """One row per finding (schema ``FINDINGS``)."""
    from pyspark.sql import functions as F

    exploded = reports.select("doc_id", F.posexplode("findings").alias("index", "finding"))
    return exploded.select("doc_id", _documented("index", FINDINGS), "finding.*")


def documents_of(reports: DataFrame) -> DataFrame:
    """One row per input record (schema ``DOCUMENTS``)."""
    from pyspark.sql import functions as F

    return reports.select(
        "doc_id",
        "length",
        "publisher",
        _documented("quote_count", DOCUMENTS, F.size("quotes")),
        _documented("finding_count", DOCUMENTS, F.size("findings")),
        "error",
    )


# ------------------------------------------------------------------------------------------
# Reading, the session, and the whole job
# ------------------------------------------------------------------------------------------


def read_jsonl(
    spark: SparkSession, path: str, *, id_key: str = "id", text_key: str = "text", publisher_key: str = "publisher"
) -> DataFrame:
    """``{"id", "text"}`` lines as ``RECORDS`` rows, each line judged as ``quotecheck batch.jsonl``
    judges it: a line that is not a JSON object with a text string is kept with its reason."""
    lines = spark.read.text(path)
    _tune_workers(spark)
    return lines.mapInArrow(partial(rows.parse_lines, id_key=id_key, text_key=text_key, publisher_key=publisher_key), RECORDS)


def _is_local(path: str) -> bool:
    return urlparse(path).scheme in ("", "file")


def _local(path: str) -> Path:
    return Path(urlparse(path).path if path.startswith("file:") else path)


def input_format(path: str, requested: str = "auto") -> str:
    """``jsonl`` or ``parquet``: as requested, else by the file ending (or, for a local directory,
    by the endings of the files in it)."""
    if requested != "auto":
        return requested
    names = [path.rstrip("/")]
    if _is_local(path) and _local(path).is_dir():
        names = [p.name for p in _local(path).iterdir() if p.is_file() and not p.name.startswith((".", "_"))]
    endings = {_ending(n) for n in names}
    if endings and endings <= set(_JSONL_ENDINGS):
        return "jsonl"
    if endings and endings <= {".parquet"}:
        return "parquet"
    raise InputError(f"cannot tell whether {path} is JSONL or Parquet: give --input-format")


def _ending(name: str) -> str:
    path = Path(name.lower())
    return path.with_suffix("").suffix if path.suffix in _COMPRESSED else path.suffix


@contextmanager
def session(master: str | None = None, *, app_name: str = "quotecheck") -> Iterator[SparkSession]:
    """The active SparkSession, or a new one (stopped at the end): on ``master`` if given; else
    on the master ``spark-submit`` was given; else in local mode on every core (``local[*]``)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    spark = _new_session(master, app_name=app_name)
    try:
        yield spark
    finally:
        spark.stop()


def _new_session(master: str | None, *, app_name: str) -> SparkSession:
    from pyspark.sql import SparkSession

    # spark-submit starts the Python driver with a gateway to its JVM, configured with --master.
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if master is None and not under_submit:
        master = "local[*]"
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    # Input batches of one window each: a batch of long articles stays small in a worker.
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(rows.WINDOW))
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            # Local workers run this interpreter (and so see this environment's quotecheck and
            # model), not whichever python3 comes first on PATH; PySpark reads only the variable.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


@dataclass(frozen=True)
class Summary:
    """What ``run`` wrote."""

    documents: int
    quotes: int
    findings: int
    errors: int
    output: str


def run(
    spark: SparkSession,
    input_path: str,
    output: str,
    *,
    input_format_name: str = "auto",
    id_col: str = "id",
    text_col: str = "text",
    publisher_col: str | None = None,
    partitions: int | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    overwrite: bool = False,
) -> Summary:
    """Read ``input_path`` (JSONL or Parquet), analyse it, and write ``output``/quotes,
    ``output``/findings and ``output``/documents as Parquet."""
    from pyspark.sql import functions as F

    if _is_local(input_path) and not _local(input_path).exists():
        raise InputError("no such file or directory", source=input_path)
    if _is_local(output) and _local(output).exists() and not overwrite:
        raise InputError("already exists (give --overwrite to replace it)", source=output)
    fmt = input_format(input_path, input_format_name)
    if fmt == "jsonl":
        df = read_jsonl(spark, input_path, id_key=id_col, text_key=text_col, publisher_key=publisher_col or "publisher")
        columns = dict(id_col="doc_id", text_col="text", publisher_col="publisher", error_col="error")
    else:
        df = spark.read.parquet(input_path)
        if publisher_col is None and "publisher" in df.columns:
            publisher_col = "publisher"
        columns = dict(id_col=id_col, text_col=text_col, publisher_col=publisher_col)
    spread = TASKS_PER_CORE * spark.sparkContext.defaultParallelism
    if partitions is None and df.rdd.getNumPartitions() < spread:
        # A file smaller than one input split is one partition: spread it over every core, a few
        # tasks each, so that a core whose articles happen to be long does not hold up the rest.
        partitions = spread
    extraction = extract(df, model=model, batch_size=batch_size, partitions=partitions, **columns)
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        for table in TABLES:
            getattr(extraction, table).write.mode(mode).parquet(f"{output.rstrip('/')}/{table}")
        totals = extraction.documents.agg(
            F.count(F.lit(1)), F.sum("quote_count"), F.sum("finding_count"), F.count("error")
        ).first()
    finally:
        extraction.unpersist()
    return Summary(int(totals[0]), int(totals[1] or 0), int(totals[2] or 0), int(totals[3]), output)


def spark_error(exc: BaseException) -> QuotecheckError | None:
    """A one-line ``QuotecheckError`` for an error Spark raised, or None if it is not Spark's."""
    try:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException
    except ImportError:  # pragma: no cover
        return None
    if not isinstance(exc, (PySparkException, Py4JError)):
        return None
    java = getattr(exc, "java_exception", None)
    text = getattr(exc, "desc", None) or str(exc)
    line = _python_exception(text)
    if line is None and java is not None:
        # The first Java message is often only "Job aborted"; the root cause says why.
        try:
            while java.getCause() is not None:
                java = java.getCause()
            text = java.getMessage() or text
        except Py4JError:
            pass
        line = _python_exception(text)
    if line is None:
        line = next((part.strip() for part in text.splitlines() if part.strip()), type(exc).__name__)
    return QuotecheckError(f"spark: {line.split(' SQLSTATE:')[0][:500]}")


def _python_exception(text: str) -> str | None:
    """The exception line of the last Python traceback in ``text``: a failure in a Python
    worker reaches the driver as the worker's traceback inside a Java exception."""
    found, inside = None, False
    for line in text.splitlines():
        if "Traceback (most recent call last)" in line:
            inside = True
        elif inside and line.strip() and not line[0].isspace():
            found, inside = line.strip(), False
    return found
