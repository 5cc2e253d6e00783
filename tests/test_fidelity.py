"""Quote fidelity: quotations looked up in an original, tolerant of what a faithful quote may change."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.errors import InputError
from quotecheck.fidelity import GAP, WILD, Original, inner, pattern, read_original, words
from quotecheck.pipeline import analyze
from quotecheck.rules import Selection, Settings, review

SOURCE = Original(
    "CHAIR: We turn to item four.\n"
    "SOLBERG: Thank you, Chair. We have not spent a single crown that was not approved by this "
    "committee. Every invoice is public. The tunnel section is running about six weeks late, I "
    "won’t hide that, but the delay will not raise the cost. The contractor has already absorbed "
    "the higher price of the steel.\n"
    "SOLBERG: Those numbers are, I'm sorry to say, simply wrong. It has never missed a payment to "
    "its workers. This is a “long-term” plan — and a fair one.\n",
    name="hearing.txt",
)


@pytest.mark.parametrize(
    "quotation",
    [
        pytest.param("We have not spent a single crown that was not approved by this committee,", id="exact"),
        pytest.param("EVERY INVOICE IS PUBLIC.", id="case"),
        pytest.param("I won't hide that", id="straight-apostrophe-for-curly"),
        pytest.param("Those numbers are, I’m sorry to say, simply wrong", id="curly-apostrophe-for-straight"),
        pytest.param("This is a 'long-term' plan - and a fair one", id="quotes-and-dashes"),
        pytest.param("This is a long term plan, and a fair one", id="hyphen-and-punctuation"),
        pytest.param("Every   invoice\nis public", id="whitespace"),
        pytest.param("Those numbers are ... simply wrong.", id="ellipsis"),
        pytest.param("Those numbers are … simply wrong", id="ellipsis-character"),
        pytest.param("Those numbers are [...] simply wrong", id="bracketed-ellipsis"),
        pytest.param("Those numbers are . . . simply wrong", id="spaced-ellipsis"),
        pytest.param("We have not spent a single crown ... Every invoice is public", id="ellipsis-across-sentences"),
        pytest.param("... the delay will not raise the cost ...", id="ellipsis-at-both-ends"),
        pytest.param("[Brennick] has never missed a payment to its workers", id="insertion-for-a-word"),
        pytest.param("[The contractor, Brennick Rail,] has never missed a payment", id="insertion-for-more-words"),
        pytest.param("the delay will not raise [it] the cost", id="insertion-for-nothing"),
        pytest.param("[t]he delay will not raise the cost", id="changed-letter"),
        pytest.param("the higher price of the steel [sic]", id="sic"),
    ],
)
def test_faithful_quotation_is_exact(quotation):
    match = SOURCE.compare(quotation)
    assert match.verdict == "exact", match
    assert match.diff == "" and match.similarity == 1.0


@pytest.mark.parametrize(
    "quotation, diff",
    [
        pytest.param("The contractor has already absorbed the extra cost of the steel", "absorbed the [-higher price-] {+extra cost+} of the", id="two-words-replaced"),
        pytest.param("The tunnel section is running about eight weeks late", "running about [-six-] {+eight+} weeks late", id="one-word-replaced"),
        pytest.param("We have not spent a crown that was not approved by this committee", "spent a [-single-] crown that", id="word-left-out"),
        pytest.param("Every single invoice is public", "Every {+single+} invoice is", id="word-added"),
        pytest.param("the delay will not raise the price", "raise the [-cost-] {+price+}", id="last-word"),
        pytest.param("Those figures are, I'm sorry to say, simply wrong", "Those [-numbers-] {+figures+} are I'm", id="second-word"),
        pytest.param("Them numbers are, I'm sorry to say, simply wrong", "[-Those-] {+Them+} numbers are", id="first-word"),
    ],
)
def test_changed_quotation_has_a_word_diff(quotation, diff):
    match = SOURCE.compare(quotation)
    assert match.verdict == "changed", match
    assert match.diff == diff
    assert match.where is not None and SOURCE.text[match.where.start : match.where.end] == match.where.text


def test_changed_quotation_points_at_the_original_words():
    match = SOURCE.compare("already absorbed the extra cost of the steel.")
    assert match.where.text == "already absorbed the higher price of the steel"
    assert SOURCE.line_of(match.where.start) == 2
    assert match.similarity == pytest.approx(0.75)


@pytest.mark.parametrize(
    "quotation",
    [
        pytest.param("The line will open before the summer holidays, as promised", id="invented"),
        pytest.param("disaster", id="one-word"),
        pytest.param("We will sign the contract tomorrow morning", id="common-words-only"),
        pytest.param("Those figures are plainly false", id="mostly-changed"),
    ],
)
def test_absent_quotation(quotation):
    match = SOURCE.compare(quotation)
    assert match.verdict == "absent", match
    assert match.where is None


def test_parts_out_of_order_are_a_change():
    match = SOURCE.compare("simply wrong ... Those numbers are")
    assert match.verdict == "changed" and "not in this order" in match.note


def test_parts_too_far_apart_are_a_change():
    far = Original("We will win. " + "Filler words go here. " * 60 + "Nothing is hidden.")
    assert far.compare("We will win ... Nothing is hidden").verdict == "changed"
    near = Original("We will win. Filler words go here. Nothing is hidden.")
    assert near.compare("We will win ... Nothing is hidden").verdict == "exact"


def test_an_insertion_stands_for_a_few_words_only():
    text = Original("He said one two three four five six seven eight nine ten and then he left.")
    assert text.compare("He said [the numbers] and then he left").verdict != "exact"
    assert text.compare("[He] said one two three").verdict == "exact"


@pytest.mark.parametrize(
    "text, keys",
    [
        pytest.param("Those numbers are ... wrong", ("those", "numbers", "are", GAP, "wrong"), id="gap"),
        pytest.param("[He] left", (WILD, "left"), id="wild"),
        pytest.param("[t]he end", ("the", "end"), id="letter"),
        pytest.param("[He] said [t]he end", (WILD, "said", "the", "end"), id="insertion-and-letter"),
        pytest.param("[Solberg]'s plan", (WILD, "plan"), id="insertion-possessive"),
        pytest.param("organi[z]ation [sic] [...] done", ("organization", GAP, "done"), id="letter-note-gap"),
        pytest.param("the end [sic]", ("the", "end"), id="sic"),
        pytest.param("U.S. long-term don’t", ("u.s", "long", "term", "don't"), id="word-forms"),
    ],
)
def test_pattern(text, keys):
    assert pattern(text).keys == keys


@pytest.mark.parametrize(
    "quoted, words_",
    [
        ('"We are ready,"', "We are ready,"),
        ("“Nothing is hidden.”", "Nothing is hidden."),
        ("«Nous devons»", "Nous devons"),
        ("‘They polluted it’", "They polluted it"),
    ],
    ids=["straight", "curly", "guillemets", "single"],
)
def test_inner_strips_quotation_marks(quoted, words_):
    assert inner(quoted) == words_


def test_read_original(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_bytes("\u201cWe agree,\u201d she said.".encode("cp1252"))
    original = read_original(str(path))
    assert original.name == "statement.txt" and original.compare("We agree").verdict == "exact"


@pytest.mark.parametrize(
    "make, message",
    [
        pytest.param(lambda d: d / "missing.txt", "No such file", id="missing"),
        pytest.param(lambda d: d, "is a directory", id="directory"),
        pytest.param(lambda d: (d / "empty.txt", (d / "empty.txt").write_bytes(b""))[0], "empty input", id="empty"),
        pytest.param(lambda d: (d / "bin.txt", (d / "bin.txt").write_bytes(b"\x00\x01binary"))[0], "not a text file", id="binary"),
    ],
)
def test_unreadable_original_is_an_input_error(tmp_path, make, message):
    with pytest.raises(InputError, match=message) as info:
        read_original(str(make(tmp_path)))
    assert "\n" not in str(info.value)


def test_long_original_stays_fast():
    # A transcript of 200,000 words in which every word is common: the lookup is anchored on
    # the rarest words, so it does not compare the quotation at every place.
    filler = "and the of to a in that is was he for it with as his on be at by " * 10_000
    start = time.perf_counter()
    original = Original(filler + "the contractor has already absorbed the higher price of the steel " + filler)
    indexed = time.perf_counter()
    assert original.compare("the contractor has already absorbed the extra cost of the steel").verdict == "changed"
    assert original.compare("we will open the line before the summer").verdict == "absent"
    assert original.compare("and the of to a in that is was he").verdict == "exact"
    looked_up = time.perf_counter()
    # Indexing is one pass over the text; three lookups cost a fraction of it.
    assert indexed - start < 10.0
    assert looked_up - indexed < 1.0


TOKENS = "we will NOT close the ward while I’m here [t]he [inaudible] ... … — , “ ” ' long-term U.S. [sic]".split()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=4, max_size=40), st.data())
def test_any_stretch_of_the_original_is_exact(vocabulary, data):
    # Any run of whole tokens of the original, typography, brackets and ellipses included, is
    # found word for word; so is the same run in capitals.
    text = " ".join(vocabulary)
    original = Original(text)
    i = data.draw(st.integers(0, len(vocabulary) - 1))
    j = data.draw(st.integers(i + 1, len(vocabulary)))
    quotation = " ".join(vocabulary[i:j])
    assert original.compare(quotation).verdict == "exact", quotation
    assert original.compare(quotation.upper()).verdict == "exact", quotation


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(['"', "“", "”", "'", "[the minister]", "...", "said", "she", "told", "Lavrov", "We", "will", "win", "never", ",", ".", "\n\n"]), max_size=50).map(" ".join))
def test_an_article_is_faithful_to_itself(nlp, text):
    report = review(analyze(text, nlp=nlp), settings=Settings(original=Original(text)), selection=Selection.of(["QC4"]))
    assert report.findings == ()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=200), st.text(min_size=0, max_size=60))
def test_compare_never_fails(source, quotation):
    match = Original(source).compare(quotation)
    assert match.verdict in ("exact", "changed", "absent")
    assert 0.0 <= match.similarity <= 1.0
    if match.where is not None:
        assert source[match.where.start : match.where.end] == match.where.text


def test_words_ignore_marks_and_case():
    assert words("“It’s — LONG-term,” he said.") == ("it's", "long", "term", "he", "said")


@pytest.mark.parametrize(
    "quotation, verdict",
    [
        pytest.param("We will win this", "exact", id="note-left-out"),
        pytest.param("We will [inaudible] win this", "exact", id="note-kept"),
        pytest.param("the organisation is fine", "changed", id="spelling-differs"),
        pytest.param("the organi[s]ation is fine", "changed", id="bracketed-spelling-still-differs"),
        pytest.param("the organization is fine", "exact", id="bracketed-letter-in-the-source"),
    ],
)
def test_transcriber_notes_in_the_original_are_not_words(quotation, verdict):
    original = Original("CHAIR: Go on. [Crosstalk]\nVOSS: We will [inaudible] win this. [Laughter] The organi[z]ation is fine.")
    assert original.compare(quotation).verdict == verdict
