"""Subjects the parser splits off their verb.

A noun before a violent gerund ("police firing", "army shelling") is its doer; where the parser
hangs the gerund elsewhere ("injuries sustained in police firing": firing <- injuries, police <-
in), the event of the gerund is left with no source: it takes the actor of the noun just before
it (the mention there, else the sector word, as below), when the gerund is one of the
``wielded_nouns`` of cues.yaml; a gerund the tagger reads as a verb and the parser gives the noun
as a compound ("a probe into the killing of two youths in police firing") would otherwise take
the subject of the clause it sits in (the ones who demand the probe): the noun is its doer. So is
the noun on the means of a harm ("killed in a police encounter") where the resolver named none.

The subject of a hyphenated verb that the parser splits.

"The police lathi-charged the crowd", "troops baton-charged the marchers": the parser reads the
first part of the verb as its subject noun (police <- lathi <- charged) so the real subject is
only a modifier of a word inside the trigger, and the trigger's own words are never its actors.
An event left with no source whose trigger holds its own subject takes the actor named by that
subject's modifiers before the trigger: the actor mention there, or, where the resolver made
none (it reads the noun phrase by its head, the "lathi"), the sector word the modifier is in the
actors' sector table (``data/actors/sectors.csv``: "police" -> COP), a sector-only actor that
``home_country`` gives a country.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from dyads.data import content_lines, read_text
from dyads.docmemo import span_at
from dyads.events.cues import load_cues
from dyads.model import Actor, Event, Mention

SUBJECTS = ("nsubj", "npadvmod", "compound")


def _named(doc: Doc, lo_tok: int, hi_tok: int, mentions: list[Mention], why: str) -> list[Actor]:
    """The actor named by tokens lo_tok..hi_tok: a mention over them, else a sector word."""
    lo, hi = doc[lo_tok].idx, doc[hi_tok].idx + len(doc[hi_tok].text)
    actors = [m.actor for m in mentions if m.start < hi and m.end > lo]
    if actors:
        return actors[:1]
    words = " ".join(t.lower_ for t in doc[lo_tok : hi_tok + 1] if t.pos_ != "DET")
    sector = _sector_words().get(words)
    if sector is None:
        return []
    if doc[hi_tok].text[:1].isupper():
        # ("a Navy operation" after "the Sri Lanka Navy": the body named so before)
        named = [m for m in mentions if m.end <= lo and m.actor.country and m.actor.sector == sector
                 and (m.text or "").split()[-1:] == [doc[hi_tok].text]]
        if named:
            return [replace(named[-1].actor, text=doc.text[lo:hi],
                            rule=f"sector word '{words}' ({why}); the '{named[-1].text}' named before")]
    return [Actor(text=doc.text[lo:hi], name=None, code=sector, country=None, sector=sector, kind="sector",
                  rule=f"sector word '{words}' ({why})")]


def hyphen_verb_subjects(events: list[Event], doc: Doc, mentions: list[Mention]) -> list[Event]:
    """Give a source to each event whose split hyphenated verb or gerund hides it (module
    docstring)."""
    wielded = load_cues().wielded_nouns
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is not None and len(span) == 1 and span[0].tag_ == "VBG" and span[0].lower_ in wielded:
            # "a probe into killings in police firing": a gerund tagged as a verb climbs to the
            # subject of the clause it is in; the noun compounded on it is its doer
            gerund = span[0]
            mod = next((c for c in gerund.children if c.dep_ in ("compound", "nmod") and c.i == gerund.i - 1), None)
            if mod is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
                actors = _named(doc, mod.i, mod.i, mentions, "noun compounded on the gerund")
                if actors and actors != ev.source:
                    ev.source = actors
                    ev.rule += f"; source '{mod.text}' compounded on the gerund '{gerund.text}'"
                    continue
        if ev.source:
            continue
        if span is not None and len(span) and span.root.pos_ == "VERB":
            # "killed in a police encounter": the resolver names no actor on a compound modifier
            means = [o for c in span.root.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during")
                     for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in wielded]
            mod = next((c for o in means for c in o.children if c.dep_ == "compound" and c.i == o.i - 1), None)
            actors = _named(doc, mod.i, mod.i, mentions, "noun on the means") if mod is not None else []
            if actors:
                ev.source = actors
                ev.rule += f"; source '{mod.text}' named on the means '{mod.head.text}'"
                continue
        if span is not None and len(span) == 1 and span[0].tag_ == "VBG" and span[0].lower_ in wielded:
            gerund = span[0]
            before = doc[gerund.i - 1] if gerund.i > 0 else None
            if (before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != gerund.i
                    and gerund.head.i != before.i):
                actors = _named(doc, before.i, before.i, mentions, "noun before the gerund")
                if actors:
                    ev.source = actors
                    ev.rule += f"; source '{before.text}' before the gerund '{gerund.text}'"
            continue
        if span is None or len(span) < 3 or span.root.pos_ != "VERB":
            continue
        root = span.root
        first = span[0]
        if (first.head.i != root.i or first.dep_ not in SUBJECTS or first.i + 1 >= len(doc)
                or doc[first.i + 1].text != "-" or any(c.dep_ == "nsubj" and c.i != first.i for c in root.children)):
            continue
        mods = [c for c in first.children if c.dep_ in ("compound", "amod", "nmod") and c.i < span.start]
        if not mods:
            continue
        actors = _named(doc, mods[0].left_edge.i, mods[-1].i, mentions, "split hyphenated verb")
        if actors:
            ev.source = actors[:1]
            ev.rule += f"; source '{mods[-1].text}' before the split verb '{ev.trigger}'"
    return events


@cache
def _sector_words() -> dict[str, str]:
    """Phrase -> sector code of the actors' sector table (collective bodies only)."""
    out: dict[str, str] = {}
    for _, line in content_lines(read_text("actors/sectors.csv")):
        row = next(csv.reader([line]))
        if len(row) >= 3 and row[0] != "phrase" and row[2] == "body":
            for phrase in row[0].split("|"):
                out.setdefault(phrase.strip().lower(), row[1].strip())
    return out
