"""The Markdown checklist: grouped by quote, findings as checkboxes, article text escaped."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from quotecheck.model import Report, Span
from quotecheck.render.markdown import escape_markdown, render_markdown, report_markdown

from .reports import sample_report


def _renderer() -> MarkdownIt:
    """CommonMark with GitHub's extras: tables, strikethrough, and links made of bare URLs and
    e-mail addresses (not of bare domains, which GitHub leaves as text)."""
    md = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])
    md.linkify.set({"fuzzy_link": False})
    return md


MD = _renderer()


def _shown(markup: str) -> str:
    """What a reader sees of rendered inline Markdown: the text, with tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[click here](https://evil.example/)", id="link"),
        pytest.param("![pixel](https://evil.example/p.png)", id="image"),
        pytest.param("<script>alert(1)</script>", id="script"),
        pytest.param("<img src=x onerror=alert(1)>", id="html"),
        pytest.param("<https://evil.example>", id="angle-autolink"),
        pytest.param("see https://evil.example/page now", id="bare-url"),
        pytest.param("www.evil.example", id="www"),
        pytest.param("write to desk@evil.com", id="email"),
        pytest.param("*stars* and _underscores_ and `ticks` and ~~strike~~", id="emphasis"),
        pytest.param("a | table | row", id="pipes"),
        pytest.param("AT&T said &amp; &lt;b&gt; [sic]", id="entities"),
        pytest.param("back\\slash \\*", id="backslashes"),
        pytest.param("# not a heading", id="hash"),
    ],
)
def test_escaped_text_renders_as_written(text):
    rendered = MD.renderInline(escape_markdown(text))
    assert "<a " not in rendered and "<img" not in rendered and "<script" not in rendered
    assert not re.search(r"<(em|strong|code|s|del|table)>", rendered)
    assert _shown(rendered) == text


def test_www_is_escaped_for_github():
    # GitHub links "www.x" on its own; the renderer here does not, so check the escape itself.
    assert escape_markdown("www.evil.example") == "www\\.evil.example"


@pytest.mark.parametrize(
    "text, tag",
    [
        pytest.param("[click here](https://evil.example/)", "<a ", id="link"),
        pytest.param("*stars*", "<em>", id="emphasis"),
        pytest.param("see https://evil.example/page now", "<a ", id="bare-url"),
        pytest.param("write to desk@evil.com", "<a ", id="email"),
    ],
)
def test_unescaped_text_would_have_been_markup(text, tag):
    # The negative case: unescaped, the same strings do become links and emphasis.
    assert tag in MD.renderInline(text)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from([*"ab :/.@[]()<>*_`~|&#!\\-+=\"'", "www.", "http://", "e.com", "\n"]), max_size=30).map("".join))
@example(text="-@e.com")  # an e-mail whose local part is only punctuation is linked too
@example(text="a.+@e.com")
@example(text="=@e.com")  # any punctuation in the local part: found by this test
@example(text="//e.com")  # a protocol-relative address is linked too
def test_any_escaped_text_renders_as_written(text):
    rendered = MD.renderInline(escape_markdown(text))
    assert "<a " not in rendered and "<img" not in rendered
    assert _shown(rendered) == " ".join(text.split())


def test_checklist_groups_findings_by_quote():
    out = report_markdown(sample_report())
    lines = out.splitlines()
    assert lines[0] == "### quotecheck: talks.txt"
    assert "2 quotes · 2 speakers · 3 findings (1 error, 1 warning, 1 info) · publisher: Coastal Herald" in lines
    q1 = next(i for i, line in enumerate(lines) if line.startswith("- [ ] **q1** direct"))
    q2 = next(i for i, line in enumerate(lines) if line.startswith("- [ ] **q2** indirect"))
    assert "**Adaeze Okafor** (person)" in lines[q1] and 'cue “said”' in lines[q1]
    assert lines[q1 + 1] == "  - chain: Adaeze Okafor → Coastal Herald"
    assert lines[q1 + 2] == "  - [ ] **QC201** error: The article gives no date for the quoted words. — Say when Okafor spoke."
    assert lines[q2 + 1] == "  - chain: Martin Greaves → Interfax → Coastal Herald"
    assert lines[q2 + 2].startswith("  - [ ] **QC102** warning:") and lines[q2 + 2].endswith("— Link Interfax's original report.")
    # The finding about the article as a whole comes first, with the words it is about.
    article = lines.index("**Article**")
    assert article < q1
    assert lines[article + 2] == '- [ ] **QC900** info: Scare quotes around a label. (at “"final offer"”) — Attribute the label or drop the marks.'


def test_checklist_renders_as_a_task_list():
    rendered = MD.render(report_markdown(sample_report()))
    items = re.findall(r"<li>\[ \] (.*?)(?:<ul>|</li>)", rendered, flags=re.S)
    assert len(items) == 5  # two quotes, three findings
    assert "<a " not in rendered and "<h3>quotecheck: talks.txt</h3>" in rendered


def test_excerpt_is_short_and_escaped():
    text = "[x](http://e.example) " + "word " * 100
    report = sample_report()
    long_quote = replace(report.quotes[0], content=(Span.of(text, 0, len(text)),), cue=None, speaker=None)
    out = report_markdown(Report(text=text, quotes=(long_quote,)))
    (line,) = [line for line in out.splitlines() if line.startswith("- [ ] **q1**")]
    assert line.endswith("…") and len(line) < 220
    assert "\\[x\\](http\\://e.example)" in line


def test_no_quotes_and_failed_inputs():
    out = render_markdown([Report(text="Nothing quoted here.", source="quiet.txt")], failed=["bad.txt: empty input"])
    assert "0 quotes · 0 speakers · 0 findings" in out and "No quotes found." in out
    assert out.rstrip().endswith("**Not checked**\n\n- bad.txt: empty input")
    assert "**Article**" not in out
