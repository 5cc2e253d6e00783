"""Reading articles: files, standard input, directories, globs and JSONL batches.

Everything here turns bytes into ``Article`` records or into a one-line ``InputError`` naming the
input and the reason. A bad file or a bad JSONL line never stops the others: ``read_inputs``
yields the problem in its place and goes on.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Literal

from .errors import InputError, RecordError
from .pipeline import Article

InputFormat = Literal["auto", "text", "markdown", "html", "jsonl"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "markdown", "html", "jsonl")

#: File endings read when a directory is given, and the format each one means.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_GLOB_CHARS = frozenset("*?[")
#: Control characters (other than tab, newline, carriage return, form feed) in decoded text
#: above this share mean the bytes were not text at all.
MAX_CONTROL_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read, in the place its report would have been."""

    error: InputError


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252.

    Raises ``InputError`` for empty input and for bytes that are not text.
    """
    if not data.strip():
        raise InputError("empty input: there is no article to check", source=source)
    boms = [encoding for bom, encoding in _BOMS if data.startswith(bom)]
    for encoding in boms:
        # FF FE 00 00 opens UTF-32 and also UTF-16 text whose first character is U+0000.
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        if boms:
            raise InputError(f"not valid {boms[0].upper()} text despite its byte-order mark", source=source)
        if b"\x00" in data:
            raise InputError("not a text file (it contains binary data)", source=source)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Windows-1252 is the usual encoding of non-UTF-8 news text (curly quotes as 0x93/0x94).
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError("not a text file (undecodable bytes)", source=source) from None
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("not a text file (too many control characters)", source=source)
    return text.lstrip("\ufeff")


def format_of(path: str, requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def expand(paths: Iterable[str]) -> Iterator[str | Problem]:
    """Files named, files under directories (recursively, by known ending), and glob matches."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
            )
            if not found:
                yield Problem(InputError("no article files in this directory", source=raw))
            yield from found
        elif path.exists():
            yield raw
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                yield Problem(InputError("no file matches this pattern", source=raw))
            yield from files
        else:
            yield Problem(InputError("no such file or directory", source=raw))


def _read_bytes(name: str, stdin: BinaryIO | None) -> bytes:
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        raise InputError("is a directory", source=name) from None
    except PermissionError:
        raise InputError("permission denied", source=name) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", source=name) from None


def extracted_text(text: str, fmt: str, *, source: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page or a Markdown file, with its metadata; other text as is."""
    if fmt == "html":
        from .htmltext import extract_article
    elif fmt == "markdown":
        from .mdtext import extract_article
    else:
        return text, {}
    return extract_article(text, source=source)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(line: str) -> bool:
    """Whether a JSON line decodes to a string with an unpaired surrogate (cheap test first)."""
    if not _SURROGATE_ESCAPE.search(line):
        return False
    try:
        json.dumps(json.loads(line), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_record(line: str, *, text_key: str = "text") -> dict[str, Any]:
    """One JSONL line as its record, a JSON object whose ``text_key`` is a string.

    Raises ``ValueError`` with the reason for a bad line; the caller adds where it was.
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    if _has_lone_surrogate(line):
        # "\ud800" alone is valid JSON but no character: it could never be written out again.
        raise ValueError("an escape such as \\ud800 stands for no character (unpaired surrogate)")
    if not isinstance(record.get(text_key), str):
        raise ValueError(f"a record needs a {json.dumps(text_key)} string")
    return record


def jsonl_records(lines: Iterable[bytes], *, source: str, publisher: str | None = None) -> Iterator[Article | Problem]:
    """One ``Article`` per ``{"id", "text"}`` line; a bad line becomes a ``Problem``."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield Problem(RecordError("not UTF-8", source=source, line=number))
            continue
        try:
            record = parse_record(line)
        except ValueError as exc:
            yield Problem(RecordError(str(exc), source=source, line=number))
            continue
        text = record["text"]
        rid = record.get("id")
        rid = str(number) if rid is None else str(rid)
        meta = {k: v for k, v in record.items() if k not in ("id", "text", "publisher") and isinstance(v, (str, int, float, bool))}
        yield Article(
            text=text,
            id=rid,
            source=f"{source}:{number}",
            publisher=record.get("publisher") if isinstance(record.get("publisher"), str) else publisher,
            meta=meta or None,
        )


def read_inputs(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    publisher: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Problem]:
    """Every article named by ``paths``, in order, with problems in their places."""
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        name = item
        label = "<stdin>" if name == "-" else name
        fmt = format_of(name if name != "-" else "", input_format)
        if fmt == "jsonl":
            try:
                if name == "-":
                    stream = stdin if stdin is not None else sys.stdin.buffer
                    yield from jsonl_records(stream, source=label, publisher=publisher)
                else:
                    with open(name, "rb") as handle:
                        yield from jsonl_records(handle, source=label, publisher=publisher)
            except OSError as exc:
                yield Problem(InputError(exc.strerror or "cannot be read", source=label))
            continue
        try:
            text = decode(_read_bytes(name, stdin), source=label)
            text, meta = extracted_text(text, fmt, source=label)
        except InputError as exc:
            yield Problem(exc)
            continue
        yield Article(text=text, id=None if name == "-" else os.path.basename(name), source=label, publisher=publisher, meta=meta or None)
