"""Actor-resolution throughput (mentions/s on one core), excluding the spaCy parse.

Parses the bundled reference article once, then times ``dyads.actors.resolve`` alone: ``--rounds``
rounds of ``--repeat`` calls each, CPU time of this process (one core). Prints the best round
(as ``timeit`` does: the least disturbed by other load on the machine) and the median round.

Run: .venv/bin/python bench/actors_bench.py [--repeat 50] [--rounds 7]
     .venv/bin/python bench/actors_bench.py --jsonl ../shared/eval/events/plover/dev.inputs.jsonl
(``--jsonl``: time over the ``text`` of every record instead, e.g. sentence-sized inputs.)
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from importlib import resources
from pathlib import Path

from dyads.actors import KB, resolve
from dyads.evaluation.kit import read_jsonl
from dyads.model import Article
from dyads.nlp import parse_many


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--jsonl", help="records with a 'text' field to time instead")
    args = ap.parse_args()
    if args.jsonl:
        records = read_jsonl(Path(args.jsonl))
        texts = [(r["text"], r.get("published")) for r in records]
        args.repeat = max(1, args.repeat // 50)
    else:
        path = resources.files("dyads") / "examples"
        text = (path / "socialist-worker-2561-mission-accomplished.txt").read_text(encoding="utf-8")
        texts = [(text, "2017-07-06")]
    pairs = [
        (doc, Article(doc_id="bench", text=t, published=p))
        for (t, p), doc in zip(texts, parse_many(t for t, _ in texts), strict=True)
    ]
    KB.default()
    per_round = sum(len(resolve(d, a)) for d, a in pairs) * args.repeat  # warm-up
    rates = []
    for _ in range(args.rounds):
        c0 = time.process_time()
        for _ in range(args.repeat):
            for d, a in pairs:
                resolve(d, a)
        rates.append(per_round / (time.process_time() - c0))
    n_docs = len(pairs)
    n_tokens = sum(len(d) for d, _ in pairs)
    print(
        f"{n_docs} docs, {per_round // args.repeat / n_docs:.1f} mentions/doc, "
        f"{n_tokens / n_docs:.0f} tokens/doc; best round {max(rates):,.0f} mentions/s, "
        f"median {statistics.median(rates):,.0f} mentions/s (CPU time, one core; "
        f"{args.rounds} rounds x {args.repeat} passes) on {platform.machine()} "
        f"Python {platform.python_version()}"
    )


if __name__ == "__main__":
    main()
