"""Review of round 15, findings 4-7 (mendB): purpose infinitives after a cue's object, numbers
that are no poll standing, bare "despite" in reported content, and the reasons a refusal cites."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report, cue):
    return [[c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue]


# --- 4: an infinitive after the object is the writer's purpose unless the words take it ---------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor praised the firefighters to lift spirits.", "praised", "the firefighters"),
        ("The senator criticized the bill to score points with voters.", "criticized", "the bill"),
    ],
    ids=["praised", "criticized"],
)
def test_purpose_infinitive_is_not_what_was_said(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # Guard: a noun that takes an infinitive of its own.
        ("She defended her call to raise the wage.", "defended", "her call to raise the wage"),
        # Guard: what a sum is for.
        (
            "The governor proposed $2 million in grants to help towns rebuild.",
            "proposed",
            "$2 million in grants to help towns rebuild",
        ),
        # Guard: what the object is said to be.
        (
            "Allies see her as an asset to help other candidates raise money.",
            "see",
            "her as an asset to help other candidates raise money",
        ),
    ],
    ids=["noun", "sum", "as-predicate"],
)
def test_infinitive_the_words_take_stays(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


# --- 5: a count of the people polled or a date is no finding ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 1,000 people took part in the survey, which was conducted online.",
        "He was interviewed on May 5 in a survey of small business owners.",
    ],
    ids=["count-in-subject", "date"],
)
def test_poll_logistics_are_no_finding(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()


def test_guard_a_bare_score_is_a_finding(nlp):
    # Guard: a number outside the subject still scores the race.
    report = analyze("Ortiz had 44 to Vance's 40 in the latest Kessler poll.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "the latest Kessler poll"
    assert [c.text for c in quote.content] == ["Ortiz had 44 to Vance's 40"]


# --- 6: bare "despite" after the claim's words is the claim's ---------------------------------


def test_guard_despite_after_the_claim_stays(nlp):
    # Guard: round 15's reading, which PolNeAR train favours (lexicon.BARE_ASIDE_PREPOSITIONS).
    report = analyze("Officials said the strikes hit Nusra fighters despite the split.", nlp=nlp)
    assert _contents(report, "said") == [["the strikes hit Nusra fighters despite the split"]]


def test_guard_despite_after_a_conjunction_opens_an_aside(nlp):
    # Guard: after "but" it is the writer's aside again.
    text = "Officials said the strikes hit the depot but despite the damage the port stayed open.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [["the strikes hit the depot"]]


# --- 7: what a refusal cites is its reason unless it is a source -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She declined to comment, citing safety concerns.",
        "A spokesman declined to comment, citing the terms of the agreement.",
        "The airline refused to comment, citing the weather.",
    ],
    ids=["concerns", "terms", "weather"],
)
def test_reason_a_refusal_cites_is_no_quote(nlp, text):
    report = analyze(text, nlp=nlp)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == "citing"]
    assert any(q.cue is not None and q.cue.text in ("declined", "refused") for q in report.quotes)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("She declined to comment, citing her lawyer.", "her lawyer"),
        ("The company declined to comment, citing a report by Reuters.", "a report by Reuters"),
    ],
    ids=["person", "document"],
)
def test_guard_a_source_a_refusal_cites_stays(nlp, text, cited):
    # Guard: a person or document cited is a source of words.
    report = analyze(text, nlp=nlp)
    assert _contents(report, "citing") == [[cited]]


def test_guard_the_reason_for_refusing_a_deed_stays(nlp):
    # Guard: a refusal to act, not to speak: the reason given is what the refuser said.
    text = "When Hurt asked the firm to reissue the book, it declined, citing legal risks.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "citing") == [["legal risks"]]
