"""Actors attached after a phrase head: "the minister of Peru", "forces loyal to X",
"rebels backed by Turkey", "militants led by X" (functions over the resolver's ``DocState``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from dyads.actors.kb import COUNTRY_KINDS, NAMED_KINDS

if TYPE_CHECKING:
    from dyads.actors.docview import DocView
    from dyads.actors.phrases import PHit, Phrase
    from dyads.actors.state import DocState

POST_PREPS = frozenset({"of", "from"})
# Ruling bodies that "in <capital>" names ("the government in Juba", "the authorities in Kabul");
# not an embassy or a mission, which sits in another country's capital.
SEATED_BODIES = frozenset({"government", "authorities", "regime", "junta", "administration", "leadership", "ministry",
                           "presidency", "parliament", "cabinet", "rulers", "lawmakers", "legislators",
                           "officials"})
POSS = get_string_id("poss")
# Participles after a ruler's noun whose object is the country it rules ("the junta ruling Greece").
RULING_WORDS = frozenset({"ruling", "governing", "running", "controlling"})
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


def post_relation_follows(view: DocView, head: int) -> bool:
    """ "forces loyal ...", "rebels backed ...": a relation word right after the head."""
    t = head + 1
    return t < view.n and view.head[t] == head and view.word(t) in POST_RELATIONS


def postmodifiers(st: DocState, ph: Phrase) -> list[tuple[str, PHit]]:
    """Actors attached after the head: "of/from X", "loyal to X", "backed by X", "led by X".

    Returns (relation, hit) with relation "of", "loyal", "supporter" or "leader" (cached per
    phrase head on the document state).
    """
    cached = st.post_cache.get(ph.head)
    if cached is not None:
        return cached
    out = _scan_postmodifiers(st, ph)
    st.post_cache[ph.head] = out
    return out


def _scan_postmodifiers(st: DocState, ph: Phrase) -> list[tuple[str, PHit]]:
    view = st.view
    head = ph.head
    out: list[tuple[str, PHit]] = []
    for t in range(head + 1, min(view.n, head + 3)):
        if view.word(t) in RULING_WORDS and all(view.doc[k].pos_ == "ADV" for k in range(head + 1, t)):
            # "the military junta then ruling Greece": Greece's (wherever the parser hung "ruling")
            h = _direct_object(st, t)
            if h is not None and h.hit.entity.kind in COUNTRY_KINDS:
                out.append(("of", h))
            break
    for t in range(head + 1, min(view.n, head + 3)):
        if view.head[t] != head:
            continue
        w = view.word(t)
        if w in POST_PREPS or (w == "for" and headed_by_role(ph, head)):  # "a spokesman for the WFP"
            h = _object_of(st, t)
            if h is not None:
                out.append(("of", h))
        elif w == "in" and view.word(head) in SEATED_BODIES and _doer(view.doc[head]):
            # (only a subject or a "by" agent: "marched to the health ministry in Nairobi" says where
            # they marched; "claims made by officials in Kabul" says who made them)
            h = _object_of(st, t)
            if h is not None and h.hit.entity.kind == "capital":
                out.append(("of", h))
        elif w in POST_RELATIONS:
            for p in range(t + 1, min(view.n, t + 3)):
                if view.head[p] == t and view.word(p) in ("to", "with", "by"):
                    h = _object_of(st, p, owner=True)
                    if h is not None:
                        out.append((POST_RELATIONS[w], h))
                    break
    return out


def _doer(tok) -> bool:
    """The noun is a subject, or the object of a passive's "by" agent."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _direct_object(st: DocState, verb: int) -> PHit | None:
    view = st.view
    for j in range(verb + 1, min(view.n, verb + 4)):
        if view.head[j] == verb and view.doc[j].dep_ == "dobj":
            return st.by_anchor.get(j)
    return None


def headed_by_role(ph: Phrase, head: int) -> bool:
    """The phrase head is a role word ("spokesman", "envoy"): "for X" names whom it serves."""
    return any(h.t1 - 1 == head and h.hit.entity.kind == "sector" and h.hit.entity.role == "role" for h in ph.hits)


def _country_of_phrase(st: DocState, head: int) -> PHit | None:
    """The one country named by an adjective or a possessive of the noun at ``head``."""
    view = st.view
    noun = view.doc[head]
    found = [h for k in range(max(0, head - 5), head)
             if noun.is_ancestor(view.doc[k]) and (h := st.by_anchor.get(k)) is not None
             and h.hit.entity.kind in COUNTRY_KINDS]
    return found[0] if len(found) == 1 else None


def _object_of(st: DocState, prep: int, owner: bool = False) -> PHit | None:
    """The named actor that is the object of ``prep``; with ``owner``, also the owner of a thing
    there ("linked to the North's missile programme": the North)."""
    view = st.view
    for j in range(prep + 1, min(view.n, prep + 8)):
        if view.head[j] == prep:
            h = st.by_anchor.get(j)
            if h is not None and h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS:
                return h
            if h is not None and h.hit.entity.kind == "sector":
                # "a spokesman for the Afghan government", "for Kenya's interior ministry": the
                # country that owns the body; "a spokesman for the rebel movement": the body
                # itself, when no country is named with it
                return _country_of_phrase(st, j) or (None if owner else h)
            if (owner or _body_word(view.word(j))) and h is None:
                # ("a spokesperson for the European Union's diplomatic service": the Union)
                for k in range(prep + 1, j):
                    o = st.by_anchor.get(k)
                    if (view.head[k] == j and view.dep[k] == POSS and o is not None
                            and o.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS):
                        return o
            return None
    return None


# Nouns of a body that speaks for its owner ("the EU's diplomatic service", "the UN's refugee agency").
BODY_WORDS = frozenset({"service", "agency", "office", "mission", "delegation", "commission", "secretariat", "arm",
                        "department", "wing", "branch", "unit", "bureau", "directorate", "division"})


def _body_word(word: str) -> bool:
    return word in BODY_WORDS
