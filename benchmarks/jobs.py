"""--jobs: one process against N worker processes on the same batch, whole processes.

    python benchmarks/jobs.py [--gold PATH] [--jobs 2] [--repeat 3] [--copies 3]
"""

from __future__ import annotations

import argparse

from _bench import DEFAULT_GOLD, PYTHON, interleaved, temp_dir, texts_from_gold, write_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=3, help="the gold texts repeated, for a longer batch")
    args = parser.parse_args()

    records = [(f"{rid}-{n}", text) for n in range(args.copies) for rid, text in texts_from_gold(args.gold)]
    with temp_dir() as tmp:
        batch = write_batch(records, tmp)
        base = [PYTHON, "-m", "quotecheck", "--format", "jsonl", "--fail-on", "never", "--quiet"]
        commands = {
            "--jobs 1": base + ["--jobs", "1", str(batch)],
            f"--jobs {args.jobs}": base + ["--jobs", str(args.jobs), str(batch)],
        }
        times = interleaved(commands, repeat=args.repeat)
    n = len(records)
    print(f"{n} articles, median of {args.repeat} interleaved runs, whole process\n")
    print("| command | articles/s | ratio to one process |")
    print("|---|---|---|")
    for name, seconds in times.items():
        print(f"| quotecheck {name} | {n / seconds:.1f} | {times['--jobs 1'] / seconds:.2f} |")


if __name__ == "__main__":
    main()
