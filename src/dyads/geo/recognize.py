"""Toponym recognition: which spans of a parsed article name places.

spaCy's GPE/LOC/FAC entities first; then a gazetteer matcher adds proper-noun runs the NER
missed (it often misses Middle Eastern towns) when they name a well-known place. False friends
are filtered: demonyms and other adjectives ("Iraqi"), persons and organisations, words at
the start of a sentence that are ordinary English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dyads.data import words
from dyads.docmemo import doc_ents, doc_lowers, doc_strings
from dyads.geo.gazetteer import TOP_LEVEL_FEATURES, Gazetteer
from dyads.geo.names import fold
from dyads.geo.rank import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISTAGGED_LABELS = {"PERSON", "NORP"}
# Labels the small model gives a headline's town in a place's slot ("Man shot dead in Irapuato":
# PRODUCT): taken as a place only there (``_located_name``).
SLOT_ONLY_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}  # "in Aleppo" LANGUAGE
# Tuning constant (geo dev e2e span F1): an organisation entity that is exactly a place name
# ("Dublin", "Gainesville" tagged ORG by the small model) is taken as a place from this size.
ORG_PLACE_MIN_POPULATION = 10_000
# Buildings that stand for a government ("the White House said"): actors, not toponyms, and
# same-named small towns must not capture them.
GOVERNMENT_METONYMS = frozenset(
    [
        "white house",
        "kremlin",
        "pentagon",
        "downing street",
        "capitol",
        "capitol hill",
        "elysee",
        "elysee palace",
        "whitehall",
        "number 10",
        "blue house",
        "zhongnanhai",
    ]
)
# Frames that name unknown places ("the village of X", "X district", "in X"); such spans are
# kept unresolved (geonameid None) when the gazetteer lacks them. geo/event_location dev.
FRAME_PREPS = words("geo/words.yaml", "frame_preps")
FRAME_PLACE_NOUNS = words("geo/words.yaml", "frame_place_nouns")
# Sites named by a proper noun before them ("Al-Nur hospital", "Manger Square"): places too
# small for the gazetteer, found by their frame.
FACILITY_NOUNS = words("geo/words.yaml", "facility_nouns")
# First words of Levantine place names ("Tel Abyad", "Beit Hanoun"): such a name labelled a
# person is a place.
PLACE_NAME_PREFIXES = words("geo/words.yaml", "place_name_prefixes")
STREET_NAME_HEADS = words("geo/words.yaml", "street_name_heads")
# the words at which a frame of ``_pattern_spans`` starts
FRAME_WORDS = frozenset({"of", *FRAME_PREPS, *FRAME_PLACE_NOUNS, *FACILITY_NOUNS})
# Titles before a name: "Ms Raggi", "Gov. Pawlenty" are people.
HONORIFICS = words("geo/words.yaml", "honorifics")
BLOCKING_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP", "LANGUAGE"}
# Tuning constants (geo dev, span F1): the matcher only adds places at least this populous
# (countries, continents and first-level regions always qualify).
MATCHER_MIN_POPULATION = 100_000
MATCHER_MAX_TOKENS = 4
DATELINE_HYPHENS = 3  # hyphen tokens a name in capitals may hold beyond that
_DEMONYM_ENDINGS = ("ian", "ians", "ese", "ish", "i", "is", "an", "ans")
# Single words that gazetteers list as places but news uses as ordinary nouns ("the West",
# "Gulf states", "the Valley").
GENERIC_WORDS = words("geo/words.yaml", "generic_words")
# Places named by a word for a landform ("Delta", "Plateau", "Lakes", "Coast" states): after
# another capitalised name word that modifies them they end that name instead ("Tana Delta").
FEATURE_NAMES = frozenset({"delta", "plateau", "lakes", "coast", "highlands", "lowlands", "valley", "river",
                           "rivers", "mountains", "hills", "islands", "island", "desert", "forest"})
# Heads of lowercase phrases the tagger may take for a name ("the west bank of the river", "the
# north coast"): written in lowercase they name a side of something, not the place so called.
COMMON_PLACE_HEADS = frozenset({"bank", "coast", "side", "shore", "border", "front", "edge", "end", "gate",
                                "sea", "island", "islands", "valley", "highlands", "lowlands"})


def _trim(span: Span) -> Span:
    """Drop leading determiners and a trailing possessive from an entity."""
    start, end = span.start, span.end
    doc = span.doc
    lowers, texts = doc_lowers(doc), doc_strings(doc, "ORTH")
    while start < end and lowers[start] in ("the", "a", "an"):
        start += 1
    while end > start and texts[end - 1] in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end]


def is_demonym_key(gaz: Gazetteer, key: str) -> bool:
    """'iraqi', 'syrians', 'sri lankan': a demonym and not also the name of a known place."""
    cands = gaz.lookup_key(key)
    if not any(c.kind == 5 for c in cands):
        return False
    return not any(
        c.kind in (0, 2, 4) and c.entry.population >= MATCHER_MIN_POPULATION for c in cands
    )


def _is_demonym(span: Span, gaz: Gazetteer) -> bool:
    """'Iraqi', 'Syrians': adjectives/nationality nouns, not places."""
    if is_demonym_key(gaz, fold(span.text)):
        return True
    if len(span) != 1:
        return False
    tok = span[0]
    if not tok.lower_.endswith(_DEMONYM_ENDINGS):
        return False
    return tok.tag_ in ("JJ", "NNPS") or not _strong(gaz, fold(tok.text))


def _place_like(gaz: Gazetteer, key: str, min_population: int) -> bool:
    for c in gaz.lookup_key(key):
        if c.kind in (0, 2, 4) and (
            c.entry.feature in TOP_LEVEL_FEATURES
            or c.entry.population >= min_population
        ):
            return True
    return False


MAX_AGE = 120


def _person_name_word(tok: Token) -> bool:
    """A one-word name the tagger took for a place that the words around it make a person's: after
    a title and a given name ("President Alejandro Toledo"), or before an age set off by commas
    ("Toledo, 78, ...")."""
    doc = tok.doc
    i = tok.i
    if (i >= 2 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text.istitle() and not doc[i - 1].ent_type_
            and doc[i - 2].lower_.rstrip(".") in HONORIFICS):
        return True
    if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 3].text == "," and doc[i + 2].like_num:
        try:
            return 0 < int(doc[i + 2].text) < MAX_AGE
        except ValueError:
            return False
    return False


# Slots where a bare surname is the person who acts, not a place ("Ishikawa, on his first visit
# to Manila, was welcomed ..." after "Prime Minister Kenji Ishikawa").
SURNAME_SLOT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _surname_as_actor(tok: Token, full_names: set[str]) -> bool:
    """A one-word name the tagger took for a place (or an organisation) that is the surname of a
    person this document names in full, standing as a subject or possessor: the person again."""
    return tok.lower_ in full_names and tok.dep_ in SURNAME_SLOT_DEPS


COMPASS_ADJECTIVES = frozenset({"western", "eastern", "northern", "southern", "central"})


def _mistagged_place(ent: Span, gaz: Gazetteer, surnames: set[str]) -> bool:
    """A well-known place the small model labelled as a person or nationality ("Aleppo" NORP,
    "Homs" PERSON) - unless the same word is some person's surname in this document."""
    sp = _trim(ent)
    if not len(sp) or len(sp) > 3 or any(not t.text[:1].isupper() for t in sp):
        return False
    if _is_demonym(sp, gaz) or sp.text.lower().endswith(_DEMONYM_ENDINGS[:4]):
        return False
    if ent.label_ == "PERSON" and len(sp) == 1 and sp[-1].lower_ in surnames:
        return False
    if ent.label_ == "NORP" and len(sp) == 1 and sp[0].dep_ == "amod" and sp[0].lower_ in COMPASS_ADJECTIVES:
        return False  # "Western governments": an adjective, not the province so named
    return _strong(gaz, fold(sp.text))


