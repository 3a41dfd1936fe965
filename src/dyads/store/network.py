"""SQL of the signed actor network: stored events as (period, source node, target node)
rows with their counts and signed weight (``dyads.network`` builds graphs and blocs on them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb
import pandas as pd
import pyarrow as pa

from dyads.model import ALL_SOURCES_NOTE, EVERY_SIDE_NOTE
from dyads.store.filters import EventFilter
from dyads.store.nodes import ACTOR_TYPE, flat_actor, node_expr

if TYPE_CHECKING:
    import pandas as pd

PERIODS = ("week", "month", "year", "all")
MODALITIES = ("asserted", "negated", "threatened", "hypothetical", "intended", "attributed")
# Relations (blocs) also read threats and intentions ("warned them not to test us",
# "are trying to form a bloc against Iran"); event counts (network) only asserted acts.
RELATION_MODALITIES = ("asserted", "threatened", "intended")


def latest_day(con: duckdb.DuckDBPyConnection) -> str | None:
    """The day of the most recent stored event (ISO), or None for an empty store."""
    row = con.execute("SELECT CAST(max(day) AS VARCHAR) FROM events").fetchall()[0]
    return row[0]


def period_expr(period: str) -> str:
    if period == "week":
        return "strftime(date_trunc('week', day), '%G-W%V')"
    if period == "month":
        return "strftime(day, '%Y-%m')"
    if period == "year":
        return "strftime(day, '%Y')"
    if period == "all":
        return "'all'"
    raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")


# Events coded the PLOVER way with every party a source and no target (talks among parties, a
# joint agreement, two-sided fighting; ``events.make``): each party acts with each other one,
# so they count as pairs of their sources, both ways.
_JOINT = ("(json_array_length(target) = 0 AND json_array_length(source) >= 2 AND "
          f"(rule LIKE '%{ALL_SOURCES_NOTE}%' OR rule LIKE '%{EVERY_SIDE_NOTE}%'))")


def _pairs_sql(level: str, period: str, where: list[str], extra: str = "") -> str:
    """SQL of one row per (event, source actor, target actor) that ``where`` keeps, as
    nodes at ``level``: ``period, source, target, value, quad_class, n_sources`` and the
    event columns ``extra`` names; self-loops and unnamed nodes are left out. An event with
    every party a source (``_JOINT``) gives a pair for each two of its sources."""
    src, tgt = node_expr("s", level), node_expr("t", level)
    flat = " AND ".join(f"json_array_length({c}) = 1" for c in ("source", "target"))
    more = f", {extra}" if extra else ""
    # Events with one source and one target actor (nearly all) read the flat columns;
    # only the others pay for parsing their JSON actor lists.
    return f"""
    WITH ev AS (
        SELECT {period_expr(period)} AS period, source, target, n_sources, quad_class,
               coalesce(goldstein, CASE WHEN quad_class <= 2 THEN 1.0 ELSE -1.0 END) AS value,
               {flat} AS single, {_JOINT} AS joint,
               {flat_actor("source")} AS s1, {flat_actor("target")} AS t1{more}
        FROM events WHERE {" AND ".join(where)}
    ), s AS (
        SELECT period, value, quad_class, n_sources, target{more},
               unnest(from_json(source, '{ACTOR_TYPE}')) AS s
        FROM ev WHERE NOT coalesce(single, FALSE)
    ), st AS (
        SELECT period, value, quad_class, n_sources, s{more},
               unnest(from_json(target, '{ACTOR_TYPE}')) AS t
        FROM s
    ), co AS (
        SELECT period, value, quad_class, n_sources{more}, from_json(source, '{ACTOR_TYPE}') AS arr
        FROM ev WHERE joint
    ), co1 AS (
        SELECT period, value, quad_class, n_sources{more}, arr, unnest(arr) AS s FROM co
    ), co2 AS (
        SELECT period, value, quad_class, n_sources{more}, s, unnest(arr) AS t FROM co1
    ), pairs AS (
        SELECT period, value, quad_class, n_sources, s, t{more} FROM st
        UNION ALL
        SELECT period, value, quad_class, n_sources, s1 AS s, t1 AS t{more} FROM ev WHERE single
        UNION ALL
        SELECT period, value, quad_class, n_sources, s, t{more} FROM co2
    ), nodes AS (
        SELECT period, {src} AS source, {tgt} AS target, value, quad_class, n_sources{more}
        FROM pairs
    )
    SELECT * FROM nodes
    WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
    """


_SUMS = """count(*) AS n_events,
           count(*) FILTER (WHERE quad_class <= 2) AS n_coop,
           count(*) FILTER (WHERE quad_class >= 3) AS n_conflict,
           sum(value) AS weight, sum(n_sources) AS n_sources"""

# What the network counts at all: events with a sign.
_SIGNED = "(goldstein IS NOT NULL OR quad_class BETWEEN 1 AND 4)"


def node_pairs(con: duckdb.DuckDBPyConnection, level: str) -> pa.Table:
    """Every signed event's (source node, target node) pairs at ``level`` with what the
    network filters on and sums (``day, modality, plover`` ('' for none), ``value``,
    ``quad_class``, ``n_sources``): an Arrow table to keep in memory and give to
    ``dyad_rows(pairs=...)``, which then sums a narrow table instead of parsing actors."""
    extra = "day, modality, coalesce(plover, '') AS plover"
    sql = _pairs_sql(level, "all", [_SIGNED], extra)
    rel = con.sql(
        f"SELECT day, modality, plover, value, quad_class, n_sources, source, target FROM ({sql})"
    )
    return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()


def dyad_rows(
    con: duckdb.DuckDBPyConnection,
    *,
    period: str,
    level: str,
    since: str | None,
    until: str | None,
    min_events: int,
    modalities: tuple[str, ...],
    exclude_types: tuple[str, ...],
    pairs: str | None = None,
) -> pd.DataFrame:
    """One row per (period, source, target) with ``n_events``, ``n_coop``, ``n_conflict``,
    ``weight`` and ``n_sources`` (see ``dyads.network.dyad_table``). ``pairs``: the name of a
    relation ``con`` can read holding ``node_pairs(con, level)`` (the same rows, summed)."""
    where, args = EventFilter(since=since, until=until).where()
    if period != "all":
        where.append("day IS NOT NULL")
    if modalities:
        where.append(f"modality IN ({', '.join('?' for _ in modalities)})")
        args.extend(modalities)
    if exclude_types:
        plover = "plover" if pairs else "coalesce(plover, '')"
        where.append(f"{plover} NOT IN ({', '.join('?' for _ in exclude_types)})")
        args.extend(t.upper() for t in exclude_types)
    if pairs:
        cond = f" WHERE {' AND '.join(where)}" if where else ""
        sql = f"""
        SELECT {period_expr(period)} AS period, source, target, {_SUMS}
        FROM {pairs}{cond}
        GROUP BY ALL HAVING count(*) >= {int(min_events)}
        ORDER BY period, weight
        """
        return con.execute(sql, args).df()
    sql = f"""
    SELECT period, source, target, {_SUMS}
    FROM ({_pairs_sql(level, period, [_SIGNED, *where])})
    GROUP BY ALL HAVING count(*) >= {int(min_events)}
    ORDER BY period, weight
    """
    return con.execute(sql, args).df()
