"""Round 5 fixes, end to end with the model: carriers named with "in", sources cited by their
institution or journal, organisations described by a relative clause, role nouns after an
inverted cue, and possessive pronouns in "In her words".

Every article here is written for these tests: the people, places and outlets are invented.
"""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze

from .reports import quote_rules as _rules


# ------------------------------------------------------------------------------------------
# "In her words, ...": a possessive pronoun speaker is resolved like "she"
# ------------------------------------------------------------------------------------------


_REED_THEN_DAHL = (
    'Mayor Tom Reed defended the budget on Monday, saying it "protects every school."\n\n'
    "Councillor Mira Dahl opposed the plan.\n\n"
)
_DAHL_THEN_REED = 'Councillor Mira Dahl said on Monday that the budget "leaves the harbour to rot."\n\nMayor Tom Reed disagreed.\n\n'


@pytest.mark.parametrize(
    "before, sentence, cue, pronoun, name",
    [
        (_REED_THEN_DAHL, 'In her words, the budget "leaves the harbour to rot."', "In her words", "her", "Mira Dahl"),
        (_DAHL_THEN_REED, 'In his words, the budget was "a fair deal for the harbour."', "In his words", "his", "Tom Reed"),
        (_DAHL_THEN_REED, 'In his own words, the budget was "a fair deal."', "In his own words", "his", "Tom Reed"),
    ],
    ids=["her", "his", "his-own"],
)
def test_in_her_words_resolves_the_pronoun_to_the_one_named_before(nlp, before, sentence, cue, pronoun, name):
    # Without the cue the words would continue the other speaker's quote before them.
    quote = analyze(before + sentence + "\n", nlp=nlp).quotes[-1]
    assert (quote.type, quote.cue.text, quote.speaker.text) == ("mixed", cue, pronoun)
    assert (quote.speaker_name, quote.speaker_kind, quote.resolution) == (name, "person", "pronoun")


def test_an_unresolved_possessive_speaker_is_called_a_pronoun_not_a_role(nlp):
    report = analyze('The hearing ran late.\n\nIn his words, the plan was "a fair deal for the harbour."\n', nlp=nlp)
    (finding,) = [f for f in report.findings if f.rule == "QC203"]
    assert finding.message == 'Speaker known only by a pronoun: "his" is never named in the article.'


def test_in_other_words_names_no_one(nlp):
    report = analyze('Councillor Mira Dahl spoke first. In other words, the budget "leaves the harbour to rot."\n', nlp=nlp)
    assert all(q.cue is None or "words" not in q.cue.text for q in report.quotes)


# ------------------------------------------------------------------------------------------
# "was quoted as saying in the Harbour Herald": the publication carried the words
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker, carrier, kind",
    [
        (
            '"We will reopen the pier," the mayor, Ruth Okafor, was quoted as saying in the Harbour Herald.',
            "the mayor, Ruth Okafor",
            "Harbour Herald",
            "outlet",
        ),
        ('"We will reopen the pier," Ruth Okafor was quoted by the Herald as saying.', "Ruth Okafor", "Herald", "outlet"),
        ('"We will reopen the pier," the Harbour Herald quoted Ruth Okafor as saying.', "Ruth Okafor", "Harbour Herald", "outlet"),
        ("Ruth Okafor was quoted as saying in the Harbour Herald that the pier would reopen.", "Ruth Okafor", "Harbour Herald", "outlet"),
        ("Ruth Okafor was quoted in the Harbour Herald as saying that the pier would reopen.", "Ruth Okafor", "Harbour Herald", "outlet"),
        (
            "Ruth Okafor was quoted as saying in the Journal of Coastal Studies that the pier would reopen.",
            "Ruth Okafor",
            "Journal of Coastal Studies",
            "document",
        ),
    ],
    ids=["direct-in", "direct-by", "direct-active", "in-after-saying", "in-before-as", "in-journal"],
)
def test_quoted_as_saying_in_a_publication_makes_it_the_carrier(nlp, sentence, speaker, carrier, kind):
    report = analyze("The council met on Monday.\n\n" + sentence + "\n", nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.speaker_name, quote.cue.text) == (speaker, "Ruth Okafor", "as saying")
    assert "reopen the pier" in quote.content[0].text or "the pier would reopen" in quote.content[0].text
    assert [(hop.name, hop.kind) for hop in quote.via] == [(carrier, kind)]
    assert not any("Herald" in c.text or "Journal" in c.text for c in quote.context)
    assert "QC101" in _rules(report, quote)


