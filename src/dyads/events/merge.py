"""One event per reported act: repeated mentions of the same act are merged into its first one.

News repeats itself: a highlights box restates the lead, a later paragraph says "the attacks"
again, one clause read two ways gives A->B and B->A. ``merge_mentions(events, doc)`` keeps the
first, clearest mention of each act and folds the others into it (their evidence offsets are
listed in the kept event's ``rule``; a place, target or count the kept mention lacks is taken
from the others):

- the same type with the same source and target in the same sentence text (a repeated passage,
  or the same act found twice in one clause);
- the same type in one sentence with source and target swapped (a permuted reading of one clause),
  for acts that are not mutual and not told by two verbs with their own subjects (tit for tat), unless both directions come from one pattern of a user's verb
  dictionary (a ``%`` compound or a paired code such as ``[030:030]``);
- a bare nominal re-mention ("the attacks", "the strike") with no actor of its own, or only a
  target already given to an earlier event of the same type, when an earlier event of that type
  has a source; a bare weapon word with no actor that an earlier launch or attack names ("fired
  missiles" ... "the missiles landed");
- a resultative participle ("opened fire on the crowd, killing two"): a participle clause of the
  same type hanging on an event's own trigger reports that act's outcome, not a second act; its
  victims replace a target the kept event only inferred (a non-violent participle with its own
  object and code, "downgraded relations, expelling the envoy", is a second act);
- a "when" clause of the same type ("an officer was wounded when gunmen opened fire"): one act,
  whose doer the clause names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.data import words
from dyads.docmemo import span_at
from dyads.events.clauses import even_as, names_own_means
from dyads.events.cues import load_cues
from dyads.events.extract import in_other_events_clause
from dyads.events.make import MUTUAL_RULE, every_party_a_source
from dyads.events.reactions import noun_types as lexicon_types
from dyads.events.sentences import sentence_index_at, sentence_of
from dyads.model import Event
from dyads.sectors import sector_class

MUTUAL = frozenset({"CONSULT", "COOPERATE"})
# measures a body enacts on another (sanctions, bans, loans): approving one is doing it, not supporting its target
MEASURES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "REJECT", "MOBILIZE", "REDUCE", "AID"})


def _keys(actors) -> frozenset[str]:
    return frozenset((a.country or a.code or a.text or "")[:3] for a in actors)


def _same_pattern(a: Event, b: Event) -> bool:
    """Both events coded by the same pattern of a user's verb dictionary."""
    return a.rule.startswith("verbs ") and a.rule.split(";")[0] == b.rule.split(";")[0]


PARTICIPLE_HEADS = frozenset({"those", "all", "some", "many", "most", "none", "several"})


def _nominal(ev: Event, doc: Doc) -> bool:
    """A noun names the act again ("the attacks"), or a participle used as one ("those arrested")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") or (root.tag_ == "VBN" and root.dep_ in ("acl", "amod")
                                              and root.head.lower_ in PARTICIPLE_HEADS)


def _indefinite(ev: Event, doc: Doc) -> bool:
    """The trigger is a noun with "a" or "an": an act told for the first time, not named again."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return (span is not None and len(span) > 0 and span.root.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children))


def _names_weapon_of(ev: Event, earlier: Event) -> bool:
    """``ev``'s trigger is a weapon word that ``earlier``'s trigger names ("fired missiles" ->
    "the missiles")."""
    words = ev.trigger.lower().split()
    told = earlier.sentence.lower().replace("-", " ").split()
    return (len(words) == 1 and earlier.plover in ("MOBILIZE", "ASSAULT") and earlier.sentence != ev.sentence
            and any(w.strip(".,;:").rstrip("s") == words[0].rstrip("s") for w in told))


