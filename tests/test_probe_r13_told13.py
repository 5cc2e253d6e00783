"""Attribution frames found on the round 13 probes (p34, p35): a verb in a relative clause on
the hearer of "told", agreeing on terms inside reported speech, the article's own verification
caveat, a post or video that claims, a clause with no "that" after "told" and a hearer, and
negated speech. End to end with the real model. The sentences are written by the quotecheck
authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# --- A verb in a relative clause on the hearer ----------------------------------------------


def test_wish_of_the_hearer_is_no_frame_and_the_continuation_stays(nlp):
    # "a crowd that appeared to want ..." describes the room: no quote by the crowd, and the
    # quotation after it goes on with the speaker of the one before.
    text = (
        '"We have turned the corner," Marta Oyelaran told a crowd that appeared to want the '
        'rally to end early. "The next two years will prove it."'
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Marta Oyelaran"]
    (quote,) = report.quotes
    assert len(quote.content) == 2
    assert "The next two years" in quote.content[1].text


def test_belief_of_the_hearer_said_to_is_no_frame(nlp):
    text = "The coach said to a squad that believed the season was lost that they could still win the league."
    report = analyze(text, nlp=nlp)
    assert all(q.speaker is None or "squad" not in q.speaker.text for q in report.quotes)


# --- Agreeing on terms inside reported speech -------------------------------------------------


def test_agreed_on_a_quoted_figure_is_the_reporters_mixed_quote(nlp):
    text = (
        "A senior diplomat, who asked not to be named, said the negotiators had agreed on "
        '"roughly two thirds" of the draft.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert quote.speaker is not None and quote.speaker.text.startswith("A senior diplomat")
    assert quote.text.startswith("the negotiators had agreed on")
    assert quote.via == ()


def test_anonymity_reason_stays_with_its_own_source(nlp):
    # The reason belongs to the diplomat of the second sentence, not to the envoys of the first.
    text = (
        "Envoys in Port Salvan said the delay was linked to the election. A senior diplomat, who "
        "asked not to be named because the talks are private, said the negotiators had agreed on "
        '"roughly two thirds" of the draft.'
    )
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    messages = [f.message for f in report.findings if f.quote == first.id and f.rule == "QC201"]
    assert messages and all("talks are private" not in m for m in messages)


def test_agreed_that_is_still_speech(nlp):
    # Guard: with a that-clause, agreeing is saying.
    text = "The treasurer agreed that the accounts had been kept badly."
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == ["The treasurer"]


# --- The article's own verification caveat ----------------------------------------------------


def test_impersonal_could_not_be_verified_whether_is_no_quote(nlp):
    text = "The board met twice in May. It could not be independently confirmed whether the audit was shown to members."
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert "QC202" not in [f.rule for f in report.findings]


def test_named_confirmation_is_still_a_quote(nlp):
    # Guard: someone who confirms is a speaker.
    text = "The council confirmed that the audit was shown to members."
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == ["The council"]


# --- A post or a video that claims ------------------------------------------------------------


def test_viral_post_claims_is_the_speaker_of_a_mixed_quote(nlp):
    text = 'A viral post claims that the town library was "secretly closed for good" in March. Records show it reopened.'
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.type == "mixed"
    assert quote.speaker is not None and quote.speaker.text == "A viral post"
    assert quote.speaker_kind in ("document", "unknown")
    rules = _rules(report, quote.id)
    assert "QC202" not in rules and "QC303" in rules


def test_video_claims_is_a_speaker(nlp):
    text = 'A much shared video claims that the council "banned barbecues" on the beach.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "A much shared video"


# --- "told" + hearer + a clause with no "that" -----------------------------------------------


def test_told_councillors_bare_clause_is_a_statement(nlp):
    # The parser reads these clauses as relative ones on the hearer ("the councillors she
    # cycled").
    text = "Gwen Aldous told councillors she cycled every weekday. Rafe Dunmore told the meeting he would vote against."
    report = analyze(text, nlp=nlp)
    found = [(q.speaker_name, q.text) for q in report.quotes]
    assert found == [
        ("Gwen Aldous", "she cycled every weekday"),
        ("Rafe Dunmore", "he would vote against"),
    ]
    assert report.quotes[0].recipient is not None and report.quotes[0].recipient.span.text == "councillors"


def test_told_hearer_something_it_knew_is_no_statement(nlp):
    # Guard: with a second object, the clause is a relative one on what was told.
    text = "The forms would not tell the tax office anything it had not already seen."
    report = analyze(text, nlp=nlp)
    assert all("it had not already seen" != q.text for q in report.quotes)


# --- Negated speech ---------------------------------------------------------------------------


def test_never_said_is_no_statement(nlp):
    text = "Councillor Priya Venn never said the depot would close. The chief executive, Oren Hale, has not spoken publicly about the sale."
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2  # kept as attributions (PolNeAR annotates them)
    assert [q.act for q in report.quotes] == ["refusal", "refusal"]
    assert [q.speaker_name for q in report.quotes] == ["Priya Venn", "Oren Hale"]


def test_would_not_say_whether_is_a_refusal(nlp):
    text = "A spokesman for the club would not say whether the manager had been offered a new contract."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.act == "refusal"
    assert "QC201" not in _rules(report, quote.id)


def test_not_just_said_is_a_statement(nlp):
    # Guard: "did not just say" said it, and more.
    text = "Ms Venn said the depot would close. She did not just say the depot would close; she said it would be sold."
    report = analyze(text, nlp=nlp)
    assert all(q.act == "statement" for q in report.quotes)
