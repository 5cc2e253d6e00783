"""Hard-wrapped plain text read as the running text it is: single line breaks inside sentences.

Wire copy, e-mail newsletters and text pasted from a terminal break their lines at some width
(72 columns is common), inside sentences, names and quotations: "told the Halvey" /
"Courier that ...". A reader sees one sentence; the line logic of the analysis (paragraphs,
outlet and name patterns, descriptions) would see a break. ``unwrapped(text)`` gives the
analysis a view of the text of the same length, in which each soft line break (one a wrapper
put there) is a space, so every offset into the view is an offset into the text: spans are cut
from the original, which keeps its line breaks.

A single line break stays where it means something: before a bulleted or numbered item, an
interview or transcript label ("Q:", "CHAIR:"), a byline or an indented paragraph; after a
headline-like line (title case, capitals), a hyphenated word part; and between short lines
(verse, an address) that are not part of a wrapped paragraph. Pure string work, linear time.
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon
from .marks import LINE_BREAK
from .parsing import TITLE_CAPITALS, TITLE_MIN_WORDS

_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
#: Closing quotation marks and brackets after a line's last mark, up to the line's end.
_CLOSERS = r"[\"'\u201d\u2019\u00bb)\]]*$"
#: A sentence end at a line's end: a full stop, question or exclamation mark, colon, semicolon
#: or ellipsis, then maybe closing quotation marks and brackets.
_SENTENCE_END = re.compile(r"[.!?:;\u2026]" + _CLOSERS)
#: A clause end at a line's end that no abbreviation has: a semicolon, question or exclamation
#: mark, maybe with closing quotation marks and brackets ("Storm closes ferry route;").
_CLAUSE_END = re.compile(r"[!?;]" + _CLOSERS)
#: A full stop or ellipsis at a line's end, maybe with closing marks: it may end an
#: abbreviation, a title's before a name ("... said Sen." / "Paula Brandt ...").
_STOP_END = re.compile(r"[.\u2026]" + _CLOSERS)
#: A word broken at a hyphen ("eighty-year-" / "old"): joined by a space it would be two words.
_HYPHEN_END = re.compile(r"\w[-\u2010]$")
#: What opens a line that starts something of its own: an indentation, a bullet, a number of a
#: list ("1.", "2)"), a byline ("By Jane Doe"), or a label of a speaker or field ("Q:",
#: "CHAIR (Councillor Tomas Berg):", "Published:").
_LINE_OPENER = re.compile(
    r"[ \t\u00a0]"
    r"|[" + re.escape(lexicon.BULLETS) + r"\u25e6>#](?:\s|$)"
    r"|\d{1,3}[.)](?:\s|$)"
    r"|By\s+[A-Z]"
    r"|[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}(?:[ \t]*\([^)\n]*\))?[ \t]*:(?:\s|$)"
)
#: A line this long or longer is running text, not verse or an address line.
PROSE_LINE = 45
#: A wrapped text has at least this many lines that run on into the next line of their
#: paragraph, and this share of them are within ``WRAP_SLACK`` characters of the widest (a
#: wrapper breaks before the word that would not fit; words are seldom longer than this).
WRAP_MIN_LINES = 5
WRAP_SHARE = 0.75
WRAP_SLACK = 20
#: Share of a wrapped text's lines at most as wide as its width (the rest: links, long words).
WRAP_QUANTILE = 0.95
#: Widths a wrapper uses: a text whose lines run longer is written a paragraph a line.
WRAP_WIDTHS = range(30, 161)


def unwrapped(text: str) -> str:
    """``text`` with each soft line break (and a ``\\r`` with it) made a space; the same length.

    Returns ``text`` itself when nothing is unwrapped, so the common case costs one scan.
    """
    if "\n" not in text and "\r" not in text:
        return text
    lines = _lines(text)
    width = wrap_width(text, lines)
    blank_lines = any(not text[s:e].strip() for s, e in lines[1:-1])
    chars: list[str] | None = None
    for (a_start, a_end), (b_start, b_end) in zip(lines, lines[1:]):
        line, after = text[a_start:a_end].rstrip(), text[b_start:b_end]
        if not line.strip() or not after.strip():
            continue
        if soft_break(line, after, width=width, blank_lines=blank_lines):
            if chars is None:
                chars = list(text)
            for i in range(a_end, b_start):
                chars[i] = " "
    return text if chars is None else "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line as (start, end) without its line break; the break runs to the next start."""
    lines = []
    start = 0
    for match in LINE_BREAK.finditer(text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


def wrap_width(text: str, lines: Sequence[tuple[int, int]]) -> int | None:
    """The width the text is hard-wrapped at, or None if it is not: hardly any line is wider
    than it, and most lines that go on into a next line of their paragraph are nearly as wide.
    A text written a paragraph a line has lines of any length, most of them far wider."""
    widths = [len(text[s:e].rstrip()) for s, e in lines if text[s:e].strip()]
    inner = [
        len(text[s:e].rstrip())
        for (s, e), (ns, ne) in zip(lines, lines[1:])
        if text[s:e].strip() and text[ns:ne].strip()
    ]
    if len(inner) < WRAP_MIN_LINES:
        return None
    widths.sort()
    # Nearly the widest, not the widest: one long line (a link) does not set the width.
    width = widths[int(WRAP_QUANTILE * (len(widths) - 1))]
    if width not in WRAP_WIDTHS:
        return None
    near = sum(1 for n in inner if width - _slack(width) <= n <= width)
    return width if near >= WRAP_SHARE * len(inner) else None


def _slack(width: int) -> int:
    """How much shorter than the width a wrapped line may be: a word's length, at most a third
    of a narrow column."""
    return min(WRAP_SLACK, width // 3)


def soft_break(line: str, after: str, *, width: int | None = None, blank_lines: bool = True) -> bool:
    """Whether the line break between ``line`` and the line ``after`` it is a wrapper's.

    "told the Halvey" / "Courier that ..." is; "Ferry cuts to go ahead" / "By Moira Tennant"
    and "- cut crossings" / "- close the cafe" are not. In a text wrapped at ``width``, a line
    about as wide runs on; a sentence end at the end of such a line runs on only in a text that
    marks its paragraphs with blank lines (elsewhere a paragraph may end there).
    """
    if not line.strip() or not after.strip():
        return False  # a blank line ends a paragraph
    full = width is not None and len(line) >= width - _slack(width)
    # A full line of a wrapped text is running text even when names crowd it ("Minister Vera
    # Lindqvist said the" / "crossing had ..."): only a short line may be a headline.
    if _LINE_OPENER.match(after) or _HYPHEN_END.search(line) or _standalone(line, titled=not full):
        return False
    if _SENTENCE_END.search(line):
        return full and blank_lines
    if full:
        return True
    if max(len(line), len(after.rstrip())) < PROSE_LINE:
        return False
    return _runs_on(line, after)


def line_ends_words(line: str, after: str, *, full_stop: bool = True) -> bool:
    """Whether a hard line break ends what the words before it say: a headline or a short line
    (a date, a caption "Mohammed Ruiz, 62", a deck "Storm closes ferry route;") before a line
    that opens a sentence of its own (a capital or a figure). A clause the parser ran on over
    it ("Mayor Says Bridge Will Reopen" / "Mayor Ana Ruiz told ...") ends there; a line that
    introduces the next ("She said:") or runs on in lower case ("a hate" / "crime") does not.

    A line ending in a full stop or an ellipsis ends its words only if it is short, and never
    with ``full_stop=False``: in a paragraph its splitter kept going over such a line, the stop
    is an abbreviation's, a title's before a name ("... said Sen." / "Paula Brandt ...").
    """
    line, after = line.strip(), after.lstrip()
    if not line or not (after[:1].isupper() or after[:1].isdigit()):
        return False
    if not full_stop and _STOP_END.search(line):
        return False
    if line.endswith((":", ",")):
        return False
    if _standalone(line) or _CLAUSE_END.search(line):
        return True
    # A full stop may end an abbreviation ("... said Sen." / "Ana Ruiz ..."): only on a short line.
    return len(line) < PROSE_LINE and (bool(_SENTENCE_END.search(line)) or line[-1].isdigit())


def _standalone(line: str, *, titled: bool = True) -> bool:
    """A line that stands alone: a headline in capitals or (if ``titled``) in title case
    ("Speaking with One Voice to Solve the Crisis"), or one without words."""
    words = _WORD.findall(line)
    if not words or not any(c.islower() for c in line):
        return True
    if not titled:
        return False
    content = [w for w in words if w.lower() not in lexicon.TITLE_CASE_FUNCTION_WORDS]
    capitals = sum(w[0].isupper() for w in content)
    return len(words) >= TITLE_MIN_WORDS and capitals >= TITLE_CAPITALS * len(content)


def _runs_on(line: str, after: str) -> bool:
    """Whether a line with no sentence end visibly goes on in the next: the next line opens in
    lower case ("be" / "named because"), or the line ends with a comma or a function word
    ("Reid, a" / "trust chairman"), or a name is cut in two ("Council leader Agnes" /
    "Broadfoot said", "told the Halvey" / "Courier that")."""
    nxt = after.split()[0]
    if nxt[0].islower() or line.endswith(","):
        return True
    # A capital after the break may open a sentence of its own ("... to a" / "Instead, ...").
    opens = nxt.strip(",;:\"'\u201c\u2018(").lower() in lexicon.SENTENCE_OPENERS
    words = line.split()
    if words[-1].lower() in lexicon.LINE_CONTINUING_WORDS:
        return not opens
    # A name cut in two: a given name before the break, or a name in running text (a line
    # with function words, which headlines drop: "Storm hits Halvey" / "Residents fled").
    # Not a quotation or a word in capitals after the break ("... — Ana Ruiz" / "“We ...").
    cut_name = words[-1][-1:].isalpha() and words[-1][0].isupper() and nxt[0].isupper() and nxt[1:2].islower()
    if not cut_name or opens:
        return False
    return words[-1].lower() in lexicon.GIVEN_NAMES or any(w.lower() in lexicon.LINE_CONTINUING_WORDS for w in words[:-1])
