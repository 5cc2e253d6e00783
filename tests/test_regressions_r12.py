"""Regressions the round 12 re-checks found after the merges, end to end with the real model.
The sentences are written by the quotecheck authors after the re-checks' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def test_it_after_the_company_is_the_company_not_the_outlet_that_saw_its_emails(nlp):
    text = (
        "Meters overcharged for two years, emails show\n\n"
        "Marrowell, the private utility that supplies water to 400,000 homes in the Brookvale "
        "region, was told in 2023 that thousands of its meters were overcharging customers, "
        "according to internal emails reviewed by The Kestrel Ledger.\n\n"
        "The company has said publicly that it learned of the fault only last month. In a "
        'statement on Tuesday, it said it "takes every complaint seriously".\n'
    )
    report = analyze(text, nlp=nlp)
    (said,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "said" and q.speaker is not None and q.speaker.text == "it"]
    assert said.speaker_name == "Marrowell"
    assert said.speaker_kind == "organization"
    assert not [f for f in report.findings if f.quote == said.id and f.rule == "QC101"]
