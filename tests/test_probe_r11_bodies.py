"""Bodies, outlets and journals named wrongly, found on the round 11 probes (p25-p27), end to
end with the real model. The sentences are written by the quotecheck authors after the probes'
repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Its chief engineer, Marta Oyelaran, told the Fenwick Harbour Mercury that the pump had failed.", "Fenwick Harbour Mercury"),
        ("Its chief engineer, Marta Oyelaran, told the Lowmoor Citizen that the pump had failed.", "Lowmoor Citizen"),
    ],
    ids=["mercury", "citizen"],
)
def test_masthead_recipient_is_an_outlet(nlp, text, outlet):
    # "Mercury" and "Citizen" end mastheads as "Courier" does: told to a newspaper, the words
    # are second-hand (QC101), not told to some organisation.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(report, quote.id)


@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_company_is_never_a_newspaper(nlp, noun):
    # The newspaper is the organisation met last before "the company"; a newspaper is no
    # company, whatever the tagger calls it.
    text = (
        "Ostrava Rail suspended the night trains. Its spokesman, Pavel Dusek, told the Morava Mercury "
        f"that the tracks were flooded. Services will resume on Friday, the {noun} said."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker is not None and last.speaker.text == f"the {noun}"
    assert last.speaker_name != "Morava Mercury"
    assert last.speaker_kind == "organization"
    assert "QC101" not in _rules(report, last.id)


def test_the_journal_is_the_journal_named_before(nlp):
    text = (
        "The Annals of Coastal Ecology has withdrawn a paper on reef decline. In a notice, the journal "
        'said that "the sampling records could not be verified."'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Annals of Coastal Ecology"
    assert quote.resolution == "role"
    # A journal's own notice is no other outlet's reporting.
    assert "QC101" not in _rules(report, quote.id)


@pytest.mark.parametrize(
    "body",
    ["the Board on Newspaper Ethics", "the Press Complaints Tribunal of Arvenia", "the Commission on Media Ethics"],
    ids=["newspaper", "press", "media"],
)
def test_body_about_the_press_is_no_outlet(nlp, body):
    # An outlet noun inside a body's name says what it deals with, not what it is.
    report = analyze(f"According to {body}, complaints have doubled since 2020.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"
    assert "QC101" not in _rules(report, quote.id)


def test_the_journal_skips_a_body_about_publishing(nlp):
    text = (
        "According to the Council on Publication Standards, retractions have doubled. In a notice, "
        'the journal said that "the images had been altered."'
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name != "Council on Publication Standards"


def test_guard_news_agency_stays_an_outlet(nlp):
    # Guard: an outlet noun before another outlet word is still the outlet's name.
    report = analyze("The Kelvara News Agency reported that the talks had ended.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"


def test_chamber_of_commerce_is_named_whole(nlp):
    report = analyze("The Ostberg Chamber of Commerce warned that the tariff would cost exporters dearly.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ostberg Chamber of Commerce"
    assert quote.speaker_kind == "organization"


def test_union_of_a_place_is_no_person_of_that_name(nlp):
    # The headline's "Tarvik" is read as a person; the union's name ends in the same word, but
    # a body's name ends in a place, not a surname.
    text = (
        "Strike looms in Tarvik\n\n"
        "The Boatmen's Union of Tarvik said the new tolls would drive trade to the rival port of Emsa."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name == "Boatmen's Union of Tarvik"
    assert quote.speaker_kind == "organization"


def test_romance_body_name_is_not_its_last_place(nlp):
    text = "Similar closures followed in six towns, according to a 2023 report by the Office des musées régionaux du Valais."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Office des musées régionaux du Valais"
    assert quote.speaker_kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lok Nyay Sangh (LNS) on Tuesday demanded an inquiry into the tender.", "Lok Nyay Sangh"),
        ("The Kisan Mazdoor Manch (KMM) demanded an inquiry into the tender.", "Kisan Mazdoor Manch"),
    ],
    ids=["lns", "kmm"],
)
def test_name_given_with_its_initials_is_a_body(nlp, text, name):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_name == name
    assert quote.speaker_kind == "organization"
    # The bracket the acronym opened is closed in the speaker's phrase.
    assert quote.speaker is not None and quote.speaker.text.endswith(")")


def test_branch_of_a_party_speaks_for_the_party(nlp):
    text = 'However, the district branch of the United Farmers Front (UFF) called the grant "an election bribe".'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "United Farmers Front"
    assert quote.speaker_kind == "organization"
    assert "the district branch" in quote.speaker_descriptions
    assert quote.speaker is not None and quote.speaker.text.endswith("(UFF)")


def test_the_companies_are_organizations(nlp):
    report = analyze("Harlow Mills has agreed to buy rival Penrose Bakeries for $2 billion, the companies said on Monday.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "the companies"
    assert quote.speaker_kind == "organization"
