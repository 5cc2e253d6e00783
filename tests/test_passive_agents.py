"""A cue verb in the passive with its agent named ("was first reported by the Ledger"), and a
statement noun whose clause also holds a speech verb ("In her speech, X praised A and said B"),
end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "speaker"),
    [
        (
            "The closure of the plant was first reported by the Valley Ledger.",
            ["The closure of the plant"],
            "was first reported by",
            "the Valley Ledger",
        ),
        (
            "The new zoning plan was sharply criticized by local farmers.",
            ["The new zoning plan"],
            "was sharply criticized by",
            "local farmers",
        ),
        (
            "The mayor has been criticized by several councillors for delaying the repairs.",
            ["The mayor", "for delaying the repairs"],
            "has been criticized by",
            "several councillors",
        ),
    ],
)
def test_the_agent_of_a_passive_cue_said_it_of_the_subject(nlp, sentence, content, cue, speaker):
    report = analyze(sentence + "\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect"
    assert [c.text for c in quote.content] == content
    assert quote.cue.text == cue
    assert quote.speaker.text == speaker


def test_an_outlet_as_agent_is_the_speaker_kind_outlet(nlp):
    report = analyze("The resignation was first reported by the Harbor Times.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"


def test_a_relative_clause_on_the_agent_is_not_part_of_the_speaker(nlp):
    report = analyze("The proposal was rejected by the farmers, who called it unfair.\n", nlp=nlp)
    rejected = next(q for q in report.quotes if q.cue.text.startswith("was rejected"))
    assert rejected.speaker.text == "the farmers"
    assert [c.text for c in rejected.content] == ["The proposal"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A carrier, not a speaker: the chain, not a quote of Interfax's.
        "Kovac, quoted by Interfax, said the talks had failed.\n",
        # A passive without a speech verb.
        "The judge was appointed to the court by the governor.\n",
        # "as" after the agent: the content is the description, handled elsewhere.
        "He was described by colleagues as a tireless negotiator.\n",
    ],
)
def test_no_agent_frame_for_carriers_other_verbs_or_descriptions(nlp, sentence):
    report = analyze(sentence, nlp=nlp)
    assert not any(q.cue is not None and q.cue.text.endswith(" by") for q in report.quotes)


def test_a_statement_noun_leaves_a_conjoined_said_clause_to_its_own_quote(nlp):
    # "positioned" is no cue of its own, so the statement noun makes the clause a quote.
    text = (
        "In his remarks, the governor positioned the plan as a rescue for farmers and said the "
        "state would pay for it.\n"
    )
    report = analyze(text, nlp=nlp)
    contents = sorted(c.text for q in report.quotes for c in q.content)
    assert "the state would pay for it" in contents
    assert not any("said" in c for c in contents)


def test_the_one_accused_in_the_passive_is_what_was_said_of_not_the_speaker(nlp):
    text = 'The health secretary, Fiona Marsh, has been accused of closing rural wards "by stealth".\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is None and quote.speaker_name is None
    assert [c.text for c in quote.content][0] == "The health secretary, Fiona Marsh"
    assert any(f.rule == "QC202" for f in report.findings)


def test_a_manner_after_by_is_no_agent(nlp):
    report = analyze("The plan was rejected by hand in the old ballot.\n", nlp=nlp)
    assert not any(q.speaker is not None and q.speaker.text == "hand" for q in report.quotes)


def test_an_intention_inside_a_statement_is_not_passed_on(nlp):
    report = analyze("A council official said the operator had threatened to withdraw.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "A council official"
    assert [c.text for c in quote.content] == ["the operator had threatened to withdraw"]
    assert quote.via == ()
