"""Mends from the review of round 16: a party or a group's name taken for a speaker's own name
("who identifies herself as a Democrat"), the outer statement lost when a relative clause in it
holds a quotation and the relative word left in the inner content, a speaker's quoted verdict on
"the headlines" read as a headline's printed words, and a source's own "we asked ... to" dropped
as the newsroom's. End to end with the real model. The sentences are written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _by_speaker(report):
    return {q.speaker.text if q.speaker else None: q for q in report.quotes}


# --- A1: no name made up from a relative clause -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A shopper, who identifies herself as a Republican, said prices had doubled.",
        "A marcher, who identifies himself as a Christian, said the rally was peaceful.",
        "A steward at the club, which calls itself Red Harbour, said the gates would open late.",
    ],
    ids=["party-with-article", "faith-with-article", "which-clause-on-last-noun"],
)
def test_own_name_clause_gives_no_invented_name(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name is None


def test_guard_own_name_by_who_on_last_noun_still_names(nlp):
    # Guard: a "who" clause on the last noun of the phrase still gives the speaker's name.
    text = "A porter at the station, who gave his name as Olek Brandt, said the trains were late."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Olek Brandt"


# --- A3: a relative clause that holds a quotation ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            'Mayor Ines Okafor said the town had lost a teacher who said "every child can learn".',
            "Mayor Ines Okafor",
            "a teacher who",
        ),
        (
            'Okafor said the valley had lost a radio station that said "we stay on air" every storm.',
            "Okafor",
            "a radio station that",
        ),
    ],
    ids=["who-said-quoted", "that-said-quoted"],
)
def test_outer_statement_stands_beside_quoted_relative(nlp, text, outer, inner):
    quotes = _by_speaker(analyze(text, nlp=nlp))
    assert outer in quotes, list(quotes)
    assert inner in quotes, list(quotes)
    assert quotes[inner].type == "direct"
    outer_words = " ".join(c.text for c in quotes[outer].content)
    assert outer_words.startswith("the ")
    assert '"' in outer_words


# --- A8: "the headlines" before a speaker's quoted words ----------------------------------------------


def test_quoted_verdict_on_headlines_stays_mixed(nlp):
    text = 'Okafor said the headlines "were unfair to the families".'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        'The Evening Courier carried the headline "Flooded Out" above a photograph of the pier.',
        'The report ran under the front-page headline "Not Again" on Monday.',
    ],
    ids=["carried-the-headline", "under-the-front-page-headline"],
)
def test_guard_printed_headline_is_no_scare_quote(nlp, text):
    # Guard: a headline after a printing word is the page's words, not the writer's distance.
    report = analyze(text, nlp=nlp)
    assert not [f for f in report.findings if f.rule == "QC301"]
    assert not report.quotes


# --- A9: a source's own "we asked ... to" ------------------------------------------------------------


def test_sources_own_request_stays(nlp):
    text = "We asked the landlord to fix the boiler, but he never came, the tenants said."
    report = analyze(text, nlp=nlp)
    assert "asked" in [q.cue.text for q in report.quotes if q.cue]
