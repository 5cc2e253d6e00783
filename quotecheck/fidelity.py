"""Quote fidelity: are the quoted words in the original source, word for word?

Given the original (a transcript, a statement, the article quoted from), each quotation is looked
up in it after normalising what typesetting changes and a faithful quotation may change: case,
curly versus straight quotes and apostrophes, dashes and hyphens, whitespace, punctuation at word
edges. Editorial marks are honoured: an ellipsis (``...``, ``…``, ``[...]``) is a gap, the words
around it must appear in order and near each other; a bracketed insertion (``[the minister]``)
stands for a few words of the original; ``[sic]`` and brackets inside a word (``[t]he``) are
dropped.

A quotation that is there exactly is ``exact``. Otherwise the closest stretch of the original is
found (``difflib.SequenceMatcher`` over words, at the places its rarest words point to, so the
cost stays near-linear in the length of the original) and reported as ``changed``, with a word
diff, when it is similar enough, else as ``absent``. Pure: no spaCy, no I/O except
``read_original``.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterator, Literal, Sequence

from .model import Span

#: Similarity (``SequenceMatcher.ratio`` over words) from which a stretch of the original counts
#: as the same quotation, changed: one word changed in three still passes (0.67), two in four
#: does not (0.5).
MIN_SIMILARITY = 0.6
#: Most words of the original a bracketed insertion may stand for ("[the minister]" for "he").
MAX_INSERTION_WORDS = 5
#: Most words an ellipsis may leave out: the parts around it must be this near each other.
MAX_GAP_WORDS = 120
#: Rarest words of a quotation used to find where it may be in the original.
ANCHORS = 4
#: Places of the original compared in full with a quotation that is not there exactly.
CANDIDATES = 6
#: Words of context shown on each side of a change in the diff.
DIFF_CONTEXT = 2
#: Bound on the exact search in pathological originals (one word repeated thousands of times).
SEARCH_BUDGET = 20_000

Verdict = Literal["exact", "changed", "absent"]

# Typesetting variants folded before comparing: curly and straight quotes and apostrophes,
# primes and the modifier letter apostrophe (U+02BC), every dash and hyphen, non-breaking spaces.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# A word: letters and digits, with inner apostrophes or full stops ("don't", "U.S", "9.5"), or
# brackets that change a letter inside it ("organi[z]ation"; the key drops them). Hyphens split
# words, so "long-term" matches "long term" and "long — term".
_WORD = re.compile(r"[^\W_]+(?:(?:['.]|[\[\]]{1,2})[^\W_]+)*")
# A transcriber's note standing alone in the original ("[laughter]", "[inaudible]", "[...]"):
# not anyone's words, so left out of the original's words.
_SOURCE_NOTE = re.compile(r"(?<![^\W_])\[[^\[\]\n]*\](?![^\W_])")
# Ellipses, bracketed or not, including spaced full stops.
_GAP = re.compile(r"[\[(]\s*(?:\.\s*){3,}[\])]|[\[(]\s*…\s*[\])]|…|\.(?:\s?\.){2,}")
# Square brackets: an editor's insertion, or a letter changed inside a word.
_BRACKET = re.compile(r"\[([^\[\]]*)\](?:['’]s\b)?")
_GLUED = re.compile(r"(?<=[^\W_])\[([^\[\]\s]*)\]|\[([^\[\]\s]*)\](?=[^\W_])")
_EDITORIAL_NOTES = frozenset({"sic", "sic!", "emphasis added", "emphasis mine", "sic.", "inaudible", "crosstalk"})

#: A bracketed insertion in a pattern: stands for 0..MAX_INSERTION_WORDS words of the original.
WILD = "\x00wild"
#: An ellipsis in a pattern: stands for 0..MAX_GAP_WORDS words of the original.
GAP = "\x00gap"


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its comparison key and where it is in the text it came from."""

    key: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their offsets in ``text``."""
    folded = text.translate(_FOLD)
    return [Token(_key(m.group()), m.start(), m.end()) for m in _WORD.finditer(folded)]


def _key(word: str) -> str:
    if "[" in word or "]" in word:
        word = word.replace("[", "").replace("]", "")
    return word.casefold()


def words(text: str) -> tuple[str, ...]:
    """The comparison keys of the words of ``text`` (ellipses and brackets are not special)."""
    return tuple(t.key for t in tokens(text))


@dataclass(frozen=True, slots=True)
class Pattern:
    """A quotation ready to look up: word keys, with ``WILD`` and ``GAP`` for editorial marks.

    ``shown`` holds the words as the article prints them, for the diff.
    """

    keys: tuple[str, ...]
    shown: tuple[str, ...]

    @property
    def literal(self) -> int:
        return sum(1 for k in self.keys if k not in (WILD, GAP))

    def segments(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The stretches between ellipses (``WILD`` stays inside them), empty ones dropped."""
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        keys: list[str] = []
        shown: list[str] = []
        for key, word in zip(self.keys, self.shown):
            if key == GAP:
                if any(k != WILD for k in keys):
                    out.append((tuple(keys), tuple(shown)))
                keys, shown = [], []
            else:
                keys.append(key)
                shown.append(word)
        if any(k != WILD for k in keys):
            out.append((tuple(keys), tuple(shown)))
        return out


