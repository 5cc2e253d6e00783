"""Carriers at the end of a sentence, end to end with the model: '..., citing X'."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _only(report):
    (quote,) = report.quotes
    return quote


@pytest.mark.parametrize(
    "text",
    [
        "Merpress said the talks had failed, citing a ministry official.",
        "The state news agency Merpress said on Monday the talks had failed, citing two officials.",
    ],
)
def test_a_closing_citing_of_someone_who_speaks_makes_the_subject_a_carrier(nlp, text):
    quote = _only(analyze(text, nlp=nlp))
    assert "the talks had failed" in quote.content[0].text
    assert quote.speaker.text in ("a ministry official", "two officials")
    assert quote.speaker_kind == "anonymous"
    assert [hop.name for hop in quote.via] == ["Merpress"]


def test_a_closing_citing_of_a_reason_is_the_speakers_own(nlp):
    # "Brexit" is no one who speaks, whatever the entity recognizer makes of it.
    report = analyze("The company said profits fell, citing Brexit.", nlp=nlp)
    said = next(q for q in report.quotes if q.cue.text == "said")
    assert said.speaker.text == "The company"
    assert said.via == ()


def test_a_closing_participle_belongs_to_the_speaker_not_the_content(nlp):
    # The parser hangs "citing" on "fell"; the company cites, not profits.
    report = analyze("The company said profits fell, citing weak demand.", nlp=nlp)
    assert {q.speaker.text for q in report.quotes} == {"The company"}


@pytest.mark.parametrize(
    "text, speaker, carrier",
    [
        ("According to Interfax, citing a Kremlin aide, the meeting will take place in May.", "a Kremlin aide", "Interfax"),
        (
            "According to a report by the Dorran Ledger, citing internal budget documents, the authority had planned the closures.",
            "internal budget documents",
            "Dorran Ledger",
        ),
    ],
)
def test_according_to_a_carrier_citing_a_source(nlp, text, speaker, carrier):
    quote = _only(analyze(text, nlp=nlp))
    assert not quote.content[0].text.startswith("citing")
    assert quote.speaker.text == speaker
    assert [hop.name for hop in quote.via] == [carrier]


def test_a_cited_anonymous_source_keeps_what_makes_it_anonymous(nlp):
    # The parser hangs "with knowledge of the matter" on "citing", not on "people".
    text = "The Financial Times reported that Kestrel had held talks, citing people with knowledge of the matter."
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker.text == "people with knowledge of the matter"
    assert quote.speaker_kind == "anonymous"
    assert [hop.name for hop in quote.via] == ["Financial Times"]


def test_a_closing_according_to_carries_the_cue_before_it(nlp):
    report = analyze("The minister said the talks had failed, according to the Valpress agency.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "The minister"
    assert [c.text for c in quote.content] == ["the talks had failed"]
    assert [hop.name for hop in quote.via] == ["Valpress"]


def test_a_closing_according_to_a_poll_is_the_source_of_the_whole_sentence(nlp):
    report = analyze("Seventy-two percent of voters now believe he could win, according to a new Harlow poll.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "according to"
    assert (quote.speaker.text, quote.speaker_kind) == ("a new Harlow poll", "document")
    assert [c.text for c in quote.content] == ["Seventy-two percent of voters now believe he could win"]


def test_a_report_citing_sources_is_carried_by_its_author(nlp):
    text = (
        "A report by the Reuters news agency, citing three people familiar with the deal, "
        "said the price had risen to 3 billion euros.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.speaker_kind) == ("three people familiar with the deal", "anonymous")
    assert [c.text for c in quote.content] == ["the price had risen to 3 billion euros"]
    assert [(hop.name, hop.kind) for hop in quote.via] == [("Reuters", "outlet")]


def test_quoted_as_saying_with_no_one_named_keeps_the_carrier_of_the_last_quote(nlp):
    text = (
        "Corvia warned its neighbour against the drills, the state news agency Tanpress reported, "
        "citing Foreign Ministry spokesman Edo Varnik.\n\n"
        '"Any provocation will be met with a firm response," Varnik was quoted as saying.\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert second.speaker_name == first.speaker_name == "Edo Varnik"
    assert [hop.name for hop in second.via] == [hop.name for hop in first.via] == ["Tanpress"]


def test_quoted_as_saying_does_not_borrow_a_carrier_from_someone_else(nlp):
    text = (
        "Corvia warned its neighbour against the drills, the state news agency Tanpress reported, "
        "citing Foreign Ministry spokesman Edo Varnik.\n\n"
        '"We are not afraid," Defence Minister Ana Solis was quoted as saying.\n'
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Ana Solis"
    assert report.quotes[-1].via == ()


def test_a_sports_broadcaster_told_is_an_outlet(nlp):
    report = analyze("Coach Ana Valverde told Sky Sports that the title race was open.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert any(f.rule == "QC101" for f in report.findings)


def test_a_that_clause_after_a_long_citing_phrase_is_the_content(nlp):
    text = (
        "The Ulvanian news agency Vestra reported, citing a senior official at the Ulvanian foreign "
        "ministry, that Ulvania was preparing to summon the ambassador.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "a senior official at the Ulvanian foreign ministry"
    assert quote.content[0].text.endswith("Ulvania was preparing to summon the ambassador")
    assert [hop.name for hop in quote.via] == ["Vestra"]


def test_a_translation_by_an_outlet_is_one_hop_and_a_foreign_masthead_is_an_outlet(nlp):
    text = (
        '"Every state decides who enters," Radek Sumil said, according to a translation by the Valdren Herald.\n\n'
        'Club president Augusto Lemos was quoted by the Portuguese daily O Relvado as saying that the striker "is not for sale."\n'
    )
    sumil, lemos = analyze(text, nlp=nlp).quotes
    assert [(h.name, h.kind) for h in sumil.via] == [("Valdren Herald", "outlet")]
    assert [(h.name, h.kind) for h in lemos.via] == [("O Relvado", "outlet")]


def test_a_document_an_outlet_has_seen_speaks_through_that_outlet(nlp):
    text = "According to an internal memo seen by the Harbour Ledger, Kestrel managers were told in March to prepare for a strike.\n"
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert (quote.speaker.text, quote.speaker_kind) == ("an internal memo", "document")
    assert [(h.name, h.kind) for h in quote.via] == [("Harbour Ledger", "outlet")]
    assert "QC101" in [f.rule for f in report.findings]
