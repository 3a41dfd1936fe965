"""PETRARCH/TABARI verb patterns matched on dyads' own parse (``dyads code --verbs FILE``).

``apply(events, doc, article, mentions, vd)`` runs after ``events.extract`` when the user gives
verb dictionaries (see pipeline.py). For each verb of each sentence whose form is in the
dictionary, the patterns of its verb block are tried on the sentence's words, in order from
the verb outwards: words before ``*`` to its left, words after it to its right (other words may
stand between them, at most ``MAX_GAP``; ``_`` asks for adjacent words); ``$``, ``+`` and ``%``
take the actor mention found at that place. The most specific matching pattern (most words,
then most slots) gives the code; with none, the verb's or block's default code applies.

- The code is given as is (``cameo``); PLOVER type, mode, QuadClass and Goldstein come from
  ``ontology`` where the code (or its 3- or 2-digit parent) is a CAMEO code, ACLED from the
  built-in lexicon's commonest ACLED type for that code. Otherwise they are empty (``plover``
  is "").
- Paired codes ``[032:033]`` (TABARI) add the reciprocal event (target on source, second code).
- Source and target: the pattern's ``$``/``+`` mentions; else dyads' own event at that trigger;
  else the verb's subject (through "is about to", "tried to") and object
  (``arguments.verbal_roles``); else, for the target, the first actor of the verb phrase, as
  PETRARCH does. Compound actors ("Fornost and Gondor") give one event per actor. ``%`` (compound
  actor): the conjoined actors found there act on each other. ``^`` skips a noun phrase.
- A dictionary code replaces the built-in lexicon's code for the event at that trigger (its
  modality stays dyads'); where the lexicon has no event, one is made. A matched pattern whose
  code is ``---`` removes the event at that trigger; a verb whose default is ``---`` and no
  pattern matches leaves dyads' coding alone.
- ``rule`` says ``verbs FILE:LINE pattern '...' [code]`` (or ``default of VERB``).
- ``VerbDictionary.only`` (``--verbs-only``): only the events the patterns code are kept.
- Discards: a story-level phrase (``+PHRASE``) anywhere drops every event of the document
  (``article.meta["discarded"]`` says which); a sentence-level one drops that sentence's events.
- Issues: the issue codes of a sentence are added to its events' ``rule`` (``; issues: A, B``),
  and the document's are listed in ``article.meta["issues"]`` (the JSONL record's ``issues``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import starmap

from spacy.tokens import Doc, Span, Token

from dyads.docmemo import doc_sents, doc_strings, span_at
from dyads.events import lexicon, make, ontology
from dyads.events.arguments import MentionIndex, verbal_source, verbal_target
from dyads.events.cues import load_cues
from dyads.events.modality import analyse, subject_modality
from dyads.events.verb_dictionary import (
    NULL_CODE,
    Element,
    Pattern,
    Verb,
    VerbBlock,
    VerbDictionary,
)
from dyads.model import Actor, Article, Event, Mention

MAX_GAP = 6  # words that may stand between two elements of a pattern not joined by "_"
MIN_STEM = 5  # a pattern word this long also matches words it begins ("EXCHANG": "exchanged")


@dataclass
class Hit:
    """A dictionary verb in a sentence and what its patterns say."""

    head: Token
    start: int
    end: int
    verb: Verb
    pattern: Pattern | None
    code: str
    source: list[Mention]
    target: list[Mention]
    compound: list[Mention]
    words: list[int]  # tokens matched by the pattern's words (their own events are part of this one)

    @property
    def rule(self) -> str:
        if self.pattern is not None:
            return f"verbs {self.pattern.where} pattern '{self.pattern.text}' [{self.code}]"
        return f"verbs {self.verb.block.path}:{self.verb.line} default of {self.verb.block.name} [{self.code}]"


# --------------------------------------------------------------------------- words


def _upper_words(doc: Doc) -> list[tuple[str, str]]:
    """(text, lemma) of every token, upper case; computed once per document."""
    got = doc.user_data.get("dyads.verb_words")
    if got is None or len(got) != len(doc):
        got = list(map(_upper_pair, doc_strings(doc, "ORTH"), doc_strings(doc, "LEMMA")))
        doc.user_data["dyads.verb_words"] = got
    return got


def _lookup_keys(doc: Doc) -> list[tuple[str, ...]]:
    """What a pattern word may be, for each token: its text, its lemma and the stems of its
    text (``MIN_STEM`` letters or more); computed once per document."""
    got = doc.user_data.get("dyads.verb_keys")
    if got is None or len(got) != len(doc):
        got = list(starmap(_word_keys, _upper_words(doc)))
        doc.user_data["dyads.verb_keys"] = got
    return got


@lru_cache(maxsize=1 << 16)
def _upper_pair(text: str, lemma: str) -> tuple[str, str]:
    """``_upper_words`` of one word (a page repeats its words: each is made once)."""
    return text.upper(), lemma.upper()


@lru_cache(maxsize=1 << 16)
def _word_keys(text: str, lemma: str) -> tuple[str, ...]:
    """``_lookup_keys`` of one word (a page repeats its words: each is made once)."""
    return tuple({text, lemma} | {text[:n] for n in range(MIN_STEM, len(text))})


def _word_ok(word: str, tw: tuple[str, str]) -> bool:
    text, lemma = tw
    if text == word or lemma == word:
        return True
    return len(word) >= MIN_STEM and text.startswith(word)


def _seq_at(seq: tuple[str, ...], words: list[tuple[str, str]], i: int, lo: int, hi: int) -> bool:
    if i < lo or i + len(seq) > hi:
        return False
    return all(_word_ok(w, words[i + k]) for k, w in enumerate(seq))


def _phrase_at(words: tuple[str, ...], doc: Doc, i: int, lo: int, hi: int) -> bool:
    """Exact phrase match on the token text (discards, issues, multi-word verbs)."""
    if i < lo or i + len(words) > hi:
        return False
    return all(doc[i + k].text.upper() == w for k, w in enumerate(words))


# --------------------------------------------------------------------------- patterns


# Element (by id, kept alive with it) -> its word sequences by first word and by last word.
_ENDS: dict[int, tuple[Element, dict[str, list], dict[str, list]]] = {}


def _candidates(e: Element, keys: tuple[str, ...], first: bool) -> list[tuple[str, ...]]:
    """The alternatives of ``e`` that may start (``first``) or end at a token with these lookup
    keys (``_lookup_keys``): looked up, not tried one by one."""
    got = _ENDS.get(id(e))
    if got is None or got[0] is not e:
        heads: dict[str, list] = {}
        tails: dict[str, list] = {}
        for seq in e.alternatives:
            heads.setdefault(seq[0], []).append(seq)
            tails.setdefault(seq[-1], []).append(seq)
        got = (e, heads, tails)
        _ENDS[id(e)] = got
    index = got[1] if first else got[2]
    out = [seq for k in keys if k in index for seq in index[k]]
    return sorted(out, key=len, reverse=True) if len(out) > 1 else out


_NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}


class _Side:
    """Matches the elements of one side of a pattern, moving away from the verb."""

    def __init__(self, doc: Doc, lo: int, hi: int, spans: list[tuple[int, int, Mention]], step: int):
        self.doc, self.lo, self.hi, self.spans, self.step = doc, lo, hi, spans, step
        self.upper = _upper_words(doc)
        self.keys = _lookup_keys(doc)
        self.words: list[int] = []  # the tokens the pattern's words matched

    def match(self, elems: tuple[Element, ...], pos: int, slots: dict[str, list[Mention]]) -> bool:
        """``pos``: the first token index to look at (rightwards) or the last (leftwards)."""
        for e in elems:
            if e.kind == "skip":
                pos = self._skip_phrase(pos)
                continue
            found = self._find(e, pos)
            if found is None:
                return False
            pos, mention = found
            if mention is not None:
                slots.setdefault(e.kind, []).append(mention)
        return True

    def _skip_phrase(self, pos: int) -> int:
        """``^``: past the noun phrase at ``pos`` (an actor mention, else a run of nominal words)."""
        for s, t, _ in self.spans:
            if (self.step > 0 and pos <= s <= pos + 2) or (self.step < 0 and pos - 2 <= t - 1 <= pos):
                return t if self.step > 0 else s - 1
        p = pos
        while self.lo <= p < self.hi and self.doc[p].pos_ in _NOMINAL:
            p += self.step
        return p

    def _in_noun_modifier(self, start: int, n: int) -> bool:
        """A noun of the words after the verb stands in a prepositional phrase modifying another
        noun ("adopted a set of resolutions": resolutions) whose preposition the pattern does not
        name: PETRARCH2 matches the heads of the verb's noun phrases and the words before them, and
        reaches into a noun's prepositional phrase only through its preposition."""
        if self.step < 0:
            return False
        for t in self.doc[start : start + n]:
            prep = t.head
            if (t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and prep.dep_ == "prep"
                    and prep.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and prep.i not in self.words
                    and not start <= prep.i < start + n):
                return True
        return False

    def _find(self, e: Element, pos: int) -> tuple[int, Mention | None] | None:
        gap = 1 if e.adjacent else MAX_GAP + 1
        for k in range(gap):
            p = pos + k * self.step
            if not self.lo <= p < self.hi:
                return None
            if e.kind == "words":
                for seq in _candidates(e, self.keys[p], self.step > 0):
                    start = p if self.step > 0 else p - len(seq) + 1
                    if _seq_at(seq, self.upper, start, self.lo, self.hi) and not self._in_noun_modifier(start, len(seq)):
                        self.words.extend(range(start, start + len(seq)))
                        return (start + len(seq) if self.step > 0 else start - 1), None
            else:
                for s, t, m in self.spans:
                    if (self.step > 0 and s == p) or (self.step < 0 and t - 1 == p):
                        return (t if self.step > 0 else s - 1), m
        return None


