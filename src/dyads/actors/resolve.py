"""Actor resolution: spaCy Doc + Article -> list[Mention].

Steps, each in its own module:
1. ``match.find_hits``: longest-match KB aliases in the text (Aho-Corasick), less a person's
   alias inside someone else's longer name (``name_parts``);
2. ``doc_aliases``: aliases a document defines for itself (an acronym in parentheses after a
   resolved name; an unknown person or group met with a descriptor, "Kenyan opposition leader
   Jane Doe"), found again later in the text;
3. ``phrases.group_phrases``: hits grouped into noun phrases by the dependency parse;
4. here: each phrase composed into one actor (descriptor composition), pronouns and definite
   descriptions resolved against the mentions met so far (``history``, ``coref``), actors
   attached after a head read by ``postmods``.

The state of the document being read (its parse view, the mentions so far, caches) is one
``state.DocState``, passed to plain functions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import attrgetter, itemgetter

from spacy.tokens import Doc

from dyads.actors.codes import compose_code
from dyads.actors.coref import (
    PRONOUNS,
    antecedent_for_anaphor,
    pronoun,
)
from dyads.actors.doc_aliases import add_acronyms, add_learned, named_groups
from dyads.actors.docview import DocView
from dyads.actors.history import DESCRIPTION_WINDOW, agreement_class
from dyads.actors.kb import COUNTRY_KINDS, KB, NAMED_KINDS, Entity
from dyads.actors.kb_data import GROUP_KINDS
from dyads.actors.match import Hit, find_hits
from dyads.actors.name_parts import (
    drop_countries_in_names,
    drop_groups_in_longer_names,
    drop_name_parts,
    drop_topic_countries,
    drop_us_state_namesakes,
)
from dyads.actors.pairs import both_sides, its_neighbour
from dyads.actors.phrases import PHit, Phrase, group_phrases, place_hits
from dyads.actors.postmods import post_relation_follows, postmodifiers
from dyads.actors.seats import seat_of_named_body, seats
from dyads.actors.sector_heads import qualified, sector_head
from dyads.actors.state import (
    DEFINITE,
    DOBJ,
    LEFT_DEPS,
    POSS,
    DocState,
    actor_of,
    copy_actor,
    determiner,
    emit,
    former,
    learned_rule,
    left_edge,
    poss,
)
from dyads.data import words
from dyads.datelines import byline_country, in_title_dateline
from dyads.docmemo import span_at
from dyads.model import Actor, Article, Mention
from dyads.sectors import sector_class

# Bodies an "X-led" modifier names whole ("the Saudi-led coalition", "a US-led mission").
LED_BODIES = frozenset({"coalition", "alliance", "mission", "force"})
COLLECTIVE_NOUNS = frozenset(
    "coalition alliance bloc camp movement front faction umbrella council committee network".split()
)
# Fire and weapons a sector word wields ("police fire", "army shelling", "military crackdown"): the
# sector word is an actor of its own there, the one who fires.
WIELDED_HEADS = frozenset(
    "fire gunfire firing shooting shelling bombardment bombing bullets bullet airstrike airstrikes "
    "raid raids missile missiles rocket rockets mortar mortars artillery drone drones crackdown offensive ambush "
    "grenade grenades attack attacks assault assaults counteroffensive "
    "warplane warplanes helicopter helicopters gunship gunships paraglider paragliders".split()
)
FORMER_SECTORS = sector_class("state_organ")
FAST_KINDS = NAMED_KINDS | COUNTRY_KINDS
# Nouns a country adjective describes as culture, not as an actor ("the Russian language").
CULTURE_HEADS = frozenset({"language", "dialect", "alphabet", "script", "cuisine", "literature"})
LANGUAGE_SUFFIXES = ("-speaking", "-language", "-speaker", " speaking", " language")
_mention_key = attrgetter("start", "end")
_item_key = itemgetter(0, 1)


def resolve(doc: Doc, article: Article | None = None, kb: KB | None = None) -> list[Mention]:
    """Actor mentions in ``doc`` (the parse of ``article.text``), in text order."""
    kb = kb or KB.default()
    view = DocView(doc, _text_of(doc, article))
    text = view.text
    date = _date(article.published if article is not None else None)
    hits = drop_countries_in_names(drop_name_parts(find_hits(text, kb, date), view, kb), view)
    hits = drop_us_state_namesakes(hits, text)  # "states including Florida, Georgia and Ohio"
    hits = drop_topic_countries(hits, view)  # "China's Taiwan Affairs Office": China's
    hits = drop_groups_in_longer_names(hits, view)  # "the Ta'ang National Liberation Army": not the ELN
    filed = [h for h in hits if _dateline(text, h.start, h.end) or _dateline_country(text, h.start, h.end)]
    hits = [h for h in hits if not _dateline(text, h.start, h.end)]
    hits = named_groups(add_acronyms(hits, text), text, view, kb)
    phits = place_hits(hits, view, text)
    phrases = group_phrases(phits, view)
    more = add_learned(hits, phrases, text, view, kb)
    if more is not hits:
        # ("KINSHASA, Democratic Republic of Congo (AP) -": the dateline learned as a named body is
        # still only where the story was filed)
        more = [h for h in more if not _dateline(text, h.start, h.end)]
        phrases = group_phrases(place_hits(more, view, text, known=phits), view)
    # (a story filed from the seat of a body it names is about that body: "BRUSSELS - The EU ...")
    home = next((h.entity.country for h in filed if h.entity.country
                 and not seat_of_named_body(text[h.start:h.end], [x.entity.code for x in hits])), None)
    if home is not None and _bureau_abroad(filed, hits, view, home):
        home = None
    if home is None and article is not None and not filed:
        # "Diplomatic Correspondent | Dhaka | Published: ...": a byline the cleaner removed says where
        hit_codes = [x.entity.code for x in hits]
        home = byline_country(getattr(article, "removed", None) or [], kb.place_country,
                              seat=lambda f: seat_of_named_body(f, hit_codes))
    mentions = _police_officers(run(DocState(view, text, date, kb, home=home), phrases), doc, kb)
    mentions = _home_parties(mentions, home, kb)
    # (a dateline's country helps read what follows, "the junta", but acts in nothing)
    mentions = [m for m in mentions if not _dateline_country(text, m.start, m.end)]
    return its_neighbour(both_sides(seats(_descriptors_of_names(_named_by_descriptor(mentions, doc, text), text)),
                                    doc, kb), doc, kb)


def _bureau_abroad(filed: list[Hit], hits: list[Hit], view: DocView, home: str) -> bool:
    """"BANGKOK - A Myanmar airstrike on a village in Sagaing killed ...": a headline and lead that
    name only other countries, nothing of the dateline's own, were filed from a bureau abroad; the
    dateline does not make its country the story's own."""
    if not view.n or not filed:
        return False
    t = view.token_at(filed[0].end)
    lead = view.sent[t]
    body = filed[-1].end  # (the dateline's own names, "NAIROBI, Kenya (AP) -", say nothing of the story)
    for k in range(t, min(t + 12, view.n - 1)):
        if view.word(k) in DATELINE_DASHES:
            lead = view.sent[k + 1]  # ("BANGKOK, Jan 26 (Reuters) -" parsed as a sentence of its own)
            body = view.idx[k + 1]
            break
    foreign = False
    for h in hits:
        if filed[0].start <= h.start < body:
            continue
        if h.start >= filed[0].end and view.sent[view.token_at(h.start)] > lead:
            break
        if h.entity.country == home:
            return False
        # (a party named by words many countries' parties share is no country's sign)
        foreign = foreign or (bool(h.entity.country) and h.entity.kind in STATE_NAME_KINDS)
    return foreign


DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013", ":"})
STATE_NAME_KINDS = frozenset({"country", "capital", "adjective"})


def _home_parties(mentions: list[Mention], home: str | None, kb: KB) -> list[Mention]:
    """"SEOUL - ... the opposition Democratic Party": a party named only by words that parties of
    many countries are named with is the dateline country's, unless the story has named the country
    of the party the knowledge base means before it."""
    if not home:
        return mentions
    generic = words("actors/pairs.yaml", "generic_party_words")
    out = []
    named: set[str] = set()  # countries named so far by anything but a party
    for m in mentions:
        a = m.actor
        # (the party's own country named before it: "in the United States, the Democratic Party")
        if (a.kind == "party" and a.country and a.country != home and a.country not in named
                and set(m.text.lower().split()) <= generic):
            code = compose_code(kb.cameo(home), "PTY")
            m = Mention(m.start, m.end, m.text, replace(a, code=code, country=home, rule=(a.rule or "") + "; party of the dateline's country"),
                        m.coref, m.supporters, m.leaders)
        elif a.kind != "party" and a.country:
            named.add(a.country)
        out.append(m)
    return out


def _bare_sector(m: Mention) -> bool:
    """A sector phrase with no country, opened by an article ("the paramilitary", "the main opposition")."""
    return m.actor.kind == "sector" and not m.actor.country and m.text.split()[0].lower() in ("the", "a")


def _named_by_descriptor(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """"The main opposition Citizens Coalition for Change said ...": a bare sector phrase right
    before an organisation's name that no mention covers is that organisation (the mention takes
    the name in, so that the name's head, the clause's subject, is the actor)."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        a = m.actor
        if _bare_sector(m):
            ent = next((e for e in doc.ents if e.label_ == "ORG" and e.start_char == m.end + 1
                        and text[m.end:e.start_char] == " " and e.start_char not in starts), None)
            if ent is not None and ent[0].pos_ == "PROPN":
                m = Mention(m.start, ent.end_char, text[m.start:ent.end_char], a, m.coref, m.supporters, m.leaders)
        out.append(m)
    return out


# Sector words that describe an armed group's name ("the rebel M23"); a political descriptor
# ("the main opposition X Party") says more than the name's own code and stays a mention.
ARMED_DESCRIPTORS = frozenset({"REB", "MIL", "INS", "UAF"})


def _descriptors_of_names(mentions: list[Mention], text: str) -> list[Mention]:
    """"the paramilitary Rapid Support Forces", "the rebel M23": a bare sector word ("the
    paramilitary", with no country) right before a group's name describes that group; the two are
    one mention of the group (the parser, joining the phrase to another, may have split them)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.actor.kind in GROUP_KINDS and _bare_sector(prev)
                and prev.actor.sector in ARMED_DESCRIPTORS and text[prev.end:m.start] == " " and prev.text[1:].islower()):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.actor, m.coref, m.supporters, m.leaders)
            continue
        out.append(m)
    return out


