"""Speaker kinds and vague-source findings found wrong on the round 11 QA probes (p22 item 8, p23
items 3, 6, 10, 19 and 20, p24 item 4), end to end with the real model, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


def test_a_group_named_by_an_acronym_is_not_a_people_met_before(nlp):
    text = (
        "Reporters were told, citing an envoy in the Egyptian-led mission, that the talks would stall. "
        "In a statement issued late on Monday, the B-12 group of island states said that donors had "
        '"broken faith" with them.\n'
    )
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker_name == "B-12 group"
    assert quote.speaker_kind == "organization"


def test_the_group_is_not_a_people_named_by_an_adjective(nlp):
    text = (
        "Reporters were told, citing an envoy in the Egyptian-led mission, that the talks would stall. "
        "Later the group of island states said that donors had broken faith with them.\n"
    )
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker_name != "Egyptian"


def test_a_name_after_a_named_body_is_the_person_in_the_role(nlp):
    text = '"We will not sign this," the chief delegate for the Andean Rivers alliance, Tupac Quenaya, told Meridian.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Tupac Quenaya"
    assert quote.speaker_kind == "person"
    assert "the chief delegate for the Andean Rivers alliance" in quote.speaker_descriptions
    assert "QC203" not in _rules(report, quote)


def test_a_name_the_tagger_took_for_a_place_after_a_named_body_is_the_person(nlp):
    text = '"We came to sign," the lead negotiator for the Coral Sea bloc, Oyelaran Adebisi, told Meridian.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Oyelaran Adebisi"
    assert quote.speaker_descriptions == ("the lead negotiator for the Coral Sea bloc",)
    assert "QC203" not in _rules(report, quote)


def test_guard_a_name_after_an_unnamed_body_still_names_the_body(nlp):
    # Guard: "A spokesman for the studio, Halcyon Pictures" keeps naming the studio.
    text = 'A spokesman for the carrier, Skyreach Airways, called the claim "baseless."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"The roof just went," said Marta, 61.\n', id="age"),
        pytest.param('"The roof just went," said Marta, who gave only her first name.\n', id="who-clause"),
    ],
)
def test_a_first_name_with_an_age_or_a_who_clause_is_a_person(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Marta"
    assert quote.speaker_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Some Democrats privately fear that the senator has drifted from her base.\n", id="some"),
        pytest.param("Several Republicans quietly argue that the bill cannot pass.\n", id="several"),
    ],
)
def test_unnamed_members_of_a_party_are_a_vague_source(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote)


def test_guard_a_party_on_its_own_is_not_vague(nlp):
    # Guard: "Democrats said" is the party, as before.
    report = analyze("Democrats said the budget would not pass the Senate.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"
    assert "QC201" not in _rules(report, quote)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            'Analysts at Marlow & Finch wrote in a note that the quarter was "a pause, not a slump."\n',
            "organization", id="firm-named-with-ampersand",
        ),
        pytest.param(
            "Forces of the Kingdom of Estmark said on Sunday they had retaken the river crossing.\n",
            "organization", id="forces-of-a-state",
        ),
        pytest.param(
            "Grocers including Fairprice and Budgetmart said they had pulled the kettles from sale.\n",
            "organization", id="named-members",
        ),
    ],
)
def test_a_group_tied_to_a_named_body_is_no_vague_source(nlp, text, kind):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == kind
    assert "QC201" not in _rules(report, quote)


def test_guard_a_bare_group_stays_vague(nlp):
    # Guard: "Some grocers" names nobody.
    report = analyze("Some grocers said they had pulled the kettles from sale.\n", nlp=nlp)
    (quote,) = report.quotes
    assert "QC201" in _rules(report, quote)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        pytest.param("The clinic's director, Dr Imre Salas, said the ward would reopen.\n", "The clinic's director", id="after-comma"),
        pytest.param("Principal Dr. Imre Salas said the school would reopen.\n", "Principal", id="before-name"),
    ],
)
def test_an_honorific_is_no_part_of_the_description(nlp, text, description):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Imre Salas"
    assert quote.speaker_descriptions == (description,)
