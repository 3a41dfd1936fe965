"""Learned actors: unknown people and groups met with a descriptor, kept across documents.

The resolver learns "Kenyan opposition leader Jane Doe" -> KENOPP inside one document
(``Actor.rule`` ``learned:descriptor``; an unknown organisation whose name says what it is,
"... Liberation Front", is ``learned:name``). This module keeps such actors, with the evidence
that taught them (the sentence, the document's id and source) and a confidence:

- a first sighting gets ``FIRST_CONFIDENCE`` of its rule (a descriptor is surer than a name);
- each further document that teaches the same code raises it (``1 - (1 - c0) ** seen``) - only
  a document that learns it on its own counts: once in use, later mentions resolve to the
  stored actor (``learned:stored``) and do not confirm it again;
- each document that teaches another code for the same alias halves it (``conflicts``);
- only actors at ``USE_CONFIDENCE`` or more, not rejected, resolve in other documents.

They are kept in the DuckDB table ``learned_actors`` (the store's schema; ``ensure_table``
creates it with the same columns when the connection is not a dyads store) and loaded back
into a KB, so that "Doe" resolves in later documents; ``RunMemory`` (``actors.memory``) does the
same within one run. Users review the table (``dyads actors review``: lowest confidence first,
with evidence; ``--reject ALIAS`` keeps the alias from being used or learned again) and correct
it with ``add``/``remove`` (``dyads actors add|remove``); a user row is never overwritten by a
learned one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

import duckdb

from dyads.actors.codes import sector_of
from dyads.actors.kb import KB, Entity, shipped_kb
from dyads.actors.kb_data import CODE_RE
from dyads.errors import InputError
from dyads.model import CodedDocument, Mention

LEARNED_RULES = ("learned:descriptor", "learned:name")
# First-sighting confidence by the rule that learned the actor: a descriptor ("Kenyan opposition
# leader Jane Doe") says country and sector; a name keyword ("... Liberation Front") the sector.
FIRST_CONFIDENCE = {"learned:descriptor": 0.6, "learned:name": 0.5}
USE_CONFIDENCE = 0.5  # below it a learned actor is listed for review but resolves nowhere
EVIDENCE_MAX_CHARS = 300
BASE_COLUMNS = (
    "alias", "name", "code", "country", "sector", "descriptor", "doc_id", "date", "origin"
)  # fmt: skip
# Added by schema migration 9 (after ``created_at``).
REVIEW_COLUMNS = ("confidence", "seen", "conflicts", "evidence", "source", "rejected")
COLUMNS = BASE_COLUMNS + REVIEW_COLUMNS

CREATE_SQL = """CREATE TABLE IF NOT EXISTS learned_actors (
    alias VARCHAR PRIMARY KEY, name VARCHAR, code VARCHAR, country VARCHAR,
    sector VARCHAR, descriptor VARCHAR, doc_id VARCHAR, date VARCHAR,
    origin VARCHAR CHECK (origin IN ('learned', 'user')),
    created_at TIMESTAMP DEFAULT current_timestamp,
    confidence DOUBLE, seen INTEGER DEFAULT 1, conflicts INTEGER DEFAULT 0,
    evidence VARCHAR, source VARCHAR, rejected BOOLEAN DEFAULT false)"""


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
    confidence: float | None = None  # None: a user's row (or one stored before schema 9)
    seen: int = 1  # documents that taught this alias this code
    conflicts: int = 0  # documents that taught this alias another code
    evidence: str | None = None  # the sentence that first taught it
    source: str | None = None  # that document's path or URL
    rejected: bool = False  # a reviewer rejected it: never used, never learned again

    @property
    def usable(self) -> bool:
        """Whether it resolves in other documents: not rejected, and a user's row or sure enough."""
        if self.rejected:
            return False
        return self.origin == "user" or self.confidence is None or self.confidence >= USE_CONFIDENCE


def confidence(first: float, seen: int, conflicts: int) -> float:
    """``1 - (1 - first) ** seen``, halved for each conflicting document."""
    return round((1 - (1 - first) ** max(seen, 1)) * 0.5**conflicts, 3)


