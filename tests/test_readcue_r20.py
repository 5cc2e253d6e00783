""""read" as the cue of written words (round 20, helper readcue): 'The statement read: "..."',
'"...," the email read.', '"...," read the email', 'Ruiz read a statement to reporters: "..."'.
A written thing that reads quoted words gives them as a speaker would; someone who reads
something out before a colon speaks the words after it. End to end with the real model; the
sentences are written by the quotecheck authors."""

from __future__ import annotations

import pytest

from quotecheck.pipeline import analyze


def _one(nlp, text):
    quotes = analyze(text, nlp=nlp).quotes
    assert len(quotes) == 1, [q.to_dict() for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    "text, content, cue, speaker",
    [
        (
            '"We are deeply saddened by the news," the statement read.',
            '"We are deeply saddened by the news,"',
            "read",
            "the statement",
        ),
        (
            '"If she wants the job, Ruiz should come to Leeds and see the damage," the editorial read.',
            '"If she wants the job, Ruiz should come to Leeds and see the damage,"',
            "read",
            "the editorial",
        ),
        (
            '"Friend, let me be blunt. I can win this seat. Tom cannot," the email read.',
            '"Friend, let me be blunt. I can win this seat. Tom cannot,"',
            "read",
            "the email",
        ),
        (
            '"Our campaign is growing every day," read the email, which was sent on Friday.',
            '"Our campaign is growing every day,"',
            "read",
            "the email, which was sent on Friday",
        ),
        (
            '"There are snails with more spine than Ruiz," reads a Wednesday editorial in the Harbour Gazette.',
            '"There are snails with more spine than Ruiz,"',
            "reads",
            "a Wednesday editorial in the Harbour Gazette",
        ),
        (
            'A statement from the club read: "We wish him well in his next chapter."',
            '"We wish him well in his next chapter."',
            "read",
            "A statement from the club",
        ),
        (
            'At the bottom it reads, "Thanks for your support, and see you in May."',
            '"Thanks for your support, and see you in May."',
            "reads",
            "it",
        ),
        (
            'Ruiz read a statement to reporters: "We will appeal the ruling."',
            '"We will appeal the ruling."',
            "read",
            "Ruiz",
        ),
    ],
    ids=["closing-subject", "noun-read-editorial", "noun-read-email", "inverted", "inverted-long", "opening-noun-read", "it-reads", "read-out-colon"],
)
def test_read_cues_written_words(nlp, text, content, cue, speaker):
    q = _one(nlp, text)
    assert q.content[0].text == content
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.text == speaker


def test_it_that_reads_is_no_body(nlp):
    text = 'The Harbour Trust sent a letter to the council. "The delay is costing lives," it read.'
    q = _one(nlp, text)
    assert q.cue is not None and q.cue.text == "read"
    assert q.speaker is not None and q.speaker.text == "it"
    assert q.speaker_name is None


# Guards: a caption one adds stays the adder's words though "reads" now cues; reading a title or
# a document to oneself quotes nobody; the other statement cues stay.


def test_guard_the_one_who_adds_a_caption_that_reads_speaks(nlp):
    q = _one(nlp, 'Henry added the caption which reads, "Aides were told to leave the room at once."')
    assert q.content[0].text == '"Aides were told to leave the room at once."'
    assert q.cue is not None and q.cue.text == "added"
    assert q.speaker is not None and q.speaker.text == "Henry"


def test_reading_a_title_is_no_quote(nlp):
    report = analyze('I read "Bleak House" last summer and loved it.', nlp=nlp)
    assert all(q.cue is None or q.cue.text != "read" for q in report.quotes)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("The club said in a statement that the coach had resigned.", "said", "The club"),
        ("A statement released by the ministry said the talks had failed.", "said", "A statement released by the ministry"),
        ("Marlow wrote in a letter that the budget was too small.", "wrote", "Marlow"),
    ],
    ids=["said-in-a-statement", "statement-released-by", "wrote-in-a-letter"],
)
def test_guard_statement_cues_keep_their_speaker(nlp, text, cue, speaker):
    q = _one(nlp, text)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.text == speaker


def test_subject_inside_the_quotation_before_a_closing_cue_is_none(nlp):
    # The parser may hang "Tom cannot" on the cue as a second subject; the comma inside the
    # closing mark sets it off from the one who speaks.
    q = _one(nlp, '"We can win this seat. Tom cannot," the senator said.')
    assert q.content[0].text == '"We can win this seat. Tom cannot,"'
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.text == "the senator"
