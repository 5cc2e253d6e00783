"""Attribution frames on hand-built parses: each rule tested without a statistical model."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import parse_frames
from quotecheck.model import Span

from .docs import make_doc

O = "O"


def frames_of(rows, **kwargs):
    """The frames that carry content. Frames without content are kept by ``parse_frames`` for
    quotations to attach to (``"No," he objected.``) and are dropped later if none does."""
    doc = make_doc(rows, **kwargs)
    return doc.text, tuple(f for f in parse_frames(doc, text=doc.text).frames if f.content)


def test_trailing_cue_takes_the_clause_before_it():
    # The talks failed, the minister said.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("talks", "NNS", "nsubj", 2, O),
            ("failed", "VBD", "ccomp", 6, O),
            (",", ",", "punct", 6, O),
            ("the", "DT", "det", 5, O),
            ("minister", "NN", "nsubj", 6, O),
            ("said", "VBD", "ROOT", 6, O),
            (".", ".", "punct", 6, O),
        ]
    )
    (frame,) = frames
    assert frame.lemma == "say" and frame.frame == "clause"
    assert frame.speaker.span.text == "the minister"
    assert [c.text for c in frame.content] == ["The talks failed"]
    assert frame.content_before
    assert frame.extent.text == "the minister said"


def test_complement_clause_keeps_its_that():
    # Lavrov said that Moscow was ready.
    text, frames = frames_of(
        [
            ("Lavrov", "NNP", "nsubj", 1, "B-PERSON"),
            ("said", "VBD", "ROOT", 1, O),
            ("that", "IN", "mark", 4, O),
            ("Moscow", "NNP", "nsubj", 4, "B-GPE"),
            ("was", "VBD", "ccomp", 1, O),
            ("ready", "JJ", "acomp", 4, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.name == "Lavrov" and frame.speaker.label == "PERSON"
    assert [c.text for c in frame.content] == ["that Moscow was ready"]
    assert not frame.content_before


def test_tell_separates_the_hearer_from_the_content():
    # Ma told the Global Times that ties would grow.
    text, frames = frames_of(
        [
            ("Ma", "NNP", "nsubj", 1, "B-PERSON"),
            ("told", "VBD", "ROOT", 1, O),
            ("the", "DT", "det", 4, "B-ORG"),
            ("Global", "NNP", "compound", 4, "I-ORG"),
            ("Times", "NNP", "dobj", 1, "I-ORG"),
            ("that", "IN", "mark", 8, O),
            ("ties", "NNS", "nsubj", 8, O),
            ("would", "MD", "aux", 8, O),
            ("grow", "VB", "ccomp", 1, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.frame == "tell"
    assert frame.recipient.span.text == "the Global Times"
    assert [c.text for c in frame.content] == ["that ties would grow"]


def test_citing_makes_the_cited_person_the_speaker_and_the_reporter_a_carrier():
    # Moscow is ready, Interfax reported on Sunday, citing Sergei Lavrov.
    text, frames = frames_of(
        [
            ("Moscow", "NNP", "nsubj", 1, "B-GPE"),
            ("is", "VBZ", "ccomp", 5, O),
            ("ready", "JJ", "acomp", 1, O),
            (",", ",", "punct", 5, O),
            ("Interfax", "NNP", "nsubj", 5, "B-ORG"),
            ("reported", "VBD", "ROOT", 5, O),
            ("on", "IN", "prep", 5, O),
            ("Sunday", "NNP", "pobj", 6, "B-DATE"),
            (",", ",", "punct", 5, O),
            ("citing", "VBG", "advcl", 5, O),
            ("Sergei", "NNP", "compound", 11, "B-PERSON"),
            ("Lavrov", "NNP", "dobj", 9, "I-PERSON"),
            (".", ".", "punct", 5, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.name == "Sergei Lavrov"
    assert frame.cue.text == "citing"
    assert [r.mention.span.text for r in frame.relays] == ["Interfax"]
    assert [c.text for c in frame.content] == ["Moscow is ready"]
    assert [c.text for c in frame.context] == ["on Sunday"]


def test_quoted_as_saying_names_the_speaker_and_the_carrier():
    # The agency quoted Varga as saying that talks would resume.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("agency", "NN", "nsubj", 2, O),
            ("quoted", "VBD", "ROOT", 2, O),
            ("Varga", "NNP", "dobj", 2, "B-PERSON"),
            ("as", "IN", "prep", 2, O),
            ("saying", "VBG", "pcomp", 4, O),
            ("that", "IN", "mark", 9, O),
            ("talks", "NNS", "nsubj", 9, O),
            ("would", "MD", "aux", 9, O),
            ("resume", "VB", "ccomp", 5, O),
            (".", ".", "punct", 2, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "Varga"
    assert frame.cue.text == "as saying"
    assert [r.mention.span.text for r in frame.relays] == ["The agency"]
    assert [c.text for c in frame.content] == ["that talks would resume"]


def test_according_to_attributes_the_rest_of_the_clause():
    # According to sources, the deal collapsed.
    text, frames = frames_of(
        [
            ("According", "VBG", "prep", 6, O),
            ("to", "IN", "prep", 0, O),
            ("sources", "NNS", "pobj", 1, O),
            (",", ",", "punct", 6, O),
            ("the", "DT", "det", 5, O),
            ("deal", "NN", "nsubj", 6, O),
            ("collapsed", "VBD", "ROOT", 6, O),
            (".", ".", "punct", 6, O),
        ]
    )
    (frame,) = frames
    assert frame.frame == "according"
    assert frame.speaker.span.text == "sources"
    assert [c.text for c in frame.content] == ["the deal collapsed"]


def test_parenthetical_cue_takes_content_on_both_sides():
    # The museum, Obama said, would open soon.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("museum", "NN", "nsubj", 7, O),
            (",", ",", "punct", 4, O),
            ("Obama", "NNP", "nsubj", 4, "B-PERSON"),
            ("said", "VBD", "parataxis", 7, O),
            (",", ",", "punct", 4, O),
            ("would", "MD", "aux", 7, O),
            ("open", "VB", "ROOT", 7, O),
            ("soon", "RB", "advmod", 7, O),
            (".", ".", "punct", 7, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["The museum", "would open soon"]


def test_hearsay_passive_has_no_speaker():
    # The minister is said to have resigned.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("minister", "NN", "nsubjpass", 3, O),
            ("is", "VBZ", "auxpass", 3, O),
            ("said", "VBN", "ROOT", 3, O),
            ("to", "TO", "aux", 6, O),
            ("have", "VB", "aux", 6, O),
            ("resigned", "VBN", "xcomp", 3, O),
            (".", ".", "punct", 3, O),
        ]
    )
    (frame,) = frames
    assert frame.frame == "hearsay" and frame.speaker is None
    assert frame.cue.text == "is said"
    assert [c.text for c in frame.content] == ["The minister", "to have resigned"]


def test_second_conjoined_cue_keeps_the_first_speaker():
    # He says A was wrong and says he objected.
    text, frames = frames_of(
        [
            ("He", "PRP", "nsubj", 1, O),
            ("says", "VBZ", "ROOT", 1, O),
            ("A", "NNP", "nsubj", 3, O),
            ("was", "VBD", "ccomp", 1, O),
            ("wrong", "JJ", "acomp", 3, O),
            ("and", "CC", "cc", 3, O),
            ("says", "VBZ", "conj", 3, O),
            ("he", "PRP", "nsubj", 8, O),
            ("objected", "VBD", "ccomp", 6, O),
            (".", ".", "punct", 1, O),
        ]
    )
    first, second = sorted(frames, key=lambda f: f.cue.start)
    assert [c.text for c in first.content] == ["A was wrong"]
    assert second.speaker.span.text == "He"
    assert [c.text for c in second.content] == ["he objected"]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [
                ("He", "PRP", "nsubj", 1, O),
                ("continued", "VBD", "ROOT", 1, O),
                ("to", "TO", "aux", 3, O),
                ("push", "VB", "xcomp", 1, O),
                (".", ".", "punct", 1, O),
            ],
            id="continued-to-is-not-speech",
        ),
        pytest.param(
            [
                ("They", "PRP", "nsubj", 1, O),
                ("raised", "VBD", "ROOT", 1, O),
                ("money", "NN", "dobj", 1, O),
                (".", ".", "punct", 1, O),
            ],
            id="raise-is-not-a-cue",
        ),
        pytest.param(
            [
                ("The", "DT", "det", 2, O),
                ("said", "VBN", "amod", 2, O),
                ("document", "NN", "nsubjpass", 4, O),
                ("was", "VBD", "auxpass", 4, O),
                ("lost", "VBN", "ROOT", 4, O),
                (".", ".", "punct", 4, O),
            ],
            id="adjectival-said",
        ),
        pytest.param(
            [
                ("Finding", "VBG", "csubj", 3, O),
                ("a", "DT", "det", 2, O),
                ("way", "NN", "dobj", 0, O),
                ("matters", "VBZ", "ROOT", 3, O),
                (".", ".", "punct", 3, O),
            ],
            id="object-verb-without-speaker",
        ),
    ],
)
def test_not_attribution(rows):
    _, frames = frames_of(rows)
    assert frames == ()


def test_content_less_cue_is_kept_for_a_quotation_to_attach():
    doc = make_doc(
        [
            ("“", "``", "punct", 5, O),
            ("No", "UH", "intj", 5, O),
            (",", ",", "punct", 5, O),
            ("”", "''", "punct", 5, O),
            ("he", "PRP", "nsubj", 5, O),
            ("objected", "VBD", "ROOT", 5, O),
            (".", ".", "punct", 5, O),
        ]
    )
    quoted = [Span.of(doc.text, 0, doc.text.index("”") + 1)]
    (frame,) = parse_frames(doc, text=doc.text, quoted=quoted).frames
    assert frame.content == ()
    # The quoted words the parser hung on the cue are not part of the attribution clause.
    assert frame.extent.text == "he objected"


def test_statement_noun_marks_a_clause_whose_verb_is_no_cue():
    # In an interview with CNN, the senator doubled down.
    text, frames = frames_of(
        [
            ("In", "IN", "prep", 8, O),
            ("an", "DT", "det", 2, O),
            ("interview", "NN", "pobj", 0, O),
            ("with", "IN", "prep", 2, O),
            ("CNN", "NNP", "pobj", 3, "B-ORG"),
            (",", ",", "punct", 8, O),
            ("the", "DT", "det", 7, O),
            ("senator", "NN", "nsubj", 8, O),
            ("doubled", "VBD", "ROOT", 8, O),
            ("down", "RP", "prt", 8, O),
            (".", ".", "punct", 8, O),
        ]
    )
    (frame,) = frames
    assert frame.frame == "statement" and frame.cue.text == "In an interview with CNN"
    assert frame.speaker.span.text == "the senator"
    assert frame.recipient.span.text == "CNN"
    assert [c.text for c in frame.content] == ["doubled down"]


def test_touching_complements_are_one_span():
    # Kerry said the men released by Iran were home. (two ccomps, as the parser gives them)
    text, frames = frames_of(
        [
            ("Kerry", "NNP", "nsubj", 1, "B-PERSON"),
            ("said", "VBD", "ROOT", 1, O),
            ("the", "DT", "det", 3, O),
            ("men", "NNS", "nsubj", 4, O),
            ("released", "VBN", "ccomp", 1, O),
            ("by", "IN", "agent", 4, O),
            ("Iran", "NNP", "pobj", 5, "B-GPE"),
            ("were", "VBD", "ccomp", 1, O),
            ("home", "RB", "advmod", 7, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["the men released by Iran were home"]


def test_an_opening_mark_stuck_to_the_sentence_before_is_not_content():
    # Smith said, the plan failed. "Never again," ... : the segmenter leaves the opening mark
    # at the end of the first sentence.
    text, frames = frames_of(
        [
            ("Smith", "NNP", "nsubj", 1, "B-PERSON"),
            ("said", "VBD", "parataxis", 5, O),
            (",", ",", "punct", 1, O),
            ("the", "DT", "det", 4, O),
            ("plan", "NN", "nsubj", 5, O),
            ("failed", "VBD", "ROOT", 5, O),
            (".", ".", "punct", 5, O),
            ('"', "``", "punct", 5, O),
        ],
        spaces=[True, False, True, True, True, False, True, False],
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["the plan failed"]


def _garbled_trailing_cue(tail):
    """Prices rose for buyers, she said<tail> -- parsed with the cue swallowing the clause
    ("for" as its mark), as the small model does with long sentences."""
    rows = [
        ("Prices", "NNS", "nsubj", 1, O),
        ("rose", "VBD", "ROOT", 1, O),
        ("for", "IN", "mark", 6, O),
        ("buyers", "NNS", "nsubj", 6, O),
        (",", ",", "punct", 6, O),
        ("she", "PRP", "nsubj", 6, O),
        ("said", "VBD", "advcl", 1, O),
    ]
    return rows + tail


def test_a_closing_cue_the_parser_garbled_still_takes_the_sentence_before_it():
    text, frames = frames_of(_garbled_trailing_cue([("on", "IN", "prep", 6, O), ("Monday", "NNP", "pobj", 7, "B-DATE"), (".", ".", "punct", 1, O)]))
    (frame,) = frames
    assert frame.speaker.span.text == "she"
    assert [c.text for c in frame.content] == ["Prices rose for buyers"]
    assert frame.content_before


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param([(":", ":", "punct", 6, O)], id="introduces-what-follows"),
        pytest.param([("so", "RB", "advmod", 6, O), (".", ".", "punct", 1, O)], id="said-so"),
        pytest.param([("on", "IN", "prep", 6, O), ("how", "WRB", "advmod", 9, O), ("it", "PRP", "nsubj", 9, O), ("ended", "VBD", "pcomp", 7, O), (".", ".", "punct", 1, O)], id="content-after"),
    ],
)
def test_a_closing_cue_must_end_its_sentence(tail):
    text, frames = frames_of(_garbled_trailing_cue(tail))
    # "she said so." may report "so" (an echo of words before), never the sentence before it.
    assert not [f for f in frames if f.lemma == "say" and [c.text for c in f.content] != ["so"]]


def test_citing_a_reason_is_what_the_subject_said_not_a_source():
    # The company cancelled the launch, citing safety concerns.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("company", "NN", "nsubj", 2, O),
            ("cancelled", "VBD", "ROOT", 2, O),
            ("the", "DT", "det", 4, O),
            ("launch", "NN", "dobj", 2, O),
            (",", ",", "punct", 2, O),
            ("citing", "VBG", "advcl", 2, O),
            ("safety", "NN", "compound", 8, O),
            ("concerns", "NNS", "dobj", 6, O),
            (".", ".", "punct", 2, O),
        ]
    )
    (frame,) = frames
    assert frame.lemma == "cite" and frame.cue.text == "citing"
    assert frame.speaker.span.text == "The company"
    assert [c.text for c in frame.content] == ["safety concerns"]
    assert not frame.relays


def test_citing_a_source_with_the_content_hung_on_it():
    # Interfax reported, citing officials, that talks failed. (the that-clause parsed as a
    # relative clause of "officials")
    text, frames = frames_of(
        [
            ("Interfax", "NNP", "nsubj", 1, "B-ORG"),
            ("reported", "VBD", "ROOT", 1, O),
            (",", ",", "punct", 1, O),
            ("citing", "VBG", "advcl", 1, O),
            ("officials", "NNS", "dobj", 3, O),
            (",", ",", "punct", 4, O),
            ("that", "IN", "mark", 8, O),
            ("talks", "NNS", "nsubj", 8, O),
            ("failed", "VBD", "relcl", 4, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "officials"
    assert [c.text for c in frame.content] == ["that talks failed"]
    assert [relay.mention.span.text for relay in frame.relays] == ["Interfax"]


def test_citing_a_source_with_the_content_clause_hung_on_citing():
    # Reuters reported, citing two officials, that the deal was close.
    text, frames = frames_of(
        [
            ("Reuters", "NNP", "nsubj", 1, "B-ORG"),
            ("reported", "VBD", "ROOT", 1, O),
            (",", ",", "punct", 1, O),
            ("citing", "VBG", "advcl", 1, O),
            ("two", "CD", "nummod", 5, "B-CARDINAL"),
            ("officials", "NNS", "dobj", 3, O),
            (",", ",", "punct", 3, O),
            ("that", "IN", "mark", 10, O),
            ("the", "DT", "det", 9, O),
            ("deal", "NN", "nsubj", 10, O),
            ("was", "VBD", "ccomp", 3, O),
            ("close", "JJ", "acomp", 10, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "two officials"
    assert frame.cue.text == "citing"
    assert [c.text for c in frame.content] == ["that the deal was close"]
    assert [relay.mention.span.text for relay in frame.relays] == ["Reuters"]


def test_citing_a_source_hung_on_the_content_verb():
    # Interfax reported, citing Lavrov, Moscow was ready. ("citing" parsed as a dependent of
    # the content's own verb)
    text, frames = frames_of(
        [
            ("Interfax", "NNP", "nsubj", 1, "B-ORG"),
            ("reported", "VBD", "ROOT", 1, O),
            (",", ",", "punct", 1, O),
            ("citing", "VBG", "advcl", 7, O),
            ("Lavrov", "NNP", "dobj", 3, "B-PERSON"),
            (",", ",", "punct", 4, O),
            ("Moscow", "NNP", "nsubj", 7, "B-GPE"),
            ("was", "VBD", "ccomp", 1, O),
            ("ready", "JJ", "acomp", 7, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.name == "Lavrov"
    assert [c.text for c in frame.content] == ["Moscow was ready"]
    assert [relay.mention.span.text for relay in frame.relays] == ["Interfax"]


def test_citing_at_the_end_of_an_outlets_report():
    # Reuters reported that the deal was close, citing officials.
    rows = [
        ("Reuters", "NNP", "nsubj", 1, "B-ORG"),
        ("reported", "VBD", "ROOT", 1, O),
        ("that", "IN", "mark", 5, O),
        ("the", "DT", "det", 4, O),
        ("deal", "NN", "nsubj", 5, O),
        ("was", "VBD", "ccomp", 1, O),
        ("close", "JJ", "acomp", 5, O),
        (",", ",", "punct", 5, O),
        ("citing", "VBG", "advcl", 5, O),
        ("officials", "NNS", "dobj", 8, O),
        (".", ".", "punct", 1, O),
    ]
    text, frames = frames_of(rows)
    (frame,) = frames
    assert frame.speaker.span.text == "officials"
    assert [c.text for c in frame.content] == ["that the deal was close"]
    assert [relay.mention.span.text for relay in frame.relays] == ["Reuters"]
    # After "said" too, citing someone who speaks makes the subject their carrier ...
    said = [(w, *rest) for w, *rest in rows]
    said[1] = ("said", "VBD", "ROOT", 1, O)
    text, frames = frames_of(said)
    (frame,) = frames
    assert frame.speaker.span.text == "officials"
    assert [relay.mention.span.text for relay in frame.relays] == ["Reuters"]
    # ... but citing a reason leaves the words with the one who said them.
    reason = [(w, *rest) for w, *rest in said]
    reason[9] = ("delays", "NNS", "dobj", 8, O)
    text, frames = frames_of(reason)
    assert [f.speaker.span.text for f in frames if f.lemma == "say"] == ["Reuters"]
    assert all(not f.relays for f in frames if f.lemma == "say")


def test_cited_as_saying_names_the_speaker_and_the_carrier():
    # The outlet cited an official as saying the plan was dead.
    text, frames = frames_of(
        [
            ("The", "DT", "det", 1, O),
            ("outlet", "NN", "nsubj", 2, O),
            ("cited", "VBD", "ROOT", 2, O),
            ("an", "DT", "det", 4, O),
            ("official", "NN", "dobj", 2, O),
            ("as", "IN", "prep", 2, O),
            ("saying", "VBG", "pcomp", 5, O),
            ("the", "DT", "det", 8, O),
            ("plan", "NN", "nsubj", 9, O),
            ("was", "VBD", "ccomp", 6, O),
            ("dead", "JJ", "acomp", 9, O),
            (".", ".", "punct", 2, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "an official"
    assert frame.cue.text == "as saying"
    assert [c.text for c in frame.content] == ["the plan was dead"]
    assert [relay.mention.span.text for relay in frame.relays] == ["The outlet"]


def test_told_with_the_content_hung_on_the_hearer():
    # He told a meeting of leaders that talks failed. (the that-clause parsed as a relative
    # clause of "meeting")
    text, frames = frames_of(
        [
            ("He", "PRP", "nsubj", 1, O),
            ("told", "VBD", "ROOT", 1, O),
            ("a", "DT", "det", 3, O),
            ("meeting", "NN", "dobj", 1, O),
            ("of", "IN", "prep", 3, O),
            ("leaders", "NNS", "pobj", 4, O),
            ("that", "IN", "mark", 8, O),
            ("talks", "NNS", "nsubj", 8, O),
            ("failed", "VBD", "relcl", 3, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["that talks failed"]
    assert frame.recipient.span.text == "a meeting of leaders"


def test_a_true_relative_clause_on_the_hearer_is_not_content():
    # He told the man that won. ("that" is the relative clause's subject)
    text, frames = frames_of(
        [
            ("He", "PRP", "nsubj", 1, O),
            ("told", "VBD", "ROOT", 1, O),
            ("the", "DT", "det", 3, O),
            ("man", "NN", "dobj", 1, O),
            ("that", "WDT", "nsubj", 5, O),
            ("won", "VBD", "relcl", 3, O),
            (".", ".", "punct", 1, O),
        ]
    )
    assert frames == ()


def test_a_closing_told_takes_the_sentence_before_it():
    # Talks failed, his aide told CNN. (the parser made the clause an advcl of "told")
    text, frames = frames_of(
        [
            ("Talks", "NNS", "nsubj", 1, O),
            ("failed", "VBD", "advcl", 5, O),
            (",", ",", "punct", 5, O),
            ("his", "PRP$", "poss", 4, O),
            ("aide", "NN", "nsubj", 5, O),
            ("told", "VBD", "ROOT", 5, O),
            ("CNN", "NNP", "dobj", 5, "B-ORG"),
            (".", ".", "punct", 5, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["Talks failed"]
    assert frame.recipient.span.text == "CNN"
    assert frame.speaker.span.text == "his aide"


def test_a_finite_xcomp_is_a_misread_complement_and_a_relative_pronoun_is_not_the_speaker():
    # the agency, which he argued seeks to restore equity.
    text, frames = frames_of(
        [
            ("the", "DT", "det", 1, O),
            ("agency", "NN", "ROOT", 1, O),
            (",", ",", "punct", 1, O),
            ("which", "WDT", "nsubj", 5, O),
            ("he", "PRP", "nsubj", 5, O),
            ("argued", "VBD", "relcl", 1, O),
            ("seeks", "VBZ", "xcomp", 5, O),
            ("to", "TO", "aux", 8, O),
            ("restore", "VB", "xcomp", 6, O),
            ("equity", "NN", "dobj", 8, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "he"
    # The relative word stands for what he argued about and opens the content (round 18).
    assert [c.text for c in frame.content] == ["which", "seeks to restore equity"]


def test_an_infinitive_xcomp_of_a_speech_verb_is_not_content():
    # He said to push. ("say" takes no infinitive content)
    text, frames = frames_of(
        [
            ("He", "PRP", "nsubj", 1, O),
            ("said", "VBD", "ROOT", 1, O),
            ("to", "TO", "aux", 3, O),
            ("push", "VB", "xcomp", 1, O),
            (".", ".", "punct", 1, O),
        ]
    )
    assert frames == ()


def test_a_closing_cue_at_the_very_end_of_the_text_without_a_full_stop():
    # Prices rose for buyers, she said  (the last words of the text, no full stop, as in a
    # headline: "Talks resume, minister says"); no index runs past the text.
    text, frames = frames_of(_garbled_trailing_cue([]))
    (frame,) = [f for f in frames if f.lemma == "say"]
    assert [c.text for c in frame.content] == ["Prices rose for buyers"]


def test_a_dateline_parsed_as_the_subject_is_not_the_speaker():
    # OSLO — Minister Ingrid Solberg said the talks failed.
    text, frames = frames_of(
        [
            ("OSLO", "NNP", "nsubj", 5, "B-GPE"),
            ("\u2014", ":", "punct", 0, O),
            ("Minister", "NNP", "compound", 4, O),
            ("Ingrid", "NNP", "compound", 4, "B-PERSON"),
            ("Solberg", "NNP", "appos", 0, "I-PERSON"),
            ("said", "VBD", "ROOT", 5, O),
            ("the", "DT", "det", 7, O),
            ("talks", "NNS", "nsubj", 8, O),
            ("failed", "VBD", "ccomp", 5, O),
            (".", ".", "punct", 5, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.name == "Ingrid Solberg"
    assert frame.speaker.span.text == "Minister Ingrid Solberg"
    assert frame.extent.text == "Minister Ingrid Solberg said"


def test_a_poll_in_an_opening_phrase_is_the_source_of_the_clause():
    # In the latest poll, Okafor led Vang by ten points.
    rows = [
        ("In", "IN", "prep", 7, O),
        ("the", "DT", "det", 3, O),
        ("latest", "JJS", "amod", 3, O),
        ("poll", "NN", "pobj", 0, O),
        (",", ",", "punct", 7, O),
        ("Okafor", "NNP", "nsubj", 7, "B-PERSON"),
        ("quickly", "RB", "advmod", 7, O),
        ("led", "VBD", "ROOT", 7, O),
        ("Vang", "NNP", "dobj", 7, "B-PERSON"),
        ("by", "IN", "prep", 7, O),
        ("ten", "CD", "nummod", 11, O),
        ("points", "NNS", "pobj", 9, O),
        (".", ".", "punct", 7, O),
    ]
    text, frames = frames_of(rows)
    (frame,) = frames
    assert frame.frame == "finding" and frame.speaker.span.text == "the latest poll"
    assert frame.cue.text == "In the latest poll"
    assert [c.text for c in frame.content] == ["Okafor quickly led Vang by ten points"]
    # Not a poll ("In the latest round, ..."): the writer's own clause.
    not_a_poll = list(rows)
    not_a_poll[3] = ("round", "NN", "pobj", 0, O)
    assert not frames_of(not_a_poll)[1]
    # No comma after the phrase ("In the latest poll Okafor led Vang."): not an opening phrase.
    no_comma = [
        ("In", "IN", "prep", 5, O),
        ("the", "DT", "det", 3, O),
        ("latest", "JJS", "amod", 3, O),
        ("poll", "NN", "pobj", 0, O),
        ("Okafor", "NNP", "nsubj", 5, "B-PERSON"),
        ("led", "VBD", "ROOT", 5, O),
        ("Vang", "NNP", "dobj", 5, "B-PERSON"),
        (".", ".", "punct", 5, O),
    ]
    assert not frames_of(no_comma)[1]


def test_continue_only_attaches_quotations():
    # Officials continued to negotiate, he continued.  ("continued to push" narrates; the frame
    # is kept, without content, for a quotation next to it: '"...," he continued.')
    rows = [
        ("Officials", "NNS", "nsubj", 1, O),
        ("continued", "VBD", "ccomp", 6, O),
        ("to", "TO", "aux", 3, O),
        ("negotiate", "VB", "xcomp", 1, O),
        (",", ",", "punct", 6, O),
        ("he", "PRP", "nsubj", 6, O),
        ("continued", "VBD", "ROOT", 6, O),
        (".", ".", "punct", 6, O),
    ]
    doc = make_doc(rows)
    frames = parse_frames(doc, text=doc.text).frames
    assert [f.lemma for f in frames] and all(f.lemma == "continue" for f in frames)
    assert all(not f.content for f in frames)
    # The same sentence with "added" is reported speech.
    said = list(rows)
    said[6] = ("added", "VBD", "ROOT", 6, O)
    (frame,) = frames_of(said)[1]
    assert frame.lemma == "add" and [c.text for c in frame.content] == ["Officials continued to negotiate"]


@pytest.mark.parametrize(
    "rows, speaker",
    [
        (
            # Barkley, who said the deal was fair, ...
            [
                ("Barkley", "NNP", "nsubj", 9, "B-PERSON"),
                (",", ",", "punct", 0, O),
                ("who", "WP", "nsubj", 3, O),
                ("said", "VBD", "relcl", 0, O),
                ("the", "DT", "det", 5, O),
                ("deal", "NN", "nsubj", 6, O),
                ("was", "VBD", "ccomp", 3, O),
                ("fair", "JJ", "acomp", 6, O),
                (",", ",", "punct", 0, O),
                ("left", "VBD", "ROOT", 9, O),
                (".", ".", "punct", 9, O),
            ],
            "Barkley, who",
        ),
        (
            # Callers saying the bridge was closed jammed the lines.
            [
                ("Callers", "NNS", "nsubj", 6, O),
                ("saying", "VBG", "acl", 0, O),
                ("the", "DT", "det", 3, O),
                ("bridge", "NN", "nsubjpass", 5, O),
                ("was", "VBD", "auxpass", 5, O),
                ("closed", "VBN", "ccomp", 1, O),
                ("jammed", "VBD", "ROOT", 6, O),
                ("the", "DT", "det", 8, O),
                ("lines", "NNS", "dobj", 6, O),
                (".", ".", "punct", 6, O),
            ],
            "Callers",
        ),
    ],
    ids=["relative-clause", "participle"],
)
def test_the_speaker_of_a_cue_inside_a_relative_clause_leaves_the_clause_out(rows, speaker):
    text, frames = frames_of(rows)
    frame = next(f for f in frames if f.lemma == "say")
    assert frame.speaker.span.text == speaker
    assert not frame.speaker.span.overlaps(frame.cue)


def test_the_carrier_of_according_to_leaves_out_its_citing_clause():
    # According to a report by the Wire, which cited officials, talks failed.
    rows = [
        ("According", "VBG", "prep", 13, O),
        ("to", "IN", "prep", 0, O),
        ("a", "DT", "det", 3, O),
        ("report", "NN", "pobj", 1, O),
        ("by", "IN", "prep", 3, O),
        ("the", "DT", "det", 6, O),
        ("Wire", "NNP", "pobj", 4, "B-ORG"),
        (",", ",", "punct", 6, O),
        ("which", "WDT", "nsubj", 9, O),
        ("cited", "VBD", "relcl", 6, O),
        ("officials", "NNS", "dobj", 9, O),
        (",", ",", "punct", 13, O),
        ("talks", "NNS", "nsubj", 13, O),
        ("failed", "VBD", "ROOT", 13, O),
        (".", ".", "punct", 13, O),
    ]
    text, frames = frames_of(rows)
    frame = next(f for f in frames if f.frame == "according")
    assert frame.speaker.span.text == "officials"
    assert [r.mention.span.text for r in frame.relays] == ["the Wire"]
    assert [c.text for c in frame.content] == ["talks failed"]


def test_a_relative_clause_set_off_by_commas_describes_the_speaker():
    # Jonas Keller, who follows utilities, said shares fell.
    rows = [
        ("Jonas", "NNP", "compound", 1, "B-PERSON"),
        ("Keller", "NNP", "nsubj", 7, "I-PERSON"),
        (",", ",", "punct", 1, O),
        ("who", "WP", "nsubj", 4, O),
        ("follows", "VBZ", "relcl", 1, O),
        ("utilities", "NNS", "dobj", 4, O),
        (",", ",", "punct", 1, O),
        ("said", "VBD", "ROOT", 7, O),
        ("shares", "NNS", "nsubj", 9, O),
        ("fell", "VBD", "ccomp", 7, O),
        (".", ".", "punct", 7, O),
    ]
    (frame,) = frames_of(rows)[1]
    assert frame.speaker.name == "Jonas Keller"
    assert frame.speaker.descriptions == ("who follows utilities",)
    # Without commas the clause picks the person out, and is not a description of them.
    restrictive = [
        ("Jonas", "NNP", "compound", 1, "B-PERSON"),
        ("Keller", "NNP", "nsubj", 5, "I-PERSON"),
        ("who", "WP", "nsubj", 3, O),
        ("follows", "VBZ", "relcl", 1, O),
        ("utilities", "NNS", "dobj", 3, O),
        ("said", "VBD", "ROOT", 5, O),
        ("shares", "NNS", "nsubj", 7, O),
        ("fell", "VBD", "ccomp", 5, O),
        (".", ".", "punct", 5, O),
    ]
    (frame,) = frames_of(restrictive)[1]
    assert frame.speaker.name == "Jonas Keller"
    assert frame.speaker.descriptions == ()


@pytest.mark.parametrize("verb", ["stressed", "recalled", "echoed", "highlighted"])
def test_a_speech_verb_whose_object_sums_up_the_words(verb):
    # The minister stressed the need for calm.
    rows = [
        ("The", "DT", "det", 1, O),
        ("minister", "NN", "nsubj", 2, O),
        (verb, "VBD", "ROOT", 2, O),
        ("the", "DT", "det", 4, O),
        ("need", "NN", "dobj", 2, O),
        ("for", "IN", "prep", 4, O),
        ("calm", "NN", "pobj", 5, O),
        (".", ".", "punct", 2, O),
    ]
    (frame,) = frames_of(rows)[1]
    assert frame.frame == "object" and frame.speaker.span.text == "The minister"
    assert [c.text for c in frame.content] == ["the need for calm"]


def test_a_speech_verb_whose_object_is_a_thing_needs_a_clause():
    # The minister tweeted a photo.  (no content: "tweet" takes a clause or a quotation)
    rows = [
        ("The", "DT", "det", 1, O),
        ("minister", "NN", "nsubj", 2, O),
        ("tweeted", "VBD", "ROOT", 2, O),
        ("a", "DT", "det", 4, O),
        ("photo", "NN", "dobj", 2, O),
        (".", ".", "punct", 2, O),
    ]
    assert frames_of(rows)[1] == ()


_INFINITIVE_IN_OBJECT = [
    # Varga defended the plan to cut subsidies, calling the measure unavoidable.
    ("Varga", "NNP", "nsubj", 1, "B-PERSON"),
    ("defended", "VBD", "ROOT", 1, O),
    ("the", "DT", "det", 3, O),
    ("plan", "NN", "dobj", 1, O),
    ("to", "TO", "aux", 5, O),
    ("cut", "VB", "acl", 3, O),
    ("subsidies", "NNS", "dobj", 5, O),
    (",", ",", "punct", 5, O),
    ("calling", "VBG", "advcl", 5, O),
    ("the", "DT", "det", 10, O),
    ("measure", "NN", "dobj", 8, O),
    ("unavoidable", "JJ", "oprd", 8, O),
    (".", ".", "punct", 1, O),
]
_INFINITIVE_IN_SUBJECT = [
    # The plan to cut subsidies, calling the measure temporary, drew protests.
    ("The", "DT", "det", 1, O),
    ("plan", "NN", "nsubj", 12, O),
    ("to", "TO", "aux", 3, O),
    ("cut", "VB", "acl", 1, O),
    ("subsidies", "NNS", "dobj", 3, O),
    (",", ",", "punct", 3, O),
    ("calling", "VBG", "advcl", 3, O),
    ("the", "DT", "det", 8, O),
    ("measure", "NN", "dobj", 6, O),
    ("temporary", "JJ", "oprd", 6, O),
    (",", ",", "punct", 3, O),
    ("drew", "VBD", "ROOT", 12, O),
    ("protests", "NNS", "dobj", 12, O),
    (".", ".", "punct", 12, O),
]


@pytest.mark.parametrize(
    "rows, speaker",
    [
        pytest.param(_INFINITIVE_IN_OBJECT, "Varga", id="infinitive-in-the-object"),
        pytest.param(_INFINITIVE_IN_SUBJECT, None, id="infinitive-in-the-subject-has-no-doer"),
    ],
)
def test_a_participle_hung_on_a_subjectless_infinitive_is_the_clauses(rows, speaker):
    # The parser hangs ", calling ..." on the nearest verb, here the infinitive "to cut".
    calls = [f for f in frames_of(rows)[1] if f.lemma == "call"]
    assert [f.speaker.span.text for f in calls] == ([speaker] if speaker else [])
    if speaker:
        assert [c.text for c in calls[0].content] == ["the measure unavoidable"]


def test_a_that_clause_hung_on_the_statement_noun_is_the_content():
    # The ministry said in a statement that talks would resume.
    rows = [
        ("The", "DT", "det", 1, O),
        ("ministry", "NN", "nsubj", 2, O),
        ("said", "VBD", "ROOT", 2, O),
        ("in", "IN", "prep", 2, O),
        ("a", "DT", "det", 5, O),
        ("statement", "NN", "pobj", 3, O),
        ("that", "IN", "mark", 9, O),
        ("talks", "NNS", "nsubj", 9, O),
        ("would", "MD", "aux", 9, O),
        ("resume", "VB", "acl", 5, O),
        (".", ".", "punct", 2, O),
    ]
    (frame,) = frames_of(rows)[1]
    assert [c.text for c in frame.content] == ["that talks would resume"]
    assert [c.text for c in frame.context] == ["in a statement"]
    assert frame.extent.text == "The ministry said in a statement"


def test_a_relative_clause_on_the_statement_noun_is_not_content():
    # The ministry said so in a statement that it posted online.
    rows = [
        ("The", "DT", "det", 1, O),
        ("ministry", "NN", "nsubj", 2, O),
        ("said", "VBD", "ROOT", 2, O),
        ("so", "RB", "advmod", 2, O),
        ("in", "IN", "prep", 2, O),
        ("a", "DT", "det", 6, O),
        ("statement", "NN", "pobj", 4, O),
        ("that", "WDT", "dobj", 9, O),
        ("it", "PRP", "nsubj", 9, O),
        ("posted", "VBD", "relcl", 6, O),
        ("online", "RB", "advmod", 9, O),
        (".", ".", "punct", 2, O),
    ]
    # "so" stands for words reported before (an echo); the statement's clause is no content.
    assert [[c.text for c in f.content] for f in frames_of(rows)[1]] == [["so"]]


def _quoted_comma_rows(tail):
    # Vogel said the firm “has nothing to hide,” <tail>.
    rows = [
        ("Vogel", "NNP", "nsubj", 1, "B-PERSON"),
        ("said", "VBD", "ROOT", 1, O),
        ("the", "DT", "det", 3, O),
        ("firm", "NN", "nsubj", 5, O),
        ("“", "``", "punct", 5, O),
        ("has", "VBZ", "ccomp", 1, O),
        ("nothing", "NN", "dobj", 5, O),
        ("to", "TO", "aux", 8, O),
        ("hide", "VB", "relcl", 6, O),
        (",", ",", "punct", 5, O),
        ("”", "''", "punct", 5, O),
    ]
    return rows + [(w, tag, dep, head + 11 if head >= 0 else 5, O) for w, tag, dep, head in tail] + [(".", ".", "punct", 1, O)]


@pytest.mark.parametrize(
    "tail, content",
    [
        pytest.param(
            [("in", "IN", "prep", -1), ("a", "DT", "det", 3), ("brief", "JJ", "amod", 3), ("interview", "NN", "pobj", 0)],
            "the firm “has nothing to hide,”",
            id="prepositional-phrase-after-the-mark-is-the-writers",
        ),
        pytest.param(
            [("which", "WDT", "nsubj", 1), ("surprised", "VBD", "relcl", -1), ("nobody", "NN", "dobj", 1)],
            "the firm “has nothing to hide,”",
            id="relative-clause-after-the-mark-is-the-writers",
        ),
        pytest.param(
            [("and", "CC", "cc", -1), ("it", "PRP", "nsubj", 3), ("would", "MD", "aux", 3), ("cooperate", "VB", "conj", -1)],
            "the firm “has nothing to hide,” and it would cooperate",
            id="conjoined-clause-is-still-content",
        ),
    ],
)
def test_a_comma_inside_the_closing_mark_ends_the_content_before_an_aside(tail, content):
    text, frames = frames_of(_quoted_comma_rows(tail))
    say = next(f for f in frames if f.lemma == "say")
    assert [c.text for c in say.content] == [content]
# The that-clause of a cue hung on a noun after it: the parser often makes it a relative
# clause of the statement noun ("in a letter that ...") instead of the cue's complement.
_ON_NOUN = {
    # The bank said in a statement that rates were high.
    "statement": (
        [
            ("The", "DT", "det", 1, O),
            ("bank", "NN", "nsubj", 2, O),
            ("said", "VBD", "ROOT", 2, O),
            ("in", "IN", "prep", 2, O),
            ("a", "DT", "det", 5, O),
            ("statement", "NN", "pobj", 3, O),
            ("that", "IN", "mark", 8, O),
            ("rates", "NNS", "nsubj", 8, O),
            ("were", "VBD", "acl", 5, O),
            ("high", "JJ", "acomp", 8, O),
            (".", ".", "punct", 2, O),
        ],
        "The bank",
        "that rates were high",
        ["in a statement"],
        None,
    ),
    # The mayor said in a letter that she would quit. ("that" read as the object of "quit")
    "that-read-as-object": (
        [
            ("The", "DT", "det", 1, O),
            ("mayor", "NN", "nsubj", 2, O),
            ("said", "VBD", "ROOT", 2, O),
            ("in", "IN", "prep", 2, O),
            ("a", "DT", "det", 5, O),
            ("letter", "NN", "pobj", 3, O),
            ("that", "WDT", "dobj", 9, O),
            ("she", "PRP", "nsubj", 9, O),
            ("would", "MD", "aux", 9, O),
            ("quit", "VB", "relcl", 5, O),
            (".", ".", "punct", 2, O),
        ],
        "The mayor",
        "that she would quit",
        ["in a letter"],
        None,
    ),
    # The governor conceded in a speech to traders that growth was slow.
    "prep-between": (
        [
            ("The", "DT", "det", 1, O),
            ("governor", "NN", "nsubj", 2, O),
            ("conceded", "VBD", "ROOT", 2, O),
            ("in", "IN", "prep", 2, O),
            ("a", "DT", "det", 5, O),
            ("speech", "NN", "pobj", 3, O),
            ("to", "IN", "prep", 5, O),
            ("traders", "NNS", "pobj", 6, O),
            ("that", "IN", "mark", 10, O),
            ("growth", "NN", "nsubj", 10, O),
            ("was", "VBD", "relcl", 5, O),
            ("slow", "JJ", "acomp", 10, O),
            (".", ".", "punct", 2, O),
        ],
        "The governor",
        "that growth was slow",
        ["in a speech to traders"],
        None,
    ),
    # Kovac told the Gazette in an interview that the road would open.
    "tell-with-occasion": (
        [
            ("Kovac", "NNP", "nsubj", 1, "B-PERSON"),
            ("told", "VBD", "ROOT", 1, O),
            ("the", "DT", "det", 3, "B-ORG"),
            ("Gazette", "NNP", "dobj", 1, "I-ORG"),
            ("in", "IN", "prep", 1, O),
            ("an", "DT", "det", 6, O),
            ("interview", "NN", "pobj", 4, O),
            ("that", "IN", "mark", 11, O),
            ("the", "DT", "det", 9, O),
            ("road", "NN", "nsubj", 11, O),
            ("would", "MD", "aux", 11, O),
            ("open", "VB", "acl", 6, O),
            (".", ".", "punct", 1, O),
        ],
        "Kovac",
        "that the road would open",
        ["in an interview"],
        "the Gazette",
    ),
}


@pytest.mark.parametrize("case", list(_ON_NOUN), ids=list(_ON_NOUN))
def test_a_that_clause_hung_on_a_statement_noun_is_the_content(case):
    rows, speaker, content, context, recipient = _ON_NOUN[case]
    _, frames = frames_of(rows)
    (frame,) = frames
    assert frame.speaker.span.text == speaker
    assert [c.text for c in frame.content] == [content]
    assert [c.text for c in frame.context] == context
    assert (frame.recipient and frame.recipient.span.text) == recipient


def test_a_participle_with_by_on_the_statement_names_a_carrier():
    # Keral said in remarks carried by state radio that prices would fall.
    _, frames = frames_of(
        [
            ("Keral", "NNP", "nsubj", 1, "B-PERSON"),
            ("said", "VBD", "ROOT", 1, O),
            ("in", "IN", "prep", 1, O),
            ("remarks", "NNS", "pobj", 2, O),
            ("carried", "VBN", "acl", 3, O),
            ("by", "IN", "agent", 4, O),
            ("state", "NN", "compound", 7, O),
            ("radio", "NN", "pobj", 5, O),
            ("that", "IN", "mark", 11, O),
            ("prices", "NNS", "nsubj", 11, O),
            ("would", "MD", "aux", 11, O),
            ("fall", "VB", "acl", 3, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.name == "Keral"
    assert [c.text for c in frame.content] == ["that prices would fall"]
    assert [(r.mention.span.text, r.cue.text) for r in frame.relays] == [("state radio", "carried")]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            # The mayor said in a letter that she wrote. (a true relative clause)
            [
                ("The", "DT", "det", 1, O),
                ("mayor", "NN", "nsubj", 2, O),
                ("said", "VBD", "ROOT", 2, O),
                ("in", "IN", "prep", 2, O),
                ("a", "DT", "det", 5, O),
                ("letter", "NN", "pobj", 3, O),
                ("that", "WDT", "dobj", 8, O),
                ("she", "PRP", "nsubj", 8, O),
                ("wrote", "VBD", "relcl", 5, O),
                (".", ".", "punct", 2, O),
            ],
            id="relative-clause-of-writing",
        ),
        pytest.param(
            # The mayor said in a statement that was posted online.
            [
                ("The", "DT", "det", 1, O),
                ("mayor", "NN", "nsubj", 2, O),
                ("said", "VBD", "ROOT", 2, O),
                ("in", "IN", "prep", 2, O),
                ("a", "DT", "det", 5, O),
                ("statement", "NN", "pobj", 3, O),
                ("that", "WDT", "nsubjpass", 8, O),
                ("was", "VBD", "auxpass", 8, O),
                ("posted", "VBN", "relcl", 5, O),
                ("online", "RB", "advmod", 8, O),
                (".", ".", "punct", 2, O),
            ],
            id="relative-clause-subject",
        ),
        pytest.param(
            # The mayor remarked on a report that she would quit. (what the report said)
            [
                ("The", "DT", "det", 1, O),
                ("mayor", "NN", "nsubj", 2, O),
                ("remarked", "VBD", "ROOT", 2, O),
                ("on", "IN", "prep", 2, O),
                ("a", "DT", "det", 5, O),
                ("report", "NN", "pobj", 3, O),
                ("that", "IN", "mark", 9, O),
                ("she", "PRP", "nsubj", 9, O),
                ("would", "MD", "aux", 9, O),
                ("quit", "VB", "acl", 5, O),
                (".", ".", "punct", 2, O),
            ],
            id="topic-not-occasion",
        ),
        pytest.param(
            # The firm said in response to claims that it lied nothing. (the clause is on
            # "claims", not on a statement)
            [
                ("The", "DT", "det", 1, O),
                ("firm", "NN", "nsubj", 2, O),
                ("said", "VBD", "ROOT", 2, O),
                ("in", "IN", "prep", 2, O),
                ("response", "NN", "pobj", 3, O),
                ("to", "IN", "prep", 4, O),
                ("claims", "NNS", "pobj", 5, O),
                ("that", "IN", "mark", 9, O),
                ("it", "PRP", "nsubj", 9, O),
                ("lied", "VBD", "acl", 6, O),
                (".", ".", "punct", 2, O),
            ],
            id="clause-on-another-noun",
        ),
    ],
)
def test_a_clause_on_a_noun_that_is_not_a_complement_of_the_statement(rows):
    _, frames = frames_of(rows)
    assert frames == ()


def test_according_to_a_carrier_that_cited_someone():
    # According to the Gazette, which cited two officials, the fee is low.
    _, frames = frames_of(
        [
            ("According", "VBG", "prep", 12, O),
            ("to", "IN", "prep", 0, O),
            ("the", "DT", "det", 3, "B-ORG"),
            ("Gazette", "NNP", "pobj", 1, "I-ORG"),
            (",", ",", "punct", 3, O),
            ("which", "WDT", "nsubj", 6, O),
            ("cited", "VBD", "relcl", 3, O),
            ("two", "CD", "nummod", 8, O),
            ("officials", "NNS", "dobj", 6, O),
            (",", ",", "punct", 12, O),
            ("the", "DT", "det", 11, O),
            ("fee", "NN", "nsubj", 12, O),
            ("is", "VBZ", "ROOT", 12, O),
            ("low", "JJ", "acomp", 12, O),
            (".", ".", "punct", 12, O),
        ]
    )
    (frame,) = [f for f in frames if f.frame == "according"]
    assert frame.speaker.span.text == "two officials"
    assert [r.mention.span.text for r in frame.relays] == ["the Gazette"]
    assert [c.text for c in frame.content] == ["the fee is low"]


def test_a_participle_aside_on_the_speaker_names_a_carrier():
    # Kovac, quoted by Interfax, said the road would open.
    _, frames = frames_of(
        [
            ("Kovac", "NNP", "nsubj", 6, "B-PERSON"),
            (",", ",", "punct", 0, O),
            ("quoted", "VBN", "acl", 0, O),
            ("by", "IN", "agent", 2, O),
            ("Interfax", "NNP", "pobj", 3, "B-ORG"),
            (",", ",", "punct", 0, O),
            ("said", "VBD", "ROOT", 6, O),
            ("the", "DT", "det", 8, O),
            ("road", "NN", "nsubj", 10, O),
            ("would", "MD", "aux", 10, O),
            ("open", "VB", "ccomp", 6, O),
            (".", ".", "punct", 6, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "Kovac"
    assert [(r.mention.span.text, r.cue.text) for r in frame.relays] == [("Interfax", "quoted")]
    assert [c.text for c in frame.content] == ["the road would open"]


def _closing_outlet(tail):
    """The minister said the deficit would narrow, Reuters reported, <tail>. The parser hangs
    "reported" on "said" as a second complement."""
    rows = [
        ("The", "DT", "det", 1, O),
        ("minister", "NN", "nsubj", 2, O),
        ("said", "VBD", "ROOT", 2, O),
        ("the", "DT", "det", 4, O),
        ("deficit", "NN", "nsubj", 6, O),
        ("would", "MD", "aux", 6, O),
        ("narrow", "VB", "ccomp", 2, O),
        (",", ",", "punct", 9, O),
        ("Reuters", "NNP", "nsubj", 9, "B-ORG"),
        ("reported", "VBD", "ccomp", 2, O),
        (",", ",", "punct", 9, O),
    ]
    if tail == "citing":
        rows += [
            ("citing", "VBG", "advcl", 9, O),
            ("Radio", "NNP", "compound", 13, "B-ORG"),
            ("Sever", "NNP", "dobj", 11, "I-ORG"),
        ]
    else:
        rows += [
            ("according", "VBG", "prep", 9, O),
            ("to", "IN", "prep", 11, O),
            ("Radio", "NNP", "compound", 14, "B-ORG"),
            ("Sever", "NNP", "pobj", 12, "I-ORG"),
        ]
    return make_doc([*rows, (".", ".", "punct", 2, O)])


@pytest.mark.parametrize(
    "tail, hops",
    [("citing", ["Radio Sever", "Reuters"]), ("according", ["Reuters", "Radio Sever"])],
    ids=["citing", "according-to"],
)
def test_a_closing_outlet_cue_hung_on_the_speech_cue_carries_it(tail, hops):
    from quotecheck import marks
    from quotecheck.extract.assemble import assemble

    doc = _closing_outlet(tail)
    frames = parse_frames(doc, text=doc.text).frames
    said = next(f for f in frames if f.lemma == "say")
    assert [c.text for c in said.content] == ["the deficit would narrow"]
    scan = marks.scan(doc.text)
    (draft,) = assemble(doc.text, quotations=scan.quotations, paragraphs=scan.paragraphs, frames=frames).drafts
    assert draft.speaker.span.text == "The minister"
    assert [c.text for c in draft.content] == ["the deficit would narrow"]
    assert [r.mention.span.text for r in draft.relays] == hops


def test_a_second_complement_with_an_object_is_more_content_not_a_closing_cue():
    # I said you missed the point, you mentioned nothing. (a speech verb with its own object)
    _, frames = frames_of(
        [
            ("I", "PRP", "nsubj", 1, O),
            ("said", "VBD", "ROOT", 1, O),
            ("you", "PRP", "nsubj", 3, O),
            ("missed", "VBD", "ccomp", 1, O),
            ("the", "DT", "det", 5, O),
            ("point", "NN", "dobj", 3, O),
            (",", ",", "punct", 8, O),
            ("you", "PRP", "nsubj", 8, O),
            ("mentioned", "VBD", "ccomp", 1, O),
            ("nothing", "NN", "dobj", 8, O),
            (".", ".", "punct", 1, O),
        ]
    )
    said = next(f for f in frames if f.lemma == "say")
    assert [c.text for c in said.content] == ["you missed the point, you mentioned nothing"]


def _quoted_as_saying_misread(first):
    """<first> quoted council member Marrow as saying that talks failed. With a compound before
    the name the parser made "quoted" a modifier of "member" and the name the root."""
    subject = [] if first is None else [(first, "NN", "nsubj", 1, O)]
    k = len(subject)
    rows = [
        *subject,
        ("quoted", "VBD", "amod", 2 + k, O),
        ("council", "NN", "compound", 2 + k, O),
        ("member", "NN", "compound", 3 + k, O),
        ("Marrow", "NNP", "ROOT", 3 + k, "B-PERSON"),
        ("as", "IN", "prep", 3 + k, O),
        ("saying", "VBG", "pcomp", 4 + k, O),
        ("that", "IN", "mark", 8 + k, O),
        ("talks", "NNS", "nsubj", 8 + k, O),
        ("failed", "VBD", "ccomp", 5 + k, O),
        (".", ".", "punct", 3 + k, O),
    ]
    return rows


def test_quoted_as_saying_with_quoted_misread_as_a_modifier():
    _, frames = frames_of(_quoted_as_saying_misread("Gazette"))
    (frame,) = frames
    assert frame.cue.text == "as saying" and frame.lemma == "quote"
    assert frame.speaker.span.text == "council member Marrow"
    assert frame.speaker.name == "Marrow"
    assert [(r.mention.span.text, r.cue.text) for r in frame.relays] == [("Gazette", "quoted")]
    assert [c.text for c in frame.content] == ["that talks failed"]


def test_a_modifier_quoted_without_a_subject_names_no_carrier():
    # quoted council member Marrow as saying that talks failed. (a headline fragment)
    _, frames = frames_of(_quoted_as_saying_misread(None))
    (frame,) = frames
    assert frame.speaker is None and frame.relays == ()


def test_a_dateline_whose_dash_hangs_on_a_later_word_is_not_the_speaker():
    # BERGEN, Norway — Minister Ingrid Solberg on Monday defended the plan.
    _, frames = frames_of(
        [
            ("BERGEN", "NNP", "nsubj", 10, "B-GPE"),
            (",", ",", "punct", 0, O),
            ("Norway", "NNP", "conj", 0, "B-GPE"),
            ("\u2014", ":", "punct", 2, O),
            ("Minister", "NNP", "compound", 6, O),
            ("Ingrid", "NNP", "compound", 6, "B-PERSON"),
            ("Solberg", "NNP", "appos", 0, "I-PERSON"),
            ("on", "IN", "prep", 10, O),
            ("Monday", "NNP", "pobj", 7, "B-DATE"),
            ("firmly", "RB", "advmod", 10, O),
            ("defended", "VBD", "ROOT", 10, O),
            ("the", "DT", "det", 12, O),
            ("plan", "NN", "dobj", 10, O),
            (".", ".", "punct", 10, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "Minister Ingrid Solberg"
    assert frame.speaker.name == "Ingrid Solberg"


def test_a_hyphen_in_a_place_name_is_no_dateline_dash():
    # Officials in North-Rhine, the state next door, said the talks failed.
    words = ["Officials", "in", "North", "-", "Rhine", ",", "the", "state", "next", "door", ",", "said", "the", "talks", "failed", "."]
    rows = [
        ("Officials", "NNS", "nsubj", 11, O),
        ("in", "IN", "prep", 0, O),
        ("North", "NNP", "compound", 4, "B-GPE"),
        ("-", "HYPH", "punct", 4, "I-GPE"),
        ("Rhine", "NNP", "pobj", 1, "I-GPE"),
        (",", ",", "punct", 0, O),
        ("the", "DT", "det", 7, O),
        ("state", "NN", "appos", 0, O),
        ("next", "JJ", "amod", 7, O),
        ("door", "NN", "npadvmod", 8, O),
        (",", ",", "punct", 0, O),
        ("said", "VBD", "ROOT", 11, O),
        ("the", "DT", "det", 13, O),
        ("talks", "NNS", "nsubj", 14, O),
        ("failed", "VBD", "ccomp", 11, O),
        (".", ".", "punct", 11, O),
    ]
    spaces = [w not in ("North", "-", "Rhine", "door", "failed") for w in words]
    spaces[4] = False  # "Rhine,"
    _, frames = frames_of(rows, spaces=spaces)
    (frame,) = frames
    assert frame.speaker.head_word == "officials"
    assert frame.speaker.span.text.startswith("Officials in North-Rhine")


# Names the entity recognizer cut short: (words, tags, deps, heads, entities, spaces) of the
# speaker before "said the plan failed."; the name and descriptions expected.
_NAMES = {
    # Police Chief Amanda Reyes: only "Reyes" recognised, as an organisation.
    "given-name-after-title": (
        [("Police", "NNP", "compound", 1, O), ("Chief", "NNP", "compound", 3, O), ("Amanda", "NNP", "compound", 3, O), ("Reyes", "NNP", "nsubj", 4, "B-ORG")],
        None,
        "Amanda Reyes",
        ("Police Chief",),
    ),
    # Rival Clinton: a capitalised word before a lone surname is no given name by itself.
    "description-before-surname": (
        [("Rival", "NNP", "compound", 1, O), ("Clinton", "NNP", "nsubj", 2, "B-PERSON")],
        None,
        "Clinton",
        (),
    ),
    # Jonas "The Hammer" Brenner: the nickname read as a title of a work.
    "quoted-nickname": (
        [
            ("Jonas", "NNP", "nmod", 5, "B-PERSON"),
            ('"', "``", "punct", 5, O),
            ("The", "DT", "det", 3, "B-WORK_OF_ART"),
            ("Hammer", "NNP", "nmod", 5, "I-WORK_OF_ART"),
            ('"', "''", "punct", 5, "I-WORK_OF_ART"),
            ("Brenner", "NNP", "nsubj", 6, "I-WORK_OF_ART"),
        ],
        [True, False, True, False, True, True],
        "Jonas Brenner",
        (),
    ),
    # Mayor Ruben Okafor-Lind: only "Lind" recognised.
    "hyphenated-surname": (
        [
            ("Mayor", "NNP", "compound", 4, O),
            ("Ruben", "NNP", "compound", 4, O),
            ("Okafor", "NNP", "compound", 4, O),
            ("-", "HYPH", "punct", 4, O),
            ("Lind", "NNP", "nsubj", 5, "B-PERSON"),
        ],
        [True, True, False, False, True],
        "Ruben Okafor-Lind",
        ("Mayor",),
    ),
    # The Consumers' Federation: a possessive apostrophe is no quotation mark.
    "possessive-apostrophe": (
        [
            ("The", "DT", "det", 3, O),
            ("Consumers", "NNPS", "poss", 3, "B-ORG"),
            ("'", "POS", "case", 1, "I-ORG"),
            ("Federation", "NNP", "nsubj", 4, "I-ORG"),
        ],
        [True, False, True, True],
        "Consumers' Federation",
        (),
    ),
}


@pytest.mark.parametrize("case", list(_NAMES), ids=list(_NAMES))
def test_a_name_the_recognizer_cut_short(case):
    speaker, spaces, name, descriptions = _NAMES[case]
    n = len(speaker)
    rows = [
        *speaker,
        ("said", "VBD", "ROOT", n, O),
        ("the", "DT", "det", n + 2, O),
        ("plan", "NN", "nsubj", n + 3, O),
        ("failed", "VBD", "ccomp", n, O),
        (".", ".", "punct", n, O),
    ]
    _, frames = frames_of(rows, spaces=None if spaces is None else [*spaces, True, True, True, False, False])
    (frame,) = frames
    assert frame.speaker.name == name
    assert frame.speaker.descriptions == descriptions


@pytest.mark.parametrize(
    "subject, quote",
    [
        pytest.param([("Reuters", "NNP", "nsubj", 1, "B-ORG")], True, id="outlet-by-name"),
        pytest.param([("State", "NN", "compound", 1, O), ("television", "NN", "nsubj", 2, O)], True, id="outlet-by-noun"),
        pytest.param([("Vogel", "NNP", "nsubj", 1, "B-PERSON")], True, id="person"),
        pytest.param([("Kestrel", "NNP", "compound", 1, "B-ORG"), ("Energy", "NNP", "nsubj", 2, "I-ORG")], False, id="company"),
        pytest.param([("Police", "NNS", "nsubj", 1, O)], False, id="authority"),
    ],
)
def test_a_noun_object_of_reported_is_content_only_from_a_news_reporter(subject, quote):
    # <subject> reported a loss of two million euros.
    n = len(subject)
    rows = [
        *subject,
        ("reported", "VBD", "ROOT", n, O),
        ("a", "DT", "det", n + 2, O),
        ("loss", "NN", "dobj", n, O),
        ("of", "IN", "prep", n + 2, O),
        ("two", "CD", "compound", n + 5, O),
        ("million", "CD", "nummod", n + 6, O),
        ("euros", "NNS", "pobj", n + 3, O),
        (".", ".", "punct", n, O),
    ]
    _, frames = frames_of(rows)
    assert [c.text for f in frames for c in f.content] == (["a loss of two million euros"] if quote else [])


def test_a_company_reporting_a_clause_is_still_a_quote():
    # Kestrel reported that profit fell.
    _, frames = frames_of(
        [
            ("Kestrel", "NNP", "nsubj", 1, "B-ORG"),
            ("reported", "VBD", "ROOT", 1, O),
            ("that", "IN", "mark", 4, O),
            ("profit", "NN", "nsubj", 4, O),
            ("fell", "VBD", "ccomp", 1, O),
            (".", ".", "punct", 1, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["that profit fell"]


def _closing_outlet_wrapping(outlet, tail=()):
    """The minister said the police had acted, <outlet> reported<tail>. The parser hangs
    "reported" on "said" and the minister's content on "reported", as if the minister had said
    what the outlet reported."""
    k = len(outlet)
    rows = [
        ("The", "DT", "det", 1, O),
        ("minister", "NN", "nsubj", 2, O),
        ("said", "VBD", "ROOT", 2, O),
        ("the", "DT", "det", 4, O),
        ("police", "NN", "nsubj", 6, O),
        ("had", "VBD", "aux", 6, O),
        ("acted", "VBN", "ccomp", 8 + k, O),
        (",", ",", "punct", 8 + k, O),
        *((word, tag, dep, head + 8, ent) for word, tag, dep, head, ent in outlet),
        ("reported", "VBD", "ccomp", 2, O),
        *((word, tag, dep, head + 8 + k, ent) for word, tag, dep, head, ent in tail),  # heads from "reported"
        (".", ".", "punct", 2, O),
    ]
    return make_doc(rows)


_STATE_TELEVISION = [("state", "NN", "compound", 1, O), ("television", "NN", "nsubj", 2, O)]
_THE_BROADCASTER = [("the", "DT", "det", 2, O), ("state", "NN", "compound", 2, O), ("broadcaster", "NN", "nsubj", 3, O)]
_ACRONYM = [("TNA", "NNP", "nsubj", 1, O)]


@pytest.mark.parametrize(
    "outlet, carrier",
    [(_STATE_TELEVISION, "state television"), (_THE_BROADCASTER, "the state broadcaster"), (_ACRONYM, "TNA")],
    ids=["common-noun", "determiner", "acronym"],
)
def test_a_closing_outlet_cue_the_parser_wrapped_round_the_content_carries_it(outlet, carrier):
    from quotecheck import marks
    from quotecheck.extract.assemble import assemble

    doc = _closing_outlet_wrapping(outlet)
    frames = parse_frames(doc, text=doc.text).frames
    said = next(f for f in frames if f.lemma == "say")
    reported = next(f for f in frames if f.lemma == "report")
    assert [c.text for c in said.content] == ["the police had acted"]
    assert [c.text for c in reported.content] == ["The minister said the police had acted"]
    scan = marks.scan(doc.text)
    (draft,) = assemble(doc.text, quotations=scan.quotations, paragraphs=scan.paragraphs, frames=frames).drafts
    assert draft.speaker.span.text == "The minister"
    assert [c.text for c in draft.content] == ["the police had acted"]
    assert [r.mention.span.text for r in draft.relays] == [carrier]


def test_a_cue_the_story_goes_on_after_is_no_closing_cue():
    # The minister said the police had acted, the guards reported and the army left.
    guards = [("the", "DT", "det", 1, O), ("guards", "NNS", "nsubj", 2, O)]
    tail = [("and", "CC", "cc", 0, O), ("the", "DT", "det", 3, O), ("army", "NN", "nsubj", 4, O), ("left", "VBD", "conj", 0, O)]
    doc = _closing_outlet_wrapping(guards, tail)
    said = next(f for f in parse_frames(doc, text=doc.text).frames if f.lemma == "say")
    assert [c.text for c in said.content] == ["the police had acted, the guards reported and the army left"]


def _quoted_as_saying_by(carrier_rows):
    """The mayor was quoted as saying by <carrier> that the bridge would reopen. The parser
    hangs the "by" phrase on "saying", not on "quoted" as an agent."""
    k = len(carrier_rows)
    return [
        ("The", "DT", "det", 1, O),
        ("mayor", "NN", "nsubjpass", 3, O),
        ("was", "VBD", "auxpass", 3, O),
        ("quoted", "VBN", "ROOT", 3, O),
        ("as", "IN", "prep", 3, O),
        ("saying", "VBG", "pcomp", 4, O),
        ("by", "IN", "prep", 5, O),
        *carrier_rows,
        ("that", "IN", "mark", 11 + k, O),
        ("the", "DT", "det", 9 + k, O),
        ("bridge", "NN", "nsubj", 11 + k, O),
        ("would", "MD", "aux", 11 + k, O),
        ("reopen", "VB", "ccomp", 5, O),
        (".", ".", "punct", 3, O),
    ]


@pytest.mark.parametrize(
    "carrier_rows, carrier",
    [
        ([("local", "JJ", "amod", 8, O), ("media", "NNS", "pobj", 6, O)], "local media"),
        ([("the", "DT", "det", 8, "B-ORG"), ("Herald", "NNP", "pobj", 6, "I-ORG")], "the Herald"),
    ],
    ids=["common-noun", "name"],
)
def test_quoted_as_saying_by_a_carrier_after_saying(carrier_rows, carrier):
    _, frames = frames_of(_quoted_as_saying_by(carrier_rows))
    (frame,) = frames
    assert frame.speaker.span.text == "The mayor"
    assert frame.cue.text == "as saying"
    assert [c.text for c in frame.content] == ["that the bridge would reopen"]
    assert [(r.mention.span.text, r.cue.text) for r in frame.relays] == [(carrier, "quoted")]


def test_quoted_as_saying_by_phone_names_no_carrier():
    # The mayor was quoted as saying by phone that the bridge would reopen.
    _, frames = frames_of(_quoted_as_saying_by([("phone", "NN", "pobj", 6, O)]))
    (frame,) = frames
    assert frame.speaker.span.text == "The mayor" and frame.relays == ()


def _stamped(label_rows):
    """<label> The council voted to delay the budget, a spokesperson said. The label's words
    hang on "voted" (index ``k + 2``), as the parser hangs a line's opening label."""
    k = len(label_rows)
    return [
        *label_rows,
        ("The", "DT", "det", k + 1, O),
        ("council", "NN", "nsubj", k + 2, O),
        ("voted", "VBD", "ccomp", k + 10, O),
        ("to", "TO", "aux", k + 4, O),
        ("delay", "VB", "xcomp", k + 2, O),
        ("the", "DT", "det", k + 6, O),
        ("budget", "NN", "dobj", k + 4, O),
        (",", ",", "punct", k + 10, O),
        ("a", "DT", "det", k + 9, O),
        ("spokesperson", "NN", "nsubj", k + 10, O),
        ("said", "VBD", "ROOT", k + 10, O),
        (".", ".", "punct", k + 10, O),
    ]


