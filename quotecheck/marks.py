"""Pair the quotation marks of raw article text, before any parsing: fast, pure, never raises.

``scan(text)`` splits the text into paragraphs and walks every candidate mark once, left to right,
with a small stack of open quotations. Each mark is classified by its two neighbours (opening
position, closing position, or either) and by what is open. Apostrophes are told apart from
single quotation marks, the news convention of re-opening a long quote on every paragraph is
followed, and marks that pair with nothing are reported as ``unbalanced`` while the quotation
they start is still recovered (``closed=False``), so one typo never costs the whole article.
Running time and output size are linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable

from quotecheck import lexicon
from quotecheck.lexicon import DIGRAPH_OPENERS, ELIDED_BETWEEN_APOSTROPHES, OPENERS
from quotecheck.model import Span

# Family (reported) and group (decides nesting) of every mark that can open a quotation. A ‹…›
# inside «…» or a 『…』 inside 「…」 nests; a second quotation of the same group cannot, so it
# means the first one lost its closer.
_KINDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(['"', "\u201c", "\u201e", "\u201f", "``", "''"], ("double", "double")),
    **dict.fromkeys(["'", "\u2018", "\u201a", "\u201b"], ("single", "single")),
    **dict.fromkeys(["\u00ab", "\u00bb"], ("guillemet", "guillemet")),
    **dict.fromkeys(["\u2039", "\u203a"], ("guillemet", "guillemet-single")),
    "\u300c": ("cjk", "cjk"),
    "\u300e": ("cjk", "cjk-double"),
}

# Which open quotations (by the mark that opened them) each mark may close.
_CLOSES: dict[str, tuple[str, ...]] = {}
for _opener, _closers in (*OPENERS.items(), *DIGRAPH_OPENERS.items()):
    for _closer in _closers:
        _CLOSES[_closer] = (*_CLOSES.get(_closer, ()), _opener)
del _opener, _closers, _closer

_RIGHT_DOUBLE, _LEFT_DOUBLE, _RIGHT_SINGLE, _LEFT_SINGLE = "\u201d", "\u201c", "\u2019", "\u2018"
# Marks that only ever open; their position cannot make them closers.
_OPEN_ONLY = frozenset(key for key in _KINDS if key not in _CLOSES and key != "'")

_MARK_CHARS = "".join(sorted((set("".join(_KINDS)) | set(_CLOSES)) - {"`"}))
# Digraphs first: at a position where both match, ``''`` must win over ``'``. Nothing here can
# backtrack, so one pass finds every candidate. _APOSTROPHE_RE cuts runs of ' exactly as
# _MARK_RE does, so both passes agree on which ' stand alone.
_MARK_RE = re.compile("``|''|[" + re.escape(_MARK_CHARS) + "]")
_APOSTROPHE_RE = re.compile("''|['\u2019]")
# "rock 'n' roll": the two marks around an elided word between two words are apostrophes. They
# are taken out before pairing, so they can neither open nor close a quotation around them.
_ELISION_RE = re.compile(
    r"(?<=\w)[ \t\u00a0]?(['\u2018\u2019])(?:"
    + "|".join(sorted(map(re.escape, ELIDED_BETWEEN_APOSTROPHES)))
    + r")(['\u2019])[ \t\u00a0]?(?=\w)",
    re.IGNORECASE,
)

_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINE_RE = re.compile(_NEWLINE + r"[^\S\r\n]*" + _NEWLINE)
#: A line break of any convention: "\r\n", a lone "\r" or "\n".
LINE_BREAK = re.compile(_NEWLINE)
#: A line that opens with indentation and then a word (wire copy starts paragraphs so).
_INDENTED_RE = re.compile(r"[ \t\u00a0]+\S")

# What may stand before an opening mark besides whitespace: "(“", "—“", and another opener ("‘).
_OPEN_BEFORE = frozenset("([{<-\u2010\u2013\u2014/`" + _MARK_CHARS) - set("\u201d\u2019\u300d\u300f")
# A straight ' opens only after these (a double mark, a bracket), else it is taken for an apostrophe.
_SINGLE_OPEN_BEFORE = frozenset('([{"\u201c\u201e\u201f\u00ab\u00bb`')
# A mark followed by these is not opening anything: `he said ". Then`.
_CLOSE_PUNCT = frozenset(".,;:!?)]}\u2026")

_OPEN, _CLOSE, _EITHER = "open", "close", "either"
# The straight and the curly closing double marks, found per paragraph (see ``_mixed_nesting``).
_DOUBLE_CLOSERS = {'"': re.compile('"'), _RIGHT_DOUBLE: re.compile(_RIGHT_DOUBLE)}

# Prose nests three or four deep. The cap keeps the output linear as well as the scan: every
# character lies in at most this many quotations, so their spans' texts add up to O(cap * len).
MAX_DEPTH = 16


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: a part per paragraph it runs over, marks included in ``parts`` only."""

    parts: tuple[Span, ...]
    inner: tuple[Span, ...]
    family: str
    depth: int
    closed: bool

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass(frozen=True, slots=True)
class MarkScan:
    """Everything ``scan`` found: quotations sorted by start, stray marks, paragraphs."""

    quotations: tuple[Quotation, ...]
    unbalanced: tuple[Span, ...]
    paragraphs: tuple[Span, ...]