def merged(old: LearnedActor, new: LearnedActor) -> LearnedActor | None:
    """``old`` after one more document taught ``new`` for its alias (None: nothing changes:
    a user's row, a rejected one, or a row without a confidence)."""
    if old.origin == "user" or old.rejected or old.confidence is None:
        return None
    first = new.confidence if new.confidence is not None else FIRST_CONFIDENCE["learned:name"]
    seen, conflicts = old.seen, old.conflicts
    if new.code == old.code:
        seen += 1
    else:
        conflicts += 1
    return replace(
        old, seen=seen, conflicts=conflicts, confidence=confidence(first, seen, conflicts)
    )


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(CREATE_SQL)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (split at ". ", "! ", "? " and line breaks)."""
    lo = max(text.rfind(sep, 0, start) for sep in (". ", "! ", "? ", "\n"))
    lo = 0 if lo < 0 else lo + 1
    his = [i for i in (text.find(sep, end) for sep in (". ", "! ", "? ", "\n")) if i >= 0]
    hi = min(his) + 1 if his else len(text)
    return " ".join(text[lo:hi].split())[:EVIDENCE_MAX_CHARS]


def from_mentions(
    mentions: Iterable[Mention],
    doc_id: str | None = None,
    date: str | None = None,
    text: str | None = None,
    source: str | None = None,
) -> list[LearnedActor]:
    """The actors a document taught the resolver (first mention of each), with the sentence
    of ``text`` (the article body) that taught it and a first-sighting confidence."""
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
            confidence=FIRST_CONFIDENCE[a.rule],
            evidence=_sentence(text, m.start, m.end) if text else None,
            source=source or None,
        )
    return list(out.values())


def from_coded(coded: CodedDocument) -> list[LearnedActor]:
    art = coded.article
    return from_mentions(
        coded.mentions, coded.id, art.published, art.text, art.url or art.source or None
    )


def save(con: duckdb.DuckDBPyConnection, actors: Iterable[LearnedActor]) -> int:
    """Insert learned actors whose alias is new, and count a further sighting (same code: more
    confidence; another code: a conflict) of those already learned; returns how many were
    added. User rows and rejected rows are left alone."""
    ensure_table(con)
    added = 0
    for a in actors:
        old = _get(con, a.alias)
        if old is None:
            _insert(con, a)
            added += 1
            continue
        upd = merged(old, a)
        if upd is not None:
            con.execute(
                "UPDATE learned_actors SET seen = ?, conflicts = ?, confidence = ? WHERE alias = ?",
                [upd.seen, upd.conflicts, upd.confidence, a.alias],
            )
    return added


def _get(con: duckdb.DuckDBPyConnection, alias: str) -> LearnedActor | None:
    cols = ", ".join(COLUMNS)
    row = con.execute(f"SELECT {cols} FROM learned_actors WHERE alias = ?", [alias]).fetchone()
    return _row(row) if row else None


def _row(row) -> LearnedActor:
    d = dict(zip(COLUMNS, row, strict=True))
    d["seen"] = d["seen"] if d["seen"] is not None else 1
    d["conflicts"] = d["conflicts"] or 0
    d["rejected"] = bool(d["rejected"])
    return LearnedActor(**d)


def reject(con: duckdb.DuckDBPyConnection, alias: str) -> bool:
    """Mark a learned actor rejected (kept, so that it is not learned again); False: no such
    alias."""
    ensure_table(con)
    if _get(con, alias) is None:
        return False
    con.execute("UPDATE learned_actors SET rejected = true WHERE alias = ?", [alias])
    return True


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


def accept(con: duckdb.DuckDBPyConnection, alias: str) -> bool:
    """Make a learned actor a user row (used whatever its confidence, never overwritten)."""
    ensure_table(con)
    if _get(con, alias) is None:
        return False
    con.execute(
        "UPDATE learned_actors SET origin = 'user', rejected = false WHERE alias = ?", [alias]
    )
    return True


def review(
    actors: Iterable[LearnedActor], include_rejected: bool = False, below: float = 1.0
) -> list[LearnedActor]:
    """Learned (not user) actors to review: least sure first, confidence under ``below``."""
    out = [
        a
        for a in actors
        if a.origin == "learned"
        and (include_rejected or not a.rejected)
        and (a.confidence is None or a.confidence < below)
    ]
    return sorted(out, key=lambda a: (a.confidence if a.confidence is not None else 0.0, a.alias))


def has_table(con: duckdb.DuckDBPyConnection) -> bool:
    q = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'learned_actors'"
    return bool(con.execute(q).fetchone()[0])


def load(con: duckdb.DuckDBPyConnection) -> list[LearnedActor]:
    """All stored actors, rejected ones included (none when the table does not exist; works
    read-only)."""
    if not has_table(con):
        return []
    cols = ", ".join(COLUMNS)
    rows = con.execute(f"SELECT {cols} FROM learned_actors ORDER BY alias").fetchall()
    return [_row(r) for r in rows]


def _insert(con: duckdb.DuckDBPyConnection, a: LearnedActor) -> None:
    d = asdict(a)
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    con.execute(f"INSERT INTO learned_actors ({cols}) VALUES ({marks})", [d[c] for c in COLUMNS])


def entities(actors: Iterable[LearnedActor], kb: KB) -> list[tuple[Entity, list[str]]]:
    """KB entities for the usable actors (``LearnedActor.usable``): the alias, and a person's
    surname as a weak alias."""
    out = []
    for a in actors:
        if not a.usable:
            continue
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
