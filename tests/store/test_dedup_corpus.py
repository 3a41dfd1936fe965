"""Merge precision and recall on the multi-outlet paraphrase corpus."""

from __future__ import annotations

from dyads.store import Store
from dyads.store.dedup import DedupConfig, pair_scores

from . import paraphrase_corpus


def score(tmp_path, cfg: DedupConfig) -> dict[str, float]:
    docs, gold = paraphrase_corpus.build()
    with Store(tmp_path / "c.duckdb", dedup=cfg) as st:
        assert st.write_many(docs) == len(docs)  # one batch: same result as one by one
        pred = dict(st.connection.execute("SELECT doc_id, event_id FROM event_sources").fetchall())
    return pair_scores(gold, pred)


def test_default_rule_merges_duplicates_and_keeps_distinct_events(tmp_path):
    s = score(tmp_path, DedupConfig())
    # the distractors (a week later, another city, a threat vs an attack) never merge
    assert s["fp"] == 0 and s["precision"] == 1.0
    # the misses: the report naming Russia's military rather than its government
    assert s["recall"] >= 0.9 and s["fn"] == 2


def test_optional_place_and_country_level_actors(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    strict = score(tmp_path / "a", DedupConfig(place_optional=False))
    assert strict["fp"] == 0 and strict["fn"] == 4  # + the report that left out the place
    both = score(tmp_path / "b", DedupConfig(actor_level="country"))
    assert both["precision"] == 1.0 and both["recall"] == 1.0


def test_no_merging_has_no_recall(tmp_path):
    s = score(tmp_path, DedupConfig(window_days=None))
    assert s["tp"] == 0 and s["recall"] == 0.0


def test_ignoring_places_gains_recall_costs_precision(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    strict = score(tmp_path / "a", DedupConfig(place_optional=False))
    loose = score(tmp_path / "b", DedupConfig(use_place=False))
    assert loose["recall"] > strict["recall"]
    assert loose["precision"] < strict["precision"]


def test_pair_scores():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pair_scores(gold, {"a": 1, "b": 1, "c": 2, "d": 2})["f1"] == 1.0
    s = pair_scores(gold, {"a": 1, "b": 1, "c": 1, "d": 2})
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 1)
