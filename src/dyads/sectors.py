"""CAMEO sector codes and their classes, read from one table: ``data/actors/sector_codes.csv``.

Every room that asks "is this sector the state / armed / civilian / ..." asks here, so that
no room types a list of sector codes of its own. The rooms cannot import each other, so the
table is read on the ground floor (this module imports nothing of dyads but the data reader
and errors)::

    sector_class("state")   -> frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
    cameo_sectors()         -> ("GOV", "MIL", "REB", ...)   the codebook's sectors, in table order
    labels()["MIL"]         -> "military"
    acled_inter()["REB"]    -> 2

The classes and what reads them are listed in the file's header.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from dyads.data import content_lines, read_text
from dyads.errors import DyadsError

__all__ = ["CLASSES", "DIPLOMAT_WORDS", "OTHER_SIDE_ROLES", "names_diplomat", "SectorCode", "acled_inter", "cameo_sectors", "labels", "sector_class", "table"]

FILE = "actors/sector_codes.csv"
COLUMNS = ["code", "label", "cameo", "classes", "acled_inter"]
CLASSES = frozenset({
    "state", "state_organ", "force", "private", "no_home", "non_state", "rebel",
    "acled_state", "acled_armed", "acled_civilian", "unarmed", "armed_non_state",
})  # fmt: skip
# Head words of a state's envoys abroad ("Russia's ambassador", "a French diplomat"): a GOV actor
# that speaks for its state in another country, so no unnamed organ around it ("the ministry
# summoned ...", "the junta") is of its country.
DIPLOMAT_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                            "attache", "delegation", "d'affaires"})


# Titles that only one state gives in their bare form (a "Secretary of State" is the United States').
ONE_STATE_TITLES = {"secretary of state": "USA", "union home minister": "IND", "union government": "IND"}


def one_state_title(title: str, after: str) -> str | None:
    """The state whose bare title ``title`` is ("Secretary of State X": the United States), unless
    the text ``after`` it names a portfolio ("Secretary of State for Defence": another state's)."""
    return None if after.startswith(" for") else ONE_STATE_TITLES.get(title)
# Bodies only one state calls so, capitalised as a name ("a State Department spokesman"); a
# "state department" in lower case is any foreign ministry.
ONE_STATE_BODIES = {"State Department": "USA", "U.S. State Department": "USA"}


def one_state_body(surface: str) -> str | None:
    """The state whose body ``surface`` (as written) names, or None."""
    return ONE_STATE_BODIES.get(surface)


# Missions abroad whose officials speak for their state there ("a Chinese embassy official").
MISSION_WORDS = frozenset({"embassy", "consulate", "consular"})


# Roles held on the other side from the one they are named beside ("met his counterpart"): never
# of the possessor's country, nor of the event's other party.
OTHER_SIDE_ROLES = frozenset({"counterpart", "counterparts"})


def names_diplomat(text: str | None) -> bool:
    """The actor's text ends in an envoy's title ("Russia's ambassador", "the French envoy"), or
    names an official of an embassy ("a senior Chinese embassy official")."""
    words = (text or "").lower().split()
    return bool(words) and (words[-1] in DIPLOMAT_WORDS
                            or (len(words) > 1 and words[-2] in MISSION_WORDS and words[-1] in ("official", "officials")))


@dataclass(frozen=True)
class SectorCode:
    code: str
    label: str
    cameo: bool
    classes: frozenset[str]
    acled_inter: int | None


def _row(line: int, values: list[str]) -> SectorCode:
    if len(values) != len(COLUMNS):
        raise DyadsError(f"{FILE}:{line}: {len(values)} fields, expected {len(COLUMNS)}")
    code, label, cameo, classes, inter = (v.strip() for v in values)
    named = frozenset(c for c in classes.split("|") if c)
    if len(code) != 3 or not code.isupper() or cameo not in ("yes", "no") or named - CLASSES:
        raise DyadsError(f"{FILE}:{line}: bad row (code, cameo yes/no, classes from {sorted(CLASSES)})")
    if inter and not inter.isdigit():
        raise DyadsError(f"{FILE}:{line}: acled_inter must be a number")
    return SectorCode(code, label, cameo == "yes", named, int(inter) if inter else None)


@cache
def table() -> tuple[SectorCode, ...]:
    """The rows of the table, in file order; ``DyadsError`` naming the line on a bad row."""
    numbered = content_lines(read_text(FILE))
    if not numbered or next(csv.reader([numbered[0][1]])) != COLUMNS:
        raise DyadsError(f"{FILE}: expected the header {','.join(COLUMNS)}")
    rows = tuple(_row(no, next(csv.reader([line]))) for no, line in numbered[1:])
    if len({r.code for r in rows}) != len(rows):
        raise DyadsError(f"{FILE}: a code is listed twice")
    return rows


@cache
def sector_class(name: str) -> frozenset[str]:
    """The sector codes of one class (see the file's header for what each class means)."""
    if name not in CLASSES:
        raise KeyError(f"unknown sector class {name!r}; one of {sorted(CLASSES)}")
    return frozenset(r.code for r in table() if name in r.classes)


@cache
def cameo_sectors() -> tuple[str, ...]:
    """The CAMEO codebook's sector codes, in table order."""
    return tuple(r.code for r in table() if r.cameo)


@cache
def labels() -> dict[str, str]:
    """Sector code -> the word the web page shows, for the codes that have one."""
    return {r.code: r.label for r in table() if r.label}


@cache
def acled_inter() -> dict[str, int]:
    """Sector code -> ACLED actor type (1 state forces, 2 rebels, 3 militias, 7 civilians)."""
    return {r.code: r.acled_inter for r in table() if r.acled_inter is not None}
