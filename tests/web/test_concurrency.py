"""Many requests at once: each reads on a cursor of its own, answers are kept per store
version, slow answers are computed once. Speed is measured by bench/web_load.py, not here:
these tests assert behaviour (who waits on whom, what is kept), never durations."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from dyads.store import Store, StoreError
from dyads.web import create_app
from dyads.web.deps import StoreAccess, data_version


@pytest.fixture
def access(web_db):
    st = Store(web_db, read_only=True)
    yield StoreAccess(st)
    st.close()


def test_reads_run_at_the_same_time(access):
    """Two reads are inside the store together: with one lock around the store the second
    could not enter while the first waits for it, and the barrier would break."""
    both_in = threading.Barrier(2, timeout=60)

    def read(st: Store) -> int:
        both_in.wait()  # returns only when the other read is in too
        return st.count("events")

    with ThreadPoolExecutor(2) as pool:
        counts = list(pool.map(lambda _: access.read(read), range(2)))
    assert counts[0] == counts[1] > 0


def test_concurrent_reads_give_the_answers_of_serial_reads(access):
    def answer(i: int) -> tuple:
        q = (
            "SELECT count(*), min(day), max(day) FROM events",
            "SELECT id FROM events ORDER BY id",
            "SELECT count(*) FROM documents",
        )[i % 3]
        return access.read(lambda st: st.query(q)[1])

    serial = [answer(i) for i in range(3)]
    with ThreadPoolExecutor(16) as pool:
        parallel = list(pool.map(answer, range(300)))
    assert parallel == [serial[i % 3] for i in range(300)]


def test_a_reader_is_its_own_cursor(web_db, tmp_path):
    with Store(web_db, read_only=True) as st:
        reader = st.reader()
        assert reader.connection is not st.connection
        assert reader.read_only and reader.path == st.path
        assert reader.count("events") == st.count("events")
        reader.close()  # its cursor only
        assert st.count("events") > 0
        with pytest.raises(StoreError, match="read-only"):
            st.reader().query("DELETE FROM events")
    closed = Store(tmp_path / "x.duckdb")
    closed.close()
    with pytest.raises(StoreError, match="closed"):
        closed.reader()


def test_a_reader_sees_what_is_committed_not_what_is_being_written(tmp_path, web_db):
    """DuckDB cursors are separate connections: a reader of a store being written sees
    each write whole or not at all (the writer's transaction semantics hold)."""
    import shutil

    path = tmp_path / "w.duckdb"
    shutil.copy(web_db, path)
    with Store(path) as st:
        n = st.count("documents")
        reader = st.reader()
        st.connection.execute("BEGIN TRANSACTION")
        st.connection.execute("DELETE FROM documents")
        assert reader.count("documents") == n  # not committed: not seen
        st.connection.execute("ROLLBACK")
        assert reader.count("documents") == n
        reader.close()


def test_a_slow_answer_is_computed_once_for_concurrent_callers(access):
    calls = []
    started = threading.Event()
    release = threading.Event()

    def compute() -> dict:
        calls.append(1)
        started.set()
        release.wait(60)
        return {"blocs": ["x"]}

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(access.cached, ("blocs", "country"), compute)]
        assert started.wait(60)
        futures += [pool.submit(access.cached, ("blocs", "country"), compute) for _ in range(7)]
        release.set()
        answers = [f.result(60) for f in futures]
    assert len(calls) == 1
    assert all(a is answers[0] for a in answers)
    assert access.cached(("blocs", "sector"), lambda: {"other": 1}) == {"other": 1}


def test_the_cache_is_keyed_on_the_store_version(access, web_db):
    with Store(web_db, read_only=True) as st:
        version = data_version(st)
        assert version[:3] == (st.version, st.count("documents"), st.count("events"))
    assert access.version == version
    access.cache[((0, 0, 0, 0), "k")] = "stale, another version"
    assert access.cached(("k",), lambda: "fresh") == "fresh"


