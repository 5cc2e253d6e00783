"""Configuration files: discovery from the current directory upwards, formats, precedence, errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quotecheck.config import Config, find, load
from quotecheck.errors import ConfigError

TOML_TOP = 'publisher = "Daily Ledger"\nprimary_sources = ["Reuters", "Associated Press"]\nignore = ["QC303"]\nfail_on = "warning"\n'
TOML_TABLE = '[quotecheck]\npublisher = "Daily Ledger"\nprimary-sources = ["Reuters"]\nrules = "QC1*, QC4*"\n'
PYPROJECT = '[project]\nname = "x"\n\n[tool.quotecheck]\nprimary_sources = ["Reuters"]\nfail_on = "info"\n'
SETUP_CFG = "[metadata]\nname = x\n\n[quotecheck]\npublisher = Coastal Herald\nprimary_sources =\n    Reuters\n    Associated Press\nignore = QC301, QC303\nfail-on = never\n"


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("quotecheck.toml", TOML_TOP, Config("Daily Ledger", ("Reuters", "Associated Press"), (), ("QC303",), "warning"), id="toml-top-level"),
        pytest.param("quotecheck.toml", TOML_TABLE, Config("Daily Ledger", ("Reuters",), ("QC1*", "QC4*"), (), "error"), id="toml-table"),
        pytest.param("pyproject.toml", PYPROJECT, Config(None, ("Reuters",), (), (), "info"), id="pyproject"),
        pytest.param("setup.cfg", SETUP_CFG, Config("Coastal Herald", ("Reuters", "Associated Press"), (), ("QC301", "QC303"), "never"), id="setup-cfg"),
    ],
)
def test_formats(tmp_path, name, text, expected):
    path = write(tmp_path, name, text)
    assert load(start=tmp_path) == replace(expected, path=str(path.resolve()))


def test_nothing_found_gives_defaults(tmp_path):
    assert load(start=tmp_path) == Config()
    assert Config().fail_on == "error"


def test_discovery_walks_up_to_the_nearest(tmp_path):
    write(tmp_path, "quotecheck.toml", 'publisher = "Parent"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert load(start=deep).publisher == "Parent"
    write(tmp_path / "a", "setup.cfg", "[quotecheck]\npublisher = Child\n")
    assert load(start=deep).publisher == "Child"


def test_files_without_a_quotecheck_section_are_passed_over(tmp_path):
    write(tmp_path, "setup.cfg", "[quotecheck]\npublisher = Found\n")
    child = tmp_path / "child"
    write(child, "pyproject.toml", '[project]\nname = "x"\n')
    write(child, "setup.cfg", "[flake8]\nmax-line-length = 100\n")
    assert find(child) == tmp_path / "setup.cfg"
    assert load(start=child).publisher == "Found"


def test_order_within_a_directory(tmp_path):
    write(tmp_path, "setup.cfg", "[quotecheck]\npublisher = From setup.cfg\n")
    assert load(start=tmp_path).publisher == "From setup.cfg"
    write(tmp_path, "pyproject.toml", '[tool.quotecheck]\npublisher = "From pyproject"\n')
    assert load(start=tmp_path).publisher == "From pyproject"
    write(tmp_path, "quotecheck.toml", 'publisher = "From quotecheck.toml"\n')
    assert load(start=tmp_path).publisher == "From quotecheck.toml"


def test_an_empty_quotecheck_toml_still_counts(tmp_path):
    write(tmp_path, "setup.cfg", "[quotecheck]\npublisher = Parent\n")
    write(tmp_path / "child", "quotecheck.toml", "")
    assert load(start=tmp_path / "child").publisher is None


def test_explicit_path_wins_over_discovery(tmp_path):
    write(tmp_path, "quotecheck.toml", 'publisher = "Discovered"\n')
    explicit = write(tmp_path / "elsewhere", "newsroom.ini", "[quotecheck]\npublisher = Explicit\n")
    assert load(explicit, start=tmp_path).publisher == "Explicit"


def test_command_line_overrides_the_file():
    config = Config("Daily Ledger", ("Reuters",), ("QC1",), ("QC303",), "warning", "x.toml")
    assert config.override(publisher=None, rules=None, ignore=None, fail_on=None) == config
    changed = config.override(publisher="Valley Courier", rules=["QC4*"], ignore=[], fail_on="NEVER")
    assert (changed.publisher, changed.rules, changed.ignore, changed.fail_on) == ("Valley Courier", ("QC4*",), (), "never")
    assert changed.primary_sources == ("Reuters",)


@pytest.mark.parametrize(
    "name, text, message",
    [
        pytest.param("quotecheck.toml", 'publisher = "x\n', "not valid TOML", id="bad-toml"),
        pytest.param("quotecheck.toml", "primary_source = ['Reuters']\n", "unknown key 'primary_source'", id="unknown-key"),
        pytest.param("quotecheck.toml", 'fail_on = "fatal"\n', "fail_on must be one of", id="bad-fail-on"),
        pytest.param("quotecheck.toml", "primary_sources = [1, 2]\n", "must be a list of strings", id="bad-list"),
        pytest.param("quotecheck.toml", "publisher = 3\n", "publisher must be a non-empty string", id="bad-publisher"),
        pytest.param("quotecheck.toml", '[quotecheck]\npublisher = "a"\n\n[other]\nx = 1\n', "outside the [quotecheck] table", id="mixed-top-and-table"),
        pytest.param("setup.cfg", "[quotecheck\npublisher = x\n", "not a valid INI file", id="bad-ini"),
        pytest.param("setup.cfg", "[quotecheck]\nfail_on = sometimes\n", "fail_on must be one of", id="ini-bad-fail-on"),
    ],
)
def test_bad_files_are_one_line_config_errors(tmp_path, name, text, message):
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as info:
        load(path)
    assert message in info.value.message and str(path) in info.value.message
    assert "\n" not in info.value.message


@pytest.mark.parametrize(
    "make, message",
    [
        pytest.param(lambda d: d / "missing.toml", "no such configuration file", id="missing"),
        pytest.param(lambda d: d, "is a directory", id="directory"),
        pytest.param(lambda d: write(d, "setup.cfg", "[flake8]\nx = 1\n"), "no [quotecheck] section", id="ini-without-section"),
        pytest.param(lambda d: write(d, "pyproject.toml", '[project]\nname = "x"\n'), "no [tool.quotecheck] table", id="pyproject-without-table"),
    ],
)
def test_explicit_path_must_hold_settings(tmp_path, make, message):
    with pytest.raises(ConfigError) as info:
        load(make(tmp_path))
    assert message in info.value.message
