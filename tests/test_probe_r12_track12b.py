"""Failures found on the round 12 probe articles about attribution frames: a closing "OUTLET
reported" read as the speaker of the words it carried, a cue after a long subject read as a
participle, verbs that are no speech, narration set inside a quote, and words of a quoted sign.
End to end with the real model; the sentences are written for these tests."""

from __future__ import annotations


from quotecheck.extract import frames
from quotecheck.pipeline import analyze

from .docs import make_doc
from .reports import quote_rules as _rules


def test_closing_outlet_carries_the_words_of_the_speech_cue(nlp):
    text = 'The finance minister said the German bank had "flagged the risk," the business daily Handelsblatt Weekly reported.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    assert quote.speaker_kind == "person"
    assert [hop.kind for hop in quote.via] == ["outlet"]
    assert "QC101" in _rules(report, quote)
    assert "QC102" not in _rules(report, quote)


def test_closing_outlet_without_quotation_marks(nlp):
    # Guard: without the marks the parser already reads the closing cue right.
    text = "A police spokeswoman said the two men were arrested on Friday, the Lakeside Tribune reported.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue.text == "said"
    assert [hop.name for hop in quote.via] == ["Lakeside Tribune"]


def test_wrapped_content_may_take_its_comma_and_closing_mark():
    # The parse the model gives: "reported" hangs on "said", and what was said on "reported",
    # with the comma and the closing mark inside that clause.
    rows = [
        ("The", "DT", "det", 1, "O"),
        ("minister", "NN", "nsubj", 2, "O"),
        ("said", "VBD", "ROOT", 2, "O"),
        ("the", "DT", "det", 4, "O"),
        ("bank", "NN", "nsubj", 6, "O"),
        ("had", "VBD", "aux", 6, "O"),
        ("flagged", "VBN", "ccomp", 12, "O"),
        ("risks", "NNS", "dobj", 6, "O"),
        (",", ",", "punct", 6, "O"),
        ('"', "''", "punct", 6, "O"),
        ("the", "DT", "det", 11, "O"),
        ("paper", "NN", "nsubj", 12, "O"),
        ("reported", "VBD", "ccomp", 2, "O"),
        (".", ".", "punct", 2, "O"),
    ]
    doc = make_doc(rows)
    wrapped = frames._wrapped_content(doc[12], doc[2])
    assert wrapped is not None and wrapped.text == "flagged"


def _long_subject_rows(second: str) -> list[tuple[str, str, str, int, str]]:
    """'Ana Ruiz, a chemist who studied it, called the plan "a gift."' as the model parses it:
    "called" a participle of the name, which is the root."""
    return [
        ("Ana", "NNP", "compound", 1, "B-PERSON"),
        ("Ruiz", "NNP", "ROOT", 1, "I-PERSON"),
        (",", ",", "punct", 1, "O"),
        ("a", "DT", "det", 4, "O"),
        ("chemist", "NN", "appos", 1, "O"),
        ("who", "WP", "nsubj", 6, "O"),
        ("studied", "VBD", "relcl", 4, "O"),
        ("it", "PRP", "dobj", 6, "O"),
        (",", ",", "punct", 1, "O"),
        ("called", "VBN", "acl", 1, "O"),
        ("the", "DT", "det", 11, "O"),
        ("plan", "NN", second, 9, "O"),
        ('"', "``", "punct", 14, "O"),
        ("a", "DT", "det", 14, "O"),
        ("gift", "NN", "oprd", 9, "O"),
        (".", ".", "punct", 1, "O"),
    ]


def test_cue_read_as_participle_of_a_long_subject_is_made_the_verb():
    doc = make_doc(_long_subject_rows("oprd"))
    frames._reattach_cue_read_as_participle(doc)
    called = doc[9]
    assert called.dep_ == "ROOT" and called.tag_ == "VBD"
    assert doc[1].head.i == 9 and doc[1].dep_ == "nsubj"
    assert doc[11].dep_ == "dobj" and doc[15].head.i == 9


def test_participle_with_one_complement_stays_a_participle():
    # "Arno Veld, a fisherman, called Bear": a name given, no statement.
    rows = _long_subject_rows("oprd")[:10] + [("Bear", "NNP", "oprd", 9, "O"), (".", ".", "punct", 1, "O")]
    doc = make_doc(rows)
    frames._reattach_cue_read_as_participle(doc)
    assert doc[9].dep_ == "acl" and doc[1].dep_ == "ROOT"


