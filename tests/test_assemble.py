"""Assembly of quotations and frames into draft quotes: pure, no model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotecheck import marks
from quotecheck.extract.assemble import assemble
from quotecheck.extract.frames import Frame, Mention
from quotecheck.model import Span


def span(text: str, piece: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return Span.of(text, start, start + len(piece))


def mention(text: str, piece: str, *, name: str | None = None, pronoun: bool = False, occurrence: int = 0) -> Mention:
    s = span(text, piece, occurrence)
    words = tuple(piece.lower().split())
    return Mention(
        span=s,
        head=s,
        head_word=words[-1],
        determiner=words[0] if words[0] in ("the", "a", "some") else "",
        label="PERSON" if name else "",
        name=name,
        proper=bool(name),
        plural=False,
        pronoun=pronoun,
        words=words,
    )


def frame(text: str, cue: str, speaker: Mention | None, extent: str, *, content: tuple[str, ...] = (), kind: str = "clause", occurrence: int = 0) -> Frame:
    return Frame(
        cue=span(text, cue, occurrence),
        lemma="say",
        frame=kind,
        speaker=speaker,
        content=tuple(span(text, c) for c in content),
        extent=span(text, extent, occurrence),
        sentence=Span.of(text, 0, len(text)),
    )


def run(text: str, frames: list[Frame]):
    scan = marks.scan(text)
    return assemble(text, quotations=scan.quotations, paragraphs=scan.paragraphs, frames=frames)


@pytest.mark.parametrize(
    "text, extent",
    [
        pytest.param('"We will win," Vogel said.', "Vogel said", id="cue-after"),
        pytest.param('"We will win," said Vogel.', "said Vogel", id="inverted"),
        pytest.param('Vogel said: "We will win."', "Vogel said", id="cue-before-colon"),
        pytest.param("Vogel said, “We will win.”", "Vogel said", id="cue-before-comma-curly"),
    ],
)
def test_direct_quote_attaches_to_its_cue_in_every_position(text, extent):
    speaker = mention(text, "Vogel", name="Vogel")
    (draft,) = run(text, [frame(text, "said", speaker, extent)]).drafts
    assert draft.type == "direct"
    assert draft.speaker is speaker
    assert [c.text.strip('"“”') for c in draft.content] == ["We will win," if "win," in text else "We will win."]


def test_quote_interrupted_by_its_attribution_is_one_quote_in_two_parts():
    text = '"We waited," Okafor said. "We will not wait any longer."'
    speaker = mention(text, "Okafor", name="Okafor")
    (draft,) = run(text, [frame(text, "said", speaker, "Okafor said")]).drafts
    assert [c.text for c in draft.content] == ['"We waited,"', '"We will not wait any longer."']


def test_quoted_end_of_reported_speech_stays_with_its_speaker_not_the_next_sentences():
    # The full stop inside the marks ends Ferhat's sentence: the next clause is not its cue.
    text = 'Lale Ferhat said the bank had "lost the trust of investors." The governor disagreed.'
    ferhat = mention(text, "Lale Ferhat", name="Lale Ferhat")
    governor = mention(text, "The governor")
    said = frame(text, "said", ferhat, "Lale Ferhat said", content=('the bank had "lost the trust of investors',))
    disagreed = frame(text, "disagreed", governor, "The governor disagreed")
    (draft,) = run(text, [said, disagreed]).drafts
    assert draft.speaker is ferhat and draft.type == "mixed"
    assert [c.text for c in draft.content] == ['the bank had "lost the trust of investors."']


def test_two_mixed_quotes_in_a_row_stay_two_quotes():
    text = 'Bronwen Tull said prices were "high." Tull said nurses were "tired."'
    first, second = mention(text, "Bronwen Tull", name="Bronwen Tull"), mention(text, "Tull", name="Tull", occurrence=1)
    frames = [
        frame(text, "said", first, "Bronwen Tull said", content=('prices were "high',)),
        frame(text, "said", second, "Tull said", content=('nurses were "tired',), occurrence=1),
    ]
    drafts = run(text, frames).drafts
    assert [(d.speaker, d.type, [c.text for c in d.content]) for d in drafts] == [
        (first, "mixed", ['prices were "high."']),
        (second, "mixed", ['nurses were "tired."']),
    ]


@pytest.mark.parametrize(
    "text, extent",
    [
        pytest.param('"We will win." Vogel said.', "Vogel said", id="whole-sentence-signed-after-full-stop"),
        pytest.param('"Why now?" Vogel asked.', "Vogel asked", id="question-mark"),
        pytest.param('"We will win," Vogel said.', "Vogel said", id="comma"),
    ],
)
def test_cue_after_a_quoted_sentence_takes_it(text, extent):
    vogel = mention(text, "Vogel", name="Vogel")
    (draft,) = run(text, [frame(text, extent.split()[-1], vogel, extent)]).drafts
    assert draft.speaker is vogel and draft.type == "direct"


def test_cue_that_introduces_its_own_quotation_does_not_take_the_one_before():
    text = '"We waited," Okafor said. "We will not wait." He added, "Nobody listened."'
    okafor, he = mention(text, "Okafor", name="Okafor"), mention(text, "He", pronoun=True)
    frames = [frame(text, "said", okafor, "Okafor said"), frame(text, "added", he, "He added")]
    drafts = run(text, frames).drafts
    assert [(d.speaker, [c.text for c in d.content]) for d in drafts] == [
        (okafor, ['"We waited,"', '"We will not wait."']),
        (he, ['"Nobody listened."']),
    ]


@pytest.mark.parametrize(
    "second, parts, terms",
    [
        pytest.param('"Shippers" — she paused — "had seen this coming."', ['"Shippers"', '"had seen this coming."'], [], id="em-dashes"),
        pytest.param('"Shippers" -- she paused -- "had seen this coming."', ['"Shippers"', '"had seen this coming."'], [], id="double-hyphens"),
        pytest.param('"Shippers" — she paused — "Nobody listened."', ['"Nobody listened."'], ['"Shippers"'], id="second-half-starts-a-sentence"),
        pytest.param('"Shippers knew." — she paused — "and so did we."', ['"Shippers knew."', '"and so did we."'], [], id="full-stop-first-half-continues-the-speaker-as-before"),
    ],
)
def test_a_quoted_sentence_interrupted_by_an_aside_between_dashes_is_one_quotation(second, parts, terms):
    text = "Ruth Abara said the port was quiet. " + second
    abara = mention(text, "Ruth Abara", name="Ruth Abara")
    result = run(text, [frame(text, "said", abara, "Ruth Abara said", content=("the port was quiet",))])
    drafts = [d for d in result.drafts if d.frame is None]
    assert [[c.text for c in d.content] for d in drafts][-1:] == [parts]
    assert drafts[-1].continues == 0
    assert [t.span.text for t in result.terms] == terms


def test_an_aside_with_a_cue_of_its_own_attaches_both_halves_to_it():
    text = '"Shippers" — she said — "had seen this coming."'
    she = mention(text, "she", pronoun=True)
    (draft,) = run(text, [frame(text, "said", she, "she said")]).drafts
    assert draft.speaker is she
    assert [c.text for c in draft.content] == ['"Shippers"', '"had seen this coming."']


def test_next_paragraph_quote_continues_the_last_speaker():
    text = '"We waited," Okafor said.\n\n"Nobody listened to us for two years."'
    speaker = mention(text, "Okafor", name="Okafor")
    first, second = run(text, [frame(text, "said", speaker, "Okafor said")]).drafts
    assert second.continues == 0 and second.speaker is None
    assert second.confidence < first.confidence


def test_continuation_is_bounded():
    text = '"We waited," Okafor said.\n\nThe talks resumed.\n\nPrices rose.\n\n"Nobody listened to us for two years."'
    speaker = mention(text, "Okafor", name="Okafor")
    _, last = run(text, [frame(text, "said", speaker, "Okafor said")]).drafts
    assert last.continues is None and last.speaker is None  # an orphan, never an invented speaker


def test_reported_speech_with_a_quoted_fragment_is_mixed():
    text = 'The minister insisted that Russia would not follow "the example" of others.'
    speaker = mention(text, "The minister")
    content = 'that Russia would not follow "the example" of others'
    (draft,) = run(text, [frame(text, "insisted", speaker, "The minister insisted", content=(content,))]).drafts
    assert draft.type == "mixed"
    assert [q.text for q in draft.quoted] == ['"the example"']


def test_carrier_cue_around_a_speech_cue_becomes_a_hop():
    text = "The minister insisted that talks would go on, Sputnik said."
    minister = mention(text, "The minister")
    sputnik = mention(text, "Sputnik", name="Sputnik")
    inner = frame(text, "insisted", minister, "The minister insisted", content=("that talks would go on",))
    outer = frame(text, "said", sputnik, "Sputnik said", content=("The minister insisted that talks would go on",))
    (draft,) = run(text, [inner, outer]).drafts
    assert draft.speaker is minister
    assert [r.mention for r in draft.relays] == [sputnik]


def test_own_belief_inside_own_statement_is_not_a_hop():
    text = "Vogel said she believes the plan will work."
    vogel = mention(text, "Vogel", name="Vogel")
    she = mention(text, "she", pronoun=True)
    outer = frame(text, "said", vogel, "Vogel said", content=("she believes the plan will work",))
    inner = frame(text, "believes", she, "she believes", content=("the plan will work",), kind="belief")
    (draft,) = run(text, [outer, inner]).drafts
    assert draft.speaker is vogel and draft.relays == ()


@pytest.mark.parametrize(
    "host, plural, hop",
    [
        pytest.param("People close to the minister", True, True, id="plural-host-she-is-someone-else"),
        pytest.param("The aide", False, False, id="singular-host-she-may-be-the-aide"),
    ],
)
def test_a_pronoun_that_cannot_be_the_host_speaks_through_them(host, plural, hop):
    text = f"{host} said she had told colleagues the tax was on the table."
    outer_speaker = mention(text, host)
    if plural:
        outer_speaker = replace(outer_speaker, plural=True)
    she = mention(text, "she", pronoun=True)
    outer = frame(text, "said", outer_speaker, f"{host} said", content=("she had told colleagues the tax was on the table",))
    inner = frame(text, "told", she, "she had told colleagues", content=("the tax was on the table",), kind="tell")
    (draft,) = run(text, [outer, inner]).drafts
    if hop:
        assert draft.speaker is she and [r.mention for r in draft.relays] == [outer_speaker]
    else:
        assert draft.speaker is outer_speaker and draft.relays == ()


def test_signature_after_a_quotation():
    text = '"Strikes never end the way anybody plans."\n—Dmitri Volkov, port historian'
    (draft,) = run(text, []).drafts
    assert draft.speaker.name == "Dmitri Volkov"
    assert draft.speaker.descriptions == ("port historian",)


def test_unclosed_quotation_that_swallowed_its_attribution_is_cut_and_reported():
    text = '"We remember how that ended, Greaves said.\n\n"Strikes never end well."'
    greaves = mention(text, "Greaves", name="Greaves")
    result = run(text, [frame(text, "said", greaves, "Greaves said")])
    first = result.drafts[0]
    assert first.speaker is greaves
    assert [c.text for c in first.content] == ['"We remember how that ended']
    assert [u.text for u in result.unbalanced] == ['"']


@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param('the so-called "peace dividend" was spent', "scare", id="so-called"),
        pytest.param('at the "Territory of Meanings" forum', "name", id="forum-name"),
        pytest.param("the film “Winter Roads” opened", "name", id="film-title"),
        pytest.param('he described it as "unfair" yesterday', "scare", id="lone-label"),
    ],
)
def test_quoted_strings_that_are_not_speech(text, kind):
    result = run(text, [])
    assert result.drafts == ()
    assert [t.kind for t in result.terms] == [kind]


def test_condition_of_anonymity_is_not_a_quote():
    text = "A senior official, who asked not to be named, said the talks had stalled."
    official = mention(text, "A senior official, who asked not to be named")
    asked = frame(text, "asked", mention(text, "A senior official"), "who asked", content=("not to be named",))
    said = frame(text, "said", official, "said", content=("the talks had stalled",))
    (draft,) = run(text, [asked, said]).drafts
    assert draft.cue.text == "said"


@pytest.mark.parametrize(
    "condition, content",
    [
        pytest.param("she asked that her name not be used", "that her name not be used", id="name-not-be-used"),
        pytest.param("he asked that his name be withheld", "that his name be withheld", id="name-withheld"),
        pytest.param("she asked to remain anonymous", "to remain anonymous", id="remain-anonymous"),
    ],
)
def test_condition_of_anonymity_in_parentheses_is_not_a_quote(condition, content):
    text = f"One pensioner ({condition}) said the library mattered."
    pronoun = condition.split()[0]
    asked = frame(text, "asked", mention(text, pronoun, pronoun=True), f"{pronoun} asked", content=(content,))
    said = frame(text, "said", mention(text, "One pensioner"), "said", content=("the library mattered",))
    (draft,) = run(text, [asked, said]).drafts
    assert draft.cue.text == "said"


def test_quotation_shown_after_a_colon_does_not_continue_the_last_speaker():
    text = 'The notice said the ward would close.\n\nA message was chalked on the wall: "Save our ward, save our town."'
    notice = mention(text, "The notice")
    first, second = run(text, [frame(text, "said", notice, "The notice said", content=("the ward would close",))]).drafts
    assert second.speaker is None and second.continues is None


def test_a_quotation_is_one_quotes_even_when_another_cues_parse_runs_over_it():
    # The parser gives "Vogel said" the words of Ma's quotation as content as well.
    text = 'Ma said: "We will win." Vogel said the talks were over.'
    ma = frame(text, "said", mention(text, "Ma", name="Ma"), "Ma said")
    vogel = Frame(
        cue=span(text, "said", 1),
        lemma="say",
        frame="clause",
        speaker=mention(text, "Vogel", name="Vogel"),
        content=(span(text, '"We will win." Vogel said the talks were over'),),
        extent=span(text, "Vogel said"),
        sentence=Span.of(text, 0, len(text)),
    )
    drafts = run(text, [ma, vogel]).drafts
    assert [(d.speaker.name, [c.text for c in d.content]) for d in drafts] == [("Ma", ['"We will win."'])]


@pytest.mark.parametrize(
    "text, content, qtype",
    [
        pytest.param(
            'Vogel said the rivals would meet at the "Harbour Futures" forum.',
            'the rivals would meet at the "Harbour Futures" forum',
            "indirect",
            id="title-of-an-event",
        ),
        pytest.param(
            'Vogel said the plan was "a slow disaster" for the port.',
            'the plan was "a slow disaster" for the port',
            "mixed",
            id="quoted-words",
        ),
        pytest.param(
            'Vogel called the harbour chief "Little Captain" twice.',
            'the harbour chief "Little Captain" twice',
            "mixed",
            id="the-speakers-own-label",
        ),
    ],
)
def test_a_quoted_title_in_reported_content_quotes_nobodys_words(text, content, qtype):
    vogel = mention(text, "Vogel", name="Vogel")
    cue = "said" if " said " in text else "called"
    (draft,) = run(text, [frame(text, cue, vogel, f"Vogel {cue}", content=(content,))]).drafts
    assert draft.type == qtype


# Layouts beyond prose: transcripts, bulleted quotes, pull quotes.


def run_with(text: str, frames: list[Frame], mentions: list[Mention]):
    scan = marks.scan(text)
    return assemble(text, quotations=scan.quotations, paragraphs=scan.paragraphs, frames=frames, mentions=mentions)


def test_interview_answers_are_the_interviewee_s_and_questions_the_interviewer_s():
    text = (
        "Ada Brightwell left the board. She spoke to our reporter Sam Ode.\n\n"
        "Q: Why did you go?\n\nA: The board stopped listening to me.\n\nI had no choice.\n\n"
        "Q: Any regrets?\n\nA: None at all, not one.\n\nThe interview was edited."
    )
    ada = mention(text, "Ada Brightwell", name="Ada Brightwell")
    sam = mention(text, "our reporter Sam Ode", name="Sam Ode")
    drafts = run_with(text, [], [ada, sam]).drafts
    assert [(d.cue.text, d.speaker.name if d.speaker else None, d.speaker.span.text if d.speaker else None, [c.text for c in d.content]) for d in drafts] == [
        ("Q:", "Sam Ode", "Q", ["Why did you go?"]),
        ("A:", "Ada Brightwell", "A", ["The board stopped listening to me.", "I had no choice."]),
        ("Q:", "Sam Ode", "Q", ["Any regrets?"]),
        ("A:", "Ada Brightwell", "A", ["None at all, not one."]),
    ]
    assert all(d.type == "direct" for d in drafts)


def test_q_and_a_labels_with_full_stops():
    text = "Ada Brightwell spoke to us.\n\nQ. Why did you go?\n\nA. The board stopped listening.\n\nA. B. Jones chairs it now."
    ada = mention(text, "Ada Brightwell", name="Ada Brightwell")
    drafts = run_with(text, [], [ada]).drafts
    assert [(d.cue.text, [c.text for c in d.content]) for d in drafts] == [
        ("Q.", ["Why did you go?"]),
        ("A.", ["The board stopped listening."]),
    ]


def test_a_question_without_an_answer_is_no_interview():
    text = "Q: Why did the council wait so long?\n\nThe council has not replied."
    assert run_with(text, [], []).drafts == ()


def test_an_i_inside_an_answer_is_the_one_answering():
    text = "Ada Brightwell spoke to us.\n\nQ: Was it hard?\n\nA: I told them the plan was dead."
    ada = mention(text, "Ada Brightwell", name="Ada Brightwell")
    i = mention(text, "I", pronoun=True, occurrence=0)
    told = frame(text, "told", i, "I told", content=("the plan was dead",))
    drafts = run_with(text, [told], [ada]).drafts
    nested = [d for d in drafts if d.cue is not None and d.cue.text == "told"]
    assert [(d.speaker.span.text, d.speaker.name) for d in nested] == [("I", "Ada Brightwell")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("MORAN: We will win this.\n\n**Diaz:** No, you will not.", ("MORAN", "Diaz"), id="caps-and-bold"),
        pytest.param("**Moran:** We will win this.\n\n**Diaz**: No, you will not.", ("Moran", "Diaz"), id="bold-both-styles"),
        pytest.param("Moran: We will win this.\n\nDiaz: No, you will not.", (), id="title-case-alone-is-headings"),
        pytest.param("**Moran:** We will win this.\n\nThe vote is on Friday.", (), id="one-turn-is-no-transcript"),
        pytest.param("UPDATE: The vote is off.\n\n**Photo:** Moran in the hall.", (), id="page-furniture"),
    ],
)
def test_speaker_labels_make_a_transcript(text, speaker):
    drafts = run_with(text, [], []).drafts
    assert tuple(d.speaker.name for d in drafts) == speaker
    assert all(d.type == "direct" and d.cue.text == ":" for d in drafts)


@pytest.mark.parametrize(
    "intro, expected",
    [
        pytest.param("Harriet Okafor, the union's chief negotiator, listed the demands:", ("Harriet Okafor", "listed"), id="name-description-list-verb"),
        pytest.param("Joe Park set out three conditions:", ("Joe Park", "set out"), id="set-out"),
        pytest.param("She added:", (None, "added"), id="pronoun-speech-verb"),
        pytest.param("Banners outside the hospital read:", None, id="no-speech-verb"),
        pytest.param("Harriet Okafor listed the demands.", None, id="no-colon"),
    ],
)
def test_bulleted_quotes_take_the_introduction_s_speaker(intro, expected):
    text = f'{intro}\n\n- "A pay rise that keeps up with prices."\n- "Enough staff on every ward."'
    drafts = run_with(text, [], []).drafts
    assert len(drafts) == 2
    got = {(d.speaker.name if d.speaker else None, d.cue.text) if d.cue else None for d in drafts}
    assert got == {expected}
    if expected is not None and expected[0] is None:
        assert all(d.speaker.pronoun for d in drafts)


@pytest.mark.parametrize(
    "intro, bullets, expected",
    [
        pytest.param("Harriet Okafor listed the demands:", '1. "A pay rise that keeps up with prices."\n2) "Enough staff on every ward."', ("Harriet Okafor", "listed"), id="numbered"),
        pytest.param("Dockers stayed out, and their union set out its terms:", '- "A pay rise that keeps up with prices."\n- "Enough staff on every ward."', ("their union", "set out"), id="clause-after-and"),
        pytest.param("The union set out its terms:", '\u2022 "A pay rise that keeps up with prices."\n\u2022 "Enough staff on every ward."', ("The union", "set out"), id="common-noun-subject"),
        pytest.param("Dockers stayed out and banners read:", '- "A pay rise that keeps up with prices."\n- "Enough staff on every ward."', None, id="no-cue-in-last-clause"),
    ],
)
def test_bulleted_quotes_under_other_introductions(intro, bullets, expected):
    text = f"{intro}\n\n{bullets}"
    drafts = run_with(text, [], []).drafts
    assert len(drafts) == 2
    assert {(d.speaker.span.text, d.cue.text) if d.cue else None for d in drafts} == {expected}


def test_narration_before_a_colon_is_not_the_content_of_the_cue_after_the_quotation():
    # The parser hangs the whole sentence on "said": the words before the colon are the writer's.
    text = 'The leader, Gillian Moss, was more cautious: "The money still has to be found," she said.'
    she = mention(text, "she", pronoun=True)
    said = frame(text, "said", she, "she said", content=('The leader, Gillian Moss, was more cautious: "The money still has to be found',))
    (draft,) = run(text, [said]).drafts
    assert draft.type == "direct" and draft.speaker is she
    assert [c.text for c in draft.content] == ['"The money still has to be found,"']


def test_narration_with_a_cue_of_its_own_before_the_colon_is_left_as_parsed():
    text = 'The senator scolded him: "The money still has to be found," she said.'
    she = mention(text, "she", pronoun=True)
    content = 'The senator scolded him: "The money still has to be found'
    said = frame(text, "said", she, "she said", content=(content,))
    scolded = frame(text, "scolded", mention(text, "The senator"), "The senator scolded", content=("him",), kind="object")
    drafts = run(text, [said, scolded]).drafts
    assert [(d.cue.text, d.content[0].text) for d in drafts] == [("said", content + ',"')]


def test_a_blockquote_after_a_colon_belongs_to_the_cue():
    text = 'Lena Harrow replied in a statement:\n\n> "We have made a fair offer and it remains on the table."'
    harrow = mention(text, "Lena Harrow", name="Lena Harrow")
    (draft,) = run(text, [frame(text, "replied", harrow, "Lena Harrow replied in a statement")]).drafts
    assert draft.speaker is harrow and draft.type == "direct"
    assert draft.content[0].text.startswith('"We have made')


def test_a_bullet_under_prose_that_ends_in_a_full_stop_has_no_speaker():
    text = 'Harriet Okafor spoke first.\n\n- "A pay rise that keeps up with prices."'
    (draft,) = run_with(text, [], []).drafts
    assert draft.speaker is None and draft.frame is None


def test_a_pull_quote_takes_the_speaker_of_the_body_quote_it_repeats():
    text = '"Nobody warned the islanders"\n\nThe ferry stopped. "Nobody warned the islanders about this," Tallis said.'
    tallis = mention(text, "Tallis", name="Tallis")
    said = frame(text, "said", tallis, "Tallis said")
    pull, body = run_with(text, [said], []).drafts
    assert body.speaker is tallis and pull.speaker is tallis and pull.cue == body.cue
    assert [c.text for c in pull.content] == ['"Nobody warned the islanders"']


def test_a_pull_quote_after_the_body_repeats_its_speaker_rather_than_continuing_the_last():
    text = (
        '"Meals for all is money well spent," Estevez said.\n\n'
        '"It will save us forty pounds," added Patel.\n\n'
        '"Meals for all is money well spent"'
    )
    estevez, patel = mention(text, "Estevez", name="Estevez"), mention(text, "Patel", name="Patel")
    drafts = run_with(text, [frame(text, "said", estevez, "Estevez said"), frame(text, "added", patel, "added Patel")], []).drafts
    assert [d.speaker for d in drafts] == [estevez, patel, estevez]
    assert drafts[2].continues is None


def test_a_quotation_inside_a_paragraph_continues_the_last_speaker_even_if_it_echoes_another():
    text = '"Meals for all is money well spent," Estevez said.\n\n"It will help every family in the county," added Patel. "Meals for all is money well spent."'
    estevez, patel = mention(text, "Estevez", name="Estevez"), mention(text, "Patel", name="Patel")
    drafts = run_with(text, [frame(text, "said", estevez, "Estevez said"), frame(text, "added", patel, "added Patel")], []).drafts
    assert [d.speaker for d in drafts] == [estevez, patel]
    assert len(drafts[1].content) == 2


def test_a_pull_quote_repeating_nothing_stays_an_orphan():
    text = '"Nobody warned the islanders"\n\nThe ferry stopped. "We did all we could," Tallis said.'
    tallis = mention(text, "Tallis", name="Tallis")
    pull, body = run_with(text, [frame(text, "said", tallis, "Tallis said")], []).drafts
    assert pull.speaker is None and pull.frame is None