# Prepositions whose object is a place, not a person ("fighting in X", "withdrew from X").
LOCATIVE_PREPS = frozenset({"in", "near", "into", "outside", "around", "across", "towards", "toward"})
# Verbs of moving away: their "from" object is a place ("troops withdrew from X").
DEPARTURE_VERBS = frozenset({"withdraw", "retreat", "flee", "evacuate", "pull", "expel", "drive", "push",
                             "oust", "leave", "escape", "return", "travel", "move", "deport", "relocate"})


def _located_name(ent: Span, gaz: Gazetteer, surnames: set[str]) -> bool:
    """A one-word name labelled as a person, in a place's slot ("withdrew from Kherson",
    "fighting near Bakhmut"): a town of some size by that name is meant, unless the word is a
    person's surname in this document."""
    sp = _trim(ent)
    if len(sp) != 1 or not sp[0].text[:1].isupper() or sp[0].lower_ in surnames:
        return False
    tok = sp[0]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    out_of = word == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"  # ("pulled out of Kherson")
    if word not in LOCATIVE_PREPS and not (word == "from" and prep.head.lemma_.lower() in DEPARTURE_VERBS) and not out_of:
        return False
    return not _is_demonym(sp, gaz) and _place_like(gaz, fold(sp.text), ORG_PLACE_MIN_POPULATION)


