"""Where reported content ends when the claim goes on after a comma: a participle clause on the
reported clause's verb that says what came of it, optionally led by an adverb of result. End to
end with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


def _indirect(text: str, nlp) -> list:
    return [q for q in analyze(text, nlp=nlp).quotes if q.type == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The company said it earned 4 million dollars in March, bringing its total for the year to 12 million dollars.",
            "it earned 4 million dollars in March, bringing its total for the year to 12 million dollars",
            "said",
            "The company",
        ),
        (
            "Residents said the river rose overnight, flooding 40 homes.",
            "the river rose overnight, flooding 40 homes",
            "said",
            "Residents",
        ),
        (
            "The mayor said the city would raise the parking fee, thereby closing the gap in the budget.",
            "the city would raise the parking fee, thereby closing the gap in the budget",
            "said",
            "The mayor",
        ),
    ],
    ids=["result", "consequence", "thereby"],
)
def test_participle_tail_goes_on_with_claim(nlp, text, content, cue, speaker):
    [quote] = _indirect(text, nlp)
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The writer's gloss on a plan, after a to-infinitive of promising.
        ("The minister has pledged to expand the navy, reversing decades of caution.", "to expand the navy"),
        # A participle with a cue of its own is another statement.
        ("Lena Park said the drivers had walked out, amounting to what the union said was a strike.", "the drivers had walked out"),
        # A participle of speech is the speaker's next act.
        ("Okafor said the plan would cost more than expected, adding to the strain.", "the plan would cost more than expected"),
        # An adverb of the writer's judgement leads no participle into the claim.
        ("Okafor warned that the bridge was unsafe, wrongly blaming the engineers.", "that the bridge was unsafe"),
    ],
    ids=["after-infinitive", "own-cue", "speech-participle", "judging-adverb"],
)
def test_participle_tail_left_out(nlp, text, content):
    first = _indirect(text, nlp)[0]
    assert content_texts(first) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Park said she hoped to get her account back, and then would continue to travel around the state.",
            "she hoped to get her account back, and then would continue to travel around the state",
        ),
        (
            "Leon said he was rooting for the home team but would now root for the visitors.",
            "he was rooting for the home team but would now root for the visitors",
        ),
    ],
    ids=["and-then-would", "but-would"],
)
def test_backshifted_conjunct_shares_reported_subject(nlp, text, content):
    """A subjectless "would" verb the parser joins to a past cue goes on with the reported clause."""
    [quote] = _indirect(text, nlp)
    assert content_texts(quote) == [content]
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text in ("Ms. Park", "Leon")


def test_backshifted_refusal_stays_the_speakers_act(nlp):
    """"but would not say who": the speaker's refusal is a cue of its own, not more content."""
    quotes = _indirect("Leon said the plan was sound but would not say who wrote it.", nlp)
    assert [content_texts(q) for q in quotes] == [["the plan was sound"], ["who wrote it"]]
    assert [q.cue.text for q in quotes] == ["said", "would not say"]


def test_adverb_before_subordinator_keeps_reason(nlp):
    """", partly because ...": an adverb before the subordinator keeps the reason in the claim."""
    [quote] = _indirect("The mayor said the city would cut the budget, partly because revenue fell.", nlp)
    assert content_texts(quote) == ["the city would cut the budget, partly because revenue fell"]
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "The mayor"
