"""``dyads bench scale``: the plain run and shard mode with 0, 1, 2... workers on the same input.

Every run is a fresh Python process (``python -m dyads.scale_bench``), so each pays what a user's
``dyads code`` call pays: imports, the models' load in the process that codes (the plain
process, or each Dask worker), and, for shard mode, the local cluster's start. Runs are
interleaved and the order is rotated each round (round 2 starts with the second mode), so a
drift of the machine's load falls on every mode alike.

* ``plain``: the shards' documents read and coded one after another in one process with
  ``scale.code_local`` (what ``dyads code INPUTS --no-db`` does, without printing events);
* ``shardsN``: ``shards.run_shards`` with N local worker processes of one thread each (0: the
  shards one after another in the client), writing parts to a temporary directory.

Each run reports its wall time (the child process from start to exit, start-up included),
documents and events, the client's CPU while the shards are coded (``RUSAGE_SELF`` of the
client, which also runs the local scheduler; not the workers), the peak memory of every
process that coded (``ru_maxrss``) and the load average before and after.

Without input paths the input is the bundled example article, ``copies`` distinct copies
written as JSONL shards of ``docs_per_shard`` records (``example_input``).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXAMPLE = Path(__file__).resolve().parent / "examples/socialist-worker-2561-mission-accomplished.txt"
EXAMPLE_RETRIEVED = "2024-02-20"  # the page says "over 6 years, 7 months old"; saved early 2024


# -- the input ---------------------------------------------------------------------------------


def example_input(out_dir: Path, copies: int, docs_per_shard: int) -> list[str]:
    """``copies`` distinct copies of the bundled example article as JSONL shards in ``out_dir``."""
    base = EXAMPLE.read_text(encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, copies, docs_per_shard):
        path = out_dir / f"example-{first // docs_per_shard:04d}.jsonl"
        rows = ({"id": f"copy{i}", "text": f"{base}\n\nCopy {i}.", "retrieved": EXAMPLE_RETRIEVED}
                for i in range(first, min(copies, first + docs_per_shard)))
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(str(path))
    return paths


# -- one run, in a child process ---------------------------------------------------------------


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _self_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_plain(shards: list, opts) -> dict[str, Any]:
    """Code every shard's documents in this process, one batch after another."""
    from dyads.scale import code_local
    from dyads.shards import shard_documents

    failures: list = []
    docs = (d for s in shards for d in shard_documents(s, opts, failures))
    n_docs = n_events = 0
    for coded in code_local(docs, batch_size=opts.batch_size):
        n_docs += 1
        n_events += len(getattr(coded, "events", ()))
    return {"documents": n_docs, "events": n_events, "failures": len(failures), "coding_cpu_s": None,
            "peak_mb": [_self_peak_mb()], "shards": len(shards)}


def run_sharded(shards: list, opts, workers: int) -> dict[str, Any]:
    """Code the shards in shard mode into a fresh directory with ``workers`` local workers."""
    from dyads.shards import run_shards

    with tempfile.TemporaryDirectory(prefix="dyads-scale-") as out:
        reports = list(run_shards(shards, Path(out), opts, workers=workers))
    peaks: dict[int, float] = {}
    for r in reports:
        peaks[r.worker] = max(peaks.get(r.worker, 0.0), r.peak_rss_mb)
    busy = [r.seconds for r in reports]
    first: dict[int, int] = {}  # each worker's first shard to finish (it paid the start-up: imports, models)
    for i, r in enumerate(reports):
        first.setdefault(r.worker, i)
    rest = [r.seconds for i, r in enumerate(reports) if i not in first.values()] or busy
    return {"first_shard_s": round(statistics.median(busy[i] for i in first.values()), 2) if first else 0.0,
            "median_shard_s": round(statistics.median(rest), 2) if rest else 0.0,
            "documents": sum(r.documents for r in reports), "events": sum(r.events for r in reports),
            "failures": sum(len(r.failures) for r in reports) + sum(not r.ok for r in reports),
            "peak_mb": sorted(peaks.values(), reverse=True), "shards": len(reports),
            "workers_used": len(peaks), "shard_seconds": round(sum(busy), 2),
            "coding_cpu_s": round(sum(r.cpu_seconds for r in reports), 2),
            "slowest_shard_s": round(max(busy, default=0.0), 2)}


