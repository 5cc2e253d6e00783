"""Leftovers of QA probe p42: a person named with an office in a body whom the recognizer took
for an organisation, an unnamed source brought in by a role and a "who" clause, a question put
by a journalist of a named outlet, and relative clauses that report what someone said kept out
of their descriptions. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _rules(report, quote_id):
    return {f.rule for f in report.findings if f.quote == quote_id}


# --- A name written as a person's, with an office in a body --------------------------------------


def test_office_in_a_body_makes_a_person(nlp):
    # The recognizer reads "Tamsin Lowry" here as an organisation's name.
    report = analyze('"The river is dying," said Tamsin Lowry, director of the River Trust Alliance.', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Tamsin Lowry"
    assert quote.speaker_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        '"Sailors need help," said Harbor Trust, a charity for retired seamen.',
        '"The sale is final," said Vance Holdings, the parent of Vance Bank.',
    ],
    ids=["charity-for", "parent-of"],
)
def test_guard_body_with_a_body_appositive_stays_one(nlp, text):
    # Guard: a body's appositive, or a role a firm may hold, leaves the name an organisation's.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"


# --- "A fund manager who holds the stock said": an unnamed source -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A portfolio manager who owns the shares said the forecast looked cautious.",
        "A surgeon who treated the injured said most of them would recover.",
    ],
    ids=["manager", "surgeon"],
)
def test_role_with_who_clause_is_an_unnamed_source(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    rules = _rules(report, quote.id)
    assert "QC201" in rules
    assert "QC203" not in rules


def test_guard_the_role_with_who_clause_stays_a_person(nlp):
    # Guard: "the ... who" picks out someone the reader has met, not an unnamed source.
    report = analyze("The portfolio manager who owns the shares said the forecast looked cautious.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "person"


# --- "Asked by a correspondent from the Norvale Herald whether ..." ------------------------------


def test_question_by_journalist_of_outlet_is_the_outlets(nlp):
    text = (
        "Mayor Lena Brandt said the depot would stay open. Asked by a correspondent from the Kessel"
        ' Gazette whether jobs were at risk, she replied that "nobody will be laid off."'
    )
    report = analyze(text, nlp=nlp)
    question = next(q for q in report.quotes if q.question)
    assert (question.speaker_name, question.speaker_kind) == ("Kessel Gazette", "outlet")
    answer = report.quotes[-1]
    assert answer.speaker_name == "Lena Brandt"
    assert answer.recipient is not None
    assert (answer.recipient.name, answer.recipient.kind) == ("Kessel Gazette", "outlet")


def test_guard_journalist_from_a_place_names_no_outlet(nlp):
    # Guard: "a reporter from Ohio" says where the reporter is from, not whom they work for.
    text = "Asked by a reporter from Ohio whether the plant would close, Mayor Lena Brandt said no decision had been made."
    report = analyze(text, nlp=nlp)
    question = next(q for q in report.quotes if q.question)
    assert question.speaker_kind != "outlet"


# --- Relative clauses that report what was said are no description ------------------------------


def test_appositive_drops_reporting_relative_clause(nlp):
    text = (
        '"The board was asleep," said Marit Olsson, finance spokeswoman for the Green Party,'
        " who has called for the chairman to resign."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_name == "Marit Olsson"
    assert list(quote.speaker_descriptions) == ["finance spokeswoman for the Green Party"]


def test_reporting_relative_clause_on_name_is_no_description(nlp):
    report = analyze('"The board was asleep," said Marit Olsson, who has accused the chairman of negligence.', nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_name == "Marit Olsson"
    assert not any("accused" in d for d in quote.speaker_descriptions)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ('"The board was asleep," said Marit Olsson, who chairs the audit committee.', "who chairs the audit committee"),
        ('"The board was asleep," said Marit Olsson, who writes for the Kessel Gazette.', "who writes for the Kessel Gazette"),
    ],
    ids=["chairs", "writes-for"],
)
def test_guard_describing_relative_clause_kept(nlp, text, description):
    # Guard: what someone heads or does for a living says who they are.
    report = analyze(text, nlp=nlp)
    assert description in report.quotes[0].speaker_descriptions
