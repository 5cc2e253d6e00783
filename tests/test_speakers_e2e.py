"""Speakers end to end with the real model, on short articles written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _by_text(report, piece):
    matches = [q for q in report.quotes if any(piece in part.text for part in q.content)]
    assert matches, f"no quote contains {piece!r}"
    return matches[0]


BODIES = (
    "A Halbrook spokesperson said the company would appeal.\n\n"
    "A spokesperson for Halbrook said the ruling was unfair.\n\n"
    "A company spokesperson said the plant would stay open.\n\n"
    "A Corvane executive said the merger talks had stalled.\n\n"
    "A Halbrook official said the fine was too high.\n"
)


@pytest.mark.parametrize(
    "piece, kind, description",
    [
        pytest.param("would appeal", "person", "Halbrook spokesperson", id="name-spokesperson"),
        pytest.param("was unfair", "person", "spokesperson for Halbrook", id="spokesperson-for-name"),
        # "A company spokesperson" after Halbrook is Halbrook's, still unnamed.
        pytest.param("stay open", "person", "spokesperson for Halbrook", id="company-spokesperson"),
        pytest.param("had stalled", "person", "Corvane executive", id="name-executive"),
        pytest.param("too high", "anonymous", "Halbrook official", id="name-official"),
    ],
)
def test_one_who_speaks_for_a_named_body_is_not_named_after_it(nlp, piece, kind, description):
    quote = _by_text(analyze(BODIES, nlp=nlp), piece)
    assert quote.speaker_name is None
    assert quote.speaker_kind == kind
    if description is None:
        assert quote.speaker_descriptions == ()
    else:
        assert description in quote.speaker_descriptions


LONE_NAMES = (
    "Smith said the vote would be close.\n\n"
    "The council met on Monday. Garvey said the budget was too tight. Dana Garvey chairs the finance panel.\n\n"
    "Okonkwo said the harbour plan was sound. She added that the board had agreed.\n\n"
    "Microsoft said it would cut prices. Reuters said the talks had ended. NATO said the drills would go ahead.\n"
)


@pytest.mark.parametrize(
    "piece, name, kind",
    [
        pytest.param("would be close", "Smith", "person", id="known-surname"),
        pytest.param("too tight", "Dana Garvey", "person", id="full-name-written-later"),
        pytest.param("plan was sound", "Okonkwo", "person", id="she-refers-back"),
        pytest.param("board had agreed", "Okonkwo", "person", id="the-she"),
        pytest.param("cut prices", "Microsoft", "organization", id="company"),
        pytest.param("talks had ended", "Reuters", "outlet", id="agency"),
        pytest.param("drills", "NATO", "organization", id="alliance"),
    ],
)
def test_a_lone_name_is_a_person_when_the_article_says_so(nlp, piece, name, kind):
    quote = _by_text(analyze(LONE_NAMES, nlp=nlp), piece)
    assert (quote.speaker_name, quote.speaker_kind) == (name, kind)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("By Jane Doe\n\nI said that we would wait for the results.\n", "Jane Doe", id="byline"),
        pytest.param("Some columns are hard to write.\n\nI said that we would wait for the results.\n", None, id="no-byline"),
    ],
)
def test_i_is_the_writer_of_a_column(nlp, text, name):
    quote = _by_text(analyze(text, nlp=nlp), "wait for the results")
    assert (quote.speaker.text, quote.speaker_name, quote.speaker_kind) == ("I", name, "person")
    assert "the writer of the article" in quote.speaker_descriptions


def test_i_inside_someone_s_quoted_words_is_not_the_writer(nlp):
    report = analyze('By Jane Doe\n\n"I told the board we would wait," Ferris said.\n', nlp=nlp)
    quote = _by_text(report, "told the board")
    assert (quote.speaker_name, quote.speaker_kind) == ("Ferris", "person")
    assert all(q.speaker_name != "Jane Doe" for q in report.quotes)


REFLEXIVES = (
    "Tom Ferris said he himself had voted against the plan.\n\n"
    "Anna Kowal herself said the report was wrong.\n\n"
    "The mayor herself told reporters the budget was fine.\n\n"
    "Ferris, himself a former mayor, said the tax was unfair.\n"
)


@pytest.mark.parametrize(
    "piece, name, descriptions",
    [
        pytest.param("voted against", "Tom Ferris", ("a former mayor",), id="in-the-content"),
        pytest.param("report was wrong", "Anna Kowal", (), id="after-the-name"),
        pytest.param("budget was fine", None, (), id="after-a-role"),
        pytest.param("tax was unfair", "Tom Ferris", ("a former mayor",), id="before-a-description"),
    ],
)
def test_himself_and_herself_are_no_speaker_and_no_description(nlp, piece, name, descriptions):
    quote = _by_text(analyze(REFLEXIVES, nlp=nlp), piece)
    assert (quote.speaker_name, quote.speaker_descriptions) == (name, descriptions)
    assert quote.speaker is not None and quote.speaker.text.lower() not in ("himself", "herself")


SPORT = (
    "Ashby Rovers sacked their manager on Sunday after a fourth straight defeat.\n\n"
    "The 54-year-old former striker, Lenny Marsh, had been in charge for two seasons. "
    "Marsh said the board had been fair.\n\n"
    "Caretaker coach Ray Dunmore will take the team for the cup tie. The coach said the squad was fit.\n\n"
    '"It is a sad day," said the former striker.\n'
)
COURT = (
    "Judge Helen Marsh told Carrow Crown Court that Daniel Pike had shown no remorse.\n\n"
    "Pike's lawyer, Grace Obi, said her client was ashamed. "
    "The defence barrister added that he had repaid part of the money.\n"
)
BUSINESS = (
    "Corvane Foods said on Tuesday it would close two plants.\n\n"
    "Chief executive Miriam Lacey said the company had to cut costs. "
    "The 58-year-old, who joined Corvane in 2019, said demand had fallen sharply.\n\n"
    "The union's regional organiser, Sam Price, said members would fight the closures. "
    "Price told the Valley Courier that talks were planned.\n"
)


@pytest.mark.parametrize(
    "text, piece, name, description",
    [
        pytest.param(SPORT, "had been fair", "Lenny Marsh", "The 54-year-old former striker", id="surname-after-appositive"),
        pytest.param(SPORT, "squad was fit", "Ray Dunmore", "Caretaker coach", id="the-coach"),
        pytest.param(SPORT, "sad day", "Lenny Marsh", "The 54-year-old former striker", id="the-former-striker"),
        pytest.param(COURT, "repaid part", "Grace Obi", "Pike's lawyer", id="barrister-is-the-lawyer"),
        pytest.param(BUSINESS, "fallen sharply", "Miriam Lacey", "Chief executive", id="the-58-year-old"),
        pytest.param(BUSINESS, "talks were planned", "Sam Price", "The union's regional organiser", id="surname-read-as-noun"),
    ],
)
def test_roles_ages_and_surnames_find_the_person(nlp, text, piece, name, description):
    quote = _by_text(analyze(text, nlp=nlp), piece)
    assert (quote.speaker_name, quote.speaker_kind) == (name, "person")
    assert description in quote.speaker_descriptions


def test_a_lone_name_that_says_he_is_a_person(nlp):
    text = "Halbrook Mining reported a loss on Thursday.\n\nVoss said he expected the mine to reopen in spring.\n"
    quote = _by_text(analyze(text, nlp=nlp), "reopen in spring")
    assert (quote.speaker_name, quote.speaker_kind) == ("Voss", "person")


def test_one_who_would_not_give_a_name_is_anonymous_and_ages_read_as_ages(nlp):
    text = (
        "Halbrook Mining reported a loss on Thursday. The firm's finance chief, who declined to give her name, "
        "said costs had risen.\n\nTheir goalkeeper, Sam Oduya, 23, said the clean sheet was deserved.\n"
    )
    report = analyze(text, nlp=nlp)
    chief = _by_text(report, "costs had risen")
    assert (chief.speaker_name, chief.speaker_kind) == (None, "anonymous")
    assert not any("give her name" in part.text for q in report.quotes for part in q.content)
    oduya = _by_text(report, "clean sheet")
    assert oduya.speaker_descriptions == ("Their goalkeeper", "aged 23")


def test_she_after_a_source_who_asked_not_to_be_named_is_that_source(nlp):
    text = (
        "One nurse, who asked not to be named because she was not authorised to speak, said staff had been "
        'told to keep quiet. "Nobody wants to lose their job over this," she said.'
    )
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.type == "direct")
    assert (quote.speaker.text, quote.speaker_name, quote.speaker_kind) == ("she", None, "anonymous")


@pytest.mark.parametrize("ending", ["Partners", "Capital", "Holdings"])
def test_a_name_ending_as_a_companys_is_an_organisation(nlp, ending):
    text = f"Faraday has faced pressure from activist investor Corvane {ending}. Corvane said in a letter that management had lost credibility.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.speaker_name, quote.speaker_kind) == (f"Corvane {ending}", "organization")


@pytest.mark.parametrize("earlier", ["Robin Dutt", "Priya Nair"])
def test_she_after_a_colon_is_the_subject_of_her_own_sentence(nlp, earlier):
    # The subject before the colon speaks, whoever spoke in the paragraph before.
    text = (
        "The town will build a bridge over the river, officials announced.\n\n"
        f'"This is the best news in years," said {earlier}, who runs a bakery by the old ford.\n\n'
        "The council's leader, Gillian Moss, was more cautious: \"We still have to find the money,\" she said.\n"
    )
    quote = next(q for q in analyze(text, nlp=nlp).quotes if "find the money" in q.text)
    assert (quote.speaker.text, quote.speaker_name, quote.speaker_kind) == ("she", "Gillian Moss", "person")
    assert quote.speaker_descriptions == ("The council's leader",)
    # Without a colon subject the pronoun still finds the one who spoke before.
    plain = text.replace("The council's leader, Gillian Moss, was more cautious: ", "")
    quote = next(q for q in analyze(plain, nlp=nlp).quotes if "find the money" in q.text)
    assert quote.speaker_name == earlier


def test_a_lone_company_name_is_the_company_named_in_full_before(nlp):
    # The sentence naming "Kestrel Energy" has no cue, so the entity recognizer never read it.
    text = (
        "Shares in Kestrel Energy fell 14% on Wednesday after the wind farm operator cut its forecast.\n\n"
        "The weather over the North Sea was calm for most of the summer.\n\n"
        "Kestrel said in a statement that output would recover next year.\n\n"
        "Crowds gathered outside the Smith Group tower. Smith said the doors would reopen soon.\n"
    )
    report = analyze(text, nlp=nlp)
    kestrel = _by_text(report, "output would recover")
    assert (kestrel.speaker.text, kestrel.speaker_name, kestrel.speaker_kind) == ("Kestrel", "Kestrel Energy", "organization")
    smith = _by_text(report, "doors would reopen")
    assert (smith.speaker_name, smith.speaker_kind) == ("Smith", "person")


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_a_described_person(nlp):
    text = (
        "The port authority has opened an inquiry into the collapse of a crane at the container terminal.\n\n"
        "Mendes, who leads the inquiry, said the crane had passed its last inspection in March.\n"
    )
    quote = _by_text(analyze(text, nlp=nlp), "passed its last inspection")
    assert (quote.speaker_name, quote.speaker_kind) == ("Mendes", "person")
    assert quote.speaker_descriptions == ("who leads the inquiry",)


def test_a_role_that_speaks_before_the_name_is_the_one_named_later_in_that_role(nlp):
    text = (
        "The head of Northdale General Hospital said on Monday that she would resign after a report on waiting times.\n\n"
        "Dr. Lena Ortiz, the hospital's head since 2019, told staff in a letter that the report was unfair.\n"
    )
    report = analyze(text, nlp=nlp)
    head = _by_text(report, "would resign")
    assert (head.speaker_name, head.resolution) == ("Lena Ortiz", "role")
    assert not any(f.rule == "QC203" for f in report.findings)
    # Someone else named later in another role is not her.
    other = text.replace("Dr. Lena Ortiz, the hospital's head since 2019,", "Tom Reilly, the board's chairman,")
    report = analyze(other, nlp=nlp)
    assert _by_text(report, "would resign").speaker_name is None
    assert any(f.rule == "QC203" for f in report.findings)


@pytest.mark.parametrize("source", ["figures released by the Kelderby Water Board", "a report published by the Kelderby Water Board"])
def test_a_document_issued_by_a_named_body_is_the_bodys(nlp, source):
    text = f"Leaks rose by a third last year, according to {source} on Tuesday.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == ("Kelderby Water Board", "organization")
    assert not any(f.rule == "QC201" for f in report.findings)


def test_someone_a_speaker_reports_on_is_no_rival_for_a_later_she(nlp):
    # "her client intended to ..." is Ferro's claim, not a quote of the client's: the client
    # must not stand between Ferro and the "she" who goes on speaking.
    text = (
        "Kessler's lawyer, Maria Ferro, said her client intended to plead not guilty. "
        '"My client denies the charge," she told reporters outside court.\n'
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.speaker_name for q in quotes] == ["Maria Ferro", "Maria Ferro"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Power company Tallis Electric said about 4,200 customers were still without electricity.\n", "Tallis Electric", "organization", id="company-noun-before-the-name"),
        pytest.param("Florida developer Mel Okoye said the tower would open in May.\n", "Mel Okoye", "person", id="trade-noun-before-a-person"),
        pytest.param("Edith Marlow died on Sunday at 94.\n\nFriends said she remained sharp and funny until the end.\n", None, "anonymous", id="capitalised-common-plural"),
    ],
)
def test_what_the_words_around_a_name_say_it_is(nlp, text, name, kind):
    quote = analyze(text, nlp=nlp).quotes[-1]
    assert (quote.speaker_name, quote.speaker_kind) == (name, kind)


def test_a_sentence_ending_in_a_colon_introduces_its_subjects_words(nlp):
    text = (
        "Delia Marsh, the trust's director, said the findings were clear.\n\n"
        'Marsh was blunt about the minister\'s reply: "Reviewing evidence is what you do when you have decided not to act."\n\n'
        'The sign on the depot door was simpler: "Closed until further notice."\n'
    )
    report = analyze(text, nlp=nlp)
    blunt, sign = report.quotes[1], report.quotes[2]
    assert (blunt.speaker_name, blunt.type) == ("Delia Marsh", "direct")
    assert sign.speaker is None
    assert [f.rule for f in report.findings if f.quote == blunt.id] == []


def test_a_short_sentence_of_manner_before_a_quotation_names_its_speaker(nlp):
    text = (
        '"We do not discuss other clubs\' players," Harriers manager Jonas Petit said.\n\n'
        'Asked about the future of winger Ade Bello, Petit was more guarded. "Ade is our player. Until somebody tells me otherwise, he stays."\n'
    )
    quotes = analyze(text, nlp=nlp).quotes
    last = quotes[-1]
    assert last.content[0].text.startswith('"Ade is our player.')
    assert last.speaker_name == "Jonas Petit"
    asked = next(q for q in quotes if q.cue is not None and q.cue.text == "Asked")
    assert [c.text for c in asked.content] == ["the future of winger Ade Bello"]


def test_a_liveblogs_handle_and_party_label_name_the_candidates(nlp):
    text = (
        "9:14 p.m.: Democrat Joanna Marrow posted a photo with volunteers. @JoannaMarrow wrote: "
        '"Whatever happens tonight, you built this."\n\n'
        "9:20 p.m.: Exit polls showed Republican Curtis Hale trailing.\n\n"
        '10:03 p.m.: "We ran a hard race," Hale said.\n'
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert [(q.speaker_name, q.speaker_kind) for q in quotes if q.type == "direct"] == [
        ("Joanna Marrow", "person"),
        ("Curtis Hale", "person"),
    ]


def test_a_liveblog_time_stamp_is_no_part_of_the_speaker(nlp):
    text = "8:31 p.m.: Hale's campaign manager, Denise Farrow, said the count in the northern precincts would be slow.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == "Hale's campaign manager, Denise Farrow"
    assert quote.speaker_name == "Denise Farrow"
    assert quote.speaker_descriptions == ("Hale's campaign manager",)
