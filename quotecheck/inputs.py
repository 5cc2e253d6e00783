"""Reading articles: files, standard input, directories, globs and JSONL batches.

Everything here turns bytes into ``Article`` records or into a one-line ``InputError`` naming the
input and the reason. A bad file or a bad JSONL line never stops the others: ``read_inputs``
yields the problem in its place and goes on.
"""

from __future__ import annotations

import codecs
import glob
import json
import math
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Literal, Mapping

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


def _bom_encodings(head: bytes) -> list[str]:
    """The encodings whose byte-order mark ``head`` opens with, UTF-32 before UTF-16 (FF FE 00
    00 opens UTF-32, and also UTF-16 text whose first character is U+0000)."""
    return [encoding for bom, encoding in _BOMS if head.startswith(bom)]


def _decoded_by_bom(data: bytes, encodings: list[str], *, source: str | None) -> str:
    """``data`` decoded with the first of ``encodings`` (``_bom_encodings``) that reads it.

    Raises ``InputError`` when none does: bytes their byte-order mark does not describe.
    """
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"not valid {encodings[0].upper()} text despite its byte-order mark", source=source)


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
    boms = _bom_encodings(data)
    if boms:
        text = _decoded_by_bom(data, boms, source=source)
    elif b"\x00" in data:
        raise InputError("not a text file (it contains binary data)", source=source)
    else:
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
    text = text.lstrip("\ufeff")
    if not text.strip():
        # A byte-order mark and blank lines, or spaces in UTF-16: as empty as no bytes at all.
        raise InputError("empty input: there is no article to check", source=source)
    return text


def shown_name(path: str) -> str:
    """A file name as reports and messages show it: always valid text.

    A name that is not UTF-8 on disk ("r\\xffport.txt", read with Python's surrogate escapes)
    is shown with its odd bytes written out as ``\\xff``, as ``ls -b`` does, so that JSON, HTML
    and Markdown output stay valid UTF-8 and two such names stay apart.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def format_of(path: str, requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def _dangling(path: Path) -> bool:
    """Whether ``path`` is a symbolic link to nothing (a broken link, or a loop of links)."""
    return path.is_symlink() and not path.exists()


def _directory_files(folder: Path, *, warn: Callable[[str], None] | None) -> list[str]:
    """The article files under ``folder``, recursively, by known ending, in order.

    A link with an article's ending that leads nowhere ("story.txt -> gone.txt") is named in a
    warning rather than passed over in silence; the directory's other files are still read.
    """
    found = []
    for candidate in folder.rglob("*"):
        if candidate.suffix.lower() not in EXTENSIONS:
            continue
        if candidate.is_file():
            found.append(str(candidate))
        elif warn is not None and _dangling(candidate):
            warn(f"{shown_name(str(candidate))}: a symbolic link to nothing; passed over")
    return sorted(found)


def expand(paths: Iterable[str], *, warn: Callable[[str], None] | None = None) -> Iterator[str | Problem]:
    """Files named, files under directories (recursively, by known ending), and glob matches."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = _directory_files(path, warn=warn)
            if not found:
                yield Problem(InputError("no article files in this directory", source=shown_name(raw)))
            yield from found
        elif path.exists():
            yield raw
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                yield Problem(InputError("no file matches this pattern", source=shown_name(raw)))
            yield from files
        elif _dangling(path):
            yield Problem(InputError("a symbolic link to nothing", source=shown_name(raw)))
        else:
            yield Problem(InputError("no such file or directory", source=shown_name(raw)))


