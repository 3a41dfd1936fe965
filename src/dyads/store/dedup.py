"""Cross-document event deduplication: one real-world event, many reports, one row.

GDELT's best-known flaw is that one event reported by fifty outlets becomes fifty
events. ``dyads`` merges events that agree on

* the source actors and the target actors (their codes, order matters: who did it
  to whom),
* the PLOVER type and the modality (a threat never merges with an attack),
* the place (GeoNames id, else the place name; two events with no place agree; a
  report without a place joins an event with one when, among the events in the
  window, only one place fits),

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dyads.model import Actor, Place
from dyads.sectors import sector_class

# Default window: reports of one event from several outlets appear within a day or
# two of each other (same-day wire copy, next-day weeklies). Chosen from the
# paraphrase corpus in tests/store/paraphrase_corpus.py (1 day loses the next-day
# reports: R 0.70 vs 0.83 at 2 days, P 1.0 both); a wider window risks merging
# repeated but distinct strikes on one city.
DEFAULT_WINDOW_DAYS = 2


@dataclass(frozen=True)
class DedupConfig:
    """How events merge. ``window_days=None`` disables cross-document merging (only
    exact duplicates inside one document merge); ``use_place=False`` ignores places;
    ``place_optional=False`` requires equal places (both missing counts as equal);
    ``use_modality=False`` lets a threat merge with an attack of the same dyad;
    ``actor_level="country"`` compares state actors by country."""

    window_days: int | None = DEFAULT_WINDOW_DAYS
    use_place: bool = True
    use_modality: bool = True
    # "code": actors must have the same codes; "country": state sectors of one country
    # are one actor (USAGOV = USAMIL = USA), non-state ones keep their sector (SYRREB).
    actor_level: str = "code"
    # A report without a place may join an event with one, when only one place fits
    # (extractors miss places in some reports; the guard keeps two same-day strikes on
    # two cities apart). Paraphrase corpus: R 0.826 -> 0.913 at P 1.0 (BENCHMARKS.md).
    place_optional: bool = True

    def __post_init__(self) -> None:
        if self.window_days is not None and self.window_days < 0:
            raise ValueError(f"dedup window must be >= 0 days, got {self.window_days}")
        if self.actor_level not in ACTOR_LEVELS:
            raise ValueError(
                f"dedup actor level must be one of {', '.join(ACTOR_LEVELS)}, "
                f"got {self.actor_level!r}"
            )


ACTOR_LEVELS = ("code", "country")
# CAMEO sectors that are not the state: they keep their sector at actor_level="country"
# (the class the network uses too, ``dyads.store.nodes``).
NON_STATE_SECTORS = sector_class("non_state")


def _actor_id(a: Actor, level: str) -> str:
    if level == "country" and a.country:
        if a.sector in NON_STATE_SECTORS:
            return (a.country + a.sector).lower()
        return a.country.lower()
    return (a.code or a.name or a.text or "").strip().lower()


def actor_key(actors: Sequence[Actor], level: str = "code") -> str:
    """Order-free key of a list of actors: their codes (else lower-cased names), sorted;
    at ``level="country"`` state actors count as their country."""
    parts = sorted({_actor_id(a, level) for a in actors} - {""})
    return "|".join(parts)


def place_key(place: Place | None) -> str:
    if place is None:
        return ""
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    return (place.name or place.text or "").strip().lower()


def merge_key(
    source_key: str,
    target_key: str,
    plover: str,
    place: str,
    modality: str,
    cfg: DedupConfig,
    doc_id: str = "",
) -> str:
    """The string two events must share to merge (dates are compared separately).
    An event with no actor at all ("protests erupted") is too vague to match another
    outlet's report: its key names its document, so it merges only within it."""
    return "\x1f".join(
        (
            source_key or ("" if target_key else f"doc:{doc_id}"),
            target_key,
            (plover or "").upper(),
            place if cfg.use_place and not cfg.place_optional else "",
            (modality or "asserted") if cfg.use_modality else "",
        )
    )


@dataclass
class Cluster:
    """A merged event: id of its first member, its key, day, document and place key."""

    id: str
    key: str
    day: dt.date | None
    doc_id: str
    place: str = ""


def assign(
    ids: Sequence[str],
    keys: Sequence[str],
    days: Sequence[dt.date | None],
    docs: Sequence[str],
    existing: Iterable[Cluster],
    cfg: DedupConfig,
    places: Sequence[str] | None = None,
) -> dict[str, str]:
    """Map each new event id to the id of the cluster it joins (its own id if none).

    The new events come as parallel sequences (id, merge key, day, document, and the
    place key when ``cfg.place_optional``). ``existing`` are clusters already stored
    whose key occurs among the new events. A new event joins, in order of preference:
    a cluster in the same document with the same key and day (duplicate text in one
    page), else the cluster with the same key whose day is nearest and within the
    window. Clusters formed earlier in the same batch are candidates for later events,
    so the result does not depend on how documents are batched (given the order they
    arrive in).
    """
    if cfg.place_optional and cfg.use_place:
        return _assign_place_optional(ids, keys, days, docs, existing, cfg, places)
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


def _assign_place_optional(ids, keys, days, docs, existing, cfg, places) -> dict[str, str]:
    """``assign`` when the merge key leaves the place out: places must be equal, or one
    of the two missing and exactly one place fits among the clusters in the window."""
    places = places if places is not None else [""] * len(ids)
    by_key: dict[str, list[tuple[str, dt.date | None, str, str]]] = {}
    for c in existing:
        by_key.setdefault(c.key, []).append((c.id, c.day, c.doc_id, c.place))
    window = cfg.window_days
    out: dict[str, str] = {}
    for eid, key, day, doc, place in zip(ids, keys, days, docs, places, strict=True):
        pool = by_key.setdefault(key, [])
        near: list[tuple[int, str, str]] = []  # (gap, cluster id, place)
        same_doc = None
        for cid, cday, cdoc, cplace in pool:
            if cplace and place and cplace != place:
                continue
            if cdoc == doc and (cday == day or cday is None or day is None):
                if cplace == place:
                    same_doc = cid
                    break
            if window is not None and cday is not None and day is not None:
                gap = abs((cday - day).days)
                if gap <= window:
                    near.append((gap, cid, cplace))
        best = same_doc
        if best is None and near:
            exact = [n for n in near if n[2] == place]
            if exact:
                best = min(exact)[1]
            elif len({n[2] for n in near}) == 1:  # one place fits (or none has one)
                best = min(near)[1]
        if best is None:
            best = eid
            pool.append((eid, day, doc, place))
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
