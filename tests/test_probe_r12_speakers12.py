"""Who said it, found on the round 12 probes (p28-p30): pronouns, appositive names, "who"
clauses and body names, end to end with the real model. The sentences are written by the
quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import _Converter, entity_mentions, make_mention
from quotecheck.extract.speakers import LONE_SUBJECT
from quotecheck.pipeline import analyze

from .docs import make_doc
from .reports import quote_with as _quote_with, rules as _rules


def test_lone_surname_as_a_passive_subject_is_offered_to_the_registry():
    # "Okonedo was born in 1937.", the surname read as a common noun: a passive subject is the
    # sentence's topic as an active one is, for a "she" further on.
    doc = make_doc(
        [
            ("Okonedo", "NN", "nsubjpass", 2, "O"),
            ("was", "VBD", "auxpass", 2, "O"),
            ("born", "VBN", "ROOT", 2, "O"),
            ("in", "IN", "prep", 2, "O"),
            ("1937", "CD", "pobj", 3, "B-DATE"),
            (".", ".", "punct", 2, "O"),
        ]
    )
    mentions = list(entity_mentions(doc, _Converter(doc.text, 0)))
    assert [(m.span.text, m.label, m.subject) for m in mentions] == [("Okonedo", LONE_SUBJECT, True)]


def test_compound_on_a_compound_stays_in_the_name():
    # "The Harrow Point Civic Trust", "Harrow" hung on "Point": the place's first word is the
    # body's too.
    doc = make_doc(
        [
            ("The", "DT", "det", 4, "O"),
            ("Harrow", "NNP", "compound", 2, "O"),
            ("Point", "NNP", "compound", 4, "O"),
            ("Civic", "NNP", "compound", 4, "O"),
            ("Trust", "NNP", "nsubj", 5, "O"),
            ("said", "VBD", "ROOT", 5, "O"),
            (".", ".", "punct", 5, "O"),
        ]
    )
    assert make_mention(doc[4], _Converter(doc.text, 0)).name == "Harrow Point Civic Trust"


@pytest.mark.parametrize(("full", "surname"), [("Hilde Marsh", "Marsh"), ("Greta Lund", "Lund")], ids=["marsh", "lund"])
def test_pronoun_goes_to_the_subject_of_a_narrative_sentence(nlp, full, surname):
    # "<surname> was born ..." names the obituary's subject between the daughter's quote and
    # "she told": the subject of the sentence just before is who "she" means, not the last
    # woman quoted.
    text = (
        f'{full}, the painter, has died at 86. "She kept every promise," her daughter, Nora Bexley, said in a statement.\n\n'
        f'{surname} was born in 1939 in Pellworth. "The dealers assumed I was the model," she once told Canvas Review magazine.'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "dealers assumed")
    assert quote.speaker_name == full


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pereira has retired. His former pupil, the violinist Tomas Brennan, said he had taught a generation to listen.", "Tomas Brennan"),
        ("Pereira has retired. His longtime partner, the lawyer Sam Brody, said he was tired of touring.", "Sam Brody"),
    ],
    ids=["violinist", "lawyer"],
)
def test_role_then_titled_name_in_apposition_names_the_speaker(nlp, text, name):
    # "role, the role NAME": the name closing the second appositive is the speaker's.
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "he ")
    assert quote.speaker_name == name
    assert "QC203" not in _rules(report, quote.id)


def test_who_clause_after_the_turn_of_a_name(nlp):
    # "the turn of X, who told ...": "who" is X, and the clause is a quote of X's, not a
    # description of X.
    text = (
        "On Monday it was the turn of Alderman Gwen Tolliver, who told a crowded hall in Brackley "
        'that the parking charges were "daylight robbery." Tolliver wants them dropped.'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "parking charges")
    assert quote.speaker_name == "Gwen Tolliver"
    for q in report.quotes:
        assert not any("told" in d for d in q.speaker_descriptions)


def test_generic_indefinite_object_does_not_block_a_pronoun(nlp):
    # "a mayor who refuses to publish it" is anyone of the kind: the later "he" is still the
    # alderman named before.
    text = (
        'Alderman Bryn Coutts called the audit "cooked." But you cannot back a mayor who refuses to publish it. '
        'When I asked him whether he had seen the audit, he replied: "I know what my voters see."'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "I know what my voters")
    assert quote.speaker_name == "Bryn Coutts"
    assert "QC203" not in _rules(report, quote.id)


def test_as_someone_put_it_to_me(nlp):
    # "put it to me" names the hearer; the one who put it is still the speaker.
    text = 'The hearing was a farce. As one fisherman on Quay Street put it to me, "They had made up their minds already."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text.startswith("one fisherman")
    assert "QC202" not in _rules(report, quote.id)


def test_guard_put_it_to_a_vote_is_no_cue(nlp):
    # Guard: "put it to a vote" narrates; nothing is said.
    report = analyze("As the chair put it to a vote, the room fell silent.", nlp=nlp)
    assert not report.quotes


@pytest.mark.parametrize(
    "text",
    [
        'Talks collapsed on Friday after Dravonia expelled three envoys over what it called "hostile conduct."',
        'BELMOR CITY (Northgate Wire) - Talks collapsed on Friday after Dravonia expelled three envoys over what it called "hostile conduct."',
    ],
    ids=["plain", "dateline"],
)
def test_it_in_a_what_clause_is_the_subject_before(nlp, text):
    # "X expelled ... over what it called ...": "it" is X, not the dateline's outlet.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Dravonia"


def test_name_after_a_spokesman_for_someone_does_not_describe_them(nlp):
    text = (
        "Finance Minister Ilse Brandvold faces a revolt. A spokeswoman for Brandvold, Hanne Moe, dismissed the claims. "
        'Brandvold told colleagues on Tuesday that she would "see this through."'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "see this through")
    assert quote.speaker_name == "Ilse Brandvold"
    assert "Hanne Moe" not in quote.speaker_descriptions


def test_one_of_its_shareholders_then_a_named_fund(nlp):
    # The appositive after "One of its largest shareholders" names the speaker, a fund.
    text = 'One of its biggest investors, the Hollbrook pension fund, said in a statement that it would "study any bid closely."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name is not None and "Hollbrook" in quote.speaker_name
    assert quote.speaker_kind == "organization"
