"""Articles per second on Spark beside the single-process CLI, all in one run on one input.

    python benchmarks/spark_throughput.py [--repeat 10] [--rounds 2] [--only processes|methods] [--json FILE]

1. Whole processes, as a user runs them: ``quotecheck batch.jsonl`` (single process) and
   ``quotecheck spark batch.jsonl OUT --master local[1]`` and ``local[2]``, each timed from start
   to exit (JVM start and model loads included), taking turns over ``--rounds`` rounds. Figures
   are reported as ratios to the single process, because these machines are shared and noisy: a
   lone time means little, a ratio measured side by side does.
2. How the executors are driven, in one warm ``local[2]`` session (workers already hold the
   model): ``mapInArrow`` (what ``quotecheck.spark`` uses), ``mapInPandas`` and
   ``rdd.mapPartitions``, all over the same records and the same ``rows.analyze_records``, each
   forced to completion with Spark's ``noop`` sink; and ``mapInArrow`` once more without
   ``quotecheck.spark.job.WORKER_ENVIRONMENT``, i.e. with pyarrow's jemalloc background thread in
   the worker. Ratios to ``mapInArrow``.

The input is the texts of ../shared/eval/polnear-test.jsonl when it is there (else the sample
articles), repeated ``--repeat`` times under new ids, written to a temporary directory: those
texts are never committed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-test.jsonl"


def texts() -> tuple[str, list[str]]:
    if POLNEAR.exists():
        with POLNEAR.open(encoding="utf-8") as handle:
            return POLNEAR.name, [json.loads(line)["text"] for line in handle if line.strip()]
    return "samples/*.txt", [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]


def write_batch(path: Path, items: list[str], repeat: int) -> int:
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for number, text in enumerate(items):
                handle.write(json.dumps({"id": f"{number}-{copy}", "text": text}, ensure_ascii=False) + "\n")
    return len(items) * repeat


def timed(command: list[str], *, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - start
    # quotecheck batch.jsonl exits 2 only for unreadable records; there are none here.
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def whole_processes(batch: Path, work: Path, rounds: int) -> dict[str, list[float]]:
    quotecheck = [sys.executable, "-m", "quotecheck"]
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    # Spark gives its Python workers OMP_NUM_THREADS=1 (one per task core); a single process
    # with the same setting shows how much of the difference that alone makes.
    one_thread = dict(env, OMP_NUM_THREADS="1")
    runs: dict[str, Callable[[], float]] = {
        "single process (quotecheck batch.jsonl)": lambda: timed([*quotecheck, str(batch)], env=env),
        "single process, OMP_NUM_THREADS=1": lambda: timed([*quotecheck, str(batch)], env=one_thread),
    }
    for cores in (1, 2):
        out = work / f"out-{cores}"

        def spark(cores: int = cores, out: Path = out) -> float:
            shutil.rmtree(out, ignore_errors=True)
            return timed([*quotecheck, "spark", str(batch), str(out), "--master", f"local[{cores}]"], env=env)

        runs[f"Spark local[{cores}] (quotecheck spark)"] = spark
    return take_turns(runs, rounds)


def take_turns(runs: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Each run once per round, starting one further along each round, so that a machine that
    gets busier or quieter during the benchmark does not favour whichever runs first."""
    names = list(runs)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(runs[name]())
    return times


# ------------------------------------------------------------------------------------------
# mapInArrow against mapInPandas and rdd.mapPartitions
# ------------------------------------------------------------------------------------------


