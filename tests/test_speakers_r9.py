"""Speaker resolution, round 9: "the agency" that is a public body and not the news agency
named since, definite descriptions of a named organisation ("the studio", "the statement"),
a person known by age, outlets named after a descriptor, organisations the recognizer calls
people, and a role with a nationality before it; end to end with the real model on sentences
written for these tests."""

from __future__ import annotations

from .speaking import speaker_of as _speaker


def test_the_agency_is_the_public_body_not_the_news_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harlow Coastal Safety Agency said 800 homes had lost power overnight. "
        "The Associated Press reported, citing residents, that two bridges had collapsed. "
        "The agency said crews would restore most connections by Sunday.\n"
    )
    assert _speaker(text, "crews would restore", nlp) == ("Harlow Coastal Safety Agency", "organization")


def test_the_studio_is_the_film_company_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightfall Pictures said on Monday that ticket sales had doubled. "
        "The studio said it would add 400 screens in March.\n"
    )
    assert _speaker(text, "it would add", nlp) == ("Brightfall Pictures", "organization")


def test_the_company_is_the_lone_name_that_spoke_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Corvelle said the outage was over. "No customer data was lost," the company wrote.\n'
    assert _speaker(text, "No customer data", nlp) == ("Corvelle", "organization")


def test_the_statement_is_the_one_the_department_issued(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Dorrington Fire Department said in a statement that two crews were injured. "
        "Mayor Ines Cardle said the town would pay for repairs. "
        '"Our crews acted bravely," the statement said.\n'
    )
    assert _speaker(text, "Our crews", nlp) == ("Dorrington Fire Department", "organization")


def test_the_age_is_the_player_just_mentioned_not_the_manager(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coach Anton Brezina confirmed that striker Declan Moriarty would miss a month. "
        "Brezina said he would not rush the forward back. "
        "Moriarty himself sounded calm. "
        '"I will be back before Easter," the 31-year-old told the club\'s website.\n'
    )
    assert _speaker(text, "I will be back", nlp) == ("Declan Moriarty", "person")


def test_an_outlet_named_after_its_descriptor_keeps_its_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hydrologist Mara Lindt of the Castellano Water Authority said the river would peak on Monday. "
        "According to the newspaper Il Corriere di Castellano, two schools were closed early.\n"
    )
    assert _speaker(text, "two schools", nlp) == ("Il Corriere di Castellano", "outlet")


def test_bodies_the_recognizer_calls_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvelle, the online grocery startup, said it would hire 200 drivers. "
        "The relief charity Bread Bridges said it had delivered 900 parcels. "
        'The Royal Meteorological Circle called him "a fearless voice."\n'
    )
    assert _speaker(text, "it would hire", nlp) == ("Corvelle", "organization")
    assert _speaker(text, "it had delivered", nlp) == ("Bread Bridges", "organization")
    assert _speaker(text, "him", nlp) == ("Royal Meteorological Circle", "organization")


def test_the_keeper_with_a_nationality_is_the_goalkeeper_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dunhallow goalkeeper Marek Sobczak saved two penalties. "
        "Speaking to the Dunhallow Courier, the Czech keeper said he had studied every taker.\n"
    )
    assert _speaker(text, "he had studied", nlp) == ("Marek Sobczak", "person")


def test_she_is_not_a_man_whose_given_name_says_so(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Meera checked every page I wrote," said Sanjay Kapoor. '
        'In a 2010 interview with the radio show Evening Line, she said the work was "a quiet joy."\n'
    )
    name, _ = _speaker(text, "the work was", nlp)
    assert name != "Sanjay Kapoor"
