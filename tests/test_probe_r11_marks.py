"""Quotation-mark boundary failures found on the round 11 probe (p24) articles, end to end with
the real model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    "text",
    [
        'Harbour pilot Ines Marlowe said: "Our parents always said the reef had moved. Nobody listened.\n\n'
        "Marlowe said she would ask the council for a survey.\n",
        'The retired keeper, Tomas Ferrand, told the inquiry: "My brother told everyone the light was failing. '
        "They laughed at him.\n",
    ],
    ids=["said", "told"],
)
def test_words_inside_an_unclosed_quotation_never_supply_its_speaker(nlp, text):
    # The closing mark is missing, so the quoted words run to the paragraph end; the cue inside
    # them ("Our parents always said") is what was said, not who said it.
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert first.type == "direct"
    assert first.speaker_name in ("Ines Marlowe", "Tomas Ferrand")
    assert not first.via
    rules = [f.rule for f in report.findings]
    assert "QC101" not in rules
    assert "QC302" in rules  # the missing mark is still reported


@pytest.mark.parametrize(
    "inner",
    ["She notes the debts of every family.", "She writes that every family owed him money."],
    ids=["notes", "writes-that"],
)
def test_a_quotation_over_paragraphs_is_one_even_with_a_reported_sentence_inside(nlp, inner):
    # The news convention: the mark re-opens every paragraph and closes only at the end. "She
    # notes the debts of every family" is the quoted person's sentence, not the writer's.
    text = (
        '"The ledger runs to nine hundred pages, and it is remarkable," Okonjo said.\n\n'
        f'"The clerk records every sale. {inner}\n\n'
        '"And she names a buyer no other source mentions."\n'
    )
    report = analyze(text, nlp=nlp)
    assert [q.type for q in report.quotes] == ["direct", "direct"]
    second = report.quotes[1]
    assert second.speaker_name == "Okonjo"
    assert [c.text for c in second.content][-1].startswith('"And she names')
    assert "QC302" not in [f.rule for f in report.findings]


def test_guard_an_attribution_inside_a_never_closed_quotation_still_ends_it(nlp):
    # Guard: with no closing mark anywhere, the writer's attribution after the words ends them.
    text = '"We remember how that winter ended, Greaves said in a statement.\n\nThe union voted on Friday.\n'
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert first.speaker_name == "Greaves"
    assert [c.text for c in first.content] == ['"We remember how that winter ended']


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


def test_dash_dialogue_with_an_interrupting_cue_is_direct_and_whole(nlp):
    # European dialogue: each turn opens with a long dash and no quotation marks; the cue
    # clause interrupts the turn, and the words after it are the same speaker's.
    text = (
        "\u2014 The map is a copy, Lindqvist said.\n"
        "\u2014 It may be a copy, Okafor answered, but the coastline is older than any survey.\n"
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.type == "direct" and first.speaker_name == "Lindqvist"
    assert [c.text for c in first.content] == ["The map is a copy,"]
    assert second.type == "direct" and second.speaker_name == "Okafor"
    assert [c.text for c in second.content] == ["It may be a copy,", "but the coastline is older than any survey."]


@pytest.mark.parametrize(
    "text",
    [
        "The plan has three parts:\n\u2014 The minister said taxes would rise.\n\u2014 Spending will fall.\n",
        '"Strikes never end the way anybody plans."\n\u2014 Dmitri Volkov, port historian\n',
    ],
    ids=["cue-opens-the-line", "signature"],
)
def test_guard_dash_lines_without_a_trailing_cue_are_not_dialogue(nlp, text):
    # Guard: a dash-led line whose cue opens it (a list item) reports indirectly, and a
    # signature line stays the name of the quotation above it.
    report = analyze(text, nlp=nlp)
    assert all(q.type != "direct" or q.content[0].text.startswith('"') for q in report.quotes)
    assert "Spending will fall." not in [c.text for q in report.quotes for c in q.content]
