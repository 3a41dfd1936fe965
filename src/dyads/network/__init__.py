"""The signed actor network: dyads per period, graphs, and blocs of structural balance.

from dyads.network import dyad_table, graph, blocs
table = dyad_table(store.connection, period="month", level="sector", min_events=2)
G = graph(table)                   # networkx DiGraph, signed weights
result = blocs(G)                  # blocs maximising structural balance
"""

from dyads.network.aggregate import (
    LEVELS,
    MODALITIES,
    NON_STATE_SECTORS,
    PERIODS,
    RELATION_EXCLUDED_TYPES,
    RELATION_MODALITIES,
    dyad_table,
    latest_day,
    relations,
)
from dyads.network.blocs import BlocResult, blocs, frustration
from dyads.network.graph import graph, graphs_by_period, signed_undirected, write_graph

__all__ = [
    "LEVELS",
    "MODALITIES",
    "RELATION_EXCLUDED_TYPES",
    "RELATION_MODALITIES",
    "latest_day",
    "relations",
    "NON_STATE_SECTORS",
    "PERIODS",
    "BlocResult",
    "blocs",
    "dyad_table",
    "frustration",
    "graph",
    "graphs_by_period",
    "signed_undirected",
    "write_graph",
]
