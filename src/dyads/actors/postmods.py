"""Actors attached after a phrase head: "the minister of Peru", "forces loyal to X",
"rebels backed by Turkey", "militants led by X" (mixed into the resolver)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyads.actors.kb import COUNTRY_KINDS, NAMED_KINDS

if TYPE_CHECKING:
    from dyads.actors.docview import DocView
    from dyads.actors.phrases import PHit, Phrase

POST_PREPS = frozenset({"of", "from"})
POST_RELATIONS = {
    "loyal": "loyal",
    "allied": "loyal",
    "affiliated": "loyal",
    "linked": "loyal",
    "backed": "supporter",
    "supported": "supporter",
    "armed": "supporter",
    "funded": "supporter",
    "sponsored": "supporter",
    "trained": "supporter",
    "led": "leader",
    "commanded": "leader",
    "headed": "leader",
}


class PostModifierMixin:
    view: DocView
    by_anchor: dict[int, PHit]
    _post_cache: dict[int, list[tuple[str, PHit]]]

    def _postmodifier_country(self, ph: Phrase) -> PHit | None:
        """ "the defence minister of Peru", "troops from Chad": the country after the head."""
        for rel, h in self._postmodifiers(ph):
            if rel == "of" and h.hit.entity.kind in ("country", "capital"):
                return h
        return None

    def _post_relation_follows(self, head: int) -> bool:
        view = self.view
        t = head + 1
        return t < view.n and view.head[t] == head and view.word(t) in POST_RELATIONS

    def _postmodifiers(self, ph: Phrase) -> list[tuple[str, PHit]]:
        """Actors attached after the head: "of/from X", "loyal to X", "backed by X", "led by X".

        Returns (relation, hit) with relation "of", "loyal", "supporter" or "leader".
        """
        cached = self._post_cache.get(ph.head)
        if cached is not None:
            return cached
        out = self._scan_postmodifiers(ph)
        self._post_cache[ph.head] = out
        return out

    def _scan_postmodifiers(self, ph: Phrase) -> list[tuple[str, PHit]]:
        view = self.view
        head = ph.head
        out: list[tuple[str, PHit]] = []
        for t in range(head + 1, min(view.n, head + 3)):
            if view.head[t] != head:
                continue
            w = view.word(t)
            if w in POST_PREPS:
                h = self._object_of(t)
                if h is not None:
                    out.append(("of", h))
            elif w in POST_RELATIONS:
                for p in range(t + 1, min(view.n, t + 3)):
                    if view.head[p] == t and view.word(p) in ("to", "with", "by"):
                        h = self._object_of(p)
                        if h is not None:
                            out.append((POST_RELATIONS[w], h))
                        break
        return out

    def _object_of(self, prep: int) -> PHit | None:
        view = self.view
        for j in range(prep + 1, min(view.n, prep + 8)):
            if view.head[j] == prep:
                h = self.by_anchor.get(j)
                if h is not None and h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS:
                    return h
                return None
        return None
