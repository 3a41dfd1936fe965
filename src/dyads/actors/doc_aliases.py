"""Aliases a document defines for itself, found again further on.

- An acronym in parentheses right after a resolved name ("Syrian Democratic Forces (SDF)") is
  an alias of that actor for the rest of the document (``coref=True`` on later uses).
- An unknown person or organisation met with a descriptor ("Kenyan opposition leader Jane Doe")
  becomes an actor (country and sector from the descriptor); its full name and, for a person,
  the surname resolve later in the document. ``dyads.actors.learned`` stores such actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

import numpy as np
from spacy.strings import get_string_id

from dyads.actors.codes import compose_code
from dyads.actors.docview import DocView
from dyads.actors.kb import COUNTRY_KINDS, KB, NAMED_KINDS, Alias, Entity
from dyads.actors.match import Hit
from dyads.actors.phrases import PHit, Phrase
from dyads.sectors import one_state_title

ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&]{1,9}|[A-Z](?:\.[A-Z])+\.?)\s*\)")
LEARNABLE_ENTS = {"PERSON": "person", "ORG": "group"}
APPOS = get_string_id("appos")
NAME_ENT_IDS = frozenset(get_string_id(x) for x in ("ORG", "PERSON", "NORP", "GPE", "FAC"))
DET_ID = get_string_id("det")
IOB_INSIDE = 1
IOB_BEGIN = 3  # spaCy ENT_IOB array values: 1 = I, 2 = O, 3 = B
_START = attrgetter("start")
MIN_SURNAME = 3  # a surname alias must be at least this long
MAX_ALIAS = 200  # no alias is longer than this many characters (overlap search window)


def add_learned(
    hits: list[Hit], phrases: list[Phrase], text: str, view: DocView, kb: KB
) -> list[Hit]:
    """``hits`` plus actors learned from descriptors (the same list object when none)."""
    new = _learned(phrases, text, view, kb) if view.n else []
    if not new:
        return hits
    acr = _acronyms(new, text)
    defined = {h.start for h in acr if h.rule == "acronym:definition"}
    return _merge(_merge(hits, new), acr, replace_at=defined)


# "the North" / "the South" after North Korea or South Sudan is that country (not followed by
# another capitalised word: "the North Atlantic", "the South China Sea").
COMPASS_RE = re.compile(r"\b[Tt]he (North|South)(?!['\u2019]?\s*[A-Z])(?![-\w])")


def add_acronyms(hits: list[Hit], text: str) -> list[Hit]:
    """``hits`` plus acronyms defined in parentheses and their later uses, and "the North" or
    "the South" for the last country so named before it."""
    acr = _acronyms(hits, text) + _compass(hits, text)
    if not acr:
        return hits
    # (an acronym the text defines means what it defines there and after, whatever else the KB knows
    # it for: "Reporters Without Borders (RSF)" is no Sudanese militia)
    known = {h.start: h.entity.code for h in hits}
    defined = {h.start for h in acr if h.rule == "acronym:definition"
               or (h.rule == "coref:acronym" and h.start in known and known[h.start] != h.entity.code)}
    return _merge(hits, acr, replace_at=defined)


def _merge(hits: list[Hit], new: list[Hit], replace_at: set[int] | None = None) -> list[Hit]:
    if replace_at:
        hits = [h for h in hits if h.start not in replace_at]
    covered = bytearray(max([h.end for h in hits] + [h.end for h in new] + [0]) + 1)
    for h in hits:
        covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    out = list(hits)
    for h in new:
        if not any(covered[h.start : h.end]):
            out.append(h)
            covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    out.sort(key=_START)
    return out


def _find_later(text: str, alias: str, after: int) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``alias`` in ``text`` after ``after``."""
    out = []
    n = len(alias)
    i = text.find(alias, after)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        nxt = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (nxt.isalnum() or nxt in "-_"):
            out.append((i, i + n))
        i = text.find(alias, i + n)
    return out


