"""A reaction to an earlier act is aimed at whoever did it.

"The US condemned the attack", "Kurti rejected the accusation", "Scholz criticised the tariffs",
"Washington welcomed the announcement": the object of the reaction names an act, not an actor, so
the clause itself gives no target. News reports the act first and the reactions after it; the
reaction's target is the source of the act it names. ``target_reactions(events, doc)`` fills an
empty target of a reaction (ACCUSE, REJECT, SUPPORT) whose direct object is a definite noun for an
act with no actor of its own ("the attack", not "an attack on X" or "Russia's attack"): the
target is the source of the latest earlier event of that kind (its trigger is the same noun or
the noun's lexicon type is the event's type) or, for a noun that can name any act ("the
announcement", "the decision", "the move"), of the latest earlier event in the previous
sentences. An act by the reacting party itself ("Iran defended the strike") gives no target.

``sources_from_claims(events, doc, mentions)``: "X claimed responsibility for the attack" names
the doer of an attack told with none.

``target_rementions(events, doc)`` does the same for an act named again: "the sanctions" with no
target of its own ("decided not to go forward with the sanctions") are aimed where the sanctions
named before were.

``target_returned_fire(events, doc)``: fire returned is aimed at whoever fired first.

``sources_of_reported_kills(events, doc, mentions)``: enemies a state force says it "neutralised"
were killed by that force.

``accusations_of_violation(events, doc)``: "Kyiv said Russia had violated the ceasefire" is Kyiv's
accusation of Russia, not a breach the coder asserts.

``target_continued_threats(events, doc)``: a threat that names no one, told just after an act of the
same side aimed at another state, is aimed there.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from dyads.docmemo import doc_lemmas, span_at
from dyads.events import lexicon
from dyads.events.arguments import NAMING_VERBS
from dyads.events.cues import load_cues
from dyads.events.make import PLACE_VICTIMS_RULE
from dyads.events.ontology import DENIAL, STATE_SECTORS
from dyads.events.place_targets import PLACE_AUTHORITIES
from dyads.events.sentences import sentence_index_at
from dyads.model import Actor, Event, Mention

REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "THREATEN"})
DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
RIOT = "145"  # CAMEO: protest violently, riot
SAME_WORD_WINDOW = 6  # sentences back for an act named by the word that told it
WINDOW = 3  # sentences back for a noun that can name any act
# Acts of speech that "the decision / the move" does not name.
SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "CONSULT"})


# Words of a legal step: an accusation made by one ("issued an arrest warrant") is a deed decided.
LEGAL_DEED_WORDS = frozenset({"warrant", "indict", "indictment", "charge", "investigation", "probe", "inquiry",
                              "sentence", "convict"})
# Nouns for what a body decides ("the measure", "the decision"): they name no attack or protest.
DECIDED_NOUNS = frozenset({"decision", "measure", "step", "ruling", "verdict", "order", "policy", "law", "plan",
                           "proposal", "offer"})
UNDECIDED_TYPES = frozenset({"ASSAULT", "PROTEST"})
LEXICON_RULE = re.compile(r"lexicon '([^']+)'")
VETO = "129"  # CAMEO: veto (a rejection that is a decision)
DECIDED_SUPPORT = ("054", "057")  # CAMEO: grant diplomatic recognition; sign a formal agreement


def _spoken(prior: Event, trigger_words: set[str]) -> bool:
    """``prior`` is a statement ("X accused Y", "the Kremlin dismissed the report"), not a deed
    that "the decision / the move" could name (a warrant issued, a veto). ``trigger_words``: the
    lemmas of its trigger (``_trigger_lemmas``)."""
    if prior.plover == "REJECT":
        return prior.cameo == "016" or (prior.cameo.startswith("12") and prior.cameo != VETO)
    if (prior.cameo or "").startswith(DECIDED_SUPPORT):
        return False  # "recognised a Palestinian state ... opposed the decision": a deed decided
    coded = LEXICON_RULE.match(prior.rule or "")  # "lexicon 'issue warrant' (verb)": its words too
    words = trigger_words | (set(coded.group(1).split()) if coded else set())
    return prior.plover in SPOKEN_TYPES and not (words & LEGAL_DEED_WORDS)


@lru_cache(maxsize=1)
def _noun_types() -> dict[str, frozenset[str]]:
    """Noun lemma -> the PLOVER types its lexicon rows give it: one-word rows, and the object of
    light-verb rows ("impose tariff": "the tariffs" name a sanction)."""
    out: dict[str, set[str]] = {}
    for first, entries in lexicon.index().items():
        for seq, coding in entries:
            if len(seq) == 1 and coding.pos in ("NOUN", ""):
                out.setdefault(first, set()).add(coding.plover)
            elif len(seq) == 2 and coding.pos == "VERB" and first in load_cues().light_verbs:
                out.setdefault(seq[1], set()).add(coding.plover)
    return {k: frozenset(v) for k, v in out.items()}


def _sides(actors) -> frozenset[str]:
    """Country plus state or non-state: a junta condemning militants of its own country reacts
    to another side; a ministry defending its army's strike does not."""
    return frozenset((a.country or a.code or "")[:3] + ("" if a.sector in STATE_SECTORS or not a.sector else a.sector)
                     for a in actors if (a.country or a.code))


PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _open_target(ev: Event) -> bool:
    """No target yet, or only the one a protest's place gave it (``PLACE_AUTHORITIES``, which what
    it is against overrides)."""
    return all(a.rule == PLACE_AUTHORITIES for a in ev.target)


def protest_purpose(trigger: Token) -> Token | None:
    """"rallied in Sanaa to denounce the strikes": the censure verb a protest is held for."""
    censure = load_cues().censure_verbs
    return next((c for c in trigger.children if c.dep_ in PURPOSE_DEPS and c.lemma_.lower() in censure
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def judged_act(noun: Token) -> Token | None:
    """``noun`` when it is a definite act noun with no actor of its own ("the raids", "the
    sanctions"), the subject a reported blame is said of ("said the raids were a brutal act");
    else None."""
    if noun.pos_ != "NOUN" or not any(k.dep_ == "det" and k.lower_ in DEFINITE for k in noun.children):
        return None
    if any(k.dep_ in ("poss", "compound", "amod", "nmod") and k.pos_ == "PROPN" for k in noun.children):
        return None
    lemma = noun.lemma_.lower()
    cues = load_cues()
    # ("said the measures were illegal": a noun that can name any act, resolved like "condemned the move")
    return noun if noun_types(lemma) or lemma in cues.violence_nouns or lemma in cues.act_nouns else None


CLAUSE_PREPS = frozenset({"despite", "amid", "after", "before", "because", "since", "following", "during", "until",
                          "within"})


def _act_object(ev: Event, doc: Doc) -> Token | None:
    """The definite, actor-less act noun that is the reaction's direct object (for a protest, the
    object of the censure it is held for)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return None
    if ev.implicit and ev.plover == "ACCUSE" and "' that " in ev.rule and ev.rule.endswith("(a judgement)"):
        # "said the raids were a brutal act": the act the blame word is said of
        clause = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        return judged_act(subj) if subj is not None else None
    if ev.plover == "PROTEST":
        purpose = protest_purpose(span.root)
        if purpose is None:
            return None
        span = doc[purpose.i:purpose.i + 1]
    if span.root.pos_ != "VERB":
        return None
    verb = span.root
    if (verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)):
        # "turned down the offer despite it being praised by X": X praised the offer
        noun = verb.head.head
        if any(k.dep_ == "det" and k.lower_ in DEFINITE for k in noun.children):
            return noun
    # a threat said of an act ("the killing will not go unanswered") is aimed at its doer
    deps = ("dobj", "nsubj") if ev.plover == "THREATEN" else ("dobj",)
    called = _what_it_called(span.root)
    if called is not None:
        return called  # "condemned what it called a flagrant violation of its sovereignty"
    for obj in span.root.children:
        if obj.dep_ not in deps or obj.pos_ != "NOUN":
            continue
        kids = list(obj.children)
        if not any(k.dep_ == "det" and k.lower_ in DEFINITE for k in kids):
            return None
        if any(k.dep_ in ("poss", "compound", "amod", "nmod") and k.pos_ == "PROPN" for k in kids):
            return None
        # (naming an act with a word of blame censures it: "called the attacks on X unacceptable")
        censure = span.root.lemma_.lower() in load_cues().censure_verbs or (
            ev.plover == "ACCUSE" and span.root.lemma_.lower() in NAMING_VERBS)
        by_on_verb = censure and any(k.dep_ == "prep" and k.lower_ == "by" for k in span.root.children)
        # ("rejected the criticism as interference": "as" names what it is called, no actor)
        # (a clause of time or concession the parser hung on the noun names no actor of the act:
        # "turned down the offer despite it being praised by the bloc")
        if by_on_verb or any(k.dep_ == "prep" and k.lower_ != "as" and k.lower_ not in CLAUSE_PREPS
                             and (not censure or k.lower_ in ("by", "from")) for k in kids) or any(
                k.dep_ in ("acl", "agent") or (k.dep_ == "prep" and k.lower_ == "by")
                for c in kids if not (c.dep_ == "prep" and c.lower_ in CLAUSE_PREPS) for k in c.subtree):
            # "the accusations made by Y", "welcomed the talks with X": the clause has its actors;
            # "condemned the attack on X" is aimed at the attacker, X is only its victim
            return None
        return obj
    return None


def _what_it_called(verb: Token) -> Token | None:
    """The act noun a reaction names through "what X called": "condemned what it called a
    violation of its sovereignty" reacts to the act that noun names, told before (only a noun
    with no actor of its own)."""
    # ("what" is the object of "called", which the parser hangs on the reaction or the reverse)
    naming = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj", "relcl") and c.lemma_.lower() in NAMING_VERBS
                   and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)), None)
    if naming is None:
        what = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what"), None)
        naming = next((c for c in what.children if c.lemma_.lower() in NAMING_VERBS), None) if what else None
    if naming is None:
        return None
    what = next((w for w in naming.children if w.lower_ == "what"), None)
    noun = next((c for c in naming.children if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "NOUN"
                 and (what is None or c.i != what.i)), None) or next(  # ("what it described as aggression")
        (n for c in naming.children if c.dep_ == "prep" and c.lower_ == "as"
         for n in c.children if n.dep_ == "pobj" and n.pos_ == "NOUN"), None)
    owned = ("poss", "agent")
    if noun is None or any(k.dep_ in owned or (k.dep_ == "prep" and k.lower_ in ("by", "against", "on"))
                           for k in [*noun.children, *naming.children]):
        return None  # ("what it called a violation by Turkey": that act has its doer named)
    return noun


def _same_word(noun: str, lemmas: set[str]) -> bool:
    """The noun is one of the lemmas or shares its stem ("the seizure" of "seized")."""
    return noun in lemmas or (len(noun) >= 6 and any(len(w) >= 4 and noun[:4] == w[:4] for w in lemmas)) or (
        len(noun) >= 5 and any(w.endswith(noun) and len(w) > len(noun) for w in lemmas))  # "the strikes": airstrikes


def _trigger_lemmas(ev: Event, doc: Doc) -> set[str]:
    """The trigger's lemmas, and those of the act noun that is its subject ("an air strike killed
    ...": the strike)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None:
        return set()
    out = {t.lemma_.lower() for t in span}
    root = span.root
    if root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.pos_ == "VERB":
        out.add(root.head.lemma_.lower())  # "declared martial law": "the declaration" names it
    if root.pos_ == "VERB":
        for c in root.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":
                out.add(c.lemma_.lower())
    return out


def noun_types(lemma: str) -> frozenset[str]:
    """The PLOVER types a noun names as an act ("strike": ASSAULT, PROTEST)."""
    return _noun_types().get(lemma, frozenset())


# ("rejected the report as baseless": a report that accused someone, told before)
CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "report", "finding", "characterisation",
                          "characterization", "assertion", "account", "version"})
