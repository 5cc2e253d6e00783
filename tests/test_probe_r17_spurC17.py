"""Spurious statements, wrong acts and false findings from QA probes p50-p55: counsel's "put it
to her that ...", a speaker after an opening participle and "thanked X but said", "not all"
subjects and agreeing verbs that are no refusals, a headline's disclosed topic, hashtags, and a
forecast whose only quoted words are a name. End to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


def _quote(report, word):
    return next(q for q in report.quotes if word in q.text)


def test_put_it_to_is_counsels_own_statement(nlp):
    text = (
        "At the hearing, the council's barrister, Ruth Pellow, questioned the planner, Omar Dale."
        ' "We never saw the survey," Dale said. Pellow put it to him that he had "ignored every'
        ' warning" about the flood risk.'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "ignored every")
    assert quote.speaker_name == "Ruth Pellow"
    assert quote.cue is not None and quote.cue.text.startswith("put it to")
    assert quote.recipient is not None and quote.recipient.name == "Omar Dale"
    said = _quote(report, "We never saw")
    assert "ignored" not in said.text


def test_put_it_to_a_vote_is_no_statement(nlp):
    # Guard: no that-clause, no statement.
    report = analyze("The chair put it to a vote on Thursday.", nlp=nlp)
    assert report.quotes == ()


def test_opening_participle_then_thanked_but_said(nlp):
    text = 'Speaking at a press briefing in Oslo, Strand thanked Qaresh but said that Norway "does not pay ransoms".'
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "pay ransoms")
    assert quote.speaker is not None and quote.speaker.text == "Strand"
    assert "QC202" not in _rules(report, quote)


def test_not_all_subject_is_no_refusal(nlp):
    report = analyze("Rents rose sharply. Not all analysts agree that the tax is to blame.", nlp=nlp)
    quote = _quote(report, "the tax is to blame")
    assert quote.act == "statement"
    assert quote.speaker is not None and quote.speaker.text == "Not all analysts"
    assert "QC201" in _rules(report, quote)


def test_did_not_agree_is_no_refusal(nlp):
    report = analyze("Ortega did not agree that the bridge was unsafe.", nlp=nlp)
    assert _quote(report, "the bridge was unsafe").act == "statement"


def test_did_not_say_is_still_a_refusal(nlp):
    # Guard: silence about what was asked stays a refusal.
    report = analyze("Ortega did not say whether the bridge would reopen.", nlp=nlp)
    assert _quote(report, "the bridge would reopen").act == "refusal"


def test_headline_reveals_topic_is_no_statement(nlp):
    text = "Council suspends manager after audit reveals expenses scandal\n\nThe council said on Monday that it had acted quickly."
    report = analyze(text, nlp=nlp)
    assert not any("expenses scandal" in q.text for q in report.quotes)
    assert "QC303" not in _rules(report)


def test_headline_reveals_clause_is_kept(nlp):
    # Guard: a clause after "reveals" is what the audit says.
    report = analyze("Audit reveals that the council overspent by £2m\n\nThe figures were published on Monday.", nlp=nlp)
    assert any("overspent" in q.text for q in report.quotes)


def test_quoted_hashtag_is_a_name(nlp):
    text = 'Parents shared photos under the hashtag "#KeepLibrariesOpen", and a union said it would strike.'
    report = analyze(text, nlp=nlp)
    assert [t.kind for t in report.terms] == ["name"]
    assert "QC301" not in _rules(report)


def test_forecast_with_only_a_quoted_name_stays_a_forecast(nlp):
    text = 'Runners gather on Sunday. The race, called "Miles for Maya," is expected to raise thousands.'
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "to raise thousands")
    assert quote.type == "indirect"
    assert quote.act == "forecast"
    assert "QC202" not in _rules(report)
    assert [t.kind for t in report.terms] == ["name"]
