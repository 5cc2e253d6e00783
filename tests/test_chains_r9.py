"""Chains end to end with the model: the medium words first appeared in, titles, follow-ups."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _only(report):
    (quote,) = report.quotes
    return quote


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('"The launch slipped twice," engineer Tomas Wexley said on the Orbit Hour podcast.\n', "Orbit Hour"),
        ('"I cried for a week," singer Nadia Foss said on "The Night Lantern."\n', "Night Lantern"),
        ("In a review for the website Screenhound, critic Marta Olsen said the sequel felt hollow.\n", "Screenhound"),
        (
            "Retired sprinter Gail Ombaka, writing in her monthly column for the Westbrook Herald, "
            'argued that the relay squad looked "badly drilled."\n',
            "Westbrook Herald",
        ),
    ],
    ids=["podcast", "show-title", "review-for-website", "column-for-paper"],
)
def test_words_first_carried_by_another_medium_go_to_it(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.recipient is not None
    assert (quote.recipient.name, quote.recipient.kind) == (outlet, "outlet")
    assert [f.rule for f in report.findings].count("QC101") == 1


@pytest.mark.parametrize(
    "text",
    [
        "In a post on Bluesky, former ranger Ellis Marden wrote that the trail had been closed for years.\n",
        "In a company blog post, Quarrystone said it had patched the flaw.\n",
        '"We are sorry," Quarrystone wrote on its website.\n',
        '"It is fine," Dana Petrov said on a podcast.\n',
    ],
    ids=["platform-post", "own-blog", "own-website", "unnamed-podcast"],
)
def test_the_speakers_own_channel_or_an_unnamed_medium_is_no_carrier(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.recipient is None
    assert quote.via == ()
    assert "QC101" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"We rehearsed in a car park," drummer Lio Banks said on "The Sunday Basement." '
            '"Nobody believed us."\n',
            ['"We rehearsed in a car park,"', '"Nobody believed us."'],
        ),
        ('"I learned to sail at sixty," Renata Holm said on "Open Waters."\n', ['"I learned to sail at sixty,"']),
    ],
    ids=["title-then-more-words", "title-ends-sentence"],
)
def test_a_quoted_title_after_on_is_a_name_not_speech(nlp, text, content):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert [c.text for c in quote.content] == content
    assert any(t.kind == "name" for t in report.terms)



def test_lowercase_words_after_in_stay_quoted_words(nlp):
    report = analyze('The minister said the plan would work "in the end."\n', nlp=nlp)
    assert any("in the end" in c.text for q in report.quotes for c in q.content)
    assert report.terms == ()


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            'Chef Amara Lindqvist said the new menu was "a love letter to turnips." She made the remarks at '
            "a tasting, according to the food magazine Brine Weekly.\n",
            "Brine Weekly",
        ),
        (
            'Coach Ilse Marrow said the squad had "run out of legs." Marrow made the comments after the final, '
            "according to the Dalton Courier.\n",
            "Dalton Courier",
        ),
    ],
    ids=["she-made-the-remarks", "name-made-the-comments"],
)
def test_a_follow_up_naming_the_carrier_of_remarks_joins_the_quote_before(nlp, text, outlet):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert [h.name for h in quote.via] == [outlet]
    assert [f.rule for f in report.findings].count("QC101") == 1


def test_a_bare_cue_right_after_goes_on_with_the_same_exchange(nlp):
    text = (
        "Speaking to the Harrowgate Star, the veteran umpire said he had never seen such a storm. "
        '"The covers simply flew away," he said.\n'
    )
    report = analyze(text, nlp=nlp)
    first, second = report.quotes
    assert first.recipient is not None and second.recipient is not None
    assert second.recipient.name == first.recipient.name == "Harrowgate Star"
    # Each quote of the exchange is flagged (round 13: an editor reading one quote's findings
    # sees where its words came from).
    assert [f.rule for f in report.findings].count("QC101") == 2


def test_a_cue_with_its_own_occasion_keeps_its_own_chain(nlp):
    text = (
        "Speaking to the Harrowgate Star, umpire Colin Brayford said he had never seen such a storm. "
        '"I still have nightmares," he said at a dinner on Friday.\n'
    )
    report = analyze(text, nlp=nlp)
    assert report.quotes[-1].recipient is None



def test_a_publication_written_in_is_one_carrier_not_two(nlp):
    report = analyze('Columnist Ada Marsh wrote in the Linton Gazette that the levy was "a tax on hope."\n', nlp=nlp)
    quote = _only(report)
    assert [h.name for h in quote.via] == ["Linton Gazette"]
    assert quote.recipient is None
    assert "QC102" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Its chair, Dr Rowan Pellisier, said in a tribute that the valley had lost its best teacher.\n",
        "The bishop said in a eulogy that the lifeboatman had never once refused a call.\n",
    ],
    ids=["tribute", "eulogy"],
)
def test_a_that_clause_after_said_in_a_tribute_is_what_was_said(nlp, text):
    report = analyze(text, nlp=nlp)
    quote = _only(report)
    assert quote.content[0].text.startswith("that the")
    assert any(c.text.startswith("in a ") for c in quote.context)
