"""Edges of reported speech, end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _contents(report, cue: str) -> list[list[str]]:
    return [[c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue]


def test_a_relative_clause_with_its_own_cue_ends_the_content_before_it(nlp):
    # "which" hangs on "meant", under "said": the parser's arcs cross.
    text = "She urged the judge to give her a lenient sentence, which she said meant no prison time.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "urged") == [["to give her a lenient sentence"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator praised the mayor at a press conference in Dover on Monday.\n", "praised", "the mayor"),
        ("Governor Lena Marsh is thanking volunteers at a rally in Springfield.\n", "is thanking", "volunteers"),
        ("Councillor Ines Roy recounted the incident on a local radio show.\n", "recounted", "the incident"),
        ("The chief described the new policy in an interview with the Ledger on Tuesday.\n", "described", "the new policy"),
        # What the object is about stays with it.
        ("The mayor blamed the delays on the contractor.\n", "blamed", "the delays on the contractor"),
        ("Rivera criticized the board over its call for a tax rise.\n", "criticized", "the board over its call for a tax rise"),
    ],
    ids=["press-conference", "rally", "radio-show", "day-after-interview", "blame-on", "over-call"],
)
def test_where_and_when_an_object_was_said_is_no_part_of_it(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He urged the board to cut fees, hire more staff, and open the library on Sundays.\n",
            "to cut fees, hire more staff, and open the library on Sundays",
        ),
        # A finite verb is the speaker's next act, not more of what was urged.
        ("He urged the board to cut fees and then left the meeting.\n", "to cut fees"),
    ],
    ids=["three-infinitives", "finite-act-after"],
)
def test_bare_verbs_joined_to_an_infinitive_are_more_of_it(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, "urged") == [[content]]


def test_an_opening_question_with_an_agent_is_the_agents(nlp):
    text = (
        "Asked by a radio host whether she had rehearsed her speech, Mayor Dana Pike said, "
        "\u201cI read it once and that was all.\u201d\n"
    )
    report = analyze(text, nlp=nlp)
    asked, said = report.quotes
    assert (asked.cue.text, asked.speaker.text, [c.text for c in asked.content]) == (
        "Asked",
        "a radio host",
        ["whether she had rehearsed her speech"],
    )
    # The question is no part of what the mayor said.
    assert (said.speaker_name, said.type, [c.text for c in said.content]) == (
        "Dana Pike",
        "direct",
        ["\u201cI read it once and that was all.\u201d"],
    )


def test_a_question_the_parser_read_as_a_condition_is_what_was_asked(nlp):
    text = "The Ledger asked the senator if he had been preparing for a run.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.cue.text, quote.speaker.text, [c.text for c in quote.content]) == (
        "asked",
        "The Ledger",
        ["if he had been preparing for a run"],
    )


def test_a_claim_in_a_relative_clause_is_no_source_of_the_words_around_it(nlp):
    text = "Councillor Ann Sweet said the bill, which the mayor said was flawed, would pass easily.\n"
    report = analyze(text, nlp=nlp)
    assert [(q.speaker.text, q.cue.text) for q in report.quotes] == [("Councillor Ann Sweet", "said"), ("the mayor", "said")]
    sweet = report.quotes[0]
    assert [c.text for c in sweet.content] == ["the bill, which the mayor said was flawed, would pass easily"]
    assert sweet.via == ()


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The ministry has denied any role in the 2019 bombing.\n", "has denied", "any role in the 2019 bombing"),
        ("Councillor Roy questioned the mayor's judgment in closing the library.\n", "questioned", "the mayor's judgment in closing the library"),
        # Where, when and in what it was said stays out.
        ("Councillor Roy criticized the mayor in a statement.\n", "criticized", "the mayor"),
        ("Councillor Roy criticized the mayor in Dover.\n", "criticized", "the mayor"),
        ("Councillor Roy has criticized the mayor in the past.\n", "has criticized", "the mayor"),
    ],
    ids=["role-in", "judgment-in", "in-statement", "in-place", "in-the-past"],
)
def test_a_phrase_on_in_right_after_the_object_is_the_objects(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Senator Ada Brill defended her call to raise the minimum wage to $20 an hour.\n",
            "defended",
            "her call to raise the minimum wage to $20 an hour",
        ),
        ("Councillor Roy criticized the mayor's refusal to publish the audit.\n", "criticized", "the mayor's refusal to publish the audit"),
        # A purpose of the speaker's is no part of the object.
        ("The director highlighted the floods to explain the delay.\n", "highlighted", "the floods"),
    ],
    ids=["call-to", "refusal-to", "purpose"],
)
def test_an_infinitive_after_a_noun_that_takes_one_is_the_nouns(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Governor Lena Marsh says she will vote for the levy but has withheld her endorsement of the mayor.\n",
            "says",
            ["she will vote for the levy"],
        ),
        ("Mayor Tom Reyes agreed the plan was sound but has not yet voted for it.\n", "agreed", ["the plan was sound"]),
        # Quoted words after the "has" are the speaker's own.
        (
            "Treasurer Ola Pike said the fund was solvent and has \u201cnever missed a payment.\u201d\n",
            "said",
            ["the fund was solvent and has \u201cnever missed a payment.\u201d"],
        ),
    ],
    ids=["says-but-has", "agreed-but-has", "quoted-after-has"],
)
def test_what_the_speaker_has_done_since_is_no_part_of_what_was_said(nlp, text, cue, content):
    report = analyze(text, nlp=nlp)
    assert _contents(report, cue) == [content]


def test_according_to_inside_parentheses_attributes_only_what_they_hold(nlp):
    text = (
        "Councillor Pike repeated his claim that most thefts are committed by visitors (the true figure "
        "is closer to 15 percent, according to the county sheriff).\n"
    )
    report = analyze(text, nlp=nlp)
    assert _contents(report, "according to") == [["the true figure is closer to 15 percent"]]


def test_a_second_cue_joined_to_the_content_is_the_speakers_own(nlp):
    text = (
        "Senator Rand Cole said the mayor's tax plan would give money to landlords, and called him "
        "\u201cthe friend of every developer.\u201d\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.cue.text, q.speaker.text, [c.text for c in q.content]) for q in report.quotes] == [
        ("said", "Senator Rand Cole", ["the mayor's tax plan would give money to landlords"]),
        ("called", "Senator Rand Cole", ["him \u201cthe friend of every developer.\u201d"]),
    ]


def test_a_belief_with_a_subject_of_its_own_stays_in_the_content(nlp):
    text = "Nadia Ripert said a manager invited her to lunch and she thought it meant a promotion.\n"
    report = analyze(text, nlp=nlp)
    assert _contents(report, "said") == [["a manager invited her to lunch and she thought it meant a promotion"]]


def test_a_relative_clauses_content_ends_where_the_nouns_predicate_begins(nlp):
    text = "The bill, which critics say would raise rents, passed easily.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "critics"
    assert quote.content[-1].text == "would raise rents"


def test_a_second_speaker_after_a_comma_and_makes_a_statement_of_its_own(nlp):
    text = (
        "Three-quarters of the voters said they were very worried about the direction of the economy, "
        "and more than 4 in 10 said the governor would be best at handling it.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [([c.text for c in q.content], q.via) for q in report.quotes] == [
        (["they were very worried about the direction of the economy"], ()),
        (["the governor would be best at handling it"], ()),
    ]
    assert report.quotes[0].speaker.text == "Three-quarters of the voters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attorney General Bill Shore asked the Supreme Court for quick action.\n", [("asked", ["quick action"])]),
        ("The union asked for a meeting with the governor.\n", [("asked", ["a meeting with the governor"])]),
        # Inside someone's statement the request is part of their account.
        ("Sheriff Dale Pike said her family asked for privacy.\n", [("said", ["her family asked for privacy"])]),
    ],
    ids=["asked-court-for", "asked-for", "inside-a-statement"],
)
def test_what_was_asked_for_is_a_request(nlp, text, expected):
    report = analyze(text, nlp=nlp)
    assert [(q.cue.text, [c.text for c in q.content]) for q in report.quotes] == expected


def test_the_answer_after_an_opening_question_is_no_content_of_the_question(nlp):
    text = "When asked at the conference about the merger, Mayor Dana Pike defended her decision to press ahead.\n"
    report = analyze(text, nlp=nlp)
    assert [(q.cue.text, q.speaker_name, [c.text for c in q.content]) for q in report.quotes] == [
        ("defended", "Dana Pike", ["her decision to press ahead"]),
    ]
