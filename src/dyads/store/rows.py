"""Flatten a CodedDocument into the column lists the store bulk-inserts (no SQL here)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any
from urllib.parse import urlparse

from dyads.dedup import DedupConfig, actor_key, merge_key, parse_day, place_key
from dyads.model import Actor, CodedDocument, Event

DOC_COLS = (
    "id source url outlet title author published published_precision site language issue "
    "text meta skipped n_events"
).split()
SPAN_COLS = ["doc_id", "idx", "text", "reason", "line"]
SENT_COLS = ["doc_id", "idx", "start", "end", "text"]
MENTION_COLS = (
    "doc_id idx start end text name code country sector kind qualifiers rule coref "
    "supporters leaders"
).split()
ACTOR_COLS = ["code", "name", "country", "sector", "kind", "first_doc_id"]
PLACE_COLS = "doc_id idx text start end name geonameid lat lon country feature score".split()
EVENT_COLS = (
    "id doc_id sentence evidence_start evidence_end trigger plover mode cameo quad_class "
    "goldstein acled acled_type source target "
    "source_code source_name source_country source_sector source_key "
    "target_code target_name target_country target_sector target_key "
    "place place_key place_name geonameid lat lon place_country date date_precision day "
    "modality attribution confidence rule quantities implicit merge_key "
    "n_sources n_outlets n_mentions"
).split()
SOURCE_COLS = (
    "event_id raw_event_id doc_id sentence evidence_start evidence_end trigger outlet url "
    "published date confidence rule raw"
).split()


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


def outlet_of(coded: CodedDocument, source: str | None) -> str | None:
    """The outlet that published a document: site name, else URL host, else the source label."""
    art = coded.article
    if art.site:
        return art.site
    if art.url:
        host = urlparse(art.url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return source or art.source or None


def _first(actors: list[Actor]) -> Actor | None:
    return actors[0] if actors else None


def _actor_dicts(actors: list[Actor]) -> list[dict[str, Any]]:
    return [asdict(a) for a in actors]


def stored_event_id(doc_id: str, event: Event, taken: set[str]) -> str:
    """A store-wide unique id: the extractor's id when it already names the document."""
    base = event.id if event.id and event.id.startswith(doc_id) else f"{doc_id}-{event.id}"
    eid, n = base, 1
    while eid in taken:
        n += 1
        eid = f"{base}~{n}"
    taken.add(eid)
    return eid


