"""Chain and cue failures found on the round 10 probe (p19) articles, end to end with the real
model. The sentences are written by the quotecheck authors after the probe's repros."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ('Its founder, Mirela Dunne, posted on X that Pondlight "has never sold any data."\n', "Mirela Dunne", "Its founder"),
        ('Its founder, Oren Pike, posted on X that the company "has never lost a customer."\n', "Oren Pike", "Its founder"),
    ],
    ids=["dunne", "pike"],
)
def test_posted_on_x_that_is_a_cue(nlp, text, name, description):
    # The tagger reads "posted" after the appositive name as a participle on "Its founder" ("a
    # notice posted on the door"), and the parser hangs the that-clause on the noun beside it:
    # no cue, no speaker. ("posted on Facebook that", "wrote on X that" parse as cues.)
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.type == "mixed"
    assert quote.speaker_name == name
    assert quote.speaker_descriptions == (description,)
    assert quote.cue is not None and quote.cue.text == "posted"
    # The platform is where the words were posted, not a carrier.
    assert [c.text for c in quote.context] == ["on X"]
    assert not quote.via
    assert "QC202" not in [f.rule for f in report.findings]


def test_posted_on_x_does_not_continue_the_quote_before(nlp):
    # After a quote, the speakerless words were taken for its continuation. A participle that
    # is no cue keeps its reading ("The notice posted on the gate").
    text = (
        'Pondlight is cutting staff, a former manager told the Orwell Ledger, calling the plan "a mess."\n\n'
        'Its founder, Mirela Dunne, posted on X that Pondlight "has never sold any data."\n\n'
        "The notice posted on the gate that morning said the yard was closed.\n"
    )
    *_, posted, notice = analyze(text, nlp=nlp).quotes
    assert posted.speaker_name == "Mirela Dunne"
    assert not posted.via
    assert notice.speaker is not None and notice.speaker.text.startswith("The notice")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'His first album, recorded in 1998, was praised by the Harbour Ledger at the time as "a bruised, tender record."\n',
            "Harbour Ledger",
            "outlet",
        ),
        ('The new ferry terminal was described by Mayor Tilde Brask as "a door to the whole coast."\n', "Tilde Brask", "person"),
    ],
    ids=["outlet-agent", "person-agent"],
)
def test_the_agent_of_a_passive_judgement_is_the_speaker(nlp, text, name, kind):
    # "was described/praised by X as ...": X said it; the subject is what was described.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == name
    assert quote.speaker_kind == kind
    assert quote.content[-1].text.startswith('as "')
    assert "QC203" not in [f.rule for f in report.findings]
    if kind == "outlet":
        assert [f.quote for f in report.findings if f.rule == "QC101"] == [quote.id]
        # "at the time" says when, not what was said.
        assert [c.text for c in quote.context] == ["at the time"]


def test_a_report_which_quoted_someone_as_saying(nlp):
    # "according to a report by X, which quoted Y as saying ...": the report's claim is X's, and
    # what follows "as saying" is Y's, through X. Y's words were taken for the chain's and its
    # quoted words for scare quotes.
    text = (
        "Halvane is looking for a buyer, according to a report by the Morning Ledger, which quoted "
        'an investor as saying the sale "could take months."\n'
    )
    report = analyze(text, nlp=nlp)
    claim, words = report.quotes
    assert claim.content[0].text == "Halvane is looking for a buyer"
    assert (claim.speaker_name, claim.speaker_kind) == ("Morning Ledger", "outlet")
    assert not claim.via
    assert words.type == "mixed"
    assert words.content[0].text == 'the sale "could take months."'
    assert (words.speaker.text, words.speaker_kind) == ("an investor", "anonymous")
    assert [h.name for h in words.via] == ["Morning Ledger"]
    rules = {(f.rule, f.quote) for f in report.findings}
    assert {("QC101", claim.id), ("QC101", words.id), ("QC201", words.id)} <= rules
    assert not {"QC203", "QC301"} & {rule for rule, _ in rules}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Edda Morel ran the lighthouse for thirty years. Asked in a 2009 BBC Radio Kestrel documentary "
            'whether the winters had been hard, Morel replied: "Every one of them."\n',
            "BBC Radio Kestrel",
        ),
        (
            'Asked in a 2015 Radio Kestrel documentary about the strike, Tomas Brede replied: "We had no choice."\n',
            "Radio Kestrel",
        ),
    ],
    ids=["bbc-station", "radio-name"],
)
def test_a_broadcast_piece_the_speaker_was_asked_in_carried_the_words(nlp, text, outlet):
    # Like "In a 1998 interview with the Gazette, X said", the broadcaster named on the piece
    # had the words first: QC101.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert quote.recipient.span is not None and quote.recipient.span.text == outlet
    assert [f.quote for f in report.findings if f.rule == "QC101"] == [quote.id]


@pytest.mark.parametrize(
    "text",
    [
        "The minister's office says she will tour the flooded valleys tomorrow if conditions allow, "
        "state broadcaster TV-Vest reported, citing a ministry official.\n",
        "The premier's office says he will fly over the burned districts tomorrow if the smoke clears, "
        "public broadcaster Kanal-Sud reported, citing a senior aide.\n",
    ],
    ids=["cue-in-content", "relay-on-content"],
)
def test_a_closing_cue_after_a_condition_carries_the_whole_report(nlp, text):
    # After "if conditions allow" the parser hung the closing "X reported" (and its "citing")
    # inside the office's content: one copy of the words had no chain, or the aide became the
    # speaker and the office a go-between.
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text.endswith("office")
    assert quote.content[0].text.endswith(("if conditions allow", "if the smoke clears"))
    assert [h.kind for h in quote.via] == ["anonymous", "outlet"]
    assert "QC101" in [f.rule for f in report.findings if f.quote == quote.id]
