"""Speakers from the round 17 probes (p49-p51): a surname read as an interjection before its
cue, a name set beside the subject after an inner noun, a street read as a person, a name
inside a question's words, and "the company" of a sentence about a company. End to end with
the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _speakers(report):
    return [(q.speaker.text if q.speaker else None, q.speaker_name) for q in report.quotes]


def test_opening_surname_read_as_interjection_is_the_named_person(nlp):
    # The tagger reads this surname, opening a sentence before "told", as an interjection.
    text = (
        "Britt Olsund, who leads the rail safety agency, spoke on Monday.\n\n"
        "Olsund told the inquiry at a hearing in Varby that the signal had failed. She said a full"
        " report would follow."
    )
    names = [name for _, name in _speakers(analyze(text, nlp=nlp))]
    assert names == ["Britt Olsund", "Britt Olsund"]


def test_person_set_beside_subject_wins_over_role_whatever_follows(nlp):
    text = (
        "Premier Ada Vrell, the conference's host, said the talks had gone well. The conference's"
        " head of the finance working group, Lars Tvedt, a former budget minister, said in a"
        " statement that the deal was fair."
    )
    assert [name for _, name in _speakers(analyze(text, nlp=nlp))] == ["Ada Vrell", "Lars Tvedt"]


# Guard: a body's name set beside the subject after a participle's object.
def test_guard_body_set_beside_subject_after_participle_object(nlp):
    text = (
        "The camp is crowded, according to the UN refugee agency. The militia controlling the"
        " road, the Veskar Liberation Front, said that it had let the convoy through."
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Veskar Liberation Front"


def test_street_read_as_person_is_a_place(nlp):
    from quotecheck.extract.frames import _relabel_street_read_as_person

    text = "The baker sells bread on Kiln Lane near Asa Berg."
    doc = nlp(text)
    spans = [doc.char_span(text.index(n), text.index(n) + len(n), label="PERSON") for n in ("Kiln Lane", "Asa Berg")]
    doc.ents = spans
    _relabel_street_read_as_person(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kiln Lane", "FAC"), ("Asa Berg", "PERSON")]


def test_name_inside_question_is_not_the_next_he(nlp):
    text = (
        "The manager, Ivo Brandt, met the press on Sunday. A journalist asked whether Kessler wanted"
        ' to stay. The manager laughed. "Ask the board," he said.'
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Ivo Brandt"


def test_the_company_is_the_sentence_subject_not_the_exchange(nlp):
    text = (
        "Halvard Mills raised 200 million crowns in its listing on the Osterby Exchange on Monday,"
        " according to a statement from the company."
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name == "Halvard Mills"


# Guard: a person's name closing the phrase of a role keeps working.
def test_guard_name_closing_role_phrase(nlp):
    text = "The head of the port authority, Marta Olin, said fees would rise."
    assert analyze(text, nlp=nlp).quotes[0].speaker_name == "Marta Olin"
