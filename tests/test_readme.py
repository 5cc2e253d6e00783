"""The README's guide for editors stays true to the rules and the configuration it documents."""

from __future__ import annotations

import configparser
import re
import sys

import pytest

from quotecheck.config import from_mapping
from quotecheck.rules import REGISTRY

from .conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

README = (ROOT / "README.md").read_text(encoding="utf-8")
EDITORS = README[README.index("## For editors") : README.index("## How well it works")]


@pytest.mark.parametrize("rule_id", sorted(REGISTRY), ids=sorted(REGISTRY))
def test_every_rule_is_in_the_editors_table_with_its_severity(rule_id):
    row = re.search(rf"^\| {rule_id} \| (\w+) \|(.+)\|(.+)\|$", EDITORS, re.MULTILINE)
    assert row is not None, rule_id
    assert row.group(1) == REGISTRY[rule_id].severity


def test_the_table_lists_no_rule_that_does_not_exist():
    assert set(re.findall(r"^\| (QC\d{3}) \|", EDITORS, re.MULTILINE)) == set(REGISTRY)


def _block(language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)```", EDITORS, re.DOTALL)
    assert match is not None, language
    return match.group(1)


def test_the_toml_example_is_a_valid_configuration():
    config = from_mapping(tomllib.loads(_block("toml")), where="README")
    assert config.primary_sources and config.fail_on == "warning"


def test_the_ini_example_is_a_valid_configuration():
    parser = configparser.ConfigParser()
    parser.read_string(_block("ini"))
    config = from_mapping(dict(parser.items("quotecheck")), where="README")
    assert config.primary_sources == ("Reuters", "Associated Press") and config.fail_on == "warning"
