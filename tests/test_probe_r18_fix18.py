"""Frames, chains and rules from QA probes p56 and p57: a British-spelled reason for anonymity,
a headline's noun "call", a second-hand report in an "after" clause, a wire carrier at the end
of a long sentence, an appositive of the reported claim, the time of speaking and a list after a
place name. End to end with the real model. The sentences are written by the quotecheck
authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _messages(report, rule):
    return [f.message for f in report.findings if f.rule == rule]


# --- 1. The reason for anonymity in British spelling ---------------------------------------------


@pytest.mark.parametrize(
    "reason",
    [
        "because they were not authorised to discuss the contract",
        "because they were not authorized to discuss the contract",
    ],
    ids=["british-ise", "guard-american-ize"],
)
def test_anonymity_reason_in_either_spelling_is_quoted(nlp, reason):
    text = (
        "Three hospital porters familiar with the tender said the trust had chosen a cheaper firm. "
        f"None of them would be named {reason}."
    )
    messages = _messages(analyze(text, nlp=nlp), "QC201")
    assert messages and all("reason given" in m for m in messages)
    assert any(reason in m for m in messages)


def test_guard_anonymity_without_reason_still_warns(nlp):
    # Guard: no reason at all is still reported as missing.
    text = "Three hospital porters familiar with the tender said the trust had chosen a cheaper firm."
    messages = _messages(analyze(text, nlp=nlp), "QC201")
    assert messages and all("no reason for the anonymity is given" in m for m in messages)


# --- 2. A headline's noun of saying after a verb the tagger read as a plural noun --------------

_BODY = "\n\nThe gallery opened in 1911."


@pytest.mark.parametrize(
    "headline",
    [
        "Gallery rejects call to return Benin masks as pressure grows",
        "Minister rejects call to resign over the ferry contract",
        "Council backs call to close the Harrow Lane bridge",
    ],
    ids=["gallery-rejects-call", "minister-rejects-call", "council-backs-call"],
)
def test_headline_noun_call_after_verb_is_no_cue(nlp, headline):
    report = analyze(headline + _BODY, nlp=nlp)
    assert [q for q in report.quotes if q.cue is not None and q.cue.text.startswith("call")] == []
    assert not _messages(report, "QC201")


def test_guard_headline_plural_speaker_calls_for(nlp):
    # Guard: a plural speaker right before the cue stays the speaker.
    report = analyze("Gallery workers call for strike over pay" + _BODY, nlp=nlp)
    assert [(q.speaker.text, q.cue.text) for q in report.quotes] == [("Gallery workers", "call for")]


# --- 3. A second-hand report with "citing" inside a clause of time ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bond prices slid after the Lakeside Ledger reported, citing a leaked draft, that the tax would rise.",
        "Bond prices slid on Monday after the Lakeside Ledger reported, citing a leaked draft, that the tax would rise.",
    ],
    ids=["after-advcl", "after-ccomp"],
)
def test_citing_aside_inside_after_clause_gives_the_source_via_the_carrier(nlp, text):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "a leaked draft"
    assert [hop.span.text for hop in quote.via] == ["the Lakeside Ledger"]
    assert [p.text for p in quote.content] == ["that the tax would rise"]
    assert [f.rule for f in report.findings if f.rule == "QC101"] == ["QC101"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Lakeside Ledger reported, citing a leaked draft, that the tax would rise.", "a leaked draft"),
        ("Bond prices slid after the Lakeside Ledger reported that the tax would rise.", "the Lakeside Ledger"),
    ],
    ids=["main-clause", "after-without-citing"],
)
def test_guard_citing_and_after_on_their_own(nlp, text, speaker):
    # Guard: the aside in a main clause, and "after ... reported that" without one.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == speaker
    assert [p.text for p in quote.content] == ["that the tax would rise"]


# --- 4. A carrier at the end whose name the parser split from its description ------------------


def test_closing_carrier_split_into_two_subjects_is_kept(nlp):
    # The parser reads "agency" and "KNA" as two subjects of "reported".
    text = (
        "Dorvakia's governing coalition was on the verge of collapse on Thursday after the leader of "
        "its junior partner said her party would leave the cabinet unless Prime Minister Ilko Varga "
        "dropped a contested wage reform, the state news agency KNA reported."
    )
    report = analyze(text, nlp=nlp)
    carried = [q for q in report.quotes if q.speaker_name == "KNA" or any(h.name == "KNA" for h in q.via)]
    assert carried
    assert any("KNA" in m for m in _messages(report, "QC101"))


@pytest.mark.parametrize(
    "text",
    [
        # The parser reads "KNA" as the apposition of "agency".
        "Dorvakia's governing coalition was on the brink of collapse on Thursday after the leader of "
        "its junior partner said her party would quit the cabinet unless Prime Minister Ilko Varga "
        "dropped a contested tax reform, the state news agency DTA reported.",
        "The union chief said his members would stay out until wages rose, the regional news agency DTA reported.",
    ],
    ids=["appositive-parse", "plain-said"],
)
def test_guard_closing_carrier_with_description(nlp, text):
    report = analyze(text, nlp=nlp)
    assert any(q.speaker_name == "DTA" or any(h.name == "DTA" for h in q.via) for q in report.quotes)
    assert any("DTA" in m for m in _messages(report, "QC101"))


# --- 5. A ranking of the figure stays in the content; the time of speaking stays out ----------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Unemployment in the province climbed to 7.2 percent, the highest level in a decade, the statistics office said.",
            "Unemployment in the province climbed to 7.2 percent, the highest level in a decade",
        ),
        (
            "The price of copper rose to $9,800 a tonne, the highest since 2021, Bloomberg reported.",
            "The price of copper rose to $9,800 a tonne, the highest since 2021",
        ),
    ],
    ids=["percent-highest-level", "money-highest-since"],
)
def test_ranking_appositive_of_a_figure_stays_in_content(nlp, text, content):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [p.text for p in quote.content] == [content]


def test_guard_writers_aside_after_a_figure_is_cut(nlp):
    # Guard: an appositive with a clause of its own is still the writer's aside.
    (quote,) = analyze("Prices rose 3 percent, a move that angered shoppers, the ministry said.", nlp=nlp).quotes
    assert [p.text for p in quote.content] == ["Prices rose 3 percent"]


@pytest.mark.parametrize(
    ("text", "content", "when"),
    [
        ("The library said on Monday it would close the east wing.", "it would close the east wing", "on Monday"),
    ],
    ids=["said-on-monday"],
)
def test_time_of_speaking_before_thatless_clause_is_context(nlp, text, content, when):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [p.text for p in quote.content] == [content]
    assert [c.text for c in quote.context] == [when]


@pytest.mark.parametrize(
    ("text", "content", "when"),
    [
        ("The library said on Monday that it would close the east wing.", "that it would close the east wing", "on Monday"),
        ("The ferry operator told reporters on Friday it would cut two routes.", "it would cut two routes", "on Friday"),
    ],
    ids=["said-on-monday-that", "told-reporters-on-friday"],
)
def test_guard_time_of_speaking_already_context(nlp, text, content, when):
    # Guard: with "that", and after "told reporters", the time was already the cue's.
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [p.text for p in quote.content] == [content]
    assert [c.text for c in quote.context] == [when]


# --- 6. A list after a place name --------------------------------------------------------------


def test_list_after_place_name_stays_in_content(nlp):
    (quote,) = analyze(
        "The inquiry heard that Marsh spent the grant on a flat in Lisbon, a speedboat and two racehorses.", nlp=nlp
    ).quotes
    assert [p.text for p in quote.content] == ["that Marsh spent the grant on a flat in Lisbon, a speedboat and two racehorses"]


def test_guard_description_of_a_name_is_still_cut(nlp):
    # Guard: an appositive describing the name it follows, coordinated inside, is still cut.
    (quote,) = analyze(
        "The report said the fund was run by a lawyer in Leeds, Ann Cole, a partner and director of the firm.", nlp=nlp
    ).quotes
    assert [p.text for p in quote.content] == ["the fund was run by a lawyer in Leeds, Ann Cole"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Okafor recalled how on her first night in the city, all she heard was the traffic.",
            "how on her first night in the city, all she heard was the traffic",
        ),
        (
            "He described the plan as a bargain, he told donors, in which every town would get a clinic.",
            "in which every town would get a clinic",
        ),
    ],
    ids=["recalled-how-on", "told-in-which"],
)
def test_guard_phrase_before_clause_that_is_content(nlp, text, content):
    # Guard: a phrase after "how", or a relative one, is the speaker's, not the time of speaking.
    quotes = [q for q in analyze(text, nlp=nlp).quotes if q.cue.text in ("recalled", "told")]
    assert content in [p.text for p in quotes[0].content]


def test_guard_described_name_in_nested_phrase_is_cut(nlp):
    # Guard: an appositive with a clause of its own describes the name; it is no list member.
    text = "Detectives cited the case of Marlo 7, a group or network of traders who police say is based in Riga."
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.cue.text == "cited")
    assert [p.text for p in quote.content] == ["the case of Marlo 7"]
