"""Scaling: CPU time per kB of one long article at two sizes, measured side by side.

The long article is the repository's samples/ laid end to end, each copy with its speakers
renamed (a newsroom's live blog or a long transcript: many quotes, many speakers, names that
recur). Both sizes are analysed by turns (small, large, small, large ...), each figure the
median of its repeats; the result is the ratio of the time per kB at the larger size to that at
the smaller. 1.0 is linear; a step that pairs every quote with every other shows as a ratio
near the size ratio.

    python benchmarks/scaling.py [--sizes 100000 200000] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's quotecheck, whatever is installed
SAMPLES = ROOT / "samples"

# Invented names for the copies: name k gets a surname built from two syllable lists (144
# distinct surnames before any repeats) and a first name from FIRST.
FIRST = ["Ada", "Bram", "Cleo", "Dario", "Elin", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Luca"]
SYL_A = ["Var", "Bel", "Kor", "Dan", "Mir", "Tal", "Os", "Ren", "Sol", "Hal", "Ves", "Lun"]
SYL_B = ["ova", "ani", "ström", "ello", "ardi", "ek", "umbe", "ine", "oto", "away", "ski", "ado"]


def _speakers(sample: Path) -> list[str]:
    """The two-word person names of a sample's expected report ("Adaeze Okafor")."""
    expected = json.loads(sample.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))
    names = {q.get("speaker_name") for q in expected["quotes"] if q.get("speaker_kind") == "person"}
    return sorted(n for n in names if n and len(n.split()) == 2)


def _renamed(text: str, names: list[str], copy: int) -> str:
    """The sample with each person's full name and surname replaced by copy-specific ones."""
    for i, name in enumerate(names):
        k = copy * len(names) + i
        first, surname = FIRST[(k * 5) % 12], SYL_A[k % 12] + SYL_B[(k // 12) % 12]
        old_first, old_surname = name.split()
        text = text.replace(name, f"{first} {surname}").replace(old_surname, surname)
        text = text.replace(old_first, first)
    return text


def long_article(size: int) -> str:
    """An article of about `size` characters made of renamed copies of the samples."""
    samples = sorted(p for p in SAMPLES.glob("*.txt") if ".original" not in p.name)
    parts, total, copy = [], 0, 0
    while total < size:
        for sample in samples:
            text = _renamed(sample.read_text(encoding="utf-8"), _speakers(sample), copy)
            parts.append(text.strip())
            total += len(text) + 2
        copy += 1
    return "\n\n".join(parts)[:size]


def cpu_seconds(text: str, nlp) -> float:
    """CPU time of one `analyze` call (the model already loaded)."""
    from quotecheck import analyze

    start = time.process_time()
    analyze(text, nlp=nlp)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100_000, 200_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the larger size instead")
    args = parser.parse_args()

    from quotecheck import load_model

    nlp = load_model()
    small, large = (long_article(n) for n in args.sizes)
    if args.profile:
        import cProfile
        import pstats

        from quotecheck import analyze

        profiler = cProfile.Profile()
        profiler.runcall(analyze, large, nlp=nlp)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return
    cpu_seconds(small[:20_000], nlp)  # warm-up: first calls load lexicons and caches
    times: dict[int, list[float]] = {len(small): [], len(large): []}
    for _ in range(args.repeat):
        for text in (small, large):
            times[len(text)].append(cpu_seconds(text, nlp))
    per_kb = {n: statistics.median(t) / (n / 1000) for n, t in times.items()}
    print("| characters | CPU s (median) | CPU ms per kB |")
    print("|---|---|---|")
    for n, t in times.items():
        print(f"| {n:,} | {statistics.median(t):.2f} | {per_kb[n] * 1000:.1f} |")
    ratio = per_kb[len(large)] / per_kb[len(small)]
    print(f"\ntime per kB, {len(large) / len(small):.0f}x the text: {ratio:.2f}x (1.00 is linear)")


if __name__ == "__main__":
    main()
