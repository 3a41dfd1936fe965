"""Fatalities within 20 % on UCDP GED headlines (training data, used only for measurement).

    PYTHONPATH=src .venv/bin/python scripts/eval_quantities.py [--train PATH] [--n 1000] [--show 0]

Sample: 1,000 headline groups (``group`` field), the same every run: groups ordered by the sha1 of
their id, first N taken. Gold of a group: the UCDP ``deaths`` (best estimate) of its one row; a
group coded by UCDP into several events (one report, several places) counts as right when the
prediction is within 20 % of the sum over its rows or of any one row.

Predictions, each scored:
  main   -- the "fatalities" quantity of the text's main event (``dyads.events.main_event``)
  any    -- the largest "fatalities" quantity on any event of the text
Also reported: the same on the single-event groups only, and how many texts got any count.
A headline that states no number ("Bombardment targets X") can rarely be right: the ceiling is
well under 100 %.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

DEFAULT_TRAIN = Path("/work/shared/train/ucdp_ged/train.jsonl")


def sample_groups(path: Path, n: int) -> list[list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                groups[r["group"]].append(r)
    keys = sorted(groups, key=lambda g: hashlib.sha1(g.encode()).hexdigest())[:n]
    return [groups[k] for k in keys]


def within(pred: int | None, gold: int, tol: float = 0.2) -> bool:
    if pred is None:
        return False
    return abs(pred - gold) <= tol * gold if gold else pred == 0


def right(pred: int | None, rows: list[dict]) -> bool:
    golds = [r["deaths"] for r in rows if r.get("deaths") is not None]
    if not golds:
        return False
    return within(pred, sum(golds)) or any(within(pred, g) for g in golds)


def fatalities(ev) -> int | None:
    vals = [q.value for q in ev.quantities if q.kind == "fatalities"]
    return max(vals) if vals else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong 'main' predictions")
    args = ap.parse_args()

    from dyads import pipeline
    from dyads.events import main_event
    from dyads.ingest import document_from_string

    groups = sample_groups(args.train, args.n)
    docs = [document_from_string(g[0]["text"], published=(g[0].get("source_date") or "")[:10] or None,
                                 doc_id=g[0]["group"], kind="text", source=f"record:{g[0]['group']}")
            for g in groups]
    score = defaultdict(int)
    wrong = []
    for rows, coded in zip(groups, pipeline.code_documents(docs), strict=True):
        main = main_event(coded.events)
        p_main = fatalities(main) if main is not None else None
        anys = [v for v in (fatalities(e) for e in coded.events) if v is not None]
        p_any = max(anys) if anys else None
        single = len(rows) == 1
        score["n"] += 1
        score["single"] += single
        score["main"] += right(p_main, rows)
        score["any"] += right(p_any, rows)
        score["main_single"] += single and right(p_main, rows)
        score["any_single"] += single and right(p_any, rows)
        score["with_count"] += p_any is not None
        score["main_given"] += p_main is not None
        score["main_given_right"] += p_main is not None and right(p_main, rows)
        if not right(p_main, rows):
            wrong.append((p_main, p_any, [r["deaths"] for r in rows], rows[0]["text"]))
    n, s = score["n"], score["single"]
    print(f"groups {n} (single-event {s})")
    print(f"fatalities within 20%, main event : {score['main']}/{n} = {score['main'] / n:.3f}"
          f"   single-event groups {score['main_single']}/{s} = {score['main_single'] / s:.3f}")
    print(f"fatalities within 20%, any event  : {score['any']}/{n} = {score['any'] / n:.3f}"
          f"   single-event groups {score['any_single']}/{s} = {score['any_single'] / s:.3f}")
    print(f"texts with any fatality count     : {score['with_count']}/{n}")
    given = score["main_given"]
    print(f"main-event counts given that are right: {score['main_given_right']}/{given}"
          f" = {score['main_given_right'] / max(1, given):.3f}")
    for p_main, p_any, gold, text in wrong[: args.show]:
        print(f"  main={p_main} any={p_any} gold={gold}  {text[:140]}")


if __name__ == "__main__":
    main()
