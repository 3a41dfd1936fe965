"""Modality and attribution of an event trigger, read off the path from the trigger to the root.

- negated: a negation on the trigger or on the verb that governs it ("did not attack",
  "the attack didn't go ahead");
- threatened: the trigger == a threat verb, or the act under one ("threatened to bomb" is a
  threat; the bombing != coded as an act);
- hypothetical: a condition ("if X were to ..."), a modal ("could", "might", "would") or a
  question of possibility governs the trigger;
- intended: an intention or attempt verb governs it ("trying to form", "plans to attack"), or
  a future auxiliary ("will support");
- attribution: a reporting verb ("said", "claimed", "reports") or noun ("claims by X") governs it,
  or a reporting adverb ("reportedly") modifies it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.docmemo import (
    children_of,
    doc_lowers,
    doc_strings,
)
from dyads.events.arguments import (
    OPEN_ADJ,
    deed_talked_about,
    finite,
    intent_object,
    speaks_again,
    to_infinitive,
    until_clause,
)
from dyads.events.bullets import speaker_of
from dyads.events.cues import Cues, load_cues

# How far up the dependency tree modality cues are looked for (clause links crossed).
MAX_CLIMB = 8
# Subjects that deny the event ("None of them attacked").
NEGATIVE_QUANTIFIERS = {"none", "nobody", "neither", "nothing", "no-one"}
# Clause links through which the governing verb's modality passes down to the trigger.
PASSES = {"xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "dobj", "advcl", "acl", "relcl", "nsubj", "nsubjpass", "attr", "compound", "amod", "appos", "npadvmod", "oprd", "parataxis"}


@dataclass
class Modality:
    modality: str = "asserted"
    attribution_tok: Token | None = None  # subject of the reporting verb
    attribution_text: str | None = None  # when no actor token (e.g. "reportedly")
    embedded_under: Token | None = None  # threat/request verb whose complement holds the trigger
    embedded_kind: str | None = None  # "threat" | "request"
    reasons: tuple[str, ...] = ()
    cue: str | None = None  # the word that set the modality ("will", "plans", "if", "could", "not")
    conditional: bool = False  # the trigger's clause carries an "if/unless" condition clause
    condition: str | None = None  # its subordinator
    protasis: bool = False  # the trigger is in the condition itself ("unless the president agrees ...")


def _has_neg(tok: Token) -> bool:
    """A negation on ``tok``; "not only", "not just" add rather than deny."""
    doc = tok.doc
    deps, lowers = doc_strings(doc, "DEP"), doc_lowers(doc)
    return any(deps[c] == "neg" and not (c + 1 < len(doc) and lowers[c + 1] in ADDITIVE_AFTER_NOT)
               for c in children_of(doc, tok.i))


ADDITIVE_AFTER_NOT = frozenset({"only", "just", "merely", "simply", "solely"})


def _aux_lemmas(tok: Token) -> set[str]:
    doc = tok.doc
    deps, lowers = doc_strings(doc, "DEP"), doc_lowers(doc)
    return {lowers[c] for c in children_of(doc, tok.i) if deps[c] in ("aux", "auxpass")}


def _mark(tok: Token) -> str | None:
    doc = tok.doc
    deps = doc_strings(doc, "DEP")
    for c in children_of(doc, tok.i):
        if deps[c] == "mark":
            return doc_lowers(doc)[c]
    return None


def fronted_condition(prep: Token) -> bool:
    """ "Without X, Y will ...": a preposition opening a clause whose verb has a modal states a
    condition on what follows, not a fact that X is lacking."""
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (verb.pos_ in ("VERB", "AUX") and subj is not None and prep.i < subj.i < verb.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


NOBODY = frozenset({"nobody", "no-one", "none", "nothing"})
COMPARATIVES = frozenset({"fewer", "less", "more", "than", "longer", "sooner"})


def _none_as_object(verb: Token) -> bool:
    """The verb's object is no one ("summoned no diplomats", "arrested nobody"), not a number
    ("killed no fewer than 20 people")."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in NOBODY:
            return True
        if (any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
                and not any(t.lower_ in COMPARATIVES or t.like_num for t in obj.subtree)):
            return True
    return False


