"""Titles, honorifics and roles of world-English house styles found on the round 11 probe (p26)
articles, end to end with the real model. The sentences are written by the quotecheck authors
after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck import lexicon
from quotecheck.extract import frames
from quotecheck.pipeline import analyze

from .docs import make_doc


def _only(report):
    (quote,) = report.quotes
    return quote


def test_subject_after_opening_participle_is_the_speaker(nlp):
    # The parser hangs the role and the name on "our correspondent" as appositives and takes
    # "Speaking" for the subject: the cue had no speaker, and the next "He said" went to the
    # speaker before.
    text = (
        "The union's Welfare Officer, Comrade Tunde Olaleye, claimed that the list was padded.\n\n"
        "Speaking with our correspondent, a farmer in Ilesha, Chief Bayo Adeoye, confirmed that some farmers had been paid.\n\n"
        'He said, "Nobody on my street has received anything."\n'
    )
    report = analyze(text, nlp=nlp)
    first, second, third = report.quotes
    assert first.speaker_name == "Tunde Olaleye"
    assert second.cue is not None and second.cue.text == "confirmed"
    assert second.speaker_name == "Bayo Adeoye"
    assert "a farmer in Ilesha" in second.speaker_descriptions
    assert third.type == "direct"
    assert third.speaker_name == "Bayo Adeoye"


def test_name_hung_on_the_opening_participle(nlp):
    # Here the parser hangs the name on the participle instead of on the role.
    text = "Speaking with the Courier, a resident of the estate, Ada Okoro, said the water was dirty.\n"
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_name == "Ada Okoro"
    assert quote.speaker_descriptions == ("a resident of the estate",)


def test_given_name_after_honorific_is_kept():
    # "KSP spokesperson Dr. Anand Mohan Kulkarni", with the recognizer's name starting at the
    # middle name: the word right after "Dr." is the given name, not part of the description.
    doc = make_doc(
        [
            ("KSP", "NNP", "compound", 1, "B-ORG"),
            ("spokesperson", "NN", "compound", 5, "O"),
            ("Dr.", "NNP", "compound", 5, "O"),
            ("Anand", "NNP", "compound", 5, "O"),
            ("Mohan", "NNP", "compound", 5, "B-PERSON"),
            ("Kulkarni", "NNP", "nsubj", 6, "I-PERSON"),
            ("stated", "VBD", "ROOT", 6, "O"),
        ]
    )
    assert [t.text for t in frames._name_tokens(doc[5])] == ["Anand", "Mohan", "Kulkarni"]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "The party's Publicity Secretary, Comrade Chidi Okonkwo, alleged that the list was padded.\n",
            "Chidi Okonkwo",
            "The party's Publicity Secretary",
        ),
        (
            "Union Minister of State for Rural Development, Shri Mohan Lal Verma, denied that the funds were diverted.\n",
            "Mohan Lal Verma",
            "Union Minister of State for Rural Development",
        ),
        ("The Chairman, Alhaji Musa Bello, said the funds were released.\n", "Musa Bello", "The Chairman"),
    ],
    ids=["comrade", "shri-minister", "alhaji"],
)
def test_capitalised_role_before_honorific_name(nlp, text, name, description):
    # A capitalised role ("Publicity Secretary") was read as the speaker's name and the real
    # name, after an honorific, as the description.
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_name == name
    assert quote.speaker_kind == "person"
    assert quote.speaker_descriptions[0] == description


def test_shri_is_no_part_of_the_name(nlp):
    text = 'KSP general secretary Shri Devendra Nath Mishra said that the tender was "rigged".\n'
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_name == "Devendra Nath Mishra"


def test_honorifics_are_titles_and_say_nothing_of_a_role():
    for word in ("shri", "smt.", "comrade", "alhaji"):
        assert word in lexicon.TITLES and word in lexicon.HONORIFICS
    assert "engr." in lexicon.TITLES and "engr." not in lexicon.HONORIFICS
    # "Sri" opens "Sri Lanka": no title.
    assert "sri" not in lexicon.TITLES


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Dean Whitaker said the ferry contract had been rushed.\n",
        "Labor MP Dean Whitaker said the ferry contract had been rushed.\n",
    ],
    ids=["leader", "mp"],
)
def test_dean_after_a_role_is_a_given_name(nlp, text):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_name == "Dean Whitaker"


def test_guard_dean_as_title_after_body(nlp):
    # Guard: "The college's Dean Martin Ruiz": with a given name after it, "Dean" is the title.
    quote = _only(analyze("The college's Dean Martin Ruiz said the plan failed.\n", nlp=nlp))
    assert quote.speaker_name == "Martin Ruiz"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Its vice-president, Helene Marchand, said in a statement that the firm accepted the ruling.\n", "Its vice-president"),
        ("The union's vice-chairman, Ola Ade, said the deal was fair.\n", "The union's vice-chairman"),
        ("The co-founder of the firm, Ola Ade, said the deal was fair.\n", "The co-founder of the firm"),
    ],
    ids=["vice-president", "vice-chairman", "co-founder"],
)
def test_hyphenated_role_stays_whole(nlp, text, description):
    # The tokenizer splits "vice-president" and the parser read the parts as two subjects (or
    # an appositive): the role was cut to "president".
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_descriptions == (description,)
    assert quote.speaker is not None and quote.speaker.text.startswith(description)


def test_role_keeps_its_closing_bracket(nlp):
    text = "The Director of the Rivers Port Authority (RPA), Dr. Tunde Bako, said fees would rise.\n"
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_name == "Tunde Bako"
    # The acronym in brackets abbreviates the body's name: no description of its own.
    assert quote.speaker_descriptions == ("The Director of the Rivers Port Authority (RPA)",)


def test_speaker_span_keeps_its_closing_bracket(nlp):
    quote = _only(analyze("Ada Obi (PDP) said fees would rise.\n", nlp=nlp))
    assert quote.speaker is not None and quote.speaker.text == "Ada Obi (PDP)"
