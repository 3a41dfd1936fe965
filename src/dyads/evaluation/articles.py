"""Whole real pages in, events out, scored against hand-coded gold (``dyads eval articles``).

Runs the whole pipeline (raw HTML -> clean -> parse -> actors -> events -> learned layer) on the
kit's full-article dev set (``events/articles``) and scores it with the kit's own
``score_articles.py``: on all pages, on our tuning pages and on our held-out pages (the article
rule of ``dyads.evaluation.kit``: page number % 4 == 3, pages 03, 07 and 11, never used in
training or while writing rules).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from dyads.evaluation.kit import held_out_page, read_jsonl, run_script

PARTS = {
    "all pages": lambda name: True,
    "tuning pages": lambda name: not held_out_page(name),
    "held-out pages (03, 07, 11)": held_out_page,
}


def code_pages(base: Path, docs: list[dict], min_confidence: float | None) -> list[dict]:
    from dyads import pipeline, records
    from dyads.ingest import read_file

    out = []
    for d in docs:
        rec = None
        for doc in read_file(base / d["file"]):
            coded = pipeline.code_document(doc, min_confidence=min_confidence)
            rec = records.record(coded)
            rec["source"] = str(base / d["file"])
        out.append(rec or {"events": []})
    return out


def score_part(scorer: Path, gold_dir: Path, records: list[dict], docs: list[dict], keep) -> dict:
    """The kit scorer's figures on the pages ``keep`` accepts (a gold folder of those pages)."""
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "gold"
        sub.mkdir()
        kept = [d for d in docs if keep(d["doc"])]
        names = {d["doc"] for d in kept}
        (sub / "pages").symlink_to((gold_dir / "pages").resolve())
        with open(sub / "dev.docs.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(d) + "\n" for d in kept)
        with open(sub / "dev.gold.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(g) + "\n" for g in read_jsonl(gold_dir / "dev.gold.jsonl") if g["doc"] in names)
        shutil.copy(gold_dir / "README.md", sub / "README.md")
        pred = Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r, d in zip(records, docs, strict=True) if keep(d["doc"]))
        return run_script(scorer, str(sub), str(pred))


def error_classes(sa, gold: dict[str, list[dict]], records: list[dict], docs: list[dict], keep) -> dict[str, int]:
    """Why each unmatched predicted event on a political page failed, by class: "not an event"
    (no gold event in its sentence), "wrong type", or, with the right type, a role left empty
    although the gold names it ("source empty"), inverted (it holds the gold's other side), or
    wrong (another country), or a "duplicate" of a gold event already matched. ``sa``: the kit's
    scorer module (``kit.load_scorer``); ``gold``: its gold lines by page."""
    counts = dict.fromkeys(("matched", "not an event", "wrong type", "source empty", "target empty",
                            "source inverted", "target inverted", "source wrong", "target wrong", "duplicate"), 0)
    for d, rec in zip(docs, records, strict=True):
        if not d.get("political") or not keep(d["doc"]):
            continue
        preds, golds = rec.get("events", []), gold.get(d["doc"], [])
        pairs = sa.match_doc(preds, golds)
        for i, ev in enumerate(preds):
            if i in pairs:
                counts["matched"] += 1
                continue
            local = [g for g in golds if sa.local(ev, g)]
            typed = [g for g in local if ev.get("plover") == g["plover"] or ev.get("plover") in (g.get("plover_alt") or [])]
            if not local:
                counts["not an event"] += 1
                continue
            if not typed:
                counts["wrong type"] += 1
                continue
            g = typed[0]
            wrong = False
            for role, other in (("source", "target"), ("target", "source")):
                keys = sa.actor_keys(ev.get(role))
                if sa.role_ok(keys, g[role], g.get(f"{role}_implicit"), lambda: True):
                    continue
                wrong = True
                if not keys:
                    counts[f"{role} empty"] += 1
                elif keys & set(g[other]):
                    counts[f"{role} inverted"] += 1
                else:
                    counts[f"{role} wrong"] += 1
            if not wrong:
                counts["duplicate"] += 1
    return counts
