"""Actors named only by their role ("the police", "officials", "protesters") take a country.

A sector-only actor ("GOV", "COP", "CVL", "JEWCVL") says nothing to an analyst who reads dyads by
country. Such an actor takes, in this order:

0. a country named inside its own phrase ("doctors from two American aid groups");
   then the country of the event's place ("police in Brussels", "killed 12 people in Paris");
1. the one country named in its own sentence (actor mentions with a country, places), when the
   sentence names exactly one;
2. otherwise the article's home country: the country of its dateline ("BRUSSELS —",
   "JAKARTA (Reuters) -": where the reporter files from) unless another country is named at least
   ``DATELINE_OUTVOTE`` times as often and holds ``HOME_SHARE`` of the mentions (a reporter in
   Jeddah writing about Sudan); without a dateline, the country most mentioned in the article
   (actors and places, the headline and the first sentence counted twice), when it is clearly
   ahead (at least ``HOME_SHARE`` of the country mentions and ``HOME_LEAD`` times the runner-up).

Armed groups, IGOs, NGOs and companies keep no country (an unnamed gunman is not his victim's
state). The actor's ``rule`` says where the country came from.

An arrest, detention, curfew, ban or expulsion with no named agent ("five men were arrested in
Lahore") is the act of the state where it happened: its source is that country's police (ACLED
codes such acts to the state's forces), from the event's place, else the article's home country.

A protest with no named protesters is by the people of the place where it happens (else of the
article's home country).

A state's measure with no named target (a curfew, a street sealed off) falls on the population of
the place, when the state acts in its own country.

An attack with no named victim at a known place targets that place's civilians ("a gunman opened
fire at a cinema in <state>"): ACLED's and PLOVER's convention of coding victims by where they are.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections import Counter
from dataclasses import replace

from dyads.datelines import in_title_dateline
from dyads.docmemo import doc_text, span_at
from dyads.events.cues import load_cues
from dyads.events.lexicon import by_trigger
from dyads.events.make import PLACE_VICTIMS_RULE, every_party_a_source, names_fighting
from dyads.events.ontology import (
    STATE_ACTS,
    STATE_SECTORS,
    meeting,
    other_sides_states,
    weapon_actor,
)
from dyads.events.place_targets import (
    NAMED_STATE_RULES,
    SPEAKER_RULE,
    SPEECH_TYPES,
    STATE_NAME_RULES,
    backer,
    counterpart_countries,
    countries_named,
    country_in_own_words,
    locative,
    names_a_border,
    names_people_of,
    nonstate_pronoun,
    qualifies_noun,
    regional,
    time_clause,
    water,
    where_they_met,
    worldwide,
)
from dyads.events.sentences import sentence_at, sentence_index_at, sentences
from dyads.grammar import names_a_base, names_no_scene, reported_apart
from dyads.model import Actor, Event, Mention, Place
from dyads.sectors import OTHER_SIDE_ROLES, sector_class

NO_HOME = sector_class("no_home")
FORCE_SECTORS = sector_class("force")
DEFENCE_WORDS = frozenset({"defence", "defense", "military", "army", "armed"})
THING_SEIZURES = ("171", "176")  # property seized or destroyed, systems hacked
EXPULSIONS = ("174",)  # the place of an expulsion is where the people are sent
# ACLED sub-events of attacks whose unnamed doers are the place's unidentified armed men (PLOVER
# and ACLED code them by where they strike, "Unidentified Armed Group (<country>)"): bombs, mines,
# shootings and clashes (both sides of "clashes in <town>" are at that place); not air strikes or
# shelling, which come from across a front.
UNIDENTIFIED_ATTACKS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
                                  "Armed clash", "Abduction/forced disappearance", "Sexual violence"})
# Property looted or destroyed by no one named ("shops were looted in <town>"): ACLED codes the
# place's unidentified armed group, as for unnamed attackers.
UNIDENTIFIED_DAMAGE = frozenset({"Looting/property destruction"})
# ACLED sub-events whose act has no victims at its place: its target is the other side, unnamed.
COUP_WORDS = frozenset({"coup", "power", "putsch"})  # "seized power", "the coup": a government ousted


def _coup(ev: Event) -> bool:
    return bool(COUP_WORDS & set(ev.trigger.lower().replace("-", " ").split()))


NO_VICTIMS = frozenset({"Disrupted weapons use", "Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})
HOME_SHARE = 0.4
HOME_LEAD = 1.5
HEADLINE_CHARS = 200  # a headline line before the dateline is at most this long
DATELINE_OUTVOTE = 2  # another country outvotes the dateline with this many times its mentions


def _sector_only(a: Actor) -> bool:
    code = a.code or ""
    if a.kind == "person" and not a.country and not code:  # a named person the KB does not know
        return True
    if a.kind in ("person", "group") and not a.country and code and code == (a.sector or "") and code[:3] not in NO_HOME:
        # "Interior Minister X", "the Zamfara State Government", "the opposition Institutional Revolutionary
        # Party": a named office holder, or a body the KB does not know, of a sector, with no country yet
        return True
    return (not a.country and a.kind in ("sector", "ethnic", "religion", None) and 3 <= len(code) <= 9
            and code.isalpha() and code[:3] not in NO_HOME)


def _rehome(a: Actor, country: str, cc, why: str = "people of the acting state") -> Actor:
    if a.country == country or not a.sector:
        return a
    old = cc(a.country) if a.country else ""
    rest = a.code[len(old):] if a.code and old and a.code.startswith(old) else a.sector
    return replace(a, country=country, code=cc(country) + rest, rule=f"{a.rule}; {why}")


def _meeting_place(ev: Event, doc, trig) -> bool:
    """The event's place is where its doers met ("ministers meeting in Luxembourg agreed to list
    judges"): it says nothing of whose judges, or whose ministers."""
    if ev.place is None or ev.place.start < 0 or trig is None or not len(trig):
        return False
    sp = span_at(doc, ev.place.start, ev.place.end)
    return sp is not None and len(sp) and where_they_met(sp.root, trig.root)


