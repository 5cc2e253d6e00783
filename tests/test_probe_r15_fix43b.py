"""Round 15 fixes after QA probe p43: verbs with no words said (a group naming itself, a phone
call, advice to "anyone who ...", a side not taken), a social-media handle as a named source and
"the account" that refers back to it, a publisher's firm name, and a quoted object inside a
reported statement. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _cues(report):
    return [q.cue.text if q.cue is not None else None for q in report.quotes]


# --- No words said ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A coalition calling itself Voters First said the levy was unfair.",
        "The leaflets came from a crew that calls itself the Night Watch.",
    ],
    ids=["participle", "relative"],
)
def test_naming_itself_is_no_statement(nlp, text):
    report = analyze(text, nlp=nlp)
    assert not any(cue.endswith("call") or cue.endswith("calling") or cue.endswith("calls") for cue in _cues(report))


def test_self_description_stays(nlp):
    # Guard: "who calls herself a fiscal hawk" says what she stands for; PolNeAR annotates it.
    report = analyze("Ms. Ruiz, who calls herself a fiscal hawk, said the budget was bloated.", nlp=nlp)
    assert "calls" in _cues(report)


def test_advice_to_anyone_is_no_statement(nlp):
    report = analyze("Anyone who suspects they ate the tainted cheese should call a pharmacist.", nlp=nlp)
    assert not report.quotes


def test_phone_call_in_joined_advice_is_no_statement(nlp):
    report = analyze(
        "Officials urged residents to avoid the clinic unless a child was unwell, and to call a new hotline instead.",
        nlp=nlp,
    )
    assert [q.cue.text for q in report.quotes] == ["urged"]


def test_convening_call_stays(nlp):
    # Guard: "called an emergency meeting" is an announcement, which PolNeAR annotates.
    report = analyze("The union called an emergency meeting on Friday.", nlp=nlp)
    assert any("called" in cue for cue in _cues(report))


def test_denied_subject_with_stance_is_no_statement(nlp):
    report = analyze("Not everybody welcomed the new parking rules. Some drivers left early.", nlp=nlp)
    assert not report.quotes


def test_side_not_taken_for_anyone_is_no_statement(nlp):
    report = analyze("Sayer, who has not endorsed anyone, said the race was close.", nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["said"]
    assert [c.text for c in report.quotes[0].content] == ["the race was close"]


# --- Social-media handles ------------------------------------------------------------------------


def test_handle_is_a_named_source(nlp):
    report = analyze("@pastry_watch wrote that the crust looked fake. Tom Reyes, a chef, said the fuss was silly.", nlp=nlp)
    first = report.quotes[0]
    assert first.speaker_name == "@pastry_watch"
    assert first.speaker_kind != "anonymous"
    assert not any(f.rule == "QC201" for f in report.findings)


def test_the_account_refers_back_to_handle(nlp):
    report = analyze(
        'The clip was shared by an account called @oven_truth. Hours later, @oven_truth posted again.'
        ' "I may have been wrong," the account wrote.',
        nlp=nlp,
    )
    quote = next(q for q in report.quotes if q.cue is not None and q.cue.text == "wrote")
    assert quote.speaker_name == "@oven_truth"


# --- Kinds ---------------------------------------------------------------------------------------


def test_publisher_with_firm_name_is_organization(nlp):
    report = analyze("The publisher, Penwood House, said the first run of 50,000 copies was gone in a week.", nlp=nlp)
    assert report.quotes[0].speaker_kind == "organization"


def test_publisher_with_personal_name_stays_person(nlp):
    # Guard: a publisher may be a person.
    report = analyze("The publisher, Dana Leigh, said the book had sold well.", nlp=nlp)
    assert report.quotes[0].speaker_kind == "person"


# --- A quoted object inside a reported statement ------------------------------------------------


def test_quoted_object_inside_statement_is_the_speakers(nlp):
    report = analyze(
        'Harlow Books said in a statement that it respected the author but rejected "several claims" in the biography.',
        nlp=nlp,
    )
    assert [q.type for q in report.quotes] == ["mixed"]
    assert not any(f.rule == "QC301" for f in report.findings)


def test_rejected_label_before_a_noun_stays_scare(nlp):
    # Guard: 'rejects "witch hunt" claims' labels the critics' claims.
    report = analyze('The minister rejects "witch hunt" claims.', nlp=nlp)
    assert all(q.type != "mixed" for q in report.quotes)


# --- "which" hung on a person's name ------------------------------------------------------------


def test_which_clause_on_a_name_is_not_the_persons(nlp):
    report = analyze(
        "A comment from the page of a local trustee, Helen Marsh, which seemed to back the strike, was removed"
        " by noon. Marsh said on Friday that an aide had posted it.",
        nlp=nlp,
    )
    assert [q.cue.text for q in report.quotes] == ["said"]
    assert not any("which" in d for d in report.quotes[0].speaker_descriptions)
