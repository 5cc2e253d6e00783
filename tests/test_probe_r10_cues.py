"""Cue and speaker failures found by QA probe p21 (sports, election, entertainment and health
articles), end to end with the real model, on texts written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


def test_an_aside_that_is_all_the_verb_has_is_still_no_quote(nlp):
    text = "Mensah, asked whether the strike could last, would not rule it out.\n"
    assert analyze(text, nlp=nlp).quotes == ()


def test_the_one_asked_about_is_never_the_pronoun_speaker(nlp):
    text = 'Asked about Ferrante, she said: "I never discuss players at other clubs."\n'
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.type == "direct")
    assert quote.speaker_name != "Ferrante"


def test_the_one_asked_about_leaves_the_pronoun_to_the_speaker_before(nlp):
    text = (
        "Ingrid Solheim met reporters on Friday. "
        'Asked about Ferrante, she said: "I never discuss players at other clubs."\n'
    )
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.type == "direct")
    assert quote.speaker_name == "Ingrid Solheim"


@pytest.mark.parametrize(
    "text",
    [
        "The striker is close to signing a new contract, according to reports.\n",
        "The club has held talks with two bidders, media reports said.\n",
    ],
    ids=["according-to-reports", "media-reports"],
)
def test_reports_with_no_source_are_vague(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote)


def test_filed_reports_stay_documents(nlp):
    text = "The campaign spent $2 million on advertising, fundraising reports show.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_kind == "document"


def test_one_and_another_after_a_group_are_unnamed(nlp):
    text = 'Viewers were divided. One wrote on X: "Best final in years." Another posted: "Then why did it drag?"\n'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2
    for quote in report.quotes:
        assert quote.speaker_kind == "anonymous"
        assert "QC201" in _rules(report, quote)


def test_the_agent_is_the_agent_named_before(nlp):
    text = (
        "Varga's agent, Luca Benedetti, arrived on Monday. "
        'The agent said the midfielder was "delighted" with the terms.\n'
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Luca Benedetti"
