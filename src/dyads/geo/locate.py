"""Event location: the place where an event happened, read off the dependency parse.

Among the places of the trigger's sentence, in order of preference:
1. the trigger's object when it is a place: "retake Mosul", "liberated the village of X";
2. a place under a locative preposition attached to the trigger or to one of its arguments:
   "fighting in Mosul", "air strikes on Raqqa", "killed by a bomb in X", "shot and killed
   near X"; the most specific one wins: "in the village of X in the countryside of Y" -> X,
   "in Baghdad's district of X" -> X, "in X, 80 km west of Y" -> X;
3. a locative place elsewhere in the trigger's clause, then in its sentence;
4. any other place of the sentence that is not an actor-like modifier;
5. none: a place that only names an actor ("a US soldier was killed", "Syria's army") is
   not where the event happened.

Then two rules over the whole document (``locate`` runs all three steps): a place inside a
longer actor mention ("US firepower") is not the event's place, and an event with no place
takes the place that undergoes it ("Raqqa has been facing air strikes").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from dyads.data import words
from dyads.docmemo import doc_lemmas, doc_text, span_at
from dyads.grammar import (
    NOUN_MODIFIER_DEPS,
    QUALIFIER_DEPS,
    names_a_border,
    names_a_state_left,
    names_no_scene,
    reported_apart,
)
from dyads.model import Event, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOCATIVE_PREPS = words("geo/words.yaml", "locative_preps")
# Locative words that take their place after "of" ("outside of Basra"). ("20 km north of Kabul"
# only measures from Kabul: the event's place is named before it, when at all.)
DIRECTION_WORDS = words("geo/words.yaml", "direction_words")
# Nouns that name a kind of place: "the village of X" is X itself.
PLACE_NOUNS = words("geo/words.yaml", "place_nouns")
# Nouns whose "of X" names their owner, not where they are ("the embassies of France").
OWNER_NOUNS = words("geo/words.yaml", "owner_nouns")
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}
# Dependencies through which an argument of the trigger carries the trigger's location
# ("killed by a bomb in X": bomb -agent/pobj-> killed).
ARG_DEPS = {
    "dobj",
    "nsubjpass",
    "pobj",
    "prep",
    "agent",
    "conj",
    "xcomp",
    "acl",
    "appos",
    "npadvmod",
    "advcl",
    "dative",
    "nsubj",
}
MAX_ARG_HOPS = 3
# Tuning constants (geo/event_location dev, tuning part = index % 4 != 3, accuracy): the
# fallbacks after the trigger's own arguments, each measured on top of the previous one.
# Among equally ranked places the first named wins ("in X, 80 km west of Y" -> X): 0.754 -> 0.760
# on the tuning part, against the nearest to the trigger (``locate_one``).
# The fallbacks of ``_rank``: a locative place in the trigger's clause, 0.716 -> 0.727 (tuning
# part, 183 records); elsewhere in the sentence, ranked last, -> 0.749; else any place that is
# not an actor-like modifier, -> 0.754.
ACTOR_DEPS = {"nsubj", "poss", "compound", "amod", "npadvmod", "nmod", "agent", "dobj"}


def _place_root(doc: Doc, place: Place) -> Token | None:
    sp = span_at(doc, place.start, place.end)
    return sp.root if sp is not None and len(sp) else None


# Words that take a part of a place: "much of Liberia", "the edge of Kabul".
PART_WORDS = {"much", "most", "part", "parts", "some", "all", "rest", "half", "swathes", "areas"}


def _named_unit(tok: Token) -> bool:
    """A kind of place named by a word before it ("Doda district", "Yala province"): after "of"
    ("the Ghat area of Doda district") it is the larger unit that holds the place, not its name."""
    return tok.lemma_.lower() in PLACE_NOUNS and any(c.dep_ == "compound" for c in tok.children)


def _climb(tok: Token) -> tuple[Token, int, bool]:
    """From a place token up to the noun phrase it names or modifies, with a specificity
    depth: "the village of X" is X (depth 0), "the streets of X" (depth 1, still where),
    "X's army" / "a X soldier" modify (depth 1, and ``modifier`` True: whose, not where)."""
    depth = 0
    modifier = False
    cur = tok
    for _ in range(6):
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            break
        if dep in ("appos", "conj", "flat"):
            cur = head
            continue
        if (
            dep == "pobj"
            and head.lower_ in ("of", "to")
            and head.dep_ == "prep"
            and (head.head.pos_ in ("NOUN", "PROPN") or head.head.lower_ in PART_WORDS)
        ):
            noun = head.head
            if head.lower_ == "to" and noun.pos_ != "NOUN":
                break
            depth += 0 if noun.lemma_.lower() in PLACE_NOUNS and not _named_unit(cur) else 1
            modifier = modifier or (head.lower_ == "of" and noun.lemma_.lower() in OWNER_NOUNS)  # "embassies of France"
            cur = noun
            continue
        if dep in NOUN_MODIFIER_DEPS and head.pos_ in (
            "NOUN",
            "PROPN",
        ):
            place_head = head.lemma_.lower() in PLACE_NOUNS
            # "the X province" names the province (depth 0); "Y's province" only locates it, and
            # so does "the Baghdad neighbourhood of Z" (Z names it)
            named_by_of = any(
                c.dep_ == "prep" and c.lower_ == "of" and not any(_named_unit(o) for o in c.children)
                for c in head.children
            )
            depth += 0 if (place_head and dep == "compound" and not named_by_of) else 1
            modifier = modifier or not place_head
            cur = head
            continue
        break
    return cur, depth, modifier


def _hops_to(tok: Token, trigger: Token) -> int | None:
    """How many argument links lead from ``tok`` up to the trigger (None: not its argument)."""
    cur = tok
    for hops in range(MAX_ARG_HOPS + 1):
        if cur.i == trigger.i:
            return hops
        if cur.dep_ not in ARG_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _trigger_family(trigger: Token) -> list[Token]:
    """The trigger and the verbs it is coordinated with ("shot and killed")."""
    fam = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        fam.append(trigger.head)  # "carried out air strikes on X": the support verb's phrase
    if trigger.dep_ == "conj" and _coordinated(trigger.head, trigger):
        fam.append(trigger.head)
    fam.extend(c for c in trigger.children if c.dep_ == "conj" and _coordinated(trigger, c))
    return fam


def _coordinated(head: Token, conj: Token) -> bool:
    """A coordinator joins the two verbs ("shot and killed", "stabbed, shot and killed"); the
    parser also makes a second clause with none a conjunct ("struck X, the ministry said, hours
    after an attack near Y killed five"): that one has a place of its own."""
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False  # "X blockaded the road, and Armenia accuses Baku ...": a clause of its own
    return head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "cc" for c in (*head.children, *conj.children))


