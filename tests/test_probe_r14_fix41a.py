"""Sources found on the round 14 probe p41 (science, arts, business copy): a company known by a
word that is also a later person's surname, "citing" a company between a cue and its clause,
a closing "the paper notes", review outlets and their critics, and "according to diocesan
figures". End to end with the real model. The sentences are written by the quotecheck authors
after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue, rules as _rules


# --- A lone name the article calls a company stays the company ---------------------------------


def test_company_called_a_maker_is_not_the_person_with_its_name_named_later(nlp):
    text = (
        "Brennic, the Oslo shipping group, will sell two ferries, people briefed on the talks said. "
        "Brennic declined to comment.\n\n"
        'Its founder, Tove Brennic, said later that she was "not in a hurry."'
    )
    report = analyze(text, nlp=nlp)
    (refusal,) = _by_cue(report, "declined")
    assert refusal.speaker_name == "Brennic"
    assert refusal.speaker_kind == "organization"
    (later,) = _by_cue(report, "said")[-1:]
    assert later.speaker_name == "Tove Brennic"


def test_name_read_as_noun_beside_a_product_maker_is_a_company(nlp):
    text = (
        "Corvell, the Bergen electronics maker, will shut its radio unit. Corvell declined to comment.\n\n"
        'Chief executive Harald Corvell said in an interview that the unit was "a mistake."'
    )
    report = analyze(text, nlp=nlp)
    (refusal,) = _by_cue(report, "declined")
    assert refusal.speaker_name == "Corvell"
    assert refusal.speaker_kind == "organization"


def test_guard_a_surname_after_a_person_named_in_full_is_that_person(nlp):
    # Guard: a person named in full first keeps the bare surname.
    text = "Ana Dalvik, the chief executive, will close a plant. Dalvik said the plant was too old."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ana Dalvik"


# --- "reported, citing a supplier, that ..." ---------------------------------------------------


def test_citing_companies_between_cue_and_clause_is_the_source(nlp):
    text = "The Coastal Post reported on Monday, citing two suppliers, that Dalmor had halted production."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "two suppliers"
    assert [hop.name for hop in quote.via] == ["Coastal Post"]
    assert "QC101" in _rules(report, quote.id)


def test_citing_a_supplier_makes_no_quote_of_its_own(nlp):
    text = "The Fjord Ledger reported last week, citing a supplier, that Dalmor had cancelled orders worth 40 million krona."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.content[0].text.startswith("that Dalmor")
    assert quote.speaker is not None and quote.speaker.text == "a supplier"
    assert [hop.name for hop in quote.via] == ["Fjord Ledger"]


# --- "..., the paper notes." ------------------------------------------------------------------


def test_closing_cue_read_as_plural_noun_the_paper_notes(nlp):
    report = analyze("Wind speeds doubled over the decade, the paper notes.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "the paper"
    assert quote.speaker_kind == "document"


def test_closing_cue_with_subject_read_as_compound_the_study_notes(nlp):
    report = analyze("The river froze early this year, the study notes.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "the study"
    assert "QC202" not in _rules(report, quote.id)


# --- Review outlets and their critics ---------------------------------------------------------


def test_review_masthead_is_an_outlet(nlp):
    report = analyze('The Harbour Review described the opening as "a slow tide of ideas."', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"
    assert "QC101" in _rules(report, quote.id)


def test_interview_with_a_review_is_second_hand(nlp):
    text = (
        "The managing director, Lars Holm, has said little. In an interview with the Nordic Tech "
        'Review published on Friday, he said that the merger "was never about money."'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Lars Holm"
    assert "QC101" in _rules(report, quote.id)


def test_another_critic_writing_in_an_outlet_with_a_participle_cue(nlp):
    text = 'Another critic, writing in the Western Chronicle, was harsher, calling the staging "a car park with a piano."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    rules = _rules(report, quote.id)
    assert "QC201" in rules and "QC101" in rules


def test_another_reviewer_is_a_vague_source(nlp):
    report = analyze('Another reviewer called the score "thin and hurried."', nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote.id)


# --- "according to diocesan figures": numbers, not people -------------------------------------


def test_according_to_figures_of_a_body_is_a_document(nlp):
    report = analyze("According to diocesan figures, more than 900 people remain in shelters.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert "QC201" not in _rules(report, quote.id)


def test_guard_figures_close_to_a_minister_are_people(nlp):
    # Guard: "figures close to the minister" are unnamed people.
    report = analyze("According to figures close to the minister, she will resign in May.", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"


def test_company_stays_a_company_after_a_bare_mention_tagged_as_a_person(nlp):
    text = (
        "Corvell, the Bergen-based electronics maker, will shut its radio unit, two people familiar "
        "with the plans said.\n\n"
        "Corvell declined to comment.\n\n"
        "The Fjord Ledger reported that Corvell had cancelled orders for radio parts.\n\n"
        'Chief executive Harald Corvell said in an interview that the unit was "a mistake."'
    )
    report = analyze(text, nlp=nlp)
    (refusal,) = _by_cue(report, "declined")
    assert refusal.speaker_name == "Corvell"
    assert refusal.speaker_kind == "organization"


# --- A bare surname after a vague source: "she" is the named speaker ---------------------------


def test_she_after_a_bare_surname_speaker_is_not_the_earlier_critic(nlp):
    text = (
        'The play stars Joanna Prewitt. One critic called the set "a damp garage."\n\n'
        'Prewitt said the stage had ruined the shoes. "But it is worth it," she said.'
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker_name == "Joanna Prewitt"
    assert "QC201" not in _rules(report, last.id)
