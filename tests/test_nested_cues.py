"""A cue inside another cue's content, and a headline's "Surname: ..." label, end to end with
the real model, on sentences written for these tests."""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import quotes_by_cue as _by_cue


def test_a_second_cue_joined_to_the_content_is_the_speakers_own(nlp):
    # The parser hangs "urged" on "were drowning": its subject would be "the remarks".
    text = (
        "Senator Rita Vance used a closed-door lunch to complain that the governor's remarks were "
        "drowning out the party's message and urged Mr. Holt to drop his feud with the judge.\n"
    )
    report = analyze(text, nlp=nlp)
    (complaint,) = _by_cue(report, "to complain")
    (urging,) = _by_cue(report, "urged")
    assert [c.text for c in complaint.content] == ["that the governor's remarks were drowning out the party's message"]
    assert complaint.speaker_name == urging.speaker_name == "Rita Vance"
    assert [c.text for c in urging.content] == ["to drop his feud with the judge"]


def test_said_a_and_urged_b_are_two_statements_of_one_speaker(nlp):
    text = "The mayor said the bridge was safe and urged residents to use it.\n"
    report = analyze(text, nlp=nlp)
    (said,) = _by_cue(report, "said")
    (urged,) = _by_cue(report, "urged")
    assert [c.text for c in said.content] == ["the bridge was safe"]
    assert said.speaker.text == urged.speaker.text == "The mayor"


def test_a_cue_after_its_content_does_not_lend_its_subject_to_a_conjoined_verb(nlp):
    # "..., the paper reported": the council pledged, and the paper carried it.
    text = (
        "The council met with harbour workers and pledged to keep the ferry running, "
        "the Coastline Herald reported.\n"
    )
    report = analyze(text, nlp=nlp)
    (pledged,) = _by_cue(report, "pledged")
    assert pledged.speaker.text == "The council"
    assert [hop.span.text for hop in pledged.via] == ["the Coastline Herald"]


def test_people_who_said_something_inside_a_finding_do_not_carry_it(nlp):
    text = "The survey also noted that 62 percent of members who said they had backed Mr. Holt now support Ms. Vance.\n"
    report = analyze(text, nlp=nlp)
    (noted,) = _by_cue(report, "noted")
    assert noted.speaker.text == "The survey"
    assert noted.via == ()
    assert [c.text for c in noted.content] == ["that 62 percent of members who said they had backed Mr. Holt now support Ms. Vance"]
    (said,) = _by_cue(report, "said")
    assert [c.text for c in said.content] == ["they had backed Mr. Holt"]


def test_the_same_person_named_again_inside_a_statement_is_an_aside(nlp):
    text = (
        "Dan Ruiz, the campaign's chairman, said the remarks were a direct answer to attacks that, "
        "Ruiz noted, began after the debate.\n"
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.cue.text == "said"
    assert quote.speaker_name == "Dan Ruiz"
    assert quote.via == ()
    assert quote.content[0].text.startswith("the remarks were a direct answer")


HEADLINE = """{label}: Russia is ready to cooperate with China on 5G

By Ann Lee

MOSCOW — {body}
"""


def test_a_headline_label_naming_a_person_of_the_article_is_the_speaker(nlp):
    text = HEADLINE.format(
        label="Lavrov",
        body="Russia's Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to work with Beijing.",
    )
    report = analyze(text, nlp=nlp)
    (headline,) = _by_cue(report, ":")
    assert headline.type == "indirect"
    assert headline.speaker.text == "Lavrov"
    assert headline.speaker_name == "Sergei Lavrov"
    assert [c.text for c in headline.content] == ["Russia is ready to cooperate with China on 5G"]


def test_a_headline_label_naming_nobody_in_the_article_is_a_topic(nlp):
    text = HEADLINE.format(
        label="Telecoms",
        body="Russia's Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to work with Beijing.",
    )
    report = analyze(text, nlp=nlp)
    assert _by_cue(report, ":") == []
    assert [q.speaker_name for q in report.quotes] == ["Sergei Lavrov"]


def test_a_turn_label_in_a_transcript_is_not_a_headline(nlp):
    text = (
        "The two candidates met on Thursday.\n\n"
        "MODERATOR: How many homes will you build?\n\n"
        "Dana Pritchard: That promise has been made before.\n"
    )
    report = analyze(text, nlp=nlp)
    (turn,) = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "Dana Pritchard"]
    assert turn.type == "direct"


