"""End to end, with the real model: the layouts news pages put quotes in beyond running prose.

Interview transcripts (Q/A, speaker labels in capitals, in Title Case or in Markdown bold),
bulleted quotes after an introduction, pull quotes that repeat the body. The articles are
written for these tests.
"""

from __future__ import annotations

from quotecheck.pipeline import analyze

from .reports import rules as _rules


def _quotes(report):
    return [(q.text.strip(), q.type, q.speaker_name) for q in report.quotes]


QA = """Former finance minister explains her exit

Marisol Quenby resigned from the cabinet last month after a dispute over spending. She spoke to our reporter Tom Ashdown at her home in Leeds.

Q: Why did you leave the cabinet?

A: I could not defend the budget any longer. The numbers simply did not add up.

Q: Do you regret it?

A: Not for a moment. I would do the same thing again tomorrow.

The interview has been edited for length.
"""


def test_qa_answers_are_the_interviewee_and_questions_the_interviewer(nlp) -> None:
    report = analyze(QA, nlp=nlp)
    turns = [(q.text, q.type, q.speaker_name) for q in report.quotes if q.cue is not None and q.cue.text.startswith(("Q", "A"))]
    assert turns == [
        ("Why did you leave the cabinet?", "direct", "Tom Ashdown"),
        ("I could not defend the budget any longer. The numbers simply did not add up.", "direct", "Marisol Quenby"),
        ("Do you regret it?", "direct", "Tom Ashdown"),
        ("Not for a moment. I would do the same thing again tomorrow.", "direct", "Marisol Quenby"),
    ]
    # "I" inside an answer is the one answering.
    assert {q.speaker_name for q in report.quotes if q.speaker is not None and q.speaker.text == "I"} <= {"Marisol Quenby"}
    assert "QC202" not in _rules(report)


QA_NO_NAMES = """The council's plans for the riverside

Q: When will the work start?

A: In the spring, if the funding comes through.

Q: And if it does not?

A: Then we wait another year.
"""


def test_qa_without_a_named_interviewee_invents_no_speaker(nlp) -> None:
    report = analyze(QA_NO_NAMES, nlp=nlp)
    assert [(q.cue.text if q.cue else None, q.text, q.speaker.text if q.speaker else None, q.speaker_name) for q in report.quotes] == [
        ("Q:", "When will the work start?", "Q", None),
        ("A:", "In the spring, if the funding comes through.", None, None),
        ("Q:", "And if it does not?", "Q", None),
        ("A:", "Then we wait another year.", None, None),
    ]
    # Unnamed, the interviewer is the publication: its questions are no unattributed quotes,
    # but nobody can tell who gave the answers.
    assert [f.rule for f in report.findings] == ["QC202", "QC202"]
    assert [f.quote for f in report.findings] == ["q2", "q4"]


QA_LONG_ANSWER = """Quenby speaks

Marisol Quenby left the cabinet in March. She talked to us about the weeks before.

Q: What happened at the last meeting?

A: The chancellor read out the cuts and nobody argued.

I went home that night and wrote my letter.

Q: Would you go back?

A: Only to a different job.

Our interview took place in her office.
"""


def test_an_answer_runs_on_to_the_next_question_but_not_past_the_last_turn(nlp) -> None:
    report = analyze(QA_LONG_ANSWER, nlp=nlp)
    answers = [q for q in report.quotes if q.cue is not None and q.cue.text == "A:"]
    assert [[c.text for c in q.content] for q in answers] == [
        ["The chancellor read out the cuts and nobody argued.", "I went home that night and wrote my letter."],
        ["Only to a different job."],
    ]
    assert {q.speaker_name for q in answers} == {"Marisol Quenby"}
    assert not [q for q in report.quotes if "interview took place" in q.text]


TRANSCRIPT = """Debate transcript: candidates clash over housing

The two candidates for mayor met on Thursday evening. Below is an excerpt from the debate.

MODERATOR: Mr Halvorsen, how many homes will you build?

HALVORSEN: We will build twelve thousand homes in four years, and every one of them will be affordable.

Dana Pritchard: That promise has been made before. Nobody believes it any more.

HALVORSEN: Then let the voters decide.
"""