def _list_head(noun: Token) -> Token:
    """The first noun of the list ``noun`` is joined to by "and" / "or" (itself when none)."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return noun  # ("no injuries and the protests ended": a phrase of its own)
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
        first = first.head
    return first


def analyse(trigger: Token, cues: Cues) -> Modality:
    """The modality of ``trigger``, who reports it and under which speech act it is embedded."""
    out = Modality()
    reasons: list[str] = []
    if _has_neg(trigger):
        out.modality = "negated"
        reasons.append(f"negation on '{trigger.text}'")
    elif trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in _list_head(trigger).children):
        out.modality = "negated"  # "no arrests have been made", "there was no attack"
        # ("no activity, arrests or protests were reported": the "no" of the list's first noun)
        reasons.append(f"'no {trigger.text}'")
    elif trigger.pos_ == "VERB" and _none_as_object(trigger):
        out.modality = "negated"  # "summoned no diplomats", "arrested nobody"
        reasons.append(f"'{trigger.text}' no one")
    elif trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "without":
        out.modality = "negated"  # "the talks ended without a deal", "struck without warning"
        reasons.append(f"'without {trigger.text}'")
    for adv in trigger.children:
        if adv.dep_ == "advmod" and adv.lower_ in cues.report_adverbs:
            out.attribution_text = adv.text
    _climb(trigger, cues, out, reasons)
    _clause_cues(trigger, cues, out, reasons)
    out.reasons = tuple(reasons)
    return out


def _climb(trigger: Token, cues: Cues, out: Modality, reasons: list[str]) -> None:
    """Up the tree from the trigger: negated happen-verbs, reporting adverbs and verbs,
    threat/request verbs that embed it, intention verbs."""
    tok = trigger
    # past a finite relative clause ("plans to attack a man who was arrested") the trigger is
    # asserted in its own tense: the plans, threats and requests above are not its modality
    own_clause = False
    # A nominal trigger takes the modality of the verb it is subject/object of.
    for step in range(MAX_CLIMB):
        head = tok.head
        if head == tok:
            break
        dep = tok.dep_
        lemma = head.lemma_.lower()
        is_verb = head.pos_ in ("VERB", "AUX")
        # ("did not go ahead", "decided not to go forward with the sanctions")
        if (step == 0 or (step == 1 and dep == "prep")) and trigger.pos_ in ("NOUN", "PROPN") and is_verb:
            if _has_neg(head) and (lemma in cues.happen_verbs or (step == 0 and dep in ("nsubj", "nsubjpass"))):
                if out.modality == "asserted":
                    out.modality = "negated"
                    reasons.append(f"'{head.text}' negated")
        for adv in head.children:
            if adv.dep_ == "advmod" and adv.lower_ in cues.report_adverbs and out.attribution_text is None:
                out.attribution_text = adv.text
        if dep not in PASSES:
            break
        if tok is trigger and trigger.pos_ in ("NOUN", "PROPN") and deed_talked_about(trigger, cues):
            break  # "decided to address the shooting more directly": a deed told before, talked about
        if dep == "pobj" and head.lower_ in PAST_TIME_PREPS and tok.pos_ in ("NOUN", "PROPN"):
            break  # "an effort to ease tensions after deadly protests", "plotted a coup during the protests": the protests happened
        if tok is trigger and _reacted_to(trigger):
            break  # "would respond to the Iranian strike", "in retaliation for the killing": a fact reacted to
        if dep == "conj" and head.tag_ == "VB" and (tok.tag_ in ("VBD", "VBZ") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.children)):
            # "denied that it plans to send arms and accused X", "tried to cross and were pushed
            # back": a finite verb (or one with its own auxiliary) the parser joined to an
            # infinitive is a clause of its own, not under the plan (as in ``_clause_chain``)
            break
        if dep == "relcl" and finite(tok):
            own_clause = True
        if own_clause:
            if is_verb:
                _report_attribution(head, dep, lemma, cues, out)
            tok = head
            continue
        if (step == 0 and dep in ("pcomp", "pobj") and tok.tag_ == "VBG" and head.lower_ == "from" and head.head.lemma_.lower() in cues.prevention_verbs
                and out.modality == "asserted"):  # "banned them from travelling": kept from happening
            out.modality, out.cue = "negated", head.head.lemma_.lower()
            reasons.append(f"prevented by '{head.head.text}'")
        plan = intent_object(tok, cues.intent_verbs) if dep == "advcl" else None
        if (plan is None and dep in ("acl", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in cues.intent_verbs
                and to_infinitive(tok)):
            plan = head  # "part of a plot to topple him", "a bid to seize the town": planned, not done
        if plan is not None and out.modality == "asserted":  # "foiled a plot to bomb"
            out.modality, out.cue = "intended", plan.lemma_.lower()
            reasons.append(f"intention '{plan.text}'")
        if (dep in ("advcl", "xcomp") and to_infinitive(tok) and tok.lemma_.lower() in SECURING_VERBS
                and trigger.pos_ == "NOUN" and trigger.head.i == tok.i and out.modality == "asserted"):
            # "in contact with leaders to secure the soldiers' release": an aim, not done
            out.modality, out.cue = "intended", tok.lemma_.lower()
            reasons.append(f"aim '{tok.text}'")
        if (dep == "advcl" and to_infinitive(tok) and head.lemma_.lower() in MOTION_VERBS and _has_neg(head)
                and out.modality == "asserted"):
            # "his team had not come to Doha to discuss withdrawal": the purpose of a trip not made
            out.modality, out.cue = "negated", head.lemma_.lower()
            reasons.append(f"'{head.text}' negated")
        if dep == "advcl" and (to_infinitive(tok) or (until_clause(tok) and tok.tag_ in ("VBP", "VBZ"))):
            # an infinitive the parser hung as an adverbial ("have sworn to fight"), and a goal in
            # the present tense ("have sworn to fight on until they capture the city"): under the
            # verb above as its complement would be
            dep = "xcomp"
        if dep == "ccomp" and lemma in cues.intent_verbs and _past_clause(tok):
            tok = head  # "a gangster wanted in eight cases was killed" misparsed: a past act, not a wish
            continue
        if is_verb or (head.pos_ == "ADJ" and dep == "xcomp" and lemma in cues.intent_verbs | LIKELIHOOD_ADJ):
            _governing_verb(head, dep, lemma, cues, out, reasons)  # "is ready / prepared to impose"
        if head.pos_ == "ADJ" and dep == "xcomp" and lemma in UNWILLING_ADJ and out.modality == "asserted":
            out.modality, out.cue = "negated", lemma  # "have been reluctant to pressure X": not done
            reasons.append(f"unwilling '{head.text}'")
        if ((head.pos_ == "ADJ" or (head.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have"
                                                                    for c in head.children)))
                and dep == "prep" and tok.lower_ in ("to", "for")
                and (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG")
                and (lemma in cues.intent_verbs | OPEN_ADJ or head.lower_ in cues.intent_verbs)
                and out.modality == "asserted"):
            # "ready for talks", "open to negotiations", "committed to returning the hostages"
            out.modality, out.cue = "intended", lemma
            reasons.append(f"intention '{head.text}'")
        if (head.pos_ == "NOUN" and dep in ("acl", "prep") and (lemma in cues.intent_verbs or lemma in INTENT_NOUNS)
                and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                and out.modality in ("asserted", "intended")):  # "had no intention of staging a coup"
            out.modality, out.cue = "negated", lemma
            reasons.append(f"no '{head.text}'")
        if (head.pos_ == "NOUN" and dep == "acl" and tok.tag_ == "VB" and lemma in cues.intent_verbs
                and out.modality == "asserted"):  # "a plan to attack", "their bid to seize"
            out.modality, out.cue = "intended", lemma
            reasons.append(f"intention '{head.text}'")
        if head.pos_ == "NOUN" and lemma in ("claim", "report", "allegation", "statement", "accusation") and dep in ("acl", "ccomp", "relcl"):
            agent = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if agent is not None and out.attribution_tok is None:
                out.attribution_tok = next((c for c in agent.children if c.dep_ == "pobj"), None)
        tok = head


# Verbs of going somewhere, whose purpose ("came to discuss") happens only if the going does.
MOTION_VERBS = frozenset({"come", "go", "travel", "arrive", "fly", "return", "head", "visit"})
# Words of reacting to an act: the act they answer ("respond to the strike") is a fact, whatever
# the modality of the reaction.
REACTION_WORDS = frozenset({"respond", "react", "retaliate", "reply", "response", "reaction", "retaliation",
                            "reprisal", "revenge", "answer"})


def _reacted_to(trigger: Token) -> bool:
    """A nominal act that a reaction answers ("respond to the strike", "in retaliation for the raid")."""
    head = trigger.head
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and head.lower_ in ("to", "for")
            and head.head.lemma_.lower() in REACTION_WORDS)


# Verbs of bringing an outcome about: an act named as their object in a "to" infinitive ("to secure
# the release of the hostages", "to win their freedom") is what someone works for, not done yet.
SECURING_VERBS = frozenset({"secure", "win", "obtain", "gain", "achieve", "negotiate", "arrange", "ensure", "broker"})


FEAR_VERBS = frozenset({"fear", "dread"})  # "feared a crackdown": what may come
LIKELIHOOD_ADJ = frozenset({"likely", "unlikely", "probable", "improbable"})  # "is unlikely to V"
OBLIGING_VERBS = frozenset({"oblige", "obligate", "require", "compel", "bind", "mandate"})


INTENT_NOUNS = frozenset({"intention", "plan", "desire", "wish", "interest", "aim", "intent"})


def _past_clause(verb: Token) -> bool:
    """A clause told in the past tense by its own auxiliary ("was killed", "had fled"): nothing
    one wants, plans or hopes can be said so."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