_STAMPS = {
    "update-with-time": [("Update", "NNP", "dep", 7, O), (",", ",", "punct", 0, O), ("12:34", "CD", "nummod", 3, "B-TIME"), ("p.m.", "NN", "npadvmod", 0, "I-TIME"), (":", ":", "punct", 7, O)],
    "capitals-with-zone": [("UPDATE", "NN", "dep", 6, O), ("4:10", "CD", "nummod", 2, "B-TIME"), ("p.m.", "NN", "npadvmod", 0, "I-TIME"), ("ET", "NNP", "appos", 0, O), (":", ":", "punct", 6, O)],
    "updated-at": [("Updated", "VBN", "dep", 6, O), ("at", "IN", "prep", 0, O), ("9:15", "CD", "nummod", 3, "B-TIME"), ("a.m.", "NN", "pobj", 1, "I-TIME"), (":", ":", "punct", 6, O)],
    "bare-update": [("Update", "NN", "dep", 4, O), (":", ":", "punct", 4, O)],
    "editors-note": [("Editor", "NN", "poss", 2, O), ("'s", "POS", "case", 0, O), ("note", "NN", "dep", 6, O), (":", ":", "punct", 6, O)],
    "correction": [("CORRECTION", "NN", "dep", 4, O), (":", ":", "punct", 4, O)],
}


