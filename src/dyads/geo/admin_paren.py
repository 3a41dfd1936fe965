"""Places written with their administrative units in parentheses: "Gwoza (Gwoza, Borno)",
"near Shyrokyne (Volnovakha, Donetsk)", "in Phoenix (eThekwini, KwaZulu-Natal)".

Event notes (ACLED coders' notes among them) name a village or town and then, in parentheses,
the district and region it lies in. The name before the parentheses is the place; the units
inside only say which one it is:

- the name is a place even when the tagger took it for a person ("Khan Shaykhun") or missed it;
- it resolves to an entry of the units' country, in their region where the gazetteer says so,
  never to a namesake abroad ("Kani" in Sagaing is not the Japanese town);
- a name the gazetteer lacks (most villages) takes its district's place, else its region's:
  the nearest point the text gives (ACLED's own convention for a place it cannot find);
- the units themselves are not places of their own for the events (an event "near Shyrokyne
  (Volnovakha, Donetsk)" happened near Shyrokyne, not in Donetsk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.geo.gazetteer import Entry, Gazetteer
from dyads.geo.names import fold

_WORD = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
_PARTICLE = r"(?:al|el|as|ad|an|ash|at|de|du|des|da|do|la|le|del|bin|ibn|wa|of|and)"
_NAME = rf"{_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_WORD}){{0,4}}"
_UNIT_WORD = r"[a-z]?[A-Z][\w'’.]*(?:-[\w'’]+)*"  # "eThekwini"
_UNIT = rf"{_UNIT_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_UNIT_WORD}){{0,4}}"
PAREN_RE = re.compile(rf"(?<![\w'’-])({_NAME})\s\(({_UNIT})((?:,\s*{_UNIT}){{1,2}})\)")
# Capitalised words that open a sentence or a note and are no place of their own
_NOT_NAMES = frozenset({"on", "in", "near", "at", "the", "around", "between", "outside", "of", "from", "to"})


@dataclass(frozen=True)
class AdminPlace:
    start: int  # the name's span in the text
    end: int
    entry: Entry | None  # what it resolves to (the name's own entry, or a unit's)
    own: bool  # the entry is the name's own (not its district's or region's)
    units: tuple[tuple[int, int], ...]  # the spans of the units in parentheses


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading words that are no part of a name ("On", "Near", "The")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    while k < len(words) - 1 and words[k].group().lower().strip(",") in _NOT_NAMES:
        k += 1
    return start + words[k].start(), end


def _units(text: str, m: re.Match) -> list[tuple[int, int]]:
    out = [(m.start(2), m.end(2))]
    base = m.start(3)
    for part in re.finditer(rf"{_UNIT}", m.group(3)):
        out.append((base + part.start(), base + part.end()))
    return out


def _areas(gaz: Gazetteer, name: str) -> list[Entry]:
    return [c.entry for c in gaz.lookup(name, inner=False) if c.entry.feature.startswith(("A.", "P."))]


def _best(entries: list[Entry]) -> Entry | None:
    if not entries:
        return None
    # populated places before areas (the town before the district of its name), then the largest
    return max(entries, key=lambda e: (e.feature.startswith("P."), e.population))


def find(text: str, gaz: Gazetteer) -> list[AdminPlace]:
    """Every "<Name> (<district>, <region>)" of ``text`` with what its name resolves to."""
    out: list[AdminPlace] = []
    for m in PAREN_RE.finditer(text):
        units = _units(text, m)
        if len(units) < 2:
            continue
        unit_names = [text[s:e] for s, e in units]
        # the region: a first- or second-order unit (strong), or a town of its name (weak, only
        # when the district agrees); the district: a unit or a town of its name
        regions = _areas(gaz, unit_names[-1])
        strong = {e.cc for e in regions if e.feature.startswith(("A.ADM1", "A.ADM2"))}
        district = _areas(gaz, unit_names[0])
        dcc = {e.cc for e in district}
        countries = strong & dcc or {e.cc for e in regions} & dcc or strong
        if not countries:
            continue
        admin1 = {(e.cc, e.admin1) for e in regions if e.feature.startswith("A.ADM1") and e.cc in countries}
        start, end = _trim_name(text, m.start(1), m.end(1))
        name = text[start:end]
        if not name or fold(name) in _NOT_NAMES:
            continue
        cands = [c.entry for c in gaz.lookup(name, inner=False) if c.entry.cc in countries]
        in_region = [e for e in cands if (e.cc, e.admin1) in admin1]
        own = _best(in_region) or _best(cands)
        entry = own
        if entry is None and admin1:  # a village the gazetteer lacks: its district, else its region
            entry = (_best([e for e in district if (e.cc, e.admin1) in admin1])
                     or _best([e for e in regions if e.feature.startswith("A.ADM1") and e.cc in countries]))
        if entry is None:
            continue
        out.append(AdminPlace(start, end, entry, own is not None, tuple(units)))
    return out
