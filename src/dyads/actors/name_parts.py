"""A KB person alias that is only part of a longer name is not that person.

"Air Force spokesman Hadi Tjahjanto": the alias "Hadi" (Yemen's president) covers the first word
of a name whose other words are none of that person's names, so it is someone else (an unknown
person, see ``people``). The name around a hit is the spaCy PERSON entity over it and the run of
capitalised proper nouns joined to it by ``compound``/``flat``. Words of the KB entry's own names
("Mansur Hadi"), titles and other actors inside the run ("President Hadi"), honorifics and
particles do not count as other words.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.strings import get_string_id
from spacy.symbols import PROPN

from dyads.actors.docview import DocView
from dyads.actors.kb import KB
from dyads.actors.match import Hit
from dyads.data import words

NAME_DEPS = frozenset(get_string_id(d) for d in ("compound", "flat"))
PERSON_ID = get_string_id("PERSON")
NOT_NAME_WORDS = frozenset("mr mrs ms dr sir sheikh shaikh jr sr ii iii al el bin ibn abu".split())
PREFIX = 4  # a word sharing this many first letters with a name word is a spelling of it


def drop_name_parts(hits: list[Hit], view: DocView, kb: KB) -> list[Hit]:
    """``hits`` without person hits that cover only part of someone else's name (the same list
    object when none is dropped)."""
    if not view.n or not any(h.entity.kind == "person" for h in hits):
        return hits
    taken: set[int] = set()
    for h in hits:
        t0, t1 = view.tokens(h.start, h.end)
        taken.update(range(t0, t1))
    keep = [
        h for h in hits if h.entity.kind != "person"
        or not (_inside_other_name(h, view, kb, taken) or _names_a_facility(h, view.text))
    ]
    return hits if len(keep) == len(hits) else keep


def _names_a_facility(h: Hit, text: str) -> bool:
    """The person's name is that of a road, a junction or a building ("at Burhan interchange",
    "on Jinnah Avenue", "Mandela Bridge"): a place named after someone, not the person."""
    nxt = text[h.end + 1:].split(" ", 1)[0].rstrip(".,;:)").lower() if text[h.end:h.end + 1] == " " else ""
    return nxt in PLACE_NAME_WORDS


def drop_us_state_namesakes(hits: list[Hit], text: str) -> list[Hit]:
    """``hits`` without "Georgia" the country in a document that speaks of the US state: one that
    names another US state or a place of Georgia's ("Atlanta", "R-Ga.") and no sign of the country
    ("Tbilisi", "Georgian")."""
    if not any(h.entity.country == "GEO" and h.entity.kind == "country" for h in hits):
        return hits
    if _names_any(text, "georgia_country") or not (_names_any(text, "us_states") or _names_any(text, "georgia_state")):
        return hits
    return [h for h in hits if not (h.entity.country == "GEO" and h.entity.kind == "country")]


_NAMESAKES = "actors/namesakes.yaml"


def _names_any(text: str, key: str) -> bool:
    """The text names, capitalised, one of the words of list ``key`` of namesakes.yaml."""
    return any(m.group(0)[0].isupper() for m in _namesake_pattern(key).finditer(text))


@cache
def _namesake_pattern(key: str) -> re.Pattern[str]:
    """The words of list ``key`` of namesakes.yaml as one case-blind pattern, longest first."""
    alternatives = "|".join(re.escape(w) for w in sorted(words(_NAMESAKES, key), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w])", re.IGNORECASE)


def drop_countries_in_names(hits: list[Hit], view: DocView) -> list[Hit]:
    """``hits`` without country hits that are words of a person's name ("Volker Turk", "Chad
    Smith"): inside a spaCy PERSON entity whose other words are no place words, after its first
    word or as a country's name first ("Israeli Benjamin Netanyahu" and "Croatian Serbs" stay)."""
    if not view.n:
        return hits
    places = [h for h in hits if h.entity.kind in ("country", "adjective", "capital")]
    if not places:
        return hits
    placed = {t for h in places for t in range(*view.tokens(h.start, h.end))}
    covered = {t for h in hits for t in range(*view.tokens(h.start, h.end))}
    keep = []
    prev: Hit | None = None
    for h in hits:
        if (h.entity.kind == "country" and prev is not None and prev.entity.kind in SECTIONED_KINDS
                and view.text[prev.end:h.start] == " "):
            prev = h
            continue  # "Amnesty International UK", "Save the Children USA": the body's national section
        prev = h
        nxt = view.text[h.end + 1:].split(" ", 1)[0].rstrip(".,;:") if view.text[h.end:h.end + 1] == " " else ""
        if h.entity.kind in ("adjective", "country") and nxt in FACILITY_WORDS:
            continue  # "the city's Saudi Hospital", "the American University": a building's name
        if h.entity.kind == "adjective" and nxt in LANGUAGE_NOUNS and view.text[h.end + 1 + len(nxt):][:1] in (
                "", " ", ",", ".", ";", ":", ")"):
            continue  # "known by its French acronym", "carried Russian flags": a language or a symbol, no party
        if h.entity.kind in ("country", "adjective", "capital"):
            t0, t1 = view.tokens(h.start, h.end)
            ent = _person_entity(view, t0, t1)
            if h.entity.kind == "capital" and ent and ent.start == t0:
                ent = _with_forename(view, ent, covered)  # "Mahamadou Sana": the forename left outside
            rest = [t for t in ent if not t0 <= t < t1 and view.word(t).isalpha()]
            surname = t0 > ent.start and t0 - 1 not in placed  # "Volker Turk", not "Croatian Serbs"
            forename = (t0 == ent.start and h.entity.kind in ("country", "capital") and view.pos[t0] == PROPN
                        and (h.entity.kind == "country" or t1 < ent.stop))  # "Chad Smith", "Aden Duale"
            if rest and (surname or forename) and not any(t in placed for t in rest):
                continue
        keep.append(h)
    return hits if len(keep) == len(hits) else keep


