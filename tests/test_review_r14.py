"""Round 14 review mends: bodies named by words that open a sentence, "name" before a chant,
belief and "made it clear" holders that cannot speak, a new person before a quotation, the
maker of a product as a body, and the narrower readings the review asked for. End to end with
the real model. The sentences are the reviewer's and the quotecheck authors' own."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _said_by_statement(report):
    (quote,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    return quote


# --- 1. a body named by capitalised words that open a sentence ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Council officials closed the pool. The council issued a statement on Tuesday. "
        "The closure was temporary, the statement said.",
        "When Ministry inspectors arrived, the plant shut. The ministry issued a statement. "
        "The plant was safe, the statement said.",
    ],
    ids=["time-words", "subordinator"],
)
def test_words_opening_a_sentence_name_no_body(nlp, text):
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name is None


def test_preposition_opening_a_sentence_is_no_part_of_the_name(nlp):
    text = (
        "In Leeds City Council elections, Labour won. The council issued a statement on Monday. "
        "The vote was fair, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name == "Leeds City Council"


def test_body_named_long_before_is_not_taken(nlp):
    filler = "The weather was mild and the roads were quiet all week long. " * 40
    text = (
        "Harrow Borough Council closed the pool.\n\n" + filler + "\n\nThe council issued a statement on Monday. "
        "The closure was temporary, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name is None


def test_guard_body_named_before_statement(nlp):
    # Guard: the named council is still the statement's.
    text = (
        "Leeds City Council closed the pool. The council issued a statement on Monday. "
        "The closure was temporary, the statement said."
    )
    assert _said_by_statement(analyze(text, nlp=nlp)).speaker_name == "Leeds City Council"


# --- 2. "name" before the words of a chant or a shout ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Fans chanted his name: "Messi, Messi!"', "Fans", "chanted"),
        ('He shouted her name: "Come back!"', "He", "shouted"),
        ('She shouted his name, "Tomas!"', "She", "shouted"),
    ],
    ids=["chant-colon", "shout-colon", "shout-comma"],
)
def test_name_after_a_speech_verb_is_the_words_spoken(nlp, text, speaker, cue):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.cue.text, quote.type) == (speaker, cue, "direct")
    assert not [t for t in report.terms if t.kind == "name"]


def test_name_with_a_comma_is_a_name(nlp):
    # Guard: an appositive to "name" is still a name given, not words.
    report = analyze('The bridge got a new name, "Harbour Link," last year.', nlp=nlp)
    assert not report.quotes
    assert [(t.kind, t.marker.text) for t in report.terms] == [("name", "name")]


# --- 3. a belief adjective or "made it clear" whose subject cannot speak -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The weather made it clear that the match would be called off.",
        "The evidence left no doubt that he was guilty.",
        "The market remains confident that rates will fall.",
    ],
    ids=["weather-made-clear", "evidence-no-doubt", "market-confident"],
)
def test_holder_that_cannot_speak_states_nothing(nlp, text):
    assert not analyze(text, nlp=nlp).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report made it clear that the mine was unsafe.", "The report"),
        ("Sharpton left no doubt that he would endorse Clinton.", "Sharpton"),
        ("Donors remain confident that he will win.", "Donors"),
    ],
    ids=["document", "name", "people"],
)
def test_guard_holder_that_can_speak(nlp, text, speaker):
    # Guard: a document, a name and people still state what they made clear or are sure of.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == speaker


# --- 4. a new, unnamed person before a quotation -----------------------------------------------

_VARGA = '"We will fight on," Ilse Varga said.'


@pytest.mark.parametrize(
    "after",
    [
        '\n\nShe then visited a nurse in "the ward that never sleeps."',
        ' "Nobody is giving up." She is still a teacher at "the best school in town."',
    ],
    ids=["object-then-preposition", "predicate-noun"],
)
def test_noun_that_is_no_subject_keeps_the_continuation(nlp, after):
    report = analyze(_VARGA + after, nlp=nlp)
    last = report.quotes[-1]
    assert last.content[-1].text.startswith('"the ')
    assert last.speaker_name == "Ilse Varga"


def test_new_person_after_an_apostrophe_is_no_continuation(nlp):
    text = _VARGA + '\n\nIn the clip, she laughs as a rival\u2019s aide jokes about "clinics with more goats than patients."'
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.content[-1].text.startswith('"clinics')
    assert last.speaker_name is None


def test_guard_new_person_opening_a_clause_is_no_continuation(nlp):
    # Guard: "as a co-host jokes about" still ends the continuation.
    text = _VARGA + '\n\nIn the clip, she laughs as a co-host jokes about "clinics with more goats than patients."'
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.content[-1].text.startswith('"clinics')
    assert last.speaker_name is None


# --- 5. a cue's -s form read as a noun at the very start of the text ---------------------------


def test_cue_at_the_first_token_takes_no_subject_from_the_end():
    # "Claims: rates rise, the paper" with "Claims" first: there is no word before it, and the
    # last word ("paper", a compound of the form) must not be taken for one.
    from quotecheck.extract.frames import _reattach_closing_cue_read_as_noun

    from .docs import make_doc

    doc = make_doc(
        [
            ("Claims", "NNS", "ROOT", 0, "O"),
            (":", ":", "punct", 0, "O"),
            ("rates", "NNS", "nsubj", 3, "O"),
            ("rise", "VBP", "ccomp", 0, "O"),
            (",", ",", "punct", 0, "O"),
            ("the", "DT", "det", 6, "O"),
            ("paper", "NN", "compound", 0, "O"),
        ]
    )
    _reattach_closing_cue_read_as_noun(doc, list(doc))
    assert (doc[6].dep_, doc[0].tag_) == ("compound", "NNS")


# --- 9. "the maker of X" is a company, as "the X maker" is -------------------------------------


def test_maker_of_a_product_is_not_merged_with_a_later_person(nlp):
    text = (
        "Corvane, the maker of the drug, said the trial was sound. Martin Corvane, a doctor, said the "
        'data were weak. "We stand by it," Corvane said.'
    )
    first = analyze(text, nlp=nlp).quotes[0]
    assert first.content[0].text == "the trial was sound"
    assert first.speaker_name != "Martin Corvane"


@pytest.mark.parametrize(
    ("phrase", "body"),
    [("the maker of the drug", True), ("the electronics maker", True), ("a policy maker", False), ("the maker", False)],
    ids=["maker-of", "product-maker", "policy-maker", "bare"],
)
def test_maker_phrase(phrase, body):
    from quotecheck import lexicon

    assert lexicon.maker_phrase(phrase.split()) is body


# --- 12. a gerund cue after a subordinator of time ---------------------------------------------


def test_guard_while_saying_keeps_the_subject(nlp):
    # Guard: "while saying" is a clause (mark + advcl), not the preposition "while" with a
    # gerund; the subject still says it after "while" left GERUND_CUE_PREPOSITIONS.
    (quote,) = analyze("The mayor left while saying that the vote was rigged.", nlp=nlp).quotes
    assert quote.speaker.text == "The mayor"


# --- 13. a noun of a view as the object of a light verb ----------------------------------------


def test_explanation_offered_is_no_statement_of_its_own(nlp):
    # A noun of a view states one only as the subject of "is that" (COPULAR_CLAIM_NOUNS).
    assert not analyze("Officials offered the explanation that the pumps had failed.", nlp=nlp).quotes


def test_guard_assurances_given_are_still_a_statement(nlp):
    # Guard: a noun of saying as the object keeps its clause.
    (quote,) = analyze("Both leaders gave assurances that they would cut taxes.", nlp=nlp).quotes
    assert [c.text for c in quote.content] == ["they would cut taxes"]


# --- 15. a participle hung on the hearers after "spoke to" -------------------------------------


def test_guard_spoke_to_hearers_saying_is_the_speakers(nlp):
    # Guard: pins the chosen reading; the one who spoke to the residents is the one saying.
    (quote,) = analyze("The mayor spoke to residents saying the water was unsafe.", nlp=nlp).quotes
    assert quote.speaker.text == "The mayor"
