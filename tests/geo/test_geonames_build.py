"""``dyads gazetteer build --geonames DIR`` on tiny files written in the GeoNames dump format."""

from __future__ import annotations

import zipfile

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.errors import InputError
from dyads.geo import resolve_spans
from dyads.geo.gazetteer import Gazetteer
from dyads.geo.geonames import build_from_geonames


def _row(gid, name, ascii_, alts, lat, lon, fcl, fcode, cc, a1="", a2="", pop=0):
    cols = [
        str(gid),
        name,
        ascii_,
        ",".join(alts),
        str(lat),
        str(lon),
        fcl,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        str(pop),
        "",
        "100",
        "Europe/Somewhere",
        "2024-01-01",
    ]
    return "\t".join(cols) + "\n"


def _write_dump(d, zipped=False):
    rows = [
        _row(
            1001, "Freedonia", "Freedonia", [], 45.0, 10.0, "A", "PCLI", "FD", "00", pop=5_000_000
        ),
        _row(1002, "North Province", "North Province", [], 46.0, 10.0, "A", "ADM1", "FD", "01"),
        _row(
            1003,
            "Hillbrook",
            "Hillbrook",
            ["Hill Brook"],
            46.1,
            10.2,
            "P",
            "PPLA",
            "FD",
            "01",
            pop=120_000,
        ),
        _row(1004, "Hillbrook", "Hillbrook", [], 10.0, -60.0, "P", "PPL", "SY", "02", pop=900),
        _row(1005, "Silver River", "Silver River", [], 46.5, 10.1, "H", "STM", "FD", "01"),
        _row(
            1006, "Hillbrook Airport", "Hillbrook Airport", [], 46.2, 10.3, "S", "AIRP", "FD", "01"
        ),
        _row(
            1007,
            "Eastmark County",
            "Eastmark County",
            [],
            46.3,
            10.4,
            "A",
            "ADM2",
            "FD",
            "01",
            "007",
        ),
    ]
    main = "".join(rows)
    if zipped:
        with zipfile.ZipFile(d / "allCountries.zip", "w") as zf:
            zf.writestr("allCountries.txt", main)
    else:
        (d / "allCountries.txt").write_text(main, encoding="utf-8")
    info = (
        "#ISO\tISO3\n"
        + "\t".join(
            [
                "FD",
                "FDN",
                "999",
                "FD",
                "Freedonia",
                "Hill",
                "1000",
                "5000000",
                "EU",
                ".fd",
                "FDD",
                "Dollar",
                "1",
                "",
                "",
                "fd",
                "1001",
                "",
                "",
            ]
        )
        + "\n"
    )
    (d / "countryInfo.txt").write_text(info, encoding="utf-8")
    (d / "admin1CodesASCII.txt").write_text("FD.01\tNorth Province\tNorth Province\t1002\n")
    (d / "alternateNamesV2.txt").write_text(
        "1\t1002\ten\tNorthland\t1\t\t\t\t\t\n2\t1002\tabbr\tN.P.\t\t\t\t\t\t\n"
        "3\t1003\tde\tHügelbach\t\t\t\t\t\t\n"
    )


@pytest.mark.parametrize("zipped", [False, True])
def test_build_from_dump_keeps_all_feature_classes(tmp_path, zipped):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    _write_dump(src, zipped)
    n_entries, n_names = build_from_geonames(src, out)
    assert n_entries == 7 and n_names >= 7
    gaz = Gazetteer(out)
    assert gaz.by_id(1005).feature == "H.STM"  # rivers kept
    assert gaz.by_id(1006).feature == "S.AIRP"  # airports kept
    assert gaz.by_id(1007).admin2 == "FD.01.007"
    assert {c.entry.geonameid for c in gaz.lookup("Northland")} == {1002}  # English alt name
    assert gaz.lookup("Hügelbach") == []  # other languages are not indexed
    assert any(c.kind == 3 for c in gaz.lookup("N.P."))  # abbreviation
    assert {c.entry.geonameid for c in gaz.lookup("Freedonian")} == {1001}  # demonym


def test_dump_gazetteer_resolves_with_context(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    _write_dump(src)
    build_from_geonames(src, out)
    gaz = Gazetteer(out)
    text = "Floods hit Hillbrook, the largest town of Freedonia."
    i = text.index("Hillbrook")
    [p] = resolve_spans(text, [(i, i + 9)], gazetteer=gaz)
    assert p.geonameid == 1003


def test_missing_main_table_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no GeoNames main table"):
        build_from_geonames(tmp_path, tmp_path / "out")


def test_short_rows_are_a_clear_error(tmp_path):
    (tmp_path / "cities1000.txt").write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 19 tab-separated columns"):
        build_from_geonames(tmp_path, tmp_path / "out")


def test_cli_gazetteer_build(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    _write_dump(src)
    result = CliRunner().invoke(
        app, ["gazetteer", "build", "--geonames", str(src), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "entries.parquet").is_file() and "7 places" in result.output
    bad = CliRunner().invoke(app, ["gazetteer", "build", "--geonames", str(tmp_path / "nope")])
    assert bad.exit_code == 1
    assert "is not a directory" in bad.output and "Traceback" not in bad.output
