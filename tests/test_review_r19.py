"""Review of round 19: rules of the round that fired wider than they meant to. End to end with
the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import content_texts


def _quotes(text: str, nlp) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (q.cue.text if q.cue is not None else None, q.speaker.text if q.speaker is not None else None, content_texts(q))
        for q in analyze(text, nlp=nlp).quotes
    ]


# --- "for" + a stretch of time is how long, not what was argued or called for ----------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("He has argued for years that the tax is unfair.", "has argued", "He", ["that the tax is unfair"]),
        ("The lawyers argued for two hours that the law was void.", "argued", "The lawyers", ["that the law was void"]),
        ("The group has called for years for a ban on the pesticide.", "has called", "The group", ["a ban on the pesticide"]),
    ],
    ids=["argued-for-years-that", "argued-for-two-hours-that", "called-for-years-for"],
)
def test_stretch_of_time_is_no_phrasal_object(nlp, text, cue, speaker, content):
    assert _quotes(text, nlp) == [(cue, speaker, content)]


def test_argued_for_hours_about_is_no_stand(nlp):
    assert _quotes("The two councils argued for hours about the budget.", nlp) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The firm pleaded for two more weeks to file its accounts.", "pleaded for", "two more weeks"),
        ("The unions called for a day of mourning.", "called for", "a day of mourning"),
        ("She argued for a higher tax on fuel.", "argued for", "a higher tax on fuel"),
    ],
    ids=["time-asked-for", "event-noun", "plain-object"],
)
def test_guard_for_phrase_that_is_what_was_said(nlp, text, cue, content):
    [(got_cue, _, got)] = _quotes(text, nlp)
    assert (got_cue, got) == (cue, [content])


# --- an "of" phrase that says whose the hearer are is not what they were told --------------


@pytest.mark.parametrize(
    "text",
    [
        "Police informed the families of the victims on Tuesday night.",
        "The school notified the parents of the pupils.",
        "The ministry informed relatives of the dead.",
        "The mayor warned members of Congress.",
    ],
    ids=["families-of", "parents-of", "relatives-of", "members-of-name"],
)
def test_of_phrase_naming_the_hearers_people_is_no_content(nlp, text):
    assert _quotes(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "content", "hearer"),
    [
        ("She reminded voters of her record on schools.", "her record on schools", "voters"),
        ("The agency warned investors of the risks of the plan.", "the risks of the plan", "investors"),
    ],
    ids=["reminded-of-record", "warned-of-risks"],
)
def test_guard_of_phrase_that_is_what_was_told(nlp, text, content, hearer):
    [quote] = analyze(text, nlp=nlp).quotes
    assert content_texts(quote) == [content]
    assert quote.recipient is not None and quote.recipient.span.text == hearer


# --- a negative opener with a comparison of degree says the act took place ------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Never before had so many voters said they would stay home.", "said", "so many voters", ["they would stay home"]),
        ("Never have more parents said the schools are failing.", "have more parents said", "more parents", ["the schools are failing"]),
    ],
    ids=["so-many", "more"],
)
def test_negative_opener_with_a_degree_is_a_statement(nlp, text, cue, speaker, content):
    [quote] = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker.text, content_texts(quote)) == (cue, speaker, content)
    assert quote.act == "statement"
    assert not quote.unsaid


def test_negative_opener_with_a_degree_on_a_denial_is_a_denial(nlp):
    [quote] = analyze("Never has a company denied the claims so firmly.", nlp=nlp).quotes
    assert quote.denial
    assert content_texts(quote) == ["the claims"]


def test_guard_negative_opener_without_a_degree_still_negates(nlp):
    [quote] = analyze("Never has the minister said the plant is safe.", nlp=nlp).quotes
    assert quote.unsaid
    assert quote.act == "refusal"


# --- an office and the forms of its name ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "role", "name"),
    [
        ("Ana Diaz, the party's chairwoman, spoke on Monday.", "The chair", "Ana Diaz"),
        ("Ana Diaz, the state's prime minister, spoke on Monday.", "The premier", "Ana Diaz"),
        ("Tomas Reyes, the port's deputy director, met the council on Monday.", "The deputy", "Tomas Reyes"),
    ],
    ids=["chairwoman-chair", "prime-minister-premier", "guard-deputy-director-deputy"],
)
def test_office_named_another_way_finds_its_holder(nlp, first, role, name):
    report = analyze(f"{first} {role} said the plan would go ahead.", nlp=nlp)
    [quote] = [q for q in report.quotes if q.speaker is not None and q.speaker.text == role]
    assert quote.speaker_name == name


def test_guard_deputy_is_not_the_director(nlp):
    report = analyze("Tomas Reyes, the port's director, met the council on Monday. The deputy said the plan would go ahead.", nlp=nlp)
    [quote] = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "The deputy"]
    assert quote.speaker_name is None


# --- a scorecard under the names of two people is no transcript -------------------------------


def test_scorecard_under_named_people_is_no_exchange(nlp):
    text = (
        "Ruth Amadi and Jonas Pell clashed on trade at the debate in Leeds.\n\n"
        "Amadi: Won the north by a narrow margin and leads in seats.\n\n"
        "Pell: Won the south and the coast.\n\n"
        "The next vote is in March."
    )
    assert [q for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == ":"] == []


def test_guard_exchange_in_first_person_is_a_transcript(nlp):
    text = (
        "Asked by presenter Ruth Amadi whether the mill would close, Jonas Pell said he could not say.\n\n"
        "Amadi: When will the workers know?\n\n"
        "Pell: I'm meeting them on Monday.\n\n"
        "The board meets on Friday."
    )
    turns = [(q.speaker_name, content_texts(q)) for q in analyze(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == ":"]
    assert turns == [("Ruth Amadi", ["When will the workers know?"]), ("Jonas Pell", ["I'm meeting them on Monday."])]
