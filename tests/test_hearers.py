"""A cue that names its hearer, end to end with the model: 'Dunmore told the Echo: "..."'."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize("hearer", ["the Ashby Echo", "reporters"])
def test_a_quotation_after_told_someone_is_the_speakers(nlp, hearer):
    # A short first sentence ("No.") makes the segmenter end the cue's sentence inside the marks.
    text = f'Asked whether he had been pushed, Dunmore told {hearer}: "No. It was my decision and mine alone."'
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.type == "direct")
    assert quote.speaker.text == "Dunmore"
    assert quote.recipient is not None and quote.recipient.name in hearer


def test_a_quoted_show_after_told_is_no_ones_words(nlp):
    text = 'Trump told NBC\'s "Today" on Monday that he was ready.'
    report = analyze(text, nlp=nlp)
    assert not any(q.type == "direct" for q in report.quotes)


def test_the_words_after_a_later_cue_are_not_the_hearers_cues(nlp):
    text = '"There is great danger here," Trump told reporters, before insisting he had a "great relationship" with Latinos.'
    first, *rest = analyze(text, nlp=nlp).quotes
    assert [part.text for part in first.content] == ['"There is great danger here,"']
    assert any("great relationship" in part.text for q in rest for part in q.content)


def test_speaking_to_a_newspaper_names_the_hearer(nlp):
    text = "Speaking to the Kathimerini newspaper, Arvanitis added that the navy needed four more ships.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "Arvanitis"
    assert (quote.recipient.name, quote.recipient.kind) == ("Kathimerini", "outlet")
    assert [f.rule for f in report.findings] == ["QC101"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("She warned voters about the risks of the plan.", "the risks of the plan"),
        ("He told reporters about his plans for the port.", "his plans for the port"),
    ],
)
def test_what_a_hearer_was_told_about_is_the_content(nlp, sentence, content):
    report = analyze(sentence + "\n", nlp=nlp)
    (quote,) = report.quotes
    assert [c.text for c in quote.content] == [content]
    assert quote.recipient is not None and quote.recipient.span.text in sentence


def test_speaking_on_an_outlets_programme_names_the_outlet(nlp):
    text = "Speaking on the BBC's Morning Brief programme, Ms Marsh said: 'No decision has been taken.'\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == ("BBC", "outlet")


def test_a_that_clause_the_parser_hung_on_a_noun_after_the_hearer_is_what_was_told(nlp):
    # The parser reads "that he had talked ..." as a relative clause on "veterans" and the
    # second that-clause as a conjunct of "told": both are what Marlow told the audience.
    text = (
        "Marlow told the audience at his fundraiser for veterans that he had talked to the network "
        "twice but that nothing could change his mind."
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == "Marlow"
    assert [part.text for part in quote.content] == [
        "that he had talked to the network twice but that nothing could change his mind"
    ]


def test_a_relative_clause_on_a_told_story_is_no_content(nlp):
    text = "The film told the story of a labor issue that the senator had discovered during his first term."
    assert analyze(text, nlp=nlp).quotes == ()