def child(mode: str, paths: list[str], split_bytes: int, retrieved: str | None) -> dict[str, Any]:
    """One measured run in this (fresh) process; the figures as a dict."""
    from dyads.shards import ShardOptions, list_shards

    shards, _ = list_shards(paths, split_bytes=split_bytes)
    opts = ShardOptions(retrieved=retrieved)
    wall, cpu = time.perf_counter(), _cpu_s()
    if mode == "plain":
        got = run_plain(shards, opts)
    else:
        got = run_sharded(shards, opts, int(mode.removeprefix("shards")))
    wall, cpu = time.perf_counter() - wall, _cpu_s() - cpu
    if got["coding_cpu_s"] is None:  # the plain run codes in this process
        got["coding_cpu_s"] = round(cpu, 2)
    got.update(mode=mode, run_s=round(wall, 2), client_cpu_s=round(cpu, 2),
               client_cpu_pct=round(100 * cpu / wall, 1) if wall else 0.0)
    return got


def measure(mode: str, paths: list[str], split_bytes: int = 0, retrieved: str | None = None) -> dict[str, Any]:
    """Run ``mode`` in a fresh Python process; its figures plus the wall time of the whole process."""
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1])  # this dyads, not another one on the path
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    args = [sys.executable, "-m", "dyads.scale_bench", json.dumps([mode, paths, split_bytes, retrieved])]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} run failed: {proc.stderr.strip()[-2000:]}")
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    got.update(wall_s=round(wall, 2), docs_per_s=round(got["documents"] / wall, 2) if wall else 0.0,
               load_before=round(load, 2), load_after=round(os.getloadavg()[0], 2))
    return got


# -- the rounds and the summary -----------------------------------------------------------------


