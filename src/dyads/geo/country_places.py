"""Where an event happened when its sentence names no place: the country of its actors.

An analyst placing an event with no named place puts it in the country where it must have
happened, at country precision (ACLED ``geo_precision`` 3): a visit in the host's country; an
attack or restriction in the country of those it falls on (the target), else of those who act;
a protest or a sanction in the country of those who act (else of the target); an arrest or a
sentence by police, courts or intelligence services in their own country; a statement, demand or
decision in the country of whoever makes it (the source; a statement about a country is not made
there). Only a single country counts; the event's ``rule`` says the place was
inferred. The place is the gazetteer's entry for the country, with no text offsets
(``start = end = -1``): it is not a toponym of the article.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from dyads.model import Actor, Event, Place
from dyads.sectors import sector_class

VISITS = ("042", "043")  # CAMEO make / host a visit
HOSTING = "043"  # the host (the source) receives the visit in its own country
ASYLUM = ("075",)  # asylum is granted in the granting country
# PLOVER types whose place is where their target is (material acts).
TARGET_PLACED = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT", "CONCEDE"})
# Protests happen where the protesters are ("Polish farmers protest against Ukrainian grain": in
# Poland), and a sanction is decided where its maker sits ("the EU agreed sanctions on Russia"):
# the source's country first, the target's when the source has none.
SOURCE_PLACED = frozenset({"PROTEST", "SANCTION"})
# Organs that act within their own state, and the acts they do there (an arrest, a sentence).
HOME_ORGANS = frozenset({"COP", "JUD", "SPY"})
HOME_ORGAN_TYPES = frozenset({"COERCE", "SANCTION"})
NO_PLACE = -1
EXTRA_NAMES = {"XKX": "Kosovo"}  # codes GeoNames uses that ISO 3166 (pycountry) lacks


@lru_cache(maxsize=512)
def country_place(iso3: str) -> Place | None:
    """The gazetteer's country entry for an ISO3 code, as a place with no text offsets."""
    from dyads.geo import _iso2, load

    cc = _iso2().get(iso3)
    if cc is None:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    names = (getattr(country, "common_name", None), country.name) if country else (EXTRA_NAMES.get(iso3),)
    for name in names:
        for cand in load().lookup(name, inner=False) if name else ():
            e = cand.entry
            if e.cc == cc and e.feature.startswith("A.PCL"):
                return Place(text="", start=NO_PLACE, end=NO_PLACE, name=e.name, geonameid=e.geonameid,
                             lat=round(e.lat, 5), lon=round(e.lon, 5), country=iso3, feature=e.feature)
    return None


def _single_country(actors: list[Actor]) -> str | None:
    found = {a.country for a in actors if a.country}
    return found.pop() if len(found) == 1 else None


def _country_of(ev: Event) -> tuple[str | None, str]:
    src, tgt = _single_country(ev.source), _single_country(ev.target)
    if (ev.cameo or "").startswith((HOSTING, *ASYLUM)):
        # "welcomed X", "granted X asylum": at home
        return (src, "the host's country") if src else (tgt, "the target's country")
    if ev.plover in HOME_ORGAN_TYPES and src and any(a.sector in HOME_ORGANS for a in ev.source):
        # police, courts and intelligence services arrest, try and jail at home, whoever the person is
        return (src, "the source's country")
    if (ev.cameo or "").startswith(VISITS) or ev.plover in TARGET_PLACED:
        return (tgt, "the target's country") if tgt else (src, "the source's country")
    if ev.plover in SOURCE_PLACED:
        if src or ev.source:  # (a source of no one country, the EU: no place rather than the target's)
            return (src, "the source's country")
        return (tgt, "the target's country")
    return (src, "the source's country")  # a statement about X is not made in X


# Armed groups outside the state: the country a list gives them is where they come from, not where
# each of their acts happens.
NON_STATE_ARMED = sector_class("armed_non_state")
SCENE_CHARS = 1200  # how far back (characters) the place of the act just told still sets the scene


def _scene_before(ev: Event, events: list[Event]) -> Place | None:
    """The named place of the latest act told just before ``ev`` (within ``SCENE_CHARS``)."""
    best = None
    for other in events:
        p = other.place
        if (other is ev or p is None or p.start < 0 or other.evidence[0] >= ev.evidence[0]
                or ev.evidence[0] - other.evidence[0] > SCENE_CHARS):
            continue
        if best is None or other.evidence[0] > best[0]:
            best = (other.evidence[0], p)
    return best[1] if best else None


def places_from_actors(events: list[Event]) -> list[Event]:
    """Give each event with no place the country where it must have happened (see above). An
    armed group's act with no target is placed where the act just told happened ("the attackers
    burned the town's market before withdrawing"), not in the group's country of origin."""
    out = []
    for ev in events:
        if ev.place is None:
            iso, why = _country_of(ev)
            if (ev.plover in TARGET_PLACED and not _single_country(ev.target) and ev.source
                    and all(a.sector in NON_STATE_ARMED for a in ev.source)):
                scene = _scene_before(ev, events)
                if scene is not None:
                    out.append(replace(ev, place=scene, rule=f"{ev.rule}; place: where the act just told "
                                                              f"happened ('{scene.text}')"))
                    continue
            place = country_place(iso) if iso else None
            if place is not None:
                ev = replace(ev, place=place, rule=f"{ev.rule}; place: {why} (no place named)")
        out.append(ev)
    return out