def pattern(text: str) -> Pattern:
    """The pattern of a quotation's inner text (quotation marks at its edges are ignored)."""
    keys: list[str] = []
    shown: list[str] = []

    def add_words(piece: str) -> None:
        for tok in tokens(piece):
            keys.append(tok.key)
            shown.append(piece[tok.start : tok.end])

    def add_plain(piece: str) -> None:
        # Brackets glued to a word change a letter or an ending ("[t]he", "organi[z]ation"):
        # keep the letters. Brackets standing alone are an insertion, or a note such as [sic].
        piece = _GLUED.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), piece)
        pos = 0
        for m in _BRACKET.finditer(piece):
            add_words(piece[pos : m.start()])
            note = m.group(1).strip()
            if note and note.casefold() not in _EDITORIAL_NOTES:
                keys.append(WILD)
                shown.append(m.group())
            pos = m.end()
        add_words(piece[pos:])

    pos = 0
    for m in _GAP.finditer(text):
        add_plain(text[pos : m.start()])
        keys.append(GAP)
        shown.append("…")
        pos = m.end()
    add_plain(text[pos:])
    return Pattern(tuple(keys), tuple(shown))


@dataclass(frozen=True, slots=True)
class Match:
    """How one quotation compares with the original."""

    verdict: Verdict
    #: SequenceMatcher-style similarity over words, 1.0 for an exact match.
    similarity: float
    #: Word diff: ``[-...-]`` words of the original left out or replaced, ``{+...+}`` words the
    #: article has and the original does not; empty when exact.
    diff: str = ""
    #: The stretch of the original that matched best (offsets into the original), if any.
    where: Span | None = None
    #: Why a match that is not exact is not: "" or a short note ("parts out of order").
    note: str = ""


@dataclass(frozen=True, slots=True)
class Original:
    """The source a quotation should come from: its text, name, and a word index over it."""

    text: str
    name: str = "the source"
    _keys: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _ends: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _index: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    _newlines: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _cache: dict[str, Match] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Parallel tuples rather than Token objects: a long transcript is indexed in one pass.
        folded = _SOURCE_NOTE.sub(lambda m: " " * len(m.group()), self.text.translate(_FOLD))
        found = list(_WORD.finditer(folded))
        keys = tuple(_key(m.group()) for m in found)
        index: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            index.setdefault(key, []).append(i)
        object.__setattr__(self, "_keys", keys)
        object.__setattr__(self, "_starts", tuple(m.start() for m in found))
        object.__setattr__(self, "_ends", tuple(m.end() for m in found))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_newlines", tuple(i for i, ch in enumerate(self.text) if ch == "\n"))
        object.__setattr__(self, "_cache", {})

    def line_of(self, offset: int) -> int:
        """The line number (from 1) of a character offset."""
        return bisect.bisect_left(self._newlines, offset) + 1

    def span(self, first: int, last: int) -> Span:
        """The text of words ``first`` to ``last`` (inclusive) of the original."""
        return Span.of(self.text, self._starts[first], self._ends[last])

    def compare(self, quotation: str) -> Match:
        """Compare a quotation's inner text with the original (cached per text)."""
        cached = self._cache.get(quotation)
        if cached is None:
            cached = _compare(self, pattern(quotation))
            self._cache[quotation] = cached
        return cached

    # -- exact search --------------------------------------------------------------------

    def occurrences(self, run: Sequence[str], lo: int, hi: int) -> Iterator[int]:
        """Starts ``s`` in ``[lo, hi]`` where the words ``run`` appear, in order."""
        if not run:
            return
        # Anchor on the rarest word of the run: fewest places to check.
        j = min(range(len(run)), key=lambda i: len(self._index.get(run[i], ())))
        positions = self._index.get(run[j])
        if not positions:
            return
        n = len(run)
        k = bisect.bisect_left(positions, lo + j)
        while k < len(positions):
            start = positions[k] - j
            if start > hi:
                return
            if self._keys[start : start + n] == tuple(run):
                yield start
            k += 1


