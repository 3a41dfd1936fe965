"""Coreference inside a document: pronouns and definite descriptions point back.

Functions over the resolver's ``DocState``: ``he``/``his``/``it``/``they`` find the closest
agreeing mention (person / thing / plural) within a few sentences, subjects first, never the
subject of the pronoun's own verb when the pronoun is its object; "the regime", "the army",
"the group", "the country" find the last mention of that kind (see ``history``); "the group"
also finds the last named organisation the resolver read as a sector word ("the Service Employees
International Union"), see ``named_organisation``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.tokens import Token

from dyads import grammar
from dyads.actors.history import COLLECTIVE_KINDS, DESCRIPTION_WINDOW, WINDOW, Ref
from dyads.actors.kb import Entity
from dyads.actors.state import DocState, copy_actor, emit
from dyads.model import Actor
from dyads.sectors import names_diplomat, sector_class

ADJECTIVE_RULE = "kb:adjective"  # the rule of a bare nationality adjective's mention ("British")
ADJECTIVE_WEIGHT = 0.5  # what such a mention counts for when parties are counted

if TYPE_CHECKING:
    from dyads.actors.docview import DocView
    from dyads.actors.phrases import Phrase

PRONOUNS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "hers": "person",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}
ORG_ID = get_string_id("ORG")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
OBJECT_DEPS = frozenset(get_string_id(d) for d in ("dobj", "dative", "pobj", "iobj"))
POBJ = get_string_id("pobj")
QUALIFIER_DEPS = frozenset(get_string_id(d) for d in grammar.QUALIFIER_DEPS)
POSS_ID = get_string_id("poss")
NOUN_POS = frozenset(get_string_id(p) for p in ("NOUN", "PROPN"))
# Sectors a country can be read off context for ("the army" -> the country last named).
CONTEXT_COUNTRY_SECTORS = sector_class("state_organ")
# Sentences back that "the police" still means the last police named with a country ("the
# French police"); further on, a bare one is read from its context like any other.
NAME_WINDOW = 3 * DESCRIPTION_WINDOW
# Organisations that "the group" / "the organisation" can refer back to, and that count as
# named organisations (an IGO is referred to as such).
ORGANISATION_KINDS = frozenset({"group", "ngo", "party"})


def possessive_pronoun(st: DocState, ph: Phrase) -> Ref | None:
    """The antecedent of a possessive pronoun before the phrase head ("its fighters")."""
    view = st.view
    if not view.n:
        return None
    t0 = min(h.t0 for h in ph.hits)
    for t in range(max(0, t0 - 3), t0):
        if view.head[t] == ph.head and view.word(t) in ("his", "her", "its", "their"):
            return pronoun_antecedent(st, t, PRONOUNS[view.word(t)])
    return None


def _qualifying_city(view: DocView, r: Ref) -> bool:
    """A city named only to qualify a noun ("the Madrid plotters"): not a government to refer to."""
    if not (r.mention.actor.rule or "").startswith(("kb:capital", "kb:city")):
        return False
    t = view.token_at(r.mention.end - 1)
    return view.dep[t] in QUALIFIER_DEPS


LOCATIVE_WORDS = frozenset({"in", "at", "near", "outside", "inside"})


def _last_token(view: DocView, r: Ref) -> Token:
    """The mention's last token (the head of most noun phrases)."""
    return view.doc[view.token_at(r.mention.end - 1)]


def _locative_city(view: DocView, r: Ref) -> bool:
    """A city named as where something happened ("an accord signed in Algiers"): a place, not a
    government that "the army" or "the government" could belong to."""
    if not (r.mention.actor.rule or "").startswith(("kb:capital", "kb:city")) or not view.n:
        return False
    tok = _last_token(view, r)
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_WORDS


URGING_VERBS = frozenset({"urge", "ask", "call", "press", "tell", "warn", "encourage", "implore", "advise"})
URGING_SECTORS = frozenset({"GOV", "MIL", "LEG"})


def _urging_state(st: DocState, ph: Phrase) -> set[str]:
    """The country of a state organ that urges the word's referent ("the State Department ... urged
    the government to reconsider"): its own government is not the one it urges."""
    view = st.view
    if not view.n:
        return set()
    word = view.doc[ph.head]
    if word.dep_ != "dobj" or word.head.lemma_.lower() not in URGING_VERBS:
        return set()
    v = word.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return set()
    sent = view.sent[ph.head]
    ref = st.history.find(sent, ph.start, lambda r: _last_token(view, r).i == subj.i, window=0)
    if (ref is None or not ref.mention.actor.country
            or not (ref.mention.actor.sector in URGING_SECTORS
                    or (ref.mention.actor.kind == "country" and not ref.mention.actor.sector))):
        return set()
    return {ref.mention.actor.country}


def _co_argument(view: DocView, r: Ref, ph: Phrase) -> bool:
    """The candidate is the subject of a clause the sector word is itself an argument of ("the
    US called on the junta to end its violence"), or the one a relative clause holding the word
    describes: a party to the act, not the word's referent."""
    if not view.n:
        return False
    doc = view.doc
    t = _last_token(view, r)
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    word = doc[ph.head]
    if any(c.dep_ == "relcl" and c in word.ancestors for c in t.children):
        return True  # "comments by X's minister, who called the junta illegitimate"
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if t.sent.start != word.sent.start or t.head not in word.ancestors:
        return False
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ in ("advcl", "conj"):
        return False  # "Israeli jets struck hours after the military ordered ...": the word leads its own clause
    # a clause with a subject of its own in between ("X expelled the envoy after Y criticised the
    # junta") makes the word that clause's argument, not X's
    for anc in word.ancestors:
        if anc == t.head:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and c != word and c not in word.ancestors for c in anc.children):
            return False
    return True


QUOTE_MARKS = frozenset({'"', "“", "”"})
QUOTING_VERBS = frozenset({"say", "add", "state", "tell", "write", "declare", "warn"})


