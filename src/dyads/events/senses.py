"""Word senses of triggers: the same word is a labour strike or an air strike, a street protest
or a diplomatic one, an attack or an attack helicopter.

``data/events/senses.yaml`` lists general English cues (dependants, the governing word, a small
window, a clausal complement) that move a match from its default row of ``triggers.csv`` to
another row of the same trigger, or drop it. ``choose(match, lexicon_index)`` is called by the
lexicon matcher for every match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from dyads.data import read_yaml
from dyads.docmemo import doc_ents, doc_lemmas
from dyads.errors import DyadsError
from dyads.events.sentences import sentence_of
from dyads.grammar import relative_naming, trailing_predicate

CONDITIONS = ("children", "deps", "pobj", "head", "as_dep", "window", "before", "clause", "unless_window", "pos",
              "complement", "objectless", "intransitive", "question", "infinitive", "agentless", "indicative",
              "one_predicate", "reach", "local")


@dataclass(frozen=True)
class SenseRule:
    trigger: str
    use: str | None  # CAMEO code of the row to use; None = not an event
    pos: str | None = None
    children: frozenset[str] = frozenset()
    deps: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()
    head: frozenset[str] = frozenset()
    as_dep: frozenset[str] = frozenset()
    window: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    clause: bool = False
    unless_window: frozenset[str] = frozenset()
    complement: bool = False  # the object has a predicate: "called the arrest politically motivated"
    objectless: bool = False  # no object, direct or through a preposition: "police stood by"
    intransitive: bool = False  # no direct object (prepositions allowed): "families sheltering in the city"
    question: bool = False  # an indirect question: "asked him how many minds he had changed"
    infinitive: bool | None = None  # a to-infinitive complement ("sought to ban the party"); false: none
    agentless: bool = False  # a passive with no "by" agent: "the men were armed"
    indicative: bool = False  # a clause that states a fact: "insisted it was innocent", not "insisted he resign"
    one_predicate: bool = False  # at most one predicate complement ("called a general strike", not "called the X strike one of ...")
    reach: int | None = None  # this rule's own window size, where the file's is too short
    local: bool = False  # the sense holds for this match only, never carried to the story's others


@lru_cache(maxsize=1)
def load() -> tuple[int, dict[str, list[SenseRule]]]:
    data = read_yaml("events/senses.yaml")
    rules: dict[str, list[SenseRule]] = {}
    for i, raw in enumerate(data.get("rules", []), 1):
        unknown = set(raw) - set(CONDITIONS) - {"trigger", "use"}
        if unknown or "trigger" not in raw or "use" not in raw:
            raise DyadsError(f"senses.yaml: rule {i}: needs trigger and use; unknown keys {sorted(unknown)}")
        for key in ("children", "deps", "pobj", "head", "as_dep", "window", "before", "unless_window"):
            if any(isinstance(w, bool) for w in raw.get(key, ())):
                # YAML reads a bare on/off/yes/no as true/false: "on" must be quoted
                raise DyadsError(f"senses.yaml: rule {i}: {key} has a true/false value; quote words such as "
                                 f"\"on\", \"off\", \"yes\", \"no\"")
        use = str(raw["use"])
        triggers = raw["trigger"] if isinstance(raw["trigger"], list) else [raw["trigger"]]
        for trigger in triggers:  # a list: the same rule for each of several triggers
            rule = SenseRule(
                trigger=str(trigger), use=None if use == "none" else use, pos=raw.get("pos"),
                clause=bool(raw.get("clause", False)), complement=bool(raw.get("complement", False)),
                objectless=bool(raw.get("objectless", False)), question=bool(raw.get("question", False)),
                intransitive=bool(raw.get("intransitive", False)),
                infinitive=None if raw.get("infinitive") is None else bool(raw["infinitive"]),
                agentless=bool(raw.get("agentless", False)), indicative=bool(raw.get("indicative", False)),
                one_predicate=bool(raw.get("one_predicate", False)),
                reach=None if raw.get("reach") is None else int(raw["reach"]),
                local=bool(raw.get("local", False)),
                **{k: frozenset(str(w) for w in raw.get(k, ())) for k in
                   ("children", "deps", "pobj", "head", "as_dep", "window", "before", "unless_window")},
            )
            rules.setdefault(rule.trigger, []).append(rule)
    return int(data.get("window", 6)), rules


def _dependants(tok: Token, deps: frozenset[str]) -> list[Token]:
    out = [c for c in tok.children if not deps or c.dep_ in deps]
    if not deps or "nsubj" in deps:
        # "Wildfires raging around the city have killed ...": the parser may make the participle
        # phrase a clausal subject; the noun it describes is the subject
        out += [s for c in tok.children if c.dep_ == "csubj" and c.tag_ == "VBG" for s in c.children
                if s.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and any(c.lower_ in ("that", "which") and c.dep_ in ("dobj", "nsubjpass") for c in out):
        out.append(tok.head)  # "the aid package that Congress has blocked": the package is the object
    if tok.pos_ == "VERB" and (not deps or deps & {"nsubj", "nsubjpass"}):
        # the subject of the clause a controlled, joined or participle verb belongs to ("the storm
        # swept across the sea and hit the coast, destroying roads")
        cur, hops = tok, 0
        while hops < 3:
            if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur is not tok:
                out.append(cur.head)  # "the storm, named X, swept across ...": the noun is the subject
                break
            if not (cur.dep_ in ("xcomp", "conj") or (cur.dep_ == "advcl" and cur.tag_ == "VBG")):
                break
            controlled = cur.dep_ == "xcomp"
            cur, hops = cur.head, hops + 1
            # "led transport workers to strike": the object of the verb controls its infinitive
            obj = [c for c in cur.children if c.dep_ == "dobj"] if controlled else []
            subj = obj or [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                out += subj
                break
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and (not deps or "nsubj" in deps):
        out.append(tok.head)  # "in the wake of Cyclone Nalu ..., killing 23": what the participle is said of
    # "the cyclone, which tore through the coast and killed ...": the noun the relative pronoun stands for
    out += [c.head.head for c in list(out) if c.lower_ in ("which", "that", "who") and c.dep_ in ("nsubj", "nsubjpass")
            and c.head.dep_ == "relcl"]
    # "Americans detained in Iran arrived ...", "freed hostages arrived": how the subject is described
    out += [d for c in list(out) if c.dep_ in ("nsubj", "nsubjpass") for d in c.children
            if d.dep_ in ("acl", "amod") and d.tag_ == "VBN"]
    # "hundreds of workers", "a group of teachers": the words the quantity counts
    for c in list(out):
        out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "Cyclone Nidra killed ...", "Hurricane Maria": the common noun a proper name is built on
    out += [d for c in list(out) if c.pos_ == "PROPN" for d in c.children
            if d.dep_ == "compound" and d.pos_ == "PROPN" and d.i == c.left_edge.i]
    return out


def _prep_objects(tok: Token, trigger: str = "") -> list[Token]:
    """Objects of the trigger's prepositions, its particle's and its own object word's included
    ("spoke to reporters"; "declared war on drugs" for the trigger "declare war")."""
    own = set(trigger.split()[1:])
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in own)]
    preps = [c for h in heads for c in h.children
             if c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP")]  # ("sent tanks to X")
    preps += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
    preps += [g for c in list(preps) for g in c.children if g.dep_ == "prep"]  # "walked out of the room"
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # ("into the sea hours before ...": the parser may make the object a compound of the next noun)
    return objs + [c for o in objs for c in o.children if c.dep_ == "compound" and c.i == o.i - 1]


def _near(tok: Token, window: int, names: bool = True) -> set[str]:
    """Lemmas within ``window`` tokens of ``tok`` in its sentence; without ``names``, outside
    proper names (the European Union is no trade union). Kept per document and token (every
    sense rule of a trigger asks): callers read the set, none may change it."""
    memo = tok.doc.user_data.setdefault("dyads_sense_near", {})
    key = (tok.i, window, names)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _near_lemmas(tok, window, names)
    return got


def _near_lemmas(tok: Token, window: int, names: bool) -> set[str]:
    sent = sentence_of(tok)
    out: set[str] = set()
    for t in tok.doc[max(sent.start, tok.i - window): min(sent.end, tok.i + window + 1)]:
        if t.pos_ == "PROPN" and not names and _in_long_name(t) and t.lower_ not in TELLING_NAME_WORDS:
            continue
        out.add(t.lemma_.lower())
        if t.pos_ == "PROPN":  # a capitalised common noun the tagger took for a name ("Floods caused ...")
            out.update((t.lower_, t.lower_.removesuffix("s")))
    return out


# Words that say what a named body does wherever they stand ("the India Meteorological Department"
# is a weather service, whatever else its name says).
TELLING_NAME_WORDS = frozenset({"meteorological", "meteorology", "weather", "seismological", "hydrometeorological",
                                # ("the National Assembly ousted the government": a legislature's vote)
                                "assembly", "parliament", "congress", "senate"})


def _in_long_name(t: Token) -> bool:
    """The token is part of a named entity of two or more words ("the European Union")."""
    if not t.ent_type_:
        return False
    key = "dyads_long_name_tokens"
    inside = t.doc.user_data.get(key)
    if inside is None:
        inside = t.doc.user_data[key] = frozenset(i for e in doc_ents(t.doc) if len(e) > 1 for i in range(e.start, e.end))
    return t.i in inside


def _holds(rule: SenseRule, tok: Token, window: int) -> bool:
    if rule.pos and not (tok.pos_ == rule.pos or (rule.pos == "VERB" and tok.tag_.startswith("VB"))):
        return False
    if rule.children:
        deps = _dependants(tok, rule.deps)
        lem = {c.lemma_.lower() for c in deps}
        # a capitalised common noun the tagger took for a name ("Wildfires ...", "Floods ...")
        lem |= {c.lower_.removesuffix("s") for c in deps if c.pos_ == "PROPN"}
        if "@person" in rule.children:  # a person's name ("X was handed over to ...")
            lem |= {"@person" for c in deps if c.ent_type_ == "PERSON"}
        if "@state" in rule.children:  # a country or a capital by name ("Pyongyang protested ...")
            lem |= {"@state" for c in deps if c.ent_type_ == "GPE"}
        if not (lem and ("*" in rule.children or lem & rule.children)):
            return False
    if rule.pobj:
        objs = _prep_objects(tok, rule.trigger)
        found = {o.lemma_.lower() for o in objs}
        if "@person" in rule.pobj:  # ("spoke to Volha Karpovich"; "to the party's leader, Hassan X")
            found |= {"@person" for o in objs if o.ent_type_ == "PERSON"
                      or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in o.children)}
        if not found & rule.pobj:
            return False
    # a noun joined to another takes its place in the clause ("facing challenges and threats",
    # "incompatible with his status and a threat to ...")
    first = tok
    while first.dep_ == "conj" and first.pos_ == "NOUN" and first.head.pos_ == "NOUN" and first.head != first:
        first = first.head
    if rule.head and tok.head.lemma_.lower() not in rule.head and first.head.lemma_.lower() not in rule.head:
        return False
    if rule.as_dep and tok.dep_ not in rule.as_dep and first.dep_ not in rule.as_dep:
        return False
    sent = sentence_of(tok)
    window = rule.reach or window
    near = _near(tok, window)
    if rule.window and not _near(tok, window, names=False) & rule.window:
        return False
    if rule.unless_window and near & rule.unless_window:
        return False
    if rule.before:
        prev = {t.lemma_.lower() for t in tok.doc[max(sent.start, tok.i - 2): tok.i]}
        if not prev & rule.before:
            return False
    if rule.complement and not (_object_complement(tok) or _judged_object(tok)):
        return False
    if rule.objectless and (any(c.dep_ in ("dobj", "dative") for c in tok.children) or _prep_objects(tok)):
        return False
    if rule.intransitive and any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    if rule.one_predicate and sum(c.dep_ == "oprd" for c in tok.children) > 1:
        return False
    if rule.agentless and not (any(c.dep_ == "auxpass" for c in tok.children)
                               and not any(c.dep_ == "agent" for c in tok.children)):
        return False
    if rule.question and not _indirect_question(tok):
        return False
    if rule.indicative and not _states_a_fact(tok):
        return False
    if rule.infinitive is not None and rule.infinitive != _infinitive(tok):
        return False
    return not (rule.clause and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children))


# Modals of what should be done: a clause with one is a demand ("insisted that troops should leave").
DEONTIC_MODALS = frozenset({"should", "must", "shall", "ought"})


def _states_a_fact(tok: Token) -> bool:
    """The verb's clausal complement is in the indicative ("insisted it was innocent", "insisted
    that it had not crossed"), not a bare subjunctive or a modal of duty ("insisted he resign")."""
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        aux = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in DEONTIC_MODALS for a in aux):
            return False
        # (a plural present, "that the troops withdraw", reads like the subjunctive: only "be" and
        # "have" say it is a fact)
        return c.tag_ in ("VBD", "VBZ") or c.lemma_ in ("be", "have") or bool(aux)
    return False


QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "whom", "which"})


def _indirect_question(tok: Token) -> bool:
    """The verb's clause is an indirect question ("asked whether she would run", "asked him how
    many ..."): its first word, or its subordinating mark, is a question word."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp", "advcl") or c.i < tok.i:
            continue
        if c.left_edge.lower_ in QUESTION_WORDS or any(g.dep_ == "mark" and g.lower_ in QUESTION_WORDS
                                                        for g in c.children):
            return True
    # the parser may hang the question on the one asked ("asked him how many ..." as a relative clause)
    return any(c.dep_ in ("dobj", "dative") and any(g.dep_ == "relcl" and g.left_edge.lower_ in ASKING_WORDS
                                                    for g in c.children) for c in tok.children)


ASKING_WORDS = frozenset({"how", "whether", "why", "what"})  # not "who", "which": relative pronouns too


def _object_complement(tok: Token) -> bool:
    """"called the arrest politically motivated", "called it a provocation": the object has a
    predicate of its own (the verb names or judges, it does not ask)."""
    if any(c.dep_ == "oprd" for c in tok.children) or relative_naming(tok) is not None:
        return True  # ("a move his party called a coup": the object is the noun the clause is on)
    return any(c.dep_ == "dobj" and trailing_predicate(c) is not None for c in tok.children)


def _judged_object(tok: Token) -> bool:
    """A noun trigger that is itself the object a verb gives a predicate to ("called the strike
    unacceptable", "called the X strike one of the deadliest", parsed with two predicates)."""
    if tok.dep_ == "dobj":
        return _object_complement(tok.head)
    return tok.dep_ == "oprd" and any(c.dep_ == "oprd" and c.i > tok.i for c in tok.head.children)


def _infinitive(tok: Token) -> bool:
    """The trigger has a to-infinitive complement ("sought to ban the party")."""
    return any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _discourse(doc, rules: dict[str, list[SenseRule]], window: int) -> dict[str, SenseRule]:
    """Trigger -> the one sense rule (with a CAMEO code) that held somewhere in the document."""
    key = "dyads_discourse_senses"
    if key in doc.user_data:
        return doc.user_data[key]
    seen: dict[str, set[str]] = {}
    first: dict[str, SenseRule] = {}
    for i, lemma in enumerate(doc_lemmas(doc)):
        if lemma not in rules:
            continue
        tok = doc[i]
        for rule in rules[lemma]:
            if _holds(rule, tok, window):
                # (a sense marked local, "struck a deal", holds for its match only: another "struck"
                # in the story, an air strike on positions, is no deal)
                if rule.use is not None and not rule.local:
                    seen.setdefault(lemma, set()).add(rule.use)
                    first.setdefault(lemma, rule)
                break
    out = {t: first[t] for t, uses in seen.items() if len(uses) == 1}
    doc.user_data[key] = out
    return out


def choose(trigger: str, tok: Token) -> tuple[bool, str | None]:
    """(a rule applied, CAMEO code of the sense to use or None for no event)."""
    window, rules = load()
    for rule in rules.get(trigger, ()):
        if _holds(rule, tok, window):
            return True, rule.use
    if trigger in rules and " " not in trigger:
        rule = _discourse(tok.doc, rules, window).get(trigger)
        if rule is not None and not (rule.pos and tok.pos_ != rule.pos):
            near = _near(tok, window)
            blockers = set().union(*(r.unless_window for r in rules[trigger] if r.use == rule.use))
            # (a sense whose rule forbids an infinitive is not carried to a match that has one:
            # "ordered troops to the border" does not make "ordered him to leave" a deployment)
            if not near & blockers and not (rule.infinitive is False and _infinitive(tok)):
                return True, rule.use
    return False, None
