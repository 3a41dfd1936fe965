"""The Dask runner: the same pipeline function mapped over batches of documents on a cluster.

``code_distributed(docs, workers=N)`` starts a ``LocalCluster`` of N single-threaded worker
processes (a laptop); ``scheduler="tcp://host:8786"`` uses a running cluster instead. Each worker
process loads the spaCy pipeline once (``dyads.nlp.get_nlp`` is cached per process) and codes
whole batches with ``pipeline.code_documents``. Results come back as batches finish, with at
most ``IN_FLIGHT_PER_WORKER`` batches queued per worker, so memory stays flat on long runs.
Nothing in the stages knows whether it runs here or on a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from dyads.errors import DyadsError
from dyads.model import CodedDocument, Document

# Batches queued per worker: enough to keep each busy while results stream back.
IN_FLIGHT_PER_WORKER = 2


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def code_batch(batch: list[Document], actor_kb=None, min_confidence: float | None = None,
               verbs=None) -> list[CodedDocument]:
    """What a worker runs: the ordinary pipeline over one batch."""
    from dyads import pipeline

    return list(pipeline.code_documents(batch, batch_size=len(batch), actor_kb=actor_kb,
                                        min_confidence=min_confidence, verbs=verbs))


def code_distributed(
    docs: Iterable[Document],
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = 16,
    processes: bool = True,
    actor_kb=None,
    min_confidence: float | None = None,
    verbs=None,
) -> Iterator[CodedDocument]:
    """Code ``docs`` on a Dask cluster; yields coded documents as their batches complete."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise DyadsError("dask[distributed] is not installed") from exc
    if workers < 1:
        raise DyadsError("--workers must be at least 1")
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
    try:
        client = Client(scheduler or cluster, timeout="30s")
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise DyadsError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = n_workers * IN_FLIGHT_PER_WORKER
        pending = as_completed()
        batches = _batches(docs, batch_size)
        for batch in islice(batches, limit):
            pending.add(client.submit(code_batch, batch, actor_kb, min_confidence, verbs, pure=False))
        for fut in pending:
            yield from fut.result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.add(client.submit(code_batch, nxt, actor_kb, min_confidence, verbs, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
