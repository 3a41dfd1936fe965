"""Merge the Parquet parts of a shard-parallel run (``dyads.shards``) into one store.

Each part is imported in one transaction: its documents not stored yet (by id, the content
hash), their sentences, mentions, places and removed spans, the actors, and their reports,
which join the stored events through the same cross-document dedup as ``Store.write`` (the
reports are re-coded from their columns, ``remerge.report_rows``). A part's failures are kept
the first time the part is imported (``settings`` remembers the parts imported, with their
checksum). A rerun, or a resumed run's parts, therefore adds nothing twice.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from dyads.store.remerge import report_rows
from dyads.store.rows import KEY_COLS, SOURCE_COLS
from dyads.store.store import Store, StoreError

PARTS = "parts"
REPORT = "report.json"
_DOC_TABLES = ("removed_spans", "sentences", "mentions", "places")


def part_dirs(out_dir: str | Path) -> list[Path]:
    """The complete parts under a shard run's directory (or the part directory itself)."""
    root = Path(out_dir)
    if (root / REPORT).is_file():
        return [root]
    if not (root / PARTS).is_dir():
        raise StoreError(f"{root} holds no parts (expected {root / PARTS}/<part>/{REPORT})")
    return sorted(p for p in (root / PARTS).iterdir() if (p / REPORT).is_file())


def import_parts(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Import every part under ``out_dir``; returns counts of parts, new documents and reports."""
    totals = {"parts": 0, "documents": 0, "reports": 0, "failures": 0}
    for part in part_dirs(out_dir):
        got = import_part(store, part)
        totals["parts"] += 1
        for key in ("documents", "reports", "failures"):
            totals[key] += got[key]
    return totals


def import_part(store: Store, part: Path) -> dict[str, int]:
    """Import one part in one transaction (nothing of it on failure)."""
    if store.read_only:
        raise StoreError(f"store {store.path} is open read-only")
    con = store.connection
    con.execute("BEGIN TRANSACTION")
    try:
        got = _import(store, part)
        con.execute("COMMIT")
    except BaseException as exc:
        con.execute("ROLLBACK")
        store._seq = None
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot import {part}: {str(exc).splitlines()[0]}") from exc
    return got


def _parquet(part: Path, table: str) -> str:
    path = str(part / f"{table}.parquet").replace("'", "''")
    return f"read_parquet('{path}')"


def _import(store: Store, part: Path) -> dict[str, int]:
    con = store.connection
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _part_new AS SELECT id FROM {_parquet(part, 'documents')}
            WHERE id NOT IN (SELECT id FROM documents)"""
    )
    new_docs = con.execute("SELECT count(*) FROM _part_new").fetchall()[0][0]
    reports = 0
    if new_docs:
        con.execute(f"INSERT INTO documents BY NAME SELECT * FROM {_parquet(part, 'documents')} "
                    "WHERE id IN (SELECT id FROM _part_new)")
        for table in _DOC_TABLES:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {_parquet(part, table)} "
                        "WHERE doc_id IN (SELECT id FROM _part_new)")
        con.execute(f"INSERT OR IGNORE INTO actors BY NAME SELECT * FROM {_parquet(part, 'actors')}")
        rows = _reports(store, part)
        reports = len(rows.source_rows)
        if reports:
            store._insert_events(rows)
    con.execute("DROP TABLE _part_new")
    return {"documents": new_docs, "reports": reports, "failures": _import_failures(store, part)}


def _reports(store: Store, part: Path):
    """The new documents' reports as rows to insert: read with the keys the worker computed when
    it used the store's dedup rule, else re-coded here."""
    report = json.loads((part / REPORT).read_text(encoding="utf-8"))
    if report.get("dedup") == dataclasses.asdict(store.dedup) and (part / "report_keys.parquet").is_file():
        return _KeyedReports(store.connection, part)
    return report_rows(store.connection, store.dedup, _parquet(part, "event_sources"),
                       "s.doc_id IN (SELECT id FROM _part_new)")


class _KeyedReports:
    """The new documents' reports and their precomputed keys, as columns (``Rows``' interface)."""

    def __init__(self, con, part: Path) -> None:
        src = ", ".join(f"CAST(s.{c} AS VARCHAR) AS {c}" if c in _JSON else f"s.{c}" for c in SOURCE_COLS)
        keys = ", ".join(f"k.{c}" for c in KEY_COLS)
        tbl = con.sql(
            f"""SELECT {src}, {keys} FROM {_parquet(part, 'event_sources')} s
                JOIN {_parquet(part, 'report_keys')} k ON k.id = s.raw_event_id
                WHERE s.doc_id IN (SELECT id FROM _part_new) ORDER BY s.seq"""
        ).to_arrow_table()
        self.columns = {c: tbl.column(c).to_pylist() for c in tbl.column_names}
        self.source_rows = self.columns["raw_event_id"]

    def event_columns(self) -> tuple[dict[str, list], dict[str, list]]:
        return ({c: self.columns[c] for c in SOURCE_COLS}, {c: self.columns[c] for c in KEY_COLS})


_JSON = ("source", "target", "place", "quantities", "attribution")


def _import_failures(store: Store, part: Path) -> int:
    """The part's failures, once per part and checksum (remembered in ``settings``)."""
    con = store.connection
    report = json.loads((part / REPORT).read_text(encoding="utf-8"))
    key = f"part:{part.name}"
    seen = con.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchall()
    if seen and seen[0][0] == report.get("checksum"):
        return 0
    con.execute(f"INSERT INTO failures BY NAME SELECT * FROM {_parquet(part, 'failures')}")
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, report.get("checksum")])
    return len(report.get("failures", []))
