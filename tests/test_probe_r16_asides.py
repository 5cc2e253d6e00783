"""Reported content broken by an aside inside it, from the round 16 probes: a subject cut off
before an appositive, a predicate lost after a dash aside, a gerund subject set off from its
verb by a comma aside, and a closing cue the parser read as the content's second verb. End to
end with the real model, and one repair on a hand-built parse. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotecheck.extract import frames
from quotecheck.pipeline import analyze


def _contents(report):
    return [[c.text for c in q.content] for q in report.quotes]


# --- A subject set off from its verb by an aside ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marchetti said their circles of backers, almost all bankers until a decade ago, were now"
            " mostly teachers.",
            ["their circles of backers, almost all bankers until a decade ago, were now mostly teachers"],
        ),
        (
            "The mayor said the new levy \u2014 though it was modest by regional standards \u2014 had"
            " angered shop owners across the city.",
            ["the new levy", "had angered shop owners across the city"],
        ),
    ],
    ids=["appositive-closed-by-cue-phrase", "dash-clause-on-cue"],
)
def test_subject_before_aside_is_kept(nlp, text, expected):
    assert _contents(analyze(text, nlp=nlp)) == [expected]


# --- A dash aside inside the content: the predicate after it is kept, the aside left out --------


def test_predicate_after_dash_aside_is_kept(nlp):
    text = (
        "Okafor struck a different note, saying that fears about rising rents \u2014 as described by"
        " Mira Holt, a former housing official \u2014 were not to be ignored."
    )
    quotes = analyze(text, nlp=nlp).quotes
    said = next(q for q in quotes if q.cue is not None and q.cue.text == "saying")
    assert [c.text for c in said.content] == ["that fears about rising rents", "were not to be ignored"]


def test_dash_aside_after_that_is_left_out(nlp):
    text = "Ruiz argued that rents were too high and that \u2014 despite the new towers \u2014 the city lacked homes."
    assert _contents(analyze(text, nlp=nlp)) == [["that rents were too high and that", "the city lacked homes"]]


def test_dash_list_spelling_out_the_subject_stays(nlp):
    # Guard: a list between dashes says who is meant, and is part of the claim.
    text = "He said the nominees -- Romney, McCain and Bush -- all plan to skip it."
    assert _contents(analyze(text, nlp=nlp)) == [["the nominees -- Romney, McCain and Bush -- all plan to skip it"]]


def test_hyphen_in_a_word_does_not_close_a_dash_aside(nlp):
    # Guard: the hyphen of "front-runner" closes no aside, so the tail is still cut at the dash.
    text = "Vance is pledging to fight on -- even as his front-runner rival closed in on the nomination."
    assert _contents(analyze(text, nlp=nlp)) == [["to fight on"]]


# --- A gerund subject set off from its verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abernathy said closing the rural clinics before new staff could be hired, and without"
            " knowing who will run them, could needlessly hurt patients.",
            "closing the rural clinics before new staff could be hired, and without knowing who will run"
            " them, could needlessly hurt patients",
        ),
        (
            "Ortega said raising the fees, despite the deficit, was a mistake.",
            "raising the fees, despite the deficit, was a mistake",
        ),
    ],
    ids=["and-prepositional-aside", "prepositional-aside"],
)
def test_gerund_subject_across_comma_aside(nlp, text, expected):
    assert _contents(analyze(text, nlp=nlp)) == [[expected]]


# --- A closing cue read as the content's second verb -------------------------------------------


def test_closing_cue_read_as_conjunct_is_made_the_main_verb(nlp):
    # The parse the model gives in some contexts: "said" a second verb of "built", with no "and"
    # and no subject, and the spokeswoman "built"'s object.
    words = "The city built the shelter , a spokeswoman , Maria Lopez , said on Monday , and it has opened it .".split()
    heads = [1, 2, 2, 4, 2, 2, 7, 2, 7, 10, 7, 7, 2, 12, 13, 12, 12, 19, 19, 12, 19, 2]
    deps = [
        "det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "dobj", "punct", "compound", "appos",
        "punct", "conj", "prep", "pobj", "punct", "cc", "nsubj", "aux", "conj", "dobj", "punct",
    ]
    tags = [
        "DT", "NN", "VBD", "DT", "NN", ",", "DT", "NN", ",", "NNP", "NNP",
        ",", "VBD", "IN", "NNP", ",", "CC", "PRP", "VBZ", "VBN", "PRP", ".",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    frames._reattach_closing_cue_read_as_conjunct(doc, list(doc))
    said = doc[12]
    assert said.dep_ == "ROOT"
    assert [(c.text, c.dep_) for c in said.children if c.dep_ in ("nsubj", "ccomp")] == [("built", "ccomp"), ("spokeswoman", "nsubj")]
    assert doc[19].head.i == said.i  # "it has opened it" still goes on with what was said


def test_cue_joined_by_and_stays_a_second_act(nlp):
    # Negative case of the repair: "... and said ...": a second act of the same subject.
    words = "The city built the shelter and said it was safe .".split()
    heads = [1, 2, 2, 4, 2, 2, 2, 8, 6, 8, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "cc", "conj", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "CC", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    frames._reattach_closing_cue_read_as_conjunct(doc, list(doc))
    assert doc[6].dep_ == "conj" and doc[2].dep_ == "ROOT"