def _app(web_db, **kw) -> TestClient:
    return TestClient(create_app(str(web_db), **kw), base_url="http://127.0.0.1")


def test_api_answers_are_kept_and_given_again_unchanged(web_db):
    c = _app(web_db)
    first = c.get("/api/events?limit=2")
    again = c.get("/api/events?limit=2")
    other = c.get("/api/events?limit=3")
    assert first.headers["x-dyads-cache"] == "miss" and again.headers["x-dyads-cache"] == "hit"
    assert other.headers["x-dyads-cache"] == "miss"
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    # a kept answer still carries the security headers (added outside the cache)
    assert again.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in again.headers


def test_errors_pages_and_posts_are_not_kept(web_db):
    c = _app(web_db)
    for _ in range(2):
        r = c.get("/api/events/no-such-event")
        assert r.status_code == 404 and r.headers["x-dyads-cache"] == "miss"
        r = c.get("/api/events?since=bad")
        assert r.status_code == 400 and r.headers["x-dyads-cache"] == "miss"
        assert "x-dyads-cache" not in c.get("/").headers
        r = c.post("/api/code", content=b"", headers={"content-type": "text/plain"})
        assert r.status_code == 400 and "x-dyads-cache" not in r.headers


def test_a_refused_host_never_reaches_the_cache(web_db):
    c = _app(web_db)
    assert c.get("/api/stats").status_code == 200
    r = c.get("/api/stats", headers={"host": "evil.example"})
    assert r.status_code == 400 and "x-dyads-cache" not in r.headers


def test_the_cache_is_bounded_and_can_be_off(web_db):
    off = _app(web_db, cache_bytes=0)
    for _ in range(2):
        assert off.get("/api/stats").headers.get("x-dyads-cache") is None
    size = {n: len(off.get(f"/api/events?limit={n}").content) for n in (1, 2, 3)}
    bound = size[2] + size[3]  # room for two of the three answers
    app = create_app(str(web_db), cache_bytes=bound)
    c = TestClient(app, base_url="http://127.0.0.1")
    assert c.get("/").status_code == 200
    cache = _cache_of(app)
    for n in (1, 2, 3):
        assert c.get(f"/api/events?limit={n}").headers["x-dyads-cache"] == "miss"
        assert cache.size <= bound
    assert c.get("/api/events?limit=3").headers["x-dyads-cache"] == "hit"
    assert c.get("/api/events?limit=2").headers["x-dyads-cache"] == "hit"
    assert c.get("/api/events?limit=1").headers["x-dyads-cache"] == "miss"  # least recent: gone
    assert cache.size <= bound


@pytest.mark.parametrize("one_loop", [True, False])
def test_concurrent_first_requests_are_answered_alike(web_db, one_loop):
    """One event loop (as uvicorn runs the app) or one per request (a TestClient used
    outside ``with``): concurrent first requests all get the same full answer."""
    urls = ["/api/stats", "/api/places", "/api/timeline?by=year", "/api/events?limit=5"]
    c = _app(web_db)
    with ThreadPoolExecutor(12) as pool:
        if one_loop:
            with c:
                answers = list(pool.map(lambda i: c.get(urls[i % 4]), range(48)))
        else:
            answers = list(pool.map(lambda i: c.get(urls[i % 4]), range(48)))
    assert all(r.status_code == 200 for r in answers)
    for i, r in enumerate(answers):
        assert r.content == answers[i % 4].content


def _cache_of(app):
    from dyads.web.cache import ResponseCache

    layer = app.middleware_stack  # built by the first request
    while layer is not None and not isinstance(layer, ResponseCache):
        layer = getattr(layer, "app", None)
    assert layer is not None
    return layer


