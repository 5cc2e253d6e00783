"""Speakers and kinds from QA probes p52 and p53 (round 17): a body's name closing a person's
appositive after an inverted "said", a trailing "it said" after words whose subject is a body,
a participle after a closing cue, roles and pronouns after titled names ("Dame", "Professor",
"the vice-chancellor"), "the museum" after "the Museum of ...", and anonymous sources brought
in by "a former" or "one". End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_with as _quote


def test_body_closing_appositive_after_inverted_said_is_no_speaker(nlp):
    text = (
        "\"The watchdog never bites,\" said Amara Nwosu, head of the campaign group Fair Play Now."
    )
    quote = _quote(analyze(text, nlp=nlp), "watchdog")
    assert quote.speaker_name == "Amara Nwosu"
    assert "Fair Play Now" in quote.speaker_descriptions[0]
    assert quote.speaker_kind == "person"


def test_it_said_means_the_body_opening_its_own_words(nlp):
    text = (
        "The Harbour Alliance, a charity, said it was \"deeply worried\". The union will hold a"
        " ballot next month, it said."
    )
    quote = _quote(analyze(text, nlp=nlp), "ballot")
    assert quote.speaker_name != "Harbour Alliance"
    assert quote.speaker_kind == "organization"


def test_adding_after_closing_cue_is_not_the_we_inside_the_quote(nlp):
    text = (
        "The Harbour Trust said it accepted the criticism. \"We recognise that conditions at Marlow"
        " fall well below the standard we expect,\" a spokesperson said, adding that 30 new wardens"
        " would start in the summer."
    )
    quote = _quote(analyze(text, nlp=nlp), "wardens")
    assert quote.speaker.text == "a spokesperson"


def test_vice_chancellor_after_professor_name(nlp):
    text = (
        "The vice-chancellor, Professor Tomas Ferreira, addressed the senate on Monday. \"We will"
        " not close the library,\" the vice-chancellor said."
    )
    quote = _quote(analyze(text, nlp=nlp), "library")
    assert quote.speaker_name == "Tomas Ferreira"


def test_she_after_dame_with_unlisted_given_name(nlp):
    text = (
        "Giving evidence, Rupert Haile said the bank had repaid every saver. The panel's chair,"
        " Dame Ysolde Carrow, was not persuaded. \"You were warned in June,\" she told him."
    )
    quote = _quote(analyze(text, nlp=nlp), "June")
    assert quote.speaker_name == "Ysolde Carrow"


def test_hyphened_role_before_name_makes_a_person(nlp):
    text = (
        "The musician-songwriter Cassia Morland has sued her label, claiming it kept the fees."
        " Hours later she posted: \"Funny how a chorus buys a yacht.\""
    )
    report = analyze(text, nlp=nlp)
    assert _quote(report, "fees").speaker_kind == "person"
    assert _quote(report, "chorus").speaker_name == "Cassia Morland"


def test_the_museum_means_the_museum_of(nlp):
    text = (
        "The Museum of Maritime Trade opened a new gallery on Monday. In a statement, the museum"
        " said the bell dated from 1720."
    )
    quote = _quote(analyze(text, nlp=nlp), "bell")
    assert quote.speaker_name == "Museum of Maritime Trade"


def test_former_adviser_of_an_unnamed_body_is_anonymous(nlp):
    text = "According to a former treasury adviser, the budget was never balanced."
    report = analyze(text, nlp=nlp)
    assert _quote(report, "budget").speaker_kind == "anonymous"
    assert not any(f.rule == "QC203" for f in report.findings)


def test_former_holder_by_occupation_or_at_a_named_body_stays_a_person(nlp):
    # Guard: an unnamed person by occupation, and one a named body vouches for.
    text = "A former teacher said the school was cold.\n\nA former minister at Halvorsen Bank said rates would rise.\n"
    report = analyze(text, nlp=nlp)
    assert [q.speaker_kind for q in report.quotes] == ["person", "person"]
