"""Speaker resolution: names, aliases, roles, pronouns and kinds. Pure, no model."""

from __future__ import annotations

import pytest

from quotecheck.extract.frames import Mention
from quotecheck.extract.speakers import Registry, is_vague, kind_of, outlet_name
from quotecheck.model import Span


def m(text: str, start: int = 0, *, name: str | None = None, label: str = "", head_word: str | None = None,
      determiner: str = "", plural: bool = False, pronoun: bool = False, descriptions: tuple[str, ...] = (),
      possessor: str = "") -> Mention:
    span = Span(start, start + len(text), text)
    words = tuple(w.lower() for w in text.replace(",", " ").split())
    return Mention(span=span, head=span, head_word=head_word or words[-1], determiner=determiner, label=label,
                   name=name, proper=bool(name), plural=plural, pronoun=pronoun, descriptions=descriptions,
                   possessor=possessor, words=words)


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