def _initialled(ent: Span) -> bool:
    """A name with a middle initial ("Tyrise M. Bell"), whatever label the model gave it."""
    return 2 < len(ent) <= 4 and any(
        len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in ent[1:-1]
    )


def _region(gaz: Gazetteer, key: str) -> bool:
    """A country, continent or first-level region by its main name or an English alias."""
    return any(
        c.kind in (0, 2) and c.entry.feature in TOP_LEVEL_FEATURES
        for c in gaz.lookup_key(key)
    )


def _acronym_ok(gaz: Gazetteer, text: str) -> bool:
    """An acronym ("UN", "OAS", "U.S.") names a place only through a typed alias: the towns
    called "Un" or "Oas" are not what an all-caps word means."""
    bare = text.replace(".", "").replace(" ", "")
    if not (bare.isupper() and len(bare) <= 4):
        return True
    return any(c.kind in (2, 3) for c in gaz.lookup_key(fold(text)))


def _strong(gaz: Gazetteer, key: str) -> bool:
    for c in gaz.lookup_key(key):
        e = c.entry
        if c.kind == 3:
            continue
        if e.feature in TOP_LEVEL_FEATURES and c.kind in (0, 2, 4):
            return True
        if e.population >= MATCHER_MIN_POPULATION and c.kind in (0, 2, 4):
            return True
    return False


def _matcher_spans(
    doc: Doc, taken: list[bool], org_end: list[int], org_start: list[int], gaz: Gazetteer
) -> Iterable[Span]:
    """Proper-noun runs naming well-known places. Inside an organisation name a run that ends
    the name counts ("the de facto capital Raqqa", "Tartus" tagged ORG by a small model), and
    so does a place that starts it ("Dublin City Council" -> Dublin: the geo gold standards,
    LGL and GeoWebNews, annotate such embedded toponyms; measured on geo dev e2e span F1)."""
    i = 0
    n = len(doc)
    texts, pos = doc_strings(doc, "ORTH"), doc_strings(doc, "POS")
    while i < n:
        text = texts[i]
        caps = text.isupper() and len(text) >= 3  # datelines: "BEIRUT (AP) -"
        if (
            taken[i]
            or not text[:1].isupper()
            or (pos[i] not in ("PROPN", "NOUN") and not caps)
        ):
            i += 1
            continue
        found = None
        hyphens = DATELINE_HYPHENS if caps else 0  # ("PORT-AU-PRINCE": five tokens, three words)
        for j in range(min(n, i + MATCHER_MAX_TOKENS + hyphens), i, -1):
            if any(taken[k] or not (texts[k][:1].isupper() or (caps and _inner_hyphen(doc, k, i, j)))
                   for k in range(i, j)):
                continue
            toks = doc[i:j]
            if len(toks) == 1 and toks[0].lower_ in GENERIC_WORDS:
                continue
            if (len(toks) == 1 and toks[0].lower_ in FEATURE_NAMES and i > 0 and pos[i - 1] == "PROPN"
                    and texts[i - 1][:1].isupper() and doc[i - 1].head.i == i):
                continue  # "Tana Delta", "Jos Plateau": the end of another name, not Nigeria's Delta State
            key = fold(toks.text)
            # (a dateline names the reporter's town however small: "MEHSANA:", "BHUJ (PTI) -")
            dateline = caps and _dateline(doc, i, j) and _dateline_place(gaz, toks.text)
            if not dateline and not _acronym_ok(gaz, toks.text):
                continue
            if org_end[i] == j and org_start[i] < i and fold(doc[org_start[i]].text) in STREET_NAME_HEADS:
                continue  # "the Plaza de Mayo": a square's name, not the place Mayo
            if org_end[i] >= 0 and org_end[i] != j:
                if org_start[i] == i and j < org_end[i]:
                    if _place_like(gaz, key, ORG_PLACE_MIN_POPULATION):
                        found = toks
                        break
                continue
            if _strong(gaz, key) or dateline:
                found = toks
                break
        if found is not None:
            yield found
            i = found.end
        else:
            i += 1


