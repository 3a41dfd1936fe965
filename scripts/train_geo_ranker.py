"""Fit the toponym candidate ranker (src/dyads/data/geo/ranker.json) on the kit's geo dev sets.

    .venv/bin/python scripts/train_geo_ranker.py [--kit ../shared/eval] [--out PATH]

A conditional-logit model: for each gold toponym whose right entry is among the candidates
(and that has more than one candidate), softmax over the candidates' scores w.f, maximising
the likelihood of the gold entry, with an L2 penalty pulling towards the hand-set weights.
Only the tuning part of dev is used (records with index % 4 != 3 in lgl, trnews, gwn); the
held-out part (index % 4 == 3) is never read here. Context features are recomputed with the
new weights and the model refitted (ROUNDS times), as resolution itself runs in passes.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from dyads.evaluation.geo import TOPONYM_SETS
from dyads.evaluation.kit import is_held_out, read_jsonl
from dyads.geo import load
from dyads.geo.rank import FEATURES, HAND_WEIGHTS, TextSpan, features, resolve_infos, span_info

ROUNDS = 2
L2 = 0.005
STEPS = 600
LEARNING_RATE = 0.3


def instances(kit: Path, weights: dict[str, float]) -> tuple[list[np.ndarray], list[int]]:
    gaz = load()
    xs, ys = [], []
    for name in TOPONYM_SETS:
        d = kit / "geo" / name
        inputs = read_jsonl(d / "dev.inputs.jsonl")
        golds = {g["id"]: g for g in read_jsonl(d / "dev.gold.jsonl")}
        for i, rec in enumerate(inputs):
            if is_held_out(i):
                continue
            gold = golds[rec["id"]]["toponyms"]
            text = rec["text"]
            spans = [TextSpan(t["start"], t["end"], text[t["start"] : t["end"]]) for t in gold]
            infos = [span_info(text, s, gaz.lookup(s.text), gaz) for s in spans]
            results = resolve_infos(infos, (), weights)
            for t, info, (_ranked, ctx, own) in zip(gold, infos, results, strict=True):
                ids = [c.entry.geonameid for c in info.cands]
                if len(ids) < 2 or int(t["geonameid"]) not in ids:
                    continue
                x = np.zeros((len(ids), len(FEATURES)))
                for r, c in enumerate(info.cands):
                    for k, v in features(c, info, ctx, own).items():
                        x[r, FEATURES.index(k)] = v
                xs.append(x)
                ys.append(ids.index(int(t["geonameid"])))
    return xs, ys


def fit(xs: list[np.ndarray], ys: list[int], w0: np.ndarray) -> np.ndarray:
    w = w0.copy()
    # Adam on the mean negative log-likelihood + L2 towards the prior weights
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        grad = L2 * (w - w0)
        for x, y in zip(xs, ys, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (p @ x - x[y]) / len(xs)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def accuracy(xs: list[np.ndarray], ys: list[int], w: np.ndarray) -> float:
    return float(np.mean([int(np.argmax(x @ w) == y) for x, y in zip(xs, ys, strict=True)]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", type=Path, default=Path("../shared/eval"))
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "src/dyads/data/geo/ranker.json",
    )
    args = ap.parse_args()
    if not (args.kit / "geo").is_dir():
        sys.exit(f"error: no geo sets under {args.kit}")
    w0 = np.array([HAND_WEIGHTS.get(f, 0.0) for f in FEATURES])
    w = w0
    for r in range(ROUNDS):
        weights = dict(zip(FEATURES, w.tolist(), strict=True))
        xs, ys = instances(args.kit, weights)
        print(f"round {r}: {len(xs)} ambiguous toponyms; accuracy before {accuracy(xs, ys, w):.3f}")
        w = fit(xs, ys, w0)
        print(f"round {r}: accuracy after {accuracy(xs, ys, w):.3f}")
    out = {
        "description": "Conditional-logit toponym candidate ranker (dyads.geo.rank FEATURES).",
        "trained_on": "kit geo/lgl, geo/trnews, geo/gwn dev, records with index % 4 != 3 "
        "(index % 4 == 3 is the held-out part, never used)",
        "trained": date.today().isoformat(),
        "script": "scripts/train_geo_ranker.py",
        "instances": len(xs),
        "weights": {f: round(float(x), 4) for f, x in zip(FEATURES, w, strict=True)},
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
