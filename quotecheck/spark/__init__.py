"""quotecheck on Apache Spark: DataFrames of articles in, DataFrames of quotes and findings out.

Needs the ``spark`` extra (``pip install 'quotecheck-news[spark]'``). ``extract`` analyses each
article once on the executors; ``Extraction.quotes``, ``.findings`` and ``.documents`` are the
tables, with the schemas ``QUOTES``, ``FINDINGS`` and ``DOCUMENTS``. ``quotecheck spark INPUT
OUTPUT`` (or ``python -m quotecheck.spark``, or this package's ``__main__.py`` given to
``spark-submit``) runs the whole job.
"""

from __future__ import annotations

from .job import (
    Extraction,
    documents_of,
    extract,
    extract_findings,
    extract_quotes,
    findings_of,
    quotes_of,
    read_jsonl,
    run,
    session,
)
from .schema import DOCUMENTS, FINDING, FINDINGS, HOP, PUBLISHER, QUOTE, QUOTES, RECORDS, REPORT, SPAN

__all__ = [
    "DOCUMENTS",
    "FINDING",
    "FINDINGS",
    "HOP",
    "PUBLISHER",
    "QUOTE",
    "QUOTES",
    "RECORDS",
    "REPORT",
    "SPAN",
    "Extraction",
    "documents_of",
    "extract",
    "extract_findings",
    "extract_quotes",
    "findings_of",
    "quotes_of",
    "read_jsonl",
    "run",
    "session",
]
