"""The JSON's ``act`` field (schema 1.1): what each quote reports, so an editors' tool can tell
a statement from an attribution that carries nobody's words without re-deriving it. The
sentences are written by the quotecheck authors."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from quotecheck.model import SCHEMA_VERSION
from quotecheck.pipeline import analyze
from quotecheck.schema import validate

from .conftest import ROOT


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Harbour board chair Lena Quist said the ferry would sail on Monday.\n", "statement"),
        ('"The ferry sails on Monday," Lena Quist said.\n', "statement"),
        ("Treasurer Omar Villa declined to comment on the audit.\n", "refusal"),
        (
            "Asked whether jobs would be cut, the mayor, Dana Holt, said no decision had been made.\n",
            "question",
        ),
        ("Talks between the two councils are expected to resume in Corvina next week.\n", "forecast"),
    ],
    ids=["indirect", "direct", "refusal", "question", "forecast"],
)
def test_each_quote_says_what_it_reports(nlp, text, act):
    data = analyze(text, nlp=nlp).to_dict()
    validate(data)
    assert data["schema_version"] == SCHEMA_VERSION == "1.4"
    assert act in [quote["act"] for quote in data["quotes"]]
    if act != "statement":  # the answer to a question is a statement of its own
        assert [quote["act"] for quote in data["quotes"]].count(act) == 1


def test_act_and_type_stay_apart(nlp):
    """A refusal keeps its type: ``act`` adds to the schema, it changes no existing field."""
    data = analyze("Treasurer Omar Villa declined to comment on the audit.\n", nlp=nlp).to_dict()
    (quote,) = data["quotes"]
    assert (quote["type"], quote["act"]) == ("indirect", "refusal")


def test_a_report_without_act_fails_the_schema(nlp):
    data = analyze('"We sail on Monday," Lena Quist said.\n', nlp=nlp).to_dict()
    act = data["quotes"][0].pop("act")
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
    data["quotes"][0]["act"] = act
    validate(data)


def test_the_readme_json_example_is_what_the_tool_prints(nlp):
    """The README's one-quote JSON example is the sample's quote as printed today, ``act`` and all."""
    block = re.search(r"```json\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    example = json.loads(block.group(1))
    text = (ROOT / "samples" / "pipeline-deal-wire.txt").read_text(encoding="utf-8")
    quotes = {quote["id"]: quote for quote in analyze(text, nlp=nlp).to_dict()["quotes"]}
    assert quotes[example["id"]] == example