def _pandas_function(options: Any) -> Callable[[Iterator[Any]], Iterator[Any]]:
    def analyze(frames: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from quotecheck.spark import REPORT, rows

        def records() -> Iterator[tuple[Any, ...]]:
            for frame in frames:
                yield from zip(frame["doc_id"], frame["text"], frame["publisher"], frame["error"])

        for window in rows.analyze_records(records(), options=options):
            yield pd.DataFrame(window, columns=REPORT.fieldNames())

    return analyze


def _rdd_function(options: Any) -> Callable[[Iterator[Any]], Iterator[dict[str, Any]]]:
    def analyze(items: Iterator[Any]) -> Iterator[dict[str, Any]]:
        from quotecheck.spark import rows

        records = ((r.doc_id, r.text, r.publisher, r.error) for r in items)
        for window in rows.analyze_records(records, options=options):
            yield from window

    return analyze


def methods(batch: Path, rounds: int) -> dict[str, list[float]]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from quotecheck.spark import REPORT, extract, read_jsonl, rows
    from quotecheck.spark.job import WORKER_ENVIRONMENT

    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(rows.WINDOW))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        # The records once, cached, in two partitions: each method reads the same rows.
        records = read_jsonl(spark, str(batch)).repartition(2).cache()
        records.count()
        options = rows.Options()
        environment = spark.sparkContext.environment
        environment.update(WORKER_ENVIRONMENT)

        def untuned() -> Any:
            # A function's workers get the environment as it is when the function is created.
            saved = {name: environment.pop(name) for name in WORKER_ENVIRONMENT}
            try:
                return records.mapInArrow(rows.arrow_worker(options), REPORT)
            finally:
                environment.update(saved)

        runs: dict[str, Callable[[], Any]] = {
            "mapInArrow (quotecheck.spark)": lambda: extract(
                records, id_col="doc_id", publisher_col="publisher", error_col="error", persist=False
            ).reports,
            "mapInPandas": lambda: records.mapInPandas(_pandas_function(options), REPORT),
            "rdd.mapPartitions": lambda: spark.createDataFrame(records.rdd.mapPartitions(_rdd_function(options)), REPORT),
            "mapInArrow, PySpark's worker environment (jemalloc thread)": untuned,
        }
        def timed_job(make: Callable[[], Any]) -> float:
            start = time.perf_counter()
            make().write.format("noop").mode("overwrite").save()
            return time.perf_counter() - start

        # Warm-up: every Python worker loads its model before anything is timed.
        timed_job(next(iter(runs.values())))
        return take_turns({name: partial(timed_job, make) for name, make in runs.items()}, rounds)
    finally:
        spark.stop()


def table(title: str, times: dict[str, list[float]], articles: int) -> str:
    """Articles per second and ratios from each run's best round (other users slow a run down,
    never speed it up), with the median beside them to show how noisy the rounds were."""
    best_base = min(next(iter(times.values())))
    median_base = statistics.median(next(iter(times.values())))
    lines = [
        f"**{title}**",
        "",
        "| run | articles/s (best) | ratio (best) | ratio (median) |",
        "|---|---:|---:|---:|",
    ]
    for name, values in times.items():
        best, median = min(values), statistics.median(values)
        lines.append(f"| {name} | {articles / best:.1f} | {best_base / best:.2f} | {median_base / median:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of the input texts (default 10)")
    parser.add_argument("--rounds", type=int, default=2, help="turns each run takes (default 2; medians reported)")
    parser.add_argument("--only", choices=("processes", "methods"), default=None, help="run one of the two parts")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw times here")
    args = parser.parse_args()

    name, items = texts()
    with tempfile.TemporaryDirectory(prefix="quotecheck-bench-") as tmp:
        work = Path(tmp)
        batch = work / "batch.jsonl"
        articles = write_batch(batch, items, args.repeat)
        chars = sum(len(t) for t in items) / len(items)
        print(f"input: {articles} articles ({name} x {args.repeat}, {chars:,.0f} characters on average); "
              f"{os.cpu_count()} cores; {args.rounds} rounds\n")
        results: dict[str, Any] = {"articles": articles}
        if args.only in (None, "processes"):
            results["whole_processes"] = whole_processes(batch, work, args.rounds)
            print(table("Whole processes (ratio to the single process)", results["whole_processes"], articles), "\n")
        if args.only in (None, "methods"):
            results["methods"] = methods(batch, args.rounds)
            print(table("Driving the executors, warm local[2] session (ratio to mapInArrow)", results["methods"], articles))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
