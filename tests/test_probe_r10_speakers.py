"""Speaker resolution after QA probe p19: an age role ("the 84-year-old") that the article's
stated ages rule out for someone, or that the parser leaves without a subject; "one <town> shop
owner" as an unnamed person, not the town; names the recognizer misses; a role nobody was given
("the striker") for the one person named just before, and never a guess among several; a role
noun left unresolved still flagged; "the woman" after an anonymous witness. End to end with the
real model, on sentences written for these tests."""

from __future__ import annotations

from quotecheck.model import Quote, Report
from quotecheck.pipeline import analyze


def _quote(report: Report, start: str) -> Quote:
    """The one quote whose content starts with ``start`` (marks, edge punctuation and a
    leading "that" aside)."""
    (quote,) = [q for q in report.quotes if q.content[0].text.strip("\"'“”‘’ ,.").removeprefix("that ").startswith(start)]
    return quote


def _rules(report: Report, quote: Quote) -> set[str]:
    return {f.rule for f in report.findings if f.quote == quote.id}


def test_age_role_skips_the_one_said_to_have_died_at_another_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Margit Olsen, ferry captain, dies at 79\n\n"
        'Her first mate, Tobias Lindqvist, said the story was "entirely true." Lindqvist, who sailed with Olsen '
        "for twenty years, said the crews had not made her work easy.\n\n"
        '"Half of them would not look at her for a season," the 84-year-old said.\n'
    )
    quote = _quote(analyze(text, nlp=nlp), "Half of them")
    assert (quote.speaker_name, quote.speaker_kind) == ("Tobias Lindqvist", "person")


def test_age_role_the_parser_left_without_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Danny still has it," said United manager Carla Whitby.\n\n'
        '"We defended too deep, and that is on me," the 52-year-old said. "But you win matches like this."\n'
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "We defended too deep")
    assert (quote.speaker_name, quote.speaker_kind) == ("Carla Whitby", "person")
    # The sentence after the cue goes on with the same words, not a new speakerless quote.
    assert len(quote.content) == 2 and quote.content[1].text.startswith('"But you win')
    assert not any(f.rule == "QC202" for f in report.findings)


def test_one_town_shop_owner_is_an_unnamed_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Nobody warned us about the flooding until noon," one Glenmorrow shop owner told reporters.\n'
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "Nobody warned us")
    assert quote.speaker_name is None and quote.speaker_kind in ("person", "anonymous")
    # As for "one shop owner": an unnamed source the checker flags.
    assert _rules(report, quote) & {"QC201", "QC203"}


def test_name_the_recognizer_does_not_label(nlp) -> None:  # type: ignore[no-untyped-def]
    report = analyze("Ines Holloway was a ferry pilot for thirty years. She said the sea was rarely calm.\n", nlp=nlp)
    quote = _quote(report, "the sea was rarely calm")
    assert (quote.speaker_name, quote.speaker_kind) == ("Ines Holloway", "person")
    assert "QC203" not in _rules(report, quote)


def test_name_the_recognizer_does_not_label_gives_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tomasz Wrobel was a ferry pilot for thirty years. He said the sea was rarely calm.\n"
    quote = _quote(analyze(text, nlp=nlp), "the sea was rarely calm")
    assert (quote.speaker_name, quote.speaker_kind) == ("Tomasz Wrobel", "person")


def test_name_the_recognizer_takes_for_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    report = analyze("Ines Treloar was a ferry pilot for thirty years. She said the sea was rarely calm.\n", nlp=nlp)
    quote = _quote(report, "the sea was rarely calm")
    assert (quote.speaker_name, quote.speaker_kind) == ("Ines Treloar", "person")


def test_role_nobody_was_given_is_the_one_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Kwame Mensah scored twice on Sunday. Speaking afterwards, the striker said: "I feel twenty again."\n'
    quote = _quote(analyze(text, nlp=nlp), "I feel twenty")
    assert (quote.speaker_name, quote.speaker_kind) == ("Kwame Mensah", "person")


def test_role_nobody_was_given_is_never_a_guess_among_several(nlp) -> None:  # type: ignore[no-untyped-def]
    one = 'Kwame Mensah scored twice on Sunday. Speaking afterwards, the striker said: "I feel twenty again."\n'
    two = 'Kwame Mensah and Lucas Ferreira scored on Sunday. Speaking afterwards, the striker said: "I feel twenty again."\n'
    assert _quote(analyze(one, nlp=nlp), "I feel twenty").speaker_name == "Kwame Mensah"
    assert _quote(analyze(two, nlp=nlp), "I feel twenty").speaker_name is None


def test_role_nobody_was_given_ignores_names_inside_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    alone = 'Kwame Mensah scored twice on Sunday. "It was a team effort," the striker said.\n'
    quoted = 'The home side won on Sunday. "Kwame Mensah was superb. He ran all day," the striker said.\n'
    assert _quote(analyze(alone, nlp=nlp), "It was a team effort").speaker_name == "Kwame Mensah"
    assert _quote(analyze(quoted, nlp=nlp), "Kwame Mensah was superb").speaker_name is None


def test_role_for_someone_else_is_not_the_one_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the doctor" after "Tom Reid was hurt" is someone else; "the physiologist" after the
    # study's author is the author.
    hurt = 'Tomas Reid was hurt in the crash. "He is stable," the doctor said.\n'
    study = (
        "The study's lead author, Dr. Jonas Ekdahl, told the Norbury Chronicle that a second trial was planned. "
        '"We have applied for funding," the physiologist said.\n'
    )
    assert _quote(analyze(hurt, nlp=nlp), "He is stable").speaker_name is None
    # Nor a role the words after it pick out, or a leader of someone else.
    rally = 'Mr. Halvorsen said he would march anyway. "We will be peaceful," the organizer of a second rally said.\n'
    team = 'Jonas Ekdahl said the guards waited for an hour. "We had no trucks," the team leader said.\n'
    assert _quote(analyze(rally, nlp=nlp), "We will be peaceful").speaker_name is None
    assert _quote(analyze(team, nlp=nlp), "We had no trucks").speaker_name is None
    quote = _quote(analyze(study, nlp=nlp), "We have applied")
    assert (quote.speaker_name, quote.speaker_kind) == ("Jonas Ekdahl", "person")


def test_unresolved_role_still_gets_a_finding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Lena Vogt and Pieter Maas led the survey. "The ice is thinning faster than we thought," the glaciologist said.\n'
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "The ice is thinning")
    assert quote.speaker_name is None and quote.speaker_kind == "person"
    assert "QC203" in _rules(report, quote)


def test_the_woman_after_an_anonymous_witness_is_that_witness(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A neighbour, who asked not to be named because she rents from the owner, said she heard shouting.\n\n"
        "'I thought it was a party at first,' the woman said.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = _quote(report, "I thought it was a party")
    assert quote.speaker_name is None and quote.speaker_kind == "anonymous"
    (finding,) = [f for f in report.findings if f.quote == quote.id and f.rule == "QC201"]
    assert "because she rents from the owner" in finding.message