# "condemned the launch / the test" after "fired a ballistic missile": the firing of a weapon
LAUNCH_NOUNS = frozenset({"launch", "test", "firing", "test-firing"})
LAUNCH_WORDS = frozenset({"fire", "launch", "missile", "rocket", "test", "test-fire"})


def _antecedent(ev: Event, obj: Token, earlier: list[Event], doc: Doc) -> Event | None:
    lemma = obj.lemma_.lower()
    generic = lemma in load_cues().act_nouns
    kinds = _noun_types().get(lemma, frozenset())
    if lemma in load_cues().violence_nouns:
        kinds = kinds | VIOLENT_TYPES  # "condemned the violence": the attack or crackdown told before
    if lemma in CHARGE_NOUNS:
        # "denied the allegation": the accusation told before (by someone named), whatever act it
        # was about; else, as for any act noun, the act told before
        charge = next((p for p in reversed(earlier) if p.plover == "ACCUSE" and p.source
                       and p.modality != "negated"), None)
        if charge is not None:
            return charge
    here = sentence_index_at(doc, obj.idx)
    victim = next((o.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                   for o in p.children if o.dep_ == "pobj"), None)
    if victim is not None:
        # "the attacks on peacekeepers": the act done to them, whoever did something else since
        earlier = [p for p in earlier if any(victim in f"{a.text or ''} {a.name or ''}".lower() for a in p.target)]
    for prior in reversed(earlier):
        # "condemned the strikes" after "jets struck X, a day after an attack killed five": the
        # act named by the same word first, within a few sentences ("the launch", "the test":
        # a weapon fired or launched)
        words = _trigger_lemmas(prior, doc)
        if (prior.source and prior.modality != "negated"
                and (_same_word(lemma, words) or (lemma in LAUNCH_NOUNS and words & LAUNCH_WORDS))
                and here - sentence_index_at(doc, prior.evidence[0]) <= SAME_WORD_WINDOW):
            return prior
    if not generic:
        # "condemned the strikes" at the end of a story that led with "jets carried out airstrikes": the
        # act named by that word, however far back, before any other act of its kind told since
        far = next((p for p in reversed(earlier) if p.source and p.modality != "negated"
                    and _same_word(lemma, _trigger_lemmas(p, doc))), None)
        if far is not None:
            return far
    if not generic and not kinds:
        return None  # ("rejected the dissolution" after "dissolved parliament": the same word only, above)
    for prior in reversed(earlier):
        if (not prior.source and prior.modality != "negated" and kinds and prior.plover in kinds
                and lemma in _trigger_lemmas(prior, doc)):
            return None  # "the house was demolished ... condemned the demolition": whoever did it is not told
        if not prior.source or prior.modality == "negated":
            continue  # "X was not involved in the fighting": nobody condemns X for it
        # (a riot is an attack too: "condemned the attacks on peacekeepers" after stones were thrown at them)
        trigger_words = _trigger_lemmas(prior, doc)
        same = (lemma in trigger_words or prior.plover in kinds
                or (prior.cameo == RIOT and bool(kinds & VIOLENT_TYPES)))
        if generic and not same and _spoken(prior, trigger_words) and lemma not in STATEMENT_NOUNS:
            continue  # "welcomed the decision": a deed decided, not a statement made just before
        # ("rejected the statement", "dismissed the remarks": the words said just before, by another)
        if generic and not same and lemma in DECIDED_NOUNS and prior.plover in UNDECIDED_TYPES:
            continue  # "backed the measure": not the riot or the hostage-taking told since
        if generic and not same:
            near = here - sentence_index_at(doc, prior.evidence[0]) <= WINDOW
            same = near and prior.modality in ("asserted", "intended")
        if same:
            return prior
    return None


