"""ACLED sub-event types from the event, its actors and its sentence, per the ACLED codebook.

The lexicon gives a default sub-event per trigger; these rules sharpen it the way ACLED's coders
decide: the weapon named decides Explosions/Remote violence (``instruments.csv``); who takes a
town decides between "Government regains" and "Non-state actor overtakes territory"; whether
both sides are armed decides "Armed clash" vs "Attack"; what demonstrators and authorities do
decides among the protest and riot types. Cue lists live in ``data/events/acled_rules.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from dyads.data import read_yaml
from dyads.dates import PRECISIONS, last_day, parse
from dyads.docmemo import doc_lemmas, doc_lowers, span_at
from dyads.errors import DyadsError
from dyads.events import lexicon, ontology
from dyads.events.cues import load_cues
from dyads.model import Actor, Event
from dyads.sectors import sector_class

VIOLENT = {"ASSAULT", "COERCE"}
# PLOVER types that, about an agreement or deal, are ACLED "Agreement".
AGREEMENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE"}
# Sub-events a non-violent act can carry when its sentence names them.
STRATEGIC = {"Agreement", "Headquarters or base established", "Looting/property destruction"}


@dataclass(frozen=True)
class Rules:
    acts: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    protest: dict[str, tuple[tuple[str, ...], ...]]
    take: tuple[tuple[str, ...], ...]
    transfer: tuple[tuple[str, ...], ...]
    state_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    rebel_sectors: frozenset[str]
    clash_cues: tuple[tuple[str, ...], ...]
    civilian_sectors: frozenset[str]
    civilian_cues: frozenset[str]
    precedence: tuple[str, ...]
    agreement_nouns: tuple[tuple[str, ...], ...] = ()
    disrupt_verbs: tuple[tuple[str, ...], ...] = ()
    weapon_objects: frozenset[str] = frozenset()
    territory_peaceful: tuple[tuple[str, ...], ...] = ()
    territory_vacated: tuple[tuple[str, ...], ...] = ()
    property_nouns: frozenset[str] = frozenset()
    trade_verbs: frozenset[str] = frozenset()
    shooting_fire: frozenset[str] = frozenset()
    shooting_fire_verbs: frozenset[str] = frozenset()


def _seqs(words) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower().split()) for w in words)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    data = read_yaml("events/acled_rules.yaml")
    known = set(ontology.load_acled())
    try:
        acts = tuple((a["sub_event"], _seqs(a["cues"])) for a in data["acts"])
        prec = tuple(data["precedence"])
        rules = Rules(
            acts=acts,
            protest={k: _seqs(v) for k, v in data["protest"].items()},
            take=_seqs(data["territory"]["take"]),
            transfer=_seqs(data["territory"]["transfer"]),
            state_sectors=sector_class("acled_state"),
            armed_sectors=sector_class("acled_armed"),
            rebel_sectors=sector_class("rebel"),
            clash_cues=_seqs(data["clash_cues"]),
            civilian_sectors=sector_class("acled_civilian"),
            civilian_cues=frozenset(data["civilian_cues"]),
            precedence=prec,
            agreement_nouns=_seqs(data["agreement_nouns"]),
            disrupt_verbs=_seqs(data["weapon_disruption"]["verbs"]),
            weapon_objects=frozenset(data["weapon_disruption"]["objects"]),
            territory_peaceful=_seqs(data["territory"].get("peaceful", ())),
            territory_vacated=_seqs(data["territory"].get("vacated", ())),
            property_nouns=frozenset(data.get("property_nouns", ())),
            trade_verbs=frozenset(data["weapon_disruption"].get("trade_verbs", ())),
            shooting_fire=frozenset(data["shooting_fire"]["words"]),
            shooting_fire_verbs=frozenset(data["shooting_fire"]["object_of"]),
        )
    except (KeyError, TypeError) as exc:
        raise DyadsError(f"acled_rules.yaml: missing or malformed entry {exc}") from None
    for name in [a for a, _ in rules.acts] + list(rules.precedence):
        if name not in known:
            raise DyadsError(f"acled_rules.yaml: unknown ACLED sub-event type {name!r}")
    return rules


MAX_CUE_WORDS = 4


@dataclass(frozen=True)
class SentenceGrams:
    """A sentence's lemmas and its lemma/word n-grams (n <= 4), computed once per sentence."""

    lemmas: list[str]
    grams: frozenset[tuple[str, ...]]


