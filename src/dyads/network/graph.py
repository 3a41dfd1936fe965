"""Dyad tables to networkx graphs, and graphs to GraphML / GEXF / JSON files."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd

GRAPH_FORMATS = ("graphml", "gexf", "json")


_EDGE_ATTRS = ("weight", "sign", "n_events", "n_coop", "n_conflict", "n_sources")
_SUMMED = ["n_events", "n_coop", "n_conflict", "weight", "n_sources"]


def _to_graph(table: pd.DataFrame, period: str) -> nx.DiGraph:
    G = nx.DiGraph(period=period)
    w = table["weight"].astype(float)
    cols = [
        table["source"].tolist(),
        table["target"].tolist(),
        w.tolist(),
        ((w > 0).astype(int) - (w < 0).astype(int)).tolist(),
        *(table[c].astype(int).tolist() for c in ("n_events", "n_coop", "n_conflict", "n_sources")),
    ]
    G.add_edges_from(
        (row[0], row[1], dict(zip(_EDGE_ATTRS, row[2:], strict=True)))
        for row in zip(*cols, strict=True)
    )
    return G


def graph(table: pd.DataFrame, period: str | None = None) -> nx.DiGraph:
    """A directed graph whose edges carry ``weight`` (signed), ``sign``, ``n_events``,
    ``n_coop``, ``n_conflict``, ``n_sources``. ``period`` selects one period of a
    multi-period table; when the table holds several periods and none is chosen, they
    are summed."""
    if period is not None:
        table = table[table["period"] == period]
    elif table["period"].nunique() > 1:
        table = table.groupby(["source", "target"], as_index=False)[_SUMMED].sum()
    return _to_graph(table, period or "all")


def graphs_by_period(table: pd.DataFrame) -> dict[str, nx.DiGraph]:
    """One graph per period of a dyad table (grouped once)."""
    return {str(p): _to_graph(part, str(p)) for p, part in table.groupby("period", sort=True)}


def signed_undirected(G: nx.DiGraph) -> nx.Graph:
    """Fold both directions of each dyad into one undirected signed edge (weights add)."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    for a, b, d in G.edges(data=True):
        if U.has_edge(a, b):
            e = U[a][b]
            e["weight"] += d["weight"]
            e["n_events"] += d["n_events"]
        else:
            U.add_edge(a, b, weight=d["weight"], n_events=d["n_events"])
    for _, _, e in U.edges(data=True):
        e["sign"] = 1 if e["weight"] > 0 else (-1 if e["weight"] < 0 else 0)
    return U


def write_graph(G: nx.Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Write GraphML, GEXF or node-link JSON (format from ``fmt`` or the file suffix)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
    if fmt == "graphml":
        nx.write_graphml(G, path)
    elif fmt == "gexf":
        nx.write_gexf(G, path)
    else:
        path.write_text(json.dumps(nx.node_link_data(G, edges="links"), indent=1), encoding="utf-8")
    return path
