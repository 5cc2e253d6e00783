"""QC204 end to end with the real model, on an article written for this test."""

from __future__ import annotations

from quotecheck.pipeline import analyze

ARTICLE = """KELVA, March 3 — Separatist commanders said on Tuesday that their forces had captured the bridge at Orlen. The claim could not be independently verified.

The defence ministry said its troops still held the town. "The bridge is ours," spokesman Pavel Drin said on Telegram. Neither account could be verified by the Courier.

Mayor Ana Holt said, without evidence, that the fire had been set by activists.

"I could not confirm the numbers," the engineer, Lise Varn, said. The plant will reopen in May, Varn said.
"""


def test_claims_under_the_articles_caveat_are_flagged_and_others_are_not(nlp):
    report = analyze(ARTICLE, nlp=nlp)
    flagged = {f.quote for f in report.findings if f.rule == "QC204"}
    by_id = {q.id: q for q in report.quotes}
    texts = sorted(by_id[i].text for i in flagged)
    assert texts == sorted(
        [
            "that their forces had captured the bridge at Orlen",
            "its troops still held the town",
            '"The bridge is ours,"',
            "that the fire had been set by activists",
        ]
    )
    for finding in (f for f in report.findings if f.rule == "QC204"):
        assert ARTICLE[finding.span.start : finding.span.end] == finding.span.text
