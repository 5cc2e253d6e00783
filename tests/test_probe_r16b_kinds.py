"""Names cut short, speakers' kinds and headline speakers, from the round 16 probes: a body's
name with a hyphenated word or an outlet's weekday, a utility described with a possessive, filed
papers, "the person" after "one of the people", a lone company name met again as "the company",
and a headline closed by ", sources say". End to end with the real model. The sentences are
written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_by_cue as _one


# --- Names cut to their last word ---------------------------------------------------------------


def test_hyphenated_word_read_as_adjective_stays_in_the_name(nlp):
    # The tagger reads "Doping" as an adjective, which ended the name at "Agency".
    report = analyze(
        "The Ruthland Anti-Doping Agency said that a sample contained a banned drug. The agency added that"
        " the ban would run for two years.",
        nlp=nlp,
    )
    assert _one(report, "said").speaker_name == "Ruthland Anti-Doping Agency"
    assert _one(report, "added").speaker_name == "Ruthland Anti-Doping Agency"


def test_weekday_opening_an_outlet_name_is_kept(nlp):
    # The recognizer reads "Sunday" as a date and only "Lanterline" as the outlet.
    report = analyze(
        "The Sunday Lanterline quoted a former guest as saying that the party had been calm.", nlp=nlp
    )
    messages = [f.message for f in report.findings if f.rule == "QC101"]
    assert messages and all("the Sunday Lanterline" in m for m in messages)


# --- Kinds ---------------------------------------------------------------------------------------


def test_possessive_description_of_a_utility_makes_a_body(nlp):
    report = analyze(
        "Fenmoor Water, the county's water utility, said in a statement that supplies were safe.", nlp=nlp
    )
    quote = _one(report, "said")
    assert quote.speaker_name == "Fenmoor Water"
    assert quote.speaker_kind == "organization"


def test_guard_possessive_role_description_stays_a_person(nlp):
    # Guard: "the firm's lawyer" is a person's role, possessive or not.
    report = analyze("Dana Whitlock, the firm's lawyer, said the contract was void.", nlp=nlp)
    assert _one(report, "said").speaker_kind == "person"


def test_filed_papers_are_a_document_not_a_vague_source(nlp):
    report = analyze("Turnover rose to 3 million pounds, according to accounts filed with the registry.", nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_kind == "document"
    assert not any(f.rule == "QC201" for f in report.findings)


def test_guard_people_before_a_participle_stay_vague(nlp):
    # Guard: people "filed" past or "registered" are people, not papers.
    report = analyze("Protesters filed past the town hall and said the count was slow.", nlp=nlp)
    assert all(q.speaker_kind != "document" for q in report.quotes)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The merger could close by June, one of the people briefed on the talks said. The price could"
            " still change, the person warned.",
            "warned",
        ),
        (
            "Wages will be frozen, one of the officials said. The freeze will last a year, the official added.",
            "added",
        ),
    ],
    ids=["people-person", "officials-official"],
)
def test_one_picked_out_of_a_group_met_again(nlp, text, cue):
    report = analyze(text, nlp=nlp)
    assert _one(report, cue).speaker_kind == "anonymous"


def test_lone_company_name_met_again_as_the_company(nlp):
    report = analyze(
        "In a blog post published on Monday evening, Shipwise said a hacker had accessed a database. The company"
        " wrote that no card data had been taken.",
        nlp=nlp,
    )
    said, wrote = _one(report, "said"), _one(report, "wrote")
    assert said.speaker_kind == "organization"
    assert wrote.speaker_name == "Shipwise"


# --- Headlines -----------------------------------------------------------------------------------


def test_headline_closed_by_sources_say(nlp):
    text = (
        "Halvard Foods in talks to buy rival Pellow in $5 billion deal, sources say\n\n"
        "By Ines Varga\n\n"
        "Halvard Foods is close to a deal for Pellow, people familiar with the matter said.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = _one(report, "say")
    assert quote.speaker.text == "sources"
    assert [c.text for c in quote.content] == ["Halvard Foods in talks to buy rival Pellow in $5 billion deal"]
    assert quote.speaker_kind == "anonymous"


# --- A caveat that names whose claim it doubts ----------------------------------------------------


def _caveated_ids(report):
    return sorted(f.quote for f in report.findings if f.rule == "QC204")


def test_caveat_naming_its_owner_goes_to_that_speaker(nlp):
    text = (
        "By Ruth Kanter\n\nSource: Dunmore Courier\n\n"
        "A union official, who asked not to be named, said the mine had flooded twice. Mine owner Petra Salk"
        " said the shafts were dry. The Dunmore Courier could not verify the official's claims.\n"
    )
    report = analyze(text, nlp=nlp)
    official = _one(report, "said")
    assert official.speaker.text.startswith("A union official")
    assert _caveated_ids(report) == [official.id]


def test_guard_caveat_naming_no_owner_stays_on_the_nearest_sentence(nlp):
    # Guard: "the claim" names nobody's, so the nearest sentence's statement is the one doubted.
    text = (
        "By Ruth Kanter\n\nSource: Dunmore Courier\n\n"
        "A union official said the mine had flooded twice. Mine owner Petra Salk said the shafts were dry."
        " The Dunmore Courier could not verify the claim.\n"
    )
    report = analyze(text, nlp=nlp)
    salk = next(q for q in report.quotes if q.speaker_name == "Petra Salk")
    assert _caveated_ids(report) == [salk.id]
