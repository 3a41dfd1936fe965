"""The actor knowledge base: entities, their aliases, and the alias automaton.

``KB.default()`` loads the shipped files once per process. ``KB.extend`` returns a new KB
with more entities (learned actors, PETRARCH dictionaries: ``petrarch.extend_kb``) without
touching the default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from dyads.actors.kb_data import load_file, split_list
from dyads.actors.normalize import case_mask, norm_key

# Which entity wins when two share an alias: lower number first.
KIND_PRIORITY = {
    "person": 0,
    "group": 1,
    "igo": 1,
    "ngo": 1,
    "agency": 1,
    "party": 2,
    "country": 3,
    "capital": 4,
    "people": 5,
    "adjective": 6,
    "qualifier": 7,
    "sector": 8,
    "anaphor": 9,
    "block": -2,  # a phrase that only shadows an actor name ("New Mexico")
}

NAMED_KINDS = frozenset({"person", "group", "igo", "ngo", "agency", "party"})
COUNTRY_KINDS = frozenset({"country", "capital", "people", "adjective"})


@dataclass(frozen=True, slots=True)
class Term:
    """One spell of office: the code a person carries between two dates (ISO, inclusive)."""

    code: str
    role: str
    start: str
    end: str  # "" = open


@dataclass(slots=True, weakref_slot=True)  # weak references: the resolver's cache by entity
class Entity:
    key: str
    kind: str  # see KIND_PRIORITY
    name: str
    country: str | None = None  # ISO3
    cameo: str | None = None  # CAMEO country code
    code: str | None = None  # full code when fixed (groups, IGOs)
    sector: str | None = None
    qualifiers: tuple[str, ...] = ()
    role: str = ""  # sectors: role|body|people; anaphors: what they refer to
    coref: bool = False  # sector word that on its own refers back ("the regime")
    plural: bool = False
    terms: tuple[Term, ...] = ()
    source: str = "kb"
    rank: int | None = None  # overrides KIND_PRIORITY (user dictionaries win: -1)

    @property
    def priority(self) -> int:
        return self.rank if self.rank is not None else KIND_PRIORITY.get(self.kind, 10)


@dataclass(slots=True)
class Alias:
    text: str  # as written in the data
    entity: Entity
    weak: bool = False  # resolves only after a strong alias of the entity (or in office)
    mask: tuple[int, ...] = ()  # positions that must be upper case in the text
    stem: bool = False  # the last word also matches longer words ("argentin" -> "Argentine")


@dataclass
class KB:
    entities: list[Entity] = field(default_factory=list)
    aliases: dict[str, list[Alias]] = field(default_factory=dict)  # norm key -> aliases
    cameo_of: dict[str, str] = field(default_factory=dict)  # ISO3 -> CAMEO country code
    iso_of: dict[str, str] = field(default_factory=dict)  # CAMEO country code -> ISO3
    name_keywords: dict[str, str] = field(default_factory=dict)  # "Front" -> REB
    user_agents: bool = False  # holds the agents of a user's PETRARCH/TABARI agent dictionary
    _automaton: ahocorasick.Automaton | None = None
    _name_words: dict[str, frozenset[str]] | None = None  # person key -> words of its names
    _groups: dict[str, Entity] | None = None  # code -> group entity
    # Keys whose alias list this KB shares with the KB it extends, or that extends it
    # (``extend``): copied before ``add`` changes them, so neither sees the other's additions.
    _shared: set[str] | None = None

    # -- building -------------------------------------------------------------------------
    def add(self, entity: Entity, aliases: Iterable[str]) -> list[Alias]:
        """Add ``entity`` under ``aliases``; returns the aliases added (an alias under which the
        entity is already known is skipped)."""
        self.entities.append(entity)
        added: list[Alias] = []
        for raw in aliases:
            weak = raw.startswith("~")
            text = raw[1:] if weak else raw
            stem = text.endswith("*")
            text = text.rstrip("*")
            key = norm_key(text)
            if not key.strip():
                continue
            if stem:
                key = key[:-1]  # no closing space: matches the start of a longer word
            bucket = self.aliases.get(key)
            if bucket is None:
                bucket = self.aliases[key] = []
            elif any(a.entity.key == entity.key for a in bucket):
                continue
            elif self._shared and key in self._shared:
                bucket = self.aliases[key] = list(bucket)  # (the other KB's list stays as it is)
                self._shared.discard(key)
            alias = Alias(text, entity, weak, case_mask(text), stem)
            bucket.append(alias)
            bucket.sort(key=lambda a: (a.weak, a.entity.priority))
            added.append(alias)
        self._automaton = None
        self._name_words = None
        self._groups = None
        return added

    def extend(self, items: Iterable[tuple[Entity, list[str]]]) -> KB:
        """A new KB with these (entity, aliases) added after the existing ones.

        The two KBs share their alias lists until one of them adds to a list (copy on write), and
        the new KB's table of person-name words starts from this one's (a run that learns actors
        extends the KB after many documents: copying every list and rebuilding that table each
        time cost about 6 ms of the 10 ms an extension took)."""
        new = KB(
            list(self.entities),
            dict(self.aliases),
            dict(self.cameo_of),
            dict(self.iso_of),
            dict(self.name_keywords),
            self.user_agents,
        )
        self._shared = set(self.aliases)
        new._shared = set(self.aliases)
        words = self._name_words
        added = [alias for entity, aliases in items for alias in new.add(entity, aliases)]
        if words is not None:  # this KB's table plus the words of the person aliases just added
            new._name_words = _name_word_table(added, words)
        return new

    @property
    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            a = ahocorasick.Automaton()
            for key in self.aliases:
                a.add_word(key, key)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def name_words(self, key: str) -> frozenset[str]:
        """The lower-case words of a person's name and aliases ("abd", "rabbuh", "hadi")."""
        if self._name_words is None:
            self._name_words = _name_word_table(a for bucket in self.aliases.values() for a in bucket)
        return self._name_words.get(key, frozenset())

    def group_with_code(self, code: str) -> Entity | None:
        """The group entity whose full code is ``code`` (a commander's own armed group)."""
        if self._groups is None:
            self._groups = {e.code: e for e in self.entities if e.kind == "group" and e.code}
        return self._groups.get(code)

    def cameo(self, iso3: str | None) -> str | None:
        return None if iso3 is None else self.cameo_of.get(iso3, iso3)

    def lookup(self, text: str) -> list[Alias]:
        return self.aliases.get(norm_key(text), [])

    def place_country(self, name: str) -> str | None:
        """The one country (ISO3) a country's or a capital's name stands for ("Dhaka" -> BGD), else
        None."""
        found = {a.entity.country for a in self.lookup(name)
                 if a.entity.kind in ("capital", "country") and a.entity.country}
        return found.pop() if len(found) == 1 else None

    def nationality(self, word: str) -> str | None:
        """The one country (ISO3) a nationality adjective or country name stands for ("French"
        -> FRA), else None."""
        found = {a.entity.country for a in self.lookup(word)
                 if a.entity.kind in ("adjective", "country") and a.entity.country}
        return found.pop() if len(found) == 1 else None

    # -- loading --------------------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path | None = None) -> KB:
        kb = cls()
        _load_countries(kb, directory)
        _load_groups(kb, directory)
        _load_people(kb, directory)
        _load_qualifiers(kb, directory)
        _load_sectors(kb, directory)
        _load_anaphors(kb, directory)
        for row in load_file("not_actors.csv", directory):
            for phrase in split_list(row["phrase"]):
                kb.add(Entity(f"block:{phrase}", "block", phrase), [phrase])
        kb.name_keywords = {
            r["keyword"]: r["sector"] for r in load_file("name_keywords.csv", directory)
        }
        return kb

    @staticmethod
    def default() -> KB:
        """The KB ``resolve`` uses when given none: the shipped one (a run with learned
        actors or a user's dictionaries passes its own KB down as ``actor_kb``)."""
        return _default_kb()


