"""First paint of the web page over a store: Debian's chromium, driven by Playwright.

    .venv/bin/python bench/web_paint.py --db /tmp/web-1m.duckdb            # after warm-up
    .venv/bin/python bench/web_paint.py --db /tmp/web-1m.duckdb --cold     # right at start
    DYADS_SRC=<other checkout>/src .venv/bin/python bench/web_paint.py ... # before/after

Starts uvicorn with ``dyads.web.create_app`` in a child process as ``dyads serve`` runs it
(``warm_up=True``; ``DYADS_SRC`` sources without it run as they are), waits until the server
answers and, unless ``--cold``, until ``/api/ready`` says the page's first answers are
computed (the time that takes is printed). Then, ``--repeat`` times, a fresh browser
context (no HTTP cache) opens ``/`` and two times are read:

- ``first paint``: the browser's first-contentful-paint (the page's frame and header);
- ``drawn``: from navigation start until the page marks the list, map, timeline and
  network drawn (``#events[aria-busy="false"]``, the state the browser tests wait on).

The blocs that colour the network come later on a large store (the page asks again while
the server answers 202 "computing"): ``blocs`` is the time until ``#network[data-blocs]``
names the level, when it comes within ``--blocs-wait`` seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_load import free_port, get, wait_ready  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = (
        "import inspect, sys, uvicorn; from dyads.web import create_app\n"
        "kw = {'warm_up': True} if 'warm_up' in inspect.signature(create_app).parameters else {}\n"
        "uvicorn.run(create_app(sys.argv[1], **kw), host='127.0.0.1', port=int(sys.argv[2]), "
        "log_level='warning')"
    )
    env = {**os.environ, "PYTHONPATH": os.environ.get("DYADS_SRC", str(ROOT / "src"))}
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)


def wait_warm(port: int, limit: float = 600) -> float | None:
    """Seconds until /api/ready says warm (None: the server has no /api/ready)."""
    t = time.perf_counter()
    while time.perf_counter() - t < limit:
        status, body = get("127.0.0.1", port, "/api/ready")
        if status == 404:
            return None
        if json.loads(body)["warm"]:
            return time.perf_counter() - t
        time.sleep(0.1)
    raise SystemExit("the server did not warm up in time")


def paint(browser, url: str, blocs_wait: float) -> dict[str, float | None]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    page.set_default_timeout(120_000)
    try:
        t = time.perf_counter()
        page.goto(url)
        page.wait_for_selector('#events[aria-busy="false"]', state="attached")
        drawn = time.perf_counter() - t
        fcp = page.evaluate(
            "() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime"
        )
        try:
            page.wait_for_selector('#network[data-blocs="country"]', state="attached",
                                   timeout=blocs_wait * 1000)  # fmt: skip
            blocs = time.perf_counter() - t
        except Exception:  # noqa: BLE001 - not within --blocs-wait
            blocs = None
        return {"first_paint_ms": fcp, "drawn_ms": drawn * 1e3,
                "blocs_ms": None if blocs is None else blocs * 1e3}  # fmt: skip
    finally:
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="the store (e.g. a generated 1,000,000-event one)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="do not wait for the warm-up")
    ap.add_argument("--blocs-wait", type=float, default=120)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    port = free_port()
    t0 = time.perf_counter()
    server = start_server(Path(args.db), port)
    try:
        wait_ready("127.0.0.1", port, server, limit=600)
        print(f"server answers after {time.perf_counter() - t0:.1f} s; "
              f"load average {os.getloadavg()[0]:.2f} (cpus {os.cpu_count()})")  # fmt: skip
        if not args.cold:
            warm = wait_warm(port)
            print("no /api/ready (no warm-up)" if warm is None else f"warm after {warm:.1f} s more")
        runs = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            try:
                for i in range(args.repeat):
                    r = paint(browser, f"http://127.0.0.1:{port}/", args.blocs_wait)
                    runs.append(r)
                    print(f"run {i + 1}: " + ", ".join(
                        f"{k} {v:.0f}" if v is not None else f"{k} -" for k, v in r.items()))  # fmt: skip
            finally:
                browser.close()
        for key in ("first_paint_ms", "drawn_ms"):
            xs = [r[key] for r in runs if r[key] is not None]
            if xs:
                print(f"{key}: median {statistics.median(xs):.0f}, max {max(xs):.0f}")
        print(f"load average {os.getloadavg()[0]:.2f}")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