def _clause_head(tok: Token) -> Token:
    cur = tok
    while cur.dep_ not in ("ccomp", "advcl", "relcl", "xcomp", "ROOT") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _inside_noun_clause(tok: Token) -> bool:
    """Whether ``tok`` sits in a clause that describes a noun ("companies accused of supplying
    drones for use in X"): its place is the noun's story, not the event's."""
    cur = tok
    for _ in range(12):
        if cur.dep_ in ("acl", "relcl"):
            return True
        if cur.dep_ in ("ccomp", "advcl", "xcomp", "ROOT") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Nouns of something said whose content clause ("the claim that X did Y in Z") tells its own story.
CLAIM_NOUNS = frozenset({"assertion", "claim", "allegation", "accusation", "charge", "report", "suggestion",
                         "statement", "rumour", "rumor", "notion", "idea", "narrative", "account"})


def _claim_content(tok: Token, fam: list[Token]) -> bool:
    """``tok`` is in the content clause of a claim the trigger acts on ("rejects the assertions
    that X's forces violated the airspace in Z"): Z is where the claimed act was, not where it
    was rejected."""
    cur = tok
    for _ in range(12):
        if cur in fam or cur.head.i == cur.i:
            return False
        if (cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN" and cur.head not in fam
                and cur.head.lemma_.lower() in CLAIM_NOUNS):
            return True
        cur = cur.head
    return False


