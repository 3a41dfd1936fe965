"""Web benchmarks: latency of each JSON endpoint over a generated store.

    .venv/bin/python bench/web_bench.py [--events 100000] [--db web.duckdb]

Events come from ``dyads.benchmarks`` (uniformly random dyads among 210 actor
codes: the worst case for the network and blocs). Requests go through FastAPI's
TestClient (no network); each endpoint is called 3 times: the first call and the
median are printed (blocs answer 202 "computing" at once on a large store: the time until
they are computed is printed too). ``--warm`` starts the app as ``dyads serve`` does,
computing the page's first answers at start, and waits for that. Figures go to
BENCHMARKS.md under "web". ``--db PATH`` keeps the
generated store there (built if missing, reused if present: a 1,000,000-event store
takes minutes to write). ``DYADS_SRC`` runs another checkout's sources (before/after).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("DYADS_SRC", str(ROOT / "src")))

from fastapi.testclient import TestClient  # noqa: E402

from dyads.benchmarks import generate  # noqa: E402
from dyads.store import Store  # noqa: E402
from dyads.web import create_app  # noqa: E402

URLS = (
    "/api/stats",
    "/api/events?limit=1000",
    "/api/events?plover=ASSAULT&actor=SYR&limit=1000",
    "/api/events?actor=Syr+Reb&limit=1000",
    "/api/places?actor=Gov",
    "/api/timeline?by=month&actor=rus",
    "/api/places",
    "/api/timeline?by=month",
    "/api/network?period=month&level=sector",
    "/api/network?period=all&level=country&modality=asserted&modality=threatened&modality=intended",
    "/api/events?node=SYR&level=country&limit=1000",
    "/api/events?node=SYR&node2=USA&level=country&limit=1000",
    "/api/places?node=SYR&level=country",
    "/api/blocs?level=country",
)


def timed(client: TestClient, url: str, repeat: int = 3) -> tuple[list[float], int]:
    """Times of ``repeat`` calls and the answer's size. An answer computed in the background
    (202 "computing": blocs on a large store) is asked again until it comes; the time until
    then is printed, and the calls timed are the ones after."""
    times: list[float] = []
    t = time.perf_counter()
    r = client.get(url)
    first = time.perf_counter() - t
    if r.status_code == 202:  # computing: ask again until it is computed
        while (r := client.get(url)).status_code == 202:
            pass
        print(f"{url}: 202 computing in {first * 1e3:.0f} ms; "
              f"computed after {time.perf_counter() - t:.1f} s")  # fmt: skip
    elif r.status_code == 200:
        times.append(first)
    while len(times) < repeat:
        t = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t)
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
    return times, len(r.content)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="keep the store here (reused when it exists)")
    ap.add_argument("--warm", action="store_true",
                    help="start the app as dyads serve does (warm-up at start) and wait for it")
    ap.add_argument("--no-cache", action="store_true",
                    help="keep no answers (each call computes: the cost of a new request)")  # fmt: skip
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "web.duckdb"
        if not path.exists():
            t = time.perf_counter()
            with Store(path) as st:
                st.write_many(generate(args.events))
            print(f"store: {args.events} events written in {time.perf_counter() - t:.1f} s")
        with Store(path, read_only=True) as st:
            print(f"store: {path} with {st.count('events')} events")
        # the app answers under loopback names only (dyads.web.security)
        kw: dict = {"cache_bytes": 0} if args.no_cache else {}
        t = time.perf_counter()
        client = TestClient(create_app(str(path), warm_up=args.warm, **kw),
                            base_url="http://127.0.0.1")  # fmt: skip
        if args.warm:
            while not client.get("/api/ready").json()["warm"]:
                time.sleep(0.1)
            print(f"warm-up: the page's first answers computed in {time.perf_counter() - t:.1f} s")
        print(f"{'endpoint':50s} {'first ms':>9s} {'median ms':>9s} {'KiB':>7s}")
        for url in URLS:
            times, size = timed(client, url)
            print(f"{url:50s} {times[0] * 1e3:9.1f} {statistics.median(times) * 1e3:9.1f} "
                  f"{size // 1024:7d}")  # fmt: skip
        ev = client.get("/api/events?limit=1").json()["events"][0]
        for url in (f"/api/events/{ev['id']}", f"/api/documents/{ev['evidence']['doc_id']}"):
            times, size = timed(client, url)
            label = url.split("/")[2] + "/{id}"
            print(f"/api/{label:45s} {times[0] * 1e3:9.1f} {statistics.median(times) * 1e3:9.1f} "
                  f"{size // 1024:7d}")  # fmt: skip


if __name__ == "__main__":
    main()
