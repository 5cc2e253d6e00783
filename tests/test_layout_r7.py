"""End to end, with the real model: transcripts whose questions are "Q:" and whose answers carry
the interviewee's name, "Q." / "A." turns after an introduction that names several people, and
the type of reported speech whose only quoted words are a name or a scare quote.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

Q_AND_NAME = """Brannock wins the Harlow marathon at her first attempt

Adaeze Brannock won the Harlow marathon on Sunday in two hours and 24 minutes, a course record.

"I did not expect to win, I only wanted to finish," Brannock told reporters at the line.

Her coach, Marcus Feld, said she had trained at altitude for three months. "She was ready," Feld said.

After the ceremony, Brannock answered a few questions from the organisers.

Q: When did you know you would win?
{label}: Only in the last two kilometres. Before that I was just counting the steps.

Q: What will you do tonight?
{label}: Sleep, and then eat a very large pizza with my sister.

Q: Will you run in Berlin this autumn?
{label}: Maybe. My coach will decide that, not me.

The next Harlow marathon will be held in April.
"""


@pytest.mark.parametrize("label", ["Brannock", "BRANNOCK"], ids=["title-case", "capitals"])
def test_named_answers_after_q_labels_are_the_interviewee_s(nlp, label: str) -> None:
    report = analyze(Q_AND_NAME.format(label=label), nlp=nlp)
    turns = [
        (q.text, q.type, q.speaker.text if q.speaker else None, q.speaker_name)
        for q in report.quotes
        if q.cue is not None and q.cue.text in ("Q:", ":")
    ]
    assert turns == [
        ("When did you know you would win?", "direct", "Q", None),
        ("Only in the last two kilometres. Before that I was just counting the steps.", "direct", label, "Adaeze Brannock"),
        ("What will you do tonight?", "direct", "Q", None),
        ("Sleep, and then eat a very large pizza with my sister.", "direct", label, "Adaeze Brannock"),
        ("Will you run in Berlin this autumn?", "direct", "Q", None),
        ("Maybe. My coach will decide that, not me.", "direct", label, "Adaeze Brannock"),
    ]
    # The article goes back to its own prose after the last turn.
    assert not [q for q in report.quotes if "next Harlow marathon" in q.text]


def test_one_name_label_line_after_prose_is_still_no_transcript(nlp) -> None:
    text = (
        "Adaeze Brannock won the Harlow marathon on Sunday.\n\n"
        "Brannock: the fastest woman ever to run the course.\n\n"
        "Q: Who set the old record?\n\n"
        "The old record was set in 2009 by a runner from Kenya.\n"
    )
    report = analyze(text, nlp=nlp)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


INTRO_NAMES_SEVERAL = """Brannock wins the Harlow marathon

Adaeze Brannock won the Harlow marathon on Sunday, a minute ahead of Liesl Moraga.

Moraga, who led until the 40th kilometre, said the heat had beaten her. Race director Colm Ruddy said entries would be capped next year.

In a short interview with the organisers, Brannock talked about the race.

Q{mark} When did you know you would win?
A{mark} Only in the last two kilometres. Before that I was just counting the steps.

Q{mark} Will you run in Berlin this autumn?
A{mark} Maybe. My coach will decide that, not me.
"""


@pytest.mark.parametrize("mark", [":", "."], ids=["colon", "stop"])
def test_answers_are_the_person_the_introduction_names_not_the_first_named(nlp, mark: str) -> None:
    report = analyze(INTRO_NAMES_SEVERAL.format(mark=mark), nlp=nlp)
    answers = [q for q in report.quotes if q.cue is not None and q.cue.text == "A" + mark]
    assert [q.text for q in answers] == [
        "Only in the last two kilometres. Before that I was just counting the steps.",
        "Maybe. My coach will decide that, not me.",
    ]
    assert [q.speaker_name for q in answers] == ["Adaeze Brannock", "Adaeze Brannock"]
    questions = [q for q in report.quotes if q.cue is not None and q.cue.text == "Q" + mark]
    assert [(q.speaker.text if q.speaker else None, q.speaker_name) for q in questions] == [("Q", None), ("Q", None)]


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        (
            'Diplomats said the two governments would sign the accord at the "Amber Gate Summit" in June.',
            '"Amber Gate Summit"',
            "name",
        ),
        (
            'The ministry rejected the so-called "water grab" story as a fabrication, the broadcaster reported.',
            '"water grab"',
            "scare",
        ),
    ],
    ids=["event-name", "so-called"],
)
def test_reported_speech_whose_only_quoted_words_are_a_label_is_indirect(nlp, text: str, quoted: str, kind: str) -> None:
    report = analyze(text, nlp=nlp)
    assert [q.type for q in report.quotes] == ["indirect"]
    assert quoted in report.quotes[0].text
    # The quoted string is still listed for what it is.
    assert [(t.kind, t.span.text) for t in report.terms] == [(kind, quoted)]


@pytest.mark.parametrize(
    "text",
    [
        'The foreign minister insisted that Ankara had no intention of "copying the mistakes" of its neighbours.',
        'The senator said he would keep calling his rival "Little Marco" until the primary was over.',
        'The union leader said the offer was what she called "an insult to every nurse".',
        'Critics said the councillor had called the 2019 festival queen "Lady Muck" in public.',
        "Mayor Says Budget Cuts Are A \u2018Necessary Evil\u2019 For Harwick\n\nThe cuts start in May.",
    ],
    ids=["fragment", "called-a-name", "what-she-called", "called-far-before", "title-case-headline"],
)
def test_reported_speech_quoting_the_speaker_s_own_words_stays_mixed(nlp, text: str) -> None:
    report = analyze(text, nlp=nlp)
    assert [q.type for q in report.quotes] == ["mixed"]
