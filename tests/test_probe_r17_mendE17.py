"""Round 17, third review (speakers): a person named right after "the newspaper," is no outlet;
"Jr."/"Sr." stay in a name, so a father and son stay two people; a named pair that was only a
subject is no later "they" once someone else came in between. End to end with the real model.
The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_with as _by_content


# --- A person after "the newspaper," --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talking to the newspaper, Marta Lindqvist said the bridge was unsafe. She added that repairs had stalled.",
        "In a call with the broadcaster, Peter Osei said the depot would shut. He said drivers had been warned.",
    ],
    ids=["newspaper", "broadcaster"],
)
def test_person_after_outlet_comma_is_a_person(nlp, text):
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert first.speaker_kind == "person"
    second = report.quotes[1]
    assert second.speaker_name == first.speaker_name
    assert not any(f.rule in ("QC102", "QC203") for f in report.findings)


def test_person_opening_main_clause_after_according_to_is_a_person(nlp):
    text = "According to the newspaper, Marta Lindqvist was paid twice by the council. Lindqvist said the claim was false."
    report = analyze(text, nlp=nlp)
    quote = _by_content(report, "the claim was false")
    assert quote.speaker_name == "Marta Lindqvist"
    assert quote.speaker_kind == "person"


def test_outlet_named_in_apposition_after_comma(nlp):
    # Guard: "the broadcaster, Harbour Live," closed by a comma still names the outlet.
    text = "The poll was run by the broadcaster, Harbour Live, last week. Harbour Live said turnout would be low."
    report = analyze(text, nlp=nlp)
    quote = _by_content(report, "turnout would be low")
    assert quote.speaker_kind == "outlet"


# --- Generational suffixes --------------------------------------------------------------------


def test_junior_and_senior_are_two_people(nlp):
    text = (
        "Walter Brandt Jr. said the shop would close. His father, Walter Brandt Sr., said he wanted to keep it."
        " Brandt Sr. said the shop had opened in 1961."
    )
    report = analyze(text, nlp=nlp)
    son = _by_content(report, "the shop would close")
    father = _by_content(report, "had opened in 1961")
    assert son.speaker_name != father.speaker_name
    assert "Sr" in (father.speaker_name or "")


# --- A silent named pair and a later "they" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ford and Omar Haddad bought the hotel in 2020. Fire officers inspected it in June. They said the exits were blocked.",
        "Lena Ford and Omar Haddad bought the hotel in 2020. On Friday, firefighters closed it. They said the exits were blocked.",
    ],
    ids=["officers", "after-opener"],
)
def test_silent_pair_not_they_after_other_subject(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name != "Lena Ford and Omar Haddad"


def test_silent_pair_they_in_next_sentences(nlp):
    # Guard: the pair is "they" right after, and after sentences that all open with "they".
    text = "Lena Ford and Omar Haddad bought the hotel in 2020. They said trade was slow. They added that staff were hard to find."
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Lena Ford and Omar Haddad"] * 2
