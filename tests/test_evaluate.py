"""Tests for quotecheck.evaluate: normalisation, pairing, speaker rule, counts and the gold reader.

Every document here is a made-up sentence; the gold corpora are only read (never copied) by the
round-trip test at the end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import InputError, RecordError
from quotecheck.evaluate import (
    GoldDoc,
    GoldUnit,
    Scores,
    normalise,
    read_gold,
    score,
    units_from_report,
)
from quotecheck.model import Quote, Span

POLNEAR_DEV = Path("/work/shared/eval/polnear-dev.jsonl")


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------


def at(text: str, part: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``part`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def gold_unit(
    content: Span,
    *,
    speaker: Span | None = None,
    parts: tuple[Span, ...] = (),
    cue: Span | None = None,
    type: str = "direct",
    relation_id: str = "E1",
) -> GoldUnit:
    # Without extra parts, leave speaker_parts empty: GoldUnit.sources falls back to speaker.
    speaker_parts = ((speaker,) if speaker else ()) + parts if parts else ()
    return GoldUnit(type, content, speaker, cue, speaker_parts, relation_id)


def quote(
    *content: Span,
    speaker: Span | None = None,
    name: str | None = None,
    type: str = "direct",
) -> dict:
    """A predicted quote dict in exactly the shape quotecheck reports it."""
    return Quote(
        id="q",
        type=type,  # type: ignore[arg-type]
        content=tuple(content),
        cue=None,
        speaker=speaker,
        speaker_name=name,
        speaker_kind="person",
        confidence=1.0,
    ).to_dict()


def one(text: str, gold: list[GoldUnit], preds: list[dict] | None) -> Scores:
    return score([(GoldDoc("d", text, tuple(gold)), preds)])


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

NORMALISE_CASES = [
    ("plain", "the plan works", "the plan works"),
    ("curly-quotes-and-comma", "\u201cWe are nearly done,\u201d", "We are nearly done"),
    ("straight-quotes-period", '"We are nearly done."', "We are nearly done"),
    ("trailing-period", "the bridge will reopen.", "the bridge will reopen"),
    ("leading-that", "that the bridge will reopen", "the bridge will reopen"),
    ("leading-That-capital", "That is wrong", "is wrong"),
    ("that-after-quote-mark", '"that we won."', "we won"),
    ("only-one-that", "that that plan failed", "that plan failed"),
    ("thats-kept", "that\u2019s fine", "that\u2019s fine"),
    ("thatcher-kept", "Thatcher agreed", "Thatcher agreed"),
    ("that-then-quote", "that \u201cthe plan works\u201d", "the plan works"),
    ("that-newline", "that\nrates rise", "rates rise"),
    ("guillemets", "\u00ab Nous partons \u00bb", "Nous partons"),
    ("low-9-quotes", "\u201eWir gehen\u201c", "Wir gehen"),
    ("low-9-single", "\u201aja\u2018", "ja"),
    ("nyt-double-single", "''Not now,'' ", "Not now"),
    ("backticks", "``Not now''", "Not now"),
    ("dashes-colons", "\u2014 : it rains; \u2013-", "it rains"),
    ("inner-punctuation-kept", "yes, no. maybe", "yes, no. maybe"),
    ("empty-after-trim", " \u201c, .\u201d ", ""),
    ("only-that", "that ", "that"),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in NORMALISE_CASES], ids=[c[0] for c in NORMALISE_CASES]
)
def test_normalise(raw: str, expected: str) -> None:
    text = "He said " + raw + " today"
    span = Span.of(text, 8, 8 + len(raw))
    start, end = normalise(span)
    assert 8 <= start <= end <= 8 + len(raw)
    assert text[start:end] == expected


_TRIM = set(" \n\"'`\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb,.;:\u2014\u2013-")


@given(st.text(alphabet=st.sampled_from(sorted(_TRIM) + list("ab tha"))))
def test_normalise_stays_inside_and_leaves_no_trimmable_edge(raw: str) -> None:
    span = Span(5, 5 + len(raw), raw)
    start, end = normalise(span)
    assert 5 <= start <= end <= 5 + len(raw)
    if start < end:
        assert raw[start - 5] not in _TRIM and raw[end - 6] not in _TRIM


# ---------------------------------------------------------------------------------------------
# Exact and overlap matching
# ---------------------------------------------------------------------------------------------

# A text with no spaces or punctuation, so that normalisation leaves every range alone.
LETTERS = "abcdefghij" * 30

# (gold range, predicted range, exact tp, overlap tp); gold is 100 characters long.
MATCH_CASES = [
    ("identical", (0, 100), (0, 100), 1, 1),
    ("jaccard-0.51", (0, 100), (0, 51), 0, 1),
    ("jaccard-0.50-inclusive", (0, 100), (50, 100), 0, 1),
    ("jaccard-0.49", (0, 100), (0, 49), 0, 0),
    ("superset-0.5", (0, 100), (0, 200), 0, 1),
    ("superset-below", (0, 100), (0, 201), 0, 0),
    ("shifted-above", (0, 100), (30, 130), 0, 1),  # 70 / 130
    ("shifted-below", (0, 100), (35, 135), 0, 0),  # 65 / 135
    ("disjoint", (0, 100), (100, 200), 0, 0),
]


@pytest.mark.parametrize(
    ("gold", "pred", "exact_tp", "overlap_tp"),
    [c[1:] for c in MATCH_CASES],
    ids=[c[0] for c in MATCH_CASES],
)
def test_exact_and_overlap(
    gold: tuple[int, int], pred: tuple[int, int], exact_tp: int, overlap_tp: int
) -> None:
    scores = one(LETTERS, [gold_unit(Span.of(LETTERS, *gold))], [quote(Span.of(LETTERS, *pred))])
    assert (scores.exact.tp, scores.overlap.tp) == (exact_tp, overlap_tp)
    assert (scores.exact.n_gold, scores.exact.n_pred) == (1, 1)
    assert scores.overlap.f1 == float(overlap_tp)


TEXT = 'The mayor said that the bridge would reopen in May. "We are nearly done," said Ana Ortiz.'

# Gold and predicted content that differ only in what normalisation removes.
NORMALISED_MATCH_CASES = [
    ("quote-marks-and-comma", '"We are nearly done,"', "We are nearly done"),
    ("trailing-period", "the bridge would reopen in May", "the bridge would reopen in May."),
    ("leading-that", "that the bridge would reopen in May", "the bridge would reopen in May"),
    ("space-and-period", "the bridge would reopen in May", " the bridge would reopen in May. "),
]


@pytest.mark.parametrize(
    ("gold", "pred"),
    [c[1:] for c in NORMALISED_MATCH_CASES],
    ids=[c[0] for c in NORMALISED_MATCH_CASES],
)
def test_normalisation_makes_an_exact_match(gold: str, pred: str) -> None:
    scores = one(TEXT, [gold_unit(at(TEXT, gold))], [quote(at(TEXT, pred))])
    assert scores.exact.tp == 1


def test_span_that_normalises_to_empty_matches_nothing() -> None:
    text = 'He said: "" and left.'
    empty = at(text, '""')
    scores = one(text, [gold_unit(empty)], [quote(empty)])
    assert (scores.exact.tp, scores.overlap.tp) == (0, 0)
    assert (scores.exact.n_gold, scores.exact.n_pred) == (1, 1)


def test_two_predictions_over_one_gold_unit_count_once() -> None:
    content = at(TEXT, "the bridge would reopen in May")
    preds = [quote(content), quote(content), quote(at(TEXT, "the bridge would reopen"))]
    scores = one(TEXT, [gold_unit(content)], preds)
    assert (scores.exact.tp, scores.overlap.tp, scores.overlap.n_pred) == (1, 1, 3)
    assert scores.overlap.precision == pytest.approx(1 / 3)
    assert scores.overlap.recall == 1.0


def test_greedy_pairing_takes_the_best_overlap_first() -> None:
    # The long prediction overlaps both gold units; the best pair (identical) must win.
    text = "aaaa bbbb cccc dddd"
    first, both = Span.of(text, 0, 9), Span.of(text, 0, 14)
    scores = one(text, [gold_unit(first), gold_unit(both)], [quote(first), quote(both)])
    assert (scores.exact.tp, scores.overlap.tp) == (2, 2)


MULTI = '"The bridge is safe," Ana Ortiz said. "It opens in May."'
PART_A, PART_B = '"The bridge is safe,"', '"It opens in May."'


def test_multi_part_relation_against_a_two_span_prediction() -> None:
    speaker = at(MULTI, "Ana Ortiz")
    gold = [
        gold_unit(at(MULTI, PART_A), speaker=speaker, relation_id="E1"),
        gold_unit(at(MULTI, PART_B), speaker=speaker, relation_id="E1"),
    ]
    pred = quote(at(MULTI, "The bridge is safe"), at(MULTI, "It opens in May"), speaker=speaker)
    assert len(units_from_report([pred])) == 2
    scores = one(MULTI, gold, [pred])
    assert (scores.exact.tp, scores.overlap.tp, scores.exact.n_pred) == (2, 2, 2)
    assert (scores.speaker.correct, scores.speaker.total) == (2, 2)


def test_multi_part_relation_against_one_covering_span() -> None:
    gold = [gold_unit(at(MULTI, PART_A)), gold_unit(at(MULTI, PART_B))]
    whole = Span.of(MULTI, 0, len(MULTI))
    scores = one(MULTI, gold, [quote(whole)])
    assert scores.exact.tp == 0
    assert scores.overlap.tp == 0  # each part is under half of the covering span


def test_gold_content_as_single_mapping_is_one_unit() -> None:
    content = at(TEXT, "the bridge would reopen in May")
    units = units_from_report([{"type": "indirect", "content": content.to_dict(), "speaker": None}])
    assert [(u.content, u.type, u.speaker, u.speaker_name) for u in units] == [
        (content, "indirect", None, None)
    ]


# ---------------------------------------------------------------------------------------------
# Speaker accuracy
# ---------------------------------------------------------------------------------------------

SPEAKER_TEXT = (
    "Ms. Ortiz arrived late. \u201cThe bridge is safe,\u201d said Ana Ortiz, the city engineer, "
    "and she added a warning. The mayor\u2019s office agreed."
)
SPEAKER_CONTENT = "\u201cThe bridge is safe,\u201d"

# (predicted speaker substring or None, predicted speaker_name, gold source substring, correct)
SPEAKER_CASES = [
    ("span-identical", "Ana Ortiz, the city engineer", None, "Ana Ortiz, the city engineer", True),
    ("span-overlaps-head", "Ana Ortiz", None, "Ana Ortiz, the city engineer", True),
    ("span-partial-overlap", "Ortiz, the city", None, "Ana Ortiz", True),
    ("pronoun-with-resolved-name", "she", "Ana Ortiz", "Ana Ortiz, the city engineer", True),
    ("name-last-word-case-insensitive", "she", "ana ORTIZ", "Ana Ortiz", True),
    ("no-span-name-only", None, "Dr. Ortiz", "Ana Ortiz", True),
    ("earlier-mention-last-word", "Ms. Ortiz", None, "Ana Ortiz, the city engineer", True),
    ("possessive-in-gold", "she", "Tom Mayor", "The mayor\u2019s office", True),
    ("possessive-in-name", "she", "the Mayor\u2019s", "The mayor\u2019s office", True),
    ("possessive-s-is-no-word", "she", "Tom S", "The mayor\u2019s office", False),
    ("name-wins-over-wrong-span", "The mayor", "Ana Ortiz", "Ana Ortiz", True),
    ("wrong-span-wrong-name", "The mayor", "Tom Reyes", "Ana Ortiz, the city engineer", False),
    ("wrong-span-no-name", "The mayor", None, "Ana Ortiz, the city engineer", False),
    ("name-first-word-only", "she", "Ana Smith", "Ana Ortiz", False),
    ("no-speaker-at-all", None, None, "Ana Ortiz", False),
]


@pytest.mark.parametrize(
    ("pred_speaker", "name", "gold_speaker", "correct"),
    [c[1:] for c in SPEAKER_CASES],
    ids=[c[0] for c in SPEAKER_CASES],
)
def test_speaker(
    pred_speaker: str | None, name: str | None, gold_speaker: str, correct: bool
) -> None:
    content = at(SPEAKER_TEXT, SPEAKER_CONTENT)
    speaker = None if pred_speaker is None else at(SPEAKER_TEXT, pred_speaker)
    gold = gold_unit(content, speaker=at(SPEAKER_TEXT, gold_speaker))
    scores = one(SPEAKER_TEXT, [gold], [quote(content, speaker=speaker, name=name)])
    assert scores.overlap.tp == 1
    assert (scores.speaker.correct, scores.speaker.total) == (int(correct), 1)


def test_speaker_overlapping_a_later_speaker_part_is_correct() -> None:
    content = at(SPEAKER_TEXT, SPEAKER_CONTENT)
    engineer = at(SPEAKER_TEXT, "the city engineer")
    gold = gold_unit(content, speaker=at(SPEAKER_TEXT, "Ms. Ortiz"), parts=(engineer,))
    pred = quote(content, speaker=at(SPEAKER_TEXT, "city"))
    assert one(SPEAKER_TEXT, [gold], [pred]).speaker.correct == 1


def test_gold_without_source_is_left_out_of_speaker_total() -> None:
    content = at(SPEAKER_TEXT, SPEAKER_CONTENT)
    other = at(SPEAKER_TEXT, "The mayor\u2019s office agreed")
    gold = [gold_unit(content), gold_unit(other, speaker=at(SPEAKER_TEXT, "Ana Ortiz"))]
    preds = [quote(content, speaker=at(SPEAKER_TEXT, "Ana Ortiz")), quote(other, name="Ana Ortiz")]
    scores = one(SPEAKER_TEXT, gold, preds)
    assert scores.overlap.tp == 2
    assert (scores.speaker.correct, scores.speaker.total) == (1, 1)


def test_unmatched_pairs_do_not_count_for_speaker() -> None:
    content = at(SPEAKER_TEXT, SPEAKER_CONTENT)
    gold = gold_unit(content, speaker=at(SPEAKER_TEXT, "Ana Ortiz"))
    pred = quote(at(SPEAKER_TEXT, "and she added a warning"), speaker=at(SPEAKER_TEXT, "Ana Ortiz"))
    assert one(SPEAKER_TEXT, [gold], [pred]).speaker.total == 0


def test_tied_pairs_prefer_the_right_speaker() -> None:
    # One content annotated twice, once per source (the German WikiNews outlet chains).
    content = at(SPEAKER_TEXT, SPEAKER_CONTENT)
    ortiz, mayor = at(SPEAKER_TEXT, "Ana Ortiz"), at(SPEAKER_TEXT, "The mayor")
    gold = [
        gold_unit(content, speaker=ortiz, relation_id="E1"),
        gold_unit(content, speaker=mayor, relation_id="E2"),
    ]
    preds = [quote(content, speaker=mayor), quote(content, speaker=ortiz)]
    scores = one(SPEAKER_TEXT, gold, preds)
    assert (scores.overlap.tp, scores.speaker.correct, scores.speaker.total) == (2, 2, 2)


# ---------------------------------------------------------------------------------------------
# Documents, types, cues, zero division
# ---------------------------------------------------------------------------------------------


def test_lost_document_misses_all_its_gold_units() -> None:
    content = at(TEXT, "the bridge would reopen in May")
    doc = GoldDoc("a", TEXT, (gold_unit(content), gold_unit(at(TEXT, '"We are nearly done,"'))))
    other = GoldDoc("b", TEXT, (gold_unit(content),))
    scores = score([(doc, None), (other, [quote(content)])])
    assert (scores.documents, scores.documents_lost) == (2, 1)
    assert (scores.overlap.tp, scores.overlap.n_pred, scores.overlap.n_gold) == (1, 1, 3)
    assert scores.overlap.precision == 1.0
    assert scores.overlap.recall == pytest.approx(1 / 3)
    assert scores.by_type["direct"].total == 3


def test_recall_by_type_ignores_the_predicted_type() -> None:
    direct = at(TEXT, '"We are nearly done,"')
    indirect = at(TEXT, "that the bridge would reopen in May")
    gold = [gold_unit(direct, type="direct"), gold_unit(indirect, type="indirect")]
    preds = [quote(direct, type="indirect"), quote(at(TEXT, "Ana Ortiz"), type="mixed")]
    scores = one(TEXT, gold, preds)
    by_type = {kind: (r.found, r.total) for kind, r in scores.by_type.items()}
    assert by_type == {"direct": (1, 1), "indirect": (0, 1), "mixed": (0, 0)}
    by_pred = {kind: (p.matched, p.total) for kind, p in scores.by_predicted_type.items()}
    assert by_pred == {"direct": (0, 0), "indirect": (1, 1), "mixed": (0, 1)}
    assert scores.by_type["mixed"].recall == 0.0


def test_speech_cue_recall() -> None:
    text = "Ortiz said the bridge is safe. Reyes believes it is not. Critics, reportedly, doubt it."
    gold = [
        gold_unit(at(text, "the bridge is safe"), cue=at(text, "said"), type="indirect"),
        gold_unit(at(text, "it is not"), cue=at(text, "believes"), type="indirect"),
        gold_unit(at(text, "doubt it"), type="indirect"),  # no cue: never counted
    ]
    preds = [quote(at(text, "the bridge is safe"), type="indirect"), quote(at(text, "it is not"))]
    scores = score([(GoldDoc("d", text, tuple(gold)), preds)], speech_cue=lambda cue: cue == "said")
    assert scores.speech_cue_recall is not None
    assert (scores.speech_cue_recall.found, scores.speech_cue_recall.total) == (1, 1)
    by_type = {kind: (r.found, r.total) for kind, r in scores.speech_cue_by_type.items()}
    assert by_type == {"direct": (0, 0), "indirect": (1, 1), "mixed": (0, 0)}
    assert one(text, gold, preds).speech_cue_recall is None


ZERO_CASES = [
    ("no-documents", []),
    ("no-gold-no-pred", [(GoldDoc("d", TEXT, ()), [])]),
    ("pred-without-gold", [(GoldDoc("d", TEXT, ()), [quote(at(TEXT, "Ana Ortiz"))])]),
    ("gold-without-pred", [(GoldDoc("d", TEXT, (gold_unit(at(TEXT, "Ana Ortiz")),)), [])]),
    ("lost-only", [(GoldDoc("d", TEXT, (gold_unit(at(TEXT, "Ana Ortiz")),)), None)]),
]


@pytest.mark.parametrize("pairs", [c[1] for c in ZERO_CASES], ids=[c[0] for c in ZERO_CASES])
def test_zero_division_gives_zero(pairs: list) -> None:
    scores = score(pairs, speech_cue=lambda cue: True)
    for prf in (scores.exact, scores.overlap):
        assert (prf.precision, prf.recall, prf.f1) == (0.0, 0.0, 0.0)
    assert scores.speaker.accuracy == 0.0
    assert all(r.recall == 0.0 for r in scores.by_type.values())
    assert all(p.precision == 0.0 for p in scores.by_predicted_type.values())
    json.dumps(scores.to_dict())


def test_to_dict_is_stable_and_json_ready() -> None:
    content = at(TEXT, "the bridge would reopen in May")
    gold = gold_unit(content, speaker=at(TEXT, "The mayor"))
    scores = one(TEXT, [gold], [quote(content, type="weird")])
    data = scores.to_dict()
    assert list(data) == [
        "documents",
        "documents_lost",
        "exact",
        "overlap",
        "speaker",
        "by_type",
        "by_predicted_type",
        "speech_cue_recall",
        "speech_cue_by_type",
    ]
    assert list(data["exact"]) == ["tp", "n_pred", "n_gold", "precision", "recall", "f1"]
    assert data["speaker"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert list(data["by_type"]) == ["direct", "indirect", "mixed"]
    assert list(data["by_predicted_type"]) == ["direct", "indirect", "mixed", "weird"]
    assert data["by_type"]["direct"] == {"found": 1, "total": 1, "recall": 1.0}
    assert data["speech_cue_recall"] is None and data["speech_cue_by_type"] is None
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


# ---------------------------------------------------------------------------------------------
# Reading gold
# ---------------------------------------------------------------------------------------------

GOLD_TEXT = "Ana Ortiz said the bridge is safe."


def gold_line(**changes: object) -> str:
    record = {
        "id": "doc-1",
        "corpus": "test",
        "text": GOLD_TEXT,
        "quotes": [
            {
                "type": "indirect",
                "content": {"start": 15, "end": 33, "text": "the bridge is safe"},
                "speaker": {"start": 0, "end": 9, "text": "Ana Ortiz"},
                "cue": {"start": 10, "end": 14, "text": "said"},
                "speaker_name": None,
                "relation_id": "E1",
                "speaker_parts": [
                    {"start": 0, "end": 9, "text": "Ana Ortiz"},
                    {"start": 4, "end": 9, "text": "Ortiz"},
                ],
            }
        ],
        "meta": {},
    }
    record.update(changes)
    return json.dumps(record, ensure_ascii=False)


def test_read_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [gold_line(), "", gold_line(id="doc-2", quotes=[])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_gold(path))
    assert [d.id for d in docs] == ["doc-1", "doc-2"]
    unit = docs[0].quotes[0]
    assert unit.type == "indirect"
    assert unit.content == Span(15, 33, "the bridge is safe")
    assert unit.speaker == Span(0, 9, "Ana Ortiz")
    assert unit.cue == Span(10, 14, "said")
    assert unit.speaker_parts == (Span(0, 9, "Ana Ortiz"), Span(4, 9, "Ortiz"))
    assert unit.relation_id == "E1"
    assert docs[1].quotes == ()


def _bad_quote(**changes: object) -> list[dict]:
    good = json.loads(gold_line())["quotes"][0]
    good.update(changes)
    return [good]


_MISMATCHED = {"start": 15, "end": 33, "text": "the bridge is SAFE"}

BAD_LINES = [
    ("not-json", "{not json"),
    ("not-an-object", "[1, 2]"),
    ("missing-text", json.dumps({"id": "x", "quotes": []})),
    ("id-not-string", gold_line(id=7)),
    ("quotes-not-list", gold_line(quotes={})),
    ("unknown-type", gold_line(quotes=_bad_quote(type="unknown"))),
    ("missing-content", gold_line(quotes=_bad_quote(content=None))),
    ("span-text-mismatch", gold_line(quotes=_bad_quote(content=_MISMATCHED))),
    ("span-out-of-range", gold_line(quotes=_bad_quote(cue={"start": 30, "end": 99, "text": "x"}))),
    ("span-not-object", gold_line(quotes=_bad_quote(speaker="Ana Ortiz"))),
]


@pytest.mark.parametrize("bad", [c[1] for c in BAD_LINES], ids=[c[0] for c in BAD_LINES])
def test_read_gold_bad_line_raises_record_error_with_line_number(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(f"{gold_line()}\n\n{bad}\n{gold_line()}\n", encoding="utf-8")
    docs = read_gold(path)
    assert next(docs).id == "doc-1"  # streaming: the good first line comes out before the error
    with pytest.raises(RecordError) as caught:
        list(docs)
    assert caught.value.line == 3
    assert caught.value.source == str(path)
    assert f"{path}:3:" in str(caught.value)


def test_read_gold_bad_utf8_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(gold_line().encode() + b"\n" + b'{"id": "\xff"}\n')
    with pytest.raises(RecordError) as caught:
        list(read_gold(path))
    assert caught.value.line == 2


@pytest.mark.parametrize("name", ["missing.jsonl", "."], ids=["missing-file", "directory"])
def test_read_gold_unreadable_path_raises_input_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with pytest.raises(InputError) as caught:
        list(read_gold(path))
    assert not isinstance(caught.value, RecordError)
    assert str(path) in str(caught.value)


# ---------------------------------------------------------------------------------------------
# Real gold, scored against itself
# ---------------------------------------------------------------------------------------------


def _as_predictions(doc: GoldDoc) -> list[dict]:
    """Gold units back into quote dicts: one quote per relation, one content span per unit."""
    quotes: dict[str | None, dict] = {}
    for unit in doc.quotes:
        entry = quotes.setdefault(
            unit.relation_id,
            {
                "id": unit.relation_id,
                "type": unit.type,
                "content": [],
                "cue": None if unit.cue is None else unit.cue.to_dict(),
                "speaker": None if unit.speaker is None else unit.speaker.to_dict(),
                "speaker_name": None,
            },
        )
        entry["content"].append(unit.content.to_dict())
    return list(quotes.values())


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev gold is not available here")
def test_polnear_dev_scored_against_itself_is_perfect() -> None:
    scores = score((doc, _as_predictions(doc)) for doc in read_gold(POLNEAR_DEV))
    assert scores.documents > 0 and scores.documents_lost == 0
    assert scores.exact.n_gold > 0
    assert scores.exact.f1 == 1.0
    assert scores.overlap.f1 == 1.0
    assert scores.speaker.total > 0
    assert scores.speaker.accuracy == 1.0
