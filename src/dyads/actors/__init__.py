"""Actors: the knowledge base, the resolver (descriptor composition, coreference), learned
actors and PETRARCH/TABARI dictionaries.

Entry point: ``resolve(doc, article, kb=None) -> list[Mention]``; with no ``kb`` the shipped
one is used (a run with learned actors or dictionaries passes its own KB down as ``actor_kb``)."""

from dyads.actors.kb import KB, shipped_kb
from dyads.actors.resolve import resolve

__all__ = ["KB", "resolve", "shipped_kb"]
