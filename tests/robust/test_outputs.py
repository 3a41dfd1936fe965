"""Output paths never destroy data: not the store, not an input, not a directory dyads did not
write; --force replaces only a file of the format (or a directory an export wrote)."""

from __future__ import annotations

import hashlib

import pytest
from tests.store.helpers import document
from typer.testing import CliRunner

from dyads.cli import app
from dyads.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    doc = document("A summary.", [("USAGOV", "IRQMIL", "SUPPORT"), ("ISRMIL", "SYRMIL", "ASSAULT")],
                   published="2017-07-01")
    with Store(path) as st:
        st.write(doc)
    return path


def _digest(path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def _run(args):
    res = runner.invoke(app, args)
    assert "Traceback" not in res.output
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), res.exception
    return res


def test_export_refuses_the_store_even_with_force(db):
    before = _digest(db)
    for fmt in ("csv", "jsonl", "gdelt", "acled", "parquet"):
        res = _run(["export", "--db", str(db), "--format", fmt, "--out", str(db), "--force"])
        assert res.exit_code == 1 and "store" in res.output, fmt
    assert _digest(db) == before
    with Store(db, read_only=True) as st:
        assert st.count("events") == 2


def test_export_force_never_deletes_a_foreign_directory(db, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "precious.txt").write_text("keep me")
    for fmt in ("parquet", "csv"):
        res = _run(["export", "--db", str(db), "--format", fmt, "--out", str(mine), "--force"])
        assert res.exit_code == 1, fmt
    assert (mine / "precious.txt").read_text() == "keep me"


def test_export_force_never_deletes_the_directory_holding_the_store(db, tmp_path):
    res = _run(["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path), "--force"])
    assert res.exit_code == 1 and db.exists()


def test_export_force_replaces_its_own_outputs(db, tmp_path):
    pq = tmp_path / "pq"
    assert _run(["export", "--db", str(db), "--format", "parquet", "--out", str(pq)]).exit_code == 0
    assert _run(["export", "--db", str(db), "--format", "parquet", "--out", str(pq)]).exit_code == 1
    assert _run(["export", "--db", str(db), "--format", "parquet", "--out", str(pq), "--force"]).exit_code == 0
    csv_out = tmp_path / "e.csv"
    csv_out.write_text("old\n")
    assert _run(["export", "--db", str(db), "--format", "csv", "--out", str(csv_out), "--force"]).exit_code == 0
    assert csv_out.read_text().startswith("id,")
    # a parquet export onto a file, and a file export onto the parquet directory, are refused
    assert _run(["export", "--db", str(db), "--format", "parquet", "--out", str(csv_out), "--force"]).exit_code == 1
    assert _run(["export", "--db", str(db), "--format", "csv", "--out", str(pq), "--force"]).exit_code == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".old"))]  # no leftovers


def test_network_and_actors_export_refuse_the_store(db, tmp_path):
    graphml_store = tmp_path / "store.graphml"  # a store may have any name
    graphml_store.write_bytes(db.read_bytes())
    res = _run(["network", "--db", str(graphml_store), "--period", "all", "--level", "code",
                "--out", str(graphml_store)])
    assert res.exit_code == 1 and "store" in res.output
    assert _digest(graphml_store) == _digest(db)
    before = _digest(db)
    wal_named = tmp_path / "s.json"  # a graph file next to the store is fine
    res = _run(["network", "--db", str(db), "--period", "all", "--level", "code", "--out", str(wal_named)])
    assert res.exit_code == 0 and wal_named.read_text().startswith("{")
    res = _run(["actors", "export", "--db", str(db), "-o", str(db)])
    assert res.exit_code == 1 and "store" in res.output
    assert _digest(db) == before


def test_network_out_into_a_directory_or_missing_directory(db, tmp_path):
    res = _run(["network", "--db", str(db), "--period", "all", "--out", str(tmp_path / "nope" / "g.json")])
    assert res.exit_code == 1 and "does not exist" in res.output
    (tmp_path / "g.json").mkdir()
    res = _run(["network", "--db", str(db), "--period", "all", "--out", str(tmp_path / "g.json")])
    assert res.exit_code == 1 and "directory" in res.output


def test_code_out_refuses_an_input_and_the_store(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Troops attacked the town.\n")
    before = _digest(src)
    res = _run(["code", str(src), "--no-db", "--out", str(src)])
    assert res.exit_code == 1 and "input" in res.output and _digest(src) == before
    res = _run(["code", str(src), "--db", str(src)])
    assert res.exit_code == 1 and "input" in res.output and _digest(src) == before
    db = tmp_path / "s.duckdb"
    res = _run(["code", str(src), "--db", str(db), "--out", str(db)])
    assert res.exit_code == 1 and "store" in res.output


def test_export_onto_an_existing_file_names_the_force_flag(db, tmp_path):
    """Issue 18: the refusal names the real flag, ``--force``."""
    out = tmp_path / "e.csv"
    out.write_text("old", encoding="utf-8")
    res = _run(["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert res.exit_code == 1 and "use --force to replace it" in res.output
    assert out.read_text(encoding="utf-8") == "old"
