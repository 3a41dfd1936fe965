"""The actor filter's index (schema 10, ``actor_lists``): a filtered list, map and timeline
read through it are the ones the old scan of every event's actor lists gives, for terms in
any case, partial names, codes, countries and JSON punctuation; on a store written before
the index (read-only: the scan; opened for writing: migrated) and after a re-merge."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from dyads.benchmarks import generate
from dyads.model import Actor
from dyads.store import Store, schema
from dyads.store import queries as sq
from dyads.store.columns import ACTOR_LIST_COLS
from dyads.store.dedup import DedupConfig
from dyads.store.filters import EventFilter

from .helpers import ACTORS, document

TURKEY = Actor(text="Ankara", name="Türkiye government", code="TURGOV", country="TUR",
               sector="GOV", kind="country")  # fmt: skip
ISTANBUL = Actor(text="the İstanbul governor", name="İstanbul governor", code="TURGOV",
                 country="TUR", sector="GOV", kind="person")  # fmt: skip

TERMS = (
    "syr", "SYR", "Syr", "syrian", "Syrian Democratic", "assad", "rEgImE", "kur", "usa",
    "gov", "isis", "islamic st", "türk", "TÜRKIYE", "i̇stanbul", "istanbul", "x", "code",
    "[", '"', "null", "zzz-none", " ",
)  # fmt: skip


def _documents() -> list:
    docs = [
        document("US troops struck Mosul.", [("USAMIL", "ISIS", "ASSAULT", {"place": "Mosul"})]),
        document(
            "The Assad regime and Moscow hit Raqqa; the SDF accused Tehran.",
            [
                ("SYRGOV", "SYRREB", "ASSAULT", {"place": "Raqqa", "date": "2017-06-30"}),
                ("SYRREB", "IRNGOV", "ACCUSE", {"date": "2017-07-02"}),
                ("RUSMIL", "ISIS", "ASSAULT", {"place": "Damascus"}),
            ],
            published="2017-07-03",
        ),
        document("Riyadh and Doha cooperate.", [("SAUGOV", "QATGOV", "COOPERATE")], published="2016-01-05"),
        document("Ankara threatened Baghdad.", [("IRQGOV", "IRQMIL", "THREATEN")], published="2018-02-01"),
    ]
    # several actors on one side, non-ASCII names, an empty target list
    ev = docs[1].events[0]
    docs[1].events[0] = dataclasses.replace(ev, source=[ev.source[0], ACTORS["RUSGOV"]])
    ev = docs[3].events[0]
    docs[3].events[0] = dataclasses.replace(ev, source=[TURKEY, ISTANBUL])
    ev = docs[2].events[0]
    docs[2].events[0] = dataclasses.replace(ev, target=[])
    return [*docs, *generate(400, seed=7)]


def _answers(st: Store, indexed: bool) -> dict:
    st.actor_lists = indexed
    out = {}
    for term in TERMS:
        for extra in ({}, {"plover": "ASSAULT"}, {"since": "2016-01-01", "until": "2017-07-02"},
                      {"node": "SYR", "level": "country"}):  # fmt: skip
            flt = EventFilter(actor=term, **extra)
            key = (term, tuple(sorted(extra.items())))
            total, found = sq.events(st, flt, limit=50)
            out[key] = (
                (total, [{k: v for k, v in e.items() if k not in ACTOR_LIST_COLS} for e in found]),
                sq.places(st, flt),
                sq.timeline(st, "day", flt),
            )
    return out


def _check_equal(st: Store) -> None:
    scan, indexed = _answers(st, False), _answers(st, True)
    assert indexed == scan
    # the terms were not all trivial: some find events, some find none, totals differ
    totals = {k[0]: v[0][0] for k, v in scan.items() if not k[1]}
    assert totals["zzz-none"] == 0 and totals["code"] == totals["["] > totals["syr"] > 0
    assert 0 < totals["türk"] == totals["TÜRKIYE"] < totals["syr"]
    assert totals["Syr"] == totals["syr"] and totals["rEgImE"] == totals["assad"] > 0


def _index_is_whole(st: Store) -> None:
    con = st.connection
    for side in ("source", "target"):
        wrong = con.execute(
            f"""SELECT count(*) FROM events e LEFT JOIN actor_lists a ON a.id = e.{side}_list_id
                WHERE a.text IS DISTINCT FROM lower(CAST(e.{side} AS VARCHAR))"""
        ).fetchall()[0][0]
        assert wrong == 0
    texts = con.execute("SELECT count(*), count(DISTINCT text) FROM actor_lists").fetchall()[0]
    used = con.execute(
        "SELECT count(DISTINCT t) FROM (SELECT source_list_id t FROM events "
        "UNION ALL SELECT target_list_id FROM events) WHERE t IS NOT NULL"
    ).fetchall()[0][0]
    assert texts == (used, used)


def _write(path) -> None:
    docs = _documents()
    with Store(path) as st:
        st.write_many(docs[:3])  # several writes: lists added to the index as they come
        st.write_many(docs[3:200])
        st.write_many(docs[200:])


def _as_schema_9(path) -> None:
    """The store as dyads wrote it before the index (schema 9)."""
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE events DROP COLUMN source_list_id")
    con.execute("ALTER TABLE events DROP COLUMN target_list_id")
    con.execute("DROP TABLE actor_lists")
    con.execute("DELETE FROM schema_version WHERE version >= 10")
    con.close()


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "s.duckdb"
    _write(path)
    return path


def test_filtered_answers_through_the_index_equal_the_scan(store_path):
    with Store(store_path, read_only=True) as st:
        assert st.actor_lists and st.version == schema.LATEST
        _index_is_whole(st)
        _check_equal(st)


def test_an_old_store_read_only_scans_and_migrated_uses_the_index(store_path):
    with Store(store_path, read_only=True) as st:
        expected = _answers(st, True)
    _as_schema_9(store_path)
    with Store(store_path, read_only=True) as st:
        assert st.version == 9 and not st.actor_lists
        assert _answers(st, False) == expected  # the scan, as before the index
    with Store(store_path) as st:  # opened for writing: migration 10 builds the index
        assert st.actor_lists and st.version == schema.LATEST
    with Store(store_path, read_only=True) as st:
        _index_is_whole(st)
        assert _answers(st, True) == expected


def test_the_index_follows_a_remerge_and_new_writes(store_path):
    with Store(store_path) as st:
        st.remerge(DedupConfig(window_days=None))
        _index_is_whole(st)
        _check_equal(st)
        st.write_many(generate(100, seed=99))
        _index_is_whole(st)
        _check_equal(st)
