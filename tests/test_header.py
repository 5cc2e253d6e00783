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
