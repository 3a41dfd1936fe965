"""Toponym resolution: pick the gazetteer entry a place name refers to in its document.

Each candidate gets a score: population prior + feature-class prior + how the name matched
+ document context (countries of the actors and of the other places, first-level regions
named elsewhere, "City, State" containers, descriptors such as "the northern city").
Resolution runs twice: a context-free pass fixes the unambiguous places, and the second pass
ranks every toponym against the countries and regions the first pass found.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dyads.geo.gazetteer import Candidate, Entry, Gazetteer
from dyads.geo.names import fold

# Tuning constants. Set by hand, then checked on geo/lgl + geo/trnews + geo/gwn dev (records not
# held out: index % 4 != 3) with `dyads eval geo`; see BENCHMARKS.md for the figures they bought.
FEATURE_PRIOR = {
    "A.PCLI": 4.0,  # countries beat any same-named town
    "L.CONT": 4.0,
    "A.ADM1": 1.5,
    "P.PPLC": 1.0,
    "P.PPL": 0.0,
    "A.ADM2": -1.0,
    "A.ADM3": -2.0,
}
OTHER_FEATURE_PRIOR = -1.5
KIND_PRIOR = {0: 0.3, 1: 0.0, 2: 0.6, 3: -4.0, 4: 0.2}  # main, alternate, alias, abbrev, variant
VARIANT_PENALTY = 0.7  # matched only through a spelling variant ("Raqqa" for "Ar Raqqah")
ADMIN_SHADOWED_BY_CITY = 2.5  # "Mosul" the city, not Mosul District (same name, same country)
CTX_COUNTRY = 2.0  # the candidate lies in a country of the document
CTX_ADMIN1 = 1.5  # ... in a first-level region named in the document
CTX_CONTAINER = 6.0  # "Springfield, Illinois": the region/country right after the comma
CTX_NEAR = 1.0  # within 300 km of an unambiguous place of the document
ABBREV_CONTEXT = 4.5  # "Ill." / "CA" accepted as abbreviations after "City, "
DESCRIPTOR_BONUS = 1.5  # "the city of X" / "X province" agreeing with the feature class
NEAR_KM = 300.0
SURE_MARGIN = 2.0  # first-pass winners by this margin count as context

_ADMIN_WORDS = re.compile(
    r"^\s*(province|governorate|county|state|region|district|oblast|prefecture|parish)\b", re.I
)
_CITY_BEFORE = re.compile(r"\b(city|town|village|capital|port|suburb)\s+of\s+$", re.I)
_CITY_DESCRIPTOR = re.compile(r"\bthe\s+(\w+\s+)?(city|town|village|capital|port)\b", re.I)


@dataclass
class Context:
    """What the document says about where it is."""

    countries: Counter = field(default_factory=Counter)  # ISO2 -> weight
    admin1: Counter = field(default_factory=Counter)  # GeoNames admin1 code -> weight
    anchors: list[Entry] = field(default_factory=list)  # sure places (for distance)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    label: str = ""  # NER label (GPE/LOC/FAC), "GAZ" for the gazetteer matcher, "" when given


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _feature_prior(feature: str) -> float:
    prior = FEATURE_PRIOR.get(feature)
    if prior is not None:
        return prior
    if feature.startswith("A.PCL"):  # full GeoNames: PCLD, PCLS, PCLF ... dependent countries
        return FEATURE_PRIOR["A.PCLI"] - 1.0
    if feature.startswith("P.PPLA"):  # seats of admin units
        return FEATURE_PRIOR["P.PPL"] + 0.3
    if feature.startswith("P."):
        return FEATURE_PRIOR["P.PPL"] - 0.3
    return OTHER_FEATURE_PRIOR


def base_score(c: Candidate, shadowed: set[int]) -> float:
    e = c.entry
    s = math.log10(e.population + 10) + _feature_prior(e.feature) + KIND_PRIOR.get(c.kind, 0.0)
    if not c.exact:
        s -= VARIANT_PENALTY
    if e.row in shadowed:
        s -= ADMIN_SHADOWED_BY_CITY
    return s


def _shadowed(cands: Sequence[Candidate]) -> set[int]:
    """Admin units named after a city among the candidates ("Mosul" the city, not Mosul
    District; "Tripoli" the city, not the Tripoli district): same country, the city inside."""
    cities = [c.entry for c in cands if c.entry.feature.startswith("P.")]
    out = set()
    for c in cands:
        e = c.entry
        if not e.feature.startswith("A.ADM"):
            continue
        level = e.feature[-1]
        for city in cities:
            if city.cc == e.cc and (
                (level == "1" and city.admin1 == e.admin1)
                or (level != "1" and (city.admin2 == e.admin2 or fold(city.name) == fold(e.name)))
            ):
                out.add(e.row)
                break
    return out


def _surroundings(text: str, span: Span) -> tuple[str, str]:
    return text[max(0, span.start - 40) : span.start], text[span.end : span.end + 40]


def _container_after(text: str, span: Span, gaz: Gazetteer) -> list[Entry]:
    """Places named right after "X, " (a state or country containing X)."""
    after = text[span.end : span.end + 40]
    m = re.match(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})", after)
    if not m:
        return []
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = gaz.lookup_key(fold(" ".join(words[:n])))
        good = [c.entry for c in found if c.entry.feature in ("A.ADM1", "A.PCLI")]
        if good:
            return good
    return []


def score_candidates(
    text: str, span: Span, cands: Sequence[Candidate], ctx: Context | None, gaz: Gazetteer
) -> list[tuple[float, Candidate]]:
    shadowed = _shadowed(cands)
    before, after = _surroundings(text, span)
    admin_word = bool(_ADMIN_WORDS.match(after))
    city_word = bool(_CITY_BEFORE.search(before))
    containers = _container_after(text, span, gaz)
    after_comma = bool(re.search(r"[A-Z][\w.]+,\s*$", before))
    out = []
    for c in cands:
        e = c.entry
        s = base_score(c, set() if admin_word else shadowed)
        if c.kind == 3 and (after_comma or "." in span.text):
            s += ABBREV_CONTEXT
        if admin_word and e.feature.startswith("A.ADM"):
            s += DESCRIPTOR_BONUS
        if city_word and e.feature.startswith("P."):
            s += DESCRIPTOR_BONUS
        for con in containers:
            if (con.feature == "A.PCLI" and con.cc == e.cc and e.row != con.row) or (
                con.feature == "A.ADM1" and con.admin1 == e.admin1 and e.row != con.row
            ):
                s += CTX_CONTAINER
                break
        if ctx is not None:
            if e.cc and e.feature not in ("A.PCLI", "L.CONT") and ctx.countries.get(e.cc):
                s += CTX_COUNTRY
            if e.admin1 and e.feature != "A.ADM1" and ctx.admin1.get(e.admin1):
                s += CTX_ADMIN1
            if ctx.anchors and e.feature.startswith("P."):
                if any(
                    a.row != e.row and haversine_km(a.lat, a.lon, e.lat, e.lon) < NEAR_KM
                    for a in ctx.anchors
                ):
                    s += CTX_NEAR
        out.append((s, c))
    out.sort(key=lambda sc: (-sc[0], -sc[1].entry.population))
    return out


def context_from(countries: Iterable[str], sure: Iterable[Entry]) -> Context:
    ctx = Context()
    for cc in countries:
        if cc:
            ctx.countries[cc] += 1
    for e in sure:
        if e.cc:
            ctx.countries[e.cc] += 1
        if e.feature == "A.ADM1":
            ctx.admin1[e.admin1] += 1
        elif e.admin1 and e.feature.startswith("P."):
            ctx.admin1[e.admin1] += 0.5
        if e.feature.startswith("P.") or e.feature == "A.ADM1":
            ctx.anchors.append(e)
    return ctx


def resolve_spans(
    text: str, spans: Sequence[Span], gaz: Gazetteer, countries: Iterable[str] = ()
) -> list[tuple[Entry | None, float]]:
    """Resolve each span of ``text`` to its best entry (or None), using the whole document."""
    cands = [gaz.lookup(s.text) for s in spans]
    first = [score_candidates(text, s, c, None, gaz) for s, c in zip(spans, cands, strict=True)]
    sure = []
    for ranked in first:
        if ranked and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= SURE_MARGIN):
            sure.append(ranked[0][1].entry)
    ctx = context_from(countries, sure)
    out: list[tuple[Entry | None, float]] = []
    for s, c in zip(spans, cands, strict=True):
        ranked = score_candidates(text, s, c, ctx, gaz)
        out.append((ranked[0][1].entry, ranked[0][0]) if ranked else (None, 0.0))
    return out
