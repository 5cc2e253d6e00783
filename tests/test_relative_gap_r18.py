"""A relative word that stands for what a statement is about opens the statement's content
whichever way the parser hangs it: inside the clause said ("which she said was a mistake") or
on the cue as its object ("which she has repeatedly said was a mistake", "whom the mayor
described as ..."). The hearer of a telling or asking verb is no part of the words. End to end
with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _parts(text: str, nlp, cue: str) -> list[str]:
    [quote] = [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == cue]
    return [part.text for part in quote.content]


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "The harbour levy, which Ines Calder has repeatedly said was a mistake, was repealed in May.",
            "has repeatedly said",
            ["which", "was a mistake"],
        ),
        (
            "The audit valued the depot at $4 million, which Councillor Reyes called a giveaway.",
            "called",
            ["which", "a giveaway"],
        ),
        (
            "Voss took aim at Harlan Pike, who she dubbed the absent senator.",
            "dubbed",
            ["who", "the absent senator"],
        ),
        (
            "The board hired Mara Quint, whom the mayor describes as something of a fixer.",
            "describes",
            ["whom", "as something of a fixer"],
        ),
        (
            "The group wants the repeal of what it calls the silent tax on renters.",
            "calls",
            ["what", "the silent tax on renters"],
        ),
    ],
)
def test_relative_word_hung_on_the_cue_opens_the_content(nlp, text, cue, parts):
    assert _parts(text, nlp, cue) == parts


def test_relative_word_inside_the_clause_said_still_opens_the_content(nlp):
    # Guard: the parse that already gave the relative word keeps giving it once.
    text = "The harbour levy, which Ines Calder said was a mistake, was repealed in May."
    assert _parts(text, nlp, "said") == ["which", "was a mistake"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ellis, whom she told that the deal was off, left the room.", "told", "that the deal was off"),
        ("The clerk, whom he asked whether the file was complete, nodded.", "asked", "whether the file was complete"),
    ],
)
def test_hearer_of_telling_or_asking_is_no_part_of_the_words(nlp, text, cue, content):
    assert _parts(text, nlp, cue) == [content]


def test_relative_word_left_alone_is_no_statement(nlp):
    # The quotation after "calls" goes to the other cue here; "what" alone says nothing.
    text = 'Supporters have protested for months against what the owner calls his "patient strategy," which has seen the club sell its best players.'
    assert not [q for q in analyze(text, nlp=nlp).quotes if [p.text for p in q.content] == ["what"]]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            'The depot went under what Councillor Reyes called "the quiet sale," and the council said nothing.',
            ["what", '"the quiet sale,"'],
        ),
        ('The levy, which the harbour board called "a discount in name only," was cut.', ["which", '"a discount in name only,"']),
    ],
)
def test_relative_word_opens_a_quotation_it_stands_before(nlp, text, parts):
    # The same content as without quotation marks ("what it calls the silent tax"), now one
    # quote: the relative word and the quoted label.
    [quote] = [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == "called"]
    assert [p.text for p in quote.content] == parts
    assert quote.type == "mixed"
