"""Actor-resolution throughput (mentions/s on one core), excluding the spaCy parse.

Parses the bundled reference article once, then times ``dyads.actors.resolve`` alone over
repeated runs. Run: .venv/bin/python bench/actors_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import platform
import time
from importlib import resources

from dyads.actors import KB, resolve
from dyads.model import Article
from dyads.nlp import parse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    path = resources.files("dyads") / "examples" / "socialist-worker-2561-mission-accomplished.txt"
    text = path.read_text(encoding="utf-8")
    article = Article(doc_id="bench", text=text, published="2017-07-06")
    doc = parse(text)
    KB.default()
    resolve(doc, article)  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for _ in range(args.repeat):
        n += len(resolve(doc, article))
    dt, ct = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"{n} mentions: {n / ct:,.0f} mentions/s CPU time ({n / dt:,.0f}/s wall), "
        f"{args.repeat / ct:,.1f} docs/s ({len(doc)} tokens/doc) "
        f"on {platform.machine()} {platform.python_version()}"
    )


if __name__ == "__main__":
    main()