def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraphs split at blank lines or, in a text with none, at line breaks.

    Without blank lines, a text that indents some of its lines (wire copy) starts a paragraph
    only at an indented line; otherwise a line that goes on in lower case is the same sentence
    wrapped, not a new paragraph. Either way a quotation hard-wrapped over lines stays whole.
    """
    if _BLANK_LINE_RE.search(text):
        breaks: Iterable[re.Match[str]] = _blank_and_ended_lines(text)
    else:
        breaks = _line_breaks(text)
    found: list[Span] = []
    begin = 0
    for match in (*breaks, None):
        para = Span.stripped(text, begin, len(text) if match is None else match.start())
        if para.start < para.end:
            found.append(para)
        if match is not None:
            begin = match.end()
    return tuple(found)


def _blank_and_ended_lines(text: str) -> list[re.Match[str]]:
    """The blank lines of a text, and the single line breaks that end a paragraph as well.

    Live blogs and pages exported from a CMS keep blank lines between some blocks and one line
    break between the paragraphs of a block: 'The bank said it was "in talks."' / 'A person
    familiar with the talks said ...'. A single break ends a paragraph after a sentence end or
    after a time stamp ("14:12 BST"), when the next line does not go on in lower case and no
    quotation runs over the break (unless the next line re-opens it, as a quote running over
    paragraphs does). The full stop of a title before a name ends no sentence ("chaired by
    Sen." / "Maria Lopez, who ...", see ``_ends_in_abbreviation``). A break the wrapper
    put inside a sentence was made a space before (``wrapping.unwrapped``).
    """
    found: list[re.Match[str]] = []
    begin = 0
    for match in LINE_BREAK.finditer(text):
        blank = _BLANK_LINE_RE.match(text, match.start())
        if blank is not None:
            if not found or found[-1].end() <= blank.start():
                found.append(blank)
            begin = blank.end()
            continue
        if found and match.start() < found[-1].end():
            continue  # the second break of a blank line
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip()
        after = text[match.end() : match.end() + 2]
        if not line or not after.strip() or after[:1].islower() or after[:1].isspace():
            continue
        if not (_ENDED_LINE_RE.search(line) or _STAMP_LINE_RE.fullmatch(line)):
            continue
        if _ends_in_abbreviation(line, text[match.end() : match.end() + _OPENER_REACH]):
            continue
        if _open_double(text[begin : match.start()]) and after[:1] not in _CONTINUING_OPENERS:
            continue
        found.append(match)
        begin = match.end()
    return found


#: Marks that may close a quotation, in any convention the lexicon knows (“ closes „ … “).
_CLOSERS = "".join(sorted(frozenset().union(*OPENERS.values())))
#: A line that ends a sentence: a full stop, question or exclamation mark or ellipsis, maybe
#: then closing quotation marks and brackets.
_ENDED_LINE_RE = re.compile(r"[.!?\u2026][" + re.escape(_CLOSERS + "')]") + "]*$")
#: A line that is a time stamp of a live blog: "14:12 BST", "9.05am", "Updated 10:30 GMT".
_STAMP_LINE_RE = re.compile(r"[\w ]{0,12}?\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\W*", re.IGNORECASE)
#: Marks that re-open a quotation at the start of its next paragraph.
_CONTINUING_OPENERS = frozenset('"\u201c\u201e\u00ab')


#: Abbreviations before a name, in lower case: a line ending in one goes on with the name
#: ("chaired by Sen." / "Maria Lopez"). The lexicon's titles and honorifics with their stop.
_NAME_ABBREVIATIONS = frozenset(
    word for word in lexicon.TITLES | lexicon.HONORIFICS if word.endswith(".")
) | frozenset(a.lower() for a in lexicon.TITLE_ABBREVIATIONS)
#: The last word of a line: what follows its last space.
_LAST_WORD_RE = re.compile(r"\S+$")
#: Characters of the next line read for its first word.
_OPENER_REACH = 40
#: A single initial of a name ("Paula J." / "Brandt").
_INITIAL_RE = re.compile(r"[A-Z]\.")


def _ends_in_abbreviation(line: str, after: str) -> bool:
    """Whether ``line`` ends in the full stop of a title or an initial before a name rather
    than a sentence's ("chaired by Sen." / "Maria Lopez, who ..."), unless the next line opens a
    sentence as the parser's ``abbreviation_stops`` reads one ("on Main St." / "The police
    said"). A line ending in "a.m." or "U.S." ends a paragraph as any other: there the sentence
    mostly ends ("the flight landed in the U.S." / "Officials said ...")."""
    last = _LAST_WORD_RE.search(line)
    word = last.group().lstrip("(\"'\u201c\u2018") if last else ""
    if word.lower() not in _NAME_ABBREVIATIONS and not _INITIAL_RE.fullmatch(word):
        return False
    opener = re.match(r"\w+", after.lstrip())
    return opener is None or opener.group().lower() not in lexicon.SENTENCE_OPENERS


def _open_double(stretch: str) -> bool:
    """Whether a double quotation opened in ``stretch`` is still open at its end ('She said:
    "We go.'), pairing the marks as the lexicon's ``OPENERS`` do: „ … “ in German, « … »
    in French, “ … ” and straight marks in English. A closer with nothing open is a stray."""
    opened = ""
    for char in stretch:
        if char not in lexicon.DOUBLE_MARKS:
            continue
        if opened and char in OPENERS[opened]:
            opened = ""
        elif not opened and char in OPENERS:
            opened = char
    return bool(opened)


def _line_breaks(text: str) -> list[re.Match[str]]:
    """The line breaks of a text without blank lines that end paragraphs."""
    found = list(LINE_BREAK.finditer(text))
    indented = [m for m in found if _INDENTED_RE.match(text, m.end())]
    first = 1 if _INDENTED_RE.match(text) else 0
    flush = len(found) - len(indented) + 1 - first
    if len(indented) + first >= 2 and flush >= 1:
        return indented
    return [m for m in found if not text[m.end() : m.end() + 1].islower()]


def scan(text: str) -> MarkScan:
    """Find every quotation in ``text``; never raises, runs in linear time."""
    paras = paragraphs(text)
    scanner = _Scanner(text)
    begin = paras[0].start if paras else 0
    for index, para in enumerate(paras):
        scanner.paragraph(para, begin)
        begin = scanner.end_paragraph(para, paras[index + 1] if index + 1 < len(paras) else None)
    # Strays are met in text order, recovered openers when given up on: merge the two runs.
    unbalanced = sorted(scanner.unbalanced, key=lambda span: span.start)
    return MarkScan(_with_depths(scanner.found), tuple(unbalanced), paras)


@dataclass(slots=True)
class _Open:
    """A quotation still open while scanning."""

    key: str  # the mark that opened the current part: it decides what may close it
    family: str
    group: str
    start: int
    width: int
    parts: tuple[Span, ...] = ()  # parts finished so far, one per paragraph
    inner: tuple[Span, ...] = ()
    closed: bool = False


@dataclass(slots=True)
class _Ahead:
    """Positions of closing candidates in one paragraph, consumed left to right.

    Asking "is there another one after here?" costs amortised O(1), so apostrophe lookahead
    stays linear however many marks the paragraph holds.
    """

    positions: list[int] = field(default_factory=list)
    next: int = 0

    def after(self, pos: int) -> bool:
        while self.next < len(self.positions) and self.positions[self.next] <= pos:
            self.next += 1
        return self.next < len(self.positions)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        # Opening mark -> indices in the stack of the quotations it opened, innermost last.
        self.open_at: dict[str, list[int]] = {key: [] for key in _KINDS}
        # In order of opening, so of start; a straight ' that was an apostrophe keeps no parts.
        self.found: list[_Open] = []
        self.unbalanced: list[Span] = []
        # Where the paragraph's straight " and curly ” stand, for ``_mixed_nesting``.
        self.doubles: dict[str, list[int]] = {'"': [], _RIGHT_DOUBLE: []}

    def paragraph(self, para: Span, begin: int) -> None:
        text, first, last = self.text, para.start, para.end
        # Where a ' or ’ might close a quotation, found first so the main pass can look ahead.
        # ("''" is matched only so runs of ' split as in the main pass; its entry goes unread.)
        ahead = {"'": _Ahead(), _RIGHT_SINGLE: _Ahead(), "''": _Ahead()}
        elided = {m.start(g) for m in _ELISION_RE.finditer(text, begin, last) for g in (1, 2)}
        self.doubles = {mark: [m.start() for m in pattern.finditer(text, begin, last)] for mark, pattern in _DOUBLE_CLOSERS.items()}
        for match in _APOSTROPHE_RE.finditer(text, begin, last):
            pos = match.start()
            if elided and pos in elided:
                continue
            if pos > first and not text[pos - 1].isspace() and not (pos + 1 < last and text[pos + 1].isalnum()):
                ahead[match.group()].positions.append(pos)
        for match in _MARK_RE.finditer(text, begin, last):
            pos, end, mark = match.start(), match.end(), match.group()
            if elided and pos in elided:
                continue
            before = text[pos - 1] if pos > first else ""
            after = text[end] if end < last else ""
            if mark == "'":
                self._straight_single(para, pos, before, after, ahead["'"])
            elif mark == _RIGHT_SINGLE:
                self._right_single(para, pos, before, after, ahead[_RIGHT_SINGLE])
            else:
                self._mark(para, pos, mark, before, after)

    def end_paragraph(self, para: Span, following: Span | None) -> int:
        """Close what the paragraph left open; return where scanning of the next one starts."""
        while len(self.stack) > 1:
            self._close_top(para.end, 0, closed=False)
        mark = self._continuation(following) if self.stack and following else None
        if mark is None or following is None:
            if self.stack:
                self._close_top(para.end, 0, closed=False)
            return following.start if following else para.end
        # The news convention: the quote goes on, re-opened at the next paragraph.
        entry = self.stack[0]
        self._add_part(entry, para.end, 0)
        self.open_at[entry.key].pop()
        entry.key, entry.start, entry.width = mark, following.start, len(mark)
        self.open_at[mark].append(0)
        return following.start + len(mark)

    def _continuation(self, para: Span) -> str | None:
        entry = self.stack[0]
        if entry.key == "'":
            return None  # a straight-single pair never spans paragraphs
        head = self.text[para.start : para.start + 2]
        mark = head if head in ("``", "''") else head[:1]
        if mark != "'" and _KINDS.get(mark, ("", ""))[1] == entry.group:
            return mark
        return None

    def _mark(self, para: Span, pos: int, mark: str, before: str, after: str) -> None:
        if mark == _LEFT_SINGLE and before.isalnum() and after.isalnum():
            return  # don‘t: a misplaced apostrophe, not a quotation
        if mark == _LEFT_SINGLE and _ELIDED_YEAR.match(self.text, pos + 1) and _YEAR_BEFORE.search(self.text, max(0, pos - 8), pos):
            return  # "in ‘08", "the ‘90s": an elided century, written with the wrong mark
        target = self._target(mark)
        where = _position(before, after)
        if mark == _RIGHT_DOUBLE:
            # ” with nothing to close, before a word, is a slip for “.
            can_open = target < 0 and (not before or before.isspace()) and after.isalnum()
        else:
            can_open = mark in _KINDS
        if mark in _OPEN_ONLY or (can_open and (where == _OPEN or (where == _EITHER and target < 0))):
            self._open(para, pos, _LEFT_DOUBLE if mark == _RIGHT_DOUBLE else mark, len(mark))
        elif target >= 0:
            self._close(para, target, pos, len(mark))
        else:
            self.unbalanced.append(Span(pos, pos + len(mark), mark))

    def _straight_single(self, para: Span, pos: int, before: str, after: str, ahead: _Ahead) -> None:
        if before.isalnum() and after.isalnum():
            return  # don't, rock'n'roll, 5'10
        opened = self.open_at["'"]
        if opened:
            if before and not before.isspace() and not after.isalnum():
                if not (self._possessive(para, pos, before, after) and ahead.after(pos)):
                    self._close(para, opened[-1], pos, 1)
            return
        # Opens only when a closer waits later in the paragraph; otherwise it is 'tis, 'em.
        if (
            (not before or before.isspace() or before in _SINGLE_OPEN_BEFORE)
            and after.isalpha()
            and not (self.stack and self.stack[-1].group == "single")
            and len(self.stack) < MAX_DEPTH
            and ahead.after(pos)
        ):
            self._push("'", pos, 1)

    def _right_single(self, para: Span, pos: int, before: str, after: str, ahead: _Ahead) -> None:
        if after.isalnum() and (before.isalnum() or not before or before.isspace() or before in _OPEN_BEFORE):
            return  # Huawei’s, rock’n’roll, ’90s, ’tis
        target = self._target(_RIGHT_SINGLE)
        # With nothing to close it is a plural possessive (the Americans’ view): not a finding.
        if target >= 0 and not (self._possessive(para, pos, before, after) and ahead.after(pos)):
            self._close(para, target, pos, 1)

    def _possessive(self, para: Span, pos: int, before: str, after: str) -> bool:
        # ‘The workers’ union will strike,’ she said: s + mark + space + lowercase word.
        return before in ("s", "S") and after == " " and pos + 2 < para.end and self.text[pos + 2].islower()

    def _target(self, mark: str) -> int:
        """Stack index of the innermost open quotation ``mark`` may close, or -1."""
        best = -1
        for key in _CLOSES.get(mark, ()):
            opened = self.open_at[key]
            if opened and opened[-1] > best:
                best = opened[-1]
        return best

    def _mixed_nesting(self, pos: int, key: str) -> bool:
        """Whether a straight " opening inside a curly “…” (or a “ inside a straight "…") is a
        quotation within the quotation: 'The ministry said: “The plan, which critics call "a
        farce", will go ahead.”' mixes two styles, the inner pair closed before the outer one,
        all on one line. With one style only, a mark at the other's side ("“), or a line break
        between, a second opener means the first lost its closer."""
        top = self.stack[-1]
        if (top.key, key) == (_LEFT_DOUBLE, '"'):
            inner, outer_mark = '"', _RIGHT_DOUBLE
        elif (top.key, key) == ('"', _LEFT_DOUBLE):
            inner, outer_mark = _RIGHT_DOUBLE, '"'
        else:
            return False
        if not self.text[top.start + top.width : pos].strip() or LINE_BREAK.search(self.text, top.start, pos):
            return False
        closers, after = self.doubles[inner], self.doubles[outer_mark]
        at = bisect_right(closers, pos)
        if at == len(closers):
            return False
        outer = bisect_right(after, closers[at])
        return outer < len(after) and not LINE_BREAK.search(self.text, pos, after[outer])

    def _open(self, para: Span, pos: int, key: str, width: int) -> None:
        if self.stack and self.stack[-1].group == _KINDS[key][1] and not self._mixed_nesting(pos, key):
            # Same-group nesting is not supported: the open one is missing its closer.
            self._close_top(self._trim(para, pos), 0, closed=False)
        if len(self.stack) >= MAX_DEPTH:
            self.unbalanced.append(Span(pos, pos + width, self.text[pos : pos + width]))
        else:
            self._push(key, pos, width)

    def _push(self, key: str, pos: int, width: int) -> None:
        family, group = _KINDS[key]
        self.open_at[key].append(len(self.stack))
        entry = _Open(key, family, group, pos, width)
        self.stack.append(entry)
        self.found.append(entry)

    def _close(self, para: Span, index: int, pos: int, width: int) -> None:
        if len(self.stack) - 1 > index:
            cut = self._trim(para, pos)  # quotations opened inside end where the words end
            while len(self.stack) - 1 > index:
                self._close_top(cut, 0, closed=False)
        self._close_top(pos + width, width, closed=True)

    def _close_top(self, end: int, closer: int, *, closed: bool) -> None:
        entry = self.stack.pop()
        self.open_at[entry.key].pop()
        if not closed and entry.key == "'":
            entry.parts = ()  # an unpaired straight ' was an apostrophe after all: never a finding
            return
        self._add_part(entry, end, closer)
        entry.closed = closed
        if not closed:
            mark_end = entry.start + entry.width
            self.unbalanced.append(Span(entry.start, mark_end, self.text[entry.start : mark_end]))

    def _add_part(self, entry: _Open, end: int, closer: int) -> None:
        text = self.text
        start = entry.start + entry.width
        stop = max(end - closer, start)
        entry.parts += (Span(entry.start, end, text[entry.start : end]),)
        entry.inner += (Span.stripped(text, start, stop),)

    def _trim(self, para: Span, pos: int) -> int:
        """End of the last non-space character before ``pos`` in ``para``."""
        while pos > para.start and self.text[pos - 1].isspace():
            pos -= 1
        return pos


#: Two digits of a year after an elision mark ("‘08", "‘90s"), and the words before one.
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?![\w%]))(?! percent)")
_YEAR_BEFORE = re.compile(r"(?i)(?:^|\W)(?:in|of|since|from|the|by|until|to|and|or|early|late|mid|class)\s$")


def _position(before: str, after: str) -> str:
    """Opening, closing or either, from the characters around a mark ("" at paragraph edges).

    The two tests cannot both hold: opening wants space or an opener before, closing anything else.
    """
    if not before or before.isspace() or before in _OPEN_BEFORE:
        if after and not after.isspace() and after not in _CLOSE_PUNCT:
            return _OPEN
    elif not after.isalnum():
        return _CLOSE
    return _EITHER


def _with_depths(found: list[_Open]) -> tuple[Quotation, ...]:
    # Depth from geometry rather than from the stack, so a straight ' dropped while scanning
    # never leaves a gap in the depths of what it contained. ``found`` is in order of start.
    ends: list[int] = []
    result: list[Quotation] = []
    for entry in found:
        if not entry.parts:
            continue
        while ends and ends[-1] <= entry.parts[0].start:
            ends.pop()
        result.append(Quotation(entry.parts, entry.inner, entry.family, len(ends), entry.closed))
        ends.append(entry.parts[-1].end)
    return tuple(result)
