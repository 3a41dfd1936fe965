"""Places as targets, and countries for sector-only actors, from the sentence's places.

- "Serbia lifted a curfew in Montenegro" has Montenegro (the country of the place) as its target
  when the sentence names no target actor. Event-data convention (PETRARCH, ICEWS, PLOVER gold):
  an action done *to* or *in* a place with no other target is directed at that place's country.
  Only places that are syntactic arguments of the trigger count (its object, or a prepositional
  phrase on it); a place elsewhere in the sentence does not.
- Measures a government takes in its own country ("imposed a curfew in Cizre") target its
  population (country + CVL); protests with no named target are directed at the authorities of
  the country where they happen (country + GOV).
- An actor named only by its sector ("the rebels", "the prime minister", an unknown "President X") takes the country of the
  sentence when every country the sentence names (actors and places) is the same one.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from dyads.data import words
from dyads.docmemo import doc_heads, doc_strings, doc_text, span_at
from dyads.events.arguments import partner_with
from dyads.events.cues import load_cues
from dyads.events.make import AMONG_RULE, every_party_a_source
from dyads.events.ontology import (
    AUTHORITY_ACTS,
    DENIAL,
    STATE_SECTORS,
    legal_act,
    meeting,
    other_sides_states,
    weapon_actor,
)
from dyads.events.sentences import sentence_of
from dyads.grammar import (
    NOUN_MODIFIER_DEPS,
    QUALIFIER_DEPS,
    border_with,
    names_a_base,
    names_a_destination,
    reported_apart,
)
from dyads.grammar import names_a_border as grammar_names_a_border
from dyads.model import Actor, Event, Mention, Place
from dyads.sectors import OTHER_SIDE_ROLES

# Links allowed on the path from the place up to the trigger (no clause boundary crossed).
ARG_PATH = {"pobj", "prep", "dobj", "obj", "compound", "appos", "conj", "nmod", "npadvmod", "nsubjpass", "attr", "xcomp"}
MAX_STEPS = 5
# Measures whose target, in the actor's own country, is the population there.
OWN_COUNTRY_POPULATION = {"COERCE", "SANCTION", "CONCEDE", "AID"}


# Direct modifiers of a nominal trigger name its agent ("US bombs", "Syrian shelling"), not its target.
AGENT_MODIFIERS = NOUN_MODIFIER_DEPS


def _stranded_prep(verb: Token) -> bool:
    """``verb`` has a preposition with no object ("ties with and ...": the object comes later)."""
    return any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for t in [verb, *verb.children] for c in t.children)


# Prepositions of time: a place under them names another moment's act, no argument of the trigger.
TIME_PREPS = frozenset({"since", "after", "before", "until", "till", "following", "ahead"})


def _is_argument(place_root: Token, trigger: Token) -> bool:
    doc = place_root.doc
    if any(partner_with(doc[k]) for k in range(max(0, place_root.i - 5), place_root.i)):
        return False  # "in solidarity with the Palestinians in Gaza": the partner's place
    tok = place_root
    for _ in range(MAX_STEPS):
        if tok.dep_ == "prep" and tok.lower_ in TIME_PREPS:
            return False  # "reinforced its flank since Russia's invasion of Ukraine": a time, not an argument
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not _stranded_prep(trigger):
            # "kidnapped a sibling and lured him to Syria": the other verb's place (but "established
            # ties with and opened an embassy in Tehran" shares it)
            return False
        if tok.head == trigger:
            if tok.dep_ == "dobj" and tok is not place_root and trigger.lemma_.lower() in load_cues().topic_verbs:
                return False  # "discussed attacks on US bases": a place in the topic
            if tok.lower_ == "from" and trigger.lemma_.lower() in LAUNCH_VERBS:
                return False  # "launched from near Pyongyang": where the shot left
            return tok.dep_ in ARG_PATH and tok.dep_ not in AGENT_MODIFIERS
        if tok.dep_ not in ARG_PATH or tok.head == tok:
            return False
        tok = tok.head
    return False


LOCATIVE_PREPS = words("geo/words.yaml", "target_preps")
LAUNCH_VERBS = words("geo/words.yaml", "launch_verbs")


def locative(doc: Doc, p: Place | Mention) -> bool:
    """The place or mention names where something happens ("in Kenya", "at a meeting in
    Jakarta"), not who acts."""
    span = span_at(doc, p.start, p.end)
    if span is None or len(span) == 0 or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in PLACE_KIND_NOUNS:
        prep = prep.head.head  # "in the town of Handlova", "at the port of Aden"
    return prep.lower_ in LOCATIVE_PREPS


# Nouns a place is named after with "of" ("the town of X" is X): geo.locate's list.
PLACE_KIND_NOUNS = words("geo/words.yaml", "place_nouns")


# Words naming seas, straits and rivers: acts there ("attacked ships in the Red Sea") are not
# aimed at a country that shares the name or the coast.
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "river", "lake", "canal"})