# Prepositions whose noun is an event already past (or under way: "during") when the clause above it is planned or asked.
PAST_TIME_PREPS = frozenset({"after", "following", "since", "amid", "during"})

# Verbs that pledge what their infinitive says, but not their object ("committed to stop" / "committed a crime").
PLEDGE_VERBS = frozenset({"commit"})


def _governing_verb(head: Token, dep: str, lemma: str, cues: Cues, out: Modality, reasons: list[str]) -> None:
    """A verb above the trigger (reached through ``dep``): a threat or request that embeds it,
    an intention, a reporting verb whose subject is the attribution."""
    if dep in ("xcomp", "ccomp") and lemma in cues.threat_verbs and out.embedded_under is None:
        out.embedded_under, out.embedded_kind = head, "threat"
    elif dep in ("xcomp", "ccomp") and lemma in cues.request_verbs and out.embedded_under is None:
        out.embedded_under, out.embedded_kind = head, "request"
    if ((dep in ("xcomp", "ccomp", "pcomp", "dobj") and lemma in cues.intent_verbs
         or (dep == "xcomp" and lemma in PLEDGE_VERBS)) and out.modality == "asserted"):
        # ("committed to stop kidnapping": pledged, not done; "committed an attack" is done)
        out.modality = "intended"
        # ("the uprising was intended to liberate the city": a purpose told of a thing, no one's pledge)
        out.cue = "purpose" if any(c.dep_ == "auxpass" for c in head.children) else lemma
        reasons.append(f"intention '{head.text}'")
        if dep == "xcomp" and lemma not in PLEDGE_VERBS and any(c.dep_ == "neg" for c in head.children):
            out.modality = "negated"  # "does not intend to ban the party", "has no plans": none intended
            reasons.append(f"not '{head.text}'")
    if (dep == "xcomp" and lemma in OBLIGING_VERBS and out.modality == "asserted"
            and (head.tag_ in ("VBZ", "VBP", "VB")  # ("member states are obliged to arrest him")
                 or (head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                                for c in head.children)))):
        # "the warrant obliges member states to arrest him": what a rule or treaty requires, not done
        out.modality, out.cue = "hypothetical", lemma
        reasons.append(f"obligation '{head.text}'")
    elif (dep == "xcomp" and lemma in ("have", "be") and out.modality == "asserted"
          and any(c.lower_ == "yet" for c in head.children)):
        out.modality, out.cue = "negated", "yet"  # "has yet to restore ties", "is yet to sign": not done
        reasons.append(f"'{head.text} yet to'")
    elif dep in ("dobj", "ccomp", "xcomp") and lemma in FEAR_VERBS and out.modality == "asserted":
        out.modality, out.cue = "hypothetical", lemma  # "traders feared another ban": not (yet) done
        reasons.append(f"feared '{head.text}'")
    elif dep == "xcomp" and lemma in LIKELIHOOD_ADJ and out.modality == "asserted":
        out.modality, out.cue = "hypothetical", lemma  # "Russia is unlikely to attack": a forecast, not done
        reasons.append(f"likelihood '{head.text}'")
    elif dep == "xcomp" and lemma == "need" and out.modality == "asserted":
        out.modality, out.cue = "hypothetical", lemma  # "said Russia needed to withdraw": asked, not done
        reasons.append(f"obligation '{head.text}'")
    _report_attribution(head, dep, lemma, cues, out)


