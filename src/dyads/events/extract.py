"""The event extractor: every trigger in every sentence, with its arguments, modality and time.

``extract(doc, article, mentions, places, country_code=...)`` is the stage's entry point (see
pipeline.py): the events of each sentence, then countries and targets from the places
(``place_targets``), then the events that still have no actor are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyads.data import words
from dyads.docmemo import doc_ents, doc_sents, span_at, span_ents, span_text
from dyads.events import acled_rules, lexicon, make, ontology, quantities, speech_acts
from dyads.events.arguments import (
    BUNDLE_NOUNS,
    CLAUSE_DEPS,
    INSTRUMENT_PREPS,
    MEETING_NOUNS,
    MOVE_NOUNS,
    PARTAKE_VERBS,
    PROTESTING_PARTICIPLES,
    MentionIndex,
    actors_of,
    between_prep,
    clause_subject,
    prep_object,
    to_infinitive,
    verbal_roles,
)
from dyads.events.commitment import commitment, takes_effect
from dyads.events.cues import Cues, load_cues
from dyads.events.dating import inherit_host_dates, scheduled
from dyads.events.deontic import deontic_requests
from dyads.events.evaluation import (
    inside_naming,
    judged_predicate,
    name_calling,
    reported_judgements,
)
from dyads.events.implicit import implicit_events, opposition_event
from dyads.events.modality import analyse, fronted_condition, names_no_one, subject_modality
from dyads.events.ontology import AUTHORITY_ACTS, STATE_SECTORS, names_weapon
from dyads.events.place_targets import (
    sentence_countries,
    sources_from_places,
    targets_from_places,
)
from dyads.events.reactions import CLAIM_NOUNS
from dyads.events.roles import (
    MUTUAL_TYPES,
    cooperation_sides,
    drop_self,
    targets_from_conjuncts,
    trigger_roles,
)
from dyads.events.sentences import sentence_index_at, sentence_of
from dyads.grammar import RELATIVE_WORDS
from dyads.model import ALL_SOURCES_NOTE, EVERY_SIDE_NOTE, Actor, Article, Event, Mention, Place
from dyads.sectors import sector_class


def _events_in_sentence(sent: Span, article: Article, mi_all: MentionIndex, cues: Cues,
                        dates: list[Span] | None = None, report=None,
                        weak_out: set[str] | None = None) -> list[Event]:
    """The events of one sentence: match triggers, set speech-act content aside, code each
    trigger (``_events_of_match``), share sources, refine ACLED types, add implicit events."""
    if dates is None:
        dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    matches = lexicon.find(sent)
    matches += _inner_nominal_events(matches, sent)
    analysed = {}
    for m in matches:
        analysed[m.head.i] = analyse(m.head, cues)
    suppressed = speech_acts.suppress_content(matches, analysed)
    trigger_heads = frozenset(x.head.i for x in matches)
    ctx = _Sentence(sent, article, cues, matches, analysed, trigger_heads, dates)
    out: list[Event] = []
    weak_ids: set[str] = set()
    mi = mi_all
    for m in matches:
        alleged = analysed[m.head.i].modality == "attributed"  # (speech_acts.alleged_act)
        if m.head.i in suppressed or _not_an_event(m.head, trigger_heads, alleged):
            continue
        if analysed[m.head.i].protasis:
            # "will strike unless ministers agree to reopen talks", "would hit back if it violated the
            # truce": what a condition supposes is no act of anyone (the kit's guidelines code the
            # threat or the conditional act, never the condition)
            continue
        # the trigger itself is not an actor (but "striking teachers", "protesting students": the
        # people the participle describes are, though their mention holds it)
        mi = mi_all if _describing_participle(m.head) else mi_all.without(m.start, m.end, sent.doc)
        made, weak = _events_of_match(m, ctx, mi)
        out.extend(made)
        weak_ids |= weak
    _share_sources(out, sent.doc)
    # Weak triggers ("talk", "speak", "travel", "ask": usually reporting or everyday verbs) are
    # coded only with a named counterpart, their target (checked once places may have given one,
    # in ``extract``); other events without an actor wait for a place to give them a target
    # (``_drop_actorless`` then keeps only violence and unrest that ACLED codes with
    # unidentified actors: "a roadside bomb killed two soldiers").
    out = [e for e in out if e.source or e.target or e.id not in weak_ids]
    if weak_out is not None:
        weak_out |= weak_ids
    if out:
        sg = acled_rules.sentence_grams(sent)
        for ev in out:
            acled_rules.refine(ev, sent, sg, report)
    # NB: the modifier events read the mentions less the last coded trigger's (``mi``), as
    # they always have; kept so that the output does not change.
    out.extend(implicit_events(sent, article, mi))
    demands = deontic_requests(sent, article, mi_all, cues)
    if demands:
        # '"Hamas must release all the hostages," Netanyahu said': a demand of the act, which is
        # not done (the demand is the event, not a planned release)
        asked = {tuple(d.evidence) for d in demands}
        out = [e for e in out if not (tuple(e.evidence) in asked and e.modality != "asserted")]
    out.extend(demands)
    out.extend(reported_judgements(sent, article, mi_all, cues, trigger_heads))
    out.extend(name_calling(sent, article, mi_all, cues, trigger_heads))
    return out


@dataclass(frozen=True)
class _Sentence:
    """What coding one trigger needs to know about its sentence."""

    sent: Span
    article: Article
    cues: Cues
    matches: list[lexicon.Match]
    analysed: dict
    trigger_heads: frozenset[int]
    dates: list[Span]


def _describing_participle(head: Token) -> bool:
    """The trigger is a present participle before the people it describes ("striking teachers")."""
    return (head.dep_ == "amod" and head.tag_ == "VBG" and head.head.pos_ == "NOUN" and head.i < head.head.i
            and head.lemma_.lower() in PROTESTING_PARTICIPLES)



def _is_verb(head: Token) -> bool:
    return head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")


def _topic_of_talk(head: Token) -> bool:
    """A nominal trigger or a gerund (or a conjunct of one) that is the "over/on/about" object of a
    noun of talk ("talks on the release", "an agreement on patrolling")."""
    noun = head
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    gerund = head.tag_ == "VBG" and noun.dep_ in ("pobj", "pcomp")
    if (_is_verb(head) and not gerund) or noun.dep_ not in ("pobj", "pcomp") \
            or noun.head.lower_ not in ("over", "on", "about", "regarding"):
        return False
    return noun.head.head.lemma_.lower() in load_cues().topic_nouns


REHEARSAL_NOUNS = frozenset({"rehearsal", "preparation", "prelude", "pretext", "blueprint", "plan", "plot", "drill",
                             "exercise", "training", "simulation", "justification", "excuse"})
# Participles that say where a force is kept ("troops stationed / based / posted there").
POSITION_PARTICIPLES = frozenset({"station", "base", "post", "garrison", "position"})
# Verbs whose object is only played out: "drills simulating a blockade", "rehearsed an invasion".
REHEARSAL_VERBS = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "imitate"})


# "thanked X for their support / help / solidarity": the help is the reason for thanks, an act
# already told (or too vague to code) rather than a new one.
GRATITUDE_VERBS = frozenset({"thank", "praise", "commend", "congratulate", "applaud", "credit", "hail"})
THANKED_NOUNS = frozenset({"support", "help", "assistance", "solidarity", "aid", "backing", "cooperation",
                           "hospitality", "efforts", "effort"})


def _prevented(noun: Token) -> bool:
    """The noun (or "acts of" it) is the object of a verb of prevention ("prevent attacks", "to
    prevent acts of genocide"): an act kept from happening, not one told."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head
    if noun.dep_ == "compound" and noun.head.dep_ == "dobj":
        noun = noun.head  # "vetoed an aid package"
    return (noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")
            and noun.head.lemma_.lower() in load_cues().averting_verbs)


# A group described by its cause ("rebels fighting Indian rule", "insurgents resisting the occupation").
CAUSE_VERBS = frozenset({"fight", "battle", "resist", "oppose", "wage"})
CAUSE_OBJECTS = frozenset({"rule", "regime", "occupation", "presence", "control", "dominance", "independence",
                           "insurgency", "war", "jihad"})
# Verbs of leave that, negated, rule out others' acts ("will not tolerate attacks", "won't allow
# any incursion"): the act named is not told.
REFUSED_LEAVE_VERBS = frozenset({"tolerate", "accept", "allow", "permit", "countenance"})


def _use_of_document(verb: Token) -> bool:
    """``verb`` is what a law or rule "is used to" do, said of the document ("a law used to crush
    dissent", "a decree that has been used to jail critics"): a purpose, no act told."""
    used = verb.head
    if (verb.dep_ not in ("xcomp", "advcl") or used.lemma_.lower() != "use"
            or not (used.tag_ == "VBN" or used.dep_ == "acl")):  # (an acl "used" may be tagged VBD)
        return False
    if not to_infinitive(verb):
        return False
    holder = used.head if used.dep_ in ("acl", "relcl") else next(
        (c for c in used.children if c.dep_ == "nsubjpass"), None)
    if holder is not None and holder.tag_ in ("WDT", "WP") and used.dep_ == "relcl":
        holder = used.head
    return holder is not None and holder.lemma_.lower() in load_cues().document_nouns


# Words that set aside an act as the one not chosen: "rather than negotiate", "instead of talks".
PASSED_OVER = (("rather", "than"), ("instead", "of"))


def _passed_over(tok: Token) -> bool:
    """``tok``'s phrase comes right after "rather than" or "instead of": the act not chosen."""
    doc = tok.doc
    j = tok.i - 1 if _is_verb(tok) else tok.left_edge.i - 1
    while j > 0 and _is_verb(tok) and doc[j].dep_ in ("aux", "neg") and doc[j].head.i == tok.i:
        j -= 1  # "rather than to negotiate"
    return j > 0 and (doc[j - 1].lower_, doc[j].lower_) in PASSED_OVER


def _permitted_by_document(verb: Token) -> bool:
    """``verb`` is what a document lets be done: the infinitive under "allow / permit / enable"
    whose subject, or the noun the participle describes, is a deal, a law or a plan."""
    if not _is_verb(verb) or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    gov = verb.head
    cues = load_cues()
    if gov.lemma_.lower() not in cues.permission_verbs:
        return False
    holders = [c for c in gov.children if c.dep_ == "nsubj"]
    if gov.dep_ == "acl":
        holders.append(gov.head)
    elif gov.dep_ == "advcl" and gov.tag_ == "VBG":  # "signed a pact on Monday allowing ..."
        holders += [c for c in gov.head.children if c.dep_ == "dobj"]
    return any(h.lemma_.lower() in cues.document_nouns for h in holders)


SPEAKING_VERBS = frozenset({"discuss", "speak", "comment", "talk", "brief"})


def _habitual_description(head: Token) -> bool:
    """A verb in the simple present in a relative clause on people ("militants who attack
    Pakistani security forces"): a description of them, not an act told here (a present perfect, a
    past or a progressive tense tells one)."""
    if head.dep_ != "relcl" or head.tag_ not in ("VBP", "VBZ") or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in head.children):
        return False  # (a policy "that restricts the movement of Palestinians" goes on: it is told)
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children)


def _generic_doers(head: Token) -> bool:
    """The trigger is in a clause describing a bare plural subject of a verb in the simple present
    ("Militants preparing a bombing find big cities easier to hide in", "militants who want to
    strike Europe use ..."): what such people do in general, not an act told here."""
    for anc in [head, *head.ancestors]:
        if anc.dep_ in ("acl", "relcl") and anc.head.dep_ == "nsubj" and anc.head.tag_ == "NNS":
            noun, verb = anc.head, anc.head.head
            bare = not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in noun.children)
            return (bare and verb.tag_ in ("VBP", "VBZ")
                    and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children))
    return False


def _heading(head: Token) -> bool:
    """A bare plural noun standing alone as a line, past the page's first line ("Demonstrations",
    "Air strikes"): a section heading of a roundup, no act told."""
    if _is_verb(head) or head.tag_ not in ("NNS", "NNPS"):
        return False
    sent = sentence_of(head)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) > 2 or sent.start == 0 or any(t.pos_ in ("VERB", "AUX", "NUM", "PROPN") and t.tag_ != "NNPS" for t in words):
        return False
    before = head.doc[sent.start - 1]
    return "\n" in before.text_with_ws or before.is_space