def test_a_transcript_opening_the_article_keeps_its_first_turn(nlp):
    text = (
        "Dana Pritchard: That promise has been made before.\n\n"
        "RAVI DUTT: We will keep every branch open this year.\n"
    )
    report = analyze(text, nlp=nlp)
    assert [(q.type, q.speaker_name) for q in report.quotes] == [("direct", "Dana Pritchard"), ("direct", "RAVI DUTT")]


def test_a_phrasal_cue_joined_to_the_content_is_the_speakers_own(nlp):
    text = (
        "The Shore Alliance warned that the work could disturb the spawning grounds and called on "
        "the government to order a new survey.\n"
    )
    report = analyze(text, nlp=nlp)
    (warned,) = _by_cue(report, "warned")
    (called,) = _by_cue(report, "called on")
    assert [c.text for c in warned.content] == ["that the work could disturb the spawning grounds"]
    assert called.speaker.text == "The Shore Alliance"


def test_what_they_said_they_would_do_stays_one_statement(nlp):
    # "push for" shares the "would" of the content: it is part of what they said.
    text = "All three candidates said they would expand the program and push for a new law.\n"
    report = analyze(text, nlp=nlp)
    (said,) = report.quotes
    assert [c.text for c in said.content] == ["they would expand the program and push for a new law"]


def test_a_second_that_clause_stays_in_the_statement(nlp):
    text = "The clerk added that the hall had been full and that the mayor had spoken briefly.\n"
    report = analyze(text, nlp=nlp)
    (added,) = report.quotes
    assert [c.text for c in added.content] == ["that the hall had been full and that the mayor had spoken briefly"]


def test_a_with_aside_passed_on_leaves_the_hosts_own_claim_standing(nlp):
    text = (
        "Two officials who spoke on condition of anonymity said the cabinet had been divided over "
        "the ban, with Finance Minister Arek Solny arguing it would hurt the budget.\n"
    )
    report = analyze(text, nlp=nlp)
    officials, solny = report.quotes
    assert [c.text for c in officials.content] == ["the cabinet had been divided over the ban"]
    assert officials.speaker_kind == "anonymous"
    assert solny.speaker_name == "Arek Solny"
    assert [c.text for c in solny.content] == ["it would hurt the budget"]
    assert [hop.kind for hop in solny.via] == ["anonymous"]


def test_a_cue_inside_a_quotation_that_runs_on_to_the_next_paragraph_does_not_end_it(nlp):
    # The first paragraph's quotation is left open by the news convention; "the council says"
    # inside it is what Okafor said, not the writer's attribution after an unclosed mark.
    text = (
        '"We are not leaving anyone behind," Okafor said. "Every ward gets a share, including the '
        "ones the council says we have neglected.\n\n"
        '"The full list will be published in May."\n'
    )
    report = analyze(text, nlp=nlp)
    (quote,) = report.quotes
    assert quote.speaker.text == "Okafor"
    assert quote.content[1].text.endswith("the ones the council says we have neglected.")
    assert quote.content[2].text == '"The full list will be published in May."'
    assert report.unbalanced == ()


def test_a_cue_under_a_modal_of_possibility_is_no_one_the_speaker_passed_on(nlp):
    text = "Dr Ines Calder led the survey. Calder said the results could help explain why some frog species have vanished from lowland ponds."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.speaker.text == "Calder"
    assert quote.via == ()
    assert quote.content[0].text.startswith("the results could help explain why")


def test_what_a_demand_asks_someone_to_say_is_the_demand_not_their_words(nlp):
    text = "Four councillors on Monday demanded that the ferry operator explain why the timetable was cut."
    (quote,) = analyze(text, nlp=nlp).quotes
    assert quote.cue.text == "demanded"
    assert quote.via == ()
    assert quote.speaker.text == "Four councillors"


def test_it_in_a_relative_clause_on_a_body_is_the_report_not_the_body(nlp):
    text = "The audit also criticised the county's bus operator, Greyline, which it said had failed to publish its safety data.\n"
    quote = next(q for q in analyze(text, nlp=nlp).quotes if q.cue.text == "said")
    assert quote.speaker.text == "The audit"
    assert quote.speaker_name != "Greyline"
