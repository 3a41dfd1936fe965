from __future__ import annotations

import json

import pandas as pd
import pytest
from tests.store.helpers import document
from typer.testing import CliRunner

from dyads.cli import app
from dyads.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    doc = document(
        "A summary of the war.",
        [
            ("USAGOV", "IRQMIL", "SUPPORT"), ("USAMIL", "SYRREB", "AID"), ("RUSMIL", "SYRGOV", "AID"),
            ("IRQMIL", "ISIS", "ASSAULT"), ("SYRREB", "ISIS", "COERCE"), ("USAMIL", "ISIS", "ASSAULT"),
            ("ISRMIL", "SYRMIL", "ASSAULT"), ("SAUGOV", "IRNGOV", "ACCUSE"), ("ISRMIL", "IRNGOV", "THREATEN"),
        ],
        published="2017-07-01",
    )  # fmt: skip
    with Store(path) as st:
        st.write(doc)
    return path


def test_blocs_json(db):
    res = runner.invoke(app, ["blocs", "--db", str(db), "--format", "json", "--level", "country"])
    assert res.exit_code == 0, res.output
    got = {frozenset(b["actors"]) for b in json.loads(res.stdout)}
    assert frozenset({"USA", "IRQ", "SYRREB"}) in got
    assert frozenset({"RUS", "SYR"}) in got
    assert frozenset({"IMGMUSISI"}) in got
    assert all(set(b) == {"bloc", "actors"} for b in json.loads(res.stdout))


