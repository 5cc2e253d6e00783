"""Speaker resolution, round 10: "she said" answering the question put just before, an age role
("the 19-year-old") for the one the article gave that age, "they" for a group of people rather
than a company, and a surname shared by a mother and her son followed by "she"; end to end with
the real model on sentences written for these tests."""

from __future__ import annotations

from .speaking import speaker_of as _speaker


def test_she_answers_the_question_about_her(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The prosecution called a forensic accountant, Dr. Helena Marsh, who had spent a year on the ledgers. "
        "The defence counsel, Sarah Pembury, cross-examined her.\n\n"
        "Pembury asked whether the accountant had ever met the defendant. She said she had not.\n"
    )
    assert _speaker(text, "she had not", nlp) == ("Helena Marsh", "person")


def test_the_age_role_is_the_one_given_that_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Greta Lindqvist coaches at the club. Her son, Tobias, 19, has just been picked for the men's four.\n\n"
        "Hartley said she had asked the board to give Greta Lindqvist a formal role with the squad.\n\n"
        '"I wanted a club where nobody knew my mother," the 19-year-old said.\n'
    )
    name, kind = _speaker(text, "I wanted a club", nlp)
    assert kind == "person" and name is not None and name.startswith("Tobias")


def test_they_after_a_group_of_people_is_no_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Owen Farrant and his brother, Simon Farrant, have each hired lawyers.\n\n"
        '"For now, Farrant Mills is frozen," said Leila Haddad, an analyst at Brookmere Capital.\n\n'
        "The brothers, for their part, still talk. They said, in separate interviews, that they had met for dinner in May.\n"
    )
    name, kind = _speaker(text, "they had met for dinner", nlp)
    assert kind != "organization" and name not in ("Farrant Mills", "Brookmere Capital")


def test_she_after_a_surname_a_mother_and_son_share(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Margaret Vollmer, 71, is the state's longest-serving senator. Her son, Stefan Vollmer, is a county judge.\n\n"
        "Keller's spokeswoman, Anika Brandt, dismissed the criticism. She said the campaign had raised its money locally.\n\n"
        'Vollmer bristled when asked about that. "My husband would have laughed at that," she said.\n'
    )
    assert _speaker(text, "My husband would have laughed", nlp) == ("Margaret Vollmer", "person")