@pytest.mark.parametrize("label", list(_STAMPS.values()), ids=list(_STAMPS))
def test_an_update_or_correction_stamp_is_no_part_of_the_content(label):
    _, frames = frames_of(_stamped(label))
    (frame,) = frames
    assert frame.speaker.span.text == "a spokesperson"
    assert [c.text for c in frame.content] == ["The council voted to delay the budget"]


def test_a_colon_in_the_words_themselves_is_no_stamp():
    # Options remain: the council voted to delay the budget, a spokesperson said.
    label = [("Options", "NNS", "nsubj", 1, O), ("remain", "VBP", "dep", 4, O), (":", ":", "punct", 4, O)]
    _, frames = frames_of(_stamped(label))
    (frame,) = frames
    assert [c.text for c in frame.content] == ["Options remain: The council voted to delay the budget"]


def test_a_cue_word_in_a_stamp_is_no_cue():
    # Note: the council voted to delay the budget. The tagger may read "Note" as an imperative.
    _, frames = frames_of(
        [
            ("Note", "VB", "ROOT", 0, O),
            (":", ":", "punct", 0, O),
            ("the", "DT", "det", 3, O),
            ("council", "NN", "nsubj", 4, O),
            ("voted", "VBD", "ccomp", 0, O),
            ("to", "TO", "aux", 6, O),
            ("delay", "VB", "xcomp", 4, O),
            ("the", "DT", "det", 8, O),
            ("budget", "NN", "dobj", 6, O),
            (".", ".", "punct", 0, O),
        ]
    )
    assert frames == ()


