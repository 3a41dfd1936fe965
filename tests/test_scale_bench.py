"""``dyads bench scale``: the input it builds, the run order, the summary, and one small real run."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dyads.cli import app
from dyads.scale_bench import example_input, schedule, summarise


def test_the_example_input_is_distinct_copies_in_jsonl_shards(tmp_path):
    paths = example_input(tmp_path, copies=5, docs_per_shard=2)
    assert [Path(p).name for p in paths] == ["example-0000.jsonl", "example-0001.jsonl", "example-0002.jsonl"]
    rows = [json.loads(line) for p in paths for line in Path(p).read_text().splitlines()]
    assert [r["id"] for r in rows] == [f"copy{i}" for i in range(5)]
    assert len({r["text"] for r in rows}) == 5 and all("Mission accomplished" in r["text"] for r in rows)


def test_every_round_runs_every_mode_starting_one_later():
    order = schedule(["plain", "shards1", "shards2"], rounds=3)
    assert order == [(0, "plain"), (0, "shards1"), (0, "shards2"),
                     (1, "shards1"), (1, "shards2"), (1, "plain"),
                     (2, "shards2"), (2, "plain"), (2, "shards1")]


def _run(mode: str, wall: float, peaks: list[float]) -> dict:
    return {"mode": mode, "documents": 10, "events": 50, "wall_s": wall, "docs_per_s": 10 / wall,
            "client_cpu_pct": 5.0, "peak_mb": peaks, "load_before": 0.5, "coding_cpu_s": wall / 2}


def test_the_summary_takes_medians_and_the_ratios_of_median_walls():
    runs = [_run("plain", 30, [500]), _run("plain", 20, [510]), _run("plain", 25, [505]),
            _run("shards1", 40, [600]), _run("shards2", 16, [550, 620])]
    s = summarise(runs)
    assert s["modes"]["plain"]["wall_s"] == 25 and s["modes"]["plain"]["runs"] == 3
    assert s["modes"]["shards2"]["peak_mb_per_process"] == 620
    assert s["modes"]["shards1"]["coding_cpu_ms_per_doc"] == 2000
    assert s["ratio_1_to_2_workers"] == 2.5 and s["ratio_2_workers_vs_plain"] == round(25 / 16, 2)
    assert "ratio_1_to_2_workers" not in summarise(runs[:3])


def test_bench_scale_runs_plain_and_shard_mode_on_the_same_input(tmp_path):
    (tmp_path / "a.txt").write_text("Egyptian troops attacked Libyan border posts on Monday.\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "r1", "text": "Kenya accused Uganda of harbouring rebels."})
                                      + "\n")
    res = CliRunner().invoke(app, ["bench", "scale", str(tmp_path), "--workers", "0", "--workers", "1",
                                   "--retrieved", "2020-01-15", "--json"])
    assert res.exit_code == 0, res.output
    got = json.loads(res.output.strip().splitlines()[-1])
    assert [r["mode"] for r in got["runs"]] == ["plain", "shards0", "shards1"]
    for r in got["runs"]:
        assert r["documents"] == 2 and r["shards"] == 2 and r["failures"] == 0
        assert r["wall_s"] > 0 and r["docs_per_s"] > 0 and r["load_before"] >= 0
        assert r["peak_mb"] and all(p > 50 for p in r["peak_mb"])
        assert 0 <= r["client_cpu_pct"] and r["coding_cpu_s"] > 0
    assert len({r["events"] for r in got["runs"]}) == 1 and got["runs"][0]["events"] > 0
    assert got["runs"][2]["workers_used"] == 1
    assert set(got["modes"]) == {"plain", "shards0", "shards1"}


def test_bench_scale_merge_events_times_import_rerun_dedup_and_network():
    res = CliRunner().invoke(app, ["bench", "scale", "--merge-events", "2000", "--json"])
    assert res.exit_code == 0, res.output
    got = json.loads(res.output.strip().splitlines()[-1])
    assert got["reports"] == 2000 and got["rerun_new_reports"] == 0
    assert 0 < got["events_after_remerge"] <= got["events_after_dedup"] <= 2000
    assert got["network_months"] > 0 and got["import_s"] >= 0 and got["remerge_s"] >= 0
