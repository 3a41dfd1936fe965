"""``dyads actors list|add|remove|export|resolve`` and ``dyads eval actors``."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import app, console, eval_app, fail
from dyads.errors import DyadsError
from dyads.evaluation.kit import DEFAULT_KIT

actors_app = typer.Typer(
    help="Learned actors (list, correct, export) and actor resolution.", no_args_is_help=True
)
app.add_typer(actors_app, name="actors")

DEFAULT_DB = Path("dyads.duckdb")
DbOpt = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")


def _open(db: Path, write: bool):
    from dyads.store import Store

    if not write and not db.exists():
        fail(f"no store at {db} (run `dyads code` first, or pass --db FILE)")
    try:
        return Store(db, read_only=not write)
    except DyadsError as exc:
        fail(str(exc))


@actors_app.command("list")
def list_actors(
    db: Path = DbOpt,
    origin: str = typer.Option(None, help="Only 'learned' or 'user' rows."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """List the learned actors stored in the DuckDB file."""
    from dyads.actors import learned

    if fmt not in ("table", "jsonl"):
        fail(f"--format must be table or jsonl, not {fmt!r}")
    if origin not in (None, "learned", "user"):
        fail(f"--origin must be learned or user, not {origin!r}")

    with _open(db, write=False) as st:
        rows = learned.load(st.connection)
    if origin:
        rows = [r for r in rows if r.origin == origin]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} learned actors in {db}")
    columns = ("alias", "code", "country", "sector", "descriptor", "doc_id", "date", "origin")
    for col in columns:
        table.add_column(col)
    for r in rows:
        d = asdict(r)
        table.add_row(*[str(d[c] or "") for c in columns])
    console.print(table)


@actors_app.command("review")
def review_actors(
    db: Path = DbOpt,
    reject: list[str] = typer.Option(
        [],
        "--reject",
        help="Reject the learned actor with this alias (repeatable): never used "
        "again, never learned again.",
    ),
    accept: list[str] = typer.Option(
        [],
        "--accept",
        help="Accept the learned actor with this alias (repeatable): it becomes a "
        "user row, used whatever its confidence.",
    ),
    show_all: bool = typer.Option(False, "--all", help="Also list rejected actors."),
    below: float = typer.Option(1.0, "--below", help="Only actors with a confidence under this."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Review learned actors, least sure first, with the sentence and document that taught them."""
    from dyads.actors import learned

    if fmt not in ("table", "jsonl"):
        fail(f"--format must be table or jsonl, not {fmt!r}")
    if reject or accept:
        with _open(db, write=True) as st:
            for alias in reject:
                if not learned.reject(st.connection, alias):
                    fail(f"no actor with alias {alias!r} in {db}")
                console.print(f"rejected {alias!r}: it will not be used or learned again")
            for alias in accept:
                if not learned.accept(st.connection, alias):
                    fail(f"no actor with alias {alias!r} in {db}")
                console.print(f"accepted {alias!r}")
        return
    with _open(db, write=False) as st:
        rows = learned.review(learned.load(st.connection), include_rejected=show_all, below=below)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} learned actors to review in {db} (least sure first)")
    for col in ("alias", "code", "confidence", "seen", "conflicts", "status", "evidence", "source"):
        table.add_column(col, overflow="fold")
    for r in rows:
        status = "rejected" if r.rejected else ("used" if r.usable else "not used")
        conf = "" if r.confidence is None else f"{r.confidence:.2f}"
        table.add_row(r.alias, r.code, conf, str(r.seen), str(r.conflicts), status,
                      r.evidence or "", r.source or r.doc_id or "")  # fmt: skip
    console.print(table)


@actors_app.command("add")
def add_actor(
    alias: str = typer.Argument(..., help="Name as it appears in text, e.g. 'Jane Doe'."),
    code: str = typer.Option(..., "--code", help="CAMEO-style code, e.g. KENOPP."),
    name: str = typer.Option(None, help="Canonical name (default: the alias)."),
    country: str = typer.Option(None, help="ISO3 country (default: first 3 letters of code)."),
    db: Path = DbOpt,
) -> None:
    """Add or correct an actor (stored with origin 'user'; resolves in later runs)."""
    from dyads.actors import learned

    actor = learned.LearnedActor(alias=alias, name=name or alias, code=code, country=country)
    with _open(db, write=True) as st:
        try:
            learned.add(st.connection, actor)
        except DyadsError as exc:
            fail(str(exc))
    console.print(f"added {alias!r} -> {code}")


@actors_app.command("remove")
def remove_actor(alias: str = typer.Argument(...), db: Path = DbOpt) -> None:
    """Remove a learned or user actor by its alias."""
    from dyads.actors import learned

    with _open(db, write=True) as st:
        if not learned.remove(st.connection, alias):
            fail(f"no actor with alias {alias!r} in {db}")
    console.print(f"removed {alias!r}")


