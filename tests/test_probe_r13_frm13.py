"""Spurious speech and content bounds found on the round 13 re-checks (p29, p31, p32): a story
told by figures, a name given by "dubbed", a quotation inside a quotation in the other style,
what a record shows, and a question merged into its answer. End to end with the real model.
The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.marks import scan
from quotecheck.pipeline import analyze

from .reports import content_texts as _contents


# --- "tell a story" ------------------------------------------------------------------------------


def test_figures_telling_a_story_are_not_a_speaker(nlp):
    text = "Brackwater will close the depot. The numbers tell a bleaker story: its losses would roughly triple by 2027."
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()


def test_a_story_told_by_people_has_no_story_for_a_hearer(nlp):
    text = "Residents told a different story: the water had been brown for weeks."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "Residents"
    assert quote.recipient is None
    assert _contents(quote) == ["the water had been brown for weeks"]


def test_told_reporters_keeps_its_hearer(nlp):
    # Guard: a hearer named as the object stays the recipient.
    text = "Mayor Lena Strand told reporters that the depot would close."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.recipient is not None and quote.recipient.name == "reporters"


# --- names given by "dubbed" ---------------------------------------------------------------------


def test_dubbed_with_a_definite_name_is_a_name_not_a_quote(nlp):
    text = 'Traders have already dubbed the merger the "steel wedding", and some funds sold their shares.'
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert [(t.kind, t.span.text) for t in report.terms] == [("name", '"steel wedding"')]
    assert not any(f.rule == "QC201" for f in report.findings)


def test_dubbed_with_a_judgement_quotes_the_speaker(nlp):
    # Guard: 'dubbed the plan "a disgrace"' judges the plan in the critics' words.
    text = 'Critics dubbed the toll plan "a disgrace".'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "Critics"


# --- a quotation inside a quotation in the other style -------------------------------------------


def test_straight_quote_nested_in_curly_quote(nlp):
    text = 'The agency said: \u201cThe levy, which farmers call "a raid", will be collected from May.\u201d'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "direct"
    assert quote.speaker is not None and quote.speaker.text == "The agency"
    assert _contents(quote) == ['\u201cThe levy, which farmers call "a raid", will be collected from May.\u201d']
    assert not any(f.rule == "QC302" for f in report.findings)


def test_marks_nest_a_straight_pair_inside_curly_ones():
    text = '\u201cThe levy, which farmers call "a raid", stays.\u201d'
    outer, inner = scan(text).quotations
    assert (outer.depth, outer.closed, outer.parts[0].text) == (0, True, text)
    assert (inner.depth, inner.closed, inner.parts[0].text) == (1, True, '"a raid"')
    assert scan(text).unbalanced == ()


def test_marks_nest_a_curly_pair_inside_straight_ones():
    text = '"The levy, which farmers call \u201ca raid\u201d, stays."'
    outer, inner = scan(text).quotations
    assert (outer.depth, outer.parts[0].text) == (0, text)
    assert (inner.depth, inner.parts[0].text) == (1, "\u201ca raid\u201d")


def test_marks_leave_a_straight_mark_beside_a_curly_one():
    # Guard: '"“' opens one quotation twice over; nothing nests inside it.
    text = '"\u201cWe will win,\u201d she said. "They said no," he added.'
    assert all(q.depth == 0 for q in scan(text).quotations)


def test_marks_unclosed_curly_quote_before_a_straight_one():
    # Guard: with no closing curly mark ahead, the straight opener means the curly one lost
    # its closer.
    text = '\u201cWe will win. "They said no," he added.'
    first, second = scan(text).quotations
    assert not first.closed and first.depth == 0
    assert second.closed and second.depth == 0


# --- what a record shows -------------------------------------------------------------------------


def test_figures_show_an_object_with_its_participle(nlp):
    text = "The council's own figures, released in May, show ferry fares on the crossing rising by a third."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert _contents(quote) == ["ferry fares on the crossing rising by a third"]


# --- a question before the answer ----------------------------------------------------------------


def test_question_before_answer_is_not_in_the_answer(nlp):
    text = 'Asked whether anyone would be disciplined, the CEO said, "Everyone who knew will be asked what they did."'
    report = analyze(text, nlp=nlp)
    answer = next(q for q in report.quotes if q.cue is not None and q.cue.text == "said")
    assert answer.type == "direct"
    assert _contents(answer) == ['"Everyone who knew will be asked what they did."']


# --- "pointed to" ------------------------------------------------------------------------------------


def test_pointed_to_names_what_was_said_not_a_hearer(nlp):
    text = "Some blamed the referee, while others pointed to Dunmore's own wasted chances."
    report = analyze(text, nlp=nlp)
    pointed = next(q for q in report.quotes if q.cue is not None and q.cue.text == "pointed to")
    assert _contents(pointed) == ["Dunmore's own wasted chances"]
    assert pointed.recipient is None


def test_rejected_with_a_noun_object_is_kept(nlp):
    # Guard: "rejected the accusation" is annotated as a statement in PolNeAR; it stays.
    text = "Professor Ines Varga rejected the accusation of bias."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert _contents(quote) == ["the accusation of bias"]

