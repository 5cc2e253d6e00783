"""Review rev1 of round 17, findings A6, A7, A9 and A10: whom "the outgoing governor", a
headline's "Bank" and "the paper" mean, and which senior people are anonymous sources."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quote(report, start: str):
    return next(q for q in report.quotes if q.speaker is not None and q.speaker.text.startswith(start))


def _messages(report, rule: str) -> list[str]:
    return [f.message for f in report.findings if f.rule == rule]


# --- A6: "the outgoing governor" is no incumbent of another office -------------------------------


def test_outgoing_governor_is_not_the_incumbent_sheriff(nlp):
    text = (
        "During the county election, the incumbent sheriff, Maria Dunne, kept her post on Tuesday."
        " Governor Paul Okafor campaigned for her last month.\n\nThe outgoing governor said the vote"
        " had been fair."
    )
    assert _quote(analyze(text, nlp=nlp), "The outgoing governor").speaker_name == "Paul Okafor"


# Guard: the incumbent of no office said is whom "the outgoing senator" means.
def test_guard_officeless_incumbent_is_the_outgoing_one(nlp):
    text = "The two-term incumbent, Lena Marsh, lost the race on Tuesday.\n\nThe outgoing senator said she would not contest the count."
    assert _quote(analyze(text, nlp=nlp), "The outgoing senator").speaker_name == "Lena Marsh"


# --- A7: a headline's "Bank" is no body met only as someone's employer ---------------------------


def test_headline_noun_skips_an_employer_in_a_description(nlp):
    text = (
        "Bank says borrowing costs will stay put\n\nRuth Akande, an analyst at Corrow Bank, said the"
        " slowdown was no surprise. The Bank of Tessaly kept borrowing costs unchanged on Wednesday,"
        " a spokesman said."
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker.text == "Bank"
    assert report.quotes[0].speaker_name != "Corrow Bank"


# --- A9: "the paper" after an outlet that reported, with a study in between ----------------------


def test_paper_is_the_outlet_that_reported_before_a_study(nlp):
    text = (
        "The Harbour Gazette reported on Tuesday that the council had sold the land.\n\nA study by"
        " scientists at Brenmoor College found the sale had raised rents. The paper said the council"
        " had not replied to questions."
    )
    quote = _quote(analyze(text, nlp=nlp), "The paper")
    assert (quote.speaker_name, quote.speaker_kind) == ("Harbour Gazette", "outlet")


# --- A10: seniority makes only an official or an insider an anonymous source ---------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A senior nurse at the Royal Infirmary said the ward was understaffed.", "A senior nurse"),
        ("A senior engineer said the bridge was safe.", "A senior engineer"),
        ("A senior lecturer in history at a Dunmore college said the exam was unfair.", "A senior lecturer"),
    ],
    ids=["nurse", "engineer", "lecturer"],
)
def test_senior_trade_is_a_person_known_by_role(nlp, text, start):
    report = analyze(text, nlp=nlp)
    assert _quote(report, start).speaker_kind == "person"
    assert not _messages(report, "QC201")


def test_senior_citizens_are_a_vague_source_not_an_anonymous_one(nlp):
    report = analyze("Senior citizens at the day centre said the buses never came.", nlp=nlp)
    messages = _messages(report, "QC201")
    assert messages and all(m.startswith("Vague source") for m in messages)


# Guard: an official's or an insider's seniority still makes an anonymous source.
@pytest.mark.parametrize(
    "text",
    ["A senior Treasury adviser said the budget would be delayed.", "A senior army officer said the convoy had been attacked."],
    ids=["adviser", "officer"],
)
def test_guard_senior_official_stays_anonymous(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_kind == "anonymous"
    assert any(m.startswith("Anonymous source") for m in _messages(report, "QC201"))