def sentence_grams(sent: Span, skip: frozenset[int] = frozenset()) -> SentenceGrams:
    """The lemma and word n-grams of ``sent``; tokens in ``skip`` (indices) count as gaps.
    Without gaps, made once per document and token range (the event rules and the learned
    layer's features read the same sentences)."""
    if skip:
        return _grams(sent, skip)
    memo = sent.doc.user_data.setdefault("dyads_sentence_grams", {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = _grams(sent, skip)
    return memo[key]


def _grams(sent: Span, skip: frozenset[int]) -> SentenceGrams:
    all_lemmas, all_words = doc_lemmas(sent.doc), doc_lowers(sent.doc)
    if skip:
        lemmas = [all_lemmas[i] if i not in skip else "\x00" for i in range(sent.start, sent.end)]
        words = [all_words[i] if i not in skip else "\x00" for i in range(sent.start, sent.end)]
    else:
        lemmas, words = all_lemmas[sent.start : sent.end], all_words[sent.start : sent.end]
    grams = set()
    for seq in (lemmas, words):
        for n in range(1, MAX_CUE_WORDS + 1):
            grams.update(zip(*(seq[k:] for k in range(n)), strict=False))  # the runs seq[i : i + n]
    return SentenceGrams(lemmas, frozenset(grams))


def _lethal_arson(sub: str | None, sg: SentenceGrams) -> bool:
    """Property destruction told with killings in the same sentence: ACLED codes the attack on
    people, not the arson that came with it."""
    return sub == "Looting/property destruction" and any(w in load_cues().harm_verbs for w in sg.lemmas)


def _has(sg: SentenceGrams, cues) -> bool:
    return not sg.grams.isdisjoint(cues)


# instrument table (by id, kept alive with it) -> its size and the lemmas its entries start with
_FIRSTS: dict[int, tuple[dict, int, frozenset[str]]] = {}


def _first_lemmas(table: dict) -> frozenset[str]:
    got = _FIRSTS.get(id(table))
    if got is None or got[0] is not table or got[1] != len(table):
        got = _FIRSTS[id(table)] = (table, len(table), frozenset(k[0] for k in table if k))
    return got[2]


def _instrument(lemmas: list[str]):
    table = ontology.load_instruments()
    firsts = _first_lemmas(table)
    best = None
    for i in range(len(lemmas)):
        if lemmas[i] not in firsts:  # no entry starts here
            continue
        for n in (3, 2, 1):
            key = tuple(lemmas[i : i + n])
            if len(key) == n and key in table and (best is None or n > len(best.lemmas)):
                best = table[key]
    return best


# Words around "mine" that make it a pit dug for ore ("an iron ore mine", "the mine's expansion").
MINING_WORDS = frozenset({"coal", "gold", "iron", "ore", "copper", "diamond", "uranium", "lithium", "tin", "cobalt",
                          "bauxite", "silver", "salt", "nickel", "zinc", "opencast", "open-pit", "mining", "worker",
                          "company", "expansion", "site", "project", "operator", "owner", "shaft", "concession",
                          "tunnel", "pit"})


def _mining_pit(t: Token) -> bool:
    near = [c.lemma_.lower() for c in t.children] + [t.head.lemma_.lower()]
    near += [c.lemma_.lower() for c in t.head.children if c.i != t.i] if t.dep_ == "compound" else []
    return not MINING_WORDS.isdisjoint(near)


def _weapon_lemma(t: Token) -> str:
    """The token's lemma as a weapon word: "fire" that is shooting ("fired on", "police firing",
    "opened fire", "an exchange of fire", "under fire"; ``shooting_fire`` in acled_rules.yaml) is no blaze, so names no instrument."""
    lemma = t.lemma_.lower()
    if lemma == "mine" and _mining_pit(t):
        return "mine:pit"  # "an iron ore mine", "mine workers": a pit, no landmine
    rules = load_rules()
    if lemma in rules.shooting_fire and (
            t.pos_ == "VERB" or t.lower_.endswith("ing")
            or (t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in rules.shooting_fire_verbs)
            # "an exchange of fire", "came under fire"
            or (t.dep_ == "pobj" and (t.head.lower_ == "under" or t.head.lower_ == "of"
                                      and t.head.head.lemma_.lower() in rules.shooting_fire_verbs))):
        return lemma + ":shot"
    return lemma


def _weapon(lemmas: list[str]):
    """The weapon that decides a violent event's sub-event: crowd-control means (water cannon,
    tear gas) decide none here (used on demonstrators they were read as a protest's policing
    before; used on a ship or at a border they make no protest)."""
    best = _instrument(lemmas)
    if best is not None and _acled_type(best.acled or "") in ("Protests", "Riots"):
        return None
    return best


# Dependants that open another clause: their words are not the event's own clause.
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj"})


def _own_clause_lemmas(event: Event, sent: Span) -> list[str]:
    """Lemmas of the trigger's own clause, without the clauses under it."""
    trig = span_at(sent.doc, event.evidence[0], event.evidence[1])
    if trig is None:
        return []
    head = trig.root
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    out, stack = [], [head]
    if head.dep_ == "acl":
        out.append(head.head)  # "airstrikes killed 20" parsed as a reduced relative: its subject
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in OTHER_CLAUSES and not _prior_act(c))
    return [_weapon_lemma(t) for t in sorted(out, key=lambda t: t.i)]


# An act answered ("in retaliation for an air strike", "after a drone attack") is another's act:
# its weapon is not the event's.
PRIOR_ACT_PREPS = frozenset({"after", "following"})
RESPONSE_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction", "answer"})


def _prior_act(prep: Token) -> bool:
    return prep.dep_ == "prep" and (prep.lower_ in PRIOR_ACT_PREPS or (
        prep.lower_ in ("for", "to") and prep.head.lemma_.lower() in RESPONSE_NOUNS))


def _has_act_word(lemmas: list[str], rules) -> bool:
    words = set(lemmas)
    return any(c[0] in words for _, cues in rules.acts for c in cues if len(c) == 1)


def _clause_lemmas(event: Event, sent: Span) -> list[str]:
    """Lemmas of the trigger's clause (the weapon must be named in the event's own clause)."""
    trig = span_at(sent.doc, event.evidence[0], event.evidence[1])
    if trig is None:
        return [_weapon_lemma(t) for t in sent]
    head = trig.root
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return [_weapon_lemma(t) for t in head.subtree]


def _sectors(actors: list[Actor]) -> set[str]:
    out = set()
    for a in actors:
        if a.sector:
            out.add(a.sector)
        code = a.code or ""
        if code.startswith("IMG") or "REB" in code:
            out.add("REB")
    return out


def _acled_type(sub: str) -> str | None:
    row = ontology.load_acled().get(sub)
    return row.event_type if row else None


def refine(event: Event, sent: Span, sg: SentenceGrams | None = None,
           report: Span | None = None) -> Event:
    """Sharpen ``event.acled`` (and for weapons, CAMEO code and mode) from its sentence.

    ``sg``: the sentence's n-grams when the caller codes several events of one sentence;
    ``report``: the sentences around it, for what ACLED reads off the report (how a
    demonstration went: stones thrown in one sentence, tear gas in the next); what a protest is
    against ("marched against police violence") is its topic, not how it went."""
    rules = load_rules()
    sg = sg or sentence_grams(sent)
    if _crowd_violence(event, sent, rules):
        _riot(event)
    elif _crowd_occupation(event, rules):
        _sit_in(event)
    sub = event.acled
    if _disrupts_weapons(event, sent, rules):
        sub = "Disrupted weapons use"
    elif _against_crowd(event, rules):
        # ACLED: force used on demonstrators is a protest event, lethal or not
        sub = ("Excessive force against protesters" if _has(sg, rules.protest["lethal_response"])
               or event.plover == "ASSAULT" and _lethal_trigger(event, sent, rules) else "Protest with intervention")
    elif sub is None and event.plover not in VIOLENT and event.plover != "PROTEST":
        # strategic developments named by the act itself: agreements, bases, looting
        for name, cues in rules.acts:
            # a demand for a ceasefire or a condemnation is no agreement
            if name in STRATEGIC and _has(sg, cues) and (name != "Agreement" or event.plover in AGREEMENT_TYPES):
                sub = name
                break
        else:
            if event.plover in AGREEMENT_TYPES and _has(sg, rules.agreement_nouns):
                sub = "Agreement"  # talks, signatures and pledges about an agreement or deal
    elif event.plover == "PROTEST":
        topic = _protest_topic(event, sent) | _symbolic_burning(report if report is not None else sent, rules)
        sub = _protest(sentence_grams(report if report is not None else sent, topic)
                       if (report is not None or topic) else sg, rules)
    elif (event.plover in VIOLENT or sub in ("Attack", "Armed clash")) and not _trades_weapons(event, sent, rules):
        # a trigger's own words are not its weapon ("traded fire", "fired at": no arson)
        span = span_at(sent.doc, event.evidence[0], event.evidence[1])
        trig_words = set(event.trigger.lower().split()) | {t.lemma_.lower() for t in span or ()}
        own = [w for w in _own_clause_lemmas(event, sent) if w not in trig_words]  # "traded fire": not arson
        own_inst = None if _has_act_word(own, rules) else _weapon(own)
        # a bomb or shell that destroys a building is remote violence, not looting
        overridable = (None, "Attack", "Armed clash") + (
            ("Looting/property destruction",) if own_inst is not None and _acled_type(own_inst.acled or "")
            == "Explosions/Remote violence" else ())
        if own_inst is not None and _lethal_arson(own_inst.acled, sg):
            own_inst = None  # "attacked police stations, killing three and setting fire to cars": an attack
        if own_inst is not None and own_inst.acled and sub in overridable:
            # the weapon of the event's own clause decides before an act named elsewhere in the
            # sentence ("airstrikes killed 20 ... as talks over the release of hostages stalled")
            sub = own_inst.acled
            event.rule += f"; weapon '{own_inst.instrument}'"
            event.cameo = own_inst.cameo or event.cameo
            event.mode = own_inst.mode or event.mode
            event.acled = sub
            return event
        for name, cues in rules.acts:
            if name == "Agreement":
                continue  # "fighting that killed hundreds" before a ceasefire is still fighting
            if _lethal_arson(name, sg):
                continue  # "attacked police stations, killing three and setting fire to cars": an attack
            if _has(sg, cues) and sub not in ("Government regains territory", "Non-state actor overtakes territory"):
                sub = name
                break
        else:
            # ACLED: the weapon reported for the event decides its sub-event (sentence scope);
            # the CAMEO code and PLOVER mode change only for a weapon in the trigger's own clause.
            inst = _weapon([w for w in _outside_other_attacks(event, sent) if w not in trig_words])
            if inst is not None and inst.acled and sub in (None, "Attack", "Armed clash") and not _lethal_arson(inst.acled, sg):
                sub = inst.acled
                event.rule += f"; weapon '{inst.instrument}'"
                if _instrument(_clause_lemmas(event, sent)) == inst:
                    event.cameo = inst.cameo or event.cameo
                    event.mode = inst.mode or event.mode
            elif sub in (None, "Attack", "Armed clash") and event.plover == "ASSAULT":
                sub = _clash_or_attack(event, sg, rules)
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and (
            _has(sg, rules.territory_peaceful)
            or (_has(sg, rules.territory_vacated) and not _clash_cue(sg, rules)
                and not any(q.kind == "fatalities" and q.value for q in event.quantities))):
        # "took the town without a fight", "took over X after the troops left": no battle
        sub = "Non-violent transfer of territory"
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        src = _sectors(event.source)
        if src & rules.state_sectors and not src & rules.rebel_sectors:
            sub = "Government regains territory"
        elif src:
            sub = "Non-state actor overtakes territory"
    if sub != event.acled:
        event.acled = sub
        event.acled_type = _acled_type(sub) if sub else None
    return event


def _trades_weapons(event: Event, sent: Span, rules: Rules) -> bool:
    """The act sells, holds back or bans weapons ("could withhold the sale of F-16 jets"): the
    weapons it names are goods, not what it was done with."""
    root = _trigger_root(event, sent)
    return root is not None and root.lemma_.lower() in rules.trade_verbs


def _trigger_root(event: Event, sent: Span) -> Token | None:
    trig = span_at(sent.doc, *event.evidence)
    return trig.root if trig is not None and len(trig) else None


def _crowd_violence(event: Event, sent: Span, rules: Rules) -> bool:
    """An attack by demonstrators that harms no one: "protesters stormed the airport"."""
    if event.plover != "ASSAULT" or not event.source:
        return False
    root = _trigger_root(event, sent)
    if root is None or _lethal_trigger(event, sent, rules):
        return False
    return all(_is_crowd(a, rules) for a in event.source) or _protesting_doers(root)


# Participles that say the doers were demonstrating ("stormed the embassy, protesting against ...").
PROTESTING = frozenset({"protest", "demonstrate", "chant", "demand", "denounce"})


def _protesting_doers(root) -> bool:
    """The act's clause (or the clause it is joined to) goes on with a participle of protest."""
    clause = root
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verbs = [clause, *clause.conjuncts]
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in PROTESTING
               for v in verbs for c in v.children)


