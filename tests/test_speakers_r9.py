"""Speaker resolution, round 9: "the agency" that is a public body and not the news agency
named since, definite descriptions of a named organisation ("the studio", "the statement"),
a person known by age, outlets named after a descriptor, organisations the recognizer calls
people, and a role with a nationality before it; end to end with the real model on sentences
written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _speaker(text: str, start: str, nlp) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    """Name and kind of the one quote whose content starts with ``start``."""
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.content[0].text.strip('"“” ,.').removeprefix("that ").startswith(start)]
    return quote.speaker_name, quote.speaker_kind


def test_the_agency_is_the_public_body_not_the_news_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harlow Coastal Safety Agency said 800 homes had lost power overnight. "
        "The Associated Press reported, citing residents, that two bridges had collapsed. "
        "The agency said crews would restore most connections by Sunday.\n"
    )
    assert _speaker(text, "crews would restore", nlp) == ("Harlow Coastal Safety Agency", "organization")
