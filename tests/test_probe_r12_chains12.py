"""Attribution chains through outlets and documents, found on the round 12 probes (p24): a
relayed follow-up quote, a document an outlet saw, a document signed by its speakers. End to
end with the real model. The sentences are written by the quotecheck authors after the probes'
repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _via(quote):
    return [(hop.name, hop.kind) for hop in quote.via]


# --- QC101 on a follow-up that says itself it was quoted --------------------------------------


def test_quoted_as_saying_after_told_the_outlet_is_second_hand(nlp):
    # "he was quoted as saying" tells the reader again that the words came through the
    # Gazette named a sentence before: the direct quote is flagged, not only the first one.
    text = (
        "Harbour master Idris Kellaway told the Brenmouth Gazette that the lock gates were failing. "
        '"We patch them every winter and every spring they leak again," he was quoted as saying.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert second.recipient is not None and second.recipient.name == "Brenmouth Gazette"
    assert "QC101" in _rules(report, first.id)
    assert "QC101" in _rules(report, second.id)


def test_plain_said_after_told_the_outlet_is_flagged_too(nlp):
    # A bare "he said" goes on with the same exchange, and is flagged as the first is (round 13).
    text = (
        "Harbour master Idris Kellaway told the Brenmouth Gazette that the lock gates were failing. "
        '"We patch them every winter and every spring they leak again," he said.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert "QC101" in _rules(report, first.id)
    assert "QC101" in _rules(report, second.id)


def test_masthead_read_as_a_person_keeps_its_whole_name(nlp):
    # The recognizer takes "Gazette" alone for a person; the outlet is the "Dunwold Gazette".
    text = "Councillor Petra Hollins was quoted by the Dunwold Gazette as saying the ferry would stop."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Dunwold Gazette", "outlet")]
    assert "QC101" in _rules(report, quote.id)


# --- a document seen by an outlet -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("The audit, seen by the Corrin Valley Post, says the hospital must close two wards.", "The audit"),
        ("The memo, which was obtained by the Corrin Valley Post, warns that the hospital overspent.", "The memo"),
        ("A draft of the budget, seen by Reuters, says the hospital will lose two wards.", "A draft of the budget"),
    ],
    ids=["seen", "which-was-obtained", "draft-of"],
)
def test_document_seen_by_an_outlet_came_through_it(nlp, text, document):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == document
    assert quote.speaker_kind == "document"
    assert len(quote.via) == 1 and quote.via[0].kind == "outlet"
    assert "QC101" in _rules(report, quote.id)


def test_email_seen_by_an_outlet_is_a_hop_not_part_of_the_hearers(nlp):
    text = "In an email to staff seen by the Corrin Valley Post, the director wrote that the wards would close."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Corrin Valley Post", "outlet")]
    assert quote.recipient is None or "Post" not in (quote.recipient.span.text if quote.recipient.span else quote.recipient.name)
    assert "QC101" in _rules(report, quote.id)


def test_document_reviewed_by_people_names_no_carrier(nlp):
    # Guard: engineers who reviewed a report passed nothing to the article.
    report = analyze("The report, reviewed by independent engineers, says the bridge is unsafe.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.via == ()
    assert "QC101" not in _rules(report, quote.id)


# --- a document signed by its speakers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "document"),
    [
        ("A letter signed by 60 nurses said the night shifts were unsafe.", "60 nurses", "A letter"),
        ("The petition, which was signed by 300 parents, demands that the school stay open.", "300 parents", "The petition"),
        ("A statement signed by Governor Aldo Ferrant says the mine will reopen.", "Governor Aldo Ferrant", "A statement"),
        ("According to a letter signed by 60 nurses, the night shifts are unsafe.", "60 nurses", "a letter"),
    ],
    ids=["letter", "which-was-signed", "named", "according-to"],
)
def test_signers_speak_through_the_document(nlp, text, speaker, document):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_kind != "document"
    assert document in [c.text for c in quote.context]


def test_signed_letter_names_the_signer(nlp):
    report = analyze("A letter signed by Governor Aldo Ferrant says the mine will reopen.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Aldo Ferrant"
    assert quote.speaker_kind == "person"