def _match_pattern(pat: Pattern, right: _Side, left: _Side, start: int, end: int
                   ) -> tuple[dict[str, list[Mention]], list[int]] | None:
    """The pattern's slots (kind -> mentions) and the tokens its words matched, or None."""
    slots: dict[str, list[Mention]] = {}
    right.words, left.words = [], []
    if not right.match(pat.after, end, slots) or not left.match(pat.before, start - 1, slots):
        return None
    return slots, right.words + left.words


# Verb block (by id, kept alive with it) -> its list of patterns and their number when indexed, each with the bits
# of its word elements, and for each word the bits of the elements that may start or end with
# it and the patterns that have such an element: a pattern one of whose elements has no word in
# the sentence cannot match, and only the patterns of the sentence's words (and those without
# word elements) are looked at.
_NEEDS: dict[int, tuple] = {}


def _pattern_needs(pat: Pattern) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(seq[0] for seq in e.alternatives) | frozenset(seq[-1] for seq in e.alternatives)
                 for e in (*pat.before, *pat.after) if e.kind == "words")


@dataclass(frozen=True)
class _BlockIndex:
    pats: list[tuple[Pattern, int]]  # the block's patterns, in order, with the bits they need
    bits: dict[str, int]  # word -> the bits of the elements it may start or end
    words: frozenset[str]
    users: dict[str, tuple[int, ...]]  # word -> the positions in ``pats`` of the patterns it serves
    free: tuple[int, ...]  # the positions of the patterns with no word element (always possible)


def _block_needs(block: VerbBlock) -> _BlockIndex:
    """The block's patterns with the bits of their word elements, the bits each word gives, the
    words and the patterns each serves; built once (again if its patterns change)."""
    got = _NEEDS.get(id(block))
    if got is None or got[0] is not block or got[1] is not block.patterns or got[2] != len(block.patterns):
        pats: list[tuple[Pattern, int]] = []
        bits: dict[str, int] = {}
        users: dict[str, list[int]] = {}
        free: list[int] = []
        n = 0
        for k, pat in enumerate(block.patterns):
            want = 0
            for need in _pattern_needs(pat):
                b = 1 << n
                n += 1
                want |= b
                for word in need:
                    bits[word] = bits.get(word, 0) | b
                    served = users.setdefault(word, [])
                    if not served or served[-1] != k:
                        served.append(k)
            pats.append((pat, want))
            if not want:
                free.append(k)
        index = _BlockIndex(pats, bits, frozenset(bits), {w: tuple(ks) for w, ks in users.items()}, tuple(free))
        got = (block, block.patterns, len(block.patterns), index)
        _NEEDS[id(block)] = got
    return got[3]


