"""Left-overs of QA probe p43 (and p42): a poll that "puts" a candidate at a figure, the pollster
behind "a survey by X", "reported, citing X," without "that", and a "but" clause that goes on
quoting the speaker. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- A poll places a candidate at a figure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A poll by Redfern Analytics for the Dunmore Gazette puts Ellen Price on 41 percent.",
            "Ellen Price on 41 percent",
        ),
        (
            "The latest Harwood poll has Tomas Lind at 33 percent and Ana Weir at 29 percent.",
            "Tomas Lind at 33 percent and Ana Weir at 29 percent",
        ),
        ("A new survey gives the incumbent 52 percent of the vote.", "the incumbent 52 percent of the vote"),
        ("A poll for the Dunmore Gazette puts support for the tram line at 61 percent.", "support for the tram line at 61 percent"),
    ],
    ids=["puts-on", "has-at", "gives-dative", "puts-between"],
)
def test_poll_placing_a_candidate_is_a_finding(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [[expected]]
    assert report.quotes[0].type == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The poll has a margin of error of 3 points.",
        "The company puts its losses at 38 percent.",
    ],
    ids=["margin-of-error", "not-a-poll"],
)
def test_guard_placing_without_a_poll_or_a_standing(nlp, text):
    # Guard: a poll's own figures, or a company's estimate, are no poll finding.
    assert analyze(text, nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "A poll by Redfern Analytics puts Ellen Price on 41 percent.",
        "A survey by Redfern Analytics for the Dunmore Gazette shows Ellen Price with 41 percent.",
    ],
    ids=["puts", "shows"],
)
def test_pollster_named_by_by_phrase(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Redfern Analytics"
    assert quote.speaker_kind == "organization"


# --- "reported, citing X," without "that" -------------------------------------------------------


def test_citing_before_a_thatless_clause(nlp):
    text = "The Coastal Herald reported, citing a ward administrator, three patients had been moved."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["three patients had been moved"]
    assert quote.speaker.text == "a ward administrator"
    assert [hop.name for hop in quote.via] == ["Coastal Herald"]


def test_guard_citing_a_reason_before_a_thatless_clause(nlp):
    # Guard: "citing budget pressures" gives no source; the paper stays the speaker.
    text = "The Coastal Herald reported, citing budget pressures, the council would close two pools."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Coastal Herald"


# --- A "but" clause that goes on quoting the speaker ---------------------------------------------


def test_but_clause_with_its_own_quotation_stays_in_the_quote(nlp):
    text = (
        'A spokesman for Delmar Mills said there was "nothing to announce," but the firm would'
        ' "keep an eye on wheat prices."'
    )
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [
        ['there was "nothing to announce," but the firm would "keep an eye on wheat prices."']
    ]
    assert report.quotes[0].type == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said the budget was "balanced," but the auditors walked out.',
        'The mayor said the budget was "balanced," but critics called it "a fiction."',
    ],
    ids=["no-quotation", "own-cue"],
)
def test_guard_but_clause_of_the_writer_or_another_speaker(nlp, text):
    # Guard: without a quotation of its own, or with a cue of its own, the clause is not hers.
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].content[0].text == 'the budget was "balanced,"'
