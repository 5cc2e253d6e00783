"""Regressions and leftovers found by the round 12 re-checks (regress-c, regress-d): titles
before names, a report that quotes someone "as saying", agencies that quote people, names and
word mentions in quotation marks, recipients carried into the next sentence, and words a
speaker recalls from their family. End to end with the real model; the sentences are written
by the quotecheck authors after the re-checks' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_with as _quote_with, rules as _rules


def _inner_quote(report, words):
    """The quote nested in another: the one whose whole content is the quoted words."""
    return next(q for q in report.quotes if q.via and any(words in c.text for c in q.content))


# --- A title before a name describes the person; it is no part of the name -----------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Transport Minister Ysolde Faure urged drivers to slow down near schools.\n", "Ysolde Faure", "Transport Minister"),
        ("Housing Minister Maud Faure urged landlords to freeze rents this winter.\n", "Maud Faure", "Housing Minister"),
    ],
    ids=["transport", "housing"],
)
def test_a_title_with_its_own_modifier_stays_out_of_the_name(nlp, text, name, title):
    # The recognizer leaves these names untyped, so the name is read from the compounds.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == name
    assert title in quote.speaker_descriptions


def test_guard_a_place_name_made_of_compounds_stays_whole(nlp):
    # Guard: "The Kestrel Bay Civic Trust"-style names keep every compound.
    report = analyze("The Millbrook Valley Rowing Club said the regatta would go ahead.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Millbrook Valley Rowing Club"


# --- "X reported that A, quoting Y as saying B": A is X's, B is Y's --------------------------


def test_what_a_paper_reported_before_quoting_someone_as_saying_is_the_papers(nlp):
    text = (
        "The weekly Riverside Echo reported that the clinic had shut its doors early, quoting a "
        'receptionist, identified only as Petra, as saying that staff were "exhausted and scared".\n'
    )
    report = analyze(text, nlp=nlp)
    reported = _quote_with(report, "the clinic had shut its doors early")
    assert reported.speaker_name == "Riverside Echo"
    assert reported.speaker_kind == "outlet"
    assert not any("exhausted" in c.text for c in reported.content)
    said = _quote_with(report, "exhausted and scared")
    assert said.speaker is not None and "receptionist" in said.speaker.text
    assert [h.name for h in said.via] == ["Riverside Echo"]


def test_guard_citing_someone_still_credits_the_report_to_them(nlp):
    # Guard: with no "as saying", the one cited is the source of what was reported.
    report = analyze("The Harbour Post reported that the mill would close, citing a union official.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and "union official" in quote.speaker.text
    assert [h.name for h in quote.via] == ["Harbour Post"]


# --- A news agency that quotes someone is an outlet -------------------------------------------


def test_the_press_association_is_an_outlet(nlp):
    text = (
        "By Ines Marlowe, Westfield Evening Ledger\n\n"
        'The Home Office said in a statement, quoted by the Press Association, that the policy was "under review".\n'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote_with(report, "under review")
    assert [(h.name, h.kind) for h in quote.via] == [("Press Association", "outlet")]
    messages = [f.message for f in report.findings if f.rule == "QC101"]
    assert messages and "(outlet)" in messages[0]


def test_guard_a_journalists_association_is_a_body(nlp):
    # Guard: "the Foreign Press Association" is a body of journalists, not the agency.
    text = (
        "By Ines Marlowe, Westfield Evening Ledger\n\n"
        'The Home Office said in a statement, quoted by the Foreign Press Association, that the policy was "under review".\n'
    )
    quote = _quote_with(analyze(text, nlp=nlp), "under review")
    assert [h.kind for h in quote.via] != ["outlet"]


# --- A name given to a thing, and a word mentioned as a word, are not speech ---------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Officials said the clean-up, dubbed "Project Driftwood," would take a month.\n', "Project Driftwood"),
        ('Ortega says he dislikes the word "comeback" when fans use it.\n', "comeback"),
        ('The coach said she avoids the term "rebuilding" in the dressing room.\n', "rebuilding"),
    ],
    ids=["dubbed-name", "the-word", "the-term"],
)
def test_a_dubbed_name_or_a_mentioned_word_is_listed_as_a_name(nlp, text, words):
    report = analyze(text, nlp=nlp)
    assert [t.kind for t in report.terms if words in t.span.text] == ["name"]
    assert report.quotes  # the statement around it is still listed


@pytest.mark.parametrize(
    "text",
    [
        'The mayor attacked what she dubbed "a tax on the poor" in a speech on Monday.\n',
        'The union rejected the offer, a deal the company termed "generous and final."\n',
    ],
    ids=["what-she-dubbed", "termed"],
)
def test_guard_a_label_the_speaker_gives_stays_their_words(nlp, text):
    # Guard: a label under "what she dubbed" or "termed" is the speaker's, listed once as a quote.
    report = analyze(text, nlp=nlp)
    quoted = {(s.start, s.end) for q in report.quotes for s in q.quoted}
    assert quoted
    assert not {(t.span.start, t.span.end) for t in report.terms} & quoted


# --- A hearer named in one sentence is not carried into the writer's next sentence -------------


@pytest.mark.parametrize(
    "second",
    ["Kellerman wants the route closed.", "Kellerman said the route should be closed."],
    ids=["wants", "said"],
)
def test_an_outlet_told_before_is_not_the_hearer_of_the_next_sentence(nlp, second):
    text = f"Alderman Otto Kellerman told the Brookfield Courier that the ferry route was unsafe. {second}\n"
    report = analyze(text, nlp=nlp)
    first, later = report.quotes
    assert first.recipient is not None and first.recipient.name == "Brookfield Courier"
    assert later.recipient is None
    assert "QC101" not in _rules(report, later.id)


def test_guard_quoted_words_right_after_go_on_with_the_exchange(nlp):
    # Guard: a direct quote of the same speaker right after was said in the same exchange.
    text = (
        "Speaking to the Brookfield Courier, Alderman Otto Kellerman said the ferry route was unsafe. "
        '"Somebody will drown out there," he said.\n'
    )
    first, later = analyze(text, nlp=nlp).quotes
    assert later.recipient is not None and later.recipient.name == "Brookfield Courier"


# --- Words a speaker recalls from their own family, inside their own quote ---------------------


def test_a_saying_recalled_from_the_speakers_family_has_no_findings(nlp):
    text = "\"My grandmother once told me 'keep your head down,' and I ignored her,\" said Rosa Tamm, the sprinter.\n"
    report = analyze(text, nlp=nlp)
    inner = _inner_quote(report, "keep your head down")
    assert inner.speaker is not None and inner.speaker.text == "My grandmother"
    assert [h.name for h in inner.via] == ["Rosa Tamm"]
    assert not report.findings


def test_guard_a_role_recalled_inside_a_quote_keeps_its_findings(nlp):
    # Guard: "my predecessor" holds a public role: the article could name them (QC203).
    text = "\"When my predecessor read the audit, she told me, 'These figures are wrong,'\" treasurer Ada Voss said.\n"
    report = analyze(text, nlp=nlp)
    inner = _inner_quote(report, "These figures are wrong")
    assert "QC203" in _rules(report, inner.id)


def test_guard_added_goes_on_with_the_outlet_told_before(nlp):
    # Guard: "She added that ..." goes on with the interview just reported, to the same outlet.
    text = (
        "Alderman Ruth Kellerman said in an interview with the Brookfield Courier that the ferry route was unsafe. "
        "She added that the council would review it in May.\n"
    )
    first, later = analyze(text, nlp=nlp).quotes
    assert later.recipient is not None and later.recipient.name == first.recipient.name