def _possible_patterns(blocks: list[VerbBlock], sent_keys: set[str]) -> list[Pattern]:
    """The blocks' patterns, in order, none of whose word elements misses the sentence."""
    out = []
    for block in blocks:
        ix = _block_needs(block)
        have = 0
        tried = set(ix.free)
        for word in ix.words.intersection(sent_keys):
            have |= ix.bits[word]
            tried.update(ix.users[word])
        pats = ix.pats
        for k in sorted(tried):
            pat, want = pats[k]
            if want & have == want:
                out.append(pat)
    return out


def _verb_at(tok: Token, vd: VerbDictionary, sent: Span) -> tuple[Verb, int, int, list[Verb]] | None:
    """The dictionary verb whose form is ``tok`` (multi-word verbs first), with its token span,
    and the dictionary's verbs of that form."""
    text, lemma = _upper_words(tok.doc)[tok.i]
    cands = vd.verbs.get(text) or vd.verbs.get(lemma)
    if not cands:
        return None
    doc = tok.doc
    best = None
    for v in cands:
        start, end = tok.i - len(v.before), tok.i + 1
        if v.before and not _phrase_at(v.before, doc, start, sent.start, sent.end):
            continue
        if v.after:
            if not _phrase_at(v.after, doc, end, sent.start, sent.end):
                continue
            end += len(v.after)
        if best is None or len(v.before) + len(v.after) > len(best[0].before) + len(best[0].after):
            best = (v, start, end, cands)
    return best


def _hit(tok: Token, vd: VerbDictionary, sent: Span, spans, sent_keys: set[str]) -> Hit | None:
    found = _verb_at(tok, vd, sent)
    if found is None:
        return None
    verb, start, end, cands = found
    best: tuple[tuple[int, int, int], Pattern, tuple] | None = None
    # a verb listed in several blocks ("--- SHOT [---] ---" and "--- SHOT [223] ---") has the
    # patterns of all of them
    blocks = [verb.block]
    for v in cands:
        if v.before == verb.before and v.after == verb.after and all(v.block is not b for b in blocks):
            blocks.append(v.block)
    possible = _possible_patterns(blocks, sent_keys)
    if possible:
        right = _Side(tok.doc, sent.start, sent.end, spans, 1)
        left = _Side(tok.doc, sent.start, sent.end, spans, -1)
    for pat in possible:
        found = _match_pattern(pat, right, left, start, end)
        if found is None:
            continue
        key = (pat.words, len(pat.before) + len(pat.after), -pat.line)
        if best is None or key > best[0]:
            best = (key, pat, found)
    if best is not None:
        _, pat, (slots, words) = best
        return Hit(tok, start, end, verb, pat, pat.code, slots.get("source", []), slots.get("target", []),
                   _conjoined(slots.get("compound", []), tok.doc, spans), words)
    code = verb.code or verb.block.code
    return Hit(tok, start, end, verb, None, code, [], [], [], [])


def _conjoined(found: list[Mention], doc: Doc, spans: list[tuple[int, int, Mention]]) -> list[Mention]:
    """A "%" slot's mention with the mentions conjoined to it ("Gondor and Osgiliath")."""
    out = list(found)
    for m in found:
        span = span_at(doc, m.start, m.end)
        if span is None:
            continue
        for c in span.root.conjuncts:
            for s, t, other in spans:
                if s <= c.i < t and all(other is not x for x in out):
                    out.append(other)
    return sorted(out, key=lambda m: m.start)


# --------------------------------------------------------------------------- codes


@lru_cache(maxsize=1)
def _acled_by_cameo() -> dict[str, tuple[str, str]]:
    """CAMEO code -> the built-in lexicon's commonest (ACLED sub-event, event type) for it."""
    counts: dict[str, Counter] = {}
    for entries in lexicon.index().values():
        for _, c in entries:
            if c.acled:
                counts.setdefault(c.cameo, Counter())[(c.acled, c.acled_type or "")] += 1
    return {code: cnt.most_common(1)[0][0] for code, cnt in counts.items()}


@lru_cache(maxsize=4096)
def coding_of(code: str) -> lexicon.Coding:
    """The full coding of a dictionary code: CAMEO's where it (or the CAMEO code its leading
    digits name: "174K", "1010") is one, else the code alone."""
    digits = re.match(r"\d*", code).group()  # "174K", "025?": the CAMEO code they refine
    entry = ontology.cameo_lookup(digits) if len(digits) >= 2 else None
    acled = _acled_by_cameo().get(code) or (_acled_by_cameo().get(entry.code) if entry else None)
    return lexicon.Coding(
        trigger=f"(verbs {code})", pos="V", cameo=code,
        plover=(entry.plover or "") if entry else "",
        mode=(entry.plover_mode or None) if entry else None,
        quad_class=entry.quad_class if entry else None,
        goldstein=entry.goldstein if entry else None,
        acled=acled[0] if acled else None, acled_type=(acled[1] or None) if acled else None,
        target_preps=frozenset(),
    )


# --------------------------------------------------------------------------- the step


def _actors(ms: list[Mention]) -> list[Actor]:
    out: list[Actor] = []
    for m in ms:
        if all(m.actor is not a for a in out):
            out.append(m.actor)
    return out


def _mention_spans(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end)
        if span is not None:
            out.append((span.start, span.end, m))
    return sorted(out, key=lambda x: (x[0], -x[1]))


def _indexed_phrases(sent: Span, index: dict[str, list]) -> list:
    """The items (discards, issues: ``index`` by first word) whose phrase stands in ``sent``
    (word by word, on the text or the lemma: "teachers" has "TEACHER")."""
    if not index:
        return []
    doc = sent.doc
    out = []
    for tok in sent:
        for key in {tok.text.upper(), tok.lemma_.upper()}:
            for it in index.get(key, ()):
                n = len(it.words)
                if tok.i + n <= sent.end and all(
                    doc[tok.i + k].text.upper() == w or doc[tok.i + k].lemma_.upper() == w
                    for k, w in enumerate(it.words)
                ) and it not in out:
                    out.append(it)
    return out


