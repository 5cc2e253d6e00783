"""Titles, honorifics and askers from QA probe p42 (Indian-English regional copy, a select
committee, an earnings call): an honorific between a title and a name, "the Minister" after a
Chief Minister, "<title> of <body>" titles before a name, a title the recognizer runs into a
name, an asker named in apposition, a pronoun answering an unnamed asker, and QC203's
suggestion for a role with another field. End to end with the real model. The sentences are
written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


# --- Honorifics and ranks -------------------------------------------------------------------------


def test_honorific_with_stop_keeps_the_title_and_the_role(nlp):
    text = (
        "Chief Minister B. Sundar Rao opened the new depot on Friday. Transport Minister Smt. Kavitha"
        ' Reddy said the buses would run on time. "Every route will be restored," the Minister said.'
    )
    report = analyze(text, nlp=nlp)
    said = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker_name for q in said] == ["Kavitha Reddy", "Kavitha Reddy"]
    assert said[0].speaker_descriptions == ("Transport Minister",)


def test_the_minister_is_not_the_chief_minister(nlp):
    text = (
        "Irrigation Minister Farida Begum toured the canal on Monday. Chief Minister B. Sundar Rao"
        ' opened the new depot on Friday. "The water will reach every village," the Minister said.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Farida Begum"


def test_the_chief_minister_is_still_found(nlp):
    # Guard: "the Chief Minister" is the Chief Minister named before.
    text = 'Chief Minister B. Sundar Rao opened the depot on Friday. "It is a start," the Chief Minister said.'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "B. Sundar Rao"


# --- "<title> of <body>" before a name ------------------------------------------------------------


def test_leader_of_the_opposition_before_a_name(nlp):
    text = "Leader of the Opposition Ravi Menon alleged that the government had ignored the farmers."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Ravi Menon"
    assert quote.speaker_kind == "person"
    assert quote.speaker_descriptions == ("Leader of the Opposition",)


def test_leader_of_the_house_is_a_person(nlp):
    text = "Leader of the House Clara Penhale said the vote would be held on Tuesday."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.speaker_name, quote.speaker_kind) == ("Clara Penhale", "person")
    assert quote.speaker_descriptions == ("Leader of the House",)


def test_the_opposition_is_not_named_after_its_leader(nlp):
    text = (
        'The Opposition called the plan a "stunt." Leader of the Opposition G. Suresh Pillai alleged'
        " that the ministry had hidden the costs."
    )
    report = analyze(text, nlp=nlp)
    names = [q.speaker_name for q in report.quotes]
    assert "G. Suresh Pillai" in names
    assert not any(name and "Opposition" in name for name in names)


# --- A title the recognizer ran into the name -------------------------------------------------------


def test_district_collector_before_a_name(nlp):
    text = 'District Collector Meena Iyer said the list would be ready. "We are on schedule," the Collector said.'
    report = analyze(text, nlp=nlp)
    assert [(q.speaker_name, q.speaker_kind) for q in report.quotes] == [("Meena Iyer", "person"), ("Meena Iyer", "person")]
    assert report.quotes[0].speaker_descriptions == ("District Collector",)


# --- Askers ----------------------------------------------------------------------------------------


def test_asker_named_in_apposition_puts_the_question(nlp):
    text = (
        "Asked by the inquiry chair, Ruth Vell, whether the budget had been cut, Omar Stiles replied"
        ' that the agency "did what it could."'
    )
    report = analyze(text, nlp=nlp)
    questions = [q for q in report.quotes if q.act == "question"]
    assert [q.speaker_name for q in questions] == ["Ruth Vell"]
    (answer,) = _by_cue(report, "replied")
    assert answer.speaker_name == "Omar Stiles"
    assert answer.recipient is not None and answer.recipient.name == "Ruth Vell"


def test_pronoun_answering_an_unnamed_asker_is_the_one_asked(nlp):
    text = (
        "Finance Minister Petra Hollis said the deficit would narrow. Asked by a reporter from the"
        ' Norvale Herald whether taxes would rise, she replied that "nothing is decided."'
    )
    report = analyze(text, nlp=nlp)
    (answer,) = _by_cue(report, "replied")
    assert answer.speaker_name == "Petra Hollis"
    assert not any(f.rule == "QC203" for f in report.findings)


# --- QC203's suggestion -----------------------------------------------------------------------------


def test_role_of_another_field_gets_no_suggestion(nlp):
    text = (
        'A property manager at the block said the repairs were "overdue." "We have a plan,"'
        " said Omar Reyes, a project manager at Tallow Homes."
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC203"]
    assert messages and not any("Omar Reyes" in m for m in messages)


def test_role_of_the_same_field_still_gets_a_suggestion(nlp):
    # Guard: the same field ("housing manager") may be the one named.
    text = (
        'A housing manager said the repairs were "overdue." "We have a plan," said Omar Reyes, the'
        " housing manager at Tallow Homes."
    )
    report = analyze(text, nlp=nlp)
    assert any("Omar Reyes" in f.message for f in report.findings if f.rule == "QC203")
