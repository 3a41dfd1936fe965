"""``dyads code``: code news text or HTML into events, print them, store them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyads.cli.app import app, console, err_console, fail, warn
from dyads.errors import DyadsError, Failure, describe
from dyads.formats import FORMATS
from dyads.model import CodedDocument, Document
from dyads.records import Output


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


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # e.g. a name longer than the file system allows
        return False


def _validate(fmt: str, paths: list[str], records: Path | None, out: Path | None, db: Path,
              no_db: bool, batch_size: int, workers: int, retrieved: str | None) -> None:
    """Check every option before anything is read or opened: one clear line per problem."""
    from dyads.cli.paths import check_output
    from dyads.dates import normalise_date

    if fmt not in FORMATS.of("code"):
        fail(f"unknown --format '{fmt}': choose one of {', '.join(FORMATS.of('code'))}")
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


def _run_memory(store, kb):
    """The learned actors of this run, starting from those the store holds (none with --no-db)."""
    from dyads.actors import learned
    from dyads.actors.memory import RunMemory

    stored = learned.load(store.connection) if store is not None else []
    return RunMemory(kb, stored)


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
    comments: bool = typer.Option(False, "--comments", help="Keep the reader comments of HTML pages (after the article text; off by default: comments are not news)."),
    shards: Path = typer.Option(None, "--shards", help="Shard mode: each input file is coded by a worker into its own Parquet part under this directory (resumable; merge with `dyads store import`)."),
    shard_mb: float = typer.Option(0, "--shard-mb", help="Shard mode: split plain .jsonl files larger than this many MB into byte ranges of about this size (0: one shard per file)."),
    dashboard: bool = typer.Option(False, "--dashboard", help="With --workers: serve Dask's dashboard (needs bokeh: pip install 'dyads\\[dashboard]') and print its URL; with --scheduler: print the scheduler's dashboard URL."),
    dashboard_address: str = typer.Option(None, "--dashboard-address", help="Where --dashboard serves the local cluster's dashboard, [HOST]:PORT (default :8787, every interface; implies --dashboard)."),
) -> None:
    """Code news text or HTML into events (PLOVER, CAMEO, ACLED) and print them."""
    paths = paths or []
    dash = _dashboard(dashboard, dashboard_address, workers, scheduler)
    if shards is not None:
        _check_shard_mode(paths, records, out, resume, batch_size, workers, retrieved)
        opts = _shard_options(actor_dicts, agent_dicts, verb_dicts, discard_dicts, issue_dicts, verbs_only,
                              min_confidence, retrieved, comments, batch_size)
        from dyads.cli.shards_cmd import run_shard_command

        if shard_mb < 0:
            fail(f"--shard-mb must be 0 (whole files) or more (got {shard_mb:g})")
        run_shard_command(paths, shards, opts, workers, scheduler, include, exclude, int(shard_mb * 2**20), dash)
        return
    _validate(fmt, paths, records, out, db, no_db, batch_size, workers, retrieved)
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        fail(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    if resume and no_db:
        fail("--resume skips what --db holds: it cannot be used with --no-db")
    store = None if no_db else _open_store(db)
    local = not (workers or scheduler)  # in this process: learned actors resolve within the run
    kb = _actor_kb(None if local else store, actor_dicts or [], agent_dicts or [])
    memory = _run_memory(store, kb) if local else None
    vd = load_verb_dicts(verb_dicts or [], discard_dicts or [], issue_dicts or [], verbs_only)
    sink = _open_sink(out, store)
    run = _Run(store, db, FORMATS.choose(fmt, "code")(sink, console), records, resume, comments)
    docs = run.documents(_documents(paths, records, retrieved, include, exclude))
    try:
        run.code(_coded_stream(docs, workers, scheduler, batch_size, kb, min_confidence, vd, memory, dash))
        run.output.close()
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
        fail(f"{run_error} (after {run.n_docs} document(s))")
    run.finish()


def _dashboard(on: bool, address: str | None, workers: int, scheduler: str | None) -> str | None:
    """The address of the Dask dashboard the user asked for (None: not asked); checked before any work."""
    from dyads.scale import DEFAULT_DASHBOARD, check_dashboard

    if not on and address is None:
        return None
    if not (workers or scheduler):
        fail("--dashboard shows a Dask cluster: use it with --workers N or --scheduler ADDR")
    address = address or DEFAULT_DASHBOARD
    if scheduler:
        if address != DEFAULT_DASHBOARD:
            fail("--dashboard-address is for a local cluster (--workers): a running scheduler serves its "
                 "own dashboard (`dask scheduler --dashboard-address ADDR`)")
        return address
    try:
        return check_dashboard(address)
    except DyadsError as exc:
        fail(escape(str(exc)))


def say_on_stderr(line: str) -> None:
    err_console.print(escape(line), highlight=False, soft_wrap=True)


def _check_shard_mode(paths: list[str], records: Path | None, out: Path | None, resume: bool,
                      batch_size: int, workers: int, retrieved: str | None) -> None:
    """Shard mode reads files and writes parts: the options of the other modes are refused."""
    if records is not None:
        fail("--shards reads files: give the JSONL file as an input path, not --records")
    if out is not None:
        fail("--shards writes Parquet parts, not --out (export them with `dyads store import` + `dyads export`)")
    if resume:
        fail("--shards always resumes: rerun the same command to skip finished shards (no --resume)")
    if not paths or "-" in paths or any("://" in p for p in paths):
        fail("--shards needs files, directories or globs (not stdin or URLs)")
    _validate("table", paths, None, None, Path("unused.duckdb"), True, batch_size, workers, retrieved)


def _shard_options(actor_dicts, agent_dicts, verb_dicts, discard_dicts, issue_dicts, verbs_only: bool,
                   min_confidence: float | None, retrieved: str | None, comments: bool, batch_size: int):
    """What every worker codes with (the user's dictionaries travel with each shard)."""
    from dyads.dates import normalise_date
    from dyads.shards import ShardOptions

    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        fail(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    kb = _actor_kb(None, actor_dicts or [], agent_dicts or [])
    vd = load_verb_dicts(verb_dicts or [], discard_dicts or [], issue_dicts or [], verbs_only)
    return ShardOptions(actor_kb=kb, min_confidence=min_confidence, verbs=vd,
                        retrieved=normalise_date(retrieved), comments=comments, batch_size=batch_size)


def _open_store(db: Path):
    from dyads.store import Store

    try:
        return Store(str(db))
    except DyadsError as exc:
        fail(str(exc))


def _open_sink(out: Path | None, store) -> TextIO:
    """The --out file, or stdout."""
    if not out:
        return sys.stdout
    try:
        return open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        if store is not None:
            store.close()
        fail(f"cannot write --out {out}: {exc.strerror or exc}")


def _coded_stream(docs: Iterator[Document], workers: int, scheduler: str | None, batch_size: int,
                  kb, min_confidence: float | None, vd, memory=None,
                  dashboard: str | None = None) -> Iterator[CodedDocument | Failure]:
    """Coded documents (or failures), on a Dask cluster or in this process (where ``memory``, an
    ``actors.memory.RunMemory``, lets a document use the actors learned before it)."""
    if workers or scheduler:
        from dyads.scale import code_distributed

        return code_distributed(docs, workers=workers or 1, scheduler=scheduler, batch_size=batch_size,
                                actor_kb=kb, min_confidence=min_confidence, verbs=vd, dashboard=dashboard,
                                say=say_on_stderr)
    from dyads.scale import code_local

    return code_local(docs, batch_size=batch_size, actor_kb=kb, min_confidence=min_confidence, verbs=vd,
                      memory=memory)


# Coded documents stored together in one transaction: each transaction costs about 20 ms whatever
# its size (measured on news articles: 26 ms a document stored alone, 3-7 ms in batches of 16 or more).
# A run killed outright loses at most this many coded documents from the store (`--resume` codes
# them again); a run that stops on an error stores them first.
STORE_BATCH = 32


@dataclass
class _Run:
    """One ``dyads code`` run: where coded documents go (output, store) and what it counted."""

    store: Any
    db: Path
    output: Output
    records: Path | None
    resume: bool
    comments: bool = False  # --comments: the cleaner keeps HTML pages' reader comments
    failures: list[Failure] = field(default_factory=list)
    stored: int = 0
    skipped: int = 0
    already: int = 0
    n_docs: int = 0
    n_events: int = 0
    record_ids: set[str] | None = None  # --resume --records: the record ids stored (read once)
    pending: list[CodedDocument] = field(default_factory=list)  # coded, not yet stored

    def is_record(self, item: Failure) -> bool:
        return self.records is not None and (
            item.source.startswith("record:") or item.source.startswith(f"{self.records}:")
        )

    def report(self, item: Failure) -> None:
        """One failed input: an error line, a row in the store's failures table and, for a
        record, its own output line carrying "error"."""
        self.failures.append(item)
        err_console.print(f"[bold red]error:[/] {item}", highlight=False, soft_wrap=True)
        if self.store is not None:
            try:
                self.store.record_failure(item.source, item.message, doc_id=item.doc_id, stage=item.stage)
            except Exception as exc:  # noqa: BLE001 - the run goes on without this row
                warn(f"could not record the failure in {self.db}: {describe(exc)}")
        if self.is_record(item):
            rid = item.doc_id
            if rid is None and item.source.startswith("record:"):
                rid = item.source.split(":", 1)[1]
            line = {"id": rid, "events": [], "places": [], "error": item.message}
            if rid is None:
                line["source"] = item.source
            self.output.failed(line)

    def documents(self, items: Iterator[Document | Failure]) -> Iterator[Document]:
        """The readable inputs not stored yet (with --resume); failures are reported."""
        for item in items:
            if isinstance(item, Failure):
                self.report(item)
                continue
            if self.resume and self.store is not None and self.already_stored(item):
                self.already += 1
                continue
            for note in item.meta.get("warnings", ()):
                warn(f"{item.source}: {note}")
            if self.comments:
                item.meta["comments"] = True
            yield item

    def already_stored(self, doc: Document) -> bool:
        """Is ``doc`` stored already: its content id, or (a record) the id it came with?"""
        if self.store.has_stored_content(doc.id):
            return True
        if self.records is None:
            return False
        if self.record_ids is None:
            self.record_ids = self.store.stored_record_ids()
        return doc.id in self.record_ids

    def code(self, stream: Iterator[CodedDocument | Failure]) -> None:
        with _progress(None) as progress:
            task = progress.add_task("coding", total=None, rate="")
            try:
                for coded in stream:
                    if isinstance(coded, Failure):
                        self.report(coded)
                        continue
                    self.take(coded)
                    elapsed = progress.tasks[0].elapsed or 0
                    progress.update(task, advance=1, rate=f"{self.n_docs / elapsed:.1f} docs/s" if elapsed else "")
            finally:  # what was coded is stored, also when the run stops on an error
                self.flush()

    def take(self, coded: CodedDocument) -> None:
        """Count and write one coded document; it is stored with the next batch (``flush``)."""
        self.n_docs += 1
        self.n_events += len(coded.events)
        if coded.skipped:
            self.skipped += 1
            warn(f"{coded.article.source or coded.id}: skipped: {coded.skipped}")
        if self.store is not None and not coded.skipped:
            self.pending.append(coded)
            if len(self.pending) >= STORE_BATCH:
                self.flush()
        self.output.write(coded)

    def flush(self) -> None:
        """Store the pending documents in one transaction (``Store.write_many``, the same rows as
        one ``Store.write`` each, in the same order); if that fails nothing was written, and each is
        stored alone, one that cannot be stored becoming a Failure."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        try:
            self.stored += self.store.write_many(pending)
        except Exception:  # noqa: BLE001 - find the document(s) that cannot be stored
            for coded in pending:
                self._store_one(coded)
            return
        for coded in pending:
            self._learn(coded)

    def _store_one(self, coded: CodedDocument) -> None:
        try:
            self.stored += bool(self.store.write(coded, source=coded.article.source or None))
        except Exception as exc:  # noqa: BLE001 - one document that cannot be stored
            msg = str(exc) if isinstance(exc, DyadsError) else describe(exc)
            self.report(Failure(coded.article.source or coded.id, f"not stored: {msg}",
                                doc_id=coded.id, stage="store"))
            return
        self._learn(coded)

    def _learn(self, coded: CodedDocument) -> None:
        try:
            _learn(self.store, coded)
        except Exception as exc:  # noqa: BLE001 - the document is stored; its learned actors are not
            warn(f"{coded.article.source or coded.id}: learned actors not stored: {describe(exc)}")

    def finish(self) -> None:
        """Print the summary; exit 1 when an input failed (see below)."""
        summary = f"{self.n_docs} document(s), {self.n_events} event(s)"
        if self.store is not None:
            summary += f"; {self.stored} new document(s) stored in {self.db}"
        if self.skipped:
            summary += f"; {self.skipped} skipped"
        if self.already:
            summary += f"; {self.already} already stored (not coded again)"
        if self.failures:
            summary += f"; {len(self.failures)} input(s) failed"
        err_console.print(summary, highlight=False)
        # With --records each bad record already has its own output line carrying "error";
        # any other failure (a missing path, a file that cannot be read) sets the exit status.
        if self.failures and (self.n_docs == 0 or any(not self.is_record(f) for f in self.failures)):
            raise typer.Exit(1)
