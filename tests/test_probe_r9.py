"""Failures found on the round 9 probe articles (written by the quotecheck authors), end to end
with the real model."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def test_a_dateline_is_no_part_of_the_first_sentence(nlp):
    # Given "KORVA (Baltica Press) - The Interfax-Nord agency reported ...", the parser makes the
    # place the sentence's root and loses the report, and the recognizer reads "KORVA (Baltica
    # Press" as one name, which "told Baltica Press" then resolved to.
    text = (
        "KORVA (Baltica Press) - The Interfax-Nord agency reported, citing a Veltrian diplomatic "
        "source, that Korva was considering closing its airspace.\n\n"
        'Union chairman Andrei Kolev told Baltica Press by telephone: "Our men have done nothing wrong."\n'
    )
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == "Baltica Press"
    first, second = report.quotes
    assert first.content[-1].text.endswith("Korva was considering closing its airspace")
    assert [h.name for h in first.via] == ["Interfax-Nord"]
    # Told to the publisher itself: first-hand.
    assert second.speaker_name == "Andrei Kolev"
    assert second.recipient is not None and second.recipient.name == "Baltica Press"
    assert not [f for f in report.findings if f.rule == "QC101" and f.quote == second.id]


def test_an_outlet_that_quoted_someone_is_not_part_of_their_name(nlp):
    # The recognizer reads "Kanal 5 quoted Olenko" as one name; a verb is in no name.
    text = (
        "Deputy minister Mira Olenko flew to Saarvik on Monday. Veltrian television channel Kanal 5 "
        'quoted Olenko as saying the detained crews were "being treated like criminals."\n'
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Mira Olenko"
    assert [h.name for h in quote.via] == ["Kanal 5"]


def test_a_name_closing_a_role_phrase_is_the_speakers(nlp):
    text = (
        "A spokeswoman for the Department of Health, Claire Dunstan, said the department would "
        "\u201clook carefully\u201d at the findings.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Claire Dunstan"
    assert "QC203" not in [f.rule for f in report.findings]


def test_one_of_an_anonymous_group_is_anonymous(nlp):
    text = (
        "People familiar with the matter said Halvorsen had held early talks to sell its dairy unit. "
        "One of the people said a private equity firm was among the bidders.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_kind for q in report.quotes] == ["anonymous", "anonymous"]
    assert [f.quote for f in report.findings if f.rule == "QC201"] == ["q1", "q2"]


def test_a_newspaper_named_the_romance_way_is_an_outlet(nlp):
    text = (
        "Campaign manager Tomas Ibarra told El Diario de Castellmar that the team had knocked on "
        "200,000 doors.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "QC101" in [f.rule for f in report.findings]


def test_results_from_a_named_board_are_the_boards(nlp):
    text = (
        "Elena Reyna was elected mayor of Castellmar on Sunday, winning 58% of the vote, according "
        "to preliminary results from the city election board.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"
    assert not quote.via
    assert [f.rule for f in report.findings if f.rule in ("QC101", "QC201")] == []


@pytest.mark.parametrize(
    "text",
    ["Veltria recalled its ambassador from Dornmark on Wednesday.\n", "Ardent Motors recalled 40,000 cars over a brake fault.\n"],
    ids=["ambassador", "cars"],
)
def test_calling_back_an_envoy_or_a_product_is_no_statement(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_the_reason_for_anonymity_carries_to_the_same_source_later(nlp):
    text = (
        "A health official who was not authorised to speak publicly said the department had no "
        "plans to change its advice. \u201cThere is no money for a new campaign,\u201d the official said.\n"
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC201"]
    assert len(messages) == 2
    assert all('reason given: "not authorised to speak publicly"' in m for m in messages)


def test_a_possessive_name_after_the_is_part_of_the_name(nlp):
    text = "The Alzheimer\u2019s Research Foundation said in a statement that the study was encouraging.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Alzheimer\u2019s Research Foundation"


def test_a_programme_title_after_its_owner_is_a_name(nlp):
    text = (
        "\u201cWe have a problem,\u201d Dana Reyes, a senior adviser, said Thursday on Channel 4\u2019s "
        "\u201cMorning Desk.\u201d \u201cThere is a lot of frustration in the ranks.\u201d\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == [
        "\u201cWe have a problem,\u201d",
        "\u201cThere is a lot of frustration in the ranks.\u201d",
    ]
    assert [t.span.text for t in report.terms] == ["\u201cMorning Desk.\u201d"]


def test_a_surname_read_as_an_adverb_after_a_quotation_is_the_speaker(nlp):
    # The tagger reads the unfamiliar "Aasgard" as an adverb; after a quotation's closing comma
    # and right before the cue, a capitalised word opens no sentence.
    text = 'Lene Aasgard said no threat was made.\n\n"We speak every day," Aasgard told reporters.\n'
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Lene Aasgard", "Lene Aasgard"]
    assert report.quotes[1].recipient is not None and report.quotes[1].recipient.name == "reporters"
    assert "QC201" not in [f.rule for f in report.findings]


def test_a_broadcasters_name_makes_it_an_outlet(nlp):
    text = "Deputy finance minister Tomas Brevik confirmed to Channel Nine that the letter existed.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and (quote.recipient.name, quote.recipient.kind) == ("Channel Nine", "outlet")
    assert "QC101" in [f.rule for f in report.findings]


def test_an_unnamed_passer_by_is_a_vague_source(nlp):
    text = "\u201cWe just want the clinic to stay open,\u201d one woman said outside the main entrance.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert [f.rule for f in report.findings] == ["QC201"]


def test_a_past_tense_read_as_a_participle_may_have_an_adverb_before_it(nlp):
    text = "The authority's director, Samuel Okafor, later posted on LinkedIn that the warning had been ignored.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Samuel Okafor"
    assert [c.text for c in quote.content] == ["that the warning had been ignored"]


def test_those_who_know_someone_are_a_vague_source(nlp):
    text = (
        "Walter Greaves, the 81-year-old chairman, will step down in December. Those who know the "
        "chairman say he is torn.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == (None, "anonymous")
    assert [f.rule for f in report.findings] == ["QC201"]


def test_a_clause_after_a_semicolon_ends_reported_content(nlp):
    text = "He said praise from the senator helps the party; it was a rare moment of unity.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["praise from the senator helps the party"]


def test_an_unnamed_role_is_anonymous(nlp):
    text = "An unnamed adviser to the president said the talks had failed.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert [f.rule for f in report.findings] == ["QC201"]
