"""Speakers, outlets and findings from QA probe p40 (articles in other styles: wire copy via
state media, an aviation incident, a Q&A transcript): a role with a named owner, a new unnamed
holder of a role, a nationality before an agency's name, a name whose last word reads as an
adverb, anonymity given by a participle or carried to "another" source, a headline crediting
"a conversation with" someone, and a lead's role named just after. End to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _quote_by(report, words):
    return next(q for q in report.quotes if q.speaker is not None and q.speaker.text.startswith(words))


# --- A role with a named owner is no holder of that role elsewhere ----------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Trade Minister Oskar Vell said the tariffs would stay.\n\n"
            "Norway's trade minister said Oslo would respond within a week.",
            "Norway's trade minister",
        ),
        (
            "Health Minister Clara Oduya said the clinics would reopen.\n\n"
            "The World Bank's health chief was quoted by Lantern News as saying funding was \"under review.\"",
            "The World Bank's health chief",
        ),
    ],
)
def test_role_of_a_named_owner_is_not_the_local_holder(nlp, text, speaker):
    report = analyze(text, nlp=nlp)
    quote = _quote_by(report, speaker)
    assert quote.speaker_name is None
    assert "QC203" in _rules(report, quote.id)


def test_guard_role_of_the_same_owner_still_links(nlp):
    # Guard: the owner is in the person's own description.
    text = "Kestrel's chief executive, Ana Ruiz, said sales rose.\n\nKestrel's chief executive said costs fell too."
    report = analyze(text, nlp=nlp)
    assert all(q.speaker_name == "Ana Ruiz" for q in report.quotes)


# --- "a passenger" brings in a new, unnamed one ------------------------------------------------


def test_indefinite_role_since_the_named_holder_is_a_new_person(nlp):
    text = (
        "A second commuter, Pia Lund, said the train had stopped twice.\n\n"
        "A photo shared online by a commuter showed the flooded platform. "
        '"Never seen it this bad," the commuter wrote.'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_by(report, "the commuter")
    assert quote.speaker_name is None


def test_guard_appositive_role_keeps_the_named_holder(nlp):
    # Guard: "a commuter" said of Pia Lund herself is no new person.
    text = (
        "Pia Lund, a commuter from Ashby, said the train had stopped twice.\n\n"
        '"Never seen it this bad," the commuter said.'
    )
    report = analyze(text, nlp=nlp)
    assert _quote_by(report, "the commuter").speaker_name == "Pia Lund"


# --- "the <Nationality> news agency NAME": the name is the outlet --------------------------------


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Ilse Marr told the Korvan news agency KNA that the border would stay open.", "KNA"),
    ],
)
def test_nationality_before_agency_name_is_not_the_outlet(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.recipient is not None and quote.recipient.name == outlet


def test_guard_outlet_named_before_its_noun(nlp):
    # Guard: "the Reuters news agency" is named by the word before its noun.
    report = analyze("Ilse Marr told the Reuters news agency that the border would stay open.", nlp=nlp)
    assert report.quotes[0].recipient.name == "Reuters"


# --- A name whose last word reads as an adverb ----------------------------------------------------


def test_name_ending_read_as_adverb_is_made_the_subject(nlp):
    # The parse the tagger gives for some such names, built by hand: "Together" an adverb of
    # "called", the cue with no subject.
    from spacy.tokens import Doc

    from quotecheck.extract.frames import _reattach_name_end_read_as_adverb

    words = ["Ferndale", "Together", "called", "the", "grant", "a", "disgrace", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 2, 4, 2, 6, 2, 2],
        deps=["compound", "advmod", "ROOT", "det", "dobj", "det", "oprd", "punct"],
        tags=["NNP", "RB", "VBD", "DT", "NN", "DT", "NN", "."],
        ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"],
    )
    _reattach_name_end_read_as_adverb(doc, list(doc))
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 2 and doc[1].tag_ == "NNP"


# --- Anonymity in a participle, and "another" source after an anonymous one ------------------------


def test_anonymity_given_by_participle_is_anonymous(nlp):
    text = (
        "A port authority engineer, speaking on condition of anonymity because she was not "
        "authorised to talk to the press, said the crane had failed twice before."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote.id) and "QC203" not in _rules(report, quote.id)


def test_guard_occasion_participle_still_moves_to_the_cue(nlp):
    # Guard: "speaking to the Courier" is the occasion, not who spoke.
    report = analyze("Aldo Fenwick, speaking to the Courier, said the talks had stalled.", nlp=nlp)
    assert report.quotes[0].speaker_name == "Aldo Fenwick"


def test_another_after_anonymous_source_is_anonymous(nlp):
    text = (
        "A senior nurse, who spoke on condition of anonymity, said the ward was understaffed. "
        "Another nurse said the shifts had been cut."
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_by(report, "Another nurse")
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote.id) and "QC203" not in _rules(report, quote.id)


# --- A headline crediting "a conversation with" someone -----------------------------------------


def test_headline_conversation_with_name_credits_the_name(nlp):
    text = (
        '"We planned for a smaller city": a conversation with Odile Brandt\n\n'
        "Odile Brandt has led the planning office since 2015."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_name == "Odile Brandt"
    assert "QC202" not in _rules(report, quote.id)


# --- A lead's role, named in the next paragraph ---------------------------------------------------


def test_lead_role_named_right_after_is_not_never_named(nlp):
    text = (
        "The head of the coastguard has warned that three stations could close.\n\n"
        "Admiral Petra Skov told the Harbour Ledger that crews were stretched."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    messages = [f.message for f in report.findings if f.quote == quote.id and f.rule == "QC203"]
    assert messages and "never named" not in messages[0] and "Petra Skov" in messages[0]


def test_role_further_down_is_not_the_next_named_speaker(nlp):
    # Regression found by the round-14 re-check: "One reader" and "A spokesperson" further down
    # are not the person named in the next sentence that speaks.
    text = (
        "Council votes on ferry cuts\n\n"
        "The council will vote on Tuesday on cutting the winter ferry.\n\n"
        "Harbour traders have been vocal. One reader wrote to say the cuts were a disgrace. "
        "Lena Brook, who runs the quayside cafe, said trade would fall by half."
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "One reader")
    messages = [f.message for f in report.findings if f.quote == quote.id and f.rule == "QC203"]
    assert messages and "Lena Brook" not in messages[0]


def test_lead_role_after_its_quote_is_named_right_after(nlp):
    # Review: the quote itself came first among "later" quotes when its speaker follows it.
    text = (
        '"Three stations could close," the head of the coastguard warned on Monday.\n\n'
        "Admiral Petra Skov told the Harbour Ledger that crews were stretched."
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC203"]
    assert messages and "Petra Skov" in messages[0]


def test_lead_is_counted_in_paragraphs_of_a_live_blog(nlp):
    # Review: a text split at single line breaks (time stamps) has no blank lines, so a role far
    # down was still taken for the lead's.
    text = (
        "Ferry live: cuts vote\n14:02 The council met.\n14:10 Trade is slow.\n14:20 More rain.\n"
        "14:30 The head of the harbour board said fees would rise.\n"
        "14:31 Admiral Petra Skov said crews were stretched."
    )
    report = analyze(text, nlp=nlp)
    messages = [f.message for f in report.findings if f.rule == "QC203"]
    assert messages and "Petra Skov" not in messages[0] and "never named" in messages[0]
