"""Reported speech that a whole article lost but its paragraph alone kept, from the round 16
context probe: a headline line with no blank line under it (a deck, a live blog's entry title)
was parsed together with the line below, and the parser ran one sentence over the break. The
texts are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.marks import paragraphs
from quotecheck.pipeline import Article, analyze, chunk, plan

from .reports import quote_with as _by_content


# --- Chunks: a headline line is parsed apart from the line under it ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbor town braces for storm; \nFerry crossings will stop, officials say.\n\nThe storm is due.",
            ["Harbor town braces for storm;", "Ferry crossings will stop, officials say.", "The storm is due."],
        ),
        (
            "Intro line.\n\nVarga Says Budget Cuts Are Unavoidable\nMayor Ines Varga defended the cuts.",
            ["Intro line.", "Varga Says Budget Cuts Are Unavoidable", "Mayor Ines Varga defended the cuts."],
        ),
        # Guard: a line that goes on in lower case is the same sentence.
        (
            "Intro line.\n\nThe mayor said the budget\nwould be cut by a tenth.",
            ["Intro line.", "The mayor said the budget\nwould be cut by a tenth."],
        ),
        # Guard: a title's full stop before the name on the next line.
        (
            'Intro line.\n\n"We will reopen," said Sen.\nPaula Brandt of Ohio.',
            ["Intro line.", '"We will reopen," said Sen.\nPaula Brandt of Ohio.'],
        ),
    ],
    ids=["deck-under-semicolon-title", "entry-title-over-paragraph", "guard-lower-case-run-on", "guard-title-stop"],
)
def test_headline_line_is_a_chunk_of_its_own(text, expected):
    assert [c.text for c in chunk(text, paragraphs(text))] == expected


def test_a_quotation_over_the_break_stays_in_one_chunk():
    # Guard: the line ends in a semicolon inside a quotation, which no cut splits.
    text = "Intro line.\n\nThe sign on the gate said \u201cKeep out;\nOwners only\u201d in red.\nIt went up in May."
    chunks = [c.text for c in plan(Article(text=text)).chunks]
    assert chunks == [
        "Intro line.",
        "The sign on the gate said \u201cKeep out;\nOwners only\u201d in red.",
        "It went up in May.",
    ]


# --- End to end: the deck's or the paragraph's attribution is found -----------------------------


def test_deck_under_a_semicolon_title_keeps_its_attribution(nlp):
    text = (
        "Harbor town braces for storm; \n"
        "Ferry crossings will stop on Friday, port officials say.\n\n"
        "The storm is due on Thursday night. Schools will close early."
    )
    quote = _by_content(analyze(text, nlp=nlp), "Ferry crossings will stop on Friday")
    assert (quote.type, quote.cue.text, quote.speaker.text) == ("indirect", "say", "port officials")


def test_entry_title_does_not_run_into_the_speaker_under_it(nlp):
    text = (
        "Council meeting, live.\n\n"
        "Varga Says Budget Cuts Are Unavoidable After Reserve Runs Dry\n"
        "Mayor Ines Varga defended the budget cuts on Monday, arguing that the reserve fund was nearly"
        " empty.\n\n"
        "Councillor Tomas Berg said the cuts would hurt libraries."
    )
    quote = _by_content(analyze(text, nlp=nlp), "the reserve fund was nearly empty")
    assert quote.speaker.text == "Mayor Ines Varga"
    assert quote.speaker_name == "Ines Varga"
