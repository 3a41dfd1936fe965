"""Event location: the place where an event happened, read off the dependency parse.

In order of preference, among the places in the trigger's sentence:
1. a place governed by a locative preposition attached to the trigger (or to its object):
   "fighting in Mosul", "air strikes on Raqqa", "a base near Tartus";
2. the trigger's object when it is a place: "retake Mosul", "the capture of Mosul";
3. a place under a locative preposition anywhere in the trigger's clause;
4. the nearest place in the sentence that is not an actor (subjects, possessors and
   modifiers like "US bombs" or "Syria's army" name who acted, not where);
5. none.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dyads.model import Event, Place

LOCATIVE_PREPS = {
    "in",
    "at",
    "on",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "into",
    "throughout",
    "onto",
    "within",
    "over",
    "toward",
    "towards",
    "to",
    "from",
    "off",
    "along",
    "against",
}
# Prepositions that are locative only for a subset of triggers; ranked after the core ones.
CORE_PREPS = {
    "in",
    "at",
    "on",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "throughout",
    "within",
    "into",
    "onto",
    "over",
}
OBJECT_DEPS = {"dobj", "obj", "pobj", "attr", "oprd", "nsubjpass"}
ACTOR_DEPS = {"nsubj", "poss", "compound", "amod", "npadvmod", "nmod", "agent"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "csubj", "conj", "parataxis"}
# Tuning constant (geo/event_location dev accuracy): fall back to the nearest non-actor place
# only when it lies within this many characters of the trigger.
NEAREST_MAX_CHARS = 200


def _place_root(doc: Doc, place: Place) -> Token | None:
    sp = doc.char_span(place.start, place.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _prep_of(tok: Token) -> Token | None:
    """The preposition governing ``tok`` (through appositions/conjuncts and "the city of")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("appos", "conj", "compound") and cur.head != cur:
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            prep = cur.head
            if prep.lower_ == "of" and prep.head.dep_ in ("pobj", "dobj", "nsubj", "attr"):
                cur = prep.head  # "in the city of X" -> look at what governs "the city"
                continue
            return prep
        return None
    return None


def _clause_head(tok: Token) -> Token:
    cur = tok
    while cur.dep_ not in CLAUSE_DEPS and cur.dep_ != "ROOT" and cur.head != cur:
        cur = cur.head
    return cur


def _is_object_of(tok: Token, trigger: Token) -> bool:
    cur = tok
    for _ in range(4):
        if cur.head == trigger and cur.dep_ in OBJECT_DEPS:
            return True
        if cur.dep_ in ("appos", "conj", "pobj", "prep", "compound") and cur.head != cur:
            if cur.dep_ == "prep" and cur.lower_ != "of":
                return False
            cur = cur.head
            continue
        return False
    return False


def _undergoes(root: Token, trigger: Token) -> bool:
    """ "Raqqa has been facing air strikes": the subject of an undergo verb whose object is the
    event is where the event happened (the verbs are the events stage's ``undergo_verbs`` cue list)."""
    from dyads.events.cues import load_cues

    verb = trigger.head
    return (
        root.dep_ == "nsubj"
        and root.head == verb
        and trigger.dep_ in OBJECT_DEPS
        and verb.lemma_.lower() in load_cues().undergo_verbs
    )


def _rank(place: Place, root: Token, trigger: Token, sent: Span) -> tuple[int, int] | None:
    dist = abs(place.start - trigger.idx)
    prep = _prep_of(root)
    clause = _clause_head(trigger)
    if prep is not None and prep.lower_ in LOCATIVE_PREPS:
        head = prep.head
        core = prep.lower_ in CORE_PREPS
        if head == trigger or (head.head == trigger and head.dep_ in OBJECT_DEPS):
            return (0 if core else 2, dist)
        if _clause_head(head) == clause:
            return (3 if core else 4, dist)
    if _is_object_of(root, trigger):
        return (1, dist)
    if _undergoes(root, trigger):
        return (1, dist)
    if root.dep_ in ACTOR_DEPS or root.dep_ == "nsubjpass" and root.head == trigger:
        return None
    if dist <= NEAREST_MAX_CHARS:
        return (5, dist)
    return None


def locate_one(event: Event, places: Sequence[Place], doc: Doc) -> Place | None:
    start, end = event.evidence
    tspan = doc.char_span(start, end, alignment_mode="expand")
    if tspan is None or not len(tspan):
        return None
    trigger = tspan.root
    sent = trigger.sent
    best: tuple[tuple[int, int], Place] | None = None
    for p in places:
        if p.start < sent.start_char or p.end > sent.end_char:
            continue
        root = _place_root(doc, p)
        if root is None:
            continue
        rank = _rank(p, root, trigger, sent)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, p)
    return best[1] if best else None


def locate(events: list[Event], places: list[Place], doc: Doc) -> list[Event]:
    """Set ``event.place`` on each event (None when its sentence names no place for it)."""
    for ev in events:
        ev.place = locate_one(ev, places, doc)
    return events
