"""``dyads code --shards OUT_DIR`` (shard-parallel runs) and ``dyads store import OUT_DIR``."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyads.cli.app import app, console, err_console, fail
from dyads.errors import DyadsError

store_app = typer.Typer(help="Build a store from the parts of a shard-parallel run.", no_args_is_help=True)
app.add_typer(store_app, name="store")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]shards"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
        console=err_console, transient=True,
    )  # fmt: skip


def run_shard_command(paths: list[str], out_dir: Path, opts, workers: int, scheduler: str | None,
                      include: list[str] | None, exclude: list[str] | None, split_bytes: int = 0,
                      dashboard: str | None = None) -> None:
    """Code every shard not finished yet and print a summary; exit 1 when an input failed."""
    from dyads.shards import list_shards, run_shards

    if out_dir.exists() and not out_dir.is_dir():
        fail(f"--shards {out_dir} exists and is not a directory")
    shards, missing = list_shards(paths, include, exclude, split_bytes)
    for m in missing:
        err_console.print(f"[bold red]error:[/] {m}", highlight=False, soft_wrap=True)
    if not shards:
        fail("no input files to code")
    tally = _Tally()
    try:
        with _progress() as progress:
            task = progress.add_task("shards", total=len(shards), info="")
            for report in run_shards(shards, out_dir, opts, workers, scheduler, dashboard=dashboard,
                                     say=lambda line: progress.console.print(escape(line), highlight=False, soft_wrap=True)):
                tally.add(report)
                progress.update(task, advance=1, info=tally.info())
    except DyadsError as exc:
        fail(f"{exc} (after {tally.shards} shard(s))")
    err_console.print(tally.summary(out_dir), highlight=False)
    if missing or tally.errors:
        raise typer.Exit(1)


class _Tally:
    """Counts over the shards' reports (the client holds nothing else)."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.shards = self.resumed = self.docs = self.events = self.failures = self.errors = 0
        self.peak_mb = 0.0
        self.coded = 0  # documents coded by this run (not by an earlier one)

    def add(self, report) -> None:
        self.shards += 1
        self.resumed += report.resumed
        self.docs += report.documents
        self.coded += 0 if report.resumed else report.documents
        self.events += report.events
        self.failures += len(report.failures)
        self.peak_mb = max(self.peak_mb, report.peak_rss_mb)
        if not report.ok:
            self.errors += 1
            err_console.print(f"[bold red]error:[/] {report.shard}: {report.error}", highlight=False, soft_wrap=True)
        for f in report.failures:
            err_console.print(f"[bold red]error:[/] {f['source']}: {f['message']}", highlight=False, soft_wrap=True)

    def info(self) -> str:
        elapsed = time.perf_counter() - self.start
        rate = (self.coded / elapsed) if elapsed else 0.0
        return f"{self.docs} docs, {rate:.1f} docs/s, {self.failures + self.errors} error(s)"

    def summary(self, out_dir: Path) -> str:
        text = (f"{self.shards} shard(s), {self.docs} document(s), {self.events} event(s) "
                f"in {out_dir}")
        if self.resumed:
            text += f"; {self.resumed} finished before (skipped)"
        if self.peak_mb:
            text += f"; peak memory of a coding process {self.peak_mb:.0f} MB"
        if self.failures:
            text += f"; {self.failures} input(s) failed"
        if self.errors:
            text += f"; {self.errors} shard(s) failed (rerun the command to retry them)"
        return text + f"; merge with: dyads store import {out_dir} --db FILE"


@store_app.command("import")
def store_import(
    parts: list[Path] = typer.Argument(..., help="Directories written by `dyads code --shards` (or single parts)."),
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help="DuckDB store to merge the parts into."),
) -> None:
    """Merge the Parquet parts of shard-parallel runs into a store (a rerun adds nothing twice)."""
    from dyads.cli.paths import check_output
    from dyads.store import Store
    from dyads.store.parts import import_parts

    check_output(db, "--db", inputs=parts, stores=[], force=True, is_store=True)
    try:
        with Store(str(db)) as store:
            for out_dir in parts:
                got = import_parts(store, out_dir)
                console.print(f"{out_dir}: {got['parts']} part(s), {got['documents']} new document(s), "
                              f"{got['reports']} new report(s), {got['failures']} failure(s) recorded")
    except DyadsError as exc:
        fail(str(exc))
