"""A block quotation after "he said:" with no quotation marks: a web page sets such words off
by indentation, which is lost when the page becomes text. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _quotes


def test_paragraph_after_said_colon_is_what_was_said(nlp):
    text = (
        "In a speech last spring, the senator said:\n\n"
        "Let nobody be fooled: this budget is a danger to the county, and it must be stopped.\n\n"
        "The crowd applauded."
    )
    (quote,) = _quotes(analyze(text, nlp=nlp), "said")
    assert [c.text for c in quote.content] == [
        "Let nobody be fooled: this budget is a danger to the county, and it must be stopped"
    ]
    assert quote.speaker is not None and quote.speaker.text == "the senator"
    assert quote.type == "indirect"


def test_written_block_takes_only_the_first_paragraph(nlp):
    text = (
        "Amara Holt, a film critic, writes:\n\n"
        "The film names neither the governor nor his deputy, and no argument is made about what either did.\n\n"
        "Other critics disagreed with her."
    )
    (quote,) = _quotes(analyze(text, nlp=nlp), "writes")
    assert quote.speaker_name == "Amara Holt"
    assert quote.content[-1].text.endswith("what either did")
    assert "Other critics" not in " ".join(c.text for c in quote.content)


def test_that_colon_before_a_block(nlp):
    text = "Pereira argued that:\n\nOnly 2,200 families have been admitted in the past four years, far fewer than claimed.\n"
    (quote,) = _quotes(analyze(text, nlp=nlp), "argued")
    assert quote.content[0].text.startswith("Only 2,200 families")


@pytest.mark.parametrize(
    "after",
    [
        '"We will rebuild the pier before summer."',  # Guard: a quotation is attached as ever
        "Watch this.",  # too short for a block: a caption
        "<tweet>We will rebuild the pier before summer.</tweet>",  # markup, not words
    ],
)
def test_no_block_from_a_quotation_caption_or_markup(nlp, after):
    """Guard: these pass on the code before blocks too."""
    text = f"The mayor said:\n\n{after}\n\nWork starts in May."
    quotes = _quotes(analyze(text, nlp=nlp), "said")
    if after.startswith('"'):
        assert [c.text for c in quotes[0].content] == [after]
        assert quotes[0].type == "direct"
    else:
        assert quotes == []


def test_no_block_when_the_colon_line_is_not_a_cue(nlp):
    """Guard: a colon after words that are no cue introduces no statement."""
    text = "Here is the full list of the projects below:\n\nThe pier, the library roof and the two bus shelters on Mill Road.\n"
    assert analyze(text, nlp=nlp).quotes == ()
