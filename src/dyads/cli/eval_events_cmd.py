"""``dyads eval events``: the event coder against the evaluation kit's gold sets.

The coding and scoring are ``dyads.evaluation.events``; the held-out rule is
``dyads.evaluation.kit``'s (sorted ids, index % 4 == 3). This command prints the figures.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import console, eval_app, fail
from dyads.errors import DyadsError
from dyads.evaluation.kit import DEFAULT_KIT


@eval_app.command("events")
def eval_events(
    sets: list[str] = typer.Option(["plover", "petrarch", "case"], "--set", help="plover | petrarch | case (repeatable)."),
    kit: Path = typer.Option(DEFAULT_KIT, "--kit", help="Path of the evaluation kit."),
    split: str = typer.Option("dev", "--split", help="Split to score (only dev is readable here)."),
    save: Path = typer.Option(None, "--save", help="Directory to keep predictions in."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON line of metrics per set and part."),
    verbs: list[Path] = typer.Option(None, "--verbs", help="PETRARCH/TABARI verb dictionary to code with too, on every set (repeatable)."),
    discards: list[Path] = typer.Option(None, "--discards", help="PETRARCH/TABARI discard file (repeatable)."),
    issues: list[Path] = typer.Option(None, "--issues", help="PETRARCH/TABARI issue file (repeatable)."),
    suite_verbs: bool = typer.Option(True, "--suite-verbs/--no-suite-verbs", help="Code the petrarch set with its own verb and discard dictionaries (the default) or without them."),
    verbs_only: bool = typer.Option(False, "--verbs-only", help="With verb dictionaries: keep only the events their patterns code (as PETRARCH would)."),
) -> None:
    """Score event coding on the kit's PLOVER, PETRARCH and CASE 2021 sets (dev and own held-out part)."""
    if not (kit / "score.py").exists():
        fail(f"evaluation kit not found at {kit} (give --kit PATH)")
    work = Path(save or tempfile.mkdtemp(prefix="dyads-eval-events-"))
    work.mkdir(parents=True, exist_ok=True)
    table = Table(title=f"dyads eval events ({split})")
    for col in ("set", "part", "n", "metrics", "sec"):
        table.add_column(col)
    from dyads.evaluation.events import SETS, score_set, verb_dicts

    for name in sets:
        if name not in SETS:
            fail(f"unknown set '{name}': choose from {', '.join(SETS)}")
        shown = SETS[name][2]
        try:
            vd = verb_dicts(name, kit, verbs or [], discards or [], issues or [], suite_verbs, verbs_only)
            for part, n, metrics, secs in score_set(name, kit, split, work, vd):
                if as_json:
                    print(json.dumps({"set": name, "part": part, "n": n, **metrics}))
                table.add_row(name, part, str(n),
                              "  ".join(f"{k}={metrics[k]:.3f}" for k in shown if isinstance(metrics.get(k), (int, float))),
                              f"{secs:.1f}" if part.startswith("dev") else "")
        except DyadsError as exc:
            fail(str(exc))
    if not as_json:
        console.print(table)
        console.print(f"predictions in {work}")