def _not_an_event(head: Token, trigger_heads: frozenset[int], alleged: bool = False) -> bool:
    """Whether the trigger at ``head`` names no act told here; ``alleged``: a concrete act an
    accusation alleges ("accused X of shelling a hospital"), not an offence named."""
    if _idiom_noun(head):
        return True
    if _instead_of(head):
        return True  # "instead of conducting night raids, soldiers use drones": the raids are not done
    if _heading(head):
        return True  # a roundup's section heading ("Demonstrations", "Abductions"): what follows tells the acts
    if _slogan(head):
        return True  # "crowds shouted 'arrest Yoon'", "chanted 'free all prisoners'": a slogan, no act
    if _habitual_description(head) or _generic_doers(head):
        return True  # "militants who attack Pakistani forces": what they do, said of them, no act told
    if judged_predicate(head, load_cues()):
        return True  # "said the test was a violation of X": a judgement of the test (evaluation.py)
    if (head.dep_ == "pobj" and head.head.lower_ == "in" and head.lemma_.lower() in MANNER_NOUNS
            and head.head.head.i in trigger_heads):
        return True  # an act told as the manner of the clause's own act ("in retaliation for the killing")
    if head.dep_ == "amod" and head.tag_ == "VBN" and head.i < head.head.i:
        return True  # "the jailed drug lord", "the ousted president": a description, not a report
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_.lower() in load_cues().site_nouns:
        return True  # "a school sheltering displaced families": what a building is used for
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in POSITION_PARTICIPLES:
        return True  # "soldiers stationed on the hill": where they are, not a deployment told
    if (head.tag_ == "VBN" and head.lemma_.lower() in POSITION_PARTICIPLES
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in head.children)):
        return True  # "marines are stationed on the ship", "is based in X": a state in the present
    if (_is_verb(head) and head.dep_ == "xcomp" and head.lemma_.lower() in SPEAKING_VERBS
            and head.head.lemma_.lower() in load_cues().permission_verbs | {"authorise", "authorize"}):
        return True  # "not authorized to discuss the talks": why a source is anonymous, no act
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ == "behind"
            and head.head.head.lemma_.lower() == "be"):
        return True  # "the agency was behind the attack": the attack told before, now attributed
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ == "as"
            and head.head.head.lemma_.lower() in load_cues().regarding_verbs):
        return True  # "would be treated as an attack on Russia": a category, no act told
    if _topic_of_talk(head):
        return True  # "negotiations over a ceasefire and the release of hostages": a topic, not an act
    kind = head
    while kind.dep_ == "conj" and kind.head.i < kind.i and kind.head.pos_ == "NOUN":
        kind = kind.head  # ("violence and demonstration events": the list modifies the head)
    if (not _is_verb(head) and kind.dep_ in ("compound", "nmod") and kind.i < kind.head.i
            and kind.head.lemma_.lower() in load_cues().kind_heads):
        return True  # "deportation rules", "an arrest warrant": a kind of rule or document, no act
    if (_is_verb(head) and head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in load_cues().permission_nouns
            and to_infinitive(head)):
        return True  # "a licence to kill", "the right to strike": an act that may be done, none told
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ in ("under", "per")
            and head.lemma_.lower() in load_cues().document_nouns | {"truce", "ceasefire", "term"}):
        return True  # "under the deal, Hamas will free ...": the deal told before, named as the frame
    if not _is_verb(head) and _prevented(head):
        return True  # "ordered Israel to prevent acts of genocide": an act kept from happening
    if _permitted_by_document(head if _is_verb(head) else head.head):
        return True  # "a pact allowing troops to hold exercises": what it lets be done, nothing done
    if (_is_verb(head) and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.dep_ in ("nsubj", "nsubjpass")
            and head.head.head.i in trigger_heads and names_weapon(head.head.text)):
        return True  # "a missile fired by the rebels struck a ship": one act, told by the verb it is subject of
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ in ("at", "on", "upon")
            and head.lemma_.lower() in load_cues().behest_nouns
            and (head.head.lower_ == "at" or head.head.head.i in trigger_heads)):
        return True  # "granted him asylum at his request", "will meet at the request of X": why it is done
    if not _is_verb(head) and _judgement(head):
        return True  # "called the ruling an execution of democracy", "described the raid as a massacre"
    if not alleged and _alleged_offence(head):
        return True  # "on charges of inciting hatred", "arrested for insulting the president"
    if not _is_verb(head) and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in head.children):
        return True  # "will retaliate against any new sanctions": no act yet, only a kind of act
    if (not _is_verb(head) and head.dep_ == "dobj" and head.head.lemma_.lower() in REFUSED_LEAVE_VERBS
            and any(c.dep_ == "neg" for c in head.head.children)):
        return True  # "would not tolerate attacks on civilians": others' acts ruled out, none told
    if (not _is_verb(head) and head.dep_ == "dobj" and head.head.dep_ == "acl" and head.head.tag_ == "VBG"
            and head.head.head.lower_ in ANYONE):
        return True  # "orders to shoot anyone causing unrest": a kind of act, none told
    if (_is_verb(head) and head.dep_ == "acl" and head.tag_ == "VBG" and head.lemma_.lower() in CAUSE_VERBS
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CAUSE_OBJECTS for c in head.children)):
        return True  # "militants fighting Indian rule": who they are, no fight told
    if _is_verb(head) and _use_of_document(head):
        return True  # "a law used to crush dissent", "rules used to jail critics": what it serves, no act told
    if _passed_over(head) or (head.dep_ == "dobj" and _passed_over(head.head)):
        return True  # "would fight for years rather than negotiate", "instead of holding talks": not chosen
    if head.dep_ in ("csubj", "nsubj") and head.head.lemma_ == "be" and _ruled_out(head.head):
        return True  # "removing the sanctions is out of the question": not done, refused
    if (_is_verb(head) and head.dep_ == "acl" and head.head.lemma_.lower() in load_cues().behest_nouns
            and not (head.head.lower_ == "order" and head.head.i > 0 and head.doc[head.head.i - 1].lower_ == "in")
            and to_infinitive(head)):
        return True  # "would not meet the demands to release prisoners": what is asked, not done
    if (not _is_verb(head) and head.lemma_.lower() in MEETING_NOUNS and head.dep_ == "pobj"
            and (head.head.lower_ == "before" or (head.head.lower_ == "of" and head.head.head.lower_ == "ahead"))):
        return True  # "settle the dispute before the bloc's summit in June": a time, a meeting still to come
    if not _is_verb(head) and any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in head.children):
        return True  # "the first such incursion", "such attacks": the act told before, named as a kind
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ == "for"
            and head.head.head.lemma_.lower() in REHEARSAL_NOUNS):
        return True  # "a rehearsal for invasion", "preparations for an attack": not (yet) the act
    if not _is_verb(head) and head.dep_ == "dobj" and head.head.lemma_.lower() in REHEARSAL_VERBS:
        return True  # "drills to simulate a blockade of the island": an exercise, not the act
    if (not _is_verb(head) and head.dep_ == "pobj" and head.head.lower_ == "for"
            and head.head.head.lemma_.lower() in GRATITUDE_VERBS and head.lemma_.lower() in THANKED_NOUNS):
        return True  # "thanked Japan for its support": the reason for thanks, the aid told elsewhere
    if not _is_verb(head) and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in trigger_heads
                                  and any(g.dep_ == "dobj" for g in c.children) for c in head.children):
        return True  # "Israeli airstrikes killed 20" parsed as a reduced relative: still the agent
    if not _is_verb(head) and head.lemma_.lower() in UNIT_NOUNS and _hit_by_trigger(head, trigger_heads):
        return True  # "opened fire on a patrol", "ambushed a convoy": the troops hit, not a deployment
    if not _is_verb(head) and _remembered(head):
        return True  # "a resolution commemorating the 1995 genocide", "the anniversary of the crackdown"
    if _role_description(head if _is_verb(head) else head.head if head.dep_ == "dobj" else None):
        return True  # "COGAT, the body that coordinates aid to Gaza": what a body does, no act told
    # "US bombs levelled buildings": the noun is the agent of the verb's event
    return not _is_verb(head) and head.dep_ in ("nsubj", "nsubjpass") and head.head.i in trigger_heads


# Verbs and nouns of remembering a past act: the act is history recalled, not news told.
REMEMBER_VERBS = frozenset({"commemorate", "mark", "remember", "mourn", "memorialise",
                            "memorialize", "recall"})
REMEMBER_NOUNS = frozenset({"anniversary", "commemoration", "memorial", "remembrance", "memory"})


def _remembered(noun: Token) -> bool:
    """The act is what a commemoration remembers: the object of "commemorating" / "marking the
    anniversary of", or "of" after "anniversary", "memorial"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REMEMBER_VERBS:
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in REMEMBER_NOUNS)


def _role_description(verb: Token | None) -> bool:
    """A present-tense relative clause on a noun that describes another ("X, the agency that
    monitors elections", "Y is a group that funds schools"): a standing role, not an act."""
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return True  # "the northwest, where armed gangs kidnap villagers": what goes on there
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in verb.children):
        return False
    noun = verb.head
    if noun.dep_ in ("appos", "attr"):
        return True
    if noun.dep_ == "dobj" and noun.head.tag_ == "VBG":
        return True  # "accused of sheltering militants who carry out attacks": what such militants do
    if noun.pos_ == "PROPN" and verb.i > 1 and verb.doc[verb.i - 2].text == ",":
        return True  # "Poland, which hosts the exiled opposition, said ...": a standing fact about it
    # "COGAT, the body that ...": an apposition the parser read as the subject
    k = noun.left_edge.i
    return k >= 2 and noun.doc[k - 1].text == "," and noun.doc[k - 2].pos_ == "PROPN"


def _judgement(noun: Token) -> bool:
    """``noun`` is what a verb of naming or judging calls its object: a word of judgement, no act
    told ("called the ruling an execution of democracy", "described the raid as a massacre")."""
    judge = load_cues().judge_verbs
    if noun.dep_ in ("oprd", "attr") and noun.head.lemma_.lower() in judge:
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in judge and any(
            c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children):
        return True  # "called the ruling an execution" parsed with two objects
    return (noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in judge
            and any(c.dep_ == "dobj" for c in noun.head.head.children))


# Verbs whose quoted object is a slogan ("chanted 'free the prisoners'", "banners reading 'stop the war'").
CHANT_VERBS = frozenset({"chant", "shout", "scream", "yell", "sing", "cry", "read", "brandish", "wave"})
OPENING_QUOTES = frozenset({'"', "“", "``"})


def _slogan(head: Token) -> bool:
    """``head`` is inside a quotation that a crowd chants, shouts or carries on banners."""
    sent = head.sent
    opening = None
    for t in sent:
        if t.i >= head.i:
            break
        if t.text == '"':  # a straight quote closes the one before it, whatever its tag
            opening = t if opening is None else None
        elif t.text in OPENING_QUOTES or t.tag_ == "``":
            opening = t  # (the parser tags an opening straight quote ``, a closing one '')
        elif t.tag_ == "''" or t.text == "”":
            opening = None
    if opening is None:
        return False
    gov = opening.head
    for _ in range(3):
        if gov.lemma_.lower() in CHANT_VERBS:
            return True
        if gov.dep_ != "conj" or gov.head.i == gov.i:
            break
        gov = gov.head
    return False


# Predicates that rule an act out: "is out of the question", "is not an option", "is unthinkable".
RULED_OUT = ("out of the question", "not an option", "unthinkable", "not on the table", "off the table")


def _ruled_out(copula: Token) -> bool:
    after = " ".join(t.lower_ for t in copula.doc[copula.i + 1:copula.right_edge.i + 1])
    return any(after.startswith(p) or after.startswith("currently " + p) or after.startswith("still " + p)
               for p in RULED_OUT)


def _alleged_offence(head: Token) -> bool:
    """``head`` names the offence a legal step is about: the "of / for / with" object of a charge, an
    arrest or a conviction ("charges of inciting hatred", "jailed for spying"), or the object of
    such an offence told by a gerund ("charges of receiving foreign funding")."""
    gerund_object = head.dep_ == "dobj" and head.head.tag_ == "VBG"
    if gerund_object:
        head = head.head
    if (head.pos_ == "VERB" and head.i >= 2 and head.doc[head.i - 1].lower_ == "to"
            and head.doc[head.i - 1].dep_ == "aux" and head.doc[head.i - 2].pos_ == "NOUN"):
        # ("on charges of public calls to overthrow the order": the call is the offence, wherever
        # the parser hangs its infinitive)
        head = head.doc[head.i - 2]
    if head.dep_ not in ("pobj", "pcomp"):
        return False
    prep = head.head
    if prep.lower_ not in ("of", "for", "with", "over", "including"):  # ("charges including calling for insurrection")
        return False
    # (the object of a gerund only under a legal noun, "charges of receiving funding"; "men they
    # suspect of planning attacks" keeps the planned attacks)
    return prep.head.lemma_.lower() in load_cues().legal_heads and (not gerund_object or prep.head.pos_ == "NOUN")


