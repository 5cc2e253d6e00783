"""Speakers joined by "and" end to end, on short articles written for these tests.

A statement made by two people is theirs together: reading only the first conjunct as the
speaker gives the words to one person, which is exactly the misattribution a fact-checker is
looking for.
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze
from quotecheck.schema import validate


def _by_text(report, piece):
    matches = [q for q in report.quotes if any(piece in part.text for part in q.content)]
    assert matches, f"no quote contains {piece!r}"
    return matches[0]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        pytest.param("Ana Ruiz and Tom Baker said the ferry plan had failed.", "Ana Ruiz and Tom Baker", "person", id="two-full-names"),
        pytest.param("Both Ana Ruiz and Tom Baker said the ferry plan had failed.", "Ana Ruiz and Tom Baker", "person", id="both-and"),
        pytest.param(
            "Ana Ruiz, Tom Baker and Lena Ode said the ferry plan had failed.",
            "Ana Ruiz, Tom Baker and Lena Ode",
            "person",
            id="three-names",
        ),
        pytest.param(
            "Ana Ruiz, the harbour master, met ferry captain Tom Baker on Monday.\n\nRuiz and Baker said the ferry plan had failed.",
            "Ana Ruiz and Tom Baker",
            "person",
            id="surnames-after-full-names",
        ),
        pytest.param("Omar and Lena Haddad said the ferry plan had failed.", "Omar Haddad and Lena Haddad", "person", id="couple-coordinated"),
        pytest.param("Tariq and Yasmin Rahman said the ferry plan had failed.", "Tariq Rahman and Yasmin Rahman", "person", id="couple-given-name-on-surname"),
        pytest.param(
            "Ana Ruiz and the Harbour Trust said the ferry plan had failed.",
            "Ana Ruiz and Harbour Trust",
            "person",
            id="person-and-body",
        ),
        pytest.param(
            "The mayor of Tilby, Helen Carter, opened the meeting on Monday.\n\n"
            "The mayor and her deputy said the ferry plan had failed.",
            "Helen Carter and her deputy",
            "person",
            id="role-resolved-part-unresolved",
        ),
        pytest.param(
            "The mayor of Tilby, Helen Carter, opened the meeting on Monday. Her deputy, Mark Ellis, stayed away.\n\n"
            "The mayor and her deputy said the ferry plan had failed.",
            "Helen Carter and Mark Ellis",
            "person",
            id="roles-both-resolved",
        ),
    ],
)
def test_a_coordination_names_everyone_in_it(nlp, text, name, kind):
    quote = _by_text(analyze(text, nlp=nlp), "plan had failed")
    assert quote.speaker_name == name
    assert quote.speaker_kind == kind


def test_each_speaker_keeps_their_own_description(nlp):
    report = analyze("Ana Ruiz, a nurse, and Tom Baker, a teacher, said the ferry plan had failed.", nlp=nlp)
    quote = _by_text(report, "plan had failed")
    assert quote.speaker_name == "Ana Ruiz and Tom Baker"
    assert set(quote.speaker_descriptions) == {"a nurse", "a teacher"}
    people = {e.name: e for e in report.entities}
    assert people["Ana Ruiz"].descriptions == ("a nurse",)
    assert people["Tom Baker"].descriptions == ("a teacher",)


def test_they_after_a_coordination_is_the_pair(nlp):
    report = analyze('Ana Ruiz and Tom Baker said the ferry plan had failed. "We warned them," they said.', nlp=nlp)
    quote = _by_text(report, "We warned them")
    assert quote.speaker_name == "Ana Ruiz and Tom Baker"
    assert quote.resolution == "pronoun"


# Guards: these held before coordinations were read and must still hold.


@pytest.mark.parametrize(
    "pronoun, name",
    [pytest.param("she", "Ana Ruiz", id="she"), pytest.param("he", "Tom Baker", id="he")],
)
def test_he_or_she_after_a_coordination_is_one_of_them(nlp, pronoun, name):
    text = f'Ana Ruiz and Tom Baker said the ferry plan had failed. "We warned them for months," {pronoun} said.'
    assert _by_text(analyze(text, nlp=nlp), "We warned them").speaker_name == name


def test_nobody_named_stays_unnamed(nlp):
    quote = _by_text(analyze("The mayor and her deputy said the ferry plan had failed.", nlp=nlp), "plan had failed")
    assert quote.speaker_name is None
    assert quote.speaker_kind == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Procter & Gamble said the ferry plan had failed.", "Procter & Gamble", id="and-inside-a-name"),
        pytest.param("Ana Ruiz said the ferry plan had failed.", "Ana Ruiz", id="single-speaker"),
        pytest.param(
            "Harbour master and port director Tom Baker said the ferry plan had failed.",
            "Tom Baker",
            id="two-descriptions-one-person",
        ),
    ],
)
def test_one_speaker_stays_one(nlp, text, name):
    assert _by_text(analyze(text, nlp=nlp), "plan had failed").speaker_name == name


def test_or_names_no_joint_speakers(nlp):
    quote = _by_text(analyze("Ana Ruiz or Tom Baker said the ferry plan had failed.", nlp=nlp), "plan had failed")
    assert " and " not in (quote.speaker_name or "")


def test_report_lists_everyone_and_validates(nlp):
    report = analyze("Ana Ruiz and Tom Baker said the ferry plan had failed.", nlp=nlp)
    assert {"Ana Ruiz", "Tom Baker"} <= {e.name for e in report.entities}
    validate(report.to_dict())