def _against_crowd(event: Event, rules: Rules) -> bool:
    """Force by someone other than demonstrators on demonstrators ("fired on protesters",
    "protesters were killed when troops broke up a sit-in")."""
    if event.plover not in ("ASSAULT", "COERCE") or not event.target:
        return False
    return all(_is_crowd(a, rules) for a in event.target) and not any(_is_crowd(a, rules) for a in event.source)


def _is_crowd(a: Actor, rules: Rules) -> bool:
    """The actor is named as demonstrators ("protesters", "counter-protesters")."""
    crowd = {w for (w,) in rules.protest["crowd"]}
    return any(w.rstrip("s") in crowd or w in crowd for w in _head_words(a))


def _lethal_trigger(event: Event, sent: Span, rules: Rules) -> bool:
    root = _trigger_root(event, sent)
    return root is not None and (root.lemma_.lower(),) in rules.protest["lethal_acts"]


def _head_words(a: Actor) -> list[str]:
    """The words of an actor's text, of a hyphenated word its last part ("counter-protesters")."""
    return [w.split("-")[-1] for w in (a.text or "").lower().split()]


OCCUPATION = "192"  # CAMEO: occupy territory
SIT_IN = "144"  # CAMEO: obstruct passage, block (a sit-in, an occupation by demonstrators)