def _acronyms(hits: list[Hit], text: str) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if h.rule.startswith("acronym") or "(" not in text[h.end : h.end + 3]:
            continue
        m = ACRONYM_RE.match(text, h.end)
        if not m or h.entity.kind not in NAMED_KINDS | COUNTRY_KINDS:
            continue
        acr = m.group(1)
        alias = Alias(acr, h.entity)
        out.append(Hit(m.start(1), m.end(1), alias, coref=False, rule="acronym:definition"))
        for s, e in _find_later(text, acr, m.end()):
            out.append(Hit(s, e, alias, coref=True, rule="coref:acronym"))
    return out


def _compass(hits: list[Hit], text: str) -> list[Hit]:
    countries = [h for h in hits if h.entity.kind == "country" and not h.coref
                 and text[h.start:h.end].split(" ")[0] in ("North", "South")]
    if not countries:
        return []
    out: list[Hit] = []
    for m in COMPASS_RE.finditer(text):
        before = [h for h in countries if h.end <= m.start() and text[h.start:h.end].startswith(m.group(1))]
        if before:
            ent = before[-1].entity
            out.append(Hit(m.start(1), m.end(1), Alias(f"the {m.group(1)}", ent), coref=True, rule="coref:the " + m.group(1)))
    return out


def _learned(phrases: list[Phrase], text: str, view: DocView, kb: KB) -> list[Hit]:
    """Unknown PERSON/ORG entities described in their own phrase ("Kenyan opposition leader
    Jane Doe") or by an appositive ("Jane Doe, the Kenyan opposition leader,")."""
    covered = _Covered(phrases)
    out: list[Hit] = []
    learned: set[tuple[int, int]] = set()
    ent_type = view.ent_type
    titled: dict[str, tuple[str, int]] = {}  # title -> (country, offset) of its last "Japan's prime minister"
    for ph in phrases:
        _note_titles(ph, titled)
        head = ph.head
        last = ph.hits[-1]
        if (last.t0 <= head < last.t1) or any(h.t0 <= head < h.t1 for h in ph.hits):
            if view.dep[head] == APPOS and view.head[head] < ph.hits[0].t0:
                target = view.head[head]  # "Jane Doe, the ... leader": describe Jane Doe
                if target not in covered:
                    _learn(ph, target, 0, text, view, kb, out, learned, titled)
            elif head + 1 < view.n and head + 1 not in covered and _names_after(view, head):
                # "the rights group Haki Africa": the name follows the descriptor's head
                _learn(ph, head + 1, head + 1, text, view, kb, out, learned, titled)
            continue
        if ent_type[head]:
            _learn(ph, head, max(h.t1 for h in ph.hits), text, view, kb, out, learned, titled)
    return out


class _Covered:
    """Token indices covered by hits, built on first use (most documents never ask)."""

    def __init__(self, phrases: list[Phrase]):
        self.phrases = phrases
        self.tokens: set[int] | None = None

    def __contains__(self, t: int) -> bool:
        if self.tokens is None:
            self.tokens = {t for ph in self.phrases for h in ph.hits for t in range(h.t0, h.t1)}
        return t in self.tokens


def _learn(
    ph: Phrase,
    target: int,
    not_before: int,
    text: str,
    view: DocView,
    kb: KB,
    out: list[Hit],
    learned: set[tuple[int, int]],
    titled: dict[str, tuple[str, int]],
) -> None:
    kind = LEARNABLE_ENTS.get(view.s[int(view.ent_type[target])])
    if kind is None:
        return
    t0, t1 = _entity_span(view, target)
    inside = [h for h in ph.hits if h.t0 < t1 and h.t1 > t0]
    # KB words inside the name ("Tigray People's Liberation Front") make it a name, not a
    # descriptor + name; only leading titles ("General Jane Doe") are peeled off.
    for h in sorted(inside, key=lambda h: h.t0):
        if h.t0 <= t0 and h.hit.entity.kind == "sector" and h.hit.entity.role == "role":
            t0 = h.t1
        else:
            return
    t0 = max(t0, not_before)
    if t0 >= t1 or t0 > target or (t0, t1) in learned:
        return
    start, end = view.idx[t0], view.ends[t1 - 1]
    outside = [h for h in ph.hits if h.t1 <= t0 or h.t0 >= t1]
    # "dissident rapper Jane Doe": a full personal name (two words spaCy reads as a person) is a
    # person whatever body word describes her
    ent = _descriptor_entity(outside, kind, text[start:end], kb, full_name=kind == "person" and t1 - t0 >= 2,
                             titled_country=_titled_country(outside, titled, start, text))
    if ent is None:
        return
    learned.add((t0, t1))
    _add_learned(ent, start, end, t0, t1, text, view, out)


