"""Every JSON endpoint through HTTP, against a store coded in the test (see conftest)."""

from __future__ import annotations

import duckdb
import pytest

from dyads.store import Store, StoreError
from dyads.web import create_app


def _all_events(client) -> list[dict]:
    body = client.get("/api/events").json()
    assert body["total"] == len(body["events"])
    return body["events"]


def test_stats_match_the_store(client, web_db):
    with Store(web_db, read_only=True) as st:
        n_docs, n_events = st.count("documents"), st.count("events")
    s = client.get("/api/stats").json()
    assert (s["documents"], s["events"]) == (n_docs, n_events)
    assert n_docs == 3 and n_events >= 3
    assert sum(s["plover"].values()) == n_events
    assert sum(s["modality"].values()) == n_events


def test_events_carry_actors_place_date_modality_and_evidence(client):
    events = _all_events(client)
    days = [e["day"] for e in events]
    assert days == sorted(days)  # oldest first
    for e in events:
        assert e["plover"] and e["modality"] and e["trigger"]
        assert isinstance(e["source"], list) and isinstance(e["target"], list)
        ev = e["evidence"]
        assert ev["doc_id"] and ev["sentence"] == e["sentence"]
        assert e["trigger"].split()[0] in ev["sentence"]
    # the test texts hold an air strike with a place and a threat
    assert any(e["plover"] == "ASSAULT" and e["lat"] is not None for e in events)
    assert any(e["modality"] == "threatened" for e in events)


def test_evidence_offsets_point_into_the_document_text(client):
    for e in _all_events(client):
        ev = e["evidence"]
        doc = client.get(f"/api/documents/{ev['doc_id']}").json()
        assert doc["text"][ev["start"] : ev["end"]] == e["trigger"]
        assert any(s["start"] <= ev["start"] < s["end"] for s in doc["sentences"])


