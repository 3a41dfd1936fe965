"""``dyads eval articles``: whole real pages in, events out, scored against hand-coded gold.

Runs the whole pipeline (raw HTML -> clean -> parse -> actors -> events -> learned layer) on the
kit's full-article dev set (``events/articles``) and scores it with the kit's own
``score_articles.py``: on all pages, on our tuning pages and on our held-out pages (page number
% 4 == 3: pages 03, 07 and 11, never used in training or while writing rules).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import console, err_console, eval_app, fail
from dyads.cli.eval_events_cmd import HELD_OUT_EVERY, HELD_OUT_INDEX, _read_jsonl

MEASURES = (
    ("precision", "event precision"), ("recall", "recall"), ("important_recall", "important recall"),
    ("f1", "F1"), ("nonpolitical_events", "events on non-political pages"),
)


def held_out_page(doc_name: str) -> bool:
    """Our held-out pages of the article set: page number % 4 == 3."""
    return int(doc_name[:2]) % HELD_OUT_EVERY == HELD_OUT_INDEX


def _code_pages(base: Path, docs: list[dict], min_confidence: float | None) -> list[dict]:
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


def _score(scorer: Path, gold_dir: Path, records: list[dict], docs: list[dict], keep) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "gold"
        sub.mkdir()
        kept = [d for d in docs if keep(d["doc"])]
        names = {d["doc"] for d in kept}
        (sub / "pages").symlink_to((gold_dir / "pages").resolve())
        with open(sub / "dev.docs.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(d) + "\n" for d in kept)
        with open(sub / "dev.gold.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(g) + "\n" for g in _read_jsonl(gold_dir / "dev.gold.jsonl") if g["doc"] in names)
        shutil.copy(gold_dir / "README.md", sub / "README.md")
        pred = Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r, d in zip(records, docs, strict=True) if keep(d["doc"]))
        res = subprocess.run([sys.executable, str(scorer), str(sub), str(pred), "--json"],
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            fail(f"the kit's scorer failed: {res.stderr.strip()[-400:]}")
        return json.loads(res.stdout.strip().splitlines()[-1])


def load_scorer(path: Path):
    """The kit's ``score_articles.py`` as a module (its matching functions)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dyads_kit_score_articles", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def error_classes(sa, gold: dict[str, list[dict]], records: list[dict], docs: list[dict], keep) -> dict[str, int]:
    """Why each unmatched predicted event on a political page failed, by class: "not an event"
    (no gold event in its sentence), "wrong type", or, with the right type, a role left empty
    although the gold names it ("source empty"), inverted (it holds the gold's other side), or
    wrong (another country), or a "duplicate" of a gold event already matched. ``sa``: the kit's
    scorer module (``load_scorer``); ``gold``: its gold lines by page."""
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


def _pick(res: dict, key: str):
    if key in res:
        return res[key]
    for v in res.values():
        if isinstance(v, dict) and key in v:
            return v[key]
    return None


@eval_app.command("articles")
def eval_articles(
    kit: Path = typer.Option(Path("../shared/eval"), "--kit", help="The evaluation kit folder (holds events/articles)."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="As for dyads code (default: its default policy)."),
    out: Path = typer.Option(None, "--out", help="Also write the coded records (JSONL) here."),
    as_json: bool = typer.Option(False, "--json", help="One JSON line of figures per part instead of a table."),
) -> None:
    """Score whole-article coding on the kit's article dev set: all pages, tuning pages, held-out pages."""
    base = kit / "events/articles"
    scorer = base / "score_articles.py"
    if not scorer.is_file() or not (base / "dev.docs.jsonl").is_file():
        fail(f"{base} is not the kit's events/articles folder (give --kit)")
    docs = _read_jsonl(base / "dev.docs.jsonl")
    err_console.print(f"coding {len(docs)} pages ...")
    records = _code_pages(base, docs, min_confidence)
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in records)
    parts = {
        "all pages": lambda name: True,
        "tuning pages": lambda name: not held_out_page(name),
        "held-out pages (03, 07, 11)": held_out_page,
    }
    results = {part: _score(scorer, base, records, docs, keep) for part, keep in parts.items()}
    sa = load_scorer(scorer)
    gold: dict[str, list[dict]] = {}
    for g in _read_jsonl(base / "dev.gold.jsonl"):
        gold.setdefault(g["doc"], []).append(g)
    classes = {part: error_classes(sa, gold, records, docs, keep) for part, keep in parts.items()}
    if as_json:
        for part, res in results.items():
            print(json.dumps({"part": part, **res, "error_classes": classes[part]}))
        return
    table = Table(title="dyads eval articles (kit events/articles, dev)")
    table.add_column("measure")
    for part in results:
        table.add_column(part, justify="right")
    for key, label in MEASURES:
        row = []
        for res in results.values():
            v = _pick(res, key)
            row.append(f"{v:.3f}" if isinstance(v, float) else str(v))
        table.add_row(label, *row)
    table.add_section()
    for cls in next(iter(classes.values())):
        table.add_row(f"events: {cls}", *(str(c[cls]) for c in classes.values()))
    console.print(table)
