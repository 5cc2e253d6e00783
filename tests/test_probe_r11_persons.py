"""Speaker and recipient failures found on the round 11 probes (p25, p27), end to end with the
real model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "name", "relative"),
    [
        (
            "Odalys Quenneville was twelve when she first rode the rapids. "
            '"I had never been so scared," Quenneville says. '
            'Her father, Marc Quenneville, remembers the day. "She never looked back," Marc said.\n',
            "Odalys Quenneville",
            "Marc Quenneville",
        ),
        (
            "Teodor Brannigan spent a decade building the bridge. "
            '"Every bolt has a story," Brannigan says. '
            'His sister, Ilse Brannigan, is less sentimental. "It is a bridge," Ilse said.\n',
            "Teodor Brannigan",
            "Ilse Brannigan",
        ),
    ],
    ids=["daughter-before-father", "brother-before-sister"],
)
def test_surname_goes_to_the_one_named_before(nlp, text, name, relative):
    # The opening sentence names the subject in passing (no cue, no role), and no list knows
    # the given name: the recognizer never read that sentence, so the surname went to the
    # relative named in full after the quote.
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.speaker_name == name
    assert first.speaker_kind == "person"
    assert second.speaker_name == relative


def test_surname_across_paragraphs_goes_to_the_one_named_before(nlp):
    text = (
        "Odalys Quenneville was twelve when she first rode the rapids on the Sarn.\n\n"
        '"I had never been so scared," Quenneville says.\n\n'
        'Her father, Marc Quenneville, remembers the day. "She never looked back," he said.\n'
    )
    first, second = analyze(text, nlp=nlp).quotes
    assert first.speaker_name == "Odalys Quenneville"
    assert second.speaker_name == "Marc Quenneville"


def test_she_never_makes_a_person_of_a_described_brand(nlp):
    # "she" with nobody else to mean once turned the brand that spoke last into a woman.
    text = (
        'Her sponsor, the outdoor brand Kestwick, said in a statement that it was "proud to be part of this." '
        '"I will eat a whole cake," she says.\n'
    )
    brand, cake = analyze(text, nlp=nlp).quotes
    assert brand.speaker_name == "Kestwick"
    assert brand.speaker_kind == "organization"
    assert cake.speaker_name != "Kestwick"


def test_she_goes_past_a_brand_to_the_woman_named(nlp):
    text = (
        'Odalys Quenneville trains at dawn. "There was no miracle," Quenneville says. '
        'Her sponsor, the outdoor brand Kestwick, said in a statement that it was "proud to be part of this." '
        '"Not fish," she adds.\n'
    )
    *_, brand, fish = analyze(text, nlp=nlp).quotes
    assert brand.speaker_kind == "organization"
    assert fish.speaker_name == "Odalys Quenneville"
    assert fish.speaker_kind == "person"


@pytest.mark.parametrize(
    "group",
    ["his co-authors", "her co-workers"],
    ids=["co-authors", "co-workers"],
)
def test_they_after_a_hyphenated_group_is_the_group(nlp, group):
    # The tokenizer cuts "co-authors" into "co", "-", "authors", and the parser hung the pieces
    # apart: no coordination, so "They" went to the university named before.
    text = (
        "The survey was led by Mirja Halvorsen of Tarnby University. "
        f"Halvorsen and {group} said that they disagreed with the decision. "
        "They maintained that the findings were sound.\n"
    )
    first, second = analyze(text, nlp=nlp).quotes
    assert first.speaker is not None and first.speaker.text == f"Halvorsen and {group}"
    assert second.speaker_name is not None and second.speaker_name.startswith("Mirja Halvorsen and")
    assert second.speaker_kind == "person"


def test_recipient_is_never_the_speaker(nlp):
    # The answer went on "the same exchange" as the question put by the unnamed "I", and took
    # over its recipient: the one who answered.
    text = (
        "I met the harbour master, Lorcan Feeney. I asked him whether the boats would be moved. "
        'He said that was "a matter for the owners, not for me."\n'
    )
    question, answer = analyze(text, nlp=nlp).quotes
    assert question.recipient is not None and question.recipient.name == "Lorcan Feeney"
    assert answer.speaker_name == "Lorcan Feeney"
    assert answer.recipient is None or answer.recipient.name != answer.speaker_name


def test_bare_surname_is_not_the_relative_called_by_given_name(nlp):
    # The mother, named in full after the subject and then called "Ingrid", was the last one
    # seen with that surname: the bare "Quenneville" and the "she" after it went to her.
    text = (
        "Odalys Quenneville was twelve when she first rode the rapids.\n\n"
        '"I had never been so scared," Quenneville says.\n\n'
        'Her mother, Ingrid Quenneville, remembers the day. "She never looked back," Ingrid said.\n\n'
        'Quenneville is less sentimental. "There was no miracle," she says.\n'
    )
    *_, mother, last = analyze(text, nlp=nlp).quotes
    assert mother.speaker_name == "Ingrid Quenneville"
    assert last.speaker_name == "Odalys Quenneville"
