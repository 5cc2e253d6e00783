"""What a person publicly called for, or called someone, from the round 15 probes: appeals
("called for", "calling on ... to"), characterizations ("calling the Speaker a liar",
"dismissing them as cranks") as gerunds after a preposition, and where such content ends. End
to end with the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _quotes(report):
    return [(q.cue.text if q.cue else None, [c.text for c in q.content]) for q in report.quotes]


def _content_of(report, cue):
    return next([c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue)


# --- The gerund after a preposition shares the verb's subject -----------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "Voss has made peace with senators, even after calling the Speaker a liar.",
            "calling",
            ["the Speaker a liar"],
            "Voss",
        ),
        (
            "The mayor angered residents by calling the new bridge a disaster.",
            "calling",
            ["the new bridge a disaster"],
            "The mayor",
        ),
        (
            "The council angered residents by dismissing the plan as a gimmick.",
            "dismissing",
            ["the plan as a gimmick"],
            "The council",
        ),
        (
            "Senator Voss is joining his colleague Ortiz in calling for a special prosecutor to investigate the mayor.",
            "calling for",
            ["a special prosecutor to investigate the mayor"],
            "Senator Voss",
        ),
        (
            "Voss has made peace with the unions, even after calling for a ban on strikes.",
            "calling for",
            ["a ban on strikes"],
            "Voss",
        ),
    ],
    ids=["after-calling-x-y", "by-calling-x-y", "by-dismissing-as", "in-calling-for", "after-calling-for"],
)
def test_gerund_characterization_or_appeal(nlp, text, cue, content, speaker):
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.cue is not None and q.cue.text == cue)
    assert [c.text for c in quote.content] == content
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The mayor won the vote by touting her record on housing.",
        "The coach left the room after talking about the injury.",
    ],
    ids=["touting-object", "talking-about"],
)
def test_gerund_with_topic_is_no_quote(nlp, text):
    # Guard: a gerund with only a topic ("by touting her record") reports no words.
    assert analyze(text, nlp=nlp).quotes == ()


# --- What was called for, to its end ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mendez often questions the mayor's ties to developers and has called for the former governor"
            " to release the transcripts of her speeches.",
            "has called for",
            ["the former governor to release the transcripts of her speeches"],
        ),
        (
            "Voss has called for the rebels' bases in the north to be hit even harder.",
            "has called for",
            ["the rebels' bases in the north to be hit even harder"],
        ),
    ],
    ids=["for-object-infinitive-cue-word", "for-to-clause-cue-word"],
)
def test_call_for_keeps_infinitive_with_cue_word(nlp, text, cue, content):
    assert _content_of(analyze(text, nlp=nlp), cue) == content


def test_called_for_ends_before_another_speakers_report(nlp):
    text = "Senator Voss called for the charity to be shut down after the Daily Ledger reports most of its money went to staff."
    assert _quotes(analyze(text, nlp=nlp)) == [
        ("called for", ["the charity to be shut down"]),
        ("reports", ["most of its money went to staff"]),
    ]


# --- Naming is no quote ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An anti-tax group called Our Principles is growing fast.",
        "The Every Student Act, as the bill is called, would end annual testing.",
    ],
    ids=["group-called", "as-the-bill-is-called"],
)
def test_naming_is_no_quote(nlp, text):
    # Guard: naming something reports no one's words.
    assert analyze(text, nlp=nlp).quotes == ()


# --- What was urged, as a noun object -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The defence ministers all urged a bigger security role for the country.", ["a bigger security role for the country"]),
        ("The staff union, which urged consideration of other candidates, was ignored.", ["consideration of other candidates"]),
        ("The pastor urged patience.", ["patience"]),
    ],
    ids=["role", "in-relative", "bare-noun"],
)
def test_urged_thing_is_content(nlp, text, content):
    assert _content_of(analyze(text, nlp=nlp), "urged") == content


@pytest.mark.parametrize(
    "text",
    ["The coach urged fans.", "She urged the board members."],
    ids=["fans", "board-members"],
)
def test_urged_people_are_hearers(nlp, text):
    # Guard: the people urged are the hearers, not what was urged.
    assert analyze(text, nlp=nlp).quotes == ()
