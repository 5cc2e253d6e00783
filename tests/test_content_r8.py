"""Content, round 8: a cue's that-clause the parser hung on a noun deeper in the occasion's
phrase ("said in an editorial accompanying the study that ..."), end to end with the real model
on sentences written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def test_clause_hung_on_a_noun_inside_the_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The Harwell Review of Surgery said in an editorial accompanying the trial that the results "merit a second look."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "mixed"
    assert quote.content[0].text == 'that the results "merit a second look."'


def test_clause_on_a_noun_that_takes_one_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # Guard: "reports that ..." holds what was reported, not what the ministry said.
    text = "The ministry said in a statement responding to reports that the bridge had cracked.\n"
    report = analyze(text, nlp=nlp)
    assert not any("the bridge had cracked" in part.text for q in report.quotes for part in q.content)


def test_said_in_a_statement_that_keeps_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Dana Kerr said in a statement that "the council has stopped listening to residents."\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.type == "mixed" and quote.speaker_name == "Dana Kerr"


def test_a_nickname_inside_a_name_is_a_name_not_a_scare_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The boxer Ron “Hammer” Ruiz retired on Friday. He said he would coach children.\n'
    report = analyze(text, nlp=nlp)
    assert [(t.kind, t.span.text) for t in report.terms] == [("name", "“Hammer”")]
    assert not any(f.rule == "QC301" for f in report.findings)


def test_a_nickname_in_the_speaker_does_not_cut_the_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"This is a big year for our town!" the mayor\'s niece, Delia "Dee" Carrow (D-Harbor), '
        'shouted to the crowd. "The state is watching us."\n'
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert len(quote.content) == 2
    assert quote.speaker is not None and 'Delia "Dee" Carrow' in quote.speaker.text


def test_a_title_case_headline_has_no_nickname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Retired Admiral Calls ‘Reckless’ Harbor Plan a Risk\n\nThe plan was approved on Monday.\n"
    report = analyze(text, nlp=nlp)
    assert not any(t.kind == "name" and "Reckless" in t.span.text for t in report.terms)