# Act nouns that name what someone said ("rejected the statement as interference").
STATEMENT_NOUNS = frozenset({"statement", "remark", "comment", "claim", "declaration"})


PROTESTED_PREPS = frozenset({"against", "over"})


def _protested_act(ev: Event, doc: Doc, events: list[Event]) -> Event | None:
    """"blocked roads to protest against the arrest of X", "rallied over the killing of Y": the
    event told by the noun the protest is against, when it has a doer."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return None
    heads = [span.root, *(c for c in span.root.children if c.dep_ in PURPOSE_DEPS)]
    nouns = {o.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in PROTESTED_PREPS
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
    for other in events:
        if other is ev or not other.source or other.plover not in VIOLENT_TYPES:
            continue
        o = span_at(doc, other.evidence[0], other.evidence[1])
        if o is not None and len(o) and o.root.i in nouns:
            return other
    return None


def _protested_noun(ev: Event, doc: Doc) -> Token | None:
    """"marched against the agreement": the definite noun a protest is against, with no actor of
    its own (no possessor, no "of", no "by")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return None
    for p in span.root.children:
        if p.dep_ != "prep" or p.lower_ not in PROTESTED_PREPS:
            continue
        for o in p.children:
            if (o.dep_ == "pobj" and o.pos_ == "NOUN" and noun_types(o.lemma_.lower())  # an act's own word
                    and any(k.dep_ == "det" and k.lower_ in DEFINITE for k in o.children)
                    and not any(k.dep_ in ("poss", "prep", "acl", "relcl") or k.pos_ == "PROPN" for k in o.children)):
                return o
    return None


def _subject_actors(verb: Token, mentions: list[Mention]) -> list[Actor]:
    """The actors of the mentions over the verb's subject token (none without a subject)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [m.actor for m in mentions if subj is not None and m.start <= subj.idx < m.end]


# Verbs forces use of the enemies they kill ("four gang members were neutralised").
OWN_KILL_VERBS = frozenset({"neutralise", "neutralize"})
FORCE_SPEAKERS = STATE_SECTORS  # (the state's organs: a court saying enemies were "neutralised" is as rare as it is theirs)


def sources_of_reported_kills(events: list[Event], doc: Doc, mentions: list[Mention]) -> list[Event]:
    """"The police said four gang members had been neutralised": an enemy "neutralised" with no
    agent, in what a state force says, was killed by that force."""
    for ev in events:
        if ev.plover != "ASSAULT" or ev.source:
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span) or span.root.lemma_.lower() not in OWN_KILL_VERBS:
            continue
        verb = span.root
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        say = verb.head if verb.dep_ == "ccomp" else None
        while say is not None and say.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in say.children):
            say = say.head  # ("gave a lower figure and said ...": the subject of the first verb)
        if say is None or say.lemma_.lower() not in load_cues().report_verbs | {"give"}:
            continue
        speakers = [a for a in _subject_actors(say, mentions) if a.sector in FORCE_SPEAKERS]
        if speakers:
            ev.source = [copy.copy(a) for a in speakers]
            ev.rule += f"; source: '{speakers[0].text}', the force that says it neutralised them"
    return events


def _defended_against(ev: Event, doc: Doc, mentions: list[Mention]) -> list[Actor]:
    """"The minister said she would stand by the new law after protests in Lagos": protests after
    which someone defends a stance of theirs were against them (the defender's actors)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return []
    noun = span.root
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("following", "after", "amid"):
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in DEFENDING_VERBS:
        return []
    return [a for a in _subject_actors(verb, mentions) if a.country]


DEFENDING_VERBS = frozenset({"defend", "justify", "stand", "explain", "uphold"})


# Verbs of changing course: whoever does so after a protest yields to it ("after European
# diplomats complained, the ministry renamed the summit").
YIELDING_VERBS = frozenset({"broaden", "change", "revise", "drop", "withdraw", "scrap", "abandon", "postpone", "cancel",
                            "delay", "amend", "soften", "reverse", "relent", "shelve", "suspend", "narrow", "rename",
                            "reconsider", "retract", "rescind", "water"})


def _yielder(ev: Event, doc: Doc, mentions: list[Mention]) -> list[Actor]:
    """The actors of the main clause that changes course after the protest the event is ("after X
    protested, Y dropped the plan"): the protest was against them."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return []
    verb = span.root
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return []
    main = verb.head
    if main.lemma_.lower() not in YIELDING_VERBS:
        return []
    return [a for a in _subject_actors(main, mentions) if a.country or a.code]


def target_reactions(events: list[Event], doc: Doc, mentions: list[Mention] | None = None) -> list[Event]:
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for ev in ordered:
        if ev.plover in ("ACCUSE", "PROTEST") and not ev.target and ev.source:
            yielder = _yielder(ev, doc, mentions or [])
            if yielder and not {a.code for a in yielder} & {a.code for a in ev.source}:
                ev.target = [copy.copy(a) for a in yielder]
                ev.rule += f"; target: '{yielder[0].text}', who changed course after it"
    for ev in ordered:
        if ev.plover != "PROTEST" or not ev.source:
            continue
        defender = _defended_against(ev, doc, mentions or [])
        if defender and not {a.code for a in defender} & {a.code for a in ev.source}:
            ev.target = [copy.copy(a) for a in defender]
            ev.rule += f"; target: '{defender[0].text}', who defends what was protested"
            continue
        act = _protested_act(ev, doc, ordered)
        if act is None and _open_target(ev):
            noun = _protested_noun(ev, doc)  # "marched against the agreement": the act told before
            act = _antecedent(ev, noun, [e for e in ordered if e.evidence[0] < noun.idx], doc) if noun is not None else None
        if act is not None and not {a.code for a in act.source} & {a.code for a in ev.source}:
            # the protest is aimed at whoever did the act, not at its victims
            ev.target = [copy.copy(a) for a in act.source]
            ev.rule += f"; target: who did '{act.trigger}' (the act protested against)"
    named: dict[str, Event] = {}  # act noun -> the act it named last ("the launch" named again is the same launch)
    for k, ev in enumerate(ordered):
        if ev.plover not in REACTION_TYPES and ev.plover != "PROTEST" or not ev.source:
            continue
        if ev.target and not (ev.plover == "PROTEST" and _open_target(ev)):
            continue
        obj = _act_object(ev, doc)
        if obj is None:
            continue
        # (the reacting side's own acts are passed over: "Taiwan dispatched jets ... It condemned
        # the drills" is about China's drills told before)
        # (but one may name one's own act: "China called the drills a stern warning")
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        naming = span is not None and len(span) and span.root.lemma_.lower() in NAMING_VERBS
        ours = frozenset() if naming else _sides(ev.source)
        prior = named.get(obj.lemma_.lower()) or _antecedent(
            ev, obj, [e for e in ordered[:k] if e.evidence[0] < obj.idx and not _sides(e.source) & ours], doc)
        if prior is None:
            continue
        named[obj.lemma_.lower()] = prior
        if _sides(prior.source) & _sides(ev.source):
            continue
        ev.target = [copy.copy(a) for a in prior.source]
        ev.rule += f"; target: who did '{prior.trigger}' (the act '{obj.text}' names)"
    return events


REFUSAL_WINDOW = 1  # sentences back to the request a bare refusal answers


def target_refusals(events: list[Event], doc: Doc) -> list[Event]:
    """A refusal with no object ("Thailand has refused.") answers the request made of the refuser
    just before ("Cambodia asked Thailand to take the dispute to the court"): its target is the one
    who asked."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if ev.plover != "REJECT" or ev.target or not ev.source:
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span) or span.root.pos_ != "VERB":
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr") for c in span.root.children):
            continue  # ("refused to sign", "rejected the plan": what it refuses is named; read elsewhere)
        mine = _sides(ev.source)
        here = sentence_index_at(doc, ev.evidence[0])
        for prior in reversed(ordered[:k]):
            if here - sentence_index_at(doc, prior.evidence[0]) > REFUSAL_WINDOW:
                break
            if prior.plover == "REQUEST" and prior.source and _sides(prior.target) & mine and not _sides(prior.source) & mine:
                ev.target = [copy.copy(a) for a in prior.source]
                ev.rule += f"; target: who asked it ('{prior.trigger}')"
                break
    return events


