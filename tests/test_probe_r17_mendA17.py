"""Mends from the round 17 review, part A: a surname that is a street word, a refusal that is
the content subject's own, "headed" as a verb, a listed quotation that someone said, a label
after a gerund's "as", and a one-word or marked scare quote. End to end with the real model.
The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import cue_index as _by_cue, rule_set as _rules, term_kinds as _terms


# --- A1: a surname that is a street word ------------------------------------------------------


def test_person_named_lane_keeps_being_a_person(nlp):
    text = (
        "Dorian Lane, the playwright, returned to the theatre on Friday. Asked about the critics,"
        ' he said their reviews were "lazy".'
    )
    quote = _by_cue(analyze(text, nlp=nlp))["said"]
    assert quote.speaker_name == "Dorian Lane"


def test_titled_or_subject_street_word_name_stays_a_person(nlp):
    from quotecheck.extract.frames import _relabel_street_read_as_person

    text = "Councillor Mira Row met Ezra Lane near the harbour."
    doc = nlp(text)
    names = ("Councillor Mira Row", "Ezra Lane")
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="PERSON") for n in names]
    _relabel_street_read_as_person(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(n, "PERSON") for n in names]


# Guard: a street after a place preposition or a house number is still a place.
def test_guard_street_after_preposition_or_number_is_a_place(nlp):
    from quotecheck.extract.frames import _relabel_street_read_as_person

    text = "The cafe on Tanner Lane moved to 9 Gull Row."
    doc = nlp(text)
    names = ("Tanner Lane", "Gull Row")
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="PERSON") for n in names]
    _relabel_street_read_as_person(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [(n, "FAC") for n in names]


# --- A2: the content subject's refusal stays in the content -----------------------------------


def test_refusal_of_the_person_reported_on_is_part_of_the_content(nlp):
    text = "Officers said the cyclist left the scene and refused to answer questions about the crash."
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["said"]
    assert report.quotes[0].content[0].text.endswith("refused to answer questions about the crash")


def test_refusal_after_a_passive_content_is_the_subjects(nlp):
    text = "A police spokeswoman said the man was detained on Sunday and refused to comment on the charges."
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["said"]
    assert all(q.act != "refusal" for q in report.quotes)


def test_refusal_of_a_pronoun_that_is_not_the_speaker_is_the_contents(nlp):
    text = "Police said she drove off and refused to answer questions from reporters."
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["said"]


# Guard: one who speaks of himself refuses for himself.
def test_guard_speaker_refusing_after_his_own_pronoun(nlp):
    text = "He keeps saying that he will stay in the race and refuses to answer questions about money."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["refuses"].act == "refusal"


# Guard: a body's spokesman who declines to comment still refuses on its behalf.
def test_guard_spokesman_refusal_for_the_body(nlp):
    text = "A spokeswoman said the council was reading the report and declined to elaborate."
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert quotes["declined"].act == "refusal"
    assert quotes["declined"].speaker.text == "A spokeswoman"


# --- A3: "headed" as a verb is no name marker ---------------------------------------------------


def test_headed_after_a_subject_pronoun_is_no_title(nlp):
    text = 'The unit he headed "ignored every warning," the review concluded.'
    report = analyze(text, nlp=nlp)
    assert report.terms == ()
    assert report.quotes[0].type == "mixed"


# Guard: a letter's heading is still a name.
def test_guard_letter_headed_is_a_title(nlp):
    text = 'Tenants got a letter headed "Rent Review Notice" on Monday.'
    assert _terms(analyze(text, nlp=nlp)) == {"Rent Review Notice": "name"}


# --- A4: a listed quotation that someone said is no second name -------------------------------


def test_listed_label_owned_by_a_cue_is_no_name(nlp):
    text = 'The scheme, known as "Blue Meadow," or "a giveaway" as opponents put it, was approved in May.'
    report = analyze(text, nlp=nlp)
    assert _terms(report) == {"Blue Meadow": "name"}
    assert report.quotes[0].type == "direct"


def test_lone_comma_after_a_title_is_no_list(nlp):
    text = 'The council released a study titled "Clean Streets", "a stunt" according to residents.'
    report = analyze(text, nlp=nlp)
    assert _terms(report) == {"Clean Streets": "name"}
    assert report.quotes[0].type == "mixed"


# Guard: items of a real list keep the name.
def test_guard_slogans_listed_with_and_are_names(nlp):
    text = 'Strikers waved flags reading "Fair Pay", "Safe Shifts" and "No Cuts" outside the depot.'
    assert _terms(analyze(text, nlp=nlp)) == {"Fair Pay": "name", "Safe Shifts": "name", "No Cuts": "name"}


# --- A5: a label after a gerund's "as" is the accusers' -----------------------------------------


def test_label_after_a_gerund_as_is_rejected(nlp):
    text = 'Varga denied working as "a bagman" for the contractor.'
    report = analyze(text, nlp=nlp)
    assert _terms(report) == {"a bagman": "scare"}
    assert report.quotes[0].type == "indirect"


# Guard: "dismissed the X as" keeps the label the rejecter's.
def test_guard_dismissed_object_as_is_the_rejecters_word(nlp):
    text = 'The minister dismissed the leaked memo as "fiction" on Monday.'
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].type == "mixed"
    assert "QC301" not in _rules(report)


# --- A8: QC301 and a label quoted elsewhere -----------------------------------------------------


def test_marked_scare_quote_stays_flagged_though_quoted_elsewhere(nlp):
    text = (
        'The so-called "reform plan" has stalled, Varga said.\n\n'
        '"Our reform plan is working," the minister said.'
    )
    assert "QC301" in _rules(analyze(text, nlp=nlp))


def test_one_word_scare_quote_stays_flagged_though_quoted_elsewhere(nlp):
    text = (
        'Harbour board sacks its "consultants"\n\n'
        'The board ended the contract on Monday. "We never needed consultants," the chair said.'
    )
    assert "QC301" in _rules(analyze(text, nlp=nlp))
