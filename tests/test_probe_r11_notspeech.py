"""Quoted strings that are no one's speech, or a crowd's, found on the round 11 probes (p22-p24),
end to end with the real model. The sentences are written by the quotecheck authors after the
probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    "verb",
    ["sang", "chanted"],
)
def test_crowd_song_is_the_crowds_not_the_last_speakers(nlp, verb):
    # With no speech cue the song went to whoever spoke last, "by continuation"; and "who"
    # was hung on the town, so the town was the speaker.
    text = (
        "According to the Westbury Courier, the club will appeal the fine.\n\n"
        f'Supporters of Port Ellis, who {verb} "We are the tide, we never turn back" all night, '
        "refused to leave.\n"
    )
    report = analyze(text, nlp=nlp)
    song = next(q for q in report.quotes if "tide" in q.content[0].text)
    assert song.resolution != "continuation"
    assert song.speaker is not None and song.speaker.text.startswith("Supporters of Port Ellis")
    assert song.speaker_name != "Westbury Courier"
    assert song.cue is not None and song.cue.text == verb


def test_chant_noun_does_not_continue_the_last_speaker(nlp):
    # "Chants of ..." names no speaker: the words are the crowd's, never the coach's.
    text = (
        "Coach Ilse Brandt said she was proud of the squad.\n\n"
        'Chants of "One more year, one more year" rolled around the ground after the whistle.\n'
    )
    report = analyze(text, nlp=nlp)
    chant = next(q for q in report.quotes if "one more year" in q.content[0].text.lower())
    assert chant.resolution != "continuation"
    assert chant.speaker_name != "Ilse Brandt"


def test_singing_the_anthem_is_no_speech(nlp):
    # Guard: a song sung, with no words quoted, reports nothing.
    report = analyze("The players sang the anthem before kick-off.\n", nlp=nlp)
    assert not report.quotes


def test_who_after_a_place_stands_for_the_people(nlp):
    # Guard: "who" stands for people: "Residents of Carrow Bay, who said ..." are the residents
    # (the repair for a "who" hung on the place is tested with the crowd's song above).
    report = analyze("Residents of Carrow Bay, who said the ferry was always late, signed a petition.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text.startswith("Residents of Carrow Bay")
    assert quote.speaker_name != "Carrow Bay"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Fishermen still call the old breakwater "the Spine," a name older than the town.\n', '"the Spine,"'),
        ('The clip was shared by her followers, who call themselves the "Lanterns".\n', '"Lanterns"'),
        ('The club, which calls itself "Old Harbour Rovers", was founded in 1921.\n', '"Old Harbour Rovers"'),
    ],
    ids=["habitual", "themselves", "itself"],
)
def test_a_name_given_by_calling_is_no_speech(nlp, text, name):
    # What a thing or a group goes by is a name, not the words of those who call it so: no
    # quote, no vague-source warning, one name.
    report = analyze(text, nlp=nlp)
    assert not report.quotes
    assert "QC201" not in [f.rule for f in report.findings]
    assert [(t.kind, t.span.text) for t in report.terms] == [("name", name)]


def test_calling_someone_something_is_still_said(nlp):
    # Guard: a judgement put in a name ("called the chief 'Little Captain'") and a present
    # judgement ("call him 'a disgrace'") are still someone's words.
    report = analyze('Vogel called the harbour chief "Little Captain" twice. Critics call him "a disgrace".\n', nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["called", "call"]


def test_writing_a_titled_work_is_not_saying_it(nlp):
    # The parser read "hit" as a verb, a clause of what was "written": a noun with an article
    # is no clause, and a title written is no one's words.
    text = (
        'The duo were once close friends and co-wrote the 2021 hit "Salt Lanterns". Critic Mara '
        'Delle said the split was "overdue."\n'
    )
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["said"]
    assert ("name", '"Salt Lanterns"') in [(t.kind, t.span.text) for t in report.terms]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said on Sunday they had taken the airport at Dorvik after two days of fighting, a claim rejected by the army.\n",
        "Rebels said they held the airport, an assertion denied by the army.\n",
    ],
    ids=["on-the-clause", "on-its-last-noun"],
)
def test_a_noun_summing_up_a_clause_is_no_content(nlp, text):
    # ", a claim rejected by the army": the bare noun stands for the clause before it; "a
    # claim" is no statement of the army's.
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes if q.cue is not None] == ["said"]
