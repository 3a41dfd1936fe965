"""Shard mode vs the plain run: wall time and the client's own CPU on the same input files.

    .venv/bin/python bench/shards_bench.py DIR --modes plain,shards0,shards1,shards2

``plain``: ``scale.code_local`` over every file in this process (what ``dyads code DIR --no-db``
does, without printing); ``shardsN``: ``shards.run_shards`` with N local Dask worker processes
(0: the shards in this process), into a fresh OUT_DIR. The client's CPU is this process's
(``RUSAGE_SELF``; with Dask it includes the in-process scheduler, not the workers). The figures
go to BENCHMARKS.md under "scale: shard mode".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def plain(inputs: str) -> int:
    from dyads import ingest
    from dyads.scale import code_local

    docs = (d for d in ingest.read_inputs([inputs]) if not hasattr(d, "message"))
    return sum(1 for _ in code_local(docs))


PEAK: list[float] = []


def sharded(inputs: str, workers: int) -> int:
    from dyads.shards import ShardOptions, list_shards, run_shards

    found, _ = list_shards([inputs])
    with tempfile.TemporaryDirectory() as out:
        reports = list(run_shards(found, Path(out), ShardOptions(), workers=workers))
    PEAK.append(max(r.peak_rss_mb for r in reports))
    return sum(r.documents for r in reports)


def measure(mode: str, inputs: str) -> dict:
    wall, cpu = time.perf_counter(), _cpu()
    n = plain(inputs) if mode == "plain" else sharded(inputs, int(mode.removeprefix("shards")))
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    peak = PEAK.pop() if PEAK else None
    return {"peak_worker_rss_mb": peak, "mode": mode, "documents": n, "wall_s": round(wall, 1), "client_cpu_s": round(cpu, 1),
            "client_cpu_pct_of_core": round(100 * cpu / wall, 1), "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs")
    ap.add_argument("--modes", default="plain,shards1,shards2")
    args = ap.parse_args()
    for mode in args.modes.split(","):
        print(json.dumps(measure(mode, args.inputs)), flush=True)


if __name__ == "__main__":
    main()
