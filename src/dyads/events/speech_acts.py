"""Speech acts: threats, demands, agreements, refusals and accusations, and who reports an event.

- the complement of a speech act is its content, not an act ("threatened to bomb", "agreed to
  withdraw"): ``suppress_content`` marks those triggers;
- the content names whom a speech act is aimed at (``content_target``);
- a threat idiom said by someone ("X will pay a heavy price") is the speaker threatening the
  subject (``speaker_threat``);
- a pronoun subject of a reported clause is the reporter (``reporter_antecedent``), and the
  reporting verb's subject or a reporting adverb is the event's ``attribution``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dyads.events import lexicon
from dyads.events.arguments import (
    MentionIndex,
    actors_of,
    clause_subject,
    envoys_sent,
    forces_moved,
    nominal_roles,
    prep_object,
    to_infinitive,
    until_clause,
    verbal_roles,
)
from dyads.events.cues import Cues, load_cues
from dyads.events.ontology import STATE_SECTORS
from dyads.grammar import noun_subject_of_number
from dyads.model import Actor

# PLOVER types whose verbal complement is content, not an act ("agreed to withdraw").
CONTENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE", "CONSULT"}
CONTENT_LINKS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl"}
CONTENT_CLIMB = 4
# Verbs that promise their content: a promised attack is a threat ("agreed to" is not a promise).
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


# Prepositions that tell an act as the time of another, never as its content.
TIME_MARKS = frozenset({"after", "before", "since", "following", "until", "till", "while", "during"})


def _second_that_clause(verb: Token) -> bool:
    """"demanded that X lay down arms and that its government dissolve itself": a "that" clause
    joined to another is content too."""
    return verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _and_between(clause: Token, head: Token) -> bool:
    """A clause the parser made the fronted complement of a later verb, with "and" or "but"
    between them: two joined clauses, not a content and its speech act."""
    if clause.i > head.i:
        return False
    return any(t.dep_ == "cc" and t.lower_ in ("and", "but") for t in clause.doc[clause.right_edge.i + 1 : head.i])


# Verbs of a go-between's own act: "a deal brokered by China" is China's mediation, not part of
# what the parties agreed (hosting talks is not coded apart from them).
MEDIATING_VERBS = frozenset({"broker", "mediate"})


CONCESSIVE_MARKS = frozenset({"despite", "notwithstanding"})


def content_governor(tok: Token, heads: dict) -> lexicon.Match | None:
    """The speech-act trigger whose complement ``tok`` is, if any."""
    asked = _asked_infinitive(tok, heads)
    if asked is not None:
        return asked
    if (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in MEDIATING_VERBS
            and any(c.dep_ == "agent" for c in tok.children)):
        return None  # "agreed to restore ties in a deal brokered by China": China's act, not agreed
    link = tok
    if (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubjpass" and tok.head.dep_ in ("ccomp", "acl")
            and tok.head.i not in heads and tok.head.pos_ in ("VERB", "AUX")):
        # ("denied that live ammunition had been used": the passive clause the noun is the subject of is
        # what was denied)
        link = tok.head
    for _ in range(CONTENT_CLIMB):
        if link.head == link or not (link.dep_ in CONTENT_LINKS or _infinitive_conjunct(link) or until_clause(link)
                                     or (link is tok and _bare_gerund(link)) or _second_that_clause(link)):
            return None
        if link.dep_ in ("pcomp", "pobj") and link.head.lower_ in TIME_MARKS | CONCESSIVE_MARKS:
            # ("turned down the offer despite it being praised by X": X's praise is no content of it)
            return None  # "arrived in Qatar after being freed": an act of its own, told as the time
        if link.dep_ == "ccomp" and _semicolon_between(link, link.head):
            return None  # "X blamed Y for it; Y denied any role": two clauses, not what Y denied
        if link.dep_ == "ccomp" and _and_between(link, link.head):
            return None  # "X held talks with Y, ..., and the two leaders pledged ...": joined, not pledged
        below, link = link, link.head
        gov = heads.get(link.i)
        if gov is None and below.dep_ == "ccomp":
            noun = extraposed_owner(below)
            gov = heads.get(noun.i) if noun is not None else None
        if gov is not None and gov.coding.plover in CONTENT_TYPES:
            if gov.coding.plover == "ACCUSE" and any(t.dep_ == "prep" and t.lower_ == "against" for t in tok.ancestors
                                                     if t.i > gov.head.i and t.i < tok.i):
                return None  # "protested against Beijing's blockade": the deed is an act of its own
            return gov  # the nearest speech act above; other events in between are its content too
    return None


# Acts an accusation can allege as a concrete event of its own ("accused X of shelling a
# hospital", "of ramming a navy boat"); an accusation of conduct ("of violating the truce", "of
# sheltering militants") is the accusation alone.
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE"})
CONDUCT_VERBS = frozenset({"violate", "breach", "break", "use", "fuel", "provoke", "escalate", "wage", "plan",
                           "plot", "try", "attempt", "wag", "threaten", "support", "back", "arm", "fund", "shelter", "harbour",
                           "harbor", "commit"})


TOLD_TIMES = frozenset({"overnight", "yesterday", "today", "tonight", "earlier", "recently"})
PLACE_PREPS = frozenset({"in", "near", "along", "at", "outside", "inside", "off"})
VAGUE_PLACES = frozenset({"region", "area", "world", "country", "sea", "water", "waters", "zone"})


def alleged_act(m: lexicon.Match, gov: lexicon.Match) -> bool:
    """``m`` is a concrete violent or coercive act that the accusation ``gov`` alleges: the
    accused's gerund ("accused X of shelling ...") with an object the text singles out (a
    determiner, a number, an owner, a noun modifier or a name: "a hospital", "its vessels"), or
    told at a time or place ("villages along the border overnight"), not a kind of conduct ("of killing civilians", "of violating the ceasefire")."""
    act = m.head
    if gov.coding.plover != "ACCUSE" or m.coding.plover not in ALLEGED_TYPES:
        return False
    if act.tag_ != "VBG" or act.lemma_.lower() in CONDUCT_VERBS:  # ("wag": spaCy's lemma of "waging")
        return False
    link = act
    while link.dep_ == "conj" and link.head.i != link.i:
        link = link.head  # "of ramming and boarding a boat"
    if link.dep_ != "pcomp" or link.head.lower_ not in ("of", "for"):
        return False
    owner = link.head.head  # the accusing verb, or the accused it was hung on ("accused the rebels of ...")
    if owner.i != gov.head.i and not (owner.dep_ == "dobj" and owner.head.i == gov.head.i):
        return False
    if any(c.dep_ in ("npadvmod", "advmod") and c.lower_ in TOLD_TIMES for c in act.children) or any(
            c.dep_ == "prep" and c.lower_ in PLACE_PREPS
            and any(o.dep_ == "pobj" and o.lemma_.lower() not in VAGUE_PLACES for o in c.children)
            for c in act.children):
        return True  # "of shelling villages along the border overnight": an act at a time or place
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((o for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                    for o in c.children if o.dep_ == "pobj"), None)  # "of opening fire on X"
    if obj is None and act.dep_ != "conj":
        # "of ramming and boarding a boat": the object of the verb joined after it (the first
        # conjunct heads the others, so they all follow it)
        obj = next((o for c in act.conjuncts for o in c.children if o.dep_ == "dobj"), None)
    if obj is None:
        return False
    return _singled_out(obj) or any(c.dep_ == "prep" and any(o.dep_ == "pobj" and _singled_out(o) for o in c.children)
                                    for c in obj.children)  # "thousands of Rohingya"


def _singled_out(noun: Token) -> bool:
    """A name, or a noun with a determiner, a number, an owner or a noun modifier ("a hospital",
    "its vessels", "two boats", "water cannon"), not a bare kind ("civilians", "commercial shipping")."""
    if noun.lemma_.lower() in VAGUE_PLACES:
        return False  # "shipping in the region"
    return noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children)


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """A clause told before its verb with a semicolon between them: a clause of its own the
    parser hung on the next one, never its reported content."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.i : verb.i])


