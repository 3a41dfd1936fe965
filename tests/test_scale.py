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