def _new_event(hit: Hit, sent: Span, article: Article, mi: MentionIndex, coding: lexicon.Coding) -> list[Event]:
    """An event where dyads' lexicon has none: like PETRARCH, only with a source and a target."""
    cues = load_cues()
    roles = verbal_source(hit.head, mi)
    how = list(roles.how)
    source = _actors(hit.source) or _without_possessives(roles.source, hit, mi, how) or (
        [] if roles.passive else _climbed_subject(hit.head, mi, how))
    if not (source or hit.compound):  # no event without a source (the target is not looked for)
        return []
    n = len(roles.how)
    roles = verbal_target(roles, hit.head, cues.default_target_preps, mi)
    how[n:n] = roles.how[n:]  # (the roles' own notes come before the ones made here)
    target = _actors(hit.target) or _without_possessives(roles.target, hit, mi, how)
    source = _source_beside_slot(hit, source, target, mi, how)
    if not target or (not hit.target and _only_self(source, target)):
        target = _first_in_phrase(hit, mi, source, how)
    if not (source or hit.compound) or not (target or hit.compound):
        return []
    source = _agents_combined(_titled_names(_with_conjuncts(source, sent.doc, mi), sent.doc, mi), sent.doc, mi)
    target = _agents_combined(_titled_names(_with_conjuncts(target, sent.doc, mi), sent.doc, mi), sent.doc, mi)
    if not hit.source:
        source = _without_modifier_actors(source, sent.doc, mi, how)
    if not hit.target:
        target = _without_modifier_actors(target, sent.doc, mi, how)
    mod = analyse(hit.head, cues)
    modality = subject_modality(mod, roles.source_tok)
    rule = hit.rule + ("; " + ", ".join(how) if how else "")
    if mod.reasons:
        rule += "; " + "; ".join(mod.reasons)
    trig = sent.doc[hit.start : hit.end]
    return _directed(hit, article, sent, trig, coding, source, target, rule=rule, modality=modality,
                     confidence=make.confidence(source, target), trigger_tok=hit.head)


# Dependencies through which a verb without a subject of its own takes its governor's
# ("Arnor is about to restore ties", "Arnor signed and ratified").
CLIMB = {"xcomp", "acomp", "conj", "pcomp", "prep", "advcl"}


def _np_actors(tok: Token, mi: MentionIndex) -> list[Actor]:
    """The actors of a noun phrase: each conjunct's mention, else the first mention inside it."""
    out: list[Actor] = []
    for c in (tok, *_coordinated(tok)):
        ms = mi.at(c)
        if ms and all(ms[0].actor is not a for a in out):
            out.append(ms[0].actor)
    if not out:
        for t in tok.subtree:
            if mi.at(t):
                return [mi.at(t)[0].actor]
    return out


def _climbed_subject(verb: Token, mi: MentionIndex, how: list[str]) -> list[Actor]:
    t = verb
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is None and t is verb:
            subj = _noun_before(verb, mi)
            if subj is not None:
                how.append(f"subject: '{subj.text}' before the verb")
        if subj is not None:
            found = _np_actors(subj, mi)
            if found and t is not verb:
                how.append(f"subject of '{t.text}'")
            return found
        if t.dep_ not in CLIMB or t.head.i == t.i:
            break
        t = t.head
    return []


def _noun_before(verb: Token, mi: MentionIndex) -> Token | None:
    """An actor's noun that the parser hung on a verb without a subject as a modifier
    ("Arnor act on ...", read as a noun compound): the noun phrase before the verb, which
    PETRARCH2 takes as its subject."""
    return next((c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "nmod") and mi.at(c)), None)


def _only_self(source: list[Actor], target: list[Actor]) -> bool:
    """The target is the source itself ("Sam renewed his license in Bree": his), which PETRARCH,
    reading no pronouns, never takes: the first other actor of the verb phrase is."""
    codes = {a.code or a.name for a in source}
    return bool(source) and bool(target) and all((a.code or a.name) in codes for a in target)


def _first_in_phrase(hit: Hit, mi: MentionIndex, source: list[Actor], how: list[str]) -> list[Actor]:
    """PETRARCH's target when the parse gives none: the first actor in the verb phrase (with
    the actors conjoined to it: "ties between Eriador and Osgiliath")."""
    for t in hit.head.subtree:
        if t.i < hit.end:
            continue
        if t.pos_ == "PRON":  # "renewed his license": not a target of its own
            continue
        for m in mi.at(t):
            if all(not _same(m.actor, a) and (m.actor.code or m.actor.name) != (a.code or a.name) for a in source):
                how.append(f"target: first actor in the verb phrase '{m.text}'")
                return _with_conjuncts([m.actor], hit.head.doc, mi)
    return []


def _key(a: Actor) -> tuple:
    """What ``_same`` compares (the same object has the same key)."""
    return (a.text, a.code, a.name)


class _ActorSet:
    """Actors as ``_same`` tells them apart: by (text, code, name)."""

    def __init__(self, actors: Iterable[Actor] = ()):
        self.keys: set[tuple] = {_key(a) for a in actors}

    def add(self, a: Actor) -> None:
        self.keys.add(_key(a))

    def __contains__(self, a: Actor) -> bool:
        return _key(a) in self.keys


def _with_conjuncts(actors: list[Actor], doc: Doc, mi: MentionIndex) -> list[Actor]:
    """``actors`` and the actors conjoined to their mentions ("Fornost and the evil Gondor"),
    in text order: PETRARCH codes one event per actor of a compound."""
    out = list(actors)
    if not actors:
        return out
    wanted, have = _ActorSet(actors), _ActorSet(out)
    roots = doc.user_data.setdefault("dyads.verb_roots", {})
    for m in mi.of_actors(wanted.keys):
        root = roots.get((m.start, m.end))
        if root is None:
            span = span_at(doc, m.start, m.end)
            if span is None:
                continue
            root = roots[(m.start, m.end)] = span.root
        for c in _coordinated(root):
            for other in mi.at(c):
                if other.actor not in have:
                    have.add(other.actor)
                    out.append(other.actor)
    return out


# Dependencies that join the parts of a compound actor; the parser often reads "Fornost and the
# Gondor" or "Mordor, the Shire, Fornost and Bree" as nmod or appos rather than conj.
COORD = {"conj", "appos", "nmod"}


