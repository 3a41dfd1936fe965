"""Learned actors within one run: a document's learned actors resolve in the documents after it.

``RunMemory`` starts from the actors a store already holds (``learned.load``), takes each coded
document's learned actors (``learned.from_coded``) with the same rules as the store (a new
alias is added; a known one gains a sighting or a conflict; user and rejected rows stay as they
are) and gives the KB to code the next document with: the base KB plus the usable actors,
rebuilt only when an actor became usable or stopped being usable.

Used by in-process coding (``scale.code_local``); documents coded on Dask workers only use what
the store held when the run began.
"""

from __future__ import annotations

from collections.abc import Iterable

from dyads.actors.kb import KB
from dyads.actors.learned import LearnedActor, entities, from_coded, merged
from dyads.model import CodedDocument


class RunMemory:
    """The learned actors of this run (and of the store it began from)."""

    def __init__(self, base: KB | None = None, stored: Iterable[LearnedActor] = ()):
        self._base = base
        self.actors: dict[str, LearnedActor] = {a.alias: a for a in stored}
        self._kb: KB | None = None
        self._seen_docs: set[str] = set()

    @property
    def base(self) -> KB:
        return self._base if self._base is not None else KB.default()

    def kb(self) -> KB:
        """The KB for the next document: the base plus every usable learned actor."""
        if self._kb is None:
            usable = [a for a in self.actors.values() if a.usable]
            self._kb = self.base.extend(entities(usable, self.base)) if usable else self.base
        return self._kb

    def learn(self, coded: CodedDocument) -> list[LearnedActor]:
        """Take what ``coded`` taught (once per document id); returns its learned actors."""
        if coded.id in self._seen_docs:
            return []
        self._seen_docs.add(coded.id)
        new = from_coded(coded)
        for a in new:
            old = self.actors.get(a.alias)
            upd = a if old is None else merged(old, a)
            if upd is None:
                continue
            if old is None or upd.usable != old.usable:
                self._kb = None
            self.actors[a.alias] = upd
        return new
