"""Round 14, second review, findings 5 and 6: an apostrophe in the speaker's phrase is no
closing quotation mark (``frames._reattach_subject_after_closing_mark``), and a line ending in
an abbreviation or inside a German or French quotation ends no paragraph
(``marks._blank_and_ended_lines``). The sentences are written by the quotecheck authors after
the reviewer's probes."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


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
