"""Tests for quotecheck.marks: pairing quotation marks in raw text.

Every sentence here is made up for the test.
"""

from __future__ import annotations

import string
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.lexicon import DIGRAPH_OPENERS, ELIDED_BETWEEN_APOSTROPHES, QUOTE_CHARS
from quotecheck.marks import MAX_DEPTH, MarkScan, Quotation, paragraphs, scan

Found = tuple[tuple[str, ...], str, int, bool]


def found(result: MarkScan) -> list[Found]:
    return [(tuple(p.text for p in q.parts), q.family, q.depth, q.closed) for q in result.quotations]


def strays(result: MarkScan) -> list[str]:
    return [span.text for span in result.unbalanced]


def check_invariants(text: str, result: MarkScan) -> None:
    spans = [*result.unbalanced, *result.paragraphs]
    for q in result.quotations:
        spans += [*q.parts, *q.inner]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text

    paras = result.paragraphs
    for para in paras:
        assert para.text and not para.text[0].isspace() and not para.text[-1].isspace()
    for first, second in zip(paras, paras[1:]):
        assert first.end < second.start

    starts = [q.start for q in result.quotations]
    assert starts == sorted(starts)
    unbalanced_starts = [span.start for span in result.unbalanced]
    assert unbalanced_starts == sorted(set(unbalanced_starts))
    for q in result.quotations:
        assert q.family in ("double", "single", "guillemet", "cjk")
        assert len(q.parts) == len(q.inner) >= 1
        for part, inner in zip(q.parts, q.inner):
            assert part.contains(inner)
            assert any(para.contains(part) for para in paras)
        for earlier, later in zip(q.parts, q.parts[1:]):
            assert earlier.end <= later.start
        if not q.closed:
            assert q.parts[-1].start in unbalanced_starts

    for i, outer in enumerate(result.quotations):
        for inner in result.quotations[i + 1 :]:
            if inner.start >= outer.end:
                continue  # disjoint
            # otherwise nested: inside one part of the outer quotation, and deeper
            assert all(any(o.contains(p) for o in outer.parts) for p in inner.parts)
            assert inner.depth > outer.depth

    for span in result.unbalanced:
        assert 1 <= len(span.text) <= 2
        assert set(span.text) <= QUOTE_CHARS | {"'", "`"}


def q(*parts: str, family: str = "double", depth: int = 0, closed: bool = True) -> Found:
    return (parts, family, depth, closed)