def test_quoted_as_saying_in_local_media_carries_it_as_by_local_media_does(nlp):
    (quote,) = analyze("Ruth Okafor was quoted as saying in local media that the pier would reopen.", nlp=nlp).quotes
    assert [hop.span.text for hop in quote.via] == ["local media"]
    assert quote.context == ()


@pytest.mark.parametrize(
    "sentence, where",
    [
        ("Ruth Okafor was quoted as saying in Brussels that the pier would reopen.", "in Brussels"),
        ("Ruth Okafor was quoted as saying in an interview that the pier would reopen.", "in an interview"),
        ('"We will reopen the pier," Ruth Okafor was quoted as saying in an interview.', "in an interview"),
        ("Ruth Okafor was quoted as saying in March that the pier would reopen.", "in March"),
        ("Ruth Okafor was quoted as saying in the paper that the pier would reopen.", "in the paper"),
    ],
    ids=["place", "interview", "direct-interview", "date", "paper-may-be-a-study"],
)
def test_quoted_as_saying_in_a_place_or_an_interview_names_no_carrier(nlp, sentence, where):
    (quote,) = analyze("The council met on Monday.\n\n" + sentence + "\n", nlp=nlp).quotes
    assert (quote.speaker_name, quote.cue.text) == ("Ruth Okafor", "as saying")
    assert quote.via == ()
    assert [c.text for c in quote.context] == [where]


# ------------------------------------------------------------------------------------------
# QC201: a group at a named organisation, or published in a named journal, is cited
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker, kind",
    [
        (
            "Researchers at Dunmore University reported in the Journal of Coastal Studies that the dunes shrank by a third.",
            "Researchers at Dunmore University",
            "organization",
        ),
        ("Researchers at Dunmore University said the dunes shrank by a third.", "Researchers at Dunmore University", "organization"),
        ("Scientists from the Kelmont Institute said the dunes shrank by a third.", "Scientists from the Kelmont Institute", "organization"),
        ("Economists at Hartwell Securities said rates would rise.", "Economists at Hartwell Securities", "organization"),
        ("Researchers reported in the Journal of Coastal Studies that the dunes shrank by a third.", "Researchers", "anonymous"),
        ("Researchers wrote in the Harbour Herald that the dunes shrank by a third.", "Researchers", "anonymous"),
    ],
    ids=["institution-and-journal", "institution", "institute", "firm", "journal-only", "outlet-only"],
)
def test_a_group_at_a_named_body_or_published_in_a_journal_is_not_a_vague_source(nlp, sentence, speaker, kind):
    report = analyze(sentence, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.speaker_kind) == (speaker, kind)
    assert "QC201" not in _rules(report)


@pytest.mark.parametrize(
    "sentence, message",
    [
        ("Officials at the Interior Ministry said the border would close.", "Anonymous source"),
        ("Residents of Kelmont said the dunes shrank by a third.", "Vague source"),
        ("Researchers said the dunes shrank by a third.", "Vague source"),
        ("Researchers reported in March that the dunes shrank by a third.", "Vague source"),
        ("Officials said in the Harbour Herald that the border would close.", "Anonymous source"),
    ],
    ids=["officials-at-a-ministry", "residents-of-a-town", "bare-group", "reported-when", "officials-in-an-outlet"],
)
def test_unnamed_officials_and_groups_with_no_body_stay_vague_or_anonymous(nlp, sentence, message):
    report = analyze(sentence, nlp=nlp)
    (finding,) = [f for f in report.findings if f.rule == "QC201"]
    assert finding.message.startswith(message)