HEADLINE_CHARS = 200  # a headline line before a dateline is at most this long
DATELINE_MARKS = ("—", " -", "(", ",")
DATELINE_PLACE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de .'\u2019-]+, ")  # ("CULIACÁN, ")


def _dateline_country(text: str, start: int, end: int) -> bool:
    """The name is the country after a dateline's place ("KINSHASA, Democratic Republic of Congo
    (AP) -"): it says where the story is set, and is no actor of its first sentence."""
    line = text.rfind("\n", 0, start) + 1
    return bool(DATELINE_PLACE.fullmatch(text[line:start])) and any(m in text[end:end + 12] for m in DATELINE_MARKS)


def _dateline(text: str, start: int, end: int) -> bool:
    """The name is the dateline opening the body ("VILNIUS (AP) -", "BAMAKO —"): where the reporter
    files from, not an actor (the capital does not stand for its government there)."""
    name = text[start:end]
    if not (start == 0 or text[start - 1] == "\n"):
        return False
    if in_title_dateline(text, start, end):  # "Dhaka, 14 October:"
        return True
    if len(name) <= 2 or not name.isupper():
        return False
    before = [ln for ln in text[:start].split("\n") if ln.strip()]
    if len(before) > 1 or (before and len(before[0]) > HEADLINE_CHARS):
        return False
    return any(mark in text[end:end + 25] for mark in DATELINE_MARKS)


# Words for officers whose service the text leaves to the context ("officers arrested him").
BARE_OFFICERS = frozenset({"officer", "officers"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "constabulary", "sheriff", "detective"})


def _police_officers(mentions: list[Mention], doc: Doc, kb: KB) -> list[Mention]:
    """"Police said officers arrested the suspect": bare "officers" in a sentence that names the
    police, and a name titled "Officer", are police officers (COP), not military ones."""
    for m in mentions:
        a = m.actor
        words = m.text.lower().split()
        if a.sector != "MIL" or not words:
            continue
        titled = m.text.startswith("Officer ") and len(words) >= 2  # "Officer Maria Santos": a police title
        if not titled:
            if words[-1] not in BARE_OFFICERS or len(words) > 2:
                continue
            span = span_at(doc, m.start, m.end)
            if span is None or not _police_report(span.sent):
                continue
        a.sector, a.rule = "COP", f"{a.rule}; officers in a police report"
        a.code = compose_code(kb.cameo(a.country), "COP") if a.country else "COP"
    return mentions


# Words of soldiers: a previous sentence naming them as well as the police leaves "officers" open.
SOLDIER_WORDS = frozenset({"army", "soldier", "soldiers", "troops", "military", "marines", "paratroopers"})


def _police_report(sent) -> bool:
    """The sentence names the police, or (with no word of its own for soldiers) the one before
    does: "police tried to clear the road. Officers fired tear gas"."""
    if any(t.lower_ in POLICE_WORDS for t in sent):
        return True
    if sent.start == 0 or any(t.lower_ in SOLDIER_WORDS for t in sent):
        return False
    before = sent.doc[sent.start - 1].sent
    if any(t.lower_ in SOLDIER_WORDS for t in before):
        return False
    return any(t.lower_ in POLICE_WORDS for t in before) or _police_story(sent.doc)


POLICE_STORY_MIN = 3  # mentions of the police in a story that names no soldiers at all


def _police_story(doc: Doc) -> bool:
    """The story names the police several times and soldiers never ("Riot police fired tear gas
    ... officers had beaten people"): its bare officers are police officers."""
    got = doc.user_data.get("dyads_police_story")
    if got is None:
        words = [t.lower_ for t in doc]
        got = doc.user_data["dyads_police_story"] = (
            sum(w in POLICE_WORDS for w in words) >= POLICE_STORY_MIN and not any(w in SOLDIER_WORDS for w in words))
    return got


def _text_of(doc: Doc, article: Article | None) -> str | None:
    """``article.text`` when ``doc`` is its parse (cheap check), else None (use ``doc.text``)."""
    if article is None or not len(doc):
        return None
    last = doc[-1]
    if last.idx + len(last.text_with_ws) == len(article.text):
        return article.text
    return None


def _date(published: str | None) -> str | None:
    if not published:
        return None
    p = published.strip()[:10]
    return p if len(p) >= 4 and p[:4].isdigit() else None