def test_a_title_case_label_in_a_transcript_is_a_turn(nlp) -> None:
    report = analyze(TRANSCRIPT, nlp=nlp)
    assert [(q.text, q.type, q.speaker.text if q.speaker else None) for q in report.quotes] == [
        ("Mr Halvorsen, how many homes will you build?", "direct", "MODERATOR"),
        ("We will build twelve thousand homes in four years, and every one of them will be affordable.", "direct", "HALVORSEN"),
        ("That promise has been made before. Nobody believes it any more.", "direct", "Dana Pritchard"),
        ("Then let the voters decide.", "direct", "HALVORSEN"),
    ]


MARKDOWN = """# Council meeting, abridged

Councillors debated the bus depot closure on Monday night.

**Okonkwo:** The depot employs two hundred people and we cannot just shut it.

**Fairweather:** The depot loses money every single month and the council cannot carry it.

**Okonkwo:** Then we should find a buyer before we sack anyone.
"""


def test_markdown_bold_labels_are_turns(nlp) -> None:
    report = analyze(MARKDOWN, nlp=nlp)
    assert _quotes(report) == [
        ("The depot employs two hundred people and we cannot just shut it.", "direct", "Okonkwo"),
        ("The depot loses money every single month and the council cannot carry it.", "direct", "Fairweather"),
        ("Then we should find a buyer before we sack anyone.", "direct", "Okonkwo"),
    ]
    assert all(q.cue is not None and q.cue.text == ":" for q in report.quotes)


def test_one_title_case_label_line_is_no_transcript(nlp) -> None:
    text = "Budget day\n\nHarbour Board: the figures will be published on Friday.\n\nThe board meets weekly.\n"
    report = analyze(text, nlp=nlp)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


BULLETS = """Nurses set out their demands as strike looms

Nurses at three city hospitals will walk out next week unless their employer improves its offer, the union said on Monday.

Harriet Okafor, the union's chief negotiator, listed the demands:

- "A pay rise that keeps up with prices."
- "Enough staff on every ward, every night."
- "An end to unpaid overtime for junior nurses."

The hospital trust said it was studying the proposals.

Protest banners outside the hospital read:

- "Save our nurses."
- "Patients before profit, always and everywhere."
"""


def test_bulleted_quotes_belong_to_the_one_who_introduced_them(nlp) -> None:
    report = analyze(BULLETS, nlp=nlp)
    by_text = {q.text.strip('"'): q for q in report.quotes}
    for words in (
        "A pay rise that keeps up with prices.",
        "Enough staff on every ward, every night.",
        "An end to unpaid overtime for junior nurses.",
    ):
        assert by_text[words].speaker_name == "Harriet Okafor", words
        assert by_text[words].cue is not None and by_text[words].cue.text == "listed"
    # A banner is nobody's speech: the introduction names no speaker, so none is given.
    for words in ("Save our nurses.", "Patients before profit, always and everywhere."):
        assert by_text[words].speaker is None and by_text[words].speaker_name is None


PULL = """Ferry operator apologises after cancellations

"We let our passengers down"

The operator of the island ferry has apologised after cancelling forty crossings in a week.

Gwen Tallis, the company's managing director, said the problems began when two engines failed at once. "We let our passengers down and we are sorry," she said. "We will refund every ticket."

Islanders were unimpressed. "An apology does not get my mother to her appointments," said Rhodri Bevan, a fisherman.
"""


def test_a_pull_quote_repeating_the_body_takes_the_body_quote_speaker(nlp) -> None:
    report = analyze(PULL, nlp=nlp)
    pull = report.quotes[0]
    assert pull.text == '"We let our passengers down"'
    assert pull.speaker_name == "Gwen Tallis"
    assert "QC202" not in _rules(report)


def test_a_quote_repeated_from_nowhere_stays_without_speaker(nlp) -> None:
    text = PULL.replace('"We let our passengers down"', '"Nobody warned the islanders"', 1)
    report = analyze(text, nlp=nlp)
    assert report.quotes[0].speaker_name is None
    assert "QC202" in _rules(report)


