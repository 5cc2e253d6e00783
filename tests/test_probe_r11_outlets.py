"""Outlet and publisher failures found on the round 11 probe (p25-p27) articles, end to end with
the real model. The sentences are written by the quotecheck authors after the probes' repros."""

from __future__ import annotations

import pytest

from quotecheck.chains import same_outlet
from quotecheck.header import find_header
from quotecheck.model import Publisher
from quotecheck.pipeline import analyze
from quotecheck.render.common import chain

from .reports import rules as _rules


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("AP", "The Associated Press", True),
        ("AFP", "Agence France-Presse", True),
        ("AP", "Reuters", False),  # Guard
        ("Associated Press", "AP", False),  # Guard: the acronym comes first
    ],
    ids=["ap", "afp-hyphen", "other", "order"],
)
def test_abbreviates(short, full, expected):
    from quotecheck.extract.speakers import abbreviates

    assert abbreviates(short, full) is expected


@pytest.mark.parametrize(
    ("name", "publisher", "expected"),
    [
        ("Associated Press", "AP", True),
        ("AP", "Associated Press", True),
        ("Agence France-Presse", "AFP", True),
        ("this newspaper", None, True),
        ("our paper", "Harbour Herald", True),
        ("Reuters", "AP", False),  # Guard
        ("the newspaper", None, False),  # Guard: may be one the article named before
    ],
    ids=["full-for-acronym", "acronym-for-full", "afp", "this-newspaper", "our-paper", "other", "the-newspaper"],
)
def test_same_outlet(name, publisher, expected):
    assert same_outlet(name, Publisher(publisher, "option") if publisher else None) is expected


def test_words_told_to_the_dateline_agency_by_its_full_name_are_first_hand(nlp):
    # The dateline gives "AP"; the article calls it "The Associated Press" and "the AP".
    text = (
        "HOLLOWAY, Ore. (AP) — A truck overturned on the bridge, Sheriff Dana Price told "
        "The Associated Press. According to the AP, two other bridges were inspected.\n"
    )
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == "AP"
    assert len(report.quotes) == 2
    assert "QC101" not in _rules(report)


def test_a_full_agency_name_in_the_dateline_owns_its_acronym(nlp):
    text = "MARSEILLE (Agence France-Presse) — The port strike is over, union leader Paul Vidal told AFP.\n"
    report = analyze(text, nlp=nlp)
    assert report.quotes
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to this newspaper, Mr. Okafor said that the council had run out of money.\n",
        "The council had run out of money, Mrs. Adeyemi told this paper on Sunday.\n",
        "Mr. Okafor told our newspaper that the council had run out of money.\n",
    ],
    ids=["speaking-to-this-newspaper", "told-this-paper", "told-our-newspaper"],
)
def test_words_told_to_this_newspaper_are_first_hand(nlp, text):
    # "this newspaper" is the article's own outlet, named or not: the chain ends first-hand.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert chain(quote, report)[-1].first_hand
    assert "QC101" not in _rules(report)


def test_this_newspaper_is_the_publisher_not_a_paper_named_before(nlp):
    text = (
        "The Valley Courier first reported the closure on Monday.\n\n"
        "Mr. Okafor told this newspaper that the council had run out of money.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker_name and "Okafor" in q.speaker_name)
    assert quote.recipient is None or quote.recipient.name != "Valley Courier"
    assert not [f for f in report.findings if f.rule == "QC101" and f.quote == quote.id]


def test_guard_a_paper_named_with_the_is_still_second_hand(nlp):
    # Guard: another outlet stays a carrier.
    text = "Mr. Okafor told the Valley Courier that the council had run out of money.\n"
    report = analyze(text, nlp=nlp)
    assert "QC101" in _rules(report)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("By Tomas Rei, Staff Writer\nHarbour Herald\nPublished May 4, 2026\n\nBody.\n", "Harbour Herald"),
        ("By Tomas Rei\nThe Valley Courier\n\nBody.\n", "The Valley Courier"),
        ("By Tomas Rei, Political Editor\nReuters\n\nBody.\n", "Reuters"),
    ],
    ids=["masthead", "the-masthead", "listed"],
)
def test_outlet_on_its_own_line_under_the_byline_is_the_source(text, outlet):
    header = find_header(text)
    assert header.source is not None and header.source.text == outlet
    assert header.span is not None and outlet in header.span.text


def test_guard_a_headline_after_the_byline_is_no_outlet():
    # Guard: a line of capitalised words that is not a masthead.
    header = find_header("By Tomas Rei\nCouncil Backs Harbour Plan\n\nBody.\n")
    assert header.source is None