# Nouns for troops on the move or in place: as the object of another act they name who is hit.
UNIT_NOUNS = frozenset({"patrol", "convoy", "checkpoint", "outpost", "position", "column", "deployment", "garrison"})


def _hit_by_trigger(noun: Token, trigger_heads: frozenset[int]) -> bool:
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i in trigger_heads
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "against", "upon")
            and noun.head.head.i in trigger_heads)


# Texts that speak for whoever issued them ("the resolution calls on Israel ..."): not things.
DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "letter", "decree",
                       "order", "report", "bill", "law", "motion", "text", "draft", "ruling", "verdict", "petition"})

# Acts only people and bodies perform: a thing as their subject ("the sale violated China's
# sovereignty", "the move angered Beijing") is the speaker's judgement or a cause, not this act.
VERBAL_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONSULT", "THREATEN", "CONCEDE"})


FORCES = sector_class("force")
ARMED_SIDES = sector_class("acled_armed")
# Subjects that make an act a rule for anyone, no act told ("would arrest anyone who blocked roads").
ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
# Pronouns for people other than a speaker ("those who refused", "anyone who protests").
OTHERS_PRONOUNS = ANYONE | {"those", "these", "others", "some", "many", "nobody", "none"}


# Harm one does to oneself ("said he had injured himself", "shot himself"): no act between actors.
SELF_HARM_VERBS = frozenset({"injure", "kill", "hurt", "harm", "wound", "shoot", "stab", "hang", "poison", "cut"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


# Nouns of rules: what one of them is "against" or "on" is forbidden, not done ("a law against
# insulting the monarchy", "the ban on protests", "rules on detaining migrants").
RULE_NOUNS = frozenset({"law", "legislation", "bill", "decree", "statute", "rule", "regulation", "ordinance",
                        "ban", "prohibition", "code", "provision", "clause", "article"})


def _what_a_rule_forbids(head: Token) -> bool:
    prep = head.head
    if head.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("against", "on"):
        return False
    if prep.head.lemma_.lower() in RULE_NOUNS:
        return True
    # ("repeal a law against insulting X": the parser may hang the phrase on the verb, right after the noun)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RULE_NOUNS and c.right_edge.i + 1 == prep.i
               for c in prep.head.children)


# Verbs that weigh alternatives "between" two things: neither is done by saying so.
WEIGHING_VERBS = frozenset({"differentiate", "distinguish", "choose", "compare", "pick", "decide", "weigh"})


def _weighed_alternative(head: Token) -> bool:
    """The trigger is one of the things weighed "between" ("we have to differentiate between
    securing X and expanding the occupation", "a choice between war and peace")."""
    for anc in head.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "between":
            return anc.head.lemma_.lower() in WEIGHING_VERBS or anc.head.lemma_.lower() in ("choice", "difference")
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("pcomp", "pobj", "conj"):
            return False
    return False


def _reporters_question(verb: Token) -> bool:
    """"Asked about the deal, the spokeswoman said ...": a participle of asking with no subject and
    no "by" agent opening the sentence is a reporter's question, no request ("after they asked a
    court ..." and "asked by Russia to mediate" stay)."""
    if verb.lemma_.lower() != "ask":
        return False
    if (verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.tag_ in ("VBN", "VBD")
            and any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "agent") for c in verb.children)):
        return True  # "The ambassador, asked about the ruling, declined to comment" (parsed as the main verb)
    return (verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "mark") for c in verb.children))


def _imperative(verb: Token) -> bool:
    """""Release those children within 48 hours," the general said': a bare verb opening its
    sentence with no subject is an order (the speaker's demand), not an act that took place."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == verb.i


def _force_holder(verb: Token, mi: MentionIndex) -> list:
    """The actors that "have" forces the participle says are deployed or stationed ("X has troops
    deployed in Y", "Russia, which has troops stationed there"): whose forces they are."""
    force = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or force.dep_ != "dobj" or force.head.lemma_.lower() != "have":
        return []
    holder = next((c for c in force.head.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.lower_ in ("which", "who", "that") and force.head.dep_ == "relcl":
        holder = force.head.head
    return actors_of(holder, mi) if holder is not None else []


def _self_harm(verb: Token) -> bool:
    return (verb.lemma_.lower() in SELF_HARM_VERBS
            and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children))


# Acts several parties do together, coded the PLOVER way with every party a source.
JOINT_TYPES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})


def _for_anyone(verb: Token) -> bool:
    """A relative clause on "anyone" or "those" makes the act a rule for anyone, not an act
    told: "will arrest anyone who attacks", "sanctions against those who violate it" (but
    "those who attacked the embassy" did)."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_WORDS
                                       for c in verb.children):
        return False
    noun = verb.head.lower_
    return noun in ANYONE or (noun == "those" and verb.tag_ in ("VBP", "VBZ", "VB"))


def _at_home(source: list, target: list) -> bool:
    """Whether a target is only the source's own country ("will send troops to the state")."""
    own = {a.country for a in source if a.country}
    return bool(own and target) and {a.country for a in target} <= own


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _pronoun_source(head: Token, coding, roles, mi: MentionIndex, cues) -> list:
    """The source, with two corrections of a pronoun subject: forces do not protest ("police
    detained lawmakers as they marched": "they" are the main clause's object), and "it/they/we"
    in a reported clause is the reporting body ("China's ministry said it would ...")."""
    source, tok = roles.source, roles.source_tok
    if tok is None or tok.pos_ != "PRON":
        return source
    if coding.plover == "PROTEST" and source and all(a.sector in FORCES for a in source):
        others = _main_clause_object(head, mi)
        if others:
            roles.how.append("protesters: the object of the main clause")
            return others
    if tok.lower_ in OTHERS_PRONOUNS:
        return source  # "warned that those who refused would be punished": not the warner
    if not source or tok.lower_ in ("it", "they", "we", "its", "their", "our"):
        reporter = speech_acts.reporter_antecedent(tok, mi, cues)
        if reporter and tok.lower_ in PERSONAL_PRONOUNS and any(a.kind == "sector" and a.sector in FORCES
                                                                 for a in reporter):
            reporter = []  # "Police said X was killed after he opened fire": "he" is no police force
        if reporter and (not source or all(a.kind != "person" for a in reporter)):
            roles.how.append(f"'{tok.text}' is the reporting subject")
            return reporter
        if not reporter and speech_acts.unknown_reporter(tok, mi, cues):
            roles.how.append(f"'{tok.text}' is the reporting organisation, known to no list")
            return []
    return source


def _main_clause_object(head: Token, mi: MentionIndex) -> list:
    gov = head.head if head.dep_ in ("advcl", "conj") else None
    obj = next((c for c in gov.children if c.dep_ == "dobj"), None) if gov is not None else None
    return actors_of(obj, mi) if obj is not None else []


def _coordinated_means(m: lexicon.Match, s: _Sentence) -> bool:
    """"fired tear gas and water cannon": a noun coordinated with the object inside another
    trigger of the same type, that trigger's own object, or the same-type act it happened "in"
    ("killed in an attack"), is the same act, not a second one."""
    head = m.head
    if (head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in ("in", "during")
            and any(o is not m and o.head.i == head.head.head.i and o.coding.plover == m.coding.plover
                    for o in s.matches)):
        return True  # "were killed in an attack by X": the attack is the killing, told once
    if (head.pos_ == "NOUN" and head.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in head.children)
            and any(o is not m and o.start <= head.head.i < o.end and o.coding.plover == m.coding.plover
                    for o in s.matches)):
        return True  # "used tear gas and water cannon", parsed as a modifier of "cannon": one act
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("conj", "dobj"):
        return False
    return any(o is not m and o.start <= head.head.i < o.end
               and (o.coding.plover == m.coding.plover or (head.dep_ == "dobj" and names_weapon(head.text)))
               for o in s.matches)  # "fired a ballistic missile into the sea": the missile is the means


def _purpose_target(head: Token, coding, mi: MentionIndex) -> list:
    """The object of a force's purpose clause is whom the force is used on ("fired tear gas to
    disperse the protesters", "deployed troops to crush the rebels")."""
    for c in head.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and to_infinitive(c):
            found = verbal_roles(c, coding.target_preps, mi).target
            if found:
                return found
    return []


# Places that stand for a state: a protest outside one is aimed at it ("rallied outside the French
# embassy / the French military base").
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "base", "garrison"})


def _speaker_threatens(coding, attribution, source: list, target: list, rule: str, passive: bool = False):
    """A threat idiom ("X will pay a price", "X would regret it"): the speaker threatens its
    subject, whatever the idiom's own row ((coding, source, target, rule)); in the passive ("X will
    be punished by our brave men") the subject is the patient, not the agent."""
    speaker = [attribution] if attribution is not None and attribution.code else []
    threat = lexicon.by_cameo("130") if coding.plover != "THREATEN" else None
    threatened = (target or source) if passive else (source or target)
    return threat or coding, speaker, threatened, rule + "; speaker threatens subject"


def _embassy_target(head: Token, mi: MentionIndex) -> list:
    """A protest at a country's embassy or consulate is aimed at that country's government."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for p in [c for t in (head, verb) for c in t.children if c.dep_ == "prep"]:
        for o in p.children:
            if o.dep_ == "pobj" and o.lemma_.lower() in MISSIONS:
                found = actors_of(o, mi)
                if found:
                    return [replace(a, code=(a.code or "")[:3] + "GOV", sector="GOV", kind="sector",
                                    rule="protest at its embassy") if a.country else a for a in found]
    return []


THREAT_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
ANNOUNCED_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _threat_condition(head: Token, s: _Sentence) -> bool:
    """"threatened to close the strait if the US imposed new sanctions": the condition of a
    threat is not an act (the threat is aimed at its subject)."""
    clause = head
    for _ in range(4):
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            gov = clause.head
            if any(m.coding.plover == "THREATEN" and (m.start <= gov.i < m.end or m.head.i == gov.i
                                                      or gov.head.i == m.head.i) for m in s.matches):
                return True
            # "said Israel would strike Hezbollah again if it violated the deal": a hostile act
            # announced on a condition is a threat, and its condition no act
            return (any(c.dep_ == "aux" and c.lower_ in THREAT_AUX for c in gov.children)
                    and any(m.head.i == gov.i and m.coding.plover in ANNOUNCED_HOSTILE for m in s.matches))
        if clause.head == clause:
            return False
        clause = clause.head
    return False


def _protest_aim(head: Token, coding, s: _Sentence) -> bool:
    """"marched on parliament to oppose the bill", "went on strike to demand higher pay": what a
    protest is for is not coded apart from the protest (PLOVER, PROTEST ambiguities)."""
    if coding.plover not in ("ACCUSE", "REQUEST", "REJECT", "SUPPORT") or head.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False
    if not to_infinitive(head):
        return False
    # likewise what a threatened measure is for ("take all necessary measures to defend its interests")
    return any((m.start <= head.head.i < m.end or (m.head.dep_ == "dobj" and m.head.head.i == head.head.i))
               and m.coding.plover in ("PROTEST", "THREATEN") for m in s.matches)  # "staged a sit-in to demand"


# What "threatens" only in the sense of "risks": "a move that threatened to reignite war".
RISKING_NOUNS = MOVE_NOUNS | frozenset({"crisis", "conflict", "fighting", "war", "violence", "dispute", "situation",
                                        "escalation", "development", "offensive", "standoff", "tension"})


# Nouns of people acting together: "environmental groups accused X" is said by people, not a thing.
COLLECTIVE_NOUNS = frozenset({"group", "organisation", "organization", "movement", "community", "coalition",
                              "association", "federation", "confederation", "league", "union", "committee",
                              "council", "network", "front", "collective", "tribe", "clan", "family"})


def _thing_speaks(roles, coding, is_verb: bool, mi: MentionIndex) -> bool:
    subj = roles.source_tok
    return (is_verb and not roles.source and subj is not None and coding.plover in VERBAL_ACTS
            and subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and not mi.at(subj)
            and subj.lemma_.lower() not in DOCUMENTS and subj.lemma_.lower() not in COLLECTIVE_NOUNS
            and not any(c.dep_ in ("poss", "compound", "amod") and mi.at(c) for c in subj.children))


# Verbs whose "if" clause is a question asked, not a condition ("wonder if X will attack").
ASKING_VERBS = frozenset({"ask", "wonder", "question", "doubt", "know", "see", "decide", "debate", "consider"})


def _open_question(verb: Token) -> bool:
    """The verb's clause is a question left open ("asking whether Ankara will approve it",
    "wonder if Russia will attack"): nothing is told to have happened or to be meant."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return "whether" in marks or ("if" in marks and clause.dep_ == "ccomp"
                                  and clause.head.lemma_.lower() in ASKING_VERBS)


