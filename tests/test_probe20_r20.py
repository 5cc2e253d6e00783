"""Faults found by probing four beats (a sports report, a markets story, a court report, a
health study): a date after the document of an "according to" phrase read as the outlet that
carried it ("according to a filing on Friday"); the outlet of "speaking in an interview with
..." lost when the interview hangs on the participle; the speaker lost before an aside of
asking ("Pell, asked about the penalty, said ..."); the outlet that saw the records in
"Court documents seen by the Chronicle show ..." when the tagger reads "show" as a noun; a
cited report given as the speaker instead of its outlet; a person called by nationality or
party ("the Swede", "the Republican") taken for a body or a newspaper; and a known outlet
with its beat under the byline ("BBC Sport") not read as the publisher. End to end with the
real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Revenue fell by a third, according to a filing on Friday.", "a filing", "Revenue fell by a third"),
        ("According to a regulatory filing on Friday, the lender set aside 40 million crowns.", "a regulatory filing", "the lender set aside 40 million crowns"),
    ],
    ids=["closing", "opening"],
)
def test_date_after_according_document_is_no_carrier(nlp, text, speaker, words):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text.lower(), quote.speaker.text, [p.text for p in quote.content]) == ("according to", speaker, [words])
    assert quote.speaker_kind == "document" and quote.via == ()


def test_date_after_according_report_is_no_hop(nlp):
    [quote] = analyze("Revenue fell by a third, according to a report in the Morning Courier on Friday.", nlp=nlp).quotes
    assert quote.speaker_name == "Morning Courier" and [h.name for h in quote.via] == []


@pytest.mark.parametrize(
    "text",
    [
        "Defender Luis Carvalho, speaking in an interview with Radio Westvale, said the squad could win the league.",
        "Speaking in an interview with Radio Westvale, Carvalho said the squad could win the league.",
    ],
    ids=["set-off", "opening"],
)
def test_interview_on_speaking_participle_names_hearer(nlp, text):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker_name.split()[-1], [p.text for p in quote.content]) == ("said", "Carvalho", ["the squad could win the league"])
    assert quote.recipient is not None and quote.recipient.name == "Radio Westvale"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "words"),
    [
        (
            "Lindqvist, asked whether she would rotate the squad, said she had not decided.",
            "said",
            "Lindqvist",
            "she had not decided",
        ),
        (
            "The chief executive, asked about the sale, would say only that talks were continuing.",
            "would say",
            "The chief executive",
            "that talks were continuing",
        ),
        ("Pell, asked about the penalty, said it was a disgrace.", "said", "Pell", "it was a disgrace"),
        (
            "Sorensen, asked about the report on the call, would only say that the company reviews its assets.",
            "would only say",
            "Sorensen",
            "that the company reviews its assets",
        ),
    ],
    ids=["question-before-cue", "modal-cue", "aside-on-cue", "aside-as-complement"],
)
def test_speaker_before_asked_aside(nlp, text, cue, speaker, words):
    said = [q for q in analyze(text, nlp=nlp).quotes if q.act != "question"]
    assert [(q.cue.text, q.speaker.text, [p.text for p in q.content]) for q in said] == [(cue, speaker, [words])]


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        ("Court documents seen by the Eastmoor Chronicle show that Tolley bought a racehorse.", "Court documents", "Eastmoor Chronicle"),
        ("Bank records obtained by the Westvale Gazette show that the club paid the agent twice.", "Bank records", "Westvale Gazette"),
    ],
    ids=["seen", "obtained"],
)
def test_records_seen_by_outlet_reached_article_through_it(nlp, text, speaker, outlet):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker.text, quote.speaker_kind) == ("show", speaker, "document")
    assert [h.name for h in quote.via] == [outlet]



@pytest.mark.parametrize(
    "text",
    [
        "Meridian Wire, citing a report by the Daily Financial Courier, said Corvane was in talks to sell its sensor unit.",
        "Corvane was in talks to sell its sensor unit, Meridian Wire reported, citing a report in the Daily Financial Courier.",
    ],
    ids=["by", "in"],
)
def test_cited_report_speaks_for_its_outlet(nlp, text):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker.text, quote.speaker_name, quote.speaker_kind) == ("citing", "the Daily Financial Courier", "Daily Financial Courier", "outlet")
    assert [h.name for h in quote.via] == ["Meridian Wire"]
    assert [p.text for p in quote.content] == ["Corvane was in talks to sell its sensor unit"]


@pytest.mark.parametrize(
    ("text", "epithet", "name"),
    [
        ("Senator Ted Marlow spoke first. The Republican said he would win the state.", "The Republican", "Ted Marlow"),
        (
            "Republican Senator Ted Marlow clashed with Democratic Senator Ana Ruiz on Monday. The Democrat said the bill would pass.",
            "The Democrat",
            "Ana Ruiz",
        ),
        ('Petra Lindqvist praised Tomas Okafor. "He works harder than anyone," the Swede said.', "the Swede", "Petra Lindqvist"),
    ],
    ids=["party", "party-described", "nationality"],
)
def test_epithet_names_the_person_meant(nlp, text, epithet, name):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert (quote.cue.text, quote.speaker.text) == ("said", epithet)
    assert (quote.speaker_name, quote.speaker_kind) == (name, "person")


def test_epithet_is_no_outlet_to_credit(nlp, run, tmp_path):
    article = tmp_path / "marlow.txt"
    article.write_text('By Ann Reed\n\nSenator Ted Marlow spoke in Dallas. "We will win this state," the Republican said.\n', encoding="utf-8")
    result = run("--format", "json", article)
    assert "QC101" not in result.output


def test_outlet_with_beat_under_byline_is_the_publisher(run, tmp_path):
    from quotecheck.header import find_header

    text = 'By Dana Kettleworth\nBBC Sport\n\n"We never stopped believing," Lindqvist told BBC Sport.\n'
    header = find_header(text)
    assert header.source is not None and header.source.text == "BBC Sport"
    article = tmp_path / "match.txt"
    article.write_text(text, encoding="utf-8")
    assert "QC101" not in run("--format", "json", article).output
