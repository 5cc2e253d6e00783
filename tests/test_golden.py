"""Golden tests over samples/: every sample's quotes, speakers, chains and labels.

Each ``samples/NAME.txt`` has ``samples/NAME.expected.json``: the quotes a fact-checker should
get, in order, each found by the first words of its content. The match is strict both ways: no
expected quote may be missing and no unexpected quote may appear.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.pipeline import analyze
from quotecheck.schema import validate

from .conftest import SAMPLES

CASES = sorted(p for p in SAMPLES.glob("*.txt") if (p.with_suffix(".expected.json")).exists())


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
    report = analyze(text, nlp=nlp)

    assert (report.publisher.name if report.publisher else None) == expected["publisher"]
    assert len(report.unbalanced) == expected["unbalanced"]
    assert [{"text": t.span.text.strip('"“”‘’«»„'), "kind": t.kind} for t in report.terms] == expected["terms"]

    assert len(report.quotes) == len(expected["quotes"]), [q.content[0].text[:40] for q in report.quotes]
    for quote, want in zip(report.quotes, expected["quotes"]):
        assert want["text"] in quote.content[0].text, (want["text"], quote.content[0].text)
        got = _summary(quote)
        assert got == {k: v for k, v in want.items() if k != "text"}, want["text"]
    validate(report.to_dict(include_text=True))


def test_samples_cover_every_sample_file():
    txt = {p.stem for p in SAMPLES.glob("*.txt") if not p.stem.endswith(".original")}
    assert txt == {p.stem for p in CASES}
