"""Named people the knowledge base does not know are actors too.

"Ibrahim A. blew himself up", "Ayoub K., a Moroccan, tried to attack passengers": the KB cannot
list every attacker, witness or official, yet an event with no source is useless to an analyst.
``unknown_people(doc, mentions)`` adds a mention for every PERSON entity that no resolved mention
covers. Its country comes from the article itself:

- a nationality or country in apposition or right after the name ("X, a Moroccan", "X, an Israeli
  soldier", "X of Belgium"), when the resolver found one there;
- otherwise the same person named earlier with a country (matched on the surname);
- otherwise none here: the events stage may give it the article's home country
  (``events.home_country``), and its ``rule`` says so.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace

from spacy.tokens import Doc, Span

from dyads.actors.kb_data import GROUP_KINDS
from dyads.docmemo import doc_ents, doc_sents, span_at
from dyads.grammar import LOCAL_UNIT_AFTER, NOUN_MODIFIER_DEPS
from dyads.model import Actor, Mention

# A name this short or made of these words is not a person actor
NOT_PEOPLE = frozenset({"god", "allah", "jesus", "mr", "mrs", "ms", "dr"})
PREMODIFIERS = NOUN_MODIFIER_DEPS
# Organisations a person can be described as serving ("the IMF managing director X"): the person
# takes their code.
BODY_KINDS = GROUP_KINDS


def _surname(ent: Span) -> str:
    words = [t.text.lower() for t in ent if t.is_alpha]
    return words[-1] if words else ""


def _described_country(ent: Span, by_char: list[Mention]) -> Mention | None:
    """A nationality or country said of the name itself: the head of an apposition ("X, a
    Moroccan"), its adjectives and compounds ("X, an Israeli soldier"), "X of Belgium", or just
    before the name ("Moroccan national X"). A city somewhere inside a longer apposition ("the
    brother of one of the Paris bombers") says nothing of X's country."""
    doc = ent.doc
    root = ent.root
    toks: set[int] = set()
    for c in root.children:
        if c.dep_ == "appos":
            toks.add(c.i)
            toks |= {g.i for g in c.children if g.dep_ in PREMODIFIERS}
        elif c.dep_ == "prep" and c.lower_ == "of":
            toks |= {g.i for g in c.children if g.dep_ == "pobj"}
    # the name's own pre-modifiers ("Moroccan national X", "IMF managing director X"), not the
    # words before it that belong to the clause ("Greece met X")
    described = [root]
    if root.dep_ == "appos" and root.head.i < ent.start:  # "managing director X" parsed as X in apposition
        described.append(root.head)
        toks.add(root.head.i)
    for word in described:
        for c in word.lefts:
            if c.dep_ in PREMODIFIERS:
                toks |= {t.i for t in c.subtree if t.i < ent.start and t.pos_ in ("ADJ", "PROPN", "NOUN")}
    spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in sorted(toks)]
    for m in by_char:
        if ((m.actor.country or m.actor.kind in BODY_KINDS) and not (m.actor.rule or "").startswith("kb:capital")
                and any(lo < m.end and m.start < hi for lo, hi in spans)):
            return m
    return None


# Nouns and prefixes that name a ship before its name ("the vessel BRP Sierra Madre", "USS Carney").
SHIP_NOUNS = frozenset({"vessel", "ship", "boat", "frigate", "destroyer", "corvette", "cutter", "tanker", "freighter",
                        "carrier", "warship", "trawler", "ferry", "submarine", "tug", "yacht", "cruiser"})
SHIP_PREFIXES = frozenset({"BRP", "USS", "HMS", "HMAS", "HMCS", "INS", "KRI", "MV", "MT", "RFA", "USNS", "USCGC",
                           "ROKS", "JS", "TCG", "HNLMS", "FS", "ITS", "KD", "HTMS"})


def _ship_name(doc: Doc, ent) -> bool:
    """The PERSON entity is (the end of) a ship's name: after a ship's prefix or a ship noun, with
    only capitalised words between."""
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 4 and doc[i].text[:1].isupper() and doc[i].text not in SHIP_PREFIXES:
        i -= 1
    if i < 0:
        return ent[0].text in SHIP_PREFIXES
    return doc[i].text in SHIP_PREFIXES or doc[i].lower_ in SHIP_NOUNS or ent[0].text in SHIP_PREFIXES


def unknown_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus one mention per PERSON entity no mention covers (see the module doc)."""
    covered = sorted((m.start, m.end) for m in mentions)
    cstarts = [lo for lo, _ in covered]
    reach = list(itertools.accumulate((hi for _, hi in covered), max))  # furthest end so far
    by_surname: dict[str, Actor] = {}
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country:
            by_surname.setdefault((m.text.split() or [""])[-1].lower(), m.actor)
    by_part = _name_parts(doc, mentions)
    added: list[Mention] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or len(ent.text) < 3:
            continue
        lo, hi = ent.start_char, ent.end_char
        k = bisect.bisect_left(cstarts, hi) - 1  # mentions starting before the entity ends
        if k >= 0 and reach[k] > lo:  # one of them ends after the entity starts: overlap
            continue
        sur = _surname(ent)
        if not sur or sur in NOT_PEOPLE:
            continue
        root = ent.root
        if root.dep_ == "compound" and ((root.head.pos_ == "NOUN" and root.head.i == ent.end)
                                         or (ent.end < len(doc) and doc[ent.end].pos_ == "NOUN")):
            continue  # "Patriot systems", "Javelin missiles", "the Mbera camp": a name of a thing, not a person
        if _ship_name(doc, ent):
            continue  # ("the fisheries vessel BRP Datu Gumbay Piang": a ship's name, not a person)
        top = root
        while top.dep_ == "compound" and top.head.i > top.i and top.head.pos_ in ("PROPN", "NOUN"):
            top = top.head
        if top is not root and top.pos_ == "NOUN" and top.i >= ent.end and doc[top.i - 1].pos_ == "PROPN":
            continue  # ("the Ust-Luga terminal": a name of a thing in several words, the last before its noun)
        desc = _described_country(ent, mentions)
        if sur in by_surname and (len(ent) == 1 or desc is None):
            # (a bare surname is the person named with it before, whatever the parser hung next to
            # it: "Hassan Sheikh Mohamud ... Ruto hosted Mohamud")
            prev = by_surname[sur]
            actor = replace(prev, text=ent.text, rule=f"{prev.rule}; same surname earlier")
        elif desc is not None and not desc.actor.country:  # "X, the IMF managing director"
            a = desc.actor
            actor = Actor(text=ent.text, name=ent.text, code=a.code, country=None, sector=a.sector, kind="person",
                          qualifiers=list(a.qualifiers), rule=f"named person not in the KB; of '{desc.text}'")
        elif desc is not None:
            a = desc.actor
            actor = Actor(text=ent.text, name=ent.text, code=a.country, country=a.country, kind="person",
                          rule=f"named person not in the KB; country from '{desc.text}'")
        elif len(ent) == 1 and sur in by_part and by_part[sur].start < lo:
            prev = by_part[sur].actor  # "Kim Jong Un ... Kim met Putin": a family name said first
            actor = replace(prev, text=ent.text, rule=f"{prev.rule}; part of a name named earlier")
        else:
            actor = Actor(text=ent.text, name=ent.text, code=None, country=None, kind="person",
                          rule="named person not in the KB")
        if actor.country:
            by_surname.setdefault(sur, actor)
        added.append(Mention(start=lo, end=hi, text=ent.text, actor=actor))
    added += _cut_surnames(doc, mentions, added)
    if not added:
        return mentions
    added += _their_pronouns(doc, mentions, added)
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _cut_surnames(doc: Doc, mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """A surname the tagger left out of a person ("opposition leader [Maria Corina] Machado"), named
    again alone later ("Machado accused ...", tagged as an organisation or not at all): that
    person, the actor of the mention that covers the full name."""
    cut: dict[str, Mention] = {}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc):
            continue
        nxt = doc[ent.end]
        if nxt.pos_ != "PROPN" or not nxt.text.istitle() or nxt.ent_type_:
            continue
        owner = next((m for m in mentions if m.start <= ent.start_char and nxt.idx + len(nxt) <= m.end), None)
        if owner is not None and owner.actor.kind in ("person", "sector"):
            cut.setdefault(nxt.lower_, owner)
    if not cut:
        return []
    taken = [(m.start, m.end) for m in [*mentions, *added]]
    out = []
    for tok in doc:
        owner = cut.get(tok.lower_)
        if (owner is None or tok.idx <= owner.start or tok.pos_ != "PROPN"
                or any(lo <= tok.idx < hi for lo, hi in taken)):
            continue
        out.append(Mention(start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                           actor=replace(owner.actor, text=tok.text, rule=f"{owner.actor.rule}; surname of '{owner.text}'")))
    return out


def _name_parts(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Each word of a person's name (the PERSON entity inside a mention of a person with a
    country), first mention first: a one-word name later in the text can be any of them."""
    people = [m for m in mentions if m.actor.kind == "person" and m.actor.country]
    parts: dict[str, Mention] = {}
    if not people:
        return parts
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        m = next((m for m in people if m.start <= ent.start_char and ent.end_char <= m.end), None)
        if m is None:
            continue
        for t in ent:
            if t.is_alpha and t.is_title and len(t) >= 2:
                parts.setdefault(t.lower_, m)
    return parts


PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
PRONOUN_WINDOW = 2  # sentences back


def _their_pronouns(doc: Doc, mentions: list[Mention], people: list[Mention]) -> list[Mention]:
    """"he / his / her" that the resolver left without an antecedent refer to the nearest person it
    could not know whose country the article gives, named in the same or the two sentences before
    ("X, a Moroccan, was thwarted in his attempt to attack ..."), not to the subject of their own
    verb when they are its object."""
    taken = {(m.start, m.end) for m in mentions}
    known = sorted((m for m in people if m.actor.country), key=lambda m: m.start)
    starts = [m.start for m in known]
    sent_starts = [s.start_char for s in doc_sents(doc)]
    out: list[Mention] = []
    for t in doc:
        if t.lower_ not in PERSON_PRONOUNS or (t.idx, t.idx + len(t)) in taken:
            continue
        here = bisect.bisect_right(sent_starts, t.idx) - 1
        best = None
        for m in reversed(known[: bisect.bisect_left(starts, t.idx)]):  # named before the pronoun
            if here - (bisect.bisect_right(sent_starts, m.start) - 1) > PRONOUN_WINDOW:
                break
            ant = span_at(doc, m.start, m.end)
            if ant is not None and t.dep_ in ("dobj", "pobj", "dative") and ant.root.head == t.head:
                continue  # "X hit him": not X
            best = m
            break
        if best is not None:
            actor = replace(best.actor, text=t.text, rule=f"{best.actor.rule}; pronoun '{t.text}'")
            out.append(Mention(start=t.idx, end=t.idx + len(t), text=t.text, actor=actor))
    return out


def drop_places(mentions: list[Mention], place_spans: list[tuple[int, int]],
                place_countries: list[str | None] | None = None, text: str | None = None) -> list[Mention]:
    """Without the unknown people whose name is exactly a place the geoparser found there ("withdrew
    from Kherson": the model took the town for a person), and without a country named only as part
    of a longer place name in another country ("Benin City" is in Nigeria, not Benin), when
    ``place_countries`` (the places' countries, in the order of ``place_spans``) are given; with the
    ``text``, also without a country whose name the geoparser found as a local unit of another
    country ("in the Costa Rica district south of Culiacán")."""
    spans = set(place_spans)
    inside = [(s, e, c) for (s, e), c in zip(place_spans, place_countries or [], strict=False) if c]
    return [m for m in mentions
            if not ((m.actor.rule or "").startswith("named person not in the KB") and (m.start, m.end) in spans)
            and not (m.actor.kind == "country" and m.actor.country
                     and any(s <= m.start and m.end <= e and c != m.actor.country
                             and ((s, e) != (m.start, m.end)
                                  or (text is not None and LOCAL_UNIT_AFTER.match(text, e) is not None))
                             for s, e, c in inside))]

