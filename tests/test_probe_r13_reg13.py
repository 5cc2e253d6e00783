"""Regressions of round 13, from the re-check: an unreachable source is no refusal, a caveat
reaches back only to the sentence right before it, a person who reads out the speaker's own
statement is no second-hand carrier, and "..., it said" about the company is not the employer
of a group of analysts. End to end with the real model. The sentences are written by the
quotecheck authors after the re-check's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- "could not be reached for comment" is no refusal --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Harwick Echo reported that the clinic had closed early. Clinic managers could not immediately be reached for comment.",
        "Councillor Odile Marsh could not be reached for comment on Sunday.",
        "Representatives of the club could not be reached for comment.",
    ],
    ids=["immediately", "named", "group"],
)
def test_unreachable_source_is_no_refusal(nlp, text):
    # The reporter failed to reach them: nobody refused, and "for comment" is no content.
    report = analyze(text, nlp=nlp)
    assert not [q for q in report.quotes if q.act == "refusal"]
    assert not [q for q in report.quotes if q.text.strip(" .") == "for comment"]


def test_no_reply_is_still_a_refusal(nlp):
    # Guard: not answering a request the source had is still a refusal.
    report = analyze("The clinic did not respond to a request for comment.", nlp=nlp)
    (refusal,) = report.quotes
    assert refusal.act == "refusal"


# --- QC204: a caveat reaches only the sentence right before it -----------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "The inquiry is due to report next spring.",
        "The ministry has been under pressure for months.",
    ],
    ids=["inquiry", "pressure"],
)
def test_caveat_does_not_jump_over_a_sentence_without_quotes(nlp, between):
    text = (
        'Several aides privately said the plan was "unworkable," according to the Morvan Times. '
        f"{between} It could not be independently confirmed whether the plan reached the cabinet."
    )
    report = analyze(text, nlp=nlp)
    assert not [f for f in report.findings if f.rule == "QC204"]


def test_caveat_right_after_the_claim_is_still_flagged(nlp):
    # Guard: the sentence right before the caveat holds the claim.
    text = (
        "The ministry has been under pressure for months. Rebel leaders said they had taken the dam. "
        "The claim could not be independently verified."
    )
    report = analyze(text, nlp=nlp)
    flagged = [f.quote for f in report.findings if f.rule == "QC204"]
    assert len(flagged) == 1


# --- A statement read out by a person for the speaker: no QC101 ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Tomas did nothing wrong," the family said in a statement read outside court by solicitor Helen Marsh.',
        '"We are heartbroken," his parents said in a statement read by their lawyer, Peter Quint.',
    ],
    ids=["solicitor", "lawyer"],
)
def test_statement_read_out_by_a_person_is_not_second_hand(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert "QC101" not in _rules(report, quote.id)


def test_statement_read_out_keeps_the_reader_in_via(nlp):
    text = '"Tomas did nothing wrong," the family said in a statement read outside court by solicitor Helen Marsh.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [h.name for h in quote.via] == ["Helen Marsh"]
    assert "QC101" not in _rules(report, quote.id)


def test_words_carried_by_an_outlet_are_still_second_hand(nlp):
    # Guard: an outlet that carried the words is still a carrier.
    text = '"We will not resign," the minister said, in remarks carried by the Torvald Wire.'
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert "QC101" in _rules(report, quote.id)


# --- "..., it said" about the company: not the employer of analysts ------------------------------


@pytest.mark.parametrize(
    "between",
    [
        'Analysts at Fenwick Bank said in a note to clients that the figures were "a sign of strength."',
        "An economist at Fenwick Bank said demand had held up.",
    ],
    ids=["analysts-at", "economist-at"],
)
def test_it_said_about_the_company_is_not_the_analysts_employer(nlp, between):
    text = (
        f"Ardley Foods said quarterly profit rose 6 percent. {between} "
        "The company will open two new plants next year, it said."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert "plants" in last.text
    assert last.speaker_name == "Ardley Foods"


def test_bank_named_in_full_not_by_its_last_word(nlp):
    report = analyze("Ashmere Bank said deposits rose.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ashmere Bank"


# --- A company that refuses: a name ending in a trade's word is an organisation -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morvane Freight rejected the offer last month. Morvane did not respond to a request for comment.", "Morvane Freight"),
        ("Pellham Mining did not return calls seeking comment.", "Pellham Mining"),
    ],
    ids=["freight-lone-name", "mining"],
)
def test_company_refusing_comment_is_an_organization(nlp, text, name):
    report = analyze(text, nlp=nlp)
    refusal = next(q for q in report.quotes if q.act == "refusal")
    assert refusal.speaker_name == name
    assert refusal.speaker_kind == "organization"


def test_person_with_a_trade_word_surname_stays_a_person(nlp):
    # Guard: a given name first ("Samantha Power") makes it a person's name.
    report = analyze("Samantha Power said the aid would continue.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "person"