def test_qc201_skips_a_vague_group_whose_words_were_published_in_a_named_journal():
    from quotecheck.model import Quote, Report, Span
    from quotecheck.rules import Selection, check

    text = "Researchers reported in the Journal of Coastal Studies that the dunes shrank."

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span(start, start + len(piece), piece)

    def quote(context: tuple[Span, ...]) -> Quote:
        return Quote(
            id="q1", type="indirect", content=(span("that the dunes shrank"),), cue=span("reported"),
            speaker=span("Researchers"), speaker_name=None, speaker_kind="anonymous", confidence=0.8,
            resolution="none", context=context,
        )

    def qc201(q: Quote) -> list:
        return list(check(Report(text=text, quotes=(q,)), selection=Selection.of(["QC201"])))

    assert qc201(quote((span("in the Journal of Coastal Studies"),))) == []
    assert len(qc201(quote(()))) == 1


# ------------------------------------------------------------------------------------------
# "'Not one more closure,' vows library campaigner": the role noun after the cue speaks
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("'Not one more closure,' vows library campaigner\n\nThe council meets on Monday.\n", "library campaigner"),
        ("The council meets on Monday.\n\n'Not one more closure,' vows library campaigner.\n", "library campaigner"),
        ("The council meets on Monday.\n\n'Not one more closure,' vows the library campaigner.\n", "the library campaigner"),
        ('The council meets on Monday.\n\n"We will fight this to the end," vows union chief.\n', "union chief"),
    ],
    ids=["headline", "body", "body-with-article", "body-double-marks"],
)
def test_a_role_noun_after_an_inverted_cue_is_the_speaker(nlp, text, speaker):
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert (quote.type, quote.cue.text, quote.speaker.text, quote.speaker_kind) == ("direct", "vows", speaker, "person")
    assert "QC202" not in _rules(report)


def test_the_role_after_an_inverted_cue_is_the_one_named_in_that_role(nlp):
    text = "Library campaigner June Adair has fought the cuts for a decade.\n\n'Not one more closure,' vows library campaigner.\n"
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.speaker.text, quote.speaker_name, quote.resolution) == ("library campaigner", "June Adair", "role")


def test_a_headline_and_its_body_sentence_are_one_speaker_not_two(nlp):
    text = "'Not one more closure,' vows library campaigner\n\n'Not one more closure,' vows the library campaigner.\n"
    report = analyze(text, nlp=nlp)
    assert [q.speaker.text for q in report.quotes] == ["library campaigner", "the library campaigner"]
    assert "QC501" not in _rules(report)


def test_a_subject_after_the_quotation_is_still_the_speaker(nlp):
    # The object of "told" is the hearer; the speaker is the subject, not an inverted object.
    (quote,) = analyze('"We will reopen the pier," the mayor told reporters.', nlp=nlp).quotes
    assert quote.speaker.text == "the mayor"


# ------------------------------------------------------------------------------------------
# "The hospital group that employs the nurses said": an organisation, never anonymous
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The hospital group that employs the nurses said the shifts would change.", "The hospital group that employs the nurses"),
        ("The hospital groups that employ the nurses said the shifts would change.", "The hospital groups that employ the nurses"),
        ("The hospital group that employs the workers said the shifts would change.", "The hospital group that employs the workers"),
        ("The firm that employs the officials said the shifts would change.", "The firm that employs the officials"),
        ("The hospital group, which employs the nurses, said the shifts would change.", "The hospital group, which employs the nurses"),
    ],
    ids=["group", "groups", "workers", "officials", "non-restrictive"],
)
def test_an_organisation_described_by_a_relative_clause_is_an_organisation(nlp, sentence, speaker):
    # The parser may read the clause's object ("the workers") as a second subject of "said";
    # that object is no speaker, and the phrase before it is no description.
    report = analyze("Nurses at Kelmont General walked out on Friday.\n\n" + sentence + "\n", nlp=nlp)
    (quote,) = report.quotes
    assert (quote.speaker.text, quote.speaker_kind) == (speaker, "organization")
    assert all(not d.rstrip().endswith(("employ", "employs")) for d in quote.speaker_descriptions)
    assert "QC201" not in _rules(report)


def test_they_after_an_unnamed_group_of_organisations_is_not_a_body_named_before(nlp):
    text = (
        "Kelmont Health runs two hospitals.\n\n"
        "The hospital groups that employ the nurses said the shifts would change. They said talks would resume on Monday.\n"
    )
    *_, they = analyze(text, nlp=nlp).quotes
    assert they.speaker.text == "They"
    assert they.speaker_name is None
