"""Speakers and their kinds, found on the round 13 probe p36: "they" after a group that named a
body in its own words, a descriptor before a name after "according to", an accented given name
before a hyphenated surname, a video by someone, "one of them" after anonymous people, and a
military staff as a body. End to end with the real model. The sentences are written by the
quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_by_cue as _by_cue, rules as _rules


# --- "They" after a group that named a body in its words --------------------------------------


def test_they_is_not_the_body_named_in_the_groups_reported_words(nlp):
    # Halvik Mining spoke first, and the analysts named it in what they wrote: "They" are the
    # analysts, not Halvik Mining.
    text = (
        "Halvik Mining declined to comment on the offer. "
        "Analysts at Tamsin Partners wrote in a note that the offer undervalued Halvik Mining. "
        'They said a higher price was "the fair one."'
    )
    report = analyze(text, nlp=nlp)
    they = report.quotes[-1]
    assert they.speaker.text == "They"
    assert they.speaker_name != "Halvik Mining"


def test_they_is_not_the_body_named_in_the_groups_quoted_words(nlp):
    text = (
        "Halvik declined to comment on the offer. "
        'Brokers at Tamsin Partners wrote in a research note that the offer "would undervalue Halvik\'s mining assets." '
        'They argued that a higher price was "the fair one."'
    )
    report = analyze(text, nlp=nlp)
    assert _by_cue(report, "argued").speaker_name != "Halvik"


def test_they_after_a_body_that_spoke_is_still_the_body(nlp):
    # Guard: with no group speaking between, "they" keeps to the body that spoke.
    text = "Halvik Mining said on Monday that output had fallen. They said a recovery was likely."
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Halvik Mining"


# --- "according to the charity Name" ----------------------------------------------------------


def test_according_to_a_descriptor_and_a_name_the_tagger_misread(nlp):
    # The tagger reads "Diabetes Forward" as a common noun and an adverb, outside the phrase.
    text = "According to the charity Diabetes Forward, calls to its advice line have doubled since March."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Diabetes Forward"
    assert quote.speaker_kind == "organization"
    assert quote.content[0].text.startswith("calls to its advice line")


def test_closing_according_to_a_descriptor_and_a_name(nlp):
    text = "Calls to its advice line have doubled since March, according to the charity Diabetes Forward."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Diabetes Forward"
    assert [c.text for c in quote.content] == ["Calls to its advice line have doubled since March"]


# --- an accented given name -------------------------------------------------------------------


def test_accented_given_name_before_a_hyphenated_surname_is_kept(nlp):
    text = (
        "Stéphane Ruiz-Mbeki, a spokesperson for the agency, told reporters that the money was ready. "
        "Ruiz-Mbeki said a second payment would follow."
    )
    first, second = analyze(text, nlp=nlp).quotes
    assert first.speaker_name == "Stéphane Ruiz-Mbeki"
    assert second.speaker_name == "Stéphane Ruiz-Mbeki"


def test_given_name_opening_with_an_accented_capital_read_as_an_adjective(nlp):
    # The tagger reads "Émile" as an adjective.
    text = "Émile Durand-Roux, a spokesman for the ministry, said the bridge would reopen."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Émile Durand-Roux"


# --- "a video by X" ---------------------------------------------------------------------------


def test_a_video_by_someone_is_their_words(nlp):
    text = (
        "A video by the fitness blogger Marla Quent claiming that ginger tea cures asthma has been shared "
        "two million times."
    )
    quote = analyze(text, nlp=nlp).quotes[0]
    assert quote.speaker_name == "Marla Quent"
    assert quote.speaker_kind == "person"


# --- "One of them" after anonymous people -----------------------------------------------------


def test_one_of_them_after_the_anonymous_people_is_anonymous(nlp):
    text = (
        "The Tally Wire reported the talks, citing people familiar with the matter. "
        "The talks could still collapse, the people said. "
        "One of them said the board had turned down a lower offer in May."
    )
    report = analyze(text, nlp=nlp)
    one = report.quotes[-1]
    assert one.speaker.text == "One of them"
    assert one.speaker_kind == "anonymous"
    assert "QC203" not in _rules(report, one.id)


# --- collective leaderships as bodies ---------------------------------------------------------


def test_a_general_staff_is_an_organization(nlp):
    text = 'Verania\'s general staff dismissed the claim as "wishful thinking." The high command said no town had fallen.'
    first, second = analyze(text, nlp=nlp).quotes
    assert first.speaker_kind == "organization"
    assert second.speaker_kind == "organization"


def test_hospital_staff_are_no_organization(nlp):
    # Guard: "staff" alone are people, not a body.
    (quote,) = analyze("Hospital staff said they were exhausted.", nlp=nlp).quotes
    assert quote.speaker_kind != "organization"
