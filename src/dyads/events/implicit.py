"""Implicit events: relations read off modifiers ("US-backed X") and opposition to an adversary
("X and Y formed a bloc against Z": X and Y oppose Z)."""

from __future__ import annotations

from spacy.tokens import Span

from dyads.docmemo import doc_strings, span_at
from dyads.events import lexicon
from dyads.events.arguments import MentionIndex, actors_of
from dyads.events.make import CONF_IMPLICIT, make_event
from dyads.events.roles import drop_self
from dyads.model import Actor, Article, Event

# Compound modifiers that carry a relation: "US-backed X" (X supported by US), "Iran-allied X".
SUPPORT_PARTICIPLES = {"back", "backed", "sponsor", "sponsored", "fund", "funded", "arm", "armed", "support", "supported", "ally", "allied", "train", "trained", "finance", "financed"}
FRIENDLY_ADJ = {"friendly", "leaning", "aligned"}


def opposition_event(article: Article, sent: Span, trig_span: Span, coding, source: list[Actor],
                     adversaries: list[Actor], **kw) -> Event | None:
    """Cooperation against an adversary is also opposition to it (an implicit REJECT)."""
    oppose = lexicon.by_plover("REJECT")
    if not adversaries or oppose is None or not source:
        return None
    return make_event(article, sent, trig_span, oppose, source, adversaries, confidence=CONF_IMPLICIT,
                      rule=f"implicit: '{coding.trigger}' against an adversary (opposition)", implicit=True, **kw)


def implicit_events(sent: Span, article: Article, mi: MentionIndex) -> list[Event]:
    """Relations carried by compound modifiers: "US-backed X", "Israeli-friendly X"."""
    out: list[Event] = []
    support = lexicon.by_trigger().get("back") or lexicon.by_trigger().get("support")
    if support is None:
        return out
    deps, words = doc_strings(sent.doc, "DEP"), doc_strings(sent.doc, "ORTH")
    for i in range(sent.start, sent.end):
        if deps[i] not in ("amod", "compound", "acl") or i == 0 or words[i - 1] != "-":
            continue
        tok = sent.doc[i]
        lemma = tok.lemma_.lower()
        text = tok.lower_
        left = [c for c in tok.children if c.i < tok.i and c.pos_ in ("PROPN", "NOUN", "ADJ")]
        if not left and tok.i >= 2:
            left = [sent.doc[tok.i - 2]]
        holder = tok.head
        if lemma in SUPPORT_PARTICIPLES or text in SUPPORT_PARTICIPLES:
            # the resolver may have folded "US-backed X" into one mention of X with supporters
            src = [a for t in left for m in mi.at(t) for a in (m.supporters or [m.actor])]
            tgt = actors_of(holder, mi)
            tgt = drop_self(src, tgt)
            rule = f"implicit: '{left[0].text if left else ''}-{tok.text}' modifier"
        elif text in FRIENDLY_ADJ:
            src = actors_of(holder, mi)
            tgt = drop_self(src, [m.actor for t in left for m in mi.at(t)])
            rule = f"implicit: '-{tok.text}' modifier (holder supports the named actor)"
        else:
            continue
        if not src or not tgt:
            continue
        start = left[0].idx if left else tok.idx
        trig = span_at(sent.doc, start, tok.idx + len(tok.text))
        out.append(
            make_event(article, sent, trig, support, src, tgt, confidence=CONF_IMPLICIT,
                       rule=rule, implicit=True, trigger_tok=holder)
        )
    return out
