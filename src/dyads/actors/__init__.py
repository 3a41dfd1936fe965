"""Actors: the knowledge base, the resolver (descriptor composition, coreference), learned
actors and PETRARCH/TABARI dictionaries.

Entry point: ``resolve(doc, article, kb=None) -> list[Mention]``. ``use_kb(kb)`` changes the
process-wide default KB (the shipped one plus learned actors or dictionaries)."""

from dyads.actors.kb import KB, shipped_kb, use_kb
from dyads.actors.resolve import resolve

__all__ = ["KB", "resolve", "shipped_kb", "use_kb"]
