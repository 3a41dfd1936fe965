"""Build a full gazetteer from GeoNames dump files a user downloaded (``dyads gazetteer build``).

Reads, from one directory (plain ``.txt`` or the ``.zip`` GeoNames publishes):

- the main table: ``allCountries.txt`` or ``cities500/1000/5000/15000.txt`` (tab-separated,
  19 columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
  feature code, country code, cc2, admin1..admin4, population, elevation, dem, timezone, date);
- ``countryInfo.txt`` (optional: ISO codes and country geonameids);
- ``admin1CodesASCII.txt`` / ``admin2Codes.txt`` (optional: code, name, asciiname, geonameid);
- ``alternateNamesV2.txt`` or ``alternateNames.txt`` (optional: English/unlabelled names and
  abbreviations).

Every feature class is kept (populated places, admin units, rivers, airports, buildings ...),
and the same ``aliases.csv`` English names are added as in the default build.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import InputError
from dyads.geo.build import (
    KIND_ABBREV,
    KIND_ALT,
    Builder,
    _latin_alternates,
    add_aliases,
)

MAIN_TABLES = ("allCountries", "cities500", "cities1000", "cities5000", "cities15000")
N_MAIN_COLUMNS = 19
# Feature codes kept from the main table (None = all). Class A/P/L/H/S/T/V/R/U all carry
# toponyms that news names (regions, towns, areas, rivers, airports, mountains, roads).
ALT_LANGS = {"", "en", "abbr"}


def _open_table(directory: Path, stem: str) -> io.TextIOBase | None:
    txt = directory / f"{stem}.txt"
    if txt.is_file():
        return txt.open(encoding="utf-8")
    z = directory / f"{stem}.zip"
    if z.is_file():
        zf = zipfile.ZipFile(z)
        return io.TextIOWrapper(zf.open(f"{stem}.txt"), encoding="utf-8")
    return None


def _rows(fh: io.TextIOBase, name: str, min_cols: int) -> Iterator[list[str]]:
    with fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < min_cols:
                raise InputError(
                    f"{name} line {n}: expected {min_cols} tab-separated columns, got {len(cols)}"
                )
            yield cols


def build_from_geonames(directory: Path, out_dir: Path) -> tuple[int, int]:
    """Build the gazetteer tables from GeoNames dumps in ``directory`` into ``out_dir``."""
    if not directory.is_dir():
        raise InputError(f"{directory} is not a directory")
    main = None
    main_name = ""
    for stem in MAIN_TABLES:
        main = _open_table(directory, stem)
        if main is not None:
            main_name = stem
            break
    if main is None:
        raise InputError(
            f"no GeoNames main table in {directory} (expected one of "
            + ", ".join(f"{s}.txt" for s in MAIN_TABLES)
            + ")"
        )
    b = Builder()
    for cols in _rows(main, main_name, N_MAIN_COLUMNS):
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError as exc:
            raise InputError(f"{main_name}: bad number in row for {cols[0]!r} ({exc})") from exc
        fcl, fcode, cc = cols[6], cols[7], cols[8]
        feature = f"{fcl}.{fcode}" if fcl else "U.UNK"
        adm1 = f"{cc}.{cols[10]}" if cols[10] else ""
        adm2 = f"{adm1}.{cols[11]}" if cols[11] and adm1 else ""
        row = b.add(gid, cols[1], lat, lon, cc, feature, pop, adm1, adm2)
        if cols[2] and cols[2] != cols[1]:
            b.name(row, cols[2], KIND_ALT)
        for alt in _latin_alternates(cols[3].split(",") if cols[3] else []):
            b.name(row, alt, KIND_ALT)
    iso_rows: dict[str, int] = {}
    info = _open_table(directory, "countryInfo")
    if info is not None:
        for cols in _rows(info, "countryInfo", 17):
            row = b.index.get(int(cols[16])) if cols[16].isdigit() else None
            if row is not None:
                iso_rows[cols[0]] = row
                b.rows[row]["population"] = max(b.rows[row]["population"], int(cols[7] or 0))
    for cols in (b.rows[r] for r in range(len(b.rows))):
        if cols["feature"].startswith("A.PCL") and cols["cc"] and cols["cc"] not in iso_rows:
            iso_rows[cols["cc"]] = b.index[cols["geonameid"]]
    for stem in ("admin1CodesASCII", "admin2Codes"):
        fh = _open_table(directory, stem)
        if fh is None:
            continue
        for cols in _rows(fh, stem, 4):
            row = b.index.get(int(cols[3])) if cols[3].isdigit() else None
            if row is not None:
                b.name(row, cols[1], KIND_ALT)
                b.name(row, cols[2], KIND_ALT)
    for stem in ("alternateNamesV2", "alternateNames"):
        fh = _open_table(directory, stem)
        if fh is None:
            continue
        for cols in _rows(fh, stem, 4):
            row = b.index.get(int(cols[1])) if cols[1].isdigit() else None
            if row is None or cols[2] not in ALT_LANGS:
                continue
            b.name(row, cols[3], KIND_ABBREV if cols[2] == "abbr" else KIND_ALT)
        break
    add_aliases(b, iso_rows)
    return b.write(out_dir)
