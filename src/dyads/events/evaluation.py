"""Reported judgements are verbal acts: "X said Y had done a fantastic job" is X praising Y
(PLOVER SUPPORT, CAMEO 051 "Praise or endorse"); "X said Y was corrupt" is X accusing Y
(PLOVER ACCUSE, CAMEO 111 "Criticize or denounce").

``reported_judgements(sent, article, mi, cues)`` finds a reporting verb (cues.yaml
``report_verbs``) whose clausal complement has an actor as its subject (not the speaker) and,
as its predicate, a word of praise or blame (cues.yaml ``praise_words`` / ``blame_words``) that
is not negated and not itself a coded trigger. A blame said of a definite act noun ("said the
sanctions were illegal") is aimed at whoever did that act, found among the acts told before
(``reactions.target_reactions``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.docmemo import doc_strings
from dyads.events import lexicon
from dyads.events.arguments import NAMING_VERBS as ARG_NAMING_VERBS
from dyads.events.arguments import MentionIndex, actors_of, clause_subject, move_maker
from dyads.events.cues import Cues
from dyads.events.make import CONF_IMPLICIT, make_event
from dyads.events.reactions import judged_act
from dyads.events.roles import drop_self
from dyads.grammar import relative_naming, trailing_predicate
from dyads.model import Article, Event

PREDICATE_DEPS = frozenset({"acomp", "attr", "dobj", "oprd", "amod", "compound"})
PRAISE_CAMEO, BLAME_CAMEO = "051", "111"


# Reporting verbs that deny what their clause says.
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebut"})


def judged_predicate(tok: Token, cues: Cues) -> bool:
    """``tok`` is a word of blame said of an act by a copula ("[France said] the test was a
    violation of the resolution"): a judgement of the act told before, not an act of its own."""
    if tok.dep_ != "attr" or tok.lemma_.lower() not in cues.blame_words or tok.head.lemma_.lower() != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and judged_act(subj) is not None


def _judgement(verb: Token, cues: Cues, trigger_heads: frozenset[int]) -> tuple[str, Token] | None:
    """Praise or blame in the predicate of ``verb``'s clause: (CAMEO code, the word)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    duty = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"), None)
    if verb.lemma_.lower() in ("bear", "carry") and duty is not None and _for_harm(duty, verb, cues):
        # "said Israel bore full responsibility for the attack": blame (not "for the safety of its citizens")
        return BLAME_CAMEO, duty
    if verb.lemma_.lower() == "be":  # "said Iran was behind the attack": blame
        behind = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "behind"), None)
        obj = next((c for c in behind.children if c.dep_ == "pobj"), None) if behind is not None else None
        if obj is not None and (obj.i in trigger_heads or obj.lemma_.lower() in cues.blame_words):
            return BLAME_CAMEO, behind
    for tok in verb.subtree:
        if (tok.i in trigger_heads and not judged_predicate(tok, cues)) or tok.dep_ not in PREDICATE_DEPS:
            continue
        if any(c.dep_ == "neg" for c in tok.children) or tok.pos_ not in ("ADJ", "NOUN"):
            continue
        if _object_of_an_act(tok):
            continue  # "are pursuing the fleeing terrorists": whom they pursue, said of no one
        if not _in_the_predicate(tok, verb):
            continue  # "will be punished by the hands of our brave men": not said of the subject
        if _under_an_adjectives_phrase(tok, verb):
            continue  # "was no longer welcome in our great country": said of the country
        lemma = tok.lemma_.lower()
        if lemma in cues.praise_words:
            return PRAISE_CAMEO, tok
        if lemma in cues.blame_words:
            return BLAME_CAMEO, tok
    return None


PLACE_PREPS = frozenset({"in", "at", "on", "across", "throughout", "inside", "within", "to"})


def _under_an_adjectives_phrase(tok: Token, verb: Token) -> bool:
    """``tok`` sits in a prepositional phrase of a predicate adjective ("welcome in our great
    country"), which says where or how, not what the subject is."""
    while tok.head != verb and tok.head != tok:
        if (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPS
                and tok.head.head.pos_ == "ADJ" and tok.head.head.tag_ == "JJ"):
            return True  # (not "the latest in a long line of politically motivated trials")
        tok = tok.head
    return False


# Harms one can be held responsible for, besides acts and words of blame.
HARM_NOUNS = frozenset({"death", "escalation", "consequence", "crisis", "bloodshed", "loss", "suffering", "tragedy"})


def _for_harm(duty: Token, verb: Token, cues: Cues) -> bool:
    """What a responsibility is "for" is a hostile act or a harm ("for the attack", "for any
    escalation"), not a charge ("for the safety of its citizens")."""
    for p in [*duty.children, *verb.children]:
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in p.children:
                lemma = o.lemma_.lower()
                if o.dep_ == "pobj" and (lemma in UNREST_NOUNS or lemma in cues.violence_nouns
                                         or lemma in cues.blame_words or lemma in HARM_NOUNS):
                    return True
    return False


# Hostile goings-on a speaker can say someone set in motion, besides coded acts and blame words.
UNREST_NOUNS = frozenset({"unrest", "riot", "turmoil", "chaos", "uprising", "rebellion", "revolt", "disturbance",
                          "demonstration", "protest", "rally", "march", "strike", "attack", "campaign", "plot",
                          "bombing", "shooting", "killing", "assassination", "massacre", "explosion", "blast", "raid",
                          "ambush", "kidnapping", "abduction", "hijacking", "invasion", "insurgency", "sabotage",
                          "hack", "cyberattack", "incursion", "offensive"})


def _instigator(verb: Token, subject: Token, cues: Cues) -> Token | None:
    """The agent of a passive verb of instigation whose subject is a hostile act ("the protests were
    organised by foreign services", "the riots were incited by the opposition"): whom the speaker
    blames; None otherwise."""
    if subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in cues.instigation_verbs:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = subject.lemma_.lower()
    if lemma not in UNREST_NOUNS and lemma not in cues.violence_nouns and lemma not in cues.blame_words:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _in_the_predicate(tok: Token, verb: Token) -> bool:
    """``tok`` hangs from the clause's predicate (its object, attribute or complement), not from an
    adverbial phrase of the verb ("by the hands of our brave men", "in a brave act of defiance")."""
    while tok.head != verb and tok.head != tok:
        tok = tok.head
    # (a predicate joined to it, "was corrupt and incompetent"; not a clause joined to it, "were on
    # alert and called Venezuela an outlaw nation", which judges someone else)
    return tok.dep_ in PREDICATE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("ADJ", "NOUN"))


# Verbs whose object says what their subject is or did ("had done a fantastic job", "committed a crime").
DOING_VERBS = frozenset({"do", "commit", "make", "be", "become", "remain", "have", "prove", "call"})


def _object_of_an_act(tok: Token) -> bool:
    """A judgement noun (or its adjective) that is the object of an act ("pursuing the
    terrorists"), not predicated of the clause's subject."""
    noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" else tok
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() not in DOING_VERBS


def reported_judgements(sent: Span, article: Article, mi: MentionIndex, cues: Cues,
                        trigger_heads: frozenset[int] = frozenset()) -> list[Event]:
    out: list[Event] = []
    deps = doc_strings(sent.doc, "DEP")
    for i in range(sent.start, sent.end):
        if deps[i] not in ("ccomp", "parataxis"):
            continue
        verb = sent.doc[i]
        if verb.head.lemma_.lower() not in cues.report_verbs:
            continue
        if verb.head.lemma_.lower() in DENYING_VERBS or any(c.dep_ == "neg" for c in verb.head.children):
            continue  # "denied that the investigation was politically motivated": no judgement made
        if verb.i < verb.head.i and any(c.dep_ == "mark" for c in verb.head.children):
            continue  # "X warned Y against 'reckless threats', after Z said ...": not what Z said
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        judged = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = _judgement(verb, cues, trigger_heads) if speaker is not None and judged is not None else None
        if found is None and speaker is not None and judged is not None:
            instigator = _instigator(verb, judged, cues)
            if instigator is not None:  # "said the protests were organised by foreign services"
                found, judged = (BLAME_CAMEO, verb), instigator
        if found is None:
            continue
        source = actors_of(speaker, mi)
        target = drop_self(source, actors_of(judged, mi))
        coding = lexicon.by_cameo(found[0])
        # ("said the raids were a brutal act", "said the sanctions were illegal": an act blamed,
        # whose doer reactions.target_reactions finds among the acts told before)
        act = not target and found[0] == BLAME_CAMEO and judged_act(judged) is not None
        if not source or not (target or act) or coding is None:
            continue
        rule = f"implicit: '{verb.head.text}' that {judged.text} ... '{found[1].text}' (a judgement)"
        out.append(make_event(article, sent, sent.doc[found[1].i:found[1].i + 1], coding, source, target,
                              confidence=CONF_IMPLICIT, rule=rule, implicit=True, trigger_tok=verb))
    return out


# Verbs that name what their object is ("called the vote a sham", "described the move as illegal").
NAMING_VERBS = ARG_NAMING_VERBS | frozenset({"characterize", "characterise"})


def _named_as(verb: Token) -> Token | None:
    """The predicate a naming verb gives its object: "an act of aggression", "illegal", "as a sham"
    ("called the reports of fraud unacceptable": parsed as a modifier inside the object)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    trailing = trailing_predicate(obj) if obj is not None else None
    if trailing is not None:
        return trailing
    for c in verb.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.pos_ in ("ADJ", "NOUN"):
            return c
        if c.dep_ == "oprd" and c.tag_ == "VBN":
            return c  # "called the verdict biased and politically motivated": a participle as adjective
        if c.dep_ == "advcl" and c.pos_ in ("ADJ", "NOUN") and any(g.lower_ == "as" and g.i < c.i for g in c.children):
            return c  # "described the junta as illegitimate", parsed with "as illegitimate" an adverbial
        if c.dep_ == "prep" and c.lower_ == "as":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# A charge called false: "called the report baseless", "described the accusations as lies".
CHARGE_NOUNS = frozenset({"report", "claim", "accusation", "allegation", "charge", "finding", "assertion", "story"})
REBUTTAL_WORDS = frozenset({"baseless", "groundless", "unfounded", "false", "fabricated", "fabrication", "lie",
                            "nonsense", "absurd", "slander", "smear", "propaganda", "fake", "untrue", "fiction"})
DENIAL_CAMEO = "016"
SCHEME_NOUNS = frozenset({"attempt", "bid", "effort", "plot", "ploy", "campaign", "tactic", "move", "scheme"})


def _hostile_scheme(pred: Token, trigger_heads: frozenset[int]) -> Token | None:
    """"an attempt to intimidate her campaign": the coded act a scheme noun names (returned)."""
    if pred.lemma_.lower() not in SCHEME_NOUNS:
        return None
    return next((c for c in pred.children if c.dep_ in ("acl", "xcomp") and c.i in trigger_heads), None)


def inside_naming(head: Token) -> bool:
    """The trigger is in what a naming verb calls its object ("called the arrest an attempt to
    intimidate her"): the speaker's charge, not an act told."""
    if (head.dep_ == "dobj" and head.pos_ == "NOUN" and head.head.lemma_.lower() in NAMING_VERBS
            and _named_as(head.head) is not None):
        return True  # "called the arrest an attempt ...": the arrest told before, named again
    if head.head.lemma_.lower() in NAMING_VERBS and (rel := relative_naming(head.head)) is not None and rel[1] == head:
        return True  # "a move his party called a coup": the name, not a coup
    for anc in head.ancestors:
        if anc.dep_ in ("oprd", "attr", "xcomp", "ccomp") and anc.head.lemma_.lower() in NAMING_VERBS:
            return any(c.dep_ == "dobj" for c in anc.head.children)
    return False


def name_calling(sent: Span, article: Article, mi: MentionIndex, cues: Cues,
                 trigger_heads: frozenset[int] = frozenset()) -> list[Event]:
    """"X called the agreement an act of aggression", "X described Y's move as illegal": X accuses
    (or, with a word of praise, praises) the one the object names or whose act it is."""
    out: list[Event] = []
    lemmas = doc_strings(sent.doc, "LEMMA")
    for i in range(sent.start, sent.end):
        if lemmas[i].lower() not in NAMING_VERBS or i in trigger_heads:
            continue
        verb = sent.doc[i]
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
            # "Mexico cut ties, calling the raid a violation of international law": the participle's
            # understood subject names it
            subj = clause_subject(verb)[0]
        relative = relative_naming(verb)  # "a move his party called a coup"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if relative is None else relative[0]
        pred = _named_as(verb) if relative is None else relative[1]
        if subj is None or obj is None or pred is None:
            continue
        scheme = _hostile_scheme(pred, trigger_heads)
        words = {t.lemma_.lower() for t in pred.subtree}
        # "called the arrest an abduction": one act named as a worse one, a charge
        # ("called the measures an attack on our sovereignty": a deed a hostile act)
        renamed = (pred.i in trigger_heads and pred.i != obj.i
                   and (obj.i in trigger_heads or obj.lemma_.lower() in cues.act_nouns))
        if (scheme is None and not renamed and not words & cues.blame_words
                and any(t.i in trigger_heads for t in pred.subtree)):
            continue  # (but "called the raids a brutal attack on X": a judgement, whatever words it uses)
        if obj.tag_ in ("WP", "WDT") or obj.pos_ == "PRON" and not actors_of(obj, mi):
            continue  # "launched what it called anti-terrorist operations": its own name for its act
        if obj.lemma_.lower() in CHARGE_NOUNS and words & REBUTTAL_WORDS:
            cameo = DENIAL_CAMEO  # "called the report baseless": a denial, aimed at the accuser
        else:
            cameo = (BLAME_CAMEO if scheme is not None or renamed or words & cues.blame_words
                     else PRAISE_CAMEO if words & cues.praise_words else None)
        coding = lexicon.by_cameo(cameo) if cameo else None
        source = actors_of(subj, mi)
        if coding is None or not source:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if relative is not None:
            # "Russia's annexation of four regions, which Kyiv called illegal": the act's owner, not
            # the country its modifiers name
            if owner is None and obj.dep_ == "pobj" and obj.head.lower_ == "of":
                owner = next((c for c in obj.head.head.children if c.dep_ == "poss"), None)
            maker = move_maker(obj)  # "X detained him, a move Y called a coup": X's move
            target = drop_self(source, actors_of(owner, mi) if owner is not None else mi.at(obj) and actors_of(obj, mi)
                               or (actors_of(maker, mi) if maker is not None else []))
        else:
            target = drop_self(source, actors_of(obj, mi) or (actors_of(owner, mi) if owner is not None else []))
        rule = f"implicit: '{verb.text}' {obj.text} '{pred.text}' (a judgement)"
        out.append(make_event(article, sent, sent.doc[i:i + 1], coding, source, target,
                              confidence=CONF_IMPLICIT, rule=rule, implicit=True, trigger_tok=verb))
    return out

