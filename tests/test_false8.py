"""False and split quotes from words that only look like attributions: a sentence inside a
quotation running over paragraphs, a reader who reads a letter out, and more.

Every article here is written for these tests: the people, places and letters are invented.
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import rules as _rules


# ------------------------------------------------------------------------------------------
# A quotation running over paragraphs: "Nobody asked me." inside it is what was said
# ------------------------------------------------------------------------------------------

_FERRY_LETTER = (
    "Harbour councillor Ines Varga read out a letter from a ferry worker:\n\n"
    '"I have worked the night crossing for twenty-two years. My father worked it before me.\n\n'
    '"Now I hear the night boat will be sold to a charter firm. {inner} Nobody phoned our union.\n\n'
    '"I am not against change. I am against being the last to hear about it."\n'
)


@pytest.mark.parametrize(
    "inner",
    ["Nobody asked us.", "No one told me.", "We told them in March."],
    ids=["nobody-asked-us", "no-one-told-me", "we-told-them"],
)
def test_a_sentence_inside_a_continued_quotation_is_no_attribution(nlp, inner):
    report = analyze(_FERRY_LETTER.format(inner=inner), nlp=nlp)
    direct = [q for q in report.quotes if q.type == "direct"]
    assert len(direct) == 1
    (quote,) = direct
    assert len(quote.content) == 3
    assert inner in quote.content[1].text
    assert "QC302" not in _rules(report)


def test_reading_a_letter_out_voices_the_quotation_after_the_colon(nlp):
    report = analyze(_FERRY_LETTER.format(inner="Nobody asked us."), nlp=nlp)
    (quote,) = [q for q in report.quotes if q.type == "direct"]
    assert (quote.speaker_name, quote.cue.text) == ("Ines Varga", "read out")
    assert "QC202" not in _rules(report)


def test_reading_out_names_is_no_quote(nlp):
    report = analyze("At the memorial, the mayor read out the names of the eleven crew lost in the storm.\n", nlp=nlp)
    assert report.quotes == ()


# ------------------------------------------------------------------------------------------
# Narration the parser ran into a quoted sentence after an abbreviation stays narration
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "narration",
    [
        "Neighbours heard a dull bang just before 6 a.m.",
        "The lights in the depot went out at about 11 p.m.",
    ],
    ids=["a.m.", "p.m."],
)
def test_a_sentence_before_a_signed_quotation_is_not_in_it(nlp, narration):
    text = f'{narration} "It shook the whole street," said Marta Lind, a florist.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    assert quote.type == "direct"
    assert [c.text for c in quote.content] == ['"It shook the whole street,"']
    assert quote.speaker_name == "Marta Lind"


# ------------------------------------------------------------------------------------------
# A court disposing of a case by ruling reports nobody's words
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Court rejects bid to dismiss bribery case against port official\n\nThe hearing resumes on Friday.\n",
        "The tribunal voted to dismiss the lawsuit against the ferry operator.\n",
        "Judge Amara Holt denied the motion on Tuesday.\n",
    ],
    ids=["headline-dismiss-case", "dismiss-lawsuit", "denied-motion"],
)
def test_a_ruling_on_a_case_is_no_quote(nlp, text):
    report = analyze(text, nlp=nlp)
    assert report.quotes == ()
    assert "QC201" not in _rules(report)


def test_dismissing_an_accusation_is_still_reported_speech(nlp):
    (quote,) = analyze("Senator Ruth Abara dismissed the allegations as a smear.\n", nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker_name) == ("dismissed", "Ruth Abara")


# ------------------------------------------------------------------------------------------
# The writer's translation of a foreign-language quotation is part of that quote
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            'Mayor Lotte Brandl said: „Die Fähre bleibt.“ ("The ferry stays.")\n',
            ["„Die Fähre bleibt.“", '"The ferry stays."'],
        ),
        (
            "Asked about the tariffs, Paul Garnier said «Nous verrons», which translates as \"We shall see.\"\n",
            ["«Nous verrons»", '"We shall see."'],
        ),
        (
            "Ana Ruiz said «No hay prisa», which means \"There is no hurry.\"\n",
            ["«No hay prisa»", '"There is no hurry."'],
        ),
    ],
    ids=["parenthesised", "which-translates-as", "which-means"],
)
def test_a_translation_is_part_of_the_quote_not_a_scare_quote(nlp, text, parts):
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.type == "direct"]
    assert [c.text for c in quote.content] == parts
    assert "QC301" not in _rules(report)
    assert report.terms == ()


def test_a_quotation_after_another_without_a_translation_link_is_its_own(nlp):
    text = 'Lotte Brandl said: "Wir bleiben." Paul Garnier replied: "We stay as well."\n'
    report = analyze(text, nlp=nlp)
    assert sorted((q.speaker_name, len(q.content)) for q in report.quotes) == [("Lotte Brandl", 1), ("Paul Garnier", 1)]


# ------------------------------------------------------------------------------------------
# "said the finding held across groups": a clause the parser hung on a noun as a participle
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("She said the pattern held across every region surveyed.", "the pattern held across every region surveyed"),
        ("Lund insisted the result held in both age groups.", "the result held in both age groups"),
    ],
    ids=["said-held", "insisted-held"],
)
def test_a_clause_read_as_a_participle_on_the_object_is_the_content(nlp, sentence, content):
    text = f"Dr. Mikael Lund presented the study on Monday. {sentence}\n"
    quotes = analyze(text, nlp=nlp).quotes
    assert [(q.type, q.content[0].text, q.speaker_name) for q in quotes] == [("indirect", content, "Mikael Lund")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ines Varga posted a photo taken at the pier on Sunday.",
        "Councillor Ines Varga said a prayer written by her grandmother.",
    ],
    ids=["posted-photo-taken", "said-prayer-written-by"],
)
def test_a_noun_with_a_participle_is_no_clause_after_other_verbs_or_with_an_agent(nlp, sentence):
    assert analyze(sentence + "\n", nlp=nlp).quotes == ()


# ------------------------------------------------------------------------------------------
# A sentence-case headline whose verb the tagger read as a plural noun names no speaker
# ------------------------------------------------------------------------------------------


def test_a_headline_verb_read_as_a_noun_is_no_speaker(nlp):
    text = "Judge rejects bid to question mayor over harbour contract\n\nThe hearing resumes on Friday.\n"
    report = analyze(text, nlp=nlp)
    assert all(q.speaker is None or q.speaker.text != "Judge rejects" for q in report.quotes)
    assert "QC201" not in _rules(report)


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Union members say ferry plan will cost jobs", "Union members"),
        ("Party officials warn of delays to harbour works", "Party officials"),
    ],
    ids=["union-members-say", "party-officials-warn"],
)
def test_a_headline_speaker_with_a_plural_head_is_kept(nlp, headline, speaker):
    report = analyze(f"{headline}\n\nThe hearing resumes on Friday.\n", nlp=nlp)
    assert [q.speaker.text for q in report.quotes if q.speaker is not None] == [speaker]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('At the vigil, Pastor Elin Moss recited:\n\n"The sea gives and the sea takes.\n\n"We remember them all."\n', 2),
        ('Pastor Elin Moss recited a verse: "The sea gives and the sea takes."\n', 1),
    ],
    ids=["recited-colon-paragraphs", "recited-a-verse"],
)
def test_reciting_voices_the_quotation_after_it(nlp, text, quoted):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.type, quote.cue.text, quote.speaker_name, len(quote.content)) == ("direct", "recited", "Elin Moss", quoted)


def test_reciting_a_pledge_is_no_quote(nlp):
    assert analyze("The pupils recited the pledge before the lesson began.\n", nlp=nlp).quotes == ()
