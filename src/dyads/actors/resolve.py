"""Actor resolution: spaCy Doc + Article -> list[Mention].

Steps, each in its own module:
1. ``match.find_hits``: longest-match KB aliases in the text (Aho-Corasick);
2. ``doc_aliases``: aliases a document defines for itself (an acronym in parentheses after a
   resolved name; an unknown person or group met with a descriptor, "Kenyan opposition leader
   Jane Doe"), found again later in the text;
3. ``phrases.group_phrases``: hits grouped into noun phrases by the dependency parse;
4. here: each phrase composed into one actor (descriptor composition), pronouns and definite
   descriptions resolved against the mentions met so far (``history``).
"""

from __future__ import annotations

import re
from operator import attrgetter, itemgetter

from spacy.strings import get_string_id
from spacy.tokens import Doc

from dyads.actors.codes import compose_code, sector_of
from dyads.actors.coref import PRONOUNS, CorefMixin, _copy
from dyads.actors.doc_aliases import add_acronyms, add_learned, named_groups
from dyads.actors.docview import DocView
from dyads.actors.history import History, Ref, agreement_class
from dyads.actors.kb import COUNTRY_KINDS, KB, NAMED_KINDS, Entity
from dyads.actors.match import find_hits
from dyads.actors.phrases import PHit, Phrase, group_phrases, place_hits
from dyads.actors.postmods import PostModifierMixin
from dyads.actors.terms import person_code
from dyads.model import Actor, Article, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
SUBJECT_DEP_IDS = frozenset(get_string_id(d) for d in SUBJECT_DEPS)
CONJ = get_string_id("conj")
POSS = get_string_id("poss")
DET_DEPS = frozenset(get_string_id(d) for d in ("det", "poss", "predet"))
LEFT_DEPS = frozenset(
    get_string_id(d)
    for d in ("det", "poss", "predet", "amod", "compound", "nummod", "quantmod", "advmod", "nmod")
)
MAX_LEFT = 6  # tokens a phrase extends left of its first hit
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
FORMER_RE = re.compile(r"\b(former|ex-|erstwhile|then-)", re.IGNORECASE)
COLLECTIVE_NOUNS = frozenset(
    "coalition alliance bloc camp movement front faction umbrella council committee network".split()
)
FORMER_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
GROUP_KINDS = frozenset({"group", "igo", "ngo", "agency", "party"})
FAST_KINDS = NAMED_KINDS | COUNTRY_KINDS
_mention_key = attrgetter("start", "end")
_item_key = itemgetter(0, 1)


def resolve(doc: Doc, article: Article | None = None, kb: KB | None = None) -> list[Mention]:
    """Actor mentions in ``doc`` (the parse of ``article.text``), in text order."""
    kb = kb or KB.default()
    view = DocView(doc, _text_of(doc, article))
    text = view.text
    date = _date(article.published if article is not None else None)
    hits = named_groups(add_acronyms(find_hits(text, kb, date), text), text, view, kb)
    phits = place_hits(hits, view, text)
    phrases = group_phrases(phits, view)
    more = add_learned(hits, phrases, text, view, kb)
    if more is not hits:
        phrases = group_phrases(place_hits(more, view, text, known=phits), view)
    return _Resolver(view, text, date, kb).run(phrases)


def _text_of(doc: Doc, article: Article | None) -> str | None:
    """``article.text`` when ``doc`` is its parse (cheap check), else None (use ``doc.text``)."""
    if article is None or not len(doc):
        return None
    last = doc[-1]
    if last.idx + len(last.text_with_ws) == len(article.text):
        return article.text
    return None


def _date(published: str | None) -> str | None:
    if not published:
        return None
    p = published.strip()[:10]
    return p if len(p) >= 4 and p[:4].isdigit() else None


