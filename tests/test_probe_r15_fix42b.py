"""QA probe p42: a closing record cue over someone's statement, a plan to speak inside reported
speech, document and party nouns, a refusal's reason, a quoted counterpoint, "Rs." and a hearer
split by the parser. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts as _texts


def _only(report):
    assert len(report.quotes) == 1, [(q.cue.text if q.cue else None, _texts(q)) for q in report.quotes]
    return report.quotes[0]


# --- F3: ", the minutes showed" over a clause with a speaker of its own --------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "via", "content"),
    [
        (
            "Two directors warned that the merger would cost jobs, the minutes showed.",
            "Two directors",
            "warned",
            "the minutes",
            "that the merger would cost jobs",
        ),
        (
            "Three guards said the prisoner escaped through a window, court records show.",
            "Three guards",
            "said",
            "court records",
            "the prisoner escaped through a window",
        ),
    ],
)
def test_trailing_record_carries_the_speakers_words(nlp, text, speaker, cue, via, content):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker.text == speaker
    assert quote.cue.text == cue
    assert [(h.span.text, h.kind) for h in quote.via] == [(via, "document")]
    assert _texts(quote) == [content]


def test_trailing_data_stays_the_speaker(nlp):
    """Guard: data read is no carrier of words ("..., the data showed" is the data's claim)."""
    quote = _only(analyze("Officials said the bridge was safe, the data showed.", nlp=nlp))
    assert not quote.via
    assert quote.cue.text == "showed"


# --- F4: a plan to speak inside someone's statement ---------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A person briefed on the talks said the directors were considering recommending that the mill be sold.",
            "A person briefed on the talks",
            "the directors were considering recommending that the mill be sold",
        ),
        (
            "An aide said the ministry was preparing to declare that the drought was over.",
            "An aide",
            "the ministry was preparing to declare that the drought was over",
        ),
    ],
)
def test_planned_speech_inside_a_statement_is_no_statement(nlp, text, speaker, content):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker.text == speaker
    assert quote.cue.text == "said"
    assert not quote.via
    assert _texts(quote) == [content]


# --- F7: documents, the parties to a case, a company's lawyers ----------------------------


def test_court_papers_are_a_document_not_an_anonymous_go_between(nlp):
    text = "Four drivers have sued Tarrow Haulage, alleging the firm docked their wages, according to court papers filed on Monday."
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert [h.kind for h in quote.via] == ["document"]
    assert not any("go-between" in f.message for f in report.findings)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The submission also conceded that inspections had lapsed.", "document"),
        ("Court papers say the drivers were never paid for overtime.", "document"),
        ("The plaintiffs say the firm docked their wages.", "person"),
        ("The defendants argued that the contract had expired.", "person"),
        ("Tarrow's lawyers said the claims had no merit.", "person"),
    ],
)
def test_document_and_party_kinds(nlp, text, kind):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.speaker_kind == kind


def test_the_sunday_papers_are_an_outlet(nlp):
    """"papers" with a newspaper's word before it are the newspapers, not court papers."""
    quote = _only(analyze("The Sunday papers said that the minister would resign.", nlp=nlp))
    assert quote.speaker_kind == "outlet"
    # The day they come out names no outlet: no outlet called "Sunday".
    assert quote.speaker is not None and quote.speaker.text == "The Sunday papers"
    assert quote.speaker_name is None


# --- F8: "declined to comment, citing <reason>" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the port declined to comment, citing the ongoing investigation.",
        "The council refused to release the names, citing privacy.",
        "Officials declined to discuss the case, citing department policy.",
    ],
)
def test_refusal_reason_is_no_statement(nlp, text):
    quote = _only(analyze(text, nlp=nlp))
    assert quote.act == "refusal"


def test_citing_a_reason_without_a_refusal_stays(nlp):
    """Guard: "The firm cut its forecast, citing weak demand" gives the firm's reason as its claim."""
    quote = _only(analyze("The firm cut its forecast, citing weak demand in Asia.", nlp=nlp))
    assert quote.cue.text == "citing"


# --- F12: a quoted counterpoint in the speaker's own words ----------------------------------


def test_quoted_counterpoint_stays_in_one_mixed_quote(nlp):
    text = (
        'Nadia Ferrer chairs the board. Asked about wages, she said there were "no plans to freeze pay," '
        'though the board would "look at bonuses again."'
    )
    report = analyze(text, nlp=nlp)
    said = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert said[0].type == "mixed"
    assert _texts(said[0]) == ['there were "no plans to freeze pay," though the board would "look at bonuses again."']
    assert not any(f.rule == "QC301" for f in report.findings)


def test_counterpoint_with_its_own_cue_is_cut(nlp):
    """Guard: 'though critics called it "reckless"' is the critics' words."""
    report = analyze('Ferrer said the plan was "a fair deal," though critics called it "reckless."', nlp=nlp)
    said = next(q for q in report.quotes if q.cue.text == "said")
    assert _texts(said) == ['the plan was "a fair deal,"']


# --- F13: "Rs." keeps its stop; a hearer the parser split ----------------------------------


def test_rupee_abbreviation_does_not_end_the_sentence(nlp):
    quote = _only(analyze("Sources said the repair bill came to Rs. 45 lakh.", nlp=nlp))
    assert _texts(quote) == ["the repair bill came to Rs. 45 lakh"]


def test_hearer_is_the_whole_committee(nlp):
    text = "Hugh Pemberton told the environment select committee that the inspectors lacked funding."
    quote = _only(analyze(text, nlp=nlp))
    assert quote.recipient is not None
    assert quote.recipient.span.text == "the environment select committee"
    assert _texts(quote) == ["that the inspectors lacked funding"]
