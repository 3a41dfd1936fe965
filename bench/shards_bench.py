"""Shard mode vs the plain run, and the merge after the workers: ``dyads bench scale`` as a script.

    .venv/bin/python bench/shards_bench.py DIR --workers 1,2 --rounds 3
    .venv/bin/python bench/shards_bench.py --import-events 1000000   # import, re-dedup, network

The measuring code is ``dyads.scale_bench`` (``dyads bench scale [INPUTS] [--workers N]... [--merge-events N]``);
the figures go to BENCHMARKS.md under "scale: shard mode".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def main() -> None:
    from dyads import scale_bench

    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (0: shards in the client)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--shard-mb", type=float, default=0.0)
    ap.add_argument("--import-events", type=int, default=0)
    args = ap.parse_args()
    if args.import_events:
        print(json.dumps(scale_bench.bench_merge(args.import_events)), flush=True)
    if args.inputs:
        workers = [int(w) for w in args.workers.split(",")]
        got = scale_bench.run(args.inputs, workers, args.rounds, int(args.shard_mb * 2**20))
        print(json.dumps(got), flush=True)


if __name__ == "__main__":
    main()
