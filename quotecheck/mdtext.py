"""Article text from a Markdown file: the words a reader sees, without the markup.

A small converter of the Markdown that articles are written in (CommonMark's blocks and inlines,
simplified; no dependency). Headings, list items, paragraphs and block quotes become paragraphs
separated by blank lines, as in the text files quotecheck reads; the lines of one paragraph are
joined with a space, as Markdown renders them. Emphasis, inline code, links (the text is kept, the
address dropped), images, HTML comments and tags, horizontal rules and link definitions leave
only their words. Front matter (``---`` YAML ``---``) gives the title, author, outlet and date,
written above the text as the header that ``header.find_header`` recognises, as for HTML.

A block quote (``> …``) is a quotation: without quotation marks of its own it is put inside
curly quotes (“…”, each paragraph opened, the last one closed), so that "The ministry said in a
statement:" followed by a block quote is read as the ministry's direct quote.

Offsets in the report refer to this converted text, not to the file, so the JSON output of a
Markdown input always carries the text (``meta["input_format"] == "markdown"`` says so).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .errors import InputError
from .htmltext import INPUT_FORMAT_KEY, MARKDOWN, header


#: Front-matter keys, lower-cased, and the header field each one fills (the field names of
#: ``htmltext.META_FIELDS``); the first key present wins. Names used by Jekyll, Hugo and Pandoc.
FRONT_MATTER_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "by"),
    "sitename": ("source", "publisher", "outlet", "site", "sitename", "site_name", "publication"),
    "date": ("date", "published", "publish_date", "pubdate"),
}
#: Quotation marks that show a block quote already marks its quotation itself.
_QUOTE_MARKS = frozenset('"“”„«»')
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FRONT_ITEM = re.compile(r"^\s*-\s+(?P<value>.+?)\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE_LINE = re.compile(r"^ {0,3}>[ ]?")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_DEFINITION = re.compile(r"""^ {0,3}\[(?P<label>[^\]]+)\]:\s*\S+(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:\s*")

_CODE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>.{1,2000}?)(?<!`)(?P=ticks)(?!`)", re.S)
_ESCAPE = re.compile(r"\\(?P<char>[!-/:-@\[-`{-~])")
_AUTOLINK = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+\.[A-Za-z]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
#: Link text: brackets may nest once ("[the [2019] report](url)").
_LINK_TEXT = r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
#: A destination, maybe in angle brackets, with balanced parentheses, then an optional title.
_DESTINATION = r"""\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)"""
_IMAGE = re.compile(r"!" + _LINK_TEXT + r"(?:" + _DESTINATION + r"|\[[^\[\]]*\])")
_LINK = re.compile(_LINK_TEXT + _DESTINATION)
_REFERENCE = re.compile(_LINK_TEXT + r"\[(?P<label>[^\[\]]*)\]")
_SHORTCUT = re.compile(_LINK_TEXT + r"(?![(\[:])")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
#: Emphasis, strongest first. An underscore inside a word ("snake_case") is no emphasis, and a
#: star with a space after it ("5 * 3") opens none. The emphasised words hold no delimiter of
#: their own kind, so each search stops at the next one (linear time); emphasis inside emphasis
#: ("**very *much* so**") comes off one level per pass.
_EMPHASIS = (
    re.compile(r"\*\*(?=[^\s*])(?P<text>[^*]+)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=[^\s_])(?P<text>[^_]+)(?<=\S)__(?!\w)"),
    re.compile(r"(?<!\*)\*(?=[^\s*])(?P<text>[^*]+)(?<=\S)\*(?!\*)"),
    re.compile(r"(?<!\w)_(?=[^\s_])(?P<text>[^_]+)(?<=\S)_(?!\w)"),
    re.compile(r"~~(?=[^\s~])(?P<text>[^~]+)(?<=\S)~~"),
)
#: How many levels of emphasis inside emphasis come off.
EMPHASIS_DEPTH = 4
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_SPACES = re.compile(r"[ \t]+")
#: Characters standing in for protected pieces (code, escapes, addresses) while the markup
#: around them is removed: supplementary private-use code points, absent from real text.
_SLOT_BASE = 0xF0000


@dataclass
class _Block:
    """One paragraph-like block being gathered: its lines, and whether they are code."""

    lines: list[str] = field(default_factory=list)
    verbatim: bool = False  # a fenced code block: its lines are kept as they are


