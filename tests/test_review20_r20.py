"""Faults found reviewing round 20: a second cue after a comma read into a plain list of what
a past cue reported ("said the gunman walked in, shouted at the staff, then fled"), and a
listed newspaper named by a demonym ("The Australian") taken for the person just named. End
to end with the real model, and one hand-built parse; the sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotecheck.extract.frames import _reattach_second_cue_without_and
from quotecheck.pipeline import analyze

from .reports import content_texts


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Witnesses said the gunman walked in, shouted at the staff, then fled.",
            "Witnesses",
            ["the gunman walked in, shouted at the staff, then fled"],
        ),
        ("Police said the driver entered the bank, demanded cash.", "Police", ["the driver entered the bank", "demanded cash"]),
    ],
    ids=["three-acts", "two-acts"],
)
def test_past_list_after_a_cue_is_all_reported(nlp, text, speaker, words):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker.text, content_texts(quote)) == ("said", speaker, words)


def test_past_verb_after_a_comma_stays_in_the_content(nlp):
    # "Police said the driver entered the bank , demanded cash", with "demanded" read as a
    # second clause of "said": in the past, a list of what was reported, not a second cue.
    doc = Doc(
        nlp.vocab,
        words=["Police", "said", "the", "driver", "entered", "the", "bank", ",", "demanded", "cash"],
        heads=[1, 1, 3, 4, 1, 6, 4, 1, 1, 8],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "punct", "ccomp", "dobj"],
        tags=["NNS", "VBD", "DT", "NN", "VBD", "DT", "NN", ",", "VBD", "NN"],
    )
    _reattach_second_cue_without_and(doc, list(doc))
    assert (doc[8].head.i, doc[8].dep_) == (1, "ccomp")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mark Ruiz spoke in Sydney on Monday. The Australian reported that the deal was signed.",
        "Mark Ruiz spoke in Sydney on Monday. The Australian said the deal was signed on Friday.",
    ],
    ids=["reported", "said"],
)
def test_listed_newspaper_named_by_a_demonym_is_the_outlet(nlp, text):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert quote.speaker.text == "The Australian"
    assert (quote.speaker_name, quote.speaker_kind) == ("The Australian", "outlet")
