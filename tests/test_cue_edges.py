"""Edges of a cue, end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def test_a_subject_set_off_by_a_comma_before_asked_was_asked(nlp):
    text = (
        "Union leader Kofi Mensah spoke to reporters.\n\n"
        "Mensah, asked whether the strike could last all summer, would not rule it out.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q for q in report.quotes if q.cue is not None and q.cue.text == "asked"] == []


def test_a_subject_with_an_appositive_before_asked_is_asking(nlp):
    text = "Kofi Mensah, the union leader, asked whether the offer was final.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "asked"
    assert quote.speaker_name == "Kofi Mensah"
    assert [c.text for c in quote.content] == ["whether the offer was final"]


def test_words_inside_a_quotation_are_not_where_it_was_said(nlp):
    # The parser reads the opening "On" as a preposition of "said".
    text = "\u00abOn ne peut pas continuer ainsi\u00bb, said Marie Duval, a French visitor.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Marie Duval"
    assert quote.context == ()


def test_an_unnamed_person_by_occupation_is_a_person(nlp):
    text = "A union negotiator said the offer was poor.\n\nOne pensioner said the buses were late.\n"
    report = analyze(text, nlp=nlp)
    assert [(q.speaker.text, q.speaker_kind, q.speaker_name) for q in report.quotes] == [
        ("A union negotiator", "person", None),
        ("One pensioner", "person", None),
    ]


def test_a_named_agency_closing_the_sentence_carries_the_words_it_cites(nlp):
    # The parser reads "Tanjug reported" as a relative clause on "agency".
    text = (
        "Serbia is ready to join the planned rail corridor to the Black Sea, the state news agency "
        "Tanjug reported on Friday, citing Transport Minister Goran Vesić.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ["Serbia is ready to join the planned rail corridor to the Black Sea"]
    assert quote.speaker_name == "Goran Vesić"
    assert [(link.name, link.kind) for link in quote.via] == [("Tanjug", "outlet")]


def test_a_relative_clause_without_its_pronoun_is_no_cue(nlp):
    text = "The vote moved into the spotlight again, a word Senator Hal Ives repeated.\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()


def test_a_refusal_citing_an_investigation_gives_a_reason_not_a_source(nlp):
    text = (
        "A spokesperson for the county building department declined to comment on the case, "
        "citing the ongoing investigation.\n"
    )
    report = analyze(text, nlp=nlp)
    # The reason is why the spokesperson would not speak, no statement of its own (QA probe
    # p42: as a quote it drew a false QC203); only the refusal stands.
    assert [(q.cue.text, q.speaker.text, q.content[0].text, q.via) for q in report.quotes] == [
        ("declined", "A spokesperson for the county building department", "to comment on the case", ()),
    ]


def test_a_property_company_is_an_organisation(nlp):
    text = 'In a statement, Halvorsen Estates said it "rejects these allegations" and would defend itself.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == ("Halvorsen Estates", "organization")


def test_a_second_cue_joined_to_a_verb_under_would_continues_the_first_cue(nlp):
    # The parser joins "suggested" to "declare", which would make "the country" its speaker.
    text = (
        "Prime Minister Anna Lindqvist said this week that the country would formally declare its "
        "intention to leave by the end of March and suggested that it would withdraw from the market.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.cue.text, q.speaker_name, q.content[0].text) for q in report.quotes] == [
        ("said", "Anna Lindqvist", "that the country would formally declare its intention to leave by the end of March"),
        ("suggested", "Anna Lindqvist", "that it would withdraw from the market"),
    ]



def test_crying_foul_says_nothing_about_the_clause_around_it(nlp):
    text = "Mayor defends curfew as critics cry foul\n\nBy Priya Nair\n\nThe mayor spoke on Thursday.\n"
    report = analyze(text, nlp=nlp)
    assert [q for q in report.quotes if q.cue is not None and q.cue.text == "cry"] == []


def test_a_titled_report_is_still_the_subject_of_its_finding(nlp):
    text = (
        "A report by the council's own auditors, titled \u2018Asset Sales 2023: Lessons Learned\u2019, "
        "found that the depot was sold below market value.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "A report by the council's own auditors"
    assert quote.speaker_kind == "document"
    assert [c.text for c in quote.content] == ["that the depot was sold below market value"]
    assert [t.span.text for t in report.terms] == ["\u2018Asset Sales 2023: Lessons Learned\u2019"]


def test_a_closing_according_to_covers_a_while_clause_and_the_clause_before_it(nlp):
    text = (
        "The mayor has raised $2 million from local donors, while her rival has raised $600,000, "
        "according to new campaign filings.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == [
        "The mayor has raised $2 million from local donors, while her rival has raised $600,000"
    ]


def test_an_asked_aside_between_speaker_and_cue_leaves_the_speaker_to_the_cue(nlp):
    text = 'Prime Minister Johan Elder, asked about the dispute, said he had "full confidence" in his minister.\n'
    report = analyze(text, nlp=nlp)
    # The question the aside puts to him is listed too, as for "Asked about the dispute, Elder said".
    (quote,) = [q for q in report.quotes if q.act == "statement"]
    assert quote.speaker.text == "Prime Minister Johan Elder"
    assert quote.speaker_name == "Johan Elder"
    assert [c.text for c in quote.content] == ['he had "full confidence" in his minister']


def test_a_closing_according_to_after_a_quoted_fragment_carries_the_cue_before_it(nlp):
    text = 'Arne Skaug said Oslo would "wait for the science," according to the Valley Courier.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Arne Skaug"
    assert [hop.name for hop in quote.via] == ["Valley Courier"]
    assert not any(f.rule == "QC501" for f in report.findings)


def test_a_that_clause_after_a_platforms_aside_is_what_was_written(nlp):
    # The parser hangs the clause on "Twitter", the aside after the platform.
    text = "Researcher Tomas Lindqvist wrote on X, formerly Twitter, that the team was already planning field trials.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Tomas Lindqvist"
    assert [c.text for c in quote.content] == ["that the team was already planning field trials"]


def test_a_plea_to_counted_charges_is_no_quote_but_a_denial_of_the_charges_is(nlp):
    text = (
        "Colm Ferris, 61, admitted 14 counts of false accounting at Harwell Crown Court.\n\n"
        "His former partner denied a charge of perverting the course of justice.\n\n"
        "The mayor denied the charges.\n"
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.content[0].text for q in quotes] == ["the charges"]


@pytest.mark.parametrize("occasion", ["on an earnings call", "on the Harbour Ledger podcast"])
def test_a_that_clause_after_a_spoken_occasion_is_what_was_said(nlp, occasion):
    # The parser hangs the that-clause on the occasion's noun as a relative clause.
    text = f"Finance chief Ilse Brandt said {occasion} that the company expected sales of about $4 billion.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Ilse Brandt"
    assert [c.text for c in quote.content] == ["that the company expected sales of about $4 billion"]


def test_a_that_clause_on_a_report_commented_on_is_not_the_comment(nlp):
    text = "The minister commented on a report that the plant would close.\n"
    assert all(c.text != "that the plant would close" for q in analyze(text, nlp=nlp).quotes for c in q.content)


def test_officers_called_to_a_street_were_summoned_not_quoted(nlp):
    text = "Officers were called to Aldgate Row shortly after 11 p.m. and found a man with serious injuries.\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert report.findings == ()


def test_a_closing_finding_with_its_day_is_a_cue(nlp):
    text = "Otter numbers on the Brenn estuary have halved in a decade, a report by the Ashcombe Wildlife Trust found on Monday.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue.text == "found"
    assert quote.speaker.text == "a report by the Ashcombe Wildlife Trust"
    assert quote.content[0].text == "Otter numbers on the Brenn estuary have halved in a decade"
