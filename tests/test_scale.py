"""The Dask runner codes the same documents to the same events as the in-process pipeline."""

from __future__ import annotations

import pytest

from dyads import pipeline
from dyads.errors import DyadsError
from dyads.ingest import document_from_string
from dyads.scale import code_distributed

TEXTS = [
    "Egyptian troops attacked Libyan border posts on Monday.",
    "Kenya accused Uganda of harbouring rebels.",
    "Peru expelled two Chilean diplomats last week.",
]


def _key(coded):
    return sorted((e.plover, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in coded.events)


def test_local_cluster_matches_in_process_pipeline():
    docs = [document_from_string(t, published="2020-01-10") for t in TEXTS]
    local = {c.id: _key(c) for c in pipeline.code_documents(docs)}
    dist = {c.id: _key(c) for c in code_distributed(docs, workers=1, batch_size=2)}
    assert dist == local
    assert any(local.values())


def test_bad_worker_count_is_a_clear_error():
    with pytest.raises(DyadsError, match="at least 1"):
        list(code_distributed([], workers=0))


def _worker_environment() -> dict:
    import os

    return {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_")}


def test_local_worker_processes_code_on_one_thread_with_glibc_adaptive_malloc(monkeypatch):
    """One thread per worker and one BLAS thread (a worker per core), and no MALLOC_TRIM_THRESHOLD_
    (Dask's default, which costs about 10 % of a worker's CPU: ``scale.WORKER_SPAWN_CONFIG``)."""
    from dyads.scale import dask_client

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with dask_client(1) as client:
        assert list(client.nthreads().values()) == [1]
        (env,) = client.run(_worker_environment).values()
    assert env == {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MALLOC_TRIM_THRESHOLD_": None}


_QUIET_KEYS = ("distributed.worker.profile.enabled", "distributed.admin.tick.interval",
               "distributed.admin.system-monitor.interval", "distributed.admin.system-monitor.gil.enabled",
               "distributed.worker.memory.monitor-interval")


def _worker_timers() -> dict:
    import dask

    return {k: dask.config.get(k) for k in _QUIET_KEYS}


def test_local_workers_run_without_the_profiler_and_with_slow_monitor_timers():
    """The timers that wake a worker's event loop (and take the GIL from the coding thread) are the
    ones of ``scale.WORKER_SPAWN_CONFIG`` in the worker process itself, not Dask's defaults."""
    from dyads.scale import WORKER_SPAWN_CONFIG, dask_client

    with dask_client(1) as client:
        (got,) = client.run(_worker_timers).values()
    assert got == {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                   "distributed.admin.system-monitor.interval": "5s",
                   "distributed.admin.system-monitor.gil.enabled": False,
                   "distributed.worker.memory.monitor-interval": "1s"}
    assert got == {k: WORKER_SPAWN_CONFIG[k] for k in _QUIET_KEYS}


# -- the Dask dashboard (--dashboard): bokeh is an optional extra -----------------------------------


def _without_bokeh(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "bokeh", None)  # `import bokeh` raises ImportError


def _with_bokeh(monkeypatch, version: str) -> None:
    import sys
    import types

    monkeypatch.setitem(sys.modules, "bokeh", types.SimpleNamespace(__version__=version))


def test_the_dashboard_without_bokeh_is_a_clear_error_before_any_cluster_starts(monkeypatch):
    from dask.distributed import LocalCluster

    from dyads import scale

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started")

    _without_bokeh(monkeypatch)
    monkeypatch.setattr("dask.distributed.LocalCluster", no_cluster)
    with pytest.raises(DyadsError, match=r"needs bokeh: pip install 'dyads\[dashboard\]'"):
        with scale.dask_client(1, processes=False, dashboard=":8787"):
            pass
    monkeypatch.setattr("dask.distributed.LocalCluster", LocalCluster)
    _with_bokeh(monkeypatch, "2.4.3")
    with pytest.raises(DyadsError, match=r"bokeh >= 3\.1 \(this is 2\.4\.3\)"):
        scale.check_dashboard(":8787")


@pytest.mark.parametrize("address", ["localhost", ":port", "host:99999", "99999", "a b:80", "h:80:80", ""])
def test_a_bad_dashboard_address_is_a_clear_error(monkeypatch, address):
    from dyads.scale import check_dashboard

    _with_bokeh(monkeypatch, "3.4.1")
    with pytest.raises(DyadsError, match=r"--dashboard-address must be \[HOST\]:PORT"):
        check_dashboard(address)


def test_good_dashboard_addresses_pass_when_bokeh_is_there(monkeypatch):
    from dyads.scale import check_dashboard

    _with_bokeh(monkeypatch, "3.1.0")
    for address in (":8787", "8787", "127.0.0.1:0", "localhost:8787", "[::1]:8787", "node-3.example.org:9000"):
        assert check_dashboard(f" {address} ") == address


def test_on_a_running_scheduler_the_dashboard_is_the_schedulers_own(monkeypatch):
    """No bokeh needed here: the scheduler serves (or not) its own dashboard; the user is told which."""
    from dask.distributed import LocalCluster

    from dyads.scale import dask_client

    _without_bokeh(monkeypatch)
    said: list[str] = []
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with dask_client(1, scheduler=cluster.scheduler_address, dashboard=":8787", say=said.append) as client:
            assert client.scheduler.address == cluster.scheduler_address
    assert len(said) == 1
    assert said[0].startswith(f"the scheduler {cluster.scheduler_address} serves no dashboard")
    assert "pip install 'dyads[dashboard]'" in said[0]


def test_the_local_cluster_serves_the_dashboard_and_says_where():
    """Runs where bokeh >= 3.1 is installed (the `dashboard` extra): the URL said answers."""
    pytest.importorskip("bokeh", minversion="3.1")
    import urllib.request

    from dyads.scale import dask_client

    said: list[str] = []
    with dask_client(1, processes=False, dashboard="127.0.0.1:0", say=said.append) as client:
        port = client.scheduler_info()["services"]["dashboard"]
        assert said == [f"the Dask dashboard: http://127.0.0.1:{port}/status"] and port
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=30) as page:  # noqa: S310 - loopback
            assert page.status == 200 and b"bokeh" in page.read().lower()
        said.clear()
        with dask_client(1, scheduler=client.scheduler.address, dashboard=":8787", say=said.append):
            (line,) = said
            assert line.startswith("the scheduler's dashboard: http://") and line.endswith(f":{port}/status")


def test_cli_dashboard_errors(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from dyads.cli import app

    (tmp_path / "a.txt").write_text("Kenya accused Uganda of harbouring rebels.\n")
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        r = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--shards", str(tmp_path / "out"), *args])
        return r.exit_code, " ".join(r.output.split())

    _without_bokeh(monkeypatch)
    code, out = run("--workers", "1", "--dashboard")
    assert code == 1 and "the Dask dashboard needs bokeh: pip install 'dyads[dashboard]'" in out
    code, out = run("--dashboard")
    assert code == 1 and "use it with --workers N or --scheduler ADDR" in out
    code, out = run("--scheduler", "tcp://127.0.0.1:1", "--dashboard-address", "127.0.0.1:9000")
    assert code == 1 and "a running scheduler serves its own dashboard" in out
    _with_bokeh(monkeypatch, "3.4.1")
    code, out = run("--workers", "1", "--dashboard-address", "localhost")
    assert code == 1 and "must be [HOST]:PORT" in out
    assert not (tmp_path / "out").exists()  # refused before any work
    _without_bokeh(monkeypatch)
    r = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--no-db", "--workers", "2", "--dashboard"])
    assert r.exit_code == 1 and "pip install 'dyads[dashboard]'" in " ".join(r.output.split())
