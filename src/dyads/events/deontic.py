"""Reported obligations are demands: "X said Y must / should / needs to V" is X asking Y to V
(PLOVER REQUEST, CAMEO 100 "Demand"), as an analyst reads a leader's statement that another
government "must do more".

``deontic_requests(sent, article, mi, cues)`` finds a reporting verb (cues.yaml ``report_verbs``)
whose clausal complement carries an obligation (a modal "must", "should", "ought to", or "need
to" / "have to") and whose subject names an actor other than the speaker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.docmemo import doc_strings
from dyads.events import lexicon
from dyads.events.arguments import MentionIndex, actors_of, to_infinitive
from dyads.events.bullets import speaker_of
from dyads.events.cues import Cues, load_cues
from dyads.events.make import CONF_IMPLICIT, make_event
from dyads.events.roles import drop_self
from dyads.model import Article, Event

OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
OBLIGATION_VERBS = frozenset({"need", "have"})  # "needs to act", "has to leave"


def _obligation(verb: Token) -> str | None:
    """The word that makes ``verb``'s clause an obligation, if any."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS:
            return c.lower_
    if verb.lemma_.lower() in OBLIGATION_VERBS:
        inf = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if inf is not None and to_infinitive(inf) and inf.lemma_.lower() not in load_cues().perception_verbs:
            # (not "the bank needs to see more evidence": what it must learn is no act asked of it)
            return f"{verb.lemma_.lower()} to"
    return None


def _state_of_mind(verb: Token) -> bool:
    """"X should not be surprised when ...", "Y must know that ...": a state of mind or an
    adjective said of someone is no act asked of them."""
    if verb.lemma_.lower() in KNOWING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
        return True  # (but "the women should be heard" asks that they be listened to)
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in MIND_STATES
                                               for c in verb.children)


KNOWING_VERBS = frozenset({"know", "understand", "realise", "realize", "expect", "remember", "see", "hear"})
MIND_STATES = frozenset({"surprise", "surprised", "shock", "shocked", "aware", "worried", "worry", "concerned",
                         "afraid", "alarmed", "alarm", "disappointed", "sure", "certain", "astonished", "happy"})


NEED_NOUNS = frozenset({"need", "necessity"})


def _existential_need(verb: Token) -> Token | None:
    """The "need" of "there is a need for X" (``verb`` is its "be")."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    need = next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in NEED_NOUNS), None)
    if need is None or any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in need.children):
        return None  # "there was no need for new sanctions"
    return need


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def deontic_requests(sent: Span, article: Article, mi: MentionIndex, cues: Cues) -> list[Event]:
    coding = lexicon.by_plover("REQUEST")
    if coding is None:
        return []
    out: list[Event] = []
    deps = doc_strings(sent.doc, "DEP")
    for i in range(sent.start, sent.end):
        if deps[i] not in ("ROOT", "ccomp"):  # no list item's root verb, no reported clause
            continue
        verb = sent.doc[i]
        item_speaker = speaker_of(verb, cues)  # "The president also said: - The UK must stay in the EU"
        if item_speaker is None and (verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cues.report_verbs):
            continue
        cue = _obligation(verb) if not _state_of_mind(verb) else None
        speaker, obliged = item_speaker or _subject(verb.head), _subject(verb)
        need = _existential_need(verb) if cue is None else None
        if need is not None:
            # "said there was a need for real reforms in the Italian budget": asked of whoever
            # the needed thing names
            cue = "there is a need"
            obliged = next((t for t in need.subtree if t is not need and t.pos_ in ("NOUN", "PROPN", "ADJ")
                            and actors_of(t, mi)), None)
        if cue is None or speaker is None or obliged is None:
            continue
        source = actors_of(speaker, mi)
        target = drop_self(source, actors_of(obliged, mi))
        home = {a.country for a in source}
        # "India needs reforms, the Indian minister said": a programme for one's own country
        target = [a for a in target if not (a.kind == "country" and a.country in home)]
        if not source or not target:
            continue
        said = speaker.head.text if item_speaker is not None else verb.head.text
        rule = f"implicit: '{said}' that {obliged.text} '{cue}' ... (a demand)"
        trig = need if need is not None else verb
        out.append(make_event(article, sent, sent.doc[trig.i:trig.i + 1], coding, source, target,
                              confidence=CONF_IMPLICIT, rule=rule, implicit=True, trigger_tok=verb))
    return out