def _quoted_objects(st: DocState, ph: Phrase) -> frozenset[str]:
    """Countries a quotation names as the object of its words when the sector word is who spoke
    it ('"We sternly warn North Korea to halt ...," the military said'): the speaker is not of them."""
    view = st.view
    if not view.n:
        return frozenset()
    word = view.doc[ph.head]
    if word.dep_ != "nsubj" or word.head.lemma_.lower() not in QUOTING_VERBS or word.head.i < word.i:
        return frozenset()
    marks = [t.i for t in view.doc[word.sent.start : word.i] if t.text in QUOTE_MARKS]
    if len(marks) < 2:
        return frozenset()
    first, last = marks[0], marks[-1]
    return frozenset(r.mention.actor.country for r in st.history.refs
                     if r.mention.actor.country and first < r.token < last
                     and view.dep[r.token] in OBJECT_DEPS)


def _own_objects(st: DocState, ph: Phrase) -> frozenset[str]:
    """Countries the sector word's own verbs act on ("the military ... expelled French forces"):
    the word is not of them."""
    view = st.view
    if not view.n:
        return frozenset()
    word = view.doc[ph.head]
    if word.dep_ != "nsubj":
        return frozenset()
    verbs = [word.head, *(c for c in word.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    out = set()
    for v in verbs:
        for obj in v.children:
            if obj.dep_ != "dobj":
                continue
            for t in obj.subtree:
                # (a nationality or an owner on the object's noun, not a place named in it: "seized
                # Goma, the largest city in eastern Congo" acts on no Congolese force)
                if (t.dep_ in ("amod", "poss", "compound") and t.head.pos_ == "NOUN"
                        and (c := st.kb.nationality(t.text)) is not None):
                    out.add(c)
    return frozenset(out)


def _envoy(r: Ref, view: DocView | None = None) -> bool:
    """A state's envoy abroad ("the French ambassador", "the U.S. Embassy"): not what "the junta"
    or "the government" of the story refers back to."""
    if names_diplomat(r.mention.actor.text):
        return True
    words = (r.mention.actor.text or "").lower().split()
    if words and (words[-1] in MISSION_WORDS or (len(words) > 2 and words[1] in MISSION_WORDS and "of" in words)):
        return True  # "the U.S. Embassy", "the embassies of the United States": a body of its own
    if view is None or not view.n:
        return False
    tok = view.doc[r.token]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and (tok.head.head.lower_ in MISSION_WORDS or names_diplomat(tok.head.head.lower_))):
        return True  # "the embassies of the United States, Britain and Canada": their missions abroad
    t = r.token + 1  # ("the U.S. Embassy": the country named on its embassy)
    if t + 1 < view.n and view.word(t) == "high" and view.word(t + 1) in ("commission", "commissioner"):
        return True  # "the British High Commission in Abuja": a Commonwealth state's embassy
    return t < view.n and view.word(t) in MISSION_WORDS


MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})


def _clause_apart(view: DocView, r: Ref, ph: Phrase) -> bool:
    """The candidate is in a clause of its own, joined to the word's clause by "and"/"but" with a
    subject of its own ("X's president offered help, and the US said it would aid the
    government"): it does not govern what the word refers to."""
    if not view.n:
        return False
    doc = view.doc
    cand = _last_token(view, r)
    for anc in doc[ph.head].ancestors:
        if cand in anc.subtree and anc.dep_ != "conj":
            return False  # reached a clause holding the candidate without crossing a joined clause
        if (anc.dep_ == "conj" and anc.pos_ in ("VERB", "AUX") and cand not in anc.subtree
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children)):
            return True
    return False


# Verbs of going somewhere: the country one goes "into" or "to" is a destination, not the story's
# context ("families fled across the border into Venezuela. The governor asked the government ...").
MOTION_VERBS = frozenset({"flee", "cross", "go", "move", "travel", "escape", "head", "deport", "return", "send",
                          "smuggle", "migrate", "walk", "drive", "sail", "fly"})
# Mentions that name the host country for "the government" (its name, its capital, its organs).
HOST_KINDS = frozenset({"country", "capital", "sector"})
# Bodies that a story filed from a country's capital means the host's by default.
HOME_BODIES = frozenset({"government", "army", "military", "junta", "authorities", "armed forces", "defence forces",
                         "defense forces"})
# ... all but the government only when the foreign body was named two sentences back or more
# ("Mali's armed forces said ... The army denied": the same army, whoever files the story)
FORCES_APART = 2
# Words for a state's own armed forces.
STATE_FORCES = frozenset({"army", "military", "armed forces", "defence forces", "defense forces"})


def _place_described(view: DocView, r: Ref) -> bool:
    """The country is where a thing named happens ("the crisis in Myanmar"), or opens a relative
    clause of place ("Myanmar, where fighting between the military government and ..."): what
    follows happens in it."""
    t = _last_token(view, r)
    return (any(c.dep_ == "relcl" and any(a.lower_ == "where" for a in c.children) for c in t.children)
            or (t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "NOUN"))  # "the crisis in Myanmar"


def _destination(view: DocView, r: Ref) -> bool:
    """The country is where someone went ("fled into Venezuela", "were deported to Haiti")."""
    if not view.n:
        return False
    t = view.doc[r.token]
    return (t.dep_ == "pobj" and t.head.lower_ in ("into", "to") and t.head.head.pos_ == "VERB"
            and t.head.head.lemma_.lower() in MOTION_VERBS)


def _border_of(view: DocView, r: Ref) -> bool:
    """The country only says which border ("a town on the Thai border", "the border with China"),
    or is the state a country broke from: the story is not set in it."""
    return bool(view.n) and (grammar.names_a_border(view.doc[r.token]) or grammar.names_a_state_left(view.doc[r.token]))


FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