def _risks(head: Token, coding, is_verb: bool) -> bool:
    """A move or a crisis that "threatens to reignite war" risks it; no one threatens."""
    if not is_verb or coding.plover != "THREATEN":
        return False
    subj, _ = clause_subject(head)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in RISKING_NOUNS


# Vehicles, and what they do in a road or rail accident ("a bus fell into a ditch", "a truck hit a car").
VEHICLES = frozenset({"bus", "minibus", "coach", "truck", "lorry", "car", "van", "train", "ferry", "boat", "tanker",
                      "tractor", "motorcycle", "trawler"})
VEHICLE_MISHAPS = frozenset({"fall", "hit", "collide", "ram", "roll", "run", "slide", "tip"})


def _accidental_harm(head: Token, coding, cues) -> bool:
    """Deaths told as the outcome of an accident are no attack: "a boat capsized, killing four",
    "a bus plunged into a ravine, killing 22", "were killed in a landslide", "the crash killed 72"."""
    if coding.plover != "ASSAULT" or head.lemma_.lower() not in cues.harm_verbs:
        return False
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and head.head.lemma_.lower() in cues.accident_verbs:
        return True
    if head.dep_ == "conj" and head.head.i < head.i and head.head.lemma_.lower() in cues.accident_verbs:
        return True  # "whose canopy collapsed on 1 November and killed 16": the same subject's accident
    if head.tag_ == "VBG" and head.dep_ == "advcl" and any(
            c.dep_ == "advcl" and c.i < head.i and c.lemma_.lower() in cues.accident_verbs for c in head.head.children):
        return True  # "when a canopy collapsed last year, killing 15, few expected ...": the parser hangs both on the main verb
    if any(c.dep_ == "advcl" and c.lemma_.lower() in cues.accident_verbs for c in head.children):
        return True  # "were killed when their bus plunged into a ravine"
    if any(c.dep_ == "advcl" and c.lemma_.lower() in VEHICLE_MISHAPS
           and any(s.dep_ == "nsubj" and s.lemma_.lower() in VEHICLES for s in c.children)
           for v in (head, *head.conjuncts) for c in v.children):
        return True  # "were killed when a passenger bus fell into a roadside ditch"
    nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "after")
              for o in p.children if o.dep_ == "pobj"]
    if head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in head.children):
        # "the collapse of a station roof that killed 15", "a landslide which killed 30": what the
        # relative clause is said of, or the accident that thing suffered
        thing = head.head
        nouns.append(thing)
        if thing.dep_ == "pobj" and thing.head.lower_ == "of":
            nouns.append(thing.head.head)
    return any(n.lemma_.lower() in cues.accident_nouns for n in nouns)


PROMISED_RESTRAINT = "0356"  # CAMEO: express intent to de-escalate military engagement


def _held_back(act: Token) -> bool:
    """The act is denied: negated itself, or as the object of a negated verb ("would not stage
    another coup"), or given "no" ("promised no attacks")."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in act.children):
        return True
    verb = act.head
    return (act.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" for c in verb.children))


def _promised_threat(head: Token, coding, target: list[Actor], rule: str, is_verb: bool, s: _Sentence,
                     mi: MentionIndex):
    """A promise of a hostile act is a threat: "vowed to respond with a strike" (a coded act),
    "vowed to punish those responsible" / "vowed action against X" (a hostile intent)."""
    hostile = speech_acts.hostile_content(head, s.matches, s.analysed)
    threat = lexicon.by_plover("THREATEN")
    if threat is None:
        return coding, target, rule
    if hostile is not None and _held_back(hostile.head):
        # "pledged not to use force against each other", "promised never to attack X": a promise to
        # hold back is an intent to de-escalate, no threat
        calm = lexicon.by_cameo(PROMISED_RESTRAINT)
        if calm is not None:
            return calm, target, rule + f"; a promise not to '{hostile.coding.trigger}' ({hostile.coding.plover}) is an intent to de-escalate"
    if hostile is not None:
        if not target and is_verb:  # "vowed to make Iran pay for the attack": the one made to pay
            intent = speech_acts.hostile_promise(head)
            target = speech_acts.hostile_promise_target(intent, mi) if intent is not None else []
        return threat, target, rule + f"; a promise of '{hostile.coding.trigger}' ({hostile.coding.plover}) is a threat"
    intent = speech_acts.hostile_promise(head) if is_verb else None
    if intent is None:
        return coding, target, rule
    what = f"{intent.text} against" if intent.dep_ == "dobj" else f"to {intent.lemma_}"
    if intent.dep_ != "dobj" and speech_acts.campaign_against(intent) is not None:
        target = speech_acts.hostile_promise_target(intent, mi) or target  # not "the campaign" itself
    calm = lexicon.by_cameo(PROMISED_RESTRAINT)
    if calm is not None and intent.dep_ != "dobj" and any(c.dep_ == "neg" for c in intent.children):
        return calm, target or speech_acts.hostile_promise_target(intent, mi), rule + f"; a promise not {what} is an intent to de-escalate"
    return threat, target or speech_acts.hostile_promise_target(intent, mi), rule + f"; a promise of '{what}' is a threat"


def _refusal_or_charge(head: Token, coding, modality: str, rule: str, speaker_threat: bool, s: _Sentence):
    """"Refusing to criticize X" is a criticism not made (negated ACCUSE); "warned that China was
    arming Russia" is a charge, not a threat."""
    refused = speech_acts.refused_expression(head, coding, s.matches)
    if refused is not None:
        return refused.coding, "negated", rule + f"; refused '{refused.coding.trigger}': that act, negated"
    if (coding.plover == "THREATEN" and not speaker_threat and speech_acts.warns_of_a_fact(head, s.cues)
            and not _threat_in_content(head, s)):
        accuse = lexicon.by_cameo("112")
        if accuse is not None:
            return accuse, modality, rule + "; a warning of what another does is a charge"
    return coding, modality, rule


def _threat_in_content(head: Token, s: _Sentence) -> bool:
    """The warning's content names a threat of its own ("warned that weapons sent there were
    legitimate targets"): the warning is that threat, not a charge."""
    content = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if content is None:
        return False
    said = {content.i} | {c.i for c in content.children if c.dep_ in ("attr", "acomp", "dobj", "oprd")}
    return any(m.coding.plover == "THREATEN" and m.head.i in said for m in s.matches)


EXERCISE, JOINT_EXERCISE = "150", "062"  # CAMEO military exercise (MOBILIZE) / military cooperation


def _object_named_more_precisely(m: lexicon.Match, s: _Sentence) -> bool:
    """"imposed visa bans on X": the object is itself a longer trigger ("visa ban") that codes the
    act with this verb as its light verb; the verb's own reading ("impose ban") gives way."""
    if " " not in m.coding.trigger or m.end - m.start != 1 or m.head.lemma_.lower() not in s.cues.light_verbs:
        return False  # only a light verb matched with its object's lemma ("impose ban"), not "allow aid"
    obj = next((c for c in m.head.children if c.dep_ == "dobj"), None)
    # (an object coded alike, "held military exercises", says no more than "hold exercise": the
    # verb stays, and the noun gives way to it as its means)
    return obj is not None and any(o.head.i == obj.i and o.end - o.start >= 2 and o.start < obj.i and o is not m
                                   and o.coding.cameo != m.coding.cameo for o in s.matches)


def _joint_object(verb: Token) -> bool:
    """"held joint military exercises with X": the joint exercise (its own noun trigger) is the event."""
    return any(c.dep_ == "dobj" and any(a.lower_ == "joint" for a in c.children) for c in verb.children)


def _joint(source_tok: Token | None, source: list[Actor]) -> bool:
    """The exercise's forces are two states' ("French and Egyptian warships", "Russia and China")."""
    if len({a.country for a in source if a.country}) >= 2:
        return True
    return source_tok is not None and any(c.dep_ in ("amod", "compound") and c.conjuncts for c in source_tok.children)


def _agreed_measure(head: Token, s: _Sentence) -> lexicon.Match | None:
    """The sanction that an agreement adopts ("agreed new sanctions on X", "agreed to a package
    of sanctions against X", "agreed to impose tariffs on X"): its match, else None."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "xcomp")]
    objs += [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
             for o in c.children if o.dep_ == "pobj"]
    # "agreed to impose a package of sanctions": the infinitive's object
    objs += [o for x in list(objs) if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
    objs += [o for b in list(objs) if b.lemma_.lower() in BUNDLE_NOUNS
             for c in b.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return _match_among(s, {o.i for o in objs}, frozenset({"SANCTION"}))


def _match_among(s: _Sentence, heads: set[int], plovers: frozenset[str]) -> lexicon.Match | None:
    """The sentence's trigger match headed by one of ``heads`` and coded as one of ``plovers``."""
    return next((m for m in s.matches if m.head.i in heads and m.coding.plover in plovers), None)


DE_ESCALATE = "087"
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _stopped_violence(head: Token, coding, s: _Sentence):
    """The de-escalation coding when a stop verb ("suspend", "halt", "end") has a violent act
    as its object ("suspend kidnappings", "halted its offensive"), else None."""
    if head.lemma_.lower() not in speech_acts.STOP_VERBS or coding.plover not in ("SANCTION", "REJECT", "RETREAT"):
        return None
    objs = {c.i for c in head.children if c.dep_ == "dobj"}
    if _match_among(s, objs, VIOLENT_TYPES) is None:
        return None
    return lexicon.by_cameo(DE_ESCALATE)


ORDERED_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "MOBILIZE"})


# Words of force an option kept open may name without a coded trigger ("not ruled out using force").
FORCE_WORDS = frozenset({"force", "military", "war", "invasion", "strike", "attack", "sanction", "retaliation",
                         "blockade", "action"})


def _hostile_option(head: Token, s: _Sentence) -> Token | None:
    """What a "rule out" names, when it is a hostile act: a coded violent act or sanction, or a word
    of force ("using force", "military action") in its object; else None."""
    for c in head.children:
        if c.dep_ not in ("dobj", "xcomp", "ccomp") and not (c.dep_ == "advcl" and c.tag_ == "VBG"):
            continue  # ("not ruled out using force": the gerund may parse as an adverbial)
        m = _match_among(s, {t.i for t in c.subtree}, VIOLENT_TYPES | {"SANCTION"})
        if m is not None:
            return m.head
        word = next((t for t in c.subtree if t.lemma_.lower() in FORCE_WORDS), None)
        if word is not None:
            return word
    return None


def _hostile_option_target(tok: Token, s: _Sentence, mi: MentionIndex) -> list[Actor]:
    """Whom the option is aimed at: an "against / on" object in its phrase ("force against Taiwan",
    "a strike on Iran's sites")."""
    for t in tok.head.subtree if tok.dep_ == "dobj" else tok.subtree:
        if t.dep_ == "prep" and t.lower_ in ("against", "on", "at"):
            for o in t.children:
                if o.dep_ == "pobj":
                    found = actors_of(o, mi) or [a for x in o.subtree for a in actors_of(x, mi)]
                    if found:
                        return found
    return []


def _stop_governor(head: Token) -> Token | None:
    """The stop verb whose complement or object the act is ("stop kidnapping civilians", "halted
    its attacks", "refrain from shelling"), else None."""
    gov = head.head
    if head.dep_ in ("pobj", "pcomp") and gov.lower_ == "from":
        gov = gov.head  # "refrain from shelling"
    elif head.dep_ not in ("xcomp", "dobj"):
        return None
    if gov.i == head.i or gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in speech_acts.STOP_VERBS:
        return None
    # ("until Israel stopped its attacks", "Russia must stop its attacks": the act goes on; only a
    # stop told or promised ends it)
    if any((c.dep_ == "mark" and c.lower_ in ("if", "unless", "until", "till"))
           or (c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")) for c in gov.children):
        return None
    if gov.dep_ == "xcomp" and gov.head.lemma_.lower() in (load_cues().request_verbs | {"order", "tell", "urge"}):
        return None  # ("ordered Sudan to halt its offensive": asked of it, the offensive goes on)
    return gov


def _others_violence_stopped(act: Token, stopper: Token, mi: MentionIndex) -> bool:
    """A bare act (no object, no owner: "looting", "the violence") that the state's forces stop is
    others' act they end, not their own."""
    if any(c.dep_ in ("dobj", "poss") for c in act.children) or any(c.dep_ == "prep" and c.lower_ == "of"
                                                                      for c in act.children):
        return False
    subj = clause_subject(stopper)[0]
    return any(a.sector in STATE_FORCE_SECTORS for a in actors_of(subj, mi)) if subj is not None else False


STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})