def _verb_with(ev: Event, doc: Doc, deps: tuple[str, ...]):
    """The event's trigger verb when it has a dependant of ``deps`` (an object, a subject), else None."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    root = span.root if span is not None and len(span) else None
    if root is None or root.pos_ != "VERB" or not any(c.dep_ in deps for c in root.children):
        return None
    return root


def _two_acts(a: Event, b: Event, doc: Doc) -> bool:
    """Two verbs joined in one clause, or a verb and its participle, each with its own object and
    code ("condemned the strikes and summoned the envoy", "expelled the ambassador and suspended
    exports", "downgraded relations, expelling the envoy"): two acts, not one told twice (violence
    told in several verbs, "attacked and killed", stays one, unless each verb names victims of
    another kind: "abducted four workers and killed two of their police escorts")."""
    if a.cameo == b.cameo or (a.plover == "ASSAULT" and not _other_victims(a, b)):
        return False
    va, vb = _verb_with(a, doc, ("dobj",)), _verb_with(b, doc, ("dobj",))
    if va is None or vb is None or va.i == vb.i:
        return False
    first, second = (va, vb) if va.i < vb.i else (vb, va)
    if second.dep_ == "advcl" and second.tag_ == "VBG" and second.head.i == first.i:
        # "downgraded relations with X, expelling its ambassador": a second act of its own (not
        # "shelled the city, killing 20": the shelling's toll)
        return a.plover != "ASSAULT"
    # (or joined to the first verb's infinitive: "ordered X to leave and suspended exports")
    return second.dep_ == "conj" and first.i in (second.head.i, second.head.head.i)


def _inside_same_act(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """A kept event of the same type and doers whose trigger governs ``ev``'s, which names no
    target ("warned that US bases would be 'legitimate targets'": one threat, told by its verb and
    again by its content)."""
    if ev.plover != "THREATEN" or ev.target or not ev.source:
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return None
    for k in kept:
        if k.plover != ev.plover or k.sentence != ev.sentence or _keys(k.source) != _keys(ev.source):
            continue
        ks = span_at(doc, k.evidence[0], k.evidence[1])
        if ks is not None and len(ks) and any(c.dep_ in ("ccomp", "xcomp") and span.root in c.subtree
                                              for c in ks.root.children):
            return k  # (the warning's content clause holds the other)
    return None


def _aimed_at_its_doer(host: Event, ev: Event) -> bool:
    """Folding ``ev`` into ``host`` would aim the host's act at its own doer: ``ev``'s targets are
    all among the host's sources (by full code)."""
    doers = {a.code for a in host.source if a.code}
    return (ev.plover == "ASSAULT" and bool(doers) and not ev.source and bool(ev.target)
            and all(a.code in doers for a in ev.target))


def _other_victims(a: Event, b: Event) -> bool:
    """Each act's targets are of a sector, and no sector is common to both (civilians and police)."""
    ta, tb = {x.sector for x in a.target}, {x.sector for x in b.target}
    return bool(ta) and bool(tb) and None not in ta | tb and not ta & tb


def _other_doers(a: Event, b: Event) -> bool:
    """Violence by doers of one country but of no common sector ("police fired in the air, but a youth was
    stabbed by rioters": the police and the rioters): two acts, not one told twice (the merge key
    reads only countries, which a domestic story shares)."""
    if a.plover != "ASSAULT" or b.plover != "ASSAULT":
        return False  # (an agreement or a meeting told from both sides is one)
    sa, sb = {x.sector for x in a.source}, {x.sector for x in b.source}
    return bool(sa) and bool(sb) and None not in sa | sb and not sa & sb


def _answered(a: Event, b: Event) -> bool:
    """One act is done by the one the other was done to ("its fighters repelled an army attack,
    killing dozens of soldiers": the attack and the killing): two acts, though the merge key,
    which reads countries, is the same for the sides of a civil war."""
    if MUTUAL_RULE in a.rule or MUTUAL_RULE in b.rule:
        return False
    return bool({x.code for x in a.target if x.code} & {x.code for x in b.source if x.code}
                or {x.code for x in b.target if x.code} & {x.code for x in a.source if x.code})


def _own_clauses(a: Event, b: Event, doc: Doc) -> bool:
    """Two verbs, each with its own subject ("Israel struck Iran after Iran attacked Israel"):
    two acts in opposite directions, not one clause read both ways."""
    va, vb = _verb_with(a, doc, ("nsubj", "nsubjpass")), _verb_with(b, doc, ("nsubj", "nsubjpass"))
    return va is not None and vb is not None and va.i != vb.i


def _participle_of_its_own(ev: Event, doc: Doc) -> bool:
    """The event's trigger is a past participle that describes a noun with its own doer ("prisoners
    freed from Israeli jails")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return (span is not None and len(span) > 0 and span.root.dep_ == "acl" and span.root.tag_ == "VBN"
            and bool(ev.source))


def _own_act(ev: Event, earlier: Event) -> bool:
    """A nominal mention that reports an act of its own, not the earlier one again: announced
    where the earlier was done ("rallies will take place at 20 airports"), or named in another country."""
    if ev.modality == "intended" and earlier.modality == "asserted":
        return True
    return (ev.place is not None and earlier.place is not None and ev.place.country != earlier.place.country
            and ev.place.start >= 0 and earlier.place.start >= 0)


def _inferred(actors) -> bool:
    """Every actor was inferred, not named: its text is a description in brackets ("(the
    authorities)", "(victims at the place)")."""
    return all(a.text.startswith("(") for a in actors)


