"""Shard-parallel runs: each worker reads, codes and writes one shard of the inputs.

A *shard* is one input file (a page, a text, a JSONL dump, a WARC archive). The client lists the
shards (``list_shards``) and sends each one's path, never its documents, to a worker
(``run_shards``). The worker (``code_shard``) reads the file, codes it with the same
``pipeline.code_documents`` as every other run, writes the documents to an in-memory store (one
per worker thread, made on its first shard and emptied after each part) and copies that store out
as one *part*::

    OUT_DIR/parts/<part>/events/month=YYYY-MM/*.parquet   the flat columns of `dyads export parquet`
    OUT_DIR/parts/<part>/<table>.parquet                  documents, event_sources, ... (for import)
    OUT_DIR/parts/<part>/report.json                      documents, events, failures

A part is written under ``OUT_DIR/.tmp`` and renamed into place when complete, so a killed worker
leaves no half part. The client appends each finished shard, with its checksum (size and
mtime), to ``OUT_DIR/manifest.jsonl``; the same command run again skips the shards listed there
whose file is unchanged and whose part exists. ``dyads.store.parts`` merges the parts into a
DuckDB store.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dyads.errors import DyadsError, Failure, describe

MANIFEST = "manifest.jsonl"
PARTS = "parts"
REPORT = "report.json"
# The store tables a part carries (besides the flat events), each as <table>.parquet.
PART_TABLES = ("documents", "removed_spans", "sentences", "mentions", "places", "actors",
               "event_sources", "failures")


@dataclass(frozen=True)
class Shard:
    """One input file and what identifies its content (size and mtime)."""

    path: str
    size: int
    mtime_ns: int
    start: int = 0  # a byte range of a JSONL file: the lines that begin in [start, end)
    end: int | None = None

    @property
    def key(self) -> str:
        """The shard's name in the manifest and the reports: the path, or PATH@START-END."""
        return self.path if self.end is None else f"{self.path}@{self.start}-{self.end}"

    @property
    def checksum(self) -> str:
        return f"{self.size}:{self.mtime_ns}"

    @property
    def part(self) -> str:
        """The part's directory name: stable for a shard, readable, safe on any file system."""
        digest = hashlib.sha1(self.key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(self.path).name)[:40]
        return f"{stem}-{digest}"


@dataclass
class ShardOptions:
    """What every worker needs to code a shard as ``dyads code`` would."""

    actor_kb: Any = None
    min_confidence: float | None = None
    verbs: Any = None
    retrieved: str | None = None
    comments: bool = False
    batch_size: int = 16  # documents spaCy parses together
    # Coded documents written to the part's store together: each write is 6-8 DuckDB statements
    # of about 3 ms whatever their size (measured on 30 news shards of about 21 documents: writes
    # 3.65 s of CPU at 16, 2.2 s at 128; larger shards save more).
    write_batch: int = 128


@dataclass
class ShardReport:
    """What a worker sends back: counts and failures, never documents."""

    shard: str
    checksum: str
    part: str
    documents: int = 0
    events: int = 0
    skipped: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the coding process during the shard (all its threads)
    peak_rss_mb: float = 0.0  # the peak memory of the process that coded the shard so far
    worker: int = 0  # the id of that process (tells the workers' peaks apart)
    failures: list[dict] = field(default_factory=list)
    error: str | None = None  # the shard as a whole failed (no part written)
    dedup: dict | None = None  # the dedup rule of the part's report_keys.parquet
    resumed: bool = False  # finished by an earlier run: skipped

    @property
    def ok(self) -> bool:
        return self.error is None


# -- listing the shards (client side, reads no document) -----------------------------------


def list_shards(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None,
                split_bytes: int = 0) -> tuple[list[Shard], list[Failure]]:
    """The files under ``paths`` (files, directories, globs) as shards, and the inputs missing.

    ``split_bytes``: plain ``.jsonl`` files larger than this become byte ranges of about this
    size, cut at line ends (0: every file is one shard)."""
    from dyads.ingest import walk_directory

    files: list[Path] = []
    missing: list[Failure] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(walk_directory(p, include, exclude))
        elif p.is_file():
            files.append(p)
        elif set("*?[") & set(raw) and (hits := sorted(glob.glob(raw, recursive=True))):
            files.extend(Path(h) for h in hits if Path(h).is_file())
        else:
            missing.append(Failure(raw, "no such file, directory or matching pattern"))
    shards = _unique_shards(files)
    if split_bytes > 0:
        shards = [r for s in shards for r in split_shard(s, split_bytes)]
    return shards, missing


