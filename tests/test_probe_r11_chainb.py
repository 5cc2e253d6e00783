"""Chain failures found on the round 11 probe (p22, p23) articles, end to end with the real
model: data credits, statements read out for someone, acronyms of outlets, a source speaking
again. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


@pytest.mark.parametrize(
    ("text", "speaker", "provider", "figure"),
    [
        (
            "Finance director Ilse Varga told investors that sales climbed 4% to $96 million, "
            "ahead of the $91 million forecasters had pencilled in, according to figures compiled by Quantora.",
            "Ilse Varga",
            "Quantora",
            "ahead of the $91 million forecasters had pencilled in",
        ),
        (
            "Chief executive Tomas Reyl said orders fell 3% in May, according to data from Brixley Analytics.",
            "Tomas Reyl",
            "Brixley Analytics",
            "orders fell 3% in May",
        ),
    ],
    ids=["compiled-by", "data-from"],
)
def test_a_closing_data_credit_is_no_carrier(nlp, text, speaker, provider, figure):
    # The closing "according to data ..." was made the carrier of the executive's words (a
    # false QC101); it credits a figure in them, and is an attribution of its own.
    report = analyze(text, nlp=nlp)
    said = next(q for q in report.quotes if q.speaker_name == speaker)
    assert not said.via
    assert "QC101" not in _rules(report, said.id)
    credit = next(q for q in report.quotes if q.speaker_name == provider)
    assert credit.cue is not None and credit.cue.text == "according to"
    assert [c.text for c in credit.content] == [figure]


def test_guard_closing_according_to_an_outlet_still_carries(nlp):
    # Guard: an outlet credited at the end passed the words on.
    report = analyze("The minister said the ceasefire had collapsed, according to Interfax.", nlp=nlp)
    (quote,) = report.quotes
    assert [h.name for h in quote.via] == ["Interfax"]


@pytest.mark.parametrize(
    "text",
    [
        "Eastmere Wire Service quoted a senior negotiator as saying the talks were stuck. "
        "Two delegates told EWS that the fund had not been agreed.",
        "The Coastal Broadcasting Network (CBN) reported the closure on Monday. "
        "A harbour official told CBN that the pier would reopen in May.",
    ],
    ids=["spelled-before", "defined-in-brackets"],
)
def test_an_outlet_acronym_is_the_outlet_named_in_full(nlp, text):
    # "told EWS" was a recipient of its own, an organisation: no chain, no QC101.
    report = analyze(text, nlp=nlp)
    told = next(q for q in report.quotes if q.cue is not None and q.cue.text == "told")
    assert told.recipient is not None
    assert told.recipient.kind == "outlet"
    assert told.recipient.name in ("Eastmere Wire Service", "Coastal Broadcasting Network")
    assert "QC101" in _rules(report, told.id)


def test_guard_an_acronym_nobody_spelled_out_stays_itself(nlp):
    # Guard: no full name with those initials, no link.
    report = analyze("A spokesman told the BBC that the plant would close. Workers told the GMB union they were angry.", nlp=nlp)
    told = report.quotes[0]
    assert told.recipient is not None and told.recipient.name == "BBC"


def test_the_source_again_keeps_the_outlet_it_told(nlp):
    # '"...," the source said.' after "A source ... told Brightline" lost the outlet; and
    # Brightline, a name nobody goes by, was read as a person, so no QC101 at all.
    text = (
        'A person close to the striker told Brightline that Ferreira was "livid" about the fine. '
        '"He feels betrayed and he wants it dropped," the person said.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.recipient is not None and first.recipient.kind == "outlet"
    assert second.recipient is not None and second.recipient.name == "Brightline"
    assert "QC101" in _rules(report, first.id)
    # Flagged as the first is: the same outlet carried these words (round 13).
    assert "QC101" in _rules(report, second.id)


def test_the_source_again_keeps_a_named_outlet(nlp):
    text = (
        "A source inside the club told the Harwick Courier that the manager would resign. "
        '"It is only a matter of days," the source said.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.recipient is not None and first.recipient.kind == "outlet"
    assert second.recipient == first.recipient


@pytest.mark.parametrize(
    "text",
    [
        "A source close to the mayor told Harris that the plan was dead.",
        "Marta Quell runs the charity. A source told Quell that the grant had been cut.",
    ],
    ids=["surname", "named-in-full"],
)
def test_guard_a_source_telling_a_person(nlp, text):
    # Guard: a surname, or someone the article named in full, is a person told, not an outlet.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "person"


def test_a_statement_read_out_for_a_family_is_the_familys(nlp):
    # '"...," the statement said.' was spoken by "the statement" with no owner and no chain.
    text = (
        "Outside the station, Sergeant Priya Holloway read out a statement on behalf of the Ashdown family.\n\n"
        '"Marnie loved these hills and knew them well," the statement said.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ashdown family"
    assert quote.speaker_kind in ("organization", "document")
    assert [(h.name, h.cue.text if h.cue else None) for h in quote.via] == [("Priya Holloway", "read out")]


def test_a_letter_sent_on_behalf_of_a_council_is_the_councils(nlp):
    text = 'A solicitor sent a letter on behalf of Farrowdale Council. "We regret the delay," the letter said.'
    report = analyze(text, nlp=nlp)
    said = next(q for q in report.quotes if q.cue is not None and q.cue.text == "said")
    assert said.speaker_name == "Farrowdale Council"
    assert not said.via  # nobody named handed it out


@pytest.mark.parametrize(
    ("recipient", "drawn"),
    [
        (("district council", "organization", "urged"), "Rupert Gainsford (urged district council) → Daily Ledger"),
        (("anyone on the trail", "anonymous", "asked"), "Rupert Gainsford (asked anyone on the trail) → Daily Ledger"),
        (("Coastal Herald", "outlet", "told"), "Rupert Gainsford → told Coastal Herald → Daily Ledger"),
    ],
    ids=["body-urged", "people-asked", "guard-outlet"],
)
def test_terminal_draws_a_hearer_apart_from_an_outlet(recipient, drawn):
    # "told district council" looked exactly like "told Millbrook Ledger", a real carrier.
    from quotecheck.model import Hop, Publisher, Quote, Report, Span
    from quotecheck.render.terminal import chain_text

    name, kind, cue = recipient
    text = f"Rupert Gainsford {cue} them to act."
    said = Span.of(text, text.index("to act"), len(text) - 1)
    verb = Span.of(text, 17, 17 + len(cue))
    quote = Quote(
        "q1", "indirect", (said,), verb, Span.of(text, 0, 16),
        "Rupert Gainsford", "person", 0.8, recipient=Hop(name, kind, None, verb),
    )
    line = chain_text(quote, Report(text, (quote,), publisher=Publisher("Daily Ledger", "byline")))
    assert line is not None and line.plain == drawn
