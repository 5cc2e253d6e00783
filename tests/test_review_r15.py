"""Regressions found by re-running the probe articles after round 15's merges."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def test_a_naming_as_clause_keeps_the_term_as_the_namers_words(nlp):
    text = 'Farmers described a hard winter. The "special measure", as Ostrava calls its tariff, began in April.\n'
    report = analyze(text, nlp=nlp)
    assert not any(t.kind == "scare" and "special measure" in t.span.text for t in report.terms)
    (quote,) = [q for q in report.quotes if any("special measure" in p.text for p in q.content)]
    assert quote.speaker_name == "Ostrava"


def test_urging_the_public_to_come_forward_is_not_a_quote_of_anyone(nlp):
    text = "Inspector Dana Reyes urged anyone with doorbell footage to get in touch.\n"
    report = analyze(text, nlp=nlp)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == "urged"]


def test_guard_urging_a_measure_is_still_what_was_urged(nlp):
    # Guard: the round's "urged a strong stand" reading stays.
    text = "The senator urged a strong stand against the merger.\n"
    report = analyze(text, nlp=nlp)
    assert any("strong stand" in p.text for q in report.quotes for p in q.content)


def test_a_relative_clause_on_an_appositive_speaks_for_the_named_person(nlp):
    text = "The bill was backed by Tom Ruiz, a senator who said it would save money.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if "save money" in q.content[0].text]
    assert quote.speaker_name == "Tom Ruiz"
    assert quote.speaker_kind == "person"


def test_guard_a_relative_clause_on_an_unnamed_role_stays_unnamed(nlp):
    # Guard: with no name beside the role, nobody is named.
    text = "The bill was backed by a senator who said it would save money.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if "save money" in q.content[0].text]
    assert quote.speaker_name is None