def test_words_told_to_the_outlet_of_a_byline_block_are_first_hand(nlp):
    text = (
        "By Tomas Rei, Staff Writer\nHarbour Herald\nPublished May 4, 2026\n\n"
        'Councillor Ines Bo told the Herald that the ferry had "no future without a subsidy."\n'
    )
    report = analyze(text, nlp=nlp)
    assert report.publisher is not None and report.publisher.name == "Harbour Herald"
    assert report.quotes
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("In an op-ed for the Eastholm Gazette, former minister Pia Rauth wrote that the budget was a gamble.\n", "Eastholm Gazette"),
        # Guard: the parser keeps "guest-column" whole here.
        ('In a guest-column for the Valley Courier, economist Lars Brun argued that rents were "out of reach."\n', "Valley Courier"),
    ],
    ids=["op-ed-for", "guest-column-for"],
)
def test_a_hyphenated_piece_for_an_outlet_names_the_carrier(nlp, text, outlet):
    # The tokenizer splits "op-ed" into "op", "-", "ed": the piece noun is the whole word.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert "QC101" in _rules(report)


@pytest.mark.parametrize(
    ("text", "verb", "credit"),
    [
        ('Writing in the Eastholm Gazette, columnist Ada Voss called the toll "a tax on distance."\n', "in", "wrote in"),
        ("Critic Ada Voss said on the Eastholm Gazette podcast that the film was too long.\n", "on", "said on"),
        ("Critic Ada Voss told the Eastholm Gazette that the film was too long.\n", "told", "told"),
    ],
    ids=["writing-in", "said-on", "told"],
)
def test_a_medium_the_words_appeared_in_is_not_told(nlp, text, verb, credit):
    # The chain and the suggested credit say where the words appeared, not "told".
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    recipient = next(link for link in chain(quote, report) if link.role == "recipient")
    assert recipient.verb == verb
    (finding,) = [f for f in report.findings if f.rule == "QC101"]
    assert f"{credit} the Eastholm Gazette" in finding.suggestion


def test_the_papers_podcast_is_the_paper_named_before(nlp):
    text = (
        "The Harbour Herald reported the closure on Monday.\n\n"
        "Jonas Kell, its editor, said on the paper's podcast that the vote would be close.\n"
    )
    report = analyze(text, nlp=nlp)
    quote = next(q for q in report.quotes if q.speaker_name == "Jonas Kell")
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == ("Harbour Herald", "outlet")


def test_the_papers_podcast_in_the_papers_own_article_is_first_hand(nlp):
    text = "Jonas Kell said on the paper's podcast that the vote would be close.\n"
    report = analyze(text, nlp=nlp, publisher="Harbour Herald")
    (quote,) = report.quotes
    assert chain(quote, report)[-1].first_hand
    assert "QC101" not in _rules(report)


@pytest.mark.parametrize(
    "closing",
    ["according to a translation by the Valley Courier", "according to the Valley Courier"],
    ids=["translation-by-outlet", "outlet"],
)
def test_a_closing_according_to_after_a_pronoun_cue_is_a_carrier(nlp, closing):
    # '"...," he said, according to X': he spoke, X carried (or translated) his words; the
    # pronoun's cue is no part of X's content.
    text = f'Farmer Aurel Vidal addressed the council on Tuesday. "We will lose the harvest," he said, {closing}.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "direct"
    assert [c.text for c in quote.content] == ['"We will lose the harvest,"']
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert quote.cue is not None and quote.cue.text == "said"
    assert [(h.name, h.kind) for h in quote.via] == [("Valley Courier", "outlet")]


def test_guard_a_pronoun_inside_what_was_said_is_not_carried(nlp):
    # Guard: "X said he believes ..., according to Y" stays X's statement.
    text = "The mayor said he believed the bridge would reopen, according to the Valley Courier.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_a_subject_inside_quoted_words_is_not_the_topic_a_pronoun_means():
    # '"Le patrimoine ... appartient à tous les Québécois," she wrote': the parser may make the
    # quotation the subject of "wrote"; a name inside it is what was said about, not the one
    # "she" means.
    from quotecheck.extract.frames import Mention, name_mention
    from quotecheck.extract.speakers import Registry
    from quotecheck.model import Span

    text = 'Ana Ruiz posted on Friday. "Mila Stone is leaving," she wrote.'
    quote = Span.of(text, text.index('"'), text.rindex('"') + 1)
    registry = Registry(quoted=[quote])
    for name in ("Ana Ruiz", "Mila Stone"):
        start = text.index(name)
        registry.learn(name_mention(Span.of(text, start, start + len(name)), label="PERSON", subject=True))
    at = text.index("she")
    she = Span.of(text, at, at + 3)
    pronoun = Mention(
        span=she, head=she, head_word="she", determiner="", label="", name="", proper=False, plural=False,
        pronoun=True, descriptions=(), words=("she",), subject=True,
    )
    assert registry.resolve(pronoun, lemma="write").name == "Ana Ruiz"


def test_an_outlet_that_translated_an_interview_is_a_hop(nlp):
    text = (
        '"The river is rising," ferry captain Paul Lemieux said in an interview conducted in French '
        "and translated by the Gazette du Saguenay.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert [(h.name, h.kind) for h in quote.via] == [("Gazette du Saguenay", "outlet")]
    assert "QC101" in _rules(report)


def test_guard_a_translator_that_is_no_outlet_is_no_hop(nlp):
    # Guard: an interpreter passed the words to no one.
    text = '"The river is rising," ferry captain Paul Lemieux said in an interview translated by his interpreter.\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.via == ()
    assert "QC101" not in _rules(report)
