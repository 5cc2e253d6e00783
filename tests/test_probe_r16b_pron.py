"""Pronoun and role resolution from QA probes p46 and p47 (round 16): a lone surname the
tagger read as an adverb in a paragraph of its own, a programme or a publisher taken for the
one a pronoun means, a title or sport that names a role, a person noun after a company's
name, and a person's name the recognizer took for a nationality. End to end with the real
model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _speakers(report):
    return [(q.speaker.text if q.speaker else None, q.speaker_name, q.speaker_kind) for q in report.quotes]


# --- He and she: the surname opening a paragraph is the one a pronoun means -------------------


def test_surname_read_as_adverb_in_its_own_paragraph_is_who_he_means(nlp):
    text = (
        "Perpetua Okonjo-Lind was elected mayor of Tollbridge on Sunday, beating the sitting mayor"
        " Torvald Massey by a wide margin.\n\n"
        "Massey conceded shortly after ten, speaking to volunteers in a church hall. \"The town has"
        " made its choice,\" he said.\n\n"
        "Okonjo-Lind spoke an hour later to a crowd in the market square.\n\n"
        "\"We start work tomorrow,\" she told them."
    )
    report = analyze(text, nlp=nlp)
    names = {q.content[0].text: q.speaker_name for q in report.quotes if q.type == "direct"}
    assert names['"The town has made its choice,"'] == "Torvald Massey"
    assert names['"We start work tomorrow,"'] == "Perpetua Okonjo-Lind"


def test_programme_named_after_its_noun_is_no_person(nlp):
    text = (
        "Ilinca Solberg-Haugen criticised the council on Monday.\n\n"
        "She replied on Wednesday in an interview with the breakfast show Bright Dawn on Thursday. \"They can"
        " say what they like,\" she told the presenter."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.type == "direct")
    assert quote.speaker_name == "Ilinca Solberg-Haugen"
    assert quote.speaker_kind == "person"


# --- It: a publisher or an outlet only told something is not the one that speaks ---------------


def test_it_is_not_the_dateline_publisher(nlp):
    text = (
        "KESTON (Harbour Wire) -- Regulators on Friday opened an inquiry into the courier company"
        " Fastlane after it disclosed that thieves had copied its customer list."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "it")
    assert quote.speaker_name == "Fastlane"
    assert quote.speaker_kind == "organization"


def test_it_is_not_an_outlet_that_was_only_told(nlp):
    text = (
        "The mayor told the Dunmore Clarion that the bridge would reopen. Kelmar's joint staff denied"
        " that any date had been set. In a statement, it called the claim \"wishful thinking.\""
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "it")
    assert quote.speaker_name != "Dunmore Clarion"
    assert quote.speaker_kind != "outlet"


def test_guard_it_after_an_outlet_that_reported(nlp):
    # Guard: an outlet that spoke is still what "it" means.
    text = "The Coastline Gazette reported the leak on Monday. It said the documents were genuine."
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "It")
    assert quote.speaker_name == "Coastline Gazette"


# --- Roles: a title or a sport before the name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (
            "In her dissent, Justice Miriam Adeyemi-Cole wrote that the statute was clear.\n\n"
            "\"Parliament said what it meant,\" the judge concluded.",
            "the judge",
            "Miriam Adeyemi-Cole",
        ),
        (
            "Swimmer Lorcan Whitby has been suspended for a year. Whitby, 24, said he would appeal."
            " In a post on his website, the swimmer wrote that he had \"never taken anything.\"",
            "the swimmer",
            "Lorcan Whitby",
        ),
    ],
    ids=["justice-is-judge", "sport-title"],
)
def test_role_means_the_one_named_with_it(nlp, text, role, name):
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == role)
    assert quote.speaker_name == name
    assert not any(f.rule == "QC203" and f.quote == quote.id for f in report.findings)


# --- Kinds: a person noun after a company's name, a name read as a nationality ----------------


def test_company_shareholder_is_an_anonymous_source(nlp):
    text = (
        "Orvell Foods is in talks to buy Tarrant Mills. One large Tarrant Mills shareholder said she"
        " would accept an offer of $30 a share."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name is None
    assert quote.speaker_kind == "anonymous"


def test_name_read_as_nationality_is_a_person(nlp):
    text = (
        "Marguerite Oyelaran runs the workshop with her two sons.\n\n"
        "\"We never wanted to be big,\" she said."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name == "Marguerite Oyelaran"
    assert quote.speaker_kind == "person"
