"""The terminal report: chains drawn, findings under their quotes, article findings at the end."""

from __future__ import annotations

import pytest
from rich.console import Console

from quotecheck.model import Finding, Hop, Publisher, Quote, Report, Span
from quotecheck.render.terminal import chain_text, render_report

TEXT = "Prices will fall, Varga told Interfax, RIA reported. We [sic] agree, she said."


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece), piece)


def _quote(*, via=(), recipient=None) -> Quote:
    return Quote("q1", "indirect", (_span("Prices will fall"),), _span("told"), _span("Varga"), "Ilse Varga", "person", 0.9, via=via, recipient=recipient)


INTERFAX = Hop("Interfax", "outlet", _span("Interfax"))
RIA = Hop("RIA", "outlet", _span("RIA"))
REPORTERS = Hop("reporters", "anonymous")
LEDGER = Publisher("Daily Ledger", "byline")


@pytest.mark.parametrize(
    "quote, publisher, drawn",
    [
        pytest.param(_quote(via=(RIA,)), LEDGER, "Ilse Varga → RIA → Daily Ledger", id="via"),
        pytest.param(_quote(recipient=INTERFAX, via=(RIA,)), LEDGER, "Ilse Varga → told Interfax → RIA → Daily Ledger", id="told-an-outlet-then-via"),
        pytest.param(_quote(recipient=REPORTERS, via=(RIA,)), LEDGER, "Ilse Varga → RIA → Daily Ledger", id="told-reporters-then-via"),
        pytest.param(_quote(recipient=INTERFAX), Publisher("Interfax", "option"), "Ilse Varga → told Interfax (first-hand)", id="told-the-publisher"),
        pytest.param(_quote(recipient=INTERFAX), LEDGER, "Ilse Varga → told Interfax → Daily Ledger", id="told-another-outlet"),
        pytest.param(_quote(), None, None, id="nothing-to-draw"),
    ],
)
def test_chain(quote, publisher, drawn):
    line = chain_text(quote, Report(TEXT, (quote,), publisher=publisher))
    assert (line.plain if line is not None else None) == drawn


def _render(report: Report) -> str:
    console = Console(record=True, width=100, color_system=None)
    console.print(render_report(report))
    return console.export_text()


def test_findings_sit_under_their_quote_worst_first_and_article_findings_at_the_end():
    second = Quote("q2", "direct", (_span("We [sic] agree,"),), _span("said"), _span("she"), "Ilse Varga", "person", 0.9, resolution="pronoun")
    findings = (
        Finding("QC303", "info", "Loaded verb.", "Use said.", "q1", _span("told")),
        Finding("QC101", "warning", "Second-hand: through RIA.", "Cite RIA.", "q1", _span("RIA")),
        Finding("QC302", "warning", "Unbalanced mark.", "Add it.", None, None),
    )
    out = _render(Report(TEXT, (_quote(via=(RIA,)), second), publisher=LEDGER, findings=findings))
    assert "3 findings (2 warnings, 1 info)" in out
    assert out.index("q1 indirect") < out.index("QC101") < out.index("QC303") < out.index("q2 direct")
    assert out.index("q2 direct") < out.index("│ article ─") < out.index("QC302")
    assert "fix: Cite RIA." in out and "We [sic] agree," in out
