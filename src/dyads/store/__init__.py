"""The durable store: one DuckDB file with a versioned schema (see docs/schema.md).

    with Store("dyads.duckdb") as st:
        st.write(coded, source="path/to/file.txt")   # False if already stored
        rows = st.events(since="2017-01-01")

Every ``write``/``write_many`` call is one transaction: a crash (even ``kill -9``)
leaves each document either fully stored or absent, and a rerun skips what is
stored (documents are keyed by their content hash, ``CodedDocument.id``). Events
are merged across documents as they arrive (``dyads.store.dedup``): ``events`` holds one
row per real-world event, ``event_sources`` one row per report of it.
"""

from dyads.store.dedup import DedupConfig
from dyads.store.filters import EventFilter
from dyads.store.store import Store, StoreError

__all__ = ["Store", "StoreError", "DedupConfig", "EventFilter"]