def _add_learned(
    ent: Entity, start: int, end: int, t0: int, t1: int, text: str, view: DocView, out: list[Hit]
) -> None:
    out.append(Hit(start, end, Alias(text[start:end], ent), rule="learned:descriptor"))
    names = {text[start:end]}
    last = text[view.idx[t1 - 1] : view.ends[t1 - 1]]
    if ent.kind == "person" and t1 - t0 > 1 and len(last) >= MIN_SURNAME and last[0].isupper():
        names.add(last)
    for name in names:
        for s, e in _find_later(text, name, end):
            out.append(Hit(s, e, Alias(name, ent), rule="learned:alias"))


def named_groups(hits: list[Hit], text: str, view: DocView, kb: KB) -> list[Hit]:
    """Unknown organisations whose own name says what they are ("... Liberation Front" -> REB).

    Returns ``hits`` with such names added (hits inside the name are dropped), or ``hits``
    itself when there are none.
    """
    if not view.n or not kb.name_keywords or not _keyword_re(kb).search(text):
        return hits
    iob = view.ent_iob
    if isinstance(iob, list):
        begins = [i for i, v in enumerate(iob) if v == IOB_BEGIN]
    else:
        begins = np.flatnonzero(iob == IOB_BEGIN).tolist()
    new: list[tuple[int, int, Entity]] = []
    generic: list[Hit] = []
    starts = [h.start for h in hits]  # hits are sorted by start
    for b in begins:
        if int(view.ent_type[b]) not in NAME_ENT_IDS:
            continue
        t0, t1 = _entity_span(view, b)
        if view.dep[t0] == DET_ID or text[view.idx[t0] : view.ends[t0]].lower() == "the":
            t0 += 1
        if t1 - t0 < 2:
            continue
        start, end = view.idx[t0], view.ends[t1 - 1]
        words = [text[view.idx[t] : view.ends[t]] for t in range(t0, t1)]
        if words[-1].lower() in STREET_WORDS | INSTITUTION_WORDS:
            continue  # "Parliament Road", "Government Secondary School": named after a body, no body
        sector = next((kb.name_keywords[w] for w in reversed(words) if w in kb.name_keywords), None)
        if sector is None:
            continue
        lo = bisect_left(starts, start - MAX_ALIAS)
        inner = [h for h in hits[lo : bisect_left(starts, end)] if h.end > start]
        if any(
            h.entity.kind in NAMED_KINDS for h in inner
        ):
            continue
        known = {t for h in inner for t in range(*view.tokens(h.start, h.end))}
        rest = [
            w
            for t, w in zip(range(t0, t1), words, strict=True)
            if t not in known and w[:1].isalnum() and not _composing_word(w, inner)
        ]
        if not rest:
            continue  # made of KB words only: "the Iraqi Army" is composed, not learned
        country = next((h.entity.country for h in inner if h.entity.kind in COUNTRY_KINDS), None)
        if country is not None and sector == "REB" and _state_army(words):
            sector = "MIL"  # "the Somali National Army": a state's army by its own name, no rebels
        if country is None and words[0] in GENERIC_BODY_WORDS and len(words) > 2 and words[1] in ("of", "for"):
            # "the Ministry of Foreign Affairs": any state's ministry, read like "the ministry" (the
            # words after it name no one: "... and Youth Policy" is no youth)
            key_end = view.ends[t0]
            generic.extend(h for h in inner if h.start >= key_end)
            continue
        name = text[start:end]
        new.append(
            (
                start,
                end,
                Entity(
                    f"learned:{name}",
                    "group",
                    name,
                    country=country,
                    cameo=kb.cameo(country),
                    code=compose_code(kb.cameo(country), sector),
                    sector=sector,
                    role="name",
                    source="descriptor",
                ),
            )
        )
    if generic:
        dropped = {id(h) for h in generic}
        hits = [h for h in hits if id(h) not in dropped]
    if not new:
        return hits
    kept = [h for h in hits if not any(h.start < e and h.end > s for s, e, _ in new)]
    out: list[Hit] = []
    for s, e, ent in new:
        t0, t1 = view.tokens(s, e)
        _add_learned(ent, s, e, t0, t1, text, view, out)
    return add_acronyms(_merge(kept, out), text)


