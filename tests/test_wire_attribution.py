"""Wire-copy attribution the parser often gets wrong: a closing "the X news agency reported"
read as a participle, a name set off after a role in "according to", a dateline run into a
name, and a relative clause that tells of someone else. End to end with the real model, on
sentences written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze


def _hops(quote):
    return [hop.name for hop in quote.via]


def test_a_closing_news_agency_report_carries_the_statement_before_it(nlp):
    text = "Halvorsen said there was no rift in the coalition, the Norsk news agency reported on Monday.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Halvorsen"
    assert [c.text for c in quote.content] == ["there was no rift in the coalition"]
    assert _hops(quote) == ["Norsk"]


def test_a_closing_news_agency_report_citing_a_source_keeps_both_hops(nlp):
    text = (
        "Halvorsen said there was no rift in the coalition, the Norsk-Baltic news agency reported "
        "on Monday, citing a government statement.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Halvorsen"
    assert [c.text for c in quote.content] == ["there was no rift in the coalition"]
    assert _hops(quote)[-1] == "Norsk-Baltic"
    assert "statement" in " ".join(_hops(quote))


def test_an_act_reported_by_a_closing_outlet_is_the_actors_via_the_outlet(nlp):
    text = (
        "The defence minister, Oskar Lund, has dismissed reports of a rift in the cabinet, the "
        "Norsk news agency reported on Monday.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Oskar Lund"
    assert [c.text for c in quote.content] == ["reports of a rift in the cabinet"]
    assert _hops(quote) == ["Norsk"]


def test_a_name_set_off_after_the_role_in_according_to_is_the_speaker(nlp):
    text = "According to the governor's chief of staff, Elena Marsh, the bridge will reopen in June.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Elena Marsh"
    assert quote.speaker_descriptions == ("the governor's chief of staff",)
    assert [c.text for c in quote.content] == ["the bridge will reopen in June"]


def test_a_relative_clause_about_someone_else_gives_the_speaker_no_gender(nlp):
    text = (
        "Thomas Avery, whose daughter was injured in the fire, said he blamed the landlord. "
        '"Nobody checked the alarms," he said.\n'
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Thomas Avery", "Thomas Avery"]


def test_a_dateline_run_into_a_company_name_is_cut_off_at_the_dash(nlp):
    text = (
        "SAN JOSE, Calif. - Corvix Inc. will cut about 800 jobs, people familiar with the matter said "
        'on Tuesday.\n\nIn a statement, the company said the cuts were "painful but necessary."\n'
    )
    report = analyze(text, nlp=nlp)
    company = next(q for q in report.quotes if q.speaker.text == "the company")
    assert company.speaker_name == "Corvix Inc."


def test_a_dateline_is_no_description_of_the_speaker(nlp):
    text = "HARLOW - The mayor of Harlow, Dana Fenwick, said on Friday that the library would stay open.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Dana Fenwick"
    assert "HARLOW" not in quote.speaker_descriptions
    assert quote.speaker_descriptions == ("The mayor of Harlow",)


def test_an_outlet_noun_before_a_name_makes_the_carrier_an_outlet(nlp):
    text = (
        "The Corvian daily La Voz quoted the deputy minister, Carla Ruiz, as saying the navy had "
        "tracked two vessels.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Carla Ruiz"
    assert [(hop.name, hop.kind) for hop in quote.via] == [("La Voz", "outlet")]


def test_words_written_in_a_newspaper_came_through_it(nlp):
    text = "Critic Paul Dorne wrote in the Evening Ledger that the play was too long.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Paul Dorne"
    assert [(hop.name, hop.kind) for hop in quote.via] == [("Evening Ledger", "outlet")]


def test_said_in_a_place_is_no_carrier(nlp):
    report = analyze("The mayor said in Washington that the deal was done.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.via == ()


def test_the_participle_after_according_to_is_that_phrases_relay_not_a_quote(nlp):
    text = (
        "According to a report by the Harbor Times, citing diplomatic sources, the talks had "
        "been postponed.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "According to"
    assert quote.speaker.text == "diplomatic sources"
    assert [hop.name for hop in quote.via] == ["Harbor Times"]


def test_the_participle_after_according_to_is_no_cue_of_the_clause_after_it(nlp):
    # The parser hangs "citing" on "asked": it had become a quote of Beijing's citing sources.
    text = (
        "According to a report by the Tokyo-based Asahi Nippo, citing diplomatic sources, Beijing "
        "had privately asked Meridia to postpone the drills.\n"
    )
    report = analyze(text, nlp=nlp)
    assert not any(q.cue.text == "citing" for q in report.quotes)
    assert all(q.speaker_name != "Beijing" or "diplomatic sources" in [h.name for h in q.via] for q in report.quotes)


def test_a_participle_on_a_noun_that_cannot_speak_is_no_closing_cue(nlp):
    report = analyze("The patient died on Monday, the first death reported in the state.\n", nlp=nlp)
    assert report.quotes == ()


def test_a_described_speaker_after_an_opening_according_to_is_the_speaker_not_the_outlet(nlp):
    text = (
        "According to the Norwegian news agency NTB, the Norwegian delegate, Arne Skaug, said Oslo "
        "would wait for the science before committing to any cuts.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name == "Arne Skaug"
    assert quote.speaker_descriptions[0] == "the Norwegian delegate"
    assert [c.text for c in quote.content] == ["Oslo would wait for the science before committing to any cuts"]
    assert [hop.name for hop in quote.via] == ["NTB"]


def test_comments_to_an_outlet_name_whom_the_words_were_said_to(nlp):
    text = (
        "In comments to the Daily Star, a transport union official, Bernadette Cole, said drivers "
        "had been told by managers that their jobs depended on the extension.\n"
    )
    report = analyze(text, nlp=nlp)
    cole = next(q for q in report.quotes if q.speaker_name == "Bernadette Cole")
    assert cole.speaker_descriptions[0] == "a transport union official"
    assert cole.recipient is not None and cole.recipient.name == "Daily Star"


def test_the_person_cited_by_name_is_the_role_that_spoke(nlp):
    text = "The minister said there was no split in the cabinet, Interfax reported on Saturday, citing Ilya Petrakov.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "The minister"
    assert quote.speaker_name == "Ilya Petrakov"
    assert [hop.name for hop in quote.via] == ["Interfax"]


def test_a_source_cited_by_a_closing_report_stands_between_the_speaker_and_the_outlet(nlp):
    text = "The minister said there was no split, Interfax reported on Saturday, citing a ministry spokesman.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "The minister"
    assert [hop.name for hop in quote.via] == ["a ministry spokesman", "Interfax"]