def _compound_on(k: Event, noun, doc: Doc) -> bool:
    """``k``'s trigger is a compound modifier of ``noun`` ("car bomb" in "a car bomb attack")."""
    kspan = span_at(doc, k.evidence[0], k.evidence[1])
    return kspan is not None and len(kspan) > 0 and kspan.root.dep_ == "compound" and kspan.root.head.i == noun.i


def _kept_at(kept: list[Event], plover: str, at: int) -> Event | None:
    """The latest kept event of type ``plover`` whose trigger covers character ``at``."""
    return next((k for k in reversed(kept) if k.plover == plover and k.evidence[0] <= at < k.evidence[1]), None)


def _resultative_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept event whose trigger governs ``ev``'s participle clause (", killing two")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    tok = span[0]
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.dep_ in ("advcl", "xcomp"):
        tok = tok.head  # ", killing three and wounding eight": both hang on the act's trigger
    host = _kept_at(kept, ev.plover, tok.head.idx)
    if host is None and tok.dep_ == "advcl":
        # "launched an air attack on X, killing 39": the act is the verb's object
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        host = _kept_at(kept, ev.plover, obj.idx) if obj is not None else None
        if host is not None and _answered(host, ev):
            return None  # "repelled an army attack, killing dozens of soldiers": the attacked side's own act
    if host is None and tok.dep_ == "advcl" and tok.i > 0 and doc[tok.i - 1].text == ",":
        # "fired at people trying to return home, killing two": the parser hung the result on the
        # verb of the victims' clause; it is the result of the act above it
        for up in list(tok.head.ancestors)[:4]:
            host = _kept_at(kept, ev.plover, up.idx)
            if host is not None:
                break
    if host is not None and _two_acts(host, ev, doc):
        return None  # "downgraded relations, expelling the ambassador": a second act, not an outcome
    return host


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
NON_STATE = sector_class("non_state")


# The crowd of a protest named again by a bare word ("Protesters waved flags and chanted ...").
CROWD_WORDS = frozenset({"protesters", "demonstrators", "marchers", "the protesters", "the demonstrators",
                         "the marchers", "the crowd", "crowds", "the crowds", "they"})
PROTEST_AGAIN_SENTENCES = 2