CASES = [
    # rule 3: straight doubles, decided by their neighbours
    pytest.param('He said "we are ready" today.', [q('"we are ready"')], [], id="straight"),
    pytest.param('"Yes," she said. "No."', [q('"Yes,"'), q('"No."')], [], id="straight-two"),
    pytest.param('a"b"c', [q('"b"')], [], id="straight-letters-both-sides"),
    pytest.param('He typed "" twice.', [q('""')], [], id="straight-empty"),
    pytest.param('He left ("for good") at noon.', [q('"for good"')], [], id="straight-after-bracket"),
    pytest.param('He paused\u2014"never."', [q('"never."')], [], id="straight-after-dash"),
    pytest.param('He said:"fine" and left.', [q('"fine"')], [], id="straight-after-colon"),
    # rule 2: curly marks and nesting (rule 7)
    pytest.param("\u201cWe will,\u201d she said.", [q("\u201cWe will,\u201d")], [], id="curly"),
    pytest.param(
        "\u201cHe told me \u2018go home\u2019 twice,\u201d she said.",
        [q("\u201cHe told me \u2018go home\u2019 twice,\u201d"), q("\u2018go home\u2019", family="single", depth=1)],
        [],
        id="single-in-double",
    ),
    pytest.param(
        "\u2018He said \u201cno\u201d at once,\u2019 she wrote.",
        [q("\u2018He said \u201cno\u201d at once,\u2019", family="single"), q("\u201cno\u201d", depth=1)],
        [],
        id="double-in-single-british",
    ),
    pytest.param(
        "\u201cShe said \u2018he yelled \u201cstop\u201d twice\u2019 today.\u201d",
        [
            q("\u201cShe said \u2018he yelled \u201cstop\u201d twice\u2019 today.\u201d"),
            q("\u2018he yelled \u201cstop\u201d twice\u2019", family="single", depth=1),
            q("\u201cstop\u201d", depth=2),
        ],
        [],
        id="three-levels",
    ),
    pytest.param(
        "\u201cIt\u2019s a \u2018new deal,\u2019 \u201d she said.",
        [q("\u201cIt\u2019s a \u2018new deal,\u2019 \u201d"), q("\u2018new deal,\u2019", family="single", depth=1)],
        [],
        id="single-closing-beside-double",
    ),
    # rule 4: mismatched pairs
    pytest.param('"We agree\u201d said the mayor.', [q('"We agree\u201d')], [], id="straight-open-curly-close"),
    pytest.param('\u201cWe agree," she said.', [q('\u201cWe agree,"')], [], id="curly-open-straight-close"),
    pytest.param("\u201cWe agree,\u201c she said.", [q("\u201cWe agree,\u201c")], [], id="left-left-typo"),
    pytest.param("She said \u201denough\u201d and left.", [q("\u201denough\u201d")], [], id="right-right-opener"),
    pytest.param("Er sagte: \u201eWir bauen neu\u201c, und ging.", [q("\u201eWir bauen neu\u201c")], [], id="german"),
    pytest.param(
        "\u201eEr rief \u201aHilfe\u2018 und lief\u201c, sagte sie.",
        [q("\u201eEr rief \u201aHilfe\u2018 und lief\u201c"), q("\u201aHilfe\u2018", family="single", depth=1)],
        [],
        id="german-single-in-double",
    ),
    # guillemets and CJK
    pytest.param("Il a dit \u00ab non \u00bb hier.", [q("\u00ab non \u00bb", family="guillemet")], [], id="french"),
    pytest.param("\u00abNon\u00bb, a-t-il dit.", [q("\u00abNon\u00bb", family="guillemet")], [], id="french-tight"),
    pytest.param("Sie sagte: \u00bbNein\u00ab, und ging.", [q("\u00bbNein\u00ab", family="guillemet")], [], id="german-guillemets"),
    pytest.param(
        "\u00abIl a dit \u2039non\u203a hier\u00bb",
        [q("\u00abIl a dit \u2039non\u203a hier\u00bb", family="guillemet"), q("\u2039non\u203a", family="guillemet", depth=1)],
        [],
        id="single-guillemet-in-guillemet",
    ),
    pytest.param(
        "\u4ed6\u8bf4\u300c\u6211\u8bf4\u300e\u597d\u300f\u300d\u3002",
        [q("\u300c\u6211\u8bf4\u300e\u597d\u300f\u300d", family="cjk"), q("\u300e\u597d\u300f", family="cjk", depth=1)],
        [],
        id="cjk",
    ),
    # NYT and old two-character marks
    pytest.param("''We will rebuild,'' the mayor said.", [q("''We will rebuild,''")], [], id="nyt"),
    pytest.param(
        "''He said 'no' to me,'' she said.",
        [q("''He said 'no' to me,''"), q("'no'", family="single", depth=1)],
        [],
        id="nyt-with-straight-single",
    ),
    pytest.param("``We will,'' he said.", [q("``We will,''")], [], id="backticks"),
    # rule 5: apostrophes are not marks
    pytest.param("Huawei\u2019s profits rose.", [], [], id="apostrophe-curly"),
    pytest.param("It shaped the Americans\u2019 view of it.", [], [], id="plural-possessive-curly"),
    pytest.param("In the \u201990s it was cheap.", [], [], id="elision-90s"),
    pytest.param("Obama said in \u201808 that it was over.", [], [], id="elided-year-with-opening-mark"),
    pytest.param("In the \u201890s it was cheap.", [], [], id="elided-decade-with-opening-mark"),
    pytest.param("\u2019Tis the season.", [], [], id="elision-tis-curly"),
    pytest.param("It was rock\u2019n\u2019roll.", [], [], id="rock-n-roll"),
    pytest.param("They played rock 'n' roll all night.", [], [], id="rock-n-roll-spaced-straight"),
    pytest.param("They played rock \u2018n\u2019 roll all night.", [], [], id="rock-n-roll-spaced-left-right"),
    pytest.param("Fish 'n' chips cost more.", [], [], id="fish-n-chips"),
    pytest.param(
        "'We played rock 'n' roll all night,' she said.",
        [q("'We played rock 'n' roll all night,'", family="single")],
        [],
        id="elision-inside-straight-single",
    ),
    pytest.param("He said 'no' to them.", [q("'no'", family="single")], [], id="one-quoted-word-is-no-elision"),
    pytest.param("Please don't stop.", [], [], id="apostrophe-straight"),
    pytest.param("'Tis the season, they said.", [], [], id="elision-tis-straight"),
    pytest.param("The boys' club met.", [], [], id="plural-possessive-straight"),
    pytest.param("He was 5'10 then.", [], [], id="feet"),
    pytest.param("He said don\u2018t go.", [], [], id="left-single-as-apostrophe"),
    pytest.param("\u2018I\u2019m here,\u2019 he said.", [q("\u2018I\u2019m here,\u2019", family="single")], [], id="apostrophe-inside-single"),
    pytest.param(
        "\u2018The workers\u2019 union will strike,\u2019 she said.",
        [q("\u2018The workers\u2019 union will strike,\u2019", family="single")],
        [],
        id="possessive-inside-single-curly",
    ),
    pytest.param(
        "'The workers' union will strike,' she said.",
        [q("'The workers' union will strike,'", family="single")],
        [],
        id="possessive-inside-single-straight",
    ),
    pytest.param(
        "\u2018In the \u201990s we danced,\u2019 he said.",
        [q("\u2018In the \u201990s we danced,\u2019", family="single")],
        [],
        id="elision-inside-single",
    ),
    # rule 5: paired straight singles
    pytest.param("Mayor says 'we will rebuild' after flood", [q("'we will rebuild'", family="single")], [], id="headline"),
    pytest.param("He said 'don't go' and left.", [q("'don't go'", family="single")], [], id="straight-single-with-apostrophe"),
    pytest.param(
        "\"He told me 'never again' twice,\" she said.",
        [q("\"He told me 'never again' twice,\""), q("'never again'", family="single", depth=1)],
        [],
        id="straight-single-in-straight-double",
    ),
    pytest.param(
        "\u2018He said 'no' to me\u2019",
        [q("\u2018He said 'no' to me\u2019", family="single")],
        [],
        id="straight-single-never-nests-in-single",
    ),
    # rule 8: unbalanced marks
    pytest.param("We will.\u201d Then he left.", [], ["\u201d"], id="stray-curly-closer"),
    pytest.param('He left." Then he came back.', [], ['"'], id="stray-straight-closer"),
    pytest.param("Il est parti\u00bb hier.", [], ["\u00bb"], id="stray-guillemet"),
    pytest.param("He said we were \u201d here.", [], ["\u201d"], id="stray-spaced-closer"),
    pytest.param(
        "He said \u2018no and left.",
        [q("\u2018no and left.", family="single", closed=False)],
        ["\u2018"],
        id="lone-left-single",
    ),
    pytest.param(
        "He said \u201cwe will.\n\nThe end.",
        [q("\u201cwe will.", closed=False)],
        ["\u201c"],
        id="opener-at-paragraph-end",
    ),
    pytest.param(
        "\u201cHe said \u2018no,\u201d she said.",
        [q("\u201cHe said \u2018no,\u201d"), q("\u2018no,", family="single", depth=1, closed=False)],
        ["\u2018"],
        id="inner-closed-by-outer",
    ),
    # rule 7: same-family quotation missing its closer
    pytest.param(
        '"A is fine, he said. "B is fine," she said.',
        [q('"A is fine, he said.', closed=False), q('"B is fine,"')],
        ['"'],
        id="missing-closer-straight",
    ),
    pytest.param(
        "\u201cA is fine, he said. \u201cB is fine,\u201d she said.",
        [q("\u201cA is fine, he said.", closed=False), q("\u201cB is fine,\u201d")],
        ["\u201c"],
        id="missing-closer-curly",
    ),
    # rule 6: a quote running over several paragraphs
    pytest.param(
        '"First part.\n\n"Second part," he said.',
        [q('"First part.', '"Second part,"')],
        [],
        id="continued-2",
    ),
    pytest.param(
        "\u201cOne.\n\n\u201cTwo.\n\n\u201cThree,\u201d she said.",
        [q("\u201cOne.", "\u201cTwo.", "\u201cThree,\u201d")],
        [],
        id="continued-3",
    ),
    pytest.param(
        "\u201cOne.\n\u201cTwo,\u201d she said.",
        [q("\u201cOne.", "\u201cTwo,\u201d")],
        [],
        id="continued-line-paragraphs",
    ),
    pytest.param('"One.\r\n\r\n"Two," he said.', [q('"One.', '"Two,"')], [], id="continued-crlf"),
    pytest.param("''One.\n\n''Two,'' he said.", [q("''One.", "''Two,''")], [], id="continued-nyt"),
    pytest.param(
        "\u201cOne.\n\n\u201cTwo.\n\nShe left.",
        [q("\u201cOne.", "\u201cTwo.", closed=False)],
        ["\u201c"],
        id="continued-then-unclosed",
    ),
    pytest.param(
        "\u201cOne.\n\n\u2018Two,\u2019 she said.",
        [q("\u201cOne.", closed=False), q("\u2018Two,\u2019", family="single")],
        ["\u201c"],
        id="other-family-does-not-continue",
    ),
    pytest.param(
        "\u201cHe said \u2018wait.\n\n\u201cThen he left,\u201d she said.",
        [q("\u201cHe said \u2018wait.", "\u201cThen he left,\u201d"), q("\u2018wait.", family="single", depth=1, closed=False)],
        ["\u2018"],
        id="inner-does-not-continue",
    ),
    # degenerate input
    pytest.param("", [], [], id="empty"),
    pytest.param(" \n\n \t", [], [], id="whitespace"),
    pytest.param('""', [q('""')], [], id="only-two-marks"),
    pytest.param("\u201d", [], ["\u201d"], id="only-closer"),
    pytest.param("\u201c", [q("\u201c", closed=False)], ["\u201c"], id="only-opener"),
    pytest.param("'''", [q("'''", closed=False)], ["''"], id="only-apostrophes"),
    pytest.param("\u201d\u201c\u2019\u2018", [], ["\u201d", "\u201c", "\u2018"], id="only-curly-marks"),
]