def water(p: Place) -> bool:
    """The place is a sea, strait, river or lake (by gazetteer class or name)."""
    return (p.feature or "").startswith("H.") or any(w in WATER_WORDS for w in p.text.lower().split())


def _sector_code(code: str | None, sector: str) -> str | None:
    return f"{code}{sector}" if code else None


# What several parties do together: a place "in" which they do it is where, not a party.
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})


# Measures a state takes on its own ground (a curfew, a state of emergency): along its border with X
# they fall on its own side ("closed its border with X", "sent troops to it" are aimed at X).
HOME_MEASURES = ("1723", "1724")


def _neighbour_of_own_border(doc: Doc, p: Place) -> bool:
    """The place is the country across the actor's own border ("along its border with X",
    "their frontier with X"): where the act is done is the near side."""
    span = span_at(doc, p.start, p.end)
    border = border_with(span.root) if span is not None and len(span) else None
    return border is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in border.children)


def _only_across_own_border(ev: Event, doc: Doc, places: list[Place] | None) -> bool:
    """Every target country of ``ev`` is named in its sentence only as the country across the
    actor's own border."""
    trig = span_at(doc, ev.evidence[0], ev.evidence[1])
    if trig is None or not places:
        return False
    sent = sentence_of(trig.root)
    across: set[str] = set()
    named: set[str] = set()
    for p in places:
        if p.country and sent.start_char <= p.start < sent.end_char:
            (across if _neighbour_of_own_border(doc, p) else named).add(p.country)
    targets = {a.country for a in ev.target}
    return bool(across) and None not in targets and targets <= across and not targets & named


def _several_parties(ev: Event) -> bool:
    """The source names two parties or more: two countries, or two sides of one ("the army and
    the rebels signed a truce in Jeddah")."""
    return len({a.country for a in ev.source if a.country}) >= 2 or len({a.text for a in ev.source}) >= 2


GATHERING_NOUNS = frozenset({"meeting", "summit", "conference", "session", "talk", "gathering", "forum", "ceremony"})


def _gathering_place(doc: Doc, p: Place) -> bool:
    """The place is where a meeting was held ("at a meeting in Brussels", "a summit in Doha")."""
    span = span_at(doc, p.start, p.end)
    if span is None or not len(span):
        return False
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in GATHERING_NOUNS)


