"""Groups alias hits into noun phrases using the dependency parse.

A hit climbs from its last token to the head of its noun phrase through pre-modifier relations
(compound, amod, nmod, poss, npadvmod, det, ...); hits that reach the same head token form one
``Phrase``: "Tory defence secretary Michael Fallon" -> head "Fallon" with hits Tory,
defence secretary, Michael Fallon. Modifiers such as "US-backed" and "Kurdish-led" are marked
as supporters and leaders of the head.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from spacy.strings import get_string_id

from dyads.actors.docview import DocView
from dyads.actors.match import Hit

# Tuning constants (checked on the reference article and PLOVER dev, every 4th record held out).
MAX_CLIMB = 12  # a modifier is at most this many tokens left of its phrase head
CLIMB_DEPS = (
    "compound",
    "amod",
    "nmod",
    "npadvmod",
    "nummod",
    "det",
    "poss",
    "flat",
    "punct",
    "quantmod",
)
CLIMB_OVER_POS = ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "X")  # "US-backed" climbs via "backed"

_MOD_RE = re.compile(
    r"\s*-\s*(backed|supported|funded|sponsored|armed|allied|aligned|trained|friendly|"
    r"led|run|controlled|dominated|ruled|commanded|majority)\b",
    re.IGNORECASE,
)
# "U.S.-made", "Iranian-built", "Russian-designed": the maker's country of a thing, not a party.
_MADE_RE = re.compile(r"\.?\s*-\s*(made|built|manufactured|designed|produced|developed|assembled)\b", re.IGNORECASE)
CONJ = get_string_id("conj")
PRO = ("pro-", "pro ")
ANTI = ("anti-", "anti ")
SUPPORT_WORDS = frozenset(
    {
        "backed",
        "supported",
        "funded",
        "sponsored",
        "armed",
        "allied",
        "aligned",
        "trained",
        "friendly",
    }
)


@dataclass(slots=True)
class PHit:
    hit: Hit
    t0: int
    t1: int
    anchor: int  # last token of the hit
    modrel: str | None = None  # "supporter" | "leader" for "US-backed" / "Kurdish-led"
    mod_end: int = 0  # char end of "-backed" when modrel is set
    coord: bool = False  # joined its phrase by coordination ("Hungarian and Romanian officials")


@dataclass(slots=True)
class Phrase:
    head: int  # head token index
    hits: list[PHit] = field(default_factory=list)
    start: int = 0  # char start of the first hit (hits arrive in text order)


def place_hits(
    hits: list[Hit], view: DocView, text: str, known: list[PHit] | None = None
) -> list[PHit]:
    """Tokens, anchor and modifier relation of each hit (``known``: PHits to reuse)."""
    out = []
    idx = view.idx
    cache = {id(ph.hit): ph for ph in known} if known else {}
    for hit in hits:
        old = cache.get(id(hit))
        if old is not None:
            old.coord = False
            out.append(old)
            continue
        start, end = hit.start, hit.end
        t0 = bisect_right(idx, start) - 1
        t1 = bisect_right(idx, end - 1) if end > start else t0 + 1
        if t0 < 0:
            t0 = 0
        if t1 <= t0:
            t1 = t0 + 1
        anchor = t1 - 1
        if t1 - t0 > 1:  # "Secretary of State": the token whose head lies outside the hit
            heads = view.head
            for t in range(t0, t1):
                if not t0 <= heads[t] < t1 or heads[t] == t:
                    anchor = t
                    break
        ph = PHit(hit, t0, t1, anchor)
        before = text[max(0, start - 5) : start].lower()
        if before.endswith(ANTI):
            continue  # "anti-government protesters" are not the government
        if _MADE_RE.match(text, end):
            continue  # "U.S.-made Bradley vehicles", "a Chinese-built drone": where a thing was made, no actor
        if before.endswith(PRO):  # "pro-Russian separatists": backed by Russia, not Russian
            ph.modrel, ph.mod_end = "supporter", end
        elif "-" in text[end : end + 3]:
            m = _MOD_RE.match(text, end)
            if m:
                ph.modrel = "supporter" if m.group(1).lower() in SUPPORT_WORDS else "leader"
                ph.mod_end = m.end()
        out.append(ph)
    return out


def climb(view: DocView, tok: int) -> int:
    """The head of the noun phrase that ``tok`` pre-modifies (itself when it heads one).

    Never climbs across a line break: a caption or headline glued to the next line by the
    parser is not one phrase with it.
    """
    s = view.s
    text = view.text
    for _ in range(6):
        head = view.head[tok]
        if head <= tok or head - tok > MAX_CLIMB:
            return tok
        if s[view.dep[tok]] not in CLIMB_DEPS or s[view.pos[head]] not in CLIMB_OVER_POS:
            return tok
        if "\n" in text[view.idx[tok] : view.idx[head]]:
            return tok
        tok = head
    return tok


def group_phrases(phits: list[PHit], view: DocView) -> list[Phrase]:
    """Phrases in text order; a parenthesised hit right after another joins its phrase."""
    by_head: dict[int, Phrase] = {}
    order: list[Phrase] = []
    prev: PHit | None = None
    head_of_anchor: dict[int, int] = {}
    for ph in phits:
        if view.n == 0:
            head = 0
        else:
            head = climb(view, ph.anchor)
            if (
                prev is not None
                and ph.hit.start - prev.hit.end <= 3
                and _is_parenthetical(view, prev, ph)
            ):
                head = climb(view, prev.anchor)
            elif head == ph.anchor and view.dep[ph.anchor] == CONJ:
                # "Hungarian and Romanian officials": the second adjective joins the first's phrase
                first = head_of_anchor.get(view.head[ph.anchor])
                if first is not None and first > ph.anchor:
                    head = first
                    ph.coord = True
            head_of_anchor[ph.anchor] = head
        phrase = by_head.get(head)
        if phrase is None:
            phrase = by_head[head] = Phrase(head, start=ph.hit.start)
            order.append(phrase)
        phrase.hits.append(ph)
        prev = ph
    order.sort(key=attrgetter("start"))
    return order


def _is_parenthetical(view: DocView, prev: PHit, ph: PHit) -> bool:
    text = view.text
    return text[prev.hit.end : ph.hit.start].strip() == "(" and text[
        ph.hit.end : ph.hit.end + 3
    ].lstrip().startswith(")")
