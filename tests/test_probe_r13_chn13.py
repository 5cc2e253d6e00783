"""Carriers and their kinds, found on the round 13 re-checks (p30-p32, regress-c, regress-e): an
outlet by its position or its newsroom word, a programme whatever its title ends in, QC101 on
each quote of an exchange. End to end with the real model. The sentences are written by the
quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _via(quote):
    return [(hop.name, hop.kind) for hop in quote.via]


def _recipient(quote):
    return (quote.recipient.name, quote.recipient.kind) if quote.recipient is not None else None


# --- an outlet by where it stands or what it is called ----------------------------------------


def test_a_body_that_reported_citing_someone_is_an_outlet(nlp):
    text = "La Voz Regional reported, citing officials in the port authority, that the docks would close."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("La Voz Regional", "outlet")]
    assert any("(outlet)" in f.message for f in report.findings if f.rule == "QC101")


def test_a_person_who_reported_citing_someone_stays_a_person(nlp):
    # Guard: "reported" makes no outlet of a named person.
    text = "Dana Whitlow reported, citing two aides, that the deal was off."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Dana Whitlow", "person")]


def test_the_publisher_told_by_its_name_is_an_outlet(nlp):
    text = 'By Ann Lee\nSource: Pellham Courant\n\nTomas Berg, a trader, told Pellham Courant the drop was "overdone."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == ("Pellham Courant", "outlet")
    assert "QC101" not in _rules(report, quote.id)  # the publisher's own interview


def test_told_a_name_ending_in_wire_is_an_outlet(nlp):
    text = 'Gloria Amadi told Harbour Wire on Monday that the premium was "steep."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == ("Harbour Wire", "outlet")
    assert "QC101" in _rules(report, quote.id)


@pytest.mark.parametrize(
    "told",
    ["Meridian TV", "Valdane News", "Ben Post"],
    ids=["tv", "news", "surname-post"],
)
def test_told_a_name_keeps_its_kind(nlp, told):
    # Guard: newsroom words the tagger knew already; "Post" is also a surname.
    text = f'Gloria Amadi told {told} on Monday that the premium was "steep."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == (told, "person" if told == "Ben Post" else "outlet")


def test_a_person_named_before_who_reported_stays_a_person(nlp):
    # Guard: "Whitlow" is the reporter named in full just before.
    text = "Dana Whitlow covers the ministry. Whitlow reported, citing two aides, that the deal was off."
    report = analyze(text, nlp=nlp)
    assert _via(report.quotes[-1]) == [("Dana Whitlow", "person")]


# --- a programme whatever its title ends in ---------------------------------------------------


def test_the_programme_a_pundit_works_for_is_what_he_told(nlp):
    text = (
        '"It was never offside," manager Ruth Calder told Radio Fenwick after the match.\n\n'
        "Former linesman Joe Pike, now a pundit for the Sunday Goals Hour, said the flag was late. "
        '"Nobody looked at the replay," Pike told the programme.'
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert _recipient(last) == ("Sunday Goals Hour", "outlet")
    assert any("Sunday Goals Hour" in f.message for f in report.findings if f.quote == last.id)


def test_told_a_titled_hour_is_an_outlet(nlp):
    text = '"The review took far too long," Joe Pike told the Sunday Goals Hour.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == ("Sunday Goals Hour", "outlet")
    assert "QC101" in _rules(report, quote.id)


# --- QC101 on each quote of an exchange with an outlet ---------------------------------------


@pytest.mark.parametrize(
    "follow",
    [
        "She added that the mill would reopen in spring.",
        '"The mill will reopen in spring," she said.',
    ],
    ids=["added", "direct"],
)
def test_the_next_quote_told_to_the_same_outlet_is_flagged_too(nlp, follow):
    text = f"Mayor Ines Corrado told the Fallbrook Tribune that the vote was rigged. {follow}"
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert _recipient(second) == _recipient(first) == ("Fallbrook Tribune", "outlet")
    assert "QC101" in _rules(report, first.id)
    assert "QC101" in _rules(report, second.id)


# --- the outlet that quoted an unnamed source again ------------------------------------------


def test_the_source_quoted_as_saying_keeps_the_outlet_it_told(nlp):
    text = (
        "A person close to the goalkeeper told the Morning Bugle tabloid that he would retire. "
        '"He has had enough of the travel," the person was quoted as saying.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert _recipient(first) == ("Morning Bugle", "outlet")
    assert _recipient(second) == ("Morning Bugle", "outlet")
    assert "QC101" in _rules(report, second.id)


# --- kinds of unnamed speakers and carriers ---------------------------------------------------


def test_one_mp_quoted_by_an_outlet_is_anonymous(nlp):
    text = 'Radio Kestle quoted one MP present as saying the debate was "a farce."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote.id)


def test_an_events_organisers_speak_for_it(nlp):
    text = "The marathon will start an hour early, according to its organisers."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"


def test_the_press_at_large_that_quoted_someone_is_an_unnamed_outlet(nlp):
    text = 'Vellorian media quoted Anton Brisk as saying the talks were "useful."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Vellorian media", "outlet")]
    assert "QC101" in _rules(report, quote.id)
    assert "QC201" not in _rules(report, quote.id)  # the speaker is named


# --- an interview given to another outlet's presenter -----------------------------------------


def test_told_the_host_of_a_channels_show_is_told_the_channel(nlp):
    text = "Minister Alan Reeve told Nora Quill, host of Channel 7's Sunday show, that the budget was \"tight.\""
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == ("Channel 7", "outlet")
    assert "QC101" in _rules(report, quote.id)


def test_told_the_host_of_a_forum_is_told_a_person(nlp):
    # Guard: a host of no broadcast is a person.
    text = "Minister Alan Reeve told Nora Quill, host of the Davos Forum, that the budget was \"tight.\""
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _recipient(quote) == ("Nora Quill", "person")