def _asked_infinitive(verb: Token, heads: dict) -> lexicon.Match | None:
    """"called on X and Y's mission to investigate": the parser hung the infinitive on the one
    asked as a relative clause; it is what the speech act asks."""
    if verb.dep_ != "relcl" or verb.tag_ != "VB" or not to_infinitive(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    m = heads.get(gov.i) if gov is not None else None
    return m if m is not None and m.coding.plover in ("REQUEST", "THREATEN") else None


def _bare_gerund(verb: Token) -> bool:
    """"ruled out ceding any territory": a gerund the parser hangs as an adverbial, with no
    subordinator, is the complement of the verb above it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("mark", "nsubj") for c in verb.children):
        return False
    # (a participle set off by a comma is an adjunct: "requested an extension, offering concessions")
    return not any(t.text == "," for t in verb.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)])


def _infinitive_conjunct(verb: Token) -> bool:
    """"urged both sides to show restraint and to remove the barricades": a base-form verb joined
    to a base-form verb is part of the same complement ("called for calm and attacked" is not);
    so is a purpose infinitive inside it ("accused Iran of taking hostages to extract concessions")."""
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and to_infinitive(verb):
        return True
    # ("accused him of lying and destroying documents": gerunds joined to a gerund too)
    return verb.dep_ == "conj" and verb.tag_ in ("VB", "VBG") and verb.head.tag_ == verb.tag_


def extraposed_owner(clause: Token) -> Token | None:
    """"reiterated its demand today that X ...": a that-clause the parser hangs on the verb
    belongs to the verb's object noun when the noun comes first (the clause is extraposed)."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return next((o for o in clause.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i < clause.i), None)


def suppress_content(matches: list[lexicon.Match], analysed: dict) -> set[int]:
    """Complements of speech acts (threats, demands, agreements, refusals, accusations) are not
    acts: they become the content of the speech act ("threatened to bomb", "agreed to withdraw").
    Returns the heads of the suppressed triggers; their modality records the speech act."""
    suppressed: set[int] = set()
    heads = {x.head.i: x for x in matches}
    for m in matches:
        gov = content_governor(m.head, heads)
        if gov is not None and alleged_act(m, gov):
            mod = analysed[m.head.i]
            if mod.modality == "asserted":
                mod.modality = "attributed"  # "accused X of shelling a hospital": X's act, as the accuser tells it
                mod.reasons = (*mod.reasons, f"alleged by '{gov.head.text}'")
            continue
        if gov is not None:
            suppressed.add(m.head.i)
            mod = analysed[m.head.i]
            if mod.embedded_under is None:
                mod.embedded_under = gov.head
                mod.embedded_kind = gov.coding.plover.lower()
    return suppressed


def hostile_content(head: Token, matches: list[lexicon.Match], analysed: dict) -> lexicon.Match | None:
    """A hostile act promised under an agreement-like speech act ("vowed to respond with a
    retaliatory strike", "pledged to crush the rebels"): PLOVER codes the promise as a threat."""
    for other in matches:
        omod = analysed[other.head.i]
        if (omod.embedded_under is not None and omod.embedded_under.i == head.i
                and head.lemma_.lower() in PROMISE_VERBS
                # (a protest promised until a demand is met: pressure on pain of it)
                and (other.coding.plover in ("ASSAULT", "COERCE")
                     or (other.coding.plover == "PROTEST" and _until_met(other.head))
                     or (other.coding.plover == "MOBILIZE" and _sent_into(other.head)))
                and not _stopped(other.head)
                # ("pledged aid to help people hit by the cyclone": whom it helps, struck by another)
                and not (other.head.dep_ == "acl" and other.head.tag_ == "VBN")
                and not any(c.dep_ == "agent" for c in other.head.children)):
            return other
    return None


def _sent_into(act: Token) -> bool:
    """Forces are sent "into" a place ("vowed to send troops into Rafah"): an incursion, not a
    deployment at home or to an ally."""
    return any(c.dep_ == "prep" and c.lower_ == "into" for c in act.children)


def _until_met(act: Token) -> bool:
    """The act goes on until something is done ("hold more protests until the taxes are
    withdrawn"), the "until" clause on the act or on the verb a nominal act is the object of; or
    it is done unless something is ("will boycott the vote unless ..."), on the act or the promise."""
    verbs = [act, act.head] if act.pos_ in ("NOUN", "PROPN") else [act]
    if verbs[-1].dep_ == "xcomp":  # "vowed to continue the strike until ...", the clause parsed on the vow
        verbs.append(verbs[-1].head)
    if any(until_clause(c) for v in verbs for c in v.children):
        return True
    # "vowed to boycott the election unless the prime minister resigns": on pain of it
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for v in (act, act.head) for c in v.children)