def _read_bytes(name: str, stdin: BinaryIO | None) -> bytes:
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    label = shown_name(name)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        raise InputError("is a directory", source=label) from None
    except PermissionError:
        raise InputError("permission denied", source=label) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", source=label) from None


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


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSONL line, and where: "not JSON (Expecting value at column 9)"."""
    # Some of json's reasons end in "at", meant to run into its own position: "Invalid control
    # character at: line 1 column 41".
    reason = exc.msg.removesuffix(" at")
    where = "the end of the line" if exc.pos >= len(exc.doc.rstrip()) else f"column {exc.colno}"
    return f"not JSON ({reason} at {where})"


def load_record(line: str, *, id_key: str = "id") -> Any:
    """One JSONL line as JSON, with a number id given as the JSON writes it: ``{"id": 1e3}``
    has the id "1e3", not 1000.0, and ``1.50``, ``-0`` and ``12345678901234567890`` keep
    their digits, so that the report names the record as the batch does.

    Raises ``json.JSONDecodeError`` for a line that is not JSON.
    """
    value = json.loads(line)
    if isinstance(value, dict) and _is_number(value.get(id_key)):
        # Read again only when needed, keeping each number's text; the id is the same value
        # (the last of a repeated key in both readings).
        value[id_key] = json.loads(line, parse_int=str, parse_float=str)[id_key]
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def record_id(record: Mapping[str, Any], *, id_key: str = "id") -> str | None:
    """A record's id as reports carry it: a string as given, a number as written in JSON
    (``7`` gives "7"; ``load_record`` keeps the text of a JSON line's number id, and a
    number from elsewhere is written as JSON writes it), None when there is none (the
    report's ``source``, ``batch.jsonl:3``, still says which line it was).

    Raises ``ValueError`` for any other id (true, a list, an object): it could name no report.
    """
    rid = record.get(id_key)
    if rid is None or isinstance(rid, str):
        return rid
    if _is_number(rid) and math.isfinite(rid):
        return json.dumps(rid)
    raise ValueError(f"a record's {json.dumps(id_key)} must be a string or a number, not {_json_type(rid)}")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return json.dumps(value)
    names = {list: "an array", dict: "an object", float: "a number out of range"}
    return names.get(type(value), type(value).__name__)


def parse_record(line: str, *, text_key: str = "text", id_key: str = "id") -> dict[str, Any]:
    """One JSONL line as its record, a JSON object whose ``text_key`` is a string of some text
    and whose ``id_key``, if any, is a string or a number.

    Raises ``ValueError`` with the reason for a bad line; the caller adds where it was.
    """
    try:
        record = load_record(line, id_key=id_key)
    except json.JSONDecodeError as exc:
        raise ValueError(json_problem(exc)) from None
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    if _has_lone_surrogate(line):
        # "\ud800" alone is valid JSON but no character: it could never be written out again.
        raise ValueError("an escape such as \\ud800 stands for no character (unpaired surrogate)")
    if not isinstance(record.get(text_key), str):
        raise ValueError(f"a record needs a {json.dumps(text_key)} string")
    if not record[text_key].strip():
        # As for an empty file: "no quotes" and "no article" must not look alike.
        raise ValueError(f"empty {json.dumps(text_key)}: there is no article to check")
    record_id(record, id_key=id_key)
    return record


_LINE_ENDS = re.compile(rb"(?<=\n)")


def utf8_lines(stream: BinaryIO, *, source: str) -> Iterator[bytes]:
    """The lines of a JSONL stream, each ending in its "\\n", as UTF-8 bytes: a file that opens
    with a UTF-16 or UTF-32 byte-order mark (as Windows tools write text) is decoded first, so
    that its records are read rather than each line called "not UTF-8". Other bytes are passed
    on as they are, line by line, for ``jsonl_records`` to judge.

    Raises ``InputError`` for a file its byte-order mark does not describe.
    """
    head = stream.read(4)
    wide = [encoding for encoding in _bom_encodings(head) if encoding != "utf-8-sig"]
    if not wide:
        # The first line, cut at "\n" only: raw "\r" and U+2028 may stand inside a record.
        yield from (line for line in _LINE_ENDS.split(head + stream.readline()) if line)
        yield from stream
        return
    text = _decoded_by_bom(head + stream.read(), wide, source=source)
    yield from (line.encode("utf-8") for line in re.split(r"(?<=\n)", text) if line)


def jsonl_records(lines: Iterable[bytes], *, source: str, publisher: str | None = None) -> Iterator[Article | Problem]:
    """One ``Article`` per ``{"id", "text"}`` line; a bad line becomes a ``Problem``, and so
    does a batch with no lines but blank ones (as an empty article file does)."""
    records = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or (number == 1 and not raw.removeprefix(codecs.BOM_UTF8).strip()):
            continue
        records = True
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
        rid = record_id(record)
        meta = {k: v for k, v in record.items() if k not in ("id", "text", "publisher") and isinstance(v, (str, int, float, bool))}
        yield Article(
            text=text,
            id=rid,
            source=f"{source}:{number}",
            publisher=record.get("publisher") if isinstance(record.get("publisher"), str) else publisher,
            meta=meta or None,
        )
    if not records:
        yield Problem(InputError("empty input: there are no records to check", source=source))


def read_inputs(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    publisher: str | None = None,
    stdin: BinaryIO | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Article | Problem]:
    """Every article named by ``paths``, in order, with problems in their places; ``warn``
    hears of what is passed over or read in a way the user may not have meant."""
    stdin_read = False
    for item in expand(paths, warn=warn):
        if isinstance(item, Problem):
            yield item
            continue
        name = item
        label = "<stdin>" if name == "-" else shown_name(name)
        if name == "-":
            if stdin_read:
                # Read once already: a second "-" would find it empty, not a second article.
                yield Problem(InputError("standard input given twice; it is read once, for the first -", source=label))
                continue
            stdin_read = True
        fmt = format_of(name if name != "-" else "", input_format)
        if fmt == "jsonl":
            try:
                if name == "-":
                    stream = stdin if stdin is not None else sys.stdin.buffer
                    yield from jsonl_records(utf8_lines(stream, source=label), source=label, publisher=publisher)
                else:
                    with open(name, "rb") as handle:
                        yield from jsonl_records(utf8_lines(handle, source=label), source=label, publisher=publisher)
            except OSError as exc:
                yield Problem(InputError(exc.strerror or "cannot be read", source=label))
            except InputError as exc:
                yield Problem(exc)
            continue
        try:
            text = decode(_read_bytes(name, stdin), source=label)
            text, meta = extracted_text(text, fmt, source=label)
        except InputError as exc:
            yield Problem(exc)
            continue
        if name == "-" and input_format == "auto" and warn is not None and looks_like_jsonl(text):
            warn("<stdin>: read as one article, but it looks like JSONL records; "
                 "give --input-format jsonl to check each record")
        rid = None if name == "-" else shown_name(os.path.basename(name))
        yield Article(text=text, id=rid, source=label, publisher=publisher, meta=meta or None)


def looks_like_jsonl(text: str) -> bool:
    """Whether ``text`` opens with a JSONL record (``{"id": "a1", "text": "..."}``) rather than
    with an article: standard input has no file ending to tell them apart."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)
