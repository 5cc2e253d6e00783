"""Round 20: a headline's label names its speaker as an organisation, an outlet, a medium or a
group, and may say whom the speaker spoke to ("Okafor to city council: ..."). End to end with
the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotecheck.extract.frames import _reattach_second_cue_without_and
from quotecheck.pipeline import analyze

from .reports import content_texts


def _label_quotes(text: str, nlp) -> list[tuple[str | None, str | None, list[str]]]:
    """(speaker, resolved name, content) of the quotes whose cue is a label's colon."""
    return [
        (q.speaker.text if q.speaker is not None else None, q.speaker_name, content_texts(q))
        for q in analyze(text, nlp=nlp).quotes
        if q.cue is not None and q.cue.text == ":"
    ]


# --- An organisation, an outlet, a medium or a group as the label ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "name", "content"),
    [
        (
            "Halvard Union: Ministry hid safety report for years.\n\n"
            "The Halvard Union said on Monday that the report was kept back.",
            "Halvard Union",
            "Halvard Union",
            ["Ministry hid safety report for years."],
        ),
        (
            "Reuters: Ministry hid safety report for years.\n\nThe ministry denied it.",
            "Reuters",
            "Reuters",
            ["Ministry hid safety report for years."],
        ),
        (
            "AP: Port authority moved funds to a private account.\n\nThe authority denied it.",
            "AP",
            "AP",
            ["Port authority moved funds to a private account."],
        ),
        (
            "Harbour Daily News: Ferry fares will double next year.\n\nThe operator declined to comment.",
            "Harbour Daily News",
            "Harbour Daily News",
            ["Ferry fares will double next year."],
        ),
        (
            "Newspaper: Defence chief used private email.\n\nThe ministry declined to comment.",
            "Newspaper",
            None,
            ["Defence chief used private email."],
        ),
        (
            "Historians: Okafor and Lind will be linked forever.\n\nThe two served together for a decade.",
            "Historians",
            None,
            ["Okafor and Lind will be linked forever."],
        ),
    ],
    ids=["organisation", "outlet", "outlet-in-capitals", "masthead-with-rubric-word", "medium-noun", "group-of-people"],
)
def test_body_label_is_the_headlines_speaker(nlp, text, speaker, name, content):
    assert _label_quotes(text, nlp) == [(speaker, name, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Talks will resume in May.\n\nForeign Minister Eva Lind spoke in Geneva.",
        "Newspaper: A short history of the printed word.\n\nThe first papers were sold in coffee houses.",
        "Port strike enters third week.\n\nHalvard Union: Ministry hid safety report for years.",
        "Halvard Union: Members say pay deal is too low.\n\nThe union has 40,000 members.",
    ],
    ids=["section-heading", "no-finite-verb", "not-the-first-line", "topic-of-a-saying"],
)
def test_no_body_label(nlp, text):
    assert _label_quotes(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Okafor camp: Rival's plan threatens jobs.\n\nRuth Okafor's campaign said the plan would cost jobs.",
            "Okafor camp",
            ["Rival's plan threatens jobs."],
        ),
        (
            "Audit Office report: Ministry overspent by millions.\n\nThe report was published on Monday.",
            "Audit Office report",
            ["Ministry overspent by millions."],
        ),
    ],
    ids=["side-noun", "document-noun"],
)
def test_label_closing_in_lower_case(nlp, text, speaker, content):
    assert [(s, c) for s, _, c in _label_quotes(text, nlp)] == [(speaker, content)]


def test_lower_case_label_needs_a_side_or_document(nlp):
    text = "Okafor fans: Rival's plan threatens jobs.\n\nRuth Okafor spoke on Monday."
    assert _label_quotes(text, nlp) == []


# --- "X to Y:", "X at Y:", "X on Y:" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "name", "content"),
    [
        (
            "Okafor to city council: Budget cuts will hurt schools.\n\n"
            "Ruth Okafor, the mayor, told councillors on Monday that the cuts were a mistake.",
            "Okafor",
            "Ruth Okafor",
            ["Budget cuts will hurt schools."],
        ),
        (
            "Jensen To Farmers Worried About Drought Aid: The Money Is Coming.\n\n"
            "Agriculture Minister Peter Jensen told farmers in Aarhus that aid would be paid.",
            "Jensen",
            "Peter Jensen",
            ["The Money Is Coming."],
        ),
        (
            "Lind at the summit: Talks will resume in May.\n\nForeign Minister Eva Lind spoke in Geneva.",
            "Lind",
            "Eva Lind",
            ["Talks will resume in May."],
        ),
    ],
    ids=["to-hearer", "to-long-title-case-hearer", "at-occasion"],
)
def test_label_with_an_aside(nlp, text, speaker, name, content):
    assert _label_quotes(text, nlp) == [(speaker, name, content)]


