"""``dyads geo``, ``dyads gazetteer build`` and ``dyads eval geo``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyads.cli.app import app, console, eval_app, fail, warn
from dyads.errors import DyadsError, InputError
from dyads.evaluation.kit import DEFAULT_KIT

gazetteer_app = typer.Typer(help="Build or inspect the gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _read_text_arg(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    from dyads.ingest.limits import path_kind, read_capped

    path = Path(arg)
    if path_kind(arg) == "file":
        try:
            return read_capped(path).decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-8 text") from None
        except OSError as err:
            raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    if len(arg) < 256 and ("/" in arg or arg.endswith((".txt", ".html", ".md"))) and " " not in arg:
        raise InputError(f"{arg}: no such file")
    return arg


def _places_table(places: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title)
    for col in ("span", "text", "name", "geonameid", "lat", "lon", "country", "feature"):
        table.add_column(col)
    for p in places:
        table.add_row(
            f"{p['start']}-{p['end']}",
            p["text"],
            p.get("name") or "",
            str(p.get("geonameid") or ""),
            "" if p.get("lat") is None else f"{p['lat']:.4f}",
            "" if p.get("lon") is None else f"{p['lon']:.4f}",
            p.get("country") or "",
            p.get("feature") or "",
        )
    return table


def _geo_records(records: Path, fmt: str, demonyms: bool = False) -> None:
    from dyads.errors import describe
    from dyads.geo.records import geoparse_record
    from dyads.ingest.records import _loads

    if not records.is_file():
        fail(f"{records}: no such file")
    bad = 0
    with records.open(encoding="utf-8", errors="strict") as fh:
        try:
            lines = list(fh)
        except UnicodeDecodeError:
            fail(f"{records}: not valid UTF-8")
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = _loads(line)
            out = geoparse_record(rec, demonyms=demonyms)
        except DyadsError as exc:
            warn(f"{records}:{n}: {exc}; skipped")
            bad += 1
            continue
        except Exception as exc:  # noqa: BLE001 - one bad record never stops the file
            warn(f"{records}:{n}: {describe(exc)}; skipped")
            bad += 1
            continue
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            console.print(_places_table(out["places"], title=str(out["id"])))
            if "location" in out:
                console.print(f"location: {out['location']}")
    if bad:
        raise typer.Exit(1)


@app.command("geo")
def geo_command(
    text: str = typer.Argument(None, help="Text, a file path, or '-' for stdin."),
    records: Path = typer.Option(
        None,
        "--records",
        help="JSONL records {id, text, toponyms?: [{start,end}], verb?: {start,end}}.",
    ),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
    demonyms: bool = typer.Option(
        False, "--demonyms", help="Also report nationality words ('Sudanese') as their country."
    ),
) -> None:
    """Find the places in a text and resolve them to GeoNames entries (offline)."""
    if fmt not in ("table", "jsonl"):
        fail(f"unknown --format {fmt!r} (use table or jsonl)")
    try:
        if records is not None:
            _geo_records(records, fmt, demonyms)
            return
        if text is None:
            fail("give a text, a file path or '-', or --records FILE.jsonl")
        body = _read_text_arg(text)
        if not body.strip():
            fail("the input text is empty")
        from dyads.geo import geoparse
        from dyads.geo.records import place_dict
        from dyads.model import Article
        from dyads.nlp import parse

        if body.lstrip()[:1] == "<":  # a web page: geoparse its cleaned article body
            from dyads import clean, ingest

            art = clean.clean(ingest.document_from_string(body))
        else:
            art = Article(doc_id="cli", text=body)
        doc = parse(art.text)
        places = [place_dict(p) for p in geoparse(doc, art, [], demonyms=demonyms)]
    except DyadsError as exc:
        fail(str(exc))
        return
    if fmt == "jsonl":
        for p in places:
            sys.stdout.write(json.dumps(p, ensure_ascii=False) + "\n")
    else:
        console.print(_places_table(places))


@gazetteer_app.command("build")
def gazetteer_build(
    geonames: Path = typer.Option(
        None,
        "--geonames",
        help="Directory of GeoNames dumps (allCountries or citiesN, countryInfo, admin codes, "
        "alternateNames; .txt or .zip).",
    ),
    out: Path = typer.Option(
        None, "--out", help="Output directory (default: ~/.cache/dyads/gazetteer)."
    ),
) -> None:
    """Build a gazetteer. Use it with DYADS_GAZETTEER=OUT (default: the shipped one)."""
    from dyads.geo.build import build_default
    from dyads.geo.geonames import build_from_geonames

    target = out or Path.home() / ".cache" / "dyads" / "gazetteer"
    t0 = time.time()
    try:
        if geonames is not None:
            n, k = build_from_geonames(geonames, target)
        else:
            n, k = build_default(target)
    except ModuleNotFoundError as exc:
        fail(f"building the default gazetteer needs {exc.name}: pip install 'dyads[gazetteer]'")
        return
    except DyadsError as exc:
        fail(str(exc))
        return
    console.print(f"{target}: {n} places, {k} names in {time.time() - t0:.1f}s")
    console.print(f"use it with: DYADS_GAZETTEER={target} dyads ...")


def _fmt(v: Any) -> str:
    return "" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


@eval_app.command("geo")
def eval_geo(
    split: str = typer.Option("dev", "--split", help="Kit split to run (dev)."),
    kit: Path = typer.Option(DEFAULT_KIT, "--kit", help="Path of the evaluation kit."),
    sets: str = typer.Option(
        ",".join(("lgl", "trnews", "gwn", "event_location")),
        "--sets",
        help="Comma-separated geo sets.",
    ),
    modes: str = typer.Option(
        "spans,e2e,e2e-demonyms",
        "--modes",
        help="Comma-separated: spans (gold spans), e2e (our spans), e2e-demonyms.",
    ),
    json_out: Path = typer.Option(None, "--json", help="Also write all metrics to this file."),
) -> None:
    """Score geoparsing on the kit's geo sets (dev, tuning part, our held-out part)."""
    from dyads.evaluation.geo import ALL_SETS, count_records, evaluate_set
    from dyads.evaluation.kit import check_kit

    names = tuple(s.strip() for s in sets.split(",") if s.strip())
    mode_t = tuple(m.strip() for m in modes.split(",") if m.strip())
    for n in names:
        if n not in ALL_SETS:
            fail(f"unknown geo set {n!r} (choose from {', '.join(ALL_SETS)})")
    for m in mode_t:
        if m not in ("spans", "e2e", "e2e-demonyms"):
            fail(f"unknown mode {m!r} (spans, e2e, e2e-demonyms)")
    try:
        check_kit(kit)
        results = []
        total = count_records(kit, names, split, mode_t)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as prog:
            task = prog.add_task("geoparsing", total=total)
            for n in names:
                prog.update(task, description=f"geo/{n}")
                results += evaluate_set(kit, n, split, mode_t, lambda: prog.advance(task))
    except DyadsError as exc:
        fail(str(exc))
        return
    table = Table(title=f"dyads eval geo ({split}; held-out = every 4th record, never tuned on)")
    for col in ("set", "mode", "part", "exact", "acc@161", "span F1", "evloc acc", "n"):
        table.add_column(col)
    for r in results:
        m = r.metrics
        table.add_row(
            r.set,
            r.mode,
            r.part,
            _fmt(m.get("exact_geonameid_acc")),
            _fmt(m.get("acc_at_161km")),
            _fmt(m.get("span_f1")) if r.mode.startswith("e2e") else "",
            _fmt(m.get("accuracy")),
            str(m.get("n_gold_toponyms", m.get("n", ""))),
        )
    # a pipe or log gets a table wide enough not to truncate the mode names
    (console if console.is_terminal else Console(width=120)).print(table)
    if json_out is not None:
        json_out.write_text(json.dumps([r.__dict__ for r in results], indent=1), encoding="utf-8")
