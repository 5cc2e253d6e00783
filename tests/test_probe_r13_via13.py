"""Attribution chains found on the round 13 probes (p34, p35): an agency named after its common
noun, an outlet told and then reporting, a post shared by a person, a masthead the parser cut in
two, a screenshot an outlet saw, a statement read out by a solicitor. End to end with the real
model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _via(quote):
    return [(hop.name, hop.kind) for hop in quote.via]


# --- "the official news agency Valpresse": the name, not the common noun ----------------------


def test_agency_named_after_its_noun_is_the_carrier(nlp):
    # The parser hangs the name on "carried"; the carrier is the named agency, not "the
    # official news agency", which could be taken for the publisher named in the byline.
    text = (
        "By Ana Corvel\nSource: Castel Wire\n\n"
        '"We are ready to sign," Premier Dario Lusk said in Portuguese, according to a translation by the Castel Wire.\n\n'
        "In remarks carried by the official news agency Castelpress, the premier also said the border posts would reopen in May."
    )
    report = analyze(text, nlp=nlp)
    second = report.quotes[-1]
    assert _via(second) == [("Castelpress", "outlet")]
    assert "QC101" in _rules(report, second.id)


def test_agency_that_quoted_someone_is_an_outlet(nlp):
    # A body named as the one that quoted someone's words carried them: an outlet, whatever the
    # tagger made of the name.
    text = "Premier Dario Lusk spoke on Monday. Valpresse quoted him as saying the border posts would reopen in May."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Valpresse", "outlet")]


def test_paper_told_a_name_is_no_apposition(nlp):
    # Guard: a name after "told the paper" that heads its own clause is what was said about.
    report = analyze("Lusk told the paper Moreno had lied about the border posts.", nlp=nlp)
    for quote in report.quotes:
        assert all(hop.name != "Moreno" for hop in quote.via)


# --- "told the newspaper X that ..., X reported": one hop ---------------------------------


def test_outlet_told_and_reporting_is_one_hop(nlp):
    text = 'Senator Luz Arriaga told the newspaper La Cronica that the treaty was "a blank cheque," La Cronica reported on Monday.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.name == "La Cronica"
    assert quote.via == ()
    assert "QC102" not in _rules(report, quote.id)
    assert "QC101" in _rules(report, quote.id)


def test_outlet_told_and_another_reporting_stays_two_hops(nlp):
    # Guard: told one outlet, reported by another: two intermediaries.
    text = "Arriaga told Radio Sur that the treaty was dead, the Coast Herald reported."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Coast Herald", "outlet")]
    assert quote.recipient is not None and quote.recipient.name == "Radio Sur"


# --- "a post shared by a local councillor, X": X speaks, a person ---------------------------


def test_post_shared_by_a_person_is_that_persons(nlp):
    text = (
        'A third post, shared by a parish councillor, Oona Pellham, wrongly suggested that the deal handed the firm "the keys to the reservoir." '
        'Pellham told the Daily Ledger that she had "only raised a concern."'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert (first.speaker_name, first.speaker_kind) == ("Oona Pellham", "person")
    assert (second.speaker_name, second.speaker_kind) == ("Oona Pellham", "person")
    assert not any("post" in d for d in first.speaker_descriptions)
    assert "QC101" not in _rules(report, first.id)
    assert "QC102" not in _rules(report, second.id)


def test_video_posted_by_a_person_names_its_poster(nlp):
    # The parser hangs the name on "video"; it belongs to the one who posted it.
    text = "A video posted by a local activist, Tomas Brell, claimed that the reservoir had been sold."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == ("Tomas Brell", "person")
    assert quote.speaker_descriptions == ("a local activist",)


# --- "The Harbour Gazette quoted ...": the whole masthead ----------------------------------


def test_masthead_subject_of_quoted_is_kept_whole(nlp):
    report = analyze("The Harbour Gazette quoted Nell Okonjo as saying the ferry would return in June.", nlp=nlp)
    (quote,) = report.quotes
    assert _via(quote) == [("Harbour Gazette", "outlet")]


# --- "a screenshot seen by the Evening Post": a document -------------------------------------


def test_screenshot_seen_by_an_outlet_is_a_document(nlp):
    text = 'A screenshot seen by the Valley Courier shows the mayor wrote that the plan was "finished".'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert _via(quote) == [("Valley Courier", "outlet")]


# --- "a statement read outside court by solicitor X": the reader carries it ---------------


def test_statement_read_by_a_solicitor_is_no_content(nlp):
    text = '"Marcus did nothing wrong," the family said in a statement read outside court by solicitor Ines Haldane.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ['"Marcus did nothing wrong,"']
    assert _via(quote) == [("Ines Haldane", "person")]


def test_statement_read_by_a_solicitor_keeps_the_that_clause(nlp):
    text = "The family said in a statement read outside court by solicitor Ines Haldane that Marcus did nothing wrong."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == ["that Marcus did nothing wrong"]
    assert _via(quote) == [("Ines Haldane", "person")]