def announcer_of_own_forces(st: DocState, ent: Entity, ph: Phrase) -> Ref | None:
    """"Israel's defence minister said the army would hold the positions": a state organ announcing
    what "the army" will do speaks of its own army, not of another state's named before."""
    view = st.view
    if ent.name not in STATE_FORCES or not view.n:
        return None
    sent = view.sent[ph.head]
    tok = view.doc[ph.head]
    verb = tok.head
    if tok.dep_ != "nsubj" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # ("said its army would ...": the possessive says whose)
    speaker = _reporting_subject(st, ph.head)
    if (speaker is None or not speaker.mention.actor.country or speaker.sent != sent
            or speaker.mention.actor.sector not in ("GOV", "MIL")):
        return None
    return speaker


def antecedent_for_sector(st: DocState, ent: Entity, ph: Phrase) -> Ref | None:
    """What a sector word that refers back means here ("the regime" -> "the Syrian regime")."""
    view = st.view
    sent = view.sent[ph.head] if view.n else 0
    sector = ent.sector

    named = st.history.by_name.get(ent.name)
    if named is not None and sent - named.sent <= NAME_WINDOW:
        return named
    if sector == "GOV" and ph.head > 0 and view.word(ph.head - 1) in SUBNATIONAL_WORDS:
        # "the state government", "the provincial government": a body below the state, of the
        # country the story is filed from, never a foreign government named before
        if not st.home:
            return None
        return st.history.find(sent, ph.start, lambda r: r.mention.actor.country == st.home, window=STORY_WINDOW)
    if ent.name in RULER_NAMES and view.n:
        # "the crisis in Myanmar, where fighting between the military government and ...": the country
        # its own sentence names before it rules it, not one named in the sentence before
        here = st.history.find(sent, ph.start, lambda r: r.sent == sent and r.mention.actor.kind == "country"
                               and r.mention.actor.country is not None and _place_described(view, r), window=0)
        if here is not None:
            return here
    titled = _named_by_head(st, ph, view.word(ph.head))
    if titled is not None:
        return titled  # "the International Criminal Court ... the court": the body named before
    # ("the junta's chief", "a junta airstrike": the description is the modifier, not the head)
    word = view.word(ph.head)
    if word not in DESCRIBED_AS and ent.name:
        word = ent.name.split()[-1]
    described = _described_as(st, ph, word)
    if described is not None:
        return described  # "Burkina Faso's military government ... the junta", not France's ministry
    body = ent.role == "body"
    addressed = _quoted_objects(st, ph) | _own_objects(st, ph) | _urging_state(st, ph)
    same = st.history.find(
        sent,
        ph.start,
        lambda r: (r.mention.actor.sector == sector and r.mention.actor.country is not None
                   and r.mention.actor.country not in addressed
                   and not (body and _envoy(r, view)) and not _co_argument(view, r, ph)
                   and not _locative_city(view, r)  # ("a World Bank body in Washington": a place)
                   # ("merge the RSF into the army": a named armed group is not "the army"; one
                   # named with the word, "the forces" after "Rapid Support Forces", is found above)
                   and not (sector == "MIL" and r.mention.actor.kind == "group")),
        window=DESCRIPTION_WINDOW,
    )
    if (same is not None and st.home and same.mention.actor.country != st.home
            and (same.sent != sent or _clause_apart(view, same, ph)) and ent.name in HOME_BODIES
            and (ent.name == "government" or sent - same.sent >= FORCES_APART)):
        # "TBILISI - ... Moscow ... the government": a bare "the government" told from a country's
        # capital, that no one in its own sentence names, is the host country's (a name of it met before)
        host = st.history.find(sent, ph.start, lambda r: r.mention.actor.country == st.home
                               and r.mention.actor.kind in HOST_KINDS, window=sent + 1)
        if host is not None:
            return host
    if same is None and st.home and ent.name in STATE_FORCES:
        last = st.history.find(sent, ph.start, lambda r: (r.mention.actor.sector == sector
                                                          and r.mention.actor.country is not None
                                                          and r.mention.actor.kind != "group"),
                               window=STORY_WINDOW)
        if last is not None and last.mention.actor.country == st.home:
            # "ISLAMABAD - ... the military said ... Kabul denies. The army launched ...": the last army
            # the story named, the host's, not the country met in passing just before
            return last
    if same is not None or sector not in CONTEXT_COUNTRY_SECTORS:
        return same
    ref = st.history.find(
        sent,
        ph.start,
        lambda r: (
            r.mention.actor.country is not None
            and r.mention.actor.country not in addressed
            and (r.mention.actor.kind in ("country", "person")
                 or (r.mention.actor.kind == "sector" and r.mention.actor.sector in CONTEXT_COUNTRY_SECTORS))
            and not _qualifying_city(view, r)
            and not _locative_city(view, r)
            and not _border_of(view, r)
            and not _destination(view, r)
            and not (body and _envoy(r, view))
            and not _co_argument(view, r, ph)
        ),
        window=DESCRIPTION_WINDOW,
    )
    if ref is not None and ref.sent != sent and len(
            {r.mention.actor.country for r in st.history.refs
             if r.sent == ref.sent and r.mention.actor.country and not (body and _envoy(r, view))}) > 1:
        return None  # "Germany summoned Iran's envoy. ... the morality police": no one country is the context
    if (ref is not None and st.home and ref.mention.actor.country != st.home and ref.sent != sent
            and ent.name in HOME_BODIES and not ref.subject):
        # "PORT-AU-PRINCE - ... the prime minister was in Kenya ... The government declared ...": a
        # bare "the government" in a story filed from a capital, after a foreign country met in
        # passing (not as a subject: "Iran said ..." makes it Iran's), is still the host's when the
        # host was named before
        host = st.history.find(sent, ph.start, lambda r: r.mention.actor.country == st.home
                               and r.mention.actor.kind in HOST_KINDS, window=sent + 1)
        if host is not None:
            return host
    return ref


