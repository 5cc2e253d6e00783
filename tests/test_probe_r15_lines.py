"""Round 15 re-checks: reported speech kept to its cue's line where a headline or a short line
ends at a line break the parser ran over, and a that-less clause whose subject is a gerund
phrase ("said using the old bridge was safer"). The sentences are written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import Frame, _on_cue_line
from quotecheck.model import Span
from quotecheck.pipeline import analyze
from quotecheck.wrapping import line_ends_words


def _contents(report, cue: str):
    return [[c.text for c in q.content] for q in report.quotes if q.cue is not None and q.cue.text == cue]


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def _frame(text: str, cue: str, content: str, lemma: str = "say", kind: str = "clause") -> Frame:
    whole = Span(0, len(text), text)
    return Frame(
        cue=_span(text, cue), lemma=lemma, frame=kind, speaker=None, content=(_span(text, content),), extent=whole, sentence=whole
    )


# --- A line break that ends a headline or a short line ------------------------------------------


@pytest.mark.parametrize(
    ("line", "after", "expected"),
    [
        ("Ruiz Says The Budget Will Not Cut School Funding", "Ana Ruiz defended her plan.", True),
        ("Anna Berg, 58", "Berg was flying to Cairo.", True),
        ("Ferry operator cuts more than 200 jobs at the port;", "Win or lose, the service will go on.", True),
        ("Sen. Ana Ruiz (D-Ohio) - Announced March 23, 2015", "Ruiz dropped out in May.", True),
        # Guard: a hard-wrapped line that goes on in lower case.
        ("has denounced the attack as both an act of terror and a hate", "crime, and said", False),
        # Guard: a line that introduces the next.
        ("The mayor said on Monday:", "The bridge will reopen in May.", False),
        # Guard: a long line of running text whose full stop may be an abbreviation's.
        ("The plan was backed on Monday by a large majority of the members, said Sen.", "Ruiz of Ohio.", False),
    ],
    ids=["title-case-headline", "caption-age", "deck-semicolon", "date-line", "lower-case-wrap", "colon", "long-line-stop"],
)
def test_line_ends_words(line, after, expected):
    assert line_ends_words(line, after) is expected


def test_content_after_cue_stops_at_headline_end():
    text = "Ruiz Says The Budget Will Not Cut School Funding\nAna Ruiz, who has cut budgets before, defended her plan"
    frame = _on_cue_line(_frame(text, "Says", text[text.index("The Budget") :]), text, ())
    assert [c.text for c in frame.content] == ["The Budget Will Not Cut School Funding"]


def test_content_before_cue_starts_after_caption():
    text = "Anna Berg, 58\nBerg was flying to Cairo to mourn her father, according to the airline."
    frame = _on_cue_line(
        _frame(text, "according to", "Anna Berg, 58\nBerg was flying to Cairo to mourn her father", lemma="according to", kind="according"),
        text,
        (),
    )
    assert [c.text for c in frame.content] == ["Berg was flying to Cairo to mourn her father"]


def test_content_of_only_a_date_is_dropped():
    text = "Sen. Ana Ruiz (D-Ohio) - Announced March 23, 2015\nRuiz dropped out of the race in May."
    frame = _frame(text, "Announced", "2015\nRuiz dropped out of the race in May", lemma="announce")
    assert _on_cue_line(frame, text, ()) is None


def test_line_break_inside_a_quotation_stays():
    # Guard: a quotation may run over lines, even where the break would end a short line.
    text = 'Ruiz called the plan "A clear win.\nAnd a fair one" on Monday'
    assert line_ends_words('Ruiz called the plan "A clear win.', 'And a fair one" on Monday') is True
    quotation = _span(text, '"A clear win.\nAnd a fair one"')
    frame = _frame(text, "called", 'the plan "A clear win.\nAnd a fair one"', lemma="call", kind="object")
    assert _on_cue_line(frame, text, (quotation,)) is frame


def test_deck_before_cue_is_no_part_of_what_was_said(nlp):
    text = (
        "Ferry operator cuts more than 200 jobs at the port; \nWin or lose, company says, the service will go on.\n\n"
        "The ferry operator said on Monday that it would cut jobs."
    )
    report = analyze(text, nlp=nlp)
    assert _contents(report, "says") == [["Win or lose", "the service will go on"]]


# --- A that-less clause whose subject is a gerund phrase -----------------------------------------


def test_gerund_subject_after_relative_cue(nlp):
    text = (
        "The survey found 61 percent backed the plan, compared with 23 percent who said using the old bridge"
        " was safer but slower."
    )
    report = analyze(text, nlp=nlp)
    assert ["using the old bridge was safer but slower"] in _contents(report, "said")


def test_gerund_subject_with_clause_verb_on_main_verb(nlp):
    text = "He argued raising taxes would hurt families, compared with those who argued cutting spending would hurt families."
    report = analyze(text, nlp=nlp)
    assert ["cutting spending would hurt families"] in _contents(report, "argued")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said using a translator.",
        "The mayor has often cited fixing the roads as a priority if she wins the vote.",
    ],
    ids=["no-finite-verb", "verb-with-own-subject"],
)
def test_gerund_without_clause_is_no_statement(nlp, text):
    # Guard: a gerund with no finite verb of its own after it is no clause of what was said.
    report = analyze(text, nlp=nlp)
    assert not any("wins" in c or "translator" in c for q in report.quotes for c in (s.text for s in q.content))