def test_a_date_window_is_narrowed_to_the_stores_event_days():
    from dyads.web.deps import EMPTY_WINDOW

    access = StoreAccess(None, version=(1,), days=("2021-05-02", "2021-06-14", "2022-01-10"))  # type: ignore[arg-type]
    assert access.window(None, None) == (None, None)
    assert access.window("2021-01-01", "2021-12-31") == ("2021-05-02", "2021-06-14")
    assert access.window("2021-06-14", "2021-06-14") == ("2021-06-14", "2021-06-14")
    assert access.window("2021-06-15", None) == ("2022-01-10", None)
    assert access.window(None, "2021-06-13") == (None, "2021-05-02")
    assert access.window("2021-06-15", "2022-01-09") == EMPTY_WINDOW
    assert access.window("2023-01-01", None) == EMPTY_WINDOW
    assert access.window(None, "2020-01-01") == EMPTY_WINDOW


def test_windows_holding_the_same_event_days_share_one_answer(web_db):
    """Two windows that differ only in days without events are one filter: the same answer,
    computed once (kept under the narrowed filter); an empty window answers no events."""
    app = create_app(str(web_db))
    client = TestClient(app, base_url="http://127.0.0.1")
    days = app.state.access.days
    assert len(days) >= 2
    kept = app.state.access._answers
    for path in ("/api/events", "/api/places", "/api/timeline?by=day&",
                 "/api/network?period=all&level=country&"):  # fmt: skip
        sep = "" if path.endswith("&") else "?"
        wide = client.get(f"{path}{sep}since=2000-01-01&until={days[-1]}")
        n = len(kept)
        narrow = client.get(f"{path}{sep}since={days[0]}&until=2099-12-31")
        assert wide.status_code == narrow.status_code == 200
        assert narrow.headers["x-dyads-cache"] == "miss"  # a new query string ...
        assert narrow.content == wide.content  # ... with the answer kept for the first
        assert len(kept) == n
    between = client.get(f"/api/events?since={days[-1][:4]}-12-31&until=2099-12-31")
    assert between.json()["total"] == 0
    assert client.get(f"/api/events?since={days[0]}").json()["total"] == client.get(
        "/api/events?since=1900-01-01").json()["total"]  # fmt: skip


def test_a_slow_answer_is_computed_in_the_background_and_said_to_be_computing(access):
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def compute():
        calls.append(1)
        started.set()
        release.wait(60)
        return {"blocs": ["x"]}

    assert access.soon(("blocs", "t"), compute, wait_s=0) is None  # computing: no wait
    assert started.wait(60)
    assert access.soon(("blocs", "t"), compute, wait_s=0) is None  # not started twice
    assert access.computing() == 1
    release.set()
    assert access.soon(("blocs", "t"), compute, wait_s=60) == {"blocs": ["x"]}
    assert access.soon(("blocs", "t"), compute, wait_s=0) == {"blocs": ["x"]}
    assert len(calls) == 1 and access.computing() == 0


def test_a_failed_background_answer_is_raised_once_then_computed_again(access):
    def broken():
        raise StoreError("the disk is gone")

    with pytest.raises(StoreError, match="disk is gone"):
        access.soon(("k2",), broken, wait_s=60)
    assert access.soon(("k2",), lambda: "fine", wait_s=60) == "fine"


