"""Peak memory: one article against a streamed batch of 10,000 articles (one process).

The batch is built from the PolNeAR train texts (read from ../shared, never copied into the
repository), each copy given new names and numbers so that the vocabulary keeps growing, as it
would over a real archive.

    python benchmarks/memory.py [--articles 10000] [--gold PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys

from _bench import PYTHON, ROOT, temp_dir, texts_from_gold, write_batch

MEASURE = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_kib(cmd: list[str]) -> int:
    out = subprocess.run([PYTHON, "-c", MEASURE, *cmd], check=True, capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"))
    args = parser.parse_args()
    texts = [text for _, text in texts_from_gold(args.gold)]
    rng = random.Random(7)

    def varied(n: int) -> str:
        # A new speaker name and figure per copy: new strings for the vocabulary every article.
        name = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)).title()
        return texts[n % len(texts)] + f'\n\n"We counted {rng.randint(10**5, 10**9)} votes," said {name} Q{n}x.'

    with temp_dir() as tmp:
        single = write_batch([("one", varied(0))], tmp)
        one = peak_kib([PYTHON, "-m", "quotecheck", "--quiet", "--jobs", "1", "--format", "jsonl", "--fail-on", "never", str(single)])
        with open(f"{tmp}/big.jsonl", "w", encoding="utf-8") as handle:
            for n in range(args.articles):
                handle.write(json.dumps({"id": str(n), "text": varied(n)}) + "\n")
        many = peak_kib([PYTHON, "-m", "quotecheck", "--quiet", "--jobs", "1", "--format", "jsonl", "--fail-on", "never", f"{tmp}/big.jsonl"])
    print("| run | peak RSS (MiB) | ratio to one article |")
    print("|---|---|---|")
    print(f"| 1 article | {one / 1024:.0f} | 1.00 |")
    print(f"| {args.articles} articles, streamed | {many / 1024:.0f} | {many / one:.2f} |")


if __name__ == "__main__":
    main()
