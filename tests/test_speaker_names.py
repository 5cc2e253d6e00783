"""Speakers and their names: names learned from a sentence without a cue, and speakers the parse
hides or mistakes, end to end with the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

TEXT = (
    "Mining town divided over lithium plan\n\n"
    "The chief executive of Norrland Lithium, Annika Berglund, and the town's mayor, Henrik Strand, "
    "clashed on Wednesday over plans for an open-pit mine north of Kallvik.\n\n"
    'Berglund told a packed meeting that the mine would create 400 jobs. "This is the biggest '
    'investment Kallvik has seen in fifty years," she said.\n\n'
    "Strand said he was not convinced.\n"
)


def test_a_name_after_a_role_and_its_body_is_a_persons(nlp):
    # The recognizer reads "Norrland Lithium, Annika Berglund" as one organisation.
    report = analyze(TEXT, nlp=nlp)
    speakers = [(q.speaker.text, q.speaker_name, q.speaker_kind) for q in report.quotes]
    assert speakers == [
        ("Berglund", "Annika Berglund", "person"),
        ("she", "Annika Berglund", "person"),
        ("Strand", "Henrik Strand", "person"),
    ]
    assert "The chief executive of Norrland Lithium" in report.quotes[0].speaker_descriptions


def test_a_deputy_is_not_who_the_role_alone_means(nlp):
    text = (
        "Talks resume, minister says\n\n"
        "Energy Minister Aurel Dan said the talks would resume. Deputy Minister Ilse Vora said a team "
        "had inspected the pipeline.\n\n"
        "The minister said fees would be cut. The deputy minister said prices would fall.\n"
    )
    report = analyze(text, nlp=nlp)
    by_content = {q.content[0].text: q.speaker_name for q in report.quotes}
    assert by_content["Talks resume"] == "Aurel Dan"  # the headline's "minister"
    assert by_content["fees would be cut"] == "Aurel Dan"
    assert by_content["prices would fall"] == "Ilse Vora"


def test_the_group_named_again_is_still_anonymous(nlp):
    text = (
        "Two officials, who spoke on condition of anonymity, said the deal was close.\n\n"
        "The officials said the budget had been agreed.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.speaker.text, q.speaker_kind) for q in report.quotes] == [
        ("Two officials, who spoke on condition of anonymity", "anonymous"),
        ("The officials", "anonymous"),
    ]
    assert [f.rule for f in report.findings if f.quote == "q2"] == ["QC201"]


def test_a_group_not_met_before_is_not_made_anonymous(nlp):
    report = analyze("The engineers said repairs would take a week.\n", nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "unknown"


def test_a_platform_before_the_comma_is_not_part_of_the_speakers_name(nlp):
    # The recognizer reads "Facebook, Whitcombe" as one organisation.
    text = (
        "The mayor of Greyhaven, Dolores Whitcombe, defended the curfew on Thursday.\n\n"
        "In a statement posted on Facebook, Whitcombe wrote that the curfew would be reviewed in six months.\n"
    )
    report = analyze(text, nlp=nlp)
    (wrote,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "wrote"]
    assert (wrote.speaker.text, wrote.speaker_name, wrote.speaker_kind) == ("Whitcombe", "Dolores Whitcombe", "person")


def test_a_time_the_recognizer_finds_is_no_name(nlp):
    # "minutes" is a TIME entity to the recognizer.
    report = analyze("Council minutes show no vote on the measure.\n", nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker_name, quote.speaker_kind) == (None, "document")


def test_a_surname_that_is_also_a_given_name_gives_no_gender(nlp):
    # "Laurent" is a man's given name; here it is Mariette Laurent's surname.
    text = (
        "The festival chief, Mariette Laurent, said the jury would have a hard choice. "
        "Laurent added that sales were up.\n\n"
        "She said the new programme had drawn 3,000 applications.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_name for q in report.quotes] == ["Mariette Laurent"] * 3


def test_a_headlines_capitalised_body_noun_is_no_name(nlp):
    text = (
        "Ministry denies report of secret talks\n\n"
        "ADDIS ABABA, June 2 - Ethiopia's foreign ministry said on Monday that no talks had been held.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.speaker.text, q.speaker_name, q.speaker_kind) for q in report.quotes] == [
        ("Ministry", None, "organization"),
        ("Ethiopia's foreign ministry", None, "organization"),
    ]


def test_a_study_published_in_a_journal_is_a_document_not_an_outlet(nlp):
    text = (
        "Nurses who worked night shifts for ten years were more likely to develop diabetes, "
        "a study published on Wednesday in the journal Occupational Health found.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_kind == "document"
    assert "QC101" not in {f.rule for f in report.findings}


def test_the_company_named_in_the_words_before_its_cue(nlp):
    # The recognizer reads the later "Veltra" as a person; "Veltra Motors" stays a company.
    text = (
        "Carmaker to cut jobs as sales slump\n\n"
        "By Ines Duarte\n\n"
        "Veltra Motors will cut 2,000 jobs at its plants in Spain, the company announced on Tuesday.\n\n"
        "The Spanish industry minister's office said in a statement that it had asked Veltra for \"a detailed plan.\"\n"
    )
    report = analyze(text, nlp=nlp)
    (announced,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "announced"]
    assert (announced.speaker_name, announced.speaker_kind) == ("Veltra Motors", "organization")


def test_a_name_set_off_after_the_body_names_the_body_not_the_spokesman(nlp):
    text = 'A spokesman for the studio, Halcyon Pictures, dismissed the report as "nonsense."\n'
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker_name is None
    assert quote.speaker_kind == "person"


def test_one_of_an_anonymous_group_is_anonymous_too(nlp):
    text = (
        "The plant will close in March, according to two people briefed on the plans. "
        "One of them said notices could go out next week.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [q.speaker_kind for q in report.quotes] == ["anonymous", "anonymous"]
    assert any(f.rule == "QC201" and f.quote == report.quotes[1].id for f in report.findings)


def test_one_of_a_named_group_is_a_person(nlp):
    text = (
        "The nurses said the ward was understaffed. One of them said shifts ran to fourteen hours.\n"
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[1].speaker_kind == "person"


def test_a_study_in_a_named_journal_is_the_document_that_found_it(nlp):
    text = "A study published in the journal Avian Ecology Letters found plastic in most of the nests.\n"
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "A study published in the journal Avian Ecology Letters"
    assert quote.speaker_kind == "document"
    assert not any(f.rule == "QC101" for f in report.findings)


def test_the_minister_is_not_the_prime_minister(nlp):
    text = (
        "Prime Minister Hana Selbek opened the summit on Monday. Energy Minister Lukas Ferenci said "
        "the pipeline would be finished by May.\n\nThe minister, however, insisted the decision was about principle.\n"
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].speaker_name == "Lukas Ferenci"


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        pytest.param(
            "A spokesman for the studio, John Reed, said the film would open in May.\n",
            "said", "John Reed", id="person-named-after-the-body",
        ),
        pytest.param(
            '"The water was up to his knees and he kept kneading," recalled his former assistant, '
            "Marco Delgado, now 70.\n",
            "recalled", "Marco Delgado", id="cue-before-a-described-name",
        ),
        pytest.param(
            'Striker Rafe Oakley, who scored the opener, posted on Instagram: "Gutted. We go again Tuesday."\n',
            "posted", "Rafe Oakley", id="relative-clause-then-colon",
        ),
        pytest.param(
            "Tomas Ferreira scored twice as Redcliffe won 2-1 on Saturday.\n\n"
            '"It was a scrappy goal, but I will take it," the 29-year-old defender said after the match.\n',
            "said", "Tomas Ferreira", id="age-and-role",
        ),
        pytest.param(
            # The parser reads "after its founder" as a phrase and the shares as the one denying.
            "Shares in Corvane Systems fell 18 percent on Monday after its founder, Idris Barr, denied "
            "allegations that the company had inflated its figures.\n",
            "denied", "Idris Barr", id="subject-after-a-subordinator",
        ),
        pytest.param(
            # The parser makes "State" the subject and the name an adverb of "accused".
            'State Senator Raymond Tully accused Governor Elaine Marsh of "playing politics" with flood funding.\n',
            "accused", "Raymond Tully", id="name-read-as-an-adverb",
        ),
        pytest.param(
            # The tagger reads "Mosely" as an adverb with the relative clause on it.
            "Councillor Miriam Mosely spoke first.\n\n"
            "Mosely, who chairs the housing board, has long argued that the scheme favours landlords.\n",
            "has long argued", "Miriam Mosely", id="surname-read-as-an-adverb",
        ),
        pytest.param(
            # The parser reads "announced" as a participle on the name, the sentence's root.
            "Joanna Mbeki, 58, who served as harbour master until 2021, announced on Friday that she would stand again.\n",
            "announced", "Joanna Mbeki", id="cue-read-as-a-participle",
        ),
        pytest.param(
            # The recognizer reads "Anand" and "Ruparelia" as two places.
            "Chief financial officer Anand Ruparelia said the company had no plans to cut its dividend.\n",
            "said", "Anand Ruparelia", id="name-cut-in-two-by-the-recognizer",
        ),
        pytest.param(
            # The tokenizer split the stop off "Sgt." and the sentence ended there.
            '"It was a senseless attack," a police spokesperson, Sgt. Brona Keary, said on Sunday.\n',
            "said", "Brona Keary", id="abbreviated-title",
        ),
        pytest.param(
            "Harriers manager Jonas Petit spoke on Friday.\n\n"
            "The Harriers boss also said the goalkeeper would miss Saturday's match.\n",
            "said", "Jonas Petit", id="club-boss-is-its-manager",
        ),
    ],
)
def test_the_speaker_the_parse_hides(nlp, text, cue, name):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == cue
    assert (quote.speaker_name, quote.speaker_kind) == (name, "person")
