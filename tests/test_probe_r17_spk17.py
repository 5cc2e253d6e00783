"""Speakers and their kinds from the round 16 probes: a role that means the incumbent ("the
outgoing governor"), a person's name the recognizer took for an organisation, "the company"
after a company the recognizer took for a place, "the paper" in a science story, and a given
name the recognizer left out. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _speaker(report, content_word):
    """(name, kind) of the quote whose content has ``content_word``."""
    quote = next(q for q in report.quotes if any(content_word in c.text for c in q.content))
    return quote.speaker_name, quote.speaker_kind


# --- The incumbent by another name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Halvard Bruun won the race for mayor on Sunday, beating the three-term incumbent Osric"
            " Tamm. The outgoing mayor told supporters that he would stay in politics.",
            "politics",
            "Osric Tamm",
        ),
        (
            "Halvard Bruun was elected governor on Sunday, beating the incumbent, Osric Tamm. The"
            " retiring governor said he was glad the campaign was over.",
            "campaign",
            "Osric Tamm",
        ),
        (
            "Osric Tamm, the outgoing mayor, watched the count. Halvard Bruun, the new mayor, thanked"
            " voters. The departing mayor said he had no regrets.",
            "regrets",
            "Osric Tamm",
        ),
    ],
    ids=["outgoing-after-incumbent", "retiring-after-incumbent", "departing-after-outgoing"],
)
def test_leaving_office_holder_is_the_incumbent(nlp, text, word, expected):
    assert _speaker(analyze(text, nlp=nlp), word) == (expected, "person")


# --- A person's name the recognizer took for an organisation -------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Bex Tolland posted a video calling the hotel "a damp disgrace."', "disgrace"),
        ('Marguerite Quist posted a video calling the hotel "a damp disgrace."', "disgrace"),
    ],
    ids=["short-given-name", "french-given-name"],
)
def test_person_given_named_is_a_person(nlp, text, word):
    name, kind = _speaker(analyze(text, nlp=nlp), word)
    assert kind == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dace Tolland, a fitness influencer, posted a video on Monday. The influencer said the hotel was damp.", "Dace Tolland"),
        ("Podcaster Mira Solheim toured the site. The podcaster said the hotel was damp.", "Mira Solheim"),
    ],
    ids=["influencer", "podcaster"],
)
def test_celebrity_role_is_the_one_described(nlp, text, expected):
    assert _speaker(analyze(text, nlp=nlp), "damp") == (expected, "person")


# Guard: a bank named like a person stays an organisation.
def test_bank_stays_an_organization(nlp):
    report = analyze("Wells Fargo said profits rose. Goldman Sachs said it would hire more staff.", nlp=nlp)
    assert _speaker(report, "profits") == ("Wells Fargo", "organization")
    assert _speaker(report, "hire")[1] == "organization"


def test_given_name_left_out_at_sentence_start(nlp):
    report = analyze("Marguerite Olvany said the harvest was late.", nlp=nlp)
    assert _speaker(report, "harvest") == ("Marguerite Olvany", "person")


# --- "The company" after a company the recognizer took for a place -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drivers at Northway Trams walked out on Monday. The company said only nine trams were running.",
    ],
    ids=["trams"],
)
def test_company_after_company_read_as_facility(nlp, text):
    name, kind = _speaker(analyze(text, nlp=nlp), "nine")
    assert (name or "").split()[0] == "Northway"
    assert kind == "organization"


# --- "the paper" in a science story --------------------------------------------------------------


def test_paper_after_study_is_no_outlet(nlp):
    text = (
        "Dr Ilse Markham told the Science Press Hub that the study was careful. The study was paid"
        " for by Orvane Labs. Three of the authors have received speaking fees from the company, the"
        " paper says."
    )
    name, kind = _speaker(analyze(text, nlp=nlp), "speaking fees")
    assert (name, kind) == (None, "document")


# Guard: a newspaper that obtained a study is still the paper that speaks right after.
def test_paper_after_newspaper_stays_outlet(nlp):
    text = "The Harbour Gazette obtained the study on Monday. The paper said the council had been warned."
    assert _speaker(analyze(text, nlp=nlp), "warned") == ("Harbour Gazette", "outlet")
