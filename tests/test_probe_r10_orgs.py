"""Organisation and outlet speakers found wrong on the round 10 QA probe (report items 1, 2, 3,
4, 7, 12 and 15), end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


def test_a_body_named_after_the_comma_is_the_speaker(nlp):
    text = (
        'A spokesman for the Ministry of Transport said the ministry was "looking into it". '
        'The firm behind the new ticket app, Farebridge, said in a statement that the app was "fully secure."\n'
    )
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker_name == "Farebridge"
    assert quote.speaker_kind == "organization"


def test_a_country_before_an_embassy_is_not_its_name(nlp):
    text = (
        'The Velmark state news agency VNA said the envoy had "set out the facts."\n\n'
        'The Velmark embassy in Ostara said in a statement that the envoy had been "dismayed by the tone" of the talks.\n'
    )
    report = analyze(text, nlp=nlp)
    agency, embassy = report.quotes
    assert agency.speaker_name == "VNA"
    assert agency.speaker_kind == "outlet"
    assert embassy.speaker_name is None  # "Velmark" is whose embassy, not its name
    assert embassy.speaker_kind == "organization"
    assert "QC101" not in _rules(report, embassy)


@pytest.mark.parametrize(
    "text",
    [
        'VNA, the Velmark state news agency, said the envoy had "set out the facts."\n',
        'Kordo, a regional daily, said the mayor had "misled the council."\n',
    ],
    ids=["state-news-agency", "daily"],
)
def test_an_outlet_described_by_an_appositive_is_an_outlet(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"
    assert "QC101" in _rules(report, quote)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Dr Ilse Marrow, a GP at Kenwood Royal Infirmary, said she had treated \"dozens\" of cases.\n\n"
            "The official advice says children should drink water every hour. It adds that hats should be worn outdoors.\n",
            "unknown",
        ),
        (
            "Ostara's interior ministry detained the reporter on Friday, the ministry said in a statement. "
            'It called the reporting "a threat to order".\n',
            "organization",
        ),
    ],
    ids=["guidance-after-hospital", "ministry-not-country"],
)
def test_it_is_the_unnamed_body_or_document_that_just_spoke(nlp, text, kind):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker.text == "It"
    assert quote.speaker_name is None
    assert quote.speaker_kind == kind


def test_it_is_still_a_named_company_met_through_the_company(nlp):
    text = 'Kestrel Energy cut 200 jobs on Monday. The company said demand had "collapsed". It added that more cuts may come.\n'
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker_name == "Kestrel Energy"


def test_reports_in_a_country_are_not_the_country(nlp):
    text = "Dunmore Rovers are close to signing the winger Tomas Kell, according to reports in Portugal.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name != "Portugal"
    assert quote.speaker_kind in ("document", "anonymous")


def test_reports_in_an_outlet_are_still_the_outlets(nlp):
    text = "Talks have stalled, according to reports in the Harbour Herald.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"
    assert "QC101" in _rules(report, quote)


def test_a_given_name_that_is_also_a_title_after_a_party(nlp):
    text = 'Green Future\'s Dean Halloway took 1,204 votes.\n\nHalloway said voters were "tired of promises."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Dean Halloway"
    assert quote.speaker_kind == "person"
    assert any("Green Future" in d for d in quote.speaker_descriptions)


def test_a_club_read_as_a_person_is_an_organization(nlp):
    text = 'In a statement on Monday night, Torvald Rovers said: "The club has rejected the bid."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_kind == "organization"
