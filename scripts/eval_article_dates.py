"""Event years on the whole-article dev set, by sentence, with our held-out pages apart.

    PYTHONPATH=src dyads code ARTICLES/pages/*.html --format jsonl --no-db > /tmp/q.jsonl
    python scripts/eval_article_dates.py /tmp/q.jsonl [--articles DIR] [--show]

The kit's ``score_articles.py`` checks the year only on the event pairs it matches (type, source
and target must agree), a few dozen. This counts every required gold event that has a year and a
predicted event in the same sentence: right when the predicted event of the gold's PLOVER type
(else the sentence's first predicted event) has the gold year. Pages 03, 07 and 11 are our
held-out part: reported apart, never printed (``--show`` lists misses of the other pages only).
Records are matched to pages in file-name order, as ``dyads code`` writes them for a sorted glob.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from dyads.evaluation.kit import held_out_page, read_jsonl

DEFAULT = Path("/work/shared/eval/events/articles")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--articles", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    docs = sorted(read_jsonl(args.articles / "dev.docs.jsonl"), key=lambda d: os.path.basename(d["file"]))
    gold = read_jsonl(args.articles / "dev.gold.jsonl")
    recs = read_jsonl(args.pred)
    if len(recs) != len(docs):
        raise SystemExit(f"{len(recs)} records for {len(docs)} pages")
    tally = {"tuning": [0, 0, 0], "held-out": [0, 0, 0]}
    for doc, rec in zip(docs, recs, strict=True):
        part = "held-out" if held_out_page(doc["doc"]) else "tuning"
        evs = rec.get("events") or []
        for g in gold:
            if g["doc"] != doc["doc"] or g.get("year") is None or g.get("optional"):
                continue
            tally[part][2] += 1
            gs = _norm(g["sentence"])
            cands = [e for e in evs if _norm(e["sentence"]) and (_norm(e["sentence"]) in gs or gs in _norm(e["sentence"]))]
            if not cands:
                continue
            tally[part][1] += 1
            pick = next((e for e in cands if e["plover"] == g["plover"]), cands[0])
            ok = str(pick.get("date") or "")[:4] == str(g["year"])
            tally[part][0] += ok
            if args.show and not ok and part == "tuning":
                print(f"  {g['id']:8} gold {g['year']} predicted {pick.get('date')} ({pick.get('date_precision')})"
                      f" '{pick['trigger']}'")
    for part, (ok, n, total) in tally.items():
        print(f"{part:9} year right by sentence: {ok}/{n} ({total} required gold events with a year)")


if __name__ == "__main__":
    main()