class Rows:
    """Column-oriented rows for one batch of documents."""

    def __init__(self) -> None:
        self.documents: dict[str, list] = {c: [] for c in DOC_COLS}
        self.removed_spans: dict[str, list] = {c: [] for c in SPAN_COLS}
        self.sentences: dict[str, list] = {c: [] for c in SENT_COLS}
        self.mentions: dict[str, list] = {c: [] for c in MENTION_COLS}
        self.places: dict[str, list] = {c: [] for c in PLACE_COLS}
        self.actors: dict[tuple[str, str], list] = {}
        # events are kept as dicts until dedup decides which become rows of ``events``
        self.events: list[dict[str, Any]] = []
        self.event_sources: list[dict[str, Any]] = []

    def add(self, coded: CodedDocument, source: str | None, cfg: DedupConfig) -> None:
        art = coded.article
        doc_id = coded.id
        outlet = outlet_of(coded, source)
        d = self.documents
        for col, val in (
            ("id", doc_id),
            ("source", source or art.source or None),
            ("url", art.url),
            ("outlet", outlet),
            ("title", art.title),
            ("author", art.author),
            ("published", art.published),
            ("published_precision", art.published_precision),
            ("site", art.site),
            ("language", art.language),
            ("issue", art.issue),
            ("text", art.text),
            ("meta", _json(art.meta or {})),
            ("skipped", coded.skipped),
            ("n_events", len(coded.events)),
        ):
            d[col].append(val)
        for i, r in enumerate(art.removed):
            _append(self.removed_spans, doc_id, i, r.text, r.reason, r.line)
        for i, m in enumerate(coded.mentions):
            a = m.actor
            _append(
                self.mentions,
                doc_id,
                i,
                m.start,
                m.end,
                m.text,
                a.name,
                a.code,
                a.country,
                a.sector,
                a.kind,
                _json(a.qualifiers),
                a.rule,
                m.coref,
                _json(_actor_dicts(m.supporters)),
                _json(_actor_dicts(m.leaders)),
            )
            self._actor(a, doc_id)
        for i, p in enumerate(coded.places):
            _append(
                self.places,
                doc_id,
                i,
                p.text,
                p.start,
                p.end,
                p.name,
                p.geonameid,
                p.lat,
                p.lon,
                p.country,
                p.feature,
                p.score,
            )
        seen_sent: dict[str, int] = {}
        taken: set[str] = set()
        pub_day = parse_day(art.published)
        for ev in coded.events:
            eid = stored_event_id(doc_id, ev, taken)
            if ev.sentence and ev.sentence not in seen_sent:
                seen_sent[ev.sentence] = len(seen_sent)
                start = art.text.find(ev.sentence)
                _append(
                    self.sentences,
                    doc_id,
                    seen_sent[ev.sentence],
                    start if start >= 0 else None,
                    start + len(ev.sentence) if start >= 0 else None,
                    ev.sentence,
                )
            for a in (*ev.source, *ev.target):
                self._actor(a, doc_id)
            self._event(ev, eid, doc_id, outlet, art.url, art.published, pub_day, cfg)

    def _actor(self, a: Actor, doc_id: str) -> None:
        key = (a.code or "", a.name or a.text or "")
        if key not in self.actors:
            self.actors[key] = [key[0], key[1], a.country, a.sector, a.kind, doc_id]

    def _event(self, ev, eid, doc_id, outlet, url, published, pub_day, cfg) -> None:
        src, tgt = _first(ev.source), _first(ev.target)
        skey, tkey = actor_key(ev.source), actor_key(ev.target)
        pkey = place_key(ev.place)
        day = parse_day(ev.date) or pub_day
        ev_start, ev_end = (tuple(ev.evidence) + (None, None))[:2] if ev.evidence else (None, None)
        raw = ev.to_dict()
        self.events.append(
            {
                "id": eid,
                "doc_id": doc_id,
                "sentence": ev.sentence,
                "evidence_start": ev_start,
                "evidence_end": ev_end,
                "trigger": ev.trigger,
                "plover": ev.plover,
                "mode": ev.mode,
                "cameo": ev.cameo,
                "quad_class": ev.quad_class,
                "goldstein": ev.goldstein,
                "acled": ev.acled,
                "acled_type": ev.acled_type,
                "source": _json(raw["source"]),
                "target": _json(raw["target"]),
                "source_code": src.code if src else None,
                "source_name": (src.name or src.text) if src else None,
                "source_country": src.country if src else None,
                "source_sector": src.sector if src else None,
                "source_key": skey,
                "target_code": tgt.code if tgt else None,
                "target_name": (tgt.name or tgt.text) if tgt else None,
                "target_country": tgt.country if tgt else None,
                "target_sector": tgt.sector if tgt else None,
                "target_key": tkey,
                "place": _json(raw["place"]),
                "place_key": pkey,
                "place_name": (ev.place.name or ev.place.text) if ev.place else None,
                "geonameid": ev.place.geonameid if ev.place else None,
                "lat": ev.place.lat if ev.place else None,
                "lon": ev.place.lon if ev.place else None,
                "place_country": ev.place.country if ev.place else None,
                "date": ev.date,
                "date_precision": ev.date_precision,
                "day": day,
                "modality": ev.modality,
                "attribution": _json(raw["attribution"]),
                "confidence": ev.confidence,
                "rule": ev.rule,
                "quantities": _json(raw["quantities"]),
                "implicit": ev.implicit,
                "merge_key": merge_key(skey, tkey, ev.plover, pkey, ev.modality, cfg),
                "n_sources": 1,
                "n_outlets": 1 if outlet else 0,
                "n_mentions": 1,
            }
        )
        self.event_sources.append(
            {
                "event_id": eid,  # replaced by the cluster id after dedup
                "raw_event_id": eid,
                "doc_id": doc_id,
                "sentence": ev.sentence,
                "evidence_start": ev_start,
                "evidence_end": ev_end,
                "trigger": ev.trigger,
                "outlet": outlet,
                "url": url,
                "published": published,
                "date": ev.date,
                "confidence": ev.confidence,
                "rule": ev.rule,
                "raw": _json(raw),
            }
        )


def _append(cols: dict[str, list], *values: Any) -> None:
    for col, val in zip(cols, values, strict=True):
        cols[col].append(val)


def columns(rows: list[dict[str, Any]], cols: list[str]) -> dict[str, list]:
    return {c: [r[c] for r in rows] for c in cols}