def _protest_told_again(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """"Thousands marched through Tbilisi ... Protesters waved flags and chanted slogans": a protest
    whose doers are the crowd named again, in a sentence just after a protest with the same target
    and no other place, is that protest told again."""
    if ev.plover != "PROTEST" or not ev.source or any((a.text or "").lower() not in CROWD_WORDS for a in ev.source):
        return None
    if (ev.cameo or "") not in ("140", "141"):
        return None  # a blockade, a riot or a fire set is news of its own
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or any(t.lower_ in ("also", "elsewhere") for t in span.root.subtree):
        return None  # "Demonstrators also clashed with police in Mombasa": another protest
    here = sentence_index_at(doc, ev.evidence[0])
    if ev.place is not None and sentence_index_at(doc, ev.place.start) == here:
        return None  # a place of its own
    last = next((k for k in reversed(kept) if k.plover == "PROTEST"), None)
    if (last is not None and 0 < here - sentence_index_at(doc, last.evidence[0]) <= PROTEST_AGAIN_SENTENCES
            and (last.cameo or "").startswith("14")
            and (last.modality == ev.modality or last.modality in ("asserted", "attributed"))
            # (not a protest only planned, threatened or named in a charge: "accused of plotting
            # during the protests ... Protesters rallied": the rally is news of its own)
            and (not ev.target or _keys(last.target) == _keys(ev.target))
            and all(a.country is None or a.country in {b.country for b in last.source} for a in ev.source)):
        return last
    return None


def _freed_by_attack(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """"Gangs attacked a police station, freeing 500 inmates": people set free by an armed group's
    attack are its outcome (a jailbreak), not a release the group granted (CAMEO 0841)."""
    if ev.plover != "RETREAT" or not (ev.cameo or "").startswith("084"):
        return None
    if not ev.source or any(a.sector not in NON_STATE for a in ev.source):
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    tok = span[0]
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj"):
        return None
    return _kept_at(kept, "ASSAULT", tok.head.idx)


def _purpose_verb(ev: Event, doc: Doc):
    """The trigger's verb when it is a purpose infinitive ("to disperse", "to protest"), else None."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    verb = span[0]
    if (verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl")
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    return verb


def _purpose_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept act of force, by the same doers on the same people, that ``ev``'s purpose
    infinitive hangs on ("used tear gas to disperse the crowd": one act, told with its aim)."""
    verb = _purpose_verb(ev, doc) if ev.plover in FORCE_TYPES else None
    if verb is None:
        return None
    gov = verb.head
    src, tgt = _keys(ev.source), _keys(ev.target)
    for k in reversed(kept):
        if k.plover not in FORCE_TYPES or _keys(k.source) != src or not src or (tgt and _keys(k.target) != tgt):
            continue
        kspan = span_at(doc, k.evidence[0], k.evidence[1])
        if kspan is not None and len(kspan) and (kspan.root.i == gov.i or (
                kspan.root.head.i == gov.i and kspan.root.dep_ in ("dobj", "conj"))):
            return k
    return None


def _protest_purpose_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept protest by the same people whose purpose infinitive ``ev`` is ("marched to the
    square to protest against the cuts": one protest, whose "against" names its target)."""
    verb = _purpose_verb(ev, doc) if ev.plover == "PROTEST" else None
    if verb is None:
        return None
    src = _keys(ev.source)
    return next((k for k in reversed(kept) if k.plover == "PROTEST" and k.sentence == ev.sentence
                 and (not src or _keys(k.source) == src) and k.evidence[0] <= verb.head.idx < k.evidence[1]), None)


def _compound_means_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept event of the same type whose trigger is a compound on ``ev``'s noun ("a car bomb
    attack": one attack, told by its means and its name)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.pos_ != "NOUN":
        return None
    noun = span.root
    return next((k for k in reversed(kept) if k.plover == ev.plover and k.sentence == ev.sentence
                 and k.evidence[1] <= noun.idx and _compound_on(k, noun, doc)), None)


def _told_act_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept event of the same type, with a doer, that ``ev``'s subject names again: "the strike",
    "the attack" as the subject of what it did ("The strike destroyed part of a building")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.pos_ != "VERB":
        return None
    verb = span.root
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "destroyed part of a building and killed three": the first verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    toll = False
    if subj is None and any(c.dep_ == "auxpass" for c in verb.children):
        # "At least 10 people were killed in the attack / the violence": the toll of the act told before
        # ("were killed and 28 wounded in the strike": the phrase may hang on the joined verb)
        subj = next((o for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"))
                     for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                     for o in p.children if o.dep_ == "pobj"), None)
        toll = subj is not None and subj.lemma_.lower() in load_cues().violence_nouns
    if subj is None or not _definite(subj) or not (
            toll or (subj.pos_ == "NOUN" and ev.plover in lexicon_types(subj.lemma_.lower()))):
        return None
    hosts = [k for k in reversed(kept) if k.plover == ev.plover and k.source]
    # ("were killed in the strikes": the strikes told before, not a killing told after them)
    word = subj.lemma_.lower()
    same_word = next((k for k in hosts if word in (k.trigger or "").lower().replace("-", " ").split()
                      or word + "s" in (k.trigger or "").lower().split()), None)
    return same_word or next(iter(hosts), None)


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
MEASURE_SUBJECTS = frozenset({"measure", "sanction", "restriction", "penalty"})


def _measures_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept sanction or restriction, with a named doer, that ``ev``'s subject names again:
    "The measures freeze their assets and ban them from travelling" ("include a travel ban")
    spells out what the sanctions told before do; it is not a new act of someone the sentence
    does not name."""
    if ev.plover not in MEASURE_TYPES or (ev.source and not _inferred(ev.source)):
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    verb = span.root
    if verb.pos_ == "NOUN":  # "The measures include an asset freeze and a travel ban": the noun's verb
        while verb.dep_ == "conj" and verb.head.pos_ == "NOUN":
            verb = verb.head
        verb = verb.head if verb.dep_ == "dobj" else verb
    if verb.pos_ != "VERB":
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.pos_ == "VERB":
        verb = verb.head  # "freeze their assets and ban them": the first verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subj is None or subj.lemma_.lower() not in MEASURE_SUBJECTS
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children)):
        return None
    return next((k for k in reversed(kept) if k.plover in MEASURE_TYPES and k.source and not _inferred(k.source)), None)


def _subject_act_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept nominal act of the same type that is ``ev``'s subject, in the same sentence
    ("An Israeli airstrike on a school killed 30 people": one act, its doer told by the noun)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.pos_ != "VERB":
        return None
    verb = span.root
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:  # "Shelling by government forces killed five": an act told by a gerund
        subj = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if subj is None and verb.dep_ == "acl" and (root := sentence_of(verb).root).pos_ == "NOUN":
        subj = root  # the noun of a sentence the parser gave no verb
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        # "a suicide bomber rammed a car into a police station, killing six": the killing is the
        # act the subject of the verb it hangs on names
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    nouns = [subj] if subj is not None and (subj.pos_ == "NOUN" or subj.dep_ == "csubj") else []
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        # "a car bomb attack on a military base that killed seven": the attack the clause is told of
        # (the parser may hang the clause on the attack's object)
        nouns = [verb.head] + [t for t in list(verb.head.ancestors)[:2] if t.pos_ in ("NOUN", "ADP")]
    for noun in nouns:
        for k in reversed(kept):
            if k.plover != ev.plover or k.sentence != ev.sentence or (ev.source and _keys(ev.source) != _keys(k.source)):
                continue
            if k.evidence[0] <= noun.idx < k.evidence[1] or _compound_on(k, noun, doc):
                return k
    return None


def _verbs_own_object_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept verbal event of the same type whose prepositional object ``ev``'s nominal trigger
    is ("placed the president under house arrest": the arrest is the placing)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = span.root
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "threw stones, bottles and petrol bombs": the bombs are thrown with the stones
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        verb = noun.head.head  # (and "killed by a roadside bomb": the bomb is the killing's means)
    elif noun.dep_ == "dobj" and noun is not span.root:
        verb = noun.head
    else:
        return None
    return next((k for k in reversed(kept) if k.plover == ev.plover and k.sentence == ev.sentence
                 and k.evidence[0] <= verb.idx < k.evidence[1] and verb.pos_ == "VERB"), None)


def _in_agent_phrase(ev: Event, doc: Doc) -> bool:
    """``ev``'s trigger is the noun of a passive's "by" phrase ("killed by a bomb planted by X")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"


WHEN_MARKS = frozenset({"when", "as", "while"})


def _when_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept event of the same type whose trigger ``ev``'s "when" clause hangs on ("an officer
    was wounded when gunmen opened fire on a patrol": one act told twice)."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    tok = span.root
    if tok.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ in WHEN_MARKS or c.dep_ == "mark"
                                      and c.lower_ in WHEN_MARKS for c in tok.children):
        return None
    if even_as(tok):
        return None  # "two were stabbed in one town even as the police fired in another": two acts
    host = _kept_at(kept, ev.plover, tok.head.idx)
    if host is not None and (names_own_means(tok.head) or names_own_means(tok)):
        # "a man was killed in stone-pelting while the police fired tear gas": the pelting's;
        # "two were killed in police firing while three were hurt in stabbings": two acts
        return None
    return host


# Verbs of a fight between two sides: a toll told in the main clause is theirs.
CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish"})


def _clash_of_its_own(ev: Event, host: Event, doc: Doc) -> bool:
    """``ev`` (the "as" clause) is a clash with a named other side, and ``host`` (the main
    clause) names only its victims, no doer of its own."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.lemma_.lower() not in CLASH_VERBS or not ev.target:
        return False
    verb = span_at(doc, host.evidence[0], host.evidence[1])
    return verb is not None and len(verb) > 0 and not any(c.dep_ in ("agent", "nsubj") for c in verb.root.children)


DEMAND_CLAUSES = frozenset({"advcl", "acl", "xcomp", "pcomp", "relcl"})
LOCATIVE_PREPS = words("geo/words.yaml", "locative_preps")
STATE_ORGANS = sector_class("state_organ")  # whom a protest's demand names as the state it is aimed at


def _inferred_protest_target(ev: Event) -> bool:
    """The protest's target was inferred (the authorities where it happens or of the protesters'
    country), not named."""
    return not ev.target or all((a.rule or "").startswith("protest: the authorities") for a in ev.target)


def _protest_demand_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept protest whose demand ``ev`` states ("marched through the capital, demanding
    higher prices"; "a rally calling for the minister's resignation"; "protested, saying the law
    must be withdrawn"): PLOVER codes the demand a protest is about with the protest, not as a
    request of its own. Only a request, or an act the protesters say must or should happen
    (not one they report as done: "saying police had beaten them")."""
    if ev.plover != "REQUEST" and ev.modality == "asserted":
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    cues = load_cues()
    voicing = cues.request_verbs | cues.report_verbs
    clause = next((t for t in [span.root, *list(span.root.ancestors)[:4]]
                   if t.tag_ in ("VBG", "VB") and t.dep_ in DEMAND_CLAUSES and t.lemma_.lower() in voicing), None)
    if clause is None:
        return None
    head = clause.head.head if clause.head.dep_ == "prep" else clause.head  # "joined the crowds in demanding"
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in LOCATIVE_PREPS:
        head = head.head.head  # "a rally outside parliament calling for": the parser hung it on the place
    for k in reversed(kept):
        if k.plover != "PROTEST" or k.sentence != ev.sentence:
            continue
        kspan = span_at(doc, k.evidence[0], k.evidence[1])
        if kspan is not None and len(kspan) and (k.evidence[0] <= head.idx < k.evidence[1] or kspan.root.head.i == head.i):
            return k  # the protest's own word, or the verb that holds it ("staged a rally calling for")
    if clause.tag_ == "VBG" and clause.i > 0 and doc[clause.i - 1].text == "," and clause.head.i < clause.i:
        # "fired tear gas at protesters who blocked a road, demanding jobs": the parser hung the
        # participle on the main verb; the protest told in between is the one that voices it
        return next((k for k in reversed(kept) if k.plover == "PROTEST" and k.sentence == ev.sentence
                     and clause.head.idx < k.evidence[0] and k.evidence[1] <= clause.idx), None)
    return None


def _enacted_heads(verb) -> set[int]:
    """Token indices of what an enacting verb makes its own: its object, an object's "of" noun
    ("a package of sanctions", "a new round of restrictions"), and what "agreed on" names."""
    heads: list = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    found: set[int] = set()
    while heads:
        tok = heads.pop()
        found.add(tok.i)
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and len(found) < 4]
    return found


