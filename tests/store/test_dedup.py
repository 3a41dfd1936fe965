from __future__ import annotations

import datetime as dt

import pytest

from dyads.model import Actor, Place
from dyads.store import Store
from dyads.store.dedup import Cluster, DedupConfig, actor_key, assign, place_key

from .helpers import document

MOSUL = {"place": "Mosul"}


def _store(tmp_path, **cfg):
    return Store(tmp_path / "s.duckdb", dedup=DedupConfig(**cfg))


def _report(text, outlet, spec, published="2017-07-10"):
    return document(text, spec, published=published, url=f"https://{outlet}/story")


def test_same_event_from_three_outlets_merges_with_all_evidence(tmp_path):
    spec = [("IRQMIL", "ISIS", "ASSAULT", MOSUL)]
    with _store(tmp_path) as st:
        st.write(_report("Iraqi troops stormed Isis positions in Mosul.", "news-a.com", spec))
        st.write(
            _report(
                "The Iraqi army attacked Isis in Mosul on Monday.", "news-b.org", spec, "2017-07-11"
            )
        )
        st.write(
            _report("Mosul: Iraqi forces assault jihadists.", "news-c.net", spec, "2017-07-09")
        )
        evs = st.events()
        assert len(evs) == 1
        ev = evs[0]
        assert (ev["n_sources"], ev["n_outlets"], ev["n_mentions"]) == (3, 3, 3)
        srcs = st.sources(ev["id"])
        assert {s["outlet"] for s in srcs} == {"news-a.com", "news-b.org", "news-c.net"}
        assert {s["sentence"] for s in srcs} >= {"Mosul: Iraqi forces assault jihadists."}


@pytest.mark.parametrize(
    "other",
    [
        [("IRQMIL", "ISIS", "ASSAULT", {"place": "Raqqa"})],  # another place
        [("IRQMIL", "ISIS", "THREATEN", MOSUL)],  # another type
        [("ISIS", "IRQMIL", "ASSAULT", MOSUL)],  # the other direction
        [("USAMIL", "ISIS", "ASSAULT", MOSUL)],  # another source actor
        [("IRQMIL", "ISIS", "ASSAULT", {**MOSUL, "modality": "threatened"})],  # a threat
        [("IRQMIL", "ISIS", "ASSAULT", {**MOSUL, "date": "2017-07-20"})],  # ten days later
    ],
)
def test_distinct_events_stay_distinct(tmp_path, other):
    with _store(tmp_path) as st:
        st.write(
            _report(
                "Iraqi troops stormed Isis positions in Mosul.",
                "a.com",
                [("IRQMIL", "ISIS", "ASSAULT", MOSUL)],
            )
        )
        st.write(_report("A different report.", "b.com", other))
        assert st.count("events") == 2
        assert all(e["n_sources"] == 1 for e in st.events())


def test_window_is_configurable(tmp_path):
    spec1 = [("IRQMIL", "ISIS", "ASSAULT", {**MOSUL, "date": "2017-07-01"})]
    spec2 = [("IRQMIL", "ISIS", "ASSAULT", {**MOSUL, "date": "2017-07-05"})]
    for window, expected in ((2, 2), (4, 1), (None, 2)):
        path = tmp_path / f"w{window}"
        path.mkdir()
        with Store(path / "s.duckdb", dedup=DedupConfig(window_days=window)) as st:
            st.write(_report("First report of the assault.", "a.com", spec1))
            st.write(_report("Second report of the assault.", "b.com", spec2))
            assert st.count("events") == expected, window


def test_place_can_be_ignored(tmp_path):
    with _store(tmp_path, use_place=False) as st:
        st.write(_report("One.", "a.com", [("IRQMIL", "ISIS", "ASSAULT", MOSUL)]))
        st.write(_report("Two.", "b.com", [("IRQMIL", "ISIS", "ASSAULT")]))
        assert st.count("events") == 1


