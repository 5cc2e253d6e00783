"""Open gaps left by the round 13 probes: a question "asked by" a common-noun asker about a
topic, a colon after a sentence of manner and a participle, a rubric that is a participle
("Explained:"), an action "according to" a document, a quotation that is a new person's
object, and "the statement said" after a body known by a role issued it. End to end with the
real model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- "Asked by journalists about the delay, ...": the asker's question and the answer's hearer --


@pytest.mark.parametrize(
    "text, asker, topic",
    [
        ("Asked by journalists about the delay, the minister said the contract was late.", "journalists", "the delay"),
        ("Asked by reporters about the strike, Ilse Varga said the talks had failed.", "reporters", "the strike"),
    ],
    ids=["journalists", "reporters"],
)
def test_asked_by_common_noun_about_topic_is_a_question(nlp, text, asker, topic):
    report = analyze(text, nlp=nlp)
    questions = [q for q in report.quotes if q.act == "question"]
    assert len(questions) == 1
    assert questions[0].speaker is not None and questions[0].speaker.text == asker
    assert [c.text for c in questions[0].content] == [topic]
    answer = next(q for q in report.quotes if q.act == "statement")
    assert answer.recipient is not None and answer.recipient.span.text == asker


# --- 'X was less cheerful, writing simply: "..."': the subject, not the clause ------------------


@pytest.mark.parametrize("participle", ["writing simply", "saying"], ids=["writing-simply", "saying"])
def test_colon_after_manner_and_participle_is_the_subjects(nlp, participle):
    report = analyze(f'Simon Wells was less cheerful, {participle}: "It is over."', nlp=nlp)
    assert len(report.quotes) == 1
    q = report.quotes[0]
    assert q.speaker_name == "Simon Wells"
    assert q.speaker is not None and q.speaker.text == "Simon Wells"


def test_name_with_auxiliary_word_keeps_its_label(nlp):
    # Guard: a capitalised "May" in a name is no finite verb.
    report = analyze('Theresa May, the prime minister: "We were never asked."', nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Theresa May"]


# --- "Explained: why ..." is a rubric, not a cue -------------------------------------------------


def test_explained_rubric_is_no_cue(nlp):
    report = analyze("Explained: why the port is closing\n\nThe port will close next year, officials said.", nlp=nlp)
    assert all(q.cue is None or q.cue.text != "Explained" for q in report.quotes)
    assert not any("why the port" in c.text for q in report.quotes for c in q.content)
    assert [c.text for q in report.quotes for c in q.content] == ["The port will close next year"]


# --- An action "according to" a document: the document is the source ---------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The two leaders agreed to reopen the border, according to a joint communique.", "a joint communique"),
        ("The ministry agreed to pay the fine, according to court documents.", "court documents"),
    ],
    ids=["communique", "court-documents"],
)
def test_action_according_to_document_is_the_documents(nlp, text, source):
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    q = report.quotes[0]
    assert q.speaker is not None and q.speaker.text == source
    assert q.speaker_kind == "document"
    assert not q.via
    assert "QC101" not in _rules(report, q.id)


def test_pledge_according_to_outlet_still_carried(nlp):
    # Guard: an outlet passes on the pledge it reports.
    report = analyze("The council pledged to cut fees, according to the Harbour Herald.", nlp=nlp)
    q = report.quotes[0]
    assert q.speaker is not None and q.speaker.text == "The council"
    assert [h.kind for h in q.via] == ["outlet"]


# --- A quotation that a new, unnamed person's verb takes is not the last speaker's --------------


def test_new_persons_quoted_object_is_no_continuation(nlp):
    text = (
        '"I chose my words badly," Health Minister Rosalind Vantongeren told reporters on Thursday. '
        "A clip of the podcast circulated widely on Wednesday night.\n\n"
        'In it, Vantongeren can be heard laughing as a co-host jokes about "clinics with more goats than patients."'
    )
    report = analyze(text, nlp=nlp)
    joke = next(q for q in report.quotes if any("goats" in c.text for c in q.content))
    assert joke.speaker_name != "Rosalind Vantongeren"
    assert joke.resolution != "continuation"


def test_continuation_after_named_speaker_still_joins(nlp):
    # Guard: a quotation opening its own sentence continues the speaker.
    text = '"We will fight on," said Ilse Varga, the union leader.\n\n"Nobody here is giving up."'
    report = analyze(text, nlp=nlp)
    assert all(q.speaker_name == "Ilse Varga" for q in report.quotes)


# --- "The council issued a statement ... the statement said": the named council's ---------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Leeds City Council closed the Moorside pool last week after a roof leak. The council issued a "
            "statement on Monday. The closure was temporary, the statement said.",
            "Leeds City Council",
        ),
        (
            "The Ministry of Health has closed two clinics. The ministry released a statement on Friday. "
            '"The clinics will reopen," the statement said.',
            "Ministry of Health",
        ),
        (
            "The Ministry of Transport closed the line in May. The ministry said in a statement that no list "
            'existed. "The document is a draft," the statement said.',
            "Ministry of Transport",
        ),
    ],
    ids=["council", "ministry-of", "ministry-said-in-statement"],
)
def test_statement_of_body_known_by_role_is_the_named_bodys(nlp, text, body):
    report = analyze(text, nlp=nlp)
    said = next(q for q in report.quotes if q.speaker is not None and q.speaker.text == "the statement")
    assert said.speaker_name == body


def test_statement_of_unnamed_body_stays_a_document(nlp):
    # Guard: with no body named, "the statement" names no one.
    report = analyze("The council issued a statement on Monday. The closure was temporary, the statement said.", nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == [None]
