"""Blocs as the CLI and the web report them: relations -> signed graph -> blocs, per period."""

from __future__ import annotations

from typing import Any

import duckdb

from dyads.network.aggregate import relations
from dyads.network.blocs import BlocResult, blocs
from dyads.network.graph import graph


def blocs_by_period(
    con: duckdb.DuckDBPyConnection, *, max_blocs: int | None = None, **options: Any
) -> dict[str, BlocResult]:
    """The blocs of each period (``period="all"``, the default: one) of the relations read
    from the store; ``options`` are those of ``relations`` (level, since, until, years,
    min_events, modalities, period). Empty when no dyads match."""
    table = relations(con, **options)
    return {
        str(p): blocs(graph(part), max_blocs=max_blocs)
        for p, part in table.groupby("period", sort=True)
    }


def blocs_summary(con: duckdb.DuckDBPyConnection, **options: Any) -> dict[str, Any]:
    """The blocs of all periods together as ``BlocResult.summary`` gives them (no dyads: no
    blocs, nothing frustrated, balance 1)."""
    found = blocs_by_period(con, **options)
    if not found:
        return {"blocs": [], "frustration": 0.0, "n_frustrated": 0, "frustrated": [],
                "balance": 1.0, "exact": True}  # fmt: skip
    return found["all"].summary()