WIRE = """    Harbour dredging to go ahead
    The harbour board voted on Thursday to dredge the outer channel, ending
a dispute that has lasted three years. "This is the right decision for
the port and for the town," said the board's chair, Kofi Mensah. "We
have waited long enough."
    Fishermen were less pleased. "They are going to dig up the only
mussel beds we have left," said Bryn Owens, who has fished the bay for
thirty years.
"""


def test_wire_copy_hard_wrapped_with_indented_paragraphs(nlp) -> None:
    report = analyze(WIRE, nlp=nlp)
    assert [(len(q.content), q.speaker_name) for q in report.quotes] == [(2, "Kofi Mensah"), (1, "Bryn Owens")]
    assert report.quotes[0].content[0].text == '"This is the right decision for\nthe port and for the town,"'
    assert report.unbalanced == () and report.terms == ()
    assert not report.findings


MARKDOWN_LISTS = """# Port strike enters second week

Dockers at Felixport stayed out on Monday, and their union set out its terms:

1. "A guaranteed forty-hour week for every registered docker."
2. "No automation without a jobs agreement."

The port's chief executive, Lena Harrow, replied in a statement:

> "We have made a fair offer and it remains on the table. We urge the union to put it to a vote."

*"We are not the ones holding the town to ransom,"* said union organiser Callum Reid.
"""


def test_numbered_quotes_and_a_blockquote_keep_their_introductions(nlp) -> None:
    report = analyze(MARKDOWN_LISTS, nlp=nlp)
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in report.quotes] == [
        ("their union", "set out"),
        ("their union", "set out"),
        ("The port's chief executive, Lena Harrow", "replied"),
        ("union organiser Callum Reid", "said"),
    ]
    assert "QC202" not in _rules(report)


PULL_AT_THE_END = """School meals to be free for all pupils

The county council will pay for free school meals for every primary pupil from September.

“Every child deserves a hot lunch, whatever their parents earn,” said council leader Maria Estevez. “This is money well spent.”

Parents welcomed the news. “It will save us about forty pounds a month,” said Dev Patel, a father of three.

“This is money well spent”
"""


def test_a_pull_quote_after_the_body_is_not_the_last_speaker_s(nlp) -> None:
    report = analyze(PULL_AT_THE_END, nlp=nlp)
    assert report.quotes[-1].text == "“This is money well spent”"
    assert report.quotes[-1].speaker_name == "Maria Estevez"
    assert "QC501" not in _rules(report)


def test_a_name_in_capitals_takes_the_case_it_is_written_in_elsewhere(nlp):
    text = (
        "The council debated the library closures on Tuesday night.\n\n"
        "DANA PRITCHARD: That promise has been made before and broken before.\n\n"
        "RAVI DUTT: We will keep every branch open this year.\n\n"
        "Dana Pritchard: That promise has been made before.\n"
    )
    quotes = analyze(text, nlp=nlp).quotes
    assert [q.speaker_name for q in quotes] == ["Dana Pritchard", "RAVI DUTT", "Dana Pritchard"]


TITLE_CASE_TURNS = """Port chief on the strike

Dr Ines Marlow has run the Harwick port authority since 2020. She spoke to the Harwick Gazette about the dock strike.

Gazette: How long can the port stay shut?

Marlow: Two weeks at most. After that the ferries go elsewhere and they may not come back.

Gazette: Will you meet the union?

Marlow: Yes, on Monday, and I will go with an open mind.
"""


def test_two_title_case_labels_taking_turns_are_a_transcript(nlp) -> None:
    report = analyze(TITLE_CASE_TURNS, nlp=nlp)
    answers = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "Marlow"]
    assert [(q.type, q.speaker_name) for q in answers] == [("direct", "Ines Marlow"), ("direct", "Ines Marlow")]
    assert answers[0].text.startswith("Two weeks at most.")
    questions = [q for q in report.quotes if q.speaker is not None and q.speaker.text == "Gazette"]
    assert len(questions) == 2
