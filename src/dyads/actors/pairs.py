"""The two parties of a dispute: "Russia called on both sides to show restraint".

"Both sides", "the two countries", "both governments", "the warring parties" point back to the
two countries the article has just set against each other. ``both_sides(mentions, doc, kb)``
gives such a phrase one mention per country: the two countries the article has named most before
it (not the subject of the verb it depends on, a third party: "Russia called on both sides"), or
the two a pair phrase shortly before stood for. With fewer than two, the phrase is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dyads.actors.codes import compose_code
from dyads.actors.coref import ADJECTIVE_RULE, ADJECTIVE_WEIGHT
from dyads.actors.kb import KB
from dyads.data import words
from dyads.docmemo import doc_lowers, doc_sents, span_at
from dyads.model import Actor, Mention
from dyads.sectors import sector_class

LOOK_BACK = 3
REBEL_SECTORS = sector_class("rebel")
STATE_SECTORS = sector_class("state")
CIVIL_WAR_LEAD = 2  # the one country named this many times as often as any other
PAIR_RULE = "coref:both-sides"
_FILE = "actors/pairs.yaml"


def _pair_phrases(doc: Doc) -> list[tuple[Span, str | None]]:
    """(phrase, sector) for each pair phrase in ``doc``."""
    dets = words(_FILE, "pair_determiners")
    nouns = words(_FILE, "party_nouns")
    warring = words(_FILE, "warring_adjectives")
    out = []
    for i in [i for i, low in enumerate(doc_lowers(doc)) if low in nouns]:
        tok = doc[i]
        noun = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or _of_a_place(tok):
            continue
        left = doc[max(0, tok.i - 2) : tok.i]
        before = " ".join(t.lower_ for t in left)
        sector = ("GOV" if noun in words(_FILE, "government_nouns")
                  else "MIL" if noun in words(_FILE, "military_nouns") else None)
        if left and (before in dets or before.split()[-1] in dets or left[-1].lower_ in warring):
            start = tok.i - (2 if before in dets and len(left) == 2 else 1)
            if left[-1].lower_ in warring and start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            out.append((doc[start : tok.i + 1], sector))
        elif (tok.i >= 3 and doc[tok.i - 1].pos_ == "ADJ"
              and " ".join(t.lower_ for t in doc[tok.i - 3 : tok.i - 1]) in dets):
            # "the two regional rivals", "both nuclear neighbours": one adjective between
            out.append((doc[tok.i - 3 : tok.i + 1], sector))
    return out


def _owned_sector(phrase: Span, mentions: list[Mention]) -> Mention | None:
    """The bare sector mention ("leaders", "armies") whose possessor the pair phrase is ("the two
    sides' leaders"), else None."""
    root = phrase.root
    if root.dep_ != "poss":
        return None
    owner = root.head
    return next((m for m in mentions if m.start <= owner.idx < m.end and m.actor.kind == "sector"
                 and m.actor.country is None and m.actor.sector), None)


def _of_a_place(tok) -> bool:
    """"both sides of the border": where, not who."""
    return any(p.lower_ == "of" and any(o.lemma_.lower() in words(_FILE, "place_nouns") for o in p.children)
               for p in tok.children if p.dep_ == "prep")


def _caller(phrase: Span) -> tuple[int, int]:
    """Char span of the subject of the verb the phrase depends on ("Russia called on both sides"):
    a third party, not one of the two."""
    gov = phrase.root
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX") or gov.head == gov:
            break
        gov = gov.head
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and gov.dep_ in ("conj", "xcomp") and gov.head != gov:
        # "X welcomed the move and urged both sides": the subject the joined verbs share; "X offered
        # to host talks between the two sides": the subject of the verb the infinitive completes
        gov = gov.head
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and gov.dep_ == "relcl":
        subj = gov.head  # "Egypt and Qatar, which mediated between the two sides"
    if subj is None or subj.i >= phrase.start:
        return (0, 0)
    # (not the clauses that describe it: "China, which has invested heavily in Pakistan, called on
    # both countries": Pakistan is one of the two)
    end = max([subj, *(c.right_edge for c in subj.children if c.i > subj.i and c.dep_ not in CALLER_ASIDES)],
              key=lambda t: t.i)
    return subj.left_edge.idx, end.idx + len(end.text)


CALLER_ASIDES = frozenset({"relcl", "acl", "appos", "punct"})


def _joined_pair(phrase: Span, mentions: list[Mention]) -> list[str]:
    """The countries of two mentions joined by "and" (one the conjunct of the other), latest first."""
    doc = phrase.doc
    toks = {}
    for m in mentions:
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None and len(sp):
            toks[sp.root.i] = m.actor.country
    pairs = [(toks[i], toks[doc[i].head.i]) for i in toks
             if doc[i].dep_ == "conj" and doc[i].head.i in toks and toks[i] != toks[doc[i].head.i]]
    return list(pairs[0]) if len(pairs) == 1 else []


def _two_most_named(mentions: list[Mention], phrase: Span, lo: int) -> list[str]:
    """The two countries the article has named most before ``phrase`` (the latest named first on
    a tie), at least one of them from char ``lo`` on (``LOOK_BACK`` sentences back); never the
    caller's."""
    hi = phrase.start_char
    caller = _caller(phrase)
    # the caller's own country is never one of the two ("Brazil reinforced its border with both countries")
    third = {m.actor.country for m in mentions if caller[0] <= m.start < caller[1]}
    # nor a go-between: "the truce, brokered by Riyadh and Washington", "talks hosted by Qatar"
    third |= {m.actor.country for m in mentions if m.start < hi and _go_between(phrase.doc, m)}
    # or a host of two others ("Qatar hosted the foreign ministers of Rwanda and Congo")
    third |= {m.actor.country for m in mentions if m.start < hi and _host_of_two(phrase.doc, m, mentions)}
    # "granted Moldova candidate status, along with Ukraine, and opened talks with both
    # countries": two countries named just before in the phrase's own sentence are the two
    own: dict[str, int] = {}
    for m in mentions:
        c = m.actor.country
        if (phrase.sent.start_char <= m.start < hi and c and c not in third and not m.coref
                and not (m.actor.code or "").startswith("IGO") and not _where(phrase.doc, m)):
            own[c] = m.start
    if len(own) == 2:
        return sorted(own, key=lambda c: -own[c])
    if len(own) > 2:
        # "Saudi Arabia and Iran agreed ..., following talks in Beijing, the two countries said": the
        # two joined by "and", not the host named between
        joined = _joined_pair(phrase, [m for m in mentions if phrase.sent.start_char <= m.start < hi
                                       and m.actor.country in own])
        if joined:
            return joined
    counts: dict[str, float] = {}
    latest: dict[str, int] = {}
    armed: dict[str, set[str]] = {}  # a country's state organs ("state") and the armed groups it names
    for m in mentions:
        c = m.actor.country
        if (m.start >= hi or not c or c in third or (m.actor.code or "").startswith("IGO")
                or (m.start >= phrase.sent.start_char and _where(phrase.doc, m))):
            continue  # (a place named in the phrase's own sentence, "a deal signed in Washington", is no side)
        # (a bare nationality adjective, "a British warship", names a party less than an actor does)
        counts[c] = counts.get(c, 0) + (ADJECTIVE_WEIGHT if m.actor.rule == ADJECTIVE_RULE else 1)
        latest[c] = max(latest.get(c, -1), m.start)
        if m.actor.code and not m.coref and (m.actor.kind == "group" or m.actor.sector in REBEL_SECTORS):
            armed.setdefault(c, set()).add(m.actor.code)
        elif m.actor.sector in STATE_SECTORS and not m.coref:
            armed.setdefault(c, set()).add("state")
    # (two sides of a dispute are named again and again; a caller named once in passing is not one)
    ranked = sorted(counts, key=lambda c: (-counts[c], -latest[c]))[:2]
    if ranked and phrase.root.lower_ in words(_FILE, "side_nouns") and _civil_war(armed.get(ranked[0], set())) and (
            len(ranked) < 2 or counts[ranked[0]] >= CIVIL_WAR_LEAD * counts[ranked[1]]):
        # "the army and the RSF ... both sides" in a story mediated from abroad: a war inside one
        # country, whose two armed sides the article names far more than any outsider
        return [ranked[0]] if latest[ranked[0]] >= lo else []
    if (len(ranked) == 1 and phrase.root.lower_ in words(_FILE, "side_nouns") and counts[ranked[0]] >= CIVIL_WAR_LEAD
            and latest[ranked[0]] >= lo):
        # the one country the article names, again and again, besides the caller: a dispute inside
        # it ("the president offered talks ... the US urged both sides to settle")
        return ranked
    if len(ranked) < 2 or not any(latest[c] >= lo for c in ranked):
        return []
    return sorted(ranked, key=lambda c: -latest[c])


def _where(doc: Doc, m: Mention) -> bool:
    """The mention names where something was done ("a framework signed in Washington"), not a
    party: the object of "in" or "at"."""
    span = span_at(doc, m.start, m.end)
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at")


MEDIATOR_NOUNS = frozenset({"mediator", "broker", "facilitator", "go-between", "intermediary"})


def _go_between(doc: Doc, m: Mention) -> bool:
    """The mention is the subject or "by" agent of a verb of mediation ("brokered by X", "X mediated"),
    or names the mediators ("U.S. and Saudi mediators")."""
    span = span_at(doc, m.start, m.end)
    if span is None or not len(span):
        return False
    t = span.root
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.lemma_.lower() in MEDIATOR_NOUNS:
        return True  # "U.S. and Saudi mediators said"
    if t.dep_ == "pobj" and t.head.lower_ == "by":
        t = t.head
    verb = t.head
    return (t.dep_ in ("nsubj", "agent", "prep") and verb.pos_ == "VERB"
            and verb.lemma_.lower() in words(_FILE, "mediation_verbs"))


def _host_of_two(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """The mention is the subject of a verb of hosting whose object names two other countries
    ("Qatar hosted the leaders of Rwanda and Congo"; not "Turkey hosted talks with Russia", where
    the host is a party)."""
    span = span_at(doc, m.start, m.end)
    if span is None or not len(span) or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() not in words(_FILE, "hosting_verbs") or obj is None:
        return False
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    guests = {g.actor.country for g in mentions if lo <= g.start < hi and g.actor.country}
    return len(guests - {m.actor.country}) >= 2


def _one_person(m: Mention, kb: KB) -> bool:
    """A named person, or one person named by a role ("Kenya's president")."""
    if m.actor.kind == "person":
        return True
    head = (m.text or "").split()[-1:] if m.actor.kind == "sector" and not m.coref else []
    return bool(head) and any(a.entity.kind == "sector" and a.entity.role == "role" for a in kb.lookup(head[0].lower()))


def _civil_war(armed: set[str]) -> bool:
    """The state and at least one armed group or rebel force of one country are named."""
    return "state" in armed and len(armed) >= 2


def both_sides(mentions: list[Mention], doc: Doc, kb: KB) -> list[Mention]:
    """``mentions`` with each pair phrase resolved to its two countries (replacing what the
    phrase resolved to alone)."""
    added: list[Mention] = []
    sents = list(doc_sents(doc))
    sent_of = {s.start: i for i, s in enumerate(sents)}
    last: tuple[int, list[str]] | None = None  # (sentence, pair) of the last phrase resolved
    for phrase, sector in _pair_phrases(doc):
        here = sent_of.get(phrase.sent.start, 0)
        people = phrase.root.lower_ in words(_FILE, "person_nouns")
        if last is not None and here - last[0] <= LOOK_BACK:
            pair = last[1]  # "both sides ... the two countries": the same two, not the caller
        else:
            lo = sents[max(0, here - LOOK_BACK)].start_char
            # "the two leaders": the two people named before, not any country mentioned in passing
            pair = (people and _two_most_named([m for m in mentions if _one_person(m, kb)], phrase, lo)) \
                or (phrase.root.lower_ not in words(_FILE, "people_only_nouns") and _two_most_named(mentions, phrase, lo))
        if not pair:
            continue
        last = (here, pair)
        start, end = phrase.start_char, phrase.end_char
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
        for country in reversed(pair):  # in text order
            code = compose_code(kb.cameo(country), sector) if sector else kb.cameo(country)
            actor = Actor(phrase.text, country, code, country, sector, "country" if sector is None else "sector",
                          [], PAIR_RULE)
            added.append(Mention(start, end, phrase.text, actor, coref=True))
        owned = _owned_sector(phrase, mentions)
        if owned is not None:  # "the two sides' leaders": each side's leaders
            mentions = [m for m in mentions if m is not owned]
            for country in reversed(pair):
                a = owned.actor
                actor = Actor(a.text, a.name, compose_code(kb.cameo(country), a.sector), country, a.sector, a.kind,
                              list(a.qualifiers), PAIR_RULE + "+sector")
                added.append(Mention(owned.start, owned.end, owned.text, actor, coref=True))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
NEIGHBOUR_RULE = "coref:its-neighbour"


def its_neighbour(mentions: list[Mention], doc: Doc, kb: KB) -> list[Mention]:
    """``mentions`` with "its neighbour" (a possessive pronoun on a singular "neighbour") resolved
    to the one other country named by name in its sentence ("Burundi closed its border with Rwanda,
    accusing its neighbour of arming rebels": Rwanda); left alone when there is none or several."""
    added: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in NEIGHBOUR_NOUNS or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            continue
        owner = next(c for c in tok.children if c.dep_ == "poss")
        sent = tok.sent
        own = {m.actor.country for m in mentions if m.start <= owner.idx < m.end and m.actor.country}
        others = {m.actor.country for m in mentions
                  if sent.start_char <= m.start < sent.end_char and not m.coref and m.actor.country
                  and m.actor.kind == "country" and m.actor.country not in own
                  and not (m.start <= tok.idx < m.end)}
        if len(own) != 1 or len(others) != 1:
            continue
        (country,) = others
        start, end = doc[tok.left_edge.i].idx, tok.idx + len(tok.text)
        actor = Actor(doc.text[start:end], country, kb.cameo(country), country, None, "country", [], NEIGHBOUR_RULE)
        added.append(Mention(start, end, actor.text, actor, coref=True))
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))

