"""Quotation-mark boundary failures found on the round 11 probe (p24) articles, end to end with
the real model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "tail", "other"),
    [
        (
            'A statement issued by the Museum of Ardentown described the find as "a turning point in '
            'our understanding of early trade," a phrase Okafor later said she would never have used.\n',
            "a phrase",
            "she would never have used",
        ),
        (
            'The mayor called the budget "a betrayal of every taxpayer," a description her aides later '
            "said she regretted.\n",
            "a description",
            "she regretted",
        ),
    ],
    ids=["phrase", "description"],
)
def test_a_noun_renaming_the_quotation_ends_the_content(nlp, text, tail, other):
    # ', a phrase X later said ...' is the writer's comment on the quoted words, and X's own
    # statement; the parser hangs the noun on the cue as a second object.
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert first.type == "mixed"
    assert first.content[-1].text.endswith(',"')
    assert all(tail not in c.text for c in first.content)
    assert any([c.text for c in q.content] == [other] for q in report.quotes[1:])
