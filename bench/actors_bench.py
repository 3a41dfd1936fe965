"""Actor-resolution throughput (mentions/s on one core), excluding the spaCy parse.

Parses the bundled reference article once, then times ``dyads.actors.resolve`` alone: ``--rounds``
rounds of ``--repeat`` calls each, CPU time of this process (one core). Prints the best round
(as ``timeit`` does: the least disturbed by other load on the machine) and the median round.

Run: .venv/bin/python bench/actors_bench.py [--repeat 50] [--rounds 7]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from importlib import resources

from dyads.actors import KB, resolve
from dyads.model import Article
from dyads.nlp import parse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    path = resources.files("dyads") / "examples" / "socialist-worker-2561-mission-accomplished.txt"
    text = path.read_text(encoding="utf-8")
    article = Article(doc_id="bench", text=text, published="2017-07-06")
    doc = parse(text)
    KB.default()
    per_doc = len(resolve(doc, article))  # warm-up
    rates = []
    for _ in range(args.rounds):
        c0 = time.process_time()
        for _ in range(args.repeat):
            resolve(doc, article)
        rates.append(per_doc * args.repeat / (time.process_time() - c0))
    print(
        f"{per_doc} mentions/doc, {len(doc)} tokens/doc; best round {max(rates):,.0f} mentions/s, "
        f"median {statistics.median(rates):,.0f} mentions/s (CPU time, one core; "
        f"{args.rounds} rounds x {args.repeat} docs) on {platform.machine()} "
        f"Python {platform.python_version()}"
    )


if __name__ == "__main__":
    main()
