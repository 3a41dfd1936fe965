"""The reference article's system of alliances, end to end: code -> store -> blocs (issue 7)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyads.cli import app

RETRIEVED = "2024-02-20"


def test_reference_article_blocs(tmp_path, example_path):
    runner = CliRunner()
    db = tmp_path / "ref.duckdb"
    r = runner.invoke(app, ["code", str(example_path), "--retrieved", RETRIEVED, "--db", str(db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["blocs", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    blocs = json.loads(r.stdout)
    bloc_of = {actor: b["bloc"] for b in blocs for actor in b["actors"]}
    assert bloc_of["ISR"] == bloc_of["SAU"] != bloc_of["IRN"]
    assert bloc_of["RUS"] == bloc_of["SYR"]
    assert bloc_of["USA"] == bloc_of["IRQ"] == bloc_of["SYRREB"]
    isis = [a for a in bloc_of if "ISI" in a]
    assert isis and all(bloc_of[a] != bloc_of["USA"] for a in isis)