def test_as_someone_put_it_attributes_the_clause_to_them():
    # As Governor Lena Voss put it, the state “will not borrow.”
    text, frames = frames_of(
        [
            ("As", "IN", "mark", 4, O),
            ("Governor", "NNP", "compound", 3, O),
            ("Lena", "NNP", "compound", 3, "B-PERSON"),
            ("Voss", "NNP", "nsubj", 4, "I-PERSON"),
            ("put", "VBD", "advcl", 12, O),
            ("it", "PRP", "dobj", 4, O),
            (",", ",", "punct", 12, O),
            ("the", "DT", "det", 8, O),
            ("state", "NN", "nsubj", 12, O),
            ("“", "``", "punct", 12, O),
            ("will", "MD", "aux", 12, O),
            ("not", "RB", "neg", 12, O),
            ("borrow", "VB", "ROOT", 12, O),
            (".", ".", "punct", 12, O),
            ("”", "''", "punct", 12, O),
        ]
    )
    (frame,) = frames
    assert (frame.lemma, frame.frame, frame.cue.text) == ("put", "clause", "put it")
    assert frame.speaker.name == "Lena Voss"
    assert [c.text for c in frame.content] == ["the state “will not borrow.”"]


def test_putting_something_somewhere_is_no_cue():
    # As the council put it to a vote, the mayor left.
    _, frames = frames_of(
        [
            ("As", "IN", "mark", 3, O),
            ("the", "DT", "det", 2, O),
            ("council", "NN", "nsubj", 3, O),
            ("put", "VBD", "advcl", 11, O),
            ("it", "PRP", "dobj", 3, O),
            ("to", "IN", "prep", 3, O),
            ("a", "DT", "det", 7, O),
            ("vote", "NN", "pobj", 5, O),
            (",", ",", "punct", 11, O),
            ("the", "DT", "det", 10, O),
            ("mayor", "NN", "nsubj", 11, O),
            ("left", "VBD", "ROOT", 11, O),
            (".", ".", "punct", 11, O),
        ]
    )
    assert frames == ()


