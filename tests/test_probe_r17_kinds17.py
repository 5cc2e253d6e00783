"""Speaker kinds, quoted names and scare quotes, from the round 17 probes (p48-p51): unnamed
people known by a role or by seniority, bodies and documents the tagger calls persons, quoted
names in a list or after a heading, and labels that are someone's words after all. End to end
with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import Mention, name_mention
from quotecheck.extract.speakers import kind_of
from quotecheck.model import Span
from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _speaker(report, start: str):
    """The first quote whose speaker mention opens with ``start``."""
    return next(q for q in report.quotes if q.speaker is not None and q.speaker.text.startswith(start))


def _terms(report) -> dict[str, str]:
    return {t.span.text.strip('"“”,. '): t.kind for t in report.terms}


# --- Unnamed people ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A senior navy officer said the fleet would sail on Friday.", "A senior navy officer"),
        ("The port will close, a high-ranking customs inspector told reporters.", "a high-ranking customs inspector"),
    ],
    ids=["senior-officer", "high-ranking-inspector"],
)
def test_seniority_makes_an_anonymous_source(nlp, text, start):
    report = analyze(text, nlp=nlp)
    assert _speaker(report, start).speaker_kind == "anonymous"
    assert "QC201" in _rules(report) and "QC203" not in _rules(report)


def test_guard_a_spokesman_stays_a_person_known_by_role(nlp):
    # Guard: no seniority word, so the person known only by a role (QC203), as before.
    report = analyze("A police spokesman said the road would reopen on Monday.", nlp=nlp)
    assert _speaker(report, "A police spokesman").speaker_kind == "person"
    assert "QC203" in _rules(report)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('"The quay is full every weekend," one skipper said.', "one skipper"),
        ('"I laughed until I cried," said one concertgoer as the crowd left.', "one concertgoer"),
        ("The blogger behind a popular travel site wrote that the hotel was filthy.", "The blogger"),
    ],
    ids=["skipper", "goer", "blogger"],
)
def test_unnamed_people_by_trade_are_persons_never_named(nlp, text, start):
    report = analyze(text, nlp=nlp)
    assert _speaker(report, start).speaker_kind == "person"
    assert "QC203" in _rules(report)


# --- Bodies and documents ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "kind"),
    [
        ("Wildlife group Heron Trail said the marsh had flooded.", "Wildlife group Heron Trail", "organization"),
        ("Morvan's delegation said it would not sign the text.", "Morvan's delegation", "organization"),
    ],
    ids=["adjective-group-name", "delegation"],
)
def test_bodies_and_documents_are_not_persons(nlp, text, start, kind):
    report = analyze(text, nlp=nlp)
    assert _speaker(report, start).speaker_kind == kind
    assert "QC201" not in _rules(report)


def _named(text: str, *, label: str, descriptions: tuple[str, ...] = ()) -> Mention:
    return name_mention(Span(0, len(text), text), label=label, descriptions=descriptions)


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        (_named("Otter Watch", label="PERSON", descriptions=("The group",)), "organization"),
        (_named("Pellow Data", label="PERSON"), "organization"),
        (_named("Pellow Analytics", label="PERSON"), "organization"),
    ],
    ids=["the-group-before-name", "data-firm", "analytics-firm"],
)
def test_names_the_tagger_calls_persons(mention, kind):
    assert kind_of(mention) == kind


def test_a_peoples_word_before_a_document_is_no_vague_group():
    notice = Mention(
        span=Span(0, 15, "a Tarrow notice"), head=Span(9, 15, "notice"), head_word="notice", determiner="a",
        label="NORP", name="Tarrow", proper=True, plural=False, pronoun=False, words=("a", "tarrow", "notice"),
    )
    assert kind_of(notice) == "document"


def test_a_name_described_as_a_booklet_is_a_document(nlp):
    text = "The Harlow Primer, a 30-page brochure sent to members, calls the merger a rescue."
    quote = _speaker(analyze(text, nlp=nlp), "The Harlow Primer")
    assert quote.speaker_kind == "document"
    assert quote.speaker_name == "Harlow Primer"


# --- Quoted names and scare quotes ---------------------------------------------------------------


def test_a_notice_heading_and_a_reference_are_names(nlp):
    text = (
        'Callers should quote reference "Project Tern Gate." The letter, headed "Winter Timetable,"'
        " asked riders to plan ahead."
    )
    report = analyze(text, nlp=nlp)
    assert _terms(report) == {"Project Tern Gate": "name", "Winter Timetable": "name"}
    assert "QC301" not in _rules(report)


def test_the_second_slogan_of_a_list_is_a_name_too(nlp):
    report = analyze('Marchers held placards reading "Save Our Pier" and "Hands Off." The rally ended at dusk.', nlp=nlp)
    assert _terms(report) == {"Save Our Pier": "name", "Hands Off": "name"}
    assert "QC301" not in _rules(report)


def test_a_headline_label_a_body_quote_says_is_no_scare_quote(nlp):
    text = (
        'Harbour firm profit falls; CEO sees "fresh start"\n\n'
        'Profit fell by half. "This is a fresh start for us," chief executive Ivo Brandt said.'
    )
    assert "QC301" not in _rules(analyze(text, nlp=nlp))


def test_dismissed_as_in_a_relative_clause_is_the_rejecters_word(nlp):
    text = 'Campaigners have accused the police of racism, in a study released on Tuesday that the ministry dismissed as "worthless."'
    report = analyze(text, nlp=nlp)
    quote = _speaker(report, "the ministry")
    assert quote.type == "mixed"
    assert "QC301" not in _rules(report)


def test_guard_rejected_label_before_a_noun_stays_a_label(nlp):
    # Guard: 'rejects "X" claims' quotes the critics' label, not the one who rejects it.
    report = analyze('The mayor rejected "land grab" claims on Monday.', nlp=nlp)
    assert _terms(report).get("land grab") == "scare"
