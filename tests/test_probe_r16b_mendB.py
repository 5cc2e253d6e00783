"""Round 16 review mends: a block quotation after "he said:" that is the writer's narration or
someone else's statement, the medium cut from the end of reported content, and a "such as"
list set off by dashes. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _quotes


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- A block after "he said:" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        # Another speaker's attribution of its own.
        "Deputy Mayor Ruth Okoro told reporters on Monday that the bridge would reopen in June.",
        # The writer's narration about the speaker, by a pronoun of the speaker's sex.
        "The audience stood and clapped for a long time before she walked off the stage.",
    ],
    ids=["own-attribution", "narration-pronoun"],
)
def test_no_block_with_its_own_cue_or_about_the_speaker(nlp, block):
    text = f"The mayor spoke after the council meeting. Asked about the bridge, she said:\n\n{block}\n\nWork starts in May."
    report = analyze(text, nlp=nlp)
    assert _quotes(report, "said") == []


def test_no_block_that_names_the_speaker(nlp):
    text = (
        "Marco Quist, the union leader, answered questions. Marco Quist said:\n\n"
        "After the meeting Quist drove back to the depot and stayed there until midnight.\n\n"
        "The strike begins on Monday."
    )
    assert _quotes(analyze(text, nlp=nlp), "said") == []


def test_block_in_the_first_person_stands(nlp):
    """Guard: a block in the speaker's own voice is still what was said."""
    text = (
        "In a speech last spring, the governor said:\n\n"
        "We have waited far too long for this road, and I will not let the county wait another year.\n\n"
        "The crowd applauded."
    )
    (quote,) = _quotes(analyze(text, nlp=nlp), "said")
    assert quote.content[0].text.startswith("We have waited far too long")


# --- "in a statement" at the end of reported content --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor said the director had lied to the board in a statement.",
            ["the director had lied to the board in a statement"],
        ),
        (
            "Vance said the firm had misled its customers in a press release.",
            ["the firm had misled its customers in a press release"],
        ),
        (
            "Pryce said the coach had apologised to the fans in a statement.",
            ["the coach had apologised to the fans in a statement"],
        ),
    ],
    ids=["lie", "mislead", "apologise"],
)
def test_act_done_in_a_statement_keeps_it(nlp, text, expected):
    assert _contents(analyze(text, nlp=nlp)) == [expected]


def test_medium_cut_from_the_claim_is_kept_as_context(nlp):
    text = "The agency said flights would resume in a statement on Tuesday."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["flights would resume"]
    assert "in a statement on Tuesday" in [c.text for c in quote.context]


def test_medium_on_a_word_below_the_clause_root_stays(nlp):
    """A medium hung on a word inside the claim, not on its root, is part of what was said."""
    text = "Haddad said the firm wanted to correct the error in a statement."
    report = analyze(text, nlp=nlp)
    assert _contents(report) == [["the firm wanted to correct the error in a statement"]]


# --- "such as" set off by dashes --------------------------------------------------------------


def test_such_as_list_stays_in_the_claim(nlp):
    text = "Moreau said the lenders — such as Halden Bank and Corvey Trust — had refused to sign."
    assert _contents(analyze(text, nlp=nlp)) == [
        ["the lenders — such as Halden Bank and Corvey Trust — had refused to sign"]
    ]


def test_list_below_the_aside_root_stays(nlp):
    text = "Moreau said the lenders — mostly banks in Ohio and Texas — had refused to sign."
    assert _contents(analyze(text, nlp=nlp)) == [["the lenders — mostly banks in Ohio and Texas — had refused to sign"]]


def test_one_phrase_aside_still_dropped(nlp):
    """Guard: a description of the subject between dashes is still the writer's."""
    text = "Lee said the council — a body long split on zoning — had approved the plan."
    assert _contents(analyze(text, nlp=nlp)) == [["the council", "had approved the plan"]]


def test_block_holding_a_cue_of_an_object_stands(nlp):
    """Guard: "mentions neither ..." in the block is no one's statement; the block is the critic's."""
    text = (
        "Amara Holt, a film critic, writes:\n\n"
        "The film mentions neither the governor nor his deputy by name, and no argument is made about what either did.\n\n"
        "Other critics disagreed."
    )
    (quote,) = _quotes(analyze(text, nlp=nlp), "writes")
    assert quote.content[0].text.startswith("The film mentions neither")
