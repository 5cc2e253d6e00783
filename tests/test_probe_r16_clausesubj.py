"""A content clause after a cue that the parser reads as the cue's noun object, or hangs
elsewhere, from the round 16 probes: a comparative correlative ("the more ..., the more ..."),
a relative verb read as a plural noun, an imperative before or after the cue, and a participle
cue hung on a noun. End to end with the real model, and on a hand-built parse where the model
gives the misreading only in longer text. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import parse_frames
from quotecheck.pipeline import analyze

from .docs import make_doc

O = "O"


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- Both halves of a comparative correlative are what was said ---------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "He argued the more money the state spends, the fewer jobs it creates.",
            "argued",
            "the more money the state spends, the fewer jobs it creates",
        ),
        (
            "Officials warn the less rain falls this spring, the higher prices will climb.",
            "warn",
            "the less rain falls this spring, the higher prices will climb",
        ),
        (
            "Aides say the more votes she gets, the more power she will have.",
            "say",
            "the more votes she gets, the more power she will have",
        ),
    ],
    ids=["cue-hung-on-second-half", "second-half-cut-off", "second-half-read-as-appositive"],
)
def test_comparative_correlative_after_cue(nlp, text, cue, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [[expected]]
    assert report.quotes[0].cue.text == cue
    assert report.quotes[0].type == "indirect"


# --- A relative clause's verb read as a plural noun ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts say the spending that Murphy touts also drives up the deficit.",
            "the spending that Murphy touts also drives up the deficit",
        ),
        (
            "Critics say the merger that Lopez touts also raises prices for rural customers.",
            "the merger that Lopez touts also raises prices for rural customers",
        ),
    ],
    ids=["spending", "merger"],
)
def test_relative_verb_read_as_noun_keeps_the_clause(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "say"
    assert [c.text for c in quote.content] == [expected]


# --- An imperative is what was said --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        ("Take climate change seriously, younger voters say by a large margin.", "Take climate change seriously", "younger voters"),
        ("Spend less on the military, the poll's respondents say by a narrow margin.", "Spend less on the military", "the poll's respondents"),
    ],
    ids=["object-and-adverb", "adverb-and-preposition"],
)
def test_opening_imperative_before_closing_cue(nlp, text, expected, speaker):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == [expected]
    assert quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor says raise taxes on the rich", "raise taxes on the rich"),
        ("Union chief says stop the layoffs now", "stop the layoffs now"),
    ],
    ids=["raise", "stop"],
)
def test_headline_imperative_after_cue(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [[expected]]


# --- A participle cue hung on a noun, its clause's verb on the main verb -------------------------


def test_participle_cue_on_noun_takes_the_clause_left_on_main_verb():
    # Ruiz is making a pitch to farmers saying a state rule banning drilling is hurting the economy.
    doc = make_doc(
        [
            ("Ruiz", "NNP", "nsubj", 2, "B-PERSON"),
            ("is", "VBZ", "aux", 2, O),
            ("making", "VBG", "ROOT", 2, O),
            ("a", "DT", "det", 4, O),
            ("pitch", "NN", "dobj", 2, O),
            ("to", "IN", "prep", 2, O),
            ("farmers", "NNS", "pobj", 5, O),
            ("saying", "VBG", "acl", 6, O),
            ("a", "DT", "det", 10, O),
            ("state", "NN", "compound", 10, O),
            ("rule", "NN", "dobj", 7, O),
            ("banning", "VBG", "acl", 10, O),
            ("drilling", "VBG", "xcomp", 11, O),
            ("is", "VBZ", "aux", 14, O),
            ("hurting", "VBG", "advcl", 2, O),
            ("the", "DT", "det", 16, O),
            ("economy", "NN", "dobj", 14, O),
            (".", ".", "punct", 2, O),
        ]
    )
    frames = [f for f in parse_frames(doc, text=doc.text).frames if f.content]
    (frame,) = [f for f in frames if f.cue.text == "saying"]
    assert [c.text for c in frame.content] == ["a state rule banning drilling is hurting the economy"]


# --- Guard: a noun object of "say" stays no quote -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye to the staff and left.",
        "She said a few words at the funeral.",
        "The minister said nothing about the deal.",
    ],
    ids=["goodbye", "few-words", "nothing"],
)
def test_guard_noun_object_of_say_is_no_quote(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()
