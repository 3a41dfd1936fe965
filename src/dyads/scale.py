"""The Dask runner: the same pipeline function mapped over batches of documents on a cluster.

``code_distributed(docs, workers=N)`` starts a ``LocalCluster`` of N single-threaded worker
processes (a laptop); ``scheduler="tcp://host:8786"`` uses a running cluster instead. Each worker
process loads the spaCy pipeline once (``dyads.nlp.get_nlp`` is cached per process) and codes
whole batches with ``pipeline.code_documents``. Results come back as batches finish, with at
most ``IN_FLIGHT_PER_WORKER`` batches queued per worker, so memory stays flat on long runs.
Nothing in the stages knows whether it runs here or on a cluster.

One bad document never costs a batch or a run: ``code_batch`` codes a batch together and,
when that raises, codes its documents one by one, turning the failure of each bad one into a
``Failure`` (``code_local`` is the same thing in this process). A batch whose worker dies
comes back as one ``Failure`` per document.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from dyads.errors import DyadsError, Failure, describe
from dyads.model import CodedDocument, Document

# Batches queued per worker: enough to keep each busy while results stream back.
IN_FLIGHT_PER_WORKER = 2


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def document_failure(doc: Document, exc: BaseException, stage: str = "code") -> Failure:
    """The Failure of one document that could not be coded (one line, no traceback)."""
    why = str(exc) if isinstance(exc, DyadsError) else describe(exc)
    return Failure(doc.source or doc.id, f"could not be coded: {why}", doc_id=doc.id, stage=stage)


DEFAULT_DOC_TIMEOUT_S = 600.0


class DocumentTimeout(DyadsError):
    """Coding one document took longer than its time budget."""

    def __init__(self, message: str = "took longer than its time budget (DYADS_DOC_TIMEOUT_S)") -> None:
        super().__init__(message)


def doc_timeout_s() -> float:
    """The time budget of one document in seconds (``DYADS_DOC_TIMEOUT_S``; 0 turns it off)."""
    raw = os.environ.get("DYADS_DOC_TIMEOUT_S")
    try:
        return float(raw) if raw else DEFAULT_DOC_TIMEOUT_S
    except ValueError:
        raise DyadsError(f"DYADS_DOC_TIMEOUT_S must be a number of seconds, got {raw!r}") from None


@contextlib.contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in this block after ``seconds``: a SIGALRM timer in the main
    thread on POSIX; in any other thread (a Dask worker codes on a thread of its own) a timer
    thread that raises the exception in this one (``_thread_budget``)."""
    if seconds <= 0:
        yield
        return
    message = f"took longer than {seconds:g} s (set DYADS_DOC_TIMEOUT_S to change the budget)"
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        try:
            with _thread_budget(seconds):
                yield
        except DocumentTimeout:
            raise DocumentTimeout(message) from None
        return

    def _expired(signum, frame):
        raise DocumentTimeout(message)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the calling thread once ``seconds`` have passed in this block.

    A timer thread sets an asynchronous exception on the calling thread
    (``PyThreadState_SetAsyncExc``, CPython's way to stop another thread); Python raises it
    at the thread's next bytecode, so a step running in C (one spaCy parse of a part of at
    most 100 K characters) finishes first. The timer and the end of the block agree under a
    lock: once the block has ended, no exception is set, and one set just before the end is
    raised here, inside the block's exit, never in the caller's code after it."""
    ident = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(ident), ctypes.py_object(DocumentTimeout)
                )

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"]:  # set but not raised yet (the thread was in C code): raise it now
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)
            raise DocumentTimeout()


def code_batch(batch: list[Document], actor_kb=None, min_confidence: float | None = None,
               verbs=None, memory=None) -> list[CodedDocument | Failure]:
    """What a worker runs: the ordinary pipeline over one batch, isolating bad documents.

    The batch is coded together (spaCy parses it in one ``pipe``) within the time budget of its
    documents; if anything in it raises (or the budget runs out), each document is coded alone
    within its own budget, and a document that still raises becomes a ``Failure``.
    """
    from dyads import pipeline

    budget = doc_timeout_s()
    try:
        with _budget(budget * len(batch)):
            return list(pipeline.code_documents(batch, batch_size=len(batch), actor_kb=actor_kb,
                                                    min_confidence=min_confidence, verbs=verbs,
                                                    memory=memory))
    except Exception as exc:  # noqa: BLE001 - any failure of a document is reported, not raised
        if len(batch) == 1:
            return [document_failure(batch[0], exc)]
    out: list[CodedDocument | Failure] = []
    for doc in batch:
        try:
            with _budget(budget):
                out.append(pipeline.code_document(doc, actor_kb=actor_kb, min_confidence=min_confidence,
                                                  verbs=verbs, memory=memory))
        except Exception as exc:  # noqa: BLE001
            out.append(document_failure(doc, exc))
    return out


def code_local(
    docs: Iterable[Document], batch_size: int = 16, actor_kb=None, min_confidence: float | None = None,
    verbs=None, memory=None,
) -> Iterator[CodedDocument | Failure]:
    """Code ``docs`` in this process, batch by batch, with the isolation of ``code_batch``; with a
    ``memory`` (``actors.memory.RunMemory``) actors learned from one document resolve in the
    documents after it."""
    for batch in _batches(docs, batch_size):
        yield from code_batch(batch, actor_kb, min_confidence, verbs, memory)


def code_distributed(
    docs: Iterable[Document],
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = 16,
    processes: bool = True,
    actor_kb=None,
    min_confidence: float | None = None,
    verbs=None,
    dashboard: str | None = None,
    say: Callable[[str], None] | None = None,
) -> Iterator[CodedDocument | Failure]:
    """Code ``docs`` on a Dask cluster; yields coded documents (or the Failure of a document that
    could not be coded) as their batches complete. ``dashboard``, ``say``: see ``dask_client``."""
    if workers < 1:
        raise DyadsError("--workers must be at least 1")
    if batch_size < 1:
        raise DyadsError("--batch-size must be at least 1")
    with dask_client(workers, scheduler, processes, dashboard, say) as client:
        yield from _stream(client, docs, workers, batch_size, actor_kb, min_confidence, verbs)


def _stream(client, docs: Iterable[Document], workers: int, batch_size: int, actor_kb,
            min_confidence: float | None, verbs) -> Iterator[CodedDocument | Failure]:
    """Batches to the cluster, at most ``IN_FLIGHT_PER_WORKER`` per worker; results as they come."""
    from dask.distributed import as_completed

    n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
    limit = n_workers * IN_FLIGHT_PER_WORKER
    pending = as_completed()
    batches = _batches(docs, batch_size)
    submitted: dict = {}

    def submit(batch: list[Document]) -> None:
        fut = client.submit(code_batch, batch, actor_kb, min_confidence, verbs, pure=False)
        submitted[fut.key] = batch
        pending.add(fut)

    for batch in islice(batches, limit):
        submit(batch)
    for fut in pending:
        batch = submitted.pop(fut.key)
        try:
            results = fut.result()
        except Exception as exc:  # noqa: BLE001 - a dead worker costs its batch, not the run
            results = [document_failure(doc, exc) for doc in batch]
        yield from results
        nxt = next(batches, None)
        if nxt is not None:
            submit(nxt)


# The environment of a local worker process. Dask's nanny sets OMP/MKL/OpenBLAS to one thread
# (kept: one coding thread per worker, one worker per core) and MALLOC_TRIM_THRESHOLD_=65536,
# which turns off glibc's adaptive mmap threshold, so that spaCy's large arrays are mapped and
# unmapped on every batch: about 10 % more CPU a document (measured: 101-103 against 91-92 ms a
# news article, the same process without it). None unsets it (``distributed.nanny``). Dask's
# statistical profiler samples every worker thread's stack every 10 ms (for the dashboard's
# profile page): about 8 % more CPU a document (measured with `dyads bench scale`, 1 worker,
# 635 news articles: 118 against 109 ms a document without it, the same as coding the shards in
# the client); it is off (``distributed.worker.profile.enabled``). Dask's own timers wake its
# event-loop thread, which then takes the GIL from the coding thread: the event-loop tick every
# 20 ms (it only warns of a blocked loop), the system monitor every 500 ms (the dashboard's CPU and
# memory plots) and the worker's memory check every 100 ms (spill and pause thresholds that a
# coding worker, whose memory is flat, never nears). Slowed to 1 s, 5 s and 1 s: about 4 % less
# CPU a document in a worker (`dyads bench scale`, BENCHMARKS.md "scale"); heartbeats, the
# nanny's memory limit and task scheduling are unchanged. The GIL monitor (only with gilknocker
# installed) would knock every millisecond: off.
WORKER_SPAWN_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                       "distributed.worker.profile.enabled": False,
                       "distributed.admin.tick.interval": "1s",
                       "distributed.admin.system-monitor.interval": "5s",
                       "distributed.admin.system-monitor.gil.enabled": False,
                       "distributed.worker.memory.monitor-interval": "1s"}


# The Dask dashboard (``--dashboard``): where a local cluster serves it unless told otherwise
# (Dask's own default: port 8787 on every interface), and the bokeh it needs (an optional extra).
DEFAULT_DASHBOARD = ":8787"
BOKEH_MIN = (3, 1)
_ADDRESS = re.compile(r"(?:(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]*):)?(?P<port>[0-9]{1,5})")


def check_dashboard(address: str) -> str:
    """``address`` as a dashboard address (``[HOST]:PORT`` or ``PORT``), once bokeh >= 3.1 is known
    to be importable; a clear ``DyadsError`` otherwise (nothing is installed or downloaded)."""
    m = _ADDRESS.fullmatch(address.strip())
    if not m or int(m["port"]) > 65535:
        raise DyadsError(f"--dashboard-address must be [HOST]:PORT, e.g. {DEFAULT_DASHBOARD} or "
                         f"127.0.0.1:8787 (port 0: any free port), not {address!r}")
    try:
        import bokeh
    except ImportError:
        raise DyadsError("the Dask dashboard needs bokeh: pip install 'dyads[dashboard]'") from None
    have = tuple(int(x) for x in re.findall(r"\d+", str(getattr(bokeh, "__version__", "0")))[:2])
    if have < BOKEH_MIN:
        raise DyadsError(f"the Dask dashboard needs bokeh >= {'.'.join(map(str, BOKEH_MIN))} "
                         f"(this is {bokeh.__version__}): pip install 'dyads[dashboard]'")
    return address.strip()


def _serves_dashboard(dask_scheduler) -> bool:
    """On the scheduler: does its HTTP server hold Dask's bokeh dashboard? (Without bokeh, or with
    ``--no-dashboard``, a scheduler still serves HTTP on its dashboard port, but no dashboard.)"""
    try:
        from bokeh.server.tornado import BokehTornado
    except ImportError:
        return False
    return any(isinstance(app, BokehTornado) for app in getattr(dask_scheduler.http_application, "applications", []))


def dashboard_note(client, scheduler: str | None, address: str | None = None) -> str:
    """One line for the user: where the dashboard of ``client``'s cluster is, or why there is none.
    The URL's host is that of ``address`` when it names one (where the local cluster was told to
    listen), else the scheduler's."""
    try:
        served = client.run_on_scheduler(_serves_dashboard)
    except Exception:  # noqa: BLE001 - a scheduler that runs no client code: say where it would be
        served = None
    link = client.dashboard_link
    host = _ADDRESS.fullmatch(address)["host"] if address and _ADDRESS.fullmatch(address) else None
    port = client.scheduler_info().get("services", {}).get("dashboard")
    if host and port:
        link = f"http://{host}:{port}/status"
    where = "the scheduler's dashboard" if scheduler else "the Dask dashboard"
    if served:
        return f"{where}: {link}"
    if served is None:
        return f"{where} (if the scheduler has bokeh installed): {link}"
    if scheduler:
        return (f"the scheduler {scheduler} serves no dashboard: start `dask scheduler` where bokeh is "
                "installed (pip install 'dyads[dashboard]'); it serves it on port 8787 "
                "(`dask scheduler --dashboard-address ADDR` for another)")
    return "the Dask dashboard did not start (see Dask's warnings above)"


@contextlib.contextmanager
def dask_client(workers: int, scheduler: str | None = None, processes: bool = True,
                dashboard: str | None = None, say: Callable[[str], None] | None = None) -> Iterator:
    """A Dask client on a running scheduler, or on a LocalCluster of ``workers`` single-threaded
    worker processes (``WORKER_SPAWN_CONFIG``; closed on exit).

    ``dashboard``: an address (``[HOST]:PORT``) where the local cluster serves Dask's dashboard
    (bokeh must be installed: ``check_dashboard``); ``say`` gets a line with its URL. On a running
    scheduler the dashboard is the scheduler's own (``dask scheduler`` starts it where bokeh is
    installed): ``say`` gets its URL, or how to start it."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise DyadsError("dask[distributed] is not installed") from exc
    if dashboard is not None and scheduler is None:
        dashboard = check_dashboard(dashboard)
    cluster = None
    if scheduler is None:
        with dask.config.set(WORKER_SPAWN_CONFIG):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                   dashboard_address=dashboard)
    try:
        client = Client(scheduler or cluster, timeout="30s")
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise DyadsError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        if dashboard is not None and say is not None:
            say(dashboard_note(client, scheduler, None if scheduler else dashboard))
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
