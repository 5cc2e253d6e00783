"""Where reported content begins and ends, end to end with the real model, on sentences
written for these tests (round 11, QA probes p22 and p23)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotecheck.extract.frames import _content_around, parse_frames
from quotecheck.model import Span
from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


def _contents(report) -> list[list[str]]:
    return [[c.text for c in q.content] for q in report.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The second suspect, a local builder, will face a jury in the spring; his attorneys have said he rejects every count.\n",
        "The ferry service was suspended in March; the operator has said it lost money on every crossing.\n",
    ],
    ids=["attorneys", "operator"],
)
def test_content_does_not_cross_a_semicolon_back_into_the_writers_clause(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "have said") or _by_cue(report, "has said")
    first = quote.content[0].text
    assert ";" not in first and not text.startswith(first[:20])


def _doc(nlp, rows: list[tuple[str, int, str, str]]):
    """A hand-parsed Doc: one (word, head, dep, tag) row a token, heads as absolute indices."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") and words[i] != '"' for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows], tags=[r[3] for r in rows])


def _frames(nlp, rows, quoted: tuple[tuple[int, int], ...] = ()):
    doc = _doc(nlp, rows)
    spans = tuple(Span(doc[a].idx, doc[b].idx + len(doc[b]), doc.text[doc[a].idx : doc[b].idx + len(doc[b])]) for a, b in quoted)
    return parse_frames(doc, text=doc.text, base=0, quoted=spans).frames


def test_a_clause_subject_read_as_the_cues_object_beside_a_dubbed_label_is_given_back(nlp):
    # 'Officials said the search, dubbed "Operation Beacon," would continue ...' as the parser
    # read it after an earlier scare quote: "the search" the object of "said", and "would
    # continue" a complement of "said" with no subject.
    rows = [
        ("Officials", 1, "nsubj", "NNS"), ("said", 1, "ROOT", "VBD"), ("the", 3, "det", "DT"),
        ("search", 1, "dobj", "NN"), (",", 3, "punct", ","), ("dubbed", 3, "acl", "VBN"),
        ('"', 8, "punct", "``"), ("Operation", 8, "compound", "NNP"), ("Beacon", 5, "oprd", "NNP"),
        (",", 12, "punct", ","), ('"', 12, "punct", "''"), ("would", 12, "aux", "MD"),
        ("continue", 1, "ccomp", "VB"), ("through", 12, "prep", "IN"), ("the", 15, "det", "DT"),
        ("weekend", 13, "pobj", "NN"), (".", 1, "punct", "."),
    ]
    (frame,) = [f for f in _frames(nlp, rows, quoted=((6, 10),)) if f.cue.text == "said"]
    assert frame.content[0].text.startswith("the search")
    assert frame.content[-1].text.endswith("would continue through the weekend")


def test_a_when_clause_with_its_own_subject_does_not_attribute_the_narration(nlp):
    # "It started on Friday when Brandt wrote back.": the start is the writer's narration.
    rows = [
        ("It", 1, "nsubj", "PRP"), ("started", 1, "ROOT", "VBD"), ("on", 1, "prep", "IN"),
        ("Friday", 2, "pobj", "NNP"), ("when", 6, "advmod", "WRB"), ("Brandt", 6, "nsubj", "NNP"),
        ("wrote", 1, "advcl", "VBD"), ("back", 6, "advmod", "RB"), (".", 1, "punct", "."),
    ]
    doc = _doc(nlp, rows)
    assert _content_around(doc[6], doc[5]) == []


def test_a_that_clause_on_a_social_media_story_is_what_was_written(nlp):
    # 'Brandt wrote in an Instagram story that "some critics copy everything."', the clause
    # read as a relative clause on "story".
    rows = [
        ("Brandt", 1, "nsubj", "NNP"), ("wrote", 1, "ROOT", "VBD"), ("in", 1, "prep", "IN"),
        ("an", 5, "det", "DT"), ("Instagram", 5, "compound", "NNP"), ("story", 2, "pobj", "NN"),
        ("that", 10, "mark", "IN"), ('"', 10, "punct", "``"), ("some", 9, "det", "DT"),
        ("critics", 10, "nsubj", "NNS"), ("copy", 5, "relcl", "VBP"), ("everything", 10, "dobj", "NN"),
        (".", 1, "punct", "."), ('"', 1, "punct", "''"),
    ]
    (frame,) = [f for f in _frames(nlp, rows, quoted=((7, 13),)) if f.cue.text == "wrote"]
    assert [c.text for c in frame.content] == ['that "some critics copy everything']


def test_a_quoted_fragment_in_the_speakers_second_act_is_more_of_the_words(nlp):
    # The parser hangs "wished" on "said", not on the content's verb.
    text = (
        "Vance's representative, Nora Ellis, said in a statement on Thursday that the singer "
        "\"has no interest in online drama\" and wished Kell \"nothing but success.\"\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = _by_cue(report, "said")
    assert quote.type == "mixed"
    assert quote.content[-1].text.endswith("and wished Kell \"nothing but success.\"")
    assert not any("nothing but success" in t.span.text for t in report.terms)


def test_a_label_the_speaker_gives_in_a_relative_clause_stays_in_the_content(nlp):
    text = "A Halvorsen spokesman said the firm would \"fight hard\" against the claim, which it called \"pure fiction.\"\n"
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    assert quote.content[-1].text.endswith("which it called \"pure fiction.\"")


def test_guard_a_label_others_give_in_a_relative_clause_is_the_writers_aside(nlp):
    # Guard: "which critics called" is not the speaker's words.
    text = "The mayor said the council had approved the plan, which critics called \"a disaster.\"\n"
    (quote,) = _by_cue(analyze(text, nlp=nlp), "said")
    assert [c.text for c in quote.content] == ["the council had approved the plan"]