def _report_attribution(head: Token, dep: str, lemma: str, cues: Cues, out: Modality) -> None:
    """A reporting verb above the trigger: its subject is the attribution (the only thing that
    passes a finite relative clause)."""
    if dep in ("ccomp", "parataxis", "xcomp", "dobj") and lemma in cues.report_verbs and out.attribution_tok is None:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            out.attribution_tok = subj


def _reported(verb: Token, cues: Cues) -> bool:
    """Whether ``verb``'s clause (or the first of its conjuncts) is what a reporting verb reports."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    # an item of a list introduced by "X said:" is what X said (events.bullets)
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.report_verbs) or speaker_of(verb, cues) is not None


def _clause_cues(trigger: Token, cues: Cues, out: Modality, reasons: list[str]) -> None:
    """Modals, conditions and futures on the trigger's own clause (or the nearest verb above a noun)."""
    if (trigger.tag_ == "VB" and out.modality == "asserted" and to_infinitive(trigger)
            and any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in trigger.children)):
        out.modality, out.cue = "hypothetical", "how to"  # "options on how to retaliate": not done
        reasons.append("question of how to act")
        return
    if _reacted_to(trigger):
        return  # "would respond to the Iranian strike": the strike's own clause is not the reaction's
    clause = trigger
    hops = 0
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause and hops < 3:
        clause = clause.head
        hops += 1
    # (only the "until" clause's own verb: "until Israel stopped its attacks" says nothing of the attacks)
    chain = _clause_chain(clause, goal=clause is trigger)
    for n, c_tok in enumerate(chain):
        auxes = _aux_lemmas(c_tok)
        mark = _mark(c_tok)
        if n and any(until_clause(t) for t in chain[:n]) and _has_neg(c_tok) and auxes & UNTIL_CONDITION_MODALS:
            # "will not allow them back until a hostage is released": what the refusal waits for is
            # a condition, not an act told (as "unless")
            out.modality, out.cue, out.protasis = "hypothetical", "until", True
            reasons.append("condition 'until' of a refusal")
            break
        if c_tok is not trigger and c_tok.lemma_.lower() in cues.permission_verbs and _has_neg(c_tok):
            out.modality, out.cue = "negated", c_tok.lemma_.lower()  # "will not allow X to be hijacked"
            reasons.append(f"not '{c_tok.text}'-ed")
            break
        if out.cue is None and auxes & cues.commitment_cues:
            out.cue = next(iter(auxes & cues.commitment_cues))  # "would not meet": a refusal's modal
        for c in c_tok.children:
            if c.dep_ == "advcl" and _mark(c) in cues.condition_marks:
                out.conditional = True
                out.condition = _mark(c)
        if mark in cues.condition_marks:
            out.modality = "hypothetical"
            out.cue = mark
            out.protasis = True
            reasons.append(f"condition '{mark}'")
            break
        if "would" in auxes and not out.conditional and _reported(c_tok, cues):
            # "said it would retaliate": reported speech shifts "will" to "would", a future, not a
            # hypothesis (unless a condition comes with it)
            auxes = (auxes - {"would"}) | {"will"}
        if auxes & cues.hypothetical_modals and out.modality in ("asserted", "intended"):
            out.modality = "hypothetical"
            out.cue = next(iter(auxes & cues.hypothetical_modals))
            reasons.append(f"modal '{out.cue}'")
            break
        if c_tok is not clause and c_tok.lemma_.lower() in cues.future_modals and chain[n - 1].dep_ == "xcomp":
            auxes = auxes | {c_tok.lemma_.lower()}  # "is due / scheduled / set to meet": a future
        if auxes & cues.future_modals and out.modality in ("asserted", "negated"):
            out.cue = next(iter(auxes & cues.future_modals))
            if out.modality == "asserted":
                out.modality = "intended"
            reasons.append("future")
        if (_has_neg(c_tok) and c_tok != trigger and out.modality == "asserted" and c_tok.dep_ != "ccomp"
                and not any(until_clause(t) for t in chain[:n])  # "did not leave until X came": X came
                and not any(_own_conjunct(t) for t in chain[:n])):  # "does not recognise X and has imposed ..."
            out.modality = "negated"
            reasons.append(f"'{c_tok.text}' negated")