def _ordered_measure(head: Token, coding, s: _Sentence) -> lexicon.Match | None:
    """The measure an order names as its object ("ordered the expulsion of X", "ordered the
    arrest of Y"): the one who orders it takes it."""
    if coding.plover != "REQUEST" or head.lemma_.lower() != "order":
        return None
    return _match_among(s, {c.i for c in head.children if c.dep_ == "dobj"}, ORDERED_TYPES)


def _forces_ordered_to(head: Token, coding, source: list[Actor], target: list[Actor],
                       s: _Sentence) -> lexicon.Match | None:
    """"ordered the army to withdraw", "ordered troops to be put on alert": the act (a measure,
    a move, an attack) the orderer's own forces are told to carry out, else None."""
    if coding.plover != "REQUEST" or head.lemma_.lower() != "order" or not target or not source:
        return None
    own = {a.country for a in source if a.country}
    if not all(a.sector in COMMANDED_SECTORS and (a.country is None or a.country in own) for a in target):
        return None
    inner: set[int] = set()
    stack = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    while stack:  # the ordered clause, not the clauses inside it ("restore peace where gangs kidnap ...")
        t = stack.pop()
        inner.add(t.i)
        stack += [c for c in t.children if c.dep_ not in INNER_CLAUSES]
    return _match_among(s, inner, ORDERED_TYPES | {"ASSAULT"})


INNER_CLAUSES = CLAUSE_DEPS - {"xcomp"}  # (an infinitive inside it is still what is ordered)


COMMANDED_SECTORS = sector_class("force")  # the forces a leader commands


def _promised_refusal(head: Token, s: _Sentence) -> lexicon.Match | None:
    """The refusal a promise announces ("vowed to veto it", "pledged to reject the plan")."""
    if head.lemma_.lower() not in speech_acts.PROMISE_VERBS:
        return None
    return _match_among(s, {c.i for c in head.children if c.dep_ == "xcomp"}, frozenset({"REJECT"}))


# Words of ending an act: a request to end attacks on X is not aimed at X.
ENDING_WORDS = frozenset({"end", "halt", "stop", "cessation", "cease", "ending", "suspension", "suspend"})


def _ended(act: Token, request: Token) -> bool:
    """``act`` is named as what is to end ("an end to attacks", "to stop the shelling") under ``request``."""
    for anc in act.ancestors:
        if anc.i == request.i:
            return False
        if anc.lemma_.lower() in ENDING_WORDS:
            return True
    return False


RELEASE = "0841"  # CAMEO: return, release person(s)
BASE_NOUNS = frozenset({"base", "airbase", "outpost", "installation", "barracks", "garrison"})


def _aimed_at(head: Token, coding, source: list[Actor], target: list[Actor], rule: str, modality: str,
              is_verb: bool, s: _Sentence, mi: MentionIndex):
    """(coding, target, rule) once the target is completed where the trigger's roles name none:
    the embassy protested at, the crowd dispersed, the content of a demand or threat, a promise
    of a hostile act; a force moved is no target of its own side."""
    obj = next((c for c in head.children if c.dep_ == "dobj"), None) if is_verb else None
    if coding.plover in ("RETREAT", "MOBILIZE") and source:
        # "Russia pulled back its troops", "deployed its own forces": what it moves is its own
        homes = {a.country for a in source if a.country}
        target = [a for a in target if not (a.country in homes and a.rule.startswith("coref:possessive"))]
        if obj is not None and obj.lemma_.lower() in BASE_NOUNS and coding.plover == "MOBILIZE":
            # "plans to build a naval base in Somaliland": the base is built, not aimed at; where it is
            where = prep_object(obj, {"in", "on", "near"}, mi)
            target = actors_of(where, mi) if where is not None else []
    space = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() == "airspace"), None) if is_verb else None
    if space is not None:
        # "drones that entered its airspace on their way to Israel": its owner's (the possessive is
        # inside the trigger's own words)
        owner = next((c for c in space.children if c.dep_ == "poss"), None)
        target = (actors_of(owner, mi.whole()) if owner is not None else []) or target
    if coding.cameo == RELEASE and target and all(a.kind in ("ngo", "igo") for a in target) and obj is not None:
        # "handed over three Israeli hostages to the Red Cross": freed to the go-between, for their side
        target = actors_of(obj, mi) or target
    if not target and coding.plover == "PROTEST":
        target = _embassy_target(head, mi)  # "rallied outside the Israeli embassy": against Israel
    if not target and coding.plover in ("ASSAULT", "COERCE"):
        # "fired tear gas to disperse protesters", "used water cannon to clear the crowd"
        target = _purpose_target(head if is_verb else head.head, coding, mi) if is_verb or head.dep_ == "dobj" else []
    if coding.plover in speech_acts.CONTENT_TYPES and not target and coding.cameo != ontology.DENIAL:
        # (a denial is aimed at whoever accused, not at the object of the denied act)
        target = speech_acts.content_clause_target(head, coding, mi)
    if coding.plover == "AGREE" and modality != "negated":
        coding, target, rule = _promised_threat(head, coding, target, rule, is_verb, s, mi)
        if coding.plover == "THREATEN" and (not target or _own_side(target, source)):
            # "vowed to boycott the vote unless the premier resigns": the condition names whom
            target = speech_acts.content_clause_target(head, coding, mi)
    if coding.plover in ("THREATEN", "REQUEST", "AGREE") and not target:
        target, content = speech_acts.embedded_event_target(head, coding, s.matches, s.analysed, mi, s.cues)
        if target and coding.plover == "REQUEST" and content is not None and _ended(content.head, head):
            target = []  # "called for an end to attacks on civilians": not asked of the victims
        if coding.plover == "THREATEN" and _at_home(source, target) and not _foe_at_home(target, source):
            # "would respond to any attacks on Russian territory": the attack's victim is the one
            # who threatens; the threat is aimed at the attacker (unnamed here), not at itself
            target = []
        if target:
            rule += f"; content '{content.coding.trigger}'"
    return coding, target, rule


# Reactions that a participle of causing may report ("..., prompting X to cut ties").
PROMPTED_TYPES = frozenset({"SANCTION", "REJECT", "ACCUSE", "PROTEST", "THREATEN"})
PROMPTING_VERBS = frozenset({"prompt", "lead", "spur", "provoke", "push", "force", "drive"})


def _prompter(head: Token, mi: MentionIndex) -> list[Actor]:
    """The doers of the clause a participle of causing follows, when ``head`` is what that
    participle prompted: "X raided the embassy, prompting Mexico to break off relations" -> X."""
    prompt = head.head
    if head.dep_ != "xcomp" or prompt.lemma_.lower() not in PROMPTING_VERBS or prompt.tag_ != "VBG":
        return []
    if prompt.dep_ not in ("advcl", "conj") or any(c.dep_ == "nsubj" for c in prompt.children):
        return []
    subj, passive = clause_subject(prompt.head)
    return actors_of(subj, mi) if subj is not None and not passive else []


# Sectors of a country's armed or political foes within it: a threat to fight them is aimed at them.
HOME_FOE_SECTORS = frozenset({"REB", "OPP", "CRM", "INS"})


def _foe_at_home(target: list[Actor], source: list[Actor]) -> bool:
    """A target of the source's own country that is a named group or a foe of the state ("the
    army vowed to keep fighting the RSF"), not the source itself."""
    return not _own_side(target, source) and any(a.kind == "group" or a.sector in HOME_FOE_SECTORS for a in target)


def _own_side(target: list[Actor], source: list[Actor]) -> bool:
    """Every target is one of the sources ("vowed to continue their strike": the strikers' own)."""
    codes = {a.code for a in source if a.code}
    return bool(codes) and all(a.code in codes for a in target)


