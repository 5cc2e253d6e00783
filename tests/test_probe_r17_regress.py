"""Regressions the round 17 re-check of the probe articles and the last review found in the
round's own changes: a progressive verb of reported content cut as if it were a gerund content,
a sentence's first word glued to an outlet's name, a handle on an embedded post's line read as a
headline's common noun, a named pair lost as a later "They", and letters after a name read as
the whole name after a title; and a "but" clause with its own speaker after "according to" that
cost the credited words. End to end with the real model, and on the outlet finder and the
registry alone. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.extract.frames import name_mention
from quotecheck.extract.speakers import build_registry, named_outlets
from quotecheck.model import Span
from quotecheck.pipeline import analyze


def test_progressive_verb_of_reported_content_keeps_its_second_verb(nlp):
    # Only a gerund that is the cue's content ends before the subject's next act ("proposed
    # conducting checks and signaled support ..."); here both verbs are what was said.
    text = "Ilse Varga said that the board was reviewing the contract and had not decided whether to appeal."
    [quote] = analyze(text, nlp=nlp).quotes
    assert quote.content[0].text.endswith("had not decided whether to appeal")


def test_gerund_content_still_ends_before_the_next_act(nlp):
    # Guard: the cut this round added for gerund content stays. The support signalled is a
    # quote of its own (a stand given out in words, round 19).
    text = "Tomas Brell has proposed conducting checks on every barge and signaled support for a new registry."
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.content[0].text for q in quotes] == ["conducting checks on every barge", "support for a new registry"]


def test_sentence_opening_word_is_not_part_of_an_outlet_name():
    text = (
        "Sales fell in March. Meanwhile Ostrey Gazette said the mill would close. Keep Ostrey Courier informed."
        " Keep Ostrey Courier in the loop."
    )
    assert [m.span.text for m in named_outlets(text)] == []


def test_outlet_written_again_mid_sentence_is_found_at_the_opening_too():
    # Guard: a run that opens a sentence and comes back later is a name as it stands.
    text = "Harbour Wire said the port had reopened. Officials told Harbour Wire that ships were waiting."
    assert {m.span.text for m in named_outlets(text)} == {"Harbour Wire"}


def test_handle_on_an_embedded_post_line_stays_a_name():
    # An embedded post's line has no full stop, like a headline; the handle on it is a name,
    # not a capitalised common noun the headline test would strip of its name.
    text = "One rider, who posts as @tillyrides, was angry.\n\n@tillyrides \u00b7 Nov 14\nAn hour on the pier.\n"
    start = text.index("@tillyrides \u00b7")
    handle = name_mention(Span.of(text, start, start + len("@tillyrides")), label="ORG")
    registry = build_registry([handle], text=text)
    assert registry._headline_noun(handle).name == "@tillyrides"


def test_capitalised_common_noun_opening_a_headline_is_no_name():
    # Guard: the headline rule itself stays ("Whistleblower tells tribunal ...").
    text = "Whistleblower tells tribunal she was sidelined\n\nA whistleblower told a tribunal on Monday that she was ignored.\n"
    word = name_mention(Span.of(text, 0, len("Whistleblower")), label="PERSON")
    registry = build_registry([word], text=text)
    assert registry._headline_noun(word).name is None


def test_but_clause_with_its_own_speaker_after_according_to_is_a_second_statement(nlp):
    # The credited words were lost when a "but" clause with its own speech cue followed them.
    text = "According to the fire service, the blaze was contained by noon, but residents said smoke hung over the estate all day."
    quotes = analyze(text, nlp=nlp).quotes
    assert [(q.speaker.text, q.content[0].text) for q in quotes] == [
        ("the fire service", "the blaze was contained by noon"),
        ("residents", "smoke hung over the estate all day"),
    ]


def test_and_clause_after_according_to_goes_on_with_the_source(nlp):
    # Guard: "and" goes on with what the credited source reports, even with a cue of its own.
    text = "According to the minutes, the chair praised the volunteers, and she asked the council to extend the grant."
    [quote] = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == "the minutes"
    assert quote.content[0].text.endswith("she asked the council to extend the grant")


def test_pair_spoken_of_in_between_is_still_they(nlp):
    # A named pair who did not speak is a later "They" when the sentence between speaks of them;
    # the review's case, a new plural subject between, is covered in test_probe_r17_mendE17.
    text = (
        "Ines Marlow and her sister Cora Marlow opened the bakery in April. Their landlord said he"
        " expected them to stay for years. They said they had no plans to move."
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert quotes[-1].speaker_name == "Ines Marlow and Cora Marlow"


def test_letters_after_a_name_read_as_the_whole_name_after_a_title(nlp):
    # The recognizer may take only the letters for the name ("KC"), with the title and the
    # name hung on them; the name is the words before the letters, without the title.
    [quote] = analyze("Prosecutor Felicity Warne KC said the evidence was clear.", nlp=nlp).quotes
    assert quote.speaker_name == "Felicity Warne"
