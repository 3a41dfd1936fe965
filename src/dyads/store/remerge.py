"""Rebuild merged events from the stored reports under another dedup rule."""

from __future__ import annotations

import dataclasses
import json

import duckdb

from dyads.model import Actor, Event, Place, Quantity
from dyads.store.dedup import DedupConfig, assign
from dyads.store.rows import Rows

# Reports written before schema 5 lack their own type/modality/...: their merged
# event's values stand in (they were equal under any rule that merged them).
_SQL = """
SELECT s.raw_event_id, s.doc_id, s.sentence, s.evidence_start, s.evidence_end, s.trigger,
       s.outlet, s.url, s.published, s.date, s.confidence, s.rule,
       coalesce(s.cameo, e.cameo), coalesce(s.goldstein, e.goldstein),
       CAST(coalesce(s.source, e.source) AS VARCHAR), CAST(coalesce(s.target, e.target) AS VARCHAR),
       CAST(CASE WHEN s.source IS NULL THEN e.place ELSE s.place END AS VARCHAR),
       CAST(coalesce(s.quantities, e.quantities) AS VARCHAR),
       coalesce(s.plover, e.plover), coalesce(s.mode, e.mode),
       coalesce(s.quad_class, e.quad_class), coalesce(s.acled, e.acled),
       coalesce(s.acled_type, e.acled_type), coalesce(s.modality, e.modality),
       coalesce(s.date_precision, e.date_precision),
       CAST(coalesce(s.attribution, e.attribution) AS VARCHAR), coalesce(s.implicit, e.implicit),
       coalesce(s.day, e.day)
FROM {reports} s LEFT JOIN events e ON e.id = s.event_id
LEFT JOIN documents d ON d.id = s.doc_id
WHERE {where}
ORDER BY s.seq NULLS FIRST, d.stored_at, s.doc_id, s.raw_event_id
"""


_ACTOR_FIELDS = {f.name for f in dataclasses.fields(Actor)}
_PLACE_FIELDS = {f.name for f in dataclasses.fields(Place)}


def _actor(d: dict) -> Actor:
    """An Actor from stored JSON, tolerant of missing or unknown keys."""
    known = {k: v for k, v in d.items() if k in _ACTOR_FIELDS}
    if known.get("text") is None:  # missing; an empty text (an actor the sentence implies) stays empty
        known["text"] = known.get("name") or known.get("code") or ""
    known["qualifiers"] = known.get("qualifiers") or []
    return Actor(**known)


def _place(d: dict) -> Place:
    known = {k: v for k, v in d.items() if k in _PLACE_FIELDS}
    known.setdefault("text", known.get("name") or "")
    known.setdefault("start", 0)
    known.setdefault("end", 0)
    return Place(**known)


def _actors(js: str | None) -> list[Actor]:
    return [_actor(a) for a in json.loads(js)] if js else []


def report_rows(con: duckdb.DuckDBPyConnection, cfg: DedupConfig, reports: str = "event_sources",
                where: str = "TRUE", args: list | None = None) -> Rows:
    """The reports in ``reports`` (``event_sources`` or a relation of its columns, e.g. a
    Parquet part) matching ``where``, re-coded as the rows ``Store`` writes, in stored order."""
    rows = Rows()
    for r in con.execute(_SQL.format(reports=reports, where=where), args or []).fetchall():
        (rid, doc_id, sentence, e0, e1, trigger, outlet, url, published, date, conf, rule,
         cameo, gold, src, tgt, place, quant, plover, mode, quad, acled, acled_type,
         modality, date_prec, attr, implicit, day) = r  # fmt: skip
        attribution = json.loads(attr) if attr else None
        ev = Event(
            id=rid, doc_id=doc_id, sentence=sentence or "", evidence=(e0, e1),
            trigger=trigger or "", plover=plover, mode=mode, cameo=cameo, quad_class=quad,
            goldstein=gold, acled=acled, acled_type=acled_type, source=_actors(src),
            target=_actors(tgt), place=_place(json.loads(place)) if place else None,
            date=date, date_precision=date_prec, modality=modality or "asserted",
            attribution=_actor(attribution) if attribution else None,
            confidence=conf if conf is not None else 0.5, rule=rule or "",
            quantities=[Quantity(**q) for q in json.loads(quant)] if quant else [],
            implicit=bool(implicit),
        )  # fmt: skip
        rows._event(ev, rid, doc_id, outlet, url, published, day, cfg)
    return rows


def rebuild(
    con: duckdb.DuckDBPyConnection, cfg: DedupConfig
) -> tuple[dict[str, list], dict[str, list], list[str]]:
    """Every stored report re-coded as columns (``event_sources`` columns and dedup
    keys, in stored order) and the id of the cluster each joins under ``cfg``."""
    rows = report_rows(con, cfg)
    if not rows.source_rows:
        return {}, {}, []
    src, keys = rows.event_columns()
    cluster_of = assign(
        keys["id"], keys["merge_key"], src["day"], src["doc_id"], [], cfg, keys["place_key"]
    )
    return src, keys, [cluster_of[i] for i in keys["id"]]
