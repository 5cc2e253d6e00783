"""Evaluation figures as a rich table."""

from __future__ import annotations

from typing import Any, Mapping

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text


def _pct(value: float) -> str:
    return f"{value:.3f}"


def render_scores(scores: Mapping[str, Any], *, title: str) -> RenderableType:
    table = Table(title=title, title_justify="left")
    table.add_column("measure")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("F1", justify="right")
    table.add_column("counts", justify="right", style="dim")
    for key in ("overlap", "exact"):
        prf = scores[key]
        table.add_row(
            f"{key} spans",
            _pct(prf["precision"]),
            _pct(prf["recall"]),
            _pct(prf["f1"]),
            f"{prf['tp']} / {prf['n_pred']} pred / {prf['n_gold']} gold",
        )
    spk = scores["speaker"]
    table.add_row("speaker accuracy", "", _pct(spk["accuracy"]), "", f"{spk['correct']} / {spk['total']}")
    for name, rec in scores["by_type"].items():
        table.add_row(f"recall: {name}", "", _pct(rec["recall"]), "", f"{rec['found']} / {rec['total']}")
    speech = scores.get("speech_cue_recall")
    if speech:
        table.add_row("recall: speech-verb cues", "", _pct(speech["recall"]), "", f"{speech['found']} / {speech['total']}")
    for name, rec in (scores.get("speech_cue_by_type") or {}).items():
        table.add_row(f"  … {name}", "", _pct(rec["recall"]), "", f"{rec['found']} / {rec['total']}")
    docs = Text(f"documents: {scores['documents']}, lost: {scores['documents_lost']}")
    return Group(table, docs)
