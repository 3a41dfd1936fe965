"""``dyads eval articles``: whole real pages in, events out, scored against hand-coded gold.

The coding and scoring are ``dyads.evaluation.articles``; the held-out pages are
``dyads.evaluation.kit``'s rule (page number % 4 == 3: pages 03, 07 and 11). This command prints
the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import console, err_console, eval_app, fail
from dyads.errors import DyadsError
from dyads.evaluation.kit import DEFAULT_KIT, load_scorer, read_jsonl

MEASURES = (
    ("precision", "event precision"), ("recall", "recall"), ("important_recall", "important recall"),
    ("f1", "F1"), ("nonpolitical_events", "events on non-political pages"),
)


def _pick(res: dict, key: str):
    if key in res:
        return res[key]
    for v in res.values():
        if isinstance(v, dict) and key in v:
            return v[key]
    return None


@eval_app.command("articles")
def eval_articles(
    kit: Path = typer.Option(DEFAULT_KIT, "--kit", help="The evaluation kit folder (holds events/articles)."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="As for dyads code (default: its default policy)."),
    out: Path = typer.Option(None, "--out", help="Also write the coded records (JSONL) here."),
    as_json: bool = typer.Option(False, "--json", help="One JSON line of figures per part instead of a table."),
) -> None:
    """Score whole-article coding on the kit's article dev set: all pages, tuning pages, held-out pages."""
    base = kit / "events/articles"
    scorer = base / "score_articles.py"
    if not scorer.is_file() or not (base / "dev.docs.jsonl").is_file():
        fail(f"{base} is not the kit's events/articles folder (give --kit)")
    from dyads.evaluation.articles import PARTS, code_pages, error_classes, score_part

    docs = read_jsonl(base / "dev.docs.jsonl")
    err_console.print(f"coding {len(docs)} pages ...")
    records = code_pages(base, docs, min_confidence)
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in records)
    parts = PARTS
    try:
        results = {part: score_part(scorer, base, records, docs, keep) for part, keep in parts.items()}
    except DyadsError as exc:
        fail(f"the kit's scorer failed: {exc}")
    sa = load_scorer(scorer, "dyads_kit_score_articles")
    gold: dict[str, list[dict]] = {}
    for g in read_jsonl(base / "dev.gold.jsonl"):
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