def _reported_content(tok: Token, trigger: Token) -> bool:
    """``tok`` is in the clausal complement of the trigger ("warned that China was arming Russia
    for its war in Ukraine"): the place of what was said, not of the saying."""
    return any(c.dep_ == "ccomp" and tok in c.subtree for c in trigger.children)


def _speakers_place(prep: Token, trigger: Token) -> bool:
    """The place is where the subject of a verb of saying or thinking is (or lives, or speaks
    from), and the trigger is in what that verb reports ("analysts in Nairobi said the assault
    showed ...", '"They have banned the press," said X, a party leader in exile in Paris'): the
    speakers' place."""
    cur = prep.head
    for _ in range(8):
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return any(c.dep_ == "ccomp" and trigger in c.subtree for c in cur.head.children)
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "advcl", "xcomp", "ROOT"):
            return False
        cur = cur.head
    return False


def _other_subjects_clause(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits in a subordinate clause with a subject of its own that the trigger is
    not in ("clashed on Sunday, hours before both sides agreed to talks in South Africa")."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" for c in cur.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return trigger not in cur.subtree
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _distant_time_clause(trigger: Token, prep: Token) -> bool:
    """The trigger sits in a clause of its own set apart in time ("struck hideouts in X, two days
    after militants killed seven soldiers"): a place of the main clause is not its place (one
    told just after, "suspended aid in X after its vehicles were hit", may be)."""
    cur = trigger
    for _ in range(12):
        if cur.dep_ == "advcl":
            marks = [c for c in cur.children if c.dep_ == "mark"]
            apart = any(c.dep_ == "npadvmod" for m in marks for c in m.children) or any(
                c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in cur.children)
            return apart and prep not in cur.subtree
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


POST_TITLES = words("geo/words.yaml", "post_titles")


def _under_post_title(prep: Token) -> bool:
    """``prep`` qualifies what a post's "of" names ("the head of the security forces in X", "the
    commander of operations in X in Y"): the post's seat, not the event's place. ("the commander in
    X", the place on the title itself, may be where the post-holder was.)"""
    cur = prep.head
    through_of = False
    for _ in range(8):
        if cur.pos_ not in ("NOUN", "PROPN"):
            return False
        if through_of and cur.lemma_.lower() in POST_TITLES:
            return True
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            through_of = through_of or cur.head.lower_ == "of"
            cur = cur.head.head
        elif cur.dep_ == "compound":
            cur = cur.head
        else:
            return False
    return False


def _after_locative_particle(phrase: Token, fam: list[Token]) -> bool:
    """The parser sometimes reads a locative preposition as the verb's particle and its place as a
    bare modifier of the verb ("was captured off/prt X/npadvmod"): the place is still under it."""
    edge = phrase.left_edge.i
    if edge == 0 or phrase.head not in fam or phrase.dep_ not in ("npadvmod", "dobj", "advmod"):
        return False
    prev = phrase.doc[edge - 1]
    return prev.dep_ in ("prt", "advmod") and prev.lower_ in LOCATIVE_PREPS and prev.head.i == phrase.head.i


# Verbs of where a participant lives or comes from ("troops which have their bases in X", "a man
# who lives in X"): a relative clause with one tells the participant's home, not the event's place.
HOME_VERBS = words("geo/words.yaml", "home_verbs")


def _on_argument_relative(prep: Token, fam: list[Token]) -> bool:
    """``prep`` is on the progressive verb of a relative clause on one of the trigger's arguments
    ("detonated near troops who were operating in X", "shot in the car in which he was sitting in
    X"): where that participant was at the time. A habit ("firms that sell arms for use in X") or a
    home ("militiamen who live in X") tells the participant's story, not the event's place."""
    verb = prep.head
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() not in HOME_VERBS
        and any(_hops_to(verb.head, t) is not None for t in fam)
    )


# Verbs that say an act happened ("the clashes that broke out in X", "violence which erupted in X").
OCCURRENCE_VERBS = frozenset({"erupt", "happen", "occur", "unfold", "flare", "rage", "break", "take"})


