"""Who the source and target of a matched trigger are (the parse rules are in ``arguments``).

- verbal triggers take their subject and object (voice, control, prepositional targets), with a
  fallback for multiword triggers ("threaten to bomb X": the object hangs from the last verb);
- nominal triggers take their own agent and complement, or the clause around them;
- cooperation "against X" opposes X, and conjoined subjects of a mutual act act on each other.
"""

from __future__ import annotations

import copy

from spacy.tokens import Doc, Span, Token

from dyads.docmemo import span_at
from dyads.events import lexicon, make
from dyads.events.arguments import (
    MentionIndex,
    Roles,
    actors_of,
    forces_moved,
    nominal_roles,
    prep_object,
    verbal_roles,
)
from dyads.events.cues import Cues
from dyads.model import Actor, Event

# Types where conjoined subjects act on each other ("X and Y agreed / formed a bloc").
MUTUAL_TYPES = {"AGREE", "COOPERATE", "CONSULT"}


def drop_self(source: list[Actor], target: list[Actor]) -> list[Actor]:
    """Drop from ``target`` the actors also in ``source`` (an actor does not act on itself)."""
    codes = {(x.code, x.name) for x in source}
    return [x for x in target if (x.code, x.name) not in codes]


def trigger_roles(m: lexicon.Match, sent: Span, mi: MentionIndex, cues: Cues, trigger_heads: frozenset[int],
                  is_verb: bool) -> Roles:
    """Source and target of a matched trigger (``mi``: the mentions, less the trigger itself)."""
    head, coding = m.head, m.coding
    if not is_verb:
        return nominal_roles(head, coding.target_preps, mi, cues, trigger_heads)
    roles = verbal_roles(head, coding.target_preps, mi)
    own = {a.country for a in roles.source if a.country}
    foreign = bool(own) and bool(roles.target) and not own & {a.country for a in roles.target}
    if forces_moved(roles.target_tok) and not (foreign and coding.plover in ("SANCTION", "COERCE")):
        # ("ordered French special forces to leave": another state's forces expelled are its target)
        # "will send 1,000 more soldiers to the area", "deployed troops into X", "vowed to send
        # troops into Rafah": the forces are what is moved, not whom the move is aimed at
        roles.target, roles.target_tok = [], None
        roles.how.append(make.FORCES_MOVED_RULE)
    if not roles.target and m.end - m.start > 1:
        # multiword verbal trigger ("threaten to bomb X"): the object hangs from its last verb
        inner = [t for t in sent.doc[m.start : m.end] if t != head and t.pos_ == "VERB"]
        if inner:
            sub = verbal_roles(inner[-1], coding.target_preps, mi)
            roles.target, roles.target_tok = sub.target, sub.target_tok
        preps = coding.target_preps | cues.default_target_preps
        if (coding.quad_class or 0) <= 2:
            preps = preps - {"against"}  # cooperation "against X": X is the adversary
        for t in sent.doc[m.start : m.end]:
            if roles.target:
                break
            p = prep_object(t, preps, mi)
            if p is not None:
                roles.target, roles.target_tok = actors_of(p, mi), p
    return roles


# Cooperative verbs one party does for another even when several do it together, and those done
# for third parties ("X and Y mediated / hosted talks between the two sides").
UNILATERAL = frozenset({"pledge", "promise", "offer", "vow", "commit", "propose", "volunteer", "donate", "give",
                        "provide", "send", "grant", "lend", "contribute", "mediate", "broker", "host",
                        "facilitate", "convene", "sponsor", "mediation", "facilitation", "sponsorship"})


VISIT_CODES = frozenset({"042", "043"})  # CAMEO: make a visit, host a visit


def cooperation_sides(coding, roles: Roles, source: list[Actor], target: list[Actor], trigger: list[Token],
                      mi: MentionIndex) -> tuple[list[Actor], bool, list[Actor]]:
    """For a cooperative act (QuadClass 1-2): ``(target, mutual, adversaries)``.

    Cooperation "against X" is not directed at X: X is an adversary, opposed by the sources
    (an implicit REJECT). "X and Y formed a bloc": with no target, conjoined sources of a mutual
    type act on each other (``mutual``)."""
    if (coding.quad_class or 0) > 2 or (coding.cameo or "").startswith("08"):
        # (a yielding act, "suspended its countermeasures against the US": what was yielded was
        # aimed at X, the one the easing is for)
        return target, False, []
    tt = roles.target_tok
    if tt is not None and tt.dep_ == "pobj" and tt.head.lower_ == "against":
        target = []
    mutual = (not target and len(source) >= 2 and coding.plover in MUTUAL_TYPES and not roles.passive
              and coding.trigger.split()[0] not in UNILATERAL  # "X and Y pledged money": to a third
              and coding.cameo not in VISIT_CODES)  # "leaders of X and Y arrived in Z": they visit Z
    adversaries: list[Actor] = []
    for t in trigger:
        p = prep_object(t, {"against"}, mi)
        if p is not None:
            adversaries = [a for a in actors_of(p, mi) if a not in source]
            break
    return target, mutual, adversaries


# Acts aimed at someone that a joined verb may leave without a target of its own: "summoned the
# Chinese ambassador and filed a diplomatic protest", "closed its borders with Mali and cut aid".
CONJUNCT_TARGET_TYPES = frozenset({"ACCUSE", "SANCTION", "REJECT", "COERCE"})


def targets_from_conjuncts(events: list[Event], doc: Doc) -> list[Event]:
    """An event of ``CONJUNCT_TARGET_TYPES`` with a source and no target, whose verb (or the verb
    its noun is the object of) is joined to the verb of an event of those types by the same
    source, takes that event's target."""
    by_head: dict[int, Event] = {}
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is not None and len(span) and ev.target and ev.plover in CONJUNCT_TARGET_TYPES:
            by_head.setdefault(span.root.i, ev)
    for ev in events:
        if ev.target or not ev.source or ev.plover not in CONJUNCT_TARGET_TYPES:
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span):
            continue
        verb = span.root
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "filed a diplomatic protest"
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        first = by_head.get(verb.head.i)
        if first is None or {a.code for a in first.source} != {a.code for a in ev.source}:
            continue
        ev.target = [copy.copy(a) for a in first.target]
        ev.rule += f"; target: that of '{first.trigger}', the verb it is joined to"
    return events
