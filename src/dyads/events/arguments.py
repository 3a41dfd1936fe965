"""Source and target of an event from the dependency parse.

Handles active and passive voice, control and raising (``began trying to retake``),
participial and relative clauses, conjunctions, nominal events with possessive, adjectival,
``-led`` and ``by`` agents, light verbs (``launch strikes``), undergo verbs (``faced strikes``)
and prepositional targets (``air strikes against X``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from dyads.data import words
from dyads.docmemo import children_of, doc_strings, span_at
from dyads.events import lexicon
from dyads.events.clauses import even_as, names_own_means
from dyads.events.cues import Cues, load_cues
from dyads.events.ontology import names_weapon
from dyads.events.quantities import fallen_to
from dyads.events.sentences import sentence_of
from dyads.grammar import BORDER_NOUNS, QUALIFIER_DEPS, RELATIVE_WORDS
from dyads.model import Actor, Mention

SUBJ = ("nsubj", "csubj")
RELATIVES = RELATIVE_WORDS
RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how", "whereby", "wherein"})
# Adjectives whose subject does their infinitive: "it was ready / prepared / set to crush ..."
READY_ADJ = frozenset({"ready", "prepared", "willing", "determined", "able", "eager", "poised", "set", "due",
                       "likely", "keen", "unwilling", "unable", "reluctant"})
# Adjectives of openness to a named act: "open to talks" (readiness words are READY_ADJ).
OPEN_ADJ = frozenset({"open", "amenable", "receptive"})
# Quantifiers standing for a group named just before ("few openly criticized him", "others said").
QUANTIFIER_SUBJECTS = frozenset({"few", "many", "some", "most", "others", "several", "both", "all", "none"})
GROUP_LOOKBACK_CHARS = 400
# Places and things that stand for the people they belong to or serve, as targets of an act.
# Acts of a crowd whose "of" names those who take part ("a march of students", "a strike of dockers").
CROWD_ACT_NOUNS = frozenset({"march", "rally", "protest", "demonstration", "strike", "sit-in", "walkout", "vigil",
                             "procession", "gathering", "mobilisation", "mobilization", "stoppage"})
# Wars and conflicts, whose "X's" names where they are fought, not who fights.
CONFLICT_NOUNS = frozenset({"war", "conflict", "civil war", "insurgency", "violence", "fighting", "crisis", "unrest"})
# Places people live in, which harm no one themselves.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "area", "neighbourhood",
                              "neighborhood", "settlement", "suburb", "hamlet", "capital", "port", "county"})
# What is held and can be frozen or seized ("assets of X"): the owner is the one it is done to.
HOLDING_NOUNS = frozenset({"asset", "account", "holding", "fund", "property", "reserve", "deposit"})
PROPERTY_NOUNS = frozenset({"camp", "office", "home", "house", "school", "hospital", "shelter", "headquarters",
                            "residence", "convoy", "vehicle", "car", "bus", "plane", "ship", "boat", "property",
                            "farm", "shop", "market", "plant", "clinic", "compound", "base", "post", "building",
                            "neighbourhood", "neighborhood", "settlement", "village", "town", "church", "mosque",
                            "temple", "synagogue", "newspaper", "station", "facility"})
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr", "oprd")
# Dependencies that stay inside a noun phrase when we look for the actors it names.
CORE = {"compound", "amod", "poss", "det", "nmod", "nummod", "flat", "case", "conj", "cc", "appos", "npadvmod", "quantmod", "punct", "predet"}
# A nominal event reached through these prepositions == done by the clause's subject
# ("stepped up its campaign with air strikes"); through these, done to it ("under siege").
INSTRUMENT_PREPS = {"with", "through", "via", "by"}
UNDERGO_PREPS = {"under"}
# Verbs by which an act named as their subject reaches what they hit ("the strike hit a school").
IMPACT_VERBS = frozenset({"hit", "strike", "target", "disrupt", "damage", "paralyse", "paralyze", "cripple", "affect",
                          "destroy", "knock", "shut", "wreck", "disable"})
# Verbs whose subject, active or passive, takes part in the act named after "in".
PARTAKE_VERBS = {"engage", "participate", "involve", "take"}
# "Following talks in Paris with Merkel, Hollande said ...": the speaker took part in the talks.
TIME_PREPS = frozenset({"after", "following", "during", "before", "ahead", "at"})
# Prepositions that tell another act as the cause, topic or setting of the clause's own ("amid protests").
OTHER_ACT_PREPS = frozenset({"since", "until", "amid", "despite", "over"})  # ("a complaint over the shooting")
MEETING_NOUNS = frozenset({"talk", "meeting", "negotiation", "summit", "consultation", "discussion", "visit",
                           "call", "conversation"})
# Prepositions on an object noun that name the real target ("threatened action against X",
# "rejected an offer from X", "halted mediation among X").
NOMINAL_TARGET_PREPS = {"against", "on", "upon", "with", "to", "toward", "towards", "at", "from", "among", "between"}
# Verbs whose object == the subject of their infinitive ("ordered troops to attack").
OBJECT_CONTROL = {"order", "urge", "force", "ask", "tell", "push", "press", "pressure", "persuade", "encourage", "allow",
                  "want", "expect", "need", "invite", "call", "instruct", "command", "help", "require",
                  "lead", "prompt", "cause", "drive", "spur", "compel", "oblige", "incite", "provoke"}
# Prepositions through which an act is part of its subject's doing ("as part of an operation",
# "in a campaign", "with a bombing"), unlike "against X" or "after X".
PART_OF_PREPS = frozenset({"as", "of", "in", "with", "through", "via", "during"})
CLAUSE_CLIMB = {"xcomp", "conj", "advcl", "pcomp", "ccomp", "acl", "relcl", "prep", "pobj"}


class MentionIndex:
    """Token index -> mentions covering it (by character overlap)."""

    def __init__(self, doc, mentions: list[Mention]):
        self.mentions = list(mentions)
        self.by_token: dict[int, list[Mention]] = {}
        self._by_actor: dict[tuple, list[int]] | None = None
        for m in mentions:
            span = span_at(doc, m.start, m.end)
            if span is None:
                continue
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, []).append(m)

    def at(self, tok: Token) -> list[Mention]:
        return self.by_token.get(tok.i, [])

    def of_actors(self, keys: Collection[tuple]) -> list[Mention]:
        """The mentions, in order, whose actor's (text, code, name) is among ``keys`` (the
        mentions are indexed by it on the first call)."""
        if self._by_actor is None:
            self._by_actor = {}
            for i, m in enumerate(self.mentions):
                self._by_actor.setdefault((m.actor.text, m.actor.code, m.actor.name), []).append(i)
        found = [i for k in keys for i in self._by_actor.get(k, ())]
        return [self.mentions[i] for i in sorted(found)]

    def whole(self) -> MentionIndex:
        """The index with every mention, the trigger's own included."""
        return self

    def without(self, start: int, end: int, doc) -> MentionIndex:
        """A view without the mentions that are the trigger itself: those lying inside tokens
        [start, end) or covering its head ("at least three air strikes" is the event, not an actor).

        Only the trigger's tokens are looked at and the view filters as it is read, so the cost
        does not grow with the number of mentions in the document."""
        by_token = self.by_token
        if not any(by_token.get(i) for i in range(start, end)):
            return self  # no mention at the trigger's tokens, its head among them
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        head = doc[start:end].root
        inside = {id(m) for i in range(start, end) for m in by_token.get(i, ()) if m.start >= lo and m.end <= hi}
        inside.update(id(m) for m in by_token.get(head.i, []))
        if not inside:
            return self
        return _MentionView(self, inside)


class _MentionView(MentionIndex):
    """A MentionIndex less some mentions, filtered when read."""

    def __init__(self, base: MentionIndex, hidden: set[int]):  # noqa: D107 - no super().__init__
        self._base = base
        self._hidden = hidden

    @property
    def mentions(self) -> list[Mention]:  # type: ignore[override]
        return [m for m in self._base.mentions if id(m) not in self._hidden]

    @property
    def by_token(self) -> dict[int, list[Mention]]:  # type: ignore[override]
        return {i: [m for m in ms if id(m) not in self._hidden] for i, ms in self._base.by_token.items()}

    def at(self, tok: Token) -> list[Mention]:
        return [m for m in self._base.at(tok) if id(m) not in self._hidden]

    def whole(self) -> MentionIndex:
        return self._base.whole()

    def of_actors(self, keys: Collection[tuple]) -> list[Mention]:
        return [m for m in self._base.of_actors(keys) if id(m) not in self._hidden]


@dataclass
class Roles:
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    source_tok: Token | None = None
    target_tok: Token | None = None
    how: list[str] = field(default_factory=list)
    passive: bool = False  # a verbal trigger in the passive voice (the subject is the target)


# dependency labels of a clause head: a nominal trigger's search for its governing verb stops there
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})

# People sent or speaking for a country, named by where they come from ("mediators from Egypt").
ENVOY_NOUNS = frozenset({"mediator", "negotiator", "envoy", "delegate", "delegation", "official", "representative",
                         "diplomat", "emissary", "observer", "inspector", "monitor"})
# Participles that tie goods to where they come from ("steel imported from China", "made in China").
ORIGIN_VERBS = frozenset({"import", "make", "produce", "manufacture", "ship", "export", "source", "build"})


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without clauses or most prepositional phrases."""
    out = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            keep = c.dep_ in CORE or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
            keep = keep or (c.dep_ == "pobj" and t.dep_ == "prep")
            keep = keep or (c.dep_ == "prep" and c.lower_ == "including")  # "governments, including Kenya's"
            # "steel imported from China", "cars made in China": goods are their maker's
            keep = keep or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ORIGIN_VERBS)
            keep = keep or (c.dep_ == "prep" and c.lower_ in ("from", "in") and t.dep_ == "acl"
                            and t.lemma_.lower() in ORIGIN_VERBS)
            keep = keep or (c.dep_ == "prep" and c.lower_ == "from" and t.pos_ == "NOUN"
                            and t.lemma_.lower() in load_cues().trade_nouns | ENVOY_NOUNS)  # "pork imports from
            # the EU", "mediators from Egypt and Qatar"
            if keep:
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda x: x.i)


QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                            "million", "millions", "ten", "tens", "some", "many", "most", "few", "several", "all",
                            "group", "crowd", "number", "handful", "one", "two", "three", "four", "five"})


def _counted(h: Token) -> Token:
    """What a quantity counts: "hundreds of supporters" -> supporters."""
    while h.lemma_.lower() in QUANTITY_HEADS or h.lower_ in QUANTITY_HEADS:
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _child(of, ("pobj",)) if of is not None else None
        if obj is None:
            break
        h = obj
    return h


# mentions that share their span with another and stand beside it ("Indian and Chinese soldiers",
# "both sides": one mention per party)
SIDE_BY_SIDE_RULES = ("descriptor:coordinated", "coref:both-sides", "coref:joined-people")


# Groups sent to speak for someone ("a delegation from X"): they stand for whoever sent them.
DELEGATION_NOUNS = frozenset({"delegation", "team", "mission", "envoy", "emissary", "representative", "negotiator"})
# Plural nouns for a group of states that an apposition may list ("the Western embassies - the
# United States, Britain and France -").
STATES_LISTED_NOUNS = frozenset({"embassy", "government", "country", "power", "state", "nation", "ally", "partner",
                                 "donor", "neighbour", "neighbor", "capital", "member"})


def actors_of(head: Token | None, mi: MentionIndex) -> list[Actor]:
    """Actors named by the phrase headed by ``head`` (coordinated heads included)."""
    if head is None:
        return []
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    if head.pos_ == "NOUN" and head.lemma_.lower() in STATES_LISTED_NOUNS:
        # "the Quint embassies - the United States, the United Kingdom, France ... - urged X": the
        # states the apposition lists
        listed = [x for a in head.children if a.dep_ == "appos" and a.ent_type_ == "GPE"
                  for x in (a, *a.conjuncts) if x.ent_type_ == "GPE"]
        if len(listed) >= 2 and all(mi.at(x) for x in listed):
            heads = listed + heads[1:]
    if head.ent_type_ == "GPE":
        # "from Japan, India, Thailand and Vietnam": the parser hung the list on an
        # apposition after the first country
        heads += [x for a in head.children if a.dep_ == "appos" and a.ent_type_ == "GPE"
                  for x in (a, *a.conjuncts) if x.i > head.i and x not in heads]
    # "talks between Iran's top official Ali Shamkhani and Saudi adviser X": the parser hung the
    # "and" on the name set beside the first head
    if head.pos_ == "NOUN":
        heads += [c for a in head.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                  for c in a.conjuncts if c.i > a.i and c not in heads]
    found: list[Mention] = []
    for h in heads:
        named_as = _self_named(h, mi)
        if named_as:
            found.extend(m for m in named_as if m not in found)  # "a faction calling itself X": X
            continue
        own = mi.at(h)
        if own and h.lemma_.lower() in DELEGATION_NOUNS and all(not m.actor.country for m in own):
            # "a high-level delegation from the Hamas movement", "a team of Qatari negotiators": whom it represents
            sent = [m for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                    for o in p.children if o.dep_ == "pobj" for m in mi.at(o)]
            if not sent and h.dep_ == "dobj":  # "received a delegation from X": the "from" hung on the verb
                sent = [m for p in h.head.children if p.dep_ == "prep" and p.lower_ == "from"
                        for o in p.children if o.dep_ == "pobj" for m in mi.at(o)]
            own = sent or own
        if own and _bare_member(h, own):
            # "leaders of the opposition alliance": the alliance; "a commander of a dissident faction of
            # the FARC": the group the faction is of
            group = _of_chain(h, mi)
            if group is not None:
                own = [m for m in mi.at(group)] or own
        if own:
            found.extend(own)
            # "Indian and Chinese soldiers": the other adjective's actor stands beside the head's
            found.extend(m for t in h.children if t.dep_ in ("amod", "compound", "nmod") for c in [t, *t.conjuncts]
                         for m in mi.at(c) if (m.actor.rule or "").startswith("descriptor:coordinated")
                         and m not in found)
            # "the presidents of Venezuela and Guyana", "vessels from Japan, India and Vietnam": each country's
            found.extend(m for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                         for o in p.children if o.dep_ == "pobj" for c in o.conjuncts
                         for m in mi.at(c) if m.actor.country and m not in found
                         and any(x.actor.country for x in own))
            # "Prime Minister X and President Y agreed": the parser hung X, with its "and", on Y
            found.extend(m for t in h.children if t.dep_ in ("nmod", "compound") and t.i < h.i
                         and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
                         for m in mi.at(t) if m.actor.kind == "person" and m not in found)
            continue
        h = _counted(h)  # "hundreds of Yoon's supporters": the supporters
        if h.lemma_.lower() in MANDATE_NOUNS and h.dep_ == "pobj" and h.head.lower_ in MANDATE_PREPS:
            continue  # "struck at the request of the government": who asked or agreed, not who is struck
        if h.lemma_.lower() in BORDER_NOUNS:
            continue  # "a stabbing on the Belarus border": a line on the map, no one's act or people
        toks = phrase_tokens(h)
        if len(heads) > 1:  # (each joined head is read on its own, with its own followers and owners)
            joined = {t.i for c in h.children if c.dep_ == "conj" for t in c.subtree}
            toks = [t for t in toks if t.i not in joined]
        if h.lemma_.lower() in FORMER_HOLDINGS and any(c.lower_ in ("former", "ex") for c in h.children):
            # "the former Portuguese colony" is not Portugal: its old ruler names no one here
            toks = [t for t in toks if t.dep_ != "amod" or t.head != h]
        if h.lemma_.lower() in load_cues().relational_nouns:  # "Poland's allies" are not Poland
            followers = _followers_of_person(h, mi)
            if followers is not None:  # "supporters of cleric al-Sadr": his country's people
                found.append(followers)
                continue
            other = {t.i for c in h.children if c.dep_ in ("poss", "prep", "compound", "amod", "nmod") for t in c.subtree}
            toks = [t for t in toks if t.i not in other]
        for t in toks:
            found.extend(m for m in mi.at(t) if m not in found)
    seen: set[tuple] = set()
    out: list[Actor] = []
    # Prefer the most specific mention per position: drop mentions nested inside a longer one
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    last_end = -1
    for m in found:
        if m.start < last_end and m.end <= last_end and not (m.actor.rule or "").startswith(SIDE_BY_SIDE_RULES):
            continue
        last_end = max(last_end, m.end)
        key = (m.actor.code, m.actor.name)
        if key not in seen:
            seen.add(key)
            out.append(m.actor)
    return out


# Verbs by which a group is given its name ("a faction calling itself X", "a group known as X").
SELF_NAMING_VERBS = frozenset({"call", "name", "know", "dub", "style"})


def _self_named(h: Token, mi: MentionIndex) -> list[Mention]:
    """The mentions of the name a nameless noun goes by: "a faction calling itself the Islamic
    Resistance in Iraq", "a group known as X"."""
    if h.pos_ != "NOUN" or any(m.actor.country or m.actor.kind != "sector" for m in mi.at(h)):
        return []  # (a bare sector word, "a faction", "a group", gives way to the name)
    for acl in h.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in SELF_NAMING_VERBS:
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "xcomp")] + [
            o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        for n in names:
            if mi.at(n):
                return list(mi.at(n))
    return []


# Nouns by which a party is named as the one who asked for, allowed or backed an act ("at the request
# of", "with the consent of", "in coordination with", "on behalf of"), never its doer or target.
MANDATE_NOUNS = frozenset({"request", "invitation", "behest", "consent", "approval", "permission", "coordination",
                           "cooperation", "behalf", "agreement", "blessing", "support", "backing", "help"})
MANDATE_PREPS = frozenset({"at", "with", "in", "on", "upon", "without"})


# Nouns of lands once held by another state ("a former British colony", "the ex-Soviet republic").
FORMER_HOLDINGS = frozenset({"colony", "protectorate", "possession", "dependency", "territory", "republic",
                             "province", "mandate", "outpost"})
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "partisan", "disciple"})
# a leader's followers are of his movement where he leads one, else his country's people
FOLLOWER_SECTORS = frozenset({"OPP", "PTY", "REB", "REL"})