# Verbs that end an act named after them: a promise "to stop shelling" de-escalates.
STOP_VERBS = frozenset({"stop", "halt", "cease", "end", "suspend", "refrain", "abandon", "quit", "pause"})


def _stopped(act: Token) -> bool:
    """``act`` is what a stop verb ends ("stop shelling", "refrain from attacks", "end the raids")."""
    tok = act
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        if tok.head.lemma_.lower() in STOP_VERBS:
            return True
        if tok.dep_ not in ("xcomp", "dobj", "pcomp", "pobj", "prep"):
            return False
        tok = tok.head
    return False


def attribution(mod, mi: MentionIndex) -> Actor | None:
    """Who reports the event: the subject of a reporting verb, else a reporting adverb."""
    if mod.attribution_tok is not None:
        found = actors_of(mod.attribution_tok, mi)
        if found:
            return found[0]
        return Actor(text=mod.attribution_tok.text, kind="unresolved", rule="reporting verb subject")
    if mod.attribution_text:
        return Actor(text=mod.attribution_text, name="unnamed reports", kind="report", rule="reporting adverb")
    return None


def reporter_antecedent(pron: Token, mi: MentionIndex, cues: Cues) -> list[Actor]:
    """"Switzerland said it had expelled ...": a pronoun subject of a reported clause refers to
    the subject of the reporting verb."""
    clause = pron.head
    for _ in range(3):
        if clause.dep_ == "advcl" and (subj := _agreeing_subject(clause.head, pron)) is not None:
            # "said the plants were targets because they supplied fuel": the plants; "said the
            # soldiers were held because they attacked a post": the soldiers, not the reporter
            return actors_of(subj, mi)
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in cues.report_verbs:
            own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and own.i != pron.i and own.lower_ in ("we", "i") and pron.lower_ in ("it", "its"):
                # 'said: "We ruled out talks as long as it remains linked to al-Qaeda"': the speaker
                # is the "we" of what it says, not also its "it"
                return []
            subj = _reporting_verbs_subject(clause.head)
            return actors_of(subj, mi) if subj is not None and subj.i < pron.i else []
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return []


