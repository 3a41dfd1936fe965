"""Blocs that maximise structural balance on a signed graph, and the frustration index.

A partition of the actors into blocs is *balanced* when every positive tie lies
inside a bloc and every negative tie between blocs (friends of friends are friends,
enemies of enemies may be friends: Davis's weak balance, which allows more than two
blocs). The *frustration* of a partition is the total |weight| of the ties that
break this: negative ties inside a bloc plus positive ties across blocs. The
frustration index of the graph is the least frustration over all partitions; we
report it together with the partition that reaches it and the ties it leaves
frustrated. With ``max_blocs=2`` this is Harary's classic two-camp balance.

Each connected component is solved on its own (costs add up, and actors with no tie
to each other have no reason to share a bloc). A component of at most
``EXACT_MAX_NODES`` actors is solved exactly by branch and bound over set partitions
(seeded with the heuristic's result as the bound); larger ones by a local search
(greedy start, single-actor moves and bloc merges, several seeded restarts), and
the result says which (``exact``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

# Exact search stays under ~1 s per component up to this size on the test graphs
# (tests/network/test_blocs.py, 2-core x86_64); beyond it the local search runs.
EXACT_MAX_NODES = 14
# Branch-and-bound gives up (and keeps the heuristic's answer) after this many nodes.
EXACT_NODE_BUDGET = 2_000_000
HEURISTIC_RESTARTS = 20


@dataclass
class BlocResult:
    """Blocs (lists of actors, largest first), the frustration and how it was found."""

    blocs: list[list[str]]
    frustration: float  # weighted: sum of |weight| of frustrated ties
    frustrated: list[tuple[str, str, float]] = field(default_factory=list)
    total_weight: float = 0.0
    exact: bool = True

    @property
    def n_frustrated(self) -> int:
        return len(self.frustrated)

    @property
    def balance(self) -> float:
        """1 - frustration / total |weight|: 1.0 for a perfectly balanced graph."""
        return 1.0 - self.frustration / self.total_weight if self.total_weight else 1.0

    def bloc_of(self, actor: str) -> int | None:
        for i, b in enumerate(self.blocs):
            if actor in b:
                return i
        return None

    def to_json(self) -> list[dict[str, Any]]:
        """``[{"bloc": n, "actors": [codes]}]``, blocs numbered from 1."""
        return [{"bloc": i + 1, "actors": b} for i, b in enumerate(self.blocs)]

    def summary(self) -> dict[str, Any]:
        return {
            "blocs": self.to_json(),
            "frustration": self.frustration,
            "n_frustrated": self.n_frustrated,
            "frustrated": [list(t) for t in self.frustrated],
            "balance": self.balance,
            "exact": self.exact,
        }


def _undirected(G: nx.Graph) -> nx.Graph:
    if G.is_directed():
        from dyads.network.graph import signed_undirected

        return signed_undirected(G)
    return G


def frustration(G: nx.Graph, partition: list[list[str]] | dict[str, int]) -> float:
    """Weighted frustration of a partition (list of blocs or actor -> bloc id)."""
    G = _undirected(G)
    if not isinstance(partition, dict):
        partition = {a: i for i, b in enumerate(partition) for a in b}
    cost = 0.0
    for a, b, d in G.edges(data=True):
        w = float(d.get("weight", 0.0))
        same = partition.get(a, -1 - hash(a)) == partition.get(b, -2 - hash(b))
        if (same and w < 0) or (not same and w > 0):
            cost += abs(w)
    return cost


def blocs(
    G: nx.Graph,
    max_blocs: int | None = None,
    exact_max_nodes: int = EXACT_MAX_NODES,
    seed: int = 0,
) -> BlocResult:
    """Partition the actors of a signed graph (edge attribute ``weight``) into blocs that
    minimise frustration. Directed graphs are folded (both directions summed)."""
    if max_blocs is not None and max_blocs < 1:
        raise ValueError("max_blocs must be at least 1")
    U = _undirected(G)
    U = nx.Graph((a, b, d) for a, b, d in U.edges(data=True) if a != b and d.get("weight", 0) != 0)
    all_blocs: list[list[str]] = []
    exact = True
    for comp in sorted(nx.connected_components(U), key=lambda c: (-len(c), min(c))):
        nodes = sorted(comp)
        sub = _Problem(U.subgraph(nodes), nodes)
        assign = sub.heuristic(max_blocs, seed)
        if len(nodes) <= exact_max_nodes:
            better, complete = sub.exact(max_blocs, assign)
            assign = better
            exact = exact and complete
        else:
            exact = False
        groups: dict[int, list[str]] = {}
        for i, g in enumerate(assign):
            groups.setdefault(g, []).append(nodes[i])
        for members in groups.values():
            if max_blocs is None:
                all_blocs.extend(_split_unallied(U, members))
            else:
                all_blocs.append(members)
    all_blocs.sort(key=lambda b: (-len(b), b))
    part = {a: i for i, b in enumerate(all_blocs) for a in b}
    frustrated = []
    total = 0.0
    for a, b, d in U.edges(data=True):
        w = float(d["weight"])
        total += abs(w)
        same = part[a] == part[b]
        if (same and w < 0) or (not same and w > 0):
            frustrated.append((min(a, b), max(a, b), w))
    frustrated.sort(key=lambda t: -abs(t[2]))
    return BlocResult(
        blocs=all_blocs,
        frustration=sum((abs(t[2]) for t in frustrated), 0.0),
        frustrated=frustrated,
        total_weight=total,
        exact=exact,
    )


class _Problem:
    """One connected component as index-based adjacency, with two solvers."""

    def __init__(self, G: nx.Graph, nodes: list[str]) -> None:
        self.n = len(nodes)
        idx = {a: i for i, a in enumerate(nodes)}
        self.adj: list[list[tuple[int, float]]] = [[] for _ in nodes]
        for a, b, d in G.edges(data=True):
            w = float(d["weight"])
            self.adj[idx[a]].append((idx[b], w))
            self.adj[idx[b]].append((idx[a], w))

    def cost(self, assign: list[int]) -> float:
        c = 0.0
        for i in range(self.n):
            for j, w in self.adj[i]:
                if j > i and ((assign[i] == assign[j]) == (w < 0)):
                    c += abs(w)
        return c

    def _delta_to(self, i: int, assign: list[int], g: int) -> float:
        """Cost of the ties of i to assigned actors if i sits in bloc g."""
        c = 0.0
        for j, w in self.adj[i]:
            if assign[j] < 0:
                continue
            same = assign[j] == g
            if (same and w < 0) or (not same and w > 0):
                c += abs(w)
        return c

    def heuristic(self, max_blocs: int | None, seed: int) -> list[int]:
        rng = random.Random(seed)
        order = sorted(range(self.n), key=lambda i: -sum(abs(w) for _, w in self.adj[i]))
        best, best_cost = None, float("inf")
        for r in range(HEURISTIC_RESTARTS if self.n > 1 else 1):
            if r:
                rng.shuffle(order)
            assign = self._greedy(order, max_blocs)
            self._improve(assign, max_blocs)
            c = self.cost(assign)
            if c < best_cost - 1e-12:
                best, best_cost = assign, c
        return _canonical(best)  # type: ignore[arg-type]

    def _greedy(self, order: list[int], max_blocs: int | None) -> list[int]:
        assign = [-1] * self.n
        k = 0
        for i in order:
            options = list(range(k))
            if max_blocs is None or k < max_blocs:
                options.append(k)
            g = min(options, key=lambda g: (self._delta_to(i, assign, g), g))
            assign[i] = g
            k = max(k, g + 1)
        return assign

    def _improve(self, assign: list[int], max_blocs: int | None) -> None:
        improved = True
        while improved:
            improved = False
            for i in range(self.n):
                cur = assign[i]
                assign[i] = -1
                used = set(assign) - {-1}
                options = sorted(used)
                if max_blocs is None or len(used) < max_blocs:
                    options.append(max(used | {cur}) + 1)
                base = self._delta_to(i, assign, cur)
                g = min(options, key=lambda g: (self._delta_to(i, assign, g), g != cur))
                if self._delta_to(i, assign, g) < base - 1e-12:
                    assign[i] = g
                    improved = True
                else:
                    assign[i] = cur
            # merging two blocs may help where no single move does
            c0 = self.cost(assign)
            groups = sorted(set(assign))
            for a in groups:
                for b in groups:
                    if a < b:
                        trial = [a if x == b else x for x in assign]
                        if self.cost(trial) < c0 - 1e-12:
                            assign[:] = trial
                            c0 = self.cost(assign)
                            improved = True

    def exact(self, max_blocs: int | None, start: list[int]) -> tuple[list[int], bool]:
        """Branch and bound over set partitions (restricted growth strings)."""
        order = sorted(range(self.n), key=lambda i: -sum(abs(w) for _, w in self.adj[i]))
        best = list(start)
        best_cost = [self.cost(best)]
        assign = [-1] * self.n
        budget = [EXACT_NODE_BUDGET]

        def rec(pos: int, k: int, cost: float) -> None:
            if cost >= best_cost[0] - 1e-12 or budget[0] <= 0:
                return
            budget[0] -= 1
            if pos == self.n:
                best[:] = assign
                best_cost[0] = cost
                return
            i = order[pos]
            options = list(range(k))
            if max_blocs is None or k < max_blocs:
                options.append(k)
            scored = sorted((self._delta_to(i, assign, g), g) for g in options)
            for d, g in scored:
                assign[i] = g
                rec(pos + 1, max(k, g + 1), cost + d)
                assign[i] = -1

        rec(0, 0, 0.0)
        return _canonical(best), budget[0] > 0


def _split_unallied(U: nx.Graph, members: list[str]) -> list[list[str]]:
    """Split a bloc into the groups its positive ties connect. This never raises the
    frustration (no positive tie is cut, negative ties may stop being frustrated) and
    keeps actors with nothing in common (an enemy of everyone) out of others' blocs."""
    pos = nx.Graph()
    pos.add_nodes_from(members)
    pos.add_edges_from(
        (a, b) for a, b, d in U.subgraph(members).edges(data=True) if d["weight"] > 0
    )
    return [sorted(c) for c in nx.connected_components(pos)]


def _canonical(assign: list[int]) -> list[int]:
    ren: dict[int, int] = {}
    return [ren.setdefault(g, len(ren)) for g in assign]
