"""What the executors run: records in, one report row per record out.

The functions here are shipped to Spark's Python workers by reference (the workers import this
module), never with a spaCy pipeline inside them: each worker process loads the pipeline itself,
on its first article, through ``quotecheck.models.load_model``, which caches it for the life of the
process. Spark reuses its Python workers across tasks, so a worker loads the model once however
many partitions it goes through.

Records go through ``analyze_stream`` a window at a time, so a window's paragraphs share one
``nlp.pipe``. A record that cannot be analysed becomes a row with an ``error`` and no quotes; it
never fails the job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ..model import Quote, Report

if TYPE_CHECKING:
    import pyarrow as pa
    from spacy.language import Language

#: (doc_id, text, publisher, error): what a worker reads for each input record.
Record = tuple[Any, Any, Any, Any]

#: Records analysed together: their paragraphs share one ``nlp.pipe`` stream and their rows
#: leave the worker as one Arrow batch. Small enough that a window of long articles stays small
#: in memory, large enough that the parser's batches stay full.
WINDOW = 256

NULL_TEXT = "no text (null)"
NOT_TEXT = "the text is not a string"


@dataclass(frozen=True, slots=True)
class Options:
    """How the workers analyse: which spaCy pipeline (None: quotecheck's default), and batch sizes."""

    model: str | None = None
    batch_size: int = 32
    window: int = WINDOW


def quote_row(quote: Quote) -> dict[str, Any]:
    """The quote's JSON object with ``content_text`` added."""
    row = quote.to_dict()
    row["content_text"] = quote.text
    return row


def report_row(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    return {
        "doc_id": report.id,
        "length": data["length"],
        "publisher": data["publisher"],
        "quotes": [quote_row(q) for q in report.quotes],
        "findings": data["findings"],
        "error": None,
    }


def error_row(doc_id: str | None, error: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "length": None, "publisher": None, "quotes": [], "findings": [], "error": error}


def _reason(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()
    return f"analysis failed: {type(exc).__name__}" + (f": {first[0]}" if first else "")


def _analyze_window(articles: Sequence[Any], *, nlp: Language, batch_size: int) -> list[dict[str, Any]]:
    from ..pipeline import analyze_stream

    try:
        return [report_row(r) for r in analyze_stream(articles, nlp=nlp, batch_size=batch_size)]
    except Exception:
        # One article that breaks the analysis must not fail a job over millions: go through the
        # window again one article at a time, so that only the culprit gets an error row.
        rows = []
        for article in articles:
            try:
                rows.extend(report_row(r) for r in analyze_stream([article], nlp=nlp, batch_size=1))
            except Exception as exc:
                rows.append(error_row(article.id, _reason(exc)))
        return rows


def analyze_records(records: Iterable[Record], *, options: Options) -> Iterator[list[dict[str, Any]]]:
    """Report rows for ``records``, one list per window (errors first within a window)."""
    from ..pipeline import Article

    nlp = None
    stream = iter(records)
    while window := list(islice(stream, options.window)):
        rows: list[dict[str, Any]] = []
        articles = []
        for doc_id, text, publisher, error in window:
            if error is not None:
                rows.append(error_row(doc_id, str(error)))
            elif text is None:
                rows.append(error_row(doc_id, NULL_TEXT))
            elif not isinstance(text, str):
                rows.append(error_row(doc_id, NOT_TEXT))
            else:
                articles.append(Article(text=text, id=doc_id, publisher=publisher or None))
        if articles:
            if nlp is None:
                from ..models import load_model

                nlp = load_model(options.model)
            rows.extend(_analyze_window(articles, nlp=nlp, batch_size=options.batch_size))
        yield rows


def _records(batches: Iterable[pa.RecordBatch]) -> Iterator[Record]:
    for batch in batches:
        yield from zip(*(column.to_pylist() for column in batch.columns))


def analyze_arrow(batches: Iterable[pa.RecordBatch], *, options: Options) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` function: batches of (doc_id, text, publisher, error) in, ``REPORT`` rows out."""
    import pyarrow as pa

    from .schema import REPORT, arrow_schema

    schema = arrow_schema(REPORT)
    for rows in analyze_records(_records(batches), options=options):
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def arrow_worker(options: Options) -> Callable[[Iterable[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The function ``extract`` gives ``mapInArrow``: it pickles as a reference to
    ``analyze_arrow`` with the options, and nothing else (no spaCy pipeline)."""
    return partial(analyze_arrow, options=options)


def parse_lines(
    batches: Iterable[pa.RecordBatch], *, id_key: str = "id", text_key: str = "text", publisher_key: str = "publisher"
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` function: JSONL lines in, ``RECORDS`` out, judged as ``quotecheck batch.jsonl``
    judges them (blank lines skipped, a bad line kept with its reason)."""
    import pyarrow as pa

    from ..inputs import parse_record, record_id
    from .schema import RECORDS, arrow_schema

    schema = arrow_schema(RECORDS)
    for batch in batches:
        rows = []
        for line in batch.column(0).to_pylist():
            if line is None or not line.strip():
                continue
            try:
                record = parse_record(line.lstrip("\ufeff"), text_key=text_key, id_key=id_key)
            except ValueError as exc:
                rows.append({"doc_id": _id_of(line, id_key), "text": None, "publisher": None, "error": str(exc)})
                continue
            publisher = record.get(publisher_key)
            rows.append(
                {
                    "doc_id": record_id(record, id_key=id_key),
                    "text": record[text_key],
                    "publisher": publisher if isinstance(publisher, str) else None,
                    "error": None,
                }
            )
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _id_of(line: str, id_key: str) -> str | None:
    """The id of a bad record, when it has one, so that its error row says which it was."""
    from ..inputs import load_record, record_id

    try:
        record = load_record(line.lstrip("\ufeff"), id_key=id_key)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    try:
        return record_id(record, id_key=id_key)
    except ValueError:
        return None
