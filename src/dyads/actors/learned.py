"""Learned actors: unknown people and groups met with a descriptor, kept across documents.

The resolver learns "Kenyan opposition leader Jane Doe" -> KENOPP inside one document
(``Actor.rule`` ``learned:descriptor``; an unknown organisation whose name says what it is,
"... Liberation Front", is ``learned:name``). This module stores such actors in the DuckDB table
``learned_actors`` (created by the store's schema; ``ensure_table`` creates it with the same
columns when the connection is not a dyads store) and loads them back into a KB, so that
"Doe" resolves in later documents. Users correct the table with ``add``/``remove``
(``dyads actors add|remove``); a user row is never overwritten by a learned one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import duckdb

from dyads.actors.codes import sector_of
from dyads.actors.kb import KB, Entity, shipped_kb
from dyads.actors.kb_data import CODE_RE
from dyads.errors import InputError
from dyads.model import CodedDocument, Mention
from dyads.store.schema import LEARNED_ACTORS_TABLE

LEARNED_RULES = ("learned:descriptor", "learned:name")
COLUMNS = ("alias", "name", "code", "country", "sector", "descriptor", "doc_id", "date", "origin")

# The store's own table definition (one column list), made safe to run on any connection.
CREATE_SQL = LEARNED_ACTORS_TABLE.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1)


@dataclass
class LearnedActor:
    alias: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    descriptor: str | None = None
    doc_id: str | None = None
    date: str | None = None
    origin: str = "learned"  # learned | user


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(CREATE_SQL)


def from_mentions(
    mentions: Iterable[Mention], doc_id: str | None = None, date: str | None = None
) -> list[LearnedActor]:
    """The actors a document taught the resolver (first mention of each)."""
    out: dict[str, LearnedActor] = {}
    for m in mentions:
        a = m.actor
        if a.rule not in LEARNED_RULES or not a.code or not a.name or a.name in out:
            continue
        out[a.name] = LearnedActor(
            alias=a.name,
            name=a.name,
            code=a.code,
            country=a.country,
            sector=a.sector,
            descriptor=m.text[: max(0, len(m.text) - len(a.name))].strip() or None,
            doc_id=doc_id,
            date=date,
        )
    return list(out.values())


def from_coded(coded: CodedDocument) -> list[LearnedActor]:
    return from_mentions(coded.mentions, coded.id, coded.article.published)


def save(con: duckdb.DuckDBPyConnection, actors: Iterable[LearnedActor]) -> int:
    """Insert learned actors whose alias is new; returns how many were added."""
    ensure_table(con)
    added = 0
    for a in actors:
        before = con.execute("SELECT count(*) FROM learned_actors WHERE alias = ?", [a.alias])
        if before.fetchone()[0]:
            continue
        _insert(con, a)
        added += 1
    return added


def add(con: duckdb.DuckDBPyConnection, actor: LearnedActor) -> None:
    """Add or replace an actor by hand (origin ``user``)."""
    if not actor.alias.strip():
        raise InputError("an actor needs a non-empty alias")
    if not CODE_RE.match(actor.code or ""):
        raise InputError(f"{actor.code!r} is not a CAMEO-style code (e.g. USAGOV, KENOPP)")
    actor.origin = "user"
    actor.country = actor.country or actor.code[:3]
    actor.sector = actor.sector or sector_of(actor.code)
    actor.name = actor.name or actor.alias
    ensure_table(con)
    con.execute("DELETE FROM learned_actors WHERE alias = ?", [actor.alias])
    _insert(con, actor)


def remove(con: duckdb.DuckDBPyConnection, alias: str) -> bool:
    ensure_table(con)
    n = con.execute("SELECT count(*) FROM learned_actors WHERE alias = ?", [alias]).fetchone()[0]
    con.execute("DELETE FROM learned_actors WHERE alias = ?", [alias])
    return bool(n)


def has_table(con: duckdb.DuckDBPyConnection) -> bool:
    q = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'learned_actors'"
    return bool(con.execute(q).fetchone()[0])


def load(con: duckdb.DuckDBPyConnection) -> list[LearnedActor]:
    """All stored actors (none when the table does not exist; works read-only)."""
    if not has_table(con):
        return []
    cols = ", ".join(COLUMNS)
    rows = con.execute(f"SELECT {cols} FROM learned_actors ORDER BY alias").fetchall()
    return [LearnedActor(**dict(zip(COLUMNS, r, strict=True))) for r in rows]


def _insert(con: duckdb.DuckDBPyConnection, a: LearnedActor) -> None:
    d = asdict(a)
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    con.execute(f"INSERT INTO learned_actors ({cols}) VALUES ({marks})", [d[c] for c in COLUMNS])


def entities(actors: Iterable[LearnedActor], kb: KB) -> list[tuple[Entity, list[str]]]:
    """KB entities for stored actors: the alias, and a person's surname as a weak alias."""
    out = []
    for a in actors:
        iso = kb.iso_of.get(a.country or "", a.country) if a.country else None
        kind = "person" if _looks_like_person(a) else "group"
        ent = Entity(
            f"learned:{a.alias}",
            kind,
            a.name or a.alias,
            country=iso,
            cameo=kb.cameo(iso),
            code=a.code,
            sector=a.sector or sector_of(a.code),
            role=a.descriptor or "",
            source=f"learned_actors:{a.origin}",
        )
        aliases = [a.alias]
        parts = a.alias.split()
        if kind == "person" and len(parts) > 1 and len(parts[-1]) >= 3:
            aliases.append("~" + parts[-1])
        out.append((ent, aliases))
    return out


def kb_with_learned(con: duckdb.DuckDBPyConnection, kb: KB | None = None) -> KB:
    """``kb`` (default: the shipped KB) plus every stored learned actor."""
    base = kb or shipped_kb()
    return base.extend(entities(load(con), base))


_PERSON_SECTORS_WORDS = re.compile(
    r"\b(leader|president|minister|secretary|spokes\w+|general|commander|chief|official|"
    r"activist|journalist|judge|cleric|ambassador|envoy|mayor|governor|senator|prime)\b",
    re.IGNORECASE,
)


def _looks_like_person(a: LearnedActor) -> bool:
    return bool(a.descriptor and _PERSON_SECTORS_WORDS.search(a.descriptor))
