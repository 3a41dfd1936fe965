"""Every export format, read back by pandas / pyarrow."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.dataset as ds
import pytest
from tests.store.helpers import document

from dyads.model import Quantity
from dyads.store import Store
from dyads.store.export import ACLED_COLUMNS, EXPORTERS, GDELT_COLUMNS, GDELT_EXTRAS, export


@pytest.fixture
def store(tmp_path):
    a = document(
        "Iraqi troops shelled Isis in Mosul, killing 12.\tA tab and\na newline.",
        [
            ("IRQMIL", "ISIS", "ASSAULT", {"place": "Mosul", "date": "2017-06-18"}),
            ("USAGOV", "IRQMIL", "SUPPORT"),
        ],
        url="https://wire.example/a",
        published="2017-06-19",
    )
    a.events[0].quantities = [Quantity(kind="fatalities", value=12, text="killing 12", rule="t")]
    b = document(
        "The Iraqi army attacked Isis in Mosul.",
        [("IRQMIL", "ISIS", "ASSAULT", {"place": "Mosul", "date": "2017-06-19"})],
        url="https://daily.example/b",
    )
    c = document(
        "Moscow backs Damascus.",
        [("RUSGOV", "SYRGOV", "AID", {"date": "2017-08-02"})],
        url="https://radio.example/c",
    )
    with Store(tmp_path / "e.duckdb") as st:
        st.write_many([a, b, c])
        yield st


def test_registry_names():
    assert set(EXPORTERS) == {"jsonl", "csv", "parquet", "gdelt", "acled"}


def test_jsonl(store, tmp_path):
    out = export(store.connection, "jsonl", tmp_path / "e.jsonl")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 3
    strike = next(r for r in rows if r["plover"] == "ASSAULT")
    assert strike["n_sources"] == 2 and len(strike["sources"]) == 2
    assert {s["outlet"] for s in strike["sources"]} == {"wire.example", "daily.example"}
    assert strike["source"][0]["code"] == "IRQMIL" and strike["place"]["geonameid"] == 99072
    assert strike["evidence"] == [
        len("the Iraqi army") + 1,
        len("the Iraqi army") + 1 + len("ASSAULT"),
    ]
    assert pd.read_json(out, lines=True).shape[0] == 3


def test_csv(store, tmp_path):
    df = pd.read_csv(export(store.connection, "csv", tmp_path / "e.csv"))
    assert len(df) == 3
    assert {"id", "plover", "source_code", "target_code", "goldstein", "n_sources", "lat"} <= set(
        df.columns
    )
    assert (
        json.loads(df.loc[df.plover == "AID", "source"].iloc[0])[0]["name"] == "Russian government"
    )


def test_parquet_partitioned_by_month(store, tmp_path):
    out = export(store.connection, "parquet", tmp_path / "pq")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["month=2017-06", "month=2017-08"]
    assert (out / ".dyads-export").is_file()  # the mark that lets --force replace it later
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 3
    df = table.to_pandas()
    assert df.loc[df.plover == "AID", "month"].astype(str).iloc[0] == "2017-08"


def test_gdelt_tsv(store, tmp_path):
    out = export(store.connection, "gdelt", tmp_path / "e.tsv")
    df = pd.read_csv(
        out, sep="\t", dtype={"EventCode": str, "EventRootCode": str, "EventBaseCode": str}
    )
    assert list(df.columns) == GDELT_COLUMNS + GDELT_EXTRAS
    assert len(GDELT_COLUMNS) == 61
    strike = df[df.EventCode == "195"].iloc[0]
    assert strike.SQLDATE == 20170618 and strike.MonthYear == 201706 and strike.Year == 2017
    assert strike.Actor1Code == "IRQMIL" and strike.Actor1CountryCode == "IRQ"
    assert strike.Actor2KnownGroupCode == "IMGMUSISI"
    assert strike.EventRootCode == "19" and strike.QuadClass == 4 and strike.GoldsteinScale == -10
    assert strike.NumArticles == 2 and strike.NumSources == 2
    assert strike.ActionGeo_CountryCode == "IZ"  # FIPS 10-4, as GDELT uses
    assert strike.ActionGeo_Lat == pytest.approx(36.335) and strike.ActionGeo_FeatureID == 99072
    assert strike.SOURCEURL.startswith("https://")
    # GDELT's own loaders: no header, positional columns
    raw = pd.read_csv(out, sep="\t", header=None, skiprows=1)
    assert raw.shape == (3, len(GDELT_COLUMNS) + len(GDELT_EXTRAS))
    assert "\n" not in "".join(df.sentence)


def test_acled_csv(store, tmp_path):
    df = pd.read_csv(export(store.connection, "acled", tmp_path / "e.csv"))
    assert list(df.columns)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert len(df) == 1  # only events with an ACLED sub-event type
    row = df.iloc[0]
    assert (
        row.event_type == "Explosions/Remote violence" and row.sub_event_type == "Air/drone strike"
    )
    assert row.disorder_type == "Political violence"
    assert (
        row.actor1 == "Iraqi army" and row.inter1 == 1 and row.inter2 == 2 and row.interaction == 12
    )
    assert row.country == "Iraq" and row.iso == 368 and row.location == "Mosul"
    assert row.fatalities == 12 and row.event_date == "2017-06-18" and row.time_precision == 1
    assert set(row.source.split("; ")) == {"wire.example", "daily.example"}


def test_filters_and_errors(store, tmp_path):
    out = export(store.connection, "csv", tmp_path / "f.csv", since="2017-08-01")
    assert pd.read_csv(out).plover.tolist() == ["AID"]
    with pytest.raises(FileExistsError):
        export(store.connection, "csv", out)
    export(store.connection, "csv", out, overwrite=True)
    with pytest.raises(ValueError, match="unknown export format"):
        export(store.connection, "xlsx", tmp_path / "x.xlsx")


def test_export_from_read_only_store(store, tmp_path):
    path = store.path
    store.close()
    with Store(path, read_only=True) as ro:
        out = export(ro.connection, "gdelt", tmp_path / "ro.tsv")
    assert len(pd.read_csv(out, sep="\t")) == 3


def test_acled_source_is_the_outlet_never_a_local_path(tmp_path):
    """Issue 18: ACLED's ``source`` is the outlet; a file read from disk has none we know."""
    local = document("Iraqi troops shelled Isis in Mosul.",
                     [("IRQMIL", "ISIS", "ASSAULT", {"place": "Mosul", "date": "2017-06-18"})])
    local.article.source = "/home/me/news/mosul.txt"
    site = document("The Iraqi army shelled Isis in Mosul.",
                    [("IRQMIL", "ISIS", "ASSAULT", {"place": "Mosul", "date": "2017-09-20"})],
                    site="Wire News")
    site.article.source = "/home/me/news/wire.html"
    with Store(tmp_path / "l.duckdb") as st:
        st.write_many([local, site])
        df = pd.read_csv(export(st.connection, "acled", tmp_path / "l.csv"), keep_default_na=False)
    assert sorted(df.source) == ["", "Wire News"]