def _crowd_occupation(event: Event, rules: Rules) -> bool:
    """Demonstrators occupying a square or a building ("protesters occupied the president's
    house"): a sit-in, not troops holding ground."""
    return ((event.cameo or "") == OCCUPATION and bool(event.source)
            and all(_is_crowd(a, rules) for a in event.source))


def _as_protest(event: Event, cameo: str, sub: str, note: str) -> bool:
    """Recode a crowd's act as the protest ``cameo`` with ACLED sub-event ``sub``; False when the
    lexicon has no such code (nothing changed)."""
    c = lexicon.by_cameo(cameo)
    if c is None:
        return False
    lexicon.recode(event, c)
    event.acled, event.acled_type = sub, _acled_type(sub)
    event.rule += note
    return True


def _sit_in(event: Event) -> None:
    _as_protest(event, SIT_IN, "Peaceful protest", "; occupied by demonstrators: a sit-in")


def _riot(event: Event) -> None:
    if _as_protest(event, "145", "Violent demonstration", "; done by demonstrators: a riot"):
        event.target = [a for a in event.target if "victims" not in (a.rule or "")]


def _outside_other_attacks(event: Event, sent: Span) -> list[str]:
    """The sentence's lemmas without the clauses of another violent verb ("warplanes struck
    targets in Iraq, hours after an attack near Ankara killed five": the warplanes are the
    strike's, not the killing's)."""
    own = _trigger_root(event, sent)
    skip: set[int] = set()
    for tok in own.ancestors if own is not None else ():
        if tok.pos_ == "VERB" and _violent_verb(tok):
            # an enclosing violent clause: its own arguments are its weapons, not ours
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep") and own not in c.subtree:
                    skip |= {t.i for t in c.subtree}
    # nor the act it answers ("targeted a base in retaliation for an air strike")
    for tok in sent:
        if _prior_act(tok) and (own is None or own not in tok.subtree):
            skip |= {t.i for t in tok.subtree}
    return [_weapon_lemma(t) for t in sent if t.i not in skip]


