"""Blocs as the CLI and the web report them: relations -> signed graph -> blocs, per period."""

from __future__ import annotations

import duckdb

from dyads.network.aggregate import RELATION_MODALITIES, relations
from dyads.network.blocs import BlocResult, blocs
from dyads.network.graph import graph


def blocs_by_period(
    con: duckdb.DuckDBPyConnection,
    *,
    level: str = "country",
    since: str | None = None,
    until: str | None = None,
    years: int = 5,
    min_events: int = 1,
    modalities: tuple[str, ...] = RELATION_MODALITIES,
    period: str = "all",
    max_blocs: int | None = None,
) -> dict[str, BlocResult]:
    """The blocs of each period (``"all"``: one) of the relations read from the store
    (``relations``: recent years, yields left out); empty when no dyads match."""
    table = relations(
        con, level=level, since=since, until=until, years=years,
        min_events=min_events, modalities=modalities, period=period,
    )  # fmt: skip
    return {
        str(p): blocs(graph(part), max_blocs=max_blocs)
        for p, part in table.groupby("period", sort=True)
    }


def blocs_summary(con: duckdb.DuckDBPyConnection, **options) -> dict:
    """The blocs of all periods together as ``BlocResult.summary`` gives them (no dyads: no
    blocs, nothing frustrated, balance 1)."""
    found = blocs_by_period(con, **options)
    if not found:
        return {"blocs": [], "frustration": 0.0, "n_frustrated": 0, "frustrated": [],
                "balance": 1.0, "exact": True}  # fmt: skip
    return found["all"].summary()