def test_caption_repeating_a_sentence_yields_one_event(tmp_path):
    sentence = "US jets bombed Isis in Raqqa."
    text = f"{sentence}\nOther news.\n{sentence}"
    spec = [
        ("USAMIL", "ISIS", "ASSAULT", {"place": "Raqqa", "sentence": sentence}),
        ("USAMIL", "ISIS", "ASSAULT", {"place": "Raqqa", "sentence": sentence}),
    ]
    with _store(tmp_path, window_days=None) as st:  # even with cross-document merging off
        st.write(_report(text, "a.com", spec))
        evs = st.events()
        assert len(evs) == 1
        assert (evs[0]["n_sources"], evs[0]["n_mentions"]) == (1, 2)


def test_event_without_any_date_merges_only_inside_its_document(tmp_path):
    spec = [("RUSGOV", "SYRGOV", "SUPPORT"), ("RUSGOV", "SYRGOV", "SUPPORT")]
    with _store(tmp_path) as st:
        st.write(_report("Moscow backs Assad. Moscow backs Assad.", "a.com", spec, published=None))
        st.write(_report("Russia supports the regime.", "b.com", spec[:1], published=None))
        assert st.count("events") == 2


def test_batching_does_not_change_the_merge(tmp_path):
    docs = [
        _report(
            f"Report {i} of the Mosul assault.",
            f"o{i}.com",
            [("IRQMIL", "ISIS", "ASSAULT", MOSUL)],
            f"2017-07-{10 + i:02d}",
        )
        for i in range(4)
    ]
    with Store(tmp_path / "one.duckdb") as a, Store(tmp_path / "many.duckdb") as b:
        a.write_many(docs)
        for d in docs:
            b.write(d)
        ka = sorted((e["n_sources"], str(e["day"])) for e in a.events())
        kb = sorted((e["n_sources"], str(e["day"])) for e in b.events())
        assert ka == kb
        # days 10..13 with a 2-day window: 10, 11, 12 join the first report; 13 is 3 days on
        assert ka == [(1, "2017-07-13"), (3, "2017-07-10")]


def test_keys():
    us = Actor(text="US", code="USAGOV")
    uk = Actor(text="Britain", code="GBRGOV")
    assert actor_key([us, uk]) == actor_key([uk, us]) == "gbrgov|usagov"
    assert actor_key([Actor(text="The Rebels")]) == "the rebels"
    assert place_key(Place(text="Mosul", start=0, end=5, geonameid=99072)) == "g99072"
    assert place_key(Place(text="Some Village", start=0, end=5)) == "some village"
    assert place_key(None) == ""


def test_assign_prefers_nearest_cluster():
    cfg = DedupConfig(window_days=3)
    existing = [
        Cluster("old1", "k", dt.date(2020, 1, 1), "d0"),
        Cluster("old2", "k", dt.date(2020, 1, 6), "d9"),
    ]
    out = assign(["n1"], ["k"], [dt.date(2020, 1, 4)], ["d1"], existing, cfg)
    assert out == {"n1": "old2"}
    out = assign(["n2"], ["other"], [dt.date(2020, 1, 4)], ["d1"], existing, cfg)
    assert out == {"n2": "n2"}
    # two new events of one batch, a day apart, merge with each other
    out = assign(
        ["a", "b"], ["z", "z"], [dt.date(2020, 1, 4), dt.date(2020, 1, 5)], ["d1", "d2"], [], cfg
    )
    assert out == {"a": "a", "b": "a"}


def test_negative_window_refused():
    with pytest.raises(ValueError, match="window"):
        DedupConfig(window_days=-1)


