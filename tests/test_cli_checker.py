"""The command line of the citation checker: --fail-on, --rules, --ignore, --source, --config."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotecheck.cli import main
from quotecheck.rules import REGISTRY
from quotecheck.schema import validate

# One second-hand quote (QC101, a warning) and one direct quote to check against a source.
ARTICLE = 'Prices will fall by spring, Varga told the BBC.\n\n"We are ready when they are," Varga said.\n'


@pytest.fixture()
def run(nlp, tmp_path, monkeypatch):
    # Run where no configuration file can be discovered unless a test writes one.
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def _rules(result) -> list[str]:
    data = json.loads(result.stdout)
    validate(data)
    reports = data if isinstance(data, list) else [data]
    return [f["rule"] for report in reports for f in report["findings"]]


@pytest.mark.parametrize(
    "options, code, kept",
    [
        pytest.param((), 0, ["QC101"], id="default-error"),
        pytest.param(("--fail-on", "error"), 0, ["QC101"], id="error"),
        pytest.param(("--fail-on", "warning"), 1, ["QC101"], id="warning"),
        pytest.param(("--fail-on", "INFO"), 1, ["QC101"], id="info-any-case"),
        pytest.param(("--fail-on", "never"), 0, ["QC101"], id="never"),
        pytest.param(("--fail-on", "warning", "--ignore", "QC101"), 0, [], id="ignored"),
        pytest.param(("--fail-on", "warning", "--rules", "QC2*,QC3*"), 0, [], id="not-selected"),
        pytest.param(("--fail-on", "warning", "--rules", "QC1"), 1, ["QC101"], id="selected"),
        pytest.param(("--fail-on", "warning", "--rules", "QC2", "--rules", "QC101"), 1, ["QC101"], id="repeated-option"),
    ],
)
def test_fail_on_and_selection_decide_the_exit_code(run, article, options, code, kept):
    result = run("--publisher", "Daily Ledger", "--format", "json", *options, article)
    assert result.exit_code == code, result.output
    assert _rules(result) == kept


def test_findings_are_in_the_json_with_their_quote_and_span(run, article):
    result = run("--publisher", "Daily Ledger", "--format", "json", article)
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding == {
        "rule": "QC101",
        "severity": "warning",
        "message": "Second-hand: these words reached the article through the BBC (outlet).",
        "suggestion": "Cite the BBC by name, e.g. '..., Varga told the BBC.', or get the words from Varga first-hand.",
        "quote": "q1",
        "span": {"start": ARTICLE.index("the BBC"), "end": ARTICLE.index("the BBC") + 7, "text": "the BBC"},
    }


def test_findings_show_under_their_quote_in_the_terminal(run, article):
    result = run("--publisher", "Daily Ledger", article)
    assert result.exit_code == 0
    out = result.output
    assert "1 finding (1 warning)" in out
    assert out.index("q1 indirect") < out.index("QC101") < out.index("q2 direct")
    assert "Varga → told BBC → Daily Ledger" in out


@pytest.mark.parametrize(
    "option", [("--rules", "QC999"), ("--ignore", "QC9*")], ids=["rules", "ignore"]
)
def test_unknown_rule_is_a_one_line_usage_error(run, article, option):
    result = run(*option, article)
    assert result.exit_code == 2
    assert "unknown rule" in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_bad_fail_on_is_a_usage_error(run, article):
    result = run("--fail-on", "fatal", article)
    assert result.exit_code == 2 and "Traceback" not in result.output


# ------------------------------------------------------------------------------------------
# --source
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "original, rules_found, code",
    [
        pytest.param("VARGA: We are ready when they are. Prices will fall.", [], 0, id="exact"),
        pytest.param("VARGA: We are “ready” when THEY are.", [], 0, id="case-and-curly"),
        pytest.param("VARGA: We are ready when you are.", ["QC402"], 0, id="changed-is-a-warning"),
        pytest.param("VARGA: The pipeline will reopen in May.", ["QC401"], 1, id="absent-is-an-error"),
    ],
)
def test_source(run, article, tmp_path, original, rules_found, code):
    source = tmp_path / "transcript.txt"
    source.write_text(original, encoding="utf-8")
    result = run("--format", "json", "--rules", "QC4", "--source", str(source), article)
    assert result.exit_code == code
    assert _rules(result) == rules_found


def test_changed_quote_message_has_the_diff(run, article, tmp_path):
    source = tmp_path / "transcript.txt"
    source.write_text("VARGA: We are ready when you are.", encoding="utf-8")
    result = run("--format", "json", "--source", str(source), article)
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "QC402"]
    assert "when [-you-] {+they+} are" in finding["message"]
    assert finding["quote"] == "q2" and finding["span"]["text"] == '"We are ready when they are,"'


def test_one_source_checks_every_article(run, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text('"We are ready when they are," Varga said again.\n', encoding="utf-8")
    source = tmp_path / "transcript.txt"
    source.write_text("VARGA: Nothing like it.", encoding="utf-8")
    result = run("--format", "json", "--rules", "QC401", "--source", str(source), article, str(other))
    assert result.exit_code == 1
    assert _rules(result) == ["QC401", "QC401"]


@pytest.mark.parametrize(
    "make, message",
    [
        pytest.param(lambda d: d / "missing.txt", "No such file", id="missing"),
        pytest.param(lambda d: d, "is a directory", id="directory"),
        pytest.param(lambda d: (d / "empty.txt", (d / "empty.txt").write_bytes(b""))[0], "empty input", id="empty"),
    ],
)
def test_unreadable_source_is_exit_2_in_one_line(run, article, tmp_path, make, message):
    result = run("--source", str(make(tmp_path)), article)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output and result.stdout == ""


def test_unreadable_input_wins_over_findings(run, article, tmp_path):
    result = run("--fail-on", "info", "--publisher", "Daily Ledger", article, str(tmp_path / "missing.txt"))
    assert result.exit_code == 2


# ------------------------------------------------------------------------------------------
# --config and discovered configuration
# ------------------------------------------------------------------------------------------


def test_config_primary_sources_silence_second_hand(run, article, tmp_path):
    config = tmp_path / "newsroom.toml"
    config.write_text('[quotecheck]\nprimary_sources = ["BBC"]\nfail_on = "warning"\n', encoding="utf-8")
    result = run("--publisher", "Daily Ledger", "--format", "json", "--config", str(config), article)
    assert result.exit_code == 0 and _rules(result) == []


def test_discovered_config_applies_and_the_command_line_overrides_it(run, article, tmp_path):
    (tmp_path / "quotecheck.toml").write_text('publisher = "Daily Ledger"\nfail_on = "warning"\n', encoding="utf-8")
    result = run("--format", "json", article)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["publisher"] == {"name": "Daily Ledger", "source": "config", "span": None}
    assert run("--fail-on", "error", article).exit_code == 0
    overridden = run("--format", "json", "--publisher", "BBC", article)
    assert json.loads(overridden.stdout)["publisher"]["source"] == "option"
    assert _rules(overridden) == []  # told the BBC, in the BBC: first-hand


def test_setup_cfg_section_is_read(run, article, tmp_path):
    (tmp_path / "setup.cfg").write_text("[quotecheck]\npublisher = Daily Ledger\nignore = QC101\nfail-on = warning\n", encoding="utf-8")
    result = run("--format", "json", article)
    assert result.exit_code == 0 and _rules(result) == []
    assert run("--format", "json", "--ignore", "QC2", article).exit_code == 1


@pytest.mark.parametrize(
    "name, text, message",
    [
        pytest.param("quotecheck.toml", "fail_on = [\n", "not valid TOML", id="bad-toml"),
        pytest.param("quotecheck.toml", "colour = 'red'\n", "unknown key 'colour'", id="unknown-key"),
        pytest.param("setup.cfg", "[quotecheck]\nrules = QC999\n", "unknown rule", id="unknown-rule"),
    ],
)
def test_bad_discovered_config_is_exit_2_in_one_line(run, article, tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(article)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_missing_explicit_config_is_exit_2(run, article, tmp_path):
    result = run("--config", str(tmp_path / "nope.toml"), article)
    assert result.exit_code == 2 and "no such configuration file" in result.stderr


# ------------------------------------------------------------------------------------------
# quotecheck rules
# ------------------------------------------------------------------------------------------


def test_rules_lists_every_rule_with_its_help(run):
    result = run("rules")
    assert result.exit_code == 0
    for rule in REGISTRY.values():
        assert rule.id in result.output and rule.severity in result.output
    assert "What to do" in result.output


def test_rules_lists_the_ones_named(run):
    result = run("rules", "QC4")
    assert result.exit_code == 0
    assert "QC401" in result.output and "QC402" in result.output and "QC101" not in result.output


def test_rules_rejects_an_unknown_id(run):
    result = run("rules", "QC999")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
