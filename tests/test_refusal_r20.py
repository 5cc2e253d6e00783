"""A refusal inside a statement: "Police said the driver refused to say where he had been" is
the police's statement, not words of the driver's passed on by them; "would decline to comment
further" after a statement is the speaker's own refusal, as "declined to comment further" is.
Sentences written by the quotecheck authors (round 20)."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _quotes(nlp, text):
    return [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, [c.text for c in q.content]) for q in analyze(text, nlp=nlp).quotes]


def test_a_refusal_to_say_inside_a_statement_keeps_the_statement(nlp):
    assert _quotes(nlp, "Police said the driver refused to say where he had been.") == [
        ("said", "Police", ["the driver refused to say where he had been"])
    ]


def test_a_refusal_to_say_after_a_statement_leaves_it_to_its_speaker(nlp):
    (said, *_) = _quotes(nlp, "Leon said the plan was sound but refused to say who wrote it.")
    assert said[:2] == ("said", "Leon") and said[2][0].startswith("the plan was sound")


def test_a_refusal_after_a_modal_is_the_speakers_own(nlp):
    text = "A spokeswoman said the firm was studying the findings and would decline to comment further."
    assert _quotes(nlp, text) == [
        ("said", "A spokeswoman", ["the firm was studying the findings"]),
        ("would decline", "A spokeswoman", ["to comment further"]),
    ]
    # Guard: the plain past form was the speaker's refusal already.
    past = "A spokeswoman said the firm was studying the findings and declined to comment further."
    assert [q[1] for q in _quotes(nlp, past)] == ["A spokeswoman", "A spokeswoman"]
