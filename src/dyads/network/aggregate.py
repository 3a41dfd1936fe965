"""Aggregate stored events into directed, signed, weighted dyads per period (in SQL).

Each merged event counts once (``dedup`` already folded its reports together) and
contributes to every (source actor, target actor) pair it names. Its signed value
is its Goldstein score when it has one, else +1 for QuadClass 1-2 (verbal/material
cooperation) and -1 for QuadClass 3-4 (verbal/material conflict); events with
neither are left out. A dyad's ``weight`` is the sum of its events' values, its
``sign`` the sign of that sum.

Actors are aggregated at one of three levels (``level``):

* ``code``: the full actor code (``SYRREBKUR``, ``USAGOV``, ``IMGMUSISI``);
* ``sector``: country + first sector (``SYRREB``, ``USAGOV``; qualifiers dropped);
  actors with no country (international groups such as Isis) keep their code;
* ``country``: state sectors collapse to the country (``USAGOV`` + ``USAMIL`` ->
  ``USA``), but non-state sectors (rebels, insurgents, opposition, ...; see
  ``NON_STATE_SECTORS``) stay ``country+sector`` so that a government and the
  rebels fighting it never become one node.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dyads.store.filters import EventFilter
from dyads.store.nodes import ACTOR_TYPE, flat_actor, node_expr
from dyads.store.nodes import BARE_SECTORS as BARE_SECTORS
from dyads.store.nodes import LEVELS as LEVELS
from dyads.store.nodes import NON_STATE_SECTORS as NON_STATE_SECTORS

PERIODS = ("week", "month", "year", "all")
MODALITIES = ("asserted", "negated", "threatened", "hypothetical", "intended")
# Relations (blocs) also read threats and intentions ("warned them not to test us",
# "are trying to form a bloc against Iran"); event counts (network) only asserted acts.
RELATION_MODALITIES = ("asserted", "threatened", "intended")
# Yields (withdrawing from, surrendering to, conceding to someone) happen between
# adversaries: CAMEO counts them as cooperation, but they say nothing of alignment,
# so relations (blocs) leave them out; event counts (network) keep them.
RELATION_EXCLUDED_TYPES = ("RETREAT", "CONCEDE")

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


def dyads(
    con: duckdb.DuckDBPyConnection,
    *,
    period: str = "month",
    level: str = "sector",
    since: str | None = None,
    until: str | None = None,
    min_events: int = 1,
    modalities: tuple[str, ...] = ("asserted",),
    exclude_types: tuple[str, ...] = (),
) -> pd.DataFrame:
    """One row per (period, source, target): ``n_events``, ``n_coop``, ``n_conflict``,
    ``goldstein`` (sum), ``weight`` (signed sum), ``sign`` (+1/-1/0), ``n_sources``.

    Events of a PLOVER type in ``exclude_types`` are left out. Only events whose
    modality is in ``modalities`` count (by default asserted ones:
    a threat is not an attack, a denied strike did not happen).
    """
    if min_events < 1:
        raise ValueError("min_events must be at least 1")
    where, args = EventFilter(since=since, until=until).where()
    where.insert(0, "(goldstein IS NOT NULL OR quad_class BETWEEN 1 AND 4)")
    if period != "all":
        where.append("day IS NOT NULL")
    if modalities:
        where.append(f"modality IN ({', '.join('?' for _ in modalities)})")
        args.extend(modalities)
    if exclude_types:
        where.append(f"coalesce(plover, '') NOT IN ({', '.join('?' for _ in exclude_types)})")
        args.extend(t.upper() for t in exclude_types)
    src, tgt = node_expr("s", level), node_expr("t", level)
    flat = " AND ".join(f"json_array_length({c}) = 1" for c in ("source", "target"))
    # Events with one source and one target actor (nearly all) read the flat columns;
    # only the others pay for parsing their JSON actor lists.
    sql = f"""
    WITH ev AS (
        SELECT {period_expr(period)} AS period, source, target, n_sources, quad_class,
               coalesce(goldstein, CASE WHEN quad_class <= 2 THEN 1.0 ELSE -1.0 END) AS value,
               {flat} AS single,
               {flat_actor("source")} AS s1, {flat_actor("target")} AS t1
        FROM events WHERE {" AND ".join(where)}
    ), s AS (
        SELECT period, value, quad_class, n_sources, target,
               unnest(from_json(source, '{ACTOR_TYPE}')) AS s
        FROM ev WHERE NOT coalesce(single, FALSE)
    ), st AS (
        SELECT period, value, quad_class, n_sources, s,
               unnest(from_json(target, '{ACTOR_TYPE}')) AS t
        FROM s
    ), pairs AS (
        SELECT period, value, quad_class, n_sources, s, t FROM st
        UNION ALL
        SELECT period, value, quad_class, n_sources, s1 AS s, t1 AS t FROM ev WHERE single
    ), nodes AS (
        SELECT period, {src} AS source, {tgt} AS target, value, quad_class, n_sources FROM pairs
    )
    SELECT period, source, target, count(*) AS n_events,
           count(*) FILTER (WHERE quad_class <= 2) AS n_coop,
           count(*) FILTER (WHERE quad_class >= 3) AS n_conflict,
           sum(value) AS weight, sum(n_sources) AS n_sources
    FROM nodes
    WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
    GROUP BY ALL HAVING count(*) >= {int(min_events)}
    ORDER BY period, weight
    """
    df = con.execute(sql, args).df()
    df["sign"] = ((df["weight"] > 0).astype("int8") - (df["weight"] < 0).astype("int8")).astype(
        "int8"
    )
    return df


def relations(
    con: duckdb.DuckDBPyConnection,
    *,
    level: str = "country",
    since: str | None = None,
    until: str | None = None,
    years: int = 5,
    min_events: int = 1,
    modalities: tuple[str, ...] = RELATION_MODALITIES,
    period: str = "all",
) -> pd.DataFrame:
    """The dyads that blocs are read from: the last ``years`` years up to the most
    recent event when ``since`` is not given (0: all of history), asserted, threatened
    and intended events, yields left out; one period (``"all"``) or one per period."""
    if since is None and years:
        last = until or latest_day(con)
        if last:
            end = dt.date.fromisoformat(last[:10])
            since = end.replace(year=end.year - years, day=min(end.day, 28)).isoformat()
    return dyads(
        con,
        period=period,
        level=level,
        since=since,
        until=until,
        min_events=min_events,
        modalities=modalities,
        exclude_types=RELATION_EXCLUDED_TYPES,
    )