def split_shard(shard: Shard, size: int) -> list[Shard]:
    """A plain JSONL file larger than ``size`` as byte ranges cut at line ends (reads a line per cut)."""
    if not shard.path.endswith(".jsonl") or shard.size <= size:
        return [shard]
    cuts = [0]
    with open(shard.path, "rb") as fh:
        for pos in range(size, shard.size, size):
            if pos <= cuts[-1]:
                continue
            fh.seek(pos - 1)
            fh.readline()  # to the end of the line holding byte pos - 1
            if fh.tell() < shard.size:
                cuts.append(fh.tell())
    ends = [*cuts[1:], shard.size]
    return [Shard(shard.path, shard.size, shard.mtime_ns, a, b) for a, b in zip(cuts, ends, strict=True)]


def _unique_shards(files: list[Path]) -> list[Shard]:
    seen: dict[str, Shard] = {}
    for f in files:
        st = f.stat()
        key = str(f.resolve())
        seen.setdefault(key, Shard(key, st.st_size, st.st_mtime_ns))
    return list(seen.values())


# -- the manifest of finished shards ---------------------------------------------------------


def load_manifest(out_dir: Path) -> dict[str, dict]:
    """The finished shards by path (the last line for a path wins; a torn last line is ignored)."""
    done: dict[str, dict] = {}
    path = out_dir / MANIFEST
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        done[entry["shard"]] = entry
    return done


def is_done(shard: Shard, done: dict[str, dict], out_dir: Path) -> bool:
    entry = done.get(shard.key)
    return (entry is not None and entry.get("checksum") == shard.checksum
            and (out_dir / PARTS / shard.part / REPORT).is_file())


def record_done(out_dir: Path, report: ShardReport) -> None:
    """Append one finished shard to the manifest (one line, flushed to disk)."""
    entry = {"shard": report.shard, "checksum": report.checksum, "part": report.part,
             "documents": report.documents, "events": report.events}
    with open(out_dir / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


# -- the worker side --------------------------------------------------------------------------


def code_shard(shard: Shard, out_dir: str, opts: ShardOptions) -> ShardReport:
    """Read, code and write one shard as a part under ``out_dir``; returns its report."""
    report = ShardReport(shard.key, shard.checksum, shard.part)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        _code_into_part(shard, Path(out_dir), opts, report)
    except Exception as exc:  # noqa: BLE001 - one bad shard never stops the run
        report.error = str(exc) if isinstance(exc, DyadsError) else describe(exc)
    report.seconds = round(time.perf_counter() - start, 3)
    report.cpu_seconds = round(time.process_time() - cpu, 3)
    report.peak_rss_mb = _peak_rss_mb()
    report.worker = os.getpid()
    return report


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return 0.0
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _code_into_part(shard: Shard, out_dir: Path, opts: ShardOptions, report: ShardReport) -> None:
    with _part_store() as store:
        pending: list = []  # coded documents not written yet: written a batch at a time
        for item in _coded(shard, opts):
            if isinstance(item, Failure):
                _record(store, report, item)
                continue
            _count(item, report)
            if not item.skipped:
                pending.append(item)
            if len(pending) >= opts.write_batch:
                _write_batch(store, pending, report)
        _write_batch(store, pending, report)
        _write_part(store.connection, out_dir, shard.part, report)


# This thread's in-memory store: made once (connection, schema) and emptied after each part.
_stores = threading.local()
# The tables a part's store keeps as they are: the schema's own bookkeeping.
_KEPT_TABLES = ("schema_version", "settings")


@contextlib.contextmanager
def _part_store() -> Iterator:
    """The in-memory store a shard is written to, empty: this thread's, made on its first shard
    and emptied after each part, instead of a new store per shard (its connection and schema
    cost about 70 ms of a shard's fixed 150-250 ms). A shard that raises closes it: the next
    one gets a new store, so nothing of a failed shard reaches another part. A store is never
    shared by two threads (DuckDB's connection is not thread-safe) nor inherited by a fork."""
    from dyads.store import Store

    store = getattr(_stores, "store", None)
    if store is None or _stores.pid != os.getpid():
        store = Store(":memory:")
        # One DuckDB thread: a worker is one coding thread on one core, and a part's statements are
        # small (its writes cost about a fifth less CPU than with DuckDB's default, a thread a core).
        # No asynchronous I/O threads: the part store reads no Parquet, and DuckDB's idle threads call
        # glibc's malloc_trim after their tasks, which hands the coding's freed heap pages back to the
        # system, so spaCy's next arrays fault them in again (measured: about 4,500 page faults and
        # 0.055 s of system time a shard of 21 documents, one malloc_trim call a shard).
        store.connection.execute("SET threads = 1")
        store.connection.execute("SET async_threads = 0")
    _stores.store = None  # in use: a shard coded inside this one (none is) would get its own
    try:
        yield store
    except BaseException:
        store.close()
        raise
    try:
        _empty(store)
    except Exception:  # noqa: BLE001 - an odd store is dropped, never reused
        store.close()
        return
    _stores.store, _stores.pid = store, os.getpid()


def _empty(store) -> None:
    """Delete every row a shard wrote, so that the store is as a new one: every table but the
    schema's bookkeeping (the tables read from the database, so a table a later migration adds is
    emptied too), and the store's cached report number (``seq`` starts at 1 again)."""
    con = store.connection
    tables = getattr(_stores, "tables", None)
    if tables is None:
        rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                           "AND schema_name = 'main' AND NOT temporary ORDER BY table_name").fetchall()
        tables = _stores.tables = [t for (t,) in rows if t not in _KEPT_TABLES]
    con.execute("BEGIN TRANSACTION")
    try:
        for table in tables:
            con.execute(f'DELETE FROM "{table}"')
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")  # gives the deleted rows' memory back (without it a worker grows every shard)
    store._seq = None