# Words that join the KB words of a name without naming anything of their own: "Police Forces
# of India", "Military Forces of Mali" (ACLED's names of state forces) are composed from their
# sector and country, not learned as a group called "Forces".
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "in"})
_FORCE_WORDS = frozenset({"forces", "force"})


def _composing_word(word: str, inner: list[Hit]) -> bool:
    low = word.lower()
    if low in _JOINING_WORDS:
        return True
    return low in _FORCE_WORDS and any(h.entity.kind == "sector" for h in inner) and any(
        h.entity.kind in COUNTRY_KINDS for h in inner)


_KEYWORD_RES: dict[int, re.Pattern[str]] = {}


# Words that make a country's named army its state's ("Somali National Army", "Ethiopian National
# Defense Force"), and words that make it an insurgency's ("Sudan People's Liberation Army").
STATE_ARMY_WORDS = frozenset({"National", "Defence", "Defense", "Royal", "Armed"})
INSURGENT_WORDS = frozenset({"Liberation", "Resistance", "Revolutionary", "Islamic", "Salvation", "Freedom", "Patriotic",
                             "Popular", "People's", "Peoples", "Democratic", "Rebel", "Mujahideen", "Front"})


def _state_army(words: list[str]) -> bool:
    return (words[-1] in ("Army", "Forces", "Force") and any(w in STATE_ARMY_WORDS for w in words)
            and not any(w in INSURGENT_WORDS for w in words))


# First words of a state body's name that any state's body of that kind bears ("Ministry of
# Foreign Affairs"): with no country in it, the name says which body, not whose.
GENERIC_BODY_WORDS = frozenset({"Ministry"})


# Last words of street and place names built on a body's word ("Parliament Road").
STREET_WORDS = frozenset({"road", "street", "avenue", "boulevard", "lane", "drive", "square", "way", "highway",
                          "bridge", "roundabout", "crossing", "junction", "terminal", "station"})


# Last words of schools and hospitals named after a body ("Government Day Secondary School").
INSTITUTION_WORDS = frozenset({"school", "college", "university", "academy", "hospital", "clinic", "institute",
                               "polytechnic", "seminary"})


def _keyword_re(kb: KB) -> re.Pattern[str]:
    """One regex over all name keywords (cheap test before looking at entities)."""
    pat = _KEYWORD_RES.get(id(kb.name_keywords))
    if pat is None:
        words = sorted(kb.name_keywords, key=len, reverse=True)
        pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        _KEYWORD_RES[id(kb.name_keywords)] = pat
    return pat


def _names_after(view: DocView, head: int) -> bool:
    """A PERSON/ORG entity starts right after ``head``, one space away ("group Amani Foundation")."""
    nxt = head + 1
    if view.ent_iob[nxt] != IOB_BEGIN or view.idx[nxt] - view.ends[head] != 1:
        return False
    return view.s[int(view.ent_type[nxt])] in LEARNABLE_ENTS