def _enacted_measure(ev: Event, events: list[Event], doc: Doc) -> Event | None:
    """The hostile measure (another event of the sentence) that ``ev``'s enacting verb takes as
    its object: "the EU approved new sanctions against X" is the sanctions, not support for X."""
    if ev.plover not in ("SUPPORT", "AGREE"):
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) != 1 or span.root.pos_ != "VERB" or span.root.lemma_.lower() not in load_cues().enact_verbs:
        return None
    heads = _enacted_heads(span.root)
    for other in events:
        if other is ev or other.plover not in MEASURES or other.sentence != ev.sentence:
            continue
        trig = span_at(doc, other.evidence[0], other.evidence[1])
        if trig is not None and len(trig) and trig.root.i in heads:
            return other
    return None


def _framed_act(ev: Event, events: list[Event], doc: Doc) -> Event | None:
    """The act an offer frame introduces ("stood ready to take further measures against X", "stands
    ready to assist X"), when it is an event: that act, announced, is the news, not the frame."""
    if ev.plover != "AGREE" or not ev.trigger.lower().endswith(" to"):
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    verb = span[0]
    acts = {c.i for c in verb.subtree if c.dep_ in ("xcomp", "advcl") and c.head.i in {t.i for t in span}}
    for other in events:
        if other is ev or other.sentence != ev.sentence:
            continue
        trig = span_at(doc, other.evidence[0], other.evidence[1])
        if trig is not None and len(trig) and trig.root.i in acts:
            return other
    return None


