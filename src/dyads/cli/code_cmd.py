"""``dyads code``: code news text or HTML into events, print them, store them."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyads.cli.app import app, console, err_console, fail, warn
from dyads.errors import DyadsError, Failure, describe
from dyads.model import CodedDocument, Document, Event

FORMATS = ("table", "jsonl", "csv")
CSV_COLUMNS = (
    "doc_id", "id", "date", "date_precision", "source", "plover", "mode", "cameo", "quad_class",
    "goldstein", "acled", "target", "place", "lat", "lon", "modality", "attribution", "confidence",
    "trigger", "sentence",
)


def _codes(actors) -> str:
    return ";".join(a.code or a.name or a.text for a in actors)


def event_row(ev: Event) -> dict[str, Any]:
    """The flat row of an event used by ``--format csv`` and the table."""
    return {
        "doc_id": ev.doc_id,
        "id": ev.id,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "source": _codes(ev.source),
        "plover": ev.plover,
        "mode": ev.mode,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "acled": ev.acled,
        "target": _codes(ev.target),
        "place": ev.place.name if ev.place else None,
        "lat": ev.place.lat if ev.place else None,
        "lon": ev.place.lon if ev.place else None,
        "modality": ev.modality,
        "attribution": (ev.attribution.code or ev.attribution.name or ev.attribution.text) if ev.attribution else None,
        "confidence": ev.confidence,
        "trigger": ev.trigger,
        "sentence": ev.sentence,
    }


def _table(coded: list[CodedDocument]) -> Table:
    table = Table(title="dyads: coded events", show_lines=False, header_style="bold")
    for col in ("date", "source", "event", "cameo", "target", "place", "modality", "trigger"):
        table.add_column(col, overflow="fold")
    for doc in coded:
        for ev in doc.events:
            r = event_row(ev)
            style = None if ev.modality == "asserted" else "dim"
            table.add_row(
                f"{r['date'] or ''}" + (f" ({r['date_precision']})" if r["date_precision"] not in (None, "day") else ""),
                r["source"] or "-",
                f"{ev.plover}" + (f"/{ev.mode}" if ev.mode else ""),
                ev.cameo or "",
                r["target"] or "-",
                r["place"] or "",
                ev.modality,
                ev.trigger,
                style=style,
            )
    return table


def _progress(total: int | None) -> Progress:
    return Progress(
        TextColumn("[bold]coding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=total is not None and total <= 1,
    )


def _documents(paths: list[str], records: Path | None, retrieved: str | None,
               include: list[str] | None, exclude: list[str] | None) -> Iterator[Document | Failure]:
    from dyads import ingest

    if records is not None:
        if str(records) != "-" and not _exists(records):
            yield Failure(str(records), "no such file")
        else:
            yield from ingest.read_records(str(records), retrieved=retrieved)
    if paths:
        yield from ingest.read_inputs(paths, include=include, exclude=exclude, retrieved=retrieved)


def _encodable(value: object) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # e.g. a name longer than the file system allows
        return False


def _validate(fmt: str, paths: list[str], records: Path | None, out: Path | None, db: Path,
              no_db: bool, batch_size: int, workers: int, retrieved: str | None) -> None:
    """Check every option before anything is read or opened: one clear line per problem."""
    from dyads.cli.paths import check_output
    from dyads.ingest.dates import normalise_date

    if fmt not in FORMATS:
        fail(f"unknown --format '{fmt}': choose one of {', '.join(FORMATS)}")
    if not paths and records is None:
        fail("give files, directories or '-' (stdin), or --records FILE.jsonl")
    if batch_size < 1:
        fail(f"--batch-size must be at least 1 (got {batch_size})")
    if workers < 0:
        fail(f"--workers must be 0 (code in this process) or more (got {workers})")
    if records is not None and str(records) == "-" and "-" in paths:
        fail("stdin ('-') can be read once: give it as a path or as --records -, not both")
    if retrieved is not None:
        try:
            normalise_date(retrieved)
        except DyadsError as exc:
            fail(f"--retrieved: {exc}")
    inputs = [Path(p) for p in paths if p != "-" and "://" not in p]
    if records is not None and str(records) != "-":
        inputs.append(records)
    if out is not None:
        check_output(out, "--out", inputs=inputs, stores=[] if no_db else [db], force=True)
    if not no_db:
        check_output(db, "--db", inputs=inputs, stores=[], force=True, is_store=True)


def _actor_kb(store, actor_dicts: list[Path], agent_dicts: list[Path]):
    """The actor KB for this run: shipped + learned actors stored in --db + user dictionaries.

    None means the shipped default (the cheapest case)."""
    from dyads.actors import KB
    from dyads.actors.petrarch import extend_kb

    for p in [*actor_dicts, *agent_dicts]:
        if not p.is_file():
            fail(f"dictionary not found: {p}")
    kb = None
    if store is not None:
        from dyads.actors import learned

        if learned.has_table(store.connection) and learned.load(store.connection):
            kb = learned.kb_with_learned(store.connection)
    if actor_dicts or agent_dicts:
        problems: list[str] = []
        try:
            kb = extend_kb(kb or KB.default(), actors=actor_dicts, agents=agent_dicts, problems=problems)
        except DyadsError as exc:
            fail(str(exc))
        for problem in problems:  # a bad line is skipped, the rest of the dictionary loads
            warn(escape(f"dictionary {problem}"))
    return kb


def load_verb_dicts(verbs: list[Path], discards: list[Path], issues: list[Path], only: bool = False):
    """The user's PETRARCH/TABARI verb, discard and issue dictionaries (None: none given).

    A missing file stops the run; a line that cannot be read is reported (file:line: reason)
    and skipped, the rest loads."""
    if not (verbs or discards or issues):
        if only:
            fail("--verbs-only needs --verbs FILE")
        return None
    from dyads.events import verb_dictionary

    for p in [*verbs, *discards, *issues]:
        if not p.is_file():
            fail(f"dictionary not found: {p}")
    try:
        vd = verb_dictionary.load(verbs, discards, issues, only=only)
    except DyadsError as exc:
        fail(str(exc))
    for problem in vd.problems:
        warn(escape(f"dictionary {problem}"))
    return vd


def _learn(store, coded: CodedDocument) -> None:
    """Keep the actors this document taught the resolver, for later documents and runs."""
    from dyads.actors import learned

    new = learned.from_coded(coded)
    if new:
        learned.save(store.connection, new)


@app.command("code")
def code_command(
    paths: list[str] = typer.Argument(None, help="Files, directories or '-' for stdin (text or HTML)."),
    records: Path = typer.Option(None, "--records", help="JSONL file, one record per line: {id, text|html, published?, url?, title?}."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table | jsonl | csv."),
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help="DuckDB file to store into."),
    no_db: bool = typer.Option(False, "--no-db", help="Do not store anything."),
    out: Path = typer.Option(None, "--out", "-o", help="Write the output to this file instead of stdout."),
    retrieved: str = typer.Option(None, "--retrieved", help="Retrieval date (YYYY-MM-DD) for relative age banners."),
    include: list[str] = typer.Option(None, "--include", help="Glob of files to read inside directories (repeatable)."),
    exclude: list[str] = typer.Option(None, "--exclude", help="Glob of files to skip inside directories (repeatable)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Documents parsed together by spaCy."),
    workers: int = typer.Option(0, "--workers", help="Code on a local Dask cluster of N worker processes (0: in this process)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."),
    actor_dicts: list[Path] = typer.Option(None, "--actors", help="PETRARCH/TABARI actor dictionary to use too (repeatable)."),
    agent_dicts: list[Path] = typer.Option(None, "--agents", help="PETRARCH/TABARI agent dictionary to use too (repeatable)."),
    verb_dicts: list[Path] = typer.Option(None, "--verbs", help="PETRARCH/TABARI verb dictionary: its patterns' codes take precedence over the built-in lexicon's (repeatable)."),
    discard_dicts: list[Path] = typer.Option(None, "--discards", help="PETRARCH/TABARI discard file: '+PHRASE' drops the story, 'PHRASE' the sentence (repeatable)."),
    issue_dicts: list[Path] = typer.Option(None, "--issues", help="PETRARCH/TABARI issue file: issue codes go in the events' rule and the record's 'issues' (repeatable)."),
    verbs_only: bool = typer.Option(False, "--verbs-only", help="Keep only the events the --verbs patterns code (PETRARCH's output, no lexicon events)."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="Keep events the learned layer scores at least this (0-1). Default: drop events under 0.5 only when they lack a source or a target; events on non-political pages are always dropped."),
    resume: bool = typer.Option(False, "--resume", help="Skip, before parsing, documents already stored in --db (not printed again)."),
) -> None:
    """Code news text or HTML into events (PLOVER, CAMEO, ACLED) and print them."""
    paths = paths or []
    _validate(fmt, paths, records, out, db, no_db, batch_size, workers, retrieved)
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        fail(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    if resume and no_db:
        fail("--resume skips what --db holds: it cannot be used with --no-db")
    from dyads import records as records_out

    store = None
    if not no_db:
        from dyads.store import Store

        try:
            store = Store(str(db))
        except DyadsError as exc:
            fail(str(exc))
    kb = _actor_kb(store, actor_dicts or [], agent_dicts or [])
    vd = load_verb_dicts(verb_dicts or [], discard_dicts or [], issue_dicts or [], verbs_only)
    try:
        sink = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
    except OSError as exc:
        if store is not None:
            store.close()
        fail(f"cannot write --out {out}: {exc.strerror or exc}")
    writer = csv.DictWriter(sink, fieldnames=CSV_COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    failures: list[Failure] = []
    coded_all: list[CodedDocument] = []
    stored = skipped = 0
    n_docs = n_events = 0
    already = 0

    record_prefix = f"{records}:" if records is not None else None

    def is_record(item: Failure) -> bool:
        return records is not None and (item.source.startswith("record:") or item.source.startswith(record_prefix))

    def report(item: Failure) -> None:
        """One failed input: an error line, a row in the store's failures table and, for a
        record, its own output line carrying "error"."""
        failures.append(item)
        err_console.print(f"[bold red]error:[/] {item}", highlight=False, soft_wrap=True)
        if store is not None:
            try:
                store.record_failure(item.source, item.message, doc_id=item.doc_id, stage=item.stage)
            except Exception as exc:  # noqa: BLE001 - the run goes on without this row
                warn(f"could not record the failure in {db}: {describe(exc)}")
        if fmt == "jsonl" and is_record(item):
            rid = item.doc_id
            if rid is None and item.source.startswith("record:"):
                rid = item.source.split(":", 1)[1]
            line = {"id": rid, "events": [], "places": [], "error": item.message}
            if rid is None:
                line["source"] = item.source
            sink.write(json.dumps(line, ensure_ascii=not _encodable(line)) + "\n")

    def good_docs() -> Iterator[Document]:
        nonlocal already
        for item in _documents(paths, records, retrieved, include, exclude):
            if isinstance(item, Failure):
                report(item)
                continue
            if resume and store is not None and store.has_stored_content(item.id):
                already += 1
                continue
            for note in item.meta.get("warnings", ()):
                warn(f"{item.source}: {note}")
            yield item

    try:
        with _progress(None) as progress:
            task = progress.add_task("coding", total=None, rate="")
            if workers or scheduler:
                from dyads.scale import code_distributed

                coded_stream = code_distributed(good_docs(), workers=workers or 1, scheduler=scheduler,
                                                batch_size=batch_size, actor_kb=kb, min_confidence=min_confidence,
                                                verbs=vd)
            else:
                from dyads.scale import code_local

                coded_stream = code_local(good_docs(), batch_size=batch_size, actor_kb=kb,
                                          min_confidence=min_confidence, verbs=vd)
            for coded in coded_stream:
                if isinstance(coded, Failure):
                    report(coded)
                    continue
                n_docs += 1
                n_events += len(coded.events)
                if coded.skipped:
                    skipped += 1
                    warn(f"{coded.article.source or coded.id}: skipped: {coded.skipped}")
                if store is not None and not coded.skipped:
                    try:
                        stored += bool(store.write(coded, source=coded.article.source or None))
                        _learn(store, coded)
                    except Exception as exc:  # noqa: BLE001 - one document that cannot be stored
                        msg = str(exc) if isinstance(exc, DyadsError) else describe(exc)
                        report(Failure(coded.article.source or coded.id, f"not stored: {msg}",
                                       doc_id=coded.id, stage="store"))
                if fmt == "jsonl":
                    sink.write(json.dumps(records_out.record(coded), ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    for ev in coded.events:
                        writer.writerow(event_row(ev))
                else:
                    coded_all.append(coded)
                elapsed = progress.tasks[0].elapsed or 0
                progress.update(task, advance=1, rate=f"{n_docs / elapsed:.1f} docs/s" if elapsed else "")
    except DyadsError as exc:  # the run itself cannot go on (e.g. the Dask scheduler is gone)
        run_error = str(exc)
    else:
        run_error = None
    finally:
        if store is not None:
            store.close()
        if out:
            sink.close()
    if run_error:
        fail(f"{run_error} (after {n_docs} document(s))")
    if fmt == "table":
        if coded_all:
            # piped or redirected output gets a wide table instead of rich's 80-column default
            out_console = console if console.is_terminal else Console(width=180, file=sink)
            out_console.print(_table(coded_all))
    summary = f"{n_docs} document(s), {n_events} event(s)"
    if store is not None:
        summary += f"; {stored} new document(s) stored in {db}"
    if skipped:
        summary += f"; {skipped} skipped"
    if already:
        summary += f"; {already} already stored (not coded again)"
    if failures:
        summary += f"; {len(failures)} input(s) failed"
    err_console.print(summary, highlight=False)
    # With --records each bad record already has its own output line carrying "error";
    # any other failure (a missing path, a file that cannot be read) sets the exit status.
    if failures and (n_docs == 0 or any(not is_record(f) for f in failures)):
        raise typer.Exit(1)