def front_matter(markdown: str) -> tuple[dict[str, str], str]:
    """The header fields of a leading ``---`` YAML block, and the Markdown after it.

    "---\\ntitle: Dam opens\\nauthor: Jane Doe\\n---\\nText" gives
    ``({"title": "Dam opens", "author": "Jane Doe"}, "Text")``. Only ``key: value`` lines and
    ``- item`` lists are read (no YAML library); several authors are joined with "and".
    """
    found = _FRONT_MATTER.match(markdown)
    if not found:
        return {}, markdown
    values: dict[str, list[str]] = {}
    key = ""
    for line in found.group("body").splitlines():
        item = _FRONT_ITEM.match(line)
        if item and key:
            values.setdefault(key, []).append(_scalar(item.group("value")))
            continue
        entry = _FRONT_FIELD.match(line)
        if entry:
            key = entry.group("key").lower()
            value = entry.group("value")
            if value.startswith("[") and value.endswith("]"):
                values[key] = [_scalar(part) for part in value[1:-1].split(",")]
            elif value:
                values[key] = [_scalar(value)]
    meta: dict[str, str] = {}
    for name, keys in FRONT_MATTER_KEYS.items():
        for candidate in keys:
            parts = [part for part in values.get(candidate, []) if part]
            if parts:
                meta[name] = " and ".join(parts)
                break
    return meta, markdown[found.end():]


def _scalar(value: str) -> str:
    """A YAML scalar without its quotes: "'Jane Doe'" -> "Jane Doe"."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return " ".join(value.split())


def _is_quote_line(line: str) -> bool:
    return bool(_QUOTE_LINE.match(line))


def _blocks(lines: list[str], labels: set[str]) -> list[str]:
    """The paragraphs of ``lines``, in order: "## Reactions\\n- **Jo Lind** said so" gives
    ["Reactions", "Jo Lind said so"].

    Headings, list items and paragraphs each give one paragraph; a run of ``>`` lines is read
    again, its markers removed, and gives quoted paragraphs; rules and link definitions give none.
    """
    paragraphs: list[str] = []
    block = _Block()

    def flush() -> None:
        nonlocal block
        if block.lines:
            paragraphs.append(_paragraph(block.lines, labels, verbatim=block.verbatim))
        block = _Block()

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        fence = _FENCE.match(line)
        if fence:
            flush()
            block.verbatim = True
            while index < len(lines) and not lines[index].lstrip().startswith(fence.group("fence")):
                block.lines.append(lines[index])
                index += 1
            index += 1
            flush()
        elif not line.strip():
            flush()
        elif _is_quote_line(line):
            flush()
            inner = [_QUOTE_LINE.sub("", line, count=1)]
            while index < len(lines) and (_is_quote_line(lines[index]) or _lazy(inner[-1], lines[index])):
                inner.append(_QUOTE_LINE.sub("", lines[index], count=1))
                index += 1
            paragraphs += _quotation(_blocks(inner, labels))
        elif block.lines and not block.verbatim and _SETEXT.match(line):
            flush()  # "Title" underlined with === or ---: a heading
        elif _RULE.match(line) or _DEFINITION.match(line):
            flush()
        elif heading := _HEADING.match(line):
            flush()
            block.lines.append(heading.group("text") or "")
            flush()
        elif _ITEM.match(line):
            flush()
            block.lines.append(_ITEM.sub("", line, count=1))
        else:
            block.lines.append(_FOOTNOTE_DEF.sub("", line, count=1))
    flush()
    return [p for p in paragraphs if p.strip()]


def _lazy(previous: str, line: str) -> bool:
    """Whether ``line``, without a ``>``, goes on the quote's paragraph ``previous`` ("> We will
    act" then "within the month."), as Markdown reads it: it is no new block of its own."""
    if not previous.strip() or not line.strip():
        return False
    return not any(p.match(line) for p in (_FENCE, _HEADING, _RULE, _ITEM))


def _quotation(paragraphs: list[str]) -> list[str]:
    """A block quote's paragraphs inside curly quotes, unless it opens with a quotation mark
    already ('> "We will act," she said.'); a scare quote inside ('critics call "a farce"')
    does not make it one.

    As in print, each paragraph opens with “ and only the last one closes: ["We agree.", "Now."]
    gives ["“We agree.", "“Now.”"].
    """
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs or paragraphs[0][:1] in _QUOTE_MARKS:
        return paragraphs
    opened = [OPEN_QUOTE + p for p in paragraphs]
    opened[-1] += CLOSE_QUOTE
    return opened


