"""Round 14, second review, findings 5 and 6: an apostrophe in the speaker's phrase is no
closing quotation mark (``frames._reattach_subject_after_closing_mark``), and a line ending in
an abbreviation or inside a German or French quotation ends no paragraph
(``marks._blank_and_ended_lines``). The sentences are written by the quotecheck authors after
the reviewer's probes."""

from __future__ import annotations

import pytest

from quotecheck import marks
from quotecheck.pipeline import analyze


def _paragraphs(text):
    return [text[p.start : p.end] for p in marks.paragraphs(text)]


# --- Finding 5: "the pilots' union chief" after a quotation ending in a list ---------------------


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"], ids=["straight", "curly"])
def test_possessive_apostrophe_is_no_closing_mark(nlp, apostrophe):
    text = (
        '"We will inspect the wings, the logs and the black box," the pilots' + apostrophe
        + " union chief, Idris Okonkwo, said."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert quote.speaker.start > quote.content[0].end
    assert quote.speaker_name == "Idris Okonkwo"


@pytest.mark.parametrize(
    "text",
    [
        # Guard: a possessive "'s" was repaired before as well.
        '"We will inspect the wings, the logs and the black box," the agency\'s chief inspector, '
        "Idris Okonkwo, said.",
        # Guard: the cue need not end the sentence.
        '"We will inspect the wings, the logs and the black box," the chief inspector, Idris '
        "Okonkwo, said on Monday.",
    ],
    ids=["possessive-s", "cue-then-time"],
)
def test_speaker_after_list_quotation_stays_outside(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.start > quote.content[0].end
    assert quote.speaker_name == "Idris Okonkwo"


# --- Finding 6: abbreviations and non-English quotation marks at a line's end -------------------


@pytest.mark.parametrize("title", ["Sen.", "Dr.", "Gov.", "Sgt.", "Rev."])
def test_title_at_line_end_ends_no_paragraph(title):
    text = f"Neighbours gathered on Sunday.\n\nThe hearing was led by {title}\nPaula Brandt, who arrived late.\nShe spoke first."
    paras = _paragraphs(text)
    assert any(p.startswith("The hearing") and "Paula Brandt" in p for p in paras)


def test_initial_at_line_end_ends_no_paragraph():
    text = "Neighbours gathered on Sunday.\n\nThe hearing was led by Paula J.\nBrandt, who arrived late.\nShe spoke first."
    assert "The hearing was led by Paula J.\nBrandt, who arrived late." in _paragraphs(text)


@pytest.mark.parametrize(
    "text, para",
    [
        # Guard: a sentence opener after "a.m." starts a new paragraph.
        ("Neighbours gathered on Sunday.\n\nThe hearing opened at 9 a.m.\nShe spoke first.", "She spoke first."),
        # Guard: "St." of a street at a sentence's end.
        ("Neighbours gathered on Sunday.\n\nThe crash was on Elm St.\nThe police came.", "The police came."),
    ],
    ids=["a.m.", "street"],
)
def test_abbreviation_before_a_sentence_opener_still_ends_paragraph(text, para):
    assert para in _paragraphs(text)


def test_speaker_after_title_at_line_end_is_named(nlp):
    text = 'Neighbours gathered on Sunday.\n\n"We will reopen the library," said Sen.\nPaula Brandt of Ohio.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Paula Brandt"


@pytest.mark.parametrize(
    "quoted",
    ["\u201eWir bleiben hier.\u201c", "\u00bbWir bleiben hier.\u00ab"],
    ids=["german-low-high", "german-guillemets"],
)
def test_closed_german_quotation_lets_a_line_end_a_paragraph(quoted):
    text = f"Neighbours gathered on Sunday.\n\nThe mayor said: {quoted}\nThe crowd cheered.\nThen it rained."
    assert _paragraphs(text)[-2:] == ["The crowd cheered.", "Then it rained."]


def test_open_french_quotation_holds_the_line_break():
    text = "Neighbours gathered on Sunday.\n\nThe mayor said: \u00abNous restons ici.\nNous ne partirons pas.\u00bb\nThe crowd cheered."
    paras = _paragraphs(text)
    assert "The mayor said: \u00abNous restons ici.\nNous ne partirons pas.\u00bb" in paras


def test_english_curly_quotation_still_closes():
    # Guard: “ … ” as before.
    text = "Neighbours gathered on Sunday.\n\nThe mayor said: \u201cWe stay here.\u201d\nThe crowd cheered."
    assert _paragraphs(text)[-1] == "The crowd cheered."