def _entity_span(view: DocView, tok: int) -> tuple[int, int] | None:
    t0 = tok
    while t0 > 0 and view.ent_iob[t0] == IOB_INSIDE:
        t0 -= 1
    t1 = tok + 1
    while t1 < view.n and view.ent_iob[t1] == IOB_INSIDE:
        t1 += 1
    return t0, t1


TITLE_REACH = 1500  # characters back to the last "Japan's prime minister" a bare "Prime Minister X" takes after


def _role_names(hits: list[PHit]) -> list[str]:
    """The role words (titles) among ``hits``."""
    return [h.hit.entity.name for h in hits if h.hit.entity.kind == "sector" and h.hit.entity.role == "role"]


def _note_titles(ph: Phrase, titled: dict[str, tuple[str, int]]) -> None:
    """Remember the country of a title named with one ("Japan's prime minister")."""
    countries = {h.hit.entity.country for h in ph.hits if h.hit.entity.kind in COUNTRY_KINDS and h.hit.entity.country}
    roles = _role_names(ph.hits)
    if len(countries) == 1 and len(roles) == 1:
        titled[roles[0]] = (countries.pop(), ph.start)


def _titled_country(hits: list[PHit], titled: dict[str, tuple[str, int]], start: int, text: str) -> str | None:
    """"Prime Minister Kenji Morimoto" with no country of its own, after "Japan's prime minister":
    that country (the last one so titled, not far back)."""
    roles = _role_names(hits)
    if len(roles) != 1 or any(h.hit.entity.kind in COUNTRY_KINDS for h in hits):
        return None
    found = titled.get(roles[0])
    if found is not None and 0 <= start - found[1] <= TITLE_REACH:
        return found[0]
    title = next(h for h in hits if h.hit.entity.name == roles[0])
    return one_state_title(roles[0], text[title.hit.end:])  # ("Secretary of State X": the United States')


def _descriptor_entity(hits: list[PHit], kind: str, name: str, kb: KB, full_name: bool = False,
                       titled_country: str | None = None) -> Entity | None:
    country = None
    sector = None
    sector_is_role = True
    quals: list[str] = []
    descriptor = []
    affiliation = None
    for h in hits:
        e = h.hit.entity
        if h.modrel is not None:
            continue
        if e.kind in ("igo", "group", "ngo", "agency") and e.code:
            affiliation = e  # "UN refugee chief X", "Hamas commander X"
            descriptor.append(h.hit.alias.text)
        elif e.kind in COUNTRY_KINDS or e.kind in ("party",):
            country = country or e.country
            descriptor.append(h.hit.alias.text)
        elif e.kind == "sector":
            # an affiliation ("rebel", "army", "police") beats a bare role ("commander")
            if sector is None or (sector_is_role and e.role != "role"):
                sector, sector_is_role = e.sector, e.role == "role"
            descriptor.append(e.name)
        elif e.kind == "anaphor" and e.role == "group":
            kind = "group"
            descriptor.append(e.name)
        elif e.kind == "qualifier":
            quals.append(e.qualifiers[0] if e.qualifiers else e.name)
    sectors = [h for h in hits if h.hit.entity.kind == "sector" and h.modrel is None]
    if sectors:  # the descriptor word next to the name says person or group
        nearest = max(sectors, key=lambda h: h.anchor).hit.entity
        kind = "person" if nearest.role in ("role", "people") or full_name else "group"
    if affiliation is not None and sectors:
        return Entity(
            f"learned:{name}",
            kind,
            name,
            country=affiliation.country,
            cameo=affiliation.cameo,
            code=affiliation.code,
            sector=affiliation.sector,
            role=" ".join(descriptor),
            source="descriptor",
        )
    country = country or titled_country
    if sector is None and not (kind == "group" and descriptor and country):
        return None
    if not country and not sector:
        return None
    code = compose_code(kb.cameo(country), sector, tuple(quals))
    return Entity(
        f"learned:{name}",
        kind,
        name,
        country=country,
        cameo=kb.cameo(country),
        code=code,
        sector=sector,
        qualifiers=tuple(quals),
        role=" ".join(descriptor),
        source="descriptor",
    )