def _name_word_table(aliases: Iterable[Alias], start: dict[str, frozenset[str]] | None = None,
                     ) -> dict[str, frozenset[str]]:
    """Person key -> the lower-case words of its names and aliases (``KB.name_words``), from
    ``start`` plus ``aliases``."""
    words: dict[str, set[str]] = {}
    for a in aliases:
        if a.entity.kind == "person":
            names = f"{a.entity.name} {a.text}".lower()
            ws = words.get(a.entity.key)
            if ws is None:
                ws = words[a.entity.key] = set(start.get(a.entity.key, ())) if start else set()
            ws.update(names.replace("-", " ").split(), names.replace("-", "").split())
    table = dict(start) if start else {}
    table.update((k, frozenset(v)) for k, v in words.items())
    return table


def shipped_kb() -> KB:
    return _default_kb()


@lru_cache(maxsize=1)
def _default_kb() -> KB:
    kb = KB.load()
    kb.automaton  # noqa: B018 - build once, here
    return kb


def _load_countries(kb: KB, directory: Path | None) -> None:
    for row in load_file("countries.csv", directory):
        iso, cameo = row["iso3"], row["cameo"]
        kb.cameo_of[iso] = cameo
        kb.iso_of[cameo] = iso
        base = dict(country=iso, cameo=cameo, code=cameo, source=row.get("source", ""))
        name = row["name"]
        kb.add(Entity(f"country:{iso}", "country", name, **base), split_list(row["names"]))
        kb.add(Entity(f"adj:{iso}", "adjective", name, **base), split_list(row["adjectives"]))
        kb.add(
            Entity(f"people:{iso}", "people", name, plural=True, **base), split_list(row["people"])
        )
        kb.add(
            Entity(
                f"capital:{iso}", "capital", name, sector="GOV", **{**base, "code": cameo + "GOV"}
            ),
            split_list(row["capitals"]),
        )


