"""Articles in other styles, from the round 14 probe of live blogs and wire copy: single line
breaks between the paragraphs of a block in a text that also has blank lines, a quote ending
in a list before an appositive speaker, and a programme title after the cue. End to end with
the real model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.marks import paragraphs
from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- A single line break ends a paragraph after a sentence end or a time stamp ----------------


def _paragraph_texts(text):
    return [p.text for p in paragraphs(text)]


def test_single_line_break_after_a_sentence_end_ends_a_paragraph():
    text = 'The union said it was "in talks."\nA source said a deal was near.\n\nMore later.'
    assert _paragraph_texts(text) == ['The union said it was "in talks."', "A source said a deal was near.", "More later."]


def test_time_stamp_line_is_a_paragraph_of_its_own():
    text = "09:40 GMT\nThe mayor said the roads were clear.\n\nMore later."
    assert _paragraph_texts(text)[:2] == ["09:40 GMT", "The mayor said the roads were clear."]


def test_single_line_break_inside_a_sentence_or_quotation_does_not_end_a_paragraph():
    # Guard: a line going on in lower case, or inside a quotation not re-opened on the next line.
    assert len(paragraphs('The union said\nit was in talks.\n\nMore later.')) == 2
    assert len(paragraphs('"We will fight. We will win.\nWe will not close," she said.\n\nMore.')) == 2
    assert len(paragraphs("\u201cWe will fight. We will win.\nWe will not close,\u201d she said.\n\nMore.")) == 2


def test_statement_before_a_single_line_break_keeps_its_own_speaker(nlp):
    # Guard (the parser reads these two sentences apart on the old code too).
    text = (
        "Port strike talks resume\n\n"
        'The union said it would "not sign a bad deal."\n'
        "Two people close to the negotiations told the Ledger that a draft was ready.\n\n"
        "More later."
    )
    report = analyze(text, nlp=nlp)
    union, sources = report.quotes
    assert union.speaker.text == "The union"
    assert "not sign a bad deal" in union.content[0].text
    assert sources.speaker.text == "Two people close to the negotiations"
    assert [v.name for v in sources.via] == []
    assert "QC102" not in _rules(report)


def test_quote_reopened_after_a_single_line_break_is_balanced(nlp):
    text = (
        "Trader Ilka Morrow sounded tired.\n"
        '"Everyone asks whether this is the floor," Morrow said. "I cannot tell. Nobody can.\n'
        '"What I can tell you is that the debt was always there."\n\n'
        "More later."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ilka Morrow"
    assert len(quote.content) == 3
    assert "QC302" not in _rules(report)


def test_time_stamp_line_stays_out_of_speaker_and_content(nlp):
    text = "09:40 GMT\nMayor Ilse Brandt said the roads were clear.\n\n10:05 GMT\nMore snow is coming, forecasters said."
    report = analyze(text, nlp=nlp)
    mayor, forecasters = report.quotes
    assert mayor.speaker.text == "Mayor Ilse Brandt"
    assert all("GMT" not in d for d in mayor.speaker_descriptions)
    assert forecasters.content[0].text == "More snow is coming"


def test_quotation_running_over_a_line_break_stays_whole(nlp):
    # Guard: a sentence end inside an open quotation does not end the paragraph.
    text = (
        "Harbour chief Mirela Dancu was defiant.\n"
        '"We will fight this. We will win.\nWe will never close the docks," Dancu said.\n\n'
        "More later."
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Mirela Dancu"
    assert "We will fight this" in quote.content[0].text and "close the docks" in quote.content[-1].text
    assert "QC302" not in _rules(report)


# --- A quote ending in a list, then the speaker's phrase with an appositive name ----------------


def test_list_at_the_end_of_a_quote_does_not_swallow_the_speaker(nlp):
    text = '"We will inspect the hull, the logs and the radio," the coastguard\'s senior officer, Piet Vos, said.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Piet Vos"
    assert quote.content[-1].text.endswith('radio,"')
    assert "QC202" not in _rules(report)


def test_speaker_phrase_is_cut_at_the_closing_mark(nlp):
    text = (
        "The utility said it had closed the plant. "
        '"We will check the pumps, the cooling valves and the water intake pipes," '
        "the utility's chief engineer, Marta Kovacs, told reporters."
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name == "Marta Kovacs"
    assert quote.speaker.text == "the utility's chief engineer, Marta Kovacs"
    assert list(quote.speaker_descriptions) == ["the utility's chief engineer"]


# --- A programme's title after the cue is a name, not the quote's second part ------------------


def test_title_after_the_cue_is_not_a_second_part_of_the_quote(nlp):
    text = '"We should have listened to the nurses," Brenner said on her union\'s podcast, "Night Shift."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Brenner"
    assert [c.text for c in quote.content] == ['"We should have listened to the nurses,"']
    assert any("Night Shift" in t.span.text for t in report.terms)


def test_words_after_the_cue_still_continue_the_quote(nlp):
    # Guard: a split quote whose second part is a sentence stays one quote.
    text = '"We should have listened," Brenner said at the conference, "and we did not."'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert len(quote.content) == 2
