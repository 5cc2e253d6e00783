"""Several processes give the same reports, in the same order, as one."""

from __future__ import annotations

import io

from quotecheck import cli
from quotecheck.parallel import analyze_parallel
from quotecheck.pipeline import Article, analyze_stream


def test_parallel_reports_equal_single_process(nlp, samples_dir):
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt")) if ".original" not in p.name]
    articles = [Article(text=t, id=f"a{i}-{n}") for n in range(3) for i, t in enumerate(texts)]
    one = [r.to_dict() for r in analyze_stream(articles, nlp=nlp)]
    many = [r.to_dict() for r in analyze_parallel(iter(articles), jobs=2, model=nlp.meta["lang"] + "_" + nlp.meta["name"], per_task=2)]
    assert [r["id"] for r in many] == [a.id for a in articles]
    assert many == one


def test_progress_bar_only_when_asked_and_long(monkeypatch):
    shown = io.StringIO()

    def console(**_):
        from rich.console import Console

        return Console(file=shown, force_terminal=True, width=80)

    monkeypatch.setattr(cli, "_console", console)
    assert list(cli._progress(iter(range(5)), enabled=False)) == list(range(5))
    assert shown.getvalue() == ""
    monkeypatch.setattr(cli, "PROGRESS_AFTER", -1.0)
    assert list(cli._progress(iter(range(5)), enabled=True)) == list(range(5))
    assert "5 articles" in shown.getvalue()
