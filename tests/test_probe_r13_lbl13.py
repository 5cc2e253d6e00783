"""Names and labels against speech, headline rubrics and small clauses, and where mixed content
starts, found on the round 13 probes (p34, p35). End to end with the real model. The sentences
are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _terms(report):
    return [(t.kind, t.span.text) for t in report.terms]


# --- a verb of rejecting inside the quoted words ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Councillor Mira Olsen said she had "denied every claim" from the outset.',
        'The board said it had "rejected a takeover bid" last week.',
    ],
    ids=["denied", "rejected"],
)
def test_rejecting_verb_inside_the_quotation_keeps_the_quote_mixed(nlp, text):
    # The quoted words hold the verb of rejecting; they are the speaker's, after "said".
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert quote.quoted
    assert "QC301" not in _rules(report)
    assert not report.terms


def test_rejected_label_before_its_noun_is_still_a_label(nlp):
    # Guard: the verb stands outside the quotation; the label is the critics', not hers.
    report = analyze('Mayor Ines Roth rejects "witch hunt" claims over the depot.', nlp=nlp)
    assert ("scare", '"witch hunt"') in _terms(report)


# --- rubrics heading a headline ---------------------------------------------------------------


@pytest.mark.parametrize("rubric", ["Sketch", "Interview", "Obituary", "Editorial"])
def test_rubric_before_a_colon_is_no_speaker(nlp, rubric):
    text = f"{rubric}: Treasurer's 'safe pair of hands' fumbles the budget\n\nThe treasurer, Owen Pryce, spoke on Monday."
    report = analyze(text, nlp=nlp)
    assert all(q.speaker is None or q.speaker.text != rubric for q in report.quotes)
    assert all(e.name != rubric for e in report.entities)


# --- names a thing is known by ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ('The bypass, known locally as the "Long Mile," opened in 2004.', '"Long Mile,"'),
        ('The merger, referred to as the "Harbour Compact," would close two depots.', '"Harbour Compact,"'),
    ],
    ids=["known-locally-as", "referred-to-as"],
)
def test_name_a_thing_is_known_by_is_a_name(nlp, text, name):
    report = analyze(text, nlp=nlp)
    assert ("name", name) in _terms(report)
    assert "QC301" not in _rules(report)


def test_label_she_referred_to_is_not_a_name(nlp):
    # Guard: "what she referred to as" gives her label, not a name the thing has.
    text = 'Kerr said the plan, which she referred to as "a shambles," would be dropped.'
    report = analyze(text, nlp=nlp)
    assert ("name", '"a shambles,"') not in _terms(report)


# --- a long opening phrase before the speaker -------------------------------------------------


def test_opening_phrase_is_context_not_content(nlp):
    text = 'In a video posted to his Instagram account on Friday morning, Okafor said the plan had been "doomed from day one."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert [c.text for c in quote.content] == ['the plan had been "doomed from day one."']
    assert [c.text for c in quote.context] == ["In a video posted to his Instagram account on Friday morning"]


# --- a headline without its "is" -------------------------------------------------------------


@pytest.mark.parametrize(
    "headline, content",
    [
        ('Valdoran premier says trade pact "within sight," rejects tariff threat', 'trade pact "within sight,"'),
        ('Coach says squad "not ready," blames injuries', 'squad "not ready,"'),
    ],
    ids=["phrase", "adjective"],
)
def test_headline_small_clause_is_mixed(nlp, headline, content):
    text = f"{headline}\n\nThe speaker gave no further details on Monday."
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.type == "mixed"
    assert [c.text for c in quote.content] == [content]
