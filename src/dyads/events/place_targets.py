"""Places as targets: "Serbia lifted a curfew in Montenegro" has Montenegro (the country of the
place) as its target when the sentence names no target actor.

Event-data convention (PETRARCH, ICEWS, PLOVER gold): an action done *to* or *in* a place with no
other target == directed at that place's country. Only places that are syntactic arguments of the
trigger count (its object, or a prepositional phrase on it); a place elsewhere in the sentence does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.model import Actor, Event

# Links allowed on the path from the place up to the trigger (no clause boundary crossed).
ARG_PATH = {"pobj", "prep", "dobj", "obj", "compound", "appos", "conj", "nmod", "npadvmod", "nsubjpass", "attr", "xcomp"}
MAX_STEPS = 5
# Events whose type == an internal action with a location rather than a target: leave them alone.
NO_PLACE_TARGET = {"PROTEST", "MOBILIZE"}


def _is_argument(place_root: Token, trigger: Token) -> bool:
    tok = place_root
    for _ in range(MAX_STEPS):
        if tok.head == trigger:
            return tok.dep_ in ARG_PATH
        if tok.dep_ not in ARG_PATH or tok.head == tok:
            return False
        tok = tok.head
    return False


def targets_from_places(events: list[Event], doc: Doc, country_code) -> list[Event]:
    """Give each event without a target the country of its place, when the place == its argument.

    ``country_code(iso3) -> str | None`` turns an ISO3 country into the actor code (CAMEO scheme).
    """
    for ev in events:
        if ev.target or ev.place is None or not ev.place.country or ev.plover in NO_PLACE_TARGET:
            continue
        src_countries = {a.country for a in ev.source}
        if ev.place.country in src_countries:
            continue  # acting in one's own country: the place == a location, not a target
        trig = doc.char_span(ev.evidence[0], ev.evidence[1], alignment_mode="expand")
        span = doc.char_span(ev.place.start, ev.place.end, alignment_mode="expand")
        if trig is None or span is None:
            continue
        if _is_argument(span.root, trig.root):
            code = country_code(ev.place.country)
            ev.target = [Actor(text=ev.place.text, name=ev.place.name, code=code, country=ev.place.country,
                               kind="country", rule="place argument of the trigger")]
            ev.rule += f"; target from the place '{ev.place.text}'"
    return events