def _where_it_happened(prep: Token, fam: list[Token]) -> bool:
    """``prep`` is on a relative clause of the trigger noun that says where it happened ("the
    communal clashes that broke out in Nagda", "the attack, which took place in X")."""
    verb = prep.head
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    noun = verb.head  # (or the act noun that is the trigger's subject: "the attack, which took place in X, killed five")
    return any(noun.i == t.i or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == t.i) for t in fam)


# Nouns of talk and policy: "on"/"over" after them gives the topic, not the place ("his words on
# Russia", "talks over Ukraine", "a vote on Syria"); "strikes on X" stays a place.
TOPIC_NOUNS = words("geo/words.yaml", "topic_nouns")


def _rank(root: Token, trigger: Token) -> tuple[int, int, int] | None:
    phrase, depth, modifier = _climb(root)
    fam = _trigger_family(trigger)
    if phrase.dep_ in OBJECT_DEPS and phrase.head in fam:
        # the place (or part of it) is the object: "retake Mosul", "patrolled the streets of
        # X"; a place that only modifies the object names who was hit ("a US soldier")
        return None if modifier else (0, depth, 0)
    if _after_locative_particle(phrase, fam):
        return (1, depth, 0)
    if phrase.dep_ == "pobj" and phrase.head.dep_ in ("prep", "dative", "prt"):
        prep = phrase.head
        if prep.lower_ == "of" and prep.head.lower_ in DIRECTION_WORDS:
            prep = prep.head  # "outside of X", "20 km north of X": where, measured from X
        elif prep.lower_ not in LOCATIVE_PREPS:
            return None
        if prep.lower_ in ("on", "over") and prep.head.lemma_.lower() in TOPIC_NOUNS:
            return None
        if _under_post_title(prep):
            return None
        if _claim_content(prep, fam):
            return None
        for t in fam:
            hops = _hops_to(prep.head, t)
            if hops is not None:
                return (1, depth, hops)
        if _clause_head(prep).i == _clause_head(trigger).i:  # the trigger's clause
            return (2, depth, 0)
        if _on_argument_relative(prep, fam):
            return (2, depth, 1)
        if _where_it_happened(prep, fam):
            return (1, depth, 1)
        if (_inside_noun_clause(prep) or _other_subjects_clause(prep, trigger) or _reported_content(prep, trigger)
                or _distant_time_clause(trigger, prep) or _speakers_place(prep, trigger)):
            return None
        return (3, depth, 0)  # elsewhere in the sentence
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "agent":
        return None  # "backed by Israel": the actor
    if phrase.dep_ not in ACTOR_DEPS and not _reported_content(root, trigger):  # any other place
        return (4, depth, 0)
    return None


# A definite place description stands for a place named before: "retake the northern city"
# (Mosul, named in the sentence before). Its head noun tells which kind of entry to look for.
DESCRIPTOR_FEATURES = {
    "city": "P.",
    "town": "P.",
    "village": "P.",
    "capital": "P.",
    "port": "P.",
    "province": "A.ADM",
    "governorate": "A.ADM",
    "state": "A.ADM",
    "region": "A.ADM",
    "country": "A.PCL",
}
DESCRIPTOR_LOOKBACK_CHARS = 1500


