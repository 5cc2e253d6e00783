"""Speakers and their kinds, found on the round 13 probes (p34, p35): C-suite initials as roles,
a trailing "it said" about the company, a fronted phrase before a titled name, a role learned
from a description far back, an appositive after "X quoted", a club's short name, "one of
them" and its own reason, a ranked role that is not the plain one, and "that person" after an
anonymous go-between. End to end with the real model. The sentences are written by the
quotecheck authors after the probes' repros."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _messages(report, rule):
    return [f.message for f in report.findings if f.rule == rule]


# --- C-suite initials are roles ---------------------------------------------------------------


def test_the_coo_is_the_chief_operating_officer_named_before(nlp):
    text = (
        "Chief Operating Officer Marta Quill said sales had slowed in May. "
        "Pressed on hiring, the COO said the company would wait until autumn."
    )
    first, second = analyze(text, nlp=nlp).quotes[0], analyze(text, nlp=nlp).quotes[-1]
    assert first.speaker_name == "Marta Quill"
    assert second.speaker_name == "Marta Quill"
    assert second.speaker_kind == "person"


def test_the_cfo_after_a_spelled_out_title_in_an_appositive(nlp):
    text = (
        "Benedikt Sorel, the company's chief financial officer, said margins had improved. "
        "Shares closed higher on Tuesday. The CFO said the dividend would be kept."
    )
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_name == "Benedikt Sorel"
    assert last.speaker_kind == "person"


# --- "..., it said." closes words about the company -------------------------------------------


_KELVANE = (
    "Harwick Foods said on Monday it would cut its prices.\n\n"
    "A farmers' group, the Upland Grazing Council, said in a report last week that milk prices were too low.\n\n"
)


def test_it_said_after_words_about_the_company_is_the_company(nlp):
    text = _KELVANE + "The company will report annual results in March, it said."
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_name == "Harwick Foods"


def test_it_said_after_words_naming_the_company_is_the_company(nlp):
    text = _KELVANE + "Harwick will report annual results in March, it said."
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_name == "Harwick Foods"


def test_it_said_after_words_about_the_group_stays_with_the_group(nlp):
    # Guard: "The council" is the council that spoke last.
    text = _KELVANE + "The council will publish more figures in March, it said."
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_name == "Upland Grazing Council"


# --- A fronted phrase before a lowercase title and a name -------------------------------------


def test_fronted_phrase_is_not_part_of_the_titled_speaker(nlp):
    text = (
        "Under cross-examination, prosecution barrister Helena Voss suggested that the witness had been drinking. "
        '"You were in the bar for four hours," Voss said.'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.speaker_name == "Helena Voss"
    assert "QC202" not in _rules(report, first.id)
    assert second.speaker_descriptions == ("prosecution barrister",)


def test_title_after_fronted_phrase_is_a_description(nlp):
    text = "After cross-checking, union steward Mara Quinn said the ballot result stood."
    quote = analyze(text, nlp=nlp).quotes[0]
    assert quote.speaker_name == "Mara Quinn"
    assert quote.speaker_descriptions == ("union steward",)


# --- A role learned from a description, further on ---------------------------------------------


def test_role_from_a_description_resolves_sentences_later(nlp):
    text = (
        "Dr. Alma Pruitt, a volcanologist at the Ferris Observatory, said the ash was settling.\n\n"
        "Traffic was light on Monday. Schools stayed open.\n\n"
        "The volcanologist said more tremors were likely."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker_name == "Alma Pruitt"
    assert "QC203" not in _rules(report, last.id)


# --- The appositive name after "X quoted" ------------------------------------------------------


def test_appositive_name_after_quoted_is_the_speaker(nlp):
    text = "The Valley Courier quoted the expedition's co-leader, Dr. Owen Marsh, as saying the team would stay another month."
    report = analyze(text, nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_name == "Owen Marsh"
    assert quote.speaker_descriptions == ("the expedition's co-leader",)
    assert "QC203" not in _rules(report, quote.id)


# --- A club's short name -----------------------------------------------------------------------


def test_club_short_name_is_an_organization_not_a_vague_group(nlp):
    # Not opening its sentence: there, with no club named in full before, the capital tells
    # nothing ("Rangers said the blaze was under control": park rangers, test_probe_r13_rev13).
    report = analyze("The midfielder would stay until the end of the season, Wanderers said.", nlp=nlp)
    quote = report.quotes[0]
    assert quote.speaker_kind == "organization"
    assert quote.speaker_name == "Wanderers"
    assert "QC201" not in _rules(report, quote.id)


# --- "One of them" has its own group's reason ---------------------------------------------------


def test_one_of_them_does_not_take_an_earlier_sources_reason(nlp):
    text = (
        "A senior diplomat, who spoke on condition of anonymity because she was not authorised to brief reporters, "
        'said the offer was "final." Two people close to the negotiators said the deadline had moved. '
        "One of them said the talks would resume on Friday."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    messages = [f.message for f in report.findings if f.quote == last.id and f.rule == "QC201"]
    assert messages and all("not authorised" not in m for m in messages)


def test_one_of_them_keeps_its_own_groups_reason(nlp):
    # Guard: the group's own reason carries over.
    text = (
        "Two officials, who asked not to be named because they were not allowed to speak, said the memo was real. "
        "One of them said it had been signed in May."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert any("not allowed to speak" in f.message for f in report.findings if f.quote == last.id)


# --- A ranked role is not the plain one ---------------------------------------------------------


def test_shadow_role_is_not_named_for_the_plain_role(nlp):
    text = (
        "Mrs Okonjo-Hale, the shadow chancellor, said the figures were wrong. "
        "The Chancellor replied that the figures had been audited twice."
    )
    report = analyze(text, nlp=nlp)
    last = report.quotes[-1]
    assert last.speaker_name is None
    assert not any("Okonjo-Hale" in f.message for f in report.findings if f.quote == last.id)


def test_deputy_is_not_the_plain_role_named_just_before(nlp):
    text = "Ray Dunmore, the deputy mayor, said the roads were shut. The mayor said they would reopen on Friday."
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_name is None


# --- "that person" after an anonymous go-between ------------------------------------------------


def test_that_person_is_the_anonymous_go_between_before(nlp):
    text = (
        "According to a person familiar with the council's legal advice, lawyers warned in July that the contract could be void. "
        "The contract was cancelled within days, that person said."
    )
    last = analyze(text, nlp=nlp).quotes[-1]
    assert last.speaker_kind == "anonymous"