DATELINE_AFTER = frozenset({":", "-", "\u2013", "\u2014", "(", ","})


def _inner_hyphen(doc: Doc, k: int, i: int, j: int) -> bool:
    """Token k is a hyphen inside the run i..j, written with no space on either side
    ("PORT-AU-PRINCE")."""
    return (i < k < j - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_)


def _dateline(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j open a line in capitals and a dateline mark follows ("MEHSANA:", "BHUJ (PTI) -",
    "PORT-AU-PRINCE, March 3 -")."""
    opens = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    return (opens and j < len(doc) and doc[j].text in DATELINE_AFTER
            and all((t.text.isupper() and t.is_alpha) or _inner_hyphen(doc, t.i, i, j) for t in doc[i:j]))


DATELINE_SHORT_MIN_POPULATION = 50_000  # a word of four letters or less may be an acronym ("NATO")


def _dateline_place(gaz: Gazetteer, text: str) -> bool:
    """The name of a populated place or an administrative area, by any of its names (a town's
    other spelling in a dateline, "MEHSANA" for Mahesana); a short word only as the main name
    of a town of some size ("BHUJ", not "UN" or "NATO")."""
    if len(text) <= 4:
        return any(c.kind == 0 and c.entry.feature.startswith("P.")
                   and c.entry.population >= DATELINE_SHORT_MIN_POPULATION for c in gaz.lookup_key(fold(text)))
    return any(c.kind in (0, 1, 2, 4) and c.entry.feature[:2] in ("P.", "A.") for c in gaz.lookup_key(fold(text)))


def _propn_run(doc: Doc, i: int, taken: list[bool]) -> Span | None:
    """The capitalised proper-noun run starting at token i (hyphenated names included)."""
    j = i
    n = len(doc)
    while (
        j < n
        and not taken[j]
        and (
            (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
            or (doc[j].text in ("-", "al", "el", "ad", "as") and j + 1 < n and j > i)
        )
    ):
        j += 1
    while j > i and not doc[j - 1].text[:1].isupper():
        j -= 1
    if j == i or j - i > MATCHER_MAX_TOKENS:
        return None
    return doc[i:j]


def _name_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a name, between a capitalised word and the next ("Al-Huda")."""
    tok = doc[i]
    return (
        tok.text == "-"
        and i > 0
        and not doc[i - 1].whitespace_
        and not tok.whitespace_
        and doc[i - 1].text[:1].isupper()
    )


def _pattern_spans(doc: Doc, taken: list[bool], sites: bool = False) -> Iterable[Span]:
    """Unknown places named by their frame: "the village of X", "X district", "in X"."""
    for i, low in enumerate(doc_lowers(doc)):
        if taken[i] or low not in FRAME_WORDS:  # none of the frames below starts here
            continue
        tok = doc[i]
        nxt = tok.i + 1
        if (
            low == "of"
            and tok.head.lemma_.lower() in FRAME_PLACE_NOUNS
            and tok.i > 0
            and (doc[tok.i - 1].i == tok.head.i)
        ):
            run = _propn_run(doc, nxt, taken) if nxt < len(doc) else None
            if run is not None:
                yield run
        elif low in FRAME_PREPS and tok.dep_ == "prep" and nxt < len(doc):
            if doc[nxt].lower_ == "the":
                nxt += 1
            run = _propn_run(doc, nxt, taken) if nxt < len(doc) else None
            if run is not None and run.root.dep_ == "pobj" and not (len(run) == 1 and run[0].lower_ in GENERIC_WORDS):
                yield run  # ("politicians in the Federation": a word for a kind of polity, no place's name)
        elif (
            tok.pos_ in ("NOUN", "PROPN")
            and (low in FRAME_PLACE_NOUNS or low in FACILITY_NOUNS)
            and tok.i > 0
            and doc[tok.i - 1].pos_ == "PROPN"
            and doc[tok.i - 1].head.i == tok.i
        ):
            start = tok.i - 1
            while start > 0 and not taken[start - 1] and (
                doc[start - 1].pos_ == "PROPN" or (sites and _name_hyphen(doc, start - 1))
            ):
                start -= 1
            while sites and doc[start].text == "-":  # "Bannu-Miranshah Road" after the town Bannu
                start += 1
            if not any(taken[k] for k in range(start, tok.i)):
                # "the Balata camp" names the camp; "Al-Nur hospital" names a site, not a town
                # of that name: the facility word stays in the span
                yield doc[start : tok.i + (1 if low in FACILITY_NOUNS else 0)]


def _names_a_site(sp: Span) -> bool:
    """A name that says it is a place: by its last word ("Manger Square", "the Baliem Valley"),
    its first ("Tel Abyad", "Beit Hanoun"), or a place noun in apposition ("X, a small town")."""
    return (
        sp[-1].lower_ in FACILITY_NOUNS
        or sp[-1].lower_ in FRAME_PLACE_NOUNS
        or sp[0].lower_ in PLACE_NAME_PREFIXES
        or any(c.dep_ == "appos" and c.lemma_.lower() in FRAME_PLACE_NOUNS for c in sp.root.children)
    )


def _blocks_frames(ent: Span, sites: bool) -> bool:
    """Whether an entity keeps the frames off its tokens: all do except persons and
    organisations that the small model often mislabels, short ones ("the town of Sheykler"
    tagged ORG, a one-word PERSON) and, when ``sites`` are sought, those that name a site or
    place (``_names_a_site``)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return True
    sp = _trim(ent) if sites else ent
    if not len(sp) or (sites and _names_a_site(sp)):
        return False
    n_words = len(sp.text.split())  # "Al-Bayaa" is one name, not three tokens
    return n_words > 2 or (ent.label_ == "PERSON" and n_words > 1)


def _frame_places(doc: Doc, found: list[Span], surnames: set[str], sites: bool = False) -> list[Span]:
    """Places the gazetteer lacks, named by a frame (see FRAME_PREPS, FRAME_PLACE_NOUNS) outside
    the spans ``found`` already; measured on geo/event_location dev."""
    blocked = [False] * len(doc)
    for sp in found:
        for k in range(sp.start, sp.end):
            blocked[k] = True
    for ent in doc_ents(doc):  # other entities block the frames (see _blocks_frames)
        if not _blocks_frames(ent, sites):
            continue
        for k in range(ent.start, ent.end):
            blocked[k] = True
    seen: set[int] = set()
    out = []
    for sp in _pattern_spans(doc, blocked, sites):
        if sp.start not in seen and not (len(sp) == 1 and sp[0].lower_ in surnames):
            seen.add(sp.start)
            out.append(sp)
    return out


# Capitalised first words of names of squares, streets and operations ("Plaza de Mayo", "Operativo
# Independencia"): a place word after one is part of the longer name, not a place of its own.
NAME_HEADS = STREET_NAME_HEADS | frozenset({"operativo", "operacion", "operation", "operacao", "plan", "estadio",
                                            "colegio", "universidad", "hotel", "banco"})
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "do", "da", "dos", "das", "di", "della"})


def _tail_of_a_name(doc: Doc, sp: Span) -> bool:
    """The span ends a longer capitalised name headed by a square, street or operation word."""
    k = sp.start - 1
    while k >= 0 and doc[k].lower_ in NAME_PARTICLES:
        k -= 1
    return k >= 0 and doc[k].text[:1].isupper() and fold(doc[k].text) in NAME_HEADS


# English street words after a name ("Westmoreland Street", "Kabul Road", "China Chowk"): the street or
# square, not the place.
# (Not "highway" or "expressway": "Texas Highway 6" still names Texas for the geo gold standards;
# measured on LGL dev e2e, 0.594 with them left out, 0.591 with them.)
STREET_SUFFIXES = frozenset({"street", "road", "avenue", "lane", "boulevard", "quay", "drive", "terrace", "crescent",
                             "chowk", "bazaar", "square", "circle", "plaza"})


# Nouns whose "of" names a group ("members of Los Lobos", "a faction of Los Chapitos"): a name after
# them is the group's, not a town's.
# (Not "leaders of" or "fighters of": "the leaders of Germany and France" name countries.)
MEMBER_NOUNS = frozenset({"member", "members", "faction", "factions", "cell", "cells"})


def _members_of(doc: Doc, sp: Span) -> bool:
    """The span follows "members of", "a faction of", ...: it names a group ("14 suspected members of
    Los Lobos"), unless it is a country or a capital's metonym ("members of Kenya's team" has "'s")."""
    return (sp.start >= 2 and doc[sp.start - 1].lower_ == "of" and doc[sp.start - 2].lower_ in MEMBER_NOUNS
            and not (sp.end < len(doc) and doc[sp.end].tag_ == "POS"))


def _names_a_street(doc: Doc, sp: Span) -> bool:
    """The span is the first part of a street's name, capitalised as one ("Westmoreland Street")."""
    return sp.end < len(doc) and doc[sp.end].text[:1].isupper() and doc[sp.end].lower_ in STREET_SUFFIXES


def recognize(doc: Doc, gaz: Gazetteer, demonyms: bool = False, sites: bool = False) -> list[TextSpan]:
    """Spans (token-aligned, char offsets into the parsed text) that name places.

    With ``demonyms`` also nationality words ("Sudanese", "Georgian"), labelled "DEM": some
    gold standards count them as toponyms of their country; by default they are not places.
    With ``sites`` the frames also find names the small model mislabels that say they are a site
    or place ("Manger Square" PERSON, "Tel Abyad" PERSON, "the Baliem Valley" ORG, "X, a small
    town"), for event places (geo/event_location); the toponym gold standards, which leave sites
    out, lose span F1 with them (geo dev e2e)."""
    spans: list[tuple[Span, str]] = []
    taken = [False] * len(doc)
    org_end = [-1] * len(doc)
    org_start = [-1] * len(doc)
    surnames = {
        e[-1].lower_
        for e in doc_ents(doc)
        if len(e) > 1
        and (e.label_ == "PERSON" or _initialled(e))
        and not _region(gaz, fold(e[-1].text))
    }  # a country or state name ending a mis-tagged person ("Johnson of Wisconsin") is kept
    # a surname the tagger left out of the person ("Maria Corina" PERSON, then "Machado"): the
    # capitalised name word right after a person of two words or more
    surnames |= {
        doc[e.end].lower_
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and e.end < len(doc) and doc[e.end].pos_ == "PROPN"
        and doc[e.end].text.istitle() and not doc[e.end].ent_type_
    }
    person_words = {t.lower_ for e in doc_ents(doc) if e.label_ == "PERSON" for t in e}
    # surnames of people named in full by proper names alone ("Kenji Ishikawa"), a region's
    # name among them
    full_names = {e[-1].lower_ for e in doc_ents(doc)
                  if e.label_ == "PERSON" and len(e) > 1 and all(t.pos_ == "PROPN" for t in e)}

    def take(ent: Span) -> None:
        for k in range(ent.start, ent.end):
            taken[k] = True

    # one-word names the words around them make a person's somewhere in the document
    # ("President Alejandro Toledo", "Toledo, 78, ..."): a person's all through it
    person_names = {e[0].lower_ for e in doc_ents(doc)
                    if e.label_ in PLACE_LABELS and len(e) == 1 and _person_name_word(e[0])}
    for ent in doc_ents(doc):
        sp = _trim(ent)
        if not len(sp):
            continue
        if ent.label_ in PLACE_LABELS and len(sp) == 1 and sp[0].lower_ in person_names:
            take(ent)
            continue
        if ent.label_ in PLACE_LABELS | {"ORG"} and len(sp) == 1 and _surname_as_actor(sp[0], full_names):
            take(ent)
            continue
        if fold(sp.text) in GOVERNMENT_METONYMS or (
            sp[0].lower_.rstrip(".") in HONORIFICS
            and not _place_like(gaz, fold(sp.text), 0)  # "Prince Edward Island" is a place
        ):
            take(ent)
            continue
        if ent.label_ in PLACE_LABELS | {"NORP", "ORG"} and is_demonym_key(gaz, fold(sp.text)):
            if demonyms:
                spans.append((sp, "DEM"))
            take(ent)
            continue
        if (ent.label_ in MISTAGGED_LABELS and (
            _mistagged_place(ent, gaz, surnames) or _located_name(ent, gaz, surnames)
        )) or (ent.label_ in SLOT_ONLY_LABELS and _located_name(ent, gaz, surnames)):
            spans.append((sp, "GAZ"))
            take(ent)
            continue
        if (ent.label_ in PLACE_LABELS | {"ORG"} and not _acronym_ok(gaz, sp.text)
                and not (_dateline(doc, sp.start, sp.end) and _dateline_place(gaz, sp.text))):
            take(ent)
            continue
        if ent.label_ == "ORG" and len(sp) == 1 and sp[0].lower_ in surnames:
            take(ent)
            continue  # "Bell" after "Tyrise M. Bell"
        if (
            ent.label_ == "ORG"
            and len(sp) <= 3
            and _place_like(gaz, fold(sp.text), ORG_PLACE_MIN_POPULATION)
        ):
            spans.append((sp, "GAZ"))
            take(ent)
            continue
        if ent.label_ in PLACE_LABELS:
            if _is_demonym(sp, gaz) or (len(sp) == 1 and sp[0].lower_ in GENERIC_WORDS):
                take(ent)
                continue
            if len(sp) > 1 and not any(ch.isupper() for ch in sp.text) and sp.root.lower_ in COMMON_PLACE_HEADS:
                take(ent)
                continue  # "the west bank of the Tigris", "the south coast": a common noun, no name
            if len(sp) == 1 and (
                sp[0].lower_ in surnames
                or (sp[0].lower_ in person_words and not _strong(gaz, fold(sp.text)))
            ):
                take(ent)
                continue  # "Ripley" after "Jane Ripley": a person
            spans.append((sp, ent.label_))
        if ent.label_ == "ORG":
            for k in range(ent.start, ent.end):
                org_end[k] = ent.end
                org_start[k] = sp.start
        elif ent.label_ in PLACE_LABELS or ent.label_ in BLOCKING_LABELS:
            take(ent)
    for sp in _matcher_spans(doc, taken, org_end, org_start, gaz):
        if not (len(sp) == 1 and sp[0].lower_ in surnames):
            spans.append((sp, "GAZ"))
            take(sp)
    found = [sp for sp, _ in spans]
    spans.extend((sp, "PAT") for sp in _frame_places(doc, found, surnames, sites))
    spans = [(sp, label) for sp, label in spans
             if not _tail_of_a_name(doc, sp) and not _names_a_street(doc, sp) and not _members_of(doc, sp)]
    spans.sort(key=lambda s: s[0].start)
    return [TextSpan(s.start_char, s.end_char, s.text, label) for s, label in spans]