# Capitalised words of buildings and places named after a nation ("the Saudi Hospital").
FACILITY_WORDS = frozenset({"Hospital", "University", "College", "School", "Airport", "Stadium", "Hotel", "Market",
                            "Museum", "Library", "Mosque", "Church", "Cathedral", "Street", "Road", "Avenue", "Square",
                            "Bridge", "Park", "Clinic", "Academy", "Club", "Quarter", "Cemetery", "Gardens",
                            "Chowk", "Circle", "Bazaar", "Plaza", "Highway", "Expressway"})
# Words that make a name before them a place's ("Burhan interchange", "Jinnah Avenue").
PLACE_NAME_WORDS = frozenset(w.lower() for w in FACILITY_WORDS) | frozenset({
    "interchange", "junction", "roundabout", "bypass", "crossing", "station", "port", "camp", "stadium", "town",
    "colony", "barrage", "dam", "canal", "boulevard", "lane", "chowk", "mall", "terminal", "tunnel", "flyover"})
# Words of language or national symbols after a nation's adjective ("its French acronym", "Russian flags").
LANGUAGE_NOUNS = frozenset({"acronym", "acronyms", "initials", "abbreviation", "name", "names", "word", "words",
                            "translation", "phrase", "term", "expression", "spelling", "edition",
                            "language", "subtitles", "nickname", "slogan", "dub", "flag", "flags", "anthem"})
NAMED_BODY_KINDS = frozenset({"group", "party"})
# Organisations whose national sections take the country's name after theirs.
SECTIONED_KINDS = frozenset({"ngo"})


def drop_groups_in_longer_names(hits: list[Hit], view: DocView) -> list[Hit]:
    """``hits`` without group hits whose name continues to the left inside one named entity with
    a word no other hit covers: "the Ta'ang National Liberation Army" is not the ELN ("National
    Liberation Army"); "Colombia's" or "the Colombian National Liberation Army" still is."""
    if not view.n or not any(h.entity.kind in NAMED_BODY_KINDS for h in hits):
        return hits
    taken: set[int] = set()
    for h in hits:
        taken.update(range(*view.tokens(h.start, h.end)))
    keep = []
    for h in hits:
        if h.entity.kind in NAMED_BODY_KINDS:
            t0, t1 = view.tokens(h.start, h.end)
            left = t0 - 1
            if (left >= 0 and left not in taken and view.pos[left] == PROPN and view.ent_iob[t0] == 1
                    and view.ent_type[left] == view.ent_type[t0] and t0 <= view.head[left] < t1
                    and view.dep[left] in NAME_DEPS and view.text[view.idx[left]].isupper()):
                continue
        keep.append(h)
    return hits if len(keep) == len(hits) else keep


