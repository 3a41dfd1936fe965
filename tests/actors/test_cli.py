"""``dyads actors ...`` commands through the Typer app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyads.cli import app

runner = CliRunner()


def test_add_list_export_remove_round_trip(tmp_path):
    db = tmp_path / "t.duckdb"
    r = runner.invoke(app, ["actors", "add", "Wanjiru Kamau", "--code", "KENOPP", "--db", str(db)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["actors", "list", "--db", str(db)])
    assert r.exit_code == 0 and "1 learned actors" in r.output
    r = runner.invoke(app, ["actors", "list", "--db", str(db), "--format", "jsonl"])
    assert json.loads(r.output)["code"] == "KENOPP"
    out = tmp_path / "a.jsonl"
    r = runner.invoke(
        app, ["actors", "export", "--db", str(db), "--format", "jsonl", "-o", str(out)]
    )
    assert r.exit_code == 0
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (row["alias"], row["code"], row["country"], row["origin"]) == (
        "Wanjiru Kamau",
        "KENOPP",
        "KEN",
        "user",
    )
    r = runner.invoke(
        app, ["actors", "resolve", "Wanjiru Kamau spoke.", "--db", str(db), "--format", "jsonl"]
    )
    assert r.exit_code == 0 and json.loads(r.output.splitlines()[0])["actor"]["code"] == "KENOPP"
    r = runner.invoke(app, ["actors", "remove", "Wanjiru Kamau", "--db", str(db)])
    assert r.exit_code == 0
    r = runner.invoke(app, ["actors", "remove", "Wanjiru Kamau", "--db", str(db)])
    assert r.exit_code == 1 and "no actor with alias" in r.output


def test_errors_are_one_line(tmp_path):
    r = runner.invoke(app, ["actors", "list", "--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 1 and "no store at" in r.output and "Traceback" not in r.output
    r = runner.invoke(
        app, ["actors", "add", "X", "--code", "bad", "--db", str(tmp_path / "t.duckdb")]
    )
    assert r.exit_code == 1 and "not a CAMEO-style code" in r.output
    r = runner.invoke(app, ["eval", "actors", "--kit", str(tmp_path)])
    assert r.exit_code == 1 and "not found" in r.output


def test_resolve_with_a_petrarch_dictionary(tmp_path):
    d = tmp_path / "a.txt"
    d.write_text("ZEMBLA [ZEM]\n+ZEMBLAN\n", encoding="utf-8")
    r = runner.invoke(
        app,
        ["actors", "resolve", "Zemblan troops crossed.", "--actors", str(d), "--format", "jsonl"],
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.output.splitlines()[0])["actor"]["code"] == "ZEMMIL"
    bad = tmp_path / "b.txt"
    bad.write_text("+ORPHAN\n", encoding="utf-8")
    r = runner.invoke(app, ["actors", "resolve", "Zemblan troops.", "--actors", str(bad)])
    assert r.exit_code == 1 and "before any actor" in r.output
