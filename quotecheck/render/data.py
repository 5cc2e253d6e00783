"""Reports as JSON: one object per report, stable key order, non-ASCII kept as is."""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from ..htmltext import EXTRACTED_FORMATS, INPUT_FORMAT_KEY
from ..model import Report


def report_dict(report: Report, *, include_text: bool = False) -> dict[str, Any]:
    """The JSON shape; the text is always included for HTML and Markdown input, whose offsets
    refer to the text extracted from the page or file (nowhere else to be found)."""
    extracted = report.meta.get(INPUT_FORMAT_KEY) in EXTRACTED_FORMATS
    return report.to_dict(include_text=include_text or extracted)


#: Characters JSON allows raw inside strings that line-oriented readers take for line breaks
#: (Python's ``str.splitlines``, JavaScript before ES2019): escaped, so one report stays one line.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dumps(data: Mapping[str, Any] | list[Any], *, indent: int | None = 2) -> str:
    """JSON with non-ASCII text kept as is, except the characters in ``_LINE_BREAKS``."""
    # Outside strings JSON has no such characters, so escaping them everywhere is safe.
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)


def to_json(reports: Iterable[Report], *, include_text: bool = False) -> str:
    """One report as an object; several as an array."""
    items = [report_dict(r, include_text=include_text) for r in reports]
    return dumps(items[0] if len(items) == 1 else items)


def to_jsonl_line(report: Report, *, include_text: bool = False) -> str:
    return dumps(report_dict(report, include_text=include_text), indent=None)