def _violent_verb(tok: Token) -> bool:
    coding = lexicon.by_trigger().get(tok.lemma_.lower())
    return coding is not None and coding.plover == "ASSAULT"


def _disrupts_weapons(event: Event, sent: Span, rules: Rules) -> bool:
    """The trigger is a seizing/finding/intercepting verb whose object (or passive subject) is a weapon."""
    start, end = event.evidence
    trig = span_at(sent.doc, start, end)
    if trig is None:
        return False
    head = trig.root
    if (head.lemma_.lower(),) not in rules.disrupt_verbs and tuple(t.lemma_.lower() for t in trig) not in rules.disrupt_verbs:
        return False
    for c in head.children:
        if c.dep_ in ("dobj", "nsubjpass", "obj") and any(t.lemma_.lower() in rules.weapon_objects for t in c.subtree):
            return True
    return False


def destroys_property(head: Token) -> bool:
    """A destruction verb whose object is property ("burned houses", "torched shops and cars"):
    the act itself, even for a verb that is weak alone (burning tyres at a protest)."""
    if not (head.pos_ == "VERB" or head.tag_.startswith("VB")):
        return False
    nouns = load_rules().property_nouns
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in nouns or any(c.lemma_.lower() in nouns for c in o.conjuncts) for o in objs)


