"""Outlets, titles and narration found on the round 13 probe p38: an outlet's name that the
recognizer runs on past a comma into the next clause's subject, a piece written for an outlet,
an interview closing the sentence. End to end with the real model. The sentences are written
by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _via(quote):
    return [(hop.name, hop.kind) for hop in quote.via]


# --- An outlet's name stops at a comma ----------------------------------------------------------


def test_outlet_name_stops_before_the_writers_surname(nlp):
    # "the Westmere Tribune, Weingart" is read as one organisation: the surname after the comma
    # is the subject of "wrote", no part of the outlet's name.
    text = (
        "Council treasurer Mirela Adeyemi resigned in March. "
        "According to an email obtained by the Brackley Ledger, Adeyemi wrote to the mayor on "
        'Jan. 9 that she wanted the accounts "closed before the audit."'
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name == "Mirela Adeyemi"
    names = [name for name, _ in _via(quote)]
    assert ("Brackley Ledger", "outlet") in _via(quote)
    assert not any("Adeyemi" in name for name in names)


def test_speaker_surname_is_not_run_into_the_outlet(nlp):
    # The same cut the other way round: the speaker after the comma is no outlet's alias.
    text = "According to documents seen by the Brackley Ledger, Adeyemi told staff on Friday that the depot would close."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Adeyemi"
    assert ("Brackley Ledger", "outlet") in _via(quote)


# --- A piece written for an outlet; an interview closing the sentence ---------------------------


def test_review_for_a_named_site_is_second_hand(nlp):
    # "in a review for X": X published the review, whatever it is called.
    text = 'Priya Lomax wrote in a review for Gadgetstream that the hinge felt "loose after a week."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    carriers = [name for name, _ in _via(quote)] + ([quote.recipient.name] if quote.recipient else [])
    assert "Gadgetstream" in carriers
    assert "QC101" in _rules(report, quote.id)


def test_interview_closing_the_sentence_is_the_recipient_not_the_words(nlp):
    text = "Oskar Lindqvist said the fares were too high in an interview with the Tarnfield Echo."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.name == "Tarnfield Echo"
    assert "interview" not in " ".join(c.text for c in quote.content)
    assert "QC101" in _rules(report, quote.id)


def test_guard_essay_for_a_committee_is_no_outlet(nlp):
    # Guard: a piece written for a body that is no publication names no carrier.
    text = "Ortiz wrote in an essay for the Senate Finance Committee that costs had doubled."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [] and quote.recipient is None


# --- A title after its genre, a product's name before its noun ----------------------------------


def _scare(report):
    return [f for f in report.findings if f.rule == "QC301"]


def test_title_after_a_dated_genre_noun_is_a_name(nlp):
    # 'the 2019 thriller "Cold Water,"': the genre noun and a year before the title.
    text = 'She first worked with Orland on the 2019 thriller "Cold Water," which was shot in Malta.'
    report = analyze(text, nlp=nlp)
    assert _scare(report) == []


def test_quoted_product_name_before_its_noun_in_a_headline_is_a_name(nlp):
    text = "Kelvane unveils slimmer 'Nimbus' tablet\n\nKelvane on Monday unveiled the Nimbus, a tablet for schools."
    report = analyze(text, nlp=nlp)
    assert _scare(report) == []


def test_guard_lower_case_word_before_a_noun_is_still_scare(nlp):
    # Guard: a lower-case word in quotes before a noun is a label the writer keeps at a distance.
    # (A verb of no side taken: "The council backed the ... plan" is the council's stance, whose
    # quoted word is part of a mixed quote, as for "The governor backed ..." since qa round 19.)
    text = "The council built the 'affordable' housing estate on Tuesday."
    report = analyze(text, nlp=nlp)
    assert len(_scare(report)) == 1


# --- An outlet known by its masthead word -------------------------------------------------------


def test_told_a_tattler_is_told_an_outlet(nlp):
    text = "Friends of the couple told the Riverside Tattler that the wedding had been postponed."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "QC101" in _rules(report, quote.id)


def test_camel_case_daily_is_an_outlet(nlp):
    text = "Marlow told staff the factory would close, according to a report by ChipDaily."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert ("ChipDaily", "outlet") in _via(quote)


def test_guard_told_the_board_is_no_outlet(nlp):
    # Guard: a body told something publishes nothing.
    text = "Insiders told the Harbour Board that the deal was close."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind != "outlet"


# --- No words: a scene set beside an argument -------------------------------------


def test_scene_beside_an_argument_over_a_topic_is_narration(nlp):
    text = "Voices were raised at the crowded council chamber on Tuesday as residents argued over a plan to close the pool."
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 0
    assert not any(f.rule == "QC201" for f in report.findings)


def test_guard_as_cue_without_topic_still_attributes_the_clause(nlp):
    # Guard: "as the minister said" leaves out what was said; the clause it hangs on is that.
    text = "The harbour plan is dead, as the minister said on Monday."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.content[0].text == "The harbour plan is dead"
