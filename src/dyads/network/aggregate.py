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

import duckdb
import pandas as pd

from dyads.dates import first_day
from dyads.store.network import MODALITIES as MODALITIES
from dyads.store.network import PERIODS as PERIODS
from dyads.store.network import RELATION_MODALITIES as RELATION_MODALITIES
from dyads.store.network import dyad_rows
from dyads.store.network import latest_day as latest_day
from dyads.store.network import period_expr as period_expr
from dyads.store.nodes import BARE_SECTORS as BARE_SECTORS
from dyads.store.nodes import LEVELS as LEVELS
from dyads.store.nodes import NON_STATE_SECTORS as NON_STATE_SECTORS
from dyads.store.nodes import node_expr as node_expr

# Yields (withdrawing from, surrendering to, conceding to someone) happen between
# adversaries: CAMEO counts them as cooperation, but they say nothing of alignment,
# so relations (blocs) leave them out; event counts (network) keep them.
RELATION_EXCLUDED_TYPES = ("RETREAT", "CONCEDE")


def dyad_table(
    con: duckdb.DuckDBPyConnection,
    *,
    period: str = "month",
    level: str = "sector",
    since: str | None = None,
    until: str | None = None,
    min_events: int = 1,
    modalities: tuple[str, ...] = ("asserted",),
    exclude_types: tuple[str, ...] = (),
    pairs: str | None = None,
) -> pd.DataFrame:
    """One row per (period, source, target) (SQL in ``dyads.store.network``): ``n_events``, ``n_coop``, ``n_conflict``,
    ``goldstein`` (sum), ``weight`` (signed sum), ``sign`` (+1/-1/0), ``n_sources``.

    Events of a PLOVER type in ``exclude_types`` are left out. Only events whose
    modality is in ``modalities`` count (by default asserted ones:
    a threat is not an attack, a denied strike did not happen).

    ``pairs``: a relation on ``con`` holding ``dyads.store.network.node_pairs(con, level)``
    (kept in memory by the web server): the same rows, summed from it.
    """
    if min_events < 1:
        raise ValueError("min_events must be at least 1")
    df = dyad_rows(
        con, period=period, level=level, since=since, until=until, min_events=min_events,
        modalities=modalities, exclude_types=exclude_types, pairs=pairs,
    )  # fmt: skip
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
        end = first_day(last)  # a stored or checked day, YYYY-MM-DD
        if end is not None:
            since = end.replace(year=end.year - years, day=min(end.day, 28)).isoformat()
    return dyad_table(
        con,
        period=period,
        level=level,
        since=since,
        until=until,
        min_events=min_events,
        modalities=modalities,
        exclude_types=RELATION_EXCLUDED_TYPES,
    )
