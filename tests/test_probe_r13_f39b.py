"""Acts and cues found on the round 13 probe p39: a denial of someone else's claim is no
statement of it, "said it would not comment" is a refusal, "went on to say that ... "x"" is
mixed, and a broadcaster named "... Sport" is an outlet. End to end with the real model. The
sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- denials: the content is what the speaker says is untrue ---------------------------------


def test_rejected_claims_that_is_a_denial_not_the_rejecters_statement(nlp):
    text = (
        "Farmers' leader Osric Pell said on Friday that the canal board had sold the water rights. "
        "Board chair Wilma Trent rejected claims — made by Pell on local radio — that the board "
        "had kept the sale secret for a year."
    )
    report = analyze(text, nlp=nlp)
    [quote] = [q for q in report.quotes if q.speaker_name == "Wilma Trent"]
    assert "kept the sale secret" in quote.text
    assert quote.act == "denial"
    assert quote.to_dict()["act"] == "denial"


def test_denied_that_and_dismissed_the_notion_are_denials(nlp):
    text = (
        "Harbour master Elin Voss denied that the lock gates had failed. "
        "Mayor Tobias Grint dismissed the notion that the port would close."
    )
    report = analyze(text, nlp=nlp)
    acts = {q.speaker_name: q.act for q in report.quotes}
    assert acts == {"Elin Voss": "denial", "Tobias Grint": "denial"}


def test_denial_validates_against_the_schema(nlp):
    from quotecheck.schema import validate

    report = analyze("Ilse Moor, the port's director, rejected suggestions that the ferry would stop.", nlp=nlp)
    data = report.to_dict()
    assert [q["act"] for q in data["quotes"]] == ["denial"]
    validate(data)


def test_rejecting_a_plan_is_no_denial(nlp):
    # Guard: a rejecting verb whose object is no claim stays a statement.
    report = analyze("Mayor Tobias Grint said the port would stay open. He rejected the plan.", nlp=nlp)
    assert "denial" not in [q.act for q in report.quotes]


# --- refusals reported in a clause --------------------------------------------------------------


def test_said_it_would_not_comment_is_a_refusal(nlp):
    report = analyze("The Regional Licensing Authority said it would not comment on individual cases.", nlp=nlp)
    [quote] = report.quotes
    assert quote.act == "refusal"


def test_said_she_could_not_discuss_is_a_refusal(nlp):
    report = analyze("Coach Ruth Bellamy said that she couldn't discuss the injury before Friday.", nlp=nlp)
    [quote] = report.quotes
    assert quote.act == "refusal"


def test_said_it_would_not_raise_fares_is_a_statement(nlp):
    # Guard: a negated clause that refuses no speech is the speaker's statement.
    report = analyze("The Regional Transit Authority said it would not raise fares this year.", nlp=nlp)
    [quote] = report.quotes
    assert quote.act == "statement"


# --- "went on to say that ... "x"" --------------------------------------------------------------


def test_went_on_to_say_that_with_a_quoted_phrase_is_mixed(nlp):
    text = (
        "Harbour master Elin Voss spoke to reporters on Monday. "
        'She went on to say that she expected the repairs to take "weeks, not days."'
    )
    report = analyze(text, nlp=nlp)
    [quote] = [q for q in report.quotes if "repairs" in q.text]
    assert quote.type == "mixed"
    assert quote.text.startswith("that she expected")


# --- a broadcaster named "... Sport" ------------------------------------------------------------


def test_told_a_sport_broadcaster_is_second_hand(nlp):
    text = 'Halden coach Ruth Bellamy was furious. "We gave away two goals," Bellamy told Kestrel Sport.'
    report = analyze(text, nlp=nlp)
    [quote] = report.quotes
    assert (quote.recipient.name, quote.recipient.kind) == ("Kestrel Sport", "outlet")
    assert "QC101" in _rules(report, quote.id)


# --- a crowd's chant needs no named source ------------------------------------------------------


def test_fans_singing_a_chant_is_not_flagged_for_no_speaker(nlp):
    text = (
        'The home supporters, who had spent much of the first half singing "We want Okafor," '
        'switched to "Blue and gold forever" as the clock ran down.'
    )
    report = analyze(text, nlp=nlp)
    assert "QC202" not in [f.rule for f in report.findings]


def test_an_unattributed_quote_still_has_no_speaker(nlp):
    # Guard: words with no speaker and no chant are flagged as before.
    report = analyze('The plan was "a betrayal of every family on the coast," it was claimed.', nlp=nlp)
    assert "QC202" in [f.rule for f in report.findings]