# Adjectives of not wanting to do what follows ("reluctant to pressure", "unwilling to send").
UNWILLING_ADJ = frozenset({"reluctant", "unwilling", "loath", "loth", "hesitant", "averse"})
# Modals of a refusal whose "until" clause is its condition ("will not / would not ... until").
UNTIL_CONDITION_MODALS = frozenset({"will", "would", "wo", "shall"})


def _own_conjunct(verb: Token) -> bool:
    """A verb joined to another with a tense of its own ("does not recognise X and has imposed
    sanctions", "did not attend and left early"): the other's negation is not its own ("did not
    recognise X or impose sanctions" shares it)."""
    return (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")
            and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)))


def subject_modality(mod: Modality, subject: Token | None, patient: Token | None = None) -> str:
    """The event's modality, given its subject (and the passive subject it was done to): a
    negative quantifier denies it ("None of them attacked", "No soldier was killed"); the reason
    is added to ``mod.reasons``."""
    for tok in (subject, patient):
        if mod.modality == "asserted" and names_no_one(tok):
            mod.reasons = (*mod.reasons, f"subject '{tok.text}'")
            return "negated"
    return mod.modality


def names_no_one(tok: Token | None) -> bool:
    """A subject that names no one: "none of them", "nobody", "no one", "no soldier", "neither side"."""
    return tok is not None and (tok.lower_ in NEGATIVE_QUANTIFIERS or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children))


