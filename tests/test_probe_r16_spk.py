"""Who a pronoun or an appositive name means, from the round 16 probes: a "he" after an
unnamed subject new in a role, a named man met again (through a shared surname or a surname
the tagger misread) after an anonymous source, a given name that is also a word, and a "she"
after a judge whose first name no list knows. End to end with the real model. The sentences
are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_with as _by_cue_text


# --- A "he" after an unnamed subject new in a role -------------------------------------------


def test_he_after_unnamed_second_engineer_is_that_engineer(nlp):
    text = (
        "Councillor Hamish Tulloch posted the clip on Sunday. Dr Ilse Varga said the box was a"
        " fuse. The second electrician, who asked not to be named because his employer supplies"
        " councils, agreed. He said the wiring could carry \"far more than a kettle\"."
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "wiring")
    assert quote.speaker_name is None
    assert quote.speaker_kind == "anonymous"
    assert "electrician" in quote.speaker_descriptions


def test_anonymity_reason_of_unnamed_subject_reaches_the_finding(nlp):
    text = (
        "The second electrician, who asked not to be named because his employer supplies"
        " councils, agreed. He said the wiring could carry \"far more than a kettle\"."
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC201"]
    assert any("because his employer supplies councils" in m for m in messages)


def test_he_after_indefinite_role_subject_is_not_earlier_named_man(nlp):
    text = (
        "Councillor Hamish Tulloch posted the clip on Sunday. A second electrician inspected the"
        " box. He said the wiring could carry \"far more than a kettle\"."
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "wiring")
    assert quote.speaker_name != "Hamish Tulloch"
    assert "electrician" in quote.speaker_descriptions


def test_guard_he_after_definite_role_subject_stays_with_named_man(nlp):
    # Guard: "The electrician" may be someone met before; no one new comes in.
    text = (
        "Hamish Tulloch, an electrician, inspected the box on Sunday. The electrician then"
        " left. He said the wiring could carry \"far more than a kettle\"."
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "wiring")
    assert quote.speaker_name == "Hamish Tulloch"


# --- A named man met again after an anonymous source ----------------------------------------


def test_he_after_anonymous_source_speaking_of_named_man_is_him(nlp):
    text = (
        "Ruben Mendes, the sculptor, died on Friday. A former dealer, who asked not to be named,"
        " said Mendes could be \"prickly\" with collectors.\n\n"
        "Asked about it in 2012, he said only that he \"carved for the river, not the court.\""
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "carved")
    assert quote.speaker_name == "Ruben Mendes"
    assert quote.speaker_kind == "person"


def test_he_after_anonymous_source_is_named_man_sharing_daughters_surname(nlp):
    text = (
        "Anton Kessel, the choirmaster, has died at 81. His daughter, Greta Kessel, said he died"
        " at home. A former trustee, who asked not to be named, said Kessel could be \"fierce\""
        " with singers.\n\n"
        "According to the Kessel Trust, Kessel led more than 900 concerts. Asked about his"
        " temper in 2011, he said only that he \"loved the music more than the musicians.\""
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "loved the music")
    assert quote.speaker_name == "Anton Kessel"


# --- A given name that is also a word -------------------------------------------------------


def test_given_name_read_as_preposition_in_role_appositive(nlp):
    text = "The board chairman, Per Halvorsen, said that the board would meet on Thursday."
    quote = analyze(text, nlp=nlp).quotes[0]
    assert quote.speaker_name == "Per Halvorsen"
    assert quote.speaker_kind == "person"


def test_no_never_named_finding_for_given_name_read_as_preposition(nlp):
    text = "The board chairman, Per Halvorsen, said that the board would meet on Thursday."
    report = analyze(text, nlp=nlp)
    assert not [f for f in report.findings if f.rule == "QC203"]


# --- A "she" after "the judge told him" -----------------------------------------------------


def test_she_after_judge_told_him_is_the_judge_of_unlisted_first_name(nlp):
    text = (
        "Judge Ysolde Farquharson jailed Calum Reid for five years. \"You deceived your own"
        " family,\" the judge told him.\n\n"
        "She said his remorse had come \"far too late.\""
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "remorse")
    assert quote.speaker_name == "Ysolde Farquharson"


# --- "The trust said" after the body's full name ---------------------------------------------


def test_the_trust_is_the_trust_named_before(nlp):
    text = (
        "According to the Kelso Heritage Trust, the mill dates from 1820. The trust said its"
        " volunteers would reopen the mill in June."
    )
    quote = _by_cue_text(analyze(text, nlp=nlp), "volunteers")
    assert quote.speaker_name == "Kelso Heritage Trust"
    assert quote.speaker_kind == "organization"


def test_guard_the_board_is_still_the_board_named_before(nlp):
    # Guard: a noun the word lists already call a body's resolves as before.
    text = "Ministers met the Dunmore Fisheries Board on Monday. The board said quotas would fall."
    quote = analyze(text, nlp=nlp).quotes[0]
    assert quote.speaker_name == "Dunmore Fisheries Board"
