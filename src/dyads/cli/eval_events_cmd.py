"""``dyads eval events``: the event coder against the evaluation kit's gold sets.

Codes the kit's dev inputs in-process (one model load), writes predictions, and scores them with
the kit's own ``score.py`` on all of dev, on the tuning part and on our own held-out part of dev
(records whose position in id order has index % 4 == 3; never looked at while writing rules).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import track
from rich.table import Table

from dyads.cli.app import console, err_console, eval_app, fail
from dyads.errors import DyadsError

# The events of the petrarch set's projection: PETRARCH has no modality and codes announced
# acts ("Arnor will abandon ties") as the act; dyads' negated and hypothetical events stay out.
PETRARCH_MODALITIES = ("asserted", "threatened", "intended")
HELD_OUT_EVERY = 4
HELD_OUT_INDEX = 3
SETS = {
    "plover": ("events/plover", "plover", ("type_recall", "type_precision", "type_f1", "triple_recall", "triple_precision", "no_event_rate")),
    "petrarch": ("events/petrarch", "petrarch", ("triple_f1", "triple_precision", "triple_recall", "root_triple_f1", "record_exact")),
    "case": ("events/case2021", "case", ("acled25_weighted_f1", "acled25_accuracy", "weighted_f1", "accuracy")),
}


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split_ids(ids: list[str]) -> tuple[set[str], set[str]]:
    """(tuning, held-out) parts of the dev split: sorted ids, index % 4 == 3 held out."""
    ordered = sorted(ids)
    held = {i for k, i in enumerate(ordered) if k % HELD_OUT_EVERY == HELD_OUT_INDEX}
    return set(ordered) - held, held


def _actor_codes(actors) -> list[str]:
    return [a.code for a in actors if a.code]


def verb_dicts(name: str, kit: Path, verbs: list[Path], discards: list[Path], issues: list[Path],
               suite_verbs: bool = True, only: bool = False):
    """The verb dictionaries for a set: the PETRARCH suite's own (verbs, discards) for
    ``petrarch`` unless ``suite_verbs`` is off, plus the ones given; None when there are none."""
    from dyads.events import verb_dictionary

    verbs, discards = list(verbs), list(discards)
    if name == "petrarch" and suite_verbs:
        d = kit / "events/petrarch/dictionaries"
        verbs.insert(0, d / "PETR.Validate.verbs.txt")
        discards.insert(0, d / "PETR.Validate.discards.txt")
    if not (verbs or discards or issues):
        return None
    vd = verb_dictionary.load(verbs, discards, issues, only=only)
    for p in vd.problems:
        err_console.print(f"[yellow]dictionary:[/] {escape(str(p))}", highlight=False)
    return vd


def predict(name: str, inputs: list[dict], kit: Path, vd=None) -> list[dict]:
    from dyads import pipeline
    from dyads.ingest import document_from_string

    kb = None
    if name == "petrarch":
        from dyads.actors import KB
        from dyads.actors.petrarch import extend_kb

        d = kit / "events/petrarch/dictionaries"
        kb = extend_kb(
            KB.default(),
            actors=[d / "PETR.Validate.actors.txt"],
            agents=[d / "PETR.Validate.agents.txt"],
        )
    docs = []
    for rec in inputs:
        published = rec.get("published") or rec.get("date")
        doc = document_from_string(rec["text"], published=published, doc_id=rec["id"], kind="text", source=f"record:{rec['id']}")
        docs.append(doc)
    out = []
    coded_iter = pipeline.code_documents(docs, actor_kb=kb, verbs=vd)
    for rec, coded in zip(inputs, track(coded_iter, total=len(docs), description=f"coding {name}", console=err_console, transient=True), strict=True):
        evs = [e for e in coded.events if e.modality != "hypothetical" or name != "petrarch"]
        if name == "case":
            label = _case_label(coded.events)
            out.append({"id": rec["id"], "label": label})
        elif name == "petrarch":
            out.append({"id": rec["id"], "events": [
                {"source": s, "target": t, "cameo": e.cameo}
                for e in evs if e.modality in PETRARCH_MODALITIES
                for s in (_actor_codes(e.source) or [""]) for t in (_actor_codes(e.target) or [""])
            ]})
        else:
            out.append({"id": rec["id"], "events": [
                {"plover": e.plover, "source": _actor_codes(e.source), "target": _actor_codes(e.target)}
                for e in evs if e.plover  # a user dictionary's code without a PLOVER type is no PLOVER event
            ]})
    return out


def _case_label(events) -> str:
    """The ACLED sub-event of the text's main event (``events.main_event``), else OTHER."""
    from dyads.events import main_event

    ev = main_event(events)
    return ev.acled if ev is not None else "OTHER"


def _score(kit: Path, sub: str, gold: Path, pred: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, str(kit / "score.py"), sub, str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "score.py failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


@eval_app.command("events")
def eval_events(
    sets: list[str] = typer.Option(["plover", "petrarch", "case"], "--set", help="plover | petrarch | case (repeatable)."),
    kit: Path = typer.Option(Path("../shared/eval"), "--kit", help="Path of the evaluation kit."),
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
    for name in sets:
        if name not in SETS:
            fail(f"unknown set '{name}': choose from {', '.join(SETS)}")
        rel, sub, shown = SETS[name]
        setdir = kit / rel
        inputs = _read_jsonl(setdir / f"{split}.inputs.jsonl")
        gold = _read_jsonl(setdir / f"{split}.gold.jsonl")
        t0 = time.perf_counter()
        try:
            vd = verb_dicts(name, kit, verbs or [], discards or [], issues or [], suite_verbs, verbs_only)
        except DyadsError as exc:
            fail(str(exc))
        preds = predict(name, inputs, kit, vd)
        secs = time.perf_counter() - t0
        tune, held = split_ids([r["id"] for r in inputs])
        for part, keep in (("dev (all)", None), ("tuning part", tune), ("own held-out part", held)):
            g = [r for r in gold if keep is None or r["id"] in keep]
            p = [r for r in preds if keep is None or r["id"] in keep]
            tag = part.split()[0].replace("(", "")
            gpath, ppath = work / f"{name}.{tag}.gold.jsonl", work / f"{name}.{tag}.pred.jsonl"
            _write(gpath, g)
            _write(ppath, p)
            metrics = _score(kit, sub, gpath, ppath)
            if as_json:
                print(json.dumps({"set": name, "part": part, "n": len(g), **metrics}))
            table.add_row(name, part, str(len(g)),
                          "  ".join(f"{k}={metrics[k]:.3f}" for k in shown if isinstance(metrics.get(k), (int, float))),
                          f"{secs:.1f}" if keep is None else "")
    if not as_json:
        console.print(table)
        console.print(f"predictions in {work}")
