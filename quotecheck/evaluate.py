"""Score quotecheck's quotes against gold annotations, the one way every project figure is scored.

The rules are those of "How the project's figures are scored" in the evaluation data's README:
every content fragment is a unit; spans are normalised before comparison; exact and overlap
(character Jaccard >= 0.5, paired one-to-one, greedily, best first) precision / recall / F1 are
micro-averaged over the split; speaker accuracy is counted over overlap-matched pairs whose gold
unit has a source; recall by gold type ignores the predicted type.

This module reads gold JSONL and counts. It never prints: ``Scores.to_dict()`` is the hand-over to
whatever renders the figures.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from quotecheck.errors import InputError, RecordError
from quotecheck.inputs import json_problem
from quotecheck.model import QUOTE_TYPES, Span

# ---------------------------------------------------------------------------------------------
# Span normalisation
#
# The characters below are part of the *scoring definition*, so they are spelled out here rather
# than imported from ``lexicon``: a change to the extractor's quote-mark tables must not silently
# change what a published figure means. Quotation marks: straight and curly double and single
# marks, low-9 marks („ ‚), reversed-9 marks (‟ ‛), guillemets (« » ‹ ›), CJK corner brackets
# and the backtick; the two-character '' and `` are covered because trimming repeats.
# ---------------------------------------------------------------------------------------------

_QUOTE_MARKS = frozenset(
    "\"'`"
    "\u201c\u201d\u201e\u201f"  # “ ” „ ‟
    "\u2018\u2019\u201a\u201b"  # ‘ ’ ‚ ‛
    "\u00ab\u00bb\u2039\u203a"  # « » ‹ ›
    "\u300c\u300d\u300e\u300f"  # 「 」 『 』
)
#: ``, . ; : — – -`` as the README lists them.
_EDGE_PUNCTUATION = frozenset(",.;:\u2014\u2013-")
_TRIMMED = _QUOTE_MARKS | _EDGE_PUNCTUATION

#: One complementiser "that" at the start of reported content (PolNeAR puts it inside the span).
_LEADING_THAT = re.compile(r"that\s", re.IGNORECASE)

#: Words for speaker matching: alphanumeric runs, after dropping a possessive 's / ’s.
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` past whitespace, quotation marks and edge punctuation."""
    while start < end and (text[start].isspace() or text[start] in _TRIMMED):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIMMED):
        end -= 1
    return start, end


def normalise(span: Span) -> tuple[int, int]:
    """The normalised ``(start, end)`` of ``span`` in document offsets; may be empty (start == end).

    Works on ``span.text``, which equals ``document[span.start:span.end]``, so it needs no document.
    """
    text = span.text
    start, end = _trim(text, 0, len(text))
    that = _LEADING_THAT.match(text, start, end)
    if that is not None:
        start, end = _trim(text, that.end(), end)
    return span.start + start, span.start + end


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / ((a[1] - a[0]) + (b[1] - b[0]) - inter)


