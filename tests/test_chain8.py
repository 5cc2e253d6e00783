"""Chains end to end with the model: recipients, carriers and the outlet a noun refers back to."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _only(report):
    (quote,) = report.quotes
    return quote


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            '"No one asked the farmers," Pascal Venturi-Roux told the Swiss daily Le Journal de Sion, '
            "according to an English translation provided by his office.\n",
            "Le Journal de Sion",
        ),
        ('"No one asked the farmers," Pascal Venturi-Roux told the Swiss daily Le Journal de Sion.\n', "Le Journal de Sion"),
        (
            '"We will not sign," Carla Benedetti told the Italian daily Il Mattino di Lecco, '
            "according to an English translation released by her ministry.\n",
            "Il Mattino di Lecco",
        ),
        ('"We will not sign," Carla Benedetti told the Italian daily Il Mattino di Lecco.\n', "Il Mattino di Lecco"),
    ],
    ids=["daily-translation", "daily", "italian-translation", "italian"],
)
def test_an_outlet_told_stays_the_recipient_and_a_translation_is_no_hop(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert quote.via == ()
    assert [f.rule for f in report.findings].count("QC101") == 1
    if "translation" in text:
        assert any("translation" in c.text for c in quote.context)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            'Tobias Renn of Hallam Partners told clients the sell-off was "overdone," according to a copy '
            "of his note reviewed by the Financial Ledger.\n",
            "Financial Ledger",
        ),
        (
            'Marta Oyelaran told staff the merger was "all but done," according to a copy of her email '
            "obtained by the Kestrel Courier.\n",
            "Kestrel Courier",
        ),
    ],
    ids=["copy-reviewed", "copy-obtained"],
)
def test_the_speakers_own_document_an_outlet_reviewed_is_carried_by_the_outlet(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.speaker_kind == "person"
    assert [(h.name, h.kind) for h in quote.via] == [(outlet, "outlet")]
    assert [f.rule for f in report.findings] == ["QC101"]
    assert any("copy of" in c.text for c in quote.context)  # the document is noted, not a hop


def test_a_copy_of_a_document_an_outlet_obtained_is_the_documents(nlp):
    text = "According to a copy of the audit obtained by the Bellmont Tribune, the city will pay for the stadium.\n"
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert (quote.speaker.text, quote.speaker_kind) == ("the audit", "document")
    assert [(h.name, h.kind) for h in quote.via] == [("Bellmont Tribune", "outlet")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('His sister, Nora Pell, told a reporter from the Ashford Echo that the family had "no doubts."\n', "Ashford Echo"),
        ('The coach told a correspondent for Radio Kestrel that the squad was "ready."\n', "Radio Kestrel"),
        ('The coach told a reporter at the Harbour Ledger that the squad was "ready."\n', "Harbour Ledger"),
        ('Speaking to a reporter with the Valley Courier, the mayor said the bridge would "stay shut."\n', "Valley Courier"),
    ],
    ids=["reporter-from", "correspondent-for", "reporter-at", "speaking-to-reporter-with"],
)
def test_a_journalist_told_hands_the_words_to_their_outlet(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in [f.rule for f in report.findings]


def test_a_reporter_from_a_place_is_still_the_reporter(nlp):
    report = analyze('The coach told a reporter from Ohio that the squad was "ready."\n', nlp=nlp)
    quote = _only(report)
    assert quote.recipient is not None and quote.recipient.name == "a reporter"
    assert "QC101" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to the broadcaster Radio Kestrel, the mayor said the bridge would stay shut. "
        'She told the Northbridge Gazette that repairs were "months away." '
        "The newspaper quoted her as saying that the council would pay.\n",
        "Speaking to the Northbridge Gazette, the mayor said the bridge would stay shut. "
        'She told the broadcaster Radio Kestrel that repairs were "months away." '
        "The newspaper quoted her as saying that the council would pay.\n",
        'Speaking to the broadcaster Radio Kestrel, the mayor said the bridge would stay shut. She told the '
        'Havelberger Tagespost in an interview that repairs were "months away." '
        "The newspaper quoted her as saying that the council would pay.\n",
    ],
    ids=["daily-told-last", "broadcaster-told-last", "german-masthead"],
)
def test_the_newspaper_is_the_last_newspaper_not_the_last_outlet(nlp, text):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert "council would pay" in quote.content[0].text
    want = "Havelberger Tagespost" if "Tagespost" in text else "Northbridge Gazette"
    assert [(h.name, h.kind) for h in quote.via] == [(want, "outlet")]


def test_a_statement_issued_speaks_for_its_issuer(nlp):
    text = (
        'The Vessland transport ministry issued a statement calling the strike "deeply regrettable" '
        "and accusing the union of misleading commuters.\n"
    )
    calling, accusing = analyze(text, nlp=nlp).quotes
    for quote, cue in ((calling, "calling"), (accusing, "accusing")):
        assert (quote.speaker.text, quote.speaker_kind, quote.cue.text) == ("The Vessland transport ministry", "organization", cue)
    assert calling.content[0].text.startswith("the strike")
    assert accusing.content[0].text.startswith("the union")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Harbour Workers\' Union put out a statement urging members to "stay calm."\n', "The Harbour Workers' Union"),
        ('The Tribune obtained a letter calling the deal "a scandal."\n', "a letter"),
    ],
    ids=["put-out", "obtained-is-not-authored"],
)
def test_who_speaks_in_a_statement_someone_handled(nlp, text, speaker):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker.text == speaker
