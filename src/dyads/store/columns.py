"""The ``events`` table's columns, spelled once.

Each column has its DuckDB type, the ``Event`` field it stores (None: made by the store:
flat copies of the first actor and the place, dedup keys, merge counts) and how the flat
exports write it: ``plain`` (as is), ``json`` (its JSON as text, after the plain columns)
or ``""`` (left out: internal, or carried by other columns). ``dyads export csv|parquet``,
``dyads code --format csv`` (``store.rows.flat_events``) and the row writer
(``store.rows``) read their column lists from here; ``tests/store/test_columns.py`` holds
the schema, the dataclass and those writers to this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    field: str | None = None
    flat: str = "plain"


def _actor_columns(side: str) -> tuple[Column, ...]:
    return tuple(
        Column(f"{side}_{part}", "VARCHAR")
        for part in ("code", "name", "country", "sector", "key")
    )


EVENT_TABLE: tuple[Column, ...] = (
    Column("id", "VARCHAR", "id"),
    Column("doc_id", "VARCHAR", "doc_id"),
    Column("sentence", "VARCHAR", "sentence"),
    Column("evidence_start", "INTEGER", "evidence"),
    Column("evidence_end", "INTEGER", "evidence"),
    Column("trigger", "VARCHAR", "trigger"),
    Column("plover", "VARCHAR", "plover"),
    Column("mode", "VARCHAR", "mode"),
    Column("cameo", "VARCHAR", "cameo"),
    Column("quad_class", "TINYINT", "quad_class"),
    Column("goldstein", "DOUBLE", "goldstein"),
    Column("acled", "VARCHAR", "acled"),
    Column("acled_type", "VARCHAR", "acled_type"),
    Column("source", "JSON", "source", "json"),
    Column("target", "JSON", "target", "json"),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("place", "JSON", "place", ""),
    Column("place_key", "VARCHAR"),
    Column("place_name", "VARCHAR"),
    Column("geonameid", "BIGINT"),
    Column("lat", "DOUBLE"),
    Column("lon", "DOUBLE"),
    Column("place_country", "VARCHAR"),
    Column("date", "VARCHAR", "date"),
    Column("date_precision", "VARCHAR", "date_precision"),
    Column("day", "DATE"),
    Column("modality", "VARCHAR", "modality"),
    Column("attribution", "JSON", "attribution", "json"),
    Column("confidence", "DOUBLE", "confidence"),
    Column("rule", "VARCHAR", "rule"),
    Column("quantities", "JSON", "quantities", "json"),
    Column("implicit", "BOOLEAN", "implicit"),
    Column("merge_key", "VARCHAR", None, ""),
    Column("n_sources", "INTEGER"),
    Column("n_outlets", "INTEGER"),
    Column("n_mentions", "INTEGER"),
    # the actor filter's index (schema 10): ids of the source and target lists' texts in
    # ``actor_lists``, given by the store as it inserts the row
    Column("source_list_id", "INTEGER", None, ""),
    Column("target_list_id", "INTEGER", None, ""),
)

# Columns the store fills from ``actor_lists`` when it inserts events (not from a report).
ACTOR_LIST_COLS = ("source_list_id", "target_list_id")

# Event fields the store does not keep (``background`` only steers the document's label).
NOT_STORED = ("background",)

EVENT_COLS: list[str] = [c.name for c in EVENT_TABLE]
# The columns of the flat exports (CSV, Parquet) and of ``dyads code --format csv``.
FLAT_COLUMNS: tuple[str, ...] = (
    *(c.name for c in EVENT_TABLE if c.flat == "plain"),
    *(c.name for c in EVENT_TABLE if c.flat == "json"),
)
JSON_FLAT_COLUMNS: tuple[str, ...] = tuple(c.name for c in EVENT_TABLE if c.flat == "json")


def flat_select(alias: str = "e") -> str:
    """SQL select list of the flat columns over the ``events`` table ``alias``."""
    return ", ".join(
        f"CAST({alias}.{n} AS VARCHAR) AS {n}" if n in JSON_FLAT_COLUMNS else f"{alias}.{n}"
        for n in FLAT_COLUMNS
    )
