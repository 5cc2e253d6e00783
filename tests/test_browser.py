"""The HTML report in a real browser: headless Chromium loads it, the test reads what it shows.

Chromium comes from Debian's packages (``.ci/run`` installs it where missing). Locally the tests
are skipped when it is not installed; under CI (``CI`` set) a missing browser is a failure, so the
check cannot pass by being skipped. The screenshot is kept under ``artifacts/`` for a person to
look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from quotecheck.model import Finding
from quotecheck.render.html import CONTENT_SECURITY_POLICY, render_html

from .htmlpage import Page

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
SCREENSHOT = ARTIFACTS / "html-report.png"
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Give timers and failed image loads (onerror) their chance to run before the DOM is read.
    "--virtual-time-budget=3000",
)

HOSTILE = (
    "Night desk notes\n\n"
    "By Rae Lin | Night Desk\n\n"
    '"Run <script>document.title = \'pwned by script\'</script> now," said Ana Ruiz, the night editor.\n\n'
    'A reader sent <img src="missing.png" onerror="document.title=\'pwned by img\'"> and </style><b>bold</b> & [sic].\n\n'
    '"We never publish what we cannot check," Ruiz said.\n'
)


def _chromium() -> str:
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing under CI: .ci/run installs it (apt-get install chromium)")
    pytest.skip("Chromium is not installed (apt-get install chromium); the browser tests need it")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = _chromium()
    profile = tmp_path_factory.mktemp("chromium-profile")

    def run(page: Path, *extra: str) -> str:
        result = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    return run


def _title(dom: str) -> str:
    (title,) = [n for n in Page(dom).elements if n.tag == "title"]
    return "".join(title.text)


@pytest.mark.parametrize(
    "head, ran",
    [
        pytest.param("", True, id="without-csp-the-script-runs"),
        pytest.param(f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">', False, id="the-report-csp-stops-it"),
    ],
)
def test_the_browser_shows_whether_a_script_ran(browser, tmp_path, head, ran):
    # The harness itself: a script that runs changes the title, and the DOM dump shows it.
    page = tmp_path / "probe.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<title>untouched</title></head>'
        '<body><script>document.title = "ran"</script><img src="missing.png" onerror="document.title = \'ran\'"></body></html>',
        encoding="utf-8",
    )
    assert (_title(browser(page, "--dump-dom")) == "ran") is ran


@pytest.fixture(scope="module")
def report_page(nlp, tmp_path_factory):
    from quotecheck.pipeline import analyze

    samples = ROOT / "samples"
    strike = analyze((samples / "harbour-strike.txt").read_text(encoding="utf-8"), nlp=nlp)
    strike = replace(
        strike,
        source="samples/harbour-strike.txt",
        findings=(
            Finding("QC104", "warning", "Okafor is named only by a pronoun next to this quote.", "Repeat her name next to the quote.", "q5", None),
            Finding("QC201", "error", "A quotation mark is opened and never closed.", "Close the quotation after “ended”.", None, strike.unbalanced[0]),
            Finding("QC302", "info", "The source is vague: people familiar with the schedules.", "Say why the source cannot be named.", "q8", None),
        ),
    )
    hostile = analyze(HOSTILE, nlp=nlp)
    hostile = replace(
        hostile,
        source="night-desk <script>.txt",
        findings=(Finding("QC101", "warning", "Quoted <script> in the text.", "Check the <img> tag was meant to be printed.", "q1", None),),
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html([strike, hostile]), encoding="utf-8")
    return path, strike, hostile


def test_report_shows_highlights_chains_and_findings(browser, report_page):
    path, strike, hostile = report_page
    dom = browser(path, "--dump-dom")
    page = Page(dom)
    for quote in [*strike.quotes, *hostile.quotes]:
        assert f"quote {quote.id} ({quote.type})" in page.labels
    assert page.labels.count("speaker") >= 10 and page.labels.count("cue") >= 10
    findings = [page.text_of(n) for n in page.by_class("finding")]
    assert findings[0].startswith("error QC201") and "suggestion Close the quotation after “ended”." in findings[0]
    assert any("Repeat her name next to the quote." in f for f in findings)
    assert any("Check the <img> tag was meant to be printed." in f for f in findings)
    chains = [page.text_of(n) for n in page.by_class("chain")]
    assert any(c.startswith("Adaeze Okafor") and "told reporters" in c and "Coastal Herald" in c for c in chains)
    assert len(page.by_class("article")) == 2


def test_article_markup_in_the_report_runs_nothing(browser, report_page):
    path, _, hostile = report_page
    dom = browser(path, "--dump-dom")
    page = Page(dom)
    assert _title(dom).startswith("quotecheck: samples/harbour-strike.txt, night-desk <script>.txt")
    assert not {"script", "img", "iframe", "object", "embed", "link"} & {n.tag for n in page.elements}
    assert not [a for n in page.elements for a in n.attrs if a.startswith("on")]
    # displaCy shows a space at every token edge: compare without whitespace.
    shown = "".join("".join(page.words).split())
    for piece in ["<script>document.title = 'pwned by script'</script>",
                  '<img src="missing.png" onerror="document.title=\'pwned by img\'">', "</style><b>bold</b> & [sic]."]:
        assert "".join(piece.split()) in shown


def test_screenshot_for_people(browser, report_page, capsys):
    path, _, _ = report_page
    ARTIFACTS.mkdir(exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    browser(path, f"--screenshot={SCREENSHOT}", "--window-size=1400,2400", "--hide-scrollbars")
    data = SCREENSHOT.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000
    with capsys.disabled():
        print(f"\nscreenshot of the HTML report: {SCREENSHOT}")