def _definite_noun(ev: Event, doc: Doc) -> Token | None:
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) != 1 or span.root.pos_ != "NOUN":
        return None
    noun = span.root
    return noun if any(k.dep_ == "det" and k.lower_ in DEFINITE for k in noun.children) else None


def target_rementions(events: list[Event], doc: Doc) -> list[Event]:
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if ev.target:
            continue
        noun = _definite_noun(ev, doc)
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        prior = next((p for p in reversed(ordered[:k]) if p.target and lemma in _trigger_lemmas(p, doc)), None)
        if prior is None or _sides(prior.target) & _sides(ev.source):
            continue
        ev.target = [copy.copy(a) for a in prior.target]
        ev.rule += f"; target: that of '{prior.trigger}' ('{noun.text}' names it again)"
    return events


# Triggers of firing back: aimed at whoever fired first.
RETURNED_FIRE = frozenset({"return fire"})


def _latest_against(ordered: list[Event], k: int, doc: Doc, window: int, accept) -> Event | None:
    """The latest event before ``ordered[k]`` with a source, not negated, told at most ``window``
    sentences before it, that ``accept`` takes."""
    here = sentence_index_at(doc, ordered[k].evidence[0])
    return next((p for p in reversed(ordered[:k]) if p.source and p.modality != "negated"
                 and here - sentence_index_at(doc, p.evidence[0]) <= window and accept(p)), None)


def _lead_act(ordered: list[Event], k: int, doc: Doc, accept) -> Event | None:
    """An act of the article's lead (the first sentence with an act by someone, before
    ``ordered[k]``) that ``accept`` takes: what the story is about is what a reaction further down
    answers ("Poland expelled a Russian diplomat ... [five sentences on] ... Moscow promised to
    respond")."""
    lead = next((sentence_index_at(doc, p.evidence[0]) for p in ordered[:k] if p.source), None)
    if lead is None:
        return None
    return next((p for p in ordered[:k] if p.source and p.modality != "negated"
                 and sentence_index_at(doc, p.evidence[0]) == lead and accept(p)), None)


