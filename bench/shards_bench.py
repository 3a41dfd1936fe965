"""Shard mode vs the plain run: wall time and the client's own CPU on the same input files.

    .venv/bin/python bench/shards_bench.py DIR --modes plain,shards0,shards1,shards2
    .venv/bin/python bench/shards_bench.py --import-events 200000   # `dyads store import` cost

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


def bench_import(n_events: int, parts: int = 4) -> dict:
    """Generated documents (``dyads.benchmarks.generate``) written as ``parts`` parts, then
    imported into a new store, then imported again (adds nothing)."""
    from dyads.benchmarks import generate
    from dyads.shards import ShardReport, _write_part
    from dyads.store import Store
    from dyads.store.parts import import_parts

    docs = generate(n_events)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        for k in range(parts):
            with Store(":memory:") as mem:
                mem.write_many(docs[k::parts])
                rep = ShardReport(f"gen{k}", "0:0", f"gen{k}", events=n_events // parts)
                _write_part(mem.connection, out, f"gen{k}", rep)
        with Store(str(Path(tmp) / "s.duckdb")) as st:
            wall, cpu = time.perf_counter(), _cpu()
            got = import_parts(st, out)
            wall, cpu = time.perf_counter() - wall, _cpu() - cpu
            t2 = time.perf_counter()
            again = import_parts(st, out)
            rerun = time.perf_counter() - t2
            events = st.count("events")
    return {"import_reports": got["reports"], "events_after_dedup": events, "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1), "reports_per_s": round(got["reports"] / wall),
            "rerun_s": round(rerun, 2), "rerun_new_reports": again["reports"], "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="?")
    ap.add_argument("--modes", default="plain,shards1,shards2")
    ap.add_argument("--import-events", type=int, default=0)
    args = ap.parse_args()
    if args.import_events:
        print(json.dumps(bench_import(args.import_events)), flush=True)
    for mode in args.modes.split(",") if args.inputs else []:
        print(json.dumps(measure(mode, args.inputs)), flush=True)


if __name__ == "__main__":
    main()
