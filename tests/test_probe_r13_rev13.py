"""Fixes from the round 13 code review (review-r13): trade-word surnames, named askers' answers,
a lone club word, negated denials, keeper and C-suite roles, asides inside names and a parse
that crashed the no-reply frames. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotecheck.extract.frames import parse_frames
from quotecheck.extract.speakers import _roles
from quotecheck.pipeline import analyze
from quotecheck.rules import _last_word

from .reports import rules as _rules


# --- A1: a person whose surname is a trade's word ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Oonagh Power said the bridge would reopen in May.",
        "Radomir Steel, a paramedic at Fenwick Infirmary, said the ward was full.",
        "Councillor Oonagh Power said the bridge would reopen in May. Oonagh Power said the repairs were overdue.",
    ],
    ids=["title", "role-description", "later-bare-name"],
)
def test_titled_or_described_person_with_trade_surname_is_a_person(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert all(q.speaker_kind == "person" for q in report.quotes)


def test_company_with_trade_word_stays_an_organization(nlp):
    # Guard: nothing marks a person, so the trade's word makes a company.
    report = analyze("Brannock Mining did not return calls seeking comment.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "organization"


# --- A2: a named asker's own question is put to nobody in particular ---------------------------


def test_named_askers_question_is_not_answered_by_a_later_speaker(nlp):
    report = analyze("Parents asked why the library had shut, and Councillor Ines Varga said the roof leaked.", nlp=nlp)
    question, answer = report.quotes
    assert question.act == "question"
    assert question.recipient is None
    assert answer.recipient is None
    assert "QC201" in _rules(report)


def test_passive_asker_is_answered(nlp):
    # Guard: "Asked by reporters whether ..., X said" was put to X.
    report = analyze("Asked by reporters whether the library would reopen, Councillor Ines Varga said the roof leaked.", nlp=nlp)
    question, answer = report.quotes
    assert question.recipient is not None and question.recipient.name == "Ines Varga"
    assert answer.recipient is not None


# --- A3: a lone club word opening its sentence with no club named ------------------------------


def test_sentence_initial_rangers_without_a_club_is_vague(nlp):
    report = analyze("Smoke drifted over the forest on Monday. Rangers said the fire was contained.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report)


def test_rangers_after_the_club_named_in_full_is_the_club(nlp):
    # Guard: the club named in full before.
    report = analyze(
        "Dunmore Rangers confirmed on Friday that the striker had left. Rangers said the fee was undisclosed.", nlp=nlp
    )
    assert report.quotes[-1].speaker_name == "Dunmore Rangers"


# --- A4: a "not" after the verb in a no-reply frame --------------------------------------------


def test_no_reply_frame_with_negation_after_the_verb_does_not_crash(nlp):
    # A hand-built parse with "not" a dependent of the verb after it and no auxiliary: the
    # cue's start was a min() over nothing, which raised and lost the whole article.
    words = ["Velcor", "responded", "to", "emails", ",", "not", "calls", "."]
    heads = [1, 1, 1, 2, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "neg", "npadvmod", "punct"]
    tags = ["NNP", "VBD", "IN", "NNS", ",", "RB", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, sent_starts=[1] + [0] * 7)
    chunk = parse_frames(doc, text=doc.text)
    assert not any(f.cue.text.startswith("not") for f in chunk.frames)


# --- A5/A6: keeper and C-suite roles -----------------------------------------------------------


def test_former_c_suite_title_gives_a_former_holder():
    assert "cfo" in _roles(["the former chief financial officer"], "former")
    assert "cfo" not in _roles(["the former chief financial officer"], "current")


def test_former_farm_owner_was_a_farmer():
    assert "farmer" in _roles(["a former farm owner"], "former")


@pytest.mark.parametrize("desc", ["who runs marathons and grew up on a farm", "who kept the shop accounts"])
def test_running_word_must_govern_the_place(desc):
    assert not {"farmer", "shopkeeper"} & _roles([desc])


def test_runs_the_corner_shop_is_a_shopkeeper():
    # Guard: the verb's own object.
    assert "shopkeeper" in _roles(["who runs the corner shop"])


# --- A7: a negated denial is no refusal --------------------------------------------------------


@pytest.mark.parametrize("verb", ["deny", "dispute"])
def test_did_not_deny_is_a_statement(nlp, verb):
    report = analyze(f"Councillor Ines Varga did not {verb} that she had met the contractor.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.act == "statement"


def test_never_said_stays_a_refusal(nlp):
    # Guard: speech the article says did not happen.
    report = analyze("Councillor Ines Varga never said the contract was void.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.act == "refusal"


# --- A8: a preposition inside a name is no aside -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "word"),
    [("a Bank of England spokesman", "spokesman"), ("a Ministry of Transport official", "official")],
)
def test_last_word_reads_past_of_inside_a_name(phrase, word):
    assert _last_word(phrase) == word


def test_last_word_stops_at_a_preposition_after_a_common_noun():
    # Guard: "for" after the head opens an aside.
    assert _last_word("a spokeswoman for the clinic") == "spokeswoman"