def _latest_or_lead(ordered: list[Event], k: int, doc: Doc, window: int, accept) -> Event | None:
    """``_latest_against``, or else ``_lead_act``."""
    return _latest_against(ordered, k, doc, window, accept) or _lead_act(ordered, k, doc, accept)


def _aim_at_doer(ev: Event, prior: Event, why: str) -> None:
    """``ev`` is aimed at whoever did ``prior``; its rule says why."""
    ev.target = [copy.copy(a) for a in prior.source]
    ev.rule += f"; target: {why}"


def target_returned_fire(events: list[Event], doc: Doc) -> list[Event]:
    """"X's troops opened fire on the village and Y's troops returned fire": fire returned with no
    target of its own is aimed at the source of the latest earlier attack by another side, in the
    same sentence or the one before."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        # (victims the attack only took from its place: whoever fired first overrides them)
        if any(a.rule != PLACE_VICTIMS_RULE for a in ev.target) or not ev.source or not _returns_fire(ev, doc):
            continue
        here = sentence_index_at(doc, ev.evidence[0])
        prior = next((p for p in reversed(ordered[:k]) if p.plover == "ASSAULT" and p.source
                      and here - sentence_index_at(doc, p.evidence[0]) <= 1
                      and not _sides(p.source) & _sides(ev.source)), None)
        if prior is None:
            continue
        ev.target = [copy.copy(a) for a in prior.source]
        ev.rule += f"; target: who did '{prior.trigger}' (the fire returned)"
    return events


# Verbs of answering an act: said with no object ("vowed to respond", "would retaliate"), they are
# aimed at whoever did the act just told against the speaker's side.
RETALIATION_VERBS = frozenset({"respond", "retaliate", "react", "reply", "avenge", "hit back", "strike back"})
# Verbs of winning back what was taken ("vowed to retake the town"): aimed at whoever took it.
RETAKE_VERBS = frozenset({"retake", "recapture", "reclaim", "regain", "liberate", "win back", "take back"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
REVENGE_NOUNS = frozenset({"revenge", "vengeance", "retaliation", "reprisal", "retribution"})
# A response vowed with nothing named it answers ("promised a response") answers the act just told.
RESPONSE_NOUNS = frozenset({"response", "reply", "answer"})
VOW_VERBS = frozenset({"promise", "vow", "pledge", "threaten"})
AIMED_PREPS = frozenset({"to", "against", "on", "at"})


def target_retaliation(events: list[Event], doc: Doc) -> list[Event]:
    """"The EU agreed new sanctions against Russia. Moscow vowed to respond": a retaliation or a
    vow of one, with no object, is aimed at the source of the latest earlier hostile act (attack,
    coercion, sanction, threat) aimed at the retaliating side by another, within ``WINDOW``
    sentences."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if ev.plover not in ("THREATEN", "ASSAULT") or not ev.source or any(
                a.rule != PLACE_VICTIMS_RULE for a in ev.target):
            continue
        verb = _retaliation_verb(ev, doc)
        if verb is None:
            continue
        ours = _sides(ev.source)
        prior = _latest_or_lead(ordered, k, doc, WINDOW, lambda p, ours=ours: p.plover in HOSTILE_TYPES
                                and not _sides(p.source) & ours and bool(_sides(p.target) & ours))
        if prior is not None:
            _aim_at_doer(ev, prior, f"who did '{prior.trigger}' (the act '{verb.text}' answers)")
    return events


# Triggers of breaking a rule or a deal: said of someone by another, the saying is the act.
VIOLATION_WORDS = ("violat", "breach", "flout")
ACCUSATION = "112"  # CAMEO: accuse of crime, corruption


def accusations_of_violation(events: list[Event], doc: Doc) -> list[Event]:
    """"Kyiv said Russia had violated the ceasefire": a breach told by another party (the
    event's attribution, of another country) is that party's accusation of the breaker, not a
    breach the coder asserts."""
    accuse = lexicon.by_cameo(ACCUSATION)
    if accuse is None:
        return events
    for ev in events:
        who = ev.attribution
        if (ev.plover != "REJECT" or who is None or not ev.source or ev.modality == "negated"
                or not (ev.trigger or "").lower().startswith(VIOLATION_WORDS)):
            continue
        theirs = {a.country for a in ev.source if a.country}
        if not who.country or not theirs or who.country in theirs:
            continue
        ev.target, ev.source = [copy.copy(a) for a in ev.source], [copy.copy(who)]
        lexicon.recode(ev, accuse)
        ev.rule += f"; '{ev.trigger}' said by '{who.text}': its accusation of the breaker"
    return events


# How many sentences back a warning with no one named continues the same speaker's statement.
THREAT_THREAD = 2