def _descriptor_place(
    trigger: Token, places: Sequence[Place], doc: Doc
) -> tuple[tuple[int, int, int], Place] | None:
    """The antecedent of "the (northern) city" when that description is the trigger's object
    or locative complement: the latest place of the right kind named before it."""
    fam = _trigger_family(trigger)
    sent, lemmas = trigger.sent, doc_lemmas(doc)
    for i in range(sent.start, sent.end):
        prefix = DESCRIPTOR_FEATURES.get(lemmas[i])
        if prefix is None:
            continue
        tok = doc[i]
        if not any(c.lower_ in ("the", "this") for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the city of X" names X itself
        if prefix == "A.PCL" and tok.dep_ == "pobj" and tok.head.lower_ in NATIONWIDE_PREPS:
            continue  # "detained across the country": the whole of the story's own country, no country named before
        if tok.dep_ in OBJECT_DEPS and tok.head in fam:
            rank = (0, 0, 0)
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ in LOCATIVE_PREPS
            and any(_hops_to(tok.head.head, t) is not None for t in fam)
        ):
            rank = (1, 0, 0)
        else:
            continue
        before = [
            p
            for p in places
            if p.end <= tok.idx
            and tok.idx - p.start <= DESCRIPTOR_LOOKBACK_CHARS
            and p.geonameid is not None
            and (p.feature or "").startswith(prefix)
            # ("a highway linking Nairobi to Uganda ... across the country": not where a road goes)
            and not _no_scene(doc, p)
            # ("talks in the city of Kunming ... villages near the town": a city named as one is not "the town")
            and _described_alike(_called(doc, p), lemmas[i])
            and not _speaks(doc, p)  # ("Beijing said ..." names a government, not a town)
        ]
        if before:
            return rank, max(before, key=lambda p: p.start)
    return None


NATIONWIDE_PREPS = frozenset({"across", "throughout", "around", "over"})  # "across the country"


def _speaks(doc: Doc, p: Place) -> bool:
    """A city's name is a subject or an agent ("Beijing said", "proposed by Beijing"): a
    government, not a town to point back to ("Isfahan's prison" is a place; so is "Estonia")."""
    span = span_at(doc, p.start, p.end)
    return (span is not None and len(span) > 0 and (p.feature or "").startswith("P.")
            and (span.root.dep_ in ("nsubj", "nsubjpass") or (
                span.root.dep_ == "pobj" and span.root.head.dep_ == "agent")))  # ("a ceasefire proposed by Beijing")


def _described_alike(called: str | None, descriptor: str) -> bool:
    """A place named with ``called`` ("the city of X") may be pointed back to as ``descriptor``."""
    return called in (None, descriptor) or {called, descriptor} == {"city", "capital"}


def _called(doc: Doc, p: Place) -> str | None:
    """The descriptor noun a place was named with ("the city of Kunming": city), if any."""
    span = span_at(doc, p.start, p.end)
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DESCRIPTOR_FEATURES:
        return root.head.head.lemma_.lower()
    return None


def _no_scene(doc: Doc, p: Place) -> bool:
    span = span_at(doc, p.start, p.end)
    return span is not None and len(span) > 0 and names_no_scene(span.root)


def _coarseness(p: Place) -> int:
    """Ties go to the most specific place: a town (or an unknown, usually small, place) before
    a district, a province, a country."""
    f = p.feature or ""
    if f.startswith("A.PCL") or f == "L.CONT":
        return 3
    if f == "A.ADM1":
        return 2
    if f.startswith("A."):
        return 1
    return 0


# Nouns of acts a state carries out abroad: a country modifying them is the actor.
AGENT_ACT_NOUNS = frozenset({"airstrike", "strike", "raid", "attack", "bombing", "offensive", "operation", "shelling",
                             "invasion", "incursion", "drone", "missile", "bombardment", "blockade", "sanction"})


def _country_modifier(root: Token, p: Place) -> bool:
    """A country that modifies an act noun names who, not where ("killed in a U.S. airstrike"; a
    "Hong Kong hotel" is where)."""
    return ((p.feature or "").startswith("A.PCL") and root.dep_ in QUALIFIER_DEPS
            and root.head.lemma_.lower() in AGENT_ACT_NOUNS)


# Sites where the wounded are taken and the dead counted ("died at the X hospital"): the event's
# place only as the trigger's own object or locative ("stormed the X hospital").
AFTERMATH_SITES = words("geo/words.yaml", "aftermath_sites")


def _aftermath_site(p: Place, rank: tuple[int, int, int]) -> bool:
    words_ = p.text.lower().split()
    return rank[0] > 1 and bool(words_) and words_[-1] in AFTERMATH_SITES