def _runs(keys: Sequence[str]) -> tuple[list[tuple[str, ...]], list[int]]:
    """Literal runs, and the most words allowed between run i and run i+1."""
    runs: list[tuple[str, ...]] = []
    gaps: list[int] = []
    current: list[str] = []
    for key in keys:
        if key in (WILD, GAP):
            if current:
                runs.append(tuple(current))
                gaps.append(0)
                current = []
            if runs:
                gaps[-1] += MAX_INSERTION_WORDS if key == WILD else MAX_GAP_WORDS
        else:
            current.append(key)
    if current:
        runs.append(tuple(current))
        gaps.append(0)
    return runs, gaps[:-1] if gaps else gaps


def exact(original: Original, keys: Sequence[str]) -> tuple[int, int] | None:
    """First and last word of an exact occurrence of a pattern in ``original``, or None."""
    runs, gaps = _runs(keys)
    if not runs:
        return None
    budget = [SEARCH_BUDGET]

    def extend(k: int, lo: int, hi: int) -> int | None:
        for start in original.occurrences(runs[k], lo, hi):
            budget[0] -= 1
            if budget[0] < 0:
                return None
            end = start + len(runs[k])
            if k + 1 == len(runs):
                return end - 1
            last = extend(k + 1, end, end + gaps[k])
            if last is not None:
                return last
        return None

    for first in original.occurrences(runs[0], 0, len(original._keys)):
        budget[0] -= 1
        if budget[0] < 0:
            return None
        end = first + len(runs[0])
        if len(runs) == 1:
            return first, end - 1
        last = extend(1, end, end + gaps[0])
        if last is not None:
            return first, last
    return None


# -- approximate search ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Aligned:
    matched: int
    size_a: int
    size_b: int
    first: int | None
    last: int | None
    hunks: tuple[str, ...]

    @property
    def similarity(self) -> float:
        total = self.size_a + self.size_b
        return 2.0 * self.matched / total if total else 0.0


def _starts(original: Original, keys: Sequence[str]) -> list[int]:
    """Likely places of a changed quotation: where its rarest words say it would start."""
    seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key != WILD and key in original._index and key not in seen:
            seen[key] = i
    rare = sorted(seen, key=lambda k: (len(original._index[k]), seen[k]))[:ANCHORS]
    votes: dict[int, int] = {}
    for key in rare:
        offset = seen[key]
        for pos in original._index[key]:
            start = pos - offset
            votes[start] = votes.get(start, 0) + 1
    ranked = sorted(votes, key=lambda s: (-votes[s], s))
    return ranked[:CANDIDATES]