_IN_THE_WORDS_OF = [
    ("In", "IN", "prep", 11, O),
    ("the", "DT", "det", 2, O),
    ("words", "NNS", "pobj", 0, O),
    ("of", "IN", "prep", 2, O),
    ("one", "CD", "nummod", 5, O),
    ("trader", "NN", "pobj", 3, O),
    (",", ",", "punct", 11, O),
    ("the", "DT", "det", 8, O),
    ("market", "NN", "nsubj", 11, O),
    ("had", "VBD", "aux", 11, O),
    ("“", "``", "punct", 11, O),
    ("lost", "VBN", "ROOT", 11, O),
    ("its", "PRP$", "poss", 13, O),
    ("nerve", "NN", "dobj", 11, O),
    (".", ".", "punct", 11, O),
    ("”", "''", "punct", 11, O),
]
_IN_ORLOVS_WORDS = [
    ("In", "IN", "prep", 7, O),
    ("Orlov", "NNP", "poss", 3, "B-PERSON"),
    ("'s", "POS", "case", 1, O),
    ("words", "NNS", "pobj", 0, O),
    (",", ",", "punct", 7, O),
    ("the", "DT", "det", 6, O),
    ("plan", "NN", "nsubj", 7, O),
    ("was", "VBD", "ROOT", 7, O),
    ("“", "``", "punct", 7, O),
    ("a", "DT", "det", 10, O),
    ("leap", "NN", "attr", 7, O),
    (".", ".", "punct", 7, O),
    ("”", "''", "punct", 7, O),
]


