"""Every command with bad options or bad inputs: a non-zero exit and one clear line, never a
traceback (Typer's runner re-raises nothing: an escaped exception shows as ``res.exception``)."""

from __future__ import annotations

import json

import pytest
from tests.store.helpers import document
from typer.testing import CliRunner

from dyads.cli import app
from dyads.store import Store

runner = CliRunner()
LONG = "x" * 300


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    db = d / "s.duckdb"
    with Store(db) as st:
        st.write(document("A summary.", [("USAGOV", "IRQMIL", "SUPPORT"), ("ISRMIL", "SYRMIL", "ASSAULT")],
                          published="2017-07-01"))
    (d / "ok.txt").write_text("Troops attacked the town.\n")
    (d / "ok.jsonl").write_text(json.dumps({"id": "a", "text": "Troops attacked the town."}) + "\n")
    (d / "not_a_store.duckdb").write_text("hello")
    (d / "geo_bad.jsonl").write_text(json.dumps({"id": "a", "text": "Clashes in Homs."}) + "\n"
                                     + "[" * 100_000 + "]" * 100_000 + "\n"
                                     + '{"id": ' + "9" * 5000 + ', "text": "x"}\n')
    return d


def CASES(d):
    db, ok, rec = str(d / "s.duckdb"), str(d / "ok.txt"), str(d / "ok.jsonl")
    return [
        (["code", ok, "--workers", "-1", "--no-db"], "--workers"),
        (["code", ok, "--batch-size", "0", "--no-db"], "--batch-size"),
        (["code", ok, "--batch-size", "-5", "--no-db"], "--batch-size"),
        (["code", ok, "--format", "xml", "--no-db"], "--format"),
        (["code", ok, "--no-db", "--out", str(d / "missing" / "o.jsonl")], "does not exist"),
        (["code", ok, "--no-db", "--out", str(d)], "--out"),
        (["code", ok, "--retrieved", "yesterday", "--no-db"], "--retrieved"),
        (["code", str(d / "missing.txt"), "--records", rec, "--no-db", "--format", "jsonl"], "missing.txt"),
        (["code", "--records", str(d / "missing.jsonl"), "--no-db"], "no such file"),
        (["code", LONG, "--no-db"], "too long"),
        (["code", ok, "--db", str(d / "not_a_store.duckdb")], "not_a_store"),
        (["code", ok, "--db", str(d / "missing" / "s.duckdb")], "does not exist"),
        (["code", "--records", "-", "-", "--no-db"], "stdin"),
        (["code"], "give files"),
        (["export", "--db", db, "--format", "csv", "--out", str(d / "e.csv"), "--since", "last week"], "--since"),
        (["export", "--db", db, "--format", "csv", "--out", str(d / "e2.csv"), "--until", "2017-13-45"], "--until"),
        (["export", "--db", str(d / "nope.duckdb"), "--format", "csv", "--out", str(d / "e3.csv")], "no store"),
        (["export", "--db", db, "--format", "xml", "--out", str(d / "e4.csv")], "format"),
        (["export", "--db", db, "--format", "csv", "--out", str(d / "missing" / "e.csv")], "does not exist"),
        (["network", "--db", db, "--since", "soon"], "--since"),
        (["network", "--db", db, "--period", "decade"], "period"),
        (["network", "--db", db, "--top", "0"], "--top"),
        (["network", "--db", db, "--out", str(d / "g.png")], "graph format"),
        (["blocs", "--db", db, "--until", "never"], "--until"),
        (["blocs", "--db", db, "--format", "xml"], "format"),
        (["blocs", "--db", db, "--out", str(d / "missing" / "b.json"), "--format", "json"], "does not exist"),
        (["sql", "--db", db, "SELEC 1"], "SQL error"),
        (["sql", "--db", db, "SELECT 1", "--limit", "0"], "--limit"),
        (["sql", "--db", db, "COPY events TO 'leak.csv'"], "disabled"),
        (["sql", "--db", db, "SELECT * FROM read_text('/etc/hostname')"], "disabled"),
        (["sql", "--db", str(d / "not_a_store.duckdb"), "SELECT 1"], "not_a_store"),
        (["errors", "--db", str(d / "nope.duckdb")], "no store"),
        (["errors", "--db", db, "--limit", "0"], "--limit"),
        (["dedup", "--db", str(d / "nope.duckdb")], "nope.duckdb"),
        (["dedup", "--db", db, "--actor-level", "planet"], "actor"),
        (["geo", str(d / "missing" / "x.txt")], "no such file"),
        (["actors", "list", "--db", db, "--origin", "alien"], "--origin"),
        (["geo", "--records", str(d / "missing.jsonl")], "missing.jsonl"),
        (["geo", "Paris", "--format", "xml"], "format"),
        (["geo", "--records", str(d / "geo_bad.jsonl"), "--format", "jsonl"], "nested too deeply"),
        (["actors", "list", "--db", str(d / "nope.duckdb")], "nope.duckdb"),
        (["actors", "list", "--db", db, "--format", "xml"], "format"),
        (["actors", "export", "--db", db, "-o", str(d / "missing" / "a.csv")], "does not exist"),
        (["actors", "export", "--db", db, "-o", db], "store"),
        (["actors", "resolve", "Troops attacked Homs.", "--actors", str(d / "missing.txt")], "missing.txt"),
    ]


def test_bad_options_give_one_clear_line(work):
    problems = []
    for args, expect in CASES(work):
        res = runner.invoke(app, args, input="")
        text = res.output
        escaped = res.exception is not None and not isinstance(res.exception, SystemExit)
        if escaped or "Traceback" in text or res.exit_code == 0 or (expect and expect not in text):
            problems.append(f"{args[:2]}... exit={res.exit_code} exc={res.exception!r} out={text[-300:]!r}")
    assert not problems, "\n".join(problems)


def test_records_from_stdin():
    line = json.dumps({"id": "s1", "text": "Israel struck Gaza on Tuesday."}) + "\n"
    res = runner.invoke(app, ["code", "--records", "-", "--format", "jsonl", "--no-db"], input=line)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["id"] == "s1"


def test_missing_path_with_good_records_exits_non_zero(work):
    res = runner.invoke(app, ["code", str(work / "missing.txt"), "--records", str(work / "ok.jsonl"),
                              "--format", "jsonl", "--no-db"])
    assert res.exit_code == 1
    assert json.loads(res.stdout.splitlines()[0])["id"] == "a"  # the good record is still coded