def _coordinated(root: Token) -> list[Token]:
    """The tokens coordinated with ``root`` (conjuncts, appositions, nominal modifiers, in chains)."""
    seen = {root.i}
    todo, out = [root], []
    while todo:
        t = todo.pop()
        near = [c for c in t.children if c.dep_ in COORD]
        if t.dep_ in COORD and t.head.i != t.i:
            near.append(t.head)
        for n in near:
            if n.i not in seen:
                seen.add(n.i)
                out.append(n)
                todo.append(n)
    return out


def _titled_names(actors: list[Actor], doc: Doc, mi: MentionIndex) -> list[Actor]:
    """``actors`` less the names apposed, with no comma, to an agent's mention among them
    ("Dagolath's deputy minister Telemar": the minister is Telemar): one actor, the agent's,
    as PETRARCH codes the noun phrase once."""
    if len(actors) < 2:
        return actors
    drop = _ActorSet()
    given = _ActorSet(actors)
    for m in mi.of_actors(given.keys):
        span = span_at(doc, m.start, m.end)
        if span is None or span.root.dep_ != "appos":
            continue
        head = span.root.head
        between = doc[head.i + 1 : span.start]
        if head.i >= span.start or any(t.is_punct for t in between):
            continue
        if any(o.actor.sector and o.actor in given for o in mi.at(head)):
            drop.add(m.actor)
    return [a for a in actors if a not in drop] or actors


def _mention_of(a: Actor, mi: MentionIndex) -> Mention | None:
    return next(iter(mi.of_actors((_key(a),))), None)


def _bare(a: Actor) -> bool:
    """An actor coded as a bare country ("GON"), with no agent."""
    return bool(a.code) and len(a.code) == 3 and not a.sector


def _takes_agent(a: Actor) -> bool:
    """An actor an agent "of", "in" or "from" it combines with: one coded as a bare country, or
    a coded group or institution ("the White Tower" as GONGOV), not an agent itself."""
    return _bare(a) or (bool(a.code) and len(a.code) > 3 and a.kind != "sector")


def _with_agent(a: Actor, prefix: str, agent: str, country: str | None, sector: str | None) -> Actor:
    return replace(a, code=prefix + agent, country=country, sector=sector, qualifiers=list(a.qualifiers),
                   rule=f"{a.rule or ''}; agent combined with the nearest actor".lstrip("; "))


def _agents_combined(actors: list[Actor], doc: Doc, mi: MentionIndex) -> list[Actor]:
    """PETRARCH's agent conventions on a compound: an agent conjoined to an agent of a country
    takes that country ("Danish media and government": DNKMED, DNKGOV); an agent "of" or "in"
    several actors is each one's ("the ambassadors of Arnor, Osgiliath and Gondor": ARNGOV,
    OSGGOV, GONGOV; "lawmakers in Fornost and Gondor": FORLEG, GONLEG)."""
    out: list[Actor] = []
    bases: set[tuple] = set()  # the actors that took an agent here
    for a in actors:
        m = _mention_of(a, mi)
        span = span_at(doc, m.start, m.end) if m is not None else None
        if span is None or not a.sector or not a.code:
            out.append(a)
            continue
        root = span.root
        if not a.country:
            host = next((o.actor for c in root.conjuncts for o in mi.at(c)
                         if o.actor.country and o.actor.sector and o.actor.code and not _bare(o.actor)), None)
            if host is not None:
                a = _with_agent(a, host.code[:3], a.code, host.country, a.sector)
        places = []
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                places += [obj, *_coordinated(obj)]
                end = max(t.i for t in prep.subtree)
                # "lawmakers in Fornost and Gondor", the parser hanging Gondor on "lawmakers"
                places += [c for c in root.conjuncts if c.i > end
                           and all(t.dep_ in ("cc", "punct") for t in doc[end + 1 : c.i])]
        found = [o.actor for t in places for o in mi.at(t)
                 if _takes_agent(o.actor) and not (span.start <= t.i < span.end)]
        if not found:
            out.append(a)
            continue
        if a.country:
            agent = a.code[3:]
            out.append(a)
        else:
            agent = a.code
        for b in found:
            if all(not _same(b, x) for x in out):
                # PETRARCH appends the agent's code to the actor's unless the code holds it already
                # ("officials in the Hall of Arnor", ARNGOV: ARNGOV; "former officials": ARNGOVELI)
                out.append(_with_agent(b, b.code, "" if _holds(b.code, agent) else agent, b.country, a.sector))
                bases.add(_key(b))
    kept = [x for x in out if not (_bare(x) or _key(x) in bases) or not any(
        y.code and y.code.startswith(x.code) and y.code != x.code and y.name == x.name for y in out)]
    return [part for x in kept for part in _split_code(_stacked(x, doc, mi))]


def _holds(code: str, part: str) -> bool:
    """``part`` stands in ``code`` at a three-letter boundary ("GMWGOV" holds GOV, not WGO)."""
    return any(code.startswith(part, i) for i in range(0, len(code), 3))


def _beyond(code: str, agent: str) -> str:
    """What ``agent`` adds to ``code`` when the code ends with its first part ("SYRGOV" and
    GOVMIL: MIL), else the whole agent code."""
    for k in range(len(agent) - 3, 0, -3):
        if len(code) >= 3 + k and code.endswith(agent[:k]) and (len(code) - k) % 3 == 0:
            return agent[k:]
    return agent


def _stacked(a: Actor, doc: Doc, mi: MentionIndex) -> Actor:
    """``a`` with the codes of the user's agents its mention names appended, in order, each
    unless the code holds it already, as PETRARCH mixes every agent of a noun phrase into its
    actor's code ("West Gondor world government activists": GONGOV + WGO: GONGOVWGO; "Rohan war
    council elders", ROH with MIL and OLD: ROHMILOLD). A former office holder (ELI) keeps its
    code, as PETRARCH codes "former" ones."""
    agents, memo = doc.user_data.get("dyads.verb_agents") or (None, {})
    if agents is None or not a.code or (a.kind == "sector" and not a.country) or a.sector == "ELI":
        return a
    if " " not in a.text.strip():
        return a  # (one word names one actor or agent: nothing to mix)
    m = _mention_of(a, mi)
    if m is None:
        return a
    found = memo.get((m.start, m.end))
    if found is None:
        found = memo[(m.start, m.end)] = agents(m.text)
    if not found:
        return a
    code = a.code
    if a.country and len(code) > 3 and code[3:] in found:
        code = code[:3]  # (country + one of these agents: all of them again, in the text's order)
    for ag in found:
        if ag == "PPL" and len(found) > 1:
            continue
        if not _holds(code, ag):
            code += _beyond(code, ag)
    return a if code == a.code else replace(a, code=code, qualifiers=list(a.qualifiers),
                                            rule=f"{a.rule or ''}; agents of its noun phrase appended".lstrip("; "))