def _drop_enactments(events: list[Event], doc: Doc) -> list[Event]:
    kept = []
    for ev in events:
        framed = _framed_act(ev, events, doc)
        if framed is not None:
            framed.rule += f"; offered by '{ev.trigger}' at {ev.evidence[0]}-{ev.evidence[1]}"
            continue
        measure = _enacted_measure(ev, events, doc)
        if measure is None:
            kept.append(ev)
            continue
        if not measure.source and ev.source:
            measure.source = ev.source
        measure.rule += f"; enacted by '{ev.trigger}' at {ev.evidence[0]}-{ev.evidence[1]}"
    return kept


# Verbs of the wounded told beside the dead of one act ("three were killed and dozens wounded").
INJURY_VERBS = frozenset({"wound", "injure", "hurt", "maim"})


def _bare_joined_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """The kept event of the same type whose verb ``ev``'s verb is joined to, when ``ev`` names
    neither doer nor victim ("three soldiers were killed and dozens wounded in a drone attack")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if (span is None or len(span) == 0 or span.root.dep_ != "conj" or span.root.pos_ != "VERB"
            or span.root.lemma_.lower() not in INJURY_VERBS):
        return None  # ("killed 12 and abducted dozens": two acts)
    head = span.root.head
    return next((k for k in kept if k.plover == ev.plover and k.doc_id == ev.doc_id
                 and k.evidence[0] <= head.idx < k.evidence[1]), None)


# Verbs of harm whose agentless passive, joined to an attack, tells that attack's toll.
TOLL_VERBS = INJURY_VERBS | {"kill"}


def _joined_toll_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """"Police fired tear gas at supporters ..., and at least two people were killed": an
    agentless passive of harm joined to the verb of a kept attack with a doer (same sentence) is
    that attack's toll."""
    if ev.plover != "ASSAULT" or ev.source:
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0:
        return None
    verb = span.root
    if (verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLL_VERBS
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children)):
        return None
    head = verb.head
    return next((k for k in kept if k.plover == "ASSAULT" and k.source and k.doc_id == ev.doc_id
                 and k.sentence == ev.sentence and k.evidence[0] <= head.idx < k.evidence[1]), None)


