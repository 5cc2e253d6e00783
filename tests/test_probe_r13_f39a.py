"""Speakers found on the round 13 probe p39: a byline over the lead, a colon cue after a role
and a name in apposition, groups placed in a named body or survey. End to end with the real
model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- A byline's name does not run into the lead's first name ---------------------------------


def test_byline_writer_is_not_merged_with_the_leads_subject(nlp):
    # The byline and the lead are separate lines: "Odalys Ferreira" is the subject alone (her
    # given name is in no list, the writer's is), and "she" later is her.
    text = (
        "By Peter Lindqvist\n\n"
        "Odalys Ferreira has run the ferry cafe for twenty winters.\n\n"
        '"It is about the regulars," says Ferreira. "I have been flooded out twice," she adds.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.speaker_name == "Odalys Ferreira"
    assert second.speaker_name == "Odalys Ferreira"
    assert "QC203" not in _rules(report, second.id)


# --- "Its organiser, Name, put it simply:" ----------------------------------------------------


def test_possessive_role_with_name_before_put_it_colon(nlp):
    text = (
        "The festival opens on Friday. Its director, Ramona Keszler, put it bluntly: "
        '"Without the grant we close next year."'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ramona Keszler"
    assert "QC202" not in _rules(report, quote.id)


def test_summed_it_up_colon_names_the_speaker(nlp):
    text = 'The vote was close. Ramona Keszler summed it up: "Half the town wants it, half does not."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ramona Keszler"


def test_possessive_role_alone_before_put_it_colon_is_a_role(nlp):
    text = 'The club faces relegation. Its chairman put it simply: "We have run out of money."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "Its chairman"
    assert "QC202" not in _rules(report, quote.id)


def test_guard_possessive_thing_before_colon_is_no_speaker(nlp):
    # Guard: "Its budget" is no role: no one is made the speaker.
    text = 'The museum is struggling. Its budget was the problem: "We cannot heat the halls."'
    report = analyze(text, nlp=nlp)
    assert all(q.speaker is None or q.speaker.text != "Its budget" for q in report.quotes)


# --- Groups placed in a named group or poll are no vague source ---------------------------------


def test_campaigners_from_a_named_group_are_not_vague(nlp):
    text = "Activists from Save the Quay said the council had ignored the petition."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind != "anonymous"
    assert "QC201" not in _rules(report, quote.id)


def test_guard_campaigners_from_a_place_stay_vague(nlp):
    # Guard: a place names no group; the campaigners are still unnamed.
    text = "Campaigners from Kelmont said the council had ignored the petition."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"


def test_respondents_of_a_named_poll_are_not_vague(nlp):
    text = (
        "A poll by Halloran Insight found that most commuters opposed the toll. "
        "Respondents said the charge would push them back into their cars."
    )
    report = analyze(text, nlp=nlp)
    respondents = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "Respondents")
    assert respondents.speaker_kind != "anonymous"
    assert "QC201" not in _rules(report, respondents.id)


def test_guard_respondents_of_an_unnamed_poll_stay_vague(nlp):
    # Guard: "A poll" names no pollster; its respondents are as vague as before.
    text = "A poll found that most commuters opposed the toll. Respondents said the charge would push them back into their cars."
    report = analyze(text, nlp=nlp)
    respondents = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "Respondents")
    assert respondents.speaker_kind == "anonymous"


# --- A full name written as a modifier introduces the person --------------------------------


def test_full_name_as_a_modifier_introduces_the_person(nlp):
    # "a Nils Eklind header": the name is a modifier in another paragraph; "Eklind" later, read
    # by the tagger as a common noun, is still him.
    text = (
        "Ashby had led through a Nils Eklind header after 30 minutes.\n\n"
        'Eklind was less cheerful, writing simply: "Gutted. We go again."'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Nils Eklind"
    assert quote.speaker_kind == "person"


def test_guard_capitalised_common_noun_subject_is_no_surname(nlp):
    # Guard: "Officials" at the start of a sentence names no one.
    text = "The plan was drafted by a team.\n\n" 'Officials were less cheerful, writing simply: "Gutted."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name is None
