"""Golden tests over samples/: every sample's quotes, speakers, chains, labels and findings.

Each ``samples/NAME.txt`` has ``samples/NAME.expected.json``: the quotes a fact-checker should
get, in order, each found by the first words of its content, and the findings an editor should
see, in text order, each by its rule, the first words of its quote (``null`` for a finding about
the article) and the text of its span. The match is strict both ways: nothing expected may be
missing and nothing unexpected may appear. A sample with ``samples/NAME.original.txt`` is checked
against that original, as ``--source`` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.fidelity import read_original
from quotecheck.pipeline import analyze
from quotecheck.rules import REGISTRY, Settings, review
from quotecheck.schema import validate

from .conftest import SAMPLES, SEED

CASES = sorted(p for p in SAMPLES.glob("*.txt") if (p.with_suffix(".expected.json")).exists())


def _original(path: Path) -> Path:
    return path.with_name(f"{path.stem}.original.txt")


def _settings(path: Path) -> Settings:
    original = _original(path)
    return Settings(original=read_original(str(original))) if original.exists() else Settings()


def _summary(quote) -> dict:
    return {
        "type": quote.type,
        "speaker_name": quote.speaker_name or (quote.speaker.text if quote.speaker else None),
        "speaker_kind": quote.speaker_kind,
        "resolution": quote.resolution,
        "cue": quote.cue.text if quote.cue else None,
        "parts": len(quote.content),
        "via": [hop.name for hop in quote.via],
        "recipient": quote.recipient.name if quote.recipient else None,
    }


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_sample(path: Path, nlp):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    report = review(analyze(text, nlp=nlp), settings=_settings(path))

    assert (report.publisher.name if report.publisher else None) == expected["publisher"]
    assert len(report.unbalanced) == expected["unbalanced"]
    assert [{"text": t.span.text.strip('"“”‘’«»„'), "kind": t.kind} for t in report.terms] == expected["terms"]

    assert len(report.quotes) == len(expected["quotes"]), [q.content[0].text[:40] for q in report.quotes]
    for quote, want in zip(report.quotes, expected["quotes"]):
        assert want["text"] in quote.content[0].text, (want["text"], quote.content[0].text)
        got = _summary(quote)
        assert got == {k: v for k, v in want.items() if k != "text"}, want["text"]

    for finding in report.findings:
        assert "\n" not in finding.message + finding.suggestion, finding
    got_findings = [(f.rule, f.span.text if f.span else None) for f in report.findings]
    assert got_findings == [(w["rule"], w["span"]) for w in expected["findings"]]
    for finding, want in zip(report.findings, expected["findings"]):
        if want["quote_text"] is None:
            assert finding.quote is None, finding
        else:
            assert want["quote_text"] in report.quote(finding.quote).content[0].text, (want, finding)
    validate(report.to_dict(include_text=True))


def test_every_rule_fires_in_some_sample():
    fired = set()
    for path in CASES:
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        fired |= {f["rule"] for f in expected["findings"]}
    assert fired == set(REGISTRY)


def test_some_sample_has_an_original():
    assert any(_original(p).exists() for p in CASES)


def _by_text(report, piece):
    matches = [q for q in report.quotes if any(piece in part.text for part in q.content)]
    assert matches, f"no quote contains {piece!r}"
    return matches[0]


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_seed_findings(nlp):
    report = analyze(SEED.read_text(encoding="utf-8"), nlp=nlp)
    assert report.publisher.name == "Global Times"
    rules_of = {}
    for finding in report.findings:
        rules_of.setdefault(finding.quote, set()).add(finding.rule)

    lavrov = _by_text(report, "ready to cooperate")
    example = _by_text(report, "following the example")
    for quote, outlet in ((lavrov, "Interfax"), (example, "Sputnik News")):
        (second_hand,) = [f for f in report.findings if f.quote == quote.id and f.rule == "QC101"]
        assert outlet in second_hand.message and outlet in second_hand.span.text
        assert "QC102" not in rules_of[quote.id]

    for piece in ("inevitable that China and Russia", "Breaking down the blockade"):
        ma = _by_text(report, piece)
        assert ma.speaker_name == "Ma Jihua"
        assert "QC101" not in rules_of.get(ma.id, set())

    observers = _by_text(report, "long-term war")
    assert "QC201" in rules_of[observers.id]

    (scare,) = [f for f in report.findings if f.rule == "QC301"]
    assert scare.span.text.strip("“”") == "Russian interference"
    assert "so-called" in scare.message


def test_samples_cover_every_sample_file():
    txt = {p.stem for p in SAMPLES.glob("*.txt") if not p.stem.endswith(".original")}
    assert txt == {p.stem for p in CASES}


def test_sample_checked_against_its_original_from_the_command_line(nlp, samples_dir):
    from click.testing import CliRunner

    from quotecheck.cli import main

    article = samples_dir / "tram-hearing.txt"
    original = samples_dir / "tram-hearing.original.txt"
    result = CliRunner().invoke(main, ["--format", "json", "--rules", "QC4", "--source", str(original), str(article)], catch_exceptions=False)
    assert result.exit_code == 1  # QC401 is an error, and --fail-on defaults to error
    findings = {f["rule"]: f for f in json.loads(result.stdout)["findings"]}
    assert set(findings) == {"QC401", "QC402"}
    assert "absorbed the [-higher price-] {+extra cost+} of the" in findings["QC402"]["message"]
    assert '"already absorbed the higher price of the steel"' in findings["QC402"]["suggestion"]
    assert "before the summer holidays, as promised" in findings["QC401"]["message"]
    # Without the original, the same article has no fidelity findings at all.
    plain = CliRunner().invoke(main, ["--format", "json", "--rules", "QC4", str(article)], catch_exceptions=False)
    assert plain.exit_code == 0 and json.loads(plain.stdout)["findings"] == []
