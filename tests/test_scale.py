"""The Dask runner codes the same documents to the same events as the in-process pipeline."""

from __future__ import annotations

import pytest

from dyads import pipeline
from dyads.errors import DyadsError
from dyads.ingest import document_from_string
from dyads.scale import code_distributed

TEXTS = [
    "Egyptian troops attacked Libyan border posts on Monday.",
    "Kenya accused Uganda of harbouring rebels.",
    "Peru expelled two Chilean diplomats last week.",
]


def _key(coded):
    return sorted((e.plover, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in coded.events)


def test_local_cluster_matches_in_process_pipeline():
    docs = [document_from_string(t, published="2020-01-10") for t in TEXTS]
    local = {c.id: _key(c) for c in pipeline.code_documents(docs)}
    dist = {c.id: _key(c) for c in code_distributed(docs, workers=1, batch_size=2)}
    assert dist == local
    assert any(local.values())


def test_bad_worker_count_is_a_clear_error():
    with pytest.raises(DyadsError, match="at least 1"):
        list(code_distributed([], workers=0))


def _worker_environment() -> dict:
    import os

    return {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_")}


def test_local_worker_processes_code_on_one_thread_with_glibc_adaptive_malloc(monkeypatch):
    """One thread per worker and one BLAS thread (a worker per core), and no MALLOC_TRIM_THRESHOLD_
    (Dask's default, which costs about 10 % of a worker's CPU: ``scale.WORKER_SPAWN_CONFIG``)."""
    from dyads.scale import dask_client

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with dask_client(1) as client:
        assert list(client.nthreads().values()) == [1]
        (env,) = client.run(_worker_environment).values()
    assert env == {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MALLOC_TRIM_THRESHOLD_": None}