@actors_app.command("export")
def export_actors(
    db: Path = DbOpt,
    fmt: str = typer.Option("csv", "--format", help="csv or jsonl."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
) -> None:
    """Export the learned actors as CSV or JSON lines."""
    from dyads.actors import learned

    if fmt not in ("csv", "jsonl"):
        fail(f"--format must be csv or jsonl, not {fmt!r}")
    if output:
        from dyads.cli.paths import check_output

        check_output(output, "--output", stores=[db], force=True)
    with _open(db, write=False) as st:
        rows = [asdict(r) for r in learned.load(st.connection)]
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.DictWriter(buf, fieldnames=list(learned.COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        for r in rows:
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
    if output:
        from dyads.cli.paths import atomic_file

        with atomic_file(output) as tmp:
            tmp.write_text(buf.getvalue(), encoding="utf-8")
        console.print(f"wrote {len(rows)} actors to {output}")
    else:
        sys.stdout.write(buf.getvalue())


def build_kb(actors: list[Path] | None, agents: list[Path] | None, db: Path | None):
    """The shipped KB plus PETRARCH dictionaries and the learned actors of ``db`` (if any)."""
    from dyads.actors import shipped_kb
    from dyads.actors.petrarch import extend_kb

    kb = shipped_kb()
    if db is not None and db.exists():
        from dyads.actors import learned

        with _open(db, write=False) as st:
            kb = learned.kb_with_learned(st.connection, kb)
    if actors or agents:
        kb = extend_kb(kb, actors=actors or [], agents=agents or [])
    return kb


@actors_app.command("resolve")
def resolve_cmd(
    text: str = typer.Argument(..., help="Text, a file path, or - for stdin."),
    date: str = typer.Option(None, "--date", help="Publication date YYYY-MM-DD (office terms)."),
    actors: list[Path] = typer.Option(
        None, "--actors", help="PETRARCH actor dictionary (repeatable)."
    ),
    agents: list[Path] = typer.Option(
        None, "--agents", help="PETRARCH agent dictionary (repeatable)."
    ),
    db: Path = typer.Option(None, "--db", help="Also use the learned actors of this store."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Show the actor mentions found in a text."""
    from dyads.actors import resolve
    from dyads.ingest.limits import path_kind, read_capped
    from dyads.model import Article
    from dyads.nlp import parse

    if text == "-":
        text = sys.stdin.read()
    elif path_kind(text) == "file":
        try:
            text = read_capped(text).decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{text}: not valid UTF-8 text")
        except (OSError, DyadsError) as err:
            fail(f"{text}: {getattr(err, 'strerror', None) or err}")
    try:
        kb = build_kb(actors, agents, db)
        mentions = resolve(parse(text), Article(doc_id="cli", text=text, published=date), kb=kb)
    except DyadsError as exc:
        fail(str(exc))
    if fmt == "jsonl":
        for m in mentions:
            sys.stdout.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(mentions)} actor mentions")
    for col in ("span", "text", "code", "country", "kind", "rule", "coref", "backed by", "led by"):
        table.add_column(col)
    for m in mentions:
        a = m.actor
        table.add_row(
            f"{m.start}-{m.end}",
            m.text,
            a.code or "",
            a.country or "",
            a.kind or "",
            a.rule or "",
            "yes" if m.coref else "",
            ",".join(s.code or "" for s in m.supporters),
            ",".join(s.code or "" for s in m.leaders),
        )
    console.print(table)


@eval_app.command("actors")
def eval_actors(
    split: str = typer.Option("dev", help="Split of the evaluation kit."),
    gold_set: str = typer.Option("plover", "--set", help="plover or petrarch."),
    kit: Path = typer.Option(DEFAULT_KIT, help="The evaluation kit directory."),
    as_json: bool = typer.Option(False, "--json", help="One JSON line of figures."),
    misses: bool = typer.Option(False, "--misses", help="List the tuning-part misses."),
) -> None:
    """Share of gold source/target actors whose country (first 3 letters) the resolver finds.

    Reported on the whole split and on its tuning and held-out parts (every 4th record by id
    held out). With --set petrarch the PETRARCH unit-test dictionaries are loaded.
    """
    from dyads.evaluation.actors import (
        PARTS,
        part_of,
        predict_codes,
        read_petrarch,
        read_plover,
        score_records,
    )

    kb = None
    try:
        if gold_set == "plover":
            records = read_plover(kit / "events" / "plover", split)
        elif gold_set == "petrarch":
            set_dir = kit / "events" / "petrarch"
            records = read_petrarch(set_dir, split)
            d = set_dir / "dictionaries"
            kb = build_kb([d / "PETR.Validate.actors.txt"], [d / "PETR.Validate.agents.txt"], None)
        else:
            fail(f"--set must be plover or petrarch, not {gold_set!r}")
    except DyadsError as exc:
        fail(str(exc))
    predicted, n_mentions, cpu = predict_codes(records, kb)
    scores = score_records(records, predicted)
    figures = {
        f"{part}_{role}": round(scores[part][role].recall, 4)
        for part in PARTS
        for role in ("source", "target")
    }
    figures.update(records=len(records), mentions=n_mentions, resolve_cpu_s=round(cpu, 3))
    if as_json:
        sys.stdout.write(json.dumps(figures) + "\n")
        return
    table = Table(title=f"actor-country recall, {gold_set} {split} ({len(records)} records)")
    for col in ("part", "source", "target"):
        table.add_column(col)
    for part in PARTS:
        s, t = scores[part]["source"], scores[part]["target"]
        table.add_row(
            part, f"{s.recall:.3f} ({s.found}/{s.total})", f"{t.recall:.3f} ({t.found}/{t.total})"
        )
    console.print(table)
    if misses:
        index = {r["id"]: i for i, r in enumerate(records)}
        for role in ("source", "target"):
            for m in scores["all"][role].misses:
                if part_of(index[m["id"]]) == "tune":
                    console.print(
                        f"{role} {m['gold']} have={m['have']} {m['text'][:160]}", highlight=False
                    )
