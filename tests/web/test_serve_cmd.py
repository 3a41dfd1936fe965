"""dyads serve: clear errors before any server starts."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from dyads.cli import app


def test_serve_refuses_a_missing_store(tmp_path):
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1
    assert "no store at" in r.output and "Traceback" not in r.output


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("hello\n")
    r = CliRunner().invoke(app, ["serve", "--db", str(bad)])
    assert r.exit_code == 1
    assert "cannot open store" in r.output


def test_serve_rejects_a_bad_port(tmp_path):
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x"), "--port", "70000"])
    assert r.exit_code == 2


def test_serve_refuses_a_port_in_use(web_db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--port", str(port)])
    assert r.exit_code == 1
    assert f"cannot serve on 127.0.0.1:{port}" in r.output and "in use" in r.output


def test_serve_allows_loopback_and_the_names_given(web_db, monkeypatch):
    import uvicorn
    from fastapi.testclient import TestClient

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: served.update(app=web, **kw))
    port = _free_port()
    r = CliRunner().invoke(
        app, ["serve", "--db", str(web_db), "--port", str(port), "--allow-host", "box.lan"]
    )
    assert r.exit_code == 0, r.output
    assert served["host"] == "127.0.0.1" and served["port"] == port
    for base, status in [("http://127.0.0.1", 200), ("http://localhost", 200),
                         ("http://box.lan:8000", 200), ("http://evil.example", 400)]:  # fmt: skip
        assert TestClient(served["app"], base_url=base).get("/api/stats").status_code == status


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_says_when_a_store_predates_the_actor_index(tmp_path, monkeypatch):
    import duckdb
    import uvicorn

    import dyads.web
    from dyads.benchmarks import generate
    from dyads.store import Store

    real, apps = dyads.web.create_app, []

    def create_app(db, **kw):  # no model loading, no warm-up: what serve prints before uvicorn
        apps.append(real(db, allowed_hosts=kw["allowed_hosts"]))
        return apps[-1]

    monkeypatch.setattr(dyads.web, "create_app", create_app)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        st.write_many(generate(40))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])
    r = CliRunner().invoke(app, ["serve", "--db", str(path), "--port", port])
    assert r.exit_code == 0, r.output
    assert "serving" in r.output and "actor index" not in r.output
    apps.pop().state.store.close()
    con = duckdb.connect(str(path))  # as written before schema 10
    for stmt in ("ALTER TABLE events DROP COLUMN source_list_id",
                 "ALTER TABLE events DROP COLUMN target_list_id", "DROP TABLE actor_lists",
                 "DELETE FROM schema_version WHERE version >= 10"):  # fmt: skip
        con.execute(stmt)
    con.close()
    r = CliRunner().invoke(app, ["serve", "--db", str(path), "--port", port])
    assert r.exit_code == 0, r.output
    apps.pop().state.store.close()
    out = " ".join(r.output.split())  # (the console wraps lines at its width, wherever the path falls)
    assert "predates the actor index (schema 9)" in out and "dedup --db" in out