STORY_WINDOW = 1000  # sentences: the whole story
# Words before "government" that name a government below the state's.
SUBNATIONAL_WORDS = frozenset({"state", "provincial", "regional", "local", "municipal", "county", "district",
                               "city", "prefectural", "cantonal"})
# Names of a state's rulers by force ("the military government", "the junta"): the country its own
# sentence names is theirs.
RULER_NAMES = frozenset({"military rulers", "military government", "military regime", "junta", "military junta"})
# Descriptions that only fit an actor named in certain words: a junta is a military government.
DESCRIBED_AS = {"junta": ("junta", "military government", "military rulers", "military regime", "military leaders",
                          "military authorities", "coup leaders", "ruling military", "ruling army"),
               # "Myanmar's military government ... the military": the ruling army is that state's
               "military": ("junta", "military government", "military rulers", "military regime")}


def _described_as(st: DocState, ph: Phrase, head: str) -> Ref | None:
    """The last actor with a country named in words the description fits ("the junta" after
    "Mali's military government"), over the description window; for a junta, over the whole
    story (one state's junta is the same all through it, however far back it was named)."""
    words = DESCRIBED_AS.get(head)
    if not words:
        return None
    return st.history.find(
        st.view.sent[ph.head], ph.start,
        lambda r: (r.mention.actor.country is not None
                   and any(w in (r.mention.text or "").lower() for w in words)),
        window=STORY_WINDOW if head == "junta" else DESCRIPTION_WINDOW)


def _named_by_head(st: DocState, ph: Phrase, head: str, window: int = DESCRIPTION_WINDOW) -> Ref | None:
    """The last international body or organisation named before whose name has the phrase's head
    word ("the International Court of Justice" for "the court")."""
    return st.history.find(
        st.view.sent[ph.head], ph.start,
        lambda r: (not r.mention.coref and r.mention.actor.kind in ORGANISATION_KINDS | {"igo"}
                   and head in _name_head_words(r.mention.text or "")),
        window=window)


def _name_head_words(text: str) -> list[str]:
    """The words of a name before its first "of" or "from" ("the Unified Force of the
    Confederation" is a force, not the confederation; "the Court of Justice" is a court)."""
    return re.split(r"\s(?:of|from)\s", text.lower(), maxsplit=1)[0].split()


# A state of a federation named before ("Zamfara state", "the state of Sinaloa"): "the state" is it.
SUBNATIONAL_STATE = re.compile(r"\b[A-Z][\w'-]+ state\b|\bstates? of [A-Z]")
# Sectors of private bodies whose nationality, given in passing, is not "the country" of a story.
PRIVATE_SECTORS = frozenset({"BUS", "JRN"})


def antecedent_for_anaphor(st: DocState, ent: Entity, ph: Phrase) -> Ref | None:
    """What "the group", "the organisation", "the country" refers back to."""
    view = st.view
    sent = view.sent[ph.head] if view.n else 0

    refers = ent.role
    if refers == "named":  # "the council": the body named before with "council" in its name
        word = view.word(ph.head)
        return _named_by_head(st, ph, word) or st.history.find(
            sent, ph.start, lambda r: not r.mention.coref and (r.mention.actor.rule or "") == "modifier:leader"
            and word in (r.mention.text or "").lower().split(), window=DESCRIPTION_WINDOW) or (  # "the Saudi-led coalition"
            # ("the Confederation" all through a communiqué that named the Confederation of Sahel States once)
            _named_by_head(st, ph, word, window=STORY_WINDOW)
            if view.doc[ph.head].text[:1].isupper() and ph.head > 0 and view.word(ph.head - 1) == "the" else None)
    if refers == "group":
        named = named_organisation(st, ph, _non_state_group)
        if named is not None:
            return named
        word = view.word(ph.head)
        described = st.history.find(
            sent, ph.start, lambda r: (r.mention.actor.kind == "sector" and not r.mention.coref
                                       and (r.mention.text or "").lower().split()[-1:] == [word]),
            window=DESCRIPTION_WINDOW)
        if described is not None:
            return described  # "a local human rights group says ... The group accused": that group
        kinds = ORGANISATION_KINDS
    elif refers == "igo":
        kinds = {"igo"}
    elif refers == "media":  # "the channel", "the broadcaster": a news outlet named before
        kinds = {"agency"}
    elif refers == "country":
        if view.word(ph.head) == "state" and SUBNATIONAL_STATE.search(view.doc.text, 0, ph.start):
            return None  # "the northern state of Sinaloa ... killed 1,000 people in the state": that state
        kinds = {"country", "capital", "sector"}
    else:
        kinds = {"person"}
    verb = _governing_verb(view, ph.head) if refers == "country" and view.n else None
    # ("French troops withdrew from the country": not the country of the clause's own subject)
    own = ({r.mention.actor.country for r in st.history.refs
            if r.subject and r.verb == verb and r.mention.end <= ph.start and r.mention.actor.country}
           if verb is not None else set())
    def accept(r: Ref) -> bool:
        return (r.mention.actor.kind in kinds and not r.mention.coref
                and (refers != "country" or (r.mention.actor.country is not None
                                             # ("a contract for a Canadian company ... paralysed the country":
                                             # a firm's or an outlet's nationality names no country told of)
                                             and r.mention.actor.sector not in PRIVATE_SECTORS))
                and (refers != "media" or r.mention.actor.sector == "JRN")
                and r.mention.actor.country not in own
                and not (refers == "country" and (_border_of(view, r)
                                                  or (view.n and grammar.listed_with_others(view.doc[r.token])))))

    if own:
        # the other country the last few sentences name most (the latest on a tie), not merely
        # the last one named ("hired Russian contractors ... French troops left the country": Mali)
        # (a nationality adjective on someone else, "Russian instructors", counts half)
        counts: dict[str, float] = {}
        latest: dict[str, Ref] = {}
        for r in st.history.refs:
            if r.mention.end <= ph.start and sent - r.sent <= DESCRIPTION_WINDOW and accept(r):
                c = r.mention.actor.country
                counts[c] = counts.get(c, 0) + (ADJECTIVE_WEIGHT if (r.mention.actor.rule or "").endswith("adjective") else 1)
                latest[c] = r
        if counts:
            return latest[max(counts, key=lambda c: (counts[c], latest[c].mention.start))]
        return None
    return st.history.find(sent, ph.start, accept, window=DESCRIPTION_WINDOW)