@pytest.mark.parametrize(
    "rows, cue, speaker, content",
    [
        (_IN_THE_WORDS_OF, "In the words of", "one trader", "the market had “lost its nerve.”"),
        (_IN_ORLOVS_WORDS, "In Orlov's words", "Orlov", "the plan was “a leap.”"),
    ],
    ids=["the-words-of", "possessive"],
)
def test_in_someones_words_attributes_the_clause_to_them(rows, cue, speaker, content):
    _, frames = frames_of(rows)
    (frame,) = frames
    assert (frame.frame, frame.cue.text) == ("according", cue)
    assert frame.speaker.span.text == speaker
    assert [c.text for c in frame.content] == [content]


def test_in_other_words_names_no_one():
    # In other words, the plan failed.
    _, frames = frames_of(
        [
            ("In", "IN", "prep", 6, O),
            ("other", "JJ", "amod", 2, O),
            ("words", "NNS", "pobj", 0, O),
            (",", ",", "punct", 6, O),
            ("the", "DT", "det", 5, O),
            ("plan", "NN", "nsubj", 6, O),
            ("failed", "VBD", "ROOT", 6, O),
            (".", ".", "punct", 6, O),
        ]
    )
    assert frames == ()



def _heard_that(subject_rows, verb=("heard", "VBD")):
    """<subject> heard that the defendant had wired the money."""
    k = len(subject_rows)
    return [
        *subject_rows,
        (verb[0], verb[1], "ROOT", k, O),
        ("that", "IN", "mark", k + 5, O),
        ("the", "DT", "det", k + 3, O),
        ("defendant", "NN", "nsubj", k + 5, O),
        ("had", "VBD", "aux", k + 5, O),
        ("wired", "VBN", "ccomp", k, O),
        ("the", "DT", "det", k + 7, O),
        ("money", "NN", "dobj", k + 5, O),
        (".", ".", "punct", k, O),
    ]


