"""Shard mode: workers write Parquet parts, the store imports them once, a resumed run skips
finished shards, and the result is the events of a plain run."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dyads import ingest, shards
from dyads.cli import app
from dyads.shards import MANIFEST, PARTS, ShardOptions, list_shards, load_manifest, run_shards
from dyads.store import Store
from dyads.store.parts import import_parts

TEXTS = {
    "a.txt": "Egyptian troops attacked Libyan border posts on Monday.",
    "b.txt": "Kenya accused Uganda of harbouring rebels.",
}
RECORDS = [
    {"id": "r1", "text": "Peru expelled two Chilean diplomats last week.", "published": "2020-01-10"},
    {"id": "r2", "text": "Egyptian troops attacked Libyan border posts.", "published": "2020-01-12"},
]
OPTS = ShardOptions(retrieved="2020-01-15")


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    (root / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return root


def _events(db: Path) -> list[tuple]:
    with Store(str(db), read_only=True) as st:
        return sorted(st.query("SELECT plover, source_code, target_code, day, n_sources FROM events")[1],
                      key=str)


def _plain_store(inputs: Path, db: Path) -> None:
    from dyads.scale import code_local

    docs = [d for d in ingest.read_inputs([str(inputs)], retrieved=OPTS.retrieved)]
    with Store(str(db)) as st:
        for coded in code_local(docs):
            st.write(coded, source=coded.article.source or None)


def test_cluster_writes_parts_that_import_once_as_a_plain_run(inputs, tmp_path, nlp):
    out = tmp_path / "out"
    found, missing = list_shards([str(inputs)])
    assert len(found) == 3 and not missing
    reports = list(run_shards(found, out, OPTS, workers=2, processes=False))
    assert all(r.ok for r in reports) and sum(r.documents for r in reports) == 4
    assert len(list((out / PARTS).iterdir())) == 3 and len(load_manifest(out)) == 3
    flat = duckdb.sql(f"SELECT * FROM '{out}/parts/*/events/*/*.parquet'")
    assert "month" in flat.columns and len(flat.fetchall()) == 4
    db, plain = tmp_path / "s.duckdb", tmp_path / "plain.duckdb"
    with Store(str(db)) as st:
        first = import_parts(st, out)
        again = import_parts(st, out)
    assert first["documents"] == 4 and again == {"parts": 3, "documents": 0, "reports": 0, "failures": 0}
    _plain_store(inputs, plain)
    assert _events(db) == _events(plain)


def test_a_killed_run_resumes_with_the_shards_left(inputs, tmp_path, nlp):
    out = tmp_path / "out"
    found, _ = list_shards([str(inputs)])
    list(run_shards(found, out, OPTS))
    full = tmp_path / "full.duckdb"
    with Store(str(full)) as st:
        import_parts(st, out)
    # a kill before the last shard finished: its part and manifest line are gone
    lost = found[-1]
    lines = (out / MANIFEST).read_text().splitlines()
    (out / MANIFEST).write_text("".join(ln + "\n" for ln in lines if lost.path not in ln))
    import shutil

    shutil.rmtree(out / PARTS / lost.part)
    again = list(run_shards(found, out, OPTS, workers=1, processes=False))
    assert sorted(r.resumed for r in again) == [False, True, True]
    resumed = tmp_path / "resumed.duckdb"
    with Store(str(resumed)) as st:
        import_parts(st, out)
    assert _events(resumed) == _events(full)


def test_a_shard_that_fails_once_is_retried_by_the_rerun(inputs, tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    found, _ = list_shards([str(inputs / "a.txt"), str(inputs / "b.txt")])
    real = shards._code_into_part

    def dies_on_b(shard, *args):
        if shard.path.endswith("b.txt"):
            raise OSError("worker killed")
        return real(shard, *args)

    monkeypatch.setattr(shards, "_code_into_part", dies_on_b)
    first = list(run_shards(found, out, OPTS))
    assert [r.ok for r in first] == [True, False]
    assert not (out / PARTS / found[1].part).exists() and not list((out / ".tmp").iterdir())
    monkeypatch.setattr(shards, "_code_into_part", real)
    second = list(run_shards(found, out, OPTS))
    assert [(r.resumed, r.ok) for r in second] == [(True, True), (False, True)]
    assert len(load_manifest(out)) == 2


def test_cli_shard_mode_and_store_import(inputs, tmp_path, nlp):
    runner = CliRunner()
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    args = ["code", str(inputs), "--shards", str(out), "--retrieved", "2020-01-15"]
    r1 = runner.invoke(app, args)
    assert r1.exit_code == 0, r1.output
    assert "3 shard(s), 4 document(s)" in " ".join(r1.output.split())
    r2 = runner.invoke(app, args)
    assert "3 finished before" in " ".join(r2.output.split())
    for expect in ("4 new document(s)", "0 new document(s)"):
        r = runner.invoke(app, ["store", "import", str(out), "--db", str(db)])
        assert r.exit_code == 0 and expect in " ".join(r.output.split()), r.output
    bad = runner.invoke(app, ["code", str(inputs), "--shards", str(out), "--records", str(inputs / "c.jsonl")])
    assert bad.exit_code == 1 and "--records" in bad.output


def test_a_big_jsonl_file_split_in_byte_ranges_codes_every_record_once(tmp_path, nlp):
    texts = [*TEXTS.values(), *(r["text"] for r in RECORDS)]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)) + "not json\n")
    whole, _ = list_shards([str(dump)])
    ranges, _ = list_shards([str(dump)], split_bytes=70)
    assert len(whole) == 1 and len(ranges) >= 3
    assert ranges[0].start == 0 and ranges[-1].end == dump.stat().st_size
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:], strict=False))
    got = list(run_shards(ranges, tmp_path / "out", OPTS))
    assert sum(r.documents for r in got) == len(texts)
    assert [f["source"] for r in got for f in r.failures] == [f"{dump}@{ranges[-1].start}:1"]
    assert len(load_manifest(tmp_path / "out")) == len(ranges)
    db = tmp_path / "s.duckdb"
    with Store(str(db)) as st:
        assert import_parts(st, tmp_path / "out")["documents"] == len(texts)


def test_a_store_with_another_dedup_rule_recodes_the_reports(inputs, tmp_path, nlp):
    from dyads.store import DedupConfig

    found, _ = list_shards([str(inputs)])
    list(run_shards(found, tmp_path / "out", OPTS))
    rule = DedupConfig(actor_level="country", window_days=30)
    db, plain = tmp_path / "s.duckdb", tmp_path / "plain.duckdb"
    with Store(str(db), dedup=rule) as st:
        assert import_parts(st, tmp_path / "out")["reports"] == 4
    with Store(str(plain), dedup=rule) as st:
        from dyads.scale import code_local

        docs = list(ingest.read_inputs([str(inputs)], retrieved=OPTS.retrieved))
        for coded in code_local(docs):
            st.write(coded, source=coded.article.source or None)
    assert _events(db) == _events(plain)


def _manifest_lines(out: Path) -> int:
    path = out / MANIFEST
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_a_run_killed_by_sigkill_resumes_to_the_events_of_an_uninterrupted_run(tmp_path, nlp):
    """A real kill: ``dyads code --shards`` in its own process is killed (SIGKILL) once its first
    shard is in the manifest; the same command run again codes the rest, and the store holds the
    events of an uninterrupted run, every document once."""
    import os
    import signal
    import subprocess
    import sys
    import time

    root = tmp_path / "in"
    root.mkdir()
    texts = [*TEXTS.values(), *(r["text"] for r in RECORDS)]
    n_files = 24
    for i in range(n_files):
        (root / f"t{i:02d}.txt").write_text(f"{texts[i % len(texts)]} Report {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["code", str(root), "--shards", str(out), "--retrieved", "2020-01-15"]
    src = str(Path(shards.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    proc = subprocess.Popen([sys.executable, "-c", "from dyads.cli import main; main()", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while _manifest_lines(out) == 0 and proc.poll() is None:  # wait on the state, not a clock
            time.sleep(0.02)  # the poll interval only
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    done_at_kill = _manifest_lines(out)
    assert 1 <= done_at_kill < n_files
    resumed = CliRunner().invoke(app, args)
    assert resumed.exit_code == 0, resumed.output
    assert f"{done_at_kill} finished before" in " ".join(resumed.output.split())
    assert len(load_manifest(out)) == n_files == _manifest_lines(out)  # no shard coded twice
    whole = tmp_path / "whole"
    found, _ = list_shards([str(root)])
    list(run_shards(found, whole, OPTS))
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    with Store(str(a)) as st:
        assert import_parts(st, out)["documents"] == n_files
    with Store(str(b)) as st:
        import_parts(st, whole)
    assert _events(a) == _events(b) and len(_events(a)) >= n_files // 2


def test_a_document_that_cannot_be_stored_fails_alone_and_its_batch_is_kept(inputs, tmp_path, nlp, monkeypatch):
    from dyads.store import StoreError

    real = Store.write_many

    def refuses_r1(self, docs, source=None):
        docs = list(docs)
        if any(d.id == "r1" for d in docs):
            raise StoreError("store write failed, nothing written: disk full")
        return real(self, docs, source)

    monkeypatch.setattr(Store, "write_many", refuses_r1)
    found, _ = list_shards([str(inputs / "c.jsonl")])
    (report,) = run_shards(found, tmp_path / "out", OPTS)
    assert report.ok and report.documents == 2
    assert [(f["doc_id"], f["stage"]) for f in report.failures] == [("r1", "store")]
    assert "not stored: store write failed" in report.failures[0]["message"]
    part = tmp_path / "out" / PARTS / found[0].part
    assert duckdb.sql(f"SELECT record_id FROM '{part}/documents.parquet'").fetchall() == [("r2",)]
    assert duckdb.sql(f"SELECT doc_id FROM '{part}/failures.parquet'").fetchall() == [("r1",)]


def test_an_actor_with_no_text_keeps_its_flat_name_through_import_and_remerge(tmp_path):
    """A target the sentence only implies (a protest's authorities: text "") is named "" by a
    direct write; the import of a part and a re-dedup re-read the report and must agree."""
    import dataclasses

    from dyads.benchmarks import generate
    from dyads.model import Actor
    from dyads.shards import ShardReport, _write_part
    from dyads.store import DedupConfig

    (doc,) = generate(1, per_doc=1)
    implied = Actor(text="", code="IRQGOV", country="IRQ", sector="GOV", kind="sector")
    doc.events[0] = dataclasses.replace(doc.events[0], target=[implied])
    names = "SELECT source_name, target_name, target_code FROM events"
    with Store(str(tmp_path / "direct.duckdb")) as st:
        st.write(doc)
        direct = st.query(names)[1]
        st.remerge(DedupConfig(window_days=7))
        assert st.query(names)[1] == direct
    assert direct[0][1:] == ("", "IRQGOV") and direct[0][0]
    with Store(":memory:") as mem:
        mem.write(doc)
        _write_part(mem.connection, tmp_path / "out", "p", ShardReport("p", "0:0", "p", events=1))
    with Store(str(tmp_path / "imported.duckdb")) as st:
        import_parts(st, tmp_path / "out")
        assert st.query(names)[1] == direct


def _part_rows(part: Path) -> dict[str, list]:
    """Every Parquet file of a part as sorted rows, without the timestamps (when rows were written)."""
    got = {}
    for f in sorted(part.rglob("*.parquet")):
        rel = duckdb.sql(f"SELECT * FROM '{f}'")
        keep = [c for c in rel.columns if c not in ("stored_at", "first_seen", "failed_at")]
        got[str(f.relative_to(part))] = sorted(map(repr, rel.select(*keep).fetchall())) if keep else []
    return got


def _new_store_per_shard(monkeypatch) -> None:
    import contextlib

    @contextlib.contextmanager
    def fresh():
        with Store(":memory:") as st:
            yield st

    monkeypatch.setattr(shards, "_part_store", fresh)


def test_a_worker_keeps_one_store_and_each_part_is_as_from_a_new_store(inputs, tmp_path, nlp, monkeypatch):
    """One in-memory store per worker thread, emptied after each part: the parts (rows, report
    numbers) are those written with a new store per shard, and the store is the same object."""
    found, _ = list_shards([str(inputs)])
    assert all(r.ok for r in run_shards(found, tmp_path / "kept", OPTS))
    kept = shards._stores.store
    assert kept is not None
    assert kept.count("documents") == kept.count("event_sources") == 0  # emptied after its part
    list(run_shards(found[:1], tmp_path / "again", OPTS))
    assert shards._stores.store is kept
    _new_store_per_shard(monkeypatch)
    assert all(r.ok for r in run_shards(found, tmp_path / "new", OPTS))
    for shard in found:
        a, b = _part_rows(tmp_path / "kept" / PARTS / shard.part), _part_rows(tmp_path / "new" / PARTS / shard.part)
        assert a == b and a["documents.parquet"] and a["event_sources.parquet"]


def test_a_shard_that_fails_half_written_leaves_nothing_in_the_next_part(inputs, tmp_path, nlp, monkeypatch):
    found, _ = list_shards([str(inputs / "a.txt"), str(inputs / "b.txt")])
    real = shards._write_part

    def fails_on_a(con, out_dir, part, report):
        if part == found[0].part:  # a's documents are in the store by now
            raise OSError("No space left on device")
        return real(con, out_dir, part, report)

    monkeypatch.setattr(shards, "_write_part", fails_on_a)
    reports = list(run_shards(found, tmp_path / "out", OPTS))
    assert [r.ok for r in reports] == [False, True] and "No space left" in reports[0].error
    monkeypatch.setattr(shards, "_write_part", real)
    _new_store_per_shard(monkeypatch)
    list(run_shards(found[1:], tmp_path / "alone", OPTS))
    b = _part_rows(tmp_path / "out" / PARTS / found[1].part)
    assert b == _part_rows(tmp_path / "alone" / PARTS / found[1].part) and len(b["documents.parquet"]) == 1


def test_the_cluster_gets_the_largest_shards_first(tmp_path):
    from dyads.shards import Shard, largest_first

    sizes = {"a": 10, "b": 300, "c": 20, "d": 300}
    files = [Shard(str(tmp_path / n), size, 0) for n, size in sizes.items()]
    ranges = [Shard("dump.jsonl", 1000, 0, 0, 400), Shard("dump.jsonl", 1000, 0, 400, 1000)]
    order = [Path(s.path).name if s.end is None else s.key for s in largest_first(files + ranges)]
    assert order == ["dump.jsonl@400-1000", "dump.jsonl@0-400", "b", "d", "c", "a"]
