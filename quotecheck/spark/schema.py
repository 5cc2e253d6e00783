"""The Spark schemas of quotecheck's tables, mirroring ``schemas/report.schema.json`` field by field.

A quote row is the JSON quote object (same names, same nesting) with the document id, the quote's
position in its report and, for convenience, ``content_text``; a finding row is the JSON finding
with the document id and position. Every field carries its description as the ``comment`` in its
metadata, so ``DESCRIBE`` and the Parquet files written by ``quotecheck spark`` show it too.

Nullability follows the JSON schema: a field that may be ``null`` there is nullable here; arrays
are never null and hold no nulls (an empty list stands for none). Offsets are code-point offsets
into the article text, as in the JSON reports: ``text[start:end] == span.text``.
"""

from __future__ import annotations

from pyspark.sql.types import (
    ArrayType,
    DataType,
    DoubleType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)


def _field(name: str, dtype: DataType, doc: str, *, nullable: bool = False) -> StructField:
    return StructField(name, dtype, nullable=nullable, metadata={"comment": doc})


def _array(element: DataType) -> ArrayType:
    return ArrayType(element, containsNull=False)


SPAN = StructType(
    [
        _field("start", IntegerType(), "first character, a code-point offset into the article text"),
        _field("end", IntegerType(), "one past the last character"),
        _field("text", StringType(), "text[start:end]"),
    ]
)

KIND_DOC = "person, organization, outlet, document, anonymous (vague sources too) or unknown"

HOP = StructType(
    [
        _field("name", StringType(), "who carried the words, or to whom they were said"),
        _field("kind", StringType(), KIND_DOC),
        _field("span", SPAN, "the mention in the text, if there is one", nullable=True),
        _field("cue", SPAN, "the words that name the hop (citing, told, reported), if any", nullable=True),
    ]
)

#: One quote, as the JSON schema's ``quote`` object plus ``content_text``.
QUOTE = StructType(
    [
        _field("id", StringType(), "the quote's id in its report: q1, q2, ..."),
        _field("type", StringType(), "direct, indirect or mixed"),
        _field("act", StringType(), "what the quote reports: statement, refusal, question, forecast, denial or stance"),
        _field("content", _array(SPAN), "one span per fragment of the quote (at least one)"),
        _field("content_text", StringType(), "the fragments' texts joined by a space (not in the JSON)"),
        _field("cue", SPAN, "the reporting word or phrase (said, according to, ...)", nullable=True),
        _field("speaker", SPAN, "the mention tied to the cue (for a continued quote, the one that named its speaker)", nullable=True),
        _field("speaker_name", StringType(), "the resolved full name, or null: quotecheck never invents one", nullable=True),
        _field("speaker_kind", StringType(), KIND_DOC),
        _field("speaker_descriptions", _array(StringType()), "titles and descriptions of the speaker found in the article"),
        _field("resolution", StringType(), "how the name was found: name, alias, role, pronoun, continuation or none"),
        _field("confidence", DoubleType(), "between 0 and 1"),
        _field("quoted", _array(SPAN), "the parts of the content inside quotation marks"),
        _field("via", _array(HOP), "intermediaries between the speaker and this article, nearest the speaker first"),
        _field("recipient", HOP, "to whom the words were said, if the article says", nullable=True),
        _field("context", _array(SPAN), "where and when the original words were said"),
        _field("about", SPAN, "what a relative word opening the content stands for (The levy for which), or null", nullable=True),
    ]
)

#: One finding of the citation checker, as the JSON schema's ``finding`` object.
FINDING = StructType(
    [
        _field("rule", StringType(), "the rule's id, QC followed by three digits"),
        _field("severity", StringType(), "error, warning or info"),
        _field("message", StringType(), "what is wrong, in one sentence"),
        _field("suggestion", StringType(), "what an editor should do"),
        _field("quote", StringType(), "the id of the quote it is about, if any", nullable=True),
        _field("span", SPAN, "where in the text, if it is about a stretch of text", nullable=True),
    ]
)

PUBLISHER = StructType(
    [
        _field("name", StringType(), "the article's own outlet"),
        _field("source", StringType(), "where quotecheck learned it: option (the publisher column), byline or config"),
        _field("span", SPAN, "the byline mention, if it came from there", nullable=True),
    ]
)

_DOC_ID = _field("doc_id", StringType(), "the input record's id, as a string", nullable=True)
_ERROR = _field(
    "error",
    StringType(),
    "why the record was not analysed (null text, a bad JSONL line, a failure inside the analysis); null when it was",
    nullable=True,
)

#: One row per input record, with its quotes and findings nested: what the executors produce,
#: from which the three tables below are selected.
REPORT = StructType(
    [
        _DOC_ID,
        _field("length", IntegerType(), "length of the article text in code points (null if not analysed)", nullable=True),
        _field("publisher", PUBLISHER, "the article's own outlet, if known", nullable=True),
        _field("quotes", _array(QUOTE), "the article's quotes, in report order"),
        _field("findings", _array(FINDING), "the citation checker's findings, in report order"),
        _ERROR,
    ]
)

_INDEX = "position in the report's {} list, from 0 (order by doc_id, index)"

#: The quotes table: one row per quote.
QUOTES = StructType(
    [_DOC_ID, _field("index", IntegerType(), _INDEX.format("quotes")), *QUOTE.fields]
)

#: The findings table: one row per finding.
FINDINGS = StructType(
    [_DOC_ID, _field("index", IntegerType(), _INDEX.format("findings")), *FINDING.fields]
)

#: The documents table: one row per input record, so that a record with no quotes, or one that
#: could not be analysed, is not lost.
DOCUMENTS = StructType(
    [
        _DOC_ID,
        REPORT["length"],
        REPORT["publisher"],
        _field("quote_count", IntegerType(), "number of rows for this doc_id in the quotes table"),
        _field("finding_count", IntegerType(), "number of rows for this doc_id in the findings table"),
        _ERROR,
    ]
)

#: What the JSONL reader produces from each line: the record's id, text and publisher, or why
#: the line is not a record.
RECORDS = StructType(
    [
        _DOC_ID,
        _field("text", StringType(), "the article text", nullable=True),
        _field("publisher", StringType(), "the record's publisher, if it gives one as a string", nullable=True),
        _field("error", StringType(), "why the line is not a record (not JSON, no text string); null for a good one", nullable=True),
    ]
)


def arrow_schema(schema: StructType):  # -> pyarrow.Schema
    """The Arrow schema the executors build their record batches with."""
    import pyarrow as pa

    return pa.schema([pa.field(f.name, _arrow_type(f.dataType), nullable=f.nullable) for f in schema.fields])


def _arrow_type(dtype: DataType):  # -> pyarrow.DataType
    import pyarrow as pa

    if isinstance(dtype, StringType):
        return pa.string()
    if isinstance(dtype, IntegerType):
        return pa.int32()
    if isinstance(dtype, DoubleType):
        return pa.float64()
    if isinstance(dtype, ArrayType):
        return pa.list_(pa.field("element", _arrow_type(dtype.elementType), nullable=dtype.containsNull))
    if isinstance(dtype, StructType):
        return pa.struct([pa.field(f.name, _arrow_type(f.dataType), nullable=f.nullable) for f in dtype.fields])
    raise TypeError(f"no Arrow type for {dtype.simpleString()}")
