"""Attribution frames found on the round 13 probes (p36, p37): a closing participle the parser
hangs inside a relative clause, a colon that introduces a quotation in the next paragraph, a
time clause after the cue of a closed quotation, a clause the parser read as a relative on
the cue's object, and a second speaker in a relative clause on an appositive. End to end with
the real model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import content_texts as _texts, rules as _rules


# --- A closing participle goes with the main clause ---------------------------------------------


def test_closing_participle_after_relative_clause_takes_main_subject(nlp):
    # The parser hangs "ruling" on the verb of the relative clause ("who say ... ruined"); the
    # one ruling is the tribunal, the subject of the sentence.
    text = (
        "The tribunal reopened a complaint by a group of tenants who say the landlord ignored "
        "their repairs, ruling that the hearing had been unfair."
    )
    report = analyze(text, nlp=nlp)
    ruling = [q for q in report.quotes if q.cue is not None and q.cue.text == "ruling"]
    assert len(ruling) == 1
    assert ruling[0].speaker.text == "The tribunal"


def test_closing_saying_after_relative_clause_takes_main_subject(nlp):
    # Guard: the parser hangs "arguing" on the main clause already.
    text = (
        "The board rejected a bid by investors who say the firm is undervalued, arguing that "
        "the offer was far too low."
    )
    report = analyze(text, nlp=nlp)
    arguing = [q for q in report.quotes if q.cue is not None and q.cue.text == "arguing"]
    assert len(arguing) == 1
    assert arguing[0].speaker.text == "The board"


# --- A colon after a speech verb's object introduces the next paragraph's quotation ---------------


def test_colon_after_object_introduces_quotation_in_next_paragraph(nlp):
    text = (
        "In a 1999 interview with the Ledger, Margit Halloran explained her routine:\n\n"
        '"I write before breakfast and never after dinner. I keep no notes.\n\n'
        '"What I cannot remember was not worth writing."'
    )
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.type == "direct"
    assert quote.speaker_name == "Margit Halloran"
    assert quote.cue is not None and quote.cue.text == "explained"
    assert "QC202" not in _rules(report, quote.id)


def test_colon_before_a_list_is_no_quotation_intro(nlp):
    # Guard: "described two options: a tax or a levy" lists what was described.
    report = analyze("The mayor described two options: a tax or a levy.", nlp=nlp)
    assert all("a tax or a levy" in " ".join(_texts(q)) for q in report.quotes)


# --- A time clause after the cue is narration -------------------------------------------------------


def test_before_participle_after_cue_is_narration(nlp):
    text = '"The members have voted, and I respect their decision," she said, before thanking her staff.'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.type == "direct"
    assert not any("thanking" in t for t in _texts(quote))


def test_after_participle_after_cue_is_narration(nlp):
    # Guard: a time clause the parser hangs on the cue stays out of the words.
    text = '"We will take this to the supreme court," the lawyer said, after leaving the courtroom.'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    assert report.quotes[0].type == "direct"
    assert not any("leaving" in t for t in _texts(report.quotes[0]))


# --- A scare-quoted subject with a reduced relative stays in the reported clause ---------------------


def test_scare_quoted_subject_with_reduced_relative_keeps_the_mixed_quote(nlp):
    text = (
        "NEWPORT (Invented Wire) -- The pilots' union criticised the airline. Union officials "
        "said the so-called ``rescue plan'' the airline published in May was ``a wish list, not "
        "a plan.''"
    )
    report = analyze(text, nlp=nlp)
    pledge = [q for q in report.quotes if "wish list" in " ".join(_texts(q))]
    assert len(pledge) == 1
    quote = pledge[0]
    assert quote.type == "mixed"
    assert quote.speaker.text == "Union officials"
    assert quote.cue is not None and quote.cue.text == "said"
    assert "rescue plan" in " ".join(_texts(quote))
    assert "QC201" in _rules(report, quote.id)


# --- "a phrase X said ..." is X's own statement ------------------------------------------------------


def test_phrase_another_speaker_said_is_a_statement_of_its_own(nlp):
    text = (
        "Dorota Mazur, a lawyer for the tenants, spoke outside the tribunal on Friday. The landlord "
        'has previously called the complaint a "shakedown," a phrase Mazur said her clients found '
        '"offensive, if hardly surprising."'
    )
    report = analyze(text, nlp=nlp)
    landlord = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "The landlord"]
    mazur = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "Mazur"]
    assert len(landlord) == 1 and len(mazur) == 1
    assert "offensive" not in " ".join(_texts(landlord[0]))
    assert "shakedown" in " ".join(_texts(landlord[0]))
    assert "offensive" in " ".join(_texts(mazur[0]))
    assert mazur[0].cue is not None and mazur[0].cue.text == "said"


# --- "warn over a claim that ..." is no warning with that content ------------------------------------


def test_warn_over_claim_that_does_not_put_the_claim_in_the_warners_mouth(nlp):
    text = (
        "Doctors warn over viral claim that garlic patches cure asthma\n\n"
        'A post by the blogger Rhona Vale has been shared widely. "There is no evidence for it," said Dr Imran Kaur.'
    )
    report = analyze(text, nlp=nlp)
    assert not any("garlic" in " ".join(_texts(q)) and q.speaker is not None and q.speaker.text == "Doctors" for q in report.quotes)


def test_told_reporters_during_a_visit_that_keeps_the_clause(nlp):
    # Guard: an occasion in the hearing phrase with no noun of saying leaves the clause told.
    report = analyze("She told reporters during a visit to the plant that jobs were safe.", nlp=nlp)
    assert [_texts(q) for q in report.quotes] == [["that jobs were safe"]]