def test_remerge_under_another_rule_and_saved_rule(tmp_path):
    path = tmp_path / "r.duckdb"
    spec = [("IRQMIL", "ISIS", "ASSAULT", MOSUL)]
    days = ["2017-07-01", "2017-07-04", "2017-07-05"]
    docs = [_report(f"Report {i}.", f"o{i}.com", spec, d) for i, d in enumerate(days)]
    with Store(path) as st:  # default window 2: Jul 1 alone, Jul 4 + Jul 5 merge
        st.write_many(docs)
        assert sorted(e["n_sources"] for e in st.events()) == [1, 2]
        out = st.remerge(DedupConfig(window_days=5))
        assert out == {"before": 2, "after": 1, "reports": 3}
        (ev,) = st.events()
        assert (ev["n_sources"], ev["n_outlets"]) == (3, 3)
        assert {s["doc_id"] for s in st.sources(ev["id"])} == {d.id for d in docs}
        assert st.remerge(DedupConfig(window_days=None))["after"] == 3
        st.remerge(DedupConfig(window_days=4))
    with Store(path) as st:  # the rule is saved in the store and used by later writes
        assert st.dedup == DedupConfig(window_days=4)
        assert st.count("events") == 1
        st.write(
            _report("A late report.", "late.com", spec, "2017-07-04")
        )  # 3 days after the first
        assert st.count("events") == 1
        assert st.events()[0]["n_sources"] == 4


def test_remerge_is_stable_and_keeps_reports(tmp_path):
    from . import paraphrase_corpus

    docs, _ = paraphrase_corpus.build()
    with Store(tmp_path / "p.duckdb") as st:
        st.write_many(docs)
        before = sorted((e["merge_key"], e["n_sources"], str(e["day"])) for e in st.events())
        n_src = st.count("event_sources")
        st.remerge(DedupConfig())  # same rule: same events
        after = sorted((e["merge_key"], e["n_sources"], str(e["day"])) for e in st.events())
        assert after == before and st.count("event_sources") == n_src


def test_remerge_empty_store(tmp_path):
    with Store(tmp_path / "e.duckdb") as st:
        assert st.remerge(DedupConfig(window_days=1)) == {"before": 0, "after": 0, "reports": 0}
        assert st.saved_dedup() == DedupConfig(window_days=1)


def test_report_without_place_joins_the_one_place_that_fits(tmp_path):
    with _store(tmp_path) as st:
        st.write(
            _report("Jets hit Raqqa.", "a.com", [("USAMIL", "ISIS", "ASSAULT", {"place": "Raqqa"})])
        )
        st.write(_report("Jets hit Isis.", "b.com", [("USAMIL", "ISIS", "ASSAULT")]))
        assert st.count("events") == 1
        # once two places fit, a placeless report is ambiguous and stands alone
        st.write(_report("Jets hit Mosul.", "c.com", [("USAMIL", "ISIS", "ASSAULT", MOSUL)]))
        st.write(_report("More jets hit Isis.", "d.com", [("USAMIL", "ISIS", "ASSAULT")]))
        assert st.count("events") == 3
        assert sorted(e["n_sources"] for e in st.events()) == [1, 1, 2]


def test_place_must_match_when_not_optional(tmp_path):
    with _store(tmp_path, place_optional=False) as st:
        st.write(
            _report("Jets hit Raqqa.", "a.com", [("USAMIL", "ISIS", "ASSAULT", {"place": "Raqqa"})])
        )
        st.write(_report("Jets hit Isis.", "b.com", [("USAMIL", "ISIS", "ASSAULT")]))
        assert st.count("events") == 2


def test_country_level_actor_keys():
    gov = Actor(text="Moscow", code="RUSGOV", country="RUS", sector="GOV")
    mil = Actor(text="Russian jets", code="RUSMIL", country="RUS", sector="MIL")
    reb = Actor(text="rebels", code="SYRREB", country="SYR", sector="REB")
    assert actor_key([gov], "country") == actor_key([mil], "country") == "rus"
    assert actor_key([reb], "country") == "syrreb"
    assert actor_key([gov]) != actor_key([mil])
    with pytest.raises(ValueError, match="actor level"):
        DedupConfig(actor_level="planet")


def test_events_without_actors_merge_only_inside_their_document(tmp_path):
    def actorless(text, outlet, n):
        doc = _report(text, outlet, [("IRQMIL", "ISIS", "ASSAULT")] * n)
        for ev in doc.events:
            ev.source, ev.target = [], []
        return doc

    with _store(tmp_path) as st:
        st.write(actorless("Fighting erupted. Fighting erupted.", "a.com", 2))
        st.write(actorless("Fighting broke out.", "b.com", 1))
        assert sorted(e["n_mentions"] for e in st.events()) == [1, 2]
