"""Three faults a round-19 probe article showed, end to end with the real model; the sentences
are written by the quotecheck authors.

- An "as" clause whose cue has said its own piece ("as traders warned of shortages") is the
  writer's scene: the clause it hangs on is not the traders' words.
- A bare office ("the mayor") is not the one person the sentence before named when the article
  gave that person another office ("the port's deputy director").
- A closing cue whose subject the parser joined to the words before it ("..., its chairwoman,
  Dana Okafor, told reporters") keeps its speaker, and never takes the one told for it.
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text: str, nlp) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, [p.text for p in q.content])
        for q in analyze(text, nlp=nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Port authority weighs dredging plan as shippers warn of delays\n\nThe authority meets on Monday.\n",
            ("warn of", "shippers", ["delays"]),
        ),
        ("Prices rose sharply as traders warned of shortages.", ("warned of", "traders", ["shortages"])),
        ("Talks stalled as unions argued against the cuts.", ("argued against", "unions", ["the cuts"])),
    ],
)
def test_as_cue_that_said_its_own_piece_takes_no_host_clause(nlp, text, quote):
    # The cue's own words are its only quote: the host clause is no one's.
    assert _quotes(text, nlp) == [quote]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("The plan will fail, as critics have warned.", "critics", "The plan will fail"),
        ("The deal is dead, as the minister said of the treaty.", "the minister", "The deal is dead"),
    ],
)
def test_as_cue_that_leaves_its_words_out_still_takes_the_host_clause(nlp, text, speaker, words):
    assert [(who, content) for _, who, content in _quotes(text, nlp)] == [(speaker, [words])]


@pytest.mark.parametrize(
    "first",
    [
        "Okafor's deputy, Tomas Reyes, said the authority had no plan.",
        "Tomas Reyes, the port's deputy director, said the authority had no plan.",
    ],
)
def test_bare_office_is_not_someone_given_another_office(nlp, first):
    report = analyze(first + " The mayor, however, insisted the town would cope.", nlp=nlp)
    mayor = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "The mayor")
    assert mayor.speaker_name is None


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("Tomas Reyes won the vote on Sunday.", "Tomas Reyes"),  # no office given: may be the mayor
        ("Tomas Reyes, the town's mayor, said the port had no plan.", "Tomas Reyes"),  # this office
    ],
)
def test_bare_office_still_finds_its_holder(nlp, first, name):
    report = analyze(first + " The mayor said the town would cope.", nlp=nlp)
    mayor = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "The mayor")
    assert mayor.speaker_name == name


def test_closing_cue_keeps_a_speaker_read_as_a_conjunct(nlp):
    text = (
        "The Halverton Port Authority will decide next month whether to dredge the outer channel, "
        "its chairwoman, Dana Okafor, told reporters on Thursday."
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "its chairwoman, Dana Okafor"
    assert quote.speaker_name == "Dana Okafor"
    assert [p.text for p in quote.content] == [
        "The Halverton Port Authority will decide next month whether to dredge the outer channel"
    ]
