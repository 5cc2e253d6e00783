"""Attribution chains after QA probes p48-p51 (round 17, chains17): outlets that carry words
through a misread "quoted ROLE NAME as saying", a framing phrase shared by every cue it
governs, a source quoted again, remarks only said to have been reported, and outlet names."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(text, nlp):
    return analyze(text, nlp=nlp).quotes


def _by_cue(quotes, cue):
    return next(q for q in quotes if q.cue is not None and cue in q.cue.text)


def test_outlet_quoted_role_and_name_as_saying(nlp):
    quotes = _quotes('Channel 4 quoted council leader Ilse Vantongeren as saying the pier was "beyond repair".', nlp)
    quote = _by_cue(quotes, "saying")
    assert quote.speaker_name == "Ilse Vantongeren"
    assert [hop.name for hop in quote.via] == ["Channel 4"]
    assert [hop.kind for hop in quote.via] == ["outlet"]


def test_quoted_role_name_keeps_role_as_description(nlp):
    report = analyze("The Orvel Tribune quoted party treasurer Mats Lindqvist as saying the accounts were in order.", nlp=nlp)
    quote = _by_cue(report.quotes, "saying")
    assert quote.speaker_name == "Mats Lindqvist"
    assert quote.speaker_descriptions == ("party treasurer",)
    assert any(f.rule == "QC101" for f in report.findings)


@pytest.mark.parametrize(
    "text, cue, outlet",
    [
        (
            'Writing in the Harwick Standard, Ada Quist gave the opera four stars and called it "a brave evening."',
            "called",
            "Harwick Standard",
        ),
        (
            'In the Lowfield Courier, Piet Ranst took a harder line, saying the staging "never finds its feet."',
            "saying",
            "Lowfield Courier",
        ),
        (
            "In an interview with the Tarrow Gazette, Mayor Elin Voss said the budget was tight but warned that fees could rise.",
            "warned",
            "Tarrow Gazette",
        ),
    ],
    ids=["coordinated-verb", "participle", "second-cue"],
)
def test_framing_phrase_governs_every_cue_of_its_sentence(nlp, text, cue, outlet):
    quote = _by_cue(_quotes(text, nlp), cue)
    carriers = [hop for hop in quote.via] + ([quote.recipient] if quote.recipient is not None else [])
    # The chain is what is tested here, not how much of the name the tagger kept.
    assert any(hop.kind == "outlet" and hop.name in outlet for hop in carriers)


def test_cue_with_its_own_subject_does_not_share_the_opening_outlet(nlp):
    # Guard: "the minister" replied in her own words, not in the Ledger.
    text = "In the Northern Ledger, Ida Krantz said the plan was weak, and the minister replied that it was not."
    quote = _by_cue(_quotes(text, nlp), "replied")
    assert not quote.via and quote.recipient is None


def test_unnamed_source_quoted_again_keeps_the_outlet(nlp):
    text = (
        "The Dunmore Herald reported, citing a senior police officer, that the road would stay shut. "
        'The officer was quoted as saying that repairs would take "weeks, not days."'
    )
    quote = _by_cue(_quotes(text, nlp), "as saying")
    assert [hop.name for hop in quote.via] == ["Dunmore Herald"]


def test_remarks_reported_by_an_outlet_are_no_statement(nlp):
    text = "His comments were first reported by the Ostvik Echo. In remarks first reported by the Ostvik Echo, Jonas Berg said he would stay."
    quotes = _quotes(text, nlp)
    assert [q.speaker_name for q in quotes] == ["Jonas Berg"]
    assert [hop.name for hop in quotes[0].via] == ["Ostvik Echo"]


def test_station_name_ending_in_fm_is_an_outlet(nlp):
    report = analyze('"We will reopen in May," Hanna Ruud, the owner, said in an interview with Kelby FM.', nlp=nlp)
    quote = report.quotes[0]
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert any(f.rule == "QC101" for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "The Corran Post reported, citing a court filing, that the ban covered wheat and barley.",
        "The Corran Post reported, citing a government decree, that the mine had closed in May.",
    ],
    ids=["clause-read-as-conjunct", "decree"],
)
def test_reported_citing_a_document(nlp, text):
    quote = _by_cue(_quotes(text, nlp), "citing")
    assert quote.speaker_kind == "document"
    assert [hop.name for hop in quote.via] == ["Corran Post"]
    assert quote.content[0].text.startswith("that ")