def test_blocs_still_computing_answer_202_and_are_not_kept(web_db, monkeypatch):
    from dyads.network import report

    real = report.blocs_summary
    release = threading.Event()

    def slow(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(report, "blocs_summary", slow)
    c = _app(web_db, wait_s=0)
    first = c.get("/api/blocs?level=country")
    assert first.status_code == 202 and first.json()["state"] == "computing"
    assert first.headers["retry-after"] == "1" and first.headers["x-dyads-cache"] == "miss"
    assert c.get("/api/blocs?level=country").status_code == 202  # not kept
    release.set()
    access = c.app.state.access
    while (r := c.get("/api/blocs?level=country")).status_code == 202:
        access.soon(("blocs", "country", 1, None), lambda: None, wait_s=60)  # wait on the job
    assert r.status_code == 200 and r.json()["level"] == "country"


def test_warm_up_computes_the_pages_first_answers(web_db, monkeypatch):
    from dyads.web import queries

    c = _app(web_db, warm_up=True)
    while not (state := c.get("/api/ready").json())["warm"]:
        assert c.get("/api/ready").headers["x-dyads-cache"] == "miss"  # never kept
    assert state == {"warm": True, "computing": state["computing"]}

    def no_query(*args, **kwargs):
        raise AssertionError("computed again")

    monkeypatch.setattr(queries, "events", no_query)
    monkeypatch.setattr(queries, "places", no_query)
    monkeypatch.setattr(queries, "timeline", no_query)
    monkeypatch.setattr(queries, "stats", no_query)
    modalities = "&".join(f"modality={m}" for m in ("asserted", "threatened", "intended"))
    for path in ("/api/stats", "/api/events?limit=1000", "/api/places", "/api/timeline?by=month",
                 "/api/timeline?by=year", f"/api/network?period=all&level=country&{modalities}"):
        assert c.get(path).status_code == 200, path


@pytest.mark.parametrize("level", ["code", "sector", "country"])
def test_the_network_summed_from_kept_node_pairs_is_the_network(web_db, level):
    """dyad_rows over node_pairs (what the server keeps in memory) gives the rows summed
    from the events, for every period, date window, modality set and exclusion."""
    from dyads.network import dyad_table
    from dyads.store.network import node_pairs

    with Store(web_db, read_only=True) as st:
        con = st.connection
        con.register("kept", node_pairs(con, level))
        keys = ["period", "source", "target"]
        for period in ("week", "month", "year", "all"):
            for since, until in ((None, None), ("2021-06-01", None), ("2021-05-01", "2021-06-30")):
                for mods, excl in ((("asserted",), ()),
                                   (("asserted", "threatened", "intended"), ("RETREAT",))):  # fmt: skip
                    kw = dict(period=period, level=level, since=since, until=until,
                              modalities=mods, exclude_types=excl)  # fmt: skip
                    a = dyad_table(con, pairs="kept", **kw).sort_values(keys).reset_index(drop=True)
                    b = dyad_table(con, **kw).sort_values(keys).reset_index(drop=True)
                    cols = [*keys, "n_events", "n_coop", "n_conflict", "n_sources"]
                    assert a[cols].equals(b[cols]), kw
                    assert (a["weight"] - b["weight"]).abs().max() < 1e-9 if len(a) else len(b) == 0


def test_the_served_network_reads_the_kept_pairs_once_computed(web_db):
    c = _app(web_db)
    access = c.app.state.access
    path = "/api/network?period=month&level=country&since=2021-01-01"
    before = c.get(path).json()  # computed from the events; starts keeping the pairs
    from dyads.web.api import node_pairs_kept

    assert node_pairs_kept(access, "country", wait_s=60) is not None
    access._answers.clear()
    after = c.get(path + "&until=2099-01-01").json()  # a new answer, from the kept pairs

    def rows(x):
        return sorted((d["period"], d["source"], d["target"], d["n_events"]) for d in x["dyads"])

    assert rows(after) == rows(before) and after["labels"] == before["labels"]


def test_blocs_of_a_large_store_are_computed_in_a_child_process_alike(web_db, monkeypatch):
    """Past PROCESS_EVENTS events the blocs search runs in a spawned child (it would hold
    the interpreter lock that requests need): the same answer as on a thread."""
    from dyads.web import api, background

    c = _app(web_db)
    access = c.app.state.access
    options = {"level": "country", "min_events": 1, "max_blocs": None}
    here = api.compute_blocs(access, options)
    monkeypatch.setattr(background, "PROCESS_EVENTS", 0)
    spawned: list[int] = []
    real = background.in_child
    monkeypatch.setattr(background, "in_child", lambda *a: spawned.append(1) or real(*a))
    assert api.compute_blocs(access, options) == here and spawned
