"""Spurious statements, missed refusals and false findings from QA probes p44 and p45: a
surname the tagger reads as an adverb before "did not respond", "found himself ...", the
newsroom's own request ("We asked two engineers to ..."), a name given in a relative clause
("who identifies himself as ..."), a headline's words taken for scare quotes, and "in a
statement" left in the content. End to end with the real model. The sentences are written by
the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _by_cue(report):
    return {q.cue.text if q.cue else None: q for q in report.quotes}


# --- A refusal whose subject the tagger read as an adverb -------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "The quarry is owned by Torvald Aasgard. Aasgard did not respond to requests for comment.",
            "did not respond to",
            "Torvald Aasgard",
        ),
        (
            "The depot closed in March. Aasgard has declined to comment on the sale.",
            "has declined",
            "Aasgard",
        ),
    ],
    ids=["named-earlier-plural-requests", "finite-auxiliary-after"],
)
def test_surname_read_as_adverb_is_the_refusers(nlp, text, cue, name):
    quotes = _by_cue(analyze(text, nlp=nlp))
    assert cue in quotes
    assert quotes[cue].speaker_name == name


def test_guard_plural_requests_for_comment_is_a_refusal(nlp):
    # Guard: the plural and "repeated" forms were already refusals with a plain subject.
    report = analyze("The ministry did not respond to repeated requests for comment.", nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["did not respond to"]


# --- Not speech ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The striker found himself playing in defence by half-time.",
        "We asked two chemists to test the water samples.",
    ],
    ids=["found-reflexive-gerund", "newsroom-asked-to"],
)
def test_no_statement(nlp, text):
    assert not analyze(text, nlp=nlp).quotes


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The audit found the accounts incomplete.", "found"),
        ("A poll found the mayor leading by six points.", "found"),
        ("Investigators found that the brakes had failed.", "found"),
        ("Okafor refused to cancel the concert.", "refused"),
        ("We asked the ministry whether the pier was safe.", "asked"),
    ],
    ids=["record-found-adjective", "poll-found-gerund", "found-that", "refused-deed", "newsroom-asked-whether"],
)
def test_guard_still_a_statement(nlp, text, cue):
    # Guard: findings of records, refusals and the newsroom's questions stay.
    assert cue in _by_cue(analyze(text, nlp=nlp))


# --- A name given in a relative clause -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "The man, who identifies himself as Dale Pruitt, says the pipes are poisoned.",
            "Dale Pruitt",
            "The man",
        ),
        (
            "A cleaner, who gave her name as Rosa Lind, said the wards were short-staffed.",
            "Rosa Lind",
            "A cleaner",
        ),
        (
            "The guide, who introduced himself as Tomasz, said the trail was shut.",
            "Tomasz",
            "The guide",
        ),
        (
            "A nurse on the night shift, who gave his name as Idris Vane, said beds had run out.",
            "Idris Vane",
            "A nurse on the night shift",
        ),
    ],
    ids=["identifies-himself-as", "gave-her-name-as", "introduced-himself-as", "clause-on-last-noun"],
)
def test_self_given_name_names_the_speaker(nlp, text, name, description):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert quote.speaker_descriptions == (description,)
    assert not [f for f in report.findings if f.rule == "QC203"]


# --- A headline's words, and the statement the words came in ----------------------------------


def test_headline_is_no_scare_quote(nlp):
    text = 'The tabloid Morning Star ran the headline "Enough!" above a photograph of the flood.'
    report = analyze(text, nlp=nlp)
    assert not [f for f in report.findings if f.rule == "QC301"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The Nordic Council urged both sides to "keep talking" in a statement issued on Monday.',
            'to "keep talking"',
        ),
        ("The union said the strike would go ahead in a statement on Friday.", "the strike would go ahead"),
        ("Lee described him as a loyal colleague in a Facebook post.", "him as a loyal colleague"),
    ],
    ids=["urged-in-a-statement-issued", "said-in-a-statement", "described-in-a-post"],
)
def test_medium_after_content_is_no_content(nlp, text, content):
    report = analyze(text, nlp=nlp)
    assert [[c.text for c in q.content] for q in report.quotes] == [[content]]


def test_guard_own_statement_inside_content_stays(nlp):
    # Guard: "in his statement" with a possessive is part of what was said.
    report = analyze("She said he had lied in his statement to police.", nlp=nlp)
    assert [c.text for q in report.quotes for c in q.content] == ["he had lied in his statement to police"]
