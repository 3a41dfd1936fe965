"""The predicate lexicon as a matcher: finds trigger matches in a parsed sentence.

Triggers are contiguous lemma sequences from ``data/events/triggers.csv`` (loaded and
validated by :mod:`dyads.events.ontology`). Each match is coded in PLOVER, CAMEO and ACLED
at once through the CAMEO table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from dyads.docmemo import doc_lemmas, doc_strings
from dyads.events import ontology, senses


@dataclass(frozen=True)
class Coding:
    """The codes of one lexicon entry, fully resolved."""

    trigger: str
    pos: str
    cameo: str
    plover: str
    mode: str | None
    quad_class: int | None
    goldstein: float | None
    acled: str | None
    acled_type: str | None
    target_preps: frozenset[str]
    weak: bool = False  # code only with a clear actor (ontology notes "weak")


@dataclass(frozen=True)
class Match:
    start: int  # token index (sentence-independent, doc level)
    end: int  # exclusive
    head: Token
    coding: Coding


def coding_for(row: ontology.Trigger) -> Coding:
    """A lexicon row is already resolved by the ontology loader (plover/mode inherited from CAMEO)."""
    return Coding(
        trigger=row.trigger,
        pos=(row.pos or "").upper(),
        cameo=row.cameo,
        plover=row.plover,
        mode=row.mode or None,
        quad_class=row.quad_class,
        goldstein=row.goldstein,
        acled=row.acled or None,
        acled_type=row.acled_type or None,
        target_preps=frozenset(p.lower() for p in row.target_preps),
        weak=row.weak,
    )


def recode(ev, c: Coding) -> None:
    """Give event ``ev`` the codes of ``c`` (an act read again: a user's pattern, a riot)."""
    ev.cameo, ev.plover, ev.mode = c.cameo, c.plover, c.mode
    ev.quad_class, ev.goldstein, ev.acled, ev.acled_type = c.quad_class, c.goldstein, c.acled, c.acled_type


@lru_cache(maxsize=1)
def index() -> dict[str, list[tuple[tuple[str, ...], Coding]]]:
    """First lemma -> [(lemma sequence, coding)], longest sequences first."""
    out: dict[str, list[tuple[tuple[str, ...], Coding]]] = {}
    for row in ontology.load_triggers():
        coding = coding_for(row)
        seq = tuple(row.lemmas)
        out.setdefault(seq[0], []).append((seq, coding))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@lru_cache(maxsize=1)
def by_trigger() -> dict[str, Coding]:
    """Trigger string -> coding (first entry wins), for rules that need a named entry."""
    out: dict[str, Coding] = {}
    for entries in index().values():
        for seq, coding in entries:
            out.setdefault(" ".join(seq), coding)
    return out


def _lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    # spaCy's small model sometimes leaves plurals / -ing nouns; normalise a few cheap cases.
    if tok.pos_ == "NOUN" and lem.endswith("s") and lem[:-1] in index():
        return lem[:-1]
    return lem


def _sentence_lemmas(sent: Span) -> list[str]:
    """``_lemma`` of each token of ``sent``, from the document's lemma memo."""
    idx, doc, lemmas = index(), sent.doc, doc_lemmas(sent.doc)
    pos = doc_strings(doc, "POS")
    out = []
    for i in range(sent.start, sent.end):
        lem = lemmas[i]
        if lem.endswith("s") and lem[:-1] in idx and pos[i] == "NOUN":
            lem = lem[:-1]
        out.append(lem)
    return out


def _pos_ok(tok: Token, pos: str) -> bool:
    if not pos:
        return tok.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")
    if pos == "VERB":
        return tok.pos_ == "VERB" or (tok.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP", "VB"))
    if pos == "NOUN":
        return tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS")
    return tok.pos_ == pos


@lru_cache(maxsize=1)
def blockers() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """First lemma of a blocking phrase -> [(phrase lemmas, offset of the blocked trigger)]."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for b in ontology.load_blockers():
        out.setdefault(b.lemmas[0], []).append((b.lemmas, b.offset))
    return out


def _blocked(lemmas: list[str]) -> set[int]:
    """Positions where a blocking phrase ("in charge", "according to") cancels a trigger."""
    out: set[int] = set()
    table = blockers()
    for i, lem in enumerate(lemmas):
        for seq, offset in table.get(lem, ()):
            if tuple(lemmas[i : i + len(seq)]) == seq:
                out.add(i + offset)
    return out


# A capitalised trigger word inside a name ("Fight for $15", a month called "March", "Operation
# Protective Edge") names something; it reports no event by itself.
NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "EVENT", "DATE", "GPE", "LOC", "NORP"})


def _in_name(tok: Token) -> bool:
    if tok.ent_type_ == "DATE" and tok.text[:1].isupper():
        return True  # a month opening a headline ("March 30th: ...") is a month too
    return ((tok.ent_type_ in NAME_ENTITIES or tok.pos_ == "PROPN") and tok.text[:1].isupper()
            and not tok.is_sent_start)


def find(sent: Span) -> list[Match]:
    """All non-overlapping trigger matches in ``sent`` (longest match wins at each position)."""
    idx = index()
    toks = sent  # Span[i] is the sentence's i-th token, made when asked for
    lemmas = _sentence_lemmas(sent)
    blocked = _blocked(lemmas)
    matches: list[Match] = []
    near: dict[tuple[str, int], set] = {}  # what hangs on the verb at i, asked once per verb
    i = 0
    while i < len(toks):
        found = None
        entries = idx.get(lemmas[i])
        if not entries or i in blocked or _in_name(toks[i]):
            i += 1
            continue
        for seq, coding in entries:  # longest first
            n = len(seq)
            if tuple(lemmas[i : i + n]) != seq:
                # allow one determiner/adjective inside multiword verb idioms ("pay a heavy price"),
                # or any modifiers before the verb's own object ("closed its southern borders")
                if n == 1:
                    continue
                span_end = _gapped(lemmas, i, seq)
                if not span_end and _particle_match(toks, lemmas, i, seq):
                    span_end = i + 1  # "pulled its troops out": the verb, its object between it and its particle
                if not span_end and (_object_match(toks, lemmas, i, seq, near) or _prep_match(toks, lemmas, i, seq, near)):
                    span_end = i + 1  # the verb alone: its object keeps its actors ("expelled three Russian diplomats")
                    # ... and the object the idiom names is no act of its own ("lifted some sanctions")
                    blocked |= {k for k, t in enumerate(toks) if k > i and t.head.i == toks[i].i
                                and t.dep_ in ("dobj", "obj") and lemmas[k] == seq[-1]}
                if not span_end:
                    continue
            else:
                span_end = i + n
            span = sent.doc[toks[i].i : toks[span_end - 1].i + 1]
            head = span.root
            if not _pos_ok(head if n > 1 else toks[i], coding.pos):
                continue
            applied, cameo = senses.choose(coding.trigger, head if n > 1 else toks[i])
            if applied:
                coding = _sense(seq, coding, cameo)
                if coding is None:  # this word is not an event here (senses.yaml)
                    break
            found = Match(start=span.start, end=span.end, head=head, coding=coding)
            break
        if found:
            matches.append(found)
            i = found.end - sent.start
        else:
            i += 1
    return matches


def _sense(seq: tuple[str, ...], default: Coding, cameo: str | None) -> Coding | None:
    """The row of the same trigger with CAMEO ``cameo`` (None: no event)."""
    if cameo is None:
        return None
    for other, coding in index().get(seq[0], ()):
        if other == seq and coding.cameo == cameo:
            return coding
    entry = ontology.cameo_lookup(cameo)
    if entry is None or not entry.plover:
        raise ValueError(f"senses.yaml: CAMEO {cameo} for '{default.trigger}' is not a coded row")
    return Coding(trigger=default.trigger, pos=default.pos, cameo=entry.code, plover=entry.plover,
                  mode=entry.plover_mode or None, quad_class=entry.quad_class, goldstein=entry.goldstein,
                  acled=None, acled_type=None, target_preps=default.target_preps)


_GAP_OK = {"a", "an", "the", "heavy", "high", "its", "their", "his", "her", "all", "diplomatic", "serious", "grave",
           "dire", "severe"}


OBJECT_REACH = 6  # a verb's object lies at most this many tokens after it


def _object_match(toks: Sequence[Token] | Span, lemmas: list[str], i: int, seq: tuple[str, ...],
                  memo: dict | None = None) -> bool:
    """Whether the two-word verb trigger ``seq`` ("close border") matches the verb at ``i`` and
    its direct object ("closed the country's borders"). ``memo``: the verb's object lemmas, kept
    by the caller for the next trigger tried at ``i``."""
    if len(seq) != 2 or lemmas[i] != seq[0]:
        return False
    memo = {} if memo is None else memo
    got = memo.get(("obj", i))
    if got is None:
        got = memo[("obj", i)] = _object_lemmas(toks[i])
    return seq[1] in got


def _particle_match(toks: Sequence[Token] | Span, lemmas: list[str], i: int, seq: tuple[str, ...]) -> bool:
    """Whether the phrasal verb trigger ``seq`` ("pull out", "call off") matches the verb at ``i``
    with its particle after its object ("pulled its soldiers out of X", "called the strike off")."""
    if len(seq) != 2 or lemmas[i] != seq[0]:
        return False
    if seq[1] not in PARTICLES:
        return False
    # (the particle right after the whole object, however long: "forced a group of about 40 migrants,
    # including eight children, back across the frontier")
    return any(_particle(c, seq[1]) and 0 < c.i - toks[i].i
               and any(o.dep_ == "dobj" and o.i < c.i and (c.i - toks[i].i <= OBJECT_REACH or c.i - o.right_edge.i <= 2)
                       for o in toks[i].children) for c in toks[i].children)


def _particle(tok: Token, word: str) -> bool:
    """``tok`` is the particle ``word``: parsed as one, or as the preposition of "out of", or as an
    adverb ("pulled them back"); "in" or "up" parsed as a preposition names a place."""
    if tok.lower_ != word:
        return False
    return (tok.dep_ == "prt" or (tok.dep_ == "prep" and word in ("out", "until"))
            or (tok.dep_ == "advmod" and word != "in"))


# The particles of phrasal verbs that may follow the verb's object ("pulled its troops out"), and the
# "until" of a deadline given ("gave Hamas until Saturday to ...").
PARTICLES = frozenset({"out", "off", "back", "down", "up", "away", "in", "until"})


def _object_lemmas(verb: Token) -> set[str]:
    """The lemmas of ``verb``'s objects within reach (as ``_object_match`` asks them)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    objs += [a for c in objs if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]  # "gave X 48 hours"
    objs += [a for c in objs if c.dep_ == "dobj" for a in c.conjuncts]  # "sent rescue teams and aid"
    objs += [u for c in objs if c.dep_ == "dobj" and (u := _unit_of(c)) is not None]  # "companies of troops"
    objs += [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ"]  # "found X guilty"
    # (or the adjective hung on the object after it: "found 14 activists guilty of subversion")
    objs += [a for c in objs if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i]
    objs = [c for c in objs if 0 < c.i - verb.i <= OBJECT_REACH]
    # (in the passive, the subject: "fighter jets were scrambled", "the borders were closed")
    if any(c.dep_ == "auxpass" for c in verb.children):
        objs += [c for c in verb.children if c.dep_ == "nsubjpass" and 0 < verb.i - c.i <= OBJECT_REACH + 3]
    # (an object noun in -ing the tagger took for a verb keeps its own form: "closed the Torkham
    # crossing", lemma "cross")
    return {_lemma(c) for c in objs} | {c.lower_ for c in objs if c.pos_ == "VERB" and c.lower_.endswith("ing")}


# Nouns that count or group what their "of" names: "10 companies of paramilitary forces".
UNIT_NOUNS = frozenset({"company", "battalion", "brigade", "unit", "contingent", "column", "convoy", "squad",
                        "platoon", "regiment", "division", "detachment", "team", "batch", "shipment", "consignment",
                        "thousand", "hundred", "dozen", "number", "group", "wave"})


def _unit_of(noun: Token) -> Token | None:
    """What a unit noun counts ("companies of troops" -> troops), else None."""
    if _lemma(noun) not in UNIT_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _prep_match(toks: Sequence[Token] | Span, lemmas: list[str], i: int, seq: tuple[str, ...],
                memo: dict | None = None) -> bool:
    """Whether the verb-preposition-noun trigger ``seq`` ("set on fire") matches the verb at ``i``
    with its object between ("set the building on fire"). ``memo`` as for ``_object_match``."""
    if len(seq) != 3 or lemmas[i] != seq[0]:
        return False
    memo = {} if memo is None else memo
    got = memo.get(("prep", i))
    if got is None:
        got = memo[("prep", i)] = _prep_pairs(toks[i])
    return (seq[1], seq[2]) in got


def _prep_pairs(verb: Token) -> set[tuple[str, str]]:
    """(preposition, lemma of its object) of each preposition near ``verb`` (as ``_prep_match``
    asks them)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    near = [c for c in verb.children if c.dep_ == "prep"]
    near += [t for o in objs for t in o.subtree if t.dep_ == "prep"]  # "on fire" hung on the object
    return {(c.lower_, lemma) for c in near if 0 < c.i - verb.i <= 2 * OBJECT_REACH + 2
            for o in c.children if o.dep_ == "pobj" for lemma in _pobj_lemmas(o)}


# "on a (high) state of alert", "at the highest level of readiness": the noun a phrase names a
# degree of is the one the trigger asks for
DEGREE_NOUNS = frozenset({"state", "level", "status", "footing", "mode", "degree"})


def _pobj_lemmas(obj: Token) -> set[str]:
    """The lemma of a preposition's object and, where it is a degree noun ("state of alert"),
    the lemma of what it is a degree of."""
    out = {_lemma(obj)}
    if out & DEGREE_NOUNS:
        out |= {_lemma(g) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"}
    if obj.like_num or obj.tag_ == "$" or out & AMOUNT_NOUNS:
        # "with $4.5 billion in aid", "with 2 million euros of aid": the amount is of the aid
        out |= {_lemma(g) for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                for g in p.children if g.dep_ == "pobj"}
    return out


# Nouns of an amount of money ("$4.5 billion in aid", "5 million euros of aid").
AMOUNT_NOUNS = frozenset({"billion", "million", "dollar", "euro", "pound", "yen", "$", "worth", "trillion"})


MAX_GAP = 3
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def _filler(lemma: str) -> bool:
    """A word a multiword trigger may skip: determiners and the like, quote marks, and manner
    adverbs ("speak 'bluntly' against")."""
    return lemma in _GAP_OK or lemma in QUOTES or (lemma.endswith("ly") and len(lemma) > 4)


def _gapped(lemmas: list[str], i: int, seq: tuple[str, ...]) -> int:
    """End index if ``seq`` matches at ``i`` allowing up to ``MAX_GAP`` filler words between its parts."""
    j = i
    for k, lem in enumerate(seq):
        if k == 0:
            if lemmas[j] != lem:
                return 0
            j += 1
            continue
        skipped = 0
        while j < len(lemmas) and lemmas[j] != lem and _filler(lemmas[j]) and skipped < MAX_GAP:
            j += 1
            skipped += 1
        if j >= len(lemmas) or lemmas[j] != lem:
            return 0
        j += 1
    return j


# The CAMEO code that stands for a PLOVER type when an act is recoded by its modality
# (announced acts: CAMEO 03 "express intent to cooperate", 13 "threaten", 12 "reject").
RECODE_CAMEO = {"AGREE": "030", "THREATEN": "130", "REJECT": "120", "REQUEST": "100"}


@lru_cache(maxsize=8)
def by_plover(plover: str) -> Coding | None:
    """A generic coding for ``plover`` (used when modality recodes an announced act)."""
    code = RECODE_CAMEO.get(plover)
    return by_cameo(code) if code is not None else None


@lru_cache(maxsize=32)
def by_cameo(code: str) -> Coding | None:
    """A generic coding for a CAMEO code (an act read off a construction, not a trigger word)."""
    entry = ontology.cameo_lookup(code)
    if entry is None or not entry.plover:
        return None
    return Coding(trigger=f"({entry.plover.lower()})", pos="", cameo=entry.code, plover=entry.plover,
                  mode=entry.plover_mode or None, quad_class=entry.quad_class, goldstein=entry.goldstein,
                  acled=None, acled_type=None, target_preps=frozenset())
