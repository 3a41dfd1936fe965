"""Coreference inside a document: pronouns and definite descriptions point back.

Mixed into the resolver: ``he``/``his``/``it``/``they`` find the closest agreeing mention
(person / thing / plural) within a few sentences, subjects first, never the subject of the
pronoun's own verb when the pronoun is its object; "the regime", "the army", "the group",
"the country" find the last mention of that kind (see ``history``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from dyads.actors.history import COLLECTIVE_KINDS, DESCRIPTION_WINDOW, Ref
from dyads.actors.kb import Entity
from dyads.model import Actor

if TYPE_CHECKING:
    from dyads.actors.docview import DocView
    from dyads.actors.history import History
    from dyads.actors.phrases import Phrase

PRONOUNS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "hers": "person",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}
OBJECT_DEPS = frozenset(get_string_id(d) for d in ("dobj", "dative", "pobj", "iobj"))
# Sectors a country can be read off context for ("the army" -> the country last named).
CONTEXT_COUNTRY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


class CorefMixin:
    view: DocView
    history: History
    consumed: set[int]

    def _possessive_pronoun(self, ph: Phrase) -> Ref | None:
        view = self.view
        if not view.n:
            return None
        t0 = min(h.t0 for h in ph.hits)
        for t in range(max(0, t0 - 3), t0):
            if view.head[t] == ph.head and view.word(t) in ("his", "her", "its", "their"):
                return self._pronoun_antecedent(t, PRONOUNS[view.word(t)])
        return None

    def _antecedent_for_sector(self, ent: Entity, ph: Phrase) -> Ref | None:
        view = self.view
        sent = view.sent[ph.head] if view.n else 0
        sector = ent.sector

        named = self.history.by_name.get(ent.name)
        if named is not None:
            return named
        same = self.history.find(
            sent,
            ph.start,
            lambda r: r.mention.actor.sector == sector and r.mention.actor.country is not None,
            window=DESCRIPTION_WINDOW,
        )
        if same is not None or sector not in CONTEXT_COUNTRY_SECTORS:
            return same
        return self.history.find(
            sent,
            ph.start,
            lambda r: (
                r.mention.actor.country is not None
                and r.mention.actor.kind in ("country", "person", "sector")
            ),
            window=DESCRIPTION_WINDOW,
        )

    def _antecedent_for_anaphor(self, ent: Entity, ph: Phrase) -> Ref | None:
        view = self.view
        sent = view.sent[ph.head] if view.n else 0

        refers = ent.role
        if refers == "group":
            kinds = {"group", "ngo", "party"}
        elif refers == "igo":
            kinds = {"igo"}
        elif refers == "country":
            kinds = {"country", "capital", "sector"}
        else:
            kinds = {"person"}
        return self.history.find(
            sent,
            ph.start,
            lambda r: (
                r.mention.actor.kind in kinds
                and not r.mention.coref
                and (refers != "country" or r.mention.actor.country is not None)
            ),
            window=DESCRIPTION_WINDOW,
        )

    def _pronoun_antecedent(self, t: int, cls: str) -> Ref | None:
        view = self.view
        exclude = view.head[t] if view.dep[t] in OBJECT_DEPS else None
        if cls == "person":
            accept = _is_person
        elif cls == "thing":
            accept = _is_thing
        else:
            accept = _is_plural
        return self.history.find(view.sent[t], view.idx[t], accept, exclude_verb=exclude)

    def _pronoun(self, t: int) -> None:
        view = self.view
        word = view.word(t)
        if word == "it" and _expletive_it(view, t):
            return
        ref = self._pronoun_antecedent(t, PRONOUNS[word])
        if ref is None:
            return
        actor = _copy(ref.mention.actor, f"coref:pronoun:{word}")
        self._emit(view.idx[t], view.ends[t], actor, t, ref.cls, coref=True)


def _is_person(r: Ref) -> bool:
    return r.cls == "person"


def _is_thing(r: Ref) -> bool:
    return r.cls == "thing" and r.mention.actor.kind != "person"


def _is_plural(r: Ref) -> bool:
    return r.cls == "plural" or r.mention.actor.kind in COLLECTIVE_KINDS


def _expletive_it(view: DocView, t: int) -> bool:
    """ "it is clear that", "it was reported" : no referent."""
    doc = view.doc
    nxt = view.word(t + 1) if t + 1 < view.n else ""
    if nxt not in (
        "is",
        "was",
        "'s",
        "’s",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "will",
        "would",
        "has",
        "had",
    ):
        return False
    for j in range(t + 2, min(view.n, t + 6)):
        if doc[j].lower_ in ("that", "to", "if", "whether") or doc[j].tag_ == "VBN":
            return True
    return False


def _copy(actor: Actor, rule: str) -> Actor:
    return Actor(
        "",
        actor.name,
        actor.code,
        actor.country,
        actor.sector,
        actor.kind,
        list(actor.qualifiers),
        rule,
    )
