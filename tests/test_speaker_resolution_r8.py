"""Speaker resolution, round 8: "the company" is no regulator, a company the recognizer calls a
person, an anonymous speaker who keeps a role a named one also holds, and a surname the
recognizer did not read as the antecedent of "she"; end to end with the real model on sentences
written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .speaking import speaker_of as _speaker


def test_the_company_is_not_the_commission_it_wrote_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Halvern Dairies filed a notice with the Corrin Markets Commission on Monday. "
        'The company told the regulator that it "saw no merit in the offer" and would not sell.\n'
    )
    assert _speaker(text, "it", nlp) == ("Halvern Dairies", "organization")


def test_the_firm_never_means_a_university(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Researchers at Palmerston University tested the coating for two years. "
        '"The results speak for themselves," the firm said.\n'
    )
    name, _ = _speaker(text, "The results", nlp)
    assert name != "Palmerston University"


def test_a_company_the_recognizer_calls_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The Ledbury Heart Trust, a charity, said the trial was "carefully run." The manufacturer of the '
        "pill, Corvista Pharma, said it had not paid for the trial. "
        '"We support all independent research," the company said.\n'
    )
    assert _speaker(text, "it had not paid", nlp) == ("Corvista Pharma", "organization")
    assert _speaker(text, "We support", nlp) == ("Corvista Pharma", "organization")


def test_the_diplomat_who_spoke_last_stays_anonymous(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The chief negotiator, Austrian diplomat Lukas Berner, said the gap had narrowed. "
        "A Valmark diplomat, speaking on condition of anonymity, said the demand was impossible. "
        "The diplomat said Valmark had offered a phased plan instead.\n"
    )
    assert _speaker(text, "Valmark had offered", nlp) == (None, "anonymous")
    assert _speaker(text, "the gap had narrowed", nlp) == ("Lukas Berner", "person")


def test_the_named_diplomat_when_he_spoke_last(nlp) -> None:  # type: ignore[no-untyped-def]
    # Guard: the anonymous one spoke first, the named one after; "the diplomat" is still him.
    text = (
        "A Valmark diplomat, speaking on condition of anonymity, said the demand was impossible. "
        "The chief negotiator, Austrian diplomat Lukas Berner, said the gap had narrowed. "
        "The diplomat said both sides would meet again in May.\n"
    )
    assert _speaker(text, "both sides would meet", nlp) == ("Lukas Berner", "person")


def test_she_after_a_surname_the_recognizer_missed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council leader Janet Morrow said the depot would bring jobs. Priya Soames, who chairs the "
        "residents' association, said the group was weighing a legal challenge. Morrow said after the "
        'meeting that the council would set up a liaison group. "We will hold Greyline to every '
        'promise it has made tonight," she said.\n'
    )
    assert _speaker(text, "We will hold", nlp) == ("Janet Morrow", "person")


def test_he_is_not_the_one_he_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ray Tasker sat down with the radio host Peter Lund on Sunday.\n\n"
        "Lund asked Tasker whether the budget would balance.\n\n"
        '"It will balance by June," he told Lund.\n'
    )
    assert _speaker(text, "It will balance", nlp) == ("Ray Tasker", "person")


def _quote(text: str, start: str, nlp):  # type: ignore[no-untyped-def]
    report = analyze(text, nlp=nlp)
    (quote,) = [q for q in report.quotes if q.content[0].text.removeprefix("that ").startswith(start)]
    return quote, report


def test_the_source_again_is_the_relayed_anonymous_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Merrow Press Agency reported on Friday, quoting a senior customs source, that officers "
        "had seized two containers. The source said the cargo was being examined.\n"
    )
    quote, report = _quote(text, "the cargo was", nlp)
    assert (quote.speaker_name, quote.speaker_kind) == (None, "anonymous")
    assert [hop.name for hop in quote.via] == ["Merrow Press Agency"]
    assert {f.rule for f in report.findings if f.quote == quote.id} >= {"QC101"}


def test_the_official_again_keeps_the_agency_that_quoted_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Valley Courier quoted an unnamed ministry official as saying that two crews had reached the "
        "valley. The ministry official said roads would reopen on Monday.\n"
    )
    quote, _ = _quote(text, "roads would reopen", nlp)
    assert quote.speaker_kind == "anonymous"
    assert [hop.name for hop in quote.via] == ["Valley Courier"]


def test_an_official_met_in_person_carries_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # Guard: an anonymous official who spoke to the writer passes no outlet to "the official".
    text = (
        "A ministry official, who asked not to be named, told reporters that two crews had reached "
        "the valley. The official said roads would reopen on Monday.\n"
    )
    quote, _ = _quote(text, "roads would reopen", nlp)
    assert quote.via == ()


def test_descriptions_say_each_thing_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "His Valmark counterpart, Foreign Minister Katrin Vogel, rejected that account. "
        'She said Ostland had "walked away from the table."\n'
    )
    quote, _ = _quote(text, "Ostland had", nlp)
    assert quote.speaker_name == "Katrin Vogel"
    assert quote.speaker_descriptions == ("His Valmark counterpart", "Foreign Minister")


def test_the_snack_maker_is_the_company_and_the_policy_maker_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shares in Brannock Biscuits fell on Thursday after the snack maker said talks with a buyer "
        "had ended.\n\n"
        "Brannock said in a statement that it remained confident in its plan.\n"
    )
    assert _speaker(text, "talks with a buyer", nlp) == ("Brannock Biscuits", "organization")
    assert _speaker(text, "it remained confident", nlp) == ("Brannock Biscuits", "organization")
    guard = "Brannock Biscuits cut 200 jobs on Thursday. The policy maker said the cuts were regrettable.\n"
    name, _ = _speaker(guard, "the cuts were", nlp)
    assert name is None


def test_mum_in_a_family_statement_is_nobody_she_can_mean(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ada Pellworth, the astronomer, has died at 88. Her family said in a statement that she "
        'died at home. "Mum taught us all to look up," the statement said. She often said that '
        "the winter nights had given her a love of the stars.\n"
    )
    report = analyze(text, nlp=nlp)
    assert "Mum" not in {q.speaker_name for q in report.quotes}
    assert "Mum" not in {e.name for e in report.entities}


def test_a_name_with_a_quoted_nickname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Harriet "Hattie" Quennell, the science writer, has died. Quennell often said the tides '
        "were her teachers. Her brother, Oswin Quennell, said she remained sharp to the end.\n"
    )
    assert _speaker(text, "the tides were", nlp) == ("Harriet Quennell", "person")
    assert _speaker(text, "she remained sharp", nlp) == ("Oswin Quennell", "person")


def test_she_is_not_ravi(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ravi Chandran, who edited the paper for a decade, said the column had been its heart.\n\n"
        'In a 2004 interview, she said the column was "a letter to a friend."\n'
    )
    name, _ = _speaker(text, "the column was", nlp)
    assert name != "Ravi Chandran"
