"""Failures found on the round 9 probe articles (written by the quotecheck authors), end to end
with the real model."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def test_a_dateline_is_no_part_of_the_first_sentence(nlp):
    # Given "KORVA (Baltica Press) - The Interfax-Nord agency reported ...", the parser makes the
    # place the sentence's root and loses the report, and the recognizer reads "KORVA (Baltica
    # Press" as one name, which "told Baltica Press" then resolved to.
    text = (
        "KORVA (Baltica Press) - The Interfax-Nord agency reported, citing a Veltrian diplomatic "
        "source, that Korva was considering closing its airspace.\n\n"
        'Union chairman Andrei Kolev told Baltica Press by telephone: "Our men have done nothing wrong."\n'
    )
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == "Baltica Press"
    first, second = report.quotes
    assert first.content[-1].text.endswith("Korva was considering closing its airspace")
    assert [h.name for h in first.via] == ["Interfax-Nord"]
    # Told to the publisher itself: first-hand.
    assert second.speaker_name == "Andrei Kolev"
    assert second.recipient is not None and second.recipient.name == "Baltica Press"
    assert not [f for f in report.findings if f.rule == "QC101" and f.quote == second.id]
