"""Things listed as speech that a fact-checker would not call anyone's statement, found on the
round 12 probes (p28-p30), end to end with the real model. The sentences are written by the
quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _contents(report):
    return [" ".join(c.text for c in q.content) for q in report.quotes]


def test_passive_subject_of_an_interview_is_not_the_speaker(nlp):
    # The senator was asked; the question is the host's, not a statement of hers.
    text = "In a radio interview on Monday, Councillor Petra Vance was pressed twice on whether she would stand again."
    assert analyze(text, nlp=nlp).quotes == ()


def test_guard_active_subject_of_an_interview_still_speaks(nlp):
    # Guard: "In an interview, X doubled down on ..." is X's statement.
    report = analyze("In a radio interview on Monday, Councillor Petra Vance doubled down on her pledge.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Petra Vance"


def test_saying_in_a_condition_is_not_a_statement(nlp):
    # "if I said X" supposes the words; here it even says the opposite of what she holds.
    text = "Tomasz Wenger chairs the ferry board. He would be misleading people if he said the route was profitable."
    contents = _contents(analyze(text, nlp=nlp))
    assert not any("profitable" in c for c in contents)


def test_guard_condition_inside_what_was_said_stays(nlp):
    # Guard: a condition inside the content is part of what was said.
    report = analyze("Tomasz Wenger said that if the fares rise, the route would close.", nlp=nlp)
    (quote,) = report.quotes
    assert "the route would close" in quote.content[0].text


_INTERVIEW = """Orla Brennick runs the Saltmarsh food bank.

Q: Has the council helped?

A: A little. I hope the council listens more. I want them to know that the shelves are empty. I told them we had no money left."""


def test_wish_in_an_answer_is_part_of_the_answer(nlp):
    # "I hope", "I want" in her turn are her answer, quoted whole already; "I told them ..."
    # reports words she said to the council, and stays.
    report = analyze(_INTERVIEW, nlp=nlp)
    contents = _contents(report)
    assert "the council listens more" not in contents
    assert not any(c.startswith("them to know") or c.startswith("that the shelves") for c in contents)
    assert "we had no money left" in contents


_COLUMN = """By Imogen Tarrant, columnist

I have cycled this road for nine years, and I can tell you that the potholes were there before the works. I hope the council fills them. Last spring I wrote that the works would overrun."""


def test_bylined_writers_own_view_is_no_quote(nlp):
    # The columnist's "I can tell you" and "I hope" are the article's own claims; what she
    # wrote last spring reports her earlier words, and stays.
    report = analyze(_COLUMN, nlp=nlp)
    contents = _contents(report)
    assert not any("potholes" in c for c in contents)
    assert "the council fills them" not in contents
    assert any("the works would overrun" in c for c in contents)


def test_common_knowledge_and_foretold_naming_are_no_quotes(nlp):
    # "Everyone knows" is the writer's own claim; "Some will call" foretells what people may say.
    text = 'Some will call this plan "reckless." Everyone knows that the old bridge cannot carry the lorries.'
    contents = _contents(analyze(text, nlp=nlp))
    assert not any("reckless" in c for c in contents)
    assert not any("cannot carry" in c for c in contents)


def test_guard_some_say_stays(nlp):
    # Guard: "Some say ..." reports what people say (vague, but said).
    report = analyze("Some residents say that the old bridge cannot carry the lorries.", nlp=nlp)
    assert len(report.quotes) == 1


def test_words_not_said_inherit_no_carrier(nlp):
    # Nothing was said, so nothing went through the broadcaster: no chain, no QC101.
    text = (
        "In remarks carried by Radio Vellmar, Interior Minister Jonas Aaltberg said his ministry would "
        '"act without delay." He did not say what the inspectors had found.'
    )
    report = analyze(text, nlp=nlp)
    negated = [q for q in report.quotes if q.cue is not None and "not" in q.cue.text]
    assert negated
    (quote,) = negated
    assert quote.via == ()
    assert "QC101" not in _rules(report, quote.id)
