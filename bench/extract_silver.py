"""Scraped-text cleaner against a silver reference on more sites: extract/meta pages (tuning
part only) rendered to text like a naive scraper, scored against dyads' own HTML extraction of
the same page (dev F1 0.972 on aeb), with the kit's shingle metric.

usage: .venv/bin/python bench/extract_silver.py [--kit ../shared/eval] [--worst 20]
A robustness check for the line rules on sites nobody tuned them on; not a gold figure.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
from pathlib import Path

from trafilatura.utils import load_html

from dyads.clean import clean
from dyads.clean.render import render_text
from dyads.evaluation.extract import _html_text
from dyads.evaluation.kit import HELD_OUT_EVERY, HELD_OUT_INDEX
from dyads.ingest import document_from_string


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", default="../shared/eval")
    ap.add_argument("--worst", type=int, default=20)
    a = ap.parse_args()
    kit = Path(a.kit)
    spec = importlib.util.spec_from_file_location("kitscore", kit / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    setdir = kit / "extract/meta"
    recs = sorted(
        (json.loads(x) for x in (setdir / "dev.inputs.jsonl").read_text().splitlines()),
        key=lambda r: r["id"],
    )
    rows, ps, rs = [], [], []
    for i, r in enumerate(recs):
        if i % HELD_OUT_EVERY == HELD_OUT_INDEX:
            continue
        html = _html_text(gzip.decompress((setdir / r["html"]).read_bytes()))
        silver = clean(document_from_string(html, url=r.get("url"), kind="html")).text
        tree = load_html(html)
        if tree is None or len(silver.split()) < 50:
            continue
        text = clean(document_from_string(render_text(tree) or "-", kind="text")).text
        tp, fp, fn = score.shingle_tp_fp_fn(silver, text)
        p, rc = score._prec(tp, fp, fn), score._rec(tp, fp, fn)
        ps.append(p)
        rs.append(rc)
        rows.append((min(p, rc), p, rc, r["id"], r.get("url", "")))
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    print(f"silver pages {len(ps)}: P {P:.3f} R {R:.3f} F1 {2 * P * R / (P + R):.3f}")
    for _m, p, rc, rid, url in sorted(rows)[: a.worst]:
        print(f"{p:.2f} {rc:.2f} {rid[:14]} {url[:90]}")


if __name__ == "__main__":
    main()
