"""Outlets recognised and made hops of the chain, found on the round 12 probes (p28-p30), end to
end with the real model. The sentences are written by the quotecheck authors after the probes'
repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _recipient(report):
    (quote,) = report.quotes
    assert quote.recipient is not None
    return quote.recipient.name, quote.recipient.kind


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Captain Ilse Marrow told the broadcaster Kestrel 9 that the pass was closed.", "Kestrel"),
        ("Captain Ilse Marrow told Kestrel 9 that the pass was closed.", "Kestrel"),
    ],
    ids=["broadcaster-name", "numbered-name"],
)
def test_told_broadcaster_by_name_is_second_hand(nlp, text, outlet):
    # The name after "the broadcaster" is the hearer, not a bare "the broadcaster" read as the
    # publisher (first-hand); a name ending in a channel number is no person's.
    text = "VARNA (Coastline Wire) - " + text
    report = analyze(text, nlp=nlp)
    name, kind = _recipient(report)
    assert kind == "outlet" and name.startswith(outlet)
    assert "QC101" in _rules(report, report.quotes[0].id)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Analyst Bo Tran told the Coastal Energy Review that the tariff would fall.", "Coastal Energy Review"),
        ("Analyst Bo Tran told the Lantern security blog that the tariff would fall.", "Lantern"),
        ("Analyst Bo Tran told the Lantern blog that the tariff would fall.", "Lantern"),
        ("Analyst Bo Tran told the Morning Star-Chronicle that the tariff would fall.", "Morning Star-Chronicle"),
    ],
    ids=["review", "security-blog", "blog", "hyphenated-masthead"],
)
def test_told_review_blog_or_hyphenated_masthead(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    name, kind = _recipient(report)
    assert kind == "outlet" and name.startswith(outlet)
    assert "QC101" in _rules(report, report.quotes[0].id)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The news service Harwick Markets Daily reported that Norrvik had sold its stake.", "Harwick Markets Daily"),
    ],
    ids=["news-service"],
)
def test_outlet_descriptors_and_hyphenated_names(nlp, text, name):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == (name, "outlet")


def test_hyphen_on_known_outlet_is_an_outlet(nlp):
    # "Interfax-Norde", as "Interfax-Ukraine": a known outlet's regional service.
    report = analyze("Interfax-Norde quoted an aide as saying that the list was long.", nlp=nlp)
    (quote,) = report.quotes
    assert [(h.name, h.kind) for h in quote.via] == [("Interfax-Norde", "outlet")]


def test_skerry_website_stays_the_companys(nlp):
    # Guard: a name before "website" is the owner's own channel, not an outlet.
    report = analyze("The Skerry Lines website said that sailings were cancelled.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind != "outlet"


@pytest.mark.parametrize(
    ("noun", "described", "expected"),
    [
        ("programme", "now a pundit for the Saturday Rugby Show", "Saturday Rugby Show"),
        # Guard: "the paper" found the nearest paper before, and still does.
        ("paper", "a columnist for the Tarnby Courier", "Tarnby Courier"),
    ],
    ids=["programme", "paper"],
)
def test_the_programme_is_the_one_the_speaker_works_for(nlp, noun, described, expected):
    # "told the programme" means the programme the speaker's description names, not the
    # outlet named last (Radio Kestrel) nor a bare "programme".
    text = (
        '"It was offside," coach Dina Pell told Radio Kestrel after the match.\n\n'
        f"Former referee Sam Cole, {described}, said the goal should stand. "
        f'"The replay was clear," Cole told the {noun}.'
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (expected, "outlet")


def test_writing_in_outlet_after_another_sentence(nlp):
    # The sentence before changes the parse: "Writing" read as the subject of "said".
    text = (
        "OSLO (Coastline Wire) - Not all analysts were gloomy. Writing in the Bergen daily Morgenposten, "
        "former diplomat Ida Berg said that similar talks had failed twice."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ida Berg"
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "QC101" in _rules(report, quote.id)


def test_columnist_of_outlet_is_a_hop(nlp):
    text = "OSLO (Coastline Wire) - Nordbladet's columnist Eva Lund argued that the quota was unfair."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [h.name for h in quote.via] == ["Nordbladet"]
    assert "QC101" in _rules(report, quote.id)


def test_publishers_own_columnist_is_first_hand(nlp):
    # Guard: the publisher's own columnist adds no hop.
    text = "By Ann Berg\nSource: Tarnby Courier\n\nThe Courier's columnist Eva Lund argued that the quota was unfair."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.via == ()
    assert "QC101" not in _rules(report, quote.id)


def test_party_critic_is_no_columnist(nlp):
    # Guard: a party's critic writes for no outlet.
    report = analyze("The party's health critic, Bill Fry, argued that the plan was unfair.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.via == ()


def test_outlets_translation_is_a_hop(nlp):
    text = (
        'OSLO (Coastline Wire) - "We will not sign," Minister Kari Dahl told reporters on Monday, '
        "according to the Tromso Herald's translation."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [h.name for h in quote.via] == ["Tromso Herald"]
    assert "QC101" in _rules(report, quote.id)


def test_as_first_reported_by_outlet_is_a_hop(nlp):
    text = (
        "By Ann Berg\nSource: Tarnby Courier\n\nAs first reported by the Lindholm Gazette, Mayor Anna Vik "
        "told a closed meeting of councillors that he would not resign."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [h.name for h in quote.via] == ["Lindholm Gazette"]
    assert "QC101" in _rules(report, quote.id)


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran told the review panel that the tariff would fall.",
        "Bo Tran told his blog readers that the tariff would fall.",
        "Bo Tran told Anna Kerr that the tariff would fall.",
    ],
    ids=["review-panel", "blog-readers", "person"],
)
def test_told_people_stay_people(nlp, text):
    # Guard: only a named review, blog or numbered channel is made an outlet.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is None or quote.recipient.kind != "outlet"
