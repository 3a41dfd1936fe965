"""Actors: the knowledge base, the resolver (descriptor composition, coreference), learned
actors and PETRARCH/TABARI dictionaries. Entry point: ``resolve(doc, article) -> list[Mention]``."""

from dyads.actors.kb import KB
from dyads.actors.resolve import resolve

__all__ = ["KB", "resolve"]
