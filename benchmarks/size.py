"""Size: one article of several million characters, and long runs of quotation marks.

Time must grow linearly: each size's time is shown as a ratio to the smallest, beside the
ratio of the sizes. The mark scanner is measured on its own over runs of marks of every kind.

    python benchmarks/size.py [--sizes 500000 1000000 2000000 4000000]
"""

from __future__ import annotations

import argparse
import time

PARAGRAPH = (
    '"The harbour will reopen on Monday," said Adaeze Okafor, general secretary of the union. '
    "She told reporters that the talks had gone well. Shipping agents warned that cargo could "
    "be stranded, according to people familiar with the schedules. "
)
MARKS = "\"'“”‘’«»„‚‹›「」''``"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500_000, 1_000_000, 2_000_000, 4_000_000])
    args = parser.parse_args()

    from quotecheck import analyze, load_model
    from quotecheck.marks import scan

    nlp = load_model()
    print("| characters | size ratio | time ratio | quotes |")
    print("|---|---|---|---|")
    first = None
    for size in args.sizes:
        text = "\n\n".join([PARAGRAPH] * (size // (len(PARAGRAPH) + 2) + 1))[:size]
        start = time.perf_counter()
        report = analyze(text, nlp=nlp)
        seconds = time.perf_counter() - start
        first = first or (size, seconds)
        print(f"| {size:,} | {size / first[0]:.1f} | {seconds / first[1]:.2f} | {len(report.quotes):,} |")

    print("\n| marks in a run | size ratio | scan time ratio |")
    print("|---|---|---|")
    base = None
    for n in (250_000, 500_000, 1_000_000, 2_000_000):
        text = (MARKS * (n // len(MARKS) + 1))[:n]
        start = time.perf_counter()
        scan(text)
        seconds = time.perf_counter() - start
        base = base or (n, seconds)
        print(f"| {n:,} | {n / base[0]:.1f} | {seconds / base[1]:.2f} |")


if __name__ == "__main__":
    main()