@pytest.mark.parametrize(("text", "expected", "unbalanced"), CASES)
def test_scan(text: str, expected: list[Found], unbalanced: list[str]) -> None:
    result = scan(text)
    assert found(result) == expected
    assert strays(result) == unbalanced
    check_invariants(text, result)


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        pytest.param("Il a dit \u00ab non \u00bb hier.", ["non"], id="french-spaces"),
        pytest.param("\u201c We agree. \u201d", ["We agree."], id="spaces-inside-marks"),
        pytest.param("''We will,'' he said.", ["We will,"], id="digraph"),
        pytest.param("\u201cOne. \n\n\u201cTwo,\u201d she said.", ["One.", "Two,"], id="parts"),
        pytest.param("He said \u201cwe will  \n\nThe end.", ["we will"], id="recovered"),
        pytest.param('He typed "" twice.', [""], id="empty-quote"),
    ],
)
def test_inner(text: str, inner: list[str]) -> None:
    (quotation,) = scan(text).quotations
    assert [span.text for span in quotation.inner] == inner


@pytest.mark.parametrize("word", sorted(ELIDED_BETWEEN_APOSTROPHES))
@pytest.mark.parametrize("marks", ["''", "\u2018\u2019", "\u2019\u2019"], ids=["straight", "left-right", "right-right"])
def test_elided_words_between_apostrophes_are_not_quotations(word: str, marks: str) -> None:
    assert scan(f"rock {marks[0]}{word}{marks[1]} roll").quotations == ()


