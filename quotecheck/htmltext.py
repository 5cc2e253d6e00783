"""Article text from an HTML page (placeholder: HTML input lands with the editors' reports issue)."""

from __future__ import annotations

from .errors import InputError


def extract_article(html: str, *, source: str | None = None) -> tuple[str, dict[str, str]]:
    raise InputError("HTML input is not supported yet", source=source)
