"""Speakers and content found on the round 13 probe p38: a main verb the parser hung inside the
subject's relative clause, a denial through a representative, experts at a named body, "the
union" after an appositive, coordinated titled names, and "the statement said" after another
statement. End to end with the real model. The sentences are written by the quotecheck authors
after the probe's repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quote_by_cue as _by_cue, rules as _rules


# --- the main verb after a relative clause with a "because" clause in it ----------------------


def test_main_cue_after_relative_clause_keeps_the_subject_and_outlet(nlp):
    # "she feared retaliation" is inside who spoke; "told" is the cue, the Evening Post the
    # outlet that heard it, and the reason for the anonymity stops before the cue.
    text = (
        "Police named the injured man as Tobias Wrenfield, 38. "
        "A neighbour who did not want to be identified because she feared retaliation told the Kilbride Evening Post "
        "that the shouting had lasted an hour."
    )
    report = analyze(text, nlp=nlp)
    quote = _by_cue(report, "told")
    assert quote.speaker is not None and quote.speaker.text.startswith("A neighbour who")
    assert quote.speaker_name is None
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert "QC101" in _rules(report, quote.id)
    qc201 = [f for f in report.findings if f.rule == "QC201" and f.quote == quote.id]
    assert qc201 and '"because she feared retaliation"' in qc201[0].message
    assert not any(q.cue is not None and q.cue.text == "feared" for q in report.quotes)


# --- "denied through a representative that ..." ------------------------------------------------


def test_denial_through_a_representative_is_the_speakers(nlp):
    text = "Singer Mara Quillon, 41, denied through a representative that there had been any dispute over the fees."
    report = analyze(text, nlp=nlp)
    quote = _by_cue(report, "denied")
    assert quote.speaker_name == "Mara Quillon"
    assert [c.text for c in quote.content] == ["that there had been any dispute over the fees"]


# --- experts at a named body ---------------------------------------------------------------------


def test_forecasters_at_a_named_office_are_no_vague_source(nlp):
    text = "Forecasters at the Regional Flood Warning Office warned that the river could peak on Friday."
    report = analyze(text, nlp=nlp)
    quote = _by_cue(report, "warned")
    assert quote.speaker_kind == "organization"
    assert "QC201" not in _rules(report, quote.id)


def test_guard_forecasters_alone_stay_vague(nlp):
    # Guard: with no body named, "forecasters" is still a vague group.
    text = "Forecasters warned that the river could peak on Friday."
    report = analyze(text, nlp=nlp)
    quote = _by_cue(report, "warned")
    assert quote.speaker_kind != "organization"


# --- "the union" after "X, the nurses' union," ---------------------------------------------------


def test_the_union_is_the_body_an_appositive_called_a_union(nlp):
    text = (
        "The Calder Valley Care Federation, the nurses' union, said in a statement that it would ballot members. "
        "The union said wards had been understaffed for months."
    )
    report = analyze(text, nlp=nlp)
    later = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "The union"]
    assert later and later[0].speaker_name == "Calder Valley Care Federation"


# --- coordinated names with titles of their own ------------------------------------------------


def test_coordinated_titled_names_keep_their_own_descriptions(nlp):
    text = (
        "Veteran director Anselm Grieve and jazz pianist Lorna Tate have ended their partnership. "
        "Tate, 52, said in a radio interview that the decision was mutual."
    )
    report = analyze(text, nlp=nlp)
    quote = _by_cue(report, "said")
    assert quote.speaker_name == "Lorna Tate"
    assert not any("Grieve" in d or "director" in d for d in quote.speaker_descriptions)


# --- "the statement said" after a newer statement --------------------------------------------


def test_the_statement_after_another_speakers_tribute_is_not_the_earlier_speakers(nlp):
    text = (
        '"We are following several lines of inquiry," Inspector Gideon Harrowgate said in a statement.\n\n'
        "In a tribute released through the council, Mellor's parents described her as \"the light of our lives.\"\n\n"
        '"Ruth loved this town," the statement said.'
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker is not None and last.speaker.text == "the statement"
    assert last.speaker_name != "Gideon Harrowgate"


def test_guard_the_statement_after_a_plain_cue_is_still_the_issuers(nlp):
    # Guard: another speaker with no statement of their own in between does not break the link.
    text = (
        "Inspector Gideon Harrowgate said in a statement that the road would stay closed. "
        "Residents said the junction was dangerous. "
        '"We ask drivers to be patient," the statement said.'
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Gideon Harrowgate"