def _subject_between(head: Token, verb: Token) -> bool:
    """A subject of another clause lies between ``head`` and ``verb``."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i != head.i for t in verb.doc[head.i + 1:verb.i])


def _reporting_verbs_subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subj is None and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                                                    and not _subject_between(verb.head, verb))) and verb.head.i != verb.i:
        # "X condemned the drills and said it had ...": the first verb's subject; "X claimed the
        # attack, saying it had targeted ...": the subject of the clause the participle hangs on
        # (not past another clause's subject: "Israel ruled out ..., while Hamas refused, saying it ...")
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj


def unknown_reporter(pron: Token, mi: MentionIndex, cues: Cues) -> bool:
    """"The Royal College of Nursing said it would strike": "it" is the organisation that reports,
    named but known to no list, so no actor (not the last one met)."""
    if pron.lower_ != "it":
        return False
    clause = pron.head
    for _ in range(3):
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in cues.report_verbs:
            subj = _reporting_verbs_subject(clause.head)
            return (subj is not None and subj.i < pron.i and subj.ent_type_ == "ORG" and subj.pos_ == "PROPN"
                    and not actors_of(subj, mi))
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return False


def _agreeing_subject(verb: Token, pron: Token) -> Token | None:
    """``verb``'s subject when it is a noun the pronoun agrees with in number: the pronoun of an
    adverbial clause under it refers to that subject first."""
    if pron.lower_ not in ("they", "them", "it"):
        return None
    return noun_subject_of_number(verb, plural=pron.lower_ != "it")


def _content_words(trigger: str) -> str:
    return " ".join(w for w in trigger.lower().split() if w not in ("a", "an", "the", "heavy", "high", "dear"))


@lru_cache(maxsize=8)
def _threat_idioms(triggers: frozenset[str]) -> frozenset[str]:
    """The content words of the speaker-threat idioms (built once per cue set)."""
    return frozenset(_content_words(x) for x in triggers)


# Modals that put a threat idiom in the future ("will pay a price", "would regret it", "must pay"),
# hedged ones included: a speaker's "there could be consequences for X" is a veiled threat.
THREAT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "must", "could", "may", "might"})


TIMELESS_THREATS = frozenset({"legitimate target"})


def is_speaker_threat(coding, cues: Cues, head: Token | None = None) -> bool:
    """A threat idiom said by someone ("X will pay a heavy price"): the speaker threatens the subject.
    Told in the future only: "Germany regrets the loss of life" and "they paid a heavy price" are
    no threats (``head``: the trigger's head token, when known)."""
    if _content_words(coding.trigger) not in _threat_idioms(cues.speaker_threat_triggers):
        return False
    if head is None or coding.trigger in TIMELESS_THREATS:
        return True  # ("X is now a legitimate target": a threat in any tense)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if (verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in SEEING_VERBS
            and not any(c.dep_ == "aux" for c in verb.children)):
        verb = verb.head  # "whoever fires will see Beirut answer for it": the future is the seeing's
    return any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in verb.children)


# Verbs whose bare-infinitive complement happens when they do ("will see X pay", "will make X regret").
SEEING_VERBS = frozenset({"see", "make", "watch", "let"})


OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


