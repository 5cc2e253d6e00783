"""Failures found on the round 10 probe articles (six genres written by the quotecheck authors:
match report, study, crime, live blog, tech company, obituary), end to end with the real model."""

from __future__ import annotations

import pytest

from quotecheck.header import find_header
from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


@pytest.mark.parametrize("stamp", ["14:44 — ", "9:05 a.m. ET - ", "11.20 BST – "])
def test_a_live_blog_time_stamp_is_no_part_of_the_words(nlp, stamp):
    text = f"{stamp}The ferry operator Tarn Lines has cancelled all sailings until Thursday, its chief executive said.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.content[0].text == "The ferry operator Tarn Lines has cancelled all sailings until Thursday"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tarn Lines has cancelled all sailings until Thursday, according to its website.\n", "document"),
        ("The operator has cancelled all sailings, according to the company's website.\n", "document"),
        ("All sailings are cancelled, according to a notice on the Tarn Lines website.\n", "organization"),
    ],
)
def test_a_bodys_own_website_is_first_hand(nlp, text, kind):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == kind
    assert "QC101" not in _rules(report, quote)


@pytest.mark.parametrize(
    "text",
    [
        "All sailings are cancelled, according to the Harbour Herald website.\n",
        "All sailings are cancelled, according to the Herald's website.\n",
    ],
)
def test_an_outlets_website_is_still_an_outlet(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"
    assert "QC101" in _rules(report, quote)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By the Westmere Courier live team", "Westmere Courier"),
        ("By Harbour Herald staff", "Harbour Herald"),
        ("By the Ledger news desk", "Ledger"),
    ],
)
def test_a_team_byline_names_the_publisher(nlp, byline, outlet):
    text = f'Floods reach the coast\n\n{byline}\n\n"We were told it was safe," shop owner Mara Lindqvist told the {outlet.split()[-1]}.\n'
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == outlet
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [("By our correspondent, Harbour Herald", "Harbour Herald"), ("By a staff writer, The Ledger", "The Ledger")],
)
def test_a_staff_byline_in_lower_case_still_names_the_outlet(byline, outlet):
    header = find_header(f"Floods reach the coast\n\n{byline}\n\nThe river rose.\n")
    assert header.source is not None and header.source.text == outlet


def test_a_line_opening_by_the_way_is_no_byline():
    header = find_header("Floods reach the coast\n\nBy the way, nobody came.\n\nThe river rose.\n")
    assert header.source is None and header.span is None


def test_words_after_what_he_called_are_his_not_scare_quotes(nlp):
    text = 'Coach Tomas Brenn added that he would write to the league about what he called "the Riverside effect."\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert "QC301" not in _rules(report)


def test_the_writers_so_called_is_still_flagged(nlp):
    report = analyze('The ministry dismissed the so-called "debt trap" story, its spokesman said.\n', nlp=nlp)
    assert "QC301" in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        'Brightwell has paused work on "Quill," the note-taking assistant it unveiled in March.\n',
        'Residents packed the hall to hear about "Harbour Light", the council\'s new lighting scheme.\n',
    ],
)
def test_a_name_explained_by_the_phrase_after_it_is_a_name(nlp, text):
    report = analyze(text, nlp=nlp)
    assert [t.kind for t in report.terms] == ["name"]
    assert "QC301" not in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        # The phrase after it is a speaker and a cue, or says the quotation is words.
        'Critics think it is "Reckless," the mayor said on Friday.\n',
        'She said the plan was "Dead," a word her aides repeated all week.\n',
    ],
)
def test_a_quoted_word_before_a_speaker_or_a_word_noun_is_no_name(nlp, text):
    assert "name" not in [t.kind for t in analyze(text, nlp=nlp).terms]


def test_a_clause_subject_read_as_the_cues_object_after_an_appositive(nlp):
    text = 'Dunmere boss Tomas Brenn said the red card had been "a joke" and claimed the referee, Dean Foxley, had been swayed by the home crowd.\n'
    report = analyze(text, nlp=nlp)
    said, claimed = report.quotes
    assert said.cue.text == "said" and [c.text for c in said.content] == ['the red card had been "a joke"']
    assert claimed.cue.text == "claimed"
    assert [c.text for c in claimed.content] == ["the referee, Dean Foxley, had been swayed by the home crowd"]
    assert claimed.speaker_name == "Tomas Brenn"
    assert "QC303" in _rules(report, claimed)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Reader Tove Brandt, in Eastholm, sent us this: "The water is over the harbour wall."\n', "Tove Brandt"),
        ('Listener Oskar Lind shared this: "We have never seen it so high."\n', "Oskar Lind"),
        (
            "Eastholm's mayor, Oskar Lind, says the shelters are half full.\n\n"
            'Lind again, this time on the shelters: "We have blankets and we have food."\n',
            "Oskar Lind",
        ),
    ],
)
def test_a_colon_after_a_named_sender_or_a_name_again_introduces_their_words(nlp, text, name):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.type == "direct"
    assert quote.speaker_name == name
    assert "QC202" not in _rules(report, quote)


@pytest.mark.parametrize(
    "text",
    [
        'The storm sent us this: "Nothing."\n',
        'Brexit again, this time on trade: "We lost."\n',
    ],
)
def test_a_colon_after_no_person_introduces_no_speaker(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name is None


def test_a_translation_note_is_never_the_speaker(nlp):
    # "according to a translation provided by his office" renders his words: no hop, and
    # certainly not the speaker in place of "he".
    text = (
        "Transport Minister Ilie Varga denied that account. \"The state has not paid a single coin "
        "to the union,\" he told reporters in the capital, according to a translation provided by his office.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.type == "direct")
    assert quote.speaker_name == "Ilie Varga"
    assert quote.cue is not None and quote.cue.text == "told"
    assert quote.via == ()


def test_a_dateline_crediting_two_agencies_is_cut_and_names_them(nlp):
    text = "MARENGO, March 4 (Norpress/AFN) - Dockworkers returned to work on Tuesday, the country's largest port union said.\n"
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == "Norpress/AFN"
    (quote,) = report.quotes
    assert quote.content[0].text == "Dockworkers returned to work on Tuesday"
    assert quote.speaker is not None and quote.speaker.text == "the country's largest port union"


def test_continued_that_reports_what_was_said(nlp):
    text = 'Councillor Mira Ashdown objected to the plan.\n\nAshdown continued that residents had been told nothing and that the consultation was "a box-ticking exercise".\n'
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.cue is not None and quote.cue.text == "continued"
    assert quote.content[0].text.startswith("that residents had been told nothing")
    assert quote.speaker_name == "Mira Ashdown"


def test_an_outlet_the_article_calls_the_x_keeps_its_article_in_the_findings(nlp):
    text = (
        "The Courier later reported that two other boards had warned ministers. The paper quoted an "
        'unnamed board member as saying: "We have been writing letters for a year."\n'
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC101"]
    assert messages and all("the Courier" in m for m in messages)


def test_in_that_interview_goes_on_with_the_same_exchange(nlp):
    text = (
        'Singer Maja Lindholm told Velour magazine that she had considered quitting touring. In that '
        'interview, she said: "Some nights I walk off stage and I don\'t know who I am."\n'
    )
    first, second = analyze(text, nlp=nlp).quotes
    assert first.recipient is not None and first.recipient.name == "Velour"
    assert second.speaker_name == "Maja Lindholm"
    assert second.recipient is not None and second.recipient.name == "Velour"
