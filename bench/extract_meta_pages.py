"""Metadata mismatches (title/author/date) on the kit's extract/meta tuning part (never held-out).

usage: .venv/bin/python bench/extract_meta_pages.py [--kit ../shared/eval] [--field title]
Prints gold vs dyads vs trafilatura.extract_metadata for each page where dyads is wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from trafilatura.metadata import extract_metadata

from dyads.clean import clean
from dyads.evaluation.extract import _html_text
from dyads.evaluation.kit import HELD_OUT_EVERY, HELD_OUT_INDEX
from dyads.ingest import document_from_string


def _norm(x) -> str:
    return " ".join(str(x or "").lower().split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", default="../shared/eval")
    ap.add_argument("--field", default="all")
    a = ap.parse_args()
    setdir = Path(a.kit) / "extract/meta"
    recs = sorted(
        (json.loads(x) for x in (setdir / "dev.inputs.jsonl").read_text().splitlines()),
        key=lambda r: r["id"],
    )
    gold = {
        json.loads(x)["id"]: json.loads(x)
        for x in (setdir / "dev.gold.jsonl").read_text().splitlines()
    }
    wins = {}
    for i, r in enumerate(recs):
        if i % HELD_OUT_EVERY == HELD_OUT_INDEX:
            continue
        html = _html_text(gzip.decompress((setdir / r["html"]).read_bytes()))
        art = clean(document_from_string(html, url=r.get("url"), kind="html", doc_id=r["id"]))
        md = extract_metadata(html, default_url=r.get("url"))
        ours = {"title": art.title, "author": art.author, "date": (art.published or "")[:10]}
        theirs = {"title": md.title, "author": md.author, "date": (md.date or "")[:10]}
        g = gold[r["id"]]
        for f in ("title", "author", "date"):
            if g.get(f) is None or (a.field != "all" and f != a.field):
                continue
            ok, tok = _norm(ours[f]) == _norm(g[f]), _norm(theirs[f]) == _norm(g[f])
            wins.setdefault(f, [0, 0, 0])
            wins[f][0] += ok
            wins[f][1] += tok
            wins[f][2] += 1
            if not ok:
                print(
                    f"{f:6s} {r['id'][:12]} gold={g[f]!r:.70} ours={ours[f]!r:.60} traf={theirs[f]!r:.60} {'(traf ok)' if tok else ''}"
                )
    for f, (o, t, n) in wins.items():
        print(f"{f}: dyads {o}/{n}  trafilatura {t}/{n}")


if __name__ == "__main__":
    main()
