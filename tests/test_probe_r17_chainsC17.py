"""Outlet nouns and carriers, from QA probes p54 and p55: "the channel" or "the newspaper" means
an outlet of that sort the article named, even one that never spoke ("polled by the
broadcaster, X"), and a short form of an outlet's name ("the Lantern" after "the Sunday
Lantern") is that outlet. End to end with the real model. The sentences are written by the
quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_with as _by_content


# --- An outlet noun means an outlet of its sort ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Listeners were surveyed afterwards by the broadcaster, Ardley Live.\n\n"
            "The council's spokesman, Tom Reeve, told the Ardley Courier that the survey was flawed.\n\n"
            "Turnout rose by a third, according to the channel.",
            "Turnout rose",
            "Ardley Live",
        ),
        (
            "The interview was aired by Kesterby FM on Friday.\n\n"
            "Nina Falk told the Kesterby Herald that she had been misquoted.\n\n"
            "The interview drew 20,000 listeners, the station said.",
            "20,000 listeners",
            "Kesterby FM",
        ),
        (
            "Ballot papers were counted twice, according to figures printed in the Marlow Gazette.\n\n"
            "Dev Sandhu told Marlow TV that the count was fair.\n\n"
            "The second count took nine hours, according to the newspaper.",
            "nine hours",
            "Marlow Gazette",
        ),
    ],
    ids=["channel-broadcaster-named-in-passing", "station-fm-name", "newspaper-named-in-passing-past-tv"],
)
def test_outlet_noun_means_outlet_of_its_sort(nlp, text, words, expected):
    q = _by_content(analyze(text, nlp=nlp), words)
    assert q.speaker_name == expected
    assert q.speaker_kind == "outlet"


def test_guard_newspaper_noun_without_any_newspaper_named(nlp):
    # Guard: with only a broadcaster named, "the newspaper" is no broadcaster's name.
    text = "The debate was shown by Radio Orlen.\n\nThe turnout was low, the newspaper said."
    q = _by_content(analyze(text, nlp=nlp), "turnout was low")
    assert q.speaker_name != "Radio Orlen"


# --- A short form of an outlet's name is that outlet ---------------------------------------------


def test_short_name_of_outlet_named_in_passing_is_that_outlet(nlp):
    text = (
        "Pages from the diary began appearing in the Sunday Lantern this week. Mira Holt disputed the"
        ' account. "None of it happened," she told the Lantern.'
    )
    report = analyze(text, nlp=nlp)
    q = _by_content(report, "None of it happened")
    assert q.recipient is not None
    assert q.recipient.name == "Sunday Lantern"
    assert q.recipient.kind == "outlet"
    assert any(f.rule == "QC101" for f in report.findings if f.quote == q.id)


# --- A group's later message or post is the group's -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The Varnholt Defence Council said on its Telegram channel that the convoy had turned back."
            " The message also claimed that three drones had been shot down.",
            "three drones",
            "Varnholt Defence Council",
        ),
        (
            "Brightwater Tenants Union posted on Facebook that the eviction had been halted. A later"
            ' post said: "We will be back at the court on Friday."',
            "We will be back",
            "Brightwater Tenants Union",
        ),
    ],
    ids=["the-message-after-channel", "a-later-post-after-posted"],
)
def test_later_message_is_the_groups(nlp, text, words, expected):
    q = _by_content(analyze(text, nlp=nlp), words)
    assert q.speaker_name == expected


def test_caveat_on_the_message_covers_what_the_group_said_in_it(nlp):
    text = (
        "The Varnholt Defence Council said on its Telegram channel that the convoy had turned back."
        " The message, which could not be independently verified, also claimed that three drones had"
        " been shot down."
    )
    report = analyze(text, nlp=nlp)
    first = _by_content(report, "convoy had turned back")
    assert any(f.rule == "QC204" for f in report.findings if f.quote == first.id)


def test_guard_caveat_on_a_person_does_not_reach_back(nlp):
    # Guard: a caveat in the speaker phrase of a person, not of a message, stays on that quote.
    text = (
        "Mayor Ilse Brandt said on Monday that the bridge would reopen in June. Later, Brandt, whose"
        " figures could not be independently verified, said that repairs had cost 2 million euros."
    )
    report = analyze(text, nlp=nlp)
    first = _by_content(report, "bridge would reopen")
    assert not any(f.rule == "QC204" for f in report.findings if f.quote == first.id)


# --- The noun closing an opening phrase is no description of the speaker hung on it ----------------


def test_opening_phrase_noun_is_not_the_speakers_description(nlp):
    text = "In the second of three excerpts printed by the magazine, Holloway, 61, writes that the tour nearly broke the band."
    (q,) = analyze(text, nlp=nlp).quotes
    assert q.speaker_name == "Holloway"
    assert "the magazine" not in q.speaker_descriptions


def test_guard_role_before_name_stays_a_description(nlp):
    # Guard: "the former mayor, Rita Olsen" keeps her role.
    text = "In a column published on Sunday, the former mayor, Rita Olsen, writes that the bridge was never needed."
    (q,) = analyze(text, nlp=nlp).quotes
    assert q.speaker_name == "Rita Olsen"
    assert "the former mayor" in q.speaker_descriptions
