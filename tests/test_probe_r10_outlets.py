"""Outlets and chains the p20 probe missed (broadcast programmes, unfamiliar news agencies, a
shared staff-and-wire byline, nested "quoting ... as saying", "according to" an agency that
cites a source, published figures), end to end with the real model. Sentences written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules

BYLINE = "By Maren Osei, Harbourside Evening Post\n\n"


@pytest.mark.parametrize(
    ("hearer", "outlet"),
    [
        ("the BBC's Today programme", "BBC"),
        ("the BBC's Newsnight programme", "BBC"),
        ("Channel 5's Morning Desk", "Channel 5"),
        ("the Today programme", "Today programme"),
    ],
    ids=["bbc-today", "bbc-newsnight", "channel5-desk", "titled-programme"],
)
def test_a_broadcasters_programme_is_an_outlet(nlp, hearer, outlet):
    report = analyze(f'{BYLINE}Dr Ines Carver told {hearer} that the trust had "no money left".\n', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ines Carver"
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(report, quote)


def test_told_the_broadcaster_itself_is_unchanged(nlp):
    # Guard beside the programmes: the plain broadcaster was an outlet already.
    report = analyze(f'{BYLINE}Dr Ines Carver told the BBC that the trust had "no money left".\n', nlp=nlp)
    (quote,) = report.quotes
    assert (quote.recipient.name, quote.recipient.kind) == ("BBC", "outlet")
    assert "QC101" in _rules(report, quote)


def test_a_possessive_of_no_broadcaster_is_no_outlet(nlp):
    report = analyze(f'{BYLINE}Dr Ines Carver told Okafor\'s team that the trust had "no money left".\n', nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient.kind != "outlet"
    assert "QC101" not in _rules(report, quote)


def test_speaking_on_a_broadcasters_programme_is_second_hand(nlp):
    text = f'{BYLINE}Later, speaking on Channel 5\'s Morning Desk, Ines Carver said the trust had "heard nothing".\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ines Carver"
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "Channel 5" in quote.recipient.name
    assert "QC101" in _rules(report, quote)


def test_a_podcast_interview_with_a_dated_aside_is_second_hand(nlp):
    text = (
        f"{BYLINE}In a podcast interview with the Care Service Journal's Inside Track, recorded on Tuesday and "
        'released on Wednesday, Ines Carver described the rota as "held together with tape".\n'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "QC101" in _rules(report, quote)


def test_the_x_agency_is_a_news_agency(nlp):
    text = f'{BYLINE}"We got what we asked for," the drivers\' leader, Pavel Roos, told the Kestrapress agency.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.recipient.name, quote.recipient.kind) == ("Kestrapress", "outlet")
    assert "QC101" in _rules(report, quote)


def test_a_public_agency_stays_a_body(nlp):
    # Guard: a capitalised "Agency" names a public body, and "the UN refugee agency" a body of the UN.
    text = 'The Environment Agency said the river was "still rising". The UN refugee agency said the camp was "full".\n'
    kinds = [q.speaker_kind for q in analyze(text, nlp=nlp).quotes]
    assert kinds == ["organization", "organization"]


def test_an_agency_credited_in_the_dateline_is_an_outlet(nlp):
    text = (
        f"{BYLINE}TARVIK, May 2 (Kestrapress/BNL) - Bus drivers returned to work on Monday, their union said. "
        'Lotte Brand told BNL that it would take "at least a fortnight" to restore timetables.\n'
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker_name == "Lotte Brand")
    assert (quote.recipient.name, quote.recipient.kind) == ("BNL", "outlet")
    assert "QC101" in _rules(report, quote)


def test_a_staff_and_wire_byline_names_the_publisher(nlp):
    text = 'By staff and wire reports, Tarvik Daily\n\nLotte Brand told Tarvik Daily that it would take "a fortnight" to clear.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert report.publisher is not None and report.publisher.name == "Tarvik Daily"
    assert "QC101" not in _rules(report, quote)


def test_according_to_an_agency_citing_an_unnamed_official(nlp):
    text = (
        "According to BNL, which cited a transport official who asked not to be named because the talks were "
        "private, the city treasury had quietly agreed to fund half of the settlement.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "official" in quote.speaker.text
    assert quote.content[0].text == "the city treasury had quietly agreed to fund half of the settlement"
    assert [h.name for h in quote.via] == ["BNL"]
    assert {"QC101", "QC201"} <= set(_rules(report, quote))


def test_according_to_an_outlet_a_body_pledged_is_unchanged(nlp):
    # Guard: with no source cited by the outlet, the body's pledge is carried by the outlet.
    text = "According to the Harbourside Evening Post, the council has pledged to reopen the library.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert "council" in quote.speaker.text
    assert [h.kind for h in quote.via] == ["outlet"]


def test_quoting_as_saying_after_an_identifying_aside(nlp):
    text = (
        "The weekly Tarvik Courier reported that drivers had worked double shifts, quoting one driver's "
        'husband, identified only as Tomas, as saying that the family had "barely seen him in a month".\n'
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if "barely seen him" in q.content[0].text)
    assert quote.speaker is not None and "husband" in quote.speaker.text
    assert [h.name for h in quote.via] == ["Tarvik Courier"]
    assert "QC202" not in _rules(report, quote)


@pytest.mark.parametrize("participle", ["published", "released"])
def test_published_figures_are_a_document(nlp, participle):
    text = f"The Harbour Board's freight index fell 4.2% over the quarter, according to figures {participle} in March.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert "QC201" not in _rules(report, quote)


def test_figures_with_nothing_said_of_them_stay_vague(nlp):
    # Guard: bare "according to figures" names no source anyone can check.
    report = analyze("Rents rose 9% last year, according to figures.\n", nlp=nlp)
    (quote,) = report.quotes
    assert "QC201" in _rules(report, quote)