def locate_one(event: Event, places: Sequence[Place], doc: Doc) -> Place | None:
    start, end = event.evidence
    tspan = span_at(doc, start, end)
    if tspan is None or not len(tspan):
        return None
    trigger = tspan.root
    sent = trigger.sent
    best: tuple[tuple[int, int, int, int, int], Place] | None = None
    for p in places:
        if p.start < sent.start_char or p.end > sent.end_char:
            continue
        root = _place_root(doc, p)
        if root is None or names_a_state_left(root) or names_a_border(root):
            continue  # ("since independence from Portugal": history; "on the Belarus border": which border)
        r = _rank(root, trigger)
        if r is None or _country_modifier(root, p) or _aftermath_site(p, r) or reported_apart(root, trigger):
            continue
        key = (*r, _coarseness(p), p.start)  # ties: the first named
        if best is None or key < best[0]:
            best = (key, p)
    described = _descriptor_place(trigger, places, doc)
    if described is not None and (best is None or described[0] < best[0][:3]):
        return described[1]
    return best[1] if best else None


def locate_by_parse(events: list[Event], places: list[Place], doc: Doc) -> list[Event]:
    """Set ``event.place`` on each event from the parse alone (None when its sentence names no
    place for it). The kit's event-location records (``geo.records``) are scored on this step."""
    for ev in events:
        ev.place = locate_one(ev, places, doc)
    return events


def drop_actor_modifier_places(events: list[Event], mentions: Sequence[Mention], doc: Doc | None = None) -> list[Event]:
    """A toponym inside a longer actor phrase ("US firepower", "Syria's army", "urged the US")
    names who acted, not where: it is not the event's place; "across the Gaza Strip", under a
    locative preposition, is the place itself."""
    spans = [(m.start, m.end, m.text[:4].lower() == "the ", m) for m in mentions]
    for ev in events:
        p = ev.place
        if p is None:
            continue
        if any(s <= p.start and p.end <= e and (e - s) > (p.end - p.start)
               and not (article and s + 4 == p.start and _locative(doc, p))
               and not _names_the_place(m, p) for s, e, article, m in spans):
            ev.place = None
            ev.rule += f"; '{p.text}' names an actor, not the place"
        elif (ev.plover in SAID_TYPES and _is_party(p, mentions) and not _visited(doc, p)
              and (not _locative(doc, p) or _measure_on(doc, p))):
            ev.place = None  # "urged Caracas to respect the ruling": Caracas is asked, not where
            ev.rule += f"; '{p.text}' names a party to the statement, not the place"
        elif ev.plover in SAID_TYPES and _seat_of_a_party(doc, p, mentions):
            ev.place = None  # "warned the Taliban government in Kabul": where the warned sit, not where it was said
            ev.rule += f"; '{p.text}' says where a party to the statement is, not where it was made"
    return events


# Events done by saying, signing or deciding: a place name that is an actor in an argument position of
# the sentence ("urged Caracas", "Moscow rejected") names a government, not where it was said.
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE", "COOPERATE", "CONCEDE",
                        "SANCTION"})


VISIT_VERBS = frozenset({"visit", "tour", "reach", "arrive", "travel", "enter", "host"})


def _visited(doc: Doc | None, p: Place) -> bool:
    """"visited Athens": the place is where the visitor went, an actor only by the way."""
    root = _place_root(doc, p) if doc is not None else None
    return root is not None and root.head.lemma_.lower() in VISIT_VERBS


MEASURE_NOUNS = frozenset({"sanction", "embargo", "tariff", "duty", "levy", "ban", "restriction", "boycott", "penalty"})


def _measure_on(doc: Doc | None, p: Place) -> bool:
    """"sanctions on North Korea", "an embargo against Cuba": whom a measure falls on, not where."""
    root = _place_root(doc, p) if doc is not None else None
    return (root is not None and root.dep_ == "pobj" and root.head.lower_ in ("on", "against")
            and root.head.head.lemma_.lower() in MEASURE_NOUNS)