PROTEST_NOUNS = frozenset({("protest",), ("demonstration",), ("rally",), ("march",), ("crowd",), ("sit",),
                           ("protester",), ("demonstrator",)})
TOPIC_PREPS = frozenset({"against", "over", "about", "on", "for"})


def _protest_topic(event: Event, sent: Span) -> frozenset[int]:
    """Token indices of what a protest is against or about ("against police violence")."""
    root = _trigger_root(event, sent)
    if root is None:
        return frozenset()
    topic = frozenset(t.i for c in root.children
                      if (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS) or (c.dep_ in ("acl", "relcl") and root.pos_ == "NOUN")
                      for t in c.subtree)  # (and whom a vigil honours: "a vigil honoring X, who was killed")
    # what it demands: "marched to demand the release of detained activists", "rallied demanding
    # justice for a student killed by police" (also on the verb that holds a protest noun:
    # "held a march to demand ...")
    hosts = [root] + ([root.head] if root.pos_ == "NOUN" and root.dep_ in ("dobj", "nsubj") else [])
    return topic | frozenset(t.i for h in hosts for c in h.children if _purpose(c) for t in c.subtree)


def _purpose(clause: Token) -> bool:
    """A purpose clause: "to demand ...", "demanding ...", "calling for ..."."""
    if clause.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    return clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _symbolic_burning(span: Span, rules: Rules) -> frozenset[int]:
    """Token indices of "burn" where what burns is a symbol ("burned a flag", "an effigy was
    burned"): no violence by demonstrators."""
    symbols = {w for (w,) in rules.protest["symbols"]}
    return frozenset(t.i for t in span if t.lemma_.lower() == "burn" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in symbols for c in t.children))


