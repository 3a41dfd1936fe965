from __future__ import annotations

from typer.testing import CliRunner

from dyads.benchmarks import bench_insert, generate
from dyads.cli import app


def test_generated_documents_are_deterministic():
    a, b = generate(2000, seed=3), generate(2000, seed=3)
    assert len(a) == 100 and [d.id for d in a] == [d.id for d in b]
    assert sum(len(d.events) for d in a) == 2000
    assert a[0].events[0].to_dict() == b[0].events[0].to_dict()


def test_insert_bench_counts_and_rerun():
    out = bench_insert(2000)
    assert out["events"] == 2000 and out["docs"] == 100
    assert out["rerun_new_docs"] == 0 and out["events_per_s"] > 0


def test_bench_store_command():
    res = CliRunner().invoke(
        app, ["bench", "store", "--events", "2000", "--network-events", "2000", "--repeats", "1"]
    )
    assert res.exit_code == 0, res.output
    assert "events/s" in res.output and "monthly graphs" in res.output


def test_bench_startup_command_times_a_fresh_dyads_code_call():
    from typer.testing import CliRunner

    from dyads.cli import app

    res = CliRunner().invoke(app, ["bench", "startup", "--repeats", "1"])
    assert res.exit_code == 0, res.output
    assert "import" in res.output and "code" in res.output and " s" in res.output
