"""Chains and anonymous sources from QA probes p46 and p47 (round 16): "according to X, which
cited Y", a carrier taken over and told again, a company's own spokesperson, and the reason for
anonymity given in a participle. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


def _rules(report, rule):
    return [f for f in report.findings if f.rule == rule]


# --- "According to X, which cited Y, <clause>": Y spoke, X carried it ----------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "According to the news agency Ostpress, which cited the regional governor, one of the dead"
            " was a retired electrician.",
            "one of the dead was a retired electrician",
            "the regional governor",
        ),
        (
            "According to Ostpress, which cited the regional governor, one of the dead was a"
            " 62-year-old electrician.",
            "one of the dead was a 62-year-old electrician",
            "the regional governor",
        ),
    ],
    ids=["outlet-noun-and-name", "bare-name"],
)
def test_according_which_cited_keeps_clause_subject(nlp, text, content, speaker):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == [content]
    assert quote.speaker.text == speaker
    assert [hop.name for hop in quote.via] == ["Ostpress"]
    assert quote.via[0].kind != "person"


def test_according_which_cited_names_earlier_speaker(nlp):
    text = (
        "Mayor Ilse Brandvik said two bridges had closed. According to the news agency Nordpress,"
        " which cited the mayor, one of the bridges was built in 1931."
    )
    report = analyze(text, nlp=nlp)
    assert _contents(report)[1] == ["one of the bridges was built in 1931"]
    quote = report.quotes[1]
    assert quote.speaker_name == "Ilse Brandvik"
    assert [(hop.name, hop.kind) for hop in quote.via] == [("Nordpress", "outlet")]


def test_according_clause_read_as_relative_of_source(nlp):
    report = analyze("According to the state broadcaster Radio Vell, one of the victims was a teacher.", nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ["one of the victims was a teacher"]
    assert quote.speaker_name == "Radio Vell"


# --- One carrier counted once; a company's own spokesperson is no hop ---------------------------


def test_carrier_taken_over_and_told_again_is_one_hop(nlp):
    text = (
        "According to one insider quoted by Starwatch magazine, the couple split in March."
        ' "They have not spoken since," the insider told the magazine.'
    )
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2
    second = report.quotes[1]
    names = [hop.name for hop in second.via] + ([second.recipient.name] if second.recipient else [])
    assert names.count("Starwatch") == 1
    assert not _rules(report, "QC102")


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor said the plant would close, Radio Vell reported, citing a company spokesman.",
        "The carmaker Veltro said it would recall 4,000 vehicles, the Morning Ledger reported, citing a"
        " Veltro spokeswoman.",
    ],
    ids=["company-spokesman", "named-spokeswoman"],
)
def test_own_spokesperson_is_no_hop(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [hop.kind for hop in quote.via] == ["outlet"]
    assert not _rules(report, "QC102")
    assert _rules(report, "QC101")


def test_other_bodys_spokesperson_stays_a_hop(nlp):
    # Guard: a police spokesman is not the ministry's own voice.
    text = "The ministry said the border would reopen, the Harbour Gazette reported, citing a police spokesman."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [hop.kind for hop in quote.via] == ["person", "outlet"]


# --- "..., X said, asking not to be identified because ...": a condition, not more words ---------


def test_anonymity_participle_after_cue_gives_reason(nlp):
    text = (
        "A ceasefire could be agreed within days, one of the officials said, asking not to be"
        " identified because the talks are confidential."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ["A ceasefire could be agreed within days"]
    assert quote.speaker_kind == "anonymous"
    (finding,) = _rules(report, "QC201")
    assert "because the talks are confidential" in finding.message


def test_anonymity_participle_after_cue_is_no_statement(nlp):
    report = analyze("The mine will close in March, two officials said, asking not to be named.", nlp=nlp)
    assert _contents(report) == [["The mine will close in March"]]
