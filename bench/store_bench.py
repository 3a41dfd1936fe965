"""Store benchmarks: insert throughput, month-level network over 1M events, dedup P/R.

    .venv/bin/python bench/store_bench.py [--events 200000] [--network-events 1000000]

Events are generated (random dyads among a few hundred actor codes, places, dates over
five years); the figures go to BENCHMARKS.md under "store".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dyads.benchmarks import run  # noqa: E402


def bench_dedup() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from dyads.store import Store
    from dyads.store.dedup import DedupConfig, pair_scores
    from store import paraphrase_corpus  # tests/store/paraphrase_corpus.py

    out = {}
    for name, cfg in (
        ("default (2 days, place optional, modality)", DedupConfig()),
        ("strict place", DedupConfig(place_optional=False)),
        ("window 1 day, strict place", DedupConfig(window_days=1, place_optional=False)),
        ("window 7 days, strict place", DedupConfig(window_days=7, place_optional=False)),
        ("ignore place", DedupConfig(use_place=False)),
        ("actors at country level", DedupConfig(actor_level="country")),
        ("no cross-document merge", DedupConfig(window_days=None)),
    ):
        docs, gold = paraphrase_corpus.build()
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.duckdb", dedup=cfg) as st:
            st.write_many(docs)
            pred = dict(
                st.connection.execute("SELECT doc_id, event_id FROM event_sources").fetchall()
            )
        out[name] = pair_scores(gold, pred) | {
            "reports": len(docs),
            "stories": len(set(gold.values())),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=200_000)
    ap.add_argument("--network-events", type=int, default=1_000_000)
    ap.add_argument("--skip-network", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch", type=int, default=500, help="documents per write_many call")
    args = ap.parse_args()
    run(
        events=args.events,
        network_events=args.network_events,
        repeats=args.repeats,
        batch=args.batch,
        skip_network=args.skip_network,
    )
    for name, s in bench_dedup().items():
        print(
            f"dedup [{name}]: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"(tp={s['tp']} fp={s['fp']} fn={s['fn']}; {s['reports']} reports, {s['stories']} stories)"
        )


if __name__ == "__main__":
    main()
