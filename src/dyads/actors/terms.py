"""Date-aware choice of a person's code from their terms of office."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyads.actors.kb import Entity, Term

OUT_OF_OFFICE_SECTOR = "ELI"  # a known person met outside any listed term: country + elite


def _covers(term: Term, date: str) -> bool:
    start = term.start
    end = term.end or "9999"
    return start[: len(date)] <= date[: len(start)] and date[: len(end)] <= end + "-99"


def in_office(entity: Entity, date: str | None) -> bool:
    return bool(date) and any(_covers(t, date) for t in entity.terms)


def term_at(entity: Entity, date: str | None) -> Term | None:
    """The term covering ``date``; without a date the latest term; None when out of office."""
    if not entity.terms:
        return None
    if not date:
        return max(entity.terms, key=lambda t: t.start)
    covering = [t for t in entity.terms if _covers(t, date)]
    if covering:
        return max(covering, key=lambda t: t.start)
    return None


def person_code(entity: Entity, date: str | None) -> tuple[str | None, str | None, str]:
    """(code, sector, rule) for a person on a date."""
    term = term_at(entity, date)
    if term is not None:
        sector = term.code[3:6] or None
        return term.code, sector, f"person:{term.role}"
    if entity.code:  # a dictionary entry's undated code
        return entity.code, entity.sector, "person:undated"
    if entity.cameo:
        return entity.cameo + OUT_OF_OFFICE_SECTOR, OUT_OF_OFFICE_SECTOR, "person:out-of-office"
    latest = max(entity.terms, key=lambda t: t.start)
    return latest.code, latest.code[3:6] or None, "person:out-of-office"