class _Resolver(CorefMixin, PostModifierMixin):
    def __init__(self, view: DocView, text: str, date: str | None, kb: KB):
        self.view = view
        self.text = text
        self.date = date
        self.kb = kb
        self.history = History()
        self.out: list[Mention] = []
        self.consumed: set[int] = set()  # pronoun tokens used inside a phrase ("his army")
        self._protos: dict[str, tuple] = {}
        self._by_anchor: dict[int, PHit] | None = None
        self.phrases: list[Phrase] = []
        self.consumed_hits: set[int] = set()  # hits folded into an earlier phrase ("of Peru")
        self._extend_to: int | None = None
        self._post_cache: dict[int, list[tuple[str, PHit]]] = {}

    # -- driver -----------------------------------------------------------------------------
    def run(self, phrases: list[Phrase]) -> list[Mention]:
        view = self.view
        self.phrases = phrases
        prons = [t for t in view.prons if view.word(t) in PRONOUNS]
        if not prons:
            for p in phrases:
                if not self.consumed_hits or not all(id(h) in self.consumed_hits for h in p.hits):
                    self._phrase(p)
            self.out.sort(key=_mention_key)
            return self.out
        items: list[tuple[int, int, object]] = [(p.start, 0, p) for p in phrases]
        items.extend((view.idx[t], 1, t) for t in prons)
        items.sort(key=_item_key)
        sector_heads = {
            p.head
            for p in phrases
            for h in p.hits
            if h.anchor == p.head and h.hit.entity.kind == "sector"
        }
        for t in prons:  # "his" in "his army" belongs to that phrase, not a mention of its own
            if view.head[t] in sector_heads and view.dep[t] == POSS:
                self.consumed.add(t)
        for _, is_pron, item in items:
            if is_pron:
                if item not in self.consumed:
                    self._pronoun(item)  # type: ignore[arg-type]
            elif not self.consumed_hits or not all(
                id(h) in self.consumed_hits
                for h in item.hits  # type: ignore[attr-defined]
            ):
                self._phrase(item)  # type: ignore[arg-type]
        self.out.sort(key=_mention_key)
        return self.out

    @property
    def by_anchor(self) -> dict[int, PHit]:
        if self._by_anchor is None:
            self._by_anchor = {h.anchor: h for p in self.phrases for h in p.hits}
        return self._by_anchor

    # -- output -----------------------------------------------------------------------------
    def _emit(
        self,
        start: int,
        end: int,
        actor: Actor,
        head: int,
        cls: str,
        coref: bool = False,
        supporters: list[Actor] | None = None,
        leaders: list[Actor] | None = None,
    ) -> Mention:
        text = self.text[start:end]
        m = Mention(start, end, text, actor, coref, supporters or [], leaders or [])
        actor.text = text
        self.out.append(m)
        view = self.view
        if view.n:
            dep = view.dep[head]
            if dep == CONJ:
                dep = view.dep[view.head[head]]
            ref = Ref(m, cls, view.sent[head], dep in SUBJECT_DEP_IDS, head, view.head[head])
        else:
            ref = Ref(m, cls, 0, False, head, 0)
        self.history.add(ref)
        return m

    def _former(self, start: int, head_start: int) -> bool:
        """ "former president X", "ex-defence minister": no longer in office."""
        return FORMER_RE.search(self.text, start, head_start + 1) is not None

    def _collective_head(self, ph: Phrase, last: PHit) -> bool:
        """The phrase head right after the sector word is a collective noun ("coalition")."""
        view = self.view
        return (
            bool(view.n)
            and ph.head == last.t1
            and last.hit.entity.role == "body"
            and view.word(ph.head) in COLLECTIVE_NOUNS
        )

    def _listed(self, h: PHit, main: PHit) -> bool:
        """A list item before the head ("Arnor, Calenardhon and Gondor"), not a descriptor."""
        between = self.text[h.hit.end : main.hit.start]
        return "," in between or " and " in between

    def _poss(self, h: PHit) -> bool:
        return bool(self.view.n) and self.view.dep[h.anchor] == POSS

    # -- actors from KB entities ---------------------------------------------------------------
    def actor_of(self, ent: Entity, rule: str = "") -> Actor:
        """A fresh Actor for a KB entity (prototype cached per entity for this document)."""
        proto = ent.proto  # date-independent entities cache their prototype on themselves
        if proto is None:
            proto = self._protos.get(ent.key)
            if proto is None:
                proto = self._protos[ent.key] = self._proto(ent)
                if not ent.terms:
                    ent.proto = proto
        name, code, country, sector, kind, quals, prule = proto
        return Actor("", name, code, country, sector, kind, list(quals), rule or prule)

    def _proto(self, ent: Entity) -> tuple:
        kind = ent.kind
        if kind == "person" and ent.terms:
            code, sector, prule = person_code(ent, self.date)
            country = self.kb.iso_of.get(code[:3]) if code else ent.country
            return (ent.name, code, country, sector, "person", ent.qualifiers, prule)
        if kind in COUNTRY_KINDS:
            rule = ent.source if ent.source.startswith("petrarch") else f"kb:{kind}"
            return (ent.name, ent.code, ent.country, ent.sector, "country", (), rule)
        if kind == "qualifier":
            quals = (_qual(ent),)
            code = compose_code(None, None, quals)
            return (ent.name, code, None, None, ent.role, quals, "kb:qualifier")
        if kind == "sector":
            return (ent.name, ent.code or ent.sector, None, ent.sector, "sector", (), "kb:sector")
        sector = ent.sector or sector_of(ent.code)
        return (ent.name, ent.code, ent.country, sector, kind, ent.qualifiers, _rule_of(ent))

    # -- phrases ----------------------------------------------------------------------------
    def _phrase(self, ph: Phrase) -> None:
        if len(ph.hits) == 1:  # fast path: one name heading its own phrase
            h = ph.hits[0]
            hit = h.hit
            ent = hit.alias.entity
            head = ph.head
            if (
                h.modrel is None
                and h.t0 <= head < h.t1
                and ent.kind in FAST_KINDS
                and not self._post_relation_follows(head)
            ):
                start = hit.start
                view = self.view
                t = h.t0 - 1
                if t >= 0 and view.head[t] == head and view.dep[t] in LEFT_DEPS:
                    start = self._left_edge(h.t0, head, start)
                actor = self.actor_of(ent)
                if hit.coref:
                    actor.rule = hit.rule or "coref:alias"
                elif ent.source == "descriptor":
                    actor.rule = _learned_rule(ent)
                elif actor.rule == "person:out-of-office":
                    self._role_from_descriptor(ent, actor, self._role_before(h))
                cls = agreement_class(ent.kind, ent.role, ent.plural)
                self._emit(start, hit.end, actor, head, cls, hit.coref)
                return
        head_hit = next((h for h in ph.hits if h.t0 <= ph.head < h.t1), None)
        if head_hit is None:
            self._runs(ph)
            return
        plain = [h for h in ph.hits if h.modrel is None and h is not head_hit]
        named = [h for h in plain if h.hit.entity.kind in GROUP_KINDS and not self._poss(h)]
        main = head_hit
        if head_hit.hit.entity.kind == "sector" and named:
            main = max(named, key=lambda h: h.anchor)
        supporters, leaders = self._modifiers(ph)
        # possessive named/country modifiers of a non-sector head stand alone ("Israel's rival Iran")
        alone: list[PHit] = []
        if main.hit.entity.kind != "sector":
            for h in plain:
                if h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS and (
                    self._poss(h) or h.coord or self._listed(h, main)
                ):
                    self._single(h)
                    alone.append(h)
        start, end = self._span(ph, head_hit, alone)
        ent = main.hit.entity
        if ent.kind == "sector":
            self._extend_to = None
            actor, cls, coref = self._sector(ph, main, leaders)
            if actor is None:
                return
            if self._extend_to is not None:
                end = max(end, self._extend_to)
        elif ent.kind == "anaphor":
            countryish = [h for h in plain if h.hit.entity.kind in COUNTRY_KINDS]
            if countryish:  # "a Palestinian state", "the Kurdish movement"
                actor = self.actor_of(countryish[-1].hit.entity, "descriptor:country+noun")
                self._emit(start, end, actor, ph.head, "thing")
                return
            if self._determiner(ph) not in DEFINITE:
                return
            ref = self._antecedent_for_anaphor(ent, ph)
            if ref is None:
                return
            actor, cls, coref = _copy(ref.mention.actor, f"coref:the {ent.name}"), ref.cls, True
            if ent.role == "country" and actor.kind != "country" and actor.country:
                c = actor.country  # "the country" after "Sudan's ruling council": Sudan itself
                actor = Actor(
                    "", c, self.kb.cameo(c), c, None, "country", [], f"coref:the {ent.name}"
                )
                cls = "thing"
        elif ent.kind == "qualifier":
            actor, cls, coref = self._qualified(ph, main), "plural", False
        else:
            actor = self.actor_of(ent)
            if main.hit.coref:
                actor.rule = main.hit.rule or "coref:alias"
            cls = agreement_class(ent.kind, ent.role, ent.plural)
            coref = main.hit.coref
            if ent.kind in ("person", "group") and ent.source == "descriptor":
                actor.rule = _learned_rule(ent)
            elif ent.kind == "person" and self._former(start, main.hit.start):
                if actor.country:
                    actor.code = compose_code(self.kb.cameo(actor.country), "ELI")
                    actor.sector, actor.rule = "ELI", "descriptor:former"
            elif ent.kind == "person" and actor.rule == "person:out-of-office":
                self._role_from_descriptor(ent, actor, plain + self._role_before(main))
        if (
            ent.kind == "sector"
            and actor.sector in FORMER_SECTORS
            and self._former(start, main.hit.start)
        ):
            actor.sector, actor.rule = "ELI", "descriptor:former"
            actor.code = (
                compose_code(self.kb.cameo(actor.country), "ELI") if actor.country else "ELI"
            )
        self._emit(start, end, actor, ph.head, cls, coref, supporters, leaders)

    def _role_before(self, main: PHit) -> list[PHit]:
        """A role noun heading the phrase just before the name ("His spokesperson Sean Spicer",
        parsed as two phrases)."""
        h = self.by_anchor.get(main.t0 - 1)
        if h is not None and h.hit.entity.kind == "sector" and h.hit.entity.role == "role":
            return [h]
        return []

    def _role_from_descriptor(self, ent: Entity, actor: Actor, mods: list[PHit]) -> None:
        """A known person outside the listed terms (or the article date is off) whom the text
        calls "defence secretary": the descriptor's sector wins, for the rest of the document."""
        roles = [h for h in mods if h.hit.entity.kind == "sector" and not self._poss(h)]
        if not roles or not actor.country:
            return
        sector = roles[-1].hit.entity.sector
        actor.code = compose_code(self.kb.cameo(actor.country), sector)
        actor.sector = sector
        actor.rule = "descriptor:person+role"
        proto = self._protos[ent.key]
        self._protos[ent.key] = (*proto[:1], actor.code, proto[2], sector, *proto[4:6], actor.rule)

    def _single(self, h: PHit) -> None:
        ent = h.hit.entity
        actor = self.actor_of(ent)
        cls = agreement_class(ent.kind, ent.role, ent.plural)
        self._emit(h.hit.start, h.hit.end, actor, h.anchor, cls, h.hit.coref)

    def _runs(self, ph: Phrase) -> None:
        """A phrase whose head is no actor ("US military action", "Saudi-led blockade")."""
        runs: list[list[PHit]] = []
        for h in ph.hits:
            if runs and h.hit.start - runs[-1][-1].hit.end <= 2 and runs[-1][-1].modrel is None:
                runs[-1].append(h)
            else:
                runs.append([h])
        for run in runs:
            last = run[-1]
            kinds = {h.hit.entity.kind for h in run}
            if not kinds & (NAMED_KINDS | COUNTRY_KINDS):
                if kinds == {"sector"} and self._collective_head(ph, last):
                    # "the opposition coalition", "rebel alliance": the sector names the group
                    ent = last.hit.entity
                    start = self._left_edge(run[0].t0, ph.head, run[0].hit.start)
                    a = Actor(
                        "",
                        ent.name,
                        ent.code or ent.sector,
                        None,
                        ent.sector,
                        "sector",
                        [],
                        "descriptor:sector+collective",
                    )
                    self._emit(start, self.view.ends[ph.head], a, ph.head, "thing")
                continue
            countryish = [h for h in run if h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS]
            base = countryish[-1]
            actor = self.actor_of(base.hit.entity)
            sectors = [h for h in run if h.hit.entity.kind == "sector" and h.anchor > base.anchor]
            if sectors and actor.country and base.hit.entity.kind in COUNTRY_KINDS:
                sector = sectors[-1].hit.entity.sector
                actor = Actor(
                    "",
                    actor.name,
                    compose_code(self.kb.cameo(actor.country), sector),
                    actor.country,
                    sector,
                    "country",
                    [],
                    "descriptor:country+sector",
                )
            if base.modrel is not None:
                actor.rule = f"modifier:{base.modrel}"
            start = run[0].hit.start
            end = max(h.hit.end for h in run)
            cls = agreement_class(
                base.hit.entity.kind, base.hit.entity.role, base.hit.entity.plural
            )
            self._emit(start, end, actor, last.anchor, cls, any(h.hit.coref for h in run))

    def _span(self, ph: Phrase, head_hit: PHit, alone) -> tuple[int, int]:
        """From the left edge of the phrase (determiner, adjectives) to the end of the head hit."""
        inside = [h for h in ph.hits if h not in alone] or [head_hit]
        start = min(h.hit.start for h in inside)
        end = head_hit.hit.end
        if alone:
            return start, end
        return self._left_edge(min(h.t0 for h in inside), ph.head, start), end

    def _left_edge(self, t0: int, head: int, start: int) -> int:
        """Extend ``start`` left over the head's determiner and pre-modifiers ("the former")."""
        view = self.view
        if not view.n:
            return start
        inside = {head}
        inside.update(range(t0, head))
        t = t0 - 1
        while t >= 0 and t0 - t <= MAX_LEFT and view.head[t] in inside and view.dep[t] in LEFT_DEPS:
            if "\n" in self.text[view.idx[t] : start]:
                break
            start = view.idx[t]
            inside.add(t)
            t -= 1
        return start

    def _determiner(self, ph: Phrase) -> str | None:
        """The determiner of the phrase head ("the", "this", "his"...), lower case, or None."""
        view = self.view
        if not view.n:
            return None
        t0 = min(h.t0 for h in ph.hits)
        for t in range(t0 - 1, max(-1, t0 - 4), -1):
            if view.head[t] == ph.head and view.dep[t] in DET_DEPS:
                return view.word(t)
        return None

    def _modifiers(self, ph: Phrase) -> tuple[list[Actor], list[Actor]]:
        supporters: list[Actor] = []
        leaders: list[Actor] = []
        for h in ph.hits:
            if h.modrel is not None:
                actor = self.actor_of(h.hit.entity)
                actor.text = self.text[h.hit.start : h.hit.end]
                (supporters if h.modrel == "supporter" else leaders).append(actor)
        if self.view.n:
            for rel, h in self._postmodifiers(ph):  # "rebels backed by Turkey"
                if rel in ("supporter", "leader"):
                    actor = self.actor_of(h.hit.entity)
                    actor.text = self.text[h.hit.start : h.hit.end]
                    (supporters if rel == "supporter" else leaders).append(actor)
        return supporters, leaders

    # -- sector heads: "the Iraqi army", "Trump's defence secretary", "the regime" --------------
    def _sector(
        self, ph: Phrase, main: PHit, leaders: list[Actor]
    ) -> tuple[Actor | None, str, bool]:
        ent = main.hit.entity
        sector = ent.sector
        cls = agreement_class("sector", ent.role, ent.plural)
        country: str | None = None
        quals: list[str] = []
        group_actor: Actor | None = None
        coref = False
        rule = "descriptor:"
        mods = sorted(
            (h for h in ph.hits if h is not main and h.modrel is None), key=lambda h: -h.anchor
        )
        extra: list[PHit] = []
        for h in mods:
            m = h.hit.entity
            if m.kind == "sector" and ent.role == "role" and m.role != "role" and not self._poss(h):
                sector = m.sector  # "rebel commander", "army spokesman", "police chief"
            elif m.kind == "qualifier":
                quals.append(_qual(m))
            elif country is None and m.kind in COUNTRY_KINDS:
                country, rule = m.country, "descriptor:country+sector"
            elif m.kind in COUNTRY_KINDS and m.country != country and not self._poss(h):
                extra.append(h)  # "British, French and German troops": one actor each
            elif country is None and m.kind in NAMED_KINDS:
                a = self.actor_of(m)
                if m.kind in ("group", "igo", "ngo") and not self._poss(h) and group_actor is None:
                    group_actor = a
                country, rule = a.country, f"descriptor:{m.kind}+sector"
            elif country is None and m.kind == "sector" and m.coref and self._poss(h):
                ref = self._antecedent_for_sector(m, ph)
                if ref is not None:
                    country, rule, coref = ref.mention.actor.country, f"coref:{m.name}+sector", True
            elif country is None and m.kind == "anaphor" and self._poss(h):
                ref = self._antecedent_for_anaphor(m, ph)  # "the country's army"
                if ref is not None and ref.mention.actor.country:
                    country, rule, coref = (
                        ref.mention.actor.country,
                        f"coref:the {m.name}+sector",
                        True,
                    )
        if group_actor is not None:
            group_actor.rule = "descriptor:group+sector"
            return group_actor, cls, False
        if country is None:
            ref = self._possessive_pronoun(ph)
            if ref is not None:
                ra = ref.mention.actor
                if ra.kind in GROUP_KINDS and ra.code:  # "Hamas ... its fighters"
                    return _copy(ra, "coref:possessive+group"), cls, True
                country, rule, coref = ra.country, "coref:possessive+sector", True
        if country is None:
            for rel, post in self._postmodifiers(ph):
                if rel == "of" and post.hit.entity.kind in ("country", "capital"):
                    country, rule = post.hit.entity.country, "descriptor:sector+of-country"
                    self.consumed_hits.add(id(post))
                    self._extend_to = post.hit.end
                    break
                if rel in ("loyal", "leader") and post.hit.entity.kind != "qualifier":
                    c = self.actor_of(post.hit.entity).country
                    if c:
                        country, rule = c, f"descriptor:sector+{rel}"
                        break
        if country is None and leaders and leaders[0].country:
            country, rule = leaders[0].country, "descriptor:led+sector"
        if country is None and ent.coref and not quals and self._determiner(ph) in DEFINITE:
            ref = self._antecedent_for_sector(ent, ph)
            if ref is not None:
                ra = ref.mention.actor
                if ra.sector == sector and ra.kind != "sector":
                    return _copy(ra, f"coref:{ent.name}"), cls, True
                country, rule, coref = ra.country, f"coref:{ent.name}", True
        if country is None and not quals:
            return (
                Actor("", ent.name, ent.code or sector, None, sector, "sector", [], "kb:sector"),
                cls,
                False,
            )
        for h in extra:
            c = h.hit.entity.country
            code = compose_code(self.kb.cameo(c), ent.code or sector, tuple(quals))
            a = Actor(
                "", ent.name, code, c, sector, "sector", list(quals), "descriptor:coordinated"
            )
            self._emit(h.hit.start, h.hit.end, a, h.anchor, cls)
        name = self.kb.cameo(country) if country else None
        code = compose_code(name, ent.code or sector, tuple(quals))
        return (
            Actor(
                "",
                ent.name,
                code,
                country,
                sector,
                "sector",
                quals,
                rule.rstrip(":") or "descriptor",
            ),
            cls,
            coref,
        )

    def _qualified(self, ph: Phrase, main: PHit) -> Actor:
        quals = [
            _qual(h.hit.entity)
            for h in ph.hits
            if h.hit.entity.kind == "qualifier" and h.modrel is None
        ]
        country = next(
            (
                h.hit.entity.country
                for h in ph.hits
                if h.hit.entity.kind in COUNTRY_KINDS and h.modrel is None
            ),
            None,
        )
        # a plural ethnic/religious noun is a population: "Iraqi Kurds" -> IRQCVLkur
        sector = "CVL" if main.hit.alias.text.endswith("s") else None
        code = compose_code(self.kb.cameo(country), sector, tuple(quals))
        return Actor(
            "", main.hit.entity.name, code, country, sector, "ethnic", quals, "descriptor:qualifier"
        )


def _learned_rule(ent: Entity) -> str:
    return "learned:name" if ent.role == "name" else "learned:descriptor"


def _rule_of(ent: Entity) -> str:
    if ent.source.startswith("learned_actors"):
        return "learned:stored"
    if ent.source.startswith("petrarch"):
        return ent.source
    return f"kb:{ent.kind}"


def _qual(ent: Entity) -> str:
    code = ent.qualifiers[0] if ent.qualifiers else ent.name
    return code.lower() if ent.role == "ethnic" else code
