"""Attribution misses and false readings from the round 16 probes: an anonymity participle set
between the speaker and the cue, a name a group or a person gives itself ("calling itself"),
an outlet's "could not confirm" with no publisher known, and a headline's bare noun for a
body the story introduces later. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _findings(report, rule):
    return [f for f in report.findings if f.rule == rule]


# --- An anonymity participle between the speaker and the cue -----------------------------------


@pytest.mark.parametrize(
    ("text", "content", "reason"),
    [
        (
            "One senior party organiser, speaking on condition of anonymity to discuss private"
            " strategy meetings, said the campaign had run out of money.",
            "the campaign had run out of money",
            "to discuss private strategy meetings",
        ),
        (
            "A veteran harbour pilot, speaking on condition of anonymity to discuss internal"
            " safety reviews, said the channel had not been dredged for years.",
            "the channel had not been dredged for years",
            "to discuss internal safety reviews",
        ),
    ],
    # Guard: "organiser-private" the parser already hangs on the speaker.
    ids=["organiser-private", "pilot-internal"],
)
def test_anonymity_participle_before_cue_makes_anonymous_source(nlp, text, content, reason):
    report = analyze(text, nlp=nlp)
    assert [[c.text for c in q.content] for q in report.quotes] == [[content]]
    assert report.quotes[0].speaker_kind == "anonymous"
    found = _findings(report, "QC201")
    assert found and reason in found[0].message


def test_occasion_participle_before_cue_is_no_anonymity(nlp):
    # Guard: a participle of the occasion keeps the speaker as they are.
    report = analyze("The harbour master, speaking to reporters on Monday, said the channel was safe.", nlp=nlp)
    assert report.quotes[0].speaker.text == "The harbour master"
    assert not _findings(report, "QC201")


# --- A name given by the one named: "calling itself", "who call themselves" -------------------


@pytest.mark.parametrize(
    ("text", "name", "kind", "description"),
    [
        (
            "A group calling itself Copperline said on a messaging channel that it had stolen the payroll files.",
            "Copperline",
            "organization",
            "A group calling itself",
        ),
        (
            "A man calling himself Dario Venn told reporters that the depot had been closed for a week.",
            "Dario Venn",
            "person",
            "A man calling himself",
        ),
        (
            "Volunteers, who call themselves the Marsh Wardens, said the sluice gates were failing.",
            "Marsh Wardens",
            "organization",
            None,
        ),
    ],
    ids=["group-itself", "man-himself", "who-call-themselves"],
)
def test_self_given_name_is_the_speakers_name(nlp, text, name, kind, description):
    report = analyze(text, nlp=nlp)
    quote = report.quotes[-1]
    assert quote.speaker_name == name
    assert quote.speaker_kind == kind
    if description is not None:
        assert description in quote.speaker_descriptions
    assert not _findings(report, "QC201")


def test_account_calling_itself_keeps_its_name(nlp):
    # Guard: the name an account gives itself stays its name (who holds it is unsaid).
    report = analyze("An account calling itself Harbour Truth claimed that the ferry tender was rigged.", nlp=nlp)
    assert report.quotes[0].speaker_name == "Harbour Truth"


# --- An outlet's caveat with no publisher known ----------------------------------------------


def test_outlet_caveat_without_publisher_is_the_articles_own(nlp):
    text = (
        "A harbour engineer said the crane had failed an inspection in March. The Brackwater Ledger"
        " could not confirm the engineer's account."
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes if q.speaker_kind == "outlet"] == []
    assert len(report.quotes) == 1
    assert [f.quote for f in _findings(report, "QC204")] == [report.quotes[0].id]


def test_caveat_names_whose_account_it_doubts(nlp):
    text = (
        "The harbour master said the crane was safe. A harbour engineer said the crane had failed an"
        " inspection in March. The Brackwater Ledger could not confirm the harbour master's account."
    )
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2
    assert [f.quote for f in _findings(report, "QC204")] == [report.quotes[0].id]


def test_outlet_report_without_publisher_stays_a_quote(nlp):
    # Guard: an outlet that reports something is still a speaker.
    report = analyze("The Brackwater Ledger reported that the crane had failed an inspection.", nlp=nlp)
    assert [q.speaker_kind for q in report.quotes] == ["outlet"]


# --- A headline's bare noun for a body the story introduces ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Think tank says rail fares should be frozen\n\nBy Ines Calder\n\nFares have risen twice as fast"
            " as wages, according to a study released on Monday by the Fenmore Institute, a think tank in"
            " Dunholt.",
            "Fenmore Institute",
        ),
        (
            "Charity says shelters will be full by December\n\nShelters will run out of beds by December,"
            " Open Door Trust, a charity based in Carlow, said on Monday.",
            "Open Door Trust",
        ),
    ],
    ids=["think-tank-according", "charity-said"],
)
def test_headline_body_noun_resolves_to_body_introduced(nlp, text, name):
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name == name
    assert report.quotes[0].speaker_kind == "organization"


def test_headline_body_noun_with_two_candidates_stays_unnamed(nlp):
    # Guard: two bodies the story calls a charity; the headline names neither.
    text = (
        "Charity says shelters will be full by December\n\nShelters will run out of beds, Open Door"
        " Trust, a charity based in Carlow, said on Monday. The Hearth Aid Foundation, a charity in"
        " Dunholt, said the same."
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name is None


def test_closing_appositive_after_name_is_no_content(nlp):
    text = (
        "The county is short of about 1.3 million trees, according to a report published on Tuesday by"
        " the Greywell Policy Centre, a think tank in Marsby."
    )
    report = analyze(text, nlp=nlp)
    assert [[c.text for c in q.content] for q in report.quotes] == [["The county is short of about 1.3 million trees"]]
    assert "a think tank in Marsby" in report.quotes[0].speaker_descriptions
