"""Leftovers of the round 11 probes (p25, p26, p27), end to end with the real model: refusals
and reporters' questions shown for what they are, and content boundaries. The sentences are
written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest
from rich.console import Console

from quotecheck.pipeline import analyze
from quotecheck.render.markdown import report_markdown
from quotecheck.render.terminal import render_report

from .reports import quote_rules as _rules


def _terminal(report) -> str:
    console = Console(width=100, record=True, color_system=None)
    console.print(render_report(report))
    return " ".join(console.export_text().replace("│", " ").split())


# ------------------------------------------------------------------------------------------
# Refusals: "declined to comment" is kept (PolNeAR annotates it) but printed as no one's words
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Harbour board chair Lena Quist declined to comment.\n", "declined to comment"),
        ("Treasurer Omar Villa declined to comment on the audit.\n", "declined to comment on the audit"),
        ("Coach Rita Fenn refused to say when the team would train again.\n", "refused to say when the team would train again"),
    ],
    ids=["bare", "on-topic", "refused-to-say"],
)
def test_refusal_is_kept_and_shown_as_a_refusal(nlp, text, shown):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "indirect" and quote.refusal  # the unit stays, for the annotation
    out = _terminal(report)
    assert f"{quote.id} refusal" in out
    assert shown in out
    assert "0 quotes · 1 refusal" in out
    assert f"refusal · **{quote.speaker_name}**" in report_markdown(report)


def test_refusal_by_a_role_raises_no_second_qc203(nlp):
    text = (
        "A spokeswoman for the ferry company declined to comment on the strike but said sailings "
        "would resume on Monday.\n"
    )
    report = analyze(text, nlp=nlp)
    refusal, said = report.quotes
    assert refusal.refusal and not said.refusal
    assert _rules(report, refusal) == []
    assert _rules(report, said) == ["QC203"]


def test_vague_refusal_is_no_vague_source(nlp):
    report = analyze("Officials at the depot declined to comment.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.refusal
    assert not [f for f in report.findings if f.rule in ("QC201", "QC202", "QC203")]


def test_guard_refused_with_quoted_words_is_no_refusal(nlp):
    # Guard: quoted words inside are the speaker's own: the quote stays mixed and is shown so.
    report = analyze('Mayor Ines Varga refused to "bow to a handful of loud landlords."\n', nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed" and not getattr(quote, "refusal", False)


# ------------------------------------------------------------------------------------------
# "Asked whether ..., she said": the reporter's question, put to the one who answers
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "asked"),
    [
        (
            "Farm minister Bruna Castel said growers were worried. Asked whether prices would fall, she said the harvest was too small.\n",
            "Asked whether prices would fall",
            "Bruna Castel",
        ),
        (
            "Teodor Haas spoke after the vote. Asked about the budget, he said the council had no choice.\n",
            "Asked about the budget",
            "Teodor Haas",
        ),
    ],
    ids=["whether", "about"],
)
def test_question_is_shown_as_put_to_the_one_who_answers(nlp, text, shown, asked):
    report = analyze(text, nlp=nlp)
    *_, question, answer = report.quotes
    assert question.question and question.speaker is None
    out = _terminal(report)
    assert f"{question.id} question" in out
    assert f"asked of {asked} ({answer.id})" in out
    assert shown in out
    assert "no speaker found" not in out
    assert f"{len(report.quotes) - 1} quote" in out and "· 1 question" in out
    assert "no speaker found" not in report_markdown(report)


# ------------------------------------------------------------------------------------------
# "..., according to figures it published": the speaker's own figures, no second quote
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "The Dornfield Hauliers Association warned that the closure would cost members about 3 million euros a week, according to figures it released on Monday.\n",
            "according to figures it released on Monday",
        ),
        (
            "The Marrow Growers Union said 600 farms had joined the protest, according to its own tally.\n",
            "according to its own tally",
        ),
    ],
    ids=["figures-it-released", "its-own-tally"],
)
def test_speakers_own_figures_are_context_not_a_second_quote(nlp, text, context):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text.startswith("The ")
    assert [c.text for c in quote.context] == [context]
    assert not quote.via


def test_guard_figures_of_another_body_still_stand(nlp):
    # Guard: figures someone else compiled credit a figure of their own, beside the statement.
    text = "The union said 4,000 members had joined the strike, according to figures compiled by the ministry.\n"
    report = analyze(text, nlp=nlp)
    assert len(report.quotes) == 2


# ------------------------------------------------------------------------------------------
# "Talks are expected to ...": the article's own forecast, not a quote with no speaker
# ------------------------------------------------------------------------------------------


def test_forecast_is_shown_in_the_articles_own_voice(nlp):
    report = analyze("A new round of talks, if it goes ahead, is expected to open in Varna next month.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.forecast and quote.speaker is None
    out = _terminal(report)
    assert "q1 forecast" in out and "the article's own forecast" in out
    assert "is expected to open in Varna next month" in out
    assert "no speaker found" not in out and "no speaker found" not in report_markdown(report)
    assert "QC202" not in [f.rule for f in report.findings]


# ------------------------------------------------------------------------------------------
# Narration after the cue of a closed quotation is not folded into the words
# ------------------------------------------------------------------------------------------


def test_participle_hung_on_the_quotations_verb_is_narration():
    # The parser hangs "standing at the door" on the quotation's own verb (as in the probe's
    # parse), so the content ran on past the cue: '"...," Dahl says, standing at the door'.
    from quotecheck.extract.frames import _content_around

    from .docs import make_doc

    doc = make_doc(
        [
            ("“", "``", "punct", 3, "O"),
            ("We", "PRP", "nsubj", 3, "O"),
            ("had", "VBD", "aux", 3, "O"),
            ("crossed", "VBN", "ROOT", 3, "O"),
            ("that", "DT", "det", 5, "O"),
            ("ridge", "NN", "dobj", 3, "O"),
            ("often", "RB", "advmod", 3, "O"),
            (",", ",", "punct", 10, "O"),
            ("”", "''", "punct", 10, "O"),
            ("Dahl", "NNP", "nsubj", 10, "B-PERSON"),
            ("says", "VBZ", "parataxis", 3, "O"),
            (",", ",", "punct", 10, "O"),
            ("standing", "VBG", "advcl", 3, "O"),
            ("at", "IN", "prep", 12, "O"),
            ("the", "DT", "det", 15, "O"),
            ("door", "NN", "pobj", 13, "O"),
            (".", ".", "punct", 3, "O"),
        ]
    )
    words = [t.text for t in _content_around(doc[10], doc[9])]
    assert "crossed" in words and "ridge" in words
    assert "standing" not in words and "door" not in words


def test_guard_participle_after_the_cue_of_a_quotation_is_narration(nlp):
    # Guard: end to end, as the model parses this sentence today.
    text = (
        "Ilka Morrow began rowing at eleven.\n\n"
        '"I hated the cold water at first," Morrow says, sitting on the steps of the boathouse. '
        '"Then one morning it just stopped mattering."\n'
    )
    report = analyze(text, nlp=nlp)
    first = report.quotes[0]
    assert first.type == "direct"
    assert "boathouse" not in " ".join(part.text for q in report.quotes for part in q.content)


def test_guard_words_on_both_sides_of_an_unquoted_cue_stay(nlp):
    # Guard: "The plan, she said, would fail": an unquoted clause around its cue is all content.
    report = analyze("The harbour plan, Mayor Lene Dahl said, would fail within a year.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.text == "The harbour plan would fail within a year"


# ------------------------------------------------------------------------------------------
# An AP lead "..., knocking out power ..., officials said" is attributed whole
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A wall of hail battered the Dornfield valley on Sunday, flattening crops and damaging hundreds of roofs, officials said.\n",
            "A wall of hail battered the Dornfield valley on Sunday, flattening crops and damaging hundreds of roofs",
        ),
        (
            "A barge ran aground near Varna overnight, blocking the channel for six hours, port authorities said.\n",
            "A barge ran aground near Varna overnight, blocking the channel for six hours",
        ),
    ],
    ids=["hail", "barge"],
)
def test_participle_before_a_closing_cue_is_part_of_the_claim(nlp, text, content):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.text == content


def test_participle_after_the_content_of_an_opening_cue_goes_on(nlp):
    # With the cue first, a participle clause on the content's verb is what came of it, and
    # part of the claim too (round 20: measured on PolNeAR train, see ``_claim_participle``).
    report = analyze("Port officials said a barge ran aground near Varna, blocking the channel.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.text == "a barge ran aground near Varna, blocking the channel"
