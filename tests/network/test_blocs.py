from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from dyads.network import blocs, frustration


def _signed(edges) -> nx.Graph:
    G = nx.Graph()
    for a, b, w in edges:
        G.add_edge(a, b, weight=w)
    return G


def _planted(k: int, size: int, p: float, seed: int) -> tuple[nx.Graph, list[set[str]]]:
    """A balanced graph: positive ties inside k planted blocs, negative across."""
    rng = random.Random(seed)
    groups = [{f"g{g}n{i}" for i in range(size)} for g in range(k)]
    of = {a: g for g, grp in enumerate(groups) for a in grp}
    G = nx.Graph()
    nodes = sorted(of)
    for a, b in itertools.combinations(nodes, 2):
        if rng.random() < p:
            G.add_edge(a, b, weight=rng.uniform(1, 5) * (1 if of[a] == of[b] else -1))
    # keep each bloc connected by positive ties so that it is recoverable
    for grp in groups:
        members = sorted(grp)
        for a, b in itertools.pairwise(members):
            if not G.has_edge(a, b):
                G.add_edge(a, b, weight=1.0)
    return G, groups


def _as_sets(result) -> set[frozenset]:
    return {frozenset(b) for b in result.blocs}


def test_reference_like_system():
    G = _signed([
        ("USA", "IRQGOV", 6), ("USA", "IRQMIL", 8), ("USA", "SYRREB", 5), ("IRQGOV", "IRQMIL", 4),
        ("RUS", "SYRGOV", 9), ("ISR", "SAU", 2), ("ISR", "IRN", -6), ("SAU", "IRN", -5),
        ("IRN", "SYRGOV", 4), ("ISR", "SYRGOV", -10),
        ("ISIS", "USA", -10), ("ISIS", "IRQMIL", -20), ("ISIS", "SYRREB", -10),
    ])  # fmt: skip
    r = blocs(G)
    assert r.exact and r.frustration == 0.0 and r.balance == 1.0
    assert _as_sets(r) == {
        frozenset({"USA", "IRQGOV", "IRQMIL", "SYRREB"}),
        frozenset({"RUS", "SYRGOV", "IRN"}),
        frozenset({"ISR", "SAU"}),
        frozenset({"ISIS"}),
    }
    assert r.to_json()[0] == {"bloc": 1, "actors": ["IRQGOV", "IRQMIL", "SYRREB", "USA"]}


def test_unbalanced_triangle_frustration_is_the_lightest_tie():
    G = _signed([("A", "B", 3), ("B", "C", 2), ("A", "C", -1)])
    r = blocs(G)
    assert r.frustration == 1.0 and r.n_frustrated == 1
    assert r.frustrated == [("A", "C", -1.0)]
    # three mutual enemies are balanced with three blocs (weak balance) ...
    enemies = _signed([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    assert blocs(enemies).frustration == 0.0
    # ... but not with two camps (Harary): one tie must be frustrated
    assert blocs(enemies, max_blocs=2).frustration == 1.0


@pytest.mark.parametrize("seed", range(5))
def test_exact_recovers_planted_partition(seed):
    G, groups = _planted(k=3, size=4, p=0.6, seed=seed)
    r = blocs(G)
    assert r.exact and r.frustration == 0.0
    assert _as_sets(r) == {frozenset(g) for g in groups}


def test_heuristic_recovers_planted_partition_on_large_graph():
    G, groups = _planted(k=4, size=15, p=0.3, seed=7)
    r = blocs(G)
    assert not r.exact  # 60 actors: local search
    assert r.frustration == 0.0
    assert _as_sets(r) == {frozenset(g) for g in groups}


def _brute_force(G: nx.Graph, max_blocs=None) -> float:
    nodes = sorted(G)
    best = float("inf")

    def partitions(i, assign, k):
        if i == len(nodes):
            yield dict(zip(nodes, assign, strict=True))
            return
        for g in range(k + 1):
            if max_blocs is not None and g >= max_blocs:
                break
            yield from partitions(i + 1, [*assign, g], max(k, g + 1))

    for part in partitions(0, [], 0):
        best = min(best, frustration(G, part))
    return best


@pytest.mark.parametrize("seed", range(8))
def test_exact_matches_brute_force_on_random_signed_graphs(seed):
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(7)]
    G = nx.Graph()
    for a, b in itertools.combinations(nodes, 2):
        if rng.random() < 0.6:
            G.add_edge(a, b, weight=rng.choice([-3, -2, -1, 1, 2, 3]))
    for max_blocs in (None, 2):
        r = blocs(G, max_blocs=max_blocs)
        assert r.frustration == pytest.approx(_brute_force(G, max_blocs))
        assert r.frustration == pytest.approx(frustration(G, r.blocs))


def test_directed_graph_is_folded():
    D = nx.DiGraph()
    D.add_edge("A", "B", weight=5.0, n_events=2)
    D.add_edge("B", "A", weight=-2.0, n_events=1)  # net friendly
    D.add_edge("A", "C", weight=-4.0, n_events=1)
    r = blocs(D)
    assert _as_sets(r) == {frozenset({"A", "B"}), frozenset({"C"})}


def test_empty_and_bad_arguments():
    assert blocs(nx.Graph()).blocs == []
    with pytest.raises(ValueError, match="max_blocs"):
        blocs(nx.Graph(), max_blocs=0)


def test_heuristic_does_at_least_as_well_as_the_planted_partition_under_noise():
    G, groups = _planted(k=4, size=12, p=0.4, seed=11)
    rng = random.Random(5)
    for _, _, d in G.edges(data=True):
        if rng.random() < 0.08:  # flip 8% of the ties
            d["weight"] = -d["weight"]
    r = blocs(G)
    assert not r.exact
    assert r.frustration <= frustration(G, [sorted(g) for g in groups]) + 1e-9
    assert r.frustration == pytest.approx(frustration(G, r.blocs))
