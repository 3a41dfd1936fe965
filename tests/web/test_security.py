"""The app stays local: Host allow-list, security headers, no local paths in answers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dyads.web import create_app
from dyads.web.security import CSP, public_path


@pytest.mark.parametrize("path", ["/", "/api/stats", "/static/app.js", "/api/events/none"])
def test_security_headers_on_every_answer(client, path):
    r = client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "http://localhost", "http://[::1]:8000"])
def test_loopback_names_are_answered(web_db, base):
    c = TestClient(create_app(str(web_db)), base_url=base)
    assert c.get("/api/stats").status_code == 200


def test_other_host_names_are_refused_unless_allowed(web_db):
    # a rebound DNS name pointing at 127.0.0.1 must not read the store
    c = TestClient(create_app(str(web_db)), base_url="http://evil.example:8000")
    r = c.get("/api/events")
    assert r.status_code == 400
    assert r.json()["detail"] == (
        "host 'evil.example' is not allowed; start dyads serve with --allow-host "
        "evil.example to serve it under that name"
    )
    assert r.headers["x-frame-options"] == "DENY"
    assert c.post("/api/code", json={"text": "x"}).status_code == 400
    allowed = TestClient(
        create_app(str(web_db), allowed_hosts=["127.0.0.1", "evil.example"]),
        base_url="http://evil.example:8000",
    )
    assert allowed.get("/api/stats").status_code == 200
    anyone = TestClient(create_app(str(web_db), allowed_hosts=["*"]), base_url="http://x.y")
    assert anyone.get("/api/stats").status_code == 200


@pytest.mark.parametrize(
    ("value", "shown"),
    [("/home/alice/news/a.html", "a.html"), ("file:///home/alice/b.txt", "b.txt"),
     ("C:\\Users\\alice\\c.htm", "c.htm"), ("https://example.org/x", "https://example.org/x"),
     ("test-1", "test-1"), (None, None)],
)  # fmt: skip
def test_public_path(value, shown):
    assert public_path(value) == shown


def test_no_local_paths_in_answers(tmp_path, nlp):
    import dyads
    from dyads.store import Store

    db = tmp_path / "paths.duckdb"
    secret = str(tmp_path / "alice" / "news" / "strike.html")
    with Store(db) as st:
        st.write(dyads.code("Russian warplanes bombed Aleppo.", published="2021-06-14"),
                 source=secret)  # fmt: skip
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    events = c.get("/api/events").json()["events"]
    assert events
    answers = [c.get("/openapi.json").text, c.get("/api/events").text]
    for e in events:
        answers.append(c.get(f"/api/events/{e['id']}").text)
        doc = c.get(f"/api/documents/{e['evidence']['doc_id']}")
        assert doc.json()["source"] == "strike.html"
        answers.append(doc.text)
    for text in answers:
        assert str(tmp_path) not in text and "/alice/" not in text
