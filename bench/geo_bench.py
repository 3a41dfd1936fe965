"""Geo stage speed: gazetteer load time and memory, gold-span resolutions/s, geoparse docs/s.

    .venv/bin/python bench/geo_bench.py [--kit ../shared/eval] [--repeat 3]

With the kit present, the gold spans of geo/lgl + geo/trnews + geo/gwn dev are resolved
(the same work as `dyads eval geo --modes spans`); without it, a synthetic corpus built from
well-known gazetteer names is used. The load is measured in a fresh interpreter. Runs on one
core (the resolver is single-threaded Python).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from dyads.evaluation.kit import read_jsonl

LOAD_SNIPPET = """
import resource, time
t0, c0 = time.perf_counter(), time.process_time()
from dyads.geo import load
g = load()
t1, c1 = time.perf_counter(), time.process_time()
print(t1 - t0, c1 - c0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(g))
"""


def measure_load() -> tuple[float, float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), int(out[3])


def kit_docs(kit: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    docs = []
    for name in ("lgl", "trnews", "gwn"):
        path = kit / "geo" / name / "dev.inputs.jsonl"
        for rec in read_jsonl(path):
            spans = [(t["start"], t["end"]) for t in rec.get("toponyms", [])]
            if spans:
                docs.append((rec["text"], spans))
    return docs


def synthetic_docs(n_docs: int = 600) -> list[tuple[str, list[tuple[int, int]]]]:
    names = [
        "Mosul",
        "Raqqa",
        "Aleppo",
        "Damascus",
        "Baghdad",
        "Paris",
        "London",
        "Georgia",
        "Springfield",
        "Dublin",
        "Alexandria",
        "Cairo",
        "Texas",
        "Ohio",
        "Kabul",
        "Gaza",
        "Tripoli",
        "Lebanon",
        "Jordan",
        "Athens",
        "Syria",
        "Iraq",
        "Iran",
        "Moscow",
    ]
    rnd = random.Random(7)
    docs = []
    for _ in range(n_docs):
        parts, spans, pos = [], [], 0
        for _ in range(8):
            name = rnd.choice(names)
            pre = "Officials in "
            parts.append(pre + name + " said talks continued. ")
            spans.append((pos + len(pre), pos + len(pre) + len(name)))
            pos += len(parts[-1])
        docs.append(("".join(parts), spans))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--parse-docs",
        type=int,
        default=100,
        help="documents for the geoparse (recognition) timing",
    )
    args = ap.parse_args()

    load_s, load_cpu, load_rss, n_entries = measure_load()
    from dyads.geo import geoparse, load, resolve_spans
    from dyads.model import Article
    from dyads.nlp import parse_many

    gaz = load()
    have_kit = (args.kit / "geo" / "lgl" / "dev.inputs.jsonl").is_file()
    docs = kit_docs(args.kit) if have_kit else synthetic_docs()
    n_spans = sum(len(s) for _, s in docs)
    best = float("inf")
    for _ in range(args.repeat):
        gaz._entry_cache.clear()
        gaz.static_cache.clear()  # no help from a previous pass over the same documents
        t0 = time.process_time()  # CPU time: the machine is shared, wall time is noisy
        for text, spans in docs:
            resolve_spans(text, spans, gazetteer=gaz)
        best = min(best, time.process_time() - t0)
    texts = [t for t, _ in docs[: args.parse_docs]]
    parsed = list(parse_many(texts))
    t0 = time.process_time()
    n_places = 0
    for text, doc in zip(texts, parsed, strict=True):
        n_places += len(geoparse(doc, Article(doc_id="b", text=text), []))
    geo_s = time.process_time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data_mb = sum(p.stat().st_size for p in gaz.directory.glob("*.parquet")) / 1e6
    result = {
        "corpus": "kit geo dev gold spans (lgl+trnews+gwn)" if have_kit else "synthetic",
        "gazetteer_entries": n_entries,
        "gazetteer_files_mb": round(data_mb, 1),
        "load_s_wall": round(load_s, 3),
        "load_s_cpu": round(load_cpu, 3),
        "load_rss_mb": round(load_rss, 1),
        "spans": n_spans,
        "resolutions_per_s": round(n_spans / best),
        "geoparse_docs_per_s_excl_spacy": round(len(texts) / geo_s, 1),
        "geoparse_places": n_places,
        "peak_rss_mb": round(rss, 1),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
