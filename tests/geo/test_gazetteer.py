
import pytest

from dyads.errors import DyadsError
from dyads.geo.gazetteer import Gazetteer, load


def test_reference_places_are_in_the_default_gazetteer(gaz):
    expected = {
        "Mosul": 99072,
        "Raqqa": 172955,
        "Tartus": 163345,
        "Gaza": 281133,
        "Gaza Strip": 281132,
        "Cyprus": 146669,
        "Syria": 163843,
        "Iraq": 99237,
        "Iran": 130758,
        "Qatar": 289688,
    }
    for name, gid in expected.items():
        ids = {c.entry.geonameid for c in gaz.lookup(name)}
        assert gid in ids, name


def test_aliases_and_abbreviations(gaz):
    us = [c for c in gaz.lookup("U.S.") if c.entry.geonameid == 6252001]
    assert us and us[0].kind == 2
    wv = [c for c in gaz.lookup("W.Va.") if c.entry.feature == "A.ADM1"]
    assert wv and wv[0].entry.name == "West Virginia" and wv[0].kind == 3


def test_subdivisions_have_coordinates_and_admin_codes(gaz):
    nineveh = [c.entry for c in gaz.lookup("Nineveh") if c.entry.feature == "A.ADM1"]
    assert nineveh and nineveh[0].cc == "IQ"
    assert 34 < nineveh[0].lat < 38 and 40 < nineveh[0].lon < 45
    mosul = gaz.by_id(99072)
    assert mosul.admin1 == nineveh[0].admin1


def test_unknown_name_has_no_candidates(gaz):
    assert gaz.lookup("Qwzxyplk") == []
    assert gaz.by_id(-5) is None


def test_load_reads_once_per_process():
    """The gazetteer is read once and then shared (its load time is measured by
    bench/geo_bench.py, not here)."""
    load.cache_clear()
    g = load()
    assert load() is g
    assert load.cache_info().hits == 1 and load.cache_info().misses == 1
    assert len(g) > 200_000


def test_missing_gazetteer_directory_is_a_clear_error(tmp_path):
    with pytest.raises(DyadsError, match="no gazetteer"):
        Gazetteer(tmp_path)
