"""The byline and metadata header."""

from __future__ import annotations

import pytest

from quotecheck.header import find_header


@pytest.mark.parametrize(
    "text, source",
    [
        pytest.param("Title here\n\nBy Chen Li Source: Global Times Published: 2020/8/24 11:07:12\n\nBody.", "Global Times", id="source-field"),
        pytest.param("Title\n\nBy Jane Doe, Reuters\n\nBody text.", "Reuters", id="byline-comma"),
        pytest.param("Title\n\nBy Lena Marsh | Coastal Herald\nPublished: 2026-03-14\n\nBody.", "Coastal Herald", id="byline-bar"),
        pytest.param("Title\n\nBy Jane Doe\n\nBody.", None, id="byline-without-outlet"),
    ],
)
def test_header_names_its_source(text, source):
    header = find_header(text)
    assert header.span is not None and "Body" not in header.span.text
    assert (header.source.text if header.source else None) == source


def test_no_header_in_plain_prose():
    header = find_header('"We will win," she said.\n\nThe vote is on Monday.')
    assert header.span is None and header.source is None


@pytest.mark.parametrize(
    "text, source",
    [
        pytest.param("Title\n\nBy Anne-Marie Holt\n\nBody.", None, id="hyphenated-name-is-no-outlet"),
        pytest.param("Title\n\nBy Jane Doe - Reuters\n\nBody.", "Reuters", id="spaced-dash"),
        pytest.param("Title\n\nBy Jane Doe, John Roe\nSource: Lakeside Courier\n\nBody.", "Lakeside Courier", id="source-field-beats-byline-guess"),
        pytest.param("Title\n\nSource: Lakeside Courier\nBy Jane Doe, Reuters\n\nBody.", "Lakeside Courier", id="source-field-first"),
        # Parts after the writer: the first that is neither a title, a desk nor a date.
        pytest.param("Title\n\nBy Lena Hartwig · Alpine Desk · March 4, 2026\n\nBody.", None, id="desk-and-date-are-no-outlet"),
        pytest.param("Title\n\nBy Lena Hartwig · Kestrel Times\n\nBody.", "Kestrel Times", id="middle-dot"),
        pytest.param("Title\n\nBy Tom Hale | Staff Writer | The Ledger\n\nBody.", "The Ledger", id="title-then-outlet"),
        pytest.param("Title\n\nBy Jo Marsh, Reuters | March 4, 2026\n\nBody.", "Reuters", id="outlet-then-date"),
        pytest.param("Title\n\nBy Jo Marsh, Washington Bureau\n\nBody.", None, id="bureau-is-no-outlet"),
    ],
)
def test_which_outlet_the_header_names(text, source):
    header = find_header(text)
    assert header.span is not None and "Body" not in header.span.text
    assert (header.source.text if header.source else None) == source


TITLED = '"We will not back down," says union leader\n\n{byline}"The talks are over," Okafor said.\n'


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("By Lena Marsh | Coastal Herald\nPublished: 2026-03-14\n\n", id="with-byline"),
        pytest.param("By Lena Marsh | Coastal Herald\n\n", id="byline-in-the-title-paragraph"),
        pytest.param("", id="without-byline"),
    ],
)
def test_the_title_is_read_and_the_byline_block_kept_out(nlp, byline):
    from quotecheck.pipeline import analyze

    text = TITLED.format(byline=byline)
    if byline.count("\n") == 2:
        text = text.replace("\n\n", "\n", 1)  # the byline right under the title, no blank line
    report = analyze(text, nlp=nlp)
    title_end = text.index("\n")
    assert any(q.start > title_end and "talks are over" in q.text for q in report.quotes)
    # A headline's quote is the one a reader sees first: it is checked like any other.
    (title,) = [q for q in report.quotes if q.start < title_end]
    assert title.content[0].text == '"We will not back down,"'
    if byline:
        assert report.header is not None and report.publisher is not None
        assert report.header.start > title_end and report.header.text.startswith("By Lena Marsh")
        assert report.publisher.name == "Coastal Herald"
        assert not any(report.header.start <= q.start < report.header.end for q in report.quotes)


@pytest.mark.parametrize(
    "text, agency",
    [
        pytest.param("LONDON (Reuters) - Shares in Kestrel fell.", "Reuters", id="city"),
        pytest.param("NEW YORK, March 3 (Reuters) - Stocks rose.", "Reuters", id="city-and-date"),
        pytest.param("Senate passes bill\n\nSAN JUAN, Puerto Rico (AP) — The vote was close.", "AP", id="after-a-title"),
        pytest.param("OSLO — Norway's minister said the deal was off.", None, id="no-agency"),
        pytest.param("The deal (AP) - a wire story mentioned mid-sentence.", None, id="not-a-dateline"),
    ],
)
def test_the_agency_of_a_wire_dateline(text, agency):
    header = find_header(text)
    assert (header.source.text if header.source else None) == agency
    assert header.dateline is (agency is not None)


def test_a_named_source_wins_over_a_wire_dateline():
    header = find_header("Source: Lakeside Courier\n\nLONDON (Reuters) - Shares fell.")
    assert (header.source.text, header.dateline) == ("Lakeside Courier", False)


def test_a_wire_story_is_the_agencys_own(nlp):
    from quotecheck.pipeline import analyze

    text = "LONDON (Reuters) - Kestrel shares fell 14%, Reuters reported, citing two traders."
    report = analyze(text, nlp=nlp)
    assert (report.publisher.name, report.publisher.source) == ("Reuters", "dateline")
    assert not any(f.rule == "QC101" for f in report.findings)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "HOLLOWAY, Ore. — Three rural clinics will close by June, the state health authority confirmed on Thursday.",
            "Three rural clinics will close by June",
        ),
        ("LONDON (Reuters) - Shares in Kestrel fell 14%, traders said.", "Shares in Kestrel fell 14%"),
        ("NEW YORK, March 3 (AP) -- Stocks rose, analysts said.", "Stocks rose"),
    ],
)
def test_a_dateline_is_no_part_of_the_words(nlp, text, content):
    from quotecheck.pipeline import analyze

    (quote,) = analyze(text, nlp=nlp).quotes
    assert [part.text for part in quote.content] == [content]


@pytest.mark.parametrize("line", ["A — what the minister said next", "Mr. Lee - in his own words"])
def test_a_capital_and_a_dash_alone_are_no_dateline(line):
    from quotecheck.header import DATELINE

    assert DATELINE.match(line) is None


@pytest.mark.parametrize(
    "headline, content",
    [
        pytest.param("Talks resume, minister says", "Talks resume", id="no-verb-for-the-tagger"),
        pytest.param("Fees to be cut, minister says", "Fees to be cut", id="infinitive"),
    ],
)
def test_a_headline_closing_with_its_cue_is_a_quote(nlp, headline, content):
    from quotecheck.pipeline import analyze

    text = f"{headline}\n\nBy Lena Marsh | Coastal Herald\n\nEnergy Minister Aurel Dan said the talks would resume.\n"
    report = analyze(text, nlp=nlp)
    (first, _) = report.quotes
    assert (first.content[0].text, first.cue.text, first.speaker_name) == (content, "says", "Aurel Dan")


@pytest.mark.parametrize(
    "byline",
    [
        "By Eleanor Pratt, Local Affairs Correspondent",
        "By Tom Hale, Staff Writer",
        "By Ana Ortiz | Senior Political Reporter",
    ],
)
def test_a_writers_job_title_after_the_byline_is_no_outlet(byline):
    header = find_header(f"Council backs new depot\n\n{byline}\n\nThe council voted on Monday.")
    assert header.span is not None
    assert header.source is None
