"""Speaker and quote-detection failures found by QA probe p20 (council debate, Q&A transcript,
column, fact-check, translated wire story), end to end with the real model, on texts written
for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules

_INTRO = "Ines Varga kept the Dunmore lock for thirty years.\n\nQ: What happened next?\n\n"


def _by_speaker(report) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for q in report.quotes:
        out.setdefault(q.speaker_name, []).append(" ".join(c.text for c in q.content))
    return out


def test_a_third_partys_quotation_after_an_aside_in_an_answer_is_theirs(nlp):
    text = _INTRO + 'A: I phoned the harbourmaster. The owner, Piet Kramer, came round later and said, and it still moves me, "You saved the whole crew."\n'
    found = _by_speaker(analyze(text, nlp=nlp))
    assert found["Piet Kramer"] == ['"You saved the whole crew."']
    assert found["Ines Varga"] == ["I phoned the harbourmaster."]


def test_reported_speech_with_its_own_cue_in_an_answer_is_the_named_speakers(nlp):
    text = _INTRO + 'A: Their director, Mara Holt, told a shipping journal that the new gate "never tires and never complains". That much is right.\n'
    report = analyze(text, nlp=nlp)
    found = _by_speaker(report)
    assert found["Mara Holt"] == ['that the new gate "never tires and never complains"']
    assert found["Ines Varga"] == ["That much is right."]
    (holt,) = [q for q in report.quotes if q.speaker_name == "Mara Holt"]
    assert "QC101" in _rules(report, holt)


def test_the_answerers_own_quoted_words_still_leave_the_rest_of_the_answer_hers(nlp):
    text = _INTRO + 'A: I told the board, "Machines cannot read a fog bank." Nobody listened to me.\n'
    found = _by_speaker(analyze(text, nlp=nlp))
    assert sorted(found["Ines Varga"]) == ['"Machines cannot read a fog bank."', "Nobody listened to me."]


def test_words_quoted_as_a_document_puts_them_are_the_documents(nlp):
    text = (
        'Moss told the meeting that "the old bylaw worked".\n\n'
        'The new bylaw is different. It allows wardens, as the draft puts it, "to remove any stall they judge a nuisance".\n'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if "remove any stall" in q.content[-1].text]
    assert quote.speaker.text == "the draft"
    assert quote.speaker_kind == "document"
    assert quote.cue.text == "puts it"


def test_words_quoted_as_a_person_put_them_are_that_persons(nlp):
    text = 'It allows wardens, as Moss put it, "to remove any stall they judge a nuisance".\n'
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker_name == "Moss"
    assert quote.content[-1].text == '"to remove any stall they judge a nuisance"'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The ferryman, a man called Olaf Brenner, walked up the jetty and said, "Nobody crosses tonight."\n', "Olaf Brenner"),
        ("A nurse named Clara Dunne said the ward had been closed since May.\n", "Clara Dunne"),
    ],
    ids=["appositive-called", "head-named"],
)
def test_the_name_after_called_or_named_is_the_speakers(nlp, text, name):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert "QC203" not in _rules(report)


def test_a_shout_from_a_named_councillor_is_his_words(nlp):
    text = 'The motion drew a shout of "Nonsense!" from Councillor Theo Marsh, the member for Mill ward.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Theo Marsh"
    assert quote.content[0].text == '"Nonsense!"'
    assert "QC301" not in _rules(report)


def test_a_shout_from_no_one_named_is_still_the_writers_label(nlp):
    text = 'The motion drew cries of "Shame!" from the gallery.\n'
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert "QC301" in _rules(report)


def test_a_fact_checks_claim_is_the_claimants(nlp):
    text = (
        'The claim: Dunmore Bay bus fares have "doubled in three years".\n\n'
        "Who said it: Priya Nandi, the opposition transport spokeswoman, on local radio.\n\n"
        "Verdict: Misleading. Fares rose by a third over the period.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if "doubled" in q.content[0].text]
    assert quote.speaker_name == "Priya Nandi"
    assert quote.type == "mixed"
    assert "QC301" not in _rules(report)
    assert "QC303" not in _rules(report, quote)


def test_a_claim_label_with_no_one_named_makes_up_no_speaker(nlp):
    text = 'The claim: Dunmore Bay bus fares have "doubled in three years".\n\nVerdict: Misleading.\n'
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == []


def test_the_original_language_words_after_the_attribution_join_the_quote(nlp):
    text = '"We got what we came for," the union leader, Ilie Dragan, said through an interpreter. (In the original: "Am obținut ce am cerut.")\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Ilie Dragan"
    assert [c.text for c in quote.content] == ['"We got what we came for,"', '"Am obținut ce am cerut."']
    assert "QC202" not in _rules(report)


def test_a_you_in_an_interviewers_question_reports_no_ones_words(nlp):
    text = "Q: You reported the leak that same week?\n\nA: I rang the harbour office.\n"
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None and q.speaker.text.lower() == "you"] == []
    (question,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "Q:"]
    assert "QC202" not in _rules(report, question)


@pytest.mark.parametrize(
    "sentence",
    ["So when the mayor announced a second ban, I expected to cheer.", "Here is why I still oppose the new one."],
    ids=["expected", "oppose"],
)
def test_the_writers_own_feelings_are_no_quotes(nlp, sentence):
    text = f"I was wrong about the first ban. {sentence} I did not.\n"
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.speaker is not None and q.speaker.text == "I"] == []


def test_the_writers_own_earlier_words_are_still_a_quote(nlp):
    report = analyze("I predicted in this column that the ban would fail.\n", nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["predicted"]