def schedule(modes: list[str], rounds: int) -> list[tuple[int, str]]:
    """(round, mode) in run order: every round has every mode, each round starts one mode later."""
    return [(r, modes[(r + i) % len(modes)]) for r in range(rounds) for i in range(len(modes))]


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median figures per mode, and the speed-ups between modes (ratios of median wall times)."""
    by_mode: dict[str, list[dict]] = {}
    for r in runs:
        by_mode.setdefault(r["mode"], []).append(r)
    modes = {m: _median_run(rs) for m, rs in by_mode.items()}
    out: dict[str, Any] = {"modes": modes}
    walls = {m: f["wall_s"] for m, f in modes.items()}
    if "shards1" in walls and "shards2" in walls:
        out["ratio_1_to_2_workers"] = round(walls["shards1"] / walls["shards2"], 2)
    if "plain" in walls and "shards2" in walls:
        out["ratio_2_workers_vs_plain"] = round(walls["plain"] / walls["shards2"], 2)
    return out


def _median_run(rs: list[dict[str, Any]]) -> dict[str, Any]:
    def med(key: str) -> float:
        return round(statistics.median(r[key] for r in rs), 2)

    return {"runs": len(rs), "documents": rs[0]["documents"], "events": rs[0]["events"],
            "wall_s": med("wall_s"), "docs_per_s": med("docs_per_s"), "client_cpu_pct": med("client_cpu_pct"),
            "coding_cpu_ms_per_doc": round(statistics.median(1000 * r["coding_cpu_s"] / max(1, r["documents"])
                                                             for r in rs), 1),
            "peak_mb_per_process": max(max(r["peak_mb"], default=0.0) for r in rs),
            "load": [r["load_before"] for r in rs]}


def run(paths: list[str], workers: list[int], rounds: int = 1, split_bytes: int = 0,
        retrieved: str | None = None, say: Callable[[str], None] = print) -> dict[str, Any]:
    """Every mode ``rounds`` times in rotated order; ``say`` a line per run; the runs and summary."""
    modes = ["plain", *(f"shards{w}" for w in workers)]
    runs = []
    for rnd, mode in schedule(modes, rounds):
        got = measure(mode, paths, split_bytes, retrieved)
        got["round"] = rnd + 1
        runs.append(got)
        say(describe_run(got))
    summary = summarise(runs)
    for line in describe_summary(summary):
        say(line)
    return {"runs": runs, **summary}


def describe_run(r: dict[str, Any]) -> str:
    peak = ", ".join(f"{p:.0f}" for p in r["peak_mb"])
    return (f"round {r['round']} {r['mode']:8s} {r['documents']} docs, {r['events']} events, "
            f"{r['shards']} shard(s): wall {r['wall_s']:.1f} s ({r['docs_per_s']:.2f} docs/s), "
            f"coding CPU {r['coding_cpu_s']:.1f} s ({1000 * r['coding_cpu_s'] / max(1, r['documents']):.0f} ms a doc), "
            f"client CPU {r['client_cpu_pct']:.1f} % of a core, peak MB per coding process [{peak}], "
            + (f"first shard {r['first_shard_s']:.1f} s, median shard {r['median_shard_s']:.1f} s, "
               if "first_shard_s" in r else "") +
            f"load {r['load_before']:.2f} -> {r['load_after']:.2f}")


def describe_summary(s: dict[str, Any]) -> list[str]:
    lines = [f"median {m:8s} wall {f['wall_s']:.1f} s, {f['docs_per_s']:.2f} docs/s, "
             f"coding CPU {f['coding_cpu_ms_per_doc']:.0f} ms a doc, client CPU "
             f"{f['client_cpu_pct']:.1f} %, peak {f['peak_mb_per_process']:.0f} MB per process ({f['runs']} run(s))"
             for m, f in s["modes"].items()]
    for key in ("ratio_1_to_2_workers", "ratio_2_workers_vs_plain"):
        if key in s:
            lines.append(f"{key.replace('_', ' ')}: {s[key]:.2f}x")
    return lines



# -- after the workers: merge, cross-document dedup, network ------------------------------------


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), _cpu_s()
    got = fn()
    return got, round(time.perf_counter() - wall, 2), round(_cpu_s() - cpu, 2)


def write_generated_parts(out: Path, n_events: int, parts: int) -> None:
    """Generated documents (``benchmarks.generate``, 20 events each) written as ``parts`` parts,
    as workers write them (``shards._write_part``)."""
    from dyads.benchmarks import generate
    from dyads.shards import ShardReport, _write_part
    from dyads.store import Store

    docs = generate(n_events)
    for k in range(parts):
        with Store(":memory:") as mem:
            mem.write_many(docs[k::parts])
            report = ShardReport(f"gen{k}", "0:0", f"gen{k}", events=n_events // parts)
            _write_part(mem.connection, out, f"gen{k}", report)


def bench_merge(n_events: int, parts: int = 4) -> dict[str, Any]:
    """The steps after the workers on ``n_events`` generated events in ``parts`` parts: the import
    into a new store (with the store's cross-document dedup), its rerun (adds nothing), a full
    re-dedup of every report under another rule (``Store.remerge``), and the month x sector
    network (``dyad_table`` and one graph per month)."""
    from dyads.network import dyad_table, graphs_by_period
    from dyads.store import DedupConfig, Store
    from dyads.store.parts import import_parts

    with tempfile.TemporaryDirectory(prefix="dyads-merge-") as tmp:
        out = Path(tmp) / "out"
        write_generated_parts(out, n_events, parts)
        with Store(str(Path(tmp) / "s.duckdb")) as st:
            got, wall, cpu = _timed(lambda: import_parts(st, out))
            again, rerun, _ = _timed(lambda: import_parts(st, out))
            events = st.count("events")
            merged, remerge_s, _ = _timed(lambda: st.remerge(DedupConfig(window_days=7)))
            table, network_s, _ = _timed(lambda: graphs_by_period(dyad_table(st.connection, period="month")))
    return {"reports": got["reports"], "events_after_dedup": events, "import_s": wall, "import_cpu_s": cpu,
            "reports_per_s": round(got["reports"] / wall) if wall else 0, "rerun_s": rerun,
            "rerun_new_reports": again["reports"], "remerge_s": remerge_s, "events_after_remerge": merged["after"],
            "network_s": network_s, "network_months": len(table), "load": round(os.getloadavg()[0], 2)}


def describe_merge(m: dict[str, Any]) -> list[str]:
    per_m = 1_000_000 / m["reports"] if m["reports"] else 0.0
    return [f"import: {m['reports']} reports in {m['import_s']:.1f} s ({m['import_cpu_s']:.1f} s CPU), "
            f"{m['reports_per_s']:,} reports/s, {m['events_after_dedup']} events after dedup; "
            f"rerun {m['rerun_s']:.2f} s, {m['rerun_new_reports']} new",
            f"re-dedup of every report (7-day window): {m['remerge_s']:.1f} s, {m['events_after_remerge']} events",
            f"network (month x sector): {m['network_s']:.1f} s, {m['network_months']} monthly graphs",
            f"per million reports: import {m['import_s'] * per_m:.1f} s, re-dedup {m['remerge_s'] * per_m:.1f} s, "
            f"network {m['network_s'] * per_m:.1f} s (load {m['load']:.2f})"]


if __name__ == "__main__":
    _mode, _paths, _split, _retrieved = json.loads(sys.argv[1])
    print(json.dumps(child(_mode, _paths, _split, _retrieved)), flush=True)
