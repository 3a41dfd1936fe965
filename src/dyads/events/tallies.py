"""A tally is no event: "at least 30 candidates have been killed since the campaign began", "more
than 500 people have died so far this year", "the army has arrested 2,000 people since January".

Such a sentence counts many acts over a period; an analyst codes each act where it is told, not
the count (ACLED and PLOVER code events with an occasion). ``drop_tallies(events, doc)`` drops a
verbal event in the present perfect whose clause counts its people ("at least 30", "2,000") and
spans a period ("since ...", "so far", "to date", "this year"), a plural act that is the subject of a
verb of trend ("attacks have surged"), and a verb in the present tense with
an adverb of habit ("bandits frequently abduct villagers for ransom") for violence, coercion,
deployments and protests (a habit of speech, "whom he often criticizes", stays: coders keep such
statements as optional lines).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.docmemo import span_at
from dyads.events.cues import load_cues
from dyads.model import Event

# Acts that put a place on the map: told as a habit they are background, not an event there.
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)


def _counted(verb: Token) -> bool:
    """A subject or object with a number ("at least 30 candidates", "2,000 people")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                t.like_num or t.lower_ in ("dozens", "hundreds", "thousands", "scores") for t in c.subtree):
            return True
    return False


def _period(verb: Token) -> bool:
    text = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    return any(f" {w} " in text for w in load_cues().period_words)


def _habitual(verb: Token) -> bool:
    """A present tense with an adverb of habit ("bandits frequently abduct villagers")."""
    present = verb.tag_ in ("VBP", "VBZ") or (  # (a present plural the tagger read as a bare "VB")
        verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    return present and any(c.dep_ == "advmod" and c.lower_ in load_cues().habit_adverbs for c in verb.children)


def _trend(noun: Token) -> bool:
    """A plural act that is the subject of a verb of trend in the present or perfect ("attacks by
    the group have surged since 2021", "killings are rising"): a count over time."""
    verb = noun.head
    return (noun.dep_ == "nsubj" and noun.tag_ == "NNS" and verb.lemma_.lower() in load_cues().trend_verbs
            and (verb.tag_ in ("VBP", "VBZ", "VBG") or _perfect(verb)))


def drop_tallies(events: list[Event], doc: Doc) -> list[Event]:
    out = []
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        verb = span.root if span is not None and len(span) else None
        if verb is not None and _trend(verb):
            continue
        hops = 0
        while verb is not None and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj", "prep") and hops < 3:
            # "have launched dozens of attacks on shipping since November": the verb that counts them
            verb, hops = verb.head, hops + 1
            if verb.dep_ == "prep" and verb.lower_ == "of":
                verb = verb.head
        if verb is not None and verb.pos_ == "VERB" and (
                (_perfect(verb) and _counted(verb) and _period(verb))
                or (_habitual(verb) and ev.plover in MATERIAL_TYPES)):
            continue
        out.append(ev)
    return out
