"""Flatten a CodedDocument into the column lists the store bulk-inserts (no SQL here)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Any
from urllib.parse import urlparse

from dyads.dates import first_day
from dyads.model import Actor, CodedDocument, Event, Place, content_hash
from dyads.store.columns import FLAT_COLUMNS
from dyads.store.dedup import DedupConfig, actor_key, merge_key, place_key

DOC_COLS = (
    "id source url outlet title author published published_precision site language issue "
    "text meta skipped n_events record_id"
).split()
SPAN_COLS = ["doc_id", "idx", "text", "reason", "line"]
SENT_COLS = ["doc_id", "idx", "start", "end", "text"]
MENTION_COLS = (
    "doc_id idx start end text name code country sector kind qualifiers rule coref "
    "supporters leaders"
).split()
ACTOR_COLS = ["code", "name", "country", "sector", "kind", "first_doc_id"]
PLACE_COLS = "doc_id idx text start end name geonameid lat lon country feature score".split()
# Per report: its dedup keys and the flat columns ``events`` needs beyond the report's.
KEY_COLS = (
    "id merge_key source_key target_key place_key "
    "source_code source_name source_country source_sector "
    "target_code target_name target_country target_sector "
    "place_name geonameid lat lon place_country"
).split()
SOURCE_COLS = (
    "event_id raw_event_id doc_id sentence evidence_start evidence_end trigger outlet url "
    "published date confidence rule cameo goldstein source target place quantities "
    "plover mode quad_class acled acled_type modality date_precision attribution implicit day seq"
).split()
_ACTOR_FIELDS = ("text", "name", "code", "country", "sector", "kind", "qualifiers", "rule")
_PLACE_FIELDS = (
    "text",
    "start",
    "end",
    "name",
    "geonameid",
    "lat",
    "lon",
    "country",
    "feature",
    "score",
)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


_HASH_ID = re.compile(r"[0-9a-f]{16}")


def document_key(coded: CodedDocument) -> str:
    """The stored id of a document. Ids made by ``ingest`` are content hashes and are
    kept; ids given by the user (JSONL record ids such as "1", which repeat across
    files) become the hash of id, URL and clean text, so that two different records
    never collide and the same record stored again is recognised."""
    if _HASH_ID.fullmatch(coded.id or ""):
        return coded.id
    art = coded.article
    return content_hash(f"{coded.id}\n{art.url or ''}\n{art.text}")


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


_NO_ACTOR = (None, None, None, None)
_NO_PLACE = (None, None, None, None, None)


def _num(x: float | None) -> float | None:
    return None if x is None or x != x else x


def _flat(a: Actor) -> tuple:
    return (a.code, a.name or a.text, a.country, a.sector)


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
        # every extracted event as a report row (``event_sources``) and its dedup keys;
        # the store then derives the ``events`` rows of the cluster heads in SQL
        self.source_rows: list[tuple] = []
        self.key_rows: list[tuple] = []
        self._json_cache: dict[tuple, str] = {}
        self._key_cache: dict[tuple, tuple[str, str]] = {}
        self._id_cache: dict[tuple, tuple[str, str]] = {}
        self._keep: list = []  # objects whose id() is a cache key stay alive

    def add(self, coded: CodedDocument, source: str | None, cfg: DedupConfig) -> None:
        art = coded.article
        doc_id = document_key(coded)
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
            ("record_id", None if doc_id == coded.id else coded.id),
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
        pub_day = first_day(art.published)
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
            self._event(ev, eid, doc_id, outlet, art.url, art.published, pub_day, cfg)

    def _actor(self, a: Actor, doc_id: str) -> None:
        key = (a.code or "", a.name or a.text or "")
        if key not in self.actors:
            self.actors[key] = [key[0], key[1], a.country, a.sector, a.kind, doc_id]

    def _actor_json(self, a: Actor) -> str:
        key = (a.text, a.name, a.code, a.country, a.sector, a.kind, tuple(a.qualifiers), a.rule)
        js = self._json_cache.get(key)
        if js is None:
            js = self._json_cache[key] = json.dumps(
                dict(zip(_ACTOR_FIELDS, (*key[:6], list(key[6]), key[7]), strict=True)),
                ensure_ascii=False,
            )
        return js

    def _actors_json(self, actors: list[Actor]) -> str:
        return "[" + ",".join(self._actor_json(a) for a in actors) + "]"

    def _place_json(self, p: Place | None) -> str | None:
        if p is None:
            return None
        key = (
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
        js = self._json_cache.get(key)
        if js is None:
            # NaN is not JSON: a place without usable coordinates gets nulls
            clean = tuple(None if isinstance(v, float) and v != v else v for v in key)
            js = self._json_cache[key] = json.dumps(
                dict(zip(_PLACE_FIELDS, clean, strict=True)), ensure_ascii=False
            )
        return js

    def _actors(self, actors: list[Actor], doc_id: str, level: str = "code") -> tuple[str, str]:
        """(JSON list, dedup key) of a list of actors. Cached on the identity of the actor
        objects (alive and unchanged while one batch is written: ``_keep`` holds them),
        then on their field values."""
        ik = tuple(map(id, actors))
        v = self._id_cache.get(ik)
        if v is not None:
            return v
        k = tuple(
            (a.text, a.name, a.code, a.country, a.sector, a.kind, tuple(a.qualifiers), a.rule)
            for a in actors
        )
        v = self._key_cache.get(k)
        if v is None:
            for a in actors:
                self._actor(a, doc_id)
            v = self._key_cache[k] = (self._actors_json(actors), actor_key(actors, level))
        self._id_cache[ik] = v
        self._keep.append(actors)
        return v

    def _event(self, ev, eid, doc_id, outlet, url, published, pub_day, cfg) -> None:
        src_js, skey = self._actors(ev.source, doc_id, cfg.actor_level)
        tgt_js, tkey = self._actors(ev.target, doc_id, cfg.actor_level)
        place = ev.place
        pkey = place_key(place)
        day = first_day(ev.date) or pub_day
        ev_start, ev_end = (tuple(ev.evidence) + (None, None))[:2] if ev.evidence else (None, None)
        place_js = self._place_json(place)
        attr_js = self._actor_json(ev.attribution) if ev.attribution else None
        quant_js = _json([asdict(q) for q in ev.quantities]) if ev.quantities else "[]"
        src, tgt = _first(ev.source), _first(ev.target)
        self.key_rows.append((
            eid, merge_key(skey, tkey, ev.plover, pkey, ev.modality, cfg, doc_id), skey, tkey, pkey,
            *(_flat(src) if src else _NO_ACTOR), *(_flat(tgt) if tgt else _NO_ACTOR),
            *(
                (place.name or place.text, place.geonameid, _num(place.lat), _num(place.lon),
                 place.country)
                if place else _NO_PLACE
            ),
        ))  # fmt: skip
        self.source_rows.append((
            eid, eid, doc_id, ev.sentence, ev_start, ev_end, ev.trigger, outlet, url, published,
            ev.date, ev.confidence, ev.rule,
            ev.cameo, ev.goldstein, src_js, tgt_js, place_js, quant_js,
            ev.plover, ev.mode, ev.quad_class, ev.acled, ev.acled_type, ev.modality,
            ev.date_precision, attr_js, ev.implicit, day, None,  # seq: set by the store
        ))  # fmt: skip

    def event_columns(self) -> tuple[dict[str, list], dict[str, list]]:
        """The reports and their dedup keys as columns (transposed in one pass)."""
        src = dict(zip(SOURCE_COLS, map(list, zip(*self.source_rows, strict=True)), strict=True))
        keys = dict(zip(KEY_COLS, map(list, zip(*self.key_rows, strict=True)), strict=True))
        return src, keys


def _append(cols: dict[str, list], *values: Any) -> None:
    for col, val in zip(cols, values, strict=True):
        cols[col].append(val)


def flat_events(coded: CodedDocument, source: str | None = None) -> list[dict[str, Any]]:
    """The document's events as the rows ``dyads export csv`` would write for them, each
    standing alone (before merging: one source, one report): ``FLAT_COLUMNS`` in order."""
    rows = Rows()
    rows.add(coded, source, DedupConfig())
    if not rows.source_rows:
        return []
    src, keys = rows.event_columns()
    out = []
    for i, outlet in enumerate(src["outlet"]):
        row = {c: src[c][i] for c in src} | {c: keys[c][i] for c in keys}
        row.update(n_sources=1, n_outlets=1 if outlet else 0, n_mentions=1)
        out.append({c: row[c] for c in FLAT_COLUMNS})
    return out