def _governing_verb(view, t: int) -> int | None:
    """The verb a phrase head hangs on through prepositions and objects, a few steps up."""
    for _ in range(4):
        h = view.head[t]
        if h == t:
            return None
        if view.doc[h].pos_ in ("VERB", "AUX"):
            return h
        t = h
    return None


def named_organisation(st: DocState, ph: Phrase, accept: Callable[[Actor], bool]) -> Ref | None:
    """The last named organisation before the phrase (a DESCRIPTION_WINDOW of sentences back)
    whose actor ``accept`` takes: a KB group, party or NGO, or a name spaCy reads as an
    organisation and the resolver as a sector word ("the Service Employees International
    Union"). None when there is none."""
    view = st.view
    if not view.n:
        return None

    def named(r: Ref) -> bool:
        a = r.mention.actor
        if r.mention.coref or not accept(a):
            return False
        if a.kind in ORGANISATION_KINDS:
            return True
        t = r.token
        return (
            a.kind == "sector" and view.ent_type[t] == ORG_ID and view.text[view.idx[t]].isupper()
        )

    return st.history.find(view.sent[ph.head], ph.start, named, window=DESCRIPTION_WINDOW)


def _non_state_group(a: Actor) -> bool:
    """What "the group" can name: not an IGO, not a state body ("the Indonesian Air Force")."""
    return a.kind != "igo" and (a.kind != "sector" or a.sector not in CONTEXT_COUNTRY_SECTORS)


def _owner_of_governing_noun(view: DocView, t: int) -> int | None:
    """The character offset of the owner of the noun a prepositional pronoun hangs on ("Trump's
    praise for her": Trump), who is not the pronoun's antecedent."""
    if view.dep[t] != POBJ:
        return None
    noun = view.head[view.head[t]]
    if view.pos[noun] not in NOUN_POS:
        return None
    owner = next((j for j in range(max(0, noun - 6), noun) if view.head[j] == noun and view.dep[j] == POSS_ID), None)
    return view.idx[owner] if owner is not None else None


CIVILIAN_SECTORS = sector_class("acled_civilian")
ARMED_SECTORS = sector_class("acled_armed") - {"GOV"} | {"CRM"}
# Bodies that do not bear arms: no antecedent for "they" who shoot or attack.
UNARMED_BODIES = frozenset({"NGO", "HLH", "MED", "JRN", "EDU", "REL", "REF", "BUS"})
# Verbs of armed violence: their subject bears arms.
VIOLENT_VERBS = frozenset({"shoot", "fire", "kill", "attack", "storm", "raid", "bomb", "shell", "burn", "torch", "loot",
                           "abduct", "kidnap", "massacre", "slaughter", "behead", "ambush", "gun"})


def _violent_subject(view: DocView, t: int) -> bool:
    """Token t is the subject of a verb of armed violence, or of one whose participle or joined
    verb is ("they came at dusk, shooting", "they stormed in and killed ...")."""
    doc = view.doc
    if doc[t].dep_ != "nsubj":
        return False
    verb = doc[t].head
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB"]
    if any(v.lemma_.lower() in VIOLENT_VERBS for v in verbs):
        return True
    # "they answered with tear gas", "they responded with live rounds": the means is a weapon
    return any(p.dep_ == "prep" and p.lower_ == "with" and o.dep_ == "pobj" and o.lemma_.lower() in WEAPON_HEADS
               for p in verb.children for o in p.children)


# Head words of weapons and riot-control means ("tear gas", "rubber bullets", "live rounds").
WEAPON_HEADS = frozenset({"gas", "bullet", "round", "baton", "cannon", "gun", "rifle", "grenade", "stick",
                          "machete", "knife", "club", "truncheon", "gunfire", "fire"})


def _armed_before(st: DocState, t: int, accept, exclude: int | None) -> Ref | None:
    """The last armed actor (forces, rebels, gangs) ``accept`` takes, at most ``WINDOW`` sentences back."""
    view = st.view
    # ("dozens of gunmen": a plural noun under a quantity word, which the history files as a thing)
    armed = st.history.find(view.sent[t], view.idx[t],
                            lambda r: r.mention.actor.sector in ARMED_SECTORS and not _predicate_noun(view, r)
                            and (accept(r) or view.doc[r.token].tag_ in ("NNS", "NNPS")), exclude_verb=exclude)
    return armed if armed is not None and view.sent[t] - armed.sent <= WINDOW else None


