"""Per-page extraction scores on the kit's extract/aeb tuning part (never the held-out part).

usage: .venv/bin/python bench/extract_pages.py [text|html] [--kit ../shared/eval] [--show ID]
Prints the worst pages (P, R per page) so rules can be checked against what they miss; with
--show ID prints the removed/kept lines of one page. Uses the kit's score.py shingle metric.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
from pathlib import Path

from dyads.clean import clean
from dyads.evaluation.extract import _html_text
from dyads.evaluation.kit import HELD_OUT_EVERY, HELD_OUT_INDEX
from dyads.ingest import document_from_string


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["text", "html"])
    ap.add_argument("--kit", default="../shared/eval")
    ap.add_argument("--show")
    ap.add_argument("--worst", type=int, default=25)
    a = ap.parse_args()
    kit = Path(a.kit)
    spec = importlib.util.spec_from_file_location("kitscore", kit / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    setdir = kit / "extract/aeb"
    recs = sorted(
        (json.loads(x) for x in (setdir / "dev.inputs.jsonl").read_text().splitlines()),
        key=lambda r: r["id"],
    )
    gold = {
        json.loads(x)["id"]: json.loads(x)["text"]
        for x in (setdir / "dev.gold.jsonl").read_text().splitlines()
    }
    rows = []
    for i, r in enumerate(recs):
        if i % HELD_OUT_EVERY == HELD_OUT_INDEX:
            continue
        if a.show and not r["id"].startswith(a.show):
            continue
        data = gzip.decompress(
            (setdir / r["scraped_text" if a.mode == "text" else "html"]).read_bytes()
        )
        content = data.decode("utf-8", "replace") if a.mode == "text" else _html_text(data)
        doc = document_from_string(content, url=r.get("url"), kind=a.mode, doc_id=r["id"])
        art = clean(doc)
        tp, fp, fn = score.shingle_tp_fp_fn(gold[r["id"]], art.text)
        p, rc = score._prec(tp, fp, fn), score._rec(tp, fp, fn)
        rows.append((min(p, rc), p, rc, r["id"], r.get("url", "")))
        if a.show:
            print("TITLE:", art.title, "| AUTHOR:", art.author, "| DATE:", art.published)
            gold_sh = set(score._ngrams(gold[r["id"]], 4)) if hasattr(score, "_ngrams") else set()
            gold_tokens = set(score._tokenize(gold[r["id"]]))
            removed = {sp.line: sp.reason for sp in art.removed}
            kept = set(art.text.split("\n"))
            for n, line in enumerate(content.split("\n")):
                s = line.strip()
                if not s:
                    continue
                toks = score._tokenize(s)
                inside = sum(t in gold_tokens for t in toks) / max(len(toks), 1)
                sh = set(score._ngrams(s, 4))
                in_gold = len(sh & gold_sh) / max(len(sh), 1) if sh else inside
                mark = "+" if s in kept else "-"
                flag = (
                    ("OK" if in_gold > 0.5 else "FP")
                    if mark == "+"
                    else ("FN" if in_gold > 0.5 else "")
                )
                print(f"{n:4d} {mark} {flag:2s} {removed.get(n, ''):15s} {s[:110]}")
    rows.sort()
    for _m, p, rc, rid, url in rows[: a.worst]:
        print(f"{p:.2f} {rc:.2f} {rid[:10]} {url[:90]}")


if __name__ == "__main__":
    main()