def _count(coded, report: ShardReport) -> None:
    report.documents += 1
    report.events += len(coded.events)
    report.skipped += bool(coded.skipped)


def _write_batch(store, pending: list, report: ShardReport) -> None:
    """Write the pending documents to the shard's store in one transaction (``Store.write_many``:
    3-7 ms a document in batches of 16, 32-36 ms in one transaction each); if that fails, nothing was
    written, and each is written alone, a document that cannot be stored becoming a Failure.
    The store's rows are those of one ``Store.write`` per document: the source of each is its
    own (``source=None``: the article's), the order and the dedup are the same."""
    if not pending:
        return
    try:
        store.write_many(pending)
    except DyadsError:
        for coded in pending:
            try:
                store.write(coded, source=coded.article.source or None)
            except DyadsError as exc:
                _record(store, report, Failure(coded.article.source or coded.id, f"not stored: {exc}",
                                               doc_id=coded.id, stage="store"))
    pending.clear()


def _record(store, report: ShardReport, failure: Failure) -> None:
    report.failures.append(_failure_dict(failure))
    store.record_failure(failure.source, failure.message, doc_id=failure.doc_id, stage=failure.stage)


def _coded(shard: Shard, opts: ShardOptions) -> Iterator:
    """The shard's coded documents and failures (the isolation of ``scale.code_local``)."""
    from dyads.scale import code_local

    failures: list[Failure] = []
    yield from code_local(shard_documents(shard, opts, failures), batch_size=opts.batch_size,
                          actor_kb=opts.actor_kb, min_confidence=opts.min_confidence, verbs=opts.verbs)
    yield from failures


def shard_documents(shard: Shard, opts: ShardOptions, failures: list[Failure]) -> Iterator:
    """The documents of one shard as a worker reads them; what cannot be read goes to ``failures``."""
    from dyads import ingest

    if shard.end is None:
        items = ingest.read_inputs([shard.path], retrieved=opts.retrieved)
    else:
        items = ingest.read_records(shard.path, retrieved=opts.retrieved, start=shard.start, end=shard.end)
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
            continue
        if opts.comments:
            item.meta["comments"] = True
        yield item


def _failure_dict(f: Failure) -> dict:
    return {"source": f.source, "message": f.message, "doc_id": f.doc_id, "stage": f.stage}