def _events_of_match(m: lexicon.Match, s: _Sentence, mi: MentionIndex) -> tuple[list[Event], set[str]]:
    """The events of one trigger, and the ids of those that a weak trigger made: roles, then
    speech acts, modality and commitments, then the events (per direction, plus opposition)."""
    head, coding, mod, cues = m.head, m.coding, s.analysed[m.head.i], s.cues
    is_verb = _is_verb(head)
    roles = trigger_roles(m, s.sent, mi, cues, s.trigger_heads, is_verb)
    speaker_threat = speech_acts.is_speaker_threat(coding, cues, head)  # "the attack will not go unpunished"
    if (is_verb and not speaker_threat and coding.plover == "THREATEN"
            and speech_acts.is_speaker_threat(coding, cues)):
        return [], set()  # "the court punished the officers", "they faced the consequences": told, no threat
    if speaker_threat and is_verb and not roles.target and any(c.dep_ == "expl" for c in head.children):
        return [], set()  # "there will be consequences for the economy": no party is threatened
    if ((_thing_speaks(roles, coding, is_verb, mi) and not speaker_threat) or _protest_aim(head, coding, s) or _coordinated_means(m, s)
            or (not is_verb and _latest_in_series(head)) or inside_naming(head)
            or (roles.source_tok is not None and roles.source_tok.lower_ in ANYONE) or _for_anyone(head)
            or _self_harm(head) or _what_a_rule_forbids(head) or _weighed_alternative(head) or _reporters_question(head)
            or (is_verb and _imperative(head))
            or (is_verb and coding.cameo == EXERCISE and _joint_object(head))
            or (is_verb and _object_named_more_precisely(m, s))
            or _risks(head, coding, is_verb) or _accidental_harm(head, coding, cues)
            or _threat_condition(head, s) or speech_acts.warns_of_a_forecast(head, coding, mi, s.trigger_heads)
            or (is_verb and _open_question(head))
            # ("without urgent funding, families will have less": a condition, no one's act)
            or (head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "without" and fronted_condition(head.head))):
        return [], set()
    source, target = _pronoun_source(head, coding, roles, mi, cues), roles.target
    if (coding.plover == "MOBILIZE" and roles.passive and not source and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ == "agent" for c in head.children)  # ("recruited by one of the groups": by them)
            and head.lemma_.lower() not in RECRUITING_VERBS):  # (men abducted "to be recruited": not by themselves)
        source, target = target, []  # "troops were deployed to the border": the force itself moves
        rule_note = "; the force deployed is its own source"
    elif coding.plover == "MOBILIZE" and not source and (holder := _force_holder(head, mi)):
        source, target = holder, []  # "Burundi, which has troops deployed in South Kivu": Burundi's troops
        rule_note = f"; the force's holder deployed it; {make.FORCES_MOVED_RULE}"
    else:
        rule_note = ""
    if speech_acts.foretells_a_hostile_answer(head, coding, mi):
        rule_note += f"; {speech_acts.HOSTILE_ANSWER_NOTE}"
    attribution = speech_acts.attribution(mod, mi)
    patient = roles.target_tok if roles.passive and roles.target_tok is not None and roles.target_tok.dep_ == "nsubjpass" else None
    modality = subject_modality(mod, roles.source_tok, patient)
    if modality == "negated" and coding.trigger.startswith("not ") and any(c.dep_ == "neg" for c in head.children):
        modality = "asserted"  # the idiom's own "not" ("will not stand idly by"), no denial
    if roles.passive and modality == "asserted" and names_no_one(roles.target_tok):
        modality = "negated"  # "no one was killed in the firing", "nobody was hurt"
        mod.reasons = (*mod.reasons, f"passive subject '{roles.target_tok.text}'")
    rule = f"lexicon '{coding.trigger}' ({'verb' if is_verb else 'noun'}); " + ", ".join(roles.how) + rule_note
    stopper = _stop_governor(head) if coding.plover in VIOLENT_TYPES else None
    if stopper is not None:
        if _others_violence_stopped(head, stopper, mi):
            return [], set()  # "police acted to stop looting": the looters' act, not the police's
        deescalate = lexicon.by_cameo(DE_ESCALATE)
        if deescalate is not None:  # "committed to stop kidnapping civilians", "stopped attacking villages"
            coding, rule = deescalate, rule + f"; its own violence ended by '{stopper.text}': a de-escalation"
    if speaker_threat:
        coding, source, target, rule = _speaker_threatens(coding, attribution, source, target, rule, roles.passive)
    # A content clause that holds no coded event still names who is asked / threatened:
    # "demanded that X forsake ...", "threatened X with ...".
    target = drop_self(source, target)  # "insisted on its demands that X ...": not itself
    coding, target, rule = _aimed_at(head, coding, source, target, rule, modality, is_verb, s, mi)
    if not target and source and is_verb and coding.plover in PROMPTED_TYPES:
        prompter = _prompter(head, mi)
        if prompter and not {a.code for a in prompter} & {a.code for a in source}:
            # "raided the embassy, prompting Mexico to break off relations": aimed at the raiders
            target, rule = prompter, rule + "; target: whoever prompted it"
    if (coding.plover == "PROTEST" and not is_verb and source and all(_official(a) for a in source)
            and head.lemma_.lower() == "protest" and _complaint_frame(head)):  # (a march or a rally is in the street, whoever leads it)
        official = lexicon.by_cameo(OFFICIAL_COMPLAINT)  # "drawing a protest from Beijing": a diplomatic one
        if official is not None:
            coding, rule = official, rule + "; a state's protest is an official complaint"
    if (coding.cameo == THREAT_TO_RESPOND and is_verb and head.lemma_.lower() == "respond" and (
            (head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children))
            or (head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)))):
        # ("has responded in kind": the perfect tells a response made, as the past does)
        # "Indian forces responded appropriately": a response made, not one promised
        if source and all(a.sector == "GOV" for a in source):
            # "New Delhi responded in kind": a state's answer by its own means, told in what follows
            # (an envoy summoned in turn), no attack and no threat
            return [], set()
        answered = lexicon.by_cameo(ANSWERED_WITH_FORCE)
        if answered is not None:
            coding, rule = answered, rule + "; a response made (past tense) is the act, no threat"
    if coding.cameo == BLOCKADE and source and all(a.sector in STATE_BLOCKERS for a in source):
        restriction = lexicon.by_cameo(RESTRICTION)  # "authorities blocked roads with containers": no protest
        if restriction is not None:
            coding, rule = restriction, rule + "; the state blocking the way restricts movement"
    if coding.cameo == EXERCISE and _joint(roles.source_tok, source):
        joint = lexicon.by_cameo(JOINT_EXERCISE)  # "French and Egyptian warships launched war games"
        if joint is not None:
            coding, rule = joint, rule + "; forces of two states: a joint exercise"
    if coding.plover == "AGREE" and is_verb and modality != "negated":
        measure = _agreed_measure(head, s)
        threat = lexicon.by_plover("THREATEN")
        if (measure is not None and head.lemma_.lower() in speech_acts.PROMISE_VERBS and threat is not None
                and measure.coding.plover in ("SANCTION", "COERCE", "ASSAULT")):
            # "vowed to take resolute measures against X": a hostile act promised is a threat
            coding, modality = threat, "threatened"
            rule += f"; a promise of '{measure.coding.trigger}' ({measure.coding.plover}) is a threat"
        elif measure is not None:  # "agreed new sanctions on Iran": the sanctions are the event
            coding = measure.coding
            rule += f"; agreed '{measure.coding.trigger}': the measure itself"
            if _is_verb(measure.head):  # aimed where the measure is ("on Iran"), not at a later clause's party
                own = verbal_roles(measure.head, measure.coding.target_preps, mi).target
                target = [a for a in own if a.code not in {x.code for x in source}] or target
            if measure.head.pos_ == "VERB" and modality == "asserted":
                modality = "intended"  # "agreed to impose tariffs": not imposed yet
        refusal = _promised_refusal(head, s)

        if measure is None and refusal is not None:  # "vowed to veto any new law": a refusal announced
            coding, rule = refusal.coding, rule + f"; a promise of '{refusal.coding.trigger}': the refusal announced"
            if modality == "asserted":
                modality = "intended"
        protest = (_match_among(s, {c.i for c in head.children if c.dep_ == "xcomp"}, frozenset({"PROTEST"}))
                   if measure is None and refusal is None and head.lemma_.lower() in speech_acts.PROMISE_VERBS
                   else None)
        if protest is not None:  # "vowed to boycott the election": a protest to come, no agreement
            coding, rule = protest.coding, rule + f"; a promise of '{protest.coding.trigger}': the protest to come"
            if modality == "asserted":
                modality = "intended"
    ordered = _ordered_measure(head, coding, s) if is_verb else None
    if ordered is not None:  # "ordered the expulsion of the ambassador": the expulsion itself
        coding, rule = ordered.coding, rule + f"; ordered '{ordered.coding.trigger}': the measure itself"
    elif is_verb and (commanded := _forces_ordered_to(head, coding, source, target, s)) is not None:
        # "ordered the army to withdraw from X", "ordered troops to be put on alert": the act of
        # the one who commands, to come; aimed where the act is
        coding = commanded.coding
        sub = verbal_roles(commanded.head, commanded.coding.target_preps, mi) if _is_verb(commanded.head) else None
        target = [a for a in (sub.target if sub is not None else []) if a.code not in {x.code for x in target}]
        if modality == "asserted":
            modality = "intended"
        rule += f"; ordered its forces to '{commanded.coding.trigger}': that act, to come"
    if is_verb:
        coding, modality, rule = _refusal_or_charge(head, coding, modality, rule, speaker_threat, s)
        stopped = _stopped_violence(head, coding, s)
        if stopped is not None:  # "the ELN will suspend kidnappings": a de-escalation, no sanction
            coding, rule = stopped, rule + "; its own violence stopped: a de-escalation"
    if is_verb and modality == "negated" and coding.trigger == "rule out":
        hostile = _hostile_option(head, s)
        threat = lexicon.by_plover("THREATEN")
        if hostile is not None and threat is not None:
            # "has not ruled out using force against X": the option kept open is a threat
            coding, modality = threat, "threatened"
            rule += f"; '{hostile.text}' not ruled out: a threat"
            if not target:  # (the sources' own codes leave it below, as for every threat)
                target = _hostile_option_target(hostile, s, mi)
    if coding.plover == "THREATEN" and (modality in ("asserted", "intended") or speaker_threat):
        modality = "threatened"
    announced = coding
    own_speaker = (attribution is not None and attribution.country is not None and attribution.sector in STATE_SECTORS
                   and any(a.country == attribution.country or (a.country is None and a.sector in ("MIL", "COP"))
                           for a in source))  # ("the army may strike": the speaker's own forces)
    coding, modality, rule = commitment(coding, modality, mod, cues, rule, head.dep_, own_speaker,
                                        takes_effect(head))
    if (coding.plover == "THREATEN" and announced.plover == "MOBILIZE" and mod.condition is None
            and (not target or _at_home(source, target) or (source and all(a.kind == "igo" for a in source)))):
        # "will send more troops to the state", "the army will deploy in the south": at home or
        # aimed at no one named, no threat; nor is a mission an alliance or bloc sends ("EUFOR will
        # deploy its reserve to Bosnia")
        coding, modality = announced, "intended"
        rule += "; a deployment at home or aimed at no one is no threat"
    if coding.plover == "THREATEN" and announced.plover != "THREATEN" and not target and is_verb:
        # "if X goes on, China will take resolute measures": the announced measure threatens X
        target = speech_acts.content_clause_target(head, coding, mi)
    target = drop_self(source, target)
    if coding.plover == "THREATEN":  # "warned that Moscow would respond": no one threatens itself
        own = {a.code for a in source if a.code}
        target = [a for a in target if a.code not in own]
    conf = make.confidence(source, target)
    if mod.reasons:
        rule += "; " + "; ".join(mod.reasons)
    adjunct_of = None if is_verb else _adjunct_of(head, s.trigger_heads)
    if adjunct_of is not None:
        rule += f"; {BACKGROUND} '{adjunct_of.text}'"
    trig_span = s.sent.doc[m.start : m.end]
    target, mutual, adversaries = cooperation_sides(coding, roles, source, target, list(trig_span), mi)
    if (not mutual and not target and coding.plover == "ASSAULT" and not roles.passive
            and len({a.country for a in source if a.country}) >= 2 and make.names_fighting(trig_span)):
        mutual = True  # "Indian and Chinese soldiers clashed": each side fought the other
    if (not mutual and not target and coding.plover == "ASSAULT" and not roles.passive
            and _sides_fight(source, trig_span, s)):
        # "the army and the rebels fought near Goma": sides of one country fought each other, told
        # as one event (the first named side, the other); sides of two countries are mutual above
        source, target = source[:1], source[1:]
        rule += "; conjoined armed sides of one country fought each other"
    if (not mutual and coding.trigger in s.cues.reciprocal_acts and not roles.passive
            and len({a.country for a in source if a.country}) >= 2 and not any(a.country for a in target)):
        target, mutual = [], True  # "X and Y swapped prisoners": each freed the other's people
    if (not mutual and not roles.passive and not any(a.country for a in target) and len(_parties(source)) >= 2
            and (_each_other(head) if is_verb else _traded(head))):
        target, mutual = [], True  # "Israel and Hamas accused each other", "traded accusations": each to the other
        rule += "; a reciprocal act ('each other', 'traded'): each side to the other"
    if (not mutual and not source and len(target) >= 2 and coding.plover == "ASSAULT" and not is_verb
            and _between(head) and head.lemma_.lower() in s.cues.reciprocal_fighting):
        # "a gunfight between police and armed men": the two sides fought each other (sides of one
        # country: one event, the first named side to the other, as for conjoined sides below)
        if len({a.country for a in target if a.country}) >= 2:
            source, target, mutual = target, [], True
        else:
            source, target = target[:1], target[1:]
            rule += "; the sides of one country fought each other"
    if (not mutual and not source and len({_side_key(a) for a in target}) >= 2
            and coding.plover in MUTUAL_TYPES and not is_verb and _between(head)):
        # "talks between Israel and Hamas resumed": the two sides talked to each other, as when
        # "Israel and Hamas held talks" (sides of one country: one event, the first to the other)
        if len({a.country for a in target if a.country}) >= 2:
            source, target, mutual = target, [], True
        else:
            source, target = target[:1], target[1:]
    fight = (coding.plover == "ASSAULT" and not roles.passive
             and (mutual or (source and target) or (not source and len({a.country for a in target if a.country}) >= 2))
             and len({a.country for a in source + target if a.country}) >= 2 and make.names_fighting(trig_span))
    # ("the two countries' troops have faced off since a deadly clash": the sides the clause gives
    # as undergoing it fought each other)
    if fight:
        # "Indian and Chinese troops clashed", "X clashed with Y", "fighting between X and Y": PLOVER
        # (and the kit's guidelines) code two-sided fighting with every side a source, no target
        source, target, mutual = _parties(source + target), [], False
        rule += f"; {make.FIGHT_RULE}: {EVERY_SIDE_NOTE}"
    among = (coding.plover == "CONSULT" and coding.trigger in TALKS_AMONG_EQUALS and not roles.passive
             and (mutual or (source and target)) and len({a.country for a in source + target if a.country}) >= 2
             and not (source and target and not is_verb and _between(head))  # "X-led talks between A and B"
             and not _mediators(roles.source_tok))  # mediators keep their direction
    if among:
        # PLOVER: talks and negotiations held together ("X and Y renewed negotiations", "X held
        # talks with Y") have every party as a source and no target; a meeting, a visit, a host
        # and a mediator keep their direction
        source, target, mutual = _parties(source + target), [], False
        rule += f"; {make.AMONG_RULE}: {ALL_SOURCES_NOTE}"
    if mutual and coding.plover in JOINT_TYPES and len(_parties(source)) >= 2:
        # PLOVER: parties that agree, cooperate or sign together ("X and Y agreed to cooperate")
        # are each a source of one event with no target, not a pair of mirrored dyads
        source, target, mutual = _parties(source), [], False
        rule += f"; {make.JOINT_RULE}: {ALL_SOURCES_NOTE}"
    if mutual:
        rule += "; " + make.MUTUAL_RULE
    kw = {"modality": modality, "attribution": attribution, "trigger_tok": head, "dates": s.dates}
    out = make.directed_events(s.article, s.sent, trig_span, coding, source, target, mutual=mutual, rule=rule,
                               confidence=conf, quants=quantities.quantities_for(head),
                               background=adjunct_of is not None, **kw)
    weak = {e.id for e in out} if coding.weak and not among and not fight and not (
        coding.acled == "Looting/property destruction" and acled_rules.destroys_property(head)) else set()
    opposed = opposition_event(s.article, s.sent, trig_span, coding, source, adversaries, **kw)
    if opposed is not None:
        out.append(opposed)
    return out, weak


# Triggers of talks, meetings and calls held among parties (PLOVER codes every party as a source,
# as the kit's article guidelines do: "meetings ... have every party as source and no target"):
# not "visit", "host", "receive", "mediate" or "broker", which keep a direction
TALKS_AMONG_EQUALS = frozenset({"talk", "hold talk", "negotiate", "negotiation", "consult", "consultation",
                                "peace talk", "peace negotiation", "bargain", "meet", "meeting", "hold a meeting",
                                "summit", "dialogue", "discuss", "discussion", "confer", "phone call",
                                "telephone call", "phone", "telephone", "videoconference", "video call"})