def _overlap_enough(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # Integer test of Jaccard >= 0.5, so the threshold is exact: 2 * inter >= union.
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    return 2 * inter >= (a[1] - a[0]) + (b[1] - b[0]) - inter


def _words(text: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", text).casefold())


# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldUnit:
    """One gold content fragment with its relation's source and cue.

    ``speaker`` is the first source fragment; ``speaker_parts`` holds every source fragment
    (``speaker`` included) as ``read_gold`` builds it.
    """

    type: str
    content: Span
    speaker: Span | None
    cue: Span | None
    speaker_parts: tuple[Span, ...] = ()
    relation_id: str | None = None

    @property
    def sources(self) -> tuple[Span, ...]:
        """Every source fragment; empty exactly when the relation has no source."""
        if self.speaker_parts:
            return self.speaker_parts
        return () if self.speaker is None else (self.speaker,)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold article: its id, text and content fragments."""

    id: str
    text: str
    quotes: tuple[GoldUnit, ...]


@dataclass(frozen=True, slots=True)
class PredUnit:
    """One predicted content fragment with its quote's speaker, resolved name, cue and type."""

    type: str
    content: Span
    speaker: Span | None
    speaker_name: str | None
    cue: Span | None
    quote_id: str | None = None


def units_from_report(quotes: Sequence[Mapping[str, Any]]) -> list[PredUnit]:
    """Split quote dicts (as ``Quote.to_dict()`` makes them) into one unit per content span.

    A ``content`` that is a single span mapping, as in the gold files, gives one unit.
    """
    units: list[PredUnit] = []
    for quote in quotes:
        content = quote["content"]
        parts = [content] if isinstance(content, Mapping) else content
        speaker = _span_or_none(quote.get("speaker"))
        cue = _span_or_none(quote.get("cue"))
        for part in parts:
            units.append(
                PredUnit(
                    type=str(quote.get("type", "unknown")),
                    content=Span.from_dict(part),
                    speaker=speaker,
                    speaker_name=quote.get("speaker_name"),
                    cue=cue,
                    quote_id=quote.get("id"),
                )
            )
    return units


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


# ---------------------------------------------------------------------------------------------
# Reading gold
# ---------------------------------------------------------------------------------------------


def read_gold(path: str | os.PathLike[str]) -> Iterator[GoldDoc]:
    """Stream the documents of a gold JSONL file, one per non-blank line.

    Raises ``InputError`` when the file cannot be opened (on first iteration: this is a generator)
    and ``RecordError`` with the 1-based line number for a line that is not a valid gold record,
    including a span whose text does not match the document at its offsets.
    """
    source = os.fspath(path)
    try:
        handle = open(source, "rb")
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a gold JSONL file", source=source) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=source) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise RecordError("not valid UTF-8", source=source, line=number) from None
            if number == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            try:
                doc = _gold_doc(json.loads(line))
            except json.JSONDecodeError as err:
                raise RecordError(json_problem(err), source=source, line=number) from None
            except _BadRecord as err:
                raise RecordError(str(err), source=source, line=number) from None
            yield doc


class _BadRecord(ValueError):
    """A gold record that does not fit the format; ``read_gold`` adds the line number."""


def _gold_doc(data: Any) -> GoldDoc:
    if not isinstance(data, dict):
        raise _BadRecord("a gold record must be a JSON object")
    doc_id, text, quotes = data.get("id"), data.get("text"), data.get("quotes")
    if not isinstance(doc_id, str):
        raise _BadRecord("'id' must be a string")
    if not isinstance(text, str):
        raise _BadRecord(f"document {doc_id}: 'text' must be a string")
    if not isinstance(quotes, list):
        raise _BadRecord(f"document {doc_id}: 'quotes' must be a list")
    units = tuple(
        _gold_unit(text, quote, f"document {doc_id}, quote {i}") for i, quote in enumerate(quotes)
    )
    return GoldDoc(id=doc_id, text=text, quotes=units)


def _gold_unit(text: str, data: Any, where: str) -> GoldUnit:
    if not isinstance(data, dict):
        raise _BadRecord(f"{where}: a quote must be a JSON object")
    kind = data.get("type")
    if kind not in QUOTE_TYPES:
        raise _BadRecord(f"{where}: 'type' must be one of {', '.join(QUOTE_TYPES)}, not {kind!r}")
    content = _gold_span(text, data.get("content"), f"{where}, content")
    if content is None:
        raise _BadRecord(f"{where}: 'content' is missing")
    speaker = _gold_span(text, data.get("speaker"), f"{where}, speaker")
    cue = _gold_span(text, data.get("cue"), f"{where}, cue")
    extra = data.get("speaker_parts") or []
    if not isinstance(extra, list):
        raise _BadRecord(f"{where}: 'speaker_parts' must be a list")
    parts: list[Span] = [] if speaker is None else [speaker]
    for i, part in enumerate(extra):
        span = _gold_span(text, part, f"{where}, speaker_parts[{i}]")
        if span is not None and span not in parts:
            parts.append(span)
    relation_id = data.get("relation_id")
    return GoldUnit(
        type=kind,
        content=content,
        speaker=speaker if speaker is not None else (parts[0] if parts else None),
        cue=cue,
        speaker_parts=tuple(parts),
        relation_id=None if relation_id is None else str(relation_id),
    )


def _gold_span(text: str, data: Any, where: str) -> Span | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise _BadRecord(f"{where}: a span must be an object with start, end and text")
    start, end, span_text = data.get("start"), data.get("end"), data.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(span_text, str)):
        raise _BadRecord(f"{where}: a span needs integer start and end and a string text")
    if not 0 <= start <= end <= len(text):
        raise _BadRecord(f"{where}: offsets {start}..{end} fall outside the text")
    if text[start:end] != span_text:
        raise _BadRecord(f"{where}: text at {start}..{end} differs from the span's text")
    return Span(start, end, span_text)


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Micro-averaged counts; a ratio with a zero denominator is 0.0."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, self.n_pred + self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class Recall:
    found: int
    total: int

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"found": self.found, "total": self.total, "recall": self.recall}


@dataclass(frozen=True, slots=True)
class Precision:
    matched: int
    total: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"matched": self.matched, "total": self.total, "precision": self.precision}


@dataclass(frozen=True, slots=True)
class Scores:
    """Every figure for one split. ``by_type`` always has direct, indirect and mixed, in that order;
    ``by_predicted_type`` has those three and then any other predicted type, sorted."""

    documents: int
    documents_lost: int
    exact: PRF
    overlap: PRF
    speaker: Accuracy
    by_type: Mapping[str, Recall]
    by_predicted_type: Mapping[str, Precision]
    speech_cue_recall: Recall | None = None
    #: The same, per gold type: "indirect" here is reported speech proper.
    speech_cue_by_type: Mapping[str, Recall] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "documents_lost": self.documents_lost,
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "speaker": self.speaker.to_dict(),
            "by_type": {kind: r.to_dict() for kind, r in self.by_type.items()},
            "by_predicted_type": {kind: p.to_dict() for kind, p in self.by_predicted_type.items()},
            "speech_cue_recall": (
                None if self.speech_cue_recall is None else self.speech_cue_recall.to_dict()
            ),
            "speech_cue_by_type": (
                None
                if self.speech_cue_by_type is None
                else {kind: r.to_dict() for kind, r in self.speech_cue_by_type.items()}
            ),
        }


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


