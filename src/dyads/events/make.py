"""Event construction: an ``Event`` from a coded trigger, its actors and its sentence's date."""

from __future__ import annotations

import hashlib

from spacy.tokens import Span, Token

from dyads.docmemo import span_text
from dyads.events import dating
from dyads.events.cues import load_cues
from dyads.model import Actor, Article, Event

# Confidence given to an event by how much of it was found (calibrated by hand, not yet on gold).
CONF_BASE = 0.4
CONF_SOURCE = 0.25
CONF_TARGET = 0.2
CONF_IMPLICIT = 0.6


# The rule note of the events of a mutual act, one per direction ("X and Y met", "X and Y clashed").
MUTUAL_RULE = "conjoined sources act on each other"
# The rule notes of acts coded the PLOVER way with every party as a source and no target: talks,
# meetings and calls held together, and two-sided fighting.
AMONG_RULE = "talks among parties"
FIGHT_RULE = "two-sided fighting"
JOINT_RULE = "a joint act of several parties"
# The rule note of a deployment whose forces are no target (``arguments.forces_moved``).
FORCES_MOVED_RULE = "the forces moved are no target"
# The rule of the victims an attack with no target of its own takes from its place (``home_country``).
PLACE_VICTIMS_RULE = "victims at the event's place"


def names_fighting(trig: Span | None) -> bool:
    """The trigger, less its modifiers, is a word of two sides fighting ("clashed", "exchanged
    fire", "heavy fighting"; ``reciprocal_fighting`` in cues.yaml)."""
    if trig is None:
        return False
    words = load_cues().reciprocal_fighting
    if " ".join(t.lemma_.lower() for t in trig if t.pos_ not in ("ADJ", "DET", "ADV")) in words:
        return True
    # (the verb matched alone, its object apart: "exchanged small-arms fire")
    root = trig.root if len(trig) else None
    return root is not None and root.pos_ == "VERB" and any(
        c.dep_ == "dobj" and f"{root.lemma_.lower()} {c.lemma_.lower()}" in words for c in root.children)


def every_party_a_source(ev: Event) -> bool:
    """Talks, joint agreements or two-sided fighting coded with every party as a source: no target
    is to be added (a place they were held or fought in, the dead of the fighting told after it)."""
    rule = ev.rule or ""
    return AMONG_RULE in rule or FIGHT_RULE in rule or JOINT_RULE in rule

def event_id(doc_id: str, start: int, plover: str, extra: str = "") -> str:
    return hashlib.sha1(f"{doc_id}:{start}:{plover}:{extra}".encode()).hexdigest()[:16]


def confidence(source: list[Actor], target: list[Actor]) -> float:
    """How complete the event is: a base, plus a source, plus a target; less with neither."""
    if not source and not target:
        return CONF_BASE - 0.1
    return CONF_BASE + (CONF_SOURCE if source else 0) + (CONF_TARGET if target else 0)


def sent_date(sent: Span, trigger: Token, published: str | None, dates: list[Span] | None = None
              ) -> tuple[str | None, str | None]:
    """Date of the event: its clause's date, the date of the speech reporting it, a past date carried
    from earlier in its paragraph, else the publication (``dating.event_date``)."""
    return dating.event_date(sent, trigger, published, dates)


def make_event(article: Article, sent: Span, trig_span: Span, coding, source, target, *, modality="asserted",
               attribution=None, confidence=0.5, rule="", quants=(), implicit=False, trigger_tok=None,
               dates=None, background=False) -> Event:
    date, prec = sent_date(sent, trigger_tok or trig_span.root, article.published, dates)
    return Event(
        id=event_id(article.doc_id, trig_span.start_char, coding.plover, rule),
        doc_id=article.doc_id,
        sentence=span_text(sent),
        evidence=(trig_span.start_char, trig_span.end_char),
        trigger=span_text(trig_span),
        plover=coding.plover,
        mode=coding.mode,
        cameo=coding.cameo,
        quad_class=coding.quad_class,
        goldstein=coding.goldstein,
        acled=coding.acled,
        acled_type=coding.acled_type,
        source=list(source),
        target=list(target),
        date=date,
        date_precision=prec,
        modality=modality,
        attribution=attribution,
        confidence=round(confidence, 2),
        rule=rule,
        quantities=list(quants),
        implicit=implicit,
        background=background,
    )


def directed_events(article: Article, sent: Span, trig_span: Span, coding, source: list[Actor],
                    target: list[Actor], *, mutual: bool, rule: str, **kw) -> list[Event]:
    """The events of one coded trigger: one, or for a mutual act one per direction ("X and Y
    formed a bloc" is X->Y and Y->X, numbered in ``rule``)."""
    pairs = [([a], [b for b in source if b is not a]) for a in source] if mutual else [(source, target)]
    return [make_event(article, sent, trig_span, coding, src, tgt, rule=rule + (f" ({k + 1})" if mutual else ""), **kw)
            for k, (src, tgt) in enumerate(pairs)]