def test_events_filters(client):
    events = _all_events(client)
    assault = client.get("/api/events", params={"plover": "assault"}).json()
    assert assault["total"] == sum(e["plover"] == "ASSAULT" for e in events) > 0
    assert {e["plover"] for e in assault["events"]} == {"ASSAULT"}

    since = client.get("/api/events", params={"since": "2022-01-01"}).json()
    assert since["total"] == sum(e["day"] >= "2022-01-01" for e in events) > 0
    until = client.get("/api/events", params={"until": "2021-12-31"}).json()
    assert until["total"] + since["total"] == len(events)

    iran = client.get("/api/events", params={"actor": "IRN"}).json()["events"]
    assert iran and all("IRN" in {a.get("code") for a in e["source"] + e["target"]} for e in iran)
    by_name = client.get("/api/events", params={"actor": "iran"}).json()["events"]
    assert {e["id"] for e in by_name} >= {e["id"] for e in iran}

    one = client.get("/api/events", params={"limit": 1}).json()
    assert len(one["events"]) == 1 and one["total"] == len(events)


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"since": "last week"}, 400, "since must be a date"),
        ({"until": "2021-13-40"}, 400, "until must be a date"),
        ({"since": "2022-01-01", "until": "2021-01-01"}, 400, "is after until"),
        ({"plover": "BOMB"}, 400, "unknown PLOVER type 'BOMB'"),
        ({"limit": 0}, 422, "greater than or equal to 1"),
        ({"limit": "many"}, 422, "valid integer"),
    ],
)
def test_events_bad_parameters(client, params, status, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    assert words in str(r.json()["detail"])


def test_event_detail_has_its_sources(client, web_db):
    for e in _all_events(client):
        d = client.get(f"/api/events/{e['id']}").json()
        assert d["id"] == e["id"] and d["plover"] == e["plover"]
        assert len(d["sources"]) >= 1
        for s in d["sources"]:
            assert s["document"]["id"] == s["doc_id"]
            assert s["document"]["source"].startswith("test-")
            assert s["trigger"] in s["sentence"]


def test_unknown_ids_are_404(client):
    r = client.get("/api/events/no-such-event")
    assert r.status_code == 404 and "no event with id 'no-such-event'" in r.json()["detail"]
    r = client.get("/api/documents/deadbeef")
    assert r.status_code == 404 and "no document with id 'deadbeef'" in r.json()["detail"]


def test_places_have_coordinates_and_event_counts(client):
    events = _all_events(client)
    places = client.get("/api/places").json()["places"]
    assert places
    for p in places:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
    located = [e for e in events if e["lat"] is not None]
    assert sum(p["n_events"] for p in places) == len(located)
    for e in located:
        (p,) = [p for p in places if p["geonameid"] == e["place"]["geonameid"]]
        assert p["n_events"] == sum(
            x["place"] is not None and x["place"]["geonameid"] == p["geonameid"] for x in located
        )
    # a filter narrows the counts the same way as /api/events
    only = client.get("/api/places", params={"plover": "ASSAULT"}).json()["places"]
    assert sum(p["n_events"] for p in only) == sum(e["plover"] == "ASSAULT" for e in located)
    assert client.get("/api/places", params={"since": "soon"}).status_code == 400


def test_timeline_counts_dated_events_per_period(client):
    events = [e for e in _all_events(client) if e["day"]]
    years = client.get("/api/timeline", params={"by": "year"}).json()
    assert years["by"] == "year"
    assert {p["period"]: p["n"] for p in years["periods"]} == {
        y: sum(e["day"][:4] == y for e in events) for y in {e["day"][:4] for e in events}
    }
    for p in years["periods"]:
        assert p["n_coop"] + p["n_conflict"] <= p["n"]
    months = client.get("/api/timeline", params={"plover": "ASSAULT"}).json()["periods"]
    assert all(len(p["period"]) == 7 for p in months)
    assert sum(p["n"] for p in months) == sum(e["plover"] == "ASSAULT" for e in events)
    r = client.get("/api/timeline", params={"by": "century"})
    assert r.status_code == 400 and "unknown period 'century'" in r.json()["detail"]


def test_network_is_signed_dyads(client):
    body = client.get("/api/network", params={"period": "all", "level": "country"}).json()
    assert body["period"] == "all" and body["level"] == "country"
    dy = body["dyads"]
    assert dy, "the test texts hold coded source-target pairs"
    for d in dy:
        assert d["source"] != d["target"]
        assert d["sign"] == (d["weight"] > 0) - (d["weight"] < 0)
        assert d["n_events"] == d["n_coop"] + d["n_conflict"]
    assert any(d["sign"] < 0 for d in dy)
    monthly = client.get("/api/network").json()["dyads"]
    assert {d["period"] for d in monthly} <= {"2021-05", "2021-06", "2022-01"}
    big = client.get("/api/network", params={"min_events": 1000}).json()
    assert big["dyads"] == []


@pytest.mark.parametrize(
    ("params", "status"),
    [({"period": "decade"}, 400), ({"level": "planet"}, 400), ({"min_events": 0}, 422),
     ({"modality": "rumoured"}, 400), ({"since": "x"}, 400)],
)  # fmt: skip
def test_network_bad_parameters(client, params, status):
    r = client.get("/api/network", params=params)
    assert r.status_code == status
    assert r.json()["detail"]


def _blocs(client, **params):
    """/api/blocs once computed: 202 "computing" means ask again (each ask waits on the
    computation server-side for a moment: a state, not a delay, is waited on)."""
    while (r := client.get("/api/blocs", params=params)).status_code == 202:
        assert r.json()["state"] == "computing" and r.headers["retry-after"]
    return r


def test_blocs_partition_the_network_actors(client):
    b = _blocs(client, level="country").json()
    members = [a for x in b["blocs"] for a in x["actors"]]
    assert len(members) == len(set(members))
    dy = client.get(
        "/api/network",
        params={"period": "all", "level": "country",
                "modality": ["asserted", "threatened", "intended"]},
    ).json()["dyads"]  # fmt: skip
    assert set(members) == {d["source"] for d in dy} | {d["target"] for d in dy}
    assert b["frustration"] >= 0 and 0 <= b["balance"] <= 1
    assert client.get("/api/blocs", params={"level": "x"}).status_code == 400
    assert client.get("/api/blocs", params={"max_blocs": 0}).status_code == 422


def test_document_text_and_removed_spans(client):
    events = _all_events(client)
    ids = {e["evidence"]["doc_id"] for e in events}
    docs = [client.get(f"/api/documents/{i}").json() for i in ids]
    scraped = [d for d in docs if d["removed_spans"]]
    assert len(scraped) == 1, "only the scraped page had boilerplate"
    d = scraped[0]
    assert "Subscribe to our newsletter" not in d["text"]
    spans = {s["text"]: s["reason"] for s in d["removed_spans"]}
    assert "Subscribe to our newsletter" in spans
    assert all(reason for reason in spans.values())
    assert d["events"] and all(x["event_id"] for x in d["events"])


def test_page_and_static_files_need_nothing_external(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for name in ("/static/app.js", "/static/style.css"):
        r = client.get(name)
        assert r.status_code == 200 and name.rsplit("/")[-1] in page.text
        assert "http://" not in r.text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in r.text and "@import" not in r.text
    assert "https://" not in page.text and "http://" not in page.text
    # FastAPI's docs pages load from a CDN: not served; the schema is
    assert client.get("/docs").status_code == 404
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_read_only(client, web_db):
    before = web_db.stat().st_mtime_ns
    for path in ("/api/events", "/api/stats", "/api/places", "/api/blocs"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405
    for route in client.app.routes:
        # the one POST codes a pasted text and stores nothing (see test_code_...)
        allowed = {"POST"} if getattr(route, "path", "") == "/api/code" else {"GET", "HEAD"}
        assert getattr(route, "methods", {"GET"}) <= allowed
    assert client.get("/api/stats").status_code == 200
    assert web_db.stat().st_mtime_ns == before


def test_missing_or_corrupt_store_fails_at_startup(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        create_app(str(tmp_path / "absent.duckdb"))
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database\n")
    with pytest.raises(StoreError, match="cannot open store"):
        create_app(str(junk))
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a dyads store"):
        create_app(str(other))


def test_events_of_a_network_node_and_between_a_pair(client):
    dy = client.get("/api/network", params={"period": "all", "level": "country"}).json()
    assert dy["labels"]["EGYREB"] == "EGY · rebels" and dy["labels"]["SYR"] == "SYR"
    rus_syr = client.get("/api/events", params={"node": "RUS", "node2": "SYR"}).json()
    assert rus_syr["total"] >= 1
    for e in rus_syr["events"]:
        assert {a["country"] for a in e["source"]} == {"RUS"}
        assert {a["country"] for a in e["target"]} == {"SYR"}
    # either way round, and a pair with no event between them has none
    back = client.get("/api/events", params={"node": "SYR", "node2": "RUS"}).json()
    assert [e["id"] for e in back["events"]] == [e["id"] for e in rus_syr["events"]]
    assert client.get("/api/events", params={"node": "ISR", "node2": "RUS"}).json()["total"] == 0
    # a node's events: every event naming it on either side
    syr = client.get("/api/events", params={"node": "SYR"}).json()["events"]
    assert {e["id"] for e in syr} >= {e["id"] for e in rus_syr["events"]}
    # at the country level non-state sectors stay apart: EGY's army is EGY, its rebels EGYREB
    egy = client.get("/api/events", params={"node": "EGYREB"}).json()["events"]
    assert egy and all(any(a["sector"] == "REB" for a in e["target"]) for e in egy)
    sector = client.get("/api/events", params={"node": "RUSMIL", "level": "sector"}).json()
    assert sector["total"] == rus_syr["total"]
    # an event with two source actors (read from its JSON list, not the flat columns)
    kor = client.get("/api/events", params={"node": "KOR"}).json()["events"]
    assert any(len(e["source"]) == 2 for e in kor)
    assert all("KOR" in {a["country"] for a in e["source"] + e["target"]} for e in kor)
    assert client.get("/api/events", params={"node2": "RUS"}).status_code == 400
    assert client.get("/api/places", params={"node": "RUS", "level": "x"}).status_code == 400


def test_actors_and_dates_are_labelled_for_people(client):
    events = _all_events(client)
    (strike,) = [e for e in events if e["trigger"] == "bombed"]
    assert strike["source_label"] == "RUS · military (warplanes)"
    assert strike["source"][0]["label"] == "RUS · military (warplanes)"
    assert strike["target_label"] == "SYR"
    for e in events:
        if e["date_precision"] == "day":
            assert e["date_label"] == e["date"]
        if e["date_precision"] == "publication":
            assert e["date_label"] == f"{e['day']} (published)"


@pytest.mark.parametrize(
    ("date", "precision", "label"),
    [("1998-01-01", "year", "1998"), ("1998", "year", "1998"), ("2010-06-01", "month", "2010-06"),
     ("2010-06", "month", "2010-06"), ("2011-03-04", "day", "2011-03-04"), (None, None, "undated")],
)  # fmt: skip
def test_dates_at_their_precision(date, precision, label):
    from dyads.web.labels import date_label

    assert date_label(date, precision) == label


def test_actor_labels():
    from dyads.web.labels import actor_label

    sf = {"code": "USAMIL", "country": "USA", "sector": "MIL", "name": "special forces"}
    assert actor_label(sf) == "USA · military (special forces)"
    assert actor_label(
        {"code": "USAMIL", "country": "USA", "sector": "MIL", "name": "military"}
    ) == ("USA · military")
    assert (
        actor_label({"code": "IRN", "country": "IRN", "kind": "country", "name": "Iran"}) == "IRN"
    )
    wagner = {"code": "RUSMILWAG", "country": "RUS", "sector": "MIL", "kind": "group",
              "name": "Wagner Group"}  # fmt: skip
    assert actor_label(wagner) == "Wagner Group · RUS"


def test_places_carry_quad_classes_and_country_shading(client):
    places = {p["name"]: p for p in client.get("/api/places").json()["places"]}
    aleppo = places["Aleppo"]
    assert (aleppo["country"], aleppo["country_id"], aleppo["country_level"]) == (
        "SYR",
        "760",
        False,
    )
    assert aleppo["n_q4"] == aleppo["n_events"] == 1
    for p in places.values():
        assert p["n_q1"] + p["n_q2"] + p["n_q3"] + p["n_q4"] <= p["n_events"]
    # a country named as a place is country-level (the page shades it, no dot)
    assert places["Iran"]["country_level"] and places["Iran"]["country_id"] == "364"


def test_borders_are_shipped_natural_earth(client):
    topo = client.get("/static/countries-110m.json").json()
    assert topo["type"] == "Topology"
    ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert {"760", "368", "364", "410"} <= ids  # Syria, Iraq, Iran, South Korea


def test_code_a_pasted_text_returns_its_events_without_storing(client, web_db):
    from dyads.nlp import get_nlp

    before = web_db.stat().st_mtime_ns
    n_stored = client.get("/api/stats").json()["events"]
    text = "Iraqi forces retook Mosul from Isis on Monday. Turkey condemned the attack."
    r = client.post("/api/code", json={"text": text, "published": "2017-07-10"})
    assert r.status_code == 200
    body = r.json()
    assert body["n_events"] == len(body["events"]) >= 1
    retook = next(e for e in body["events"] if e["trigger"] == "retook")
    assert retook["plover"] == "ASSAULT" and retook["source_label"].startswith("IRQ · military")
    ev = retook["evidence"]
    assert body["text"][ev["start"] : ev["end"]] == "retook"
    assert retook["date_label"] == "2017-07-10"
    # HTML as the body; the pipeline is loaded once for the process
    loads = get_nlp.cache_info().misses
    page = b"<html><body><p>Israel struck Hamas targets in Gaza on Tuesday.</p></body></html>"
    r = client.post("/api/code", content=page, headers={"content-type": "text/html"})
    assert r.status_code == 200 and r.json()["events"]
    assert get_nlp.cache_info().misses == loads <= 1
    # nothing was written
    assert client.get("/api/stats").json()["events"] == n_stored
    assert web_db.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"json": {"text": "  "}}, 400, "the text is empty"),
        ({"json": {"body": "x"}}, 400, "text required"),
        ({"json": {"text": "x", "published": "soon"}}, 400, "published must be a date"),
        ({"content": b"{", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
        ({"content": b"\xff\xfe", "headers": {"content-type": "text/plain"}}, 400, "not UTF-8"),
        ({"content": b"GIF89a", "headers": {"content-type": "image/gif"}}, 415, "unsupported"),
        ({"content": b"x" * 2_000_001, "headers": {"content-type": "text/plain"}}, 413,
         "at most 2000000"),
    ],
)  # fmt: skip
def test_code_refuses_bad_bodies_clearly(client, kwargs, status, words):
    r = client.post("/api/code", **kwargs)
    assert r.status_code == status
    assert words in r.json()["detail"]


def test_openapi_documents_the_choices(client):
    paths = client.get("/openapi.json").json()["paths"]

    def param(path, name, method="get"):
        (p,) = [p for p in paths[path][method]["parameters"] if p["name"] == name]
        return p["schema"]

    assert param("/api/network", "period")["enum"] == ["week", "month", "year", "all"]
    assert param("/api/network", "level")["enum"] == ["code", "sector", "country"]
    assert "asserted" in param("/api/network", "modality")["items"]["enum"]
    assert param("/api/timeline", "by")["enum"] == ["day", "month", "year"]
    # the shared event filter is documented on each endpoint that takes it
    for path in ("/api/events", "/api/places", "/api/timeline"):
        names = {p["name"] for p in paths[path]["get"]["parameters"]}
        assert {"since", "until", "plover", "actor", "node", "node2", "level"} <= names
    assert "post" in paths["/api/code"]


def test_code_reports_a_missing_pipeline_as_503(client, monkeypatch):
    import dyads.pipeline
    from dyads.errors import DyadsError

    def no_model(*args, **kwargs):
        raise DyadsError("no English spaCy pipeline installed")

    monkeypatch.setattr(dyads.pipeline, "code", no_model)
    r = client.post("/api/code", json={"text": "Iran threatened Israel."})
    assert r.status_code == 503
    assert r.json()["detail"] == "cannot code: no English spaCy pipeline installed"


def _form(parts: list[tuple[str, str | None, bytes, str | None]], boundary: str = "b0und4ry"):
    """A multipart/form-data body as a browser sends it: (name, filename, data, type)."""
    out = b""
    for name, filename, data, kind in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if kind:
            out += f"Content-Type: {kind}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_an_upload_is_read_exactly():
    from dyads.web.coding import parse_body

    text = "Première ligne.\r\nSecond line, ends without newline"
    body, kind = _form([("published", None, b"2017-07-10", None),
                        ("file", "a.txt", text.encode(), "text/plain")])  # fmt: skip
    assert parse_body(body, kind) == (text, "2017-07-10")
    html = b"<html><body><p>Israel struck Gaza.</p></body></html>\n"
    body, kind = _form([("upload", "page.html", html, "text/html")])  # any file part
    assert parse_body(body, kind) == (html.decode(), None)


@pytest.mark.parametrize(
    ("parts", "kind", "words"),
    [
        ([("published", None, b"2017-07-10", None)], None, "no file in the upload"),
        ([("file", "x.txt", b"\xff\xfe\x00", "text/plain")], None, "not UTF-8"),
        ([("file", "x.txt", b"text", None)], "multipart/form-data", "without a boundary"),
    ],
)
def test_a_bad_upload_is_refused_clearly(parts, kind, words):
    from dyads.web.coding import CodeError, parse_body

    body, good_kind = _form(parts)
    with pytest.raises(CodeError, match=words) as err:
        parse_body(body, kind or good_kind)
    assert err.value.status == 400


def test_code_an_uploaded_file(client):
    text = b"Iraqi forces retook Mosul from Isis on Monday."
    body, kind = _form([("file", "mosul.txt", text, "text/plain"),
                        ("published", None, b"2017-07-10", None)])  # fmt: skip
    r = client.post("/api/code", content=body, headers={"content-type": kind})
    assert r.status_code == 200
    retook = next(e for e in r.json()["events"] if e["trigger"] == "retook")
    assert retook["date_label"] == "2017-07-10"
    big, kind = _form([("file", "big.txt", b"x" * 2_000_001, "text/plain")])
    r = client.post("/api/code", content=big, headers={"content-type": kind})
    assert r.status_code == 413 and "at most 2000000" in r.json()["detail"]
    no_file, kind = _form([("published", None, b"2017-07-10", None)])
    r = client.post("/api/code", content=no_file, headers={"content-type": kind})
    assert r.status_code == 400 and "no file" in r.json()["detail"]


def test_answers_are_encoded_as_fastapi_would(client, web_db):
    """The list, places, event and document answers skip ``jsonable_encoder`` (slow on
    1,000 events) and must still be the bytes FastAPI's JSONResponse would send."""
    import datetime as dt

    from fastapi.encoders import jsonable_encoder
    from fastapi.responses import JSONResponse

    from dyads.web import queries
    from dyads.web.deps import EventFilter

    def fastapi_bytes(value) -> bytes:
        return JSONResponse(jsonable_encoder(value)).body

    with Store(web_db, read_only=True) as st:
        total, found = queries.events(st, EventFilter(), 500)
        ev = found[0]
        expected = {
            "/api/events": {"total": total, "limit": 500, "events": found},
            "/api/places": {"places": queries.places(st, EventFilter())},
            f"/api/events/{ev['id']}": queries.event(st, ev["id"]),
            f"/api/documents/{ev['evidence']['doc_id']}": queries.document(
                st, ev["evidence"]["doc_id"]
            ),
        }
    for url, value in expected.items():
        r = client.get(url)
        assert r.headers["content-type"] == "application/json"
        assert r.content == fastapi_bytes(value), url
    assert isinstance(found[0]["day"], dt.date)  # a date was among what was encoded
