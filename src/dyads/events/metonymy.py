"""A city named as a modifier of an event is where it happened, not who did it.

Capitals stand for their governments in subject and object positions ("Washington said",
"talks with Tehran"); as a modifier of an event noun they only name the event or its place
("the Paris attacks", "the Madrid peace talks", "Brussels' curfew"). ``drop_place_modifiers``
removes such a city from the event's source and target, and a place that modifies an event noun
becomes that event's place ("the Boston attack" happened in Boston, wherever the suspect is
arrested).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from dyads.docmemo import span_at
from dyads.events import lexicon
from dyads.events.sentences import sentence_at
from dyads.grammar import MODIFIER_DEPS
from dyads.model import Event, Mention, Place

CITY_RULES = ("kb:capital", "kb:city")


def _is_city(m: Mention) -> bool:
    # (a quotation's "we" spoken for a capital's government is its speaker, never a place)
    rule = m.actor.rule or ""
    return rule.startswith(CITY_RULES) and "speaker of the quote" not in rule


def _modifies_event_noun(m: Mention, doc: Doc) -> bool:
    """The city's words modify a noun that names an event ("the Paris attacks", "Madrid talks")."""
    span = span_at(doc, m.start, m.end)
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "poss" and any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in root.head.children):
        return False  # "Riyadh's execution of a cleric", "Moscow's annexation of Crimea": the government's act
    return root.head.lemma_.lower() in lexicon.index() or root.head.lemma_.lower().rstrip("s") in lexicon.index()


def _modifier_places(events: list[Event], doc: Doc, places: list[Place]) -> None:
    """"The Boston attack", "the Geneva talks": the place that modifies an event noun is where
    that event happened, whatever the clause around it says. A country so placed ("US strikes",
    "Israeli raids") names the agent, not the place."""
    places = [p for p in places if not (p.feature or "").startswith("A.PCL")]  # "US strikes": the agent
    if not places:
        return
    starts = [p.start for p in places]
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span) or span.root.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in span.root.children:
            if c.dep_ not in MODIFIER_DEPS:
                continue
            k = bisect.bisect_right(starts, c.idx) - 1
            if k >= 0 and places[k].start <= c.idx < places[k].end:
                ev.place = places[k]
                break


def drop_place_modifiers(events: list[Event], doc: Doc, mentions: list[Mention],
                         places: list[Place] | None = None) -> list[Event]:
    _modifier_places(events, doc, sorted(places or [], key=lambda p: p.start))
    cities = [m for m in mentions if _is_city(m) and _modifies_event_noun(m, doc)]
    if not cities:
        return events
    for ev in events:
        sent = sentence_at(doc, ev.evidence[0])
        drop = {(m.actor.code, m.text.lower()) for m in cities if sent.start_char <= m.start < sent.end_char}
        if not drop:
            continue
        for role in ("source", "target"):
            kept = [a for a in getattr(ev, role) if (a.code, (a.text or "").lower()) not in drop]
            if len(kept) != len(getattr(ev, role)):
                setattr(ev, role, kept)
                ev.rule += f"; '{sorted(t for _, t in drop)[0]}' names the event's place, not its {role}"
    return events
