"""Round 12 (people12): spokespeople tied to the body they speak for, an anonymous source met
again through a pronoun, a role or a first name, and the kinds of online users and of a
paper's authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quote(report, piece):  # type: ignore[no-untyped-def]
    (quote,) = [q for q in report.quotes if any(piece in c.text for c in q.content)]
    return quote


def _qc201(report, quote):  # type: ignore[no-untyped-def]
    return [f for f in report.findings if f.quote == quote.id and f.rule == "QC201"]


# ------------------------------------------------------------------------------------------
# A spokesperson for the body named before
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, piece, body",
    [
        pytest.param(
            "The builder, Granmoor Homes Ltd, said in a statement that work would start in May.\n\n"
            "'We have listened to the village,' a spokeswoman for the company said.\n",
            "listened to the village",
            "Granmoor Homes Ltd",
            id="spokeswoman-for-the-company",
        ),
        pytest.param(
            "Cleaners at the Northgate Transport Union stopped work on Friday. "
            "A union spokesman said about 900 members had joined the stoppage.\n",
            "900 members",
            "Northgate Transport Union",
            id="union-spokesman",
        ),
        pytest.param(
            "Cleaners at the Northgate Transport Union stopped work on Friday. "
            "A spokesperson for the union said about 900 members had joined the stoppage.\n",
            "900 members",
            "Northgate Transport Union",
            id="spokesperson-for-the-union",
        ),
    ],
)
def test_a_spokesperson_for_the_body_named_before_is_described_as_its_own(nlp, text, piece, body):
    quote = _quote(analyze(text, nlp=nlp), piece)
    assert quote.speaker_name is None  # still unnamed: QC203 asks for the name
    assert quote.speaker_kind == "person"
    assert any(body in d for d in quote.speaker_descriptions), quote.speaker_descriptions


def test_guard_a_spokesperson_with_no_body_named_gets_none(nlp):
    # Guard: nothing to tie "the firm" to.
    quote = _quote(analyze("A spokesman for the firm said the plans were sound.\n", nlp=nlp), "plans were sound")
    assert quote.speaker_name is None
    assert not any(" for " in d and d[:1].isupper() for d in quote.speaker_descriptions)


# ------------------------------------------------------------------------------------------
# The same anonymous source again
# ------------------------------------------------------------------------------------------


def test_she_after_an_anonymous_source_is_described_as_that_source(nlp):
    text = (
        "A Kelbrook nurse, who asked not to be named because she feared losing her post, said the ward "
        'had closed twice. "We were never told why," she said.\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = _quote(report, "ward had closed"), _quote(report, "never told why")
    assert second.speaker_kind == "anonymous"
    assert "Kelbrook nurse" in second.speaker_descriptions
    (finding,) = _qc201(report, second)
    assert f"the source of {first.id}" in finding.message
    assert "feared losing her post" in finding.message


def test_he_after_the_official_again_is_still_the_anonymous_official(nlp):
    text = (
        "One official, who asked not to be named because he was not cleared to speak, said the vote "
        'would slip. "We are not there yet," the official said. "Maybe next week," he added.\n'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "Maybe next week")
    assert quote.speaker_kind == "anonymous"
    assert not [f for f in report.findings if f.quote == quote.id and f.rule == "QC203"]
    (finding,) = _qc201(report, quote)
    assert "not cleared to speak" in finding.message


def test_a_first_name_given_later_names_the_source_before(nlp):
    text = (
        "A shopkeeper in Varnholt, reached by phone, said the bridge had been shelled. "
        '"The whole street shook," said the woman, who gave only her first name, Irena, for fear of reprisals.\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = _quote(report, "bridge had been shelled"), _quote(report, "whole street shook")
    assert first.speaker_name == second.speaker_name == "Irena"
    assert first.speaker_kind == "anonymous"
    (finding,) = _qc201(report, first)
    assert "for fear of reprisals" in finding.message


def test_guard_another_source_is_not_the_one_before(nlp):
    # Guard: "another official" is a second source, not the first met again.
    text = (
        "One official, who asked not to be named, said the vote would slip. "
        "Another official said the vote would go ahead.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "go ahead")
    assert all("the source of" not in f.message for f in report.findings if f.quote == quote.id)


# ------------------------------------------------------------------------------------------
# Kinds
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, piece",
    [
        pytest.param("The clip spread fast. One user wrote on the forum that it was staged.\n", "it was staged", id="one-user"),
        pytest.param("The clip spread fast. A commenter wrote that it was staged.\n", "it was staged", id="a-commenter"),
    ],
)
def test_unnamed_users_and_audiences_are_anonymous(nlp, text, piece):
    report = analyze(text, nlp=nlp)
    quote = _quote(report, piece)
    assert quote.speaker_kind == "anonymous"
    assert _qc201(report, quote)


@pytest.mark.parametrize(
    "text, piece",
    [
        pytest.param("A paper in the Journal of Soil Ecology traced the decline. The authors write that worms are vanishing.\n", "worms are vanishing", id="the-authors"),
        pytest.param("The review of river data was released on Monday. Its authors said pollution had doubled.\n", "pollution had doubled", id="its-authors"),
    ],
)
def test_the_authors_of_a_paper_speak_for_it(nlp, text, piece):
    quote = _quote(analyze(text, nlp=nlp), piece)
    assert quote.speaker_kind == "document"
    assert quote.speaker_name != "Journal of Soil Ecology"  # the journal published it, wrote nothing


def test_guard_authors_at_large_stay_a_vague_group(nlp):
    # Guard: "Authors" with no paper in sight are unnamed people.
    quote = _quote(analyze("Authors protested the ban, saying it was censorship.\n", nlp=nlp), "censorship")
    assert quote.speaker_kind == "anonymous"
