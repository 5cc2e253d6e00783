"""Round 16 tidies (helper mendD): the helpers they extract keep the old behaviour.

``pipeline._Covered`` must answer as the linear scan it replaces did; ``line_ends_words``'
``full_stop=False`` must give what ``pipeline._STOPPED_LINE`` gave on top of it; the two halves
of ``_reattach_correlative_after_cue`` must still repair the tree.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.extract.frames import _correlative_halves, _reattach_correlative_after_cue
from quotecheck.model import Span
from quotecheck.pipeline import _Covered
from quotecheck.wrapping import line_ends_words

_TEXT = "x" * 60
_SPANS = st.lists(st.tuples(st.integers(0, 59), st.integers(0, 59)).map(sorted), max_size=8)


@given(_SPANS, st.integers(0, 60))
def test_covered_answers_as_the_scan_it_replaces(pairs, i):
    """Any spans, overlapping or nested, in any order: the same as ``any(s < i < e)``."""
    spans = [Span.of(_TEXT, start, end) for start, end in pairs]
    assert _Covered(spans).covers(i) is any(s.start < i < s.end for s in spans)


@pytest.mark.parametrize(
    ("line", "after", "default", "no_stop"),
    [
        # A short line ending in a full stop ends its words only with the default policy.
        ("Sign up for our newsletter.", "Council members said on Monday ...", True, False),
        ('The mayor called it "a fair deal."', "Residents were not so sure.", True, False),
        ("More to follow\u2026", "The vote is on Friday.", True, False),
        # Guard: a line in capitals ending in a stop ("U.S.") is standalone, but not with full_stop=False.
        ("FLOODS HIT THE U.S.", "Rivers rose on Monday.", True, False),
        # Guard: other ends are read as before.
        ("Storm closes ferry route;", "Crossings resume on Friday.", True, True),
        ("Mayor Says Bridge Will Reopen", "Mayor Ana Ruiz told reporters ...", True, True),
        ("The mayor said on Monday:", "The bridge will reopen in May.", False, False),
    ],
    ids=["short-stop", "stop-in-quote", "ellipsis", "capitals-stop", "semicolon", "title-case", "colon"],
)
def test_full_stop_option(line, after, default, no_stop):
    assert line_ends_words(line, after) is default
    assert line_ends_words(line, after, full_stop=False) is no_stop


def test_correlative_halves_found_and_hung(nlp):
    doc = nlp("Aides say the more delegates he wins, the more leverage he will have.")
    cue = doc[1]
    halves = _correlative_halves(doc, cue)
    assert halves is not None
    assert doc[halves.comma].text == "," and halves.verb.lower_ == "have"
    _reattach_correlative_after_cue(doc, list(doc))
    assert halves.verb.head.i == cue.i and halves.verb.dep_ == "ccomp"


def test_no_correlative_after_a_plain_clause(nlp):
    doc = nlp("Aides say the delegates he wins will matter, the campaign said.")
    assert _correlative_halves(doc, doc[1]) is None
