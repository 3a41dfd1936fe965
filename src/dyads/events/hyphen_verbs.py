"""The subject of a hyphenated verb that the parser splits.

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
from functools import cache

from spacy.tokens import Doc

from dyads.data import content_lines, read_text
from dyads.docmemo import span_at
from dyads.model import Actor, Event, Mention

SUBJECTS = ("nsubj", "npadvmod", "compound")


def hyphen_verb_subjects(events: list[Event], doc: Doc, mentions: list[Mention]) -> list[Event]:
    """Give a source to each event whose split hyphenated verb hides it (module docstring)."""
    for ev in events:
        if ev.source:
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
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
        lo, hi = mods[0].left_edge.idx, mods[-1].idx + len(mods[-1].text)
        actors = [m.actor for m in mentions if m.start < hi and m.end > lo]
        if not actors:
            words = " ".join(t.lower_ for t in doc[mods[0].i : mods[-1].i + 1] if t.pos_ != "DET")
            sector = _sector_words().get(words)
            if sector is not None:
                actors = [Actor(text=doc.text[lo:hi], name=None, code=sector, country=None, sector=sector,
                                kind="sector", rule=f"sector word '{words}' (split hyphenated verb)")]
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
