"""A caveat that names whose claim it doubts ("could not verify the mayor's account") goes to the
speaker the owner word heads or describes, not to anyone whose phrase merely holds the word: not
to a "Deputy Mayor", "a deputy mayor" or "the mayor's aide" (second review, A7). End to end with
the real model. The sentences are written by the quotecheck authors."""

from __future__ import annotations

from quotecheck.pipeline import analyze

_HEAD = "By Ruth Kanter\n\nSource: Orlen Valley Gazette\n\n"


def _caveated_speakers(text, nlp):
    report = analyze(_HEAD + text + "\n", nlp=nlp)
    by_id = {q.id: q for q in report.quotes}
    return sorted(by_id[f.quote].speaker.text for f in report.findings if f.rule == "QC204")


def test_owner_role_is_the_title_not_a_deputy_title(nlp):
    text = (
        "Mayor Lorna Vesk said the dam had held through the night. Deputy Mayor Piet Arnel said water had"
        " reached the lower streets. The Gazette could not verify the mayor's account."
    )
    assert _caveated_speakers(text, nlp) == ["Mayor Lorna Vesk"]


def test_owner_role_in_an_appositive_skips_a_deputy(nlp):
    text = (
        "Lorna Vesk, the mayor, said the dam had held through the night. Piet Arnel, a deputy mayor, said"
        " water had reached the lower streets. The Gazette could not verify the mayor's account."
    )
    assert _caveated_speakers(text, nlp) == ["Lorna Vesk, the mayor"]


def test_owner_word_inside_a_possessive_is_not_the_speaker(nlp):
    # "The mayor's aide" holds "mayor" but is the aide.
    text = (
        "The mayor said the dam had held through the night. The mayor's aide said water had reached the"
        " lower streets. The Gazette could not verify the mayor's account."
    )
    assert _caveated_speakers(text, nlp) == ["The mayor"]


def test_owner_with_title_and_surname_matches_the_resolved_name(nlp):
    text = (
        "Mayor Lorna Vesk said the dam had held through the night. Deputy Mayor Piet Arnel said water had"
        " reached the lower streets. The Gazette could not verify Mayor Vesk's account."
    )
    assert _caveated_speakers(text, nlp) == ["Mayor Lorna Vesk"]


def test_guard_owner_with_the_rank_word_goes_to_the_deputy(nlp):
    # Guard: "the deputy mayor's account" is the deputy's.
    text = (
        "Mayor Lorna Vesk said the dam had held through the night. Deputy Mayor Piet Arnel said water had"
        " reached the lower streets. The Gazette could not verify the deputy mayor's account."
    )
    assert _caveated_speakers(text, nlp) == ["Deputy Mayor Piet Arnel"]


def test_guard_owner_as_head_before_an_aside(nlp):
    # Guard: "A union official, who asked not to be named" is headed by "official".
    text = (
        "A union official, who asked not to be named, said the pumps had failed twice. Plant manager Ida"
        " Lorrin said the pumps were working. The Gazette could not verify the official's claims."
    )
    assert _caveated_speakers(text, nlp) == ["A union official, who asked not to be named"]