def _foreign_victims_doers(ev: Event, home: str | None, phrases, cc) -> None:
    """"Gunmen kidnapped two Chinese workers" in a story from Nigeria: the armed men took the
    sentence's only country, which is the foreign victims' own; they are the home country's."""
    if not home or ev.plover not in ("ASSAULT", "COERCE"):
        return
    theirs = {phrases.of(t) for t in ev.target if t.sector not in STATE_SECTORS} - {None, home}
    if theirs and (ev.place is None or ev.place.country in (None, home)):
        ev.source = [replace(_rehome(a, home, cc), rule=f"{a.rule}; the story's country (the victims are foreigners)")
                     if (a.rule or "").endswith("; country of the sentence") and a.country in theirs
                     and a.sector in ARMED_NONSTATE | {"CRM"} else a for a in ev.source]


FIRING_VERBS = frozenset({"fire", "launch", "lob"})


def _fired_from(trig, places: list[Place]) -> Place | None:
    """The place a weapon was fired or launched from, in the passive with no agent ("rockets were
    fired from Gaza", "shells were fired from batteries in X's Y county")."""
    verb = trig.root
    if verb.lemma_.lower() not in FIRING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
            inside = [p for p in places if p.country and lo <= p.start and p.end <= hi]
            if inside:
                return inside[-1]
    return None


def _armed_men_of_place(a: Actor, at: str, cc) -> Actor:
    """Armed men of no known country who act at a place ("gunmen", "bandits", a group the KB does
    not know) are that place's: ACLED codes them "Unidentified Armed Group (<country>)", as the
    unnamed attackers of a place are (``UNIDENTIFIED_ATTACKS``)."""
    if a.country or a.sector not in ARMED_NONSTATE or a.kind not in ("sector", "group"):
        return a
    if a.kind == "group" and not (a.rule or "").startswith("learned:"):
        return a  # a group the KB knows keeps the KB's word
    return replace(a, country=at, code=cc(at) + (a.code or a.sector),
                   rule=f"{a.rule or 'sector'}; armed men of the event's place")


ARMED_NONSTATE = frozenset({"REB", "UAF"})
PROMISED_AID = "033"  # CAMEO: express intent to provide material aid (help announced)
ARMS_AID = ("072",)  # military aid: troops and arms sent are no help to the story's country

# Forces whose own account of "an exchange of fire" or "an encounter" makes them a side of it.
SHOOTING_BACK_FORCES = frozenset({"COP", "MIL"})
EXCHANGE_OF_FIRE = re.compile(r"\b(exchanges? of (?:gun)?fire|encounter|gun ?fights?|gun battles?|cross-?fire|"
                              r"retaliatory (?:fire|firing)|returned fire|fired back|shoot-?outs?)\b", re.I)
# Words for people of no named side, and the weapon verbs that make such people armed men.
STRANGER_NAMES = frozenset({"man", "men", "person", "people", "individual", "individuals", "youth", "youths",
                            "assailant", "assailants", "stranger", "strangers"})
SHOOTING_TRIGGERS = frozenset({"fire", "fired", "firing", "shoot", "shot", "shooting", "open fire", "opened fire",
                               "stab", "stabbed", "gun down", "gunned down", "shot dead"})


def _exchange_of_fire(text: str) -> bool:
    """The sentence tells of an exchange of fire between its teller's force and someone, not one
    between others ("a gunfight between armed groups")."""
    m = EXCHANGE_OF_FIRE.search(text)
    return m is not None and not text[m.end():m.end() + 9].lstrip().lower().startswith(("between", "among"))


def _strangers_who_shoot(ev: Event, a: Actor) -> Actor:
    """ "Two men on a motorcycle approached her and fired": people of no named side who shoot or stab
    are unidentified armed men (ACLED's "Unidentified Armed Group"), not civilians."""
    if (ev.plover != "ASSAULT" or a.sector != "CVL" or a.kind != "sector" or a.qualifiers
            or (a.name or "").lower() not in STRANGER_NAMES or (ev.trigger or "").lower() not in SHOOTING_TRIGGERS):
        return a
    code = a.code or "CVL"
    return replace(a, sector="UAF", code=code[:-3] + "UAF" if code.endswith("CVL") else code,
                   rule=f"{a.rule or 'sector'}; people who shoot are unidentified armed men")


def _dateline_country(places: list[Place], text: str | None) -> str | None:
    """The country of the place that opens the body's first line ("MEXICO CITY, Jan 5 (AP) -"),
    after the headline when the text carries it; not an abbreviation inside the headline
    ("... wanted by U.S.")."""
    if not text:
        return None
    for p in places:
        if p.country and p.start >= 0 and in_title_dateline(text, p.start, p.end):  # "Dhaka, 14 October:"
            before = [ln for ln in text[:p.start].split("\n") if ln.strip()]
            if len(before) <= 1:
                return p.country
        if not (p.country and len(p.text) > 2 and text[p.start:p.end].isupper()):
            continue
        before = [ln for ln in text[:p.start].split("\n") if ln.strip()]
        line_start = p.start == 0 or text[p.start - 1] == "\n"
        if not line_start or len(before) > 1 or (before and len(before[0]) > HEADLINE_CHARS):
            continue
        core = text[p.start:p.end].rstrip(" -—,(")  # the tagger may take the dash in ("BRUSSELS -")
        rest = text[p.start + len(core):p.start + len(core) + 40]
        if any(mark in rest[:25] for mark in ("—", " -", "(", ",")) or rest.startswith(":"):  # ("NEW DELHI:")
            return p.country
    for p in places:
        # "MYAWADDY, Myanmar -": a town the gazetteer lacks, then its country, opening the body
        if not p.country or not p.feature.startswith("A.PCL"):
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        head = text[line_start:p.start]
        before = [ln for ln in text[:line_start].split("\n") if ln.strip()]
        if (head.endswith(", ") and head[:-2].strip() and head[:-2].replace(" ", "").replace("-", "").isupper()
                and len(head) <= 40 and len(before) <= 1
                and text[p.start + len(text[p.start:p.end].rstrip(" -—,(")):p.end + 3].lstrip().startswith(("-", "—", "("))):
            return p.country
    return None


# Places that stand for their country however seldom it is named: countries, capitals, regions.
NAMESAKE_SAFE_FEATURES = ("A.PCL", "P.PPLC", "A.ADM1")


