"""Chains and go-betweens from probes p52 and p53: an unnamed person an outlet cites, a
document's own statement beside what it reports someone said, a report that only bears out
a speaker's claim, a place after "in" that carries nothing, an unnamed labeller under
"according to", and a weekly named after its day. End to end with the real model. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


def _via(quote):
    return [h.name for h in quote.via]


def test_citing_an_unnamed_person_makes_them_the_source(nlp):
    report = analyze("The ferry line will cut its winter timetable, the Quayside Bulletin reported, citing a trustee.", nlp=nlp)
    assert len(report.quotes) == 1
    (quote,) = report.quotes
    assert quote.speaker.text == "a trustee"
    assert quote.speaker_kind == "anonymous"
    assert _via(quote) == ["Quayside Bulletin"]
    assert "QC201" in _rules(report, quote) and "QC101" in _rules(report, quote)




@pytest.mark.parametrize(
    ("text", "own", "speaker", "reported"),
    [
        (
            'The review says that the wards were "cramped and poorly lit" and that half of the nurses said they worked unpaid hours.',
            'that the wards were "cramped and poorly lit"',
            "half of the nurses",
            "they worked unpaid hours",
        ),
        (
            "The audit says that the ledgers were incomplete and that two clerks said they had never been trained.",
            "that the ledgers were incomplete",
            "two clerks",
            "they had never been trained",
        ),
    ],
    ids=["quoted-first-claim", "plain-first-claim"],
)
def test_second_that_clause_with_its_own_speaker(nlp, text, own, speaker, reported):
    report = analyze(text, nlp=nlp)
    by_cue = {q.cue.text: q for q in report.quotes if q.cue is not None}
    assert [c.text for c in by_cue["says"].content] == [own]
    inner = by_cue["said"]
    assert inner.speaker.text == speaker
    assert [c.text for c in inner.content] == [reported]
    assert len(inner.via) == 1 and inner.via[0].kind == "document"


@pytest.mark.parametrize(
    "text",
    [
        'The drivers\' guild said the survey confirmed what its members had been saying "since spring."',
        "The drivers' guild said the survey confirmed what its members had been saying since spring.",
    ],
    ids=["quoted-adjunct", "unquoted"],
)
def test_a_finding_that_bears_out_the_claim_is_no_chain(nlp, text):
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    assert quote.speaker.text == "The drivers' guild"
    assert quote.content[0].text.startswith("the survey confirmed what its members")
    assert not quote.via
    assert not {"QC101", "QC102", "QC201"} & set(_rules(report, quote))


def test_guard_body_that_confirmed_is_still_carried(nlp):
    # Guard: a body that confirmed gave words the speaker passed on.
    report = analyze("The guild said the ministry confirmed that forty depots would close.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "the ministry"
    assert _via(quote) == ["guild"] or [h.kind for h in quote.via] == ["organization"]


def test_guard_set_phrase_what_before_quotation_is_kept(nlp):
    # Guard: '"no matter what," X commented' is X's quotation.
    report = analyze('The plan will go ahead "no matter what," one resident commented.', nlp=nlp)
    assert [q.speaker.text for q in report.quotes] == ["one resident"]


def test_place_after_in_is_no_go_between(nlp):
    report = analyze("The striker is being investigated, according to newspapers in four countries.", nlp=nlp)
    (quote,) = report.quotes
    assert not quote.via
    assert all("go-between" not in f.message for f in report.findings)


def test_guard_publication_after_in_still_carries(nlp):
    # Guard: "a report in the X Herald" names the outlet.
    report = analyze("The striker is being investigated, according to a report in the Lowmoor Herald.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Lowmoor Herald"


def test_unnamed_labeller_under_according_to_is_the_speaker(nlp):
    report = analyze('Several guards, according to the inquiry, described the east wing as "the pit."', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "Several guards"
    assert quote.cue.text == "described"
    assert [h.kind for h in quote.via] == ["document"]


def test_weekly_named_after_its_day_is_an_outlet(nlp):
    report = analyze('Her agent, Tomas Rieke, told the Sunday Lantern that she was "heartbroken".', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Tomas Rieke"
    assert "QC101" in _rules(report, quote)