def run(st: DocState, phrases: list[Phrase]) -> list[Mention]:
    """Each phrase composed into a mention, pronouns resolved in text order between them."""
    view = st.view
    st.phrases = phrases
    prons = [t for t in view.prons if view.word(t) in PRONOUNS]
    if not prons:
        for p in phrases:
            if not st.consumed_hits or not all(id(h) in st.consumed_hits for h in p.hits):
                _phrase(st, p)
        st.out.sort(key=_mention_key)
        return st.out
    items: list[tuple[int, int, object]] = [(p.start, 0, p) for p in phrases]
    items.extend((view.idx[t], 1, t) for t in prons)
    items.sort(key=_item_key)
    sector_heads = {
        p.head
        for p in phrases
        for h in p.hits
        if h.anchor == p.head and h.hit.entity.kind == "sector"
    }
    for t in prons:  # "his" in "his army" belongs to that phrase, not a mention of its own
        if view.head[t] in sector_heads and view.dep[t] == POSS:
            st.consumed.add(t)
    for _, is_pron, item in items:
        if is_pron:
            if item not in st.consumed:
                pronoun(st, item)  # type: ignore[arg-type]
        elif not st.consumed_hits or not all(
            id(h) in st.consumed_hits
            for h in item.hits  # type: ignore[attr-defined]
        ):
            _phrase(st, item)  # type: ignore[arg-type]
    st.out.sort(key=_mention_key)
    return st.out


def _listed(st: DocState, h: PHit, main: PHit) -> bool:
    """A list item before the head ("Arnor, Calenardhon and Gondor"), not a descriptor."""
    between = st.text[h.hit.end : main.hit.start]
    return "," in between or " and " in between


def _phrase(st: DocState, ph: Phrase) -> None:
    """The mention(s) of one noun phrase: its head actor with the descriptors around it."""
    if len(ph.hits) == 1 and _lone_name(st, ph):
        return
    if all(h.hit.entity.kind == "adjective" for h in ph.hits) and st.view.doc[ph.head].lemma_ in CULTURE_HEADS:
        return  # "the Russian language" is no actor
    if all(h.hit.entity.kind == "adjective" and st.text[h.hit.end:h.hit.end + 10].lower().startswith(LANGUAGE_SUFFIXES)
           for h in ph.hits):
        return  # "the English-speaking regions", "French-language education": a language, no state
    head_hit = next((h for h in ph.hits if h.t0 <= ph.head < h.t1), None)
    if (head_hit is not None and head_hit.hit.entity.kind == "anaphor" and head_hit.hit.entity.role == "named"
            and len(ph.hits) > 1):
        # "the opposition council", "Libya's Presidential Council": described in its own words, not
        # a council named before
        ph = Phrase(ph.head, [h for h in ph.hits if h is not head_hit], ph.start)
        head_hit = None
    if head_hit is None:
        _runs(st, ph)
        return
    plain = [h for h in ph.hits if h.modrel is None and h is not head_hit]
    main = _main_hit(st, head_hit, plain)
    supporters, leaders = _modifiers(st, ph)
    alone = _standalone(st, plain, main) if main.hit.entity.kind != "sector" else []
    start, end = _span(st, ph, head_hit, alone)
    ent = main.hit.entity
    if ent.kind == "sector":
        sh = sector_head(st, ph, main, leaders)
        actor, cls, coref = sh.actor, sh.cls, sh.coref
        if sh.extend_to is not None:
            end = max(end, sh.extend_to)
        if actor.sector in FORMER_SECTORS and former(st, start, main.hit.start):
            _to_former(st, actor)
    elif ent.kind == "anaphor":
        found = _anaphor_head(st, ph, ent, plain, start, end)
        if found is None:
            return
        actor, cls, coref = found
    elif ent.kind == "qualifier":
        actor, cls, coref = qualified(st, ph, main), "plural", False
    else:
        actor, cls, coref = _named_head(st, main, plain, start)
        if actor.kind in ("sector", "group") and (actor.rule or "").startswith("learned:"):
            owner = [h for h in alone if h.hit.entity.kind == "country" and poss(st, h)]
            # (a body learned elsewhere with another country: "Peru's Ombudsman's Office" after a
            # story about Colombia's is Peru's)
            if len(owner) == 1 and owner[0].hit.entity.country and owner[0].hit.entity.country != actor.country:
                # "Thailand's Constitutional Court": a body the KB does not know, of the country that owns it
                c = owner[0].hit.entity.country
                old = st.kb.cameo(actor.country) if actor.country else ""
                rest = actor.code or ""
                rest = rest[len(old):] if old and rest.startswith(old) else rest
                actor.country = c
                actor.code = compose_code(st.kb.cameo(c), actor.sector or rest)
                actor.rule += "; of its possessor's country"
    emit(st, start, end, actor, ph.head, cls, coref, supporters, leaders)


