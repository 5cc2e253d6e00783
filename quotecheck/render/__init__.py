"""Renderers: a ``Report`` in, a rich renderable or a string out. None of them prints."""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "html", "markdown")
