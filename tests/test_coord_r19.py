"""Two reports by one speaker joined by "and", where the parser hangs the second cue on the
first report's content: "said A, and accused B of C". End to end with the real model. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text, nlp):
    return [
        (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, " || ".join(c.text for c in q.content))
        for q in analyze(text, nlp=nlp).quotes
    ]


# --- 1. A verb of speaking about someone joined to the content ---------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The senator said the warning showed ignorance, and accused the ministry of twisting her words.",
            ("said", "The senator", "the warning showed ignorance"),
            ("accused", "The senator", "the ministry of twisting her words"),
        ),
        (
            "The union said the offer was an insult, and blamed the board for the delay.",
            ("said", "The union", "the offer was an insult"),
            ("blamed", "The union", "the board for the delay"),
        ),
        (
            "The governor stated there was a benefit to having the rival in the race and chided the media for its coverage.",
            ("stated", "The governor", "there was a benefit to having the rival in the race"),
            ("chided", "The governor", "the media for its coverage"),
        ),
        (
            "The ministry said it had reviewed the case and criticised the inspectors.",
            ("said", "The ministry", "it had reviewed the case"),
            ("criticised", "The ministry", "the inspectors"),
        ),
        (
            "He said he supported the plan and praised the council for its work.",
            ("said", "He", "he supported the plan"),
            ("praised", "He", "the council for its work"),
        ),
        (
            "He says he respects the governor and calls her “a very capable manager with a long record of public service.”",
            ("says", "He", "he respects the governor"),
            ("calls", "He", "her “a very capable manager with a long record of public service.”"),
        ),
    ],
    ids=["comma-and-accused", "comma-and-blamed", "expletive-content-chided", "body-speaks-for-itself", "own-pronoun", "quoted-label"],
)
def test_object_cue_joined_to_content_is_a_second_report(nlp, text, first, second):
    quotes = _quotes(text, nlp)
    assert first in quotes
    assert second in quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The driver attacked: a subject who can act keeps the act inside what was said.
        ("Police said the driver stopped, and attacked an officer.", "the driver stopped, and attacked an officer"),
        # No comma: "that was not her view and dismissed ..." is read as one statement.
        ("The brief said that was not her view and dismissed the reports as rumours.", "that was not her view and dismissed the reports as rumours"),
        # Quoted words in the object are the statement's, passed on.
        (
            'The publisher said it valued the author but disputed "several passages" in the memoir.',
            'it valued the author but disputed "several passages" in the memoir',
        ),
    ],
    ids=["guard-subject-who-acts", "guard-no-comma", "guard-quoted-object"],
)
def test_guard_object_verb_stays_in_content(nlp, text, content):
    quotes = _quotes(text, nlp)
    assert [q for q in quotes if q[0] == "said"][0][2] == content
    assert len(quotes) == 1


# --- 2. A second cue the parser joined to a relative clause inside the content -----------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "She has also called on the state to tax the oil that funds the militia and proposed a fund for the farmers.",
            ("has also called on", "She", "the state to tax the oil that funds the militia"),
            ("proposed", "She", "a fund for the farmers"),
        ),
        (
            "The mayor said the city must tax the coal that pollutes the valley and proposed a fund for the miners.",
            ("said", "The mayor", "the city must tax the coal that pollutes the valley"),
            ("proposed", "The mayor", "a fund for the miners"),
        ),
        (
            "The senator urged the board to drop the rule that bans the sale and praised the farmers for their patience.",
            ("urged", "The senator", "to drop the rule that bans the sale"),
            ("praised", "The senator", "the farmers for their patience"),
        ),
    ],
    ids=["object-cue", "clause-cue-past-modal", "appeal-infinitive"],
)
def test_cue_joined_to_relative_clause_is_a_second_report(nlp, text, first, second):
    quotes = _quotes(text, nlp)
    assert first in quotes
    assert second in quotes


def test_guard_relative_on_a_noun_that_speaks_keeps_its_verb(nlp):
    # Firms can propose: "the firms that pollute the river and proposed a fund" may be theirs.
    text = "She has also called on the state to tax the firms that pollute the river and proposed a fund for the farmers."
    quotes = _quotes(text, nlp)
    assert quotes == [("has also called on", "She", "the state to tax the firms that pollute the river and proposed a fund for the farmers")]