# Words after a country's name that make it the subject matter of a body, not its owner:
# "China's Taiwan Affairs Office", "the Bureau of Indian Affairs".
TOPIC_WORDS = frozenset({"affairs"})


def drop_topic_countries(hits: list[Hit], view: DocView) -> list[Hit]:
    """``hits`` without country names that only say what a body deals with ("Taiwan Affairs Office")."""
    if not view.n:
        return hits
    keep = []
    for h in hits:
        if h.entity.kind in ("country", "adjective"):
            _, t1 = view.tokens(h.start, h.end)
            if t1 < view.n and view.word(t1).lower() in TOPIC_WORDS:
                continue
        keep.append(h)
    return hits if len(keep) == len(hits) else keep


def _inside_other_name(h: Hit, view: DocView, kb: KB, taken: set[int]) -> bool:
    """The hit lies inside a longer name with a word that is not one of its person's names."""
    t0, t1 = view.tokens(h.start, h.end)
    names = kb.name_words(h.entity.key)
    for t in _name_tokens(view, t0, t1, taken):
        word = "".join(c for c in view.word(t) if c.isalpha())
        if len(word) > 1 and word not in NOT_NAME_WORDS and not _known(word, names):
            return True
    return False


def _known(word: str, names: frozenset[str]) -> bool:
    return word in names or (
        len(word) >= PREFIX and any(n[:PREFIX] == word[:PREFIX] for n in names)
    )


def _name_tokens(view: DocView, t0: int, t1: int, taken: set[int]) -> list[int]:
    """Tokens outside [t0, t1) of the name around it, up to another hit: the PERSON entity and
    the proper-noun compound run."""
    out = [t for t in _person_entity(view, t0, t1) if not t0 <= t < t1 and t not in taken]
    t = t0 - 1  # left: "Mansur" in "Mansur Hadi"
    while t >= 0 and t not in taken and _name_link(view, t, t + 1):
        out.append(t)
        t -= 1
    t = t1  # right: "Tjahjanto" in "Hadi Tjahjanto"
    while t < view.n and t not in taken and _name_link(view, t - 1, t):
        out.append(t)
        t += 1
    return out


def _name_link(view: DocView, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` (adjacent) are two capitalised proper nouns of one name."""
    if view.pos[a] != PROPN or view.pos[b] != PROPN:
        return False
    if not view.text[view.idx[a]].isupper() or not view.text[view.idx[b]].isupper():
        return False
    linked = (view.head[a] == b and view.dep[a] in NAME_DEPS) or (
        view.head[b] == a and view.dep[b] in NAME_DEPS
    )
    return linked and view.idx[b] - view.ends[a] <= 1


def _with_forename(view: DocView, ent: range, covered: set[int]) -> range:
    """``ent`` with the proper noun just before it when that word is a compound of the entity's
    first word and no actor word (a title, a place): spaCy's PERSON over "Sana" alone in
    "Mahamadou Sana"."""
    t = ent.start - 1
    if (t >= 0 and t not in covered and view.pos[t] == PROPN and view.dep[t] in NAME_DEPS
            and view.head[t] == ent.start and view.word(t).istitle()):
        return range(t, ent.stop)
    return ent


def _person_entity(view: DocView, t0: int, t1: int) -> range:
    """Token range of the spaCy PERSON entity over token ``t0`` (empty when none)."""
    if view.ent_type[t0] != PERSON_ID:
        return range(0)
    lo = t0
    while lo > 0 and view.ent_iob[lo] == 1 and view.ent_type[lo - 1] == PERSON_ID:
        lo -= 1
    hi = t1
    while hi < view.n and view.ent_iob[hi] == 1 and view.ent_type[hi] == PERSON_ID:
        hi += 1
    return range(lo, hi)
