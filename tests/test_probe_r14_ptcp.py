"""Reported speech that a participle or gerund cue opens, whose speaker is the subject of the
main clause: "ended the talks by saying ...", "After saying ..., X left", "made a pitch to
voters saying ...". End to end with the real model. The sentences are written by the
quotecheck authors after the round 14 probes."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quote_with(report, words):
    found = [q for q in report.quotes if any(words in c.text for c in q.content)]
    assert found, [(q.type, [c.text for c in q.content]) for q in report.quotes]
    return found[0]


# --- A gerund after a preposition of means, time or reason: the main subject says it ---------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Dockworker leader Anika Brandt ended the talks by saying that the offer was an insult.",
         "the offer was an insult", "Anika Brandt"),
        ("Councillor Ravi Menon distanced himself from the party by saying he would vote for the levy.",
         "he would vote for the levy", "Ravi Menon"),
        ("After saying the tender had been rigged, Treasurer Olga Marsh left the chamber.",
         "the tender had been rigged", "Olga Marsh"),
        ("Coach Dario Pellegrini apologized for saying the referees had been bribed.",
         "the referees had been bribed", "Dario Pellegrini"),
    ],
    ids=["by-that", "by-bare-clause", "after-opening", "for-reason"],
)
def test_gerund_cue_takes_the_main_subject(nlp, text, words, speaker):
    quote = _quote_with(analyze(text, nlp=nlp), words)
    assert quote.speaker_name == speaker


def test_gerund_cue_under_passive_names_no_speaker(nlp):
    # Guard: the one arguing is the unnamed agent of "justified", not the hostility.
    report = analyze("Their hostility is often justified by arguing that the tariffs are unfair.", nlp=nlp)
    (quote,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "arguing"]
    assert [c.text for c in quote.content] == ["that the tariffs are unfair"]
    assert quote.speaker is None


def test_gerund_naming_a_topic_is_no_quote(nlp):
    # Guard: "by touting her record" names a topic, not words said.
    report = analyze("Senator Lucia Ferraro won the county by touting her record on water.", nlp=nlp)
    assert not any("her record" in c.text for q in report.quotes for c in q.content)


# --- A participle hung on the hearers: the one addressing them says it -----------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Governor Teodor Vance is making a pitch to rural voters saying the new bypass will bring jobs.",
         "the new bypass will bring jobs", "Teodor Vance"),
        ("The Ferraro campaign sent a text message to supporters saying the recount was over.",
         "the recount was over", "The Ferraro campaign"),
    ],
    ids=["pitch-to", "message-to"],
)
def test_participle_on_hearers_takes_the_sender(nlp, text, words, speaker):
    quote = _quote_with(analyze(text, nlp=nlp), words)
    assert quote.speaker is not None and speaker in quote.speaker.text


# --- A clause whose subject carries a dashed aside: still the participle's content ------------


def test_clause_after_dashed_aside_is_the_participles(nlp):
    text = (
        "Other Democrats echoed those comments, saying Smith's plan -- tax credits for small firms "
        "in Ohio and Texas and training local young workers -- is inadequate to the task."
    )
    quote = _quote_with(analyze(text, nlp=nlp), "inadequate to the task")
    assert quote.cue is not None and quote.cue.text == "saying"
    assert quote.content[0].text.startswith("Smith's plan")
    assert quote.speaker is not None and "Democrats" in quote.speaker.text


# --- "imply" reports what was said, as "suggest" does -----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Mayor Ines Kovac concluded by implying that the budget would need new taxes.",
         "the budget would need new taxes", "Ines Kovac"),
        ("Senator Paul Oduya questioned why the auditor had resigned, implying that she had been forced out.",
         "she had been forced out", "Paul Oduya"),
    ],
    ids=["by-implying", "comma-implying"],
)
def test_implying_reports_a_claim(nlp, text, words, speaker):
    quote = _quote_with(analyze(text, nlp=nlp), words)
    assert quote.speaker_name == speaker


# --- A second participle beside a participle cue is a cue of its own -------------------------


def test_second_participle_is_a_cue_of_its_own(nlp):
    text = "Mayor Lena Duarte posted a video saying the pool would reopen and promising to fix the roads."
    report = analyze(text, nlp=nlp)
    first = _quote_with(report, "the pool would reopen")
    second = _quote_with(report, "to fix the roads")
    assert first is not second
    assert "promising" not in first.content[-1].text
    assert second.speaker_name == "Lena Duarte"


def test_participle_on_emailed_hearers_is_the_senders(nlp):
    text = 'Senator Ruth Aldana emailed supporters saying: "The fight goes on" and vowing to contest the last primary.'
    quote = _quote_with(analyze(text, nlp=nlp), "to contest the last primary")
    assert quote.speaker_name == "Ruth Aldana"