def target_continued_threats(events: list[Event], doc: Doc) -> list[Event]:
    """"China urged Washington to stop arming Taiwan. A spokesperson warned that China would take
    resolute measures": a threat that names no one, told just after an act of the same side aimed
    at another (within ``THREAT_THREAD`` sentences, the latest first), is aimed where that act was."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if ev.plover != "THREATEN" or ev.target or not ev.source:
            continue
        ours, own = _sides(ev.source), {a.country for a in ev.source}
        prior = _latest_against(ordered, k, doc, THREAT_THREAD, lambda p, ours=ours, own=own: (
            bool(_sides(p.source) & ours) and bool(p.target) and all(a.country for a in p.target)
            and not {a.country for a in p.target} & own))
        if prior is not None:
            ev.target = [copy.copy(a) for a in prior.target]
            ev.rule += f"; target: that of '{prior.trigger}', the same side's act just told"
    return events


def target_denials(events: list[Event], doc: Doc) -> list[Event]:
    """"Burundi accused Rwanda of arming the rebels ... Rwanda denied supporting them": a denial
    with no target is aimed at whoever made the latest earlier charge against the denier's side
    (within ``WINDOW`` sentences)."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if ev.cameo != DENIAL or ev.target or not ev.source:
            continue
        ours = _sides(ev.source)
        charge = _latest_against(ordered, k, doc, WINDOW, lambda p, ours=ours: p.plover == "ACCUSE"
                                 and bool(_sides(p.target) & ours) and not _sides(p.source) & ours)
        if charge is None:
            # (no charge named with its maker: the lead's act against the denier's side, whose
            # maker made the charge, "Poland expelled a Russian diplomat accused of spying")
            charge = _lead_act(ordered, k, doc, lambda p, ours=ours: p.plover in HOSTILE_TYPES | {"ACCUSE"}
                               and bool(_sides(p.target) & ours) and not _sides(p.source) & ours)
        if charge is not None:
            _aim_at_doer(ev, charge, f"who made the charge '{charge.trigger}'")
            continue
        # (no charge at all: the hostile act of the denier's side told just before is what it
        # denies, and those it was done to are who say it was done, "Indian officials said
        # Pakistani troops opened fire on their posts ... Pakistan's military denied that its
        # soldiers had fired first")
        home = {a.country for a in ev.source if a.country}
        deed = _latest_against(ordered, k, doc, DENIED_DEED_WINDOW, lambda p, ours=ours, home=home:
                               p.plover in HOSTILE_TYPES and bool(_sides(p.source) & ours)
                               and any(a.country and a.country not in home for a in p.target))
        if deed is not None and home:  # (another state's people: at home, the accusers are others)
            ev.target = [copy.copy(a) for a in deed.target if a.country and a.country not in home]
            ev.rule += f"; target: those the denied act ('{deed.trigger}') was done to"
    return events


DENIED_DEED_WINDOW = 1  # sentences back to the act a denial with no charge named denies


RELEASE_CALLS = ("0253", "1053")  # CAMEO: appeal for, demand the release of persons or property
CAPTURES = ("173", "181")  # CAMEO: arrest or detain; abduct, take hostage


def target_release_calls(events: list[Event], doc: Doc) -> list[Event]:
    """"X detained three of Y's officers ... Y demanded their release": a call to free people
    named as its target (or, none named, its own people) is aimed at whoever holds them, the source
    of the latest earlier arrest or abduction of them (by another side), within
    ``SAME_WORD_WINDOW`` sentences."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for k, ev in enumerate(ordered):
        if not (ev.cameo or "").startswith(RELEASE_CALLS) or not ev.source:
            continue
        named = {a.code for a in ev.target if a.code}
        if named:
            # those to be freed, by their codes ("the officers arrested the president ... demanded
            # the release of the president": the army holds him, though both are of one country)
            def holds(p: Event, named=named) -> bool:
                return bool({a.code for a in p.target} & named) and not {a.code for a in p.source} & named
        else:
            # (no one named: "Britain demanded the release of the crew" asks for its own people)
            ours = _sides(ev.source)

            def holds(p: Event, ours=ours) -> bool:
                return bool(_sides(p.target) & ours) and not _sides(p.source) & ours
        askers = {a.code for a in ev.source}
        prior = _latest_against(ordered, k, doc, SAME_WORD_WINDOW, lambda p, holds=holds, askers=askers:
                                (p.cameo or "").startswith(CAPTURES) and holds(p)
                                and not {a.code for a in p.source} & askers)
        if prior is not None:
            _aim_at_doer(ev, prior, f"who did '{prior.trigger}' (those it holds are to be freed)")
    return events


def _retaliation_verb(ev: Event, doc: Doc) -> Token | None:
    """The trigger's verb of answering an act when it has no object of its own."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None:
        return None
    # (the verb itself, or the infinitive of a vow: "vowed to retake the town")
    for tok in [*span, *(c for t in span for c in t.children if c.dep_ == "xcomp" and c.i not in range(span.start, span.end))]:
        words = {tok.lemma_.lower()} | {f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt"}
        if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in REVENGE_NOUNS for c in tok.children):
            return tok  # "vowed harsh revenge for the killing"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in VOW_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_NOUNS and not any(g.dep_ == "prep" for g in c.children)
                for c in tok.children):
            return tok  # "promised a response", "vowed a firm response": to what, the story just told
        if tok.pos_ == "VERB" and tok.lemma_.lower() in VOW_VERBS | {"warn"} and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in RESPONSE_NOUNS | REVENGE_NOUNS
                    and not any(g.dep_ == "prep" for g in o.children) for o in c.children)
                for c in tok.children):
            return tok  # "warned of a response", "warned of retaliation": to the act just told
        if tok.pos_ != "VERB" or not words & (RETALIATION_VERBS | RETAKE_VERBS):
            continue
        if words & RETAKE_VERBS:
            return tok  # "vowed to retake the town": from whoever took it
        if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in AIMED_PREPS) for c in tok.children):
            return None  # "responded to the attack", "retaliated against X": the clause names it
        return tok
    return None