def _followers_of_person(h: Token, mi: MentionIndex) -> Mention | None:
    """"supporters of cleric Moqtada al-Sadr", "the opposition leader's supporters": the people
    who follow a person are of the person's country (and movement), not the person."""
    if h.lemma_.lower() not in FOLLOWER_NOUNS:
        return None
    owners = [c for c in h.children if c.dep_ == "poss"]
    owners += [o for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for o in owners:
        for m in mi.at(o):
            a = m.actor
            if a.kind == "person" or a.sector in FOLLOWER_SECTORS:
                sector = a.sector if a.sector in FOLLOWER_SECTORS - {"REL"} else "CVL"
                prefix = (a.code or "")[:3] if a.country else ""
                actor = Actor(text=h.text, name=None, code=f"{prefix}{sector}", country=a.country, sector=sector,
                              kind="sector", rule=f"followers of '{a.text}'")
                return Mention(start=h.idx, end=h.idx + len(h.text), text=h.text, actor=actor)
    return None


def _of_chain(h: Token, mi: MentionIndex) -> Token | None:
    """The first noun down a chain of "of" phrases that names an actor ("a commander of a faction
    of the FARC rebels": the rebels)."""
    cur = h
    for _ in range(3):
        nxt = next((g for p in cur.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"), None)
        if nxt is None:
            return None
        if mi.at(nxt):
            return nxt
        cur = nxt
    return None


def _bare_member(h: Token, own: list[Mention]) -> bool:
    """``h`` is a noun for someone acting for a group ("leaders", "the head") and its mentions
    name nothing more than that word."""
    return (h.lemma_.lower() in load_cues().member_nouns
            and all(h.left_edge.idx <= m.start and m.end <= h.idx + len(h.text) for m in own))


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    doc = tok.doc
    dep = doc_strings(doc, "DEP")
    for c in children_of(doc, tok.i):
        if dep[c] in deps:
            return doc[c]
    return None


def _nominal_gerund(verb: Token) -> bool:
    """An -ing form right after an article, a year or a possessive ("the 1995 shelling", "Friday's
    bombing") with no subject of its own: a noun, whatever the parser made of it."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    prev = verb.doc[verb.i - 1]
    return prev.lower_ in ("the", "a", "an") or (prev.like_num and prev.ent_type_ == "DATE") or prev.tag_ == "POS"


def _between_object(tok: Token) -> Token | None:
    """The object of ``tok``'s own "between" ("fighting between X and Y" -> X)."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    return _child(prep, ("pobj",)) if prep is not None else None


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return _child(c, ("pobj",))
    if any(c.dep_ == "auxpass" for c in tok.children):
        # "is designated a terrorist group by Washington": the parser hung "by" on the predicate noun
        for c in tok.children:
            if c.dep_ == "oprd":
                by = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "by"), None)
                if by is not None:
                    return _child(by, ("pobj",))
    return None


def _subject_agent(subj: Token) -> Token | None:
    """The "by" agent of a subject noun or of the participle describing it ("a missile fired by X")."""
    return _agent(subj) or next((a for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                 for a in [_agent(c)] if a is not None), None)


def is_passive(tok: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children):
        subj = _child(tok, ("nsubj",))
        # (not the "to be" of "gunmen suspected to be bandits have killed", hung on the verb)
        return subj is None or _reduced_description_subject(tok, subj) is None
    # bare passive participle in a participial clause: "Backed by X, ..." / "the siege imposed by Y"
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "amod") and _agent(tok) is not None:
        return True
    # "..., with nearly 300 people injured": the absolute participle's subject suffered it
    if (tok.tag_ == "VBN" and tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without")
            and not any(c.dep_ in ("aux", "dobj") for c in tok.children)):
        return True
    return _parenthetical_participle(tok)


CUSTODY_NOUNS = frozenset({"jail", "prison", "custody", "detention", "captivity", "cell", "camp"})


def _keeper(verb: Token, mi: MentionIndex) -> Token | None:
    """Whose jail, prison or custody a passive verb takes people from ("were freed from Israeli
    jails", "released from Russian captivity"): the keeper does the act."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        for o in c.children:
            if o.dep_ == "pobj" and o.lemma_.lower() in CUSTODY_NOUNS:
                return next((m for m in o.children if m.dep_ in ("amod", "compound", "poss") and mi.at(m)), None)
    return None


def _named_agent(verb: Token) -> Token | None:
    """The "by" agent of a verb, or of its object where the parser hung it there ("designated a
    terrorist group by Turkey")."""
    agent = _agent(verb)
    if agent is None:
        obj = _child(verb, ("dobj",))
        agent = _agent(obj) if obj is not None else None
    return agent


def _parenthetical_participle(tok: Token) -> bool:
    """"The PKK, designated a terrorist group by Turkey, has waged ...": a participle between
    commas after its noun, with a "by" agent, that the parser read as the sentence's past tense."""
    if tok.tag_ != "VBD" or tok.i < 2 or _named_agent(tok) is None or any(c.dep_ == "aux" for c in tok.children):
        return False
    doc = tok.doc
    subj = _child(tok, ("nsubj",))
    if subj is None or doc[tok.i - 1].text != "," or subj.i != tok.i - 2 and doc[tok.i - 2].head.i != subj.i:
        return False
    # the clause goes on after a second comma with a finite verb of its own
    return any(t.text == "," for t in doc[tok.i:tok.sent.end]) and any(
        t.pos_ in ("VERB", "AUX") and t.i > tok.i and t.dep_ in ("conj", "ccomp", "parataxis", "advcl")
        and (t.tag_ in ("VBZ", "VBP", "VBD") or any(c.dep_ == "aux" for c in t.children)) for t in tok.subtree)


def _fronted_object(verb: Token) -> Token | None:
    """", a charge Sudan denied", ", an accusation Israel rejects": the parser gave the verb two
    subjects; the first, a noun set after a comma, is what the second denies."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if len(subjects) != 2 or subjects[0].pos_ != "NOUN" or subjects[1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    first = subjects[0]
    if first.left_edge.i == 0 or verb.doc[first.left_edge.i - 1].text not in (",", "—", "-"):
        return None
    return first


def _charge_maker(verb: Token) -> Token | None:
    """Who made the charge a fronted object names ("X accused Y of Z, a charge Y denied": X)."""
    first = _fronted_object(verb)
    if first is None or first.lemma_.lower() not in ("charge", "accusation", "allegation", "claim"):
        return first
    before = verb.doc[first.left_edge.i - 1]
    root = before
    while root.head != root and root.dep_ != "ROOT":
        root = root.head
    subj = _child(root, SUBJ) if root.pos_ in ("VERB", "AUX") else None
    return subj or first


def _verbless_subject(verb: Token) -> Token | None:
    """The head noun of a sentence the parser gave no verb, when ``verb`` (a participle with an
    object, hung deep inside the noun's phrase) is really its verb; else None."""
    root = sentence_of(verb).root
    if (root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i or verb.head.i == root.i
            or _child(verb, ("dobj",)) is None):
        return None
    return root


def finite(verb: Token) -> bool:
    """A verb with its own tense ("was arrested", "attacked", "has come"), not a participle or
    an infinitive."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _object_conjunct_subject(verb: Token, head: Token) -> Token | None:
    """"The EU activated its mechanism and Greece, Turkey's rival, dispatched rescuers": the parser
    joins the name to the first verb's object and the second verb to the first; the name right
    before the second verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _child(verb, SUBJ + PASS_SUBJ) is not None:
        return None
    obj = _child(head, ("dobj",))
    if obj is None:
        return None
    name = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i), None)
    # (the name set off by commas before the verb: "shelled Kharkiv and Kyiv and hit a plant" is one subject's)
    if (name is None or verb.doc[verb.i - 1].text != "," or verb.doc[name.i + 1].text != ","
            or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[name.i + 1 : verb.i])):
        return None
    return name


UNTIL_MARKS = frozenset({"until", "till"})


def until_clause(verb: Token) -> bool:
    """An "until" clause: as real as the clause it ends ("will fight until X is destroyed" is a
    goal, and part of what a vow promises; "fought until the town fell" happened)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS for c in verb.children)


def _finite_host(verb: Token, head: Token) -> Token | None:
    """The finite verb a past-tense conjunct ``verb`` continues when the parser joined it to a
    non-finite ``head`` (an infinitive or a gerund with no subject of its own), else None."""
    if verb.tag_ not in ("VBD", "VBN") or head.tag_ not in ("VB", "VBG") or head.dep_ not in ("xcomp", "pcomp"):
        return None
    if _child(head, SUBJ) is not None or _child(verb, SUBJ + PASS_SUBJ) is not None:
        return None
    up = head.head
    for _ in range(5):
        if up.pos_ in ("VERB", "AUX") and up.dep_ not in ("acl", "amod") and finite(up):
            return up
        if up.head == up:
            return None
        up = up.head
    return None


def headline_passive(verb: Token) -> bool:
    """A headline's passive with its auxiliary left out: "Five soldiers killed", "Policeman shot
    dead in <town>", "Two reporters detained by police": a verb done to a victim (``harm_verbs``),
    a past participle (or a past form with its result, "shot dead", "shot to death") with a subject,
    no auxiliary and no object. "Gunmen shot dead a policeman" has its object: active."""
    if verb.lemma_.lower() not in load_cues().harm_verbs or verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    result = any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children) for c in verb.children)
    if verb.tag_ == "VBD" and not result and verb.lemma_.lower() in DONE_TO_ONLY:
        # "Two UN peacekeepers wounded": a short title with no final stop; "wounded", "injured" and
        # "abducted" need an object to be active
        sent = sentence_of(verb)
        words = [t for t in sent if not t.is_punct and not t.is_space]
        return (len(words) <= HEADLINE_WORDS and not sent[-1].is_punct
                and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))
    return verb.tag_ == "VBD" and result


# Verbs never used without an object in the active ("X wounded" in a title is a passive).
DONE_TO_ONLY = frozenset({"wound", "injure", "abduct", "kidnap", "behead", "detain", "arrest", "execute", "jail"})
HEADLINE_WORDS = 10  # a title of at most this many words


def _absolute_participle(verb: Token, subj: Token) -> bool:
    """"..., many of them arrested after the protests": a past participle with a subject and no
    auxiliary, hung as an adverbial clause after a comma, is an absolute passive: its subject is
    the one it was done to."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and subj.i < verb.i
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].text == ",")


def _gapped_passive(verb: Token) -> bool:
    """"16 officers had been injured and 87 people detained": a past participle joined to a
    passive, with a subject of its own and the auxiliaries left out, is passive too."""
    # (the parser may tag the bare participle a past tense: only a verb done to someone is read so,
    # not "... were killed and the rebels fled"; nor one sharing the object of a verb joined to it,
    # "... were detained and security forces beat and tortured demonstrators")
    return (verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in load_cues().harm_verbs | CUSTODY_VERBS))
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "conj") for c in verb.children))


def _told_to(verb: Token) -> bool:
    """ "were stopped at the checkpoint and ordered to return": a verb of directing joined to a
    passive, with an infinitive and no object of its own, is said of the passive's subject."""
    return (verb.lemma_.lower() in DIRECTING_VERBS and _child(verb, ("xcomp",)) is not None
            and not any(c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "agent", "ccomp") for c in verb.children))


def _charged_participle(verb: Token) -> bool:
    """"firms accused of helping Moscow", "many of them charged with terrorism", read by the parser as
    a subject and its verb: a past participle of accusing with no auxiliary and no object, only what
    the charge is ("of ...", "with ..."), is said of the one accused."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in ACCUSING_VERBS | CHARGING_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with") for c in verb.children))  # ("charged with")


def _of_phrase_runs_into(first: Token, second: Token) -> bool:
    """``first`` has an "of" phrase that ends just before ``second`` begins."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and p.right_edge.i + 1 == second.left_edge.i
               for p in first.children)


# Verbs of a description given as a reduced clause ("gunmen suspected to be bandits", "men believed
# to be soldiers"), which the parser may take for the main verb.
DESCRIBING_PARTICIPLES = frozenset({"suspect", "believe", "think", "say", "report", "know", "presume", "allege",
                                    "understand", "claim"})


def _reduced_description_subject(verb: Token, subj: Token) -> Token | None:
    """"Gunmen suspected to be bandits have killed 17 people": the parser made "suspected" the main
    verb and "bandits" the subject of "killed", with "to be" hung on it before its subject; the
    noun before "suspected" is the subject, "bandits" what it is said to be."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in DESCRIBING_PARTICIPLES or head.tag_ not in ("VBD", "VBN"):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i < subj.i for c in verb.children):
        return None
    return _child(head, ("nsubj",))


def _appositive_subject(verb: Token) -> Token | None:
    """"In a communique issued at a summit in Kuala Lumpur, the Association of Southeast Asian
    Nations urged ...": the parser made the subject an apposition of the last noun of the fronted
    phrase and left the main verb with none; the apposition right before the verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    doc = verb.doc
    tok = doc[verb.i - 1]
    while tok.is_punct and tok.i > 0 and tok.text in (")", "]"):
        tok = doc[tok.i - 1]
    # (up to the apposition that a comma opens: "(ASEAN)" is one inside it)
    while not (tok.dep_ == "appos" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",") \
            and tok.head.i < verb.i and tok.head != tok:
        tok = tok.head
    if tok.dep_ != "appos" or tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
        return None
    return tok if tok.right_edge.i >= verb.i - 2 else None


# Verbs of saying under which the parser may hang an act's noun as a gerund ("said shelling
# continued"); not "deny" or "admit", whose gerund is the subject's own deed ("denied shelling").
SAYING_VERBS = frozenset({"say", "tell", "report", "add", "claim"})


def _unjoined_subject(verb: Token, head: Token) -> Token | None:
    """The noun phrase right before a finite verb the parser joined to an earlier verb with no
    "and", "or", "but" and no punctuation between them: the verb's own subject (its topmost noun)."""
    if (verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VBN" and _child(verb, ("dobj",)) is not None)
            or head.pos_ not in ("VERB", "AUX") or verb.i < 1):
        return None  # (a past participle with an object is the tagger's past tense: "... bases killed 40")
    doc = verb.doc
    between = doc[head.i + 1: verb.i]
    if any(t.is_punct or t.dep_ == "cc" or t.lower_ in ("and", "or", "but", "then") for t in between):
        return None
    prev = doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    top = prev
    for anc in prev.ancestors:
        if not (head.i < anc.i < verb.i):
            break
        if anc.pos_ in ("NOUN", "PROPN"):
            top = anc
    if top.dep_ == "attr":  # "when gunmen suspected to be herdsmen attacked": the gunmen
        v = top.head
        while v.dep_ in ("xcomp", "ccomp") and v.head != v:
            v = v.head
        top = _child(v, ("nsubj",)) or top
    return top


