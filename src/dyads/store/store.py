"""The ``Store`` class: open, write, re-merge and read a dyads DuckDB file (see ``dyads.store``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyads.errors import DyadsError
from dyads.model import CodedDocument
from dyads.store import schema
from dyads.store.columns import ACTOR_LIST_COLS, EVENT_COLS
from dyads.store.dedup import Cluster, DedupConfig, assign
from dyads.store.filters import EventFilter, where_sql
from dyads.store.rows import (
    _HASH_ID,
    ACTOR_COLS,
    KEY_COLS,
    MENTION_COLS,
    PLACE_COLS,
    SENT_COLS,
    SOURCE_COLS,
    SPAN_COLS,
    Rows,
    document_key,
)

# WAL size that triggers a checkpoint (DuckDB default 16MB); see Store.__init__.
CHECKPOINT_THRESHOLD = "256MB"


class StoreError(DyadsError):
    """The store cannot be opened or written (one clear line for the user)."""


class Store:
    """A DuckDB event store. ``read_only=True`` opens an existing file for queries only."""

    def __init__(
        self,
        path: str | os.PathLike[str] = "dyads.duckdb",
        read_only: bool = False,
        dedup: DedupConfig | None = None,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._seq: int | None = None
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}")
        try:
            self.connection = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            msg = _first_line(exc)
            if "lock" in msg.lower():
                pid = re.search(r"PID (\d+)", msg)
                who = f" (PID {pid.group(1)})" if pid else ""
                raise StoreError(
                    f"store {self.path} is in use by another process{who}: DuckDB allows one "
                    "writer at a time; wait for it to finish, or query a copy of the file"
                ) from None
            raise StoreError(f"cannot open store {self.path}: {msg}") from None
        if read_only:
            have = schema.current_version(self.connection)
            if have == 0:
                self.close()
                raise StoreError(f"{self.path} is not a dyads store (no schema_version table)")
            if have > schema.LATEST:
                self.close()
                raise StoreError(f"{self.path} was made by a newer dyads (schema {have})")
        else:
            schema.migrate(self.connection)
            # Checkpoint less often: each checkpoint rewrites the touched row groups, and
            # small bulk batches then cost ~3x (bench/store_bench.py). Commits still go
            # to the fsynced write-ahead log, so a crash loses nothing committed.
            self.connection.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
        # the actor filter's index (schema 10); a store opened read-only may be older
        self.actor_lists = self.version >= schema.ACTOR_LISTS_VERSION
        # the dedup rule: as given, else the one saved in the store, else the default
        self.dedup = dedup or self.saved_dedup() or DedupConfig()

    # -- context manager -------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "connection", None) is not None:
            self.connection.close()
            self.connection = None  # type: ignore[assignment]

    def reader(self) -> Store:
        """This store on a cursor of its own (a separate DuckDB connection to the same
        database), for reading from one thread while other threads read through theirs.

        DuckDB's Python connection must not be used from several threads at once; its
        cursors may, one per thread (DuckDB's documented way). Each cursor reads a
        consistent snapshot (DuckDB's MVCC), so readers never see half of a write made
        through another connection of this process. ``close()`` on the reader closes its
        cursor only; closing this store invalidates its readers.
        """
        if self.connection is None:
            raise StoreError(f"store {self.path} is closed")
        view = object.__new__(Store)
        view.__dict__.update(self.__dict__)
        view.connection = self.connection.cursor()
        return view

    @property
    def version(self) -> int:
        return schema.current_version(self.connection)

    # -- writing ---------------------------------------------------------------------
    def has_document(self, doc: str | CodedDocument) -> bool:
        """Is this document stored? Give the CodedDocument (exact), or an id: a stored
        id, or a record id (true if any stored record came with that id)."""
        if isinstance(doc, CodedDocument):
            key = document_key(doc)
            rows = self.connection.execute("SELECT 1 FROM documents WHERE id = ?", [key])
        else:
            rows = self.connection.execute(
                "SELECT 1 FROM documents WHERE id = ? OR record_id = ?", [doc, doc]
            )
        return bool(rows.fetchall())

    def has_stored_content(self, doc_id: str) -> bool:
        """Is a document with this ingest id (content hash) stored? Cheap enough to ask before
        parsing. Ids given by records (not content hashes) are never matched: their stored id
        depends on the clean text, so they are coded and then skipped by ``write``."""
        if not _HASH_ID.fullmatch(doc_id or ""):
            return False
        return bool(self.connection.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchall())

    def stored_record_ids(self) -> set[str]:
        """The ids records came with (``--records``), of every stored document that has
        one (``documents.record_id``): read once, so a resumed run skips records before
        parsing them without one query per record."""
        rows = self.connection.execute(
            "SELECT DISTINCT record_id FROM documents WHERE record_id IS NOT NULL"
        ).fetchall()
        return {r[0] for r in rows}

    def write(self, coded: CodedDocument, source: str | None = None) -> bool:
        """Store one coded document in one transaction; False (nothing written) if stored."""
        return self.write_many([coded], source=source) == 1

    def write_many(self, docs: Iterable[CodedDocument], source: str | None = None) -> int:
        """Store many documents in one transaction (bulk inserts); returns how many were new."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        batch: dict[str, CodedDocument] = {}
        for c in docs:
            if not isinstance(c, CodedDocument):
                raise StoreError(f"can only store CodedDocument objects, got {type(c).__name__}")
            if not c.id:
                raise StoreError("cannot store a document without an id")
            batch.setdefault(document_key(c), c)
        if not batch:
            return 0
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            new = self._new_ids(list(batch))
            if new:
                rows = Rows()
                for doc_id in new:
                    rows.add(batch[doc_id], source, self.dedup)
                self._insert(rows)
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            self._seq = None
            if isinstance(exc, (duckdb.Error, pa.ArrowException, TypeError, ValueError)):
                raise StoreError(
                    f"store write failed, nothing written: {_first_line(exc)}"
                ) from exc
            raise
        return len(new)

    def record_failure(
        self, source: str, message: str, doc_id: str | None = None, stage: str = "read"
    ) -> None:
        """Keep one input that could not be read, coded or stored (``dyads errors`` lists them)."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self.connection.execute(
            "INSERT INTO failures (source, doc_id, stage, message) VALUES (?, ?, ?, ?)",
            [str(source)[:2000], doc_id, stage, str(message)[:2000]],
        )

    def failures(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The recorded failures, newest last (none in a store older than schema 8)."""
        if self.version < 8:
            return []
        sql = "SELECT source, doc_id, stage, message, failed_at FROM failures ORDER BY failed_at, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cols, rows = self.query(sql)
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def _new_ids(self, ids: list[str]) -> list[str]:
        have = {
            r[0]
            for r in self.connection.execute(
                "SELECT id FROM documents WHERE id = ANY(?::VARCHAR[])", [ids]
            ).fetchall()
        }
        return [i for i in ids if i not in have]

    def _insert(self, rows: Rows) -> None:
        self._bulk("documents", rows.documents)
        self._bulk("removed_spans", rows.removed_spans, SPAN_COLS)
        self._bulk("sentences", rows.sentences, SENT_COLS)
        self._bulk("mentions", rows.mentions, MENTION_COLS)
        self._bulk("places", rows.places, PLACE_COLS)
        if rows.actors:
            acts = {c: [v[i] for v in rows.actors.values()] for i, c in enumerate(ACTOR_COLS)}
            self._bulk("actors", acts, ACTOR_COLS, or_ignore=True)
        if rows.source_rows:
            self._insert_events(rows)

    def _insert_events(self, rows: Rows) -> None:
        cfg = self.dedup
        src, keys = rows.event_columns()
        ids = keys["id"]
        existing = self._existing_clusters(keys["merge_key"], src["day"], cfg)
        cluster_of = assign(
            ids, keys["merge_key"], src["day"], src["doc_id"], existing, cfg, keys["place_key"]
        )
        src["event_id"] = cids = [cluster_of[i] for i in ids]
        first = self._next_seq()
        src["seq"] = list(range(first, first + len(ids)))
        self._seq = first + len(ids)
        src_tbl = pa.table({c: src[c] for c in SOURCE_COLS})
        self._bulk_table("event_sources", src_tbl)
        sizes = self._insert_heads(src_tbl, src, keys, cids)
        grown = [c.id for c in existing if c.id in sizes]
        if grown:
            self.connection.register("_grown", pa.table({"id": grown}))
            try:
                self.connection.execute(
                    """UPDATE events SET n_sources = s.n_sources, n_outlets = s.n_outlets,
                           n_mentions = s.n_mentions
                       FROM (SELECT event_id, count(DISTINCT doc_id) AS n_sources,
                                    count(DISTINCT outlet) AS n_outlets, count(*) AS n_mentions
                             FROM event_sources WHERE event_id IN (SELECT id FROM _grown)
                             GROUP BY event_id) s
                       WHERE events.id = s.event_id"""
                )
            finally:
                self.connection.unregister("_grown")

    def _insert_heads(
        self, src: pa.Table, cols: dict[str, list], keys: dict[str, list], cids: list[str]
    ) -> Counter:
        """Insert the ``events`` row of each new cluster: its first report's columns
        (``src`` as Arrow, ``cols`` as lists), its keys and flat actor/place columns, and
        its counts. Returns the number of reports per cluster."""
        sizes, heads, counts = _count_reports(keys["id"], cids, cols["doc_id"], cols["outlet"])
        if not heads:
            return sizes
        take = pa.array(heads, type=pa.int64())
        first = src.take(take) if len(heads) < src.num_rows else src
        cols = {c: first.column(c) for c in SOURCE_COLS if c in _EVENT_SET}
        cols.update({c: pa.array(keys[c]).take(take) for c in KEY_COLS})
        cols.update(zip(("n_sources", "n_outlets", "n_mentions"), counts, strict=True))
        self._insert_event_rows(pa.table({c: cols[c] for c in _WRITTEN_EVENT_COLS}))
        return sizes

    def _insert_event_rows(self, tbl: pa.Table) -> None:
        """Insert ``events`` rows (``tbl``: every column but the actor list ids), first adding
        their actor lists' texts not yet in ``actor_lists``, then each row with the ids of its
        two lists (the actor filter's index, schema 10)."""
        con = self.connection
        con.register("_bulk_events", tbl)
        text = schema.ACTOR_LIST_TEXT
        try:
            con.execute(
                f"""INSERT INTO actor_lists (id, text)
                    SELECT (SELECT coalesce(max(id), 0) FROM actor_lists)
                           + row_number() OVER (ORDER BY t), t
                    FROM (SELECT DISTINCT t FROM (
                              SELECT {text.format("source")} AS t FROM _bulk_events
                              UNION ALL SELECT {text.format("target")} FROM _bulk_events)
                          WHERE t IS NOT NULL) n
                    WHERE NOT EXISTS (SELECT 1 FROM actor_lists a WHERE a.text = n.t)"""
            )
            names = ", ".join(f'"{n}"' for n in tbl.column_names)
            picked = ", ".join(f'v."{n}"' for n in tbl.column_names)
            con.execute(
                f"""INSERT INTO events ({names}, {", ".join(ACTOR_LIST_COLS)})
                    SELECT {picked}, s.id, t.id FROM _bulk_events v
                    LEFT JOIN actor_lists s ON s.text = {text.format("v.source")}
                    LEFT JOIN actor_lists t ON t.text = {text.format("v.target")}"""
            )
        finally:
            con.unregister("_bulk_events")

    def _next_seq(self) -> int:
        if self._seq is None:
            row = self.connection.execute("SELECT max(seq) FROM event_sources").fetchall()[0]
            self._seq = int(row[0] or 0) + 1
        first = self._seq
        return first

    def _existing_clusters(
        self, keys: list[str], days: list[dt.date | None], cfg: DedupConfig
    ) -> list[Cluster]:
        """Stored events whose merge key occurs in the batch and whose day is in the window."""
        if cfg.window_days is None:
            return []  # cross-document merging off; new documents never share clusters
        spans: dict[str, list[dt.date]] = {}
        for key, day in zip(keys, days, strict=True):
            if day is not None:
                s = spans.get(key)
                if s is None:
                    spans[key] = [day, day]
                elif day < s[0]:
                    s[0] = day
                elif day > s[1]:
                    s[1] = day
        if not spans:
            return []
        w = dt.timedelta(days=cfg.window_days)
        tbl = pa.table(
            {
                "key": list(spans),
                "lo": [v[0] - w for v in spans.values()],
                "hi": [v[1] + w for v in spans.values()],
            }
        )
        self.connection.register("_batch_keys", tbl)
        try:
            found = self.connection.execute(
                """SELECT e.id, e.merge_key, e.day, e.doc_id, e.place_key FROM events e
                   JOIN _batch_keys k ON e.merge_key = k.key
                   WHERE e.day BETWEEN k.lo AND k.hi ORDER BY e.day, e.id"""
            ).fetchall()
        finally:
            self.connection.unregister("_batch_keys")
        return [Cluster(id=r[0], key=r[1], day=r[2], doc_id=r[3], place=r[4] or "") for r in found]

    def _bulk(
        self,
        table: str,
        cols: dict[str, list],
        names: list[str] | None = None,
        or_ignore: bool = False,
    ) -> None:
        names = names or list(cols)
        if not cols[names[0]]:
            return
        tbl = pa.table({f"c{i}": cols[n] for i, n in enumerate(names)})
        view = f"_bulk_{table}"
        self.connection.register(view, tbl)
        try:
            target = ", ".join(f'"{n}"' for n in names)
            source = ", ".join(f"c{i}" for i in range(len(names)))
            verb = "INSERT OR IGNORE INTO" if or_ignore else "INSERT INTO"
            self.connection.execute(f"{verb} {table} ({target}) SELECT {source} FROM {view}")
        finally:
            self.connection.unregister(view)

    def _bulk_table(self, table: str, tbl: pa.Table) -> None:
        """Bulk insert an Arrow table whose column names are the target's columns."""
        view = f"_bulk_{table}"
        self.connection.register(view, tbl)
        try:
            names = ", ".join(f'"{n}"' for n in tbl.column_names)
            self.connection.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            self.connection.unregister(view)

    # -- the dedup rule ----------------------------------------------------------------
    def saved_dedup(self) -> DedupConfig | None:
        """The dedup rule saved in this store by ``remerge`` (None if never set)."""
        if self.version < 5:
            return None
        rows = self.connection.execute("SELECT value FROM settings WHERE key = 'dedup'").fetchall()
        return DedupConfig(**json.loads(rows[0][0])) if rows else None

    def remerge(self, cfg: DedupConfig) -> dict[str, int]:
        """Re-merge every stored report under ``cfg`` (one transaction) and save ``cfg``
        as this store's rule for later writes. Returns event counts before and after."""
        from dyads.store.remerge import rebuild

        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        con = self.connection
        before = self.count("events")
        con.execute("BEGIN TRANSACTION")
        try:
            src, keys, cids = rebuild(con, cfg)
            con.execute("DELETE FROM events")
            con.execute("DELETE FROM actor_lists")  # the lists of the events written again
            if cids:
                con.register("_remap", pa.table({"rid": keys["id"], "cid": cids}))
                try:
                    con.execute(
                        "UPDATE event_sources SET event_id = m.cid FROM _remap m "
                        "WHERE event_sources.raw_event_id = m.rid"
                    )
                finally:
                    con.unregister("_remap")
                src["event_id"] = cids
                self._insert_heads(pa.table({c: src[c] for c in SOURCE_COLS}), src, keys, cids)
            after = self.count("events")
            con.execute(
                "INSERT OR REPLACE INTO settings VALUES ('dedup', ?)",
                [json.dumps(dataclasses.asdict(cfg))],
            )
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"re-merge failed, nothing changed: {_first_line(exc)}") from exc
            raise
        self.dedup = cfg
        return {"before": before, "after": after, "reports": len(cids)}

    # -- reading ---------------------------------------------------------------------
    def events(
        self,
        since: str | None = None,
        until: str | None = None,
        doc_id: str | None = None,
        plover: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Merged events as dicts (JSON columns decoded), oldest first; ``doc_id`` is a
        stored id or a record id."""
        flt = EventFilter(since=since, until=until, plover=plover, doc_id=doc_id)
        cond, args = where_sql(flt)
        sql = f"SELECT * FROM events{cond} ORDER BY day NULLS LAST, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.dict_rows(sql, args)

    def sources(self, event_id: str) -> list[dict[str, Any]]:
        """The reports (document, sentence, offsets, outlet) behind one merged event."""
        return self.dict_rows(
            "SELECT * FROM event_sources WHERE event_id = ? ORDER BY doc_id, evidence_start",
            [event_id],
        )

    def documents(self) -> list[dict[str, Any]]:
        return self.dict_rows("SELECT * EXCLUDE (text) FROM documents ORDER BY stored_at, id", [])

    def count(self, table: str) -> int:
        if table not in _TABLES:
            raise StoreError(f"unknown table {table!r}")
        return int(self.connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])

    def query(self, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL; returns (column names, rows). Read-only stores refuse writes."""
        try:
            cur = self.connection.execute(sql, params or [])
            names = [d[0] for d in cur.description] if cur.description else []
            return names, cur.fetchall() if names else []
        except duckdb.Error as exc:
            msg = _first_line(exc)
            if self.read_only and "read-only" in msg.lower():
                raise StoreError(
                    f"the store is opened read-only; writes are refused ({msg})"
                ) from None
            raise StoreError(f"SQL error: {msg}") from None

    def without_external_access(self) -> None:
        """From now on SQL on this connection reads the store and nothing else (no files:
        ``read_text``, ``COPY ... TO``, ``ATTACH``)."""
        self.connection.execute("SET enable_external_access = false")

    def dict_rows(self, sql: str, args: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of ``sql`` as dicts, with the columns of type JSON decoded."""
        cur = self.connection.execute(sql, args or [])
        names = [d[0] for d in cur.description]
        json_cols = [n for n, d in zip(names, cur.description, strict=True) if str(d[1]) == "JSON"]
        out = []
        for row in cur.fetchall():
            d = dict(zip(names, row, strict=True))
            for k in json_cols:
                if isinstance(d[k], str):
                    d[k] = json.loads(d[k])
            out.append(d)
        return out


_TABLES = {
    "documents",
    "removed_spans",
    "sentences",
    "mentions",
    "actors",
    "learned_actors",
    "events",
    "event_sources",
    "places",
    "schema_version",
    "failures",
    "actor_lists",
}


def _count_reports(
    ids: list[str], cids: list[str], docs: list[str], outlets: list[str | None]
) -> tuple[Counter, list[int], tuple[list[int], list[int], list[int]]]:
    """Reports per cluster, the row numbers of the cluster heads (reports that start a
    cluster) and, per head, its distinct documents, distinct outlets and reports."""
    sizes = Counter(cids)
    heads = [n for n, (i, c) in enumerate(zip(ids, cids, strict=True)) if i == c]
    n_docs = [1] * len(heads)
    n_outlets = [1 if outlets[n] else 0 for n in heads]
    n_reports = [1] * len(heads)
    merged = {c for c, k in sizes.items() if k > 1}
    if merged:  # most events stand alone: count reports only where they merged
        docs_of: dict[str, set] = {c: set() for c in merged}
        outlets_of: dict[str, set] = {c: set() for c in merged}
        for cid, doc, outlet in zip(cids, docs, outlets, strict=True):
            if cid in merged:
                docs_of[cid].add(doc)
                if outlet:
                    outlets_of[cid].add(outlet)
        for k, n in enumerate(heads):
            i = ids[n]
            if i in merged:
                n_docs[k] = len(docs_of[i])
                n_outlets[k] = len(outlets_of[i])
                n_reports[k] = sizes[i]
    return sizes, heads, (n_docs, n_outlets, n_reports)


_EVENT_SET = set(EVENT_COLS)
_WRITTEN_EVENT_COLS = [c for c in EVENT_COLS if c not in ACTOR_LIST_COLS]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