def _lone_name(st: DocState, ph: Phrase) -> bool:
    """Fast path: a one-hit phrase whose hit is a name heading it ("Iran", "the UN"); emits its
    mention and says True, else False (the general path reads the phrase)."""
    h = ph.hits[0]
    hit = h.hit
    ent = hit.alias.entity
    head = ph.head
    if (
        h.modrel is not None
        or not h.t0 <= head < h.t1
        or ent.kind not in FAST_KINDS
        or post_relation_follows(st.view, head)
    ):
        return False
    start = hit.start
    view = st.view
    t = h.t0 - 1
    if t >= 0 and view.head[t] == head and view.dep[t] in LEFT_DEPS:
        start = left_edge(st, h.t0, head, start)
    actor = actor_of(st, ent)
    if hit.coref:
        actor.rule = hit.rule or "coref:alias"
    elif ent.source == "descriptor":
        actor.rule = learned_rule(ent)
    elif actor.rule == "person:out-of-office":
        _role_from_descriptor(st, ent, actor, _role_before(st, h))
    cls = agreement_class(ent.kind, ent.role, ent.plural)
    emit(st, start, hit.end, actor, head, cls, hit.coref)
    return True


def _main_hit(st: DocState, head_hit: PHit, plain: list[PHit]) -> PHit:
    """The hit the phrase is about: its head, or for a sector head the last named group before
    it ("Hamas fighters")."""
    if head_hit.hit.entity.kind != "sector":
        return head_hit
    named = [h for h in plain if h.hit.entity.kind in GROUP_KINDS and not poss(st, h)]
    return max(named, key=lambda h: h.anchor) if named else head_hit


def _standalone(st: DocState, plain: list[PHit], main: PHit) -> list[PHit]:
    """Possessive, coordinated or listed names before a non-sector head stand alone ("Israel's
    rival Iran", "Arnor, Calenardhon and Gondor"): a mention each, returned."""
    alone: list[PHit] = []
    for h in plain:
        if h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS and (
            poss(st, h) or h.coord or _listed(st, h, main)
        ):
            _single(st, h)
            alone.append(h)
    return alone


def _to_former(st: DocState, actor: Actor) -> None:
    """ "the former defence minister": an elite, no longer in office."""
    actor.sector, actor.rule = "ELI", "descriptor:former"
    actor.code = compose_code(st.kb.cameo(actor.country), "ELI") if actor.country else "ELI"


# Named organisations that give an anaphor head ("group", "movement") its referent.
GROUP_NAME_KINDS = frozenset({"group", "ngo", "party"})


# Sectors of the sides a domestic alliance or bloc is formed of ("the rebel alliance").
SIDE_SECTORS = frozenset({"REB", "OPP", "IMG", "PTY"})


def _anaphor_head(
    st: DocState, ph: Phrase, ent: Entity, plain: list[PHit], start: int, end: int
) -> tuple[Actor, str, bool] | None:
    """ "a Palestinian state" (emitted here, None returned); "the group", "the country": the
    actor referred back to, or None."""
    countryish = [h for h in plain if h.hit.entity.kind in COUNTRY_KINDS]
    named = [h for h in plain if h.hit.entity.kind in GROUP_NAME_KINDS
             and not (h.t1 < st.view.n and st.view.word(h.t1) == "-")]  # ("the al Qaeda-linked group": another)
    if named and countryish and named[-1].anchor > countryish[-1].anchor:
        countryish = []  # "Yemen's Houthi movement": the group named next to the head
    if countryish:  # "a Palestinian state", "the Kurdish movement"
        actor = actor_of(st, countryish[-1].hit.entity, "descriptor:country+noun")
        sectors = [h for h in plain if h.hit.entity.kind == "sector" and h.anchor > countryish[-1].anchor]
        if sectors and actor.country and ent.name in COLLECTIVE_NOUNS:
            # "the Bangladeshi opposition alliance": the sector word names the group
            sector = sectors[-1].hit.entity.sector
            actor = Actor("", actor.name, compose_code(st.kb.cameo(actor.country), sector), actor.country, sector,
                          "country", [], "descriptor:country+sector")
        emit(st, start, end, actor, ph.head, "thing")
        return None
    if named:  # "a FARC dissident group", "the Hamas movement": the group named
        emit(st, start, end, actor_of(st, named[-1].hit.entity, "descriptor:group+noun"), ph.head, "thing")
        return None
    if determiner(st, ph) not in DEFINITE:
        return None
    nxt = ph.head + 1
    if (st.view.n and nxt < st.view.n and st.view.doc[nxt].text[:1].isupper()
            and (st.view.doc[nxt].pos_ == "PROPN" or st.view.doc[nxt].text.isupper())):
        return None  # "the West African bloc ECOWAS": the name that follows says which, not one told before
    armed = [h for h in plain if h.hit.entity.kind == "sector" and h.hit.entity.sector in SIDE_SECTORS]
    if armed and ent.role == "igo":
        # "the rebel alliance", "the opposition bloc": a body of that side, not a league of states
        sector = armed[-1].hit.entity.sector
        sent = st.view.sent[ph.head] if st.view.n else 0
        ref = st.history.find(sent, ph.start, lambda r: r.mention.actor.sector == sector and bool(r.mention.actor.code),
                              window=DESCRIPTION_WINDOW)
        return (copy_actor(ref.mention.actor, f"coref:the {armed[-1].hit.entity.name} {ent.name}"), "thing", True) \
            if ref is not None else None
    ref = antecedent_for_anaphor(st, ent, ph)
    if ref is None:
        return None
    quals = {h.hit.entity.name for h in plain if h.hit.entity.kind == "qualifier"}
    if quals - set(ref.mention.actor.qualifiers) - {ref.mention.actor.code or ""}:
        return None  # "the Kurdish movement" after Hezbollah: another movement, one not named
    rule = f"coref:the {ent.name}"
    actor = copy_actor(ref.mention.actor, rule)
    if ent.role == "country" and actor.kind != "country" and actor.country:
        c = actor.country  # "the country" after "Sudan's ruling council": Sudan itself
        return Actor("", c, st.kb.cameo(c), c, None, "country", [], rule), "thing", True
    return actor, ref.cls, True