def _align(original: Original, keys: Sequence[str], shown: Sequence[str], start: int) -> _Aligned:
    literal = [k for k in keys if k != WILD]
    wild = len(keys) - len(literal)
    pad = len(keys) // 2 + 3 + wild * MAX_INSERTION_WORDS
    lo = max(0, start - pad)
    hi = min(len(original._keys), start + len(keys) + pad)
    window = original._keys[lo:hi]
    matcher = SequenceMatcher(None, list(keys), list(window), autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return _Aligned(0, len(literal), 0, None, None, ())
    # Trim the window to the matched stretch, widened by as many words as the quotation has
    # unmatched at either edge, so a changed first or last word reads as a replacement.
    first_b = blocks[0].b - min(blocks[0].a, blocks[0].b)
    tail_a = len(keys) - (blocks[-1].a + blocks[-1].size)
    last_b = min(len(window), blocks[-1].b + blocks[-1].size + tail_a)
    b_lo, b_hi = lo + first_b, lo + last_b
    matcher = SequenceMatcher(None, list(keys), list(original._keys[b_lo:b_hi]), autojunk=False)
    matched = 0
    absorbed = 0
    changes: list[tuple[int, int, str]] = []  # (a position, a end, text) of each change
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            matched += a2 - a1
            continue
        a_keys = keys[a1:a2]
        if a_keys and all(k == WILD for k in a_keys) and b2 - b1 <= MAX_INSERTION_WORDS * len(a_keys):
            absorbed += b2 - b1  # a bracketed insertion standing for these words
            continue
        removed = " ".join(original.text[original._starts[b_lo + i] : original._ends[b_lo + i]] for i in range(b1, b2))
        added = " ".join(shown[a1:a2])
        text = (f"[-{removed}-]" if removed else "") + (" " if removed and added else "") + (f"{{+{added}+}}" if added else "")
        changes.append((a1, a2, text))
    hunks = _hunks(shown, changes)
    size_b = (b_hi - b_lo) - absorbed
    return _Aligned(matched, len(literal), size_b, b_lo, b_hi - 1, hunks)


def _hunks(shown: Sequence[str], changes: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """Changes with DIFF_CONTEXT words of the article around each, merged when they touch."""
    out: list[str] = []
    prev_end = None
    for a1, a2, text in changes:
        before_lo = max(0, a1 - DIFF_CONTEXT)
        if prev_end is not None and before_lo <= prev_end:
            between = [w for w in shown[prev_end:a1] if w]
            out[-1] = " ".join([out[-1], *between, text])
        else:
            if prev_end is not None:
                out[-1] = " ".join([out[-1], *shown[prev_end : min(len(shown), prev_end + DIFF_CONTEXT)]])
            out.append(" ".join([*shown[before_lo:a1], text]))
        prev_end = a2
    if out and prev_end is not None:
        out[-1] = " ".join([out[-1], *shown[prev_end : min(len(shown), prev_end + DIFF_CONTEXT)]])
    return tuple(h.strip() for h in out)


def _best(original: Original, keys: Sequence[str], shown: Sequence[str]) -> _Aligned:
    literal = sum(1 for k in keys if k != WILD)
    best = _Aligned(0, literal, 0, None, None, (f"{{+{' '.join(w for w, k in zip(shown, keys) if k != WILD)}+}}",))
    for start in _starts(original, keys):
        aligned = _align(original, keys, shown, start)
        if aligned.similarity > best.similarity:
            best = aligned
    return best


def _compare(original: Original, pat: Pattern) -> Match:
    if pat.literal == 0:
        return Match("exact", 1.0)
    found = exact(original, pat.keys)
    if found is not None:
        return Match("exact", 1.0, where=original.span(*found))

    segments = pat.segments()
    aligned = [_best(original, keys, shown) for keys, shown in segments]
    matched = sum(a.matched for a in aligned)
    total = sum(a.size_a + a.size_b for a in aligned)
    similarity = 2.0 * matched / total if total else 0.0
    located = [a for a in aligned if a.first is not None]
    where = None
    if located:
        first = min(a.first for a in located if a.first is not None)
        last = max(a.last for a in located if a.last is not None)
        if last - first <= (MAX_GAP_WORDS + 40) * len(segments):
            where = original.span(first, last)
    hunks = [h for a in aligned for h in a.hunks]
    if not hunks:
        # Every part is there word for word, but not in this order or not near each other.
        return Match(
            "changed",
            similarity,
            where=where,
            note="the parts around the ellipsis are not in this order or not near each other in the source",
        )
    verdict: Verdict = "changed" if similarity >= MIN_SIMILARITY else "absent"
    return Match(verdict, round(similarity, 3), " … ".join(hunks), where if verdict == "changed" else None)


# -- reading an original ----------------------------------------------------------------------

#: Quotation marks and spaces stripped from the edges of a quoted span before comparing.
_EDGE = "\"'“”‘’„‟‚‛«»‹›「」『』` \t\r\n"


def inner(quoted: str) -> str:
    """The words of a quoted span without the quotation marks around them."""
    return quoted.strip(_EDGE)


def read_original(path: str) -> Original:
    """Read ``--source FILE`` as articles are read (same encodings, HTML and Markdown to text).

    Raises ``InputError`` with a one-line message when it cannot be read.
    """
    from .errors import InputError
    from .inputs import decode, extracted_text, format_of

    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError("is a directory", source=path) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", source=path) from None
    text = decode(data, source=path)
    text, _ = extracted_text(text, format_of(path), source=path)
    return Original(text, name=os.path.basename(path))
