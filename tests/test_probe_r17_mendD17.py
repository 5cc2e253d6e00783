"""Mends of review rev2 (round 17) in frames and assemble: a body that confirmed passes its
words on, headline disclosures by people and bodies, purpose clauses after "put it to", refusals
to testify in a relative clause, spoken media after "in", a label in lower case after "called",
a town and its country before a speaker, and a quotation after a free relative. End to end with
the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_with as _quote


def _rules(report, quote=None):
    return {f.rule for f in report.findings if quote is None or f.quote == quote.id}


# --- A2: a body that confirmed gave words; evidence that confirmed bears out ---------------------


def test_body_that_confirmed_is_passed_on(nlp):
    report = analyze("The dockers' union said the port operator confirmed that no berths would close.", nlp=nlp)
    quote = _quote(report, "no berths would close")
    assert quote.speaker is not None and quote.speaker.text == "the port operator"
    assert [hop.name for hop in quote.via] and "union" in quote.via[0].name
    assert "QC101" in _rules(report, quote)


def test_evidence_that_confirmed_bears_out(nlp):
    # Guard: an event that confirmed is the speaker's support, not a source.
    report = analyze("The club said the safety inspection confirmed that the stand was sound.", nlp=nlp)
    quote = _quote(report, "the stand was sound")
    assert quote.speaker is not None and quote.speaker.text == "The club"
    assert not quote.via


# --- A3: a person or a body that reveals makes an announcement -----------------------------------


def test_headline_body_reveals_is_a_statement(nlp):
    text = "Chancellor reveals record borrowing\n\nTreasury officials said on Friday the figure was expected."
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "record borrowing")
    assert quote.cue is not None and quote.cue.text == "reveals"
    assert "QC303" in _rules(report, quote)


def test_headline_firm_discloses_is_a_statement(nlp):
    text = "Retailer discloses big losses\n\nMarlow Stores said on Friday that sales had fallen."
    quote = _quote(analyze(text, nlp=nlp), "big losses")
    assert quote.cue is not None and quote.cue.text == "discloses"


def test_headline_document_reveals_topic_stays_out(nlp):
    # Guard: a document's finding with a bare noun object is the news, nobody's words.
    text = "Leaked memo reveals pay dispute\n\nThe hospital trust said on Monday that talks would resume."
    report = analyze(text, nlp=nlp)
    assert not any("pay dispute" in c.text for q in report.quotes for c in q.content)


# --- A4: "put it to X so that ..." puts nothing to X --------------------------------------------


def test_put_it_to_with_purpose_clause_is_no_statement(nlp):
    report = analyze("The parish council put it to the villagers so that they could pick the new bench.", nlp=nlp)
    assert not any(q.cue is not None and q.cue.text.startswith("put it to") for q in report.quotes)


def test_put_it_to_in_order_that_is_no_statement(nlp):
    # Guard: the parser takes "in order that" for an adverbial clause already.
    report = analyze("The board put it to shareholders in order that they could weigh the offer.", nlp=nlp)
    assert not any(q.cue is not None and q.cue.text.startswith("put it to") for q in report.quotes)


def test_put_it_to_that_clause_stays(nlp):
    # Guard: counsel's suggestion stays.
    report = analyze("Counsel put it to the witness that he had burned the invoices.", nlp=nlp)
    quote = _quote(report, "burned the invoices")
    assert quote.cue is not None and quote.cue.text.startswith("put it to")


# --- A5: a refusal to testify is a refusal to speak ----------------------------------------------


def test_relative_refusal_to_testify_stays(nlp):
    report = analyze("The inquiry summoned a broker who refused to testify before the panel.", nlp=nlp)
    quote = _quote(report, "to testify")
    assert quote.act == "refusal"
    assert quote.cue is not None and quote.cue.text == "refused"


def test_relative_refusal_to_testify_about_is_no_statement_of_the_clause(nlp):
    report = analyze("The inquiry summoned a broker who refused to testify about the trades.", nlp=nlp)
    assert all(q.speaker is None or "refused" not in q.speaker.text for q in report.quotes)
    assert _quote(report, "the trades").act == "refusal"


def test_narrated_refusal_gives_no_frame_to_its_verb(nlp):
    report = analyze("The novel follows a clerk who refused to admit the error.", nlp=nlp)
    assert all(q.speaker is None or "refused" not in q.speaker.text for q in report.quotes)


# --- A8: spoken media after "in" carried the words -----------------------------------------------


def test_according_to_remarks_in_a_broadcast_is_carried(nlp):
    report = analyze("According to remarks in a television broadcast, the striker will retire in May.", nlp=nlp)
    quote = _quote(report, "will retire")
    assert [hop.name for hop in quote.via] == ["a television broadcast"]
    assert "QC101" in _rules(report, quote)


def test_according_to_comments_in_a_podcast_is_carried(nlp):
    report = analyze("According to comments in a podcast, the striker will retire in May.", nlp=nlp)
    assert [hop.name for hop in _quote(report, "will retire").via] == ["a podcast"]


# --- A10: a verdict in lower case after "called" is no name --------------------------------------


def test_called_label_in_lower_case_is_no_name(nlp):
    text = 'Ortiz, called "the laziest councillor in town" by his rivals, said on Monday he would stand again.'
    report = analyze(text, nlp=nlp)
    assert not any(t.kind == "name" for t in report.terms)
    assert any("laziest councillor" in c.text for q in report.quotes for c in q.content)


def test_called_name_in_capitals_stays_a_name(nlp):
    # Guard: a thing's name in capitals after "called" is the thing's.
    report = analyze('The festival, called "Harbour Lights," is expected to draw thousands.', nlp=nlp)
    assert any(t.kind == "name" and "Harbour Lights" in t.span.text for t in report.terms)


# --- A11: a town and its country before the speaker ----------------------------------------------


def test_town_and_country_before_speaker_with_joined_cue(nlp):
    text = "Speaking at the summit in Oslo, Norway, Lunde praised the hosts but said the fight was not over."
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "the fight was not over")
    assert quote.speaker is not None and quote.speaker.text == "Lunde"


def test_town_before_speaker(nlp):
    # Guard: a speaker set off after one place.
    report = analyze("Speaking at a rally in Lyon, Moreau said the fight was not over.", nlp=nlp)
    assert _quote(report, "the fight was not over").speaker.text == "Moreau"


def test_town_and_country_before_speaker(nlp):
    report = analyze("Speaking at the summit in Oslo, Norway, Lunde said the fight was not over.", nlp=nlp)
    quote = _quote(report, "the fight was not over")
    assert quote.speaker is not None and quote.speaker.text == "Lunde"


# --- A14: a quotation after a free relative quotes the speaker unless it says how long ----------


def test_free_relative_quotation_is_no_scare_quote(nlp):
    report = analyze('Residents recall what Ferris pledged "in the first hundred days," and they are waiting.', nlp=nlp)
    assert "QC301" not in _rules(report)
    quote = _quote(report, "first hundred days")
    assert quote.speaker is not None and quote.speaker.text == "Ferris"


def test_free_relative_quotation_of_duration_stays_with_host(nlp):
    # Guard: how long, not what was said.
    text = 'The nurses said the audit confirmed what staff had been warning "for months."'
    quote = _quote(analyze(text, nlp=nlp), "for months")
    assert quote.speaker is not None and quote.speaker.text == "The nurses"