def _act_as_doer_host(ev: Event, kept: list[Event]) -> Event | None:
    """"Israel resumed air strikes across Gaza that killed more than 400 people": an act whose
    doer is the words of a kept act of the same sentence (the strikes, read as a force) is that
    act's toll."""
    if ev.plover != "ASSAULT" or not ev.source:
        return None
    doers = [(a.text or "").lower() for a in ev.source]
    return next((k for k in kept if k.plover == "ASSAULT" and k.source and k.sentence == ev.sentence
                 and k.doc_id == ev.doc_id and k.trigger
                 and all(d and (d == k.trigger.lower() or d.endswith(" " + k.trigger.lower())) for d in doers)), None)


def _relative_on_act_host(ev: Event, kept: list[Event], doc: Doc) -> Event | None:
    """"Russia launched drone strikes on Kharkiv that killed nine people": a relative clause of
    harm on the noun of a kept attack (its trigger, or the object its trigger launches) tells that
    attack's toll."""
    if ev.plover != "ASSAULT":
        return None
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or len(span) == 0 or span.root.dep_ != "relcl" or span.root.lemma_.lower() not in TOLL_VERBS:
        return None
    noun = span.root.head
    for k in kept:
        if k.plover != "ASSAULT" or k.sentence != ev.sentence or k.doc_id != ev.doc_id or not k.source:
            continue
        kspan = span_at(doc, k.evidence[0], k.evidence[1])
        if kspan is None or not len(kspan):
            continue
        if k.evidence[0] <= noun.idx < k.evidence[1] or (noun.dep_ == "dobj" and noun.head.i == kspan.root.i):
            return k
    return None


def _fold(kept: Event, other: Event, doer: bool = False) -> None:
    """``other`` is another mention of ``kept``'s act: keep its evidence and what it adds (with
    ``doer``, also its source: the "when" clause names who did it)."""
    kept.rule += f"; also mentioned at {other.evidence[0]}-{other.evidence[1]}"
    if doer and not kept.source and other.source:
        kept.source = other.source
    own = {a.country for a in kept.source + kept.target if a.country}
    if (kept.place is None and other.place is not None and other.doc_id == kept.doc_id
            and (not any(a.country for a in kept.target) or not other.place.country or other.place.country in own)):
        # (not a place in a country none of the act's parties is of: "after the 2023 coup" told
        # beside sanctions on Mali is no coup in Mali when the one ousted is Niger's president)
        kept.place = other.place
    if other.target and (not kept.target or _inferred(kept.target)) and not every_party_a_source(kept):
        kept.target = other.target
    if not kept.quantities and other.quantities:
        kept.quantities = other.quantities
    elif other.quantities:  # "killed three and wounded dozens": the toll and the wounded
        kinds = {q.kind for q in kept.quantities}
        kept.quantities = kept.quantities + [q for q in other.quantities if q.kind not in kinds]


def _take_place(kept: list[Event], seen: dict[tuple, Event], old: Event, new: Event, key: tuple) -> dict[tuple, Event]:
    """``new`` takes ``old``'s place among the kept events and in the index of those seen (``key``:
    ``new``'s own entry); returns the index."""
    kept[kept.index(old)] = new
    seen = {k: (new if v is old else v) for k, v in seen.items()}
    seen.setdefault(key, new)
    return seen


