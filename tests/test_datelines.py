"""A dateline opening an article is never part of a speaker, whatever the parser makes of it."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

CONTENT = "the ferries would sail half as often"


@pytest.mark.parametrize(
    "opening, speaker, name",
    [
        # The parser makes the place the subject and the speaker its appositive.
        pytest.param(
            "PORTO VELHO, June 3 \u2014 The head of the ferry service, Tomasz Wierzbicki,",
            "The head of the ferry service, Tomasz Wierzbicki",
            "Tomasz Wierzbicki",
            id="dated-appositive",
        ),
        # ... or a second subject beside the speaker.
        pytest.param(
            "PORTO VELHO, June 3 \u2014 The head of the ferry service",
            "The head of the ferry service",
            None,
            id="dated-two-subjects",
        ),
        # ... or a modifier of the speaker's name.
        pytest.param("LONDON (Reuters) - Tomasz Wierzbicki", "Tomasz Wierzbicki", "Tomasz Wierzbicki", id="wire"),
        # A hyphen for the dash: the parser hangs it on the appositive's first word.
        pytest.param(
            "ADDIS ABABA, June 2 - Ethiopia's foreign ministry",
            "Ethiopia's foreign ministry",
            None,
            id="dated-hyphen-appositive",
        ),
    ],
)
def test_the_speaker_after_a_dateline(nlp, opening, speaker, name):
    text = f"{opening} said on Monday that {CONTENT} from next week.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if any(CONTENT in c.text for c in q.content)]
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_name == name
