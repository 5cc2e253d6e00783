"""Shared helpers for the benchmark scripts: side-by-side, interleaved timing of whole commands.

These machines are shared and noisy, so a figure is always a ratio of two commands timed in the
same run, alternating (A B A B ...), each the median of its repeats; never a lone time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-test.jsonl"
PYTHON = sys.executable


def texts_from_gold(path: Path) -> list[tuple[str, str]]:
    """(id, text) of every article of a gold file. The texts stay outside the repository."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                out.append((str(record["id"]), record["text"]))
    return out


def write_batch(records: Iterable[tuple[str, str]], directory: str) -> Path:
    path = Path(directory) / "batch.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for rid, text in records:
            handle.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
    return path


def run(cmd: Sequence[str], *, stdin: Path | None = None) -> float:
    """Wall time of one whole process (start-up included); raises if it fails."""
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        handle = open(stdin, "rb") if stdin else None
        try:
            done = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, stdin=handle)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(cmd[:4])} ... failed ({done.returncode}): {done.stderr.decode(errors='replace').strip()[-500:]}")
        finally:
            if handle:
                handle.close()
    return time.perf_counter() - start


def interleaved(commands: dict[str, Sequence[str]], *, repeat: int, warmup: bool = True) -> dict[str, float]:
    """Median wall time per command, the commands alternating in each round."""
    if warmup:  # fill the page cache for every command once
        for cmd in commands.values():
            run(cmd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            times[name].append(run(cmd))
    return {name: statistics.median(values) for name, values in times.items()}


def temp_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="quotecheck-bench-")
