"""The one filter over merged events, built once for every reader of the store.

``Store.events``, the exports, the network and the web endpoints all take an
``EventFilter`` and turn it into SQL here (``where``), so a day, a PLOVER type, an actor
term or a network node means the same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dyads.store.nodes import has_node


@dataclass(frozen=True)
class EventFilter:
    """Checked event filters: days ISO (inclusive, on the event day), PLOVER type upper case,
    an actor term (code, name or text contains it), a document (a stored id or a record id),
    and network nodes: the events of ``node`` or, with ``node2``, the events between the two
    (either way), nodes as ``dyads.network`` names them at ``level``."""

    since: str | None = None
    until: str | None = None
    plover: str | None = None
    actor: str | None = None
    node: str | None = None
    node2: str | None = None
    level: str = "country"
    doc_id: str | None = None

    def where(self, alias: str = "", actor_lists: bool = False) -> tuple[list[str], list[Any]]:
        """(SQL conditions to AND together, their arguments) over table ``alias`` (e.g. "e").
        ``actor_lists``: the store has the actor filter's index (``Store.actor_lists``,
        schema 10), else an actor term reads every event's actor lists (same events)."""
        p = f"{alias}." if alias else ""
        where: list[str] = []
        args: list[Any] = []
        if self.since:
            where.append(f"{p}day >= CAST(? AS DATE)")
            args.append(self.since)
        if self.until:
            where.append(f"{p}day <= CAST(? AS DATE)")
            args.append(self.until)
        if self.doc_id:
            where.append(
                f"{p}id IN (SELECT event_id FROM event_sources WHERE doc_id IN "
                "(SELECT id FROM documents WHERE id = ? OR record_id = ?))"
            )
            args.extend([self.doc_id, self.doc_id])
        if self.plover:
            where.append(f"{p}plover = ?")
            args.append(self.plover.upper())
        self._actor_terms(p, where, args, actor_lists)
        return where, args

    def _actor_terms(self, p: str, where: list[str], args: list[Any], indexed: bool) -> None:
        if self.actor and indexed:
            # the same test over the distinct lists' texts (``actor_lists``), then the
            # events by their lists' ids
            found = "(SELECT id FROM actor_lists WHERE contains(text, ?))"
            where.append(f"({p}source_list_id IN {found} OR {p}target_list_id IN {found})")
            args.extend([self.actor.lower(), self.actor.lower()])
        elif self.actor:
            # any source or target actor whose code, name or text contains the term (the
            # JSON text of either list, lower-cased, holds it)
            where.append(
                f"(contains(lower(CAST({p}source AS VARCHAR)), ?) "
                f"OR contains(lower(CAST({p}target AS VARCHAR)), ?))"
            )
            args.extend([self.actor.lower(), self.actor.lower()])
        if not self.node:
            return
        src, tgt = has_node(f"{p}source", self.level), has_node(f"{p}target", self.level)
        if self.node2:
            where.append(f"(({src} AND {tgt}) OR ({src} AND {tgt}))")
            for a, b in ((self.node, self.node2), (self.node2, self.node)):
                args.extend([a, a, b, b])
        else:
            where.append(f"({src} OR {tgt})")
            args.extend([self.node] * 4)


def where_sql(
    flt: EventFilter | None, alias: str = "", *always: str, actor_lists: bool = False
) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or "") for ``flt`` plus the ``always`` conditions, and its arguments
    (``actor_lists``: see ``EventFilter.where``)."""
    where, args = flt.where(alias, actor_lists) if flt is not None else ([], [])
    conds = [*always, *where]
    return (" WHERE " + " AND ".join(conds)) if conds else "", args