def _paragraph(lines: list[str], labels: set[str], *, verbatim: bool = False) -> str:
    """One block's lines as one paragraph: a soft line break is a space, a hard one (two spaces
    or a backslash at the end) a line break; the inline markup is removed."""
    if verbatim:
        return "\n".join(line.rstrip() for line in lines).strip("\n")
    joined = ""
    for number, line in enumerate(lines):
        if number:
            joined += "\n" if _HARD_BREAK.search(lines[number - 1]) else " "
        joined += _HARD_BREAK.sub("", line.strip()) if number < len(lines) - 1 else line.strip()
    return inline(joined, labels=labels)


def inline(text: str, *, labels: set[str] | frozenset[str] = frozenset()) -> str:
    """``text`` without its inline Markdown: "told [*Radio Kessel*](http://rk.example)" gives
    "told Radio Kessel".

    Code spans keep their content, escaped characters their character; links and reference links
    (``labels`` are the defined ones, case-folded) keep their text, images disappear; emphasis,
    strike-through, HTML tags and footnote marks go; entities (``&amp;``) become characters.
    """
    slots: list[str] = []

    def keep(value: str) -> str:
        slots.append(value)
        return chr(_SLOT_BASE + len(slots) - 1)

    text = _CODE.sub(lambda m: keep(_code_text(m.group("code"))), text)
    text = _ESCAPE.sub(lambda m: keep(m.group("char")), text)
    text = _AUTOLINK.sub(lambda m: keep(m.group("url")), text)
    text = _COMMENT.sub("", text)
    text = _TAG.sub(lambda m: " " if m.group().lower().startswith("<br") else "", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _REFERENCE.sub(lambda m: _reference(m, labels), text)
    text = _SHORTCUT.sub(lambda m: m.group("text") if m.group("text").casefold() in labels else m.group(), text)
    text = _FOOTNOTE.sub("", text)
    for _ in range(EMPHASIS_DEPTH):
        before = text
        for pattern in _EMPHASIS:
            text = pattern.sub(lambda m: m.group("text"), text)
        if text == before:
            break
    text = html.unescape(text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "".join(slots[ord(ch) - _SLOT_BASE] if _SLOT_BASE <= ord(ch) < _SLOT_BASE + len(slots) else ch for ch in text)


def _code_text(code: str) -> str:
    """A code span's content: one space just inside each backtick run is padding."""
    code = code.replace("\n", " ")
    if len(code) > 2 and code[0] == code[-1] == " " and code.strip():
        return code[1:-1]
    return code


def _reference(found: re.Match[str], labels: set[str] | frozenset[str]) -> str:
    """``[text][label]`` (or ``[text][]``) as its text when the label is defined, else as written."""
    label = (found.group("label") or found.group("text")).casefold()
    return found.group("text") if label in labels else found.group()


def to_text(markdown: str) -> str:
    """The article text of a Markdown document (front matter not included): paragraphs separated
    by blank lines, without markup. "# Dam opens\\n\\n> We *agree*." gives
    "Dam opens\\n\\n“We agree.”"."""
    markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    markdown = _COMMENT.sub("", markdown)
    lines = markdown.split("\n")
    labels = {m.group("label").casefold() for m in map(_DEFINITION.match, lines) if m}
    return "\n\n".join(_blocks(lines, labels))


def extract_article(markdown: str, *, source: str | None = None) -> tuple[str, dict[str, str]]:
    """The article's text, with a header from the front matter, and its metadata.

    A first paragraph equal to the front matter's title (the headline repeated as ``# …``) is not
    repeated. Raises ``InputError`` when nothing but markup is left.
    """
    # Line ends as Windows writes them would hide the front matter's fences (and turn its
    # fields into a heading): one kind of line end before anything is read.
    markdown = markdown.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    meta, body = front_matter(markdown)
    text = to_text(body)
    title = meta.get("title", "")
    first, _, rest = text.partition("\n\n")
    if title and first.casefold() == title.casefold():
        text = rest
    head = header(meta)
    text = f"{head}\n\n{text}" if head and text else text
    if not text.strip():
        raise InputError("no article text found in this Markdown file", source=source)
    return text, {INPUT_FORMAT_KEY: MARKDOWN, **meta}
