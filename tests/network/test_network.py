from __future__ import annotations

import json

import networkx as nx
import pytest
from tests.store.helpers import document

from dyads.network import dyad_table, graph, graphs_by_period, signed_undirected, write_graph
from dyads.store import Store


@pytest.fixture
def store(tmp_path):
    docs = [
        document("June report.", [
            ("USAGOV", "IRQMIL", "SUPPORT", {"date": "2017-06-02"}),
            ("USAMIL", "IRQMIL", "AID", {"date": "2017-06-03"}),
            ("IRQMIL", "ISIS", "ASSAULT", {"date": "2017-06-05", "place": "Mosul"}),
            ("USAGOV", "SYRGOV", "THREATEN", {"date": "2017-06-27", "modality": "threatened"}),
        ], url="https://a.example/1"),
        document("July report.", [
            ("IRQMIL", "ISIS", "ASSAULT", {"date": "2017-07-10", "place": "Mosul"}),
            ("IRQMIL", "ISIS", "COERCE", {"date": "2017-07-11", "place": "Mosul"}),
            ("RUSGOV", "SYRGOV", "AID", {"date": "2017-07-12"}),
            ("SYRREB", "ISIS", "COERCE", {"date": "2017-07-14", "place": "Raqqa"}),
        ], url="https://b.example/2"),
    ]  # fmt: skip
    with Store(tmp_path / "n.duckdb") as st:
        st.write_many(docs)
        yield st


def _edge(df, s, t, period=None):
    rows = df[(df.source == s) & (df.target == t)]
    if period:
        rows = rows[rows.period == period]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_monthly_signed_dyads(store):
    df = dyad_table(store.connection, period="month", level="code")
    assert set(df.period) == {"2017-06", "2017-07"}
    june = _edge(df, "IRQMIL", "IMGMUSISI", "2017-06")
    assert (june.n_events, june.n_conflict, june.weight, june.sign) == (1, 1, -10.0, -1)
    july = _edge(df, "IRQMIL", "IMGMUSISI", "2017-07")
    assert (july.n_events, july.weight) == (2, -20.0)
    assert _edge(df, "USAGOV", "IRQMIL").sign == 1
    # the threat is not asserted: it does not count as a hostile tie by default
    assert df[(df.source == "USAGOV") & (df.target == "SYRGOV")].empty


def test_modalities_can_be_included(store):
    df = dyad_table(store.connection, period="all", modalities=("asserted", "threatened"))
    assert _edge(df, "USAGOV", "SYRGOV").weight == -7.0


def test_levels_aggregate_actors(store):
    sector = dyad_table(store.connection, period="all", level="sector")
    assert _edge(sector, "SYRREB", "IMGMUSISI").n_events == 1  # SYRREBKUR -> SYRREB
    country = dyad_table(store.connection, period="all", level="country")
    usa_irq = _edge(country, "USA", "IRQ")  # USAGOV + USAMIL -> USA
    assert (usa_irq.n_events, usa_irq.weight) == (2, pytest.approx(3.4 + 7.0))
    # rebels keep their sector: never merged with the state they fight
    assert "SYRREB" in set(country.source) and "SYR" in set(country.target)


def test_filters(store):
    df = dyad_table(store.connection, period="month", since="2017-07-01", min_events=2)
    assert list(zip(df.source, df.target, df.n_events, strict=True)) == [("IRQMIL", "IMGMUSISI", 2)]
    assert dyad_table(store.connection, period="year").period.unique().tolist() == ["2017"]
    weeks = set(dyad_table(store.connection, period="week").period)
    assert weeks == {"2017-W22", "2017-W23", "2017-W28"}  # Jun 2-3, Jun 5, Jul 10-14
    with pytest.raises(ValueError, match="period"):
        dyad_table(store.connection, period="fortnight")
    with pytest.raises(ValueError, match="level"):
        dyad_table(store.connection, level="planet")


def test_graphs_and_files(store, tmp_path):
    df = dyad_table(store.connection, period="month", level="sector")
    per = graphs_by_period(df)
    assert set(per) == {"2017-06", "2017-07"}
    G = graph(df)  # all periods summed
    assert G["IRQMIL"]["IMGMUSISI"]["n_events"] == 3
    assert G["IRQMIL"]["IMGMUSISI"]["sign"] == -1
    U = signed_undirected(G)
    assert not U.is_directed() and U["IMGMUSISI"]["IRQMIL"]["weight"] == -30.0
    for fmt in ("graphml", "gexf", "json"):
        path = write_graph(G, tmp_path / f"g.{fmt}")
        if fmt == "graphml":
            H = nx.read_graphml(path)
        elif fmt == "gexf":
            H = nx.read_gexf(path)
        else:
            H = nx.node_link_graph(json.loads(path.read_text()), edges="links")
        assert H.number_of_edges() == G.number_of_edges()
        assert float(H["USAGOV"]["IRQMIL"]["weight"]) == pytest.approx(3.4)
    with pytest.raises(ValueError, match="graph format"):
        write_graph(G, tmp_path / "g.png")


