"""Layout failures found on the round 11 probes (p25-p27): headlines, pull quotes, list lines,
link lines and correction notes, end to end with the real model. The sentences are written by
the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze
from quotecheck.rules import fails

from .reports import rules as _rules


def test_headline_role_is_the_official_named_below(nlp):
    # "Mayor:" in the headline was kept as a name of its own, "Mayor", and the same words under
    # the mayor named in the body made a QC501 error: two speakers for one person.
    text = (
        "Mayor: 'The tunnel will open in spring'\n\n"
        "Mayor Ilse Brandvold promised on Friday to finish the rail tunnel. "
        '"The tunnel will open in spring," Brandvold told reporters.\n'
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes if q.type == "direct"] == ["Ilse Brandvold", "Ilse Brandvold"]
    assert report.quotes[0].resolution == "role"
    assert "QC501" not in _rules(report)
    assert not fails(report.findings, "error")


def test_pull_quote_signature_keeps_the_title_out_of_the_name(nlp):
    text = (
        '"Nobody will lose their pension," Health Secretary Rupert Galloway said on Tuesday.\n\n'
        '"Nobody will lose their pension."\n'
        "\u2014 Health Secretary Rupert Galloway\n"
    )
    report = analyze(text, nlp=nlp)
    pull = report.quotes[-1]
    assert pull.cue is not None and pull.cue.text == "\u2014"
    assert pull.speaker_name == "Rupert Galloway"
    assert pull.speaker_descriptions[0] == "Health Secretary"
    assert pull.speaker is not None and pull.speaker.text == "Health Secretary Rupert Galloway"
    assert "QC501" not in _rules(report)


def test_same_words_rule_takes_a_titled_name_for_the_same_person():
    # The rule alone, on a report whose pull quote still carries the title in its name.
    from quotecheck.model import Quote, Report, Span

    text = '"We keep every branch open," Finance Chief Dora Lenz said.\n"We keep every branch open."\n'
    first = Span.of(text, 0, 29)
    second_at = text.index('"We keep', 10)
    second = Span.of(text, second_at, second_at + 28)
    quotes = (
        Quote("q1", "direct", (first,), None, None, "Dora Lenz", "person", 0.9, ("Finance Chief",), "name", (first,)),
        Quote("q2", "direct", (second,), None, None, "Finance Chief Dora Lenz", "person", 0.8, (), "name", (second,)),
    )
    from quotecheck.rules import check

    report = Report(text=text, quotes=quotes)
    assert "QC501" not in [f.rule for f in check(report)]
    # Guard: someone else with the same words is still flagged.
    other = (quotes[0], quotes[1].__class__(**{**{f: getattr(quotes[1], f) for f in quotes[1].__dataclass_fields__}, "speaker_name": "Otto Brenner"}))
    assert "QC501" in [f.rule for f in check(Report(text=text, quotes=other))]


def test_scare_quote_rejected_in_a_headline_is_not_the_subjects(nlp):
    # 'Haldane dismisses "cover-up" charges': the quoted words are the charges' authors', whose
    # words Haldane dismisses, not her own.
    text = (
        'Haldane dismisses "cover-up" charges as dam inquiry grows\n\n'
        "Regional governor Petra Haldane on Thursday dismissed charges that her office hid the dam report.\n"
    )
    report = analyze(text, nlp=nlp)
    assert not any(q.type == "mixed" and "cover-up" in q.text for q in report.quotes)
    assert any(t.kind == "scare" and "cover-up" in t.span.text for t in report.terms)


@pytest.mark.parametrize(
    ("line", "name", "description", "qtype"),
    [
        ('- Councillor Ayo Mensah: the housing plan is "a decade too late" for young families.', "Ayo Mensah", "Councillor", "mixed"),
        ("* Senator Greta Lindqvist: the tax cut will pay for itself within five years.", "Greta Lindqvist", "Senator", "indirect"),
    ],
    ids=["dash-mixed", "star-indirect"],
)
def test_colon_on_a_list_line_attributes_the_line(nlp, line, name, description, qtype):
    text = f"This is where the candidates stand:\n\n{line}\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert quote.speaker_descriptions == (description,)
    assert quote.type == qtype
    assert quote.cue is not None and quote.cue.text == ":"
    assert "QC301" not in _rules(report)


def test_list_line_labels_of_page_furniture_name_nobody(nlp):
    # Guard: "Update:" and "Note:" lines are no one's words.
    text = (
        "What changed this week:\n\n"
        "- Update: the council will vote again on Friday at noon.\n"
        "- Note: the figures leave out the harbour fund entirely.\n"
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()


def test_speaker_span_starts_on_its_own_list_line(nlp):
    # The parser may hang the line before on a list line's subject (seen in a longer list); the
    # phrase then starts after the line break and the bullet. A hand-built parse of that shape.
    from spacy.tokens import Doc

    from quotecheck.extract.frames import _from_line_start

    words = ["Varga", ":", "overdue", ".", "\n", "-", "Finance", "director", "Jonas", "Petrik", "said"]
    spaces = [False, True, False, False, False, True, True, True, True, True, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    head = doc[9]
    assert [t.text for t in _from_line_start(list(doc[0:10]), head)] == ["Finance", "director", "Jonas", "Petrik"]
    # Guard: a phrase on one line is left whole.
    assert [t.text for t in _from_line_start(list(doc[6:10]), head)] == ["Finance", "director", "Jonas", "Petrik"]


def test_read_more_link_line_is_not_speech(nlp):
    text = (
        "The ferry company said it would add a late sailing in March.\n\n"
        "Read more: Fishermen demand new harbour wall after winter storms\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["said"]


def test_headline_as_clause_with_weigh_in_says_when(nlp):
    text = "Parliament stalls over pension bill as doctors and nurses weigh in\n\nThe vote was delayed again on Monday.\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert "QC201" not in _rules(report)


def test_as_the_minister_pointed_out_still_attributes(nlp):
    # Guard: a phrasal cue with an object left out keeps the clause it hangs on.
    report = analyze("The plan is reckless, as the minister pointed out.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.text == "The plan is reckless"


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this story said the bridge cost 40 million euros.",
        "This article has been corrected to show that the bridge cost 14 million euros, not 40.",
    ],
    ids=["earlier-version", "has-been-corrected"],
)
def test_correction_note_is_not_speech(nlp, note):
    text = f"The bridge cost 14 million euros, the county said.\n\n{note}\n"
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["said"]
    assert "QC202" not in _rules(report)
