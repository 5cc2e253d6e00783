"""Review r19b of round 19's stance and judging rules: a verb of taking a side used of a motion
("backed the car into the gate"), people named by a plural role noun or a pronoun after "of"
("many deputies", "one of them"), and an equative "as ... as" after a judging verb's object.
Sentences written by the reviewer; end to end with the real model, except the equative, whose
misparse is built by hand."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import _has_as
from quotecheck.pipeline import analyze

from .docs import make_doc
from .reports import content_texts


@pytest.mark.parametrize(
    "text",
    ["She backed her car into the gate.", "Nurses supported the injured man down the steps."],
    ids=["backed-into", "supported-down"],
)
def test_motion_is_no_stance(nlp, text):
    """"backed the car into the gate": a direction makes the verb one of moving something."""
    assert analyze(text, nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Many deputies support the bill.", "support", "Many deputies", "the bill"),
        ("One of them backs the plan.", "backs", "One of them", "the plan"),
        ("Voters backed the plan out of fear.", "backed", "Voters", "the plan"),
    ],
    ids=["plural-role-noun", "one-of-them", "out-of-fear"],
)
def test_people_stance_found(nlp, text, cue, speaker, content):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def _saw_as(second_as: bool):
    """ "Traders saw the shares as high[ as ever]." with "as high" hung on the verb as advcl,
    the first "as" read as the adjective's adverb (the parse of "regard the tax as harmless")."""
    rows = [
        ("Traders", "NNS", "nsubj", 1, "O"),
        ("saw", "VBD", "ROOT", 1, "O"),
        ("the", "DT", "det", 3, "O"),
        ("shares", "NNS", "dobj", 1, "O"),
        ("as", "RB", "advmod", 5, "O"),
        ("high", "JJ", "advcl", 1, "O"),
    ]
    if second_as:
        rows += [("as", "IN", "prep", 5, "O"), ("ever", "RB", "pcomp", 6, "O")]
    rows.append((".", ".", "punct", 1, "O"))
    return make_doc(rows)


def test_equative_as_is_no_judgment():
    """"saw the shares as high as ever" compares; only "saw the shares as high" judges."""
    assert not _has_as(_saw_as(second_as=True)[1])
    assert _has_as(_saw_as(second_as=False)[1])