def _without_modifier_actors(actors: list[Actor], doc: Doc, mi: MentionIndex, how: list[str]) -> list[Actor]:
    """``actors`` less those named only in a prepositional phrase modifying another of them
    ("the envoy of Gondor of the house of Dol Amroth": Dol Amroth modifies Gondor): PETRARCH2
    takes a noun phrase's actors from its own words, and from the noun phrases inside its
    prepositional phrases only when its own words name none."""
    if len(actors) < 2:
        return actors
    given = _ActorSet(actors)
    heads: dict[int, Actor] = {}  # token -> the actor of a mention standing there (not an agent alone)
    for m in mi.of_actors(given.keys):
        if m.actor.kind == "sector" and not m.actor.country:
            continue
        span = span_at(doc, m.start, m.end)
        if span is not None:
            for t in span:
                heads.setdefault(t.i, m.actor)
    if not heads:
        return actors
    drop = _ActorSet()
    for a in actors:
        ms = [m for m in mi.of_actors((_key(a),))]
        inside = []
        for m in ms:
            span = span_at(doc, m.start, m.end)
            if span is None:
                inside.append(False)
                continue
            t, found = span.root, None
            for _ in range(8):
                if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.i == t.head.i:
                    break
                t = t.head.head
                other = heads.get(t.i)
                if other is not None and not _same(other, a):
                    found = other
                    break
            inside.append(found is not None)
        if ms and all(inside):
            drop.add(a)
            how.append(f"'{ms[0].text}' modifies another actor's noun phrase")
    return [a for a in actors if a not in drop] or actors


def _split_code(a: Actor) -> list[Actor]:
    """An actor dictionary's code "FRO/BIL/SAM" names several actors: one each."""
    if not a.code or "/" not in a.code:
        return [a]
    return [replace(a, code=c, qualifiers=list(a.qualifiers)) for c in a.code.split("/") if c]


def _same(a: Actor, b: Actor) -> bool:
    """The same actor (events hold copies of their mentions' actors)."""
    return a is b or (a.text, a.code, a.name) == (b.text, b.code, b.name)


def _unnamed(actors: list[Actor], sent: Span, mi: MentionIndex) -> bool:
    """None of ``actors`` is named in the sentence (dyads inferred them: "boycotted the parade":
    the authorities of the protesters' country). PETRARCH codes only what the sentence names,
    so the first actor of the verb phrase is the target there."""
    lo, hi = sent.start_char, sent.end_char
    named = [m.actor for m in mi.mentions if lo <= m.start < hi]
    return bool(actors) and not any(_same(a, n) or (a.code and a.code == n.code) for a in actors for n in named)


def _possessive(m: Mention, doc: Doc) -> bool:
    span = span_at(doc, m.start, m.end)
    return span is not None and len(span) == 1 and span[0].tag_ == "PRP$"


def _without_possessives(actors: list[Actor], hit: Hit, mi: MentionIndex, how: list[str]) -> list[Actor]:
    """``actors`` less those the verb's phrase names only by a possessive pronoun ("burned down
    its embassy"): PETRARCH finds the antecedent of a personal pronoun ("it", "they") but reads
    no possessive one, so "its embassy" names no actor."""
    if not actors:
        return actors
    doc = hit.head.doc
    right = hit.head.right_edge
    lo, hi = hit.head.left_edge.idx, right.idx + len(right)
    keep = []
    for a in actors:
        ms = [m for m in mi.of_actors((_key(a),)) if lo <= m.start and m.end <= hi]
        if ms and all(_possessive(m, doc) for m in ms):
            how.append(f"'{ms[0].text}' (a possessive pronoun) names no actor")
            continue
        keep.append(a)
    return keep


def _source_beside_slot(hit: Hit, source: list[Actor], target: list[Actor], mi: MentionIndex,
                        how: list[str]) -> list[Actor]:
    """A pattern whose ``+`` takes the verb's own subject ("- SAID + *": "Arnor said that
    Gondor regretted"): the subject is the target, and the source is the subject of the clause
    that governs the verb, as PETRARCH takes the source from above the verb."""
    if hit.source or hit.compound or not hit.target or not source:
        return source
    if not all(any(_same(s, t) for t in target) for s in source):
        return source
    return _governing_subject(hit.head, mi, how) or source


def _governing_subject(verb: Token, mi: MentionIndex, how: list[str]) -> list[Actor]:
    """The actors of the nearest subject above ``verb``'s own clause."""
    t = verb
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
        found = _np_actors(subj, mi) if subj is not None else []
        if found:
            how.append(f"source: subject of '{t.text}'")
            return found
    return []


def _directed(hit: Hit, article, sent, trig, coding, source, target, **kw) -> list[Event]:
    if hit.compound:
        comp = _actors(hit.compound)
        if len(comp) >= 2:
            return make.directed_events(article, sent, trig, coding, comp, [], mutual=True, **kw)
        source = source or comp
    target = [t for t in target if all(t is not s for s in source)]
    return make.directed_events(article, sent, trig, coding, source, target, mutual=False, **kw)


NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _spelled_out(hit: Hit, doc: Doc) -> list[tuple[str, str]]:
    """The modalities a matched pattern writes into its code: a negation among its words
    ("- &NEGATVAUXVRB * OVER EFFORTS [904]", "- NOT * [112]") makes the negated act the coded
    one, a modal among them ("- INDICATED WOULD * [1010]") the conditional one."""
    out = []
    words = [doc[i] for i in hit.words]
    if any(t.dep_ == "neg" or t.lower_ in NEGATIONS for t in words):
        out.append(("negated", "negation"))
    if any(t.tag_ == "MD" for t in words):
        out.append(("hypothetical", "modal"))
        out.append(("intended", "modal"))  # reported "would" reads as a future ("said it would act")
    return out


