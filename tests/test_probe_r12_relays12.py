"""Relays through people and documents, and the caveats and verbs the editor checks, found on
the round 12 probes (p29, p30), end to end with the real model. The sentences are written by
the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def test_teller_keeps_a_foretold_reply(nlp):
    # "would respond" inside what Halvorsen told the envoy is his forecast, not words the
    # country said and he passed on: Halvorsen is the speaker, the envoy the hearer.
    text = 'Chancellor Ida Halvorsen told Ambassador Rune Tamm at a closed briefing that the republic would answer "calmly and in kind."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ida Halvorsen"
    assert quote.type == "mixed"
    assert quote.via == ()
    assert "QC102" not in _rules(report, quote.id)


def test_document_of_a_state_body_is_not_an_earlier_outlet(nlp):
    # "the Norbian chancellery" shares a word with the Norbian Herald named before it; the
    # minutes are the chancellery's, not the Herald's.
    text = (
        "OSLAV (Tidewire) - The daily Norbian Herald quoted the envoy, Pia Lund, as saying that the visit went well.\n\n"
        "According to minutes released by the Norbian chancellery, Chancellor Ole Varga said the border would stay open."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker_name == "Ole Varga")
    assert [hop.kind for hop in quote.via] == ["document"]
    assert "Herald" not in quote.via[0].name


@pytest.mark.parametrize(
    "text",
    [
        "According to the Westbrook Ledger, citing a delegate who sat in on the vote, the motion failed by two votes.",
        "The motion failed by two votes, according to the Westbrook Ledger, citing a delegate.",
    ],
    ids=["fronted", "closing"],
)
def test_according_to_outlet_citing_an_unnamed_delegate(nlp, text):
    # The delegate spoke and the Ledger carried it: the citing phrase is no part of the content.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text.startswith("a delegate")
    assert [hop.name for hop in quote.via] == ["Westbrook Ledger"]
    assert not any("citing" in part.text for part in quote.content)


def test_confirmed_to_an_outlet_is_a_told_relay(nlp):
    # "to the Harwick Evening Post" says whom it was confirmed to (second-hand, QC101); it is
    # not part of what was confirmed.
    text = "A Delmont spokeswoman confirmed the closure to the Harwick Evening Post on Tuesday."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "Harwick Evening Post" in quote.recipient.name
    assert [part.text for part in quote.content] == ["the closure"]
    assert "QC101" in _rules(report, quote.id)


def test_confirmed_sale_to_a_buyer_is_no_relay(nlp):
    # Guard: a buyer after "the sale to" is part of what was confirmed.
    report = analyze("The club confirmed the sale to Brightmoor Holdings.", nlp=nlp)
    assert all(q.recipient is None or q.recipient.kind != "outlet" for q in report.quotes)


def test_teller_in_relative_clause_after_read_out(nlp):
    # The host read out what the adviser had told the Weekend Courier: the words are the
    # adviser's, second-hand through the Courier, and the adviser is unnamed.
    text = (
        '"Will you stand again?" presenter Tom Ashby asked. Ashby then read out remarks from an unnamed '
        'party adviser, who had told the Weekend Courier that the leader was "already packing his boxes."'
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if "packing" in q.text)
    assert quote.speaker_name != "Tom Ashby"
    assert quote.speaker_kind == "anonymous"
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert {"QC101", "QC201"} <= set(_rules(report, quote.id))


@pytest.mark.parametrize(
    "caveat",
    [
        "Tidewire could not confirm the account.",
        "Tidewire has not been able to confirm the account.",
        "Tidewire hasn't been able to verify the account.",
    ],
    ids=["could-not", "has-not-been-able", "hasnt"],
)
def test_publishers_own_caveat(nlp, caveat):
    # The claim before the caveat is unverified (QC204); the publisher's caveat is no quote.
    text = f'KARSK (Tidewire) - "The dam has burst," a local farmer said. {caveat}'
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == ["a local farmer"]
    assert "QC204" in _rules(report, report.quotes[0].id)


def test_caveat_on_the_claim_a_denial_points_back_at(nlp):
    # "it" is "that allegation", the claim of the sentence before, not the mayor's denial.
    text = (
        "The Coastline Gazette reported, citing two council officials, that Mayor Ruth Ebner had shredded the files. "
        "Ebner has rejected that allegation, and it could not be independently verified."
    )
    report = analyze(text, nlp=nlp)
    claim = next(q for q in report.quotes if "shredded" in q.text)
    assert "QC204" in _rules(report, claim.id)
    denial = [q for q in report.quotes if q is not claim]
    assert all("QC204" not in _rules(report, q.id) for q in denial)


@pytest.mark.parametrize(
    "text",
    [
        "The indictment alleges that Corwin Blake moved the funds offshore.",
        "The lawsuit filed by the tenants alleged that the landlord ignored the mould.",
        "Prosecutors allege that Corwin Blake moved the funds offshore.",
    ],
    ids=["indictment", "lawsuit", "prosecutors"],
)
def test_alleges_is_neutral_for_legal_documents(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert not any(f.rule == "QC303" for f in report.findings)


def test_alleges_is_still_loaded_for_a_person(nlp):
    # Guard: a person who "alleged" is still reported with a loaded verb.
    report = analyze("Corwin Blake alleged that the mayor lied.", nlp=nlp)
    assert any(f.rule == "QC303" for f in report.findings)