def test_cue_after_a_long_subject_with_a_relative_clause(nlp):
    text = (
        "Sir Roland Pike said the board had been told.\n\n"
        "Dr. Teresa del Campo, a linguist at the University of Burgos who has studied the dialects of the past "
        'century, called Moreno\'s new dictionary "the work of a lifetime."\n'
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if "lifetime" in q.text)
    assert quote.cue is not None and quote.cue.text == "called"
    assert quote.speaker_name == "Teresa del Campo"
    assert quote.resolution != "continuation"


def test_a_name_given_by_a_participle_is_no_statement(nlp):
    # Guard: "called" with one complement gives a name, with no verb to be repaired.
    text = 'Arno Veld, a fisherman, called "Bear" by his crew, sold the boat.\n'
    report = analyze(text, nlp=nlp)
    assert all(q.cue is None or q.cue.text != "called" for q in report.quotes)


def test_narration_of_the_moment_after_a_cue_is_no_content(nlp):
    text = '"Nobody asks me if I am sad," Mrs. Halloran said, as a forklift passed. "Sad? I am going fishing."\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "direct"
    assert [part.text for part in quote.content] == ['"Nobody asks me if I am sad,"', '"Sad? I am going fishing."']


def test_clause_of_the_moment_after_a_closed_quotation_is_narration():
    # '"We stay," she said, as a bus passed.' as the model may parse it: the clause a ccomp.
    rows = [
        ('"', "``", "punct", 6, "O"),
        ("We", "PRP", "nsubj", 2, "O"),
        ("stay", "VBP", "ccomp", 6, "O"),
        (",", ",", "punct", 6, "O"),
        ('"', "''", "punct", 6, "O"),
        ("she", "PRP", "nsubj", 6, "O"),
        ("said", "VBD", "ROOT", 6, "O"),
        (",", ",", "punct", 6, "O"),
        ("as", "IN", "mark", 11, "O"),
        ("a", "DT", "det", 10, "O"),
        ("bus", "NN", "nsubj", 11, "O"),
        ("passed", "VBD", "ccomp", 6, "O"),
        (".", ".", "punct", 6, "O"),
    ]
    spaces = [False, True, False, False, True, True, False, True, True, True, True, False, False]
    doc = make_doc(rows, spaces=spaces)
    assert frames._narration_after_quotation(doc[11], doc[6])


def test_clause_describing_the_note_after_a_cue_is_no_content(nlp):
    text = '"This is where we grew up," the sisters said in a short note they posted on the door.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "direct"
    assert [part.text for part in quote.content] == ['"This is where we grew up,"']


def test_words_after_a_cue_that_say_something_stay(nlp):
    # Guard: a clause after the cue that holds a cue of its own is left to the clause.
    text = '"You should resign," Alvarez told the banker, after he admitted he had not been held accountable.\n'
    report = analyze(text, nlp=nlp)
    assert any("accountable" in q.text for q in report.quotes)


def test_quoted_promise_is_not_the_hearer(nlp):
    text = 'When Greta Lund was sworn in as mayor in 2019, she promised "a town hall that answers its mail."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.recipient is None
    assert "answers its mail" in quote.text


def test_quoted_programme_told_is_still_the_hearer(nlp):
    # Guard: a quoted name after "told" is a programme that heard the words.
    text = 'She told "The Daily Show" that she would run.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.recipient is not None and quote.recipient.name == "Daily Show"


def test_words_of_a_quoted_sign_are_no_people(nlp):
    text = (
        'Tomas Ferreira opened the bakery in 1988. The shop still carries the painted sign "Panaderia Ferreira e Hijos."\n\n'
        '"People ask me if I am tired," Mr. Ferreira said. "Tired? I am going fishing."\n'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Tomas Ferreira"
    assert all("Panaderia" not in e.name and e.name != "Hijos" for e in report.entities)


def test_a_quoted_name_alone_is_still_someone(nlp):
    # Guard: a name that is the whole quotation is the name someone gave.
    text = 'A man who gave his name only as "Tomas" was waiting. "We have nowhere to go," Tomas said.\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Tomas"