def _protest(sg: SentenceGrams, rules: Rules) -> str:
    """ACLED: demonstrators' own violence makes a riot whatever the response; otherwise the
    authorities' response decides (lethal -> excessive force, non-lethal -> intervention)."""
    if _has(sg, rules.protest["mob"]):
        return "Mob violence"
    if _has(sg, rules.protest["violent_by_protesters"]):
        return "Violent demonstration"
    if _has(sg, rules.protest["lethal_response"]) and _has(sg, (*rules.protest["crowd"], *PROTEST_NOUNS)):
        return "Excessive force against protesters"  # (a killing the protest mourns is no response to it)
    if _has(sg, rules.protest["intervention"]):
        return "Protest with intervention"
    return "Peaceful protest"


def _clash_cue(sg: SentenceGrams, rules: Rules) -> bool:
    """A two-sided-fighting cue in the sentence; "engage in" alone is none ("engaging in sexual
    conduct"): what one engages in is a cue of its own when it is fighting."""
    found = sg.grams.intersection(rules.clash_cues)
    return bool(found - {("engage",)}) or (bool(found) and ("engage", "in") not in sg.grams)


def _clash_or_attack(event: Event, sg: SentenceGrams, rules: Rules) -> str:
    if _has(sg, rules.protest["mob"]) and not _sectors(event.source) & rules.armed_sectors:
        return "Mob violence"  # "a mob beat two men to death": a crowd's violence, not armed men's
    if _clash_cue(sg, rules):
        # "clashes between protesters and security forces": a riot, not a battle
        return "Violent demonstration" if _has(sg, rules.protest["crowd"]) else "Armed clash"
    src, tgt = _sectors(event.source), _sectors(event.target)
    if tgt & rules.civilian_sectors or any(w in rules.civilian_cues for w in sg.lemmas):
        return "Attack"
    if src & rules.armed_sectors and tgt & rules.armed_sectors:
        return "Armed clash"
    return event.acled or "Attack"


# An article's lead: its first paragraphs up to about this many characters (headline, dateline,
# the one or two sentences that say what happened).
LEAD_CHARS = 400


def lead_end(text: str, min_chars: int = LEAD_CHARS) -> int:
    """Where an article's lead ends: the end of the paragraph that reaches ``min_chars``."""
    if len(text) <= min_chars:
        return len(text)
    cut = text.find("\n", min_chars)
    return len(text) if cut < 0 else cut


# Modalities of an event that happened, the only ones that label an article ("did not block
# the decision" is no protest; "could strike" is no attack).
REPORTED = frozenset({"asserted", "attributed"})


