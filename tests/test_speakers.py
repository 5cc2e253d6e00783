"""Speaker resolution: names, aliases, roles, pronouns and kinds. Pure, no model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotecheck.extract.frames import Mention
from quotecheck.extract.speakers import Registry, is_vague, kind_of, outlet_name
from quotecheck.model import Span


def m(text: str, start: int = 0, *, name: str | None = None, label: str = "", head_word: str | None = None,
      determiner: str = "", plural: bool = False, pronoun: bool = False, descriptions: tuple[str, ...] = (),
      possessor: str = "", subject: bool = False) -> Mention:
    span = Span(start, start + len(text), text)
    words = tuple(w.lower() for w in text.replace(",", " ").split())
    return Mention(span=span, head=span, head_word=head_word or words[-1], determiner=determiner, label=label,
                   name=name, proper=bool(name), plural=plural, pronoun=pronoun, descriptions=descriptions,
                   possessor=possessor, words=words, subject=subject)


def test_surname_resolves_to_the_full_name_and_keeps_the_description():
    reg = Registry()
    reg.learn(m("Ma Jihua", 0, name="Ma Jihua", label="PERSON", descriptions=("a veteran industry analyst",)))
    res = reg.resolve(m("Ma", 500, name="Ma", label="PERSON"))
    assert (res.name, res.kind, res.resolution) == ("Ma Jihua", "person", "alias")
    assert res.descriptions == ("a veteran industry analyst",)


def test_role_resolves_to_the_person_who_holds_it():
    reg = Registry()
    reg.learn(m("Russia's Foreign Minister Sergei Lavrov", 0, name="Sergei Lavrov", label="PERSON",
                descriptions=("Russia's Foreign Minister",)))
    res = reg.resolve(m("the minister", 300, head_word="minister", determiner="the"))
    assert (res.name, res.resolution) == ("Sergei Lavrov", "role")


def test_role_that_nobody_holds_stays_unresolved():
    reg = Registry()
    reg.learn(m("Ma Jihua", 0, name="Ma Jihua", label="PERSON", descriptions=("an analyst",)))
    res = reg.resolve(m("the minister", 300, head_word="minister", determiner="the"))
    assert res.name is None and res.kind == "person" and res.resolution == "none"


@pytest.mark.parametrize(
    "pronoun, expected",
    [pytest.param("she", "Adaeze Okafor", id="she"), pytest.param("he", "Martin Greaves", id="he")],
)
def test_pronoun_picks_the_preceding_person_of_its_gender(pronoun, expected):
    reg = Registry()
    reg.learn(m("Ms. Adaeze Okafor", 0, name="Adaeze Okafor", label="PERSON"), spoke=True)
    reg.learn(m("Mr. Martin Greaves", 100, name="Martin Greaves", label="PERSON"), spoke=True)
    res = reg.resolve(m(pronoun, 300, pronoun=True))
    assert res.name == expected and res.resolution == "pronoun"


def test_pronoun_with_nobody_before_it_is_not_invented():
    reg = Registry()
    reg.learn(m("Adaeze Okafor", 900, name="Adaeze Okafor", label="PERSON"))
    res = reg.resolve(m("she", 10, pronoun=True))
    assert res.name is None and res.resolution == "none"


@pytest.mark.parametrize(
    "mention, kind",
    [
        pytest.param(m("Some observers", head_word="observers", determiner="some", plural=True), "anonymous", id="some-observers"),
        pytest.param(m("sources", plural=True), "anonymous", id="sources"),
        pytest.param(m("people familiar with the matter", head_word="people", plural=True), "anonymous", id="familiar-with"),
        pytest.param(m("a senior official who asked not to be named", head_word="official", determiner="a"), "anonymous", id="asked-not-named"),
        pytest.param(m("Sputnik News", name="Sputnik News", label="ORG"), "outlet", id="listed-outlet"),
        pytest.param(m("the Lindau Post", name="Lindau Post", label="ORG", head_word="post", determiner="the"), "outlet", id="outlet-word"),
        pytest.param(m("state broadcaster RTV", name="RTV", label="ORG", head_word="rtv"), "outlet", id="state-broadcaster"),
        pytest.param(m("the report", head_word="report", determiner="the"), "document", id="document"),
        pytest.param(m("the ministry", head_word="ministry", determiner="the"), "organization", id="organization-noun"),
        pytest.param(m("the spokesman", head_word="spokesman", determiner="the"), "person", id="role"),
        pytest.param(m("they", pronoun=True, plural=True), "unknown", id="bare-they"),
    ],
)
def test_kind_of(mention, kind):
    assert kind_of(mention) == kind


def test_named_official_is_not_vague():
    assert not is_vague(m("Jane Doe, an official", name="Jane Doe", label="PERSON", head_word="doe"))


def test_agency_resolves_to_the_outlet_named_before():
    reg = Registry()
    reg.learn(m("the state news agency Valpress", 0, name="Valpress", label="ORG", head_word="valpress"))
    res = reg.resolve(m("the agency", 200, head_word="agency", determiner="the"))
    assert (res.name, res.kind) == ("Valpress", "outlet")


def test_outlet_names_are_canonical():
    assert outlet_name("the Global Times") == "Global Times"
    assert outlet_name("Reuters'") == "Reuters"
    assert outlet_name("the weather") is None


@pytest.mark.parametrize(
    "mention, kind",
    [
        pytest.param(m("the Valley Courier", name="Valley Courier", label="ORG", head_word="courier", determiner="the"), "outlet", id="masthead"),
        pytest.param(m("Lucy Post", name="Lucy Post", label="PERSON", head_word="post"), "person", id="person-named-post"),
        pytest.param(m("Helena Marsh, the city's finance director", name="Helena Marsh", label="ORG", head_word="marsh",
                       descriptions=("the city's finance director",)), "person", id="role-description-beats-org-tag"),
        pytest.param(m("Kestrel Energy, the pipeline's operator", name="Kestrel Energy", label="ORG", head_word="energy",
                       descriptions=("the pipeline's operator",)), "organization", id="organization-described"),
        pytest.param(m("Police Chief Amanda Reyes", name="Amanda Reyes", label="ORG", head_word="reyes",
                       descriptions=("Police Chief",)), "person", id="role-of-an-organization-is-a-person"),
        pytest.param(m("Harbor Watch, the city's police union", name="Harbor Watch", label="ORG", head_word="watch",
                       descriptions=("the city's police union",)), "organization", id="organization-of-the-police"),
    ],
)
def test_kind_corrections(mention, kind):
    assert kind_of(mention) == kind


def test_pronoun_after_an_unnamed_speaker_stays_unresolved():
    reg = Registry()
    reg.learn(m("Dr. Amara Osei", 0, name="Amara Osei", label="PERSON"), spoke=True)
    reg.learn(m("A spokesman for the hospital", 100, head_word="spokesman", determiner="a"), spoke=True)
    res = reg.resolve(m("He", 200, pronoun=True))
    assert res.name is None and res.resolution == "none"


def test_the_same_unnamed_speaker_learned_twice():
    reg = Registry()
    spokesman = m("a spokesman", 100, head_word="spokesman", determiner="a")
    reg.learn(spokesman, spoke=True)
    reg.learn(m("an official", 100, head_word="official", determiner="an"), spoke=True)
    reg.learn(spokesman, spoke=True)
    assert reg.resolve(m("he", 200, pronoun=True)).name is None


def test_pronoun_after_a_role_that_names_a_known_person_resolves_to_them():
    # Trade Minister Ingrid Solberg said ... The minister added ... "...," she told reporters.
    reg = Registry()
    reg.learn(m("Trade Minister Ingrid Solberg", 0, name="Ingrid Solberg", label="PERSON",
                descriptions=("Trade Minister",)), spoke=True)
    assert reg.learn(m("The minister", 100, head_word="minister", determiner="the"), spoke=True) == 0
    res = reg.resolve(m("she", 200, pronoun=True))
    assert (res.name, res.resolution) == ("Ingrid Solberg", "pronoun")


@pytest.mark.parametrize(
    "mention, lemma, kind",
    [
        (m("figures", head_word="figures", plural=True), "show", "document"),
        (m("the regulator's own figures", head_word="figures", determiner="", plural=True, possessor="the regulator's"), "according to", "document"),
        (m("Senior figures in the party", head_word="figures", plural=True), "say", "anonymous"),
        (m("the party's senior figures", head_word="figures", plural=True, possessor="the party's"), "say", "anonymous"),
    ],
    ids=["figures-showed", "according-to-their-figures", "senior-figures-say", "party-figures-said"],
)
def test_figures_are_numbers_when_they_show_something(mention, lemma, kind):
    assert kind_of(mention, lemma=lemma) == kind


@pytest.mark.parametrize(
    "mention, kind",
    [
        (m("Amanda Reyes", name="Amanda Reyes", label="ORG"), "person"),
        (m("Lukas Meier", name="Lukas Meier", label="ORG"), "person"),
        (m("Mayor Ilse Varga", name="Ilse Varga", label="ORG"), "person"),
        (m("Amanda Reyes Foundation", name="Amanda Reyes Foundation", label="ORG"), "organization"),
        (m("Tideway Water", name="Tideway Water", label="ORG"), "organization"),
    ],
    ids=["given-name", "given-name-2", "title", "foundation", "company"],
)
def test_a_given_name_makes_a_person_whatever_the_tagger_says(mention, kind):
    assert kind_of(mention) == kind


def _two_men_then_a_surname(surname_label: str):
    reg = Registry()
    reg.learn(m("Daniel Okafor", 0, name="Daniel Okafor", label="PERSON"), spoke=True)
    reg.learn(m("Peter Lindqvist", 50, name="Peter Lindqvist", label="PERSON"), spoke=True)
    # "It will be a library," Okafor said. "It will open in 2027," he said.
    reg.learn(m("Okafor", 120, name="Okafor", label=surname_label), spoke=True)
    return reg


@pytest.mark.parametrize("label", ["PERSON", ""], ids=["tagged", "untagged"])
def test_a_pronoun_after_a_surname_is_that_person(label):
    reg = _two_men_then_a_surname(label)
    res = reg.resolve(m("he", 160, pronoun=True))
    assert (res.name, res.resolution) == ("Daniel Okafor", "pronoun")


def test_an_untagged_name_is_registered_only_when_it_speaks_and_is_no_pronoun_antecedent():
    reg = Registry()
    assert reg.learn(m("Okafor", 0, name="Okafor")) is None
    assert reg.entities == []
    # "Merpress said ... The agency quoted ...": a speaking name of unknown kind is kept,
    # for a later "the agency", but "he" cannot be it.
    assert reg.learn(m("Merpress", 10, name="Merpress"), spoke=True) == 0
    assert reg.resolve(m("he", 60, pronoun=True)).name is None
    res = reg.resolve(m("The agency", 80, head_word="agency", determiner="the"))
    assert (res.name, res.kind, res.resolution) == ("Merpress", "outlet", "role")


def test_a_follow_up_of_an_anonymous_source_stays_anonymous():
    # A senior official, who spoke on condition of anonymity, said ... "...," the official said.
    reg = Registry()
    reg.learn(m("A senior official, who spoke on condition of anonymity", 0, head_word="official", determiner="a"), spoke=True)
    assert reg.resolve(m("the official", 120, head_word="official", determiner="the")).kind == "anonymous"
    assert reg.resolve(m("he", 130, pronoun=True)).kind == "anonymous"
    # A named spokesman's role is not anonymous, nor is an unnamed one who gave no condition.
    reg = Registry()
    reg.learn(m("A spokesman for the hospital", 0, head_word="spokesman", determiner="a"), spoke=True)
    assert reg.resolve(m("the spokesman", 120, head_word="spokesman", determiner="the")).kind == "person"


def test_a_role_that_speaks_keeps_its_person_the_nearest_for_a_pronoun():
    # Finance Minister Ilse Varga ... Opposition leader Marta Kovach said ... The minister
    # rejected that. She said ...
    reg = Registry()
    reg.learn(m("Finance Minister Ilse Varga", 0, name="Ilse Varga", label="PERSON", descriptions=("Finance Minister",)), spoke=True)
    reg.learn(m("Opposition leader Marta Kovach", 60, name="Marta Kovach", label="PERSON", descriptions=("Opposition leader",)), spoke=True)
    reg.learn(m("The minister", 150, head_word="minister", determiner="the"), spoke=True)
    res = reg.resolve(m("She", 190, pronoun=True))
    assert res.name == "Ilse Varga"


def test_a_person_mentioned_after_an_unnamed_speaker_is_back_in_focus():
    # Marta Kovach criticised ... A senior official said ... Kovach was unmoved. "...," she said.
    reg = Registry()
    reg.learn(m("Marta Kovach", 0, name="Marta Kovach", label="PERSON"), spoke=True)
    reg.learn(m("A senior official", 60, head_word="official", determiner="a"), spoke=True)
    reg.learn(m("Kovach", 120, name="Kovach", label="PERSON"))
    assert reg.resolve(m("she", 160, pronoun=True)).name == "Marta Kovach"
    # Without the later mention the official, who may be a woman, blocks the pronoun.
    reg = Registry()
    reg.learn(m("Marta Kovach", 0, name="Marta Kovach", label="PERSON"), spoke=True)
    reg.learn(m("A senior official", 60, head_word="official", determiner="a"), spoke=True)
    assert reg.resolve(m("she", 160, pronoun=True)).name is None


def test_a_surname_read_as_a_plural_noun_is_the_person_met_before():
    # Ricardo Alves said ... "...," Alves said.  (the tagger reads "Alves" as a plural noun)
    reg = Registry()
    reg.learn(m("Ricardo Alves", 0, name="Ricardo Alves", label="PERSON"), spoke=True)
    res = reg.resolve(m("Alves", 80, head_word="alves", plural=True))
    assert (res.name, res.kind, res.resolution) == ("Ricardo Alves", "person", "alias")
    # A vague group stays vague: "Critics" names nobody met before.
    assert reg.resolve(m("Critics", 120, head_word="critics", plural=True)).kind == "anonymous"


@pytest.mark.parametrize(
    "text, expected",
    [("the Economist", "The Economist"), ("an economist", None), ("The economist", None), ("economist", None)],
    ids=["magazine", "a-person", "the-person", "bare"],
)
def test_an_outlet_name_is_written_with_a_capital(text, expected):
    assert outlet_name(text) == expected


@pytest.mark.parametrize(
    "mention, kind",
    [
        (m("the Bellmont Gazette", name="Bellmont Gazette", label="PERSON", determiner="the"), "outlet"),
        (m("the Courier", name="Courier", label="ORG", determiner="the"), "outlet"),
        (m("Courier", name="Courier", label="PERSON"), "person"),
    ],
    ids=["masthead-tagged-person", "the-courier", "a-surname"],
)
def test_the_x_with_a_masthead_word_is_an_outlet(mention, kind):
    assert kind_of(mention) == kind


def test_a_name_learned_as_an_organisation_becomes_an_outlet_when_called_one():
    # The tagger's ORG on "RTV", then "state broadcaster RTV said".
    reg = Registry()
    reg.learn(m("RTV", 0, name="RTV", label="ORG"))
    reg.learn(m("state broadcaster RTV", 40, name="RTV", label="ORG"), spoke=True)
    assert reg.resolve(m("RTV", 100, name="RTV", label="ORG")).kind == "outlet"


def test_a_pronoun_prefers_the_nearer_speaker_over_one_whose_gender_is_known():
    # Ray Dunmore said ... Luke Brannigan said ... He added ...  ("Ray" is a known name)
    reg = Registry()
    reg.learn(m("Ray Dunmore", 0, name="Ray Dunmore", label="PERSON"), spoke=True)
    reg.learn(m("Brannigan Lusk", 40, name="Brannigan Lusk", label="PERSON"), spoke=True)
    assert reg.resolve(m("He", 100, pronoun=True)).name == "Brannigan Lusk"


def test_a_pronoun_goes_to_the_subject_of_the_sentence_before_over_an_earlier_speaker():
    # Hugh Latimer said ... Ben Carradine, the solicitor, read a statement. "...," he said.
    reg = Registry()
    reg.learn(m("Hugh Latimer", 0, name="Hugh Latimer", label="PERSON"), spoke=True)
    reg.learn(m("Ben Carradine", 50, name="Ben Carradine", label="PERSON", subject=True))
    assert reg.resolve(m("he", 150, pronoun=True)).name == "Ben Carradine"
    # Not when he was only named in passing: the speaker stays the topic.
    reg = Registry()
    reg.learn(m("Hugh Latimer", 0, name="Hugh Latimer", label="PERSON"), spoke=True)
    reg.learn(m("Ben Carradine", 80, name="Ben Carradine", label="PERSON"))
    assert reg.resolve(m("he", 150, pronoun=True)).name == "Hugh Latimer"


def test_the_one_who_replies_is_not_the_one_who_asked():
    # Joan Elphick said ... Ruth Adeyemi asked her whether ... "No," she replied.
    reg = Registry()
    reg.learn(m("Joan Elphick", 0, name="Joan Elphick", label="PERSON"), spoke=True)
    reg.learn(m("Ruth Adeyemi", 60, name="Ruth Adeyemi", label="PERSON"), spoke=True, asked=True)
    assert reg.resolve(m("she", 150, pronoun=True), lemma="reply").name == "Joan Elphick"
    assert reg.resolve(m("she", 150, pronoun=True), lemma="say").name == "Ruth Adeyemi"
    # Pressed on the figures, she replied: the last speaker made no question, so it is her.
    reg = Registry()
    reg.learn(m("Joan Elphick", 0, name="Joan Elphick", label="PERSON"), spoke=True)
    reg.learn(m("Ruth Adeyemi", 60, name="Ruth Adeyemi", label="PERSON"), spoke=True)
    assert reg.resolve(m("she", 150, pronoun=True), lemma="reply").name == "Ruth Adeyemi"


def test_they_is_never_a_country_and_may_be_a_group_that_spoke():
    reg = Registry()
    reg.learn(m("Denmark", 0, name="Denmark", label="GPE"))
    reg.learn(m("The researchers", 40, head_word="researchers", determiner="the", plural=True), spoke=True)
    res = reg.resolve(m("They", 90, pronoun=True, head_word="they"))
    assert res.name is None
    # An organisation named before is what "they" means when no group spoke since.
    reg = Registry()
    reg.learn(m("Kestrel Energy", 0, name="Kestrel Energy", label="ORG"), spoke=True)
    assert reg.resolve(m("They", 90, pronoun=True, head_word="they")).name == "Kestrel Energy"


@pytest.mark.parametrize("noun", ["company", "lender", "chipmaker", "firm"])
def test_the_company_is_the_organisation_named_before(noun):
    reg = Registry()
    reg.learn(m("Northwind Bank", 0, name="Northwind Bank", label="ORG"))
    reg.learn(m("Denmark", 20, name="Denmark", label="GPE"))
    res = reg.resolve(m(f"The {noun}", 60, head_word=noun, determiner="the"))
    assert (res.name, res.kind, res.resolution) == ("Northwind Bank", "organization", "role")


def test_the_one_spoken_to_is_not_the_speaker():
    # Joan Elphick said ... Ruth Adeyemi asked her whether ...
    reg = Registry()
    reg.learn(m("Joan Elphick", 0, name="Joan Elphick", label="PERSON"), spoke=True)
    ruth = reg.learn(m("Ruth Adeyemi", 60, name="Ruth Adeyemi", label="PERSON"), spoke=True, asked=True)
    assert reg.resolve(m("her", 90, pronoun=True, head_word="her"), other_than=ruth).name == "Joan Elphick"


@pytest.mark.parametrize(
    "mention, kind",
    [
        (m("France Info radio", name="France Info", label="PERSON", head_word="radio"), "outlet"),
        (m("the Journal of Geriatric Neurology", name="Journal of Geriatric Neurology", label="ORG", determiner="the"), "document"),
        (m("the paper", head_word="paper", determiner="the"), "document"),
        (m("the Harbour Paper", name="Harbour Paper", label="ORG", determiner="the"), "outlet"),
    ],
    ids=["head-noun-radio", "scholarly-journal", "the-paper-alone", "a-paper-by-name"],
)
def test_what_a_publication_is(mention, kind):
    assert kind_of(mention) == kind


def test_a_lone_surname_finds_the_full_name_written_earlier():
    from quotecheck.extract.speakers import earlier_full_name

    text = "Rovers won after Jamal Osei scored late. Yesterday Okafor said ... Osei said it was deserved."
    osei = m("Osei", text.rindex("Osei"), name="Osei", label="ORG")
    full = earlier_full_name(text, osei)
    assert full is not None and full.name == "Jamal Osei" and full.label == "PERSON"
    # "Yesterday" is no given name, and nothing else precedes "Okafor".
    assert earlier_full_name(text, m("Okafor", text.rindex("Okafor"), name="Okafor")) is None
    # The registry takes the full name for the surname it had registered alone.
    reg = Registry()
    reg.learn(m("Osei", 50, name="Osei", label="ORG"))
    reg.learn(full)
    res = reg.resolve(osei)
    assert (res.name, res.kind) == ("Jamal Osei", "person")


def _named_modifier(text: str, name: str, head_word: str, start: int = 0, **kw) -> Mention:
    """A phrase whose name modifies a common noun head: "A Halbrook spokesperson"."""
    base = m(text, start, name=name, head_word=head_word, **kw)
    at = start + text.index(name)
    return replace(base, head=Span(at, at + len(name), name))


@pytest.mark.parametrize(
    "text, name, head_word, determiner, label, kind",
    [
        pytest.param("A Halbrook spokesperson", "Halbrook", "spokesperson", "a", "", "person", id="spokesperson"),
        pytest.param("A Corvane executive", "Corvane", "executive", "a", "ORG", "person", id="executive-org-label"),
        pytest.param("The Halbrook representative", "Halbrook", "representative", "the", "", "person", id="the-representative"),
        pytest.param("A Halbrook official", "Halbrook", "official", "a", "ORG", "anonymous", id="official-is-anonymous"),
        pytest.param("A Harwood Securities analyst", "Harwood Securities", "analyst", "a", "ORG", "anonymous", id="analyst"),
        pytest.param("A Rovers player", "Rovers", "player", "a", "ORG", "person", id="any-role"),
    ],
)
def test_one_speaking_for_a_named_body_is_nobody_named(text, name, head_word, determiner, label, kind):
    # As "a company spokesperson" (person) and "a company official" (anonymous): the name is the
    # body they speak for, shown in the description, never the speaker's own name.
    reg = Registry()
    mention = _named_modifier(text, name, head_word, determiner=determiner, label=label, subject=True)
    reg.learn(mention, spoke=True)
    res = reg.resolve(mention)
    assert res.name is None and res.kind == kind and res.resolution == "none"
    assert any(name in d for d in res.descriptions)
    # The body itself is registered as an organisation: "the company" later is Halbrook.
    later = reg.resolve(m("the company", 200, head_word="company", determiner="the"))
    assert (later.name, later.kind) == (name, "organization")
    # And "he" after the spokesperson is not the company, nor anyone named.
    he = reg.resolve(m("he", 300, pronoun=True))
    assert he.name is None


def test_a_role_for_a_named_body_keeps_the_body_in_its_description():
    reg = Registry()
    mention = m("A spokesperson for Halbrook", head_word="spokesperson", determiner="a")
    res = reg.resolve(mention)
    assert (res.name, res.kind) == (None, "person")
    assert res.descriptions == ("spokesperson for Halbrook",)
    # Without a named body there is nothing to add.
    plain = reg.resolve(m("A company spokesperson", head_word="spokesperson", determiner="a"))
    assert plain.descriptions == ()


def test_a_spokesperson_named_in_full_is_that_person():
    reg = Registry()
    olsen = m("Halbrook spokeswoman Mary Olsen", name="Mary Olsen", label="PERSON", head_word="olsen",
              descriptions=("Halbrook spokeswoman",))
    res = reg.resolve(olsen)
    assert (res.name, res.kind) == ("Mary Olsen", "person")


@pytest.mark.parametrize(
    "mention, kind",
    [
        pytest.param(m("Smith", name="Smith", label="ORG"), "person", id="surname-tagged-org"),
        pytest.param(m("Walker", name="Walker"), "person", id="surname-untagged"),
        pytest.param(m("Dana", name="Dana", label="ORG"), "person", id="given-name"),
        pytest.param(m("Jordan", name="Jordan", label="GPE"), "organization", id="country-named-like-a-person"),
        pytest.param(m("Microsoft", name="Microsoft", label="ORG"), "organization", id="company"),
        pytest.param(m("NATO", name="NATO", label="ORG"), "organization", id="acronym"),
        pytest.param(m("Reuters", name="Reuters", label="ORG"), "outlet", id="outlet"),
        pytest.param(m("Smith College", name="Smith College", label="ORG"), "organization", id="surname-in-an-org-name"),
    ],
)
def test_a_lone_known_name_is_a_person_whatever_the_tagger_says(mention, kind):
    assert kind_of(mention) == kind


def test_a_lone_surname_finds_the_full_name_written_later():
    from quotecheck.extract.speakers import earlier_full_name

    text = "The council met. Garvey said the budget was tight. Dana Garvey chairs the panel."
    garvey = m("Garvey", text.index("Garvey"), name="Garvey", label="ORG")
    full = earlier_full_name(text, garvey)
    assert full is not None and full.name == "Dana Garvey" and full.label == "PERSON"
    reg = Registry()
    reg.learn(full)
    reg.learn(garvey, spoke=True)
    res = reg.resolve(garvey)
    assert (res.name, res.kind) == ("Dana Garvey", "person")


@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_a_lone_name_that_a_pronoun_speaker_refers_back_to_is_a_person(pronoun):
    reg = Registry()
    okonkwo = m("Okonkwo", 0, name="Okonkwo", label="ORG", subject=True)
    reg.learn(okonkwo, spoke=True)
    reg.learn(m(pronoun, 60, pronoun=True, subject=True), spoke=True)
    assert (reg.resolve(okonkwo).name, reg.resolve(okonkwo).kind) == ("Okonkwo", "person")
    res = reg.resolve(m(pronoun, 60, pronoun=True, subject=True))
    assert (res.name, res.kind, res.resolution) == ("Okonkwo", "person", "pronoun")


@pytest.mark.parametrize(
    "name, label",
    [pytest.param("NATO", "ORG", id="acronym"), pytest.param("Halbrook Holdings", "ORG", id="two-words"),
     pytest.param("Reuters", "ORG", id="outlet"), pytest.param("Portugal", "GPE", id="country")],
)
def test_a_pronoun_does_not_make_an_organisation_a_person(name, label):
    reg = Registry()
    org = m(name, 0, name=name, label=label, subject=True)
    reg.learn(org, spoke=True)
    reg.learn(m("he", 60, pronoun=True, subject=True), spoke=True)
    assert reg.resolve(org).kind != "person"
    assert reg.resolve(m("he", 60, pronoun=True)).name is None


def test_a_pronoun_does_not_take_a_lone_name_from_a_person_near_it():
    reg = Registry()
    reg.learn(m("Okonkwo", 0, name="Okonkwo", label="ORG", subject=True), spoke=True)
    reg.learn(m("Mary Olsen", 40, name="Mary Olsen", label="PERSON", subject=True), spoke=True)
    reg.learn(m("she", 90, pronoun=True, subject=True), spoke=True)
    assert reg.resolve(m("Okonkwo", 0, name="Okonkwo", label="ORG")).kind == "organization"


@pytest.mark.parametrize(
    "header, expected",
    [
        pytest.param("By Jane Doe", "Jane Doe", id="byline"),
        pytest.param("By Jane Doe, Reuters\nPublished: 2024-03-02", "Jane Doe", id="byline-with-outlet"),
        pytest.param("Updated 2024-03-02\nby Anne-Marie Holt | Valley Courier", "Anne-Marie Holt", id="second-line"),
        pytest.param("By Jane Doe and Tom Roe", None, id="two-writers"),
        pytest.param("Source: Global Times", None, id="no-byline"),
        pytest.param("By staff reporters", None, id="no-name"),
    ],
)
def test_the_writer_named_in_the_byline(header, expected):
    from quotecheck.extract.speakers import writer_name

    assert writer_name(header) == expected


def test_i_is_the_writer():
    i = m("I", 40, pronoun=True, head_word="i", subject=True)
    named = Registry(writer="Jane Doe").resolve(i)
    assert (named.name, named.kind, named.resolution) == ("Jane Doe", "person", "pronoun")
    assert named.descriptions == ("the writer of the article",)
    unnamed = Registry().resolve(i)
    assert (unnamed.name, unnamed.kind, unnamed.resolution) == (None, "person", "none")
    assert unnamed.descriptions == ("the writer of the article",)


@pytest.mark.parametrize(
    "descriptions, expected",
    [
        pytest.param(("herself",), (), id="alone"),
        pytest.param(("himself a former mayor",), ("a former mayor",), id="before-a-description"),
        pytest.param(("themselves",), (), id="plural"),
        pytest.param(("a former mayor",), ("a former mayor",), id="none-to-drop"),
    ],
)
def test_a_reflexive_is_never_a_description(descriptions, expected):
    reg = Registry()
    mention = m("Anna Kowal", name="Anna Kowal", label="PERSON", descriptions=descriptions)
    reg.learn(mention, spoke=True)
    assert reg.resolve(mention).descriptions == expected
    assert reg.to_entities({0})[0].descriptions == expected


def test_the_role_herself_is_no_man_who_holds_the_role():
    reg = Registry()
    reg.learn(m("Tom Ferris", 0, name="Tom Ferris", label="PERSON", descriptions=("a former mayor",)), spoke=True)
    herself = m("The mayor herself", 100, head_word="mayor", determiner="the", descriptions=("herself",))
    res = reg.resolve(herself)
    assert res.name is None and res.kind == "person" and res.descriptions == ()
    reg.learn(m("Ruth Amos", 150, name="Ruth Amos", label="PERSON", descriptions=("the mayor",)))
    res = reg.resolve(replace(herself, span=Span(200, 217, "The mayor herself")))
    assert (res.name, res.resolution) == ("Ruth Amos", "role")


def test_a_full_name_found_in_the_text_keeps_the_role_written_beside_it():
    from quotecheck.extract.speakers import earlier_full_name

    text = "The 54-year-old former striker, Lenny Marsh, was sacked. Marsh said it hurt."
    full = earlier_full_name(text, m("Marsh", text.rindex("Marsh"), name="Marsh", label="ORG"))
    assert full is not None and full.name == "Lenny Marsh"
    assert full.descriptions == ("The 54-year-old former striker",)
    after = "Ferris left. Marsh said it hurt. Lenny Marsh, the club's former striker, was sacked."
    full = earlier_full_name(after, m("Marsh", after.index("Marsh"), name="Marsh", label="ORG"))
    assert full is not None and full.descriptions == ("the club's former striker",)


def test_a_capitalised_word_read_as_a_common_noun_is_the_person_of_that_name():
    reg = Registry()
    reg.learn(m("Sam Price", 0, name="Sam Price", label="PERSON", descriptions=("the union's organiser",)))
    # "Price told the Courier": the tagger read "Price" as the noun.
    res = reg.resolve(m("Price", 300, head_word="price", subject=True))
    assert (res.name, res.kind, res.resolution) == ("Sam Price", "person", "alias")
    # A lower-case noun is not a name, nor a word nobody was called.
    assert reg.resolve(m("price", 400, head_word="price")).name is None
    assert reg.resolve(m("Critics", 400, head_word="critics", plural=True)).name is None


@pytest.mark.parametrize(
    "text, head_word",
    [pytest.param("The 58-year-old", "old", id="age"), pytest.param("the 58-year-old, who joined in 2019", "old", id="age-with-clause")],
)
def test_the_age_alone_is_the_person_just_named(text, head_word):
    reg = Registry()
    reg.learn(m("Corvane Foods", 0, name="Corvane Foods", label="ORG"), spoke=True)
    reg.learn(m("Miriam Lacey", 60, name="Miriam Lacey", label="PERSON", descriptions=("Chief executive",)), spoke=True)
    res = reg.resolve(m(text, 150, head_word=head_word, determiner="the"))
    assert (res.name, res.kind, res.resolution) == ("Miriam Lacey", "person", "role")
    # With nobody before it, still a person, unnamed.
    alone = Registry().resolve(m(text, 150, head_word=head_word, determiner="the"))
    assert (alone.name, alone.kind) == (None, "person")


@pytest.mark.parametrize(
    "role, held",
    [pytest.param("barrister", "lawyer", id="barrister-lawyer"), pytest.param("ceo", "chief executive", id="ceo"),
     pytest.param("attorney", "counsel", id="attorney-counsel")],
)
def test_a_role_finds_the_one_who_holds_it_under_another_word(role, held):
    reg = Registry()
    reg.learn(m("Grace Obi", 0, name="Grace Obi", label="PERSON", descriptions=(f"Pike's {held}",)))
    res = reg.resolve(m(f"The defence {role}", 200, head_word=role, determiner="the"))
    assert (res.name, res.resolution) == ("Grace Obi", "role")


def test_a_role_does_not_find_someone_in_another_role():
    reg = Registry()
    reg.learn(m("Amit Shah", 0, name="Amit Shah", label="PERSON", descriptions=("Prosecutor",)))
    assert reg.resolve(m("The defence barrister", 200, head_word="barrister", determiner="the")).name is None


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param(m("Voss", 0, head_word="voss", subject=True), id="read-as-a-common-noun"),
        pytest.param(m("Voss", 0, name="Voss", label="ORG", subject=True), id="tagged-org"),
    ],
)
def test_one_who_says_he_did_something_is_a_person(mention):
    # "Voss said he expected the mine to reopen."
    reg = Registry()
    reg.learn(mention, spoke=True, self_pronoun="he")
    res = reg.resolve(mention)
    assert (res.name, res.kind) == ("Voss", "person")
    he = reg.resolve(m("he", 80, pronoun=True, subject=True))
    assert he.name == "Voss"


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param(m("NATO", 0, name="NATO", label="ORG"), id="acronym"),
        pytest.param(m("Critics", 0, head_word="critics", plural=True), id="plural-noun"),
        pytest.param(m("The minister", 0, head_word="minister", determiner="the"), id="role"),
        pytest.param(m("Halbrook Holdings", 0, name="Halbrook Holdings", label="ORG"), id="two-word-org"),
    ],
)
def test_saying_he_makes_no_name_of_a_noun_or_an_organisation(mention):
    reg = Registry()
    reg.learn(mention, spoke=True, self_pronoun="he")
    res = reg.resolve(mention)
    assert res.kind != "person" or res.name is None


def test_an_age_in_apposition_is_described_as_an_age():
    reg = Registry()
    oduya = m("Their goalkeeper, Sam Oduya, 23", name="Sam Oduya", label="PERSON", descriptions=("Their goalkeeper", "23"))
    reg.learn(oduya, spoke=True)
    assert reg.resolve(oduya).descriptions == ("Their goalkeeper", "aged 23")


@pytest.mark.parametrize(
    "text, head_word",
    [
        pytest.param("The firm's finance chief, who declined to give her name", "chief", id="declined"),
        pytest.param("a guard who would not give his name", "guard", id="would-not"),
        pytest.param("a resident who refused to give her full name", "resident", id="full-name"),
    ],
)
def test_one_who_withholds_their_name_is_anonymous(text, head_word):
    assert kind_of(m(text, head_word=head_word)) == "anonymous"


def test_giving_a_name_is_not_withholding_it():
    assert kind_of(m("a guard who gave his name as Tom", head_word="guard", determiner="a")) != "anonymous"


@pytest.mark.parametrize("noun", ["defendant", "accused", "claimant", "plaintiff", "complainant", "appellant"])
def test_the_parties_to_a_case_are_people(noun):
    assert kind_of(m(f"The {noun}", head_word=noun, determiner="the")) == "person"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The stall of stallholder Mabel Crane is busy. Crane added more.", "Mabel Crane", id="lowercase-role"),
        pytest.param("Stallholder Mabel Crane opened early. Crane added more.", "Mabel Crane", id="capitalised-role"),
        pytest.param("The stall of Mabel Crane is busy. Crane added more.", None, id="no-role-unknown-given-name"),
        pytest.param("Tourists visit Eastgate Crane daily. Crane added more.", None, id="place-without-role"),
        pytest.param("The stall of stallholder Crane is busy. Crane added more.", None, id="role-and-surname-only"),
    ],
)
def test_a_lone_surname_finds_a_full_name_introduced_by_a_role(text, expected):
    # "stallholder Mabel Crane": a given name the lists do not know still starts a full name
    # when a role word introduces it; without one nothing is invented.
    from quotecheck.extract.speakers import earlier_full_name

    crane = m("Crane", text.rindex("Crane"), name="Crane")
    full = earlier_full_name(text, crane)
    assert (full.name if full is not None else None) == expected


@pytest.mark.parametrize(
    "lead, pronoun, expected",
    [
        pytest.param("The council's leader, Gillian Moss, was more cautious: ", "she", ("Gillian Moss", ("The council's leader",)), id="role-apposition"),
        pytest.param("Gillian Moss was more cautious: ", "she", ("Gillian Moss", ()), id="name-opens-clause"),
        pytest.param("The council's leader, Peter Moss, was more cautious: ", "she", None, id="other-sex"),
        pytest.param("The council's leader was more cautious: ", "she", None, id="no-name"),
        pytest.param("The council's leader, Gillian Moss, was more cautious. ", "she", None, id="no-colon"),
    ],
)
def test_the_subject_before_a_colon_is_who_a_pronoun_after_the_quotation_means(lead, pronoun, expected):
    from quotecheck.extract.speakers import colon_subject

    text = f'Ravi Dutt was pleased.\n\n{lead}"We still have to find the money," {pronoun} said.'
    found = colon_subject(text, text.index('"We'), pronoun)
    assert ((found.name, found.descriptions) if found is not None else None) == expected
    if found is not None:
        assert text[found.span.start : found.span.end] == found.name


@pytest.mark.parametrize(
    "text, label, expected",
    [
        pytest.param("Shares in Kestrel Energy fell. Kestrel declined to comment.", "ORG", "Kestrel Energy", id="trade-word"),
        pytest.param("Kestrel Group cut jobs. Kestrel declined to comment.", "", "Kestrel Group", id="company-ending"),
        pytest.param("Shares in Kestrel fell. Kestrel declined to comment.", "ORG", None, id="never-written-in-full"),
        pytest.param("Kestrel Tuesday was calm. Kestrel declined to comment.", "ORG", None, id="not-a-company-word"),
        pytest.param("The Smith Group tower closed. Smith declined to comment.", "", None, id="a-surname"),
        pytest.param("Orla Kestrel Group was named. Kestrel declined to comment.", "PERSON", None, id="tagged-a-person"),
    ],
)
def test_a_lone_organisation_name_finds_its_full_name(text, label, expected):
    # The entity recognizer may never have read the sentence with "Kestrel Energy"; the raw text
    # holds it. Never for a person's name: "Smith" is no "Smith Group".
    from quotecheck.extract.speakers import earlier_body_name

    kestrel = m(text.split()[-4], text.rindex(text.split()[-4]), name=text.split()[-4], label=label)
    found = earlier_body_name(text, kestrel)
    assert (found.name if found is not None else None) == expected
    if found is not None:
        assert text[found.span.start : found.span.end] == found.name and found.label == "ORG"


@pytest.mark.parametrize(
    "head, expected",
    [
        pytest.param("Mendes", ("Mendes", "person", ("who leads the inquiry",)), id="surname-read-as-plural"),
        pytest.param("Critics", (None, "anonymous", ()), id="a-vague-group"),
        pytest.param("Residents", (None, "anonymous", ()), id="a-plural-noun"),
    ],
)
def test_a_surname_read_as_a_plural_noun_keeps_its_description(head, expected):
    # "Mendes, who leads the inquiry, said": a known surname the tagger read as a plural common
    # noun is a person, and the relative clause describes them.
    text = f"{head}, who leads the inquiry"
    reg = Registry()
    mention = m(text, 40, head_word=head.lower(), plural=True)
    mention = replace(mention, head=Span(40, 40 + len(head), head))
    reg.learn(mention, spoke=True)
    res = reg.resolve(mention)
    assert (res.name, res.kind, res.descriptions) == expected


@pytest.mark.parametrize(
    "later, expected",
    [
        pytest.param([("Lena Ortiz", "the hospital's head since 2019")], "Lena Ortiz", id="named-later-in-the-same-role"),
        pytest.param([("Tom Reilly", "the board's chairman")], None, id="someone-else-named-later"),
        pytest.param([("Lena Ortiz", "who ran the hospital for six years")], None, id="no-role-word"),
        pytest.param([("Lena Ortiz", "the hospital's head"), ("Omar Haddad", "head of surgery")], None, id="two-heads-later"),
    ],
)
def test_a_role_that_speaks_before_the_name_is_the_one_named_later_in_that_role(later, expected):
    # "The head of Northdale General Hospital said ... Dr. Lena Ortiz, the hospital's head,":
    # the same person only when exactly one person named later holds that role.
    reg = Registry()
    role = m("The head of Northdale General Hospital", 0, head_word="head", determiner="the", subject=True)
    for i, (name, description) in enumerate(later):
        reg.learn(m(name, 200 + 100 * i, name=name, label="PERSON", descriptions=(description,)))
    res = reg.resolve(role)
    assert res.name == expected
    assert res.resolution == ("role" if expected else "none")