def _named_head(st: DocState, main: PHit, plain: list[PHit], start: int) -> tuple[Actor, str, bool]:
    """A phrase headed by a name: a learned descriptor, a former office holder, or a known
    person the text gives a role outside the listed terms."""
    ent = main.hit.entity
    home = _homeland_modifier(ent, plain) if not main.hit.coref else None
    if home is not None:  # "Bosnian Serbs", "Kosovo Albanians": Serbs of Bosnia, not Serbia
        actor = actor_of(st, home.hit.entity, "descriptor:ethnic group of a country")
        return actor, agreement_class(ent.kind, ent.role, ent.plural), False
    actor = actor_of(st, ent)
    if main.hit.coref:
        actor.rule = main.hit.rule or "coref:alias"
    cls = agreement_class(ent.kind, ent.role, ent.plural)
    if ent.kind in ("person", "group") and ent.source == "descriptor":
        actor.rule = learned_rule(ent)
        if ent.kind == "person" and actor.sector in FORMER_SECTORS and former(st, start, main.hit.start):
            _to_former(st, actor)  # "Former president Evo Morales": no longer in office
    elif ent.kind == "person" and former(st, start, main.hit.start):
        if actor.country:
            actor.code = compose_code(st.kb.cameo(actor.country), "ELI")
            actor.sector, actor.rule = "ELI", "descriptor:former"
    elif ent.kind == "person" and actor.rule == "person:out-of-office":
        _role_from_descriptor(st, ent, actor, plain + _role_before(st, main))
    elif ent.kind == "person" and _namesake_in_office(st, actor, start, main.hit.start):
        # "BOGOTA - Defence Minister Pedro Sánchez": not Spain's prime minister, a namesake the KB
        # does not know (the story's country comes later, as for any named person)
        actor.code, actor.country, actor.rule = actor.sector, None, "named person: a namesake of a KB office holder"
    elif ent.kind == "country" and not ent.sector and ent.source.startswith("petrarch:"):
        _agent_of_titled_name(st, actor, plain)
    return actor, cls, main.hit.coref


# Offices a title names precisely: a KB office holder called by another of them, in a story filed
# from another country, is a namesake ("Defence Minister Pedro Sánchez" in a story from Bogotá).
OFFICE_WORDS = frozenset({"defence", "defense", "interior", "foreign", "finance", "justice", "health", "education",
                          "security", "governor", "mayor", "senator", "general", "colonel", "commander", "judge",
                          "ambassador", "police", "army", "navy", "mp", "lawmaker", "congressman", "deputy"})
NAMESAKE_TITLE_CHARS = 40  # how far before the name a title is read


def _namesake_in_office(st: DocState, actor: Actor, start: int, name_start: int) -> bool:
    """A KB person in office whom the phrase titles with an office that is not his (a word of
    ``OFFICE_WORDS`` missing from his listed role) in a story datelined in another country."""
    if not (actor.rule or "").startswith("person:") or actor.rule == "person:out-of-office":
        return False
    if st.home is None or actor.country is None or st.home == actor.country:
        return False
    role = set(actor.rule.removeprefix("person:").lower().split())
    title = st.text[max(start, name_start - NAMESAKE_TITLE_CHARS):name_start].lower()
    words = {w.strip(".,'’") for w in title.split()}
    return bool(words & OFFICE_WORDS - role)


def _homeland_modifier(ent: Entity, plain: list[PHit]) -> PHit | None:
    """A people noun ("Serbs") after another country's adjective or name ("Bosnian", "Kosovo")
    names that ethnic group living in the other country: the modifier, else None."""
    if ent.kind != "people":
        return None
    mods = [h for h in plain if h.hit.entity.kind in ("adjective", "country") and h.modrel is None
            and not h.coord and h.hit.entity.country != ent.country]
    return mods[-1] if len(mods) == 1 else None


