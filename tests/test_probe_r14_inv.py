"""Round 14 gaps in reported speech: a cue set between a subject and its predicate with its
speaker after it, a name read as the root of a verbless sentence before a cue's -s form, a cue
pronoun after words that open with the same pronoun, a statement phrase before an interposed
cue, a clause after a relative cue, and speech verbs missing from the lexicon. End to end with
the real model, and one repair on a Doc built by hand. The sentences are the quotecheck
authors' own."""

from __future__ import annotations

from quotecheck.extract.frames import parse_frames
from quotecheck.pipeline import analyze

from .docs import make_doc
from .reports import content_texts as _contents

O = "O"


# --- a cue between a subject and its predicate, its own subject after it ------------------------


def test_interposed_cue_with_a_coordinated_speaker(nlp):
    text = "The contrast with Lodge, said Doyle and others, could not be starker."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "Doyle and others"
    assert _contents(quote) == ["The contrast with Lodge", "could not be starker"]


def test_interposed_cue_with_a_speaker_and_an_appositive(nlp):
    text = "The risk to growth, say economists like Mark Hale, a British forecaster, is inflation."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text.startswith("economists like Mark Hale")
    assert _contents(quote) == ["The risk to growth", "is inflation"]


def test_subject_with_its_own_appositive_keeps_the_cue(nlp):
    # Guard: "Johnson, a Republican, said ..." is a subject set off by its appositive.
    text = "Johnson, a Republican, said the bill, which passed, was flawed."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Johnson"
    assert _contents(quote) == ["the bill, which passed, was flawed"]


def test_interposed_cue_read_as_an_aside_already(nlp):
    # Guard: the parse that sets the cue aside by itself.
    text = "The budget, said Ms. Vance, is too small."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Vance"
    assert _contents(quote) == ["The budget", "is too small"]


# --- a name read as the root of a verbless sentence ---------------------------------------------


def test_name_read_as_root_before_a_cue_read_as_a_noun():
    # "Sterling claims he is owed money .", parsed as the small model parses "Trump claims
    # he's worth $10 billion": the name the root, the cue its plural-noun object.
    doc = make_doc(
        [
            ("Sterling", "NN", "ROOT", 0, O),
            ("claims", "NNS", "dobj", 0, O),
            ("he", "PRP", "nsubjpass", 4, O),
            ("is", "VBZ", "auxpass", 4, O),
            ("owed", "VBN", "ccomp", 1, O),
            ("money", "NN", "dobj", 4, O),
            (".", ".", "punct", 0, O),
        ]
    )
    (frame,) = parse_frames(doc, text=doc.text).frames
    assert frame.lemma == "claim"
    assert frame.speaker is not None and frame.speaker.span.text == "Sterling"
    assert [c.text for c in frame.content] == ["he is owed money"]


def test_name_read_as_root_end_to_end(nlp):
    text = "Trump claims he's owed $40 million."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Trump"
    assert quote.cue is not None and quote.cue.text == "claims"
    assert _contents(quote) == ["he's owed $40 million"]


def test_name_read_as_compound_of_a_demand(nlp):
    text = "Trump demands Pelosi resign over the leak."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Trump"
    assert _contents(quote) == ["Pelosi resign over the leak"]


def test_plural_noun_with_a_relative_clause_is_no_cue():
    # Guard: "Tax claims [he filed] were denied": a verb of its own follows the clause.
    doc = make_doc(
        [
            ("Tax", "NN", "compound", 1, O),
            ("claims", "NNS", "nsubjpass", 5, O),
            ("he", "PRP", "nsubj", 3, O),
            ("filed", "VBD", "relcl", 1, O),
            ("were", "VBD", "auxpass", 5, O),
            ("denied", "VBN", "ROOT", 5, O),
            (".", ".", "punct", 5, O),
        ]
    )
    assert not any(f.lemma == "claim" for f in parse_frames(doc, text=doc.text).frames)


# --- a cue pronoun after words that open with the same pronoun ----------------------------------


def test_cue_pronoun_is_not_a_name_inside_the_words(nlp):
    text = "She will vote for Maria Lopez, she said, because she trusts her."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert quote.speaker_name is None


def test_cue_pronoun_keeps_the_one_named_before(nlp):
    # Guard: the woman named in the paragraph before is who both pronouns mean.
    text = "Ann Pace, a retired teacher, came to the rally.\n\nShe will vote for Maria Lopez, she said, because she trusts her."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Ann Pace"


# --- a statement phrase before an interposed cue ------------------------------------------------


def test_statement_phrase_before_an_interposed_cue_is_its_occasion(nlp):
    text = "In a letter, the union said, the strike would end soon."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "the union"
    assert _contents(quote) == ["the strike would end soon"]


def test_statement_phrase_without_a_cue_still_attributes(nlp):
    # Guard: with no cue of its own, the clause is what the interview gave.
    text = "In an interview with CNN, the senator doubled down on the plan."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "the senator"


# --- a clause after a relative cue --------------------------------------------------------------


def test_clause_after_a_relative_cue_is_its_content(nlp):
    text = "Ortiz, who brags he has visited every county, will speak on Friday."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Ortiz"
    assert quote.cue is not None and quote.cue.text == "brags"
    assert _contents(quote) == ["he has visited every county"]


# --- speech verbs missing from the lexicon ------------------------------------------------------


def test_charged_that_is_reported_speech(nlp):
    text = "Critics charged that the review ignored the evidence."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker is not None and quote.speaker.text == "Critics"
    assert _contents(quote) == ["that the review ignored the evidence"]


def test_charged_with_an_offence_is_no_quote(nlp):
    # Guard: a charge laid is no speech.
    text = "Police charged the driver with speeding."
    assert analyze(text, nlp=nlp).quotes == ()


def test_crowed_that_is_reported_speech(nlp):
    text = "Ortiz crowed that his rival had fled."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Ortiz"
    assert _contents(quote) == ["that his rival had fled"]