def pronoun_antecedent(st: DocState, t: int, cls: str) -> Ref | None:
    view = st.view
    if cls in ("plural", "thing") and (_thing_antecedent(st, t, cls) or _thing_told_before(st, t, cls)):
        return None
    exclude = view.head[t] if view.dep[t] in OBJECT_DEPS else None
    if exclude is not None and view.doc[t].dep_ == "pobj" and view.doc[exclude].dep_ == "prep":
        exclude = view.head[exclude]  # "protesters threw stones at them": not the protesters themselves
    if cls == "person":
        accept = _is_person
    elif cls == "thing":
        accept = _is_thing
    else:
        accept = _is_plural
    gender = PRONOUN_GENDER.get(view.word(t))
    if gender is not None and st.genders:
        agree = accept

        def accept(r: Ref, agree=agree) -> bool:
            last = (r.mention.actor.name or r.mention.text or "").split()
            return agree(r) and not (last and st.genders.get(last[-1].lower(), gender) != gender)

    named = accept

    def accept(r: Ref, named=named) -> bool:
        # ("allowing a British warship to visit its waters": a bare nationality adjective modifies a
        # thing; it is no antecedent, whose noun phrase is; "the British Council ... it" is a body)
        return (named(r) and not _adjective_on_a_thing(view, r) and not _predicate_noun(view, r)
                and not _press_audience(view, r) and not _in_fronted_phrase(view, r, t))

    told = _told_to_act(st, t, accept)
    if told is not None:
        return told  # "ordered Israel to halt its offensive": the one told to act
    speaker = _reporting_subject(st, t)
    if speaker is not None and accept(speaker):
        if cls == "plural" and speaker.mention.actor.sector in CIVILIAN_SECTORS and _violent_subject(view, t):
            armed = _armed_before(st, t, accept, exclude)
            if armed is not None:
                return armed  # '"They came shooting," a resident said': not the residents
        return speaker  # "the coalition fighting rebels in Yemen said it would ...": the coalition
    if speaker is None and cls == "thing" and _unnamed_reporter(st, t):
        return None  # "the statement said it would ...": that thing, no actor named before
    controllers = _controllers(view, exclude)
    if controllers:
        bound = accept

        def accept(r: Ref, bound=bound) -> bool:
            return bound(r) and not (r.subject and r.verb in controllers)

    owner = _owner_of_governing_noun(view, t)
    if owner is not None:
        base = accept

        def accept(r: Ref, base=base) -> bool:
            return base(r) and not (r.mention.start <= owner < r.mention.end)

    found = st.history.find(view.sent[t], view.idx[t], accept, exclude_verb=exclude)
    if found is None and cls == "person" and view.n:
        # "Throughout Mr. Smith's campaign, she faulted his temper": the person whose name opens a
        # longer mention as its possessor
        found = st.history.find(view.sent[t], view.idx[t], lambda r: r.mention.actor.country is not None
                                and _possessor_person(view, r, gender), exclude_verb=exclude)
    if (found is not None and found.mention.actor.sector in CAPTOR_SECTORS and view.dep[t] == NSUBJPASS_ID
            and view.doc[t].head.lemma_.lower() in RELEASE_VERBS):
        # "gunmen abducted a priest and two seminarians; they were released after a week": the captives
        captives = st.history.find(view.sent[t], view.idx[t], lambda r: accept(r)
                                   and r.mention.actor.sector not in CAPTOR_SECTORS, exclude_verb=exclude)
        return captives  # (none named: better no one than the captors)
    if (cls == "plural" and found is not None and found.mention.actor.sector in CIVILIAN_SECTORS
            and _violent_subject(view, t)):
        # '"They came at dusk, shooting at everything," a resident said' after "gunmen stormed the
        # village, firing on residents": those who shoot are the armed men, not the residents
        armed = _armed_before(st, t, accept, exclude)
        if armed is not None:
            return armed
        if found.mention.actor.sector in UNARMED_BODIES:
            return None  # '"When we complained, they attacked us"' after aid workers were named: not them
    if (cls == "plural" and found is not None and found.cls != "plural"
            # ("The Houthis ... in solidarity with Palestinians. ... they struck": a group named in
            # the plural is "they" itself)
            and not (found.mention.actor.kind in COLLECTIVE_KINDS
                     and (found.mention.text or "").lower().endswith("s"))):
        # "asked the court to ban three parties, accusing them of ...": a noun said in the plural
        # in the same sentence is "them" before a body named in the singular
        base = accept
        plural = st.history.find(view.sent[t], view.idx[t], lambda r: base(r) and r.cls == "plural",
                                 exclude_verb=exclude)
        if plural is not None and plural.sent == found.sent:
            return plural
    return found


def _in_fronted_phrase(view: DocView, r: Ref, t: int) -> bool:
    """The candidate is inside a prepositional phrase that opens the subject pronoun's own clause
    ("After summit diplomacy with the United States, it fired ..."): a circumstance, not the one
    the pronoun names."""
    if not view.n or view.sent[r.token] != view.sent[t] or r.token > t:
        return False
    pron = view.doc[t]
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pron.head
    tok = view.doc[r.token]
    for anc in tok.ancestors:
        if anc == verb:
            return False
        if anc.dep_ == "prep" and anc.head == verb and anc.i < t:
            return True
        if anc.dep_ not in ("pobj", "prep", "compound", "amod", "conj", "cc", "poss", "appos"):
            return False
    return False


def _possessor_person(view: DocView, r: Ref, gender: str | None) -> bool:
    """The mention opens with a person's name in the possessive ("Mr. Trump's presidential campaign")
    whose title or first name does not say another gender than ``gender``."""
    t0 = view.token_at(r.mention.start)
    doc = view.doc
    end = view.token_at(r.mention.end - 1)
    poss = next((doc[k] for k in range(t0, end + 1) if doc[k].dep_ == "poss" and doc[k].ent_type_ == "PERSON"), None)
    if poss is None:
        return False
    title = doc[poss.left_edge.i].lower_.rstrip(".")
    return gender is None or TITLE_GENDER.get(title, gender) == gender


TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f"}


def _press_audience(view: DocView, r: Ref) -> bool:
    """Reporters a statement was made to ("told reporters in Ottawa"): the audience, not whom a
    later "they" in the quotation means; nor the medium that carried it ("on state media")."""
    if r.mention.actor.sector != "JRN" or not view.n:
        return False
    tok = _last_token(view, r)
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "brief"):
        return True
    if (tok.dep_ == "pobj" and head.lower_ in ("on", "via", "through", "by", "in")
            and head.head.lemma_.lower() in MEDIUM_HEADS):
        return True  # "In a statement on state media, it said": the channel, not who speaks
    return (tok.dep_ == "pobj" and head.lower_ == "to"
            and head.head.lemma_.lower() in ("say", "speak", "talk", "explain", "announce"))


