"""The HTML report: highlighted spans through displaCy, chains, findings, and an inert page."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.model import Finding, Quote, Report, Span
from quotecheck.render.html import CONTENT_SECURITY_POLICY, render_html

from .htmlpage import Page
from .reports import sample_report, span

#: Tags and attributes the report may contain: nothing that loads or runs anything.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "div", "span",
    "main", "section", "aside", "footer", "ul", "ol", "li", "strong", "bdi", "blockquote", "a", "i", "figure",
}
ALLOWED_ATTRS = {"lang", "charset", "http-equiv", "content", "name", "class", "id", "style", "href", "dir"}

HOSTILE = (
    "Headline\n\nBy Rae Lin | Night Desk\n\n"
    '"Run <script>document.title = \'pwned\'</script> now," said Ana Ruiz.\n\n'
    'The file held <img src=x onerror="document.title=\'pwned\'"> and </style><b>bold</b> & "quotes" [sic].\n\n'
    "A link <a href=\"https://evil.example/\">here</a> and <iframe src=\"https://evil.example\"></iframe>.\n"
)


def hostile_report() -> Report:
    text = HOSTILE
    quote = Quote(
        id="q1",
        type="direct",
        content=(span(text, "\"Run <script>document.title = 'pwned'</script> now,\""),),
        cue=span(text, "said"),
        speaker=span(text, "Ana Ruiz"),
        speaker_name="Ana Ruiz <img src=x onerror=alert(1)>",
        speaker_kind="person",
        confidence=0.9,
        speaker_descriptions=("</style><script>alert(2)</script>",),
    )
    return Report(
        text=text,
        quotes=(quote,),
        header=Span.of(text, 0, text.index("Desk") + 4),
        findings=(
            Finding("QC101", "warning", "Message with <script>alert(3)</script>", "Suggest <b onmouseover=x>this</b>", "q1", None),
            Finding("QC102", "info", "About <img src=y>", "Fix & go", None, span(text, "<iframe")),
        ),
        source='evil"><script>alert(4)</script>.txt',
    )


def test_quotes_speakers_and_cues_are_labelled_spans():
    page = Page(render_html([sample_report()]))
    assert page.labels.count("quote q1 (direct)") == 1
    assert page.labels.count("quote q2 (indirect)") == 1
    assert page.labels.count("speaker") == 2 and page.labels.count("cue") == 2
    assert "via" in page.labels


def test_article_words_are_all_shown_in_order():
    report = sample_report()
    page = Page(render_html([report]))
    body = report.text[report.header.end :]
    assert "".join("".join(page.words).split()) == "".join(body.split())
    (byline,) = page.by_class("byline")
    assert "By Lena Marsh | Coastal Herald" in page.text_of(byline)


def test_chain_is_drawn_from_speaker_to_publisher():
    page = Page(render_html([sample_report()]))
    cards = {n.attrs["id"]: n for n in page.by_class("quote")}
    assert set(cards) == {"article-1-q1", "article-1-q2"}
    chains = [page.text_of(n) for n in page.by_class("chain")]
    assert chains[0].startswith("Adaeze Okafor person →") and "Coastal Herald publisher" in chains[0]
    assert chains[1].index("Martin Greaves") < chains[1].index("Interfax") < chains[1].index("Coastal Herald")


def test_findings_are_listed_worst_first_with_suggestions():
    page = Page(render_html([sample_report()]))
    findings = [page.text_of(n) for n in page.by_class("finding")]
    assert [f.split()[:2] for f in findings] == [["error", "QC201"], ["warning", "QC102"], ["info", "QC900"]]
    assert "suggestion Link Interfax's original report." in findings[1]
    # A finding about a quote links to that quote's card in the same page.
    links = [n.attrs["href"] for n in page.elements if n.tag == "a"]
    assert links == ["#article-1-q1", "#article-1-q2"]


def test_no_findings_and_no_quotes_are_said_so():
    page = Page(render_html([sample_report(quotes=(), findings=())]))
    assert [page.text_of(n) for n in page.by_class("none")] == ["No findings.", "No quotes found."]


def test_several_articles_make_one_page_with_a_section_each():
    reports = [sample_report(), sample_report(id="b.txt", source="b.txt"), sample_report(quotes=(), source="c.txt")]
    markup = render_html(reports, failed=["bad.txt: empty input"])
    page = Page(markup)
    assert markup.count("<!DOCTYPE html>") == 1
    assert [n.attrs["id"] for n in page.by_class("article")] == ["article-1", "article-2", "article-3"]
    ids = [n.attrs["id"] for n in page.elements if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    (failed,) = page.by_class("failed")
    assert "bad.txt: empty input" in page.text_of(failed)


def _check_inert(markup: str) -> Page:
    page = Page(markup)
    tags = {n.tag for n in page.elements}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for node in page.elements:
        assert set(node.attrs) <= ALLOWED_ATTRS, (node.tag, node.attrs)
        assert not node.attrs.get("href", "#").strip() or node.attrs.get("href", "#").startswith("#")
    metas = [n.attrs for n in page.elements if n.tag == "meta" and n.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert metas == [{"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY}]
    assert [n.tag for n in page.elements[:4]] == ["html", "head", "meta", "meta"]  # CSP before anything loads
    (style,) = [n for n in page.elements if n.tag == "style"]
    assert "url(" not in "".join(style.text) and "@import" not in "".join(style.text)
    return page


def test_article_markup_is_shown_never_run():
    report = hostile_report()
    markup = render_html([report])
    page = _check_inert(markup)
    assert "".join("".join(page.words).split()) == "".join(report.text[report.header.end :].split())
    shown = page.text_of(page.elements[0])
    for piece in ["<script>document.title = 'pwned'</script>", '<img src=x onerror="document.title=\'pwned\'">',
                  "</style><b>bold</b>", "[sic]", "Ana Ruiz <img src=x onerror=alert(1)>",
                  "</style><script>alert(2)</script>", "Message with <script>alert(3)</script>",
                  "Suggest <b onmouseover=x>this</b>", 'evil"><script>alert(4)</script>.txt']:
        assert piece in shown
    (title,) = [n for n in page.elements if n.tag == "title"]
    assert "".join(title.text).startswith("quotecheck: evil")


def test_labels_are_escaped_too():
    report = sample_report()
    odd = replace(report.quotes[0], id='q1"><script>alert(1)</script>')
    page = _check_inert(render_html([replace(report, quotes=(odd, report.quotes[1]), findings=())]))
    assert "quote q1\"><script>alert(1)</script> (direct)" in page.labels


def test_csp_forbids_scripts_and_remote_loads():
    directives = dict(d.strip().split(" ", 1) for d in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'none'"
    assert "script-src" not in directives  # falls back to default-src 'none'
    assert directives["style-src"] == "'unsafe-inline'"


def test_control_characters_are_shown_as_pictures():
    text = '"Bell\x07 here," Ana said.\n'
    quote = Quote("q1", "direct", (Span.of(text, 0, 14),), span(text, "said"), span(text, "Ana"), "Ana", "person", 0.9)
    page = Page(render_html([Report(text=text, quotes=(quote,))]))
    words = "".join(page.words)
    assert "\x07" not in words and "Bell\u2407" in words


def test_long_paragraph_is_cut_into_pieces_but_keeps_every_word():
    sentence = "The council met again and said nothing new about the bridge. "
    text = sentence * 200 + '"Enough," Vogel said. ' + sentence * 50
    start = text.index('"Enough,"')
    quote = Quote("q1", "direct", (Span.of(text, start, start + 9),), span(text, "said", nth=250), span(text, "Vogel"), "Vogel", "person", 0.9)
    markup = render_html([Report(text=text, quotes=(quote,))])
    page = Page(markup)
    assert markup.count('class="spans"') > 10
    assert "".join("".join(page.words).split()) == "".join(text.split())
    assert page.labels == ["quote q1 (direct)", "speaker", "cue"]


def test_large_report_renders_in_bounded_time():
    import time

    paragraph = 'The board met on Monday. "We will decide soon," said Ana Ruiz, the chair. Nothing else was agreed.'
    text = "\n\n".join([paragraph] * 2000)  # about 200 kB, 2,000 quotes
    quotes = []
    for number, start in enumerate(range(0, len(text), len(paragraph) + 2), start=1):
        q = start + paragraph.index('"We')
        quotes.append(Quote(f"q{number}", "direct", (Span.of(text, q, q + 20),), Span.of(text, q + 21, q + 25),
                            Span.of(text, q + 26, q + 34), "Ana Ruiz", "person", 0.9))
    started = time.perf_counter()
    markup = render_html([Report(text=text, quotes=tuple(quotes))])
    assert time.perf_counter() - started < 30
    page = Page(markup)
    assert len(page.by_class("quote")) == 2000 and page.labels.count("speaker") == 2000
    assert "".join("".join(page.words).split()) == "".join(text.split())


# -- properties ------------------------------------------------------------------------------

PIECES = ['"', "“", "”", "«", "»", "'", "<", ">", "&", "</style>", "<script>", "[sic]", "word", "Ana", "said",
          ",", ".", " ", " ", "\n", "\n\n", "😀", "שלום", "مرحبا", "\u202e", "\x07", "\x00", "\t"]


@st.composite
def reports_with_spans(draw):
    text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60)))
    n = len(text)
    offsets = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    quotes = []
    for number, (start, end) in enumerate(draw(st.lists(offsets, max_size=5)), start=1):
        if start == end:
            continue
        cue = draw(st.none() | offsets.map(lambda se: Span.of(text, *se)))
        speaker = draw(st.none() | offsets.map(lambda se: Span.of(text, *se)))
        quotes.append(Quote(f"q{number}", draw(st.sampled_from(["direct", "indirect", "mixed"])),
                            (Span.of(text, start, end),), cue, speaker, draw(st.none() | st.text(max_size=10)), "person", 0.5))
    unbalanced = tuple(Span.of(text, s, e) for s, e in draw(st.lists(offsets, max_size=3)))
    findings = tuple(Finding("QC100", "warning", draw(st.text(max_size=20)), draw(st.text(max_size=20)),
                             draw(st.none() | st.sampled_from([q.id for q in quotes] or ["q0"])), None)
                     for _ in range(draw(st.integers(0, 3))))
    return Report(text=text, quotes=tuple(quotes), unbalanced=unbalanced, findings=findings, source=draw(st.text(max_size=10)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports_with_spans())
def test_any_report_renders_inert_with_every_word(report):
    page = _check_inert(render_html([report]))
    shown = "".join("".join(page.words).split())
    # Controls inside words are shown as their pictures (a NUL would become U+FFFD otherwise).
    pictures = {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421}
    assert shown == "".join(word.translate(pictures) for word in report.text.split())
    labels = {f"quote {q.id} ({q.type})" for q in report.quotes if q.content[0].text.strip()}
    assert labels <= set(page.labels)


@pytest.mark.parametrize("name", ["harbour-strike", "pipeline-deal-wire", "river-council"])
def test_samples_render_every_quote(nlp, samples_dir, name):
    from quotecheck.pipeline import analyze

    report = analyze((samples_dir / f"{name}.txt").read_text(encoding="utf-8"), nlp=nlp)
    page = _check_inert(render_html([report]))
    assert {f"quote {q.id} ({q.type})" for q in report.quotes} <= set(page.labels)
    assert len(page.by_class("quote")) == len(report.quotes)
    # Every word of the article but the byline block: the headline above it is text too.
    body = report.text[: report.header.start] + report.text[report.header.end :] if report.header else report.text
    assert "".join("".join(page.words).split()) == "".join(body.split())