def _agent_of_titled_name(st: DocState, actor: Actor, plain: list[PHit]) -> None:
    """A name that a user's actor dictionary codes as a bare country ("ROMENDACIL [BRE]"),
    titled by an agent in its noun phrase ("Bree Prime Minister Romendacil"): the agent combines
    with it (BREGOV), as PETRARCH combines an agent with the actor of its noun phrase."""
    roles = [h for h in plain if h.hit.entity.kind == "sector" and not poss(st, h)]
    if not roles or not actor.code:
        return
    agent = roles[-1].hit.entity
    actor.code = actor.code + (agent.code or agent.sector or "")
    actor.sector = agent.sector
    actor.rule = "descriptor:name+agent"


def _role_before(st: DocState, main: PHit) -> list[PHit]:
    """A role noun heading the phrase just before the name ("His spokesperson Sean Spicer",
    parsed as two phrases)."""
    h = st.by_anchor.get(main.t0 - 1)
    if h is not None and h.hit.entity.kind == "sector" and h.hit.entity.role == "role":
        return [h]
    return []


def _role_from_descriptor(st: DocState, ent: Entity, actor: Actor, mods: list[PHit]) -> None:
    """A known person outside the listed terms (or the article date is off) whom the text
    calls "defence secretary": the descriptor's sector wins, for the rest of the document."""
    roles = [h for h in mods if h.hit.entity.kind == "sector" and not poss(st, h)]
    if not roles or not actor.country:
        return
    sector = roles[-1].hit.entity.sector
    actor.code = compose_code(st.kb.cameo(actor.country), sector)
    actor.sector = sector
    actor.rule = "descriptor:person+role"
    proto = st.protos[ent.key]
    st.protos[ent.key] = (*proto[:1], actor.code, proto[2], sector, *proto[4:6], actor.rule)


def _single(st: DocState, h: PHit) -> None:
    ent = h.hit.entity
    actor = actor_of(st, ent)
    cls = agreement_class(ent.kind, ent.role, ent.plural)
    emit(st, h.hit.start, h.hit.end, actor, h.anchor, cls, h.hit.coref)


def _runs(st: DocState, ph: Phrase) -> None:
    """A phrase whose head is no actor ("US military action", "Saudi-led blockade")."""
    runs: list[list[PHit]] = []
    for h in ph.hits:
        if runs and h.hit.start - runs[-1][-1].hit.end <= 2 and runs[-1][-1].modrel is None:
            runs[-1].append(h)
        else:
            runs.append([h])
    for chunk in runs:
        last = chunk[-1]
        kinds = {h.hit.entity.kind for h in chunk}
        if kinds == {"anaphor"} and len(chunk) == 1 and poss(st, last):
            # "the group's attack", "the coalition's blockade": the possessor is the actor referred back to
            own = Phrase(last.anchor, [last], last.hit.start)
            found = _anaphor_head(st, own, last.hit.entity, [], last.hit.start, last.hit.end)
            if found is not None:
                actor, cls, coref = found
                start = left_edge(st, last.t0, last.anchor, last.hit.start)
                emit(st, start, last.hit.end, actor, last.anchor, cls, coref)
            continue
        if not kinds & (NAMED_KINDS | COUNTRY_KINDS):
            if kinds == {"sector"} and _collective_head(st, ph, last):
                # "the opposition coalition", "rebel alliance": the sector names the group
                ent = last.hit.entity
                start = left_edge(st, chunk[0].t0, ph.head, chunk[0].hit.start)
                a = Actor(
                    "",
                    ent.name,
                    ent.code or ent.sector,
                    None,
                    ent.sector,
                    "sector",
                    [],
                    "descriptor:sector+collective",
                )
                emit(st, start, st.view.ends[ph.head], a, ph.head, "thing")
            elif kinds == {"sector"} and poss(st, last) and last.anchor != ph.head and st.view.dep[ph.head] == DOBJ:
                # "blocked the government's plan", "rejected the army's claims": the possessor of
                # what a verb acts on is an actor (the verb's target)
                _phrase(st, Phrase(last.anchor, list(chunk), chunk[0].hit.start))
            elif kinds == {"sector"} and _titled_name_head(st, ph, last):
                # "opposition lawmaker Job Sikhala": a role word before a name the tagger did not
                # read as a person (or the KB does not know) describes that name
                sh = sector_head(st, ph, last, [])
                emit(st, chunk[0].hit.start, st.view.ends[ph.head], sh.actor, ph.head, sh.cls, sh.coref)
            elif kinds == {"sector"} and _held_place_head(st, ph, last):
                # "shelled rebel positions", "attacked an army base": the force whose post it is
                ent = last.hit.entity
                a = Actor("", ent.name, ent.code or ent.sector, None, ent.sector, "sector", [], "descriptor:sector's post")
                emit(st, last.hit.start, last.hit.end, a, last.anchor, "plural")
            elif kinds == {"sector"} and _wielded_head(st, ph, last):
                # "killed by police fire": the police fired
                ent = last.hit.entity
                a = Actor("", ent.name, ent.code or ent.sector, None, ent.sector, "sector", [], "descriptor:sector wielding")
                emit(st, chunk[0].hit.start, last.hit.end, a, last.anchor, "plural")
            continue
        countryish = [h for h in chunk if h.hit.entity.kind in NAMED_KINDS | COUNTRY_KINDS]
        base = countryish[-1]
        if base.modrel == "supporter":
            continue  # "pro-Russian channels", "US-backed plan": what a state backs is not that state
        actor = actor_of(st, base.hit.entity)
        sectors = [h for h in chunk if h.hit.entity.kind == "sector" and h.anchor > base.anchor]
        if sectors and actor.country and base.hit.entity.kind in COUNTRY_KINDS:
            sector = sectors[-1].hit.entity.sector
            actor = Actor(
                "",
                actor.name,
                compose_code(st.kb.cameo(actor.country), sector),
                actor.country,
                sector,
                "country",
                [],
                "descriptor:country+sector",
            )
        if base.modrel is not None:
            actor.rule = f"modifier:{base.modrel}"
        start = chunk[0].hit.start
        end = max(h.hit.end for h in chunk)
        if base.modrel == "leader" and st.view.n and st.view.word(ph.head) in LED_BODIES:
            # "the Saudi-led coalition": the mention names the coalition ("the coalition" later)
            end = max(end, st.view.ends[ph.head])
        cls = agreement_class(base.hit.entity.kind, base.hit.entity.role, base.hit.entity.plural)
        emit(st, start, end, actor, last.anchor, cls, any(h.hit.coref for h in chunk))


