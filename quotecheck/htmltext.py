"""Article text from an HTML page, extracted with trafilatura (imported only for HTML input).

trafilatura finds the page's main text and leaves out navigation, comment widgets, scripts and
styles. The title, author, outlet and date it finds are written above that text as a plain-text
header (``Title`` / ``By …`` / ``Source: …`` / ``Published: …``), the form ``header.find_header``
recognises, so the byline is kept out of the quotes and names the publisher as it does for a text
file. Paragraphs are separated by blank lines, as in the text files quotecheck reads.

Offsets in the report refer to this extracted text, not to the page, so the JSON output of an HTML
input always carries the text (``meta["input_format"] == "html"`` says so).
"""

from __future__ import annotations

import logging
from typing import Any

from .errors import InputError

#: What ``Article.meta`` carries for HTML input; ``render.data`` includes the text when it sees it.
INPUT_FORMAT_KEY = "input_format"
HTML = "html"
MARKDOWN = "markdown"
#: Input formats whose report offsets refer to text quotecheck extracted, not to the input itself
#: (``mdtext`` reads Markdown under the same contract).
EXTRACTED_FORMATS = frozenset({HTML, MARKDOWN})
#: Metadata fields taken from trafilatura, in the order the header is written.
META_FIELDS = ("title", "author", "sitename", "date")
#: Loggers of the extraction libraries: given a ``NullHandler`` so that, when the application has
#: configured no logging, their warnings do not reach standard error through Python's last-resort
#: handler (the CLI promises one line per problem).
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a dependency
        raise InputError(f"HTML input needs trafilatura ({exc}); install it with: pip install trafilatura") from None
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    return trafilatura


def _one_line(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def compose(body: str, meta: dict[str, str]) -> str:
    """The header lines trafilatura's metadata gives, a blank line, then the body paragraphs.

    A first paragraph equal to the title (the page's own headline) is not repeated.
    """
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    title = meta.get("title", "")
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    head = header(meta)
    text = "\n\n".join(paragraphs)
    return f"{head}\n\n{text}" if head else text


def header(meta: dict[str, str]) -> str:
    """The title, a blank line, then ``By …``, ``Source: …`` and ``Published: …`` lines for the
    fields ``meta`` has: "Dam opens\n\nBy Jane Doe\nSource: Daily Ledger"; empty without any."""
    lines: list[str] = []
    title = meta.get("title", "")
    if title:
        lines += [title, ""]
    author = meta.get("author", "")
    if author:
        lines.append(author if author.lower().startswith("by ") else f"By {author}")
    if meta.get("sitename"):
        lines.append(f"Source: {meta['sitename']}")
    if meta.get("date"):
        lines.append(f"Published: {meta['date']}")
    return "\n".join(lines).strip("\n")


def extract_article(html: str, *, source: str | None = None) -> tuple[str, dict[str, str]]:
    """The article's text and its metadata (``title``, ``author``, ``sitename``, ``date``).

    Raises ``InputError`` when the page holds no article text or cannot be parsed at all.
    """
    trafilatura = _trafilatura()
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            # Tables come out as rows of cells that read as run-on sentences; quotes live in prose.
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted input: the batch goes on
        raise InputError(f"could not read this HTML page ({type(exc).__name__}: {_one_line(exc)[:120]})", source=source) from None
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise InputError("no article text found in this HTML page", source=source)
    meta = {name: _one_line(getattr(document, name, None)) for name in META_FIELDS}
    meta = {name: value for name, value in meta.items() if value}
    text = compose(body, meta)
    return text, {INPUT_FORMAT_KEY: HTML, **meta}
