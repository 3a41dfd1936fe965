"""Web load test: many clients at once against a `dyads serve`-like server on loopback.

    .venv/bin/python bench/web_load.py --clients 50 --seconds 60            # the bundled example
    .venv/bin/python bench/web_load.py --events 100000 --clients 50 --seconds 60   # synthetic
    .venv/bin/python bench/web_load.py --db dyads.duckdb                    # an existing store
    .venv/bin/python bench/web_load.py --url http://127.0.0.1:8000          # a running server

Starts uvicorn with ``dyads.web.create_app`` in a child process (as ``dyads serve`` runs it,
without preloading the spaCy model), waits until it answers, then runs ``--clients``
threads for ``--seconds`` seconds. Each client keeps one HTTP/1.1 connection and sends
requests back to back (a closed loop: no think time), drawn at random from what the page
asks: stats, events (limit 1000) under random filters (dates, PLOVER type, actor: see
``--actor-terms``), places,
timeline and network under the same filters, blocs, and evidence (one event, one
document, picked among the store's events). Prints errors (non-200 answers and failed
connections; a 202 "computing" is counted apart), answers from the server's cache (``x-dyads-cache: hit``), requests/s and
latency percentiles, overall and per endpoint. Bounded:
it stops after ``--seconds`` (plus the requests in flight) and stops the server it started.
Only the standard library on the client side.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src" / "dyads" / "examples" / "socialist-worker-2561-mission-accomplished.txt"


def build_store(args: argparse.Namespace, tmp: Path) -> Path:
    if args.db:
        return Path(args.db)
    path = tmp / "load.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    if args.events:
        code = (
            "import sys; from dyads.store import Store; from dyads.benchmarks import generate\n"
            "with Store(sys.argv[1]) as st: st.write_many(generate(int(sys.argv[2])))"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(path), str(args.events)], check=True, env=env
        )
    else:  # the bundled example, as `make demo` stores it
        dyads = Path(sys.executable).parent / "dyads"
        cmd = [str(dyads), "code", str(EXAMPLE), "--db", str(path), "--format", "jsonl"]
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, cache: bool = True, http: str = "auto") -> subprocess.Popen:
    kw = "" if cache else ", cache_bytes=0"
    code = (
        "import sys, uvicorn; from dyads.web import create_app\n"
        f"uvicorn.run(create_app(sys.argv[1]{kw}), host='127.0.0.1', port=int(sys.argv[2]), "
        f"log_level='warning', http={http!r})"
    )
    env = {**os.environ, "PYTHONPATH": os.environ.get("DYADS_SRC", str(ROOT / "src"))}
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)


def get(host: str, port: int, path: str, timeout: float = 120) -> tuple[int, bytes]:
    con = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        con.request("GET", path)
        r = con.getresponse()
        return r.status, r.read()
    finally:
        con.close()


def wait_ready(host: str, port: int, server: subprocess.Popen | None, limit: float = 120) -> None:
    """Until the server answers /api/stats (or the child exits, or ``limit`` seconds)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"server exited with {server.returncode}")
        try:
            if get(host, port, "/api/stats", timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("server did not answer in time")


class Mix:
    """Requests drawn like the page makes them, with parameters from the store. Actor terms:
    ``codes``, the country part of an actor code of the first 1,000 events (a few dozen
    terms, each new once); ``parts``, a piece of 2-6 letters of an actor code or name of
    those events in random case (``Syr``, ``ian arm``: most are new terms)."""

    def __init__(self, host: str, port: int, actor_terms: str = "codes") -> None:
        stats = json.loads(get(host, port, "/api/stats")[1])
        evs = json.loads(get(host, port, "/api/events?limit=1000")[1])["events"]
        if not evs:
            raise SystemExit("the store has no events")
        self.event_ids = [e["id"] for e in evs]
        self.doc_ids = sorted({e["evidence"]["doc_id"] for e in evs if e["evidence"]["doc_id"]})
        self.types = [t for t in stats["plover"] if t and t != "null"] or ["ASSAULT"]
        codes = {e.get("source_code") for e in evs} | {e.get("target_code") for e in evs}
        self.actors = sorted(c[:3] for c in codes if c) or ["USA"]
        names = {e.get("source_name") for e in evs} | {e.get("target_name") for e in evs}
        self.words = sorted(w for w in codes | names if w and len(w) >= 2) or ["USA"]
        self.actor_terms = actor_terms
        self.first, self.last = stats["first_day"], stats["last_day"]

    def _window(self, rng: random.Random) -> dict[str, str]:
        import datetime as dt

        if not self.first:
            return {}
        a, b = dt.date.fromisoformat(self.first), dt.date.fromisoformat(self.last)
        start = a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))
        end = start + dt.timedelta(days=rng.choice((7, 30, 90, 365)))
        return {"since": start.isoformat(), "until": end.isoformat()}

    def filters(self, rng: random.Random) -> dict[str, str]:
        kind = rng.random()
        if kind < 0.4:
            return {}
        if kind < 0.7:
            return self._window(rng)
        if kind < 0.85:
            return {"plover": rng.choice(self.types)}
        if self.actor_terms == "parts":
            word = rng.choice(self.words)
            n = rng.randint(2, min(6, len(word)))
            start = rng.randint(0, len(word) - n)
            term = "".join(c.upper() if rng.random() < 0.5 else c.lower()
                           for c in word[start:start + n])  # fmt: skip
            return {"actor": term}
        return {"actor": rng.choice(self.actors)}

    def draw(self, rng: random.Random) -> tuple[str, str]:
        """(endpoint name, path with query)."""
        r = rng.random()
        f = self.filters(rng)
        if r < 0.10:
            return "stats", "/api/stats"
        if r < 0.30:
            return "events", "/api/events?" + urlencode({**f, "limit": 1000})
        if r < 0.45:
            return "places", "/api/places?" + urlencode(f)
        if r < 0.60:
            t = {k: v for k, v in f.items() if k not in ("since", "until")}
            return "timeline", "/api/timeline?" + urlencode({**t, "by": "month"})
        if r < 0.70:
            q = [("period", "all"), ("level", "country")]
            q += [(k, v) for k, v in f.items() if k in ("since", "until")]
            q += [("modality", m) for m in ("asserted", "threatened", "intended")]
            return "network", "/api/network?" + urlencode(q)
        if r < 0.75:
            return "blocs", "/api/blocs?level=country"
        if r < 0.90:
            return "event", "/api/events/" + quote(rng.choice(self.event_ids), safe="")
        return "document", "/api/documents/" + quote(rng.choice(self.doc_ids), safe="")