def merge_mentions(events: list[Event], doc: Doc) -> list[Event]:
    events = _drop_enactments(events, doc)
    kept: list[Event] = []
    seen: dict[tuple, Event] = {}
    for ev in events:
        src, tgt = _keys(ev.source), _keys(ev.target)
        sent = " ".join(ev.sentence.split())
        same = seen.get((ev.plover, sent, src, tgt))
        if same is not None and (_two_acts(same, ev, doc) or _other_doers(same, ev) or _answered(same, ev)):
            same = None
        mutual = ev.plover in MUTUAL or MUTUAL_RULE in ev.rule  # "X and Y clashed": both directions stay
        swapped = None if mutual else seen.get((ev.plover, sent, tgt, src))
        if swapped is not None and (_own_clauses(swapped, ev, doc) or _participle_of_its_own(ev, doc)):
            # "India expelled X's envoy after Canada expelled India's": tit for tat; "released
            # hostages in exchange for prisoners freed from its jails": each side's release
            swapped = None
        if swapped is not None and (swapped.cameo != ev.cameo or _same_pattern(swapped, ev)):
            # a reciprocal act with its own code (a dictionary's paired [032:033]), or both
            # directions of one dictionary pattern ("% *", "[030:030]"): the user asked for both
            swapped = None
        earlier = None
        if same is None and swapped is None and not ev.source and _nominal(ev, doc):
            # (not the act of its own sentence that it is the time of: "struck Gaza after rocket attacks")
            other = in_other_events_clause(ev, doc)
            new_one = _indefinite(ev, doc)  # "clashed last week during a protest": not the strike told before
            earlier = next((k for k in kept if k.plover == ev.plover and k.source
                            and (not tgt or tgt <= _keys(k.target)) and not (other and k.sentence == ev.sentence)
                            and not (new_one and k.sentence != ev.sentence)),
                           None)
            if earlier is None and not ev.target:
                # "the missiles landed outside the zone": the weapons of a launch told before
                earlier = next((k for k in reversed(kept) if k.source and _names_weapon_of(ev, k)), None)
        if earlier is None and same is None and swapped is None and not ev.source:
            earlier = _told_act_host(ev, kept, doc)  # "The strike destroyed a building and killed three"
        if earlier is None and same is None and swapped is None and not ev.source and not ev.target:
            earlier = _bare_joined_host(ev, kept, doc)  # "three were killed and dozens wounded in an attack"
        if earlier is None and same is None and swapped is None:
            earlier = _joined_toll_host(ev, kept, doc)  # "police fired on the crowd, and two people were killed"
        when = _when_host(ev, kept, doc)
        if when is not None and _clash_of_its_own(ev, when, doc):
            # "32 were killed as students clashed with police": the clash is the act (both sides
            # named), the deaths its toll
            seen = _take_place(kept, seen, when, ev, (ev.plover, sent, src, tgt))
            _fold(ev, when)
            if when.quantities:
                ev.quantities = when.quantities
            continue
        host = (_resultative_host(ev, kept, doc) or _freed_by_attack(ev, kept, doc) or when or _subject_act_host(ev, kept, doc)
                or _act_as_doer_host(ev, kept) or _relative_on_act_host(ev, kept, doc)
                or _verbs_own_object_host(ev, kept, doc) or _purpose_host(ev, kept, doc) or _measures_host(ev, kept, doc))
        means = None if host or same or swapped else _compound_means_host(ev, kept, doc)
        if means is not None:
            # "a car bomb attack": the act's noun keeps its roles (its doer, its "on" target); the
            # means named before it is the same act
            seen = _take_place(kept, seen, means, ev, (ev.plover, sent, src, tgt))
            _fold(ev, means, doer=True)
            continue
        if earlier is not None and _own_act(ev, earlier):
            earlier = None
        aim = None if host else _protest_purpose_host(ev, kept, doc)
        if aim is not None:
            _fold(aim, ev)
            if _inferred_protest_target(aim) and ev.target:
                aim.target = ev.target  # "marched ... to protest against the president's cuts"
                aim.rule += "; target: what it protests against"
            continue
        protest = None if host else _protest_demand_host(ev, kept, doc)
        if protest is not None:
            protest.rule += (f"; its demand '{ev.trigger}' at {ev.evidence[0]}-{ev.evidence[1]}"
                             " (a protest's demand is not a request of its own)")
            if _inferred_protest_target(protest) and ev.target and all(
                    a.country and (a.kind == "country" or a.sector in STATE_ORGANS) for a in ev.target):
                protest.target = ev.target  # "marched in Tbilisi, demanding that Moscow withdraw": aimed at Moscow
                protest.rule += "; target: the state it demands of"
            continue
        if host is None and same is None and swapped is None and earlier is None:
            earlier = _protest_told_again(ev, kept, doc)
        if host is None and same is None and swapped is None and earlier is None:
            earlier = _inside_same_act(ev, kept, doc)
        first = host or same or swapped or earlier
        if first is not None and _aimed_at_its_doer(first, ev):
            first = None  # "retaliated for an air strike that killed its commander": the strike is another's
        if first is not None and (host or earlier is not None or first.modality == ev.modality):
            # (the means in a passive's "by" phrase names the doer: "struck by blasts from X's ships")
            _fold(first, ev, doer=first is when or (first is host and _in_agent_phrase(ev, doc)))
            continue
        seen.setdefault((ev.plover, sent, src, tgt), ev)
        kept.append(ev)
    return kept
