"""Inflected forms of the cue verbs, so that cues are found without a lemmatizer.

quotecheck matches words against ``FORM_TO_LEMMA`` rather than spaCy's lemmas: dropping the
lemmatizer and attribute ruler from the pipeline saves a tenth of the parse time. Regular forms
are derived here; irregular ones come from ``lexicon.IRREGULAR_FORMS``. Over-generating a form
(both "admited" and "admitted") is harmless: it only ever has to match real words.
"""

from __future__ import annotations

from typing import Iterable

from . import lexicon

_VOWELS = frozenset("aeiou")


def _ends_cvc(word: str) -> bool:
    """Whether a word ends consonant, vowel, consonant ("admit", "plan"), its last consonant
    doubled before "-ed" and "-ing". The "u" after "q" spells a consonant ("quiz", "equip").
    Stress is not checked, so "conquer" and "banquet" count too ("conquerred"): harmless, as
    ``forms_of`` over-generates on purpose and only ever has to match real words."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and (word[-3] not in _VOWELS or word[-4:-2] == "qu")
    )


def regular_forms(lemma: str) -> set[str]:
    """-s, -ed and -ing forms of a regular English verb, with both spellings where unsure."""
    forms = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")

    if lemma.endswith("e"):
        forms.add(lemma + "d")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(lemma + "ed")

    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        forms.add(lemma[:-1] + "ing")
    else:
        forms.add(lemma + "ing")

    if _ends_cvc(lemma):
        # admit -> admitted, plan -> planned; "edit" -> "edited" also stays in.
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


def forms_of(lemma: str) -> set[str]:
    """The forms of a verb: its irregular ones when ``lexicon`` lists them (the cue verbs'
    IRREGULAR_FORMS, then SUPPORT_VERB_IRREGULAR_FORMS: "made", "gave"), else the regular."""
    irregular = lexicon.IRREGULAR_FORMS.get(lemma) or lexicon.SUPPORT_VERB_IRREGULAR_FORMS.get(lemma)
    if irregular is not None:
        return {lemma, *irregular}
    return regular_forms(lemma)


def forms_of_all(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form of every verb in ``lemmas`` (``forms_of``): "said", "says", "asked", "asking"
    for "say" and "ask". Unlike ``FORM_TO_LEMMA`` it takes any verb, not only the cue verbs."""
    return frozenset(form for lemma in lemmas for form in forms_of(lemma))


def _build() -> dict[str, str]:
    lemmas = (
        lexicon.SPEECH_VERBS
        | lexicon.TELL_VERBS
        | lexicon.OBJECT_VERBS
        | lexicon.BELIEF_VERBS
        | lexicon.FINDING_VERBS
        | lexicon.RELAY_VERBS
        | lexicon.DECLINE_VERBS
        | lexicon.HEARSAY_PASSIVES
        | lexicon.AS_VERBS
        | {verb for verb, _ in lexicon.PHRASAL_CUES}
    )
    table: dict[str, str] = {}
    # Sorted, so that a form shared by two lemmas always maps the same way.
    for lemma in sorted(lemmas):
        for form in forms_of(lemma):
            table.setdefault(form, lemma)
    # A real form of a lemma wins over an over-generated form of another lemma.
    for lemma, forms in lexicon.IRREGULAR_FORMS.items():
        for form in forms:
            table[form] = lemma
    return table


#: Every cue-verb form quotecheck knows, lowercased, mapped to its lemma.
FORM_TO_LEMMA: dict[str, str] = _build()


def lemma_of(word: str) -> str | None:
    """The cue lemma of a word form, or None when it is not a cue verb form."""
    return FORM_TO_LEMMA.get(word.lower())
