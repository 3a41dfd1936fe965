"""Longest-match lookup of KB aliases in a text (Aho-Corasick over normalised text).

Returns leftmost-longest, non-overlapping ``Hit``s that pass the case check (upper-case letters
of the alias must be upper case in the text, so "US" does not match "us") and the weak-alias rule
(a weak alias such as "IS" resolves only after a strong alias of the same entity, or for a person
in office on the article date).
"""

from __future__ import annotations

from dyads.actors.kb import KB, Alias, Entity
from dyads.actors.normalize import normalize
from dyads.actors.terms import in_office

# A prefix that makes a nationality word a region's ("Pan-American", "pan-Arab").
PAN_PREFIXES = ("pan-", "pan ")
PAN_KINDS = frozenset({"country", "adjective"})


class Hit:
    """One alias occurrence: char span, the alias (and its entity), how it was found."""

    __slots__ = ("start", "end", "alias", "entity", "coref", "rule")

    def __init__(self, start: int, end: int, alias: Alias, coref: bool = False, rule: str = ""):
        self.start = start
        self.end = end
        self.alias = alias
        self.entity: Entity = alias.entity
        self.coref = coref  # found through an alias the document defined (acronym)
        self.rule = rule

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.alias.text!r})"


def find_hits(text: str, kb: KB, date: str | None = None) -> list[Hit]:
    padded = " " + normalize(text) + " "
    # (start, -end, end, key): a plain sort gives leftmost-longest order
    cands: list[tuple[int, int, int, str]] = []
    for end, key in kb.automaton.iter(padded):
        n = len(key)
        e = end - 1 if key[-1] == " " else padded.find(" ", end) - 1  # a stem runs to word end
        cands.append((end - n + 1, -e, e, key))
    cands.sort()
    hits: list[Hit] = []
    seen: set[str] = set()
    last_end = -1
    aliases = kb.aliases
    for s, _, e, key in cands:
        if s < last_end:
            continue
        bucket = aliases[key]
        alias = bucket[0]
        if len(bucket) > 1 or alias.mask or alias.weak:  # the common case needs no checks
            alias = _pick(bucket, text, s, seen, date)
            if alias is None:
                continue
        if alias.entity.kind == "block":  # "New Mexico": consume the span, no actor
            last_end = e
            continue
        if alias.entity.kind in PAN_KINDS and text[max(0, s - 5):s].lower().endswith(PAN_PREFIXES):
            continue  # "the Pan-American Highway", "Pan-African": a whole region, no one country
        hits.append(Hit(s, e, alias))
        seen.add(alias.entity.key)
        last_end = e
    return hits


def _pick(bucket: list[Alias], text: str, s: int, seen: set[str], date: str | None) -> Alias | None:
    for alias in bucket:
        ok = True
        for i in alias.mask:
            if not text[s + i].isupper():
                ok = False
                break
        if not ok:
            continue
        if alias.weak and alias.entity.key not in seen and not in_office(alias.entity, date):
            continue
        return alias
    return None
