"""What the parser reads: headlines in title case with their verbs and function words lowered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.parsing import parser_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clinton Says Russians Hacked DNC", "Clinton says Russians Hacked DNC"),
        ("Mayor Vows To Reopen The Bridge By March", "Mayor vows to Reopen the Bridge by March"),
        # A given name that is also a cue form stays a name.
        ("Aide Hope Hicks Says Deal Failed", "Aide Hope Hicks says Deal Failed"),
        # The first word of a line is never touched.
        ("Says Mayor: Bridge Will Reopen", "Says Mayor: Bridge Will Reopen"),
        # Only the title-case line changes; the sentence under it is left as written.
        ("Council Denies Delay\n\nThe Council said it denies The delay.", "Council denies Delay\n\nThe Council said it denies The delay."),
    ],
    ids=["says", "function-words", "given-name", "first-word", "only-headlines"],
)
def test_title_case_lines_are_read_in_lower_case(text, expected):
    assert parser_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the bridge would reopen in March.",
        "HALLORAN: WILL THE FERRY SAY NO?",  # capitals are a transcript's, not a title's
        "Talks Said",  # too short to be a headline
        "Ilse Varga, Aurel Petrescu and Tomas Berg met on Tuesday.",  # names, no cue verb
    ],
    ids=["sentence", "capitals", "short", "names"],
)
def test_other_text_is_read_as_written(text):
    assert parser_text(text) == text


@given(st.text())
def test_same_length_and_only_case_changes(text):
    from quotecheck.lexicon import PARSER_GUILLEMETS

    read = parser_text(text)
    assert len(read) == len(text)
    assert all(a == b or a == b.upper() or b in PARSER_GUILLEMETS.get(a, ()) for a, b in zip(text, read))


def _stops(text: str) -> list[str]:
    import spacy

    from quotecheck.parsing import abbreviation_stops

    doc = abbreviation_stops(spacy.blank("en").make_doc(text))
    return [tok.text for tok in doc if tok.is_sent_start and tok.i > 0]


@pytest.mark.parametrize(
    "text, starts",
    [
        ("The alarm rang at 2 a.m. She called the police.", ["She"]),
        ("Shares fell in the U.S. The index lost 2 percent.", ["The"]),
        ("The alarm rang at 2 a.m. Tuesday and again at noon.", []),  # the time goes on
        ("The U.S. Senate voted on Monday.", []),  # a name goes on
        ("It rang at 2 a.m.She called.", []),  # no space: not a sentence break by itself
        ("Mr. Varga said so.", []),  # a title before a name
    ],
    ids=["time", "country", "weekday-after", "name-after", "glued", "title"],
)
def test_a_sentence_starts_after_an_abbreviation_before_an_opener(text, starts):
    assert _stops(text) == starts


def test_the_parser_keeps_a_sentence_break_after_an_abbreviation(nlp):
    from quotecheck import analyze

    text = "Susan Park said she had heard glass breaking at about 2 a.m. She said she called 911 immediately."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [
        "Susan Park said she had heard glass breaking at about 2 a.m.",
        "She said she called 911 immediately.",
    ]
    report = analyze(text, nlp=nlp)
    assert [(q.cue.text, [c.text for c in q.content]) for q in report.quotes] == [
        ("said", ["she had heard glass breaking at about 2 a.m."]),
        ("said", ["she called 911 immediately"]),
    ]


@pytest.mark.parametrize(
    "text, last_words",
    [
        ("They moved from 2G to 3G.", ["3", "G", "."]),
        ("She rates it an A.", ["an", "A."]),  # an initial keeps its stop, as before
        ("He met the CEO.", ["CEO", "."]),
    ],
)
def test_a_full_stop_after_a_digit_and_a_capital_ends_the_sentence(nlp, text, last_words):
    assert [t.text for t in nlp.tokenizer(text)][-len(last_words) :] == last_words


def test_the_last_word_before_such_a_stop_stays_in_the_quote(nlp):
    from quotecheck.pipeline import analyze

    (quote,) = analyze("Ren said the company moved from 2G to 3G.", nlp=nlp).quotes
    assert quote.content[0].text == "the company moved from 2G to 3G"


@pytest.mark.parametrize(
    "text",
    [
        'Trump told supporters in Florida on Tuesday to "go out and vote Nov. 28."',
        "Republican presidential nominee Donald Trump has repeatedly insisted that the election is rigged.",
        "The NBC/Wall Street Journal poll surveyed 500 registered voters from Oct. 10 to Oct. 13.",
    ],
)
def test_a_sentence_is_recognised_alone_as_in_place(nlp, text):
    from quotecheck.parsing import _sentence_doc

    doc = nlp(text, disable=["ner"]) if "ner" in nlp.pipe_names else nlp(text)
    sent = next(iter(doc.sents))
    ner = nlp.get_pipe("ner")
    light = ner(_sentence_doc(doc, sent.start, sent.end))
    full = ner(doc[sent.start : sent.end].as_doc())
    assert [(e.start, e.end, e.label_) for e in light.ents] == [(e.start, e.end, e.label_) for e in full.ents]
    assert [t.norm_ for t in light] == [t.norm_ for t in full]


def _parsed(nlp, text):
    return nlp(text, disable=["ner"]) if "ner" in nlp.pipe_names else nlp(text)


def test_a_sentence_with_no_name_number_or_time_goes_to_no_recognizer(nlp):
    from quotecheck.parsing import name_windows

    doc = _parsed(nlp, "She said the plan was a mistake and would cost the town dearly.")
    assert list(name_windows(doc, 0, len(doc))) == []


def test_names_far_apart_make_two_windows_and_near_ones_one(nlp):
    from quotecheck.parsing import name_windows

    far = _parsed(
        nlp,
        "Ms. Okafor said the council had spent the money it had set aside for the roads on "
        "a new building that nobody in the town had asked for and that Mr. Brandt opposed.",
    )
    windows = list(name_windows(far, 0, len(far), context=3))
    assert len(windows) == 2
    assert far[windows[0][0] : windows[0][1]].text.startswith("Ms. Okafor")
    assert "Brandt" in far[windows[1][0] : windows[1][1]].text
    near = _parsed(nlp, "Ms. Okafor told Mr. Brandt on Tuesday that the vote would wait.")
    assert len(list(name_windows(near, 0, len(near), context=3))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Last week the committee, which has been meeting behind closed doors for months, said it "
        "would publish its findings, according to Senator Maria Delgado of New Mexico.",
        "The union's members, who walked out after talks broke down over pay and pensions and the "
        "length of shifts at the plant, were told by Acme Steel on Friday to return.",
        "A spokesman for the ministry said nothing had been decided about the fate of the 3,000 "
        "workers whose contracts end this month in Leeds and Sheffield.",
    ],
)
def test_entities_read_in_windows_are_those_read_in_the_whole_sentence(nlp, text):
    from quotecheck.parsing import add_entities

    windowed, whole = _parsed(nlp, text), nlp(text)
    add_entities(nlp, [(windowed, [(0, len(windowed))])])
    assert [(e.start, e.end, e.label_) for e in windowed.ents] == [(e.start, e.end, e.label_) for e in whole.ents]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("She said the plan would take decades.", "decades"),
        ("He said it happened hours earlier.", "hours earlier"),
        ("They said the next few centuries would be quieter.", "the next few centuries"),
    ],
)
def test_a_time_with_no_name_or_number_is_still_recognised(nlp, text, entity):
    from quotecheck.parsing import add_entities

    doc = _parsed(nlp, text)
    add_entities(nlp, [(doc, [(0, len(doc))])])
    assert entity in [e.text for e in doc.ents]


def test_the_full_reference_reads_whole_sentences(nlp):
    from quotecheck.parsing import add_entities, name_windows

    text = "She said the plan was a mistake and would cost the town dearly."
    doc = _parsed(nlp, text)
    assert list(name_windows(doc, 0, len(doc))) == []
    sentence = doc[0 : len(doc)]
    assert add_entities(nlp, [(doc, [(sentence.start, sentence.end)])], whole=True) == [doc]
    assert add_entities(nlp, [(_parsed(nlp, text), [(0, len(doc))])]) == []