def _write_part(con, out_dir: Path, part: str, report: ShardReport) -> None:
    """Copy the shard's store out as Parquet in a temporary directory, then rename it into place."""
    from dyads.store.export import export_parquet

    tmp = out_dir / ".tmp" / f"{part}.{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    try:
        for table in PART_TABLES:
            target = str(tmp / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT PARQUET)")
        if report.events:
            export_parquet(con, tmp / "events", "TRUE", [])
        report.dedup = _write_report_keys(con, tmp / "report_keys.parquet")
        (tmp / REPORT).write_text(json.dumps(asdict(report)), encoding="utf-8")
        _replace(tmp, out_dir / PARTS / part)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _write_report_keys(con, target: Path) -> dict:
    """Each report's dedup keys and flat columns under the default dedup rule, computed here on
    the worker so that the import need not re-code the reports (``store.parts``)."""
    import pyarrow as pa

    from dyads.store import DedupConfig
    from dyads.store.remerge import report_rows
    from dyads.store.rows import KEY_COLS

    cfg = DedupConfig()
    rows = report_rows(con, cfg)
    keys = rows.event_columns()[1] if rows.source_rows else {c: [] for c in KEY_COLS}
    con.register("_report_keys", pa.table({c: keys[c] for c in KEY_COLS}))
    try:
        path = str(target).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM _report_keys) TO '{path}' (FORMAT PARQUET)")
    finally:
        con.unregister("_report_keys")
    return asdict(cfg)


def _replace(new: Path, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():  # an older part of the same shard (its file changed, or a lost manifest line)
        old = final.with_name(f".{final.name}.old.{uuid.uuid4().hex[:8]}")
        os.replace(final, old)
        shutil.rmtree(old, ignore_errors=True)
    os.replace(new, final)


# -- the client side --------------------------------------------------------------------------


def run_shards(shards: list[Shard], out_dir: Path, opts: ShardOptions, workers: int = 0,
               scheduler: str | None = None, processes: bool = True, dashboard: str | None = None,
               say: Callable[[str], None] | None = None) -> Iterator[ShardReport]:
    """Code the shards not finished yet (in this process with ``workers=0`` and no scheduler, else
    on Dask) and yield a report per shard as it finishes, finished ones first (``resumed``).
    ``dashboard``, ``say``: Dask's dashboard (``scale.dask_client``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    done = load_manifest(out_dir)
    todo = []
    for shard in shards:
        if is_done(shard, done, out_dir):
            entry = done[shard.key]
            yield ShardReport(shard.key, shard.checksum, shard.part, entry.get("documents", 0),
                              entry.get("events", 0), resumed=True)
        else:
            todo.append(shard)
    if workers or scheduler:
        run = _run_dask(todo, out_dir, opts, workers, scheduler, processes, dashboard, say)
    else:
        run = _run_here(todo, out_dir, opts)
    for report in run:
        if report.ok:
            record_done(out_dir, report)
        yield report


def largest_first(todo: list[Shard]) -> list[Shard]:
    """The shards in the order the cluster gets them: largest first (bytes; equal ones in their
    listed order). Dask starts tasks in the order they were submitted, so the run ends on the
    small shards: the last worker still coding keeps the others idle for less than a small shard
    (a folder of WARC files of every size would otherwise end on whichever came last)."""
    return sorted(todo, key=lambda s: -((s.size if s.end is None else s.end) - s.start))


def _run_here(todo: list[Shard], out_dir: Path, opts: ShardOptions) -> Iterator[ShardReport]:
    for shard in todo:
        yield code_shard(shard, str(out_dir), opts)


def _run_dask(todo: list[Shard], out_dir: Path, opts: ShardOptions, workers: int, scheduler: str | None,
              processes: bool, dashboard: str | None, say: Callable[[str], None] | None) -> Iterator[ShardReport]:
    """Every shard's path goes to the cluster at once (a few bytes each); reports come back."""
    from dask.distributed import as_completed

    from dyads.scale import dask_client

    if not todo:
        return
    with dask_client(workers or 1, scheduler, processes, dashboard, say) as client:
        shared = client.scatter(opts, broadcast=True)  # the dictionaries travel once per worker
        futures = {client.submit(code_shard, s, str(out_dir), shared, pure=False): s
                   for s in largest_first(todo)}
        for fut in as_completed(futures):
            shard = futures[fut]
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker costs its shard, not the run
                yield ShardReport(shard.key, shard.checksum, shard.part, error=describe(exc))