def content_clause_target(head: Token, coding, mi: MentionIndex) -> list[Actor]:
    """Who a speech act is aimed at, read off its content clause (verbal or nominal trigger):
    "demanded that X ...", "its demand that X ...": X is asked; "threatened to strike unless X
    ...": X is threatened; "refused to lift the curfew on X": X is refused."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    if not clauses and head.dep_ == "dobj":  # "reiterated its demand today that X ..."
        clauses = [c for c in head.head.children if c.dep_ == "ccomp" and extraposed_owner(c) is head]
    if not clauses:  # "insisted on its demands that X grant ...": the clause of the noun it insists on
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "for", "upon"):
                clauses = [c for o in p.children if o.dep_ == "pobj"
                           for c in o.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
                break
    warner = clause_subject(head)[0] if head.pos_ in ("VERB", "AUX") else None
    own = {a.country for a in actors_of(warner, mi)} if warner is not None else set()
    own_codes = {a.code for a in actors_of(warner, mi) if a.code} if warner is not None else set()
    for c in clauses[:1]:
        sub = verbal_roles(c, coding.target_preps, mi)
        if coding.plover == "THREATEN" and own_codes and {a.code for a in sub.target} <= own_codes:
            sub.target = []  # "vowed to continue their strike until ...": not aimed at the strikers
        if forces_moved(sub.target_tok) or envoys_sent(sub.target_tok):
            # "vowed to send troops into X", "agreed to send delegates to talks": the troops and the
            # delegates are not its target
            sub.target = []
        if coding.plover == "REQUEST":
            if c.dep_ == "xcomp" and any(o.dep_ == "dobj" for o in head.children):
                return sub.source  # "urged its allies to cut off X's deliveries": the allies are asked, not X
            return sub.source or sub.target
        if sub.target:
            return sub.target
    if coding.plover == "THREATEN" and clauses:
        # "warned that Paris would bear the consequences": the actor the warning is about; not the
        # warner's own side ("X's leader warned that X would strike if Y ...": Y, below)
        subj = next((c for c in clauses[0].children if c.dep_ == "nsubj"), None)
        if subj is None and (attr := existential_attr(clauses[0])) is not None:
            # "warned that there would be consequences for Paris": the one they would be for
            subj = prep_object(attr, {"for"}, mi)
        about = actors_of(subj, mi) if subj is not None and subj.pos_ != "PRON" else []
        # ("the minister warned that police would deal firmly with ...": the state's own forces,
        # not yet given a country, are the warner's side too)
        own_forces = own and all(a.country is None and a.sector in STATE_SECTORS for a in about)
        # ("the interior minister warned that the government would not tolerate ...": a bare "the
        # government" in a state official's warning is the official's own, whatever country it got)
        own_forces = own_forces or (subj is not None and _bare_definite(subj) and bool(about)
                                    and all(a.sector in STATE_SECTORS for a in about)
                                    and any(a.sector in STATE_SECTORS for a in actors_of(warner, mi)))
        # ("the gang leader warned that his fighters would resist ...": the warner's own men)
        own_forces = own_forces or (subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                             and c.lower_ in OWN_POSSESSIVES for c in subj.children))
        if about and not own_forces and not _answers(clauses[0]) and not (
                {a.country for a in about} <= own and None not in own and own):
            return about
    if coding.plover == "THREATEN":
        # the condition of a threat names whom it is aimed at ("... unless X lowers its tariffs"),
        # as does the end of a pressure it promises ("vowed to keep up the blockades until X ...")
        for verb in [head, *clauses[:1]]:
            for cc in verb.children:
                if (cc.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in cc.children)
                        or until_clause(cc)):
                    cond = verbal_roles(cc, coding.target_preps, mi)
                    if cond.source:
                        return cond.source
    return []


def _answers(verb: Token) -> bool:
    """The warned clause tells a hostile answer its subject would give ("Pyongyang would take more
    offensive action", "Iran would respond"): its subject threatens; it is not the one threatened."""
    lemma = verb.lemma_.lower()
    if lemma not in load_cues().response_verbs:
        return False
    if lemma == "take":  # "take action", "take measures"
        return any(o.dep_ == "dobj" and o.lemma_.lower() in load_cues().act_nouns for o in verb.children)
    return True


def _bare_definite(noun: Token) -> bool:
    """ "the government", "the authorities": a noun with "the" and nothing else before it."""
    kids = list(noun.children)
    return len(kids) == 1 and kids[0].lower_ == "the" and kids[0].i < noun.i


def embedded_event_target(head: Token, coding, matches: list[lexicon.Match], analysed: dict,
                          mi: MentionIndex, cues: Cues) -> tuple[list[Actor], lexicon.Match | None]:
    """The content of a threat or request gives it its target: the actors of the first coded
    event embedded under it ("demanded that X cut ties": X is asked). Returns the target and
    the embedded match (None when no event is embedded)."""
    for other in matches:
        omod = analysed[other.head.i]
        if omod.embedded_under is not None and omod.embedded_under.i == head.i:
            o_is_verb = other.head.pos_ == "VERB"
            oroles = (verbal_roles(other.head, other.coding.target_preps, mi) if o_is_verb
                      else nominal_roles(other.head, other.coding.target_preps, mi, cues))
            if forces_moved(oroles.target_tok):
                oroles.target = []  # "vowed to send troops into X": the troops are not threatened
            if coding.plover == "REQUEST":
                if other.head.dep_ == "xcomp" and any(o.dep_ == "dobj" for o in head.children):
                    return oroles.source, other  # "urged its allies to cut off X's deliveries": not X
                return oroles.source or oroles.target, other  # "demanded that X cut ties": X is asked
            return oroles.target or ([] if o_is_verb else oroles.source), other
    return [], None


# Words that put a warning's content in the future or under a condition: then it is a threat.
FUTURE_WORDS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "wo", "going", "risk", "if", "unless",
                          "pay", "face", "bear", "consequence", "regret"})


DUTY_MODALS = frozenset({"should", "must", "ought"})


def warns_of_a_fact(head: Token, cues: Cues) -> bool:
    """"X warned that China was considering arming Russia": the warning reports what another is
    doing (present or past, no modal, no condition, no consequence) and so is a charge, not a threat."""
    if head.lemma_.lower() != "warn":
        return False
    content = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if content is None:
        return False
    # (every content clause: the parser may split one in two, "that anyone caught ... would face ...")
    told = [t for c in head.children if c.dep_ == "ccomp" for t in c.subtree]
    words = {t.lower_ for t in told} | {t.lemma_.lower() for t in told}
    if words & FUTURE_WORDS or words & cues.future_modals or words & DUTY_MODALS:
        return False  # (what will or should be done: "warned that Greece should refrain from ...")
    subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # ("warned that famine is spreading": a hardship, no one's doing, is no charge)
    return (subj is not None and subj.lower_ not in ("it", "we", "i", "they")
            and subj.lemma_.lower() not in HARDSHIP_NOUNS)


# What a warning "of" threatens when it names no coded act: "warned of a crushing response".
RESPONSE_NOUNS = frozenset({"response", "reply", "retaliation", "reprisal", "revenge", "action", "measure", "step",
                            "punishment", "war", "force", "escalation", "countermeasure", "attack", "strike",
                            "sanction", "consequence", "price", "repercussion", "retribution"})


# The words of FUTURE_WORDS that are no modal: a consequence told of someone ("X would pay").
CONSEQUENCE_WORDS = FUTURE_WORDS - {"will", "would", "could", "may", "might", "shall", "'ll", "wo", "going"}
# What a vow names as its object when it is a threat ("vowed a painful response", "promised revenge").
VOWED_RESPONSES = RESPONSE_NOUNS - {"step", "measure", "action"}


def existential_attr(verb: Token) -> Token | None:
    """The noun that "there will be X" says is to come (``verb``: the "be" with an expletive
    "there"), else None."""
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr"), None)


