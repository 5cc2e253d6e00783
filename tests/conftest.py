"""Shared fixtures: one spaCy pipeline and one Spark session per test session, the command run
in-process, the sample articles."""

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


@pytest.fixture()
def run(nlp):
    """The ``quotecheck`` command, run in-process: ``run("--format", "json", path)``; paths and
    other values are passed as strings."""
    from click.testing import CliRunner

    from quotecheck.cli import main

    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def spark():
    """One local Spark session (two cores) for every Spark test; skipped without PySpark."""
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[test,spark]')")
    import os
    import sys

    from pyspark.sql import SparkSession

    # Workers run this interpreter, so they import this checkout's quotecheck and its model.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("quotecheck-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
