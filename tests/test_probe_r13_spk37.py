"""Speakers and their kinds, found on the round 13 probe p37: a lone member of a group described
by a role ("One, a nurse ..."), lawyers for a named body, a transcript turn's first words, a
regulator named by its office, a statement someone issued. End to end with the real model. The
sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- "One, a nurse ...": a person, and the one a following "she" means ------------------------


def test_one_with_a_role_appositive_is_a_person_a_pronoun_stops_at(nlp):
    text = (
        'DUNMORE -- "The buses never come," said Helena Marsh, who runs the tenants\' forum.\n\n'
        "Several parents said they had stopped waiting. One, a teacher who lives in Orlen Street, "
        'told the Courier she now cycles. "It is quicker," she said, "and cheaper."'
    )
    report = analyze(text, nlp=nlp)
    member = next(q for q in report.quotes if q.speaker is not None and q.speaker.text.startswith("One"))
    assert member.speaker_kind == "person"
    last = report.quotes[-1]
    assert last.speaker is not None and last.speaker.text == "she"
    assert last.speaker_name is None
    assert last.speaker_kind == "person"


def test_another_with_a_role_appositive_is_no_one_named_another(nlp):
    text = "Two residents spoke at the meeting. Another, a retired teacher, said she was leaving the town."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name is None
    assert quote.speaker_kind == "person"
    assert all(e.name != "Another" for e in report.entities)


# --- "Lawyers for <named body>": the body's voice, not a vague source --------------------------


def test_lawyers_for_a_named_body_are_no_vague_source(nlp):
    text = "Lawyers for the Kelmont Harbour Authority said in a filing that the works had met every permit."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"
    assert "QC201" not in _rules(report, quote.id)


def test_guard_lawyers_alone_stay_vague(nlp):
    # Guard: nobody names whose lawyers these are.
    text = "Lawyers said in a filing that the works had met every permit."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert "QC201" in _rules(report, quote.id)


# --- a transcript turn's first words describe nobody ------------------------------------------


def test_transcript_answer_opening_is_no_description_of_the_label(nlp):
    text = (
        "Transport Secretary Maren Holloway spoke to host Dev Okafor on Friday.\n\n"
        "OKAFOR: Secretary, will the line reopen?\n"
        "HOLLOWAY: I hope so, and soon.\n"
        "OKAFOR: Will any stations close?\n"
        "HOLLOWAY: None at all, unless the council asks."
    )
    report = analyze(text, nlp=nlp)
    descriptions = {d for e in report.entities for d in e.descriptions}
    assert "None at all" not in descriptions
    assert "Secretary" not in {d for e in report.entities if e.name.endswith("Okafor") for d in e.descriptions}


# --- "the regulator": the one body named as an office, authority or commission ----------------


def test_the_regulator_is_the_office_named_before(nlp):
    text = (
        "The Office of Water Standards announced a fine for Brenlow Water on Monday. "
        "The money will go to customers, the regulator said."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "the regulator")
    assert quote.speaker_name == "Office of Water Standards"


def test_a_countrys_regulator_in_the_lead_is_the_body_named_next(nlp):
    text = (
        "Ireland's water regulator on Monday fined Brenlow Water, saying the company had let "
        "its customers down.\n\n"
        "The Kelmont Water Commission said the fine would be paid to households."
    )
    report = analyze(text, nlp=nlp)
    lead = report.quotes[0]
    assert lead.speaker is not None and lead.speaker.text.startswith("Ireland's")
    assert lead.speaker_name == "Kelmont Water Commission"


# --- "X issued a statement. "...," the statement said": X's words --------------------------------


def test_the_statement_a_named_person_issued_is_theirs(nlp):
    text = (
        "The farmer who brought the case, Orla Brennock, 58, issued a statement through her lawyers. "
        '"We only wanted someone to listen," the statement said.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Orla Brennock"
    assert quote.speaker_kind == "person"


def test_the_statement_a_named_body_released_is_its(nlp):
    text = (
        "The Kelmont Harbour Trust has released a short statement. "
        '"Every beam on the pier has been checked," the statement said.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Kelmont Harbour Trust"
    assert quote.speaker_kind == "organization"


# --- a given name the recognizer left out of a person's name ----------------------------------


def test_given_name_left_out_by_the_recognizer_is_part_of_the_name(nlp):
    # The parse as the small model gives it for "host Piers Albescu": only the surname is PERSON.
    from spacy.tokens import Doc

    from quotecheck.extract.frames import _name_tokens

    words = ["She", "spoke", "to", "host", "Tamsin", "Orrelby", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        tags=["PRP", "VBD", "IN", "NN", "NNP", "NNP", "."],
        heads=[1, 1, 1, 2, 5, 3, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "compound", "appos", "punct"],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "O"],
    )
    assert [t.text for t in _name_tokens(doc[5])] == ["Tamsin", "Orrelby"]
    # Guard: a title before the surname stays out of the name.
    titled = Doc(
        nlp.vocab,
        words=["She", "spoke", "to", "the", "Minister", "Orrelby", "."],
        tags=["PRP", "VBD", "IN", "DT", "NNP", "NNP", "."],
        heads=[1, 1, 1, 5, 5, 2, 1],
        deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "O"],
    )
    assert [t.text for t in _name_tokens(titled[5])] == ["Orrelby"]