def _load_groups(kb: KB, directory: Path | None) -> None:
    for row in load_file("groups.csv", directory):
        iso = row["country"] or None
        kb.add(
            Entity(
                f"{row['kind']}:{row['name']}",
                row["kind"],
                row["name"],
                country=iso,
                cameo=kb.cameo(iso),
                code=row["code"],
                sector=row["sector"] or None,
                qualifiers=tuple(split_list(row["qualifiers"])),
                source="groups.csv",
            ),
            split_list(row["aliases"]),
        )


def _cameo_prefixed(code: str, iso: str | None, cameo: str | None) -> str:
    """An office's code with the country's CAMEO code where the data wrote its ISO code
    (``ITAGOV`` -> ``ITLGOV``, ``JPNGOV`` -> ``JAPGOV``): one government, one code."""
    if iso and cameo and cameo != iso and code.startswith(iso):
        return cameo + code[len(iso):]
    return code


def _load_people(kb: KB, directory: Path | None) -> None:
    people: dict[str, tuple[Entity, list[str]]] = {}
    for row in load_file("people.csv", directory):
        code = _cameo_prefixed(row["code"], row["country"] or None, kb.cameo(row["country"] or None))
        term = Term(code, row["role"], row["start"], row["end"])
        if row["name"] in people:
            ent, aliases = people[row["name"]]
            ent.terms = ent.terms + (term,)
            aliases.extend(a for a in split_list(row["aliases"]) if a not in aliases)
            continue
        iso = row["country"] or None
        ent = Entity(
            f"person:{row['name']}",
            "person",
            row["name"],
            country=iso,
            cameo=kb.cameo(iso),
            terms=(term,),
            source="people.csv",
        )
        people[row["name"]] = (ent, split_list(row["aliases"]))
    for ent, aliases in people.values():
        kb.add(ent, aliases)


def _load_qualifiers(kb: KB, directory: Path | None) -> None:
    for row in load_file("qualifiers.csv", directory):
        kb.add(
            Entity(
                f"qual:{row['code']}",
                "qualifier",
                row["code"],
                role=row["kind"],
                qualifiers=(row["code"],),
            ),
            split_list(row["phrase"]),
        )


def _load_sectors(kb: KB, directory: Path | None) -> None:
    for row in load_file("sectors.csv", directory):
        for phrase in split_list(row["phrase"]):
            kb.add(
                Entity(
                    f"sector:{phrase}",
                    "sector",
                    phrase,
                    sector=row["sector"],
                    role=row["kind"],
                    coref=row["coref"] == "yes",
                    plural=_looks_plural(phrase, row["kind"]),
                    source="sectors.csv",
                ),
                [phrase],
            )


def _load_anaphors(kb: KB, directory: Path | None) -> None:
    for row in load_file("anaphors.csv", directory):
        for phrase in split_list(row["phrase"]):
            kb.add(Entity(f"anaphor:{phrase}", "anaphor", phrase, role=row["refers"]), [phrase])


def _looks_plural(phrase: str, kind: str) -> bool:
    # ("superintendent of police", "chiefs of staff": the head is the word before "of")
    words = phrase.split()
    last = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if kind == "people" or last in ("police", "military", "media", "press", "public"):
        return kind == "people" or last == "police"
    if last.endswith("men") and last not in ("specimen", "regimen", "abdomen"):
        return True  # "gunmen", "policemen", "tribesmen": irregular plurals
    return last.endswith("s") and not last.endswith(("ss", "us", "ics"))
