"""Speakers after QA probes p54 and p55 (round 17, spkD17): a role a person owns, a headline's
guess, a surname the tagger read as an adverb, a "who" that makes someone of any noun, a
headline's capitalised common noun, and a body called by a role its name holds."""

from quotecheck.pipeline import analyze

from .reports import quote_with as _quote


def test_role_owned_by_a_rival_is_not_the_winners_coach(nlp):
    text = (
        "Okafor takes the Brennan Cup as rival's trainer blames the heat\n\n"
        "Okafor thanked her new trainer, Colm Petrie, for the win. Petrie said the work was done in March."
    )
    q = _quote(analyze(text, nlp=nlp), "the heat")
    assert q.speaker_name is None


def test_headline_guess_does_not_draw_a_later_pronoun(nlp):
    text = (
        "Minister defends rail budget\n\n"
        "Economist Paul Reed was unconvinced by Transport Minister Karl Brandt on Monday. "
        '"The numbers do not add up," he said.'
    )
    q = _quote(analyze(text, nlp=nlp), "The numbers")
    assert q.speaker_name == "Paul Reed"


def test_surname_tagged_as_adverb_is_the_pronouns_antecedent(nlp):
    text = (
        "Her rival's coach, Henrik Lund, told reporters that the course was too long.\n\n"
        'Nina Vale thanked her physio, Bram Mercier, for the win. "Bram fixed my back," she said.\n\n'
        'Mercier was less talkative. "She did all of it," he said.'
    )
    q = _quote(analyze(text, nlp=nlp), "She did all of it")
    assert q.speaker_name == "Bram Mercier"


def test_who_clause_makes_a_person_the_next_he_means(nlp):
    text = (
        'Fans turned on the team after a run that one radio host described as "the collapse". '
        "A groundsman who has worked at the stadium for thirty years said the pitch was the best he had seen. "
        '"Nobody cut corners," he said.'
    )
    report = analyze(text, nlp=nlp)
    said = _quote(report, "the pitch was")
    assert said.speaker_kind == "person"
    q = _quote(report, "Nobody cut corners")
    assert q.speaker_kind == "person"
    assert "host" not in q.speaker_descriptions


def test_capitalised_common_noun_opening_a_headline_is_no_name(nlp):
    text = (
        "Informant tells inquiry she was threatened\n\n"
        "Maria Ostrova, a former warehouse supervisor, told a public inquiry on Monday that she had received threats."
    )
    q = _quote(analyze(text, nlp=nlp), "threatened")
    assert q.speaker_name != "Informant"


def test_name_in_headline_that_recurs_is_kept(nlp):
    # Guard: a surname opening a headline comes back in the story and stays a name.
    text = "Ostrova wins appeal\n\nMaria Ostrova won her appeal on Monday. Ostrova said she was relieved."
    q = _quote(analyze(text, nlp=nlp), "relieved")
    assert q.speaker_name == "Maria Ostrova"


def test_the_auditor_is_the_body_whose_name_holds_audit(nlp):
    text = (
        "The Federal Audit Office said on Tuesday that the bridge was a year late.\n\n"
        "According to the auditor, its costs have risen by a third."
    )
    q = _quote(analyze(text, nlp=nlp), "costs have risen")
    assert q.speaker_name == "Federal Audit Office"
    assert q.speaker_kind == "organization"


def test_headline_regulator_is_the_regulation_body_named_next(nlp):
    text = (
        "Regulator says water bills must fall\n\n"
        "The Office of Water Regulation said on Monday that bills were too high."
    )
    q = _quote(analyze(text, nlp=nlp), "water bills")
    assert q.speaker_name == "Office of Water Regulation"
