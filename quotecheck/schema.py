"""The JSON Schema of quotecheck's reports, shipped inside the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "report.schema.json"


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    text = resources.files("quotecheck").joinpath("schemas", SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def validate(data: Any) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` is not a valid report (or list of them)."""
    import jsonschema

    jsonschema.Draft202012Validator(report_schema()).validate(data)
