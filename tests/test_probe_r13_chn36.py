"""Attribution chains and findings found on the round 13 probes p36 and p37: a source quoted by
a newspaper, a caveat after a refusal, words said on another outlet's programme or podcast, an
organisation's own newsletter. End to end with the real model. The sentences are written by
the quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _via(quote):
    return [(hop.name, hop.kind) for hop in quote.via]


# --- "according to a source quoted by the newspaper X" -----------------------------------------


def test_according_to_source_quoted_by_newspaper(nlp):
    # The source spoke, the paper carried the words: one hop, not the source twice.
    text = "According to a police source quoted by the newspaper Dolna Vesti, the bridge was mined overnight."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "a police source"
    assert quote.speaker_kind == "anonymous"
    assert _via(quote) == [("Dolna Vesti", "outlet")]
    rules = _rules(report, quote.id)
    assert rules.count("QC201") == 1
    assert "QC101" in rules


def test_according_to_officials_cited_by_broadcaster(nlp):
    text = "According to officials cited by state radio, the border crossing will reopen on Monday."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker is not None and quote.speaker.text == "officials"
    assert _via(quote) == [("state radio", "outlet")]


# --- QC204 passes over refusals ----------------------------------------------------------------


def test_neither_caveat_skips_refusal(nlp):
    # "did not respond to a request for comment" reports no claim: the caveat is not on it.
    text = (
        'The rebel commander, Tomas Varga, said that his fighters "hold the whole valley." '
        "Army spokesmen did not respond to a request for comment.\n\n"
        "Neither side's claims could be independently verified."
    )
    report = analyze(text, nlp=nlp)
    claim, refusal = report.quotes
    assert refusal.act == "refusal"
    assert "QC204" in _rules(report, claim.id)
    assert "QC204" not in _rules(report, refusal.id)


# --- words said on another outlet's programme or podcast ---------------------------------------


def test_told_host_on_broadcasters_programme_is_second_hand(nlp):
    text = (
        '"We moved too slowly," Transport Secretary Mirela Dobson told presenter Owen Tate on '
        'Radio Harrow\'s "Drive Time" programme on Friday.'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert quote.recipient.name == "Radio Harrow"
    assert "QC101" in _rules(report, quote.id)


def test_said_on_quoted_podcast_title_is_second_hand(nlp):
    text = 'Dobson said on the "Commuter Hour" podcast that fares would be frozen.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "outlet"
    assert quote.recipient.name == "Commuter Hour"
    assert "that fares" not in quote.recipient.span.text
    assert [c.text for c in quote.context] == ['on the "Commuter Hour" podcast']
    assert "QC101" in _rules(report, quote.id)


def test_in_an_appearance_on_broadcasters_show(nlp):
    text = 'In an appearance on Radio Harrow\'s "Drive Time" on Monday, Dobson said fares would be frozen.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.name == "Radio Harrow"
    # The quoted title does not end the occasion's phrase.
    assert quote.context and quote.context[0].text.startswith('In an appearance on Radio Harrow\'s "Drive Time"')


def test_caller_told_podcasts_hosts(nlp):
    # The podcast heard it, not "podcast's hosts on ..."; a caller is an unnamed source.
    text = '"Nobody listens to us," a caller told the podcast\'s hosts on Tuesday\'s episode.'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in _rules(report, quote.id)
    assert quote.recipient is not None and quote.recipient.name == "podcast"
    assert quote.recipient.kind == "outlet"


def test_told_named_person_without_programme_keeps_person(nlp):
    # Guard: a person told on a day, on no programme, stays the recipient.
    text = "Dobson told Owen Tate on Monday that fares would be frozen."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.recipient is not None and quote.recipient.kind == "person"


# --- an organisation's own newsletter ----------------------------------------------------------


def test_council_newsletter_is_a_document(nlp):
    text = "The parish hall will close for repairs in March, according to a council newsletter."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert "QC101" not in _rules(report, quote.id)


def test_unions_own_bulletin_is_a_document(nlp):
    text = "Strike ballots will go out next week, according to the union's bulletin."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert "QC101" not in _rules(report, quote.id)


def test_titled_newsletter_stays_an_outlet(nlp):
    # Guard: a newsletter with a title of its own is a publication.
    text = "Strike ballots will go out next week, according to the Morning Brief newsletter."
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "outlet"
