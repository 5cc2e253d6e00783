"""Statements lost or misread in the round 16 probes (p46, p47): quoted words inside reported
speech read as scare quotes, speakers with an aside of asking, a quotation after a gesture,
and denials and refusals the frames did not see. End to end with the real model. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


def _scare(report):
    return [t.span.text for t in report.terms if t.kind == "scare"]


# --- Quoted words inside reported speech are the speaker's, not scare quotes ------------------


@pytest.mark.parametrize(
    "text",
    [
        'She added in a short concurrence that landlords were "on notice" that delays would cost them.',
        'She added in a short concurrence that landlords were "on notice" that the court would not accept'
        ' what she called "phantom repairs", work logged but never done.',
    ],
    ids=["concurrence", "concurrence-with-called"],
)
def test_that_clause_after_phrase_with_that_read_as_subject(nlp, text):
    report = analyze(text, nlp=nlp)
    [quote] = _by_cue(report, "added")
    assert quote.type == "mixed"
    assert quote.content[0].text.startswith('that landlords were "on notice" that')
    assert '"on notice"' not in _scare(report)


def _parsed(nlp, words, heads, deps, tags):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_that_read_as_relative_subject_is_the_clause_mark(nlp):
    from quotecheck.extract.frames import _reattach_that_clause_after_phrase

    # "He added in a note that tenants faced eviction, families moved out.", parsed as the
    # parser may: "that" the subject of a relative clause on "note", and the appositive
    # "families moved out" a second clause of the cue.
    words = "He added in a note that tenants faced eviction , families moved out .".split()
    heads = [1, 1, 1, 4, 2, 7, 7, 4, 7, 11, 11, 1, 11, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "nsubj", "relcl", "dobj", "punct", "nsubj", "ccomp", "prt", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "WDT", "NNS", "VBD", "NN", ",", "NNS", "VBD", "RP", "."]
    doc = _parsed(nlp, words, heads, deps, tags)
    _reattach_that_clause_after_phrase(doc, list(doc))
    assert (doc[7].head.i, doc[7].dep_, doc[5].dep_) == (1, "ccomp", "mark")
    assert doc[11].head.i == 8 and doc[11].dep_ == "appos"


@pytest.mark.parametrize(
    "text",
    [
        'His son said his father had read the verdict at home and "cried with joy."',
        'The nurse said the patient had woken early and "shouted for his wife."',
    ],
    ids=["cried", "shouted"],
)
def test_quoted_speech_verb_joined_in_content_is_content(nlp, text):
    report = analyze(text, nlp=nlp)
    [quote] = _by_cue(report, "said")
    assert quote.type == "mixed"
    assert " and \"" in quote.content[-1].text
    assert not _scare(report)


def test_guard_speaker_second_cue_after_content_kept_apart(nlp):
    # Guard: 'and added, "..."' is the speaker's next act, with words of its own.
    report = analyze('The mayor said the council had met twice and added, "We are not done."', nlp=nlp)
    [said] = _by_cue(report, "said")
    assert said.content[0].text == "the council had met twice"
    assert _by_cue(report, "added")


# --- The speaker asked in an aside between subject and cue ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Haldane, asked about the flooding on Friday, said he had "no details" about the pumps.',
        "Haldane, when asked about the flooding, said he had no details.",
    ],
    ids=["aside-with-time", "when-asked"],
)
def test_subject_before_asked_aside_speaks(nlp, text):
    report = analyze(text, nlp=nlp)
    [said] = _by_cue(report, "said")
    assert said.speaker_name == "Haldane"
    # The aside is a question put to him, never a statement of his about the flooding.
    assert [q.cue.text for q in report.quotes if not q.question] == ["said"]
    assert not any(f.rule == "QC202" for f in report.findings)


def test_guard_who_asked_is_the_asker(nlp):
    # Guard: "who asked about X" says the subject asked; the aside is no question put to her.
    report = analyze("Haldane, who asked about the flooding, said she had no details.", nlp=nlp)
    assert _by_cue(report, "said")[0].speaker_name == "Haldane"


# --- A quotation right after a gesture is the gesturer's ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Maria Lopez founded the bakery in 2009. Asked what comes next, she laughed. "A nap. Then more bread."', "Maria Lopez"),
        ('Tom Hale ran the shop for years. Asked about a sale, he shrugged. "Make me an offer."', "Tom Hale"),
    ],
    ids=["laughed", "shrugged"],
)
def test_quotation_after_gesture_goes_to_its_subject(nlp, text, name):
    report = analyze(text, nlp=nlp)
    [quote] = [q for q in report.quotes if q.type == "direct"]
    assert quote.speaker_name == name
    assert not any(f.rule == "QC202" for f in report.findings)


# --- Denials and refusals the frames did not see ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okoro, 31, denied knowingly taking any banned drug.",
        "The councillor denied ever meeting the developer.",
    ],
    ids=["adverb-gerund", "ever-gerund"],
)
def test_denied_gerund_is_a_denial(nlp, text):
    report = analyze(text, nlp=nlp)
    [quote] = _by_cue(report, "denied")
    assert quote.denial
    assert quote.content[0].text.split()[-1] in ("drug", "developer")


def test_guard_going_on_doing_is_no_statement(nlp):
    # Guard: a verb of going on with a gerund reports no words.
    assert not analyze("The team continued taking risks.", nlp=nlp).quotes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ada Brenn and Luis Okafor clashed in court. Neither Brenn nor Okafor responded to a request for comment.",
            ["Ada Brenn", "Luis Okafor"],
        ),
        ("Neither company responded to requests for comment.", None),
    ],
    ids=["neither-nor", "neither-company"],
)
def test_negating_subject_no_reply_is_a_refusal(nlp, text, names):
    report = analyze(text, nlp=nlp)
    [quote] = report.quotes
    assert quote.refusal
    if names:
        assert all(name in (quote.speaker_name or "") for name in names)


# --- Acts and names that are no statements ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Vantor Bikes builds 5,000 frames a year. Its new folding model, the "Sparrow", goes on sale in May.',
        "Mayor Ilse Brandt declared a state of emergency on Sunday.",
        "The governor declared a curfew after the storm.",
    ],
    ids=["product-goes-on-sale", "state-of-emergency", "curfew"],
)
def test_no_statement_from_acts_and_names(nlp, text):
    report = analyze(text, nlp=nlp)
    assert not report.quotes


def test_guard_went_on_to_say_and_declared_that(nlp):
    # Guard: "went on to say" and "declared that ..." report words.
    report = analyze("He went on to say the plan was dead. She declared that the state would sue.", nlp=nlp)
    assert len(report.quotes) == 2


@pytest.mark.parametrize(
    "text",
    ["The transport ministry rejected the findings.", "Senator Hale dismissed the criticism."],
    ids=["rejected-findings", "dismissed-criticism"],
)
def test_rejected_findings_is_a_denial(nlp, text):
    [quote] = analyze(text, nlp=nlp).quotes
    assert quote.denial
