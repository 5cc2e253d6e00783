"""Hard-wrapped plain text (round 12 probe p32): wire copy and newsletters broken at a fixed
width, inside sentences, names and quotations, must give the same quotes, speakers and chains
as the same text unwrapped, with offsets into the text as written. The articles and sentences
are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.pipeline import analyze

from .wrapped import mail_wrap

ARTICLE = (
    "Harbour dues to rise in April, port board decides\n\n"
    "By Lotte Ravensby\n\n"
    "KESTREL BAY -- The port board voted on Monday to raise harbour dues by a fifth, a step that "
    "harbour master Edith Marlowe said was \"regrettable but overdue after a decade of frozen "
    "prices.\"\n\n"
    "\"We have held the dues for ten years while the quay walls crumbled,\" Marlowe told "
    "reporters after the meeting. \"Nobody who fishes from this harbour wants a quay that "
    "floods at every spring tide.\"\n\n"
    "Fishermen gathered outside the harbour office in the morning. Tomas Fenwick, who skippers "
    "the trawler Guillemot, said the rise would push small boats out of the bay for good.\n\n"
    "A member of the board, who asked not to be identified because the vote was held in "
    "private, told the Kestrel Gazette that the decision had been \"taken months ago\" behind "
    "closed doors.\n\n"
    "The regional fisheries minister, Aldo Brennan, told Radio Kestrel on Tuesday that he "
    "would \"look hard\" at the figures. \"I will not sign off on a rise that empties the "
    "harbour,\" the minister said.\n"
)


def _shown(report) -> list[str]:
    """The quotes as JSON with line breaks read as spaces: what must not depend on wrapping."""
    dumped = (json.dumps(q.to_dict(), sort_keys=True, ensure_ascii=False) for q in report.quotes)
    return [d.replace("\\r\\n", " ").replace("\\n", " ") for d in dumped]


def _offsets_hold(report) -> bool:
    spans = [s for q in report.quotes for s in (*q.content, *q.quoted, *q.context, q.cue, q.speaker) if s is not None]
    spans += [h.span for q in report.quotes for h in (*q.via, q.recipient) if h is not None and h.span is not None]
    return all(report.text[s.start : s.end] == s.text for s in spans)


# ------------------------------------------------------------------------------------------
# Whole articles: wrapped and unwrapped give the same report
# ------------------------------------------------------------------------------------------


def test_wrapped_article_reads_as_the_unwrapped_one(nlp):
    # The outlet was "Gazette", the anonymous member's reason was lost, the harbour master was
    # "Marlowe" alone, and a spurious quote was cued by "asked".
    wrapped = mail_wrap(ARTICLE, 72)
    assert wrapped.count("\n") > ARTICLE.count("\n") + 5
    flat, report = analyze(ARTICLE, nlp=nlp), analyze(wrapped, nlp=nlp)
    assert _shown(report) == _shown(flat)
    assert sorted(f.rule for f in report.findings) == sorted(f.rule for f in flat.findings)
    assert report.text == wrapped and _offsets_hold(report)
    assert any(s.text != s.text.replace("\n", " ") for q in report.quotes for s in q.content)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(width=st.integers(min_value=38, max_value=110))
def test_any_wrap_width_gives_the_same_quotes(nlp, width):
    wrapped = mail_wrap(ARTICLE, width)
    report = analyze(wrapped, nlp=nlp)
    assert _shown(report) == _shown(analyze(ARTICLE, nlp=nlp))
    assert _offsets_hold(report)


def test_wrapped_crlf_article_reads_as_the_unwrapped_one(nlp):
    # A CR LF is two characters, so offsets differ: compare what the quotes say.
    def said(text):
        return [
            (" ".join(" ".join(c.text for c in q.content).split()), q.speaker_name, q.speaker_kind,
             [h.name for h in q.via], q.recipient and q.recipient.name)
            for q in analyze(text, nlp=nlp).quotes
        ]

    assert said(mail_wrap(ARTICLE, 66).replace("\n", "\r\n")) == said(ARTICLE.replace("\n", "\r\n"))


# ------------------------------------------------------------------------------------------
# Single line breaks inside a sentence, in short texts
# ------------------------------------------------------------------------------------------


def test_outlet_name_cut_by_a_line_break(nlp):
    # "told the Kestrel\nGazette": no quote at all, only a scare-quote finding.
    text = 'The harbour master told the Kestrel\nGazette that the quay was "a hazard" and would be closed.'
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.recipient is not None and quote.recipient.name == "Kestrel Gazette"
    assert quote.recipient.span.text.endswith("Kestrel\nGazette")
    assert "QC301" not in [f.rule for f in report.findings]


def test_anonymity_reason_after_a_line_break(nlp):
    # "who asked not to be\nidentified" was a quote of its own, cued by "asked", and the real
    # quote's QC201 said no reason was given.
    text = (
        "A dock worker, who asked not to be\nidentified because talks were continuing, told reporters "
        'that wages had been "frozen for years" at the port.'
    )
    report = analyze(text, nlp=nlp)
    assert [q.cue.text for q in report.quotes] == ["told"]
    anonymous = [f for f in report.findings if f.rule == "QC201"]
    assert len(anonymous) == 1 and "because talks were continuing" in anonymous[0].message


def test_name_cut_by_a_line_break(nlp):
    # "Edith\nMarlowe said" was "Marlowe", an organization.
    text = 'Harbour master Edith\nMarlowe said the quay was "unsafe at high tide." Tomas Fenwick, a\nskipper, said it was "a scandal."'
    report = analyze(text, nlp=nlp)
    assert [(q.speaker_name, q.speaker_kind) for q in report.quotes] == [("Edith Marlowe", "person"), ("Tomas Fenwick", "person")]
    assert "Edith\nMarlowe" in report.quotes[0].speaker.text


def test_descriptions_are_shown_on_one_line(nlp):
    # "the harbour\nmaster" was a description with a line break, which broke the terminal layout.
    text = (
        "Edith Marlowe, the harbour\nmaster of Kestrel Bay, said the dues had been frozen for ten years and\n"
        'the quay walls were crumbling. "We cannot wait another winter," Marlowe said.\n'
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Edith Marlowe", "Edith Marlowe"]
    assert "the harbour master of Kestrel Bay" in report.quotes[0].speaker_descriptions
    assert all("\n" not in d for q in report.quotes for d in q.speaker_descriptions)
    assert all("\n" not in e.name and all("\n" not in d for d in e.descriptions) for e in report.entities)


# ------------------------------------------------------------------------------------------
# Line breaks that mean something stay
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "soft"),
    [
        ("The minister told the Kestrel\nGazette that the plan was dead and would be shelved.", True),
        ("A dock worker, who asked not to be\nidentified because talks were continuing, said so.", True),
        ("Harbour master Edith\nMarlowe said the quay was unsafe at high tide, and should close.", True),
        ("The skipper, a\nman of few words, said the rise would push small boats out of the bay.", True),
        ("Harbour dues to rise in April, port board decides\nBy Lotte Ravensby", False),
        ("Storm hits Kestrel Bay\nResidents were told to leave their homes as the river rose on Monday.", False),
        ("The board listed its reasons for the rise in harbour dues\n- the quay walls\n- the dredging", False),
        ("Q: Will the dues rise again next year, and by how much, do you think\nA: Not if I can help it.", False),
        ("— Will the dues rise again next year, do you think, and by how much\n— Not if I can help it.", False),
        ("CHAIR: We turn to the harbour dues and the state of the quay walls\nMARLOWE: Thank you.", False),
        ("The tide comes in\nThe boats go out\nAnd no one asks", False),
        ("The skipper of the trawler said the rise was an eighty-\nyear-old mistake made again.", False),
        ("The dues will rise by a fifth from April, the board said on Monday.\nMarlowe welcomed it.", False),
    ],
    ids=["outlet", "lower-case", "given-name", "comma-article", "byline", "headline", "list", "qa", "dashes",
         "labels", "verse", "hyphen", "sentence-end"],
)
def test_which_single_line_breaks_are_soft(text, soft):
    from quotecheck.wrapping import unwrapped

    view = unwrapped(text)
    assert len(view) == len(text)
    assert (view == text.replace("\n", " ")) if soft else (view == text)


def test_wrapped_paragraphs_found_by_width():
    # In a text wrapped at a width, a full line runs on whatever it ends with; a short line (a
    # paragraph's last) does not.
    from quotecheck.wrapping import unwrapped

    wrapped = mail_wrap(ARTICLE, 60)
    view = unwrapped(wrapped)
    body = wrapped.index("KESTREL")
    assert view[body:] == ARTICLE[body:]


# Guard: texts laid out a line a turn or an item keep their quotes as before.
def test_guard_transcript_lines_keep_their_turns(nlp):
    text = (
        "MARLOWE: The dues have been frozen for ten years and the quay walls are crumbling.\n"
        "FENWICK: Small boats will leave the bay for good if you raise them by a fifth.\n"
        "MARLOWE: Nobody wants that.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["MARLOWE", "FENWICK", "MARLOWE"]
