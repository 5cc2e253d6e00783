"""Layout and quote-type failures found on the round 12 probes (p28, p29): interview
transcripts, headlines that credit a quotation, and mixed quotes the parse cut to their quoted
fragment, end to end with the real model. The sentences are written by the quotecheck authors
after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue, rules as _rules


# --- Mixed quotes the parse cut to their fragment ------------------------------------------


def test_said_without_that_keeps_the_whole_clause_of_a_mixed_quote(nlp):
    # "had" and the fragment's verb were read as an adjective of the cue's object ("lost
    # touch"), so the fragment alone was typed direct.
    text = 'Councillor Petra Vallon spoke after the vote. She said the treasurer had "lost touch" with tenants in the east.'
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "said")
    assert quote.type == "mixed"
    assert quote.content[0].text == 'the treasurer had "lost touch" with tenants in the east'
    assert quote.speaker_name == "Petra Vallon"


def test_told_hearer_and_place_then_that_clause_is_one_mixed_quote(nlp):
    # "that" after "outside the depot" hung on "depot": a clause of a tell's occasion.
    text = 'Fire chief Anton Reyes told reporters outside the depot that crews had been working "through the night and into Sunday".'
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "told")
    assert quote.type == "mixed"
    assert quote.content[0].text.startswith("that crews had been working")
    assert quote.speaker_name == "Anton Reyes"


def test_ruling_that_with_a_quoted_phrase_is_the_court_speaking(nlp):
    text = (
        'An appeals court on Monday upheld the fine against Marlow Freight, ruling that the company had shown '
        '"reckless disregard" for safety.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "ruling")
    assert quote.type == "mixed"
    assert "reckless disregard" in quote.content[0].text
    assert quote.speaker is not None and quote.speaker.text == "An appeals court"
    assert "QC301" not in _rules(report)
    assert not report.terms


def test_ruled_a_country_is_no_cue(nlp):
    # Guard: "rule" speaks only with a that-clause.
    text = "The dynasty ruled the island for two centuries before the revolution."
    assert analyze(text, nlp=nlp).quotes == ()


# --- Headlines ------------------------------------------------------------------------------


def test_headline_quote_colon_name_on_topic_credits_the_name(nlp):
    text = (
        "'The river gave us everything': Grace Okafor on forty years as a ferry pilot\n\n"
        "Grace Okafor retires next week after four decades steering ferries across the Tamsey estuary.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.content[0].text == "'The river gave us everything'"
    assert quote.speaker_name == "Grace Okafor"
    assert "QC202" not in _rules(report)


def test_headline_title_colon_words_credits_nobody(nlp):
    # Guard: a title and a review label name no speaker.
    text = "'Harbour Lights': Stage Review\n\nThe play opened at the Quayside Theatre on Friday to a full house.\n"
    report = analyze(text, nlp=nlp)
    assert all(q.speaker_name != "Stage Review" for q in report.quotes)


def test_headline_interval_before_after_is_not_what_was_confirmed(nlp):
    text = (
        "Brightwave confirms leak of customer data days after launching new tablet\n\n"
        "Brightwave, the electronics maker, confirmed on Friday that hackers had copied customer records.\n"
    )
    report = analyze(text, nlp=nlp)
    head = _by_cue(report, "confirms")[0]
    assert head.content[0].text == "leak of customer data"


# --- Interview transcripts ------------------------------------------------------------------

_INTERVIEW = (
    "Forty years on the ferries\n\n"
    "By Oskar Lindqvist\n\n"
    "Grace Okafor spoke to the Tamsey Courier on Friday.\n\n"
    "Q: Your deputy, Marco Bellweather, wants to run night crossings. Will it work?\n\n"
    "A: Maybe. He told me last month that he wants a second boat. I hope he finds one.\n"
)


def test_answer_turn_me_is_the_interviewee_and_he_is_someone_else(nlp):
    report = analyze(_INTERVIEW, nlp=nlp)
    (told,) = _by_cue(report, "told")
    assert told.speaker_name == "Marco Bellweather"
    assert told.recipient is not None and told.recipient.name == "Grace Okafor"
    # The answer's "I" is the interviewee too: nothing in it goes to the bylined writer, who
    # only asks ("I hope he finds one" stays inside her answer, see test_probe_r12_spurious12).
    assert [q.cue.text for q in report.quotes if q.speaker_name == "Oskar Lindqvist"] == ["Q:"]
    assert all(q.recipient is None or q.recipient.name != "Oskar Lindqvist" for q in report.quotes)


def test_question_turn_is_the_bylined_writers(nlp):
    report = analyze(_INTERVIEW, nlp=nlp)
    (question,) = _by_cue(report, "Q:")
    assert question.speaker_name == "Oskar Lindqvist"
    assert question.speaker_kind == "person"


def test_question_turn_keeps_its_quoted_first_sentence(nlp):
    text = (
        "Grace Okafor spoke to the Tamsey Courier on Friday.\n\n"
        'Q: You took the job in 1985 promising to "never miss a tide". Did you?\n\n'
        "A: Twice. Both times in fog.\n"
    )
    report = analyze(text, nlp=nlp)
    (question,) = _by_cue(report, "Q:")
    assert question.type == "direct"
    assert question.content[0].text.startswith("You took the job in 1985")
    assert question.speaker_name is not None and "Tamsey Courier" in question.speaker_name
    # The interviewee's words the question puts back to her stay hers.
    (vow,) = _by_cue(report, "promising")
    assert vow.speaker_name == "Grace Okafor"
    assert "QC501" not in _rules(report)


def test_me_in_ordinary_prose_is_still_the_writer(nlp):
    # Guard: outside a transcript, "told me" is told to the byline's writer.
    text = "By Oskar Lindqvist\n\nThe harbour master, Grace Okafor, told me on Friday that the ferry would run again in May.\n"
    report = analyze(text, nlp=nlp)
    (told,) = _by_cue(report, "told")
    assert told.recipient is not None and told.recipient.name == "Oskar Lindqvist"