def _apply_hit(hit: Hit, at_trigger: list[Event], sent: Span, article: Article, mi: MentionIndex) -> list[Event]:
    """The events at a dictionary verb, given dyads' own events there; with a paired code
    ("[032:033]") each directed event has its reciprocal (target on source, second code)."""
    code, _, reciprocal = hit.code.partition(":")
    if code in ("", NULL_CODE):
        return [] if hit.pattern is not None else at_trigger
    out = _coded_events(hit, code, at_trigger, sent, article, mi)
    for modality, why in _spelled_out(hit, sent.doc):
        for ev in out:
            if ev.modality == modality:
                ev.modality = "asserted"
                ev.rule += f"; the pattern spells out the {why}"
    if reciprocal and reciprocal != NULL_CODE and not hit.compound:
        back = coding_of(reciprocal)
        for ev in [e for e in out if e.source and e.target]:
            rev = replace(ev, source=list(ev.target), target=list(ev.source), rule=ev.rule + f"; reciprocal [{reciprocal}]",
                          quantities=list(ev.quantities))
            lexicon.recode(rev, back)
            rev.id = make.event_id(article.doc_id, ev.evidence[0], rev.plover or rev.cameo or "", rev.rule)
            out.append(rev)
    return out


def _coded_events(hit: Hit, code: str, at_trigger: list[Event], sent: Span, article: Article,
                  mi: MentionIndex) -> list[Event]:
    coding = coding_of(code)
    if not at_trigger:
        return _new_event(hit, sent, article, mi, coding)
    out = []
    seen: set[tuple] = set()
    for ev in at_trigger:
        how: list[str] = []
        if make.every_party_a_source(ev) and len(ev.source) >= 2 and not ev.target:
            # CAMEO, which the user's dictionary codes in, is dyadic: talks or fighting coded the
            # PLOVER way (every party a source) go from the first party to the others
            ev.source, ev.target = ev.source[:1], ev.source[1:]
            how.append("a dyad for the dictionary's CAMEO code: the first party to the others")
        ev.source = _without_possessives(ev.source, hit, mi, how)
        ev.target = _without_possessives(ev.target, hit, mi, how)
        if not ev.source and not (hit.source or hit.compound):
            ev.source = _climbed_subject(hit.head, mi, how)
        if not (hit.target or hit.compound) and (not ev.target or _only_self(ev.source, ev.target)):
            ev.target = _first_in_phrase(hit, mi, ev.source, how)
        elif not (hit.target or hit.compound) and _unnamed(ev.target, sent, mi):
            ev.target = _first_in_phrase(hit, mi, ev.source, how) or ev.target
        ev.source = _agents_combined(_titled_names(_with_conjuncts(ev.source, sent.doc, mi), sent.doc, mi), sent.doc, mi)
        ev.target = [a for a in _agents_combined(_titled_names(_with_conjuncts(ev.target, sent.doc, mi), sent.doc, mi),
                                                 sent.doc, mi)
                     if all(a is not s for s in ev.source)]
        ev.source = _without_modifier_actors(ev.source, sent.doc, mi, how)
        ev.target = _without_modifier_actors(ev.target, sent.doc, mi, how)
        if how:
            ev.rule += "; " + ", ".join(how)
        n_how = len(how)
        if hit.source or hit.target or hit.compound:
            target = _actors(hit.target) or ev.target
            source = _source_beside_slot(hit, _actors(hit.source) or ev.source, target, mi, how)
            made = _directed(hit, article, sent, sent.doc[hit.start : hit.end], coding, source, target,
                             rule=hit.rule + "; was " + ev.rule + "".join("; " + h for h in how[n_how:]),
                             modality=ev.modality, attribution=ev.attribution,
                             confidence=ev.confidence, trigger_tok=hit.head)
            for m in made:
                key = (tuple(id(a) for a in m.source), tuple(id(a) for a in m.target))
                if key not in seen:
                    seen.add(key)
                    out.append(m)
            continue
        if not ev.target and _clause_only(hit):
            continue
        lexicon.recode(ev, coding)
        ev.rule = f"{hit.rule}; was {ev.rule}"
        out.append(ev)
    return out


def _clause_only(hit: Hit) -> bool:
    """The coded verb has a clause for its complement ("warned on Monday that the blockade
    would hurt the region"): PETRARCH2 codes such a verb, when its own noun and prepositional
    phrases name no actor, only through the events of that clause, so an event without a target
    (no actor in the verb's phrase nor in its clause) is not coded."""
    return any(c.dep_ == "ccomp" for c in hit.head.children)


def apply(events: list[Event], doc: Doc, article: Article, mentions: list[Mention], vd: VerbDictionary,
          agents: Callable[[str], list[str]] | None = None) -> list[Event]:
    """``events`` recoded by the user's verb patterns, discards and issues (see the module doc).
    ``agents``: the codes of the user's agents a text names, in order (which PETRARCH appends
    to the actor code of their noun phrase)."""
    sents = list(doc_sents(doc))
    story = vd.phrase_index("story")
    for sent in sents:
        hit = _indexed_phrases(sent, story)
        if hit:
            article.meta["discarded"] = f"discard {hit[0].path}:{hit[0].line} '{' '.join(hit[0].words)}'"
            return []
    sentence_discards = vd.phrase_index("sentence")
    spans = _mention_spans(doc, mentions)
    doc.user_data["dyads.verb_roots"] = {}  # mention offsets -> root token, as _with_conjuncts asks
    doc.user_data["dyads.verb_agents"] = (agents, {})  # (the reader, its answers by mention offsets)
    mi = MentionIndex(doc, mentions)
    by_sent: dict[int, list[Event]] = {}
    sent_of = {}
    for sent in sents:
        for t in range(sent.start, sent.end):
            sent_of[t] = sent.start
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        key = sent_of.get(span.start, -1) if span is not None else -1
        by_sent.setdefault(key, []).append(ev)
    out: list[Event] = [] if vd.only else list(by_sent.pop(-1, []))
    doc_issues: list[dict] = []
    for sent in sents:
        evs = by_sent.get(sent.start, [])
        if _indexed_phrases(sent, sentence_discards):
            continue
        if vd.verbs or vd.only:
            evs = _code_sentence(sent, evs, article, spans, mi, vd)
        _issues(sent, evs, vd, doc_issues)
        out.extend(evs)
    if doc_issues:
        article.meta["issues"] = doc_issues
    return out


