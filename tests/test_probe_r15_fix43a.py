"""QA probe p43, round 15: a source cited between the cue and its clause, the speaker a
quoting writer quotes, a that-clause on a participle of the medium ("said in a statement
posted online that ..."), a reduced relative inside what was said, and a participle cue that
signs no quotation before it. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue, rules as _rules


# --- F1: "X reported, citing Y, that ...": Y is the source, never the content ---------------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        (
            "The Tarnby Gazette reported, citing a site supervisor, that three workers had been hurt.",
            "a site supervisor",
            "Tarnby Gazette",
        ),
        (
            "The Orrin Valley Courier reported, citing a school administrator, that two pupils had also"
            " been sent home.",
            "a school administrator",
            "Orrin Valley Courier",
        ),
        (
            "The Orrin Valley Courier, citing a school administrator, reported that two pupils had been"
            " sent home.",
            "a school administrator",
            "Orrin Valley Courier",
        ),
    ],
    ids=["supervisor-on-cue", "administrator-on-clause", "set-off-after-subject"],
)
def test_cited_person_between_cue_and_clause_is_source(nlp, text, source, outlet):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == source
    assert [h.name for h in quote.via] == [outlet]
    assert quote.content[0].text.startswith("that")
    assert "QC101" in _rules(report, quote.id)


def test_cited_reason_is_no_source(nlp):
    # Guard: a reason cited by the speaker is no one the words came from.
    report = analyze("The company said, citing safety concerns, that it would close the plant.", nlp=nlp)
    assert report.quotes
    assert all(q.speaker is not None and q.speaker.text == "The company" for q in report.quotes)


# --- F2: "she quotes X telling her": X speaks, whether or not the name is known ----------------


@pytest.mark.parametrize(
    ("text", "name", "writer"),
    [
        (
            "Mara Quill remembers the late poet Tobias Farrow. In one chapter she quotes Farrow telling"
            ' her, "Write as if nobody is watching."',
            "Tobias Farrow",
            "Mara Quill",
        ),
        (
            "Owen Tarrant writes about his mentor, Bola Adeyemi. In one chapter he quotes Adeyemi telling"
            ' him, "Never sell the orchard."',
            "Bola Adeyemi",
            "Owen Tarrant",
        ),
    ],
    ids=["participle-as-adverbial", "participle-as-complement"],
)
def test_object_of_quotes_is_speaker(nlp, text, name, writer):
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "telling")
    assert quote.speaker_name == name
    assert [h.name for h in quote.via] == [writer]
    assert "QC101" in _rules(report, quote.id)


# --- F3: "said in a <medium> posted/shared ... that ..." ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The harbour master said in a notice posted online that the slipway would close in June.",
            "The harbour master",
            "that the slipway would close in June",
        ),
        # Guard: here the parser hangs the clause on the cue itself (passes on the old code too).
        (
            "Ines Calloway said in a statement posted to the gallery's website that the painting was genuine.",
            "Ines Calloway",
            "that the painting was genuine",
        ),
        (
            "The league said in a message shared online that the final would be replayed.",
            "The league",
            "that the final would be replayed",
        ),
    ],
    ids=["notice-posted", "statement-posted-to", "message-shared"],
)
def test_clause_on_participle_of_medium_is_cues(nlp, text, speaker, content):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == "said"
    assert [c.text for c in quote.content] == [content]


# --- F4: a reduced relative inside what was said keeps the outer statement -------------------------


def test_outer_statement_stays_beside_videos_claiming(nlp):
    text = (
        "Dr. Ana Kell, a pediatrician, said she had seen nine cases. She added that many families had"
        ' been misled by posts claiming the shot caused "brain fog."'
    )
    report = analyze(text, nlp=nlp)
    (added,) = _by_cue(report, "added")
    assert added.speaker_name == "Ana Kell"
    assert added.content[0].text.startswith("that many families had been misled")
    assert not _by_cue(report, "claiming")  # posts hold no claim a reader can check


def test_outer_and_inner_stand_when_people_claim(nlp):
    text = "The nurse said that several parents had been swayed by neighbours claiming the vaccine was unsafe."
    report = analyze(text, nlp=nlp)
    (said,) = _by_cue(report, "said")
    assert said.speaker is not None and said.speaker.text == "The nurse"
    (claim,) = _by_cue(report, "claiming")
    assert claim.speaker is not None and claim.speaker.text == "neighbours"
    assert [h.name for h in claim.via] == ["nurse"]


# --- F9: '... showed "X," adding: "Y."': the participle signs only what follows ----------------------


def test_adding_signs_only_the_quotation_after(nlp):
    text = (
        "Not everyone agreed. The chef wrote that the loaf looked \"completely ordinary,\" adding:"
        ' "Nothing here is fake."'
    )
    report = analyze(text, nlp=nlp)
    (wrote,) = _by_cue(report, "wrote")
    assert wrote.type == "mixed"
    assert wrote.content[0].text.startswith("that the loaf looked")
    (adding,) = _by_cue(report, "adding")
    assert adding.type == "direct"
    assert [c.text for c in adding.content] == ['"Nothing here is fake."']


def test_said_then_adding_keeps_both(nlp):
    # Guard: a cue with a subject after the first quotation still signs it.
    report = analyze('"We will appeal," Smith said, adding: "This is not over."', nlp=nlp)
    assert [(q.cue.text, q.type) for q in report.quotes] == [("said", "direct"), ("adding", "direct")]