@pytest.mark.parametrize("body", ["court", "jury", "inquest"])
def test_what_a_court_heard_is_reported_speech_with_no_named_speaker(body):
    _, frames = frames_of(_heard_that([("The", "DT", "det", 1, O), (body, "NN", "nsubj", 2, O)]))
    (frame,) = frames
    assert (frame.lemma, frame.frame, frame.speaker) == ("hear", "clause", None)
    assert frame.recipient.span.text == f"The {body}"
    assert [c.text for c in frame.content] == ["that the defendant had wired the money"]
    assert frame.extent.text == f"The {body} heard"


def test_what_a_person_heard_is_no_report():
    # She heard that the defendant had wired the money.
    _, frames = frames_of(_heard_that([("She", "PRP", "nsubj", 1, O)]))
    assert frames == ()


def test_a_witness_accepting_that_is_reported_speech():
    # The witness accepted that the defendant had wired the money.
    _, frames = frames_of(_heard_that([("The", "DT", "det", 1, O), ("witness", "NN", "nsubj", 2, O)], verb=("accepted", "VBD")))
    (frame,) = frames
    assert (frame.lemma, frame.frame, frame.speaker.span.text) == ("accept", "clause", "The witness")
    assert [c.text for c in frame.content] == ["that the defendant had wired the money"]