def test_blocs_table(db):
    res = runner.invoke(app, ["blocs", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "frustration index" in res.output and "IMGMUSISI" in res.output


def test_network_prints_and_exports(db, tmp_path):
    out = tmp_path / "g.graphml"
    res = runner.invoke(app, ["network", "--db", str(db), "--period", "month", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "strongest hostile dyads" in res.output and "strongest cooperative dyads" in res.output
    assert out.exists()


def test_network_bad_options(db):
    res = runner.invoke(app, ["network", "--db", str(db), "--period", "fortnight"])
    assert res.exit_code == 1 and "unknown period" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["network", "--db", str(db), "--since", "2030-01-01"])
    assert res.exit_code == 2 and "no dyads" in res.output
    res = runner.invoke(app, ["network", "--db", str(db), "--since", "yesterday"])
    assert res.exit_code == 1 and "--since: unreadable date" in res.output


def test_export_each_format(db, tmp_path):
    for fmt in ("jsonl", "csv", "parquet", "gdelt", "acled"):
        out = tmp_path / f"out.{fmt}"
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert out.exists()
    assert len(pd.read_csv(tmp_path / "out.gdelt", sep="\t")) == 9
    res = runner.invoke(
        app, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "out.csv")]
    )
    assert res.exit_code == 1 and "exists" in res.output
    res = runner.invoke(
        app, ["export", "--db", str(db), "--format", "xml", "--out", str(tmp_path / "x")]
    )
    assert res.exit_code == 1 and "unknown format" in res.output


def test_sql_read_only(db):
    res = runner.invoke(
        app,
        [
            "sql",
            "--db",
            str(db),
            "--format",
            "jsonl",
            "SELECT plover, count(*) AS n FROM events GROUP BY 1 ORDER BY 1",
        ],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert {"plover": "ASSAULT", "n": 3} in rows
    res = runner.invoke(app, ["sql", "--db", str(db), "DROP TABLE events"])
    assert res.exit_code == 1 and "read-only" in res.output
    res = runner.invoke(app, ["sql", "--db", str(db), "SELEC nonsense"])
    assert res.exit_code == 1 and "SQL error" in res.output
    with Store(db, read_only=True) as st:
        assert st.count("events") == 9


def test_missing_store(tmp_path):
    for cmd in (
        ["blocs"],
        ["network"],
        ["sql", "SELECT 1"],
        ["export", "--format", "csv", "--out", "x.csv"],
    ):
        res = runner.invoke(app, [*cmd, "--db", str(tmp_path / "none.duckdb")])
        assert res.exit_code == 1 and "no store at" in res.output


def test_dedup_command(tmp_path):
    path = tmp_path / "d.duckdb"
    docs = [
        document(
            f"Report {i} on Mosul.",
            [("IRQMIL", "ISIS", "ASSAULT", {"place": "Mosul"})],
            published=day,
            url=f"https://o{i}.example/x",
        )
        for i, day in enumerate(["2017-07-01", "2017-07-06"])
    ]
    with Store(path) as st:
        st.write_many(docs)
    res = runner.invoke(app, ["dedup", "--db", str(path), "--window-days", "7"])
    assert res.exit_code == 0, res.output
    assert "2 events before, 1 after" in res.output
    res = runner.invoke(app, ["dedup", "--db", str(path), "--show"])
    assert json.loads(res.stdout)["window_days"] == 7
    res = runner.invoke(app, ["dedup", "--db", str(path), "--no-window"])
    assert "1 events before, 2 after" in res.output
    res = runner.invoke(app, ["dedup", "--db", str(path), "--no-window", "--window-days", "3"])
    assert res.exit_code == 1 and "not both" in res.output
    res = runner.invoke(app, ["dedup", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "no store" in res.output


def test_blocs_read_threats_and_intentions_by_default(tmp_path):
    path = tmp_path / "m.duckdb"
    doc = document(
        "Israel and Saudi Arabia are trying to form a bloc against Iran; Israel warned Iran.",
        [
            ("ISRMIL", "SAUGOV", "COOPERATE", {"modality": "intended"}),
            ("ISRMIL", "IRNGOV", "THREATEN", {"modality": "threatened"}),
            ("SAUGOV", "IRNGOV", "ACCUSE"),
            ("IRNGOV", "SAUGOV", "ASSAULT", {"modality": "negated"}),
        ],
    )
    with Store(path) as st:
        st.write(doc)
    res = runner.invoke(app, ["blocs", "--db", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {frozenset(b["actors"]) for b in json.loads(res.stdout)} == {
        frozenset({"ISR", "SAU"}),
        frozenset({"IRN"}),
    }
    res = runner.invoke(
        app, ["blocs", "--db", str(path), "--format", "json", "--modality", "asserted"]
    )
    assert {frozenset(b["actors"]) for b in json.loads(res.stdout)} == {
        frozenset({"SAU"}),
        frozenset({"IRN"}),
    }
    res = runner.invoke(app, ["network", "--db", str(path), "--modality", "sometimes"])
    assert res.exit_code == 1 and "unknown modality" in res.output


def test_blocs_read_recent_relations_and_skip_yields(tmp_path):
    path = tmp_path / "r.duckdb"
    old = document("The old war.", [("USAGOV", "IRQGOV", "ASSAULT")], published="2003-03-20")
    new = document(
        "This year.",
        [
            ("USAGOV", "IRQGOV", "SUPPORT"),
            ("SYRGOV", "ISIS", "RETREAT"),  # a surrender is no alliance
            ("RUSGOV", "SYRGOV", "SUPPORT"),
            ("IRQMIL", "ISIS", "ASSAULT"),
        ],
        published="2017-07-01",
    )
    with Store(path) as st:
        st.write_many([old, new])
    res = runner.invoke(app, ["blocs", "--db", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    got = {frozenset(b["actors"]) for b in json.loads(res.stdout)}
    assert got == {frozenset({"USA", "IRQ"}), frozenset({"RUS", "SYR"}), frozenset({"IMGMUSISI"})}
    # all of history: the 2003 invasion outweighs this year's support
    res = runner.invoke(app, ["blocs", "--db", str(path), "--format", "json", "--years", "0"])
    got = {frozenset(b["actors"]) for b in json.loads(res.stdout)}
    assert frozenset({"USA", "IRQ"}) not in got


def test_blocs_per_period_show_a_change(tmp_path):
    path = tmp_path / "p.duckdb"
    docs = [
        document("Allies in 2016.", [("USAGOV", "SAUGOV", "SUPPORT")], published="2016-05-01"),
        document("Rift in 2017.", [("USAGOV", "SAUGOV", "SANCTION")], published="2017-05-01"),
    ]
    with Store(path) as st:
        st.write_many(docs)
    res = runner.invoke(app, ["blocs", "--db", str(path), "--period", "year", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [d["period"] for d in data] == ["2016", "2017"]
    assert [len(d["blocs"]) for d in data] == [1, 2]  # together, then apart
    res = runner.invoke(app, ["blocs", "--db", str(path), "--period", "year"])
    assert res.output.count("frustration index") == 2 and "2017" in res.output
    res = runner.invoke(app, ["blocs", "--db", str(path), "--period", "decade"])
    assert res.exit_code == 1 and "unknown period" in res.output
