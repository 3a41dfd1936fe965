"""ACLED export: geo_precision from the GeoNames feature of each event's place.

ACLED codebook: 1 = a town/village named in the report, its coordinates used; 2 = a part of a
region or an area near a town (region/area coordinates); 3 = only a larger region known.
A country-only place (A.PCLI) is 3: its coordinates (centroid/capital) are a fallback only.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from tests.store.helpers import PLACES, document

from dyads.model import Place
from dyads.store import Store
from dyads.store.export import _geo_precision_sql, acled_geo_precision, export

PLACE_CASES = {
    "Mosul": (PLACES["Mosul"], 1),  # P.PPLA: a city
    "Bartella": (
        Place(text="Bartella", start=0, end=8, name="Bartella", geonameid=99999001,
              lat=36.35, lon=43.38, country="IRQ", feature="P.PPL"),
        1,
    ),
    "Nineveh": (
        Place(text="Nineveh", start=0, end=7, name="Nineveh Governorate", geonameid=98227,
              lat=36.0, lon=42.5, country="IRQ", feature="A.ADM1"),
        2,
    ),
    "Sinjar District": (
        Place(text="Sinjar District", start=0, end=15, name="Sinjar District",
              geonameid=99999002, lat=36.3, lon=41.8, country="IRQ", feature="A.ADM2"),
        2,
    ),
    "Iraq": (
        Place(text="Iraq", start=0, end=4, name="Iraq", geonameid=99237, lat=33.0, lon=44.0,
              country="IRQ", feature="A.PCLI"),
        3,
    ),
}  # fmt: skip


@pytest.fixture
def store(tmp_path):
    docs = []
    for day, (name, (place, _)) in enumerate(PLACE_CASES.items(), start=1):
        d = document(
            f"The Iraqi army attacked Isis in {name}.",
            [("IRQMIL", "ISIS", "ASSAULT", {"date": f"2017-06-{day:02d}"})],
            url=f"https://wire.example/{day}",
        )
        d.events[0].place = place
        d.places = [place]
        docs.append(d)
    docs.append(
        document(
            "The Iraqi army attacked Isis somewhere.",
            [("IRQMIL", "ISIS", "ASSAULT", {"date": "2017-06-20"})],
            url="https://wire.example/none",
        )
    )
    with Store(tmp_path / "g.duckdb") as st:
        st.write_many(docs)
        yield st


def test_acled_geo_precision_by_place_level(store, tmp_path):
    df = pd.read_csv(export(store.connection, "acled", tmp_path / "a.csv"))
    assert len(df) == len(PLACE_CASES) + 1
    got = {
        (loc if isinstance(loc, str) else None): prec
        for loc, prec in zip(df.location, df.geo_precision, strict=True)
    }
    for name, (place, want) in PLACE_CASES.items():
        assert got[place.name] == want, name
    # no place at all: no location, no coordinates, no precision
    assert pd.isna(got[None])
    country = df[df.location == "Iraq"].iloc[0]
    assert country.country == "Iraq" and country.latitude == 33.0  # fallback coordinates
    assert df[df.location == "Mosul"].iloc[0].latitude == pytest.approx(36.335)


@pytest.mark.parametrize(
    ("feature", "lat", "want"),
    [
        ("P.PPL", 1.0, 1), ("P.PPLC", 1.0, 1), ("P.PPLA2", 1.0, 1), ("P.PPLX", 1.0, 1),
        ("S.AIRP", 1.0, 1), ("p.ppl", 1.0, 1),
        ("A.ADM1", 1.0, 2), ("A.ADM2", 1.0, 2), ("A.ADM3", 1.0, 2), ("A.ADMD", 1.0, 2),
        ("L.RGN", 1.0, 2), ("H.STM", 1.0, 2), ("T.MT", 1.0, 2), ("U.UNK", None, 2),
        ("A.PCLI", 1.0, 3), ("A.PCLD", 1.0, 3), ("A.PCLIX", None, 3), ("A.PCLS", 1.0, 3),
        ("A.TERR", 1.0, 3), ("L.CONT", 1.0, 3),
        (None, 1.0, 2), ("", 1.0, 2), (None, None, None),
    ],
)  # fmt: skip
def test_python_and_sql_rules_agree(feature, lat, want):
    assert acled_geo_precision(feature, lat) == want
    sql = _geo_precision_sql("f", "lat")
    with duckdb.connect() as con:
        got = con.execute(
            f"SELECT {sql} FROM (SELECT ?::VARCHAR AS f, ?::DOUBLE AS lat)", [feature, lat]
        ).fetchone()[0]
    assert got == want


def test_dyads_export_acled_command_writes_geo_precision(store, tmp_path):
    from typer.testing import CliRunner

    from dyads.cli import app

    db = store.path
    store.close()
    out = tmp_path / "cli.csv"
    res = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "acled", "--out", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out)
    by_place = dict(zip(df.location.fillna(""), df.geo_precision, strict=True))
    assert by_place["Mosul"] == 1 and by_place["Nineveh Governorate"] == 2
    assert by_place["Iraq"] == 3 and pd.isna(by_place[""])
