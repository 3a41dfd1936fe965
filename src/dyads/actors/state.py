"""The state of one document while its actors are resolved, and the few operations every step
of the resolver shares (emit a mention, make an actor for a KB entity, read the parse around a
phrase head).

``resolve.py`` builds one ``DocState`` per document and passes it to plain functions in
``resolve.py``, ``sector_heads.py``, ``coref.py`` and ``postmods.py``; nothing else keeps
per-document state.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

from spacy.strings import get_string_id

from dyads.actors.codes import compose_code, sector_of
from dyads.actors.docview import DocView
from dyads.actors.history import History, Ref
from dyads.actors.kb import COUNTRY_KINDS, KB, Entity
from dyads.actors.phrases import PHit, Phrase
from dyads.actors.terms import person_code
from dyads.model import Actor, Mention
from dyads.sectors import names_diplomat

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
SUBJECT_DEP_IDS = frozenset(get_string_id(d) for d in SUBJECT_DEPS)
CONJ = get_string_id("conj")
POSS = get_string_id("poss")
DOBJ = get_string_id("dobj")
DET_DEPS = frozenset(get_string_id(d) for d in ("det", "poss", "predet"))
LEFT_DEPS = frozenset(
    get_string_id(d)
    for d in ("det", "poss", "predet", "amod", "compound", "nummod", "quantmod", "advmod", "nmod")
)
MAX_LEFT = 6  # tokens a phrase extends left of its first hit
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
FORMER_RE = re.compile(r"\b(former|ex-|erstwhile|then-)", re.IGNORECASE)
HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)")
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def honorific_genders(text: str) -> dict[str, str]:
    """Surnames the text gives one gender by honorific ("Mr. Trump", "Ms. Haley"); a surname
    seen with both takes the one it is given most often (the person the story is about: six
    "Mr. Trump" and one "Ms. Trump" for his daughter), and is left out on a tie."""
    seen: dict[str, Counter[str]] = {}
    for m in HONORIFIC_RE.finditer(text):
        seen.setdefault(m.group(2).split()[-1].lower(), Counter())[HONORIFIC_GENDER[m.group(1).lower()]] += 1
    out = {}
    for name, counts in seen.items():
        (top, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:
            out[name] = top
    return out
NOT_AN_OFFICE = frozenset({"person:out-of-office", "person:undated"})
# "vice president" is not "the president", "prime minister" not "the minister"
SUBORDINATE = frozenset({"vice", "vice-", "deputy", "prime", "assistant", "junior", "under"})


@dataclass(slots=True, eq=False)
class DocState:
    """Everything the resolver knows about one document while it reads it."""

    view: DocView
    text: str
    date: str | None  # publication date (ISO), for people's terms of office
    kb: KB
    phrases: list[Phrase] = field(default_factory=list)
    history: History = field(default_factory=History)  # mentions met so far (for coreference)
    out: list[Mention] = field(default_factory=list)  # the mentions found, in emission order
    consumed: set[int] = field(default_factory=set)  # pronoun tokens inside a phrase ("his army")
    # hits folded into an earlier phrase ("the minister of Peru": "Peru"), by id()
    consumed_hits: set[int] = field(default_factory=set)
    protos: dict[str, tuple] = field(default_factory=dict)  # actor prototypes by entity key
    home: str | None = None  # the country of the dateline ("TBILISI -"), where the story is filed from
    post_cache: dict[int, list[tuple[str, PHit]]] = field(default_factory=dict)  # by head token
    _by_anchor: dict[int, PHit] | None = None
    _genders: dict[str, str] | None = None

    @property
    def genders(self) -> dict[str, str]:
        """Surname -> "m" / "f" from the honorifics the text puts before names ("Ms. Haley")."""
        if self._genders is None:
            self._genders = honorific_genders(self.text)
        return self._genders

    @property
    def by_anchor(self) -> dict[int, PHit]:
        """The hit anchored at each token (built on first use)."""
        if self._by_anchor is None:
            self._by_anchor = {h.anchor: h for p in self.phrases for h in p.hits}
        return self._by_anchor


# -- output ---------------------------------------------------------------------------------
def emit(
    st: DocState,
    start: int,
    end: int,
    actor: Actor,
    head: int,
    cls: str,
    coref: bool = False,
    supporters: list[Actor] | None = None,
    leaders: list[Actor] | None = None,
) -> Mention:
    """Add a mention of ``actor`` at [start, end) to the output and to the history."""
    text = st.text[start:end]
    m = Mention(start, end, text, actor, coref, supporters or [], leaders or [])
    actor.text = text
    st.out.append(m)
    view = st.view
    if view.n:
        dep = view.dep[head]
        if dep == CONJ:
            dep = view.dep[view.head[head]]
        subject = dep in SUBJECT_DEP_IDS
        verb = view.doc[view.head[head]]
        # (the subject of the sentence's main verb, not of a clause inside it)
        main = subject and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))
        ref = Ref(m, cls, view.sent[head], subject, head, view.head[head], main)
    else:
        ref = Ref(m, cls, 0, False, head, 0)
    st.history.add(ref)
    if actor.kind == "person" and not coref:
        for title in titles(st, start, end, actor):
            st.history.by_title[title] = ref
    elif actor.country and not coref and names_diplomat(text):
        st.history.by_title[text.lower().split()[-1]] = ref  # "France's ambassador ... the ambassador"
    return m


def titles(st: DocState, start: int, end: int, actor: Actor) -> set[str]:
    """The titles a person mention gives its person: role words inside it ("President Obama",
    "Foreign Minister X"), the office held on the article date, and for "foreign minister" the
    plain "minister"."""
    found: set[str] = set()
    rule = actor.rule or ""
    if rule.startswith("person:") and rule not in NOT_AN_OFFICE:
        found.add(rule[7:].lower())
    if st.view.n:
        t0, t1 = st.view.tokens(start, end)
        for t in range(t0, t1):
            h = st.by_anchor.get(t)
            if h is not None and h.hit.entity.kind == "sector" and h.hit.entity.role == "role":
                found.add(h.hit.entity.name)
    for title in list(found):
        words = title.split()
        if len(words) > 1 and words[0] not in SUBORDINATE and _is_title(st.kb, title):
            if _is_title(st.kb, words[-1]):
                found.add(words[-1])
    return found


def _is_title(kb: KB, words: str) -> bool:
    """``words`` is a role word of the KB ("president", "foreign minister")."""
    return any(a.entity.kind == "sector" and a.entity.role == "role" for a in kb.lookup(words))


# -- actors from KB entities ------------------------------------------------------------------
class EntityProtos:
    """Actor prototypes of entities that carry no dated terms (their actor does not depend on
    the document's date), kept across documents. Keyed by the entity object itself, not its
    key; an entry goes when its entity is collected (a document's own learned entities)."""

    __slots__ = ("_by_id",)

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[weakref.ref, tuple]] = {}

    def get(self, ent: Entity) -> tuple | None:
        item = self._by_id.get(id(ent))
        if item is None or item[0]() is not ent:
            return None
        return item[1]

    def put(self, ent: Entity, proto: tuple) -> None:
        key = id(ent)
        by_id = self._by_id
        by_id[key] = (weakref.ref(ent, lambda _ref: by_id.pop(key, None)), proto)


ENTITY_PROTOS = EntityProtos()


def actor_of(st: DocState, ent: Entity, rule: str = "") -> Actor:
    """A fresh Actor for a KB entity (its prototype cached per entity: across documents when it
    has no dated terms, else for this document)."""
    proto = ENTITY_PROTOS.get(ent)
    if proto is None:
        proto = st.protos.get(ent.key)
        if proto is None:
            proto = st.protos[ent.key] = _proto(st, ent)
            if not ent.terms:
                ENTITY_PROTOS.put(ent, proto)
    name, code, country, sector, kind, quals, prule = proto
    return Actor("", name, code, country, sector, kind, list(quals), rule or prule)


def _proto(st: DocState, ent: Entity) -> tuple:
    kind = ent.kind
    if kind == "person" and ent.terms:
        code, sector, prule = person_code(ent, st.date)
        country = st.kb.iso_of.get(code[:3]) if code else ent.country
        return (ent.name, code, country, sector, "person", ent.qualifiers, prule)
    if kind in COUNTRY_KINDS:
        rule = ent.source if ent.source.startswith("petrarch") else f"kb:{kind}"
        return (ent.name, ent.code, ent.country, ent.sector, "country", (), rule)
    if kind == "qualifier":
        quals = (qual(ent),)
        code = compose_code(None, None, quals)
        return (ent.name, code, None, None, ent.role, quals, "kb:qualifier")
    if kind == "sector":
        return (ent.name, ent.code or ent.sector, None, ent.sector, "sector", (), "kb:sector")
    sector = ent.sector or sector_of(ent.code)
    return (ent.name, ent.code, ent.country, sector, kind, ent.qualifiers, _rule_of(ent))


def copy_actor(actor: Actor, rule: str) -> Actor:
    """A new Actor with the codes of ``actor`` and another rule (coreference)."""
    return Actor(
        "",
        actor.name,
        actor.code,
        actor.country,
        actor.sector,
        actor.kind,
        list(actor.qualifiers),
        rule,
    )


def learned_rule(ent: Entity) -> str:
    return "learned:name" if ent.role == "name" else "learned:descriptor"


def _rule_of(ent: Entity) -> str:
    if ent.source.startswith("learned_actors"):
        return "learned:stored"
    if ent.source.startswith("petrarch"):
        return ent.source
    return f"kb:{ent.kind}"


def qual(ent: Entity) -> str:
    """The qualifier code of a qualifier entity ("kur", "SHI")."""
    code = ent.qualifiers[0] if ent.qualifiers else ent.name
    return code.lower() if ent.role == "ethnic" else code


# -- the parse around a phrase ---------------------------------------------------------------
def poss(st: DocState, h: PHit) -> bool:
    """The hit is a possessive modifier ("Israel's")."""
    return bool(st.view.n) and st.view.dep[h.anchor] == POSS


def former(st: DocState, start: int, head_start: int) -> bool:
    """ "former president X", "ex-defence minister": no longer in office."""
    return FORMER_RE.search(st.text, start, head_start + 1) is not None


def left_edge(st: DocState, t0: int, head: int, start: int) -> int:
    """Extend ``start`` left over the head's determiner and pre-modifiers ("the former")."""
    view = st.view
    if not view.n:
        return start
    inside = {head}
    inside.update(range(t0, head))
    t = t0 - 1
    while t >= 0 and t0 - t <= MAX_LEFT and view.head[t] in inside and view.dep[t] in LEFT_DEPS:
        if "\n" in st.text[view.idx[t] : start]:
            break
        start = view.idx[t]
        inside.add(t)
        t -= 1
    return start


def determiner(st: DocState, ph: Phrase) -> str | None:
    """The determiner of the phrase head ("the", "this", "his"...), lower case, or None."""
    view = st.view
    if not view.n:
        return None
    t0 = min(h.t0 for h in ph.hits)
    for t in range(t0 - 1, max(-1, t0 - 4), -1):
        if view.head[t] == ph.head and view.dep[t] in DET_DEPS:
            return view.word(t)
    return None
