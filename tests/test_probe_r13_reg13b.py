"""Regressions of round 13 found on a re-check: the writer's own words said on a station, a
caveat on "the claim" across a descriptive sentence, a club's short name after the club was
named in full, a scare-quoted word in the topic of "warn over", and "the podcast" taken for a
newspaper. End to end with the real model. The sentences are written by the quotecheck authors
after the re-check's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- The writer's own "I" passes nothing second-hand -----------------------------------------


def test_writer_told_listeners_on_a_station_is_not_second_hand(nlp):
    text = (
        "By Tomasz Grell\n\n"
        "As I told listeners on Radio Calderbrook on Monday, the ferry queue stretched past the harbour wall."
    )
    report = analyze(text, nlp=nlp)
    mine = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "I"]
    assert mine
    assert not {"QC101", "QC102"} & {r for q in mine for r in _rules(report, q.id)}


def test_someone_else_told_a_station_is_still_second_hand(nlp):
    # Guard: the exemption is the writer's only.
    text = "Harbour master Ilse Brandvold told Radio Calderbrook that the ferry queue stretched past the wall."
    report = analyze(text, nlp=nlp)
    assert any("QC101" in _rules(report, q.id) for q in report.quotes)


# --- QC204: a caveat that points back reaches past a sentence with no quote ---------------------


def test_caveat_on_the_claim_reaches_past_a_descriptive_sentence(nlp):
    text = (
        "The Osterfell Militia said in a statement that its drones had \"hit two supply depots.\" "
        "The group published photographs of a burning warehouse.\n\n"
        "Corvan Press could not independently verify the claim."
    )
    report = analyze(text, nlp=nlp)
    assert any("QC204" in _rules(report, q.id) for q in report.quotes)


def test_caveat_with_its_own_whether_clause_stays_cut_off(nlp):
    # Guard: a caveat naming its own topic does not reach back over a quote-less sentence.
    text = (
        "The Osterfell Militia said its drones had hit two supply depots. "
        "The regional council meets again in June. "
        "It could not be confirmed whether the depots were in use."
    )
    report = analyze(text, nlp=nlp)
    assert not any(f.rule == "QC204" for f in report.findings)


# --- A club's short name after the club was named in full ------------------------------------


def test_lone_club_word_after_the_club_was_named_is_the_club(nlp):
    text = (
        "Dunmere Wanderers were fined in March for a pitch invasion. "
        "Wanderers said the goalkeeper had signed a new deal until 2030."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "Wanderers")
    assert quote.speaker_kind == "organization"
    assert "QC201" not in _rules(report, quote.id)


def test_rangers_with_no_club_named_stay_vague(nlp):
    # Guard: "Rangers" opening a sentence, with no club named, are park rangers.
    text = "A grass fire spread across the moor. Rangers said the blaze was under control."
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "Rangers")
    assert quote.speaker_kind == "anonymous"


# --- A scare-quoted word in the topic of "warn over" ------------------------------------------


def test_scare_word_in_topic_of_warn_over_is_a_scare_quote(nlp):
    text = (
        "Dentists warn over viral 'detox' rinse that promises whiter teeth\n\n"
        "A clip by the influencer Rosa Venn has been shared widely."
    )
    report = analyze(text, nlp=nlp)
    assert not any(q.type == "direct" and q.text.strip("'") == "detox" for q in report.quotes)
    assert any(t.kind == "scare" and "detox" in t.span.text for t in report.terms)


# --- "the podcast" refers back only to a podcast -------------------------------------------------


def test_the_podcast_is_not_the_newspaper_named_before(nlp):
    text = (
        "The Kestle Standard could not verify that report.\n\n"
        "\"Nobody asked us,\" a caller told the podcast's hosts."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if "Nobody asked us" in q.text)
    assert quote.recipient is not None
    assert "Standard" not in (quote.recipient.name or "")