def clause_subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of ``verb``'s clause, climbing control, conjunction and participle links.

    Returns ``(token, passive_flag)``: passive_flag is True when the token is the verb's
    *patient* (passive subject), not its agent.
    """
    if depth > 6:
        return None, False
    subj = _child(verb, SUBJ)
    if subj is None and verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in SAYING_VERBS:
        # "residents said shelling continued": no one says-and-shells; the parser took the act's
        # noun for a verb under "said"
        return None, False
    cut_off = False
    if subj is not None and subj.i < verb.i:
        # "09:55 GMT — France's minister arrives ...": of two subjects the parser gives a verb, the
        # one next to it
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i), key=lambda c: c.i)
        subj = subjects[-1]
        if (len(subjects) > 1 and subjects[-2].pos_ == "PROPN" and subjects[-2].ent_type_ in ("ORG", "GPE", "NORP")
                and subj.pos_ == "NOUN"
                and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].text == ","
                and any(t.lower_ in ("the", "a", "an") for t in subj.lefts)):
            # "The National Unity Government (NUG), the shadow administration formed by ...,
            # condemned": the parser made the apposition a second subject; the name is the subject
            # (a person's name gives way to the description, which says whom the person speaks for)
            subj, cut_off = subjects[-2], True
        if len(subjects) > 1 and _of_phrase_runs_into(subjects[-2], subj):
            # "Supporters of opposition candidate X looted ...": the parser cut the name off the
            # "of" phrase; the supporters are the subject
            subj, cut_off = subjects[-2], True
    if (subj is not None and (subj.tag_ == "VBG" or subj.lower_.endswith("ing")) and subj.dep_ == "nsubj"
            and (inner := _child(subj, ("nsubj",))) is not None and inner.i < subj.i and inner.pos_ in ("NOUN", "PROPN")):
        subj = inner  # "soldiers patrolling near the village came under fire": the parser made the participle the subject
    if subj is not None and (carrier := _reduced_description_subject(verb, subj)) is not None:
        return carrier, False  # "Gunmen suspected to be bandits have killed ...": the gunmen
    if subj is not None and not cut_off and (fronted := _fronted_object(verb)) is not None:
        subj = next(c for c in verb.children if c.dep_ in SUBJ and c.i > fronted.i)  # "a charge Sudan denied"
    if subj is not None:
        if subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
            if verb.lemma_.lower() in load_cues().harm_verbs and (
                    verb.head.lemma_.lower() in SETTLEMENT_NOUNS or _attacked_object(verb.head)):
                # "an attack on the town of X that killed two", "the attack on a church that killed
                # 19": not the town's or the church's doing
                return None, False
            return _followers_before(verb) or _body_before_place(verb) or verb.head, False
        if (subj.lower_ in ("that", "which", "who") and verb.dep_ in ("ccomp", "xcomp") and verb.head.dep_ == "relcl"
                and subj.i < verb.head.i):
            return verb.head.head, False  # "the commander, who villagers said kidnapped ...": the commander
        if subj.lower_ in ("who", "whoever") and verb.dep_ in ("ccomp", "csubj", "xcomp", "pcomp", "advcl"):
            return None, False  # "it was not clear who had fired the shell": an open question, no one named
        return subj, (headline_passive(verb) or _charged_participle(verb) or _gapped_passive(verb)
                      or _absolute_participle(verb, subj))
    psubj = _child(verb, PASS_SUBJ)
    if psubj is None and verb.tag_ in ("VBD", "VBZ", "VBP") and (marked := _marked_subject(verb)) is not None:
        return marked, False
    if psubj is not None:
        if psubj.lower_ in RELATIVES and verb.dep_ == "relcl":
            return verb.head, True  # "Palestinians who were shot by ...": the antecedent is the patient
        return psubj, True
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            # "India has, within hours, blamed Pakistan": the parser hung the subject on the
            # auxiliary before the inserted phrase
            held = _child(aux, SUBJ)
            if held is not None and held.i < aux.i:
                return held, False
    dep = verb.dep_
    head = verb.head
    if head == verb:
        return _appositive_subject(verb), False
    if (dep in ("relcl", "acl") and verb.tag_ == "VB" and to_infinitive(verb) and head.dep_ == "dobj"
            and (head.ent_type_ == "MONEY" or head.lemma_.lower() in MONEY_NOUNS)):
        # "announced $100 million to fund the force", "pledged aid to rebuild": the giver's doing
        return clause_subject(head.head, depth + 1)[0], False
    if dep == "relcl" or (dep == "acl" and verb.tag_ in ("VBG",)):
        return head, False
    if dep == "acl" and verb.tag_ == "VBN" and (noun := _verbless_subject(verb)) is not None:
        # "An Israeli airstrike on a school sheltering families killed 30 people": the parser
        # found no main verb; the sentence's head noun does what the participle says
        return noun, False
    if dep == "acl" and verb.tag_ == "VBN":
        # "Israeli airstrikes killed 20 Palestinians" misparsed as a reduced relative: a
        # participle with its own direct object is the noun's active verb
        # (a noun that is the sentence's root has no verb of its own: the participle is its
        # predicate, "Russia, which has troops there, called on both sides to stop")
        # ("Two civilians killed in shelling": a verb done to a victim, with no object, is the
        # headline's passive even on a root noun)
        return head, _child(verb, ("dobj",)) is None and (head.dep_ != "ROOT" or verb.lemma_.lower() in load_cues().harm_verbs)
    if dep == "acl" and verb.tag_ == "VBD" and (root := sentence_of(verb).root).i < verb.i and (
            root.pos_ == "PROPN" or (root.pos_ == "NOUN" and _closes_relative(root, verb))):
        # "Russia, which has troops there, called for calm": the parser made the name the root and
        # its finite verb a modifier (of it or of a noun in between); the name is the subject
        # ("The governments of Brazil and Colombia, which have tried ..., called for": the noun)
        return root, False
    if dep == "acl" and verb.tag_ == "VB" and head.pos_ == "NOUN":
        return _infinitive_owner(head, depth), False
    if (dep == "xcomp" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and head.dep_ == "relcl"
            and head.lemma_.lower() in load_cues().report_verbs
            and any(t.dep_ in SUBJ and t.lower_ in RELATIVES for t in verb.doc[head.head.i + 1:head.i])):
        # "the attack, which the ministry said caused no damage": the relative pronoun is the
        # subject of the finite clause the parser hung under "said", not the speaker
        return head.head, False
    if (dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("AUX", "VERB")
            and head.lemma_.lower() in RAISING_ADJ):
        # "Russia is unlikely to attack", "the army is ready to respond": the subject of the copula
        subj = _child(head.head, ("nsubj",))
        if subj is not None:
            return subj, False
    if dep == "advcl" and verb.tag_ == "VB" and head.lemma_ in INFINITIVE_CONTROL and to_infinitive(verb):
        # "will not allow a handful of agitators, paid from abroad, to set the capital on fire": the
        # parser hung the infinitive after the commas on the verb; its object does the act
        obj = _child(head, ("dobj",))
        if obj is not None:
            return obj, False
    if dep == "xcomp":
        # object control: "ordered troops to attack" -> troops
        obj = _child(head, ("dobj",))
        if obj is not None and head.lemma_ in OBJECT_CONTROL:
            return obj, False
        s, patient = clause_subject(head, depth + 1)
        # "X is expected / was ordered / was forced to V": the head's patient does the V
        return s, patient and verb.tag_ not in ("VB",)
    if dep == "conj" and _quoted_then_joined(verb, head):
        # 'chanted "Ruto must go" and blocked roads': the verb after the quotation continues the
        # clause that quotes it, not the quoted words
        return clause_subject(head.head, depth + 1)
    if dep == "conj" and (unjoined := _unjoined_subject(verb, head)) is not None:
        # "threatened to withdraw after an attack on one of its bases killed 40 soldiers": with no
        # "and" and no comma between them, the parser's "conjunct" is a clause of its own, whose
        # subject is the noun phrase just before it
        return unjoined, False
    if dep == "conj" and (agreeing := _singular_conjunct_subject(verb, head)) is not None:
        # "ruled out talks as long as it remains linked to al-Qaeda and kills our people": "kills"
        # cannot go on from "we"; it goes on from the singular subject of the clause just before
        return agreeing, False
    if dep == "conj":
        joined = _time_phrase_subject(verb) or _joined_subject(verb)
        if joined is not None:
            return joined, False
        if head.pos_ in ("NOUN", "PROPN") and (verb.tag_ in ("VBD", "VBZ", "VBP") or (
                verb.tag_ == "VBG" and head.dep_ == "dobj" and head.head.tag_ == "VBG")):
            # ("..., tearing down tents and beating protesters": a gerund joined to the object of
            # another goes on from it too)
            # "put the army on alert and ordered troops to move": the parser joined the finite
            # verb to a noun; it goes on from the verb that noun hangs on
            up = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if up is not None:
                return clause_subject(up, depth + 1)
        gerund = _gerund_before(verb, head)
        if gerund is not None:
            # "arrested two men on suspicion of spying and plotting attacks": the parser joined the
            # second gerund to the finite verb; it goes on from the first
            return clause_subject(gerund, depth + 1)
        if (head.dep_ == "advcl" and verb.tag_ == "VBD" and head.tag_ != "VBD"
                and any(c.dep_ == "mark" for c in head.children)):
            # "arrived as classes were starting and rounded up the children": a past tense
            # joined to a subordinate clause in another form continues the main clause
            return clause_subject(head.head, depth + 1)
        named = _object_conjunct_subject(verb, head)
        if named is not None:
            return named, False
        if (head.pos_ == "ADJ" or head.tag_ == "VBN") and head.dep_ in ("acomp", "oprd") and verb.pos_ == "VERB":
            # "was deeply concerned by the violence and called for restraint": the copula's subject
            return clause_subject(head.head, depth + 1)
        if (verb.tag_ == "VBD" and head.dep_ == "advcl" and head.tag_ in ("VBN", "VBG", "VBD")
                and _child(head, SUBJ) is not None and _child(head, ("mark", "advmod")) is None
                and _child(verb, SUBJ + PASS_SUBJ) is None
                and any(t.lower_ == "," for t in verb.doc[head.head.i:head.i])):
            # "posted photographs of the soldiers, some wrapped in flags, and thanked the UAE": a past
            # tense joined to an absolute phrase continues the clause the phrase interrupts
            return clause_subject(head.head, depth + 1)
        host = _finite_host(verb, head)
        if host is not None:
            # "ordered X to leave and suspended exports", "arrested three men suspected of attacking
            # officers and seized weapons": a past tense joined to an infinitive or a gerund
            # continues the finite clause above it
            return clause_subject(host, depth + 1)
        clause = _reported_clause(head)
        if clause.dep_ == "ccomp" and _speaks_again(verb, clause):
            # "X said [the sale violated Y] and urged Z to ...", "X said [the war would resume once
            # the pause ended] and vowed to ...": the parser joined the second speech act to the
            # reported clause; it is the reporter's, like "said"
            return clause_subject(clause.head, depth + 1)
        subj, patient = clause_subject(head, depth + 1)
        # "was not involved and accused Azerbaijan": a conjunct with its own object is active, and
        # so is a finite verb ("was horrified and called on both sides"; "was arrested and charged"
        # keeps the participle's passive)
        bare = ((not any(c.dep_ in BARE_VERB_BLOCKERS for c in verb.children)
                 and verb.lemma_.lower() in load_cues().harm_verbs | CUSTODY_VERBS)
                or _told_to(verb))
        # ("was detained in Tanzania and deported this week": a bare past form joined to a passive,
        # tagged a past tense, is another participle of that passive)
        return subj, patient and _child(verb, ("dobj",)) is None and (verb.tag_ not in ("VBD", "VBZ", "VBP")
                                                                      or (verb.tag_ == "VBD" and bare))
    if (dep == "ccomp" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "but")
            and head.lemma_.lower() in load_cues().report_verbs):
        # "the ministry said Guyana was fabricating incidents, and accused Georgetown of ...": the
        # parser hung the joined verb under "said" as what was said; it is the reporter's second act
        return clause_subject(head, depth + 1)
    if dep in ("acomp", "oprd") and verb.pos_ == "ADJ" and verb.lemma_.lower() in READY_ADJ:
        return clause_subject(head, depth + 1)  # "it was ready to crush ...": the copula's subject
    if dep == "advcl":
        return _adverbial_subject(verb, head, depth)
    if dep == "pcomp" or (dep == "pobj" and verb.tag_ == "VBG"):
        # "committed to backing", "in the final stages of capturing"
        gov = head.head
        while gov.dep_ in ("pobj", "prep") and gov.head != gov:
            gov = gov.head
        if (head.lower_ in ("before", "after") and gov.dep_ == "acl" and gov.tag_ == "VBG"
                and gov.head.pos_ in ("NOUN", "PROPN")):
            # "walked into a group of people queuing at a stall before detonating explosives": the
            # parser hung "before" on the description of the people; the walker detonated them
            up = next((a for a in gov.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if up is not None:
                return clause_subject(up, depth + 1)[0], False
        if (head.lower_ in ("of", "for") and gov.dep_ == "conj"
                and (gov.pos_ in ("NOUN", "PROPN") or (gov.lemma_.lower() == "ally" and _child(gov, ("nsubj",)) is None))
                and gov.head.lemma_.lower() in ACCUSING_VERBS and (accused := _child(gov.head, ("dobj",))) is not None):
            # "blamed Congolese forces and allied militias for attacking X": the parser joined the
            # second one blamed (or "allied", read as a verb) to the verb; the first one blamed did it
            return accused, False
        obj = _child(gov, ("dobj",)) if head.lower_ in OBJECT_CONTROL_PREPS and head.head == gov else None
        if obj is None and head.lower_ in ("of", "for") and head.head == gov and gov.lemma_.lower() in ACCUSING_VERBS:
            # "accused X of shelling villages", "blamed X for attacking": X is said to have done it
            # ("two men they suspect of planning attacks": the men)
            obj = _child(gov, ("dobj",)) or (gov.head if gov.dep_ == "relcl" else None)
        if obj is None and head.lower_ == "of" and head.head.lemma_.lower() in load_cues().legal_heads:
            # "arrested two men on suspicion / on charges of plotting attacks": the men plotted
            obj = _child(gov, ("dobj",))
        if (obj is None and head.lower_ in ("of", "for") and gov.dep_ == "dobj" and gov.pos_ in ("NOUN", "PROPN")
                and gov.head.lemma_.lower() in ACCUSING_VERBS):
            return gov, False  # "accused the rebels of kidnapping X" (the parser hung "of" on the accused)
        if (obj is None and head.lower_ in ("of", "for") and gov.dep_ == "dobj" and gov.head.dep_ == "conj"
                and gov.head.head.lemma_.lower() in ACCUSING_VERBS and _child(gov.head, ("nsubj",)) is None):
            # "accused the RSF and allied militias of killing X": the parser made "allied" a verb
            # joined to "accused", with the militias its object; the first one accused did it
            accused = _child(gov.head.head, ("dobj",))
            if accused is not None:
                return accused, False
        if obj is not None and gov.pos_ == "VERB":
            # "stopped protesters from marching": the object would have done the act
            return obj, False
        if gov.pos_ in ("VERB", "AUX"):
            # "firms involved in supplying drones", "was accused of arming X": the subject does
            # the gerund's act, whatever the voice of the verb above
            return clause_subject(gov, depth + 1)[0], False
        owner = _child(gov, ("poss",)) if head.lower_ == "of" and gov.lemma_.lower() in POLICY_NOUNS else None
        if owner is not None:
            return owner, False  # "Iran's practice of detaining foreign nationals": Iran detains them
        if gov.pos_ == "NOUN":
            anc = gov
            while anc.dep_ in ("pobj", "prep", "dobj", "attr") and anc.head != anc:
                if anc.lemma_.lower() in EXPECTATION_NOUNS:
                    return None, False  # "raising hopes of an end to fighting": not the raisers' fighting
                anc = anc.head
                if anc.pos_ in ("VERB", "AUX"):
                    return clause_subject(anc, depth + 1)
        return None, False
    return None, False


# Nouns of a way of acting: their owner does what the "of" gerund says ("Iran's practice of detaining").
POLICY_NOUNS = frozenset({"practice", "policy", "habit", "campaign", "strategy", "tactic", "pattern", "programme",
                          "program", "record", "history"})
# Nouns of what may come: an act named under them ("hopes of an end to fighting", "fears of
# fighting") is not done by the subject of the verb that raises or voices them.
EXPECTATION_NOUNS = frozenset({"hope", "prospect", "fear", "chance", "risk", "possibility", "expectation",
                               "spectre", "specter", "danger", "likelihood", "worry", "concern"})


# Sums and funds whose infinitive ("$100 million to fund ...") the one who gives them does.
MONEY_NOUNS = frozenset({"million", "billion", "fund", "funding", "aid", "grant", "loan", "dollar", "euro", "money"})
# Nouns of people who follow someone ("supporters of X who took to the streets": the supporters).
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "member", "loyalist", "backer", "partisan", "relative",
                            "family", "fighter", "militant", "student", "worker", "voter"})


ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "strike", "airstrike", "bombing", "ambush", "offensive",
                          "shelling", "bombardment", "explosion", "blast"})


def _attacked_object(noun: Token) -> bool:
    """``noun`` is what an attack named before it was on ("the attack on a U.N. convoy", "a
    bombing against a church"): a relative clause after it ("that killed four") tells the attack's
    deed, not the noun's."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("on", "against", "at") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in ATTACK_NOUNS)


# What is shared or handed over ("shared intelligence with X"): never the one it goes to.
SHARED_GOODS = frozenset({"intelligence", "information", "evidence", "data", "datum", "expertise", "technology"})
# Bodies sent somewhere: "the AU mission in Somalia, which has been fighting al Shabaab" is the
# mission's doing, though the parser hangs the relative clause on the place.
POSTED_BODIES = frozenset({"mission", "force", "contingent", "operation", "coalition", "peacekeeper", "battalion",
                           "brigade", "deployment", "presence", "office", "embassy", "delegation", "garrison"})


def _body_before_place(verb: Token) -> Token | None:
    """The body posted at a place the relative clause was hung on ("the mission in Somalia, which ...")."""
    place = verb.head
    if place.ent_type_ not in ("GPE", "LOC") or place.dep_ != "pobj" or place.head.lower_ not in ("in", "to", "at"):
        return None
    body = place.head.head
    return body if body.lemma_.lower() in POSTED_BODIES else None


def _followers_before(verb: Token) -> Token | None:
    """"fired at supporters of X who took to the streets": a restrictive relative clause on a
    person's name after "followers of" is the followers' (a singular verb, "X, who says ...", or a
    comma keeps the person)."""
    name = verb.head
    if (name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.lower_ != "of" or verb.tag_ == "VBZ"
            or any(c.dep_ == "aux" and c.lower_ in ("is", "was", "has") for c in verb.children)
            or any(t.lower_ == "," for t in verb.doc[name.i:verb.i])):
        return None
    followers = name.head.head
    if followers.lemma_.lower() in FOLLOWER_NOUNS and followers.tag_ in ("NNS", "NNPS"):
        return followers
    return None


def _marked_subject(verb: Token) -> Token | None:
    """"negotiating since Azerbaijan retook the region": the parser hung the subject of a finite
    clause on its conjunction, as if "since" were a preposition; that name is the subject."""
    return next((g for m in verb.children if m.dep_ == "mark" and m.i < verb.i for g in m.children
                 if g.dep_ == "pobj" and g.i < verb.i and g.pos_ in ("PROPN", "NOUN", "PRON")), None)


PLURAL_PRONOUNS = frozenset({"we", "i", "you", "they"})


def _closes_relative(root: Token, verb: Token) -> bool:
    """``verb`` comes just after the comma that closes a relative clause on the sentence's root
    noun ("The governments of X, which have tried ..., called")."""
    doc = verb.doc
    return verb.i > 0 and doc[verb.i - 1].text == "," and any(
        c.dep_ == "relcl" and c.i < verb.i and c.right_edge.i >= verb.i - 2 for c in root.children)


def _singular_conjunct_subject(verb: Token, head: Token) -> Token | None:
    """The subject a third-person singular conjunct ``verb`` ("kills") goes on from when the
    parser joined it to a ``head`` whose own subject cannot take it ("we", "they", a plural noun):
    the singular subject of the last clause between them."""
    if verb.tag_ != "VBZ" or head.i > verb.i:
        return None
    own = _child(head, SUBJ)
    if own is None or not (own.lower_ in PLURAL_PRONOUNS or own.tag_ in ("NNS", "NNPS")):
        return None
    between = [t for t in verb.doc[head.i + 1:verb.i] if t.dep_ in ("nsubj", "nsubjpass") and head.i < t.head.i < verb.i
               and (t.tag_ in ("NN", "NNP") or t.lower_ in ("it", "he", "she"))]
    return between[-1] if between else None


def _gerund_before(verb: Token, head: Token) -> Token | None:
    """A gerund under a preposition between a finite ``head`` and its gerund conjunct ``verb``."""
    if verb.tag_ != "VBG" or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    return next((t for t in doc[head.i + 1:verb.i] if t.tag_ == "VBG" and t.dep_ in ("pobj", "pcomp")), None)


ACCUSING_VERBS = frozenset({"blame", "accuse", "suspect"})
# Verbs of a formal charge ("many of them charged with terrorism").
CHARGING_VERBS = frozenset({"charge", "indict"})
# Verbs that name what their object is ("calling the arrests an act of aggression").
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub"})
# Verbs that hold their object to account "for" an act: the object did it ("blamed Israel for an air
# strike that ...", "vowed to punish X for the attack, which killed ...").
CHARGING_FOR_VERBS = ACCUSING_VERBS | frozenset({"punish", "condemn", "denounce", "criticize", "criticise",
                                                 "sanction", "fault", "avenge"})


def _charged_for(tok: Token) -> Token | None:
    """The one a verb holds to account for the act ``tok`` names ("blamed X for an air strike"): X."""
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CHARGING_FOR_VERBS:
        return None
    return _child(prep.head, ("dobj",))


# Verbs done to someone in custody or by the state, besides the verbs of harm (cues.yaml).
CUSTODY_VERBS = frozenset({"deport", "expel", "charge", "sentence", "jail", "imprison", "convict", "release", "free",
                           "extradite", "interrogate", "question", "fine", "exile", "try"})
# Verbs of directing someone to act ("ordered to leave", "told to disperse"), done to their object.
DIRECTING_VERBS = frozenset({"order", "tell", "ask", "instruct", "force", "compel", "urge", "direct", "command"})
# What a finite verb of its own clause has after it: an object, a preposition, a clause.
BARE_VERB_BLOCKERS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "advcl", "attr", "acomp", "oprd", "prt",
                                "nsubj", "nsubjpass", "agent"})


