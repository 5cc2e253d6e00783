"""Shared fixtures: one spaCy pipeline per test session, and the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "global-times-5g.txt"


@pytest.fixture(scope="session")
def nlp():
    from quotecheck.models import load_model

    return load_model()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
