"""Chains of two or more hops end to end with the model: a closing cue after a quotation, an
interposed "according to X, that ...", and a cited source that in turn cited another.

The order of ``via`` is nearest the speaker first: in "X said ..., Y reported, citing Z" Z heard
X and Y cited Z (X -> Z -> Y); in "X said ..., Y reported, according to Z" Z says that Y
reported, so Z is nearest the publisher (X -> Y -> Z).
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rule_set as _rules


def _only(report):
    (quote,) = report.quotes
    return quote


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            # The comma inside the closing quotation mark no longer hides the closing cue.
            'Health Minister Ingrid Vatne said that "the clinics will reopen," the Harbour Tribune '
            "reported, citing Radio Kestrel.\n",
            "Ingrid Vatne",
            ["Radio Kestrel", "Harbour Tribune"],
        ),
        (
            'Health Minister Ingrid Vatne said, according to Radio Kestrel, that "the clinics will reopen," '
            "the Harbour Tribune reported.\n",
            "Ingrid Vatne",
            ["Radio Kestrel", "Harbour Tribune"],
        ),
    ],
    ids=["quotation-reported-citing", "said-according-that-quotation-reported"],
)
def test_two_outlets_after_a_named_speaker(nlp, text, speaker, via):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert (quote.speaker_name, quote.speaker_kind) == (speaker, "person")
    assert [h.name for h in quote.via] == via
    assert quote.recipient is None
    assert {"QC101", "QC102"} <= _rules(report)
    (chain,) = [f for f in report.findings if f.rule == "QC102"]
    assert chain.message.startswith(f"Long chain: {speaker} → ")
    assert ",," not in chain.suggestion


def test_closing_cue_after_a_quotation_carries_the_speaker(nlp):
    report = analyze('Interior Minister Pavel Dorn said that "no one will be deported," the Lakeside Courier reported.\n', nlp=nlp)
    quote = _only(report)
    assert (quote.speaker_name, quote.speaker_kind) == ("Pavel Dorn", "person")
    assert [h.name for h in quote.via] == ["Lakeside Courier"]
    assert quote.recipient is None
    assert "QC101" in _rules(report)
    assert "QC102" not in _rules(report)


def test_according_to_between_cue_and_that_clause(nlp):
    report = analyze("Interior Minister Pavel Dorn said, according to the Lakeside Courier, that the camps would close.\n", nlp=nlp)
    quote = _only(report)
    assert (quote.speaker_name, quote.speaker_kind) == ("Pavel Dorn", "person")
    assert [h.name for h in quote.via] == ["Lakeside Courier"]
    assert [c.text for c in quote.content] == ["that the camps would close"]
    assert "QC101" in _rules(report)
    assert "QC102" not in _rules(report)


def test_citing_a_report_that_quoted_an_anonymous_aide(nlp):
    text = (
        "The Skagen news agency said, citing a report in the daily Aftenbladet, which quoted an unnamed "
        "aide to the president, that President Lena Moberg had considered resigning.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.speaker_kind == "anonymous"
    assert quote.speaker is not None and quote.speaker.text == "an unnamed aide to the president"
    assert [h.name for h in quote.via] == ["Aftenbladet", "Skagen"]
    assert quote.recipient is None
    assert {"QC101", "QC102", "QC201"} <= _rules(report)


def test_citing_an_outlet_which_in_turn_cited_another(nlp):
    text = (
        "The Meridian Wire, citing the public broadcaster NRT, which in turn cited the newspaper "
        "Kvallsposten, reported that Trade Minister Jon Ekberg had signed the deal last week.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = _only(report)  # no second quote for "cited the newspaper Kvallsposten"
    assert (quote.speaker_name, quote.speaker_kind) == ("Kvallsposten", "outlet")
    assert [h.name for h in quote.via] == ["NRT", "Meridian Wire"]
    assert quote.recipient is None
    assert {"QC101", "QC102"} <= _rules(report)


def test_long_chain_from_an_outlets_own_report_starts_with_it(nlp):
    text = (
        "The Meridian Wire, citing the public broadcaster NRT, which in turn cited the newspaper "
        "Kvallsposten, reported that Trade Minister Jon Ekberg had signed the deal last week.\n"
    )
    report = analyze(text, nlp=nlp)
    (chain,) = [f for f in report.findings if f.rule == "QC102"]
    assert ",," not in chain.suggestion
    # The outlet that reported the words first starts the chain: no source it did not name.
    assert chain.message.startswith("Long chain: Kvallsposten's own reporting \u2192 NRT \u2192 ")
    assert "unnamed" not in chain.message
    assert "Kvallsposten, which reported them first, and quote" in chain.suggestion


@pytest.mark.parametrize(
    "text",
    [
        # The tagger reads "Citing Reuters" as one name, the subject beside it or in apposition.
        'Citing Reuters, the Northern Gazette reported that Energy Minister Tove Aasen said "the pipeline is safe."\n',
        'Citing Reuters, the Western Daily reported that Energy Minister Tove Aasen said "the pipeline is safe."\n',
    ],
    ids=["apposition", "second-subject"],
)
def test_opening_citing_before_a_name(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert (quote.speaker_name, quote.speaker_kind) == ("Tove Aasen", "person")
    assert [h.name for h in quote.via][0] == "Reuters"
    assert len(quote.via) == 2 and quote.via[1].kind == "outlet"
    assert quote.recipient is None
    assert {"QC101", "QC102"} <= _rules(report)


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            'Citing Reuters, the Western Daily reported that Tove Aasen had "no wish to stay on," a phrase '
            "it attributed to her press secretary, Nils Brekke.\n",
            "Nils Brekke",
            ["Reuters", "Western Daily"],
        ),
        (
            'The Harbour Daily reported that Mayor Ada Krohn had "no plans to step aside," words it '
            "attributed to her deputy, Lars Vik.\n",
            "Lars Vik",
            ["Harbour Daily"],
        ),
    ],
    ids=["phrase-citing", "words-reported"],
)
def test_phrase_attributed_to_someone_is_theirs(nlp, text, speaker, via):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert (quote.speaker_name, quote.speaker_kind) == (speaker, "person")
    assert [h.name for h in quote.via] == via
    assert quote.recipient is None
    assert quote.type == "direct"
    assert "QC101" in _rules(report)
    assert ("QC102" in _rules(report)) == (len(via) > 1)