def _returns_fire(ev: Event, doc: Doc) -> bool:
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return span is not None and " ".join(t.lemma_.lower() for t in span) in RETURNED_FIRE


CLAIM_VERBS = frozenset({"claim", "take", "assume", "accept"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})


def _claimers(tok: Token, mentions: list[Mention]) -> list[Actor]:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    found = [copy.copy(m.actor) for m in mentions if lo <= m.start and m.end <= hi and m.actor.code
             and not _says_of_it(tok, m)]
    named = [a for a in found if a.country]  # "a commander of the Pakistani Taliban": the Taliban
    return named or found


def _says_of_it(claim: Token, m: Mention) -> bool:
    """The mention is who says something of the claimer ("a group that Indian officials say is a
    front for X"): the subject of a verb of saying inside the claimer's phrase, no claimer."""
    span = span_at(claim.doc, m.start, m.end)
    return (span is not None and len(span) > 0 and span.root.dep_ == "nsubj" and span.root.head.i != claim.i
            and span.root.head.lemma_.lower() in load_cues().report_verbs)


def _claims_responsibility(tok: Token) -> bool:
    """"X claimed / took responsibility for ..."."""
    return tok.lemma_.lower() in CLAIM_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in tok.children)


def _claimed_act(tok: Token) -> Token | None:
    """"X claimed a drone attack", "X claimed the bombing": the attack X says it did (its noun)."""
    if tok.lemma_.lower() != "claim":
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and noun_types(c.lemma_.lower()) & {"ASSAULT"}), None)


def behind_an_act(tok: Token) -> bool:
    """"X was behind the attack": the copula of an act's attribution to its subject."""
    return tok.lemma_.lower() == "be" and any(
        c.dep_ == "prep" and c.lower_ == "behind"
        and any(o.dep_ == "pobj" and noun_types(o.lemma_.lower()) & {"ASSAULT"} for o in c.children)
        for c in tok.children)


def sources_from_claims(events: list[Event], doc: Doc, mentions: list[Mention]) -> list[Event]:
    """"X claimed responsibility for the attack", "X was behind the attack": an attack told before with no named doer (or
    only the place's unidentified armed men, or "gunmen", "militants") was done, by X's own claim, by X. The claim names the
    doer; the event's ``rule`` says it is a claim."""
    ordered = sorted(events, key=lambda e: e.evidence[0])
    for i in [i for i, lemma in enumerate(doc_lemmas(doc)) if lemma in CLAIM_VERBS or lemma == "be"]:
        tok = doc[i]
        if not (_claims_responsibility(tok) or behind_an_act(tok) or _claimed_act(tok) is not None):
            continue
        claimers = _claimers(tok, mentions)
        if not claimers:
            continue
        # the attacks the claim itself names ("claimed responsibility for a car bomb attack that
        # killed seven"), else the first attack told before with no named doer: the story's attack
        named = _claimed_span(tok)
        # (a claimer of no known country, "a little-known group", does not replace "gunmen" the
        # sentence gave a country; it does replace unidentified armed men)
        known = all(a.country for a in claimers)
        prior = next((e for e in ordered if e.evidence[0] < tok.idx and e.plover == "ASSAULT"
                      and _unnamed_doers(e, known)), None)
        own = [e for e in ordered if e.plover == "ASSAULT" and named is not None
               and named[0] <= e.evidence[0] < named[1] and _unnamed_doers(e, known)]
        if prior is not None and any(_definite(doc, e) for e in own):
            own = []  # "claimed responsibility for the attack": the attack told before
        for ev in own or ([prior] if prior is not None else []):
            ev.source = claimers
            ev.rule += f"; source: claimed by '{claimers[0].text}'"
    return events


def _unnamed_doers(ev: Event, words_too: bool = True) -> bool:
    """The act's doers are unidentified armed men, or (``words_too``) armed men named only by a
    word for them ("jihadist gunmen", "militants"), whom a claim names."""
    return all(a.sector == "UAF" or (words_too and a.kind == "sector" and a.sector == "REB") for a in ev.source)


def _definite(doc: Doc, ev: Event) -> bool:
    """The event's trigger is a noun named again ("the attack", "this bombing")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return (span is not None and len(span) > 0 and span.root.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in span.root.children))


def _claimed_span(tok: Token) -> tuple[int, int] | None:
    """Character span of what a claim of responsibility names ("responsibility for [a car bomb
    attack ... that killed seven]")."""
    act = _claimed_act(tok)
    if act is not None:  # "the rebels claimed a drone attack on a border post"
        sub = list(act.subtree)
        return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    nouns = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS]
    # (or on the verb: "claimed responsibility Friday for ...", as the parser may hang "for")
    prep = next((p for t in [*nouns, tok] for p in t.children if p.dep_ == "prep" and p.lower_ == "for"), None)
    if prep is None:
        return None
    sub = list(prep.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)
