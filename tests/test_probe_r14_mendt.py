"""Irregular forms of the support verbs (give, make, leave, begin), from the round 14 review:
they come from ``lexicon.SUPPORT_VERB_IRREGULAR_FORMS`` through ``inflect.forms_of``, so a
list introduced by "gave" is read like one introduced by "gives", while "left" or "made" stay
no cue verb. Sentences written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck import inflect
from quotecheck.pipeline import analyze


# Guard: "gives" (present) was read so before; "gave" was not.
@pytest.mark.parametrize("verb", ["gave", "gives"], ids=["past", "present"])
def test_list_introduced_by_gave_is_the_subjects(nlp, verb):
    text = f'The union {verb} three reasons:\n\n- "Pay has fallen for a decade."\n- "Staff are leaving."'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2
    assert all(q.speaker is not None and q.speaker.text == "The union" for q in report.quotes)


def test_support_verb_forms_are_no_cue_lemmas():
    # The support verbs' forms are known to forms_of, yet mapped to no cue lemma.
    assert {"gave", "given"} <= inflect.forms_of("give")
    assert "left" in inflect.forms_of("leave") and "began" in inflect.forms_of("begin")
    assert inflect.lemma_of("left") is None and inflect.lemma_of("made") is None