def _code_sentence(sent: Span, evs: list[Event], article: Article, spans, mi: MentionIndex,
                   vd: VerbDictionary) -> list[Event]:
    sent_spans = spans[bisect.bisect_left(spans, sent.start, key=lambda x: x[0]):
                       bisect.bisect_left(spans, sent.end, key=lambda x: x[0])]
    keys = _lookup_keys(sent.doc)
    sent_keys = set().union(*keys[sent.start : sent.end])
    done: set[int] = set()
    coded: list[Event] = []
    phrases: list[set[int]] = []  # the clauses of the dictionary verbs that coded an event
    pos, tags = doc_strings(sent.doc, "POS"), doc_strings(sent.doc, "TAG")
    upper, forms = _upper_words(sent.doc), vd.verbs
    for i in range(sent.start, sent.end):
        if i in done or not (pos[i] in ("VERB", "AUX") or tags[i].startswith("VB")):
            continue
        if not (upper[i][0] in forms or upper[i][1] in forms):
            continue  # (no verb of the dictionary has this form: ``_hit`` would find none)
        tok = sent.doc[i]
        hit = _hit(tok, vd, sent, sent_spans, sent_keys)
        if hit is None:
            continue
        done.update(range(hit.start, hit.end))
        doc = sent.doc
        codes = hit.code.partition(":")[0] not in ("", NULL_CODE)
        if evs:
            lo, hi = doc[hit.start].idx, doc[hit.end - 1].idx + len(doc[hit.end - 1])
            at = [e for e in evs if e.evidence[0] < hi and e.evidence[1] > lo and not e.implicit]
            # an event on a word of the pattern ("fired artillery": the artillery) is part of this one
            inside = {doc[w].idx for w in hit.words}
            nominal = _phrase_nouns(hit) if codes else set()
            ids = ({id(e) for e in at} | {id(e) for e in evs if e.evidence[0] in inside}
                   | {id(e) for e in evs if e.evidence[0] in nominal and not e.implicit})
        else:  # no event in the sentence yet: nothing to replace
            at, ids = [], set()
        if not at and codes and phrases and _root_under_coded_phrase(doc[hit.start : hit.end].root, phrases):
            made = []  # its events would stand inside a coded verb's phrase and go (below): not made
        else:
            made = _apply_hit(hit, at, sent, article, mi.without(hit.start, hit.end, doc))
        coded.extend(made)
        if codes:
            phrases.append(_clause_group(hit.head))
        evs = [e for e in evs if id(e) not in ids] + made
    evs = [e for e in evs if not _under_coded_phrase(e, sent, phrases)]
    if vd.only:
        return [e for e in evs if any(e is c for c in coded)]
    return evs


# Links by which a clause hangs inside a verb's phrase without being its content ("after
# leaving X", "to supply X", "five years after crowds burned X", "to be allowed to leave X").
EMBEDDED = frozenset({"advcl", "xcomp", "pcomp", "prep", "pobj", "acl", "relcl", "npadvmod", "dobj", "acomp"})
# Links from a verb up to the verb that carries its subject ("is about to restore": is).
RAISING = frozenset({"xcomp", "acomp"})


def _clause_group(head: Token) -> set[int]:
    """``head`` and the words above it up to the one carrying its subject ("Arnor is about to
    restore": restore, about, is)."""
    out = {head.i}
    t = head
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) or t.dep_ not in RAISING:
            break
        t = t.head
        out.add(t.i)
    return out


def _under_coded_phrase(ev: Event, sent: Span, phrases: list[set[int]]) -> bool:
    """The event's verb stands in a clause inside the phrase of a dictionary verb that coded an
    event: PETRARCH2 codes a verb phrase once and never codes the clauses inside its noun and
    prepositional phrases ("signed an accord to supply X", "celebrated with Y after leaving X",
    "called on Y to be allowed to leave X"); a verb the dictionary does not code leaves them
    coded."""
    if not phrases:
        return False
    span = span_at(sent.doc, ev.evidence[0], ev.evidence[1])
    if span is None:
        return False
    return _root_under_coded_phrase(span.root, phrases)


def _root_under_coded_phrase(t: Token, phrases: list[set[int]]) -> bool:
    """``_under_coded_phrase`` of an event whose trigger's root is ``t``. (True stays true as
    ``phrases`` grows: a group found above ``t`` does not hold ``t``.)"""
    if not (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
        return False
    own = [g for g in phrases if t.i in g]
    for _ in range(8):
        if t.dep_ not in EMBEDDED or t.head.i == t.i:
            return False
        t = t.head
        if any(t.i in g for g in phrases if all(g is not o for o in own)):
            return True
    return False


# The verb's dependents that make up its own phrase (its object and prepositional phrases),
# not its subject nor the clauses hanging on it.
PHRASE_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "prep", "agent", "npadvmod"})


def _phrase_nouns(hit: Hit) -> set[int]:
    """Offsets of the nouns in the coded verb's own phrase ("downplayed their meeting", "signed
    an accord", "fired two artillery shells"), and of the verbs modifying them ("boycotted the
    parade supporting Gondor"): PETRARCH codes a verb phrase once, so dyads' events there are
    part of the verb's event."""
    out: set[int] = set()
    for c in hit.head.children:
        if c.dep_ in PHRASE_DEPS:
            out.update(t.idx for t in c.subtree if t.pos_ in ("NOUN", "PROPN") or t.dep_ == "acl")
    return out


def _issues(sent: Span, evs: list[Event], vd: VerbDictionary, doc_issues: list[dict]) -> None:
    if not vd.issues:
        return
    found = _indexed_phrases(sent, vd.phrase_index("issues"))
    excluded = {i.category for i in found if i.exclude}
    codes = []
    for i in found:
        if i.exclude or (i.category and i.category in excluded):
            continue
        code = f"{i.category}:{i.code}" if i.category else i.code
        if code not in codes:
            codes.append(code)
        if all((d["code"], d["category"]) != (i.code, i.category or None) for d in doc_issues):
            doc_issues.append({"code": i.code, "category": i.category or None, "text": " ".join(i.words).lower(),
                               "rule": f"issues {i.path}:{i.line}"})
    if codes:
        for ev in evs:
            ev.rule += "; issues: " + ", ".join(codes)
