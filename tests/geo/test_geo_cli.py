"""``dyads geo`` and ``dyads eval geo`` through the real CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyads.cli import app

runner = CliRunner()


def test_geo_text_jsonl():
    r = runner.invoke(
        app, ["geo", "Shelling hit Aleppo and Damascus overnight.", "--format", "jsonl"]
    )
    assert r.exit_code == 0, r.output
    places = [json.loads(line) for line in r.output.splitlines() if line.strip()]
    assert {p["geonameid"] for p in places} >= {170063, 170654}


def test_geo_file_table(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Protesters gathered in Nairobi on Friday.", encoding="utf-8")
    r = runner.invoke(app, ["geo", str(f)])
    assert r.exit_code == 0, r.output
    assert "Nairobi" in r.output and "KEN" in r.output


def test_geo_records_gold_spans_and_verb(tmp_path):
    text = "Police fired tear gas at protesters in Lagos, Nigeria on Monday."
    recs = [
        {"id": "a", "text": text, "toponyms": [{"start": 39, "end": 44}, {"start": 46, "end": 53}]},
        {"id": "b", "text": text, "verb": {"start": 7, "end": 12}},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    r = runner.invoke(app, ["geo", "--records", str(path), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    out = {o["id"]: o for o in map(json.loads, r.output.splitlines())}
    a = out["a"]["places"]
    assert [(p["start"], p["end"]) for p in a] == [(39, 44), (46, 53)]
    assert a[0]["country"] == "NGA" and a[1]["geonameid"] == 2328926
    assert set(a[0]) >= {"start", "end", "geonameid", "lat", "lon", "name", "country"}
    assert out["b"]["location"] == {"start": 39, "end": 44}
    assert "location" not in out["a"]


def test_geo_records_bad_lines_are_reported_and_skipped(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "ok", "text": "Flights left Doha.", "toponyms": [{"start": 13, "end": 17}]}\n'
        "not json\n"
        '{"id": "bad", "text": "x", "toponyms": [{"start": 0, "end": 9}]}\n',
        encoding="utf-8",
    )
    r = runner.invoke(app, ["geo", "--records", str(path), "--format", "jsonl"])
    assert r.exit_code == 1
    assert "invalid JSON" in r.output and "outside the text" in r.output
    assert '"ok"' in r.output and "Traceback" not in r.output


def test_geo_bad_input():
    r = runner.invoke(app, ["geo", "--records", "/nonexistent/x.jsonl"])
    assert r.exit_code == 1 and "no such file" in r.output
    r = runner.invoke(app, ["geo", "   "])
    assert r.exit_code == 1 and "empty" in r.output
    r = runner.invoke(app, ["geo", "x", "--format", "xml"])
    assert r.exit_code == 1 and "unknown --format" in r.output


def test_geo_invalid_utf8_file(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xff\xfe\xfa broken")
    r = runner.invoke(app, ["geo", str(f)])
    assert r.exit_code == 1 and "UTF-8" in r.output


def test_eval_geo_without_kit_is_a_clear_error(tmp_path):
    r = runner.invoke(app, ["eval", "geo", "--kit", str(tmp_path / "missing")])
    assert r.exit_code == 1
    assert "evaluation kit not found" in r.output and "Traceback" not in r.output


def test_eval_geo_on_a_tiny_kit(tmp_path):
    """A kit laid out like ../shared/eval, with a stand-in score.py (stdlib only)."""
    kit = tmp_path / "kit"
    (kit / "geo" / "lgl").mkdir(parents=True)
    text = "Troops entered Kabul."
    (kit / "geo" / "lgl" / "dev.inputs.jsonl").write_text(
        json.dumps({"id": "1", "text": text, "toponyms": [{"start": 15, "end": 20}]}) + "\n"
    )
    (kit / "geo" / "lgl" / "dev.gold.jsonl").write_text(
        json.dumps(
            {
                "id": "1",
                "toponyms": [
                    {"start": 15, "end": 20, "geonameid": 1138958, "lat": 34.5, "lon": 69.2}
                ],
                "ignore": [],
            }
        )
        + "\n"
    )
    (kit / "score.py").write_text(
        "import json, sys\n"
        "gold = [json.loads(l) for l in open(sys.argv[2])]\n"
        "pred = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[3])}\n"
        "n = sum(len(g['toponyms']) for g in gold)\n"
        "ok = sum(1 for g in gold for t in g['toponyms'] for p in pred[g['id']]['places']\n"
        "         if p['geonameid'] == t['geonameid'])\n"
        "print(json.dumps({'exact_geonameid_acc': ok / n if n else 0.0, 'acc_at_161km': 0.0,\n"
        "                  'n_gold_toponyms': n}))\n"
    )
    out = tmp_path / "m.json"
    r = runner.invoke(
        app,
        ["eval", "geo", "--kit", str(kit), "--sets", "lgl", "--modes", "spans", "--json", str(out)],
    )
    assert r.exit_code == 0, r.output
    rows = json.loads(out.read_text())
    dev = [x for x in rows if x["mode"] == "spans" and x["part"] == "dev"][0]
    assert dev["metrics"]["exact_geonameid_acc"] == 1.0
    assert {x["part"] for x in rows} == {"dev", "tune", "held-out"}


def test_geo_html_file_uses_the_article_body(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Floods</title></head><body><article><p>Heavy rain flooded "
        "streets in Karachi on Monday, officials said, and more rain is expected in the "
        "coming days across the province.</p><p>Rescue teams worked through the night in "
        "the worst hit districts.</p></article></body></html>",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["geo", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    places = [json.loads(line) for line in r.output.splitlines() if line.strip()]
    assert [p["text"] for p in places] == ["Karachi"]