def test_label_to_names_the_hearer(nlp):
    text = (
        "Okafor to city council: Budget cuts will hurt schools.\n\n"
        "Ruth Okafor, the mayor, told councillors on Monday that the cuts were a mistake."
    )
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == ":")
    assert quote.recipient is not None and quote.recipient.span.text == "city council"


def test_label_on_a_topic_keeps_the_speaker_before_it(nlp):
    text = "Port Chief On Strike: 'We Will Not Give In.'\n\nThe port's chief executive spoke on Monday."
    quotes = [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == ":"]
    assert [q.speaker.text for q in quotes if q.speaker is not None] == ["Port Chief"]


# --- "X Says A, Calls B": two cues of one speaker joined by a comma ---------------------------


def _quotes(text: str, nlp) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (q.cue.text if q.cue is not None else None, q.speaker.text if q.speaker is not None else None, content_texts(q))
        for q in analyze(text, nlp=nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor Says Cuts Are Unavoidable, Calls Plan 'Fair'.\n\nRuth Okafor spoke on Monday.",
            [("Says", "Okafor", ["Cuts Are Unavoidable"]), ("Calls", "Okafor", ["Plan 'Fair'"])],
        ),
        (
            "Okafor says cuts are unavoidable, calls the plan 'fair'.",
            [("says", "Okafor", ["cuts are unavoidable"]), ("calls", "Okafor", ["the plan 'fair'"])],
        ),
    ],
    ids=["title-case", "sentence-case"],
)
def test_second_cue_after_a_comma_shares_the_speaker(nlp, text, expected):
    assert _quotes(text, nlp) == expected


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_second_cue_is_made_a_conjunct_of_the_first(nlp):
    # "Okafor says cuts are unavoidable , calls plan fair", with "calls" read as a second
    # clause of "says".
    doc = _parsed(
        nlp,
        ["Okafor", "says", "cuts", "are", "unavoidable", ",", "calls", "plan", "fair"],
        [1, 1, 3, 1, 3, 6, 1, 6, 6],
        ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "ccomp", "dobj", "oprd"],
        ["NNP", "VBZ", "NNS", "VBP", "JJ", ",", "VBZ", "NN", "JJ"],
    )
    _reattach_second_cue_without_and(doc, list(doc))
    assert (doc[6].head.i, doc[6].dep_) == (1, "conj")


def test_verb_in_the_quoted_words_is_no_second_cue(nlp):
    # 'The town says , " Mayor , thank you "': "thank" is in the quoted words.
    doc = _parsed(
        nlp,
        ["The", "town", "says", ",", '"', "Mayor", ",", "thank", "you", '"'],
        [1, 2, 2, 2, 7, 7, 7, 2, 7, 2],
        ["det", "nsubj", "ROOT", "punct", "punct", "npadvmod", "punct", "ccomp", "dobj", "punct"],
        ["DT", "NN", "VBZ", ",", "``", "NNP", ",", "VBP", "PRP", "''"],
    )
    _reattach_second_cue_without_and(doc, list(doc))
    assert (doc[7].head.i, doc[7].dep_) == (2, "ccomp")


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("BBC Sport: Ferreira says he will stay at the club\n\nLuis Ferreira has told friends he is staying.", "Ferreira", "he will stay at the club"),
        ("Vance: Ruiz says the deal is dead\n\nMark Vance said on Monday that talks had stalled.", "Ruiz", "the deal is dead"),
    ],
)
def test_a_label_before_a_say_of_its_own_is_no_speaker(nlp, text, speaker, words):
    # The label is the section or the topic; whoever "says" speaks, whatever the label names.
    first = analyze(text, nlp=nlp).quotes[0]
    assert (first.cue.text, first.speaker.text, [c.text for c in first.content]) == ("says", speaker, [words])
