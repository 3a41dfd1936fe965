"""One bad document never costs a run: every failure of one input is one error line, a row in
the store's failures table and (with --records) its own output line; the good documents of the
same batch are coded, printed and stored."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from dyads import pipeline, scale
from dyads.cli import app
from dyads.ingest import document_from_string

GOOD = "Russian jets bombed rebel positions near Idlib on Monday."
MARK = "Zanzibarian"


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def exploding(monkeypatch):
    """A pipeline that raises on any document mentioning MARK (an unexpected bug in a stage)."""
    real = pipeline._code_parsed

    def boom(doc, article, parsed, actor_kb=None, **kwargs):
        if MARK in article.text:
            raise KeyError("a stage fell over")
        return real(doc, article, parsed, actor_kb, **kwargs)

    monkeypatch.setattr(pipeline, "_code_parsed", boom)


def _failures(db) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT source, doc_id, stage, message FROM failures").fetchall()
    finally:
        con.close()


def test_code_batch_isolates_the_bad_document(exploding):
    docs = [document_from_string(GOOD, source="a"), document_from_string(f"{MARK} troops attacked a town.", source="b"),
            document_from_string("Israel struck Gaza on Tuesday.", source="c")]
    out = scale.code_batch(docs)
    assert [type(x).__name__ for x in out] == ["CodedDocument", "Failure", "CodedDocument"]
    assert out[1].source == "b" and "KeyError" in out[1].message and out[1].stage == "code"
    assert out[0].events and out[2].events


def test_plain_run_goes_on_and_records_the_failure(tmp_path, runner, exploding):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD + "\n")
    (tmp_path / "in" / "b.txt").write_text(f"{MARK} troops attacked a town.\n")
    (tmp_path / "in" / "c.txt").write_text("Israel struck Gaza on Tuesday.\n")
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", str(tmp_path / "in"), "--format", "jsonl", "--db", str(db)])
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    assert "b.txt: could not be coded: KeyError" in res.stderr
    coded = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(coded) == 2 and all(c["events"] for c in coded)
    rows = _failures(db)
    assert len(rows) == 1 and rows[0][0].endswith("b.txt") and rows[0][2] == "code"
    listed = runner.invoke(app, ["errors", "--db", str(db), "--format", "jsonl"])
    assert listed.exit_code == 0 and "b.txt" in listed.stdout


def test_records_bad_record_gets_its_error_line(tmp_path, runner, exploding):
    rec = tmp_path / "r.jsonl"
    lines = [
        {"id": "g1", "text": GOOD},
        {"id": "x1", "text": f"{MARK} troops attacked a town."},
        {"id": "t1", "text": "Troops attacked the town.", "title": ["not", "a", "string"]},
        {"id": "u1", "text": "Troops attacked Homs.", "url": 123},
    ]
    raw = [json.dumps(x) for x in lines]
    raw.append('{"id": ' + "9" * 5000 + ', "text": "Police arrested protesters."}')
    raw.append("[" * 100_000 + "]" * 100_000)
    raw.append(json.dumps({"id": "g2", "text": "Israel struck Gaza on Tuesday."}))
    rec.write_text("\n".join(raw) + "\n")
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--db", str(db)])
    assert "Traceback" not in res.output
    assert res.exit_code == 0, res.output  # every bad record has its output line
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(out) == 7  # one line per input line
    by_id = {o["id"]: o for o in out if o["id"]}
    assert by_id["g1"]["events"] and by_id["g2"]["events"]
    assert "KeyError" in by_id["x1"]["error"]
    assert '"title" must be a string' in by_id["t1"]["error"]
    assert '"url" must be a string' in by_id["u1"]["error"]
    errors = [o["error"] for o in out if o["id"] is None]
    assert any("4300 digits" in e for e in errors) and any("nested too deeply" in e for e in errors)
    assert len(_failures(db)) == 5


def test_workers_isolate_the_bad_document(tmp_path, runner):
    """On a (thread-backed) Dask cluster a batch whose coding raises comes back per document."""
    from dyads.model import Document

    good = document_from_string(GOOD, source="good")
    bad = Document(id="bad", content=None, source="bad")  # type: ignore[arg-type]
    out = list(scale.code_distributed([good, bad], workers=1, batch_size=2, processes=False))
    kinds = {type(x).__name__: x for x in out}
    assert set(kinds) == {"CodedDocument", "Failure"}
    assert kinds["Failure"].source == "bad" and "could not be coded" in kinds["Failure"].message


def test_resume_skips_stored_documents_before_parsing(tmp_path, runner, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD + "\n")
    (tmp_path / "in" / "b.txt").write_text("Israel struck Gaza on Tuesday.\n")
    db = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["code", str(tmp_path / "in"), "--format", "jsonl", "--db", str(db)])
    assert first.exit_code == 0 and len(first.stdout.splitlines()) == 2
    (tmp_path / "in" / "c.txt").write_text("Police arrested protesters in Cairo on Friday.\n")
    parsed: list[str] = []
    real = pipeline.nlp.parse_many

    def spy(texts, batch_size=32):
        texts = list(texts)
        parsed.extend(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(pipeline.nlp, "parse_many", spy)
    res = runner.invoke(app, ["code", str(tmp_path / "in"), "--format", "jsonl", "--db", str(db), "--resume"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["article"]["text"].strip() for x in res.stdout.splitlines()] == [
        "Police arrested protesters in Cairo on Friday."]
    assert len(parsed) == 1 and "Cairo" in parsed[0]
    assert "2 already stored" in " ".join(res.stderr.split())
    bad = runner.invoke(app, ["code", str(tmp_path / "in"), "--no-db", "--resume"])
    assert bad.exit_code == 1 and "--resume" in bad.output


def test_resume_skips_stored_records_before_parsing(tmp_path, runner, monkeypatch):
    """--resume --records: a record stored before (by the id it came with, or by its content
    when it came without one) is skipped before parsing; the new ones are coded."""
    rec = tmp_path / "r.jsonl"
    first_lines = [{"id": "g1", "text": GOOD}, {"id": 7, "text": "Israel struck Gaza on Tuesday."},
                   {"text": "Turkish troops shelled Kurdish positions in Afrin on Sunday."}]
    rec.write_text("".join(json.dumps(x) + "\n" for x in first_lines))
    db = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--db", str(db)])
    assert first.exit_code == 0 and len(first.stdout.splitlines()) == 3, first.output
    with rec.open("a") as f:
        f.write(json.dumps({"id": "g3", "text": "Police arrested protesters in Cairo on Friday."}) + "\n")
    parsed: list[str] = []
    real = pipeline.nlp.parse_many

    def spy(texts, batch_size=32):
        texts = list(texts)
        parsed.extend(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(pipeline.nlp, "parse_many", spy)
    args = ["code", "--records", str(rec), "--format", "jsonl", "--db", str(db), "--resume"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["g3"]
    assert len(parsed) == 1 and "Cairo" in parsed[0]
    assert "3 already stored" in " ".join(res.stderr.split())
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and again.stdout == "" and "4 already stored" in " ".join(again.stderr.split())


def test_a_document_over_its_time_budget_on_a_dask_worker(monkeypatch):
    """A Dask worker codes on a thread of its own (no SIGALRM there): the budget still stops
    a stage that never returns, and the worker goes on with the next document."""
    pipeline.code(GOOD)  # models and gazetteer loaded in this process (a thread-backed cluster)
    real = pipeline._code_parsed

    def hang(doc, article, parsed, actor_kb=None, **kwargs):
        if MARK in article.text:
            while True:
                pass
        return real(doc, article, parsed, actor_kb, **kwargs)

    monkeypatch.setattr(pipeline, "_code_parsed", hang)
    monkeypatch.setenv("DYADS_DOC_TIMEOUT_S", "4")
    docs = [document_from_string(f"{MARK} troops attacked a town.", source="b"),
            document_from_string(GOOD, source="a")]
    out = list(scale.code_distributed(docs, workers=1, batch_size=1, processes=False))
    by_source = {(x.source if isinstance(x, scale.Failure) else x.article.source): x for x in out}
    assert isinstance(by_source["b"], scale.Failure) and "took longer than 4 s" in by_source["b"].message
    assert by_source["a"].events


def test_a_document_over_its_time_budget_is_one_failure(monkeypatch):
    """A stage that never returns (here: a loop that waits for the timer) costs its document."""
    pipeline.code(GOOD)  # models and gazetteer loaded: the good documents are quick
    real = pipeline._code_parsed

    def hang(doc, article, parsed, actor_kb=None, **kwargs):
        if MARK in article.text:
            while True:
                pass
        return real(doc, article, parsed, actor_kb, **kwargs)

    monkeypatch.setattr(pipeline, "_code_parsed", hang)
    monkeypatch.setenv("DYADS_DOC_TIMEOUT_S", "3")
    docs = [document_from_string(GOOD, source="a"), document_from_string(f"{MARK} troops attacked a town.", source="b")]
    out = scale.code_batch(docs)
    assert [type(x).__name__ for x in out] == ["CodedDocument", "Failure"]
    assert "took longer than 3 s" in out[1].message


def test_unpaired_surrogates_in_records_are_one_error_line_each(tmp_path, runner):
    rec = tmp_path / "s.jsonl"
    rec.write_text('{"id": "\\ud800x", "text": "Troops attacked Homs."}\n'
                   '{"id": "t", "text": "Troops attacked \\udfff Homs."}\n'
                   + json.dumps({"id": "g2", "text": "Israel struck Gaza on Tuesday."}) + "\n")
    res = runner.invoke(app, ["code", "--records", str(rec), "--format", "jsonl", "--no-db"])
    assert res.exit_code == 0 and "Traceback" not in res.output
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["\\ud800x", "t", "g2"]
    assert "unpaired surrogate" in out[0]["error"] and "unpaired surrogate" in out[1]["error"]
    assert out[2]["events"]
