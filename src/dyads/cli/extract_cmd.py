"""``dyads eval extract``: article extraction and metadata against the evaluation kit.

The extraction and scoring are ``dyads.evaluation.extract``; the held-out part (sorted ids,
index % 4 == 3) and the unseen sites (sha1(site) % 4 == 3) are ``dyads.evaluation.kit``'s rules.
This command prints the figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import console, eval_app, fail
from dyads.errors import DyadsError
from dyads.evaluation.extract import MODES, SHOWN, evaluate_extract
from dyads.evaluation.kit import DEFAULT_KIT


@eval_app.command("extract")
def eval_extract(
    split: str = typer.Option("dev", help="Kit split (only dev is readable)."),
    mode: str = typer.Option(
        "html", help="html (aeb pages), text (aeb scraped text) or meta (title/author/date)."
    ),
    kit: Path = typer.Option(DEFAULT_KIT, help="Path of the evaluation kit."),
    baseline: bool = typer.Option(
        True, help="Also run trafilatura (html/meta) or the whole text (text)."
    ),
    limit: int = typer.Option(0, help="Only the first N records (sorted ids), for a quick look."),
    as_json: bool = typer.Option(
        False, "--json", help="Print one JSON line per row instead of a table."
    ),
    without: list[str] = typer.Option(
        [],
        "--without",
        help="Switch off one of our HTML rules for this run (ablation; repeatable): "
        "boilerplate-lines, boilerplate:REASON, escalation, escalation-share, second-look, leading-title, "
        "meta-title, meta-author, meta-date, author-publisher, author-comments, "
        "author-byline-text, author-dotted, author-copyright.",
    ),
) -> None:
    """Score article extraction (HTML or scraped text) or metadata with the kit's score.py."""
    if mode not in MODES:
        fail(f"unknown --mode {mode!r} (choose html, text or meta)")
    if not (kit / "score.py").is_file():
        fail(f"evaluation kit not found at {kit} (no score.py); pass --kit PATH")
    from dyads.clean import html as clean_html_mod

    unknown = [
        w
        for w in without
        if w not in clean_html_mod.HTML_RULES and not w.startswith("boilerplate:")
    ]
    if unknown:
        fail(
            f"unknown --without rule {unknown[0]!r} (choose {', '.join(clean_html_mod.HTML_RULES)} or boilerplate:REASON)"
        )
    clean_html_mod.DISABLED_RULES.clear()
    clean_html_mod.DISABLED_RULES.update(without)
    systems = ("dyads",) + (
        (("whole-text",) if mode == "text" else ("trafilatura",)) if baseline else ()
    )
    try:
        rows = evaluate_extract(kit, mode, split, systems, limit or None)
    except DyadsError as exc:
        fail(str(exc))
    finally:
        clean_html_mod.DISABLED_RULES.clear()
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
        return
    metrics = SHOWN[MODES[mode][1]]
    table = Table(
        title=f"dyads eval extract --mode {mode} ({split}; held-out = sorted index % 4 == 3; "
        "unseen sites = sha1(site) % 4 == 3)"
    )
    for col in ("system", "part", "pages", *metrics, "pages/s (1 core)"):
        table.add_column(col, justify="left" if col in ("system", "part") else "right")
    for row in rows:
        table.add_row(row["system"], row["part"], str(row["pages"]), *(f"{row.get(m, 0):.3f}" for m in metrics),
                      f"{row['pages_per_s']:.1f}")  # fmt: skip
    console.print(table)
