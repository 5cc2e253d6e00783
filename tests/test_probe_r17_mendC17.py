"""Speakers and chains after review rev2 of round 17 (mendC17): a former holder of an
occupation or office is a person known by a role, not an anonymous insider; a body called by a
role stem only when its name is a body's and nobody unnamed holds the role; a day-named club is
no newspaper; a company named only in a headline keeps its name; a rival's named coach; a crowd
is no person. End to end with the real model. The sentences are written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_with as _quote, rule_set as _rules


# --- A former holder of an occupation or office (A1) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A former secondary school librarian said the new reading scheme had come too late.",
        "A former Wales goalkeeper said the manager had lost the dressing room.",
        "A former Green councillor said the ballot papers had gone missing.",
        "A former bus driver said he had never been paid for overtime.",
    ],
    ids=["workplace-compound", "country", "party", "workplace-noun"],
)
def test_former_holder_of_an_occupation_is_a_person_by_role(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "person"
    assert "QC201" not in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        "A former treasury adviser said the forecast had been rewritten twice.",
        "A former Bellcourt executive said the merger had been rushed.",
        "A former aide said the speech had been rewritten twice.",
    ],
    ids=["body-noun", "body-name", "insider-role"],
)
def test_former_insider_of_a_body_stays_anonymous(nlp, text):
    # Guard: the insiders the rule was written for.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_kind == "anonymous"


# --- A body called by a role stem (A6) ------------------------------------------------------------


def test_the_auditor_is_not_a_committee_of_another_body(nlp):
    text = (
        "The Marlow Audit Committee met on Thursday to discuss the harbour accounts.\n\n"
        "According to the auditor, the harbour lost money for a third year."
    )
    q = _quote(analyze(text, nlp=nlp), "lost money")
    assert q.speaker_name != "Marlow Audit Committee"
    assert q.speaker_kind == "person"


def test_the_auditor_brought_in_as_a_person_is_no_body(nlp):
    text = (
        "The Regional Audit Office said on Monday that the scheme was late. The trust then hired an outside"
        " auditor to check the ledgers.\n\n"
        "The auditor said the ledgers did not balance."
    )
    q = _quote(analyze(text, nlp=nlp), "did not balance")
    assert q.speaker_name is None
    assert q.speaker_kind == "person"


def test_headline_watchdog_is_not_a_later_body_holding_the_stem(nlp):
    text = (
        "Rail watchdog says delays will grow\n\n"
        "The Rail Passengers Council said on Tuesday that delays would grow over the winter. The Office"
        " of Rail Regulation said punctuality had improved."
    )
    q = _quote(analyze(text, nlp=nlp), "delays will grow")
    assert q.speaker_name != "Office of Rail Regulation"


def test_the_auditor_after_an_audit_office(nlp):
    # Guard: the body the rule was written for.
    text = (
        "The Northern Audit Office said on Monday that the tunnel was over budget.\n\n"
        "According to the auditor, the overrun had doubled since spring."
    )
    q = _quote(analyze(text, nlp=nlp), "overrun")
    assert q.speaker_name == "Northern Audit Office"


# --- A club or market named after a day is no newspaper (A7) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The councillor told the Saturday Club on Tuesday that the pool would reopen in May.",
        "The mayor told the Sunday Market stallholders that fees would not rise this year.",
    ],
    ids=["club", "people-of-a-market"],
)
def test_day_named_club_or_market_is_no_outlet(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert quote.recipient.kind != "outlet"
    assert "QC101" not in _rules(report)


def test_day_named_paper_is_an_outlet(nlp):
    # Guard: a weekend paper told the words carries them.
    report = analyze("The councillor told the Sunday Lantern on Tuesday that the pool would reopen in May.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient.kind == "outlet"


# --- A company named only in a headline (A9) ------------------------------------------------------


def test_company_named_only_in_headline_is_what_the_story_describes(nlp):
    text = "Halvorsen to shut 40 branches\n\nThe grocery chain said on Tuesday that 3,000 staff would be affected."
    q = _quote(analyze(text, nlp=nlp), "staff would be affected")
    assert q.speaker_name == "Halvorsen"
    assert q.speaker_kind == "organization"


# --- A rival's named coach (A12) ------------------------------------------------------------------


def test_rivals_coach_is_the_named_rivals_coach(nlp):
    text = (
        "Marek beat Sorensen in straight sets on Saturday.\n\n"
        "Sorensen's coach, Piet Vandam, said his player had a sore shoulder. "
        "The rival's coach said the wind had made serving impossible."
    )
    q = _quote(analyze(text, nlp=nlp), "wind had made")
    assert q.speaker_name == "Piet Vandam"


def test_rivals_coach_is_not_the_winners_own_coach(nlp):
    # Guard: the rival is set against the one the headline names.
    text = (
        "Marek wins Harbour Open as rival's coach blames the wind\n\n"
        "Marek's coach, Piet Vandam, said she had trained in worse conditions."
    )
    q = _quote(analyze(text, nlp=nlp), "the wind")
    assert q.speaker_name is None


# --- A crowd with a "who" clause is no person (A13) -----------------------------------------------


def test_crowd_with_who_clause_is_no_person(nlp):
    report = analyze("The crowd who waited outside the stadium chanted that the referee was a cheat.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind != "person"
    assert "QC203" not in _rules(report)
