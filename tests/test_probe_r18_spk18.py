"""Speakers and their kinds from the round 18 probes (p56, p57): a place's name set off after a
place noun inside the speaker's phrase, and more below. End to end with the real model. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules, quotes_by_cue


def _one(report, cue="said"):
    (quote,) = quotes_by_cue(report, cue)
    return quote


# --- "Analysts at the X Institute in the capital, Veresk, said" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Economists at the Halden Institute in the city, Tarsk, said prices would rise again.",
        "Analysts at the Corvin Bank in the capital, Mirova, said growth would slow next year.",
    ],
    ids=["city", "capital"],
)
def test_place_named_after_place_noun_is_not_the_speaker(nlp, text):
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name is None
    assert quote.speaker_kind == "organization"  # they speak for the named body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for the mayor of the city, Dana Reeve, said the roads would close.", "Dana Reeve"),
        ("The mayor of the town, Ilse Brandt, said the bridge would reopen.", "Ilse Brandt"),
    ],
    ids=["spokesman", "mayor"],
)
def test_guard_person_named_after_place_noun_is_the_speaker(nlp, text, name):
    # Guard: a person's name set off after the place noun is still the speaker's.
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name == name
    assert quote.speaker_kind == "person"


# --- "Oba Adeyemi II, a descendant of the Oru royal family, told ..." ---------------------------


def test_unfamiliar_title_read_as_preposition_keeps_the_name(nlp):
    # The parser reads the unfamiliar title as a preposition and the description as the subject.
    text = (
        "Oba Olatunde II, a descendant of the Ife royal family, told the Harbour Times that his"
        ' people had waited decades. "We want them home," he said.'
    )
    report = analyze(text, nlp=nlp)
    told = _one(report, "told")
    assert told.speaker_name == "Oba Olatunde II"
    assert told.speaker_kind == "person"
    assert _one(report).speaker_name == "Oba Olatunde II"


@pytest.mark.parametrize(
    "text",
    [
        'Adewale, a descendant of the Oru royal family, told reporters the masks were stolen. "We want them back," he said.',
        'Okonjo, a descendant of the Ebo royal family, told reporters the masks were stolen. "We want them back," he said.',
    ],
    ids=["family-noun", "royal-read-as-name"],
)
def test_family_name_is_no_one_a_pronoun_means(nlp, text):
    # The family's name before "family" is no person: "he" is the man named before it.
    report = analyze(text, nlp=nlp)
    name = text.split(",")[0]
    assert _one(report, "told").speaker_name == name
    assert _one(report).speaker_name == name
    assert _one(report).speaker_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        'Kelechi, a grandson of the Obi royal family, told reporters the masks were stolen. "We want them back," he said.',
        'Tavita, a member of the Malo royal family, told reporters the masks were stolen. "We want them back," he said.',
    ],
    ids=["grandson", "member"],
)
def test_guard_named_person_of_a_family_keeps_his_quotes(nlp, text):
    # Guard: where the man's own name is read as a person's, both quotes stay his.
    report = analyze(text, nlp=nlp)
    name = text.split(",")[0]
    assert _one(report, "told").speaker_name == name
    assert _one(report).speaker_name == name


def test_guard_opening_preposition_is_not_a_title(nlp):
    # Guard: a real preposition opening the sentence stays one.
    report = analyze("In Ravenna, officials said the museum would reopen in May.", nlp=nlp)
    quote = _one(report)
    assert quote.speaker is not None and quote.speaker.text == "officials"


# --- "the museum's trustees said" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a letter, the gallery's trustees said the paintings had been bought in good faith.",
        "The trustees of the library said the reading room would close in June.",
        "The academy's governors said the head teacher would stay.",
    ],
    ids=["possessive", "of-phrase", "governors"],
)
def test_board_of_a_body_speaks_for_it(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = _one(report)
    assert quote.speaker_kind == "organization"
    assert "QC201" not in quote_rules(report, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Trustees said the reading room would close in June.",
        "Some of the library's trustees said the reading room would close in June.",
        "A trustee said the reading room would close in June.",
    ],
    ids=["bare", "partitive", "one"],
)
def test_guard_unnamed_trustees_stay_vague(nlp, text):
    # Guard: unnamed members of some board, or some of them, are still a vague source.
    report = analyze(text, nlp=nlp)
    quote = _one(report)
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in quote_rules(report, quote)


# --- headline "Retailer Brightmart says ..." ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Carmaker Voltrane says recall will cost millions\n\n"
            "Voltrane said on Monday that it would recall 40,000 vans. The company said the fault was rare.",
            "Voltrane",
        ),
        (
            # The recognizer reads "Retailer Dunholt" as a person's name.
            "Retailer Dunholt says hackers took card details\n\n"
            "Dunholt said on Friday that hackers had taken card details. The company said the breach was closed.",
            "Dunholt",
        ),
    ],
    ids=["carmaker", "retailer-read-as-person"],
)
def test_headline_company_noun_is_no_part_of_the_name(nlp, text, name):
    report = analyze(text, nlp=nlp)
    for quote in report.quotes:
        assert quote.speaker_name == name
        assert quote.speaker_kind == "organization"
    assert len(report.quotes) == 3


def test_headline_company_noun_not_taken_for_analysts_employer(nlp):
    text = (
        "Lender Pellmoor says savers face higher fees\n\n"
        "Ines Varga, a banking analyst at Cordell Partners, said other banks would follow.\n\n"
        "The company said fees would rise in April."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker is not None and last.speaker.text == "The company"
    assert last.speaker_name == "Pellmoor"


def test_guard_company_noun_written_with_the_name_in_the_story_stays_a_name(nlp):
    # Guard: a name the story writes again with the noun in it is the name itself.
    text = (
        "Airline Partners Group says fares will rise\n\n"
        "Airline Partners Group said on Monday that fares would rise by 4%."
    )
    report = analyze(text, nlp=nlp)
    assert {q.speaker_name for q in report.quotes} == {"Airline Partners Group"}


# --- "The Kestrel Vale Supporters' Trust said" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Marlow Heath Residents' Association said it had not been told of the plan.", "Marlow Heath Residents' Association"),
        # The recognizer reads this one as a person's name.
        ("The Redcliff Tenants' Network said rents had doubled.", "Redcliff Tenants' Network"),
        ("The Ashby Green Allotment Holders' Society said the rent rise was unfair.", "Ashby Green Allotment Holders' Society"),
    ],
    ids=["association", "network-read-as-person", "society"],
)
def test_possessive_inside_a_body_name_of_several_words(nlp, text, name):
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name == name
    assert quote.speaker_kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Northgate Courier's Dana Whitlow said the council had been warned.", "Dana Whitlow"),
        ("Estavia's Foreign Ministry said the talks would resume.", "Foreign Ministry"),
    ],
    ids=["outlet-reporter", "country-ministry"],
)
def test_guard_possessive_owner_stays_out_of_the_name(nlp, text, name):
    quote = _one(analyze(text, nlp=nlp))
    assert quote.speaker_name == name


# --- "One of those doctors", "the league's latest accounts", "the prosecution" -----------------


def test_one_of_an_unnamed_group_is_anonymous(nlp):
    text = (
        "The clinic was short of staff, the Hollin Post reported, citing three nurses. One of those"
        " nurses told the Post that shifts ran to 14 hours."
    )
    report = analyze(text, nlp=nlp)
    quote = _one(report, "told")
    assert quote.speaker_kind == "anonymous"
    assert "QC201" in quote_rules(report, quote)


@pytest.mark.parametrize(
    "text",
    [
        "One of the plaintiffs said the ruling was unfair.",
        "One of the hospital's doctors said the ward was full.",
    ],
    ids=["party", "body-owned"],
)
def test_guard_one_of_a_group_named_by_its_place_is_not_vague(nlp, text):
    # Guard: a party to the case, or a doctor of a body, is no anonymous source by this rule.
    report = analyze(text, nlp=nlp)
    quote = _one(report)
    assert quote.speaker_kind != "anonymous"
    assert "QC201" not in quote_rules(report, quote)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("According to the club's annual accounts, the team lost £4 million last year.", "document"),
        ("According to the prosecution, the money went to a shell company.", "organization"),
        ("The defence said the witness was unreliable.", "organization"),
    ],
    ids=["accounts", "prosecution", "defence"],
)
def test_books_and_trial_sides_have_a_kind(nlp, text, kind):
    quote = analyze(text, nlp=nlp).quotes[0]
    assert quote.speaker_kind == kind


def test_guard_witness_accounts_are_not_books(nlp):
    # Guard: "accounts" with no word of bookkeeping are not read as a body's books.
    quote = analyze("According to witnesses' accounts, the car did not stop.", nlp=nlp).quotes[0]
    assert quote.speaker_kind != "document"