def _stem(word: str) -> str:
    """A crude stem that joins a headline's verb to the article's ("fires" / "fired", "agree" / "agreed")."""
    w = word.lower()
    for suffix in ("ing", "ies", "ied", "es", "ed", "s", "e", "y"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _words(text: str) -> list[str]:
    return "".join(c if c.isalpha() else " " for c in text).split()


@lru_cache(maxsize=1)
def _trigger_stems() -> dict[str, frozenset[str]]:
    """Stem of a one-word trigger -> its PLOVER types."""
    out: dict[str, set[str]] = {}
    for first, entries in lexicon.index().items():
        for seq, coding in entries:
            if len(seq) == 1:
                out.setdefault(_stem(first), set()).add(coding.plover)
    return {k: frozenset(v) for k, v in out.items()}


# Headline subjects that make the acts after them a protest's ("Protesters storm parliament").
CROWD_STEMS = frozenset(_stem(w) for w in ("protesters", "demonstrators", "rioters", "crowds", "crowd", "mob",
                                           "students", "marchers"))


def headline_events(title: str | None, events: list[Event]) -> list[tuple[int, Event]]:
    """The events of ``events`` the headline names, with the position of the naming word: an event
    whose trigger shares the word's stem, else (for a word that is a trigger itself) the events of
    its type ("Thousands rally ..." -> the protests the lead reports)."""
    if not title or not events:
        return []
    stems = [(_stem(w), e) for e in events for w in _words(e.trigger)]
    table = _trigger_stems()
    out: list[tuple[int, Event]] = []
    words = [_stem(w) for w in _words(title)]
    for pos, w in enumerate(words):
        same = [e for s, e in stems if s == w]
        if not same and w in table and any(x in CROWD_STEMS for x in words[:pos]):
            # "Protesters storm parliament", "Protesters in Togo demand ...": what a crowd does in a
            # headline is its protest
            same = [e for e in events if e.plover == "PROTEST"]
        if not same and w in table:
            same = [e for e in events if e.plover in table[w]]
        out.extend((pos, e) for e in same if all(e is not x for _, x in out))
    return out


OLD_NEWS_DAYS = 45  # an event dated this long before publication is background ("the protests of 2022")


def _old_news(e: Event, published: str | None) -> bool:
    if not (published and e.date and e.date_precision in PRECISIONS):
        return False
    last = last_day(e.date, e.date_precision)  # a year: its 31 December
    pub = parse(published)
    if pub is None or pub.precision != "day":
        return False
    return last is not None and (pub.first - last).days > OLD_NEWS_DAYS


def main_event(events: list[Event], lead: int | None = None, title: str | None = None,
               published: str | None = None) -> Event | None:
    """The event that labels a text with one ACLED type: for an article (``lead`` = where its
    lead ends) only an event of the headline and lead counts, not a background one told further
    down ("a bombing years earlier" in a story about this week's shooting), and only one that
    happened (asserted or attributed); None when the lead reports none. Then asserted first, then events
    that are not the background of another ("seized guns in a raid": the raid), then the most
    specific sub-event by the codebook-derived precedence, then the earliest. A lead event the
    headline (``title``) names (``headline_events``) comes before the others: "warring parties agree
    to a truce" is about the truce, whatever fighting the lead recalls; when the events it names
    have no ACLED type ("Poland expels diplomats over a sabotage plot"), the article has none.
    An event dated more than ``OLD_NEWS_DAYS`` before ``published`` is background."""
    rules = load_rules()
    rank = {name: i for i, name in enumerate(rules.precedence)}
    lead_events = [e for e in events if lead is None or (e.evidence[0] < lead and e.modality in REPORTED
                                                          and not _old_news(e, published))]
    headlined = headline_events(title, lead_events)
    if headlined:  # the headline's first word of an act is its main event ("expels ... over arson plot")
        first = min(pos for pos, _ in headlined)
        headlined = [(pos, e) for pos, e in headlined if pos == first]
    if headlined and not any(e.acled for _, e in headlined):
        return None  # "Poland expels diplomats over a plot": the article is about the expulsion
    cands = [e for e in lead_events if e.acled]
    if not cands:
        return None  # the headline and lead report no ACLED event: a later one is not what the article is about
    named = {id(e): pos for pos, e in reversed(headlined)}
    # the sub-event precedence orders the events of the first sentence that reports one, not a later
    # sentence's ("retook the town ...; the group later claimed a car bomb attack": the retaking)
    told = [e for e in cands if e.modality == "asserted" and not e.background] or cands
    first = min(told, key=lambda e: e.evidence[0]).sentence
    return min(cands, key=lambda e: (e.modality != "asserted", named.get(id(e), len(named) + 99), e.background,
                                     e.sentence != first, rank.get(e.acled, len(rank)), e.evidence[0]))