def test_multi_actor_events_make_every_pair(tmp_path):
    doc = document("US and Iraqi forces hit Isis.", [("USAMIL", "ISIS", "ASSAULT")])
    from tests.store.helpers import ACTORS

    doc.events[0].source.append(ACTORS["IRQMIL"])
    with Store(tmp_path / "m.duckdb") as st:
        st.write(doc)
        df = dyad_table(st.connection, period="all", level="code")
    assert {(s, t) for s, t in zip(df.source, df.target, strict=True)} == {
        ("USAMIL", "IMGMUSISI"),
        ("IRQMIL", "IMGMUSISI"),
    }


def test_bare_sector_actors_are_left_out(tmp_path):
    from dyads.model import Actor

    doc = document(
        "The government attacked rebels; Moscow backed Damascus.", [("RUSGOV", "SYRGOV", "AID")]
    )
    ev = doc.events[0]
    vague = type(ev)(
        **{
            **ev.__dict__,
            "id": ev.id + "b",
            "plover": "ASSAULT",
            "quad_class": 4,
            "goldstein": -10.0,
        }
    )
    vague.source = [Actor(text="the government", code="GOV", sector="GOV")]
    vague.target = [Actor(text="the rebels", code="REB", sector="REB")]
    doc.events.append(vague)
    with Store(tmp_path / "v.duckdb") as st:
        st.write(doc)
        for level in ("code", "sector", "country"):
            df = dyad_table(st.connection, period="all", level=level)
            assert len(df) == 1 and "GOV" not in set(df.source), level


@pytest.mark.parametrize("sector", ["JRN", "NGO", "IGO", "HRI", "MED", "REL"])
def test_every_bare_sector_is_left_out_of_network_and_blocs(tmp_path, sector):
    """Issue 18: "a reporter asked" (``JRN``, no country) put in a bloc with RUS and USA."""
    from dyads.model import Actor
    from dyads.network.report import blocs_summary

    doc = document("Moscow backed Damascus.", [("RUSGOV", "USAGOV", "ACCUSE")])
    ev = doc.events[0]
    asked = type(ev)(**{**ev.__dict__, "id": ev.id + "b", "plover": "CONSULT", "quad_class": 1,
                        "goldstein": 1.0})
    asked.source = [Actor(text="a reporter", code=sector, sector=sector)]
    asked.target = [Actor(text="Putin", code="RUSGOV", country="RUS", sector="GOV")]
    doc.events.append(asked)
    with Store(tmp_path / "j.duckdb") as st:
        st.write(doc)
        for level in ("code", "sector", "country"):
            df = dyad_table(st.connection, period="all", level=level)
            assert sector not in set(df.source) | set(df.target), level
        report = blocs_summary(st.connection)
    assert all(sector not in b["actors"] for b in report["blocs"])


def test_bare_sectors_are_all_the_cameo_sectors():
    from dyads.actors.codes import SECTORS
    from dyads.store.nodes import BARE_SECTORS

    assert set(BARE_SECTORS) == SECTORS


def test_the_parties_of_a_joint_act_are_tied_to_each_other(tmp_path, nlp):
    # PLOVER codes "X and Y agreed" with every party a source and no target; the network still
    # counts the tie between them, both ways (and a joint act of one party alone ties no one)
    import dyads

    doc = dyads.code("SANTIAGO (Reuters) - Chile and Argentina agreed on Friday to reopen their border crossings.",
                     published="2024-03-01")
    [ev] = [e for e in doc.events if e.plover == "AGREE"]
    assert len(ev.source) == 2 and ev.target == []
    with Store(tmp_path / "j.duckdb") as st:
        st.write_many([doc])
        df = dyad_table(st.connection, period="all", level="code")
    pairs = {(r.source, r.target): r for r in df.itertuples()}
    assert set(pairs) == {("CHL", "ARG"), ("ARG", "CHL")}
    assert all(r.n_coop == 1 and r.sign == 1 for r in pairs.values())
