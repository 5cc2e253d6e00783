"""Speech a fronted "nor" or "neither" negates: "Nor had any customer reported losing money"
says no customer did, so it is no customer's claim (probe p56 #3, where the tool reported the
opposite, passed on by the one who denied it). And speech whose speaker's phrase negates it
("Neither Harlow nor Delune said ...") did not happen: a refusal, not a statement. End to end
with the real model; the sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _acts(text: str, nlp) -> list[tuple[str, str | None, list[str]]]:
    return [
        (q.act, q.speaker.text if q.speaker is not None else None, [p.text for p in q.content]) for q in analyze(text, nlp=nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Chief engineer Mara Quint said there was no sign of damage. Nor, she added, had any tenant reported losing power.",
            "she",
            "had any tenant reported losing power",
        ),
        ("Nor, the chief engineer added, had any tenant reported a gas leak.", "the chief engineer", "had any tenant reported a gas leak"),
    ],
)
def test_nor_interrupted_by_its_cue_keeps_the_denial_whole(nlp, text, speaker, words):
    # The tenant's "report" is what did not happen: no quote of theirs, only the engineer's.
    acts = _acts(text, nlp)
    assert acts[-1] == ("statement", speaker, ["Nor", words])
    assert not [who for _, who, _ in acts if who == "any tenant"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nor did the harbour board say that the ferry would sail again.", "the harbour board"),
        ("Neither has the council said that the depot will reopen.", "the council"),
        ("Neither Ines Calder nor Tomas Brell said the levy was a mistake.", "Neither Ines Calder nor Tomas Brell"),
    ],
)
def test_negated_speech_is_no_statement(nlp, text, speaker):
    [(act, who, _)] = _acts(text, nlp)
    assert (act, who) == ("refusal", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # Guards: a plain statement, and a relative clause on a negated noun ("no mention of
        # Calder, who announced ...": Calder did announce it).
        "The harbour board said the ferry would sail again on Monday.",
        "The report made no mention of Ines Calder, who announced she would stand down in May.",
    ],
)
def test_speech_that_happened_stays_a_statement(nlp, text):
    acts = _acts(text, nlp)
    assert acts and all(act == "statement" for act, _, _ in acts)