def _adverbial_subject(verb: Token, head: Token, depth: int) -> tuple[Token | None, bool]:
    """The subject of an adverbial clause: a purpose or participle clause is controlled by the
    main subject, in either voice; see ``clause_subject``."""
    cues = load_cues()
    if head.lemma_.lower() in cues.report_verbs and verb.tag_ == "VBG":
        reported = _child(head, ("ccomp",))
        # (", ... said, blaming X": blaming is speaking too, the reporter's)
        speech = cues.speech_verbs | cues.commitment_cues | ACCUSING_VERBS
        # (or after it: "X said a vessel rammed the boat, injuring four": the ramming injured them)
        if reported is not None and reported.i < verb.i and verb.lemma_.lower() not in speech:
            # "X recaptured the town, state media said, tightening the siege": the participle
            # goes with the reported clause, not with the reporter
            return clause_subject(reported, depth + 1)
    speaker = _speakers_participle(verb, head, cues)
    if speaker is not None:
        return clause_subject(speaker, depth + 1)
    aside = _reporting_aside(verb, head, cues)
    if aside is not None:
        return clause_subject(aside, depth + 1)
    controller = _controllers_participle(verb, head, cues)
    if controller is not None:
        return clause_subject(controller, depth + 1)
    charged = _charged_act(verb, head, cues)
    if charged is not None:
        return clause_subject(charged, depth + 1)
    plan = intent_object(verb, cues.intent_verbs)
    if plan is not None:
        return _infinitive_owner(plan, depth), False
    misread = _time_phrase_subject(verb)
    if misread is not None:
        return misread, False
    joined = _joined_subject(verb)
    if joined is not None:
        return joined, False
    if verb.tag_ == "VBN":
        s, _ = clause_subject(head, depth + 1)
        return s, True
    if verb.tag_ == "VBG" or _child(verb, ("mark",)) is None:
        s, _ = clause_subject(head, depth + 1)
        return s, False
    return None, False


def _reporting_aside(verb: Token, head: Token, cues: Cues) -> Token | None:
    """"X detained three officers, Kosovo's prime minister said, calling the arrests an act of
    aggression": a participle of speech after a reporting aside ("..., Y said,") is Y's, though
    the parser hangs it on the reported clause (returned: the aside's verb)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in cues.speech_verbs | ACCUSING_VERBS | NAMING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and c.lemma_.lower() in cues.report_verbs and _child(c, SUBJ) is not None), None)


def _speakers_participle(verb: Token, head: Token, cues: Cues) -> Token | None:
    """"X demanded that China withdraw its ship, accusing Beijing of ...": a participle of speech
    after the clause a speech verb asks or reports goes with that speech verb (returned), not
    with the clause it follows."""
    if verb.tag_ != "VBG" or head.dep_ != "ccomp" or not any(t.lower_ == "," for t in verb.doc[head.i:verb.i]):
        return None
    speech = cues.speech_verbs
    said = head.head
    if said.i > head.i:
        return None  # "X expelled Y, accusing him of Z, the ministry said": the reported clause's own participle
    if said.lemma_.lower() in speech and verb.lemma_.lower() in speech and _child(head, SUBJ) is not None:
        return said
    return None


def _controllers_participle(verb: Token, head: Token, cues: Cues) -> Token | None:
    """"X ordered the diplomats to leave, accusing Moscow of ...": a participle of speech after a
    comma that follows what X told someone else to do is X's (the verb that told is returned),
    not the doing of the one told."""
    if (verb.tag_ != "VBG" or head.dep_ != "xcomp" or head.head.lemma_ not in OBJECT_CONTROL
            or _child(head.head, ("dobj",)) is None or not any(t.lower_ == "," for t in verb.doc[head.i:verb.i])):
        return None
    speech = cues.speech_verbs | ACCUSING_VERBS
    return head.head if verb.lemma_.lower() in speech else None


def _charged_act(verb: Token, head: Token, cues: Cues) -> Token | None:
    """"X accused Y on Tuesday of shelling villages, wounding two": a participle after the act an
    accusation charges goes with that act (returned), not with the accuser."""
    if (verb.tag_ != "VBG" or head.lemma_.lower() not in ACCUSING_VERBS or verb.lemma_.lower() in cues.report_verbs
            or not any(t.lower_ == "," for t in verb.doc[head.i:verb.i])):
        return None
    return next((g for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i < verb.i
                 for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _joined_subject(verb: Token) -> Token | None:
    """"accused X of shooting down a plane and Russian police killed two men": the parser joined
    the second clause's subject to the first clause's object ("and" + noun) and hung its past
    tense on the main verb; the noun right before the verb is its subject."""
    if verb.tag_ != "VBD" or verb.i == 0 or _child(verb, SUBJ + PASS_SUBJ + ("mark",)) is not None:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("conj", "pobj", "dobj"):
        return None
    if prev.pos_ == "NOUN" and not any(c.dep_ in ("amod", "compound") for c in prev.children):
        return None  # a named or qualified actor ("Russian police"), not "a handful"
    ands = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.lower_ == "and" and t.dep_ == "cc"]
    # the "and" that joins the clauses was read inside a noun phrase, not on the verb above
    # (right before the subject's phrase: not an "and" inside an earlier one, "targets in Iraq and
    # Syria, hours after an attack near Ankara killed five")
    if (ands and ands[-1].head.i != verb.head.i and ands[-1].head.pos_ in ("NOUN", "PROPN", "ADJ")
            and ands[-1].i == prev.left_edge.i - 1):
        return prev
    return None


TIME_PHRASE_PREPS = frozenset({"after", "before", "following"})


def _time_phrase_subject(verb: Token) -> Token | None:
    """"X struck Y, a day after an attack near Ankara killed five people": the parser hangs the
    past tense on the main clause with "a day after an attack" as its time phrase; the noun after
    "after" is the past tense's subject."""
    if verb.tag_ != "VBD" or _child(verb, SUBJ + PASS_SUBJ) is not None:
        return None
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.i < verb.i:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in TIME_PHRASE_PREPS:
                    obj = _child(p, ("pobj",))
                    if obj is not None and obj.pos_ == "NOUN":
                        return obj
        if (c.dep_ == "prep" and c.lower_ in TIME_PHRASE_PREPS and c.i < verb.i
                and any(n.dep_ == "npadvmod" for n in c.children)):
            # ("hours after an attack ... killed five": "after" hung on the past tense itself)
            obj = _child(c, ("pobj",))
            if obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i == verb.i - 1:
                return obj
    if verb.dep_ == "advcl":
        # "arrested 10,000 supporters since a rally on Oct. 28 turned violent": the parser read
        # "since a rally" as a phrase of the main verb; the noun right before the clause is its subject
        # ("handed a note to Mali's envoy after drone strikes killed herders": wherever "after" hangs)
        for p in verb.doc[verb.sent.start:verb.i]:
            obj = _child(p, ("pobj",)) if p.dep_ == "prep" and p.lower_ in TIME_CONJUNCTIONS else None
            if obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i == verb.i - 1:
                return obj
    return None


# Words that are prepositions or conjunctions of time ("since the rally", "since the rally turned").
TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till", "following"})


# Links from a clause inside a reported clause up to it ("said [X had found no evidence [that Y
# threatened Z]]": the parser may join the reporter's next act to the innermost clause).
# ("said the law was incompatible with [Georgia's bid to join the bloc] and called on ...": through
# the predicate's phrase too)
INNER_CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl", "dobj", "pobj", "prep", "acomp", "attr"})
INNER_CLAUSE_HOPS = 5


def _reported_clause(head: Token) -> Token:
    """The reported clause a conjunct hangs on: ``head`` or, for an adverbial or a clause on a noun
    inside it ("... would resume once the pause ended", "had found no evidence that TikTok
    threatened it"), the reported clause above."""
    tok = head
    for _ in range(INNER_CLAUSE_HOPS):
        if tok.dep_ not in INNER_CLAUSE_DEPS or tok.head == tok:
            break
        tok = tok.head
        if tok.dep_ == "ccomp":
            return tok
    return head


def speaks_again(verb: Token) -> bool:
    """``verb`` is a conjunct the parser hung on a reported clause that is really the reporter's
    second speech act ("X said the war would resume once the pause ended and vowed to ...")."""
    if verb.dep_ != "conj" or verb.head == verb:
        return False
    clause = _reported_clause(verb.head)
    return clause.dep_ == "ccomp" and _speaks_again(verb, clause)