def _collective_head(st: DocState, ph: Phrase, last: PHit) -> bool:
    """The phrase head right after the sector word is a collective noun ("coalition")."""
    view = st.view
    return (
        bool(view.n)
        and ph.head == last.t1
        and last.hit.entity.role == "body"
        and view.word(ph.head) in COLLECTIVE_NOUNS
    )


def _titled_name_head(st: DocState, ph: Phrase, last: PHit) -> bool:
    """The phrase head is a name right after a one-person role word ("lawmaker X Y")."""
    view = st.view
    if not view.n or last.hit.entity.role != "role" or ph.head < last.t1:
        return False
    doc = view.doc
    # (a hyphenated name, "General Waker-Uz-Zaman", keeps its hyphens)
    return all(doc[t].pos_ == "PROPN" or (doc[t].text == "-" and last.t1 < t < ph.head)
               for t in range(last.t1, ph.head + 1))


# Places an armed force or the police hold: "rebel positions", "an army base", "a police post".
FORCE_PLACE_HEADS = frozenset(
    "position positions base bases post posts outpost outposts hideout hideouts camp camps stronghold strongholds "
    "barracks checkpoint checkpoints depot depots trench trenches".split()
)
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY", "UAF"})
ATTACK_HEADS = frozenset({"attack", "attacks", "assault", "assaults", "counteroffensive"})


def _held_place_head(st: DocState, ph: Phrase, last: PHit) -> bool:
    """The phrase head right after an armed sector word is a place it holds ("rebel positions")."""
    view = st.view
    return (bool(view.n) and ph.head == last.t1 and view.word(ph.head) in FORCE_PLACE_HEADS
            and last.hit.entity.sector in ARMED_SECTORS)


def _wielded_head(st: DocState, ph: Phrase, last: PHit) -> bool:
    """The phrase head right after the sector word is fire or a weapon ("police fire")."""
    view = st.view
    if view.word(ph.head) in ATTACK_HEADS and last.hit.entity.sector not in ARMED_SECTORS:
        return False  # "an army attack" names the army; "settler attacks" in general name no one act
    return (bool(view.n) and ph.head == last.t1 and view.word(ph.head) in WIELDED_HEADS
            and view.word(last.anchor) not in WIELDED_HEADS)  # "artillery fire": the weapon, no one


def _span(st: DocState, ph: Phrase, head_hit: PHit, alone) -> tuple[int, int]:
    """From the left edge of the phrase (determiner, adjectives) to the end of the head hit."""
    inside = [h for h in ph.hits if h not in alone] or [head_hit]
    if alone:
        # ("Prime Minister X and President Y": X's title belongs to X, who stands alone, not to Y)
        after = max(h.hit.end for h in alone)
        inside = [h for h in inside if h.hit.start >= after] or [head_hit]
    start = min(h.hit.start for h in inside)
    end = head_hit.hit.end
    if alone:
        return start, end
    return left_edge(st, min(h.t0 for h in inside), ph.head, start), end


def _modifiers(st: DocState, ph: Phrase) -> tuple[list[Actor], list[Actor]]:
    supporters: list[Actor] = []
    leaders: list[Actor] = []
    for h in ph.hits:
        if h.modrel is not None:
            actor = actor_of(st, h.hit.entity)
            actor.text = st.text[h.hit.start : h.hit.end]
            (supporters if h.modrel == "supporter" else leaders).append(actor)
    if st.view.n:
        for rel, h in postmodifiers(st, ph):  # "rebels backed by Turkey"
            if rel in ("supporter", "leader"):
                actor = actor_of(st, h.hit.entity)
                actor.text = st.text[h.hit.start : h.hit.end]
                (supporters if rel == "supporter" else leaders).append(actor)
    return supporters, leaders
