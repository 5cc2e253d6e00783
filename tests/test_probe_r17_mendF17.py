"""Mends from the round 17 review rev3 in frames, terms and assemble: a "declined to comment"
after the content is the speaker's own, a past-tense "but X told" inside an according-to account,
a name or noun before a rejecting verb's "as", and "The letter was headed". End to end with the
real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import cue_index as _by_cue, rule_set as _rules, term_kinds as _terms


# --- A2: "... and declined to comment further" is the speaker's refusal -------------------------


def test_declined_to_comment_further_after_a_plural_subject_is_the_speakers(nlp):
    text = "Fire officials said crews had contained the blaze and declined to comment further."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["said"].content[0].text == "crews had contained the blaze"
    assert quotes["declined"].act == "refusal"
    assert quotes["declined"].speaker.text == "Fire officials"


def test_declined_to_comment_after_a_pronoun_is_the_lawyers(nlp):
    text = "Pryce's attorney said he had broken no rules and declined to comment."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["said"].content[0].text == "he had broken no rules"
    assert quotes["declined"].speaker.text == "Pryce's attorney"


def test_feeling_participle_is_no_passive_content(nlp):
    text = "The parents said they were saddened and declined to comment further."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["said"].content[0].text == "they were saddened"
    assert quotes["declined"].act == "refusal"


# Guard: a named one in the content refuses for itself.
def test_guard_named_subject_refuses_for_itself(nlp):
    text = "Police said Mark Dunne left the court and declined to comment."
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["said"]


# --- A6: past-tense speech inside an according-to account ---------------------------------------


def test_past_tense_but_clause_stays_in_the_account(nlp):
    text = "According to the lawsuit, the bank hid the losses, though managers told auditors it had not."
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["According to"]
    assert report.quotes[0].content[0].text.endswith("managers told auditors it had not")


# Guard: a present-tense counterpoint is still its own statement.
def test_guard_present_tense_counterpoint_is_split(nlp):
    text = "According to the council, rents have fallen, but tenants say this is untrue."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["say"].content[0].text == "this is untrue"
    assert quotes["According to"].content[0].text == "rents have fallen"


# --- A8: a name or noun before "as" is no gerund ------------------------------------------------


def test_name_ending_in_ing_before_as_keeps_the_label_the_rejecters(nlp):
    text = 'The mayor dismissed Fleming as "a troublemaker" on Friday.'
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].type == "mixed"
    assert "QC301" not in _rules(report)


def test_noun_ending_in_ing_before_as_keeps_the_label_the_rejecters(nlp):
    text = 'The senator dismissed lobbying as "a charade" and left the room.'
    report = analyze(text, nlp=nlp)
    assert _by_cue(report)["dismissed"].type == "mixed"
    assert "QC301" not in _rules(report)


# --- A9: "The letter was headed" ----------------------------------------------------------------


def test_predicative_headed_names_the_heading(nlp):
    text = 'The memo was headed "Please read today" and sent to all staff.'
    report = analyze(text, nlp=nlp)
    assert _terms(report) == {"Please read today": "name"}
    assert "QC301" not in _rules(report)