def test_quotation_bounds() -> None:
    (quotation,) = scan("x \u201cOne.\n\n\u201cTwo,\u201d y").quotations
    assert isinstance(quotation, Quotation)
    assert (quotation.start, quotation.end) == (2, 15)


def test_digraph_table_is_covered() -> None:
    for opener, closers in DIGRAPH_OPENERS.items():
        for closer in closers:
            assert found(scan(f"{opener}Yes{closer} he said.")) == [q(f"{opener}Yes{closer}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A\n\nB", ["A", "B"], id="blank-line"),
        pytest.param("A\nB", ["A", "B"], id="line-breaks"),
        pytest.param("A\nB\n\nC", ["A\nB", "C"], id="blank-lines-win"),
        pytest.param("A\r\n\r\nB\r\nC", ["A", "B\r\nC"], id="crlf"),
        pytest.param("A\r\nB", ["A", "B"], id="crlf-lines"),
        pytest.param("  A  \n \t \n  B ", ["A", "B"], id="stripped"),
        pytest.param("A\n\n\n\nB", ["A", "B"], id="many-blank-lines"),
        pytest.param("", [], id="empty"),
        pytest.param("\n\n\n", [], id="only-newlines"),
        pytest.param("Rain fell\nall day.\nThe river rose.", ["Rain fell\nall day.", "The river rose."], id="hard-wrap-lowercase-goes-on"),
        pytest.param(
            "  Rain fell on\nThursday.\n  The River rose.\n  It fell\nAgain.",
            ["Rain fell on\nThursday.", "The River rose.", "It fell\nAgain."],
            id="wire-indented-paragraphs",
        ),
        pytest.param("  A\n  B\n  C", ["A", "B", "C"], id="every-line-indented"),
        pytest.param("Headline\n- one\n- two", ["Headline", "- one", "- two"], id="list-lines"),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    found_paragraphs = paragraphs(text)
    assert [span.text for span in found_paragraphs] == expected
    assert scan(text).paragraphs == found_paragraphs


def test_a_quotation_hard_wrapped_over_lines_stays_one_quotation() -> None:
    text = '  The board voted. "This is the right decision for\nthe port," said Mensah. "We\nHave waited."\n  Fishermen objected.'
    assert [q.inner[0].text for q in scan(text).quotations] == ["This is the right decision for\nthe port,", "We\nHave waited."]
    assert scan(text).unbalanced == ()


# Property tests ---------------------------------------------------------------------------------

MARKS = sorted(QUOTE_CHARS | {"'", "\u300d", "\u300f"}) + ["``", "''"]
FILLER = ["a", "Z", "s", "9", "\u00e9", "\u05e9", "\U0001f600", "\x00", ".", ",", "(", "\u2014", ":"]
SPACING = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", " \n \n", "\r"]
marky_text = st.lists(st.sampled_from(MARKS + FILLER + SPACING), max_size=80).map("".join)


@settings(max_examples=300)
@given(st.text())
def test_any_text(text: str) -> None:
    check_invariants(text, scan(text))


@settings(max_examples=1000)
@given(marky_text)
def test_any_mix_of_marks(text: str) -> None:
    check_invariants(text, scan(text))


words = st.text(alphabet=string.ascii_letters + "\u00e9\u00df", min_size=1, max_size=8)


@given(st.lists(st.tuples(words, st.sampled_from([" ", " and ", ", ", "\n"])), min_size=1, max_size=20))
def test_balanced_curly_text(pieces: list[tuple[str, str]]) -> None:
    text, expected = "", []
    for word, gap in pieces:
        expected.append((len(text), word))
        text += f"\u201c{word}\u201d{gap}"
    result = scan(text)
    assert result.unbalanced == ()
    assert [(q.start, q.inner[0].text) for q in result.quotations] == expected
    assert all(q.closed and q.depth == 0 and len(q.parts) == 1 for q in result.quotations)


# Linear time ------------------------------------------------------------------------------------

# Ten marks a unit: four pairs of four families, an apostrophe, one stray closer.
UNIT = "x \u201ca\u201d \u2018b\u2019 \u00abc\u00bb 'd' e\u2019s \u201d "
# Four openers a unit, never closed. Nesting stops at MAX_DEPTH; past it each unit's first three
# openers are strays and its 「 replaces the 「 on top (rule 7), recovering one quotation.
DEEP_UNIT = "\u201c\u2018\u00ab\u300c"


def timed(text: str) -> tuple[float, MarkScan]:
    """The best of three CPU times of scanning ``text``: process time, not wall-clock time, so
    that other work on a shared machine does not count against the scan."""
    best, result = float("inf"), None
    for _ in range(3):
        began = time.process_time()
        result = scan(text)
        best = min(best, time.process_time() - began)
    assert result is not None
    return best, result


def test_scales_linearly() -> None:
    n = 5_000  # units: 50,000 marks, then 200,000
    small_time, small = timed(UNIT * n)
    large_time, large = timed(UNIT * (4 * n))
    assert (len(small.quotations), len(small.unbalanced)) == (4 * n, n)
    assert (len(large.quotations), len(large.unbalanced)) == (16 * n, 4 * n)
    assert large_time < 12 * small_time


def test_deep_nesting_scales_linearly() -> None:
    n = 12_500  # units: 50,000 marks, then 200,000
    small_time, small = timed(DEEP_UNIT * n)
    large_time, large = timed(DEEP_UNIT * (4 * n))
    assert (len(small.quotations), len(small.unbalanced)) == (n + MAX_DEPTH - 4, 4 * n)
    assert (len(large.quotations), len(large.unbalanced)) == (4 * n + MAX_DEPTH - 4, 16 * n)
    assert max(q.depth for q in large.quotations) == MAX_DEPTH - 1
    assert large_time < 12 * small_time


def test_a_million_marks_finish() -> None:
    unit = "\"'\u201c\u2018\u00ab\u00bb\u2019\u201d"
    result = scan(unit * (1_000_000 // len(unit)))
    assert len(result.quotations) > 1_000_000 // len(unit)
