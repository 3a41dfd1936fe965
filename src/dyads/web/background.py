"""Long computations of the web server kept off its request threads.

Blocs are a search over partitions in Python: seconds to a minute on a store of a million
events. Run on a thread of the server, that search holds the interpreter lock most of the
time and every request waits behind it. On a large store (``PROCESS_EVENTS`` events or
more) they are computed in a child process instead (started with ``spawn``: nothing of the
server's threads or DuckDB connections is inherited), which opens the store read-only
itself (DuckDB lets several processes read one file) and runs at a lower CPU priority with
one DuckDB thread, so that requests come first. Small stores keep the thread: their blocs take milliseconds and a
child would take a second to start.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
from typing import Any

# From this many events on, blocs are computed in a child process.
PROCESS_EVENTS = 50_000
# The child's niceness added to the server's (lower priority than the requests).
NICE = 10
# DuckDB threads of the child's queries (the server's requests keep the machine's cores).
THREADS = 1


def blocs_summary_in(path: str, options: dict[str, Any]) -> dict[str, Any]:
    """``dyads.network.report.blocs_summary`` over the store at ``path`` (in the child)."""
    if hasattr(os, "nice"):
        try:
            os.nice(NICE)
        except OSError:  # not allowed here: run at the server's priority
            pass
    from dyads.network.report import blocs_summary
    from dyads.store import Store

    with Store(path, read_only=True) as st:
        st.connection.execute(f"SET threads = {THREADS}")
        return blocs_summary(st.connection, **options)


def in_child(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in a fresh child process (spawned), its result returned or its error
    raised here."""
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
        return pool.submit(fn, *args).result()