def _object_of_prep(tok: Token, prep: str) -> Token | None:
    """The object of ``tok``'s first ``prep`` phrase, actor or not."""
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == prep
                 for o in c.children if o.dep_ == "pobj"), None)


def warns_of_a_forecast(head: Token, coding, mi: MentionIndex, trigger_heads: frozenset[int]) -> bool:
    """"The bank warned that borrowing costs could stay high": a warning whose content is what a
    thing (no actor, no act) will do is a forecast, no threat ("warned that Iran would pay",
    "warned that there would be consequences" stay threats; "... consequences for the economy" is
    a forecast)."""
    if coding.plover != "THREATEN" or head.lemma_.lower() != "warn":
        return False
    content = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if (content is None and head.dep_ in ("parataxis", "conj", "ccomp") and head.head.i < head.i
            and not any(c.dep_ == "dobj" for c in head.children)
            and _child_lemmas(head.head) & HARDSHIP_NOUNS):
        return True  # "Famine is imminent in Gaza, a report warned": a hardship foretold, fronted
    if content is None:
        # "warning of a humanitarian crisis": a thing to come, no act of anyone's
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:  # ("warned on Wednesday of ...": the parser hung it on the day)
            of = next((g for c in head.children if c.dep_ == "prep" for d in c.children
                       if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
                       for g in d.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lemma_.lower() in HARDSHIP_NOUNS:
            return True  # "warned of mass starvation spreading across Gaza": a hardship, wherever it is
        return (obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in RESPONSE_NOUNS
                and not any(t.i in trigger_heads for t in obj.subtree)
                and not any(mi.at(t) for t in obj.subtree)
                and not ({t.lemma_.lower() for t in obj.subtree} & FUTURE_WORDS))
    if _warns_of_own_answer(head, mi):
        return False  # "warned that the army would respond", "would be met with force", a state's "would face charges"
    if _past_fact(content):
        return True  # "warned that espionage had overtaken terrorism as the main threat": a finding told
    if (attr := existential_attr(content)) is not None:
        # "warned that there would be consequences for the economy": for a thing, not for anyone
        # ("... for Lithuania" and a bare "there would be consequences" stay threats)
        whom = _object_of_prep(attr, "for")
        if whom is not None and not any(mi.at(t) for t in whom.subtree):
            return True
    if content.i in trigger_heads:
        return False
    if _hardship_faced(content):
        return True  # "warning that many of those sent back face persecution": a danger told
    if _harm_to_a_state_of_things(content):
        return True  # "warned that it could harm the stability of the region": a consequence foreseen
    subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i in trigger_heads:
        return False
    if _consequence_told(content):
        return False  # "X would pay / face consequences": a threat told of its target
    if subj.lemma_.lower() in HARDSHIP_NOUNS:
        return True  # "warned that famine is spreading in a region where ...": a hardship told
    return not any(mi.at(t) for t in subj.subtree) and not any(t.i in trigger_heads for t in content.subtree)


HOSTILE_ANSWER_NOTE = "the speaker's side foretells its hostile answer"


def foretells_a_hostile_answer(head: Token, coding, mi: MentionIndex) -> bool:
    """A threat told as a warning whose content is the answer the warner's side will give: "warned
    that the army would respond", "... will be met with the full force of the law", and a state's
    "anyone harbouring them would face charges". Such a threat needs no named target to be one
    (those warned are "anyone who ..."): the learned filter keeps it (``scoring.keep_confident``)."""
    if coding.plover != "THREATEN":
        return False
    if head.pos_ == "VERB" and _answers(head) and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
                                                      for c in head.children):
        return True  # "France said it would respond firmly", "Russia will take the necessary measures"
    return head.lemma_.lower() == "warn" and _warns_of_own_answer(head, mi)


def _warns_of_own_answer(head: Token, mi: MentionIndex) -> bool:
    """The warning's content clauses (the parser may split one in two) tell the answer the warner's
    side will give: a hostile response ("the army would respond"), defiance "met with force" or
    "dealt with", or, from a state organ, a sanction faced ("anyone harbouring them would face charges")."""
    contents = [c for c in head.children if c.dep_ == "ccomp"]
    return (any(_answers(c) or _met_with_force(c) for c in contents)
            or (any(_sanction_faced(c) for c in contents) and _state_warner(head, mi)))


def _past_fact(content: Token) -> bool:
    """The warned clause, and every clause joined to it, tells what has happened (a past tense or a
    perfect, no modal): a finding reported, no act promised ("warned that X had crossed a line and
    would pay" promises one)."""
    verbs = [content, *(c for c in content.conjuncts if c.pos_ in ("VERB", "AUX"))]
    for v in verbs:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if v.tag_ == "VBG" or any(a.tag_ == "MD" or a.lower_ in ("going", "gon") for a in auxes):
            return False  # (a modal, or "was playing with fire": an ongoing course told, maybe a threat)
        if not (v.tag_ == "VBD" or any(a.lemma_ == "have" and a.dep_ == "aux" for a in auxes)
                or any(a.tag_ == "VBD" for a in auxes)):
            return False
    return True


HARDSHIP_VERBS = frozenset({"face", "suffer", "endure", "risk"})
# States of want or disaster a warning may foretell, with no one's act in them.
HARDSHIP_NOUNS = frozenset({"famine", "starvation", "hunger", "epidemic", "pandemic", "outbreak", "cholera",
                            "drought", "shortage", "recession", "inflation", "collapse", "catastrophe",
                            # diseases and natural hazards ("warned that the virus could spread further")
                            "virus", "disease", "infection", "flu", "influenza", "measles", "ebola", "covid",
                            "wildfire", "fire", "flood", "flooding", "storm", "hurricane", "typhoon", "heatwave"})


def _child_lemmas(clause: Token) -> set[str]:
    """The lemmas of a clause's subject and complements (not of clauses inside it)."""
    return {t.lemma_.lower() for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "acomp")
            for t in c.subtree}