def _seat_of_a_party(doc: Doc | None, p: Place, mentions: Sequence[Mention]) -> bool:
    """The place only says where an actor named just before it is ("the Taliban government in
    Kabul", "their backers in Iran"): "in" on a noun that an actor mention covers."""
    root = _place_root(doc, p) if doc is not None else None
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    return noun.pos_ in ("NOUN", "PROPN") and any(m.start <= noun.idx < m.end and m.actor.code for m in mentions)


def _is_party(p: Place, mentions: Sequence[Mention]) -> bool:
    """The place name is, as a whole, an actor mention (not a modifier inside a longer one)."""
    return any(m.start == p.start and m.end == p.end and m.actor.code for m in mentions)


@lru_cache(maxsize=1)
def undergo_verbs() -> frozenset[str]:
    """Verbs whose subject undergoes the event named by their object ("X faced air strikes"):
    the ``undergo_verbs`` list of ``data/events/cues.yaml``. The events stage reads the same
    list for its argument rules; geo reads it as data so that it imports no events code."""
    return words("events/cues.yaml", "undergo_verbs")


def places_of_undergo_subjects(events: list[Event], doc: Doc, places: Sequence[Place]) -> list[Event]:
    """"Raqqa has been facing air strikes": the place that is the subject of an undergo verb
    (cues.yaml ``undergo_verbs``) whose object is the event is where the event happened."""
    undergo = undergo_verbs()
    for ev in events:
        if ev.place is not None:
            continue
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None:
            continue
        head = trig.root
        verb = head.head
        if head.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in undergo:
            continue
        for p in places:
            span = span_at(doc, p.start, p.end)
            if span is not None and span.root.dep_ == "nsubj" and span.root.head.i == verb.i:
                ev.place = p
                ev.rule += f"; place: '{p.text}' undergoes it"
                break
    return events


def _names_the_place(m: Mention, p: Place) -> bool:
    """"Borno state", "the Idlib province": the mention is the place and a word for its kind."""
    rest = (m.text[: p.start - m.start] + " " + m.text[p.end - m.start:]).lower().split()
    if any(w in COMPASS_WORDS for w in rest) and all(w in COMPASS_WORDS or w == "the" for w in rest):
        return True  # "northeastern Jordan", "the south of Lebanon": a part of the place
    return any(w in PLACE_NOUNS for w in rest) and all(w in PLACE_NOUNS or w == "the" for w in rest)


# Words for a part of a place by its direction ("northeastern Jordan", "central Mali").
COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                           "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                           "south-western", "central", "northeast", "northwest", "southeast", "southwest"})


def _locative(doc: Doc | None, p: Place) -> bool:
    root = _place_root(doc, p) if doc is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def locate(events: list[Event], places: list[Place], doc: Doc,
           mentions: Sequence[Mention] = ()) -> list[Event]:
    """Where each event happened (``event.place``, None when its sentence names no place for it):
    the place the parse gives, unless it only names an actor (``mentions``: the resolved actor
    mentions), else the place that undergoes the event."""
    events = locate_by_parse(events, places, doc)
    events = drop_actor_modifier_places(events, mentions, doc)
    return places_with_units(places_of_undergo_subjects(events, doc, places), places, doc)


_UNITS_AFTER = re.compile(r"\s\([^(),]+(?:,[^(),]+){1,2}\)")


def places_with_units(events: list[Event], places: Sequence[Place], doc: Doc) -> list[Event]:
    """An event its sentence gives no place takes the one place of that sentence written with its
    administrative units ("shelled Khan Shaykhun (Maarrat an Numan, Idleb)", "regained control of
    X (district, region)"): event notes name the event's place so, whatever its syntactic slot."""
    text = doc_text(doc)
    for ev in events:
        if ev.place is not None:
            continue
        tspan = span_at(doc, ev.evidence[0], ev.evidence[1])
        if tspan is None or not len(tspan):
            continue
        sent = tspan.root.sent
        cands = [p for p in places if sent.start_char <= p.start and p.end <= sent.end_char
                 and p.lat is not None and _UNITS_AFTER.match(text, p.end)]
        if len(cands) == 1:
            ev.place = cands[0]
            ev.rule += f"; '{cands[0].text}', written with its units, is the sentence's place"
    return events