def _each_other(verb: Token) -> bool:
    """The verb's object, the object of its preposition or the object's possessor is "each other" /
    "one another"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # (the preposition may hang on the verb or on its object: "imposed restrictions on each other")
    objs += [g for h in (verb, *objs) for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # ("summoned each other's envoys": the possessor of the direct object, not of a place, "trained
    # on each other's territory")
    objs += [p for o in objs if o.dep_ == "dobj" for p in o.children if p.dep_ == "poss"]
    return any((o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children))
               or (o.lower_ == "one" and any(d.lower_ == "another" for d in o.children)) for o in objs)


def _traded(noun: Token) -> bool:
    """ "X and Y traded accusations / exchanged threats": the noun is the object of a verb of
    exchange, each side's act aimed at the other."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("trade", "exchange")


def _mediators(tok: Token | None) -> bool:
    """The subject names go-betweens ("Egyptian mediators held talks with both sides")."""
    return tok is not None and bool({tok.lemma_.lower(), tok.head.lemma_.lower()} & {"mediator", "broker", "facilitator"})


def _side_key(a: Actor) -> tuple:
    """What tells one party from another: its sector, country and name."""
    return (a.sector, a.country, a.name or a.text)


def _parties(actors: list[Actor]) -> list[Actor]:
    """The actors once each, in order (a party named as subject and again as object counts once)."""
    out, seen = [], set()
    for a in actors:
        if _side_key(a) not in seen:
            seen.add(_side_key(a))
            out.append(a)
    return out


def _sides_fight(source: list[Actor], trig_span: Span, s: _Sentence) -> bool:
    """'The army and the rebels fought near Goma': two named sides as the subject of a fighting
    word fought each other (no sense of 'fight poverty' has two armed sides for subject)."""
    return (make.names_fighting(trig_span) and len({_side_key(a) for a in source}) >= 2
            and all(a.sector in ARMED_SIDES for a in source))


def _latest_in_series(noun) -> bool:
    """"the latest in a series of seizures / detentions": the acts told before, as a kind, not a
    new one."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in SERIES_NOUNS:
        return False
    series = of.head
    prep = series.head
    return (series.dep_ == "pobj" and prep.lower_ == "in"
            and prep.head.lower_ in ("latest", "last", "one", "first", "second", "third", "part"))


def _between(noun) -> bool:
    """The noun has a "between X and Y" complement (``arguments.between_prep``)."""
    return between_prep(noun) is not None


def _inner_nominal_events(matches: list[lexicon.Match], sent: Span) -> list[lexicon.Match]:
    """An event noun with its own agent inside a multiword trigger is an event too:
    "lifting the siege imposed by Israel" holds Israel's siege as well as its lifting."""
    single = lexicon.by_trigger()
    extra = []
    for m in matches:
        if m.end - m.start < 2:
            continue
        for tok in sent.doc[m.start : m.end]:
            if tok.i == m.head.i or tok.pos_ != "NOUN":
                continue
            coding = single.get(tok.lemma_.lower())
            has_agent = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children) or any(
                c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in tok.children)
            if coding is not None and has_agent:
                extra.append(lexicon.Match(start=tok.i, end=tok.i + 1, head=tok, coding=coding))
    return extra


def _in_relative_clause(ev: Event, doc: Doc) -> bool:
    """A relative clause, or a past participle that stands for one ("prisoners freed from its jails")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    return span is not None and len(span) > 0 and (
        span.root.dep_ == "relcl" or (span.root.dep_ == "acl" and span.root.tag_ == "VBN"))


# Subordinators of a clause that tells another event, told as the time or cause of this one.
OTHER_EVENT_MARKS = frozenset({"after", "before", "since", "until", "till", "when", "once", "because", "while"})


def in_other_events_clause(ev: Event, doc: Doc) -> bool:
    """The event is told in an adverbial clause of time or cause ("struck targets after rockets
    were fired"): another event, whose doer the main clause does not give."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in OTHER_EVENT_MARKS:
        return True  # "a day after an attack near Ankara": another act, told as the time of this one
    return root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_EVENT_MARKS for c in root.children)


RESPONSE_WORDS = frozenset({"respond", "response", "retaliate", "retaliation", "react", "reaction", "reply", "answer",
                            "revenge", "reprisal"})


def _responded_to(ev: Event, doc: Doc) -> bool:
    """The event is what another act answers ("responded to an unprovoked attack", "in
    retaliation for the strike"): the answerer's act is the other one."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ in ("to", "for", "against")
            and root.head.head.lemma_.lower() in RESPONSE_WORDS)


def _share_sources(events: list[Event], doc: Doc) -> None:
    """Within a sentence, an event without a source takes the source of the nearest earlier event
    of the same kind (same CAMEO code: a repeated mention, "the US-led air raids ... 200 air
    strikes a day")."""
    for i, ev in enumerate(events):
        if ev.source or _in_relative_clause(ev, doc) or in_other_events_clause(ev, doc) or _responded_to(ev, doc):
            continue  # "police shot a man who stabbed three people": the man stabbed, not the police
        for prev in reversed(events[:i]):
            if prev.cameo == ev.cameo and prev.source and prev.modality == ev.modality:
                ev.source = list(prev.source)
                ev.target = drop_self(ev.source, ev.target)
                ev.rule += "; source shared with an earlier same-type event in the sentence"
                break


# The rule text of a background event (``Event.background``): "seized guns in a raid".
BACKGROUND = "background: adjunct of"


def _adjunct_of(noun: Token, trigger_heads: frozenset[int]) -> Token | None:
    """The event whose prepositional adjunct this nominal event is ("seized guns in a raid")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    gov = noun.head.head
    return gov if gov.i in trigger_heads and gov.pos_ in ("VERB", "AUX") else None


# "fired missiles in retaliation for X", "summoned the envoy in protest": the clause's own act.
MANNER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction", "protest", "solidarity",
                          "defiance"})


# ACLED sub-events a weapon of the trigger's own clause gives ("targeted a tanker with missiles").
WEAPON_SUBEVENTS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


UNARMED_SECTORS = sector_class("unarmed")


def _armed(ev: Event) -> bool:
    """A weak violent trigger ("targeted") with a named doer and a weapon of its own clause
    ("targeted the tanker with ballistic missiles and drones") is an attack, its victim named or not."""
    return (ev.plover == "ASSAULT" and ev.acled in WEAPON_SUBEVENTS
            and any(a.sector not in UNARMED_SECTORS for a in ev.source))  # ("the company launched drones": no)


def _deadly(ev: Event) -> bool:
    """A weak violent trigger ("hit") with a named doer and dead counted is an attack, its victim
    named or not ("a boy who was hit by a police bullet" died)."""
    return ev.plover == "ASSAULT" and bool(ev.source) and any(
        q.kind == "fatalities" and q.value > 0 for q in ev.quantities)


def _instead_of(head: Token) -> bool:
    """The trigger is what is not done: the gerund of "instead of" / "rather than", or its object."""
    verb = head if head.tag_ == "VBG" else head.head if head.dep_ == "dobj" and head.head.tag_ == "VBG" else None
    if verb is None or verb.dep_ not in ("pcomp", "pobj"):
        return False
    prep = verb.head
    return (prep.lower_ == "of" and any(c.lower_ == "instead" for c in (prep.head, *prep.children))) or (
        prep.lower_ == "than" and any(c.lower_ == "rather" for c in prep.children))


ON_STRIKE_VERBS = frozenset({"be", "remain", "stay", "continue"})


def _idiom_noun(head: Token) -> bool:
    """A bare nominal trigger in an adverbial idiom ("in advance", "in response") is not an event."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.lower_ not in ("in", "on"):
        return False
    amount = head.head.head
    if head.head.lower_ == "in" and (amount.ent_type_ == "MONEY" or amount.like_num):
        return False  # "$20 million in aid": the sum is the aid
    if head.lemma_.lower() == "strike" and head.head.lower_ == "on" and amount.lemma_.lower() in ON_STRIKE_VERBS:
        return False  # "students at every faculty are on strike": a strike going on, told
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in head.children)


# ACLED event types coded even when no actor is named ("unidentified armed group").
UNATTRIBUTED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


# Strategic developments specific enough to code without a named actor ("three men were arrested").
UNATTRIBUTED_SUBTYPES = {"Arrests", "Disrupted weapons use", "Looting/property destruction"}


def _unattributed_ok(ev: Event) -> bool:
    return (ev.acled_type in UNATTRIBUTED_TYPES or ev.acled in UNATTRIBUTED_SUBTYPES
            or (ev.cameo or "").startswith(ontology.STATE_ACTS))  # their agent is the state (home_country)


def _drop_actorless(events: list[Event]) -> list[Event]:
    """The final filter: an event needs an actor, except violence and unrest that ACLED codes
    with unidentified actors. It runs after places have supplied targets."""
    return [e for e in events if e.source or e.target or _unattributed_ok(e)]


# What can only be said by someone: a statement, a demand, a charge, a promise or talks. Told by
# a passive verb with no one named or understood to say it ("has been criticized for ...", "men
# accused of ...") it describes, it reports no event an analyst can use. (A noun keeps its
# implicit sayer, "faced criticism at home"; an active verb its subject, "the resolution calls on".)
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "CONCEDE", "THREATEN"})


def drop_unsaid(events: list[Event], doc: Doc) -> list[Event]:
    """After every step that may find a source (home countries, claims): a said act told by a
    passive verb whose sayer is still unknown is dropped."""
    return [e for e in events if e.source or e.plover not in SAID_TYPES or not _agentless_passive(e, doc)]


def _agentless_passive(ev: Event, doc: Doc) -> bool:
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    root = span.root
    return root.tag_ == "VBN" and (root.dep_ == "acl" or any(c.dep_ == "auxpass" for c in root.children))


# Sub-events too generic to stand with no actor and no place: "attacked", "shot", "fought" say
# nothing of violence by themselves ("the visitors attacked the basket"); a bomb, a shelling, a
# protest or a seized arms cache do.
GENERIC_SUBEVENTS = frozenset({None, "Attack", "Armed clash"})