# What a decision or a move is foreseen to do to a state of things ("could harm the stability of
# the region", "would undermine the peace process"): a warning of consequences, no threat.
HARM_VERBS = frozenset({"harm", "undermine", "destabilise", "destabilize", "damage", "jeopardise", "jeopardize",
                        "hurt", "worsen", "derail", "complicate", "endanger", "weaken", "inflame", "poison", "erode"})
STATES_OF_THINGS = frozenset({"stability", "security", "peace", "relation", "region", "process", "talk", "economy",
                              "effort", "ceasefire", "truce", "situation", "tension", "crisis", "tie", "cooperation",
                              "prospect", "chance", "order", "trust", "confidence", "negotiation", "dialogue"})


def _harm_to_a_state_of_things(content: Token) -> bool:
    """The warned clause says a thing will harm a state of things ("could harm the stability of the
    region", "would undermine the peace talks")."""
    if content.lemma_.lower() not in HARM_VERBS:
        return False
    obj = next((c for c in content.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in STATES_OF_THINGS


# What a state does to those who defy it, which its officials may warn of ("would face charges").
LEGAL_SANCTIONS = frozenset({"charge", "prosecution", "arrest", "jail", "imprisonment", "penalty", "fine", "duty",
                             "tariff", "expulsion", "deportation", "dismissal", "sanction", "punishment",
                             "consequence", "action"})
# What a defiance is "met with" when the warning is a threat ("will be met with force").
MET_WITH = frozenset({"force", "response", "resistance", "retaliation", "action", "measure", "punishment"})


def _met_with_force(content: Token) -> bool:
    """The warned clause says a defiance will be met with force ("will be met with the full force of
    the law", "would be met with a firm response"), or that those who defy "will be dealt with"
    (sternly, firmly, according to the law): the warner's side will act on them."""
    passive = any(c.dep_ == "auxpass" for c in content.children)
    if passive and content.lemma_.lower() == "deal" and any(c.dep_ in ("prep", "prt") and c.lower_ == "with"
                                                            for c in content.children):
        return True
    if content.lemma_.lower() != "meet" or not passive:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with"
               and any(o.dep_ == "pobj" and o.lemma_.lower() in MET_WITH for o in c.children)
               for c in content.children)


def _sanction_faced(content: Token) -> bool:
    """The warned clause's verb is someone facing a state's sanction ("would face charges", "will
    face higher duties")."""
    return any(v.lemma_.lower() == "face" and any(c.dep_ == "dobj" and c.lemma_.lower() in LEGAL_SANCTIONS
                                                  for c in v.children)
               for v in content.subtree if v.pos_ in ("VERB", "AUX"))  # (the parser may nest it: "anyone found ...")


def _state_warner(head: Token, mi: MentionIndex) -> bool:
    """The one who warns is an organ of a state (its police, its ministers, its officials)."""
    warner = clause_subject(head)[0] if head.pos_ in ("VERB", "AUX") else None
    return warner is not None and any(a.sector in STATE_SECTORS for a in actors_of(warner, mi))


def _hardship_faced(content: Token) -> bool:
    """The content clause's verb is someone facing a hardship that is no one's response ("face
    persecution", "could suffer famine"), not a consequence or a sanction."""
    return content.lemma_.lower() in HARDSHIP_VERBS and _hardship_object(content)


def _hardship_object(verb: Token) -> bool:
    """``verb`` has objects, none of them a response or sanction ("face persecution", not "face
    consequences")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lemma_.lower() not in RESPONSE_NOUNS for o in objs)


def _consequence_told(content: Token) -> bool:
    """The content tells a consequence someone will suffer for what they do ("would pay", "will face
    consequences", "would regret it"); facing a hardship ("many face persecution", "face hunger") is
    a danger told, no threat."""
    for t in content.subtree:
        lemma = t.lemma_.lower()
        if lemma not in CONSEQUENCE_WORDS:
            continue
        if lemma in ("face", "bear") and _hardship_object(t):
            continue
        return True
    return False


REFUSALS = frozenset({"refuse", "decline"})
# Acts whose refusal is the act not done rather than a rejection of someone ("refused to
# criticize Putin", "declined to endorse him"); refusing to meet, release or resign stays REJECT.
EXPRESSIVE_TYPES = frozenset({"ACCUSE", "SUPPORT", "PROTEST"})
FORMAL_SUPPORT_CODES = frozenset({"054"})  # CAMEO 054: grant diplomatic recognition


def refused_expression(head: Token, coding, matches: list[lexicon.Match]) -> lexicon.Match | None:
    """The expressive act a refusal verb's infinitive names ("refusing to criticize X")."""
    if coding.plover != "REJECT" or head.lemma_.lower() not in REFUSALS:
        return None
    for c in head.children:
        if c.dep_ == "xcomp":
            # (recognition is a formal act, not an opinion: "refused to recognise the result" rejects it)
            return next((m for m in matches if m.head.i == c.i and m.coding.plover in EXPRESSIVE_TYPES
                         and m.coding.cameo not in FORMAL_SUPPORT_CODES), None)
    return None


# What a promise can threaten without naming a coded act: "vowed to punish those responsible",
# "pledged to hunt down the attackers", "vowed strict action against those behind it".
HOSTILE_INTENTS = frozenset({"punish", "retaliate", "avenge", "hunt", "crush", "eliminate", "fight", "challenge",
                             "resist", "defeat", "prosecute", "track", "destroy", "wipe", "annihilate", "revenge"})


def _by_force(verb: Token) -> bool:
    """The clause is to be carried out "by force", "with force", "using force" or "militarily"."""
    for t in verb.subtree:
        if t.lower_ == "militarily" and t.head == verb:
            return True
        if t.lemma_.lower() == "force" and t.dep_ in ("pobj", "dobj") and (
                t.head.lower_ in ("by", "with") or t.head.lemma_.lower() == "use"):
            return True
    return False


# "vowed to intensify / step up the campaign against X": a hostile campaign promised is a threat.
INTENSIFY_VERBS = frozenset({"intensify", "step", "escalate", "expand", "widen", "broaden", "redouble", "launch",
                             "continue", "press", "wage", "increase", "boost", "strengthen"})
CAMPAIGN_NOUNS = frozenset({"campaign", "operation", "offensive", "fight", "war", "crackdown", "action", "effort",
                            "attack", "strike", "battle", "assault"})


def campaign_against(verb: Token) -> Token | None:
    """Whom the campaign a verb's object names is against ("intensify the campaign against the
    group" -> group), unless a social ill ("against corruption")."""
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in CAMPAIGN_NOUNS:
            continue
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == "against":
                obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() not in load_cues().social_ills:
                    return obj
    return None


def _hostile_clause(verb: Token) -> bool:
    """A verb of a hostile intent ("punish"), or "bring X to justice" / "hold X accountable"."""
    lemma = verb.lemma_.lower()
    if lemma in HOSTILE_INTENTS:
        # "promised to fight corruption": a social ill is nobody to threaten
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj is None or obj.lemma_.lower() not in load_cues().social_ills
    if _by_force(verb):
        return True  # "vowed to bring the island under its control, by force if necessary"
    if lemma in INTENSIFY_VERBS and campaign_against(verb) is not None:
        return True  # "vowed to intensify the campaign against the group" (not "against corruption")
    if lemma in CAUSATIVE_VERBS and any(c.dep_ == "ccomp" and c.lemma_.lower() in PAYBACK_VERBS for c in verb.children):
        return True  # "vowed to make Iran pay", "would make them regret it"
    if lemma == "bring":  # ("bring those responsible to justice": "to justice" may hang on the object)
        return any(t.lower_ == "justice" and t.dep_ == "pobj" and t.head.lower_ == "to" for t in verb.subtree)
    return lemma == "hold" and any(c.lower_ in ("accountable", "responsible") for c in verb.children)


def hostile_promise(head: Token) -> Token | None:
    """The word that makes a promise a threat (None when it is none): an infinitive of a hostile
    intent, or "action / measures against X"."""
    if head.lemma_.lower() not in PROMISE_VERBS:
        return None
    for c in head.children:
        if c.dep_ in ("xcomp", "ccomp") and _hostile_clause(c):
            return c  # "vowed to punish", "vowed that those responsible would be brought to justice"
        if c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "against" for g in c.children):
            return c
        if c.dep_ == "dobj" and c.lemma_.lower() in VOWED_RESPONSES:
            return c  # "vowed a painful response", "promised revenge"
    return None


def hostile_promise_target(intent: Token, mi: MentionIndex) -> list[Actor]:
    """Whom a hostile promise is aimed at: the object of its infinitive, else "against X"."""
    against = campaign_against(intent) if intent.lemma_.lower() in INTENSIFY_VERBS else None
    if against is not None and actors_of(against, mi):
        return actors_of(against, mi)  # "vowed to step up its campaign against X": X, not the campaign
    for c in intent.children:
        if c.dep_ in ("dobj", "nsubjpass") and actors_of(c, mi):  # "... that Russia would be punished"
            return actors_of(c, mi)
        if c.dep_ == "prep" and c.lower_ == "against":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and actors_of(obj, mi):
                return actors_of(obj, mi)
        if c.dep_ == "ccomp" and intent.lemma_.lower() in CAUSATIVE_VERBS:
            made = next((g for g in c.children if g.dep_ == "nsubj"), None)  # "vowed to make Iran pay"
            if made is not None and actors_of(made, mi):
                return actors_of(made, mi)
    return []


CAUSATIVE_VERBS = frozenset({"make", "force", "let"})
PAYBACK_VERBS = frozenset({"pay", "suffer", "regret"})