def _left_out(root) -> bool:
    """The place is named as left out of the act: its preposition is negated ("but not for China",
    "not in Kyiv")."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and any(c.dep_ == "neg" for c in (*prep.children, *prep.head.children)
                                    if c.i == prep.i - 1)


def targets_from_places(events: list[Event], doc: Doc, country_code, places: list[Place] | None = None) -> list[Event]:
    """Give each event without a target the country of a place that is its argument.

    ``country_code(iso3) -> str | None`` turns an ISO3 country into the actor code (CAMEO scheme).
    ``places``: the places found in the document (defaults to each event's own place).
    """
    for ev in events:
        if ev.target and all(not a.country and weapon_actor(a) for a in ev.target):
            ev.target = []  # "fired four shells at targets in X": the weapons fired are not the target
        if ev.target and (ev.cameo or "").startswith(HOME_MEASURES) and _only_across_own_border(ev, doc, places):
            ev.target = []  # "declared an emergency along its border with X": X is not whom it restricts
            ev.rule += "; the country across its own border is no target"
        posts = bool(ev.target) and all(a.rule == POST_RULE and not a.country for a in ev.target)
        if (ev.target and not posts) or ev.cameo == DENIAL:
            continue  # a denial is aimed at the accuser, not at a place in the denied act
        if every_party_a_source(ev):
            continue  # talks among parties, two-sided fighting: every party a source, none a target
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None:
            continue
        sent = sentence_of(trig.root)
        doers = {a.text for a in ev.source}  # ("sanctions from Washington": the capital is the doer, not a place)
        cands = [p for p in (places if places is not None else [ev.place] if ev.place else [])
                 if p is not None and p.country and sent.start_char <= p.start < sent.end_char and not water(p)
                 and p.text not in doers]
        against = _opposed_in_slogans(trig.root, cands, doc) if ev.plover == "PROTEST" else None
        best = against
        if best is None:
            for p in sorted(cands, key=lambda p: abs(p.start - ev.evidence[0])):
                span = span_at(doc, p.start, p.end)
                if (span is not None and _is_argument(span.root, trig.root) and not _retreat_to(ev, span.root)
                        and not _left_out(span.root)  # ("for most partners, but not for China")
                        # ("a stabbing on the Belarus border": which border; troops sent to a border
                        # with X are aimed at X)
                        and not (names_a_border(span) and ev.plover != "MOBILIZE")):
                    best = p
                    break
        if best is None:
            _protesters_authorities(ev, country_code)
            continue
        if posts:
            # "struck militant hideouts in Afghanistan's Paktika province": the militants of that place
            ev.target = [Actor(text=a.text, name=a.name, code=_sector_code(country_code(best.country), a.sector),
                               country=best.country, sector=a.sector, kind=a.kind, rule=f"{POST_RULE}; place's country")
                         for a in ev.target]
            continue
        if _patient_named(trig.root, doc, best) and locative(doc, best):
            continue  # "the arrest in the United States of X": where, the one it was done to named apart
        if (ev.cameo or "").startswith(HOME_MEASURES) and _neighbour_of_own_border(doc, best):
            continue  # "declared an emergency along its border with Ecuador": on its own side of it
        if meeting(ev) and locative(doc, best):
            continue  # "discussed the crisis at a meeting in Jakarta": where they met, not whom
        if _gathering_place(doc, best):
            continue  # "sanctions adopted at a meeting in Brussels": where it was decided, not on whom
        if ev.plover in JOINT_TYPES | {"RETREAT"} and _several_parties(ev) and locative(doc, best):
            # ("the army and the rebels signed a ceasefire in Havana": where the truce was signed)
            continue  # "Rwanda and Congo signed an accord in Washington": where they signed it, not with whom
        own = best.country in {a.country for a in ev.source}
        code = country_code(best.country)
        if ev.plover == "PROTEST" and against is not None:
            sector, rule = "GOV", "protest: the state its slogans are against"
        elif ev.plover == "PROTEST":
            sector, rule = "GOV", PLACE_AUTHORITIES
        elif own and ev.plover in OWN_COUNTRY_POPULATION:
            sector, rule = "CVL", "measure in the actor's own country: its population"
        elif (own and ev.acled == TERRITORY_TAKEN and ev.source
              and all(a.sector in INSURGENT_SECTORS for a in ev.source)):
            # "rebels in Myanmar captured the town of Laukkai": armed men who fight the state at home
            # take what the state held
            sector, rule = None, "place argument of the trigger (taken by insurgents at home)"
        elif own:
            continue  # acting in one's own country: the place is a location, not a target
        else:
            sector, rule = None, "place argument of the trigger"
        ev.target = [Actor(text=best.text, name=best.name, code=_sector_code(code, sector) if sector else code,
                           country=best.country, sector=sector, kind="country", rule=rule)]
        ev.rule += f"; target from the place '{best.text}' ({rule})"
    return events


INSURGENT_SECTORS = frozenset({"REB", "UAF", "CRM"})  # (gangs that take a capital fight the state too)
TERRITORY_TAKEN = "Non-state actor overtakes territory"  # ACLED sub-event
POST_RULE = "descriptor:sector's post"  # (actors.resolve: "rebel positions", "an army base")


# The targets a protest takes when it names none: the authorities where it happens, else those of
# the protesters' country (``anti_slogan_targets`` and ``reactions`` override them).
PLACE_AUTHORITIES = "protest: the authorities where it happens"
HOME_AUTHORITIES = "protest: the authorities of the protesters' country"


# Participles that tell what marchers voice: "rallied in X, chanting slogans against Y".
SLOGAN_VERBS = frozenset({"chant", "shout", "wave", "carry", "hold", "brandish", "sing", "denounce"})


def _opposed_in_slogans(trigger: Token, cands: list[Place], doc: Doc) -> Place | None:
    """The country a protest's slogans are against ("rallied in Niamey, chanting slogans against
    France"): the protest's target, not the place it is held in."""
    for verb in trigger.children:
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.lemma_.lower() not in SLOGAN_VERBS:
            continue
        for tok in verb.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ == "against":
                for p in cands:
                    span = span_at(doc, p.start, p.end)
                    if span is not None and span.root.i == tok.i:
                        return p
    return None


# Nouns a light verb turns into an act done to its subject ("put under investigation").
LIGHT_DEPS = frozenset({"pobj", "prep", "dobj"})
# Of those, the ones whose place says whose authorities did them: investigations, charges,
# trials, convictions, arrests, expulsions (raids and restrictions in occupied or contested
# places are often another state's).
AUTHORITY_SECTORS = {"173": "COP", "115": "JUD", "116": "JUD", "112": "JUD"}  # arrests: police; trials: courts
LEGAL_ACTS = tuple(c for c in AUTHORITY_ACTS if c not in ("170", "171", "172"))


def _clause_verb(trigger: Token) -> Token:
    """The trigger, or the verb it is the object of ("placed under arrest", "put on trial")."""
    tok = trigger
    for _ in range(2):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in LIGHT_DEPS or tok.head == tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else trigger


def sources_from_places(events: list[Event], doc: Doc, country_code, places: list[Place]) -> list[Event]:
    """An agentless state act done in a country ("was arrested in Italy", "put under
    investigation in France") was done by that country's authorities: they become its source."""
    for ev in events:
        if ev.source or not ev.target or not (ev.cameo or "").startswith(LEGAL_ACTS):
            continue
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None:
            continue
        sent = sentence_of(trig.root)
        verbs = {trig.root, _clause_verb(trig.root)}
        for p in sorted((p for p in places if p.country and sent.start_char <= p.start < sent.end_char),
                        key=lambda p: abs(p.start - ev.evidence[0])):
            span = span_at(doc, p.start, p.end)
            prep = span.root.head if span is not None else None
            if prep is None or prep.lower_ not in ("in", "at", "inside", "across", "throughout") or prep.head not in verbs:
                continue  # "deported to Mexico", "the killings in X": not where the act itself was done
            code = country_code(p.country)
            rule = f"agent of a state act: the state where it happened ('{p.text}')"
            sector = AUTHORITY_SECTORS.get((ev.cameo or "")[:3], "GOV")
            ev.source = [Actor(text="", name=None, code=_sector_code(code, sector), country=p.country, sector=sector,
                               kind="sector", rule=rule)]
            ev.rule += f"; source: {rule}"
            break
    return events


# Head nouns a place modifier names as a place ("the Gaza strip", "the Idlib province").
PLACE_HEADS = words("geo/words.yaml", "place_modifier_heads")


# Acts a state aims outward, not at home: their target takes no country from the source.
OUTWARD_TYPES = frozenset({"SANCTION"})


def nonstate_pronoun(m: Mention) -> bool:
    """A pronoun for people or a group ("arrested them", militants named before): it names no
    country for the sentence's other actors (a pronoun for a state, "it", still does)."""
    a = m.actor
    return (a.rule or "").startswith("coref:pronoun") and not (a.kind == "country" or a.sector in STATE_SECTORS)


def qualifies_noun(doc: Doc, p: Place) -> bool:
    """The place only qualifies a noun ("the Madrid plotters", "the Paris talks")."""
    sp = span_at(doc, p.start, p.end)
    if sp is None or not len(sp):
        return False
    root = sp.root
    return (root.dep_ in QUALIFIER_DEPS and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() not in PLACE_HEADS and p.start > sp.sent.start_char)


BACKER_SUFFIXES = ("-backed", "-supported", "-funded", "-armed", "-trained", "-allied", "-aligned", "-sponsored")


def regional(a: Actor) -> bool:
    """"European officials", "Western diplomats": of a region, not of one country ("the foreign
    ministry", "the foreign minister" are one country's own organs)."""
    text = FOREIGN_ORGANS.sub(" ", (a.text or "").lower().replace("-", " "))
    return any(w in load_cues().regional_words for w in text.split())


# (one ministry, minister or office: "foreign ministers" meeting are often of many countries, "the
# EU's foreign ministers", "Nordic and Baltic foreign ministers")
FOREIGN_ORGANS = re.compile(r"\bforeign (?:ministry|minister|office|secretary|affairs|service)\b")


def counterpart_countries(actors: list[Actor]) -> set[str]:
    """The countries of the counterparts among ``actors`` ("his Togolese counterpart"): never the
    country of the one they are the counterpart of."""
    return {a.country for a in actors if a.country and a.name in OTHER_SIDE_ROLES}


def backer(text: str, m: Mention | Place) -> bool:
    """"US-backed forces", "forces backed by Moscow": the country named is the backer, not the
    forces' own."""
    return (text[m.end:m.end + 12].lower().startswith(BACKER_SUFFIXES)
            or BACKED_BY.search(text[max(0, m.start - 24):m.start]) is not None)


BACKING_VERBS = "backed|supported|funded|armed|trained|sponsored|supplied"
BACKED_BY = re.compile(rf"\b(?:(?:{BACKING_VERBS}) by|(?:the )?(?:backing|support|help|blessing) of) (?:the )?$",
                       re.IGNORECASE)  # (and "with the backing of Washington")


def _owns_head(doc: Doc, q: Place, m: Mention) -> bool:
    """The mention runs to the noun the place qualifies: "the Mozambique government" is an actor
    of Mozambique, "the Paris bombers" (mention "Paris") is not."""
    sp = span_at(doc, q.start, q.end)
    return sp is not None and len(sp) > 0 and m.start <= sp.root.head.idx < m.end


MEETING_WORDS = frozenset({"meet", "meeting", "summit", "talk", "conference", "gather", "gathering", "session"})


def where_they_met(tok: Token, trigger: Token) -> bool:
    """``tok`` says where a meeting was held ("EU ministers meeting in Luxembourg agreed to list
    judges"): the place of the meeting, not the country of those its decisions name (unless the
    trigger is the meeting itself)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    host = prep.head
    return host.lemma_.lower() in MEETING_WORDS and host.i != trigger.i


def other_clause(tok: Token, trigger: Token) -> bool:
    """``tok`` sits in a descriptive or adverbial clause the trigger is not in ("the separatists
    agreed to a ceasefire brokered by Russian peacekeepers": Russian says nothing of them), or in
    the clause the trigger asks, threatens or reports (its content, whose parties are others)."""
    doc = tok.doc
    heads, deps = doc_heads(doc), doc_strings(doc, "DEP")
    t = trigger.i
    cur = tok.i
    for _ in range(40):
        dep, head = deps[cur], heads[cur]
        if dep in ("acl", "relcl", "advcl") and not (cur == t or _is_ancestor(heads, cur, t)):
            return True  # (the trigger is not in cur's subtree)
        if dep in ("xcomp", "ccomp") and head == t and trigger.pos_ == "VERB":
            return True  # "urged the administration to hold Beijing accountable": the content's party
        if head == cur:
            return False
        cur = head
    return False


TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})


def time_clause(trigger: Token) -> Token | None:
    """The clause of time the trigger is in ("after X seized the north", "since the army resumed
    fighting"): another moment, and another scene, than the sentence around it."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
            return clause
    return None


def outside_time_clause(trigger: Token, toks: list[Token]) -> bool:
    """The trigger is in a clause of time that names none of ``toks`` (the sentence's places):
    "the deal, signed in Algiers after rebels seized the north" says nothing of where they seized it
    (but "after militants fired rockets at Israel" names its own)."""
    clause = time_clause(trigger)
    return clause is not None and not any(clause.left_edge.i <= t.i <= clause.right_edge.i for t in toks)


def _is_ancestor(heads: list[int], i: int, j: int) -> bool:
    """``doc[i].is_ancestor(doc[j])``: ``i`` is on the way up from ``j`` to its root."""
    for _ in range(len(heads)):
        h = heads[j]
        if h == j:
            return False
        if h == i:
            return True
        j = h
    return False


# Nouns for a state's people abroad or at large: "two Russian nationals" name no Russian authority.
NATIONALS = frozenset({"nationals", "national", "citizens", "citizen", "tourists", "tourist", "expatriates",
                       "expats", "migrants", "passport", "holders"})


def names_a_people(m: Mention) -> bool:
    """The mention names a people ("Afghans", "Syrians"), not a state or its organs."""
    return (m.actor.rule or "").startswith("kb:people")


def _nationals(sp) -> bool:
    """The mention is the nationality of people named after it ("two Russian nationals")."""
    nxt = sp.doc[sp.end] if sp.end < len(sp.doc) else None
    return nxt is not None and nxt.lower_ in NATIONALS


def names_people_of(doc: Doc, m: Mention) -> bool:
    """``names_a_people``, or the nationality of people named right after it ("Russian nationals")."""
    if names_a_people(m):
        return True
    sp = span_at(doc, m.start, m.end)
    # (or the whole phrase is those people: "two Russian citizens", "a British national")
    return sp is not None and len(sp) > 0 and (_nationals(sp) or (len(sp) > 1 and sp[-1].lower_ in NATIONALS))


def sentence_countries(events: list[Event], doc: Doc, mentions: list[Mention], places: list[Place],
                       country_code) -> list[Event]:
    """Sector-only actors take the sentence's country when the sentence names exactly one (outside
    clauses the trigger is not in) and the event's other party is not of that country."""
    # (token, country, a place?) per sentence start
    by_sent: dict[int, list[tuple[Token, str, bool]]] = {}
    people_named: set[tuple[int, str]] = set()  # (sentence start, country) named as a people
    # a place that only qualifies another noun ("the Paris bombers", "the Madrid talks") says
    # what or where, not whose: it gives no country to the sentence's other actors
    qualifiers = [p for p in places if p.country and qualifies_noun(doc, p)]
    text = doc_text(doc)
    for m in mentions:
        sp = span_at(doc, m.start, m.end)
        if (not m.actor.country or sp is None or not len(sp) or backer(text, m)
                or nonstate_pronoun(m)
                or any(m.start <= q.start < m.end and q.country == m.actor.country and not _owns_head(doc, q, m)
                       for q in qualifiers)):
            continue
        if names_a_border(sp) or names_a_base(sp):
            continue  # "a post near the Thai border": the neighbour across it, not whose actors these are
            # (nor "a Norway-based rights group": where the body sits)
        if names_people_of(doc, m):
            # "police detained Afghans": a people named gives the state organs beside it no country
            people_named.add((sentence_of(sp.root).start, m.actor.country))
        by_sent.setdefault(sentence_of(sp.root).start, []).append((sp.root, m.actor.country, locative(doc, m)))
    # ("Germany urged Brussels to negotiate" after the EU is named: the seat stands for the EU)
    seated = {m.start for m in mentions if (m.actor.rule or "").startswith("seat:")}
    for p in places:
        sp = span_at(doc, p.start, p.end)
        if (p.country and sp is not None and len(sp) and p not in qualifiers and not backer(text, p)
                and not names_a_border(sp) and not names_a_base(sp) and p.start not in seated):
            by_sent.setdefault(sentence_of(sp.root).start, []).append((sp.root, p.country, True))
    by_actor = {id(m.actor): m for m in mentions}
    named_at = sorted((m.start, m.actor.country) for m in mentions if m.actor.country)
    for ev in events:
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None or not len(trig):
            continue
        sent_start = sentence_of(trig.root).start
        here = by_sent.get(sent_start, [])
        if all(place for _, _, place in here) and outside_time_clause(trig.root, [t for t, _, _ in here]):
            continue  # (a country only as a place where the rest of the sentence happens)
        named = [(c, place) for t, c, place in here
                 if not other_clause(t, trig.root) and not destination(ev, t, trig.root)
                 and not reported_apart(t, trig.root)
                 and not names_a_destination(t)  # ("called for access to Gaza": where the thing goes)
                 and not (place and where_they_met(t, trig.root))]
        for role in (ev.source, ev.target):
            guest = meeting(ev) and role is ev.source  # "the leaders met in Geneva": not Swiss
            countries = {c for c, place in named if not (guest and place)}
            if role is ev.target and ev.plover in OUTWARD_TYPES and not legal_act(ev):
                # "the US imposed sanctions on companies": the one who acts names no country for
                # those it acts on (a domestic target gets the article's own country later)
                countries -= {a.country for a in ev.source if a.country}
            # ("he had spoken to his Togolese counterpart": the counterpart's country is not his)
            countries -= counterpart_countries(ev.target if role is ev.source else ev.source)
            if len(countries) != 1:
                continue
            (iso,) = countries
            own_organ_ok = ((iso not in other_sides_states(ev, "source" if role is ev.source else "target")
                             or (ev.plover == "COERCE" and role is ev.target))  # "police arrested the army chief"
                            and (sent_start, iso) not in people_named)
            others = ev.target if role is ev.source else ev.source
            for i, a in enumerate(role):
                if not own_organ_ok and a.sector in STATE_SECTORS:
                    continue
                if (role is ev.source and a.sector in STATE_SECTORS | {"LEG"}
                        and iso in countries_named(ev.target, STATE_NAME_RULES)):
                    continue  # "the parliament ratified the treaty with Chile": not Chile's parliament
                if (role is ev.target and ev.plover == "ASSAULT" and a.sector == "CVL"
                        and iso in countries_named(ev.source, NAMED_STATE_RULES)):
                    continue  # "Israeli strikes killed 12 people": the attacker's country is not the victims'
                    # (at home, the article's country gives them theirs later)
                if (ev.plover in SPEECH_TYPES and a.sector in STATE_SECTORS
                        and any(o.sector == a.sector and o.country == iso
                                and _named_foreign(o, doc, by_actor.get(id(o))) for o in others)):
                    continue  # "the Foreign Office urged the Afghan government": not Afghanistan's office
                if (ev.plover == "ACCUSE" and role is ev.source and a.sector in STATE_SECTORS and a.sector != "COP"
                        and any(o.sector in STATE_SECTORS and o.country == iso
                                and _named_foreign(o, doc, by_actor.get(id(o))) for o in others)):
                    continue  # "the ministry accused Pakistani police of expulsions": another state's organs charged
                if a.name in OTHER_SIDE_ROLES and iso in {x.country for x in ev.source + ev.target}:
                    continue  # "X met his counterpart": not of X's country
                # only actors named by a bare sector word ("the rebels", "the prime minister"):
                # named groups (Isis, Hamas) and IGOs keep their own codes
                if (a.country is None and a.sector and a.kind in (None, "sector", "person")
                        and (a.code or a.sector) == a.sector and not weapon_actor(a) and not regional(a)
                        and SPEAKER_RULE not in (a.rule or "")  # (a quotation's "we": its speaker's country)
                        and not _other_country_in_own_phrase(doc, by_actor.get(id(a)), named_at, iso)
                        and (not _proxy(text, by_actor.get(id(a))) or {c for c, place in named if place} == {iso})
                        and not worldwide(doc, by_actor.get(id(a)))):
                    role[i] = Actor(text=a.text, name=a.name, code=f"{country_code(iso)}{a.code or a.sector}",
                                    country=iso, sector=a.sector, kind=a.kind, qualifiers=list(a.qualifiers),
                                    rule=(a.rule or "") + "; country of the sentence")
    return events


WIDE_AREAS = frozenset({"world", "globe", "region", "continent", "planet"})
# Rules of an actor named as a state in its own words ("Israeli", "Israel", "Israeli troops"), and of
# one named by the state's name alone ("Chile", "Santiago").
NAMED_STATE_RULES = ("kb:adjective", "kb:country", "kb:capital", "descriptor:country")
STATE_NAME_RULES = ("kb:country", "kb:capital")


def countries_named(actors: list[Actor], rules: tuple[str, ...]) -> set[str]:
    """The countries of those ``actors`` whose rule starts with one of ``rules``."""
    return {a.country for a in actors if a.country and (a.rule or "").startswith(rules)}


def country_in_own_words(a: Actor) -> bool:
    """The actor's country is said in its own descriptor ("the Afghan government", "officials in
    Kabul", "the minister of Peru")."""
    rule = a.rule or ""
    return rule.startswith("descriptor:country") or (rule.startswith("descriptor:sector+of-") and "country" in rule)


def _named_foreign(a: Actor, doc: Doc, m: Mention | None) -> bool:
    """The actor's country is said in its own words ("the Afghan interim government", "visiting
    Cambodian Prime Minister Hun Manet")."""
    rule = a.rule or ""
    if country_in_own_words(a):
        return True
    if rule != "learned:descriptor" or m is None:
        return False
    span = span_at(doc, m.start, m.end)
    return span is not None and any(t.ent_type_ in ("NORP", "GPE") for t in span)


# Speech acts between parties: one state's organ seldom addresses the same organ of its own state.
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"})
# The note actors/quotes.py gives a quotation's "we" resolved to its speaker (stages share no code).
SPEAKER_RULE = "speaker of the quote"


def _region_name(noun: Token) -> bool:
    """ "Latin America", "the Middle East", "Europe": a region of many countries."""
    name = " ".join(t.lower_ for t in noun.subtree if t.dep_ != "det")
    return name in words("geo/words.yaml", "wide_regions")


# Modifiers of a plural that say its members are of many states, none the story's own.
MANY_STATES_MODIFIERS = frozenset({"donor", "foreign", "other", "international", "member", "participating"})
STATE_NOUNS = frozenset({"government", "country", "nation", "state", "administration", "capital", "power", "donor"})


def worldwide(doc: Doc, m: Mention | None) -> bool:
    """The actor's phrase spans the world or a region ("leaders around the world", "governments
    across the region", "leaders across Latin America"), or names others of many countries ("donor
    governments", "foreign governments"): of no one country."""
    span = span_at(doc, m.start, m.end) if m is not None else None
    if span is None or not len(span):
        return False
    if span.root.tag_ in ("NNS", "NNPS") and span.root.lemma_.lower() in STATE_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.lower_ in MANY_STATES_MODIFIERS for c in span.root.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("around", "across", "throughout", "from")
               and any(o.dep_ == "pobj" and (o.lemma_.lower() in WIDE_AREAS or _region_name(o)) for o in p.children)
               for p in span.root.children)


def _proxy(text: str, m: Mention | None) -> bool:
    """The actor's own phrase names its backer ("Iran-backed militant groups", "militias backed by
    Tehran"): it takes the country of a place the sentence names (where it fights), not that of
    another actor in the sentence ("Biden blamed Iran-backed militant groups": not American)."""
    if m is None:
        return False
    phrase = text[m.start:m.end].lower()
    return any(s in phrase for s in BACKER_SUFFIXES) or BACKED_BY_INSIDE.search(text[m.end:m.end + 30]) is not None


BACKED_BY_INSIDE = re.compile(rf"^\s*(?:{BACKING_VERBS}) by\b", re.IGNORECASE)  # (the phrase's own "backed by")


def _other_country_in_own_phrase(doc: Doc, m: Mention | None, named_at: list[tuple[int, str]], iso: str) -> bool:
    """Another country than the sentence's ``iso`` is named inside the actor's own phrase
    ("hackers working for Russian military intelligence"): that one, not the sentence's, is the
    actor's (given later); not one its phrase acts on ("an armed group fighting the junta") nor
    one of a relative clause ("militants linked to a bombing that killed five Chinese engineers")."""
    sp = span_at(doc, m.start, m.end) if m is not None else None
    if sp is None or not len(sp):
        return False
    root = sp.root
    lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
    aside = [t for t in root.subtree if t.dep_ in ("relcl", "dobj") and t is not root]
    starts = [s for s, _ in named_at]
    for s, c in named_at[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
        if c != iso and not (m.start <= s < m.end) and not any(t.left_edge.idx <= s <= t.right_edge.idx
                                                                for t in aside):
            return True
    return False


def _patient_named(noun: Token, doc: Doc, place: Place) -> bool:
    """A nominal act whose "of" object names the one it was done to, apart from the place (also
    where the parser hung the "of" on the place: "the arrest in the United States of X")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and not (c.idx <= place.start < c.right_edge.idx + len(c.right_edge))
           for c in noun.children):
        return True
    span = span_at(doc, place.start, place.end)
    return span is not None and len(span) > 0 and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.idx >= place.end for c in span.root.children)


def names_a_border(span) -> bool:
    """The country word (the span's root) only says which border (``grammar.names_a_border``)."""
    return grammar_names_a_border(span.root)


def _retreat_to(ev: Event, tok: Token) -> bool:
    """Where a retreat or flight goes ("fled to India", "pulled back to Russia"): a destination,
    not whom they yield to."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "fled to Chad, Egypt and South Sudan"
        tok = tok.head
    return ev.plover == "RETREAT" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into", "toward", "towards")


def destination(ev: Event, tok: Token, trigger: Token) -> bool:
    """``tok`` names where an expulsion sends people ("expelled 222 prisoners to the United
    States"): not the country of those who expel or are expelled."""
    return ((ev.cameo or "").startswith("174") and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into")
            and tok.head.head.i == trigger.i)


def _protesters_authorities(ev: Event, country_code) -> None:
    """A protest with no named target is aimed at the authorities of the protesters' country."""
    src_countries = {a.country for a in ev.source if a.country}
    if ev.plover != "PROTEST" or ev.target or len(src_countries) != 1:
        return
    (iso,) = src_countries
    code = country_code(iso)
    ev.target = [Actor(text="", name=None, code=_sector_code(code, "GOV"), country=iso, sector="GOV",
                       kind="sector", rule=HOME_AUTHORITIES)]
    ev.rule += "; target: the authorities of the protesters' country"


# Nouns of what protesters voice or carry, and of the protest itself: an "anti-" country on them
# names whom the protest is against ("chanting anti-French slogans", "an anti-American rally").
VOICED_NOUNS = frozenset({"slogan", "chant", "banner", "placard", "sign", "poster", "song", "sentiment", "protest",
                          "protester", "demonstration", "demonstrator", "rally", "march", "marcher", "crowd"})
AUTHORITIES_RULES = (PLACE_AUTHORITIES, HOME_AUTHORITIES)


def anti_slogan_targets(events: list[Event], doc: Doc, country_code, nationality) -> list[Event]:
    """A protest whose slogans or name are "anti-<nationality>" ("chanting anti-French slogans",
    "an anti-American rally") is aimed at that state, not at the authorities where it is held
    (when no target of its own is named). ``nationality(word) -> ISO3 | None``."""
    for ev in events:
        if ev.plover != "PROTEST" or any(not (a.rule or "").startswith(AUTHORITIES_RULES) for a in ev.target):
            continue
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None or not len(trig):
            continue
        found = {nationality(tok.doc[tok.i + 2].text) for tok in trig.root.subtree
                 if tok.lower_ == "anti" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
                 and (tok.head.lemma_.lower() in VOICED_NOUNS or tok.head.i == trig.root.i)} - {None}
        if len(found) != 1 or found <= {a.country for a in ev.source}:
            continue
        (opposed,) = found
        ev.target = [Actor(text="", name=None, code=_sector_code(country_code(opposed), "GOV"), country=opposed,
                           sector="GOV", kind="country", rule="protest: the state its slogans are against")]
        ev.rule += "; target: the state its 'anti-' slogans name"
    return events


def protest_targets(events: list[Event], country_code) -> list[Event]:
    """Once the document's home country has filled the protesters' country ("prompted protests in
    the capital"), a protest still without a target is aimed at that country's authorities."""
    for ev in events:
        _protesters_authorities(ev, country_code)
    return events



def visits_by_place(events: list[Event], doc: Doc, places: list[Place]) -> list[Event]:
    """Talks or a meeting held in the country of one of its parties ("Merkel met Hollande in
    Paris", "Putin and Xi held talks in Beijing") are a visit: the guests are the source and the
    host the target (PLOVER, and the kit's guidelines: "except a visit, where the visitor is source
    and the host target"). Talks held elsewhere, or with no place named, keep every party as a
    source. Run after ``geo.locate``, before a place is filled from the actors."""
    for ev in events:
        if ev.plover != "CONSULT" or AMONG_RULE not in (ev.rule or "") or ev.target:
            continue
        if ev.place is not None and (ev.place.text or "").lower() in {(a.text or "").lower() for a in ev.source}:
            continue  # "talks between Pakistan and India": a party's name, no venue
        host = ev.place.country if ev.place is not None else _where_country(ev, doc, places)
        countries = {a.country for a in ev.source if a.country}
        if host is None or host not in countries or len(countries) < 2:
            continue
        guests = [a for a in ev.source if a.country != host]
        hosts = [a for a in ev.source if a.country == host]
        if not guests:
            continue
        ev.source, ev.target = guests, hosts
        ev.rule += f"; held in the host's country ({host}): the guests visit the host"
    return events


def _where_country(ev: Event, doc: Doc, places: list[Place]) -> str | None:
    """The country of the place a "where" clause holding the trigger hangs on ("a visit to
    Cairo, where he met X": Egypt)."""
    trig = span_at(doc, ev.evidence[0], ev.evidence[1])
    if trig is None:
        return None
    verb = trig.root
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    noun = verb.head
    return next((p.country for p in places if p.start <= noun.idx < p.end), None)
