"""Gaps from QA probe p41 (a religious statement, a theatre review, an opinion piece): clergy
titles and a see's title beside the name, a statement noun in a relative clause whose object
is the quoted phrase, a quoted title after "title,", a document's words after "ends with ...:",
the writer's own "I could not say", a memo that "does not mention", and a cue in a relative
clause whose content ran into the main verb. End to end with the real model;
the sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- Clergy titles: "The Bishop of X, the Rt. Rev. Name", "Cardinal Name", "the archbishop" ---


def test_see_title_beside_name_is_the_persons(nlp):
    text = (
        "The Archbishop of Tarnow, the Most Rev. Anselm Kreuter, said on Sunday that the shelters "
        "would stay open.\n\nThe archbishop said volunteers were still needed."
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Anselm Kreuter", "Anselm Kreuter"]
    assert report.quotes[0].speaker_kind == "person"
    assert report.quotes[0].speaker_descriptions == ("The Archbishop of Tarnow",)


@pytest.mark.parametrize(
    "title, role",
    [("Cardinal", "cardinal"), ("Archbishop", "archbishop"), ("Vicar", "vicar")],
    ids=["cardinal", "archbishop", "vicar"],
)
def test_clergy_role_finds_the_named_cleric(nlp, title, role):
    report = analyze(f"{title} Marek Olszak said the parish would help. The {role} said food was ready.", nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Marek Olszak", "Marek Olszak"]


def test_mayor_of_place_beside_name(nlp):
    # Guard: a civil title of a place works as before.
    report = analyze("The Mayor of Dunmere, Clara Voss, said the bridge would reopen. The mayor said it was safe.", nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Clara Voss", "Clara Voss"]


# --- "the motto, which he first used in a sermon": no words of his in the clause -----------------


def test_relative_clause_on_quoted_phrase_is_no_statement(nlp):
    text = (
        'A volunteer, who asked not to be named, said the hall was cold. "We manage," she said.\n\n'
        'The bishop is known for the phrase "bread before sermons," which he first used in a speech in 2011.'
    )
    report = analyze(text, nlp=nlp)
    assert all("2011" not in q.text for q in report.quotes)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == "used"]
    assert not [q for q in report.quotes if q.speaker is not None and q.speaker.text == "he"]


# --- 'The study's title, "...,"': a title, not the last speaker's words -------------------------


def test_quoted_title_after_title_noun_is_a_name(nlp):
    text = (
        'Dr Paula Renn said the findings were "a surprise to everyone."\n\n'
        'The study\'s title, "Why tired bees get lost on the way back to their hive," was chosen by students.'
    )
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    assert any(t.kind == "name" and "tired bees" in t.span.text for t in report.terms)


# --- 'The letter ends with a line from Isaiah: "..."': the letter's words ----------------------


@pytest.mark.parametrize(
    "intro",
    ["The letter ends with a line from Isaiah:", "The report, published on Monday, opens with a warning:"],
    ids=["ends-with", "opens-with-aside"],
)
def test_document_part_before_colon_speaks(nlp, intro):
    report = analyze(f'{intro} "Nothing here is settled."', nlp=nlp)
    assert len(report.quotes) == 1
    q = report.quotes[0]
    assert q.speaker is not None and q.speaker_kind == "document"
    assert "QC202" not in _rules(report, q.id)


def test_event_ending_with_chant_is_not_a_document(nlp):
    # Guard: only a document's text speaks by how it ends.
    report = analyze('The rally ended with a chant: "Not one more!"', nlp=nlp)
    assert all(q.speaker_kind != "document" for q in report.quotes)


# --- Not refusals: the writer's "I could not say", a memo that "does not mention" ----------------


@pytest.mark.parametrize(
    "text",
    [
        "The crowd wept at the end. Whether it was the music or the rain, I could not say.",
        "I cannot say my own use of the app has been heavy.",
    ],
    ids=["whether", "hedge"],
)
def test_writers_could_not_say_is_no_refusal(nlp, text):
    # PolNeAR annotates the writer's "I can't say ..." as attributed: kept, as the writer's
    # hedged statement, never as a refusal to comment.
    report = analyze(text, nlp=nlp)
    assert [q.act for q in report.quotes] == ["statement"]


def test_document_not_mentioning_is_no_refusal(nlp):
    report = analyze("The audit, dated May 2, does not mention the second warehouse.", nlp=nlp)
    assert report.quotes == ()


def test_speaker_who_would_not_say_still_refuses(nlp):
    # Guard: a reported "would not say" stays a refusal.
    report = analyze("The minister would not say whether the plant would close.", nlp=nlp)
    assert [q.act for q in report.quotes] == ["refusal"]


# --- "The scene, in which X says "...", drew ...": the content ends with the relative clause -----


def test_cue_in_relative_clause_stops_before_main_verb(nlp):
    text = 'The last scene, in which Nora says "Farewell, dear friend" to the river, drew tears from the audience.'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    assert "tears" not in report.quotes[0].text
    assert report.quotes[0].text.startswith('"Farewell, dear friend"')


def test_relative_clause_with_own_clause_keeps_it(nlp):
    # Guard: a well-parsed relative clause keeps its content.
    report = analyze("The report, in which the auditor says the accounts were sound, was published on Monday.", nlp=nlp)
    assert [q.text for q in report.quotes] == ["the accounts were sound"]