def client(host: str, port: int, mix: Mix, seed: int, stop: float, out: list) -> None:
    rng = random.Random(seed)
    con = http.client.HTTPConnection(host, port, timeout=60)
    while time.monotonic() < stop:
        name, path = mix.draw(rng)
        t = time.perf_counter()
        try:
            con.request("GET", path)
            r = con.getresponse()
            r.read()
            status = r.status
            hit = r.getheader("x-dyads-cache") == "hit"
        except (OSError, http.client.HTTPException) as exc:
            status, hit = f"{type(exc).__name__}", False
            con.close()
            con = http.client.HTTPConnection(host, port, timeout=60)
        out.append((name, time.perf_counter() - t, status, hit))
    con.close()


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def report(results: list, seconds: float) -> dict:
    def summary(rs: list) -> dict:
        lat = [r[1] for r in rs]
        return {
            "requests": len(rs),
            "errors": sum(1 for r in rs if r[2] not in (200, 202)),
            "computing": sum(1 for r in rs if r[2] == 202),
            "cache_hits": sum(1 for r in rs if r[3]),
            "rps": len(rs) / seconds,
            "p50_ms": pct(lat, 50) * 1e3,
            "p90_ms": pct(lat, 90) * 1e3,
            "p95_ms": pct(lat, 95) * 1e3,
            "p99_ms": pct(lat, 99) * 1e3,
            "max_ms": max(lat, default=float("nan")) * 1e3,
        }

    out = {"all": summary(results)}
    for name in sorted({r[0] for r in results}):
        out[name] = summary([r for r in results if r[0] == name])
    print(f"{'endpoint':10s} {'requests':>8s} {'errors':>6s} {'hits':>5s} {'req/s':>7s} "
          f"{'p50 ms':>8s} {'p90 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'max ms':>8s}")  # fmt: skip
    for name, s in out.items():
        hits = 100 * s["cache_hits"] / max(1, s["requests"])
        print(f"{name:10s} {s['requests']:8d} {s['errors']:6d} {hits:4.0f}% {s['rps']:7.1f} "
              f"{s['p50_ms']:8.1f} {s['p90_ms']:8.1f} {s['p95_ms']:8.1f} {s['p99_ms']:8.1f} "
              f"{s['max_ms']:8.1f}")  # fmt: skip
    computing = sum(1 for r in results if r[2] == 202)
    if computing:
        print(f"answered 202 computing (blocs being computed; not errors): {computing}")
    bad = sorted({str(r[2]) for r in results if r[2] not in (200, 202)})
    if bad:
        print("error kinds:", ", ".join(bad))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--db", help="an existing store (else one is built in a temporary folder)")
    ap.add_argument("--events", type=int, default=0, help="build a synthetic store of N events")
    ap.add_argument("--url", help="a server already running (nothing is started)")
    ap.add_argument("--warmup", type=int, default=1, help="calls of each page request first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-cache", action="store_true", help="start the server with no answer cache")
    ap.add_argument("--http", choices=("auto", "h11", "httptools"), default="auto",
                    help="uvicorn's HTTP parser (auto: httptools when installed, else h11, as dyads serve)")
    ap.add_argument("--actor-terms", choices=("codes", "parts"), default="codes",
                    help="actor filter terms: country codes (few) or pieces of actor codes and "
                         "names in random case (mostly new terms)")
    ap.add_argument("--during-blocs", action="store_true",
                    help="start the load while the blocs are computed (else after)")
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    if not 1 <= args.clients <= 1000 or not 0 < args.seconds <= 3600:
        raise SystemExit("--clients 1..1000, --seconds up to 3600")
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.url:
            u = urlsplit(args.url)
            host, port = u.hostname or "127.0.0.1", u.port or 80
        else:
            t = time.perf_counter()
            db = build_store(args, Path(tmp))
            print(f"store {db} ready in {time.perf_counter() - t:.1f} s")
            host, port = "127.0.0.1", free_port()
            server = start_server(db, port, cache=not args.no_cache, http=args.http)
        try:
            wait_ready(host, port, server)
            mix = Mix(host, port, args.actor_terms)
            for _ in range(args.warmup):  # first calls (imports, blocs) are not the load
                for path in ("/api/stats", "/api/blocs?level=country", "/api/events?limit=1000",
                             "/api/places", "/api/timeline?by=month",
                             "/api/network?period=all&level=country&modality=asserted"):  # fmt: skip
                    # blocs computed in the background answer 202 until they are: wait
                    # (unless the load is to run while they are computed)
                    while get(host, port, path)[0] == 202 and not args.during_blocs:
                        time.sleep(0.5)
            results: list = []
            load0 = os.getloadavg()[0]
            stop = time.monotonic() + args.seconds
            t0 = time.monotonic()
            threads = [
                threading.Thread(
                    target=client, args=(host, port, mix, args.seed + i, stop, results)
                )
                for i in range(args.clients)
            ]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            elapsed = time.monotonic() - t0
            print(f"{args.clients} clients, {elapsed:.1f} s, load average before "
                  f"{load0:.2f}, after {os.getloadavg()[0]:.2f} (cpus {os.cpu_count()})")  # fmt: skip
            figures = report(results, elapsed)
            if args.json:
                Path(args.json).write_text(json.dumps(figures, indent=1))
            if figures["all"]["errors"]:
                sys.exit(1)
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()


if __name__ == "__main__":
    main()
