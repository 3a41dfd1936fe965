"""Cross-document event deduplication: one real-world event, many reports, one row.

GDELT's best-known flaw is that one event reported by fifty outlets becomes fifty
events. ``dyads`` merges events that agree on

* the source actors and the target actors (their codes, order matters: who did it
  to whom),
* the PLOVER type and the modality (a threat never merges with an attack),
* the place (GeoNames id, else the place name; two events with no place agree),

and whose dates lie within ``window_days`` of each other. The merged event keeps all
its evidence (document, sentence, offsets, outlet) in ``event_sources`` and a count
of the distinct documents and outlets that reported it. Two reports of the same
thing inside one page (a picture caption repeating a sentence) share every key and
the date, so they merge too.

The date of an event for the window is its own date when the extractor found one,
else the publication date of its document. An event with neither only merges
within its own document.

This module is pure Python (no store, no SQL): it computes keys and assigns events
to clusters; ``dyads.store`` calls it inside its write transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dyads.model import Actor, Place

# Default window: reports of one event from several outlets appear within a day or
# two of each other (same-day wire copy, next-day weeklies). Chosen from the
# paraphrase corpus in tests/store/test_dedup_corpus.py (P=R=1.0 there at 2 days);
# a wider window starts merging repeated but distinct strikes on one city.
DEFAULT_WINDOW_DAYS = 2


@dataclass(frozen=True)
class DedupConfig:
    """How events merge. ``window_days=None`` disables cross-document merging (only
    exact duplicates inside one document merge); ``use_place=False`` ignores places;
    ``use_modality=False`` lets a threat merge with an attack of the same dyad."""

    window_days: int | None = DEFAULT_WINDOW_DAYS
    use_place: bool = True
    use_modality: bool = True

    def __post_init__(self) -> None:
        if self.window_days is not None and self.window_days < 0:
            raise ValueError(f"dedup window must be >= 0 days, got {self.window_days}")


def actor_key(actors: Sequence[Actor]) -> str:
    """Order-free key of a list of actors: their codes (else lower-cased names), sorted."""
    parts = sorted({(a.code or a.name or a.text or "").strip().lower() for a in actors} - {""})
    return "|".join(parts)


def place_key(place: Place | None) -> str:
    if place is None:
        return ""
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    return (place.name or place.text or "").strip().lower()


@functools.lru_cache(maxsize=65536)
def parse_day(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` / ``YYYYMMDD`` / ``YYYY-MM`` / ``YYYY`` (first day of the period) or None."""
    if not value:
        return None
    s = value.strip()[:10]
    try:
        if len(s) == 8 and s.isdigit():
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        parts = s.split("-")
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def merge_key(
    source_key: str, target_key: str, plover: str, place: str, modality: str, cfg: DedupConfig
) -> str:
    """The string two events must share to merge (dates are compared separately)."""
    return "\x1f".join(
        (
            source_key,
            target_key,
            (plover or "").upper(),
            place if cfg.use_place else "",
            (modality or "asserted") if cfg.use_modality else "",
        )
    )


@dataclass
class Cluster:
    """A merged event: id of its first member, its key and its day."""

    id: str
    key: str
    day: dt.date | None
    doc_id: str


def assign(
    ids: Sequence[str],
    keys: Sequence[str],
    days: Sequence[dt.date | None],
    docs: Sequence[str],
    existing: Iterable[Cluster],
    cfg: DedupConfig,
) -> dict[str, str]:
    """Map each new event id to the id of the cluster it joins (its own id if none).

    The new events come as parallel sequences (id, merge key, day, document).
    ``existing`` are clusters already stored whose key occurs among the new events.
    A new event joins, in order of preference: a cluster in the same document with
    the same key and day (duplicate text in one page), else the cluster with the same
    key whose day is nearest and within the window. Clusters formed earlier in the
    same batch are candidates for later events, so the result does not depend on how
    documents are batched (given the order they arrive in).
    """
    # pools of (cluster id, day, document) per key; plain tuples keep this loop cheap
    by_key: dict[str, list[tuple[str, dt.date | None, str]]] = {}
    for c in existing:
        by_key.setdefault(c.key, []).append((c.id, c.day, c.doc_id))
    window = cfg.window_days
    out: dict[str, str] = {}
    for eid, key, day, doc in zip(ids, keys, days, docs, strict=True):
        pool = by_key.get(key)
        if pool is None:  # first event with this key: a new cluster
            by_key[key] = [(eid, day, doc)]
            out[eid] = eid
            continue
        best: str | None = None
        best_gap = 0
        for cid, cday, cdoc in pool:
            if cdoc == doc and (cday == day or cday is None or day is None):
                best = cid
                break
            if window is not None and cday is not None and day is not None:
                gap = abs((cday - day).days)
                if gap <= window and (best is None or gap < best_gap):
                    best, best_gap = cid, gap
        if best is None:
            best = eid
            pool.append((eid, day, doc))
        out[eid] = best
    return out


def pair_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise merge precision/recall/F1 of a clustering against gold clusters.

    Both map item -> cluster label over the same items. A pair of items is a true
    merge when both put them together, a false merge when only ``predicted`` does,
    a missed merge when only ``gold`` does.
    """
    items = sorted(gold)
    if set(items) != set(predicted):
        raise ValueError("gold and predicted must label the same items")
    tp = fp = fn = 0
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            g = gold[a] == gold[b]
            p = predicted[a] == predicted[b]
            tp += g and p
            fp += p and not g
            fn += g and not p
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}