def _exact_matches(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> int:
    """One-to-one exact pairs: per normalised range, the smaller of the two counts."""
    gold_counts = Counter(g for g in gold if g[0] < g[1])
    pred_counts = Counter(p for p in pred if p[0] < p[1])
    return sum(min(n, pred_counts[key]) for key, n in gold_counts.items())


def _overlap_pairs(
    gold: Sequence[tuple[int, int]],
    pred: Sequence[tuple[int, int]],
    same_speaker: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, highest Jaccard first.

    Ties go first to a pair whose speaker is right (German WikiNews annotates one content span
    twice when it travelled through an outlet, once per source), then to the earlier gold range,
    then the earlier predicted range, then list order, so the pairing is deterministic.
    """
    candidates = [
        (-_jaccard(g, p), not same_speaker(gi, pi), g, p, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if _overlap_enough(g, p)
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def speaker_correct(gold: GoldUnit, pred: PredUnit) -> bool:
    """The README's speaker rule: span overlap with any source fragment, or last-word match."""
    sources = gold.sources
    if pred.speaker is not None and any(pred.speaker.overlaps(part) for part in sources):
        return True
    name = pred.speaker_name or (pred.speaker.text if pred.speaker is not None else "")
    words = _words(name)
    if not words:
        return False
    gold_words = {word for part in sources for word in _words(part.text)}
    return words[-1] in gold_words


def score(
    pairs: Iterable[tuple[GoldDoc, Sequence[Mapping[str, Any]] | None]],
    *,
    speech_cue: Callable[[str], bool] | None = None,
) -> Scores:
    """Score each gold document against its predicted quote dicts (``None``: quotecheck failed).

    A failed document is "lost": it counts in ``documents_lost`` and all its gold units are missed.
    ``speech_cue``, when given, picks by cue text the gold units that ``speech_cue_recall`` covers.
    """
    documents = lost = 0
    exact_tp = overlap_tp = n_pred = n_gold = 0
    speaker_ok = speaker_total = 0
    gold_found: Counter[str] = Counter()
    gold_total: Counter[str] = Counter()
    pred_matched: Counter[str] = Counter()
    pred_total: Counter[str] = Counter()
    cue_found = cue_total = 0
    cue_found_type: Counter[str] = Counter()
    cue_total_type: Counter[str] = Counter()

    for doc, quotes in pairs:
        documents += 1
        if quotes is None:
            lost += 1
            preds: list[PredUnit] = []
        else:
            preds = units_from_report(quotes)
        gold_ranges = [normalise(unit.content) for unit in doc.quotes]
        pred_ranges = [normalise(unit.content) for unit in preds]

        n_gold += len(gold_ranges)
        n_pred += len(pred_ranges)
        exact_tp += _exact_matches(gold_ranges, pred_ranges)
        matched = _overlap_pairs(
            gold_ranges,
            pred_ranges,
            lambda gi, pi: speaker_correct(doc.quotes[gi], preds[pi]),
        )
        overlap_tp += len(matched)

        found = {gi for gi, _ in matched}
        for gi, unit in enumerate(doc.quotes):
            gold_total[unit.type] += 1
            gold_found[unit.type] += gi in found
            if speech_cue is not None and unit.cue is not None and speech_cue(unit.cue.text):
                cue_total += 1
                cue_found += gi in found
                cue_total_type[unit.type] += 1
                cue_found_type[unit.type] += gi in found
        hit = {pi for _, pi in matched}
        for pi, unit in enumerate(preds):
            pred_total[unit.type] += 1
            pred_matched[unit.type] += pi in hit
        for gi, pi in matched:
            gold = doc.quotes[gi]
            if gold.sources:
                speaker_total += 1
                speaker_ok += speaker_correct(gold, preds[pi])

    predicted_types = list(QUOTE_TYPES) + sorted(set(pred_total) - set(QUOTE_TYPES))
    return Scores(
        documents=documents,
        documents_lost=lost,
        exact=PRF(exact_tp, n_pred, n_gold),
        overlap=PRF(overlap_tp, n_pred, n_gold),
        speaker=Accuracy(speaker_ok, speaker_total),
        by_type={kind: Recall(gold_found[kind], gold_total[kind]) for kind in QUOTE_TYPES},
        by_predicted_type={
            kind: Precision(pred_matched[kind], pred_total[kind]) for kind in predicted_types
        },
        speech_cue_recall=None if speech_cue is None else Recall(cue_found, cue_total),
        speech_cue_by_type=None
        if speech_cue is None
        else {kind: Recall(cue_found_type[kind], cue_total_type[kind]) for kind in QUOTE_TYPES},
    )
