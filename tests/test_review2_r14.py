"""Review 2 of round 14, finding 1: whom a later "the official" means. A role word that only
modifies another noun ("an official statement") brings in nobody new. End to end with the
real model; the sentences are the reviewer's and the quotecheck authors'."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _last_speaker(text, nlp):
    report = analyze(text, nlp=nlp)
    return report.quotes[-1].speaker_name


# --- Finding 1: a role word as a modifier is no new holder of the role -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The reviewer's sentences (regressions of round 14).
        (
            "Ana Ruiz, a senior official at the ministry, said the talks would resume. The ministry "
            'later released an official statement. "We remain hopeful," the official said.',
            "Ana Ruiz",
        ),
        (
            "Deon Marsh, a passenger, said the plane shook. A passenger jet landed nearby an hour "
            'later. "It was terrifying," the passenger said.',
            "Deon Marsh",
        ),
        (
            "Tom Hale, a doctor at the clinic, said the boy was stable. The family showed a "
            "doctor's note. \"He needs rest,\" the doctor said.",
            "Tom Hale",
        ),
        (
            "Lena Brandt, a nurse on the night shift, said the ward was full. Staff pinned a nurse "
            'rota to the door. "We cannot cope," the nurse said.',
            "Lena Brandt",
        ),
    ],
)
def test_role_word_as_modifier_keeps_the_named_holder(nlp, text, name):
    assert _last_speaker(text, nlp) == name


def test_new_holder_after_a_comma_is_still_new(nlp):
    # A comma before "a passenger" ends an opener, not a person's name.
    text = (
        "Deon Marsh, a passenger, said the plane shook. On Tuesday, a passenger posted video of "
        'the cabin. "It was chaos," the passenger wrote.'
    )
    assert _last_speaker(text, nlp) is None


def test_new_holder_as_agent_is_new(nlp):
    # Guard: the case the rule was written for.
    text = (
        "Another passenger, Deon Marsh, said the plane shook. Video posted online by a passenger "
        'showed smoke. "It was chaos," the passenger wrote.'
    )
    assert _last_speaker(text, nlp) is None