# Words a medium that carries a statement hangs from ("a statement on state media", "carried by the
# news agency", "speaking on state television").
MEDIUM_HEADS = frozenset({"statement", "broadcast", "interview", "address", "post", "speech", "remark", "comment",
                          "message", "video", "carry", "air", "publish", "speak", "say", "appear", "announce",
                          "announcement", "report", "read"})


def _predicate_noun(view: DocView, r: Ref) -> bool:
    """The mention only says what someone is ("we are teachers, not criminals"): a predicate, no
    one who acts later."""
    if not view.n:
        return False
    tok = _last_token(view, r)
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "attr" and tok.head.lemma_ == "be"


def _adjective_on_a_thing(view: DocView, r: Ref) -> bool:
    """The mention is a bare nationality adjective on a common noun ("a British warship")."""
    if r.mention.actor.rule != ADJECTIVE_RULE or not view.n:
        return False
    span = view.doc.char_span(r.mention.start, r.mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.head.pos_ == "NOUN" and span.root.head.tag_ in ("NN", "NNS")


# Those who hold captives, and the verbs by which captives are let go: "they were released" is the
# captives, not their captors.
CAPTOR_SECTORS = frozenset({"REB", "UAF", "CRM", "IMG"})
RELEASE_VERBS = frozenset({"release", "free", "rescue", "liberate", "exchange", "swap", "return", "repatriate"})
NSUBJPASS_ID = get_string_id("nsubjpass")


# Verbs of saying whose subject a subject pronoun of their clause names ("X said it would ...").
SAYING_VERBS = frozenset({"say", "announce", "add", "state", "declare", "insist", "confirm", "claim"})


def _reporter_token(st: DocState, t: int):
    """For the subject pronoun of a clause reported by a verb of saying, that verb's subject token
    (None when it has none before the pronoun, or the pronoun is not such a subject)."""
    if not st.view.n:
        return None
    tok = st.view.doc[t]
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None and verb.head.dep_ == "pcomp" and verb.head.head.lower_ == "as":
        # "RTB quoted the army as saying it had repelled ...": the one quoted
        subj = next((c for c in verb.head.head.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.head.dep_ == "relcl":
        return verb.head.head  # "the air force, which said it shot down most of them": the air force
    return subj


def _reporting_subject(st: DocState, t: int) -> Ref | None:
    """The mention of the reporting verb's subject ("X said it would ...": X)."""
    subj = _reporter_token(st, t)
    return _ref_covering(st, subj) if subj is not None else None


def _unnamed_reporter(st: DocState, t: int) -> bool:
    """The reporting verb's subject is a singular common noun that names no actor ("the coalition
    said it ...", "the report said it ...")."""
    subj = _reporter_token(st, t)
    return subj is not None and subj.tag_ == "NN" and _ref_covering(st, subj) is None


def _ref_covering(st: DocState, tok) -> Ref | None:
    """The last mention met so far that covers the token, as its history entry."""
    return next((r for r in reversed(st.history.refs) if r.mention.start <= tok.idx < r.mention.end), None)


def _a_thing(st: DocState, subj) -> bool:
    """A noun subject that names no actor (no entity, no mention met): "the plants", "the resolution"."""
    return subj is not None and not subj.ent_type_ and _ref_covering(st, subj) is None


# Verbs done to measures, laws and decrees ("lifted it", "repealed it"): their "it" is a thing.
MEASURE_VERBS = frozenset({"lift", "revoke", "repeal", "rescind", "scrap", "withdraw", "extend", "suspend", "cancel",
                           "end", "sign", "pass", "approve", "veto", "impose", "enforce", "reverse", "overturn",
                           "adopt", "ratify", "renew", "relax", "ease", "tighten"})


def _thing_antecedent(st: DocState, t: int, cls: str) -> bool:
    """The subject pronoun of an adverbial clause refers to the subject of the clause it qualifies
    when that subject is a thing that agrees with it ("the plants were targets because they supplied
    fuel": the plants), not to an actor named before ("the rebels were angry because they ...")."""
    view = st.view
    if not view.n:
        return False
    tok = view.doc[t]
    if tok.dep_ == "dobj" and cls == "thing" and tok.head.dep_ == "conj" and tok.head.lemma_.lower() in MEASURE_VERBS:
        # "declared martial law ..., but lifted it hours later": the first verb's object, a thing
        first = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        return first is not None and first.tag_ == "NN" and _a_thing(st, first)
    clause = tok.head
    if (tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "pcomp" and clause.head.dep_ == "prep"
            and clause.head.head.pos_ == "NOUN" and cls == "thing"):
        # "turned down the offer despite it being praised by the bloc": the noun the clause hangs on
        return _a_thing(st, clause.head.head)
    if tok.dep_ != "nsubj" or tok.head.dep_ != "advcl":
        return False
    return _a_thing(st, grammar.noun_subject_of_number(tok.head.head, cls == "plural"))


def _told_to_act(st: DocState, t: int, accept) -> Ref | None:
    """A possessive pronoun in an infinitive whose doer is the object of the verb above ("urged
    Russia to halt its attacks", "ordered Israel to halt its offensive"): that object."""
    view = st.view
    if not view.n or view.doc[t].dep_ != "poss":
        return None
    verb = view.doc[t].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "xcomp" or not verb.tag_ == "VB":
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    ref = _ref_covering(st, obj) if obj is not None else None
    return ref if ref is not None and accept(ref) else None


def _thing_told_before(st: DocState, t: int, cls: str) -> bool:
    """An object pronoun ("backed it") whose previous sentence is about a thing: its subject a
    definite noun that names no actor ("The resolution ... was opposed by X. Y backed it"): the
    pronoun is that thing, not an actor named before. So is a subject "It" opening its sentence
    ("The war erupted in 2023 ... It has killed thousands")."""
    view = st.view
    if not view.n:
        return False
    tok = view.doc[t]
    opening = tok.dep_ in ("nsubj", "nsubjpass") and tok.i == tok.sent.start and cls == "thing"
    if (tok.dep_ not in ("dobj", "pobj") and not opening) or tok.sent.start == 0:
        return False
    subj = grammar.noun_subject_of_number(view.doc[tok.sent.start - 1].sent.root, cls == "plural")
    return (_a_thing(st, subj)
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in subj.children))


def _controllers(view: DocView, verb: int | None) -> frozenset[int]:
    """The verbs whose subject is also the understood subject of ``verb``, a participle, an
    infinitive or a joined verb without one of its own ("Venezuela expelled the office, accusing it of ...": "it"
    is not Venezuela)."""
    if verb is None or not view.n:
        return frozenset()
    out = set()
    tok = view.doc[verb]
    # ("Putin awarded Modi a medal and thanked him": a verb joined to the main verb shares its
    # subject; one the parser joined to a reported clause may be the reporter's: "said Washington
    # had no right ... and accused it of ...")
    while ((tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VB", "VBN")
            or tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.dep_ == "ROOT") and tok.head.i != tok.i
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        tok = tok.head
        out.add(tok.i)
    return frozenset(out)


def pronoun(st: DocState, t: int) -> None:
    """A mention for pronoun token ``t`` when it has an antecedent."""
    view = st.view
    word = view.word(t)
    if word == "it" and _expletive_it(view, t):
        return
    if word == "its" and _thing_subject_before(st, t):
        return
    ref = pronoun_antecedent(st, t, PRONOUNS[word])
    pair = _joined_people(st, t) if PRONOUNS[word] == "plural" else []
    if pair and (ref is None or pair[0].sent >= ref.sent or (ref.mention.actor.rule or "").startswith(JOINED_RULE)):
        # "Maduro and Ali met ... they said they would not ...": the two people joined by "and"
        for r in pair:
            emit(st, view.idx[t], view.ends[t], copy_actor(r.mention.actor, f"{JOINED_RULE}:{word}"), t,
                 "plural", coref=True)
        return
    if ref is None:
        return
    actor = copy_actor(ref.mention.actor, f"coref:pronoun:{word}")
    emit(st, view.idx[t], view.ends[t], actor, t, ref.cls, coref=True)


def _thing_subject_before(st: DocState, t: int) -> bool:
    """"The tanker was taken to port and its crew were detained": "its" owns the subject of its
    clause, the last subject before it in the sentence (of another clause) is a singular common
    noun that names no actor, and no actor is named after it: "its" is that thing's, not the last
    country or group of the text."""
    tok = st.view.doc[t]
    if tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "a shell hit one of its positions": not the shell's own
    subjects = [w for w in tok.sent if w.i < t and w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "NN"]
    if not subjects or subjects[-1].head.i == tok.head.head.i:
        return False
    start = subjects[-1].left_edge.idx
    return not any(start <= m.start < tok.idx for m in st.out)


JOINED_RULE = "coref:joined-people"  # one pronoun, several people: each an actor of the phrase


def _joined_people(st: DocState, t: int) -> list[Ref]:
    """The last two or more named people joined by "and" as a subject before token ``t`` (within
    the pronoun window), each with a country; [] when there are none."""
    view = st.view
    sent, at = view.sent[t], view.idx[t]
    people = [r for r in st.history.refs if r.cls == "person" and r.mention.end <= at and sent - r.sent <= WINDOW
              and r.mention.actor.country and not r.mention.coref]
    by_token = {r.token: r for r in people}
    for r in reversed(people):
        tok = view.doc[r.token]
        joined = [by_token[c.i] for c in tok.conjuncts if c.i in by_token]
        if joined and (r.subject or any(j.subject for j in joined)):
            return sorted([r, *joined], key=lambda x: x.mention.start)
    return []


def _is_person(r: Ref) -> bool:
    # ("a Hamas commander said his fighters ...": one person of a body, a "he" as well as an "it")
    words = r.mention.text.lower().split()
    return r.cls == "person" or (r.mention.actor.kind in LEADABLE_KINDS and bool(words) and words[-1] in PERSON_HEADS)


# Bodies one person can stand for, and the head nouns that make their mention that one person.
LEADABLE_KINDS = frozenset({"group", "party", "igo", "ngo", "agency"})
PERSON_HEADS = frozenset({"commander", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                          "head", "chairman", "chairwoman", "founder", "negotiator", "envoy", "emir"})


def _is_thing(r: Ref) -> bool:
    if r.mention.actor.kind in ("person", "people"):
        return False
    # a collective body is an "it" too: "Kosovo police said one of its officers" (not people
    # counted: "97 people had been detained")
    words = r.mention.text.lower().split()
    return r.cls == "thing" or (r.cls == "plural" and not r.mention.text.lower().endswith("s")
                                and not (words and (words[0][:1].isdigit() or words[-1] in COUNTED_PEOPLE)))


COUNTED_PEOPLE = frozenset({"people", "persons", "civilians", "children"})


def _is_plural(r: Ref) -> bool:
    # (a news outlet that "reports" troops deployed is no "them": "Yonhap reports that special forces
    # have been deployed. It is not clear who ordered them ...")
    return r.cls == "plural" or (r.mention.actor.kind in COLLECTIVE_KINDS and r.mention.actor.sector != "JRN")


def _expletive_it(view: DocView, t: int) -> bool:
    """ "it is clear that", "it was reported" : no referent."""
    doc = view.doc
    nxt = view.word(t + 1) if t + 1 < view.n else ""
    if nxt not in (
        "is",
        "was",
        "'s",
        "’s",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "will",
        "would",
        "has",
        "had",
    ):
        return False
    auxiliary = nxt in ("has", "had", "will", "would")  # "it has expelled": a perfect, not "it was reported"
    for j in range(t + 2, min(view.n, t + 6)):
        if doc[j].lower_ in ("that", "to", "if", "whether"):
            return True
        if doc[j].tag_ == "VBN" and doc[j].lower_ != "been":
            return not auxiliary or doc[j - 1].lower_ in ("been", "be")
    return False