def drop_unanchored(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """After places and home countries are filled in: an event with no actor and no place, told
    by a generic word only, is nobody's act anywhere (a sports report's "attacked the basket"); but
    one that killed a counted number of people is violence wherever it happened (``_kills``)."""
    return [e for e in events if e.source or e.target or e.place is not None
            or e.acled not in GENERIC_SUBEVENTS or _kills(e, doc)]


DEATH_VERBS = frozenset({"die", "perish"})
# Verbs whose subject act leaves the dead: "an armed attack leaves two dead", "the raid claimed 12 lives".
TOLL_VERBS = frozenset({"leave", "claim", "cause"})


def _harm_word(tok: Token) -> bool:
    harm = load_cues().harm_verbs
    low = tok.lower_
    return tok.lemma_.lower() in harm or low in harm or (low.endswith("ed") and (low[:-2] in harm or low[:-1] in harm))


def _kills(ev: Event, doc: Doc | None) -> bool:
    """The event's own word kills its counted dead ("three killed in a blast", "Forces Killed in
    Clashes"), or its act leaves them dead ("an armed attack leaves two dead", "attack a village,
    kill five"), or it is where they died ("as many as 40 people died in the attack"); not an act a
    death is told beside ("died after ... in revenge for an attack") nor a relative clause."""
    if doc is None or not any(q.kind == "fatalities" for q in ev.quantities):
        return False
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "relcl":
        return False  # "a gas attack that killed dozens": the attack tells it, or nothing does
    if _harm_word(root) or any(_harm_word(c) for c in root.conjuncts if c.pos_ == "VERB"):
        return True
    if root.dep_ == "nsubj" and (root.head.lemma_.lower() in TOLL_VERBS or _harm_word(root.head)):
        return True
    return (root.dep_ in ("pobj", "pcomp") and root.head.lower_ in ("in", "during")
            and (root.head.head.lemma_.lower() in DEATH_VERBS or _harm_word(root.head.head)))


def _trigger_pos(ev: Event, doc: Doc) -> str | None:
    """VERB for a verbal trigger, NOUN for a nominal one told in passing (in a prepositional
    phrase, a modifier or a subordinate noun), ARG for a nominal one that is the news of its clause:
    its subject, object, passive agent or means ("faced criticism", "hit by airstrikes", "responded
    with tear gas"), what one takes part in or claims ("took part in marches", "claimed
    responsibility for the attack"), or the "of" complement of such a noun ("incidents of assault")."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return root.pos_
    tok = root
    for _ in range(3):
        if _clause_news(tok):
            return "ARG"
        if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN")
                and tok.head.head.lemma_.lower() in SERIES_NOUNS):
            tok = tok.head.head  # "incidents of sexual assault", "a wave of strikes"
            continue
        break
    return root.pos_


def _clause_news(tok: Token) -> bool:
    gov = tok.head
    if tok.dep_ == "ROOT" or (tok.dep_ in CLAUSE_ARGUMENTS and gov.pos_ in ("VERB", "AUX")):
        return True  # (a ROOT noun: the sentence is about it, "Suicide bombings at two markets killed ...")
    if tok.dep_ != "pobj":
        return False
    prep, host = gov, gov.head
    if prep.dep_ == "agent" or (prep.lower_ in INSTRUMENT_PREPS and host.pos_ in ("VERB", "AUX")):
        return True
    if prep.lower_ == "in" and host.lemma_.lower() in PARTAKE_VERBS:
        return True
    if (host.pos_ == "VERB" and host.lemma_.lower() in load_cues().light_verbs and prep.lower_ in ("for", "on")
            and not any(c.dep_ == "dobj" for c in host.children)):
        return True  # "gathered for a vigil", "went on strike": the light verb's act
    if prep.lower_ == "to" and host.lemma_.lower() in words("events/agents.yaml", "resort_verbs"):
        return True  # "resorted to a lathi-charge": the means the subject took
    return prep.lower_ == "for" and host.lemma_.lower() in CLAIM_NOUNS


# Nouns that count or string together acts: "incidents of assault", "a wave of strikes", "days of protests".
SERIES_NOUNS = frozenset({"incident", "wave", "series", "campaign", "spate", "string", "round", "act", "case", "number",
                          "surge", "outbreak", "cycle", "day", "week", "night", "month", "year", "hour", "bout"})
CLAUSE_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "ROOT"})


def drop_side_mentions(events: list[Event], doc: Doc) -> list[Event]:
    """A sentence that reports an act with a verb mentions other acts by nouns in passing ("the
    scene of ethnic violence", "to oversee a ceasefire", "missiles"): such a nominal event is
    dropped when it names one side only (a half-read mention that would put a country in a
    wrong role); with both sides named, or none (violence ACLED codes without actors: "tear
    gas", "a sit-in"), it stays. Events read off modifiers, events
    flagged ``background`` (the setting of the reported act: "seized rifles during clashes with
    rebels") and events with no verbal sibling stay."""
    by_sentence: dict[int, list[tuple[Event, str | None]]] = {}
    for ev in events:
        by_sentence.setdefault(sentence_index_at(doc, ev.evidence[0]), []).append((ev, _trigger_pos(ev, doc)))
    drop: set[str] = set()
    for group in by_sentence.values():
        if not any(pos in ("VERB", "AUX") and not ev.implicit for ev, pos in group):
            continue
        drop |= {ev.id for ev, pos in group
                 if pos in ("NOUN", "PROPN") and not ev.implicit and not ev.background
                 and bool(ev.source) != bool(ev.target)}
    return [ev for ev in events if ev.id not in drop]


# Verbs of taking people into a force: those taken are not the force that moves.
RECRUITING_VERBS = frozenset({"recruit", "conscript", "enlist", "draft", "press-gang"})
OFFICIAL_COMPLAINT = "114"  # CAMEO: complain officially (PLOVER ACCUSE)
THREAT_TO_RESPOND, ANSWERED_WITH_FORCE = "130", "190"  # "will respond firmly"; "responded" with force
BLOCKADE, RESTRICTION = "144", "172"  # CAMEO: obstruct passage (PROTEST); impose administrative sanctions (COERCE)
STATE_BLOCKERS = sector_class("state")


# Verbs by which a state makes its protest ("lodged a protest", "sent a protest to Y").
COMPLAINT_VERBS = frozenset({"lodge", "file", "register", "send", "issue", "deliver", "make", "submit", "hand",
                             "voice", "express", "draw", "prompt", "spark", "trigger", "provoke"})


def _complaint_frame(noun: Token) -> bool:
    """The protest noun is one a state makes: "a protest from Beijing", "lodged a protest", "drew
    protests from Moscow"; not "the Jakarta protest" or "a tradition of protest", whose place or
    country names where crowds marched."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "conj") and noun.head.lemma_.lower() in COMPLAINT_VERBS


def _official(a: Actor) -> bool:
    """A state or its government, not its people: its protest is a complaint, not a demonstration."""
    if a.sector == "GOV":
        return a.kind != "person"
    # a country or capital named as such ("from Beijing"), not a nationality word for its people
    return a.kind in ("country", "capital") and not a.sector and (a.rule or "").startswith(("kb:country", "kb:capital"))


# Ties that a verb can end: a partnership, a deal, talks.
TIE_TYPES = frozenset({"COOPERATE", "AGREE", "CONSULT", "SUPPORT"})


def _ending_verb(tok: Token) -> bool:
    """``tok`` is a verb that ends or calls off its object ("suspended", "called off", "pulled out")."""
    ending = load_cues().ending_verbs
    lemma = tok.lemma_.lower()
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return lemma in ending or any(f"{lemma} {p}" in ending for p in particles)


def drop_ended_ties(events: list[Event], doc: Doc) -> list[Event]:
    """A tie, deal or talks named as what a verb ends ("suspended its strategic partnership with
    X", "cancelled the talks", "withdrew from the deal") is no cooperation, agreement or meeting
    of its own: the ending verb codes the event. So is a protest called off, where the verb
    codes its own event."""
    drop: set[str] = set()
    ended: list[Event] = []
    for ev in events:
        if ev.plover not in TIE_TYPES and ev.plover != "PROTEST":
            if _measure_lifted(ev, doc, events):
                drop.add(ev.id)  # "will lift its ban on imports": the lifting is the event
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span) or span.root.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = span.root
        gov = noun.head
        if noun.dep_ == "pobj" and gov.lower_ in ("from", "of", "on") and gov.head.pos_ == "VERB":
            gov = gov.head  # "withdrew from the deal", "pulled out of the talks"
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        if gov.pos_ == "VERB" and _ending_verb(gov):
            if ev.plover == "PROTEST":
                # "called off the protests", "suspended the strike": the ending verb's own event
                # (CAMEO 082, ease dissent) tells it; without one the protest stays
                if any(e.evidence[0] <= gov.idx < e.evidence[1] for e in events):
                    drop.add(ev.id)
                continue
            drop.add(ev.id)
            if ev.plover != "CONSULT" and (ev.source or ev.target) and ev.modality != "negated" and not any(
                    e.evidence[0] <= gov.idx < e.evidence[1] for e in events):
                ended.append(_ended_tie(ev, gov))
    return [ev for ev in events if ev.id not in drop] + ended


LIFTING_VERBS = frozenset({"lift", "ease", "end", "scrap", "remove", "repeal", "revoke", "rescind", "relax", "drop"})


def _measure_lifted(ev: Event, doc: Doc, events: list[Event]) -> bool:
    """A ban, sanctions or restrictions named as the object of a verb that lifts them ("will lift
    its ban on imports", "eased restrictions") when that verb codes its own event."""
    span = span_at(doc, ev.evidence[0], ev.evidence[1])
    if span is None or not len(span) or span.root.pos_ != "NOUN" or span.root.dep_ != "dobj":
        return False
    gov = span.root.head
    return (gov.lemma_.lower() in LIFTING_VERBS
            and any(e is not ev and e.evidence[0] <= gov.idx < e.evidence[1] for e in events))


REDUCE_RELATIONS = "160"


def _ended_tie(ev: Event, verb: Token) -> Event:
    """"ended its defence cooperation agreement with France": relations reduced (CAMEO 160,
    PLOVER SANCTION), between the tie's parties, told by the ending verb."""
    out = replace(ev, id=f"{ev.id}-ended", evidence=(verb.idx, verb.idx + len(verb.text)), trigger=verb.text,
                  acled=None, acled_type=None, rule=f"{ev.rule}; '{verb.text}' ends the tie: relations reduced")
    coding = lexicon.by_cameo(REDUCE_RELATIONS)
    if coding is not None:
        lexicon.recode(out, coding)
    return out


# Visits (CAMEO 042/043) are diplomacy only between official actors: a private person or a
# fighter travelling somewhere is no visit, nor is an official's trip to a city of their own country.
VISITS = ("042", "043")
PRIVATE_SECTORS = sector_class("private")


def _private(a: Actor) -> bool:
    code = a.code or ""
    if a.kind == "person" and len(code) <= 3:
        return True  # a named person with no office (country at most)
    return (a.sector or code[3:6]) in PRIVATE_SECTORS


def _home_visit(e: Event) -> bool:
    """"The president arrived in Paris": a trip to one's own country's city visits no one."""
    home = {a.country for a in e.source if a.country}
    return bool(e.target) and bool(home) and all(
        a.country in home and (a.rule or "").startswith(("kb:capital", "kb:city")) for a in e.target)


def _drop_private_visits(events: list[Event]) -> list[Event]:
    """Visits by private people or home, and visits by no one named ("the two freed men arrived in
    Muscat"): no diplomatic event."""
    return [e for e in events
            if not ((e.cameo or "").startswith(VISITS)
                    and (not e.source or all(_private(a) for a in e.source) or _home_visit(e)))]


def extract(doc: Doc, article: Article, mentions: list[Mention], places: Sequence[Place], *,
            country_code: Callable[[str], str | None]) -> list[Event]:
    """Events in a parsed article: the events stage's entry point (see pipeline.py).

    ``mentions``: the resolved actor mentions (actors stage); ``places``: the places the article
    names (geo stage), which give targets to events that name none and countries to actors
    named by a bare sector word; ``country_code(iso3)``: the actor code of a country (the
    actor KB's coding scheme). Events with no actor are dropped, except violence and unrest
    that ACLED codes with unidentified actors."""
    weak: set[str] = set()
    mi = MentionIndex(doc, mentions)
    events = scheduled(inherit_host_dates(_sentence_events(doc, article, mi, weak), doc), article.published)
    events = sentence_countries(events, doc, mentions, list(places), country_code)
    events = targets_from_places(targets_from_conjuncts(events, doc), doc, country_code, list(places))
    events = sources_from_reporters(events, doc, mi)
    events = sources_from_places(events, doc, country_code, list(places))
    events = [e for e in events if e.target or e.id not in weak or _deadly(e) or _armed(e)]
    return _drop_private_visits(_drop_actorless(events))


PLUNDER_VERBS = frozenset({"loot", "ransack", "plunder", "pillage", "vandalise", "vandalize"})
DESTRUCTION = "1712"  # CAMEO: destroy property


def sources_from_reporters(events: list[Event], doc: Doc, mi: MentionIndex) -> list[Event]:
    """"Polish border guards said 200 migrants were pushed back", "police said two men were
    arrested": an agentless state act reported by a state force (police, army, border guards,
    intelligence) was done by that force."""
    report = load_cues().report_verbs
    for ev in events:
        if ev.source or not (ev.cameo or "").startswith(AUTHORITY_ACTS):
            continue
        trig = span_at(doc, ev.evidence[0], ev.evidence[1])
        if trig is None or not any(c.dep_ == "auxpass" for c in trig.root.children):
            continue
        verb = trig.root
        if verb.lemma_.lower() in PLUNDER_VERBS or (ev.cameo or "").startswith(DESTRUCTION):
            # "a supermarket was looted, police said", "houses were set on fire, the officer said":
            # by rioters or attackers, not by the force that reports it
            continue
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "tried to cross ... and were pushed back": the first verb's clause
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in report:
            continue
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        forces = [a for a in actors_of(speaker, mi) if a.sector in FORCES] if speaker is not None else []
        if forces:
            ev.source = forces
            ev.rule += f"; source: the force that reports it ('{speaker.text}')"
    return events


def _sentence_events(doc: Doc, article: Article, mi: MentionIndex, weak: set[str]) -> list[Event]:
    """The events of every sentence, including those still without an actor (weak triggers
    excepted): places may give them a target."""
    cues = load_cues()
    events: list[Event] = []
    seen_sentences: set[str] = set()
    # DATE entities bucketed by sentence once (Span.ents rescans the whole document each call)
    dates_by_sent: dict[int, list[Span]] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "DATE":
            dates_by_sent.setdefault(ent.sent.start, []).append(ent)
    sents = list(doc_sents(doc))
    for i, sent in enumerate(sents):
        key = " ".join(span_text(sent).split())
        if key in seen_sentences:  # a caption or pull quote repeating a sentence: code it once
            continue
        seen_sentences.add(key)
        # how a demonstration went is told around it (stones in one sentence, tear gas in the
        # next), not in another story of the same page (fishermen detained at sea)
        lo, hi = max(0, i - REPORT_BEFORE), min(len(sents), i + REPORT_AFTER + 1)
        report = doc[sents[lo].start:sents[hi - 1].end]
        events.extend(_events_in_sentence(sent, article, mi, cues, dates_by_sent.get(sent.start, []), report, weak))
    return events


# Sentences before and after an event's own that tell how it went (ACLED sub-event cues).
REPORT_BEFORE, REPORT_AFTER = 1, 2
