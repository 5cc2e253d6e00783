"""Review r15, second half: a quoting "but" clause is the speaker's only when it reads as their
reported words, a relative clause of a deed stays in the speaker's description, and a poll's
method is no finding. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _said(report):
    return next(q for q in report.quotes if q.cue is not None and q.cue.text == "said")


# --- A "but" clause about someone else is the writer's narration ---------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('The chief executive said there were "no plans to cut jobs," but workers remain "deeply worried."', 'there were "no plans to cut jobs,"'),
        ('The minister said the deal was "good for jobs," but unions remain "deeply sceptical."', 'the deal was "good for jobs,"'),
        ('The coach said his team was "ready," but the injury list is "worrying."', 'his team was "ready,"'),
    ],
    ids=["workers", "unions", "injury-list"],
)
def test_counterpoint_about_others_is_not_the_speakers(nlp, text, kept):
    report = analyze(text, nlp=nlp)
    assert [c.text for c in _said(report).content] == [kept]
    # The quoted fragment after "but" has no speaker of its own: the finding is back.
    assert any(f.rule == "QC301" for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        'The chief executive said the firm had "no plans to raise prices," but the company would "watch cocoa very closely."',
        'The chief executive said prices were "stable," but the company remains "cautious about cocoa."',
        'Ruiz said the plan was "fully funded," but she remains "worried about costs."',
    ],
    ids=["modal", "speakers-body", "pronoun"],
)
def test_counterpoint_in_the_speakers_voice_stays(nlp, text):
    # Guard: a backshift modal, the speaker's body or a pronoun keeps the clause the speaker's.
    content = [c.text for c in _said(analyze(text, nlp=nlp)).content]
    assert len(content) == 1 and " but " in content[0]


# --- A relative clause of a deed stays in the description -----------------------------------------


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Marit Olsson, a lawyer who defended the mayor in court, said the ruling was wrong.", "a lawyer who defended the mayor in court"),
        (
            "Jane Moss, a lawyer who argued the case before the Supreme Court, said the ruling was wrong.",
            "a lawyer who argued the case before the Supreme Court",
        ),
    ],
    ids=["defended", "argued"],
)
def test_deed_in_relative_clause_stays_description(nlp, text, description):
    assert _said(analyze(text, nlp=nlp)).speaker_descriptions == (description,)


@pytest.mark.parametrize(
    "text",
    [
        "Petra Hollis, an opposition lawmaker who has called for the minister to resign, said the ruling was wrong.",
        "Petra Hollis, an opposition lawmaker who accused the board of negligence, said the ruling was wrong.",
    ],
    ids=["called-for", "accused-of"],
)
def test_reporting_relative_clause_is_cut_from_description(nlp, text):
    # Guard: a relative clause of what the person said is a quote of theirs, not a description.
    assert _said(analyze(text, nlp=nlp)).speaker_descriptions == ("an opposition lawmaker",)


# --- A poll's method is no finding -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A survey by Castlegate Research puts the margin of error at 3 percent.",
        "The poll puts the response rate at 40 percent.",
    ],
    ids=["margin-of-error", "response-rate"],
)
def test_poll_method_is_no_finding(nlp, text):
    assert analyze(text, nlp=nlp).quotes == ()


def test_poll_placing_a_candidate_stays(nlp):
    # Guard: a poll that places a candidate at a figure is still a finding.
    (quote,) = analyze("A survey by Castlegate Research puts Webb on 38 percent.", nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["Webb on 38 percent"]


def test_a_relay_of_no_source_between_cue_and_clause_is_no_quote(nlp):
    text = "The paper reported, citing the merger, that jobs would go.\n"
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue] == ["reported"]
    assert report.quotes[0].speaker.text == "The paper"


def test_guard_a_cited_person_between_cue_and_clause_still_speaks(nlp):
    # Guard: a source in that place makes a chain, as before.
    text = "The Harbor Post reported, citing a hospital administrator, that two nurses had fallen ill.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "a hospital administrator"
    assert [hop.name for hop in quote.via] == ["Harbor Post"]
