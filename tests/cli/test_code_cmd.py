"""``dyads code`` through the real CLI (Typer's runner), including bad input."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from dyads.cli import app

RETRIEVED = "2024-02-20"


@pytest.fixture()
def runner():
    return CliRunner()


def _events_in(db) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def test_table_output_and_store_is_idempotent(runner, tmp_path, example_path):
    db = tmp_path / "t.duckdb"
    r1 = runner.invoke(app, ["code", str(example_path), "--retrieved", RETRIEVED, "--db", str(db)])
    assert r1.exit_code == 0, r1.output
    assert "coded events" in r1.stdout and "ASSAULT" in r1.stdout
    n1 = _events_in(db)
    assert n1 > 5
    r2 = runner.invoke(app, ["code", str(example_path), "--retrieved", RETRIEVED, "--db", str(db)])
    assert r2.exit_code == 0
    assert _events_in(db) == n1
    assert "0 new document(s) stored" in r2.stderr


def test_jsonl_output_for_records(runner, tmp_path):
    rec = tmp_path / "in.jsonl"
    rec.write_text(
        json.dumps({"id": "r1", "text": "Egyptian troops attacked Libyan border posts on Monday.", "date": "20190311"}) + "\n"
        + json.dumps({"id": "r2", "html": "<html><body><article><p>Brazil condemned Venezuela's government for the arrests of opposition leaders in Caracas, officials in Brasilia said.</p></article></body></html>"}) + "\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--no-db"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["r1", "r2"]
    first = lines[0]
    assert set(first) >= {"id", "label", "events", "places", "article"}
    assert set(first["article"]) >= {"text", "title", "author", "published", "removed"}
    assert first["article"]["published"] == "2019-03-11"
    ev = first["events"][0]
    for key in ("id", "doc_id", "sentence", "evidence", "plover", "mode", "cameo", "quad_class", "goldstein",
                "acled", "source", "target", "place", "date", "date_precision", "modality", "attribution", "confidence"):
        assert key in ev
    assert ev["plover"] == "ASSAULT"
    assert ev["source"][0]["country"] == "EGY"


def test_csv_output(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Egyptian troops attacked Libyan border posts on Monday.\n", encoding="utf-8")
    r = runner.invoke(app, ["code", str(f), "--format", "csv", "--no-db"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and rows[0]["plover"] == "ASSAULT"


def test_bad_inputs_get_one_line_errors_and_do_not_stop_the_run(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Egyptian troops attacked Libyan border posts on Monday.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 na\xefve \xff\xfe".encode("latin-1") + b"\x80\x81")
    db = tmp_path / "x.duckdb"
    r = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl", "--db", str(db)])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) >= 3
    assert any("empty" in e for e in errors)
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["events"]
    assert _events_in(db) >= 1


def test_missing_file_and_bad_format(runner, tmp_path):
    r = runner.invoke(app, ["code", str(tmp_path / "nope.txt"), "--no-db"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    r = runner.invoke(app, ["code", str(tmp_path), "--format", "xml", "--no-db"])
    assert r.exit_code == 1 and "unknown --format" in r.stderr


def test_bad_record_line_is_reported_and_others_coded(runner, tmp_path):
    rec = tmp_path / "in.jsonl"
    rec.write_text('{"id": "ok", "text": "Egyptian troops attacked Libyan border posts."}\n{not json\n', encoding="utf-8")
    r = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--no-db"])
    assert r.exit_code == 0
    assert "line 2" in r.stderr
    ids = [json.loads(x)["id"] for x in r.stdout.splitlines() if x.strip()]
    assert "ok" in ids


def test_stdin(runner):
    r = runner.invoke(app, ["code", "-", "--format", "jsonl", "--no-db"],
                      input="Egyptian troops attacked Libyan border posts.\n")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout.splitlines()[0])["events"]


def test_user_dictionaries_and_learned_actors_across_runs(runner, tmp_path):
    actors = tmp_path / "my.actors.txt"
    actors.write_text("ZEMBLA [ZEM]\n+ZEMBLAN\nNORTH_RIVERLAND [NRL]\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Zembla attacked North Riverland on Monday.\n", encoding="utf-8")
    r = runner.invoke(app, ["code", str(text), "--actors", str(actors), "--format", "jsonl", "--no-db"])
    assert r.exit_code == 0, r.output
    ev = json.loads(r.stdout.splitlines()[0])["events"][0]
    assert [a["code"] for a in ev["source"]] == ["ZEM"] and [a["code"] for a in ev["target"]] == ["NRL"]
    r = runner.invoke(app, ["code", str(text), "--actors", str(tmp_path / "missing.txt"), "--no-db"])
    assert r.exit_code == 1 and "dictionary not found" in r.stderr

    db = tmp_path / "l.duckdb"
    first = tmp_path / "first.txt"
    first.write_text("Kenyan opposition leader Wanjiru Kamau called a general strike in Nairobi.\n", encoding="utf-8")
    assert runner.invoke(app, ["code", str(first), "--db", str(db)]).exit_code == 0
    later = tmp_path / "later.txt"
    later.write_text("Police arrested Wanjiru Kamau on Friday.\n", encoding="utf-8")
    r = runner.invoke(app, ["code", str(later), "--db", str(db), "--format", "jsonl"])
    ev = [e for e in json.loads(r.stdout.splitlines()[0])["events"] if e["plover"] == "COERCE"][0]
    assert any(a["code"] == "KENOPP" for a in ev["target"])


def _two_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Egyptian troops attacked Libyan border posts on Monday.\n", encoding="utf-8")
    b.write_text("Russian jets bombed rebel positions near Idlib on Monday.\n", encoding="utf-8")
    return a, b


def test_every_output_line_names_its_input(runner, tmp_path):
    """Issue 18: the output of a run over several files can be traced to each file."""
    a, b = _two_files(tmp_path)
    args = ["code", str(a), str(b), "--no-db", "--format"]
    r = runner.invoke(app, [*args, "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert sorted(x["source"] for x in lines) == [str(a), str(b)]
    r = runner.invoke(app, [*args, "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["document"] for row in rows} == {str(a), str(b)}
    r = runner.invoke(app, [*args, "table"])
    assert "document" in r.stdout and "a.txt" in r.stdout and "b.txt" in r.stdout


def test_record_output_carries_its_id_and_url(runner, tmp_path):
    rec = tmp_path / "in.jsonl"
    line = {"id": "r1", "text": "Egyptian troops attacked Libyan border posts.", "url": "https://ex.org/a"}
    rec.write_text(json.dumps(line) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["code", "--records", str(rec), "--format", "csv", "--no-db"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and rows[0]["record_id"] == "r1" and rows[0]["url"] == "https://ex.org/a"
    r = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--no-db"])
    out = json.loads(r.stdout.splitlines()[0])
    assert out["id"] == "r1" and out["url"] == "https://ex.org/a" and out["source"] == "record:r1"


def test_a_single_input_is_named_in_the_table_title_not_on_every_row():
    from rich.console import Console

    from dyads import records
    from dyads.ingest import document_from_string
    from dyads.pipeline import code_document

    coded = code_document(document_from_string("Syrian troops shelled rebels in Aleppo on Sunday.",
                                               published="2020-01-01", source="one.txt"))
    out = io.StringIO()
    table = records.TableOutput(out, Console(file=io.StringIO(), width=200))
    table.write(coded)
    table.close()
    text = out.getvalue()
    assert "coded events in one.txt" in text
    header = next(line for line in text.splitlines() if "date" in line and "trigger" in line)
    assert "document" not in header


# -- storing: coded documents are written to --db in batches ---------------------------------

_BATCH_TEXTS = ["Egyptian troops attacked Libyan border posts on Monday.",
                "Russian jets bombed rebel positions near Idlib on Tuesday.",
                "Brazil condemned Venezuela's government for the arrests of opposition leaders.",
                "Kenyan police arrested twelve protesters in Nairobi on Friday.",
                "Japan and the Philippines signed a defence pact in Manila."]


def _records(tmp_path, n=5):
    rec = tmp_path / "in.jsonl"
    rec.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(_BATCH_TEXTS[:n])),
                   encoding="utf-8")
    return rec


def _count(db, table) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_coded_documents_are_stored_a_batch_at_a_time(runner, tmp_path, monkeypatch):
    from dyads.cli import code_cmd
    from dyads.store import Store

    sizes = []
    real = Store.write_many

    def counting(self, docs, source=None):
        docs = list(docs)
        sizes.append(len(docs))
        return real(self, docs, source=source)

    monkeypatch.setattr(code_cmd, "STORE_BATCH", 2)
    monkeypatch.setattr(Store, "write_many", counting)
    db = tmp_path / "b.duckdb"
    r = runner.invoke(app, ["code", "--records", str(_records(tmp_path)), "--format", "jsonl", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert sizes == [2, 2, 1]
    assert "5 new document(s) stored" in r.stderr
    assert _count(db, "documents") == 5


def test_a_document_the_store_rejects_is_reported_and_the_rest_of_its_batch_stored(runner, tmp_path, monkeypatch):
    from dyads.store import rows

    real = rows.Rows.add

    def refuse_r1(self, coded, source, cfg):
        if coded.id == "r1":
            raise ValueError("a value the store cannot hold")
        return real(self, coded, source, cfg)

    monkeypatch.setattr(rows.Rows, "add", refuse_r1)
    db = tmp_path / "f.duckdb"
    r = runner.invoke(app, ["code", "--records", str(_records(tmp_path, 3)), "--format", "jsonl", "--db", str(db)])
    assert "Traceback" not in r.output
    assert "not stored: store write failed" in r.stderr and "r1" in r.stderr
    assert "2 new document(s) stored" in r.stderr
    assert _count(db, "documents") == 2 and _count(db, "failures") == 1
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines if "error" in x] == ["r1"]  # its own output line carrying "error"


def test_documents_coded_before_a_run_error_are_stored(runner, tmp_path, monkeypatch):
    from dyads.cli import code_cmd
    from dyads.errors import DyadsError

    real = code_cmd._coded_stream

    def dies_after_three(*args, **kwargs):
        for i, coded in enumerate(real(*args, **kwargs)):
            if i == 3:
                raise DyadsError("the Dask scheduler is gone")
            yield coded

    monkeypatch.setattr(code_cmd, "_coded_stream", dies_after_three)
    db = tmp_path / "e.duckdb"
    r = runner.invoke(app, ["code", "--records", str(_records(tmp_path)), "--format", "jsonl", "--db", str(db)])
    assert r.exit_code == 1
    assert "the Dask scheduler is gone (after 3 document(s))" in r.stderr
    assert _count(db, "documents") == 3
