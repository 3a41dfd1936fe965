"""Deaths in custody are killings by whoever held the dead.

"Died in police custody", "a custodial death", "killed in the custody of the army": the lexicon
codes the death as a killing (``triggers.csv``: "die in custody", "custodial death", CAMEO 1823;
ACLED codes a death in custody at the hands of the state as an attack by the force that held the
person). The parse gives the dead as the subject of "died" (an intransitive verb's subject is
read as its doer) and names no doer for the noun, so the roles are set here:

- the source is the custodian: the actor named on the custody noun ("police custody", "the
  custody of the Naroda police") when it is a state organ (``custodian_sectors`` in
  ``data/events/agents.yaml``), else the police, a sector-only actor that ``home_country`` gives
  the country of the place or of the article;
- the dead named as actors go to the target.

A death "in the lock-up" or "at the police station" (``custody_places``), which the lexicon's
verb-preposition-noun triggers cannot match (the parser splits "lock-up"; "police station" is two
words), is coded here as such a death first (``untold_custody_deaths``), with its modality, date
and count read as for any trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.data import words
from dyads.docmemo import doc_sents, span_at
from dyads.events import lexicon, quantities
from dyads.events.arguments import MentionIndex, actors_of
from dyads.events.cues import load_cues
from dyads.events.make import make_event
from dyads.events.modality import analyse
from dyads.model import Actor, Article, Event, Mention

VOCABULARY = "events/agents.yaml"
CUSTODY_PREPS = frozenset({"in", "inside", "under"})


def _noun_words(tok: Token) -> set[str]:
    """The noun's lemma and, with the compounds before it, its written form ("lock-up")."""
    left = [t for t in tok.lefts if t.dep_ in ("compound", "punct") and t.i >= tok.i - 2]
    written = "".join(t.text for t in [*left, tok]).lower()
    return {tok.lemma_.lower(), tok.lower_, written}


def _custody_place(obj: Token) -> bool:
    """"the lock-up", "the Naroda police station": a place where the police hold people."""
    left = [t for t in obj.lefts if t.dep_ in ("compound", "punct", "amod")]
    written = " ".join(t.lower_ for t in [*left, obj] if t.dep_ != "punct" or t.text != "-")
    hyphened = "".join(t.lower_ for t in [*left, obj])
    return any(written.endswith(p) or hyphened.endswith(p) for p in words(VOCABULARY, "custody_places"))


def custody_noun(head: Token) -> Token | None:
    """The custody noun of a death: "died in (police) custody", "death in detention", "a
    custodial death", "custody deaths", "died in the lock-up / at the police station" (None when
    the death is not told as one in custody)."""
    nouns = words(VOCABULARY, "custody_nouns")
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in CUSTODY_PREPS | {"at"}:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and (c.lower_ != "at" and _noun_words(obj) & nouns or _custody_place(obj)):
                return obj
        if c.dep_ in ("amod", "compound") and (c.lemma_.lower() in words(VOCABULARY, "custody_adjectives")
                                                or c.lemma_.lower() in nouns):
            return c
    return None


def _custodian(noun: Token, mi: MentionIndex) -> list[Actor]:
    """The state organ named on the custody noun ("police custody", "the army's custody", "the
    custody of the CID"), if any."""
    sectors = {s.upper() for s in words(VOCABULARY, "custodian_sectors")}
    near = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    near += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return [a for t in near for a in actors_of(t, mi) if (a.sector or "").upper() in sectors]


def untold_custody_deaths(events: list[Event], doc: Doc, article: Article) -> list[Event]:
    """Deaths in a place of custody that no trigger coded ("died in the lock-up")."""
    coding = lexicon.by_trigger().get("die in custody")
    if coding is None:
        return events
    told = {e.evidence[0] for e in events}
    out = list(events)
    for sent in doc_sents(doc):
        for tok in sent:
            if tok.lemma_.lower() != "die" or tok.pos_ != "VERB" or tok.idx in told:
                continue
            noun = custody_noun(tok)
            if noun is None or noun.lemma_.lower() in words(VOCABULARY, "custody_nouns"):
                continue  # (in custody, in detention: the lexicon's own)
            mod = analyse(tok, load_cues())
            out.append(make_event(article, sent, doc[tok.i : tok.i + 1], coding, [], [], modality=mod.modality,
                                  rule="death in a place of custody", quants=quantities.quantities_for(tok),
                                  trigger_tok=tok))
    return out


def custody_killings(events: list[Event], doc: Doc, mentions: list[Mention],
                     article: Article | None = None) -> list[Event]:
    """Give each death told as one in custody its custodian as source (module docstring); with
    the ``article``, first code the deaths in a place of custody that no trigger coded."""
    if article is not None:
        events = untold_custody_deaths(events, doc, article)
    mi: MentionIndex | None = None
    for ev in events:
        if ev.plover != "ASSAULT" or ev.cameo != "1823":
            continue
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is None or not len(span):
            continue
        noun = custody_noun(span.root)
        if noun is None:
            continue
        mi = mi or MentionIndex(doc, mentions)
        held_by = _custodian(noun, mi)
        if not held_by:
            held_by = [Actor(text="(the police)", name=None, code="COP", country=None, sector="COP",
                             kind="sector", rule="custodian: the police holding the dead")]
        keys = {(a.code, a.text) for a in held_by}
        dead = [a for a in ev.source if (a.code, a.text) not in keys]
        ev.source = held_by
        ev.target = [*ev.target, *(a for a in dead if a not in ev.target)]
        ev.rule += f"; death in custody: killed by the custodian ('{noun.text}')"
    return events
