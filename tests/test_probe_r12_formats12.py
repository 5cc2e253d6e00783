"""Bullet lists, guillemets, quotations over several paragraphs, titles and labels read as
speech, and the kinds of carriers, found on the round 12 probe (p32), end to end with the real
model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


@pytest.mark.parametrize(
    "marks",
    [("\u00ab", "\u00bb"), ("\u201c", "\u201d")],  # Guard: curly marks worked before
    ids=["guillemets", "guard-curly"],
)
def test_guillemet_fragment_after_quoted_as_saying(nlp, marks):
    # The parser reads a "»" after a word as a noun unless it is read as a curly mark, and the
    # fragment was then taken for a scare quote with no statement around it.
    opening, closing = marks
    text = (
        "In Belgrade, the weekly Novi Glas quoted Interior Minister Stefan Jaksic as saying that "
        f"Austria had {opening}picked confrontation over compromise{closing}."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert quote.speaker_name == "Stefan Jaksic"
    assert [(hop.name, hop.kind) for hop in quote.via] == [("Novi Glas", "outlet")]
    assert "QC301" not in _rules(report)
    assert "QC101" in _rules(report, quote.id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sie sagte: \u00bbNein\u00ab.", "Sie sagte: \u201cNein\u201d."),
        ("He called it \u00absheer folly\u00bb, twice.", "He called it \u201csheer folly\u201d, twice."),
        ("It was \u00ab une insulte \u00bb here.", "It was \u201c une insulte \u201d here."),
        ("A \u2039small\u203a word.", "A \u2018small\u2019 word."),
    ],
    ids=["german-order", "french-order", "french-spaced", "single"],
)
def test_guillemets_are_read_as_curly_marks(text, expected):
    from quotecheck.parsing import parser_text

    assert parser_text(text) == expected


@pytest.mark.parametrize(
    "middle",
    ["", "\u201cNone of that was in the draft we signed in April.\n\n"],
    ids=["two-paragraphs", "three-paragraphs"],
)
def test_cue_in_a_relative_clause_inside_a_running_quote(nlp, middle):
    # The opening paragraph has no closing mark because the quotation runs on; "the levy that
    # Lisbon itself suggested" is part of the quoted words, not their attribution.
    text = (
        "Trade commissioner Ilse Marquardt spoke after the vote.\n\n"
        "\u201cWe agreed to the tariffs, and we even agreed to the port levy that Lisbon itself suggested.\n\n"
        + middle
        + "\u201cIf Lisbon wants a new deal, we will listen,\u201d Marquardt said.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ilse Marquardt"
    assert quote.content[0].text.endswith("that Lisbon itself suggested.")
    assert len(quote.content) == (3 if middle else 2)
    assert "QC302" not in _rules(report)


def test_attribution_inside_an_unclosed_paragraph_still_ends_it(nlp):
    # Guard: an attribution set off by a comma inside a paragraph that lost its closing mark
    # still ends the quotation there.
    text = (
        "The harbour master spoke on Friday.\n\n"
        "\u201cWe lost two boats that night, Henrik Aalto said.\n\n"
        "\u201cNobody will forget it,\u201d he added.\n"
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name == "Henrik Aalto"
    assert report.quotes[0].content[0].text.rstrip(" ,").endswith("that night")


# Guard: the guillemets case worked before, the parser reading them otherwise.
@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ("\u00ab", "\u00bb")], ids=["curly", "guillemets"])
def test_quoted_as_saying_foreign_words_then_a_phrase(nlp, marks):
    # The parser hangs the untranslated words on "saying" as an object; the attribution clause
    # still ends at the opening mark, right before the quotation it attributes.
    opening, closing = marks
    text = (
        "Her colleague, Jonas Weber, who was raised near the lake, was quoted as saying "
        f"{opening}Nous devons le faire pour nos enfants{closing} at a meeting last week."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Jonas Weber"
    assert quote.cue is not None and quote.cue.text == "as saying"


@pytest.mark.parametrize("bullet", ["- ", "* ", "\u2022 "], ids=["hyphen", "star", "dot"])
def test_each_list_item_quote_belongs_to_its_own_line(nlp, bullet):
    # The next item's bullet is no cue verb, and its name is no signature of the line before:
    # each quotation goes to the name opening its own line, a role set beside it.
    text = (
        "Residents answered at once.\n\n"
        f"{bullet}Ana Ruiz, a nurse at the clinic: \"We were never asked about any of this.\"\n"
        f"{bullet}Piet de Wit, chairman of the tenants' group: \"The rents will rise again.\"\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.type, q.speaker_name) for q in report.quotes] == [("direct", "Ana Ruiz"), ("direct", "Piet de Wit")]
    assert "QC202" not in _rules(report)


def test_name_and_role_then_a_quotation_on_a_line_of_its_own(nlp):
    text = "The vote was close.\n\nAna Ruiz, a nurse at the clinic: \"We were never asked about any of this.\"\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ana Ruiz"
    assert "QC202" not in _rules(report)


def test_a_dash_signature_still_names_the_speaker(nlp):
    # Guard: a dash and a name under a quotation, with no words of its own, signs it.
    text = "\u201cWe will not give up on this valley.\u201d\n\u2014 Ana Ruiz, nurse\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name == "Ana Ruiz"


def test_appositive_name_after_a_role_is_the_name(nlp):
    # "Commission" before the role is whom the spokesman speaks for; the name is the
    # appositive, even when the recognizer calls it an organisation.
    text = "A Commission spokesman, Lars Eklund, said in a statement that Brussels was ready to help."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Lars Eklund"
    assert "QC203" not in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        'Mira Holm, whose novel "Salt Roads" was published in 2018, has since moved to Bergen.',
        'Jon Aske, whose study "Cold Harbours" was published last spring, now teaches in Oslo.',
    ],
    ids=["novel", "study"],
)
def test_a_work_that_was_published_is_no_statement(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes == () or list(report.quotes) == []
