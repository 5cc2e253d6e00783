"""Review mends for speakers (round 16b): a "he" or "she" after an unnamed subject new in a
role whose verb acted on the named person, a body named at the very start of the text, the
role subject's description built from the parse, and one label shared by frames and the
registry. End to end with the real model. The sentences are written by the quotecheck
authors."""

from __future__ import annotations

from quotecheck import lexicon
from quotecheck.extract import frames, speakers
from quotecheck.extract.frames import _Converter, entity_mentions
from quotecheck.pipeline import analyze

from .reports import quote_with as _by_content


# --- A "him" or "her" acted on keeps the named person in focus -------------------------------


def test_he_after_role_subject_who_handcuffed_him_is_the_named_man(nlp):
    text = (
        "Daniel Ashworth was detained at the airport on Monday. A customs officer searched him"
        " in a side room. He said he had done nothing wrong."
    )
    quote = _by_content(analyze(text, nlp=nlp), "nothing wrong")
    assert quote.speaker_name == "Daniel Ashworth"
    assert not [f for f in analyze(text, nlp=nlp).findings if f.rule == "QC203"]


def test_she_after_role_subject_who_helped_her_is_the_named_woman(nlp):
    text = (
        "Greta Holmqvist, 61, was pulled from the flooded cellar. A firefighter carried her to"
        " the ambulance. She said the water had risen within minutes."
    )
    quote = _by_content(analyze(text, nlp=nlp), "water had risen")
    assert quote.speaker_name == "Greta Holmqvist"


def test_he_after_role_subject_who_spoke_to_him_is_the_named_man(nlp):
    text = (
        "Daniel Ashworth was detained at the airport on Monday. A customs officer spoke to him"
        " for an hour. He said he had done nothing wrong."
    )
    quote = _by_content(analyze(text, nlp=nlp), "nothing wrong")
    assert quote.speaker_name == "Daniel Ashworth"


def test_guard_she_after_role_subject_who_searched_him_is_not_the_named_man(nlp):
    # Guard: "him" keeps only a man in focus; the "she" that follows is the new officer.
    text = (
        "Daniel Ashworth was detained at the airport on Monday. A customs officer searched him"
        " in a side room. She said the bag had been packed by someone else."
    )
    quote = _by_content(analyze(text, nlp=nlp), "bag had been packed")
    assert quote.speaker_name != "Daniel Ashworth"
    assert "officer" in quote.speaker_descriptions


def test_guard_he_after_second_role_subject_with_own_possessive_is_that_one(nlp):
    # Guard: "his" inside the subject's own clause is about the subject, no one else.
    text = (
        "Councillor Rhodri Vance opened the depot on Sunday. The second mechanic, who asked not"
        " to be named because his brother works for the council, agreed. He said the brakes"
        " had been \"neglected for years\"."
    )
    quote = _by_content(analyze(text, nlp=nlp), "brakes")
    assert quote.speaker_name is None
    assert quote.speaker_kind == "anonymous"


# --- A body named at the very start of the text ---------------------------------------------


def test_bare_noun_ending_body_named_at_offset_zero_is_that_body(nlp):
    text = "Westmoor Rowing Trust will sell its boathouse in June. The trust said the rent had doubled."
    quote = _by_content(analyze(text, nlp=nlp), "rent had doubled")
    assert quote.speaker_name == "Westmoor Rowing Trust"
    assert quote.speaker_kind == "organization"


# --- The role subject's description comes from the parse ------------------------------------


def test_role_subject_mention_carries_its_anonymity_clause(nlp):
    doc = nlp(
        "The third inspector, who asked not to be named because she still works for the agency,"
        " agreed."
    )
    found = [m for m in entity_mentions(doc, _Converter(doc.text, 0)) if m.label == frames.ROLE_SUBJECT]
    assert [m.head_word for m in found] == ["inspector"]
    assert found[0].descriptions == ("who asked not to be named because she still works for the agency",)


def test_role_subject_mention_records_the_object_pronoun_in_focus(nlp):
    doc = nlp("A customs officer searched him in a side room.")
    found = [m for m in entity_mentions(doc, _Converter(doc.text, 0)) if m.label == frames.ROLE_SUBJECT]
    assert [m.others_in_focus for m in found] == [("male",)]


# --- One label and one word list -------------------------------------------------------------


def test_role_subject_label_is_one_constant_shared_by_frames_and_the_pipeline():
    from quotecheck import pipeline

    assert getattr(frames, "ROLE_SUBJECT", None) is pipeline.ROLE_SUBJECT
    assert getattr(frames, "NEW_HOLDER", None) is pipeline.NEW_HOLDER
    assert not hasattr(speakers, "ROLE_SUBJECT")  # defined once, where the mentions are made


def test_guard_new_one_modifiers_hold_the_indefinite_articles():
    # Guard: "a"/"an" come from INDEFINITE_ARTICLES.
    assert lexicon.INDEFINITE_ARTICLES <= lexicon.NEW_ONE_MODIFIERS
