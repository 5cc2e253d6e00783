"""Nested attributions and chains from QA probes p44 and p45: a document's finding an outlet
reported, a quoted label passed on by a hearing or a speaker, and a counterpoint after a
credit that quotes someone else. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- A document's finding, carried by an outlet ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        (
            "A study by the Coastal Trust found that most beaches failed the water test, the Harbour"
            " Gazette reported.",
            "A study by the Coastal Trust",
            "Harbour Gazette",
        ),
        (
            "The Valley Courier reported that an audit of the council found that two budgets had been"
            " overspent.",
            "an audit of the council",
            "Valley Courier",
        ),
    ],
    ids=["closing-outlet", "opening-outlet"],
)
def test_document_finding_is_carried_by_the_outlet(nlp, text, source, outlet):
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.speaker.text == source
    assert quote.speaker_kind == "document"
    assert [hop.name for hop in quote.via] == [outlet]
    assert "QC101" in [f.rule for f in report.findings]


def test_evidence_read_by_an_outlet_stays_the_outlets(nlp):
    # Guard: "the data showed" names no source; the outlet's report is the statement.
    report = analyze("The Valley Courier reported that the data showed two budgets had been overspent.", nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Valley Courier"]


# --- A quoted label passed on ---------------------------------------------------------------------


def test_quoted_label_heard_in_court_is_the_labellers(nlp):
    text = 'Marta Quill was fined on Friday. The tribunal heard that Quill had described auditors as "pencil-pushers" in a memo.'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.speaker_name == "Marta Quill"
    assert quote.type == "mixed"
    assert [s.text for s in quote.quoted] == ['"pencil-pushers"']
    # Where the words were heard stays with them.
    assert "The tribunal heard" in [c.text for c in quote.context]


def test_quoted_label_passed_on_by_a_speaker(nlp):
    report = analyze('Mayor Ruth Avery said that Senator Joel Pike had called the levy "daylight robbery".', nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.speaker_name == "Joel Pike"
    assert [hop.name for hop in quote.via] == ["Ruth Avery"]


def test_own_label_and_unquoted_label_stay_the_hosts(nlp):
    # Guard: a pronoun labeller, or a label without quotation marks, is the host's account.
    own = analyze('Avery said she had called the levy "daylight robbery".', nlp=nlp)
    assert [q.speaker.text for q in own.quotes] == ["Avery"]
    plain = analyze("The tribunal heard that Quill had described auditors as lazy.", nlp=nlp)
    assert [q.cue.text for q in plain.quotes] == ["heard"]


# --- A counterpoint after a credit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The winger is close to a move to Lisbon, according to reports in Portugal, although the"
            " club insisted on Friday that no bid had been made.",
            [["The winger is close to a move to Lisbon"], ["that no bid had been made"]],
        ),
        (
            "The scheme will save money, the treasurer said, although critics insisted that it would"
            " raise rents.",
            [["The scheme will save money"], ["that it would raise rents"]],
        ),
        (
            "The bridge will reopen in June, according to the contractor, whereas the council said"
            " repairs could last all summer.",
            [["The bridge will reopen in June"], ["repairs could last all summer"]],
        ),
    ],
    ids=["according-although", "closing-said-although", "according-whereas"],
)
def test_counterpoint_after_credit_is_a_statement_of_its_own(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert _contents(report) == expected


def test_reason_after_credit_stays_in_the_claim(nlp):
    # Guard: a clause of reason is part of what was claimed, not the writer's counterpoint.
    text = "The bridge will stay shut, the contractor said, because engineers found cracks in a pier."
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes] == ["the contractor"]


# --- A hearer whose name ends in a word the tagger took for a verb ------------------------------


def test_told_an_outlet_whose_name_ends_like_a_verb(nlp):
    report = analyze("Professor Omar Diallo told the Health Media Hub that the survey was too small.", nlp=nlp)
    assert len(report.quotes) == 1
    recipient = report.quotes[0].recipient
    assert recipient is not None and recipient.name == "Health Media Hub"
    assert "QC101" in [f.rule for f in report.findings]


# --- An aside of asking between the speaker and the cue -----------------------------------------


def test_asked_aside_after_the_speaker_is_a_question(nlp):
    text = 'Senator Paul Greer, asked on Monday whether he would resign, said: "I am going nowhere."'
    report = analyze(text, nlp=nlp)
    question, answer = report.quotes
    assert question.act == "question"
    assert [c.text for c in question.content] == ["whether he would resign"]
    assert question.recipient is not None and question.recipient.name == "Paul Greer"
    # The aside is no part of the one who answers.
    assert answer.speaker.text == "Senator Paul Greer"
    assert answer.speaker_name == "Paul Greer"


# --- A fact-check's label line and a closing list of sources ------------------------------------


def test_closing_list_of_sources_is_not_content(nlp):
    text = "The tap water is safe to drink, according to the utility, the health board and three chemists."
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [["The tap water is safe to drink"]]
    assert report.quotes[0].speaker.text == "the utility, the health board and three chemists"


def test_rating_label_is_no_organisation_a_role_means(nlp):
    text = "VERDICT: Mostly false. The tap water is safe to drink, according to the utility."
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes] == ["the utility"]
    assert report.quotes[0].speaker_name is None


def test_description_after_the_source_stays_the_source(nlp):
    # Guard: "a former engineer and union leader" describes the mayor; it is no list.
    report = analyze("The bridge is safe, according to the mayor, a former engineer and union leader.", nlp=nlp)
    assert _contents(report) == [["The bridge is safe"]]