def _speaks_again(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` (a conjunct of the reported ``clause``) is a second speech act of the
    reporter: a verb of asking, threatening or saying after a clause whose subject is a thing."""
    cues = load_cues()
    if clause.head.i > verb.i:
        return False  # "bandits abducted 11 people and were demanding a ransom, police said": the report follows
    if _tense_breaks(verb, clause, cues):
        return True
    if verb.lemma_.lower() not in cues.speech_verbs | ANSWERING_VERBS:
        return False
    said = clause.head
    if (verb.tag_ == "VBG" and said.tag_ == "VBG" and said.dep_ == "advcl" and said.lemma_.lower() in cues.report_verbs
            and not _child(verb, ("aux",))):
        return True  # "..., saying Washington was raising tension and warning Manila ...": two participles
    subj = _child(clause, SUBJ + PASS_SUBJ)  # ("said 25 people had been killed and called on ...")
    reported = (clause.head.pos_ == "VERB" and clause.head.lemma_.lower() in cues.report_verbs
                and _child(clause.head, SUBJ) is not None)
    if not reported or subj is None:
        return False
    if subj.pos_ == "NOUN":
        return True
    if verb.tag_ == "VBD" and _child(verb, ("aux", "auxpass")) is None and clause.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children):
        # "said the U.S. and its allies were raising tensions and warned it would ...": a speech act
        # in the simple past after a reported progressive is the reporter's next act
        return True
    if verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        # "said Y had started an offensive and called on the Council to act": a speech act in the
        # simple past after a reported past perfect is the reporter's next act
        return True
    # "said Washington had no right to interfere and accused it of ...": one does not accuse
    # oneself; the pronoun object is the reported clause's subject, the accuser the reporter
    obj = _child(verb, ("dobj",))
    return obj is not None and obj.lower_ in ("it", "them", "him", "her") and subj.pos_ == "PROPN"


# Verbs of answering a claim or an act, or of thanking for one: "said the vote was legal and rejected
# the dissolution", "said the agreement was monumental and thanked X for hosting the talks".
ANSWERING_VERBS = ACCUSING_VERBS | frozenset({"reject", "deny", "dismiss", "refute", "thank", "praise", "hail",
                                             "commend", "welcome"})


def _tense_breaks(verb: Token, clause: Token, cues: Cues) -> bool:
    """"X said the campaign would continue and rejected accusations": a past tense with no
    auxiliary cannot share the reported clause's modal, so it goes on from the reporter's verb."""
    said = clause.head
    if (verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and said.tag_ == "VBD")) or _child(verb, ("aux", "auxpass")):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    # ("said the protests had been hijacked and deployed the army": an active past tense with its
    # own object after a passive perfect)
    perfect_passive = (any(c.dep_ == "auxpass" for c in clause.children) and any(c.lower_ in ("had", "has", "have")
                       for c in clause.children) and verb.tag_ in ("VBD", "VBN") and _child(verb, ("dobj",)) is not None)
    return ((modal or perfect_passive) and said.pos_ == "VERB" and said.lemma_.lower() in cues.report_verbs
            and said.tag_ == "VBD" and _child(said, SUBJ) is not None)


# Adjectives whose subject does their "to V" ("is unlikely / ready / determined to attack").
RAISING_ADJ = frozenset({"likely", "unlikely", "ready", "willing", "unwilling", "able", "unable", "prepared",
                         "eager", "determined", "poised", "keen", "reluctant", "quick", "certain", "sure"})
# Object-control verbs whose "to V" after the object is never a purpose of the verb's subject
# ("allowed the convoy, after weeks of talks, to enter"): the object does the V.
INFINITIVE_CONTROL = frozenset({"allow", "permit", "let", "order", "force", "compel", "oblige", "urge", "instruct",
                                "command", "persuade", "encourage", "pressure", "authorize", "authorise"})
OBJECT_CONTROL_PREPS = frozenset({"from", "for"})  # "stopped X from V-ing", "arrested X for V-ing"


def _infinitive_owner(noun: Token, depth: int) -> Token | None:
    """Who does the infinitive of "the decision / the impetus / the right to V": the noun's
    owner ("Israel's decision to"), the one it is given to ("gave X the impetus to"), or the
    subject of the verb that has it ("took the decision to")."""
    owner = _child(noun, ("poss",))
    if owner is not None:
        return owner
    if noun.dep_ != "dobj":
        return None
    dative = _child(noun.head, ("dative",))
    if dative is not None:
        return dative
    if noun.head.lemma_.lower() not in load_cues().light_verbs:
        return None  # "foiled a plot to bomb": the foiler is not the plotter
    s, patient = clause_subject(noun.head, depth + 1)
    return None if patient else s


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to"-infinitive ("to disperse", "to oppose")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def intent_object(clause: Token, intents: frozenset[str]) -> Token | None:
    """"foiled a plot to bomb ...": an infinitive the parser hangs on the verb belongs to the
    verb's object when that object is an intention noun right before it."""
    if clause.dep_ != "advcl" or not to_infinitive(clause):
        return None
    obj = _child(clause.head, ("dobj",))
    if obj is None or obj.i >= clause.i or obj.lemma_.lower() not in intents:
        return None
    # right before it, or with only a time between ("approved a measure on Sunday to close ...")
    gap = obj.doc[obj.right_edge.i + 1:clause.left_edge.i]
    if len(gap) <= 1 or all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in gap):
        return obj
    return None


# What a deployment moves: forces, units and their craft.
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "warship", "ship", "jet", "aircraft", "tank", "unit", "battalion",
                         "brigade", "reservist", "police", "policeman", "officer", "marine", "paratrooper",
                         "personnel", "sailor", "guard", "navy", "army", "reinforcement", "plane", "destroyer",
                         "carrier", "submarine", "vessel", "drone", "missile", "battery", "contingent"})


# Nouns for part of a force ("members of the National Guard", "elements of the army").
MEMBER_NOUNS = frozenset({"member", "element", "unit", "detachment", "company"})


def forces_moved(tok: Token | None) -> bool:
    """``tok`` names forces that the verb it is the object of deploys or withdraws (a MOBILIZE or
    RETREAT trigger of the lexicon, alone, with that object or with its particle: "deploy", "send
    troop", "pull back")."""
    if (tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj"
            and tok.head.head.lemma_.lower() in MEMBER_NOUNS):
        tok = tok.head.head  # (the actor named in "members of the National Guard": the members are moved)
    if tok is None or tok.dep_ != "dobj":
        return False
    noun = tok.lemma_.lower()
    if noun in MEMBER_NOUNS:  # "10,000 members of the National Guard"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(o.dep_ == "pobj" and o.lemma_.lower() in FORCE_NOUNS for o in of.children):
            return False
        noun = "troop"  # (moved like troops)
    elif noun not in FORCE_NOUNS:
        return False
    verb = tok.head.lemma_.lower()
    # (or withdraws: "agreed to pull back troops", the troops are its own)
    particles = {(verb, c.lower_) for c in tok.head.children if c.dep_ == "prt"}
    particles |= {(verb, c.lower_) for c in tok.children if c.dep_ in ("amod", "advmod") and c.lower_ in ("back", "out")}
    codings = [c for seq, c in lexicon.index().get(verb, []) if seq in ((verb,), (verb, noun))
               or seq in particles]
    if not codings:
        # ("send a further contingent of officers": any force is moved as troops are, "send troops")
        codings = [c for seq, c in lexicon.index().get(verb, []) if seq == (verb, "troop")]
    # (a withdrawal of forces, CAMEO 087x; not a release: "freed six soldiers" names whom it frees)
    return any(c.plover == "MOBILIZE" or (c.plover == "RETREAT" and (c.cameo or "").startswith("087"))
               for c in codings)


# People a party sends to speak for it ("agreed to send delegates to the talks"): its own.
SENT_PARTY_NOUNS = ENVOY_NOUNS | {"team", "mission"}
SENDING_VERBS = frozenset({"send", "dispatch"})


def envoys_sent(tok: Token | None) -> bool:
    """``tok`` names envoys, with no owner named, that the verb it is the object of sends."""
    return (tok is not None and tok.dep_ == "dobj" and tok.lemma_.lower() in SENT_PARTY_NOUNS
            and tok.head.lemma_.lower() in SENDING_VERBS
            and not any(c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ") for c in tok.children))


def object_of(verb: Token, preps: frozenset[str]) -> Token | None:
    obj = _child(verb, ("dobj", "obj", "dative"))
    if obj is not None:
        return obj
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head == verb and nxt.tag_ == "VBN" and nxt.dep_ in ("advcl", "xcomp", "dep", "ccomp"):
        obj = _child(nxt, ("dobj",))
        if obj is not None:
            return obj  # "arrested impeached President X": a participle before the object, read as a verb
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            p = _child(c, ("pobj",))
            if p is not None:
                return p
        if c.dep_ == "prt":
            for cc in c.children:
                if cc.dep_ == "prep" and cc.lower_ in preps:
                    return _child(cc, ("pobj",))
    # "pushing onto X": prepositional complement of motion verbs
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("onto", "into", "toward", "towards", "on", "against", "at"):
            p = _child(c, ("pobj",))
            if p is not None:
                return p
    return None


def prep_object(tok: Token, preps: frozenset[str] | set[str], mi: MentionIndex) -> Token | None:
    """The object of the first prepositional child of ``tok`` in ``preps`` that names an actor."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and not partner_with(c):
            # ("granted asylum to X": "to" may parse as dative)
            p = _child(c, ("pobj",))
            if p is not None and p.lemma_.lower() in BORDER_NOUNS:
                continue  # "the town of X on the Chinese border": the neighbour across it, not a party
            if p is not None and actors_of(p, mi):
                return p
    return None


def _prep_on_phrase_noun(verb: Token, preps: frozenset[str], mi: MentionIndex) -> Token | None:
    """The object of one of the lexicon's target prepositions (``preps``) that the parser hung on
    a noun of the phrases after the verb, its object or a prepositional object, at most two nouns
    down ("shared intelligence [on the camps [with X]]", "shared information [about the ring [with
    X]]"), when it names an actor; None otherwise. The phrase of a noun that names an actor stays
    that actor's ("met the leader of the party with ..."), and the phrases under a noun that names
    an act stay that act's ("left for the capital for meetings of the committee with X": the
    meetings' partner, not the one the trip is aimed at)."""
    index = lexicon.index()
    nouns = [c if c.dep_ == "dobj" else _child(c, ("pobj",)) for c in verb.children
             if c.i > verb.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ not in preps))]
    for _depth in range(2):
        deeper = []
        for noun in nouns:
            if noun is None or actors_of(noun, mi) or noun.lemma_.lower() in index:
                continue
            hit = prep_object(noun, preps, mi)
            if hit is not None:
                return hit
            deeper.extend(_child(c, ("pobj",)) for c in noun.children if c.dep_ == "prep" and c.lower_ not in preps)
        nouns = deeper
    return None


def is_censured_deed(verb: Token, obj: Token) -> bool:
    """``verb`` censures or objects to ``obj``, a noun for someone's deed ("condemned the killing of
    ...", "protested the drills by ...")."""
    cues = load_cues()
    lemma = obj.lemma_.lower()
    return (verb.lemma_.lower() in cues.censure_verbs | cues.objecting_verbs and obj.pos_ == "NOUN"
            and (lemma in lexicon.index() or lemma in cues.act_nouns or lemma in cues.violence_nouns))


QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _quoted_then_joined(verb: Token, head: Token) -> bool:
    """``head`` is a quoted clause ("Ruto must go") and ``verb``, joined to it, comes after the
    closing quote mark."""
    gov = head.head
    if head.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX") or gov.i > head.i:
        return False
    doc = verb.doc
    return (any(t.text in QUOTE_MARKS for t in doc[gov.i + 1:head.i])
            and any(t.text in QUOTE_MARKS for t in doc[head.i + 1:verb.i]))


def verbal_roles(verb: Token, preps: frozenset[str], mi: MentionIndex) -> Roles:
    return verbal_target(verbal_source(verb, mi), verb, preps, mi)


def verbal_source(verb: Token, mi: MentionIndex) -> Roles:
    """The first half of ``verbal_roles``: the voice, the source (token and actors) and, in the
    passive, the target's token; ``verbal_target`` completes it. A caller that needs a source
    can stop here when there is none and spare itself the target's search."""
    roles = Roles()
    subj, subj_is_patient = clause_subject(verb)
    if _nominal_gerund(verb):
        # "to mark the anniversary of the 1995 shelling that killed 71": a noun the parser read as
        # a verb; the marchers of the main clause did not shell anyone
        subj, subj_is_patient = None, False
    weapon = fallen_to(verb)  # "two rioters fell to police bullets": they are the patients
    if is_passive(verb) or subj_is_patient or weapon is not None:
        agent = _named_agent(verb) if _parenthetical_participle(verb) else _agent(verb)
        if agent is None and verb.dep_ == "conj" and is_passive(verb.head):
            agent = _agent(verb.head)  # "was picked up by the police and released": one agent
        if agent is None:  # "are trained and equipped by the EU": the agent of the joined participle
            agent = next((a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                          for a in [_agent(c)] if a is not None), None)
        if agent is None:  # "were killed in an attack by Boko Haram": the attack's agent
            agent = next((a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                          for o0 in c.children if o0.dep_ in ("pobj", "pcomp")  # "killed in shelling by X"
                          for o in _relative_antecedents(o0, verb)
                          for a in [_agent(o) or _wielder(o, mi) or _gerund_wielder(o, mi)
                                    or _fight_opponent(o, mi) or _object_act_doer(o, mi)]
                          if a is not None), None)
        if agent is None and weapon is not None:
            agent = _wielder(weapon, mi)  # (the bullets' wielder)
        if agent is None:  # "were killed when the police fired": the firers
            agent = _cause_clause_agent(verb, mi)
        if agent is None:
            agent = _keeper(verb, mi)  # "prisoners freed from Israeli jails": whose jails
        roles.source_tok = agent
        roles.target_tok = subj
        roles.how.append("passive")
        roles.passive = True
    else:
        roles.source_tok = subj
        if (verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN"
                and verb.i < verb.head.i and verb.lemma_.lower() in PROTESTING_PARTICIPLES):
            # "striking teachers", "protesting students": they strike, protest (also as the object of
            # another's act: "police opened fire on striking oil workers")
            roles.source_tok = verb.head
        elif (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.lemma_.lower() in PROTESTING_PARTICIPLES
              and (obj := _child(verb, ("dobj",))) is not None and 0 < obj.i - verb.i <= 3
              and not any(c.dep_ == "det" for c in obj.children)):
            # "fired on striking oil workers" parsed as a gerund with its object: the workers strike
            roles.source_tok = obj
        elif (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj")
              and (sides := _between_object(verb)) is not None):
            # "killed after fighting between federal troops and militiamen": the sides fought
            roles.source_tok = sides
            roles.how.append("the sides 'between'")
        elif subj is None and verb.tag_ == "VBG":
            roles.source_tok = _agent(verb)  # "shelling by government forces killed ...": the shellers
        elif subj is not None and _subject_agent(subj) is not None and not mi.at(subj):
            # "an attack by X killed 40", "a missile fired by X struck a ship": X did it
            roles.source_tok = _subject_agent(subj)
            roles.how.append(f"agent of '{subj.text}'")
        roles.how.append("active")
    roles.source = actors_of(roles.source_tok, mi)
    doers = _act_noun_doers(roles.source_tok, mi) if roles.source and not roles.passive else None
    if doers:
        # "Russian shelling of the southern Ukrainian city killed three": the shellers, not the shelled
        roles.source = doers
        roles.how.append(f"the doers of '{roles.source_tok.text}'")
    if (roles.source and roles.source_tok is not None and roles.source_tok.lemma_.lower() in CONFLICT_NOUNS
            and not mi.at(roles.source_tok)
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "against", "on", "with") for c in roles.source_tok.children)):
        # "Sudan's war has killed tens of thousands": every side's doing, not Sudan's (but "Russia's war
        # in Ukraine" is Russia's)
        roles.source = []
        roles.how.append(f"'{roles.source_tok.text}' names where, not who")
    if not roles.source and roles.source_tok is not None:
        stand = _stand_in(roles.source_tok, mi, agent=True)
        if stand is not None:
            roles.source_tok, roles.source = stand, actors_of(stand, mi)
            roles.how.append(f"source through '{stand.text}'")
    if (not roles.source and roles.source_tok is not None and roles.source_tok.lower_ in QUANTIFIER_SUBJECTS
            and not _counts_first_subject(roles.source_tok)):
        group = _last_group_before(roles.source_tok, mi)
        patients = {a.code for a in actors_of(roles.target_tok, mi)} if roles.passive else set()
        # ("teenagers recruited by one of the groups": not the teenagers, the patients named before it)
        if group is not None and group.code not in patients:
            roles.source = [group]
            roles.how.append(f"'{roles.source_tok.text}' of the group named before")
    if roles.source and not roles.passive:
        codes = {a.code for a in roles.source}
        for tok in (roles.source_tok, verb):
            for partner in _co_actors(tok):
                extra = [a for a in actors_of(partner, mi) if a.code not in codes]
                if extra:  # "Kenyan troops, along with Ugandan forces, attacked ...": both did it
                    roles.source = [*roles.source, *extra]
                    codes |= {a.code for a in extra}
                    roles.how.append(f"with '{partner.text}'")
    return roles


# Verbs of telling what others did ("residents reported shelling that killed ..."): not the teller's act.
WITNESS_REPORT_VERBS = frozenset({"report", "describe", "recount", "allege", "detail", "catalogue", "catalog"})


# Prepositions after a hostile act's noun whose objects suffer it ("shelling of X", "strikes on X").
SUFFERER_PREPS = frozenset({"of", "on", "against", "at"})
HOSTILE_ACT_CLASSES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _act_noun_doers(tok: Token | None, mi: MentionIndex) -> list[Actor] | None:
    """The actors a hostile act's noun names before it ("Russian shelling", "Israel's siege") when it
    also names those who suffer it after it ("... of the Ukrainian city"); None otherwise."""
    if tok is None or tok.pos_ != "NOUN" or mi.at(tok):
        return None
    coding = lexicon.by_trigger().get(tok.lemma_.lower())
    if coding is None or coding.plover not in HOSTILE_ACT_CLASSES:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in SUFFERER_PREPS for c in tok.children):
        return None
    before = [m for c in tok.children if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i < tok.i
              for t in c.subtree for m in mi.at(t)]
    out: list[Actor] = []
    for m in before:
        if m.actor not in out:
            out.append(m.actor)
    return out or None


# Words before "with" that make its object a co-actor: "along with X", "together with X".
CO_ACTOR_WORDS = frozenset({"along", "together", "jointly"})


def _co_actors(tok: Token | None) -> list[Token]:
    """The objects of "along with" / "together with" phrases on ``tok``."""
    if tok is None:
        return []
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "advmod") and c.lower_ in CO_ACTOR_WORDS:
            out += [o for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in CO_ACTOR_WORDS:
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


# Measures one state takes against another, named as a verb's object with "on"/"against" whom.
STATE_MEASURES = frozenset({"sanction", "tariff", "embargo", "restriction", "ban", "duty", "levy", "blockade",
                            "siege", "curb", "control"})


def verbal_target(roles: Roles, verb: Token, preps: frozenset[str], mi: MentionIndex) -> Roles:
    """``roles`` (from ``verbal_source``) with the target: in the active voice the lexicon's own
    prepositions, the object, a "from" phrase and the rest; then the target's actors."""
    if not roles.passive:
        # the lexicon's own prepositions name the target ("surrendered the town to X",
        # "cut ties with X"); then the direct object; then "from" ("captured the city from X")
        tgt = (prep_object(verb, preps, mi) or _complement_doer(verb, preps, mi)) if preps else None
        if tgt is None:
            tgt = object_of(verb, preps) or _charge_maker(verb)
            if (tgt is not None and tgt.dep_ == "dobj" and tgt.lemma_.lower() in STATE_MEASURES
                    and verb.lemma_.lower() not in load_cues().topic_verbs
                    and (on := prep_object(tgt, frozenset({"on", "against"}), mi)) is not None):
                tgt = on  # "would lift U.S. sanctions on Syria": on whom, not whose sanctions
            if tgt is not None and tgt.lemma_.lower() in SHARED_GOODS and tgt.dep_ == "dobj":
                # "share more intelligence with Vilnius and Riga": with whom, not the intelligence service
                tgt = prep_object(tgt, preps | {"with", "to"}, mi) if preps else None
            if tgt is not None and tgt.lower_ in RELATIVES:
                # "cartels, which it accuses Maduro of leading": the named object, not the relative
                tgt = next((c for c in verb.children if c.dep_ == "dobj" and c.i != tgt.i
                            and c.pos_ in ("NOUN", "PROPN")), tgt)
            if tgt is not None and tgt.lower_ in RELATIVES and verb.dep_ == "relcl":
                tgt = move_maker(verb.head) or tgt  # "..., a verdict that Western governments condemned"
            if tgt is not None and not mi.at(tgt) and is_censured_deed(verb, tgt):
                # "condemned the violence against protesters", "the killing of civilians": aimed at
                # the deed's doer ("Russia's invasion"), or at no one named here, not at its victims
                # ("condemned the attack on X by Y": the parser may hang "by Y" on the verb)
                tgt = (_agent(tgt) or prep_object(verb, {"by"}, mi) or _complement_doer(tgt, NOMINAL_TARGET_PREPS, mi)
                       or _stand_in(tgt, mi, agent=False)
                       or (tgt if _deed_agents(tgt, mi) or _child(tgt, ("poss",)) is not None else None))
            elif tgt is not None and (dest := _agents_destination(tgt, mi)) is not None:
                tgt = dest  # "cancelled a visit by a delegation to Washington": not the delegation
            elif tgt is not None and (post := _envoys_post(tgt, roles.source, mi)) is not None:
                tgt = post  # "recalled its ambassadors to Mali and Niger": the states they were posted to
            elif tgt is not None and not actors_of(tgt, mi) and verb.lemma_.lower() in load_cues().topic_verbs:
                tgt = None  # "discussed sanctions on Iran": a topic, not whom they consulted
            elif tgt is not None and not actors_of(tgt, mi):
                # "threatened further action against X": the object's own prepositional target
                # ("dismissed as baseless claims by Niger's rulers": the one who made them)
                tgt = ((prep_object(tgt, {"by", "from"}, mi) if tgt.lemma_.lower() in MADE_WORDS else None)
                       or prep_object(tgt, preps | NOMINAL_TARGET_PREPS, mi)
                       or prep_object(verb, {"from"}, mi) or _complement_doer(tgt, preps | NOMINAL_TARGET_PREPS, mi) or tgt)
        if preps and (tgt is None or not actors_of(tgt, mi)):
            # "shared intelligence on the suspect with France": the parser hung the lexicon's own
            # preposition on the noun of the phrase before it
            tgt = _prep_on_phrase_noun(verb, preps, mi) or tgt
        if tgt is None:
            # "dismissed as baseless claims by X": the parser took the fronted judgement for "as"
            # and the words for its object; whoever made them is the target
            tgt = next((who for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                        for w in c.children if w.dep_ == "pobj" and w.lemma_.lower() in MADE_WORDS
                        and (who := prep_object(w, {"by", "from"}, mi)) is not None), None)
        if tgt is None and roles.source:
            tgt = _shared_object(verb)  # "rammed and boarded a boat": the boat
        if tgt is None and roles.source:
            tgt = _met_addressee(verb)  # "met Trump and asked for missiles": asked Trump
        if tgt is None:
            # "found X guilty", "declared X dead": the one the adjective is said of
            tgt = next((_child(c, ("nsubj",)) for c in verb.children
                        if c.dep_ == "ccomp" and c.pos_ == "ADJ" and _child(c, ("nsubj",)) is not None), None)
        if tgt is None:
            # "summoned Jordan's ambassador to protest": the parser made the object the subject of the
            # infinitive after it; the one summoned (asked, urged) is the object all the same
            tgt = next((subj for c in verb.children
                        if c.dep_ == "ccomp" and c.i > verb.i and to_infinitive(c)
                        and (subj := _child(c, ("nsubj",))) is not None and subj.pos_ in ("NOUN", "PROPN")
                        and actors_of(subj, mi)), None)
        if tgt is not None and tgt.lower_ in RELATIVES and verb.dep_ == "relcl":
            tgt = verb.head  # "officials, whom he often criticizes": the antecedent
            tgt = move_maker(tgt) or tgt  # "..., a verdict that Western governments condemned": its maker
        if tgt is None and verb.dep_ == "relcl":
            tgt = move_maker(verb.head)  # "X designated the cartels, a move Mexico criticised": X
        own_subj = _child(verb, ("nsubj",))
        if (tgt is None and verb.dep_ == "relcl" and own_subj is not None and own_subj.lower_ not in RELATIVES
                and not any(c.lower_ in RELATIVE_ADVERBS for c in verb.children) and actors_of(verb.head, mi)):
            tgt = verb.head  # "three companies it accuses of supplying drones": the antecedent, object of the clause
        if tgt is not None and tgt.lemma_.lower() in HOLDING_NOUNS:
            owner = prep_object(tgt, {"of", "belonging"}, mi)
            if owner is not None:
                tgt = owner  # "froze the U.S. assets of three men": the men, not where the assets lie
        roles.target_tok = tgt
    roles.target = _deed_agents(roles.target_tok, mi) or actors_of(roles.target_tok, mi)
    if roles.target_tok is not None and _locative(roles.target_tok):
        roles.target = [_capital_as_place(a) for a in roles.target]
    launcher = _launcher(roles.target_tok, verb, mi) if roles.target_tok is not None and not any(
        a.country for a in roles.target) else None
    if launcher is not None:
        roles.target_tok, roles.target = launcher, actors_of(launcher, mi)
        roles.how.append(f"target: who launched the weapon, '{launcher.text}'")
    if not roles.target and roles.target_tok is not None:
        stand = _stand_in(roles.target_tok, mi, agent=False)
        if stand is not None:
            roles.target_tok, roles.target = stand, actors_of(stand, mi)
            roles.how.append(f"target through '{stand.text}'")
    return roles


# Nouns for words someone said or wrote, whose "by" or "from" names who said them.
MADE_WORDS = frozenset({"claim", "allegation", "accusation", "charge", "statement", "remark", "comment", "assertion",
                        "report", "threat", "demand", "criticism", "proposal", "offer", "ultimatum"})
POSTED_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "chargé", "attaché", "commissioner"})


def _envoys_post(tok: Token, source: list[Actor], mi: MentionIndex) -> Token | None:
    """The state an object naming the source's own envoys is posted to ("recalled its
    ambassadors to Mali", "its envoy in Paris"): acts on one's own envoys are aimed there."""
    if tok.dep_ != "dobj" or tok.lemma_.lower() not in POSTED_ENVOYS:
        return None
    own = {a.country for a in actors_of(tok, mi)}
    if own - {None} - {a.country for a in source}:
        return None  # "expelled the French ambassador": France's envoy is the target
    posts = {"to", "in", "at", "from"}
    return prep_object(tok, posts, mi) or next(  # ("recalling its ambassadors to Mali": "to" on the verb)
        (p for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ in posts and c.i > tok.i
         for p in c.children if p.dep_ == "pobj" and actors_of(p, mi)), None)


def _locative(tok: Token) -> bool:
    """``tok`` is the object of a preposition of place ("deployed officers in Nairobi")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "around", "throughout")


def _capital_as_place(a: Actor) -> Actor:
    """A capital named as where something happened stands for its country, not its government."""
    if not (a.rule or "").startswith("kb:capital") or not (a.code or "").endswith("GOV"):
        return a
    return replace(a, code=a.code[:-3], sector=None, kind="country", rule=f"{a.rule}; a capital as a place: its country")


# Verbs of meeting or speaking to someone: a request joined to them is made of that one.
ADDRESS_VERBS = frozenset({"meet", "visit", "call", "phone", "host", "receive", "tell", "speak", "talk", "write"})


def _met_addressee(verb: Token) -> Token | None:
    """"X met Y at the White House and asked for missiles": a request with no object of its own,
    joined to a verb of meeting or speaking to someone, is made of that one (its object, or its
    "with" / "to")."""
    if (verb.dep_ != "conj" or verb.lemma_.lower() not in load_cues().request_verbs
            or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children)
            or _child(verb, SUBJ) is not None or verb.head.lemma_.lower() not in ADDRESS_VERBS):
        return None
    head = verb.head
    return _child(head, ("dobj",)) or next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                                             for o in p.children if o.dep_ == "pobj"), None)


def _shared_object(verb: Token) -> Token | None:
    """The object a verb with none of its own shares with the verb joined after it ("rammed and
    boarded a boat", "rammed and fired water cannon at a boat": the boat)."""
    if any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "nsubjpass") for c in verb.children):
        return None
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == verb.tag_), None)
    if nxt is None or _child(nxt, SUBJ + PASS_SUBJ) is not None:
        return None
    at = next((o for p in nxt.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "against")
               for o in p.children if o.dep_ == "pobj"), None)
    obj = _child(nxt, ("dobj",))
    if at is None and obj is not None and obj.lemma_.lower() == "fire":
        # "stormed and set fire to the embassy": what was set on fire, not the fire
        return next((o for p in (*nxt.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "to"
                     for o in p.children if o.dep_ == "pobj"), None)
    return at or obj


# Nouns that rename the act of the clause they are set beside: "..., a move Mexico criticised".
MOVE_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act", "gesture", "verdict", "ruling",
                        "judgment", "judgement", "sentence"})


# Subordinators of a time clause: "postponed the vote hours before campaigning was due to start,
# a move ...": the move is the main clause's act, not the time clause's.
TIME_CLAUSE_MARKS = frozenset({"before", "after", "when", "while", "as", "until", "since", "once"})


def move_maker(noun: Token) -> Token | None:
    """Who made the move a noun set beside a clause renames: the clause's subject."""
    if noun.lemma_.lower() not in MOVE_NOUNS or noun.dep_ not in ("npadvmod", "appos") and not _second_object(noun):
        return None
    clause = noun.head
    # "convicted 14 activists, a verdict that ...", "detained him as part of an investigation, a
    # move ...": the parser hangs it on the last noun before it
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    while clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in clause.children):
        clause = clause.head
    subj, patient = clause_subject(clause)
    return None if patient else subj


def _second_object(noun: Token) -> bool:
    """The parser made a noun set off by a comma a second object of the verb ("dissolved parliament
    days before the vote, a move that ..." with "move" as an object of "dissolved")."""
    first = noun.left_edge
    return (noun.dep_ == "dobj" and first.i > 0 and noun.doc[first.i - 1].lower_ == ","
            and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children if c is not noun))


def _agents_destination(noun: Token, mi: MentionIndex) -> Token | None:
    """"cancelled a visit by a delegation to Washington": where the act's "by" agent was to go (the
    parser may hang "to Washington" on the agent) is whom the act concerns, not the agent."""
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            agent = _child(c, ("pobj",))
            if agent is not None and actors_of(agent, mi):
                return prep_object(noun, {"to"}, mi) or prep_object(agent, {"to"}, mi)
    return None


def _complement_doer(tok: Token, preps: frozenset[str] | set[str], mi: MentionIndex) -> Token | None:
    """"opened an inquiry into abuses committed by X", "protests against violations by X": the
    doer of the deed that a prepositional complement of ``tok`` names."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            deed = _child(c, ("pobj",))
            if deed is not None and deed.pos_ == "NOUN":
                doer = _agent(deed) or _stand_in(deed, mi, agent=False)
                if doer is not None and actors_of(doer, mi):
                    return doer
    return None


def _deed_agents(tok: Token | None, mi: MentionIndex) -> list[Actor]:
    """When the object is someone's deed ("condemned the Russian invasion of Ukraine", "criticized
    Israel's blockade of Gaza"), the one acted on is its doer, not its victim."""
    if tok is None or not _deed_noun(tok, load_cues()):
        return []
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound") and mi.at(c):
            return [m.actor for m in mi.at(c)][:1]
    return []


def _last_group_before(tok: Token, mi: MentionIndex) -> Actor | None:
    """The last group of people named shortly before ``tok`` ("superdelegates ... few of them")."""
    lo = tok.idx - GROUP_LOOKBACK_CHARS
    best = None
    for m in mi.mentions:
        if lo <= m.start and m.end <= tok.idx and m.actor.kind == "sector" and m.text[-1:].lower() == "s":
            if _destination(tok.doc, m):
                continue  # "marched to Congress, and some clashed": not the Congress
            best = m if best is None or m.start > best.start else best
    return best.actor if best is not None else None


def _counts_first_subject(quant: Token) -> bool:
    """"Thousands of drivers marched to Congress, and some clashed with police": the quantifier
    counts the subject of the clause its own is joined to, not the last group named."""
    verb = quant.head
    return verb.dep_ == "conj" and _child(verb.head, SUBJ) is not None


DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "outside", "at", "on"})


def _destination(doc, m: Mention) -> bool:
    """The mention names where someone went ("marched to Congress"), not a group of people."""
    span = span_at(doc, m.start, m.end)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in DESTINATION_PREPS


# Nouns for people: someone acting on them does not wield them.
PERSON_NOUNS = frozenset({"man", "woman", "person", "people", "boy", "girl", "child", "suspect", "attacker", "gunman",
                          "assailant", "driver", "teenager", "youth", "individual", "resident", "student", "soldier"})


def _wielder(tok: Token, mi: MentionIndex) -> Token | None:
    """"killed by police fire", "wounded in army shelling", "hit by a bullet fired by troops": the
    actor named on fire or a weapon (``wielded_nouns``), or as the agent of its participle, wields it."""
    if tok.lemma_.lower() not in load_cues().wielded_nouns:
        return None
    return next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nsubj") and c.i < tok.i
                 and actors_of(c, mi)), None) or next(  # "killed by a bullet fired by the police"
        (a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
         for a in [_agent(c)] if a is not None and actors_of(a, mi)), None)


# Passives of moving one's own forces: no harm that another's act in a clause of time caused.
NO_HARM_PASSIVES = frozenset({"scramble", "deploy", "send", "dispatch", "mobilize", "mobilise", "station", "move",
                              "put", "place", "raise"})


def _cause_clause_agent(verb: Token, mi: MentionIndex) -> Token | None:
    """"Two were killed (and five hurt) when / as the police fired on a mob": the doer of the
    violent act of a clause that says how a passive's harm came about (``cause_marks`` in
    data/events/agents.yaml; the act a lexicon ASSAULT trigger, "fire", "open fire", "attack").
    The clause may hang on the passive, on a passive joined to it, or on the one it is joined to."""
    marks = words("events/agents.yaml", "cause_marks")
    if verb.lemma_.lower() in NO_HARM_PASSIVES:
        return None  # "jets were scrambled after missiles struck Ukraine": no harm the strike caused
    if names_own_means(verb):
        return None  # "killed in stone-pelting when the police fired tear gas": the pelting's
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        heads.append(verb.head)
    for head in heads:
        for cl in head.children:
            if cl.dep_ != "advcl" or is_passive(cl) or even_as(cl):
                continue
            if not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < cl.i for c in cl.children):
                continue
            obj = _child(cl, ("dobj",))
            acts = [cl.lemma_.lower()] + ([f"{cl.lemma_.lower()} {obj.lemma_.lower()}"] if obj is not None else [])
            if not any((c := lexicon.by_trigger().get(a)) is not None and c.plover == "ASSAULT" for a in acts):
                continue
            subj = _child(cl, ("nsubj",))
            if subj is not None and actors_of(subj, mi):
                return subj
    return None


def _object_act_doer(obj: Token, mi: MentionIndex) -> Token | None:
    """The doer of a violent act named by a verb and its object ("the police opened fire at X in
    which two were killed": "fire" stands for the opening of fire, the police's)."""
    if obj.dep_ != "dobj":
        return None
    coding = lexicon.by_trigger().get(f"{obj.head.lemma_.lower()} {obj.lemma_.lower()}")
    if coding is None or coding.plover != "ASSAULT":
        return None
    subj, patient = clause_subject(obj.head)
    return subj if subj is not None and not patient and actors_of(subj, mi) else None


RELATIVE_REACH = 8  # tokens before "in which" where the act it stands for may be named


def _relative_antecedents(obj: Token, verb: Token) -> list[Token]:
    """The act a relative "in which" stands for ("the police firing in which four were killed"):
    the noun the clause hangs on, then, where the parser hung it elsewhere ("an inquiry into the
    police firing at the fair in which ..."), the nouns of violence just before it
    (``wielded_nouns``; for a gerund the parser hangs on "police", the police); any other object
    is itself."""
    if obj.lower_ != "which" or verb.dep_ != "relcl":
        return [obj]
    wielded = load_cues().wielded_nouns
    near = obj.doc[max(0, obj.i - RELATIVE_REACH) : obj.i]
    between = [t for t in near if t.i != verb.head.i and (t.lower_ in wielded or t.lemma_.lower() in wielded)]
    return [verb.head, *(t.head if t.dep_ == "acl" and t.head.i == t.i - 1 else t for t in between)]


def _fight_opponent(tok: Token, mi: MentionIndex) -> Token | None:
    """"killed in an encounter with the police", "died in a clash with troops": the other side of
    the armed meeting (``fight_nouns`` in data/events/agents.yaml) killed them."""
    written = "".join(t.text for t in tok.lefts if t.dep_ in ("compound", "punct") and t.i >= tok.i - 2) + tok.text
    if not {tok.lemma_.lower(), written.lower()} & words("events/agents.yaml", "fight_nouns"):
        return None
    # ("killed in a shoot-out with the police": the parser may hang "with" on the verb)
    return prep_object(tok, {"with"}, mi) or (prep_object(tok.head.head, {"with"}, mi) if tok.dep_ == "pobj" else None)


def _gerund_wielder(tok: Token, mi: MentionIndex) -> Token | None:
    """"killed in police firing", "died in army shelling" read by the parser as a noun that a
    gerund describes (police <- firing): the actor the violent gerund (``wielded_nouns``) is
    said of wields it."""
    wielded = load_cues().wielded_nouns
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (the gerund hung on the noun, or beside it on the verb: "killed in police firing while ...")
    if (nxt is not None and nxt.tag_ == "VBG" and (nxt.lower_ in wielded or nxt.lemma_.lower() in wielded)
            and (nxt.head.i == tok.i or (tok.dep_ == "pobj" and nxt.head.i == tok.head.head.i))
            and actors_of(tok, mi)):
        return tok
    return None


# Participles that describe people by the protest they hold ("striking workers", "marching students").
PROTESTING_PARTICIPLES = frozenset({"strike", "protest", "march", "demonstrate", "rally", "riot", "picket"})
# Verbs of saying again what one holds ("reiterated that X belonged in the bloc").
RESTATING_VERBS = frozenset({"reiterate", "repeat", "restate", "reaffirm", "stress", "insist", "emphasise", "emphasize"})
# Participles used as prepositions of time ("following talks with X"), no clause of their own.
PARTICIPLE_PREPS = frozenset({"following"})
# Means and people a state sends ("ships from Australia", "rescuers from Turkey"): their origin acts.
SENT_ASSETS = frozenset({"ship", "vessel", "aircraft", "plane", "helicopter", "team", "rescuer", "diver", "expert",
                         "investigator", "doctor", "firefighter", "boat", "warship", "jet"})


# Verbs by which someone is named or described ("identified by police as", "named by state media"):
# whoever names a person did nothing to them.
NAMING_VERBS = frozenset({"identify", "name", "describe", "call", "dub", "label", "list", "cite", "quote",
                          "nickname", "know", "refer"})


def _stand_in(tok: Token, mi: MentionIndex, agent: bool) -> Token | None:
    """The actor behind an argument that names none: the owner of a thing ("criticized his
    demeanour" -> him, "Russia's policy restricts ..." -> Russia), the name a description is in
    apposition to ("Chad Smith, a party member who backs X"), and for an agent, whoever wields
    an instrument ("soldiers impose a system that restricts ..." -> the soldiers)."""
    if tok.lemma_.lower() in load_cues().relational_nouns:
        return None  # "Iran's enemies attacked": not Iran
    if agent and tok.lemma_.lower() in CONFLICT_NOUNS:
        return None  # "Sudan's war has killed tens of thousands": every side's doing, not Sudan's
    poss = _child(tok, ("poss",))
    if poss is not None and actors_of(poss, mi):
        return poss
    if tok.dep_ == "appos" and actors_of(tok.head, mi):
        return tok.head
    if agent and tok.lemma_.lower() in SENT_ASSETS:
        # "ships and aircraft from Australia and Malaysia joined the search": the states they came from
        # (the "from" may hang on the last of the joined nouns)
        for t in (tok, *tok.conjuncts):
            origin = prep_object(t, {"from"}, mi)
            if origin is not None:
                return origin
    if not agent and not names_weapon(tok.text):  # "fired missiles supplied by X": X supplied, no target
        # "an investigation into crimes committed by Croat forces": those who committed them
        doers = (_agent(c) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and not _go_between(c, load_cues())  # not "carried by KCNA"
                 and c.lemma_.lower() not in NAMING_VERBS)  # not "the victim, identified by police as X"
        doer = next((d for d in doers if d is not None), None)
        if doer is not None and actors_of(doer, mi):
            return doer
        # "tariffs on imports of cars made in China", "duties on goods from Mexico": the maker's country
        if tok.lemma_.lower() in load_cues().trade_nouns:
            origin = prep_object(tok, {"from"}, mi)
            if origin is not None:
                return origin
            for t in tok.subtree:
                if t.dep_ == "acl" and t.lemma_.lower() in load_cues().making_verbs and t.i - tok.i <= 8:
                    origin = prep_object(t, {"in", "by"}, mi)
                    if origin is not None:
                        return origin
        # "sanctions on individuals involved in the North's weapons programme", "firms linked to
        # the Guard": those they are tied to
        for c in tok.children:
            if (c.dep_ == "acl" and c.lemma_.lower() in load_cues().tie_participles
                    and not any(d.dep_ == "dobj" for d in c.children)):  # not "a highway linking X to Y"
                tie = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "with")), None)
                obj = _child(tie, ("pobj",)) if tie is not None else None
                if obj is not None and actors_of(obj, mi):
                    return obj
                owner = _child(obj, ("poss",)) if obj is not None else None
                if owner is not None and actors_of(owner, mi):
                    return owner
    if tok.lemma_.lower() in PROPERTY_NOUNS:
        # "a camp for Congolese refugees was attacked", "set fire to the offices of X": theirs
        owner = prep_object(tok, {"for", "of", "belonging"}, mi)
        if owner is not None:
            return owner
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "a system of checkpoints that ...": the system
    wielder = _wielder(tok, mi) if agent else None
    if wielder is not None:
        return wielder
    if tok.lemma_.lower() in PERSON_NOUNS or _counted(tok).lemma_.lower() in PERSON_NOUNS:
        return None  # "police shot a man who stabbed three": the man is no instrument of theirs
    if (agent and tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() not in load_cues().permission_verbs  # "allowed trucks to enter": not theirs
            and tok.head.lemma_.lower() not in load_cues().undergo_verbs  # "we were facing vandals who looted": not ours
            and tok.head.lemma_.lower() not in load_cues().counter_verbs
            # ("rights groups documented drone strikes that killed civilians": they saw, not struck)
            and tok.head.lemma_.lower() not in PERCEPTION_VERBS
            and tok.head.lemma_.lower() not in load_cues().third_party_verbs
            and tok.head.lemma_.lower() not in WITNESS_REPORT_VERBS
            and not _judges(tok.head)  # "vetoed / welcomed a resolution that would demand ...": not theirs
            and not _acts_against(tok.head)):  # "pushed back tractors that had blocked roads": not theirs
        subj, patient = clause_subject(tok.head)
        if subj is not None and not patient and actors_of(subj, mi):
            return subj
    if agent and tok.dep_ == "pobj" and tok.pos_ == "NOUN":
        charged = _charged_for(tok)
        if charged is not None and actors_of(charged, mi):
            return charged
        # "X blew himself up as part of an operation that killed 129": the operation is X's
        gov, hops = tok.head, 0
        while gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("prep", "pobj") and hops < 4:
            if gov.dep_ == "prep" and gov.lower_ not in PART_OF_PREPS:
                return None  # "retaliate against an attack that killed ...": someone else's act
            gov, hops = gov.head, hops + 1
        if gov.pos_ == "VERB":
            subj, patient = clause_subject(gov)
            if subj is not None and not patient and actors_of(subj, mi):
                return subj
    return None


def _launcher(tok: Token, verb: Token, mi: MentionIndex) -> Token | None:
    """"destroyed 40 of 52 drones that Russia launched", "intercepted missiles fired by Iran": the
    object of ``verb``, a disabling verb (``disabling_verbs``) is a weapon whose launcher its relative clause
    or participle names; the launcher is the target."""
    weapon = tok
    while weapon.like_num or weapon.lower_ in QUANTITY_HEADS:
        of = next((c for c in weapon.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _child(of, ("pobj",)) if of is not None else None
        if obj is None:
            break
        weapon = obj
    obj = tok
    while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.i != obj.head.i:
        obj = obj.head.head  # "40 of the drones", "most of the missiles"
    if obj.dep_ not in ("dobj", "obj") or obj.head.i != verb.i or verb.lemma_.lower() not in load_cues().disabling_verbs:
        return None
    if not names_weapon(weapon.text):
        return None
    for c in weapon.children:
        if c.dep_ == "relcl":
            subj = _child(c, ("nsubj",))
            if subj is not None and subj.lower_ not in RELATIVES and actors_of(subj, mi):
                return subj
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = _agent(c)
            if agent is not None and actors_of(agent, mi):
                return agent
    return None


# What a verb does to its object when it judges it rather than wields it: opposes it (veto,
# reject, condemn, ban) or praises it (welcome, endorse: CAMEO 051; not "sign", whose signer
# makes the text its own).
OPPOSING_TYPES = frozenset({"REJECT", "ACCUSE", "PROTEST", "SANCTION"})
PRAISING_CAMEO = "051"


def _judges(verb: Token) -> bool:
    """The lexicon codes ``verb`` on its own as opposing or praising its object."""
    entries = lexicon.index().get(verb.lemma_.lower(), [])
    return any(len(seq) == 1 and (coding.plover in OPPOSING_TYPES or coding.cameo == PRAISING_CAMEO)
               for seq, coding in entries)


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _acts_against(verb: Token) -> bool:
    """``verb`` works against its object: a verb of countering ("repel", "thwart", "block") or a
    phrasal verb the lexicon codes as force ("push back")."""
    lemma = verb.lemma_.lower()
    if lemma in load_cues().counter_verbs:
        return True
    prt = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1), None)
    coded = lexicon.by_trigger().get(f"{lemma} {prt}") if prt else None
    return coded is not None and coded.plover in FORCE_TYPES


def _led_agent(noun: Token) -> Token | None:
    """``US-led air raids`` -> US; ``Saudi-led blockade`` -> Saudi."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("lead", "led"):
            for cc in c.children:
                if cc.dep_ in ("npadvmod", "compound", "amod", "nmod", "nsubj") and cc.pos_ in ("PROPN", "NOUN", "ADJ"):
                    return cc
            left = c.doc[c.i - 2] if c.i >= 2 and c.doc[c.i - 1].text == "-" else None
            if left is not None:
                return left
    return None


# Nouns of a bundle of measures ("a package / round of sanctions", "an aid package"): the bundle
# stands for its acts.
BUNDLE_NOUNS = frozenset({"package", "round", "set", "series", "raft", "slate", "batch", "wave", "list"})


def nominal_roles(noun: Token, preps: frozenset[str], mi: MentionIndex, cues: Cues,
                  trigger_heads: frozenset[int] = frozenset()) -> Roles:
    """Source and target of a nominal trigger: its own agent and complement, then the clause
    around it (``trigger_heads``: the sentence's other triggers, which are not light verbs). A
    trigger naming a bundle's kind ("a military aid package for X") has the bundle's roles."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in BUNDLE_NOUNS and noun.i < noun.head.i:
        noun = noun.head
    roles = Roles()
    _nominal_source(noun, mi, cues, roles)
    # Target: prepositional complement, else objective "of".
    allp = preps | cues.default_target_preps
    if not roles.target:
        roles.target_tok = _nominal_target(noun, allp)
        roles.target = actors_of(roles.target_tok, mi)
        if _inquiry_into_deed(roles.target_tok, cues):
            # "an investigation into the murder of X": aimed at whoever killed X, not at X
            doer = _agent(roles.target_tok)
            roles.target = _deed_agents(roles.target_tok, mi) or (actors_of(doer, mi) if doer is not None else [])
            roles.target_tok = doer
    if (not roles.target and noun.dep_ == "conj" and noun.head.pos_ == "NOUN"
            and not any(c.dep_ == "prep" for c in noun.children)):
        # "the removal and arrest of former President X": the joined nouns share their "of"
        shared = next((o for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
        if shared is not None and actors_of(shared, mi):
            roles.target_tok, roles.target = shared, actors_of(shared, mi)
            roles.how.append("the 'of' of the noun it is joined to")
    if not roles.target and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in IMPACT_VERBS:
        hit = _child(noun.head, ("dobj",))  # "a cyberattack disrupted the systems of X's parliament"
        if hit is not None:
            roles.target_tok, roles.target = hit, actors_of(hit, mi)
            roles.how.append(f"what '{noun.head.text}' hit")
    if not roles.target and roles.target_tok is not None:
        stand = _stand_in(roles.target_tok, mi, agent=False)
        if stand is not None:
            roles.target_tok, roles.target = stand, actors_of(stand, mi)
            roles.how.append(f"target through '{stand.text}'")
    # No own source: the clause around the noun supplies it (light verbs) or takes the target role.
    if not roles.source or not roles.target:
        _clause_roles(noun, allp, mi, cues, trigger_heads, roles)
    return roles


def _by_agent_of_object(noun: Token) -> Token | None:
    """The object of a "by" the parser hung on the noun's "of" object ("the seizure of [oil
    cargoes by the United States]"): the act's agent."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = _child(c, ("pobj",))
            for p in obj.children if obj is not None else ():
                if p.dep_ == "prep" and p.lower_ == "by":
                    return _child(p, ("pobj",))
    return None


def _nominal_source(noun: Token, mi: MentionIndex, cues: Cues, roles: Roles) -> None:
    """Source: possessive, -led, by-agent, then national adjectives / compounds. The possessor of
    an act done to someone ("Yoon's arrest", "the activist's release") with no "of" complement
    is its target."""
    poss = _child(noun, ("poss",))
    if (poss is not None and noun.lemma_.lower() in cues.patient_nouns and mi.at(poss)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)):
        roles.target_tok, roles.target = poss, actors_of(poss, mi)
        roles.how.append("nominal:possessor undergoes")
        poss = None
    src = poss or _led_agent(noun)
    if src is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in cues.agent_preps and c.lower_ == "by":
                src = _child(c, ("pobj",))
            elif c.dep_ == "acl" and c.tag_ == "VBN" and not _go_between(c, cues):
                src = _agent(c) or src  # not "the truce, brokered by X": a go-between
            elif (c.dep_ == "prep" and c.lower_ == "from" and noun.lemma_.lower() in cues.from_agent_nouns
                  and src is None):
                src = _child(c, ("pobj",))  # "drawing a protest from Beijing"
            elif (src is None and c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in CROWD_ACT_NOUNS
                  and (who := _child(c, ("pobj",))) is not None and actors_of(who, mi)):
                src = who  # "a march of several thousand students": the marchers
            elif src is None and _moving_force(noun, c, mi, cues) is not None:
                src = _moving_force(noun, c, mi, cues)  # "the withdrawal of Russian forces": the force moves
    if src is None:
        src = _by_agent_of_object(noun)  # "the seizure of oil cargoes by X": "by" hung on the "of" object
    if src is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTRIBUTING_VERBS:
        # "attributed the massacre to the 3R group", "blamed the attack on X": X did it
        src = next((o for p in noun.head.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                    for o in p.children if o.dep_ == "pobj" and mi.at(o)), None)
    if src is None:
        for c in noun.children:
            if c.dep_ in QUALIFIER_DEPS and mi.at(c):
                src = c
                break
    if (src is None and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in cues.declaring_nouns):
        # "his declaration of martial law", "Russia's imposition of a blockade": the declarer's act
        owner = _child(noun.head.head, ("poss",))
        if owner is not None and actors_of(owner, mi):
            src = owner
    if src is not None:
        roles.source_tok = src
        roles.source = actors_of(src, mi) if mi.at(src) or src.dep_ != "amod" else [m.actor for m in mi.at(src)]
        if src.dep_ in ("amod", "compound") and mi.at(src):
            roles.source = [m.actor for m in mi.at(src)][:1]
        roles.how.append("nominal:own-agent")


# Verbs that lay an act at someone's door ("attributed the attack to X"): X is the act's doer.
ATTRIBUTING_VERBS = frozenset({"attribute", "ascribe", "blame", "pin"})


def _go_between(verb: Token, cues: Cues) -> bool:
    """A participle of a go-between or a medium ("brokered by X", "carried by KCNA"; not "carried
    out by X", which names the doer)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    return lemma in cues.third_party_verbs or lemma in cues.medium_verbs


def _moving_force(noun: Token, prep: Token, mi: MentionIndex, cues: Cues) -> Token | None:
    """The force a movement noun's "of" names, when the noun is its clause's subject ("the
    withdrawal of Russian forces was completed"; in "X completed the withdrawal of its troops"
    the clause's subject moves them)."""
    if (prep.dep_ != "prep" or prep.lower_ != "of" or noun.lemma_.lower() not in cues.mover_nouns
            or noun.dep_ not in ("nsubj", "nsubjpass")):
        return None
    obj = _child(prep, ("pobj",))
    force = _counted(obj) if obj is not None else None
    return force if force is not None and actors_of(force, mi) else None


def partner_with(prep: Token) -> bool:
    """``prep`` is the "with" of "in solidarity with", "in coordination with" (``partner_nouns`` in
    cues.yaml): it names a partner, not a target, wherever the parser hung it."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    # ("ended its cooperation with France": the object of the act, its target, is no such phrase)
    return (prep.lower_ == "with" and before is not None and before.lemma_.lower() in load_cues().partner_nouns
            and before.dep_ not in ("dobj", "nsubjpass"))


def _addressee(noun: Token, prep: Token) -> bool:
    """The forum an act is lodged with ("a complaint with the Security Council", "an appeal to the
    court"), not its target (a complaint lodged with a state is aimed at it)."""
    cues = load_cues()
    if prep.lower_ not in ("with", "to") or noun.lemma_.lower() not in cues.addressed_nouns:
        return False
    body = _child(prep, ("pobj",))
    return body is not None and body.lemma_.lower() in cues.forum_nouns


def _deed_noun(tok: Token, cues: Cues) -> bool:
    """A noun for someone's deed: a lexicon trigger or a violence noun ("killing", "brutality")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in lexicon.index() or lemma in cues.violence_nouns)


def _inquiry_into_deed(tgt: Token | None, cues: Cues) -> bool:
    """``tgt`` is a deed reached through "into" ("an inquiry into the killing of X")."""
    return tgt is not None and tgt.dep_ == "pobj" and tgt.head.lower_ == "into" and _deed_noun(tgt, cues)


# Verbs by which fighting or talks happen ("clashes broke out between X and Y", "talks took place
# between X and Y"): the parser hangs the "between" on them rather than on the noun.
OCCURRENCE_VERBS = frozenset({"break", "erupt", "flare", "occur", "take", "rage", "resume", "continue", "intensify",
                              "escalate", "ensue", "start", "begin", "happen"})


def between_prep(noun: Token) -> Token | None:
    """The "between" of a noun ("fighting between X and Y"), also where the parser hung it on the
    verb the noun is the subject of ("clashes broke out between X and Y")."""
    own = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if own is not None or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in OCCURRENCE_VERBS:
        return own
    return next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"), None)


def _nominal_target(noun: Token, allp: frozenset[str]) -> Token | None:
    tgt = None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in allp and not partner_with(c) and not _addressee(noun, c):
            tgt = _child(c, ("pobj",))
            if tgt is not None:
                break
    if tgt is None and "between" in allp:
        among = between_prep(noun)
        tgt = _child(among, ("pobj",)) if among is not None else None
    if tgt is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                tgt = _child(c, ("pobj",))
    if tgt is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "strikes on X" parsed with the prep attached to the verb: look at sibling preps
        # (not "responded to the coup with sanctions": a "with" beside "to" names the means)
        gov = noun.head.head
        for c in gov.children:
            if (c.dep_ == "prep" and c.lower_ in allp and c != noun.head and not partner_with(c)
                    and not (c.lower_ == "with" and noun.head.lower_ == "to")):
                tgt = _child(c, ("pobj",))
                if tgt is not None:
                    break
    return tgt


def _undergo_roles(noun: Token, gov: Token, subj: Token | None, mi: MentionIndex, roles: Roles) -> None:
    """"X received a warning from Y", "X drew criticism from Y": X is the target; Y, reached by
    "from" or "by" on the noun or on the verb, is the source (not a target)."""
    tok = roles.target_tok
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and not roles.source:
        roles.source_tok, roles.source = tok, roles.target
        roles.target_tok, roles.target = None, []
    if not roles.target and subj is not None:
        roles.target_tok = subj
        roles.target = actors_of(subj, mi)
        roles.how.append("undergo-verb subject is target")
    if not roles.source:
        for c in gov.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                p = _child(c, ("pobj",))
                if p is not None and actors_of(p, mi):
                    roles.source_tok, roles.source = p, actors_of(p, mi)
                    roles.how.append(f"'{c.lower_}' of the undergo verb is the source")
                    break


def _partakes_in(noun: Token, gov: Token) -> bool:
    """``noun`` is reached from ``gov`` through "in", directly or as the "of" complement of the
    noun there ("engaged in a campaign of killings")."""
    p = noun.head if noun.dep_ == "pobj" else None
    if p is not None and p.lower_ == "of" and p.head.dep_ == "pobj":
        p = p.head.head
    if gov.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in gov.children):
        return False  # "took part in", not "was taken in a raid"
    return p is not None and p.lower_ == "in" and p.head.i == gov.i


def _amount_of(noun: Token, gov: Token) -> bool:
    """``noun`` says what ``gov``'s object, a sum of money, is: "provide 500 million euros in
    humanitarian aid", "pledged $50 million in aid" (the sum is the aid)."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return False
    amount = noun.head.head
    return (amount.dep_ == "dobj" and amount.head.i == gov.i
            and (amount.ent_type_ == "MONEY" or amount.like_num
                 or any(c.ent_type_ == "MONEY" or c.like_num for c in amount.children)))


def _object_of_object(noun: Token, gov: Token) -> bool:
    """``noun`` is the "of" complement of ``gov``'s direct object ("a wave of strikes")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj"
            and noun.head.head.head.i == gov.i)


# Verbs of perceiving an act: their subject neither does nor undergoes it ("we could hear the
# shelling", "residents witnessed the raid"); so too verbs of recording one ("the air force recorded
# strikes in two regions") and of calling up a past one ("marked the anniversary of the massacre").
# (Not verbs of telling or recalling: one who describes a meeting as useful often took part in it.)
PERCEPTION_VERBS = frozenset({"hear", "see", "watch", "witness", "notice", "observe", "film", "photograph",
                              "record", "register", "document", "log", "count", "tally",
                              "evoke", "resemble", "commemorate", "mark",
                              # ("fled to the forests, fearing further strikes": feared, not struck)
                              "fear", "dread", "anticipate", "await", "expect", "predict", "forecast"})


def _act_subject(verb: Token) -> bool:
    """The verb's subject names an act, not its doer ("the arrest of X triggered protests")."""
    subj = _child(verb, ("nsubj",))
    if subj is None or subj.pos_ != "NOUN":
        return False
    lemma, cues = subj.lemma_.lower(), load_cues()
    return (lemma in cues.act_nouns or lemma in cues.violence_nouns or lemma in CAUSE_NOUNS
            or lemma.endswith(ACT_NOUN_ENDINGS)
            or any(seq == (lemma,) for seq, _ in lexicon.index().get(lemma, [])))


# Nouns of what happened that set crowds off, and the endings of nouns made from verbs ("removal").
CAUSE_NOUNS = frozenset({"death", "rise", "hike", "increase", "ban", "verdict", "result", "killing", "news"})
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "val", "ure")


# Acts of crowds: a verb of causing ("triggered", "sparked") does not make its subject their doer.
CROWD_ACTS = frozenset({"protest", "demonstration", "rally", "march", "strike", "riot", "unrest", "uprising", "outcry",
                        "backlash", "boycott", "walkout", "sit-in", "revolt", "rebellion", "clash"})


# Verbs of giving: their passive subject receives the object ("was handed a note of protest").
GIVING_VERBS = frozenset({"hand", "give", "send", "serve", "deliver", "issue", "present", "grant", "offer", "award"})


def deed_talked_about(noun: Token, cues: Cues) -> bool:
    """The noun names a deed told before as the object of a verb of talking about it
    (``topic_verbs``: "decided to address the shooting", "discussed the attack"), definitely."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.topic_verbs
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children))


def _clause_roles(noun: Token, allp: frozenset[str], mi: MentionIndex, cues: Cues, trigger_heads: frozenset[int],
                  roles: Roles) -> None:
    """The clause around a nominal trigger: its subject does the event after a light verb, or
    undergoes it ("faced strikes", "under siege"); a light verb's dative or preposition is the target."""
    gov = noun.head
    if deed_talked_about(noun, cues):
        return  # "the president decided to address the shooting": not the president's deed
    hops = 0
    through_noun = False  # "executed them in connection with the protests": "with" hangs on a noun
    ready = False  # "is open to talks", "ready for negotiations": the subject's own act, to come
    while gov.dep_ == "prep" or (gov.pos_ not in ("VERB", "AUX") and gov.head != gov and hops < 2):
        # ("following talks with X": a participle used as a preposition is no clause of its own)
        if (gov.pos_ in ("VERB", "AUX") and not (gov.dep_ == "prep" and gov.lower_ in PARTICIPLE_PREPS)) \
                or gov.dep_ in CLAUSE_DEPS:
            break  # (an adjective's own clause, "she was horrified by the attack", is not the verb's above it)
        through_noun = through_noun or gov.pos_ in ("NOUN", "PROPN")
        if gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "amod", "oprd"):
            # "was concerned by the build-up": the noun is the cause of a feeling, not the subject's means
            ready = (not through_noun and gov.lemma_.lower() in READY_ADJ | OPEN_ADJ
                     and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for"))
            through_noun = True
        gov = gov.head
        hops += 1
    via = noun.head.lower_ if noun.dep_ == "pobj" and not through_noun else None
    # the clause's subject does the nominal event when the verb is a light verb ("launched
    # strikes"), the noun is reached "with"/"through" it, or the noun is the direct object of a
    # verb that is not itself an event ("speeded up the withdrawal"); not when the verb is an
    # event whose content the noun is ("backing any future attacks")
    glemma = gov.lemma_.lower()
    prt = next((c.lower_ for c in gov.children if c.dep_ == "prt"), None)
    if prt is not None and f"{glemma} {prt}" in cues.causing_verbs:
        glemma = f"{glemma} {prt}"  # "set off protests", "touched off riots": caused them
    # a light verb's subject does its object's act ("launched strikes", "launched a wave of
    # strikes"), not an act named deeper in an adverbial ("launched missiles in retaliation for
    # the killing of X": the killing is another's)
    light_reach = ((not through_noun and (noun.dep_ != "pobj" or noun.head.head.i == gov.i)
                    and via not in TIME_PREPS | OTHER_ACT_PREPS)  # "struck Gaza after rocket attacks": another's
                   or _object_of_object(noun, gov) or _amount_of(noun, gov))
    # ("seized power, triggering nationwide protests": crowds protest, not the one who caused it;
    # "the unions triggered a strike" called it)
    caused_crowd = (glemma in cues.causing_verbs and noun.lemma_.lower() in CROWD_ACTS
                    and ((gov.tag_ == "VBG" and gov.dep_ in ("advcl", "xcomp", "conj")) or _act_subject(gov)))
    light = (ready or (glemma in cues.light_verbs and light_reach and not caused_crowd) or via in INSTRUMENT_PREPS
             or (noun.dep_ == "dobj" and gov.i not in trigger_heads
                 and glemma not in cues.counter_verbs and glemma not in cues.report_verbs
                 and glemma not in cues.causing_verbs and glemma not in cues.prevention_verbs
                 and glemma not in cues.third_party_verbs and glemma not in PERCEPTION_VERBS
                 and glemma not in cues.medium_verbs  # ("citing threats made against officers": not theirs)
                 and (glemma not in cues.judge_verbs or noun.lemma_.lower() in MEETING_NOUNS))
             # (a meeting the subject is at, came from or left: not one it acts "before", still to come)
             or (via in (TIME_PREPS - {"before"}) | {"from"} and noun.lemma_.lower() in MEETING_NOUNS)
             # "the rebels are / have been in talks with the government": the subject talks
             or (glemma == "be" and via == "in" and noun.lemma_.lower() in MEETING_NOUNS))
    if gov.pos_ not in ("VERB", "AUX") or noun.dep_ in ("nsubj", "nsubjpass"):
        return
    subj, patient = clause_subject(gov)
    reported = gov
    while reported.dep_ == "conj" and reported.head != reported:
        reported = reported.head  # ("said the country must stay in the union and nobody planned an exit, ...")
    if (via in ("following", "after") and noun.lemma_.lower() in MEETING_NOUNS and reported.dep_ == "ccomp"
            and reported.head.lemma_.lower() in cues.report_verbs | RESTATING_VERBS):
        # "the premier said the deal was fair, following talks with her counterpart": the one who
        # spoke after the talks held them, not the subject of what was said
        subj, patient = clause_subject(reported.head)
        roles.how.append(f"the talks were held by the speaker of '{reported.head.lemma_}'")
    if glemma in PARTAKE_VERBS and gov.dep_ != "relcl" and _partakes_in(noun, gov):
        # (not "X, who was involved in the 2015 attack, ...": a description of X, told elsewhere)
        light, patient = True, False  # "were engaged in killings", "took part in the protests"
    if via in UNDERGO_PREPS:
        if not roles.target and subj is not None:
            roles.target_tok = subj
            roles.target = actors_of(subj, mi)
            roles.how.append(f"'{via} {noun.text}': subject is target")
    elif gov.lemma_.lower() in cues.undergo_verbs or (
            gov.lemma_.lower() == "have"
            and (prep_object(noun, {"from", "by"}, mi) or prep_object(gov, {"from"}, mi)) is not None):
        # "had endorsements from X": having is undergoing when the noun names who gave it
        _undergo_roles(noun, gov, subj, mi, roles)
    elif (subj is not None and patient and noun.dep_ == "dobj" and not roles.target and glemma in GIVING_VERBS
          and (_child(gov, PASS_SUBJ) or (gov.dep_ == "conj" and _child(gov.head, PASS_SUBJ))) is not None
          and actors_of(subj, mi)):
        # "the ambassador was handed a note of protest", "was served a summons": the subject of a
        # passive with an object left receives that object's act
        roles.target_tok = subj
        roles.target = actors_of(subj, mi)
        roles.how.append(f"passive '{gov.lemma_}' with an object: subject is target")
    elif subj is not None and not patient and not roles.source and light:
        roles.source_tok = subj
        roles.source = actors_of(subj, mi)
        roles.how.append(f"subject of '{gov.lemma_}'")
    if not roles.target and light and gov.lemma_.lower() not in cues.undergo_verbs:
        dative = _child(gov, ("dative",))
        if dative is not None and dative.pos_ == "ADP":
            dative = _child(dative, ("pobj",))  # "handed a protest note to X's envoy": "to" parsed as dative
        if dative is None and glemma in GIVING_VERBS and noun.dep_ == "dobj":
            # "handed the Russian chargé d'affaires a protest note": the parser made both objects
            # direct; the first, before the act's noun, is whom it was given
            dative = next((c for c in gov.children if c.dep_ == "dobj" and c.i < noun.i), None)
        if dative is not None and actors_of(dative, mi):
            roles.target_tok = dative  # "gave Tanzania a grant"
            roles.target = actors_of(dative, mi)
        for c in gov.children:
            if roles.target:
                break
            if c.dep_ == "prep" and c.lower_ in allp:
                p = _child(c, ("pobj",))
                if p is not None and _addressee(noun, c):
                    # "filed a complaint with the Security Council (against X)": whom it is lodged
                    # with is no target; an "against" the parser hung on that body names it
                    p = next((g for q in p.children if q.dep_ == "prep" and q.lower_ == "against"
                              for g in q.children if g.dep_ == "pobj"), None)
                if p is not None and p != noun:
                    roles.target_tok = p
                    roles.target = actors_of(p, mi)
                    break
