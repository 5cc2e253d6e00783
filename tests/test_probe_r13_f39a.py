"""Speakers found on the round 13 probe p39: a byline over the lead, a colon cue after a role
and a name in apposition, groups placed in a named body or survey. End to end with the real
model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _rules(report, quote_id):
    return [f.rule for f in report.findings if f.quote == quote_id]


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
