"""Verb forms after "qu": the "u" spells a consonant, so "quip" doubles its last letter like
"admit" ("quipped"). The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.inflect import forms_of, lemma_of
from quotecheck.pipeline import analyze


@pytest.mark.parametrize(("lemma", "form"), [("quip", "quipped"), ("quip", "quipping"), ("quiz", "quizzed"), ("admit", "admitted")])
def test_doubled_forms_after_qu(lemma, form):
    assert form in forms_of(lemma)


def test_quipped_is_read_back_to_quip():
    assert lemma_of("quipped") == "quip"


def test_quipped_is_a_cue(nlp):
    report = analyze('"Only if it rains," the ferry captain quipped.\n\nThe mayor quipped that the bridge was older than he was.', nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["quipped", "quipped"]
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == ["the ferry captain", "The mayor"]