_REPORTING = {"say", "claim", "report", "tell", "announce", "state", "confirm", "deny", "add", "write", "note"}


def _clause_chain(verb: Token, goal: bool = True) -> list[Token]:
    """The verb and the verbs it == an xcomp/complement of (control chain), nearest first; with
    ``goal``, also from an "until" clause to the clause it ends."""
    chain = [verb]
    tok = verb
    while (tok.dep_ in ("xcomp", "pcomp", "conj", "ccomp") or (goal and tok is verb and until_clause(tok))
           or _permitted_infinitive(tok)) and tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _REPORTING:
            break  # "officials could say X happened" does not make X hypothetical
        if tok.dep_ == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
                                   or speaks_again(tok)
                                   # "said he would never give up and urged ...": a past tense is not under "would"
                                   or (tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB")):
            break  # "they aren't members, but the group is backing it": a clause of its own
        tok = tok.head
        if tok.dep_ == "prep":
            tok = tok.head
        chain.append(tok)
    means = _means_of(tok)
    if means is not None:  # "will find a way to help": under "will find"
        chain.extend(_clause_chain(means, goal=False))
    return chain


def _permitted_infinitive(verb: Token) -> bool:
    """"will not allow agitators, paid from abroad, to burn the capital": the infinitive the parser
    hung on a verb of leave as an adverbial clause is still what the leave is for."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and to_infinitive(verb)
            and verb.head.lemma_.lower() in load_cues().permission_verbs
            and any(c.dep_ == "dobj" for c in verb.head.children))


# Nouns whose infinitive is what a verb looks for or finds ("find a way to help", "seek means to punish").
MEANS_NOUNS = frozenset({"way", "means", "mechanism", "solution", "opportunity", "chance"})


def _means_of(verb: Token) -> Token | None:
    """The verb whose object is a means noun that ``verb`` (an infinitive) tells ("find a way to
    help": "find"), else None."""
    noun = verb.head
    if (verb.dep_ not in ("relcl", "acl") or noun.lemma_.lower() not in MEANS_NOUNS or not to_infinitive(verb)
            or noun.dep_ not in ("dobj", "pobj")):
        return None
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    return gov if gov.pos_ in ("VERB", "AUX") else None
