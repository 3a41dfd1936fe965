from __future__ import annotations

import duckdb
import pytest

from dyads.model import CodedDocument
from dyads.store import Store, StoreError, schema

from .helpers import document


def _doc(text="The Iraqi army fought Isis in Mosul.", **kw):
    return document(
        text,
        [("IRQMIL", "ISIS", "COERCE", {"place": "Mosul"}), ("USAGOV", "IRQMIL", "SUPPORT")],
        url="https://www.example.org/news/1",
        **kw,
    )


def test_creates_schema_and_records_version(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        assert st.version == schema.LATEST
        tables = {
            r[0]
            for r in st.connection.execute(
                "SELECT table_name FROM information_schema.tables"
            ).fetchall()
        }
    for t in (
        "documents",
        "removed_spans",
        "sentences",
        "mentions",
        "actors",
        "learned_actors",
        "events",
        "event_sources",
        "places",
    ):
        assert t in tables


def test_write_then_read_back(tmp_path):
    coded = _doc()
    with Store(tmp_path / "s.duckdb") as st:
        assert not st.has_document(coded.id)
        assert st.write(coded, source="file.txt") is True
        assert st.has_document(coded.id)
        evs = st.events()
        assert len(evs) == 2
        coerce = next(e for e in evs if e["plover"] == "COERCE")
        assert coerce["source_code"] == "IRQMIL" and coerce["target_code"] == "IMGMUSISI"
        assert coerce["source"][0]["name"] == "Iraqi army"
        assert coerce["place_name"] == "Mosul" and coerce["geonameid"] == 99072
        assert str(coerce["day"]) == "2017-07-01"  # publication date stands in
        assert coerce["n_sources"] == 1
        src = st.sources(coerce["id"])
        assert src[0]["outlet"] == "example.org" and src[0]["doc_id"] == coded.id
        assert st.count("removed_spans") == 1
        assert st.count("places") == 1
        assert st.count("sentences") == 2
        assert st.count("actors") >= 3
        doc = st.documents()[0]
        assert doc["source"] == "file.txt" and doc["author"] == "A. Writer"


def test_write_is_idempotent(tmp_path):
    coded = _doc()
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        assert st.write(coded)
        assert st.write(coded) is False
        assert st.write_many([coded, coded]) == 0
    with Store(path) as st:  # a second run on the same input
        assert st.write(coded) is False
        assert st.count("documents") == 1
        assert st.count("events") == 2
        assert st.count("event_sources") == 2


def test_bad_input_loses_nothing(tmp_path):
    good = _doc()
    with Store(tmp_path / "s.duckdb") as st:
        st.write(good)
        other = _doc("Russian jets struck rebels near Damascus.")
        with pytest.raises(StoreError, match="CodedDocument"):
            st.write_many([other, "not a document"])  # type: ignore[list-item]
        broken = _doc("A third article about Raqqa.")
        broken.events[0].evidence = ("x", "y")  # type: ignore[assignment]  # not offsets
        with pytest.raises(StoreError):
            st.write(broken)
        assert st.count("documents") == 1
        assert st.count("events") == 2
        assert not st.has_document(broken.id)
        assert st.write(other)  # the store still works after the failure


def test_empty_document_id_refused(tmp_path):
    c = _doc()
    bad = CodedDocument(id="", article=c.article)
    with Store(tmp_path / "s.duckdb") as st, pytest.raises(StoreError, match="without an id"):
        st.write(bad)


def test_read_only_refuses_writes(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        st.write(_doc())
    with Store(path, read_only=True) as st:
        assert st.query("SELECT count(*) FROM events")[1] == [(2,)]
        with pytest.raises(StoreError, match="read-only"):
            st.query("DELETE FROM events")
        with pytest.raises(StoreError, match="read-only"):
            st.write(_doc("Another story."))


def test_read_only_missing_or_foreign_file(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).close()
    with pytest.raises(StoreError, match="not a dyads store"):
        Store(foreign, read_only=True)


def test_migrations_upgrade_old_store_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert schema.migrate(con, upto=1) == [1]
    con.execute("INSERT INTO documents (id, text) VALUES ('old', 'kept text')")
    con.close()
    with Store(path) as st:
        assert st.version == schema.LATEST
        versions = [
            r[0]
            for r in st.connection.execute(
                "SELECT version FROM schema_version ORDER BY 1"
            ).fetchall()
        ]
        assert versions == [m.version for m in schema.MIGRATIONS]
        assert st.has_document("old")
        assert st.query("SELECT count(*) FROM dyads")[1] == [(0,)]  # view from migration 2
    with Store(path) as st:  # reopening applies nothing twice
        assert schema.migrate(st.connection) == []


def test_learned_actors_table_is_plain_sql(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.connection.execute(
            "INSERT INTO learned_actors (alias, name, code, country, sector, descriptor, doc_id, date, origin)"
            " VALUES ('sdf', 'Syrian Democratic Forces', 'SYRREB', 'SYR', 'REB', 'Kurdish-led militia', 'd1', '2017-07-01', 'learned')"
        )
        row = st.connection.execute(
            "SELECT name, origin, created_at IS NOT NULL FROM learned_actors"
        ).fetchall()[0]
        assert row == ("Syrian Democratic Forces", "learned", True)
        with pytest.raises(duckdb.Error):
            st.connection.execute(
                "INSERT INTO learned_actors (alias, origin) VALUES ('x', 'guessed')"
            )


def test_reports_stored_before_schema_5_are_backfilled(tmp_path):
    from dyads.store.dedup import DedupConfig

    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    schema.migrate(con, upto=4)
    con.execute("INSERT INTO documents (id, text, published) VALUES ('d1', 'x', '2017-07-01')")
    con.execute(
        "INSERT INTO events (id, doc_id, plover, quad_class, goldstein, modality, day, source, target,"
        " source_code, target_code, merge_key, n_sources, n_outlets, n_mentions) VALUES"
        " ('d1-e0', 'd1', 'ASSAULT', 4, -10, 'asserted', DATE '2017-07-01',"
        " '[{\"code\": \"IRQMIL\"}]', '[{\"code\": \"IMGMUSISI\"}]', 'IRQMIL', 'IMGMUSISI', 'k', 1, 1, 1)"
    )
    con.execute(
        "INSERT INTO event_sources (event_id, raw_event_id, doc_id, outlet) VALUES ('d1-e0', 'd1-e0', 'd1', 'a.com')"
    )
    con.close()
    with Store(path) as st:
        assert st.version == schema.LATEST
        (src,) = st.sources("d1-e0")
        assert (src["plover"], src["seq"], str(src["day"])) == ("ASSAULT", 1, "2017-07-01")
        assert src["source"] == [{"code": "IRQMIL"}]
        assert st.remerge(DedupConfig())["after"] == 1
        (ev,) = st.events()
        assert (ev["plover"], ev["source_code"], ev["goldstein"]) == ("ASSAULT", "IRQMIL", -10.0)


def test_store_in_use_by_another_process(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    with Store(path):
        code = "from dyads.store import Store\nimport sys\nStore(sys.argv[1], read_only=True)"
        res = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True
        )
    assert res.returncode != 0
    assert "in use by another process" in res.stderr


def test_place_without_usable_coordinates_is_stored(tmp_path):
    coded = _doc()
    place = coded.events[0].place
    coded.events[0].place = type(place)(
        **{**place.__dict__, "lat": float("nan"), "lon": float("nan")}
    )
    with Store(tmp_path / "nan.duckdb") as st:
        assert st.write(coded)
        ev = next(e for e in st.events() if e["plover"] == "COERCE")
        assert ev["lat"] is None and ev["place"]["lat"] is None and ev["place_name"] == "Mosul"


def test_records_with_the_same_ids_from_two_files_are_both_stored(tmp_path):
    from dyads.model import Article

    def record(rid, text):
        coded = _doc(text)
        coded.id = rid
        coded.article = Article(doc_id=rid, text=text, published="2017-07-01")
        return coded

    first = [record("1", "The Iraqi army fought Isis."), record("2", "Moscow backed Damascus.")]
    second = [record("1", "A different first record."), record("2", "Moscow backed Damascus.")]
    with Store(tmp_path / "rec.duckdb") as st:
        assert st.write_many(first) == 2
        assert st.write_many(second) == 1  # record 2 is the same record: stored already
        assert st.write_many(first) == 0
        assert st.count("documents") == 3
        assert st.has_document(first[0]) and st.has_document(second[0])
        assert st.has_document("1") and not st.has_document("3")
        ids = {d["record_id"] for d in st.documents()}
        assert ids == {"1", "2"}
        assert all(len(d["id"]) == 16 for d in st.documents())
        assert len(st.events(doc_id="2")) == 2