def test_accepting_an_offer_is_no_cue():
    # The witness accepted the offer.
    doc = make_doc(
        [
            ("The", "DT", "det", 1, O),
            ("witness", "NN", "nsubj", 2, O),
            ("accepted", "VBD", "ROOT", 2, O),
            ("the", "DT", "det", 4, O),
            ("offer", "NN", "dobj", 2, O),
            (".", ".", "punct", 2, O),
        ]
    )
    assert parse_frames(doc, text=doc.text).frames == ()


def test_a_share_of_people_accepting_that_is_reported_speech():
    # Most of the voters accepted that the defendant had wired the money.
    subject = [("Most", "JJS", "nsubj", 4, O), ("of", "IN", "prep", 0, O), ("the", "DT", "det", 3, O), ("voters", "NNS", "pobj", 1, O)]
    _, frames = frames_of(_heard_that(subject, verb=("accepted", "VBD")))
    (frame,) = frames
    assert frame.speaker.span.text == "Most of the voters"


def test_an_infinitive_accept_takes_no_speaker_from_the_verb_above():
    # Kell urged the party to accept that the defendant had wired the money.
    _, frames = frames_of(
        [
            ("Kell", "NNP", "nsubj", 1, "B-PERSON"),
            ("urged", "VBD", "ROOT", 1, O),
            ("the", "DT", "det", 3, O),
            ("party", "NN", "dobj", 1, O),
            ("to", "TO", "aux", 5, O),
            ("accept", "VB", "xcomp", 1, O),
            ("that", "IN", "mark", 10, O),
            ("the", "DT", "det", 8, O),
            ("defendant", "NN", "nsubj", 10, O),
            ("had", "VBD", "aux", 10, O),
            ("wired", "VBN", "ccomp", 5, O),
            ("the", "DT", "det", 12, O),
            ("money", "NN", "dobj", 10, O),
            (".", ".", "punct", 1, O),
        ]
    )
    assert [f.lemma for f in frames] == ["urge"]



def _according_then(cc):
    """Water use fell 12 percent, according to TNA, <cc> the utility plans further cuts."""
    return [
        ("Water", "NN", "compound", 1, O),
        ("use", "NN", "nsubj", 2, O),
        ("fell", "VBD", "ROOT", 2, O),
        ("12", "CD", "nummod", 4, O),
        ("percent", "NN", "npadvmod", 2, O),
        (",", ",", "punct", 2, O),
        ("according", "VBG", "prep", 2, O),
        ("to", "IN", "prep", 6, O),
        ("TNA", "NNP", "pobj", 7, "B-ORG"),
        (",", ",", "punct", 2, O),
        (cc, "CC", "cc", 2, O),
        ("the", "DT", "det", 12, O),
        ("utility", "NN", "nsubj", 13, O),
        ("plans", "VBZ", "conj", 2, O),
        ("further", "JJ", "amod", 15, O),
        ("cuts", "NNS", "dobj", 13, O),
        (".", ".", "punct", 13, O),
    ]


@pytest.mark.parametrize("cc", ["and", "but"])
def test_a_clause_joined_after_according_to_is_the_writers(cc):
    _, frames = frames_of(_according_then(cc))
    (frame,) = frames
    assert frame.speaker.span.text == "TNA"
    assert [c.text for c in frame.content] == ["Water use fell 12 percent"]
    assert frame.content_before


def test_according_to_before_two_joined_clauses_covers_both():
    # According to TNA, water use fell and the utility plans further cuts.
    _, frames = frames_of(
        [
            ("According", "VBG", "prep", 6, O),
            ("to", "IN", "prep", 0, O),
            ("TNA", "NNP", "pobj", 1, "B-ORG"),
            (",", ",", "punct", 6, O),
            ("water", "NN", "compound", 5, O),
            ("use", "NN", "nsubj", 6, O),
            ("fell", "VBD", "ROOT", 6, O),
            ("and", "CC", "cc", 6, O),
            ("the", "DT", "det", 9, O),
            ("utility", "NN", "nsubj", 10, O),
            ("plans", "VBZ", "conj", 6, O),
            ("further", "JJ", "amod", 12, O),
            ("cuts", "NNS", "dobj", 10, O),
            (".", ".", "punct", 6, O),
        ]
    )
    (frame,) = frames
    assert [c.text for c in frame.content] == ["water use fell and the utility plans further cuts"]

def test_according_to_closing_two_joined_clauses_covers_both():
    # Water use fell, and the utility cut jobs, according to TNA.
    _, frames = frames_of(
        [
            ("Water", "NN", "compound", 1, O),
            ("use", "NN", "nsubj", 2, O),
            ("fell", "VBD", "ROOT", 2, O),
            (",", ",", "punct", 2, O),
            ("and", "CC", "cc", 2, O),
            ("the", "DT", "det", 6, O),
            ("utility", "NN", "nsubj", 7, O),
            ("cut", "VBD", "conj", 2, O),
            ("jobs", "NNS", "dobj", 7, O),
            (",", ",", "punct", 7, O),
            ("according", "VBG", "prep", 7, O),
            ("to", "IN", "prep", 10, O),
            ("TNA", "NNP", "pobj", 11, "B-ORG"),
            (".", ".", "punct", 2, O),
        ]
    )
    (frame,) = frames
    assert frame.speaker.span.text == "TNA"
    assert [c.text for c in frame.content] == ["Water use fell, and the utility cut jobs"]
    assert frame.content_before


def _claims_read_as_noun(subject):
    """<subject> claims that he lost. ("claims" tagged as a plural noun)"""
    return [
        (subject, "NNP", "nsubj", 1, O),
        ("claims", "NNS", "ROOT", 1, O),
        ("that", "IN", "mark", 4, O),
        ("he", "PRP", "nsubj", 4, O),
        ("lost", "VBD", "ccomp", 1, O),
        (".", ".", "punct", 1, O),
    ]


def test_a_cue_verb_the_tagger_read_as_a_plural_noun():
    _, frames = frames_of(_claims_read_as_noun("Trump"))
    (frame,) = frames
    assert (frame.lemma, frame.speaker.span.text, [c.text for c in frame.content]) == ("claim", "Trump", ["that he lost"])