def _lone_namesakes(places: list[Place], mentions: list[Mention], text: str | None) -> list[Place]:
    """Places abroad, seen from a dateline, whose country nothing else in the article names (no
    actor, no other place): the gazetteer's foreign namesake of a neighbourhood it does not know
    ("AHMEDABAD: ... in Shah Alam" -> Malaysia, "near Sola" -> Korea)."""
    home = _dateline_country(places, text)
    if home is None:
        return []
    out = []
    for p in places:
        if not p.country or p.country == home or (p.feature or "").startswith(NAMESAKE_SAFE_FEATURES):
            continue
        others = [q for q in places if q.country == p.country and fold_name(q.text) != fold_name(p.text)]
        if others or any(m.actor.country == p.country for m in mentions):
            continue
        out.append(p)
    return out


def drop_lone_namesakes(places: list[Place], mentions: list[Mention], text: str | None) -> list[Place]:
    """``places`` without the foreign namesakes of places the gazetteer does not know
    (``_lone_namesakes``): "Liancourt" in a story from Port-au-Prince is no French town, and no
    actor or event takes France from it."""
    lone = {id(p) for p in _lone_namesakes(places, mentions, text)}
    return [p for p in places if id(p) not in lone] if lone else places


def fold_name(text: str) -> str:
    return " ".join(text.lower().split())


DATELINE_SPAN = 60  # characters from the top of the body where a dateline's names lie


