"""Long articles and floods of quotation marks, found on the round 12 probe p33: the indexes that
keep a long article linear answer as the plain searches they replace (checked on random
inputs), and a pair of marks with no word inside is no term. The sentences are written by the
quotecheck authors after the probe's repros."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Span
from quotecheck.pipeline import analyze
from quotecheck.rules import SAME_WORDS_MIN, _holds

# ------------------------------------------------------------------------------------------
# Empty pairs and floods of marks
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The clerk left the box "" blank on the form, and the inspectors said the form was void.',
        "The clerk left the box \u201c\u201d blank on the form, and the inspectors said the form was void.",
    ],
    ids=["straight", "curly"],
)
def test_empty_pair_is_no_scare_quote(nlp, text):
    # A pair of marks with no word inside marks no term: nothing is held at a distance.
    report = analyze(text, nlp=nlp)
    assert report.terms == ()
    assert "QC301" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    "text",
    ['"' * 41, "\u201c\u201d" * 20, "''" * 15 + "'", 'Ferry notes.\n\n' + '" ' * 30 + "\n\nThe end."],
    ids=["straight", "curly-pairs", "doubled-singles", "spaced-run"],
)
def test_flood_of_marks_is_one_finding(nlp, text):
    # A run of stray marks is one fix: at most one QC302 for it, and no "label" of empty marks.
    report = analyze(text, nlp=nlp)
    rules = [f.rule for f in report.findings]
    assert "QC301" not in rules
    assert rules.count("QC302") <= 1
    assert len(rules) <= 1


def test_marks_apart_are_each_a_finding(nlp):
    # Guard: unpaired marks with words between them are separate typos, each reported.
    text = 'Ada Brill said "the ferry runs. Later she said the fare is "fair. Then she left.'
    report = analyze(text, nlp=nlp)
    assert [f.rule for f in report.findings].count("QC302") == 2


# ------------------------------------------------------------------------------------------
# The indexes answer as the plain searches they replace
# ------------------------------------------------------------------------------------------

_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(spans=_spans, probe=st.tuples(st.integers(0, 70), st.integers(0, 20)))
def test_span_index_finds_what_a_scan_finds(spans, probe):
    from quotecheck.model import SpanIndex

    stored = [Span(start, start + length, "") for start, length in spans]
    index = SpanIndex((span, i) for i, span in enumerate(stored))
    asked = Span(probe[0], probe[0] + probe[1], "")
    assert sorted(index.holding(asked)) == [i for i, s in enumerate(stored) if s.contains(asked)]
    assert sorted(index.overlapping(asked)) == [i for i, s in enumerate(stored) if s.overlaps(asked)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=" \n\t.a,;", max_size=30), pos=st.integers(0, 30))
def test_stripped_end_is_the_length_of_the_stripped_prefix(text, pos):
    from quotecheck.model import stripped_end

    pos = min(pos, len(text))
    assert stripped_end(text, pos) == len(text[:pos].rstrip())


_WORDS = st.lists(st.sampled_from(["we", "will", "reopen", "the", "ferry", "in", "march"]), min_size=SAME_WORDS_MIN, max_size=9)


@settings(max_examples=300, deadline=None)
@given(earlier=st.lists(_WORDS, max_size=12), keys=_WORDS)
def test_same_words_candidates_hold_every_match(earlier, keys):
    # QC501 looks only at the quotations ``_holding_or_held`` names: every earlier one that holds
    # the words, or that they hold, must be among them.
    from quotecheck.rules import _holding_or_held

    by_gram: dict = {}
    by_opening: dict = {}
    for index, other in enumerate(map(tuple, earlier)):
        for i in range(len(other) - SAME_WORDS_MIN + 1):
            by_gram.setdefault(other[i : i + SAME_WORDS_MIN], []).append(index)
        by_opening.setdefault(other[:SAME_WORDS_MIN], {}).setdefault(len(other), {}).setdefault(other, []).append(index)
    keys = tuple(keys)
    found = _holding_or_held(keys, by_gram, by_opening)
    matches = {j for j, other in enumerate(earlier) if _holds(other, keys) or _holds(keys, other)}
    assert matches <= found


_NAME_TEXT = st.lists(
    st.sampled_from(["Dana ", "Garvey", "Garvey ", "said ", "Mr. ", "the ", "Chair ", '"Nell" ', ". ", "\n", "Okafor ", "Maria "]),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_NAME_TEXT, cut=st.integers(0, 200), sex=st.sampled_from([None, "male", "female"]))
def test_full_names_found_once_as_by_a_search_per_mention(text, cut, sex):
    # Guard: ``FullNames`` scans the text once per surname; a search of the text before or after each
    # mention must give the same full names.
    from quotecheck.extract.speakers import FullNames, _full_name_pattern, _is_full_name

    cut = min(cut, len(text))
    pattern = _full_name_pattern("Garvey")
    names = FullNames(text)
    before = [m.span() for m in pattern.finditer(text, 0, cut) if _is_full_name(text, m, sex)]
    after = next((m.span() for m in pattern.finditer(text, cut) if _is_full_name(text, m, sex)), None)
    assert [m.span() for m in names._before_name("Garvey", sex, cut)] == before
    found_after = names._after_name("Garvey", sex, cut)
    assert (found_after.span() if found_after is not None else None) == after
