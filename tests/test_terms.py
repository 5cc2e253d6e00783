"""Quoted strings that are not speech: names, titles and scare quotes."""

from __future__ import annotations

import pytest

from quotecheck import marks
from quotecheck.extract.terms import classify
from quotecheck.pipeline import analyze


def verdict(text: str) -> str:
    (quotation,) = [q for q in marks.scan(text).quotations if q.depth == 0]
    return classify(text, quotation)[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('the so-called “Russian interference” in the election', "scare", id="so-called"),
        pytest.param("a self-styled 'voice of reason' on the council", "scare", id="self-styled"),
        pytest.param('what she called a "campaign of leaks" against them', "scare", id="what-she-called"),
        pytest.param('during a session at the "Territory of Meanings" forum', "name", id="event-name"),
        pytest.param("they screened the documentary “Harbour Lights” again", "name", id="work-title"),
        pytest.param('the EU\'s "Clean Rivers" initiative', "name", id="initiative"),
        pytest.param("The film „Das leere Dorf“ opened the festival.", "name", id="work-title-in-sentence-case"),
        pytest.param('Her novel "A quiet life" sold well.', "name", id="english-title-in-sentence-case"),
        pytest.param('the plan "would hurt everyone" in town', "fragment", id="lower-case-words-after-a-title-noun"),
        pytest.param('Her memoir, "A Road Through Velm," came out in May.', "name", id="title-set-off-by-commas"),
        pytest.param('She told them, "Come Home Soon," and left.', "fragment", id="capitalised-words-with-comma-no-title-noun"),
        pytest.param('he was "a big advocate" of the rules', "fragment", id="partial-quote"),
        pytest.param('Trump said he was "smart." Nobody laughed.', "fragment", id="short-with-full-stop-mid-sentence"),
        pytest.param('"We will not follow the example of others," he said.', "speech", id="sentence"),
        pytest.param('He said:\n\n"Not this year."', "speech", id="short-standalone-sentence"),
        pytest.param('Ferry row\n\n"Nobody warned the islanders"\n\nThe ferry ...', "speech", id="pull-quote-on-its-own-line"),
        pytest.param('Banners read:\n- "Not for sale"\n- Save the ward', "speech", id="bulleted-line"),
        pytest.param('Ferry row\n\n"Shameful"\n\nThe ferry ...', "fragment", id="one-word-on-its-own-line"),
        pytest.param('Ferry row\n\nThe "Island Link" ferry ...', "name", id="name-inside-a-line"),
    ],
)
def test_classify(text, expected):
    assert verdict(text) == expected


@pytest.mark.parametrize(
    "text",
    ['Osei, known as "the Rocket", scored twice.', 'Osei, nicknamed "the Rocket" by fans, scored twice.', 'the striker also known as "Rocket Man"'],
    ids=["known-as", "nicknamed", "also-known-as"],
)
def test_a_nickname_is_a_name_not_scare_quotes(text):
    (quotation,) = marks.scan(text).quotations
    assert classify(text, quotation)[0] == "name"


@pytest.mark.parametrize(
    "text, verdict",
    [
        ('Some fans held banners reading "Time to go" at the match.', "name"),
        ('One placard that read "Save our pool" was held aloft.', "name"),
        ('She said reading "the riot act" was not her style.', "scare-or-speech"),
    ],
    ids=["banners-reading", "placard-that-read", "reading-as-a-verb"],
)
def test_the_words_on_a_sign_are_a_label(text, verdict):
    (quotation,) = marks.scan(text).quotations
    found = classify(text, quotation)[0]
    assert found == "name" if verdict == "name" else found != "name"


def test_a_title_after_titled_is_a_name_not_speech(nlp):
    text = (
        'A 2021 engineering report, titled "Halvern Water: Risks and Priorities," had warned that '
        "the pipes were failing.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(t.kind, t.span.text) for t in report.terms] == [("name", '"Halvern Water: Risks and Priorities,"')]
    assert not any("Risks" in c.text for q in report.quotes for c in q.content if q.type == "direct")