def _inside_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` lies inside one of the sorted (start, end) ``spans``."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(s <= pos < e for s, e in spans[max(0, k - 3):k + 1])


def home_country(mentions: list[Mention], places: list[Place], title_end: int, text: str | None = None,
                 filed: str | None = None) -> str | None:
    """The article's home country, or None when no country is clearly ahead (``filed``: the country
    of a byline removed before parsing, which counts as the dateline's when the body has none)."""
    dateline = _dateline_country(places, text) or filed
    counts: Counter = Counter()
    seen: set[int] = set()  # a name that is both a place and an actor ("VILNIUS —") counts once
    # names only: a reference back ("the authorities", "it") repeats a name counted already
    # (and not a news outlet: "suspended the BBC and Voice of America" says nothing of where it is)
    counted = [m for m in mentions if not (m.actor.rule or "").startswith("coref") and m.actor.sector != "JRN"]
    named = [(m.start, m.actor.country) for m in counted]
    # ("NAIROBI, Kenya (AP) -": a dateline naming its city and its country counts once)
    head = re.split(r"\(| - |—|–", (text or "")[:DATELINE_SPAN], maxsplit=1)[0]
    filed_places = sorted((p for p in places if dateline and p.country == dateline and 0 <= p.start
                           and p.end <= len(head)), key=lambda p: p.start)
    places = [p for p in places if not any(p is q for q in filed_places[1:])]
    # (a place inside an actor's words is that actor's name counted once: "the United States", "U.S. officials")
    covered = sorted((m.start, m.end) for m in counted)
    places = [p for p in places if not _inside_any(p.start, covered)]
    for start, country in named + [(p.start, p.country) for p in places]:
        if country and start not in seen:
            seen.add(start)
            counts[country] += 2 if start < title_end else 1
    if not counts:
        return dateline
    (best, n), *rest = counts.most_common(2) + [(None, 0)]
    runner = rest[0][1]
    total = sum(counts.values())
    if dateline and best != dateline:
        # the dateline (where the reporter files from) stands unless the story is plainly about
        # another country ("JEDDAH —" over a story on Sudan's war; a bureau in Vilnius reporting
        # on Belarus): named twice as often as the dateline's and ahead of every other country
        clear = n >= DATELINE_OUTVOTE * max(counts[dateline], 1) and (
            n >= HOME_SHARE * total or n >= HOME_LEAD * runner)
        return best if clear else dateline
    if dateline:
        return dateline
    return best if n >= HOME_SHARE * total and n >= HOME_LEAD * runner else None


class _Countries:
    """Countries named at character offsets; the one country named in a range of the text."""

    def __init__(self, items) -> None:
        self.items = sorted(items)
        self.starts = [start for start, _ in self.items]

    def unique_in(self, lo: int, hi: int, skip: int | None = None, apart: frozenset[int] = frozenset()) -> str | None:
        """``skip``: the start of a name that does not count (a meeting's place); ``apart``: starts
        of names only in what someone says."""
        found = self.all_in(lo, hi, skip, apart)
        return found.pop() if len(found) == 1 else None

    def all_in(self, lo: int, hi: int, skip: int | None = None, apart: frozenset[int] = frozenset()) -> set[str]:
        return {c for start, c in self.items[bisect.bisect_left(self.starts, lo): bisect.bisect_left(self.starts, hi)]
                if start != skip and start not in apart}

    def reported_apart(self, lo: int, hi: int, doc, trigger) -> frozenset[int]:
        """Starts of the names in ``lo..hi`` inside what someone says that ``trigger`` is not in."""
        out = set()
        for start, _ in self.items[bisect.bisect_left(self.starts, lo): bisect.bisect_left(self.starts, hi)]:
            sp = span_at(doc, start, start + 1)
            if sp is not None and len(sp) and reported_apart(sp[0], trigger):
                out.add(start)
        return frozenset(out)


PART_OF_WHOLE = frozenset({"including", "among"})  # "N of X, including M": M are some of X's
# Verbs of having forces somewhere: their subject's forces ("X has troops in Y").
HOLDING_VERBS = frozenset({"have", "keep", "maintain", "station", "base", "garrison"})
COUNTED_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})
class _PhraseCountries:
    """The one country named inside a role-only actor's own phrase ("doctors from two American aid
    groups", "police officers of the Kenyan border unit"), found through the actor's mention."""

    def __init__(self, mentions: list[Mention], doc, borders: frozenset[int] = frozenset()) -> None:
        """``borders``: starts of the mentions that only say which border ("near the Thai border")."""
        self.doc = doc
        self.by_actor = {id(m.actor): m for m in mentions}
        self.named = _Countries((m.start, m.actor.country) for m in mentions
                                if m.actor.country and not (m.actor.rule or "").startswith(("kb:capital", "coref:pronoun"))
                                # ("a post near the Thai border": not Thai; "people going back to their
                                # homes": the pronoun is the people themselves)
                                and m.start not in borders)
        self.capitals = [m for m in mentions if m.actor.country and (m.actor.rule or "").startswith("kb:capital")]

    def of(self, actor: Actor) -> str | None:
        m = self.by_actor.get(id(actor))
        if m is None:
            return None
        span = span_at(self.doc, m.start, m.end)
        if span is None or not len(span):
            return None
        root = span.root
        lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
        # (not its relative clause: "gangs that have taken over the capital and ... in Jamaica")
        # ("activists funded by Croatian intelligence": a participle's agent still says whose they are)
        clause = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                       and c.i > root.i), None)
        if clause is not None:
            hi = min(hi, clause.left_edge.idx)
        found = self.named.unique_in(lo, hi)
        if found is None:  # a capital only as the possessor: "Caracas's mayor", not "the Paris attackers"
            owners = {c.actor.country for c in self.capitals if lo <= c.start < hi and self._possessor(c)}
            found = owners.pop() if len(owners) == 1 else None
        if found is None and root.dep_ == "pobj" and root.head.lower_ in PART_OF_WHOLE:
            # "seven members of the Revolutionary Guards, including two generals": of the whole's country
            whole = root.head.head
            w_lo, w_hi = whole.left_edge.idx, root.head.idx
            found = self.named.unique_in(w_lo, w_hi) if w_lo < w_hi else None
        if found is None:
            found = self._holder(root)
        return found

    def _holder(self, root) -> str | None:
        """"Paris, which has thousands of troops in the Sahel", "the US keeps troops in Syria": the
        country that has, keeps or stations them (the subject, or the antecedent of "which")."""
        obj = root
        if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lower_ in COUNTED_WORDS:
            obj = obj.head.head  # "thousands of troops"
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if subj.tag_ in ("WDT", "WP") and subj.i > 0:
            # ", which has": the name just before the comma (the parser may hang the clause higher)
            before = subj.doc[subj.i - 1]
            if before.is_punct and subj.i > 1:
                before = subj.doc[subj.i - 2]
            lo, hi = before.idx, before.idx + len(before)
        owners = {c.actor.country for c in self.capitals if lo <= c.start < hi}
        found = self.named.unique_in(lo, hi)
        return found if found is not None else (owners.pop() if len(owners) == 1 else None)

    def worldwide(self, actor: Actor) -> bool:
        """The actor's phrase spans the world or a region ("leaders around the world", "governments
        across the region"): of no one country."""
        return worldwide(self.doc, self.by_actor.get(id(actor)))

    def _possessor(self, m: Mention) -> bool:
        span = span_at(self.doc, m.start, m.end)
        return span is not None and len(span) > 0 and span.root.dep_ == "poss"


OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _object_owned_by_pronoun(ev: Event, doc) -> bool:
    """The trigger's object is a way or a supply of someone named only by a pronoun ("blocked its
    path", "cut off their supplies"): a party named before, not the population where it happens
    ("closed its border crossing", "jailed its critics" stay the state's own people's)."""
    trig = span_at(doc, ev.evidence[0], ev.evidence[1])
    if trig is None or not len(trig):
        return False
    verb = trig.root
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PASSAGE_NOUNS
               and any(g.dep_ == "poss" and g.lower_ in OWNER_PRONOUNS for g in c.children)
               for c in verb.children)


# Ways and supplies a blockade stops ("blocked its path"): the owner's, not the people of the place.
PASSAGE_NOUNS = frozenset({"path", "way", "route", "passage", "advance", "movement", "supply", "supplies", "convoy",
                           "vessel", "ship", "boat", "access"})


def _own_population(ev: Event, at: str | None, cc=lambda c: c) -> None:
    """A state's measure with no named target (a curfew, a street sealed off, a closure) falls on
    the people where it is taken: the state's own population, when it acts at home."""
    state = next((a for a in ev.source if a.country and a.sector in STATE_SECTORS), None)
    if state is None or (at and at != state.country):
        return
    c = state.country
    ev.target = [Actor(text="(people of the place)", name=None, code=cc(c) + "CVL", country=c, sector="CVL",
                       kind="sector", rule="target of a state measure: the population where it is taken")]


# Words that make a people named by a demonym a group living elsewhere: "ethnic Albanians",
# "the Albanian population of the province", "the Russian minority", "Jewish immigrants".
ETHNIC_WORDS = frozenset({"ethnic", "population", "minority", "minorities", "community", "communities", "immigrants",
                          "migrants", "diaspora"})


def _ethnic_groups(ev: Event, at: str, cc) -> None:
    """"Serb forces attacked the Albanian population of the province" (in Montenegro): an ethnic
    group named by another state's demonym is a people of the country where the event happens
    (``at``: its place's country, else the article's)."""
    for role in ("source", "target"):
        actors = getattr(ev, role)
        for i, a in enumerate(actors):
            words = set((a.text or "").lower().replace("-", " ").split())
            if a.text and a.text.lower() in ev.sentence.lower():  # "the Hungarian minority": the mention is "Hungarian"
                around = ev.sentence.lower().split(a.text.lower(), 1)
                words |= set(around[0].split()[-1:]) | set(around[1].split()[:1])
            if (a.country and a.country != at and a.sector in (None, "CVL") and words & ETHNIC_WORDS
                    and (a.rule or "").startswith(("kb:adjective", "kb:people", "descriptor"))):
                actors[i] = replace(a, country=at, code=cc(at) + (a.sector or "CVL"), sector=a.sector or "CVL",
                                    rule=f"{a.rule}; an ethnic group where the event happens")


def _threatened_measure(ev: Event) -> bool:
    """A threat whose trigger is a state's administrative measure (curfew, martial law, ban: CAMEO 172)."""
    coding = by_trigger().get(ev.trigger.lower())
    return coding is not None and (coding.cameo or "").startswith("172")


# Verbs of putting a state's leader out of office by force.
COUP_VERBS = frozenset({"oust", "overthrow", "topple", "depose", "unseat"})


def _coup_makers(ev: Event, doc, cc) -> None:
    """"soldiers ousted Niger's president": soldiers named by no country who put a state's leader
    out of office are that state's (a coup), not of the story's home or of a country named nearby."""
    trig = span_at(doc, ev.evidence[0], ev.evidence[1])
    if trig is None or not len(trig) or trig.root.lemma_.lower() not in COUP_VERBS:
        return
    theirs = {a.country for a in ev.target if a.country}
    # (the bare word, "soldiers", "the army", whatever country coreference or the sentence gave it)
    if len(theirs) != 1 or not ev.source or not all(
            a.sector in ("MIL", "COP") and a.kind == "sector" and (a.rule or "").startswith(("kb:sector", "coref:"))
            for a in ev.source):
        return
    (iso,) = theirs
    ev.source = [_rehome(a, iso, cc, "soldiers who oust a state's leader are of that state") for a in ev.source]


def _generic_parties(ev: Event, home: str | None, cc, told: frozenset[str]) -> None:
    """"The opposition Democratic Party" in a story from Seoul is Korea's: a party named only by
    words many countries' parties share belongs to the article's home country, unless the
    article also names the country the name is best known for ("Republicans" in a story that
    names the United States stay American; ``told``: the countries the article's actors name)."""
    if home is None:
        return
    words = load_cues().party_name_words
    for role in ("source", "target"):
        actors = getattr(ev, role)
        for i, a in enumerate(actors):
            if (a.sector == "PTY" and a.country and a.country != home and a.country not in told and a.text
                    and all(w in words for w in a.text.lower().split())):
                actors[i] = replace(a, country=home, code=cc(home) + "PTY",
                                    rule=f"{a.rule or 'party'}; a name many countries' parties share: the article's home country's")


def _subject_not_the_state(ev: Event, doc) -> bool:
    """The act's subject says it is not the place's authorities' doing: a law, deal or package
    ("the package bans the reloading of Russian LNG"), states named but not resolved, or a crowd's
    act ("the blockades cut off routes")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    subj = next((c for c in span.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NNS" and any(
            c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") for c in subj.children):
        return True  # "the Baltic states imposed bans": states named, though not resolved, not the place's
    if subj is not None and subj.lemma_.lower() in CROWD_ACT_SUBJECTS:
        return True  # "the blockades cut off routes", "the strike closed offices": the crowd's doing, not the state's
    return subj is not None and subj.lemma_.lower() in load_cues().document_nouns


# Acts of crowds and workers whose consequences ("cut off routes", "closed offices") are theirs.
CROWD_ACT_SUBJECTS = frozenset({"strike", "blockade", "roadblock", "barricade", "protest", "demonstration", "march",
                                "sit-in", "boycott", "walkout", "shutdown", "stoppage", "picket"})


def _verbal(ev: Event, doc) -> bool:
    """A verbal trigger, or a noun that is what its sentence or clause reports: a headline's verbless
    head ("Clashes in <town>") or a subject ("clashes erupted in <town>"), not "the attack" told again."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    root = span.root
    return root.pos_ in ("VERB", "AUX") or (root.pos_ == "NOUN" and (
        root.dep_ == "ROOT" or (root.dep_ == "nsubj" and root.head.pos_ == "VERB"
                                and (root.head.lemma_.lower() in load_cues().outbreak_verbs
                                     or root.head.lemma_.lower() in WEAPON_NEWS_VERBS))))


# What a weapon named as its clause's subject does when it is the news: "a bomb went off",
# "an explosion killed four", "a blast rocked the market".
WEAPON_NEWS_VERBS = frozenset({"go", "explode", "detonate", "blow", "kill", "hit", "strike", "wound", "injure",
                               "rock", "tear", "destroy", "damage"})


ANNOUNCED = frozenset({"intended", "threatened", "hypothetical"})


QUOTES = re.compile(r'"[^"]*"|“[^”]*”')


def _unquoted(text: str, sent: tuple[int, int]) -> list[tuple[int, int]] | None:
    """The stretches of the sentence outside its quotations (None when it quotes nothing)."""
    lo, hi = sent
    quotes = [(lo + m.start(), lo + m.end()) for m in QUOTES.finditer(text[lo:hi])]
    if not quotes:
        return None
    out, at = [], lo
    for qs, qe in quotes:
        if qs > at:
            out.append((at, qs))
        at = qe
    if at < hi:
        out.append((at, hi))
    return out


def _unique_over(named: _Countries, ranges: list[tuple[int, int]], apart: frozenset[int] = frozenset()) -> str | None:
    found = set().union(*(named.all_in(a, b, apart=apart) for a, b in ranges)) if ranges else set()
    return found.pop() if len(found) == 1 else None


def _outside(a: Actor, ranges: list[tuple[int, int]] | None, phrases: _PhraseCountries) -> bool:
    """The actor's mention lies outside the sentence's quotations (or the actor is the one who
    speaks a quotation's "we")."""
    if ranges is None:
        return False
    if SPEAKER_RULE in (a.rule or ""):
        return True
    m = phrases.by_actor.get(id(a))
    return m is not None and any(lo <= m.start < hi for lo, hi in ranges)


def _speakers_forces(ev: Event, a: Actor, role: str) -> str | None:
    """"Netanyahu said the army would push ahead with an offensive in Rafah": a state's leader or
    organ announcing what "the army" or "the police" will do speaks of its own forces; a defence
    ministry or minister, an army or a police force telling what "air defences" or "troops" did, or
    what was done to or asked of "the military", tells of its own."""
    who = ev.attribution
    if who is None or not who.country or who.sector not in STATE_SECTORS or a.sector not in FORCE_SECTORS:
        return None
    if ev.modality in ANNOUNCED or _force_organ(who):
        return who.country  # ("the defence minister said the military had been instructed to ...")
    return None


def _force_organ(who: Actor) -> bool:
    """The army, the police, a defence ministry: an organ that speaks for a state's forces."""
    named = set(f"{who.name or ''} {who.text or ''}".lower().split())
    return who.sector in FORCE_SECTORS or bool(DEFENCE_WORDS & named)


def _first_not_in(other: frozenset[str], *choices: tuple[str | None, str]) -> tuple[str | None, str]:
    """The first named country not among ``other``, with why it was chosen."""
    return next(((c, why) for c, why in choices if c and c not in other), (None, ""))


def _names_no_scene(doc, start: int, end: int) -> bool:
    """The name at chars ``start``-``end`` only says where a thing goes ("flights to X") or which
    state a country broke from ("independence from Portugal"): not where the sentence's acts happen."""
    span = span_at(doc, start, end)
    return span is not None and len(span) > 0 and (names_no_scene(span[0]) or names_no_scene(span.root)
                                                   or names_a_base(span))  # ("a Norway-based group")


SCENE_ADJ = frozenset({"neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western",
                       "central", "war-torn", "oil-rich"})


def _fronted_scene(span, named: _Countries) -> str | None:
    """The country a sentence opens on as its scene ("In neighbouring Bolivia, the foreign ministry
    said ..."): the unnamed organs of its main clause are that country's."""
    toks = [t for t in span if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ != "in":
        return None
    i = 1
    while i < len(toks) and toks[i].lower_ in SCENE_ADJ:
        i += 1
    j = i
    while j < len(toks) and toks[j].pos_ == "PROPN":
        j += 1
    if j == i or j >= len(toks) or toks[j].text != ",":
        return None
    return named.unique_in(toks[i].idx, toks[j].idx)


class _ForcesBefore:
    """The country of the same security force named just before: "Kosovo police raided four
    offices. Police seized documents" (the police of the story so far, not the dateline's)."""

    def __init__(self, mentions: list[Mention], doc, by_actor: dict[int, Mention]) -> None:
        """``by_actor``: the mention of each actor (``_PhraseCountries.by_actor``)."""
        self.doc = doc
        self.by_actor = by_actor
        self.named = sorted((m.start, m.actor.sector, m.actor.country) for m in mentions
                            if m.actor.country and m.actor.sector in FORCE_SECTORS
                            and not (m.actor.rule or "").startswith("coref:"))

    def of(self, actor: Actor, home: str | None = None) -> str | None:
        """``home``: the article's home country; another country's troops are the referent only
        when named in the sentence before ("French forces were expelled in 2023. ... more than 100
        soldiers were killed", three sentences on, are the home army's; police stay the police
        named before, whoever's)."""
        m = self.by_actor.get(id(actor))
        if m is None or actor.sector not in FORCE_SECTORS:
            return None
        here = sentence_index_at(self.doc, m.start)
        starts = sentences(self.doc)[0]
        lo = starts[max(0, here - FORCES_BACK)]
        near = starts[max(0, here - FOREIGN_FORCES_BACK)]
        found = {c for start, sector, c in self.named if lo <= start < m.start and sector == actor.sector
                 and (c == home or home is None or start >= near or sector != "MIL")}
        return found.pop() if len(found) == 1 else None


FORCES_BACK = 3  # sentences back in which the same force is looked for
VISITORS = re.compile(r"\bvisiting\b", re.IGNORECASE)
# Verbs of a formal charge, whose agent left unsaid is the state's prosecution.
FORMAL_CHARGES = frozenset({"charge", "indict"})
# An envoy summoned is summoned by the state that hosts them.
SUMMONS = re.compile(r"summon", re.IGNORECASE)
ENVOYS = re.compile(r"\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|diplomat|consul)", re.IGNORECASE)
FOREIGN_FORCES_BACK = 1  # ... and troops not of the article's home country


def _joined_passive_source(verb, events: list[Event], doc) -> list[Actor]:
    """The source of the coercion whose passive verb ``verb`` is joined to ("was detained in
    Tanzania and deported"), when ``verb`` has no subject of its own; else []."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return []
    head = verb.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return next((e.source for e in events if e.plover == "COERCE" and e.source
                 and e.evidence[0] <= head.idx < e.evidence[1]), [])


def fill_home_countries(events: list[Event], mentions: list[Mention], places: list[Place], doc,
                        country_code=None, filed: str | None = None) -> list[Event]:
    """Give sector-only source and target actors a country (see the module docstring).
    ``country_code(iso3)``: the actor code of a country (the KB's CAMEO scheme: JPN -> JAP).
    ``filed``: the country a byline the cleaner removed says the story was filed from."""

    def cc(iso: str) -> str:
        return (country_code(iso) if country_code is not None else None) or iso

    _, spans = sentences(doc)
    title_end = spans[1].end_char if len(spans) > 1 else (spans[0].end_char if spans else 0)
    text = doc_text(doc)
    # a name that only says where a thing goes ("cut flights to Russia", "flew them to Washington"),
    # which state a country broke from ("independence from Portugal") or where a body is based is no
    # sign of what the story is about, nor a country for the sentence
    no_scene = {x.start for x in [*places, *mentions] if _names_no_scene(doc, x.start, x.end)}
    home = home_country([m for m in mentions if m.start not in no_scene],
                        [p for p in places if p.start not in no_scene], title_end, text, filed=filed)
    # a place that only qualifies a noun ("the Madrid plotters") names no country for the sentence
    qualifiers = {p.start for p in places if p.country and qualifies_noun(doc, p)}
    qualifiers |= no_scene
    # nor one that only says which border ("a post near the Thai border")
    borders = frozenset(x.start for x in [*places, *mentions]
                        if (sp := span_at(doc, x.start, x.end)) is not None and len(sp) and names_a_border(sp))
    qualifiers |= borders
    # (a foreign namesake of a local place nobody else names, "Shah Alam" in an Ahmedabad story
    # resolved to Malaysia, is no longer among the places: ``drop_lone_namesakes``, run by the pipeline)
    named_mentions = [m for m in mentions if m.actor.country and not backer(text, m) and m.start not in qualifiers
                      and not nonstate_pronoun(m)]
    named_places = [(p.start, p.country) for p in places
                    if p.country and not backer(text, p) and p.start not in qualifiers]
    named = _Countries([(m.start, m.actor.country) for m in named_mentions] + named_places)
    # "police detained Afghans": a people named gives the state organs beside it no country
    named_states = _Countries([(m.start, m.actor.country) for m in named_mentions if not names_people_of(doc, m)]
                              + named_places)
    # ("delegates met to revive the Minsk peace process": a name that qualifies a noun is nobody's people)
    people = _Countries([(m.start, m.actor.country) for m in mentions
                         if m.actor.country and not locative(doc, m) and m.start not in qualifiers])
    phrases = _PhraseCountries(mentions, doc, borders)
    forces = _ForcesBefore(mentions, doc, phrases.by_actor)
    told = frozenset(m.actor.country for m in mentions
                     if m.actor.country and m.actor.sector != "PTY" and not nonstate_pronoun(m))
    for ev in events:
        _coup_makers(ev, doc, cc)
        _generic_parties(ev, home, cc, told)
        _foreign_victims_doers(ev, home, phrases, cc)
        span = sentence_at(doc, ev.evidence[0]) if spans else None
        sent = (span.start_char, span.end_char) if span is not None and span.start_char <= ev.evidence[0] < span.end_char else None
        trig = span_at(doc, ev.evidence[0], ev.evidence[1]) if sent else None
        when = time_clause(trig.root) if trig is not None and len(trig) else None
        if when is not None:
            clause = (doc[when.left_edge.i].idx, doc[when.right_edge.i].idx + len(doc[when.right_edge.i]))
            if not named.all_in(*clause) and not people.all_in(*sent):
                # "signed in Algiers after rebels seized the north": a clause of time that names no
                # country is not in the country of the places where the rest of the sentence happens
                sent = None
        # a sea or strait is nobody's ground ("ships attacked in the Red Sea")
        met = ev.place.start if _meeting_place(ev, doc, trig) else None
        at = (ev.place.country if ev.place is not None and ev.place.country and not water(ev.place)
              and met is None else None)
        scene = _fronted_scene(span, named) if sent else None
        apart = named.reported_apart(*sent, doc, trig.root) if sent and trig is not None and len(trig) else frozenset()
        local = at or scene or (named.unique_in(*sent, skip=met, apart=apart) if sent else None)
        local_state = at or scene or (named_states.unique_in(*sent, skip=met, apart=apart) if sent else None)
        # ('"We urge the US to stop arming Taiwan," a ministry spokeswoman said': the speaker outside
        # the quotation is not of the country it names)
        unquoted = _unquoted(text, sent) if sent else None
        speaker_local = at or (_unique_over(named, unquoted, apart) if unquoted else local)
        speaker_state = at or (_unique_over(named_states, unquoted, apart) if unquoted else local_state)
        # "the two leaders met in Geneva": not Swiss leaders (but "met relatives in Kenya": Kenyans)
        guest = meeting(ev)
        guest_local = people.unique_in(*sent) if guest and sent else None
        state = home if (ev.cameo or "").startswith(EXPULSIONS) else at or home  # "deported to X": not X's act
        if ev.plover == "COERCE" and not ev.source and trig is not None and len(trig):
            shared = _joined_passive_source(trig.root, events, doc)
            if shared:
                # "who was detained in Tanzania and deported": the one agent of both passives
                ev.source = [copy.copy(a) for a in shared]
                ev.rule += "; source: the agent of the passive it is joined to"
        if (ev.plover == "COERCE" and not ev.source and state and (ev.cameo or "").startswith(STATE_ACTS)
                and not _subject_not_the_state(ev, doc)):  # (also one denied: "left the country without being arrested")
            ev.source = [Actor(text="(the authorities)", name=None, code=cc(state) + "COP", country=state,
                               sector="COP", kind="sector", rule="agent of a state act: the state where it happened")]
            # "the US said it was concerned by the arrests of opposition figures": those arrested
            # are people of the state that arrests them, not of the one that speaks about it
            ev.target = [_rehome(a, state, cc) if (a.rule or "").endswith("; country of the sentence") else a
                         for a in ev.target]
        if (ev.plover == "ACCUSE" and not ev.source and state and trig is not None and len(trig)
                and trig.root.lemma_.lower() in FORMAL_CHARGES and trig.root.tag_ == "VBN"):
            # "many of them charged with terrorism": charged by the state's prosecution
            ev.source = [Actor(text="(the prosecution)", name=None, code=cc(state) + "JUD", country=state,
                               sector="JUD", kind="sector", rule="agent of a formal charge: the state where it happened")]
        if ev.plover == "PROTEST" and not ev.source and state:
            # protesters with no name are people of the place they march in (else of the article)
            ev.source = [Actor(text="(protesters)", name=None, code=cc(state) + "CVL", country=state, sector="CVL",
                               kind="sector", rule="protesters of the place where they protest")]
            if at and [a.country for a in ev.target] == [at] and "place" in (ev.target[0].rule or ""):
                ev.target = []  # the place named where they protest, not whom they protest against
        if (ev.plover == "ASSAULT" and not ev.source and ev.attribution is not None
                and ev.attribution.sector in SHOOTING_BACK_FORCES and span is not None
                and trig is not None and len(trig) and any(c.dep_ == "auxpass" for c in trig.root.children)
                and _exchange_of_fire(span.text)
                # (not the force's own men: "two soldiers were killed in the exchange of fire")
                and not any(a.sector in SHOOTING_BACK_FORCES and a.country in (None, ev.attribution.country)
                            for a in ev.target)):
            # "Police said X was killed in an exchange of fire": the force that tells of the exchange
            # fired in it (ACLED codes the police's "encounter" killings to the police)
            ev.source = [replace(ev.attribution, rule=f"{ev.attribution.rule or 'sector'}; "
                                                      "the force reporting an exchange of fire it was in")]
        origin = _fired_from(trig, places) if ev.plover == "ASSAULT" and trig is not None and len(trig) else None
        if origin is not None and not ev.source:
            # "shells were fired from batteries in North Korea's Kangryong county": those who fired
            # are of the place they fired from; it is no place of victims
            ev.source = [Actor(text="(those firing)", name=None, code=cc(origin.country) + "UAF",
                               country=origin.country, sector="UAF", kind="sector",
                               rule="unidentified attackers firing from the place")]
            if ev.place is not None and ev.place.country == origin.country:
                at = None
        if (not ev.source and at and ev.modality in ("asserted", "attributed")
                and (ev.plover == "ASSAULT" and ev.acled in UNIDENTIFIED_ATTACKS or ev.acled in UNIDENTIFIED_DAMAGE)
                and _verbal(ev, doc)):  # not "the attack" told again
            # "a roadside bomb near Samarra killed a US soldier": unidentified attackers of the place
            ev.source = [Actor(text="(unidentified attackers)", name=None, code=cc(at) + "UAF", country=at,
                               sector="UAF", kind="sector", rule="unidentified armed men at the event's place")]
        ev.source = [_strangers_who_shoot(ev, a) for a in ev.source]
        if at and ev.acled:
            ev.source = [_armed_men_of_place(a, at, cc) for a in ev.source]
        if (ev.plover == "ASSAULT" and not ev.target and at and ev.modality != "negated"
                and ev.acled not in NO_VICTIMS  # drones shot down, villages retaken: no victims named
                and not _coup(ev)  # power seized: a government ousted, no victims
                and not (not ev.source and names_fighting(span_at(doc, ev.evidence[0], ev.evidence[1])))
                # ("after a year of fighting": sides, not victims)
                and not every_party_a_source(ev)):  # "X and Y exchanged fire": both sides, no victims
            ev.target = [Actor(text="(victims at the place)", name=None, code=cc(at) + "CVL", country=at,
                               sector="CVL", kind="sector", rule=PLACE_VICTIMS_RULE)]
            victims = True
            if not any(_sector_only(a) for a in ev.source):
                continue  # (a source named only by its role still takes its country below: "a mob")
        else:
            victims = False
        # (victims given: the source still takes its country, "killed in police firing in <town>")
        for role in ("source",) if victims else ("source", "target"):
            actors = getattr(ev, role)
            if not any(_sector_only(a) for a in actors):
                continue
            new = []
            other = other_sides_states(ev, role)  # "the US urged the junta": not its junta
            if ev.plover == "COERCE" and role == "target":
                other = frozenset()  # "Bolivian police arrested the former army chief": their own
            movers = {x.country for x in ev.source if x.country}
            for a in actors:
                own = phrases.of(a)
                if (not own and role == "target" and ev.plover == "MOBILIZE" and len(movers) == 1
                        and a.sector in FORCE_SECTORS):
                    own = next(iter(movers))  # "sent naval and air forces": its own forces
                excluded = other if a.sector in STATE_SECTORS else frozenset()
                if a.kind == "group":  # a body the KB does not know is not of the state it deals with
                    # ("the Federal Government declined to trade barbs with Niamey", "the KMT urged Beijing")
                    excluded = excluded | {x.country for x in (ev.target if role == "source" else ev.source)
                                           if x.kind == "country" and x.country}
                if ev.plover in SPEECH_TYPES and a.sector in STATE_SECTORS:
                    # ("the Foreign Office urged the Afghan government": not Afghanistan's office)
                    excluded = excluded | {o.country for o in (ev.target if role == "source" else ev.source)
                                           if o.sector == a.sector and o.country and o.country != home
                                           and (country_in_own_words(o) or phrases.of(o) == o.country)}
                if (ev.plover == "ACCUSE" and role == "source" and a.sector in STATE_SECTORS
                        and a.sector != "COP"):
                    # ("the Ministry of Refugees accused Pakistani police of expelling refugees": a
                    # ministry that charges another state's organs, named by their nationality, is not theirs)
                    # (as ``place_targets.sentence_countries`` does for the sentence's country)
                    excluded = excluded | {o.country for o in ev.target if o.country and o.country != home
                                           and o.sector in STATE_SECTORS and country_in_own_words(o)}
                if role == "source" and a.sector in STATE_SECTORS | {"LEG"}:
                    # ("the parliament ratified the treaty with Chile", "the ministry condemned Chile": a
                    # state organ acting on a state named by its name is another state's)
                    excluded = excluded | countries_named(ev.target, STATE_NAME_RULES)
                if role == "source" and SUMMONS.match(ev.trigger or ""):
                    # ("the foreign ministry summoned the Indian high commissioner": the host's
                    # ministry, whichever country the story names most)
                    excluded = excluded | {o.country for o in ev.target if o.country and ENVOYS.search(o.text or "")}
                if role == "target" and ev.plover == "ASSAULT" and a.sector == "CVL":
                    # ("Israeli strikes killed 21 people": a foreign attacker's country, the only one
                    # the sentence names, is not the victims')
                    # (the place it happened still says: "killed 129 people in Paris")
                    excluded = excluded | (countries_named(ev.source, NAMED_STATE_RULES) - {home, at})
                # ("X held talks with visiting Laotian Prime Minister Y": the host is not a Laotian)
                excluded = excluded | {o.country for o in (ev.target if role == "source" else ev.source)
                                       if o.country and VISITORS.search(o.text or "")}
                if a.name in OTHER_SIDE_ROLES:  # "X met his counterpart": of no country named beside it
                    excluded = excluded | {x.country for x in ev.source + ev.target if x.country}
                # ("he had spoken to his Togolese counterpart": not of the counterpart's country)
                excluded = excluded | counterpart_countries(ev.target if role == "source" else ev.source)
                own_why = "country named in its own phrase"
                if not own:
                    own, own_why = _speakers_forces(ev, a, role), "the speaker's own forces"
                country, why = ((own, own_why) if own
                                else _first_not_in(excluded,
                                                   *((guest_local, "sentence country"),) if guest and role == "source"
                                                   else ((at, "event's place"),
                                                         ((speaker_state if a.sector in STATE_SECTORS else speaker_local)
                                                          if role == "source" and _outside(a, unquoted, phrases)
                                                          else local_state if a.sector in STATE_SECTORS else local,
                                                          "sentence country")),
                                                   # (a quotation's "we" is its speaker's, not a force it names)
                                                   (None if SPEAKER_RULE in (a.rule or "") else forces.of(a, home),
                                                    "the same force named just before"),
                                                   (home, "article's home country"),
                                                   (filed, "the byline's country")))
                if why == "article's home country" and VISITORS.search(a.text or ""):
                    country = None  # "the visiting ministers": guests of the home country, not its own
                if not own and (weapon_actor(a) or regional(a) or phrases.worldwide(a)):
                    # "the drones", "foreign spies", "leaders around the world": no place says whose
                    country = None
                if _sector_only(a) and country:
                    a = replace(a, country=country, code=cc(country) + (a.code or ""),
                                rule=f"{a.rule or 'sector'}; {why}")
                new.append(a)
            setattr(ev, role, new)
        if victims:
            continue
        if ((ev.plover == "AID" or (ev.cameo or "").startswith(PROMISED_AID)) and not ev.target and home
                and not (ev.cameo or "").startswith(ARMS_AID) and ev.modality in ("asserted", "intended") and ev.source
                and all(a.country for a in ev.source) and any(a.country != home for a in ev.source)
                and not (sent and named.all_in(*sent) - {a.country for a in ev.source} - {home})):
            # "ships and planes from Japan and India joined the search" in a story filed from
            # Jakarta: foreign states' help goes to the country the story is about (and the host, named
            # among them, is helped, not helping)
            ev.source = [a for a in ev.source if a.country != home]
            ev.target = [Actor(text="(the host country)", name=None, code=cc(home), country=home, kind="country",
                               rule="aid from abroad: the article's home country")]
        if at or home:
            _ethnic_groups(ev, at or home, cc)  # (with no place named, the article's country)
        if (ev.plover == "COERCE" and not ev.target
                and not (ev.cameo or "").startswith(THING_SEIZURES)  # "seized a tanker": no one's people
                and not _object_owned_by_pronoun(ev, doc)):  # "blocked its path": whose, the pronoun says
            _own_population(ev, at, cc)  # the source may have just got its country ("officers sealed off a street")
        elif ev.plover == "THREATEN" and not ev.target and _threatened_measure(ev):
            _own_population(ev, at, cc)  # "prepared to impose martial law": over its own people
    return events
