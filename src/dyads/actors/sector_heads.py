"""Phrases headed by a sector or qualifier word: "the Iraqi army", "Trump's defence secretary",
"the regime", "its fighters", "troops loyal to X", "Iraqi Kurds".

The country of a sector head is read, in this order, from its pre-modifiers ("Iraqi", "Hamas",
"the country's"), a possessive pronoun ("its"), a post-modifier ("of Peru", "loyal to X"), a
leader ("led by X"), and for a definite sector word that refers back ("the regime"), from the
mentions met so far. A bare "the president" / "the union" is the last person so titled / the last
named organisation of that sector in the document, when there is one. Functions over the resolver's ``DocState``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyads.actors.codes import compose_code
from dyads.actors.coref import (
    NAME_WINDOW,
    announcer_of_own_forces,
    antecedent_for_anaphor,
    antecedent_for_sector,
    named_organisation,
    possessive_pronoun,
)
from dyads.actors.history import DESCRIPTION_WINDOW, agreement_class
from dyads.actors.kb import COUNTRY_KINDS, NAMED_KINDS, Entity
from dyads.actors.kb_data import GROUP_KINDS
from dyads.actors.phrases import PHit, Phrase
from dyads.actors.postmods import headed_by_role, postmodifiers
from dyads.actors.state import (
    DEFINITE,
    DocState,
    actor_of,
    copy_actor,
    determiner,
    emit,
    poss,
    qual,
)
from dyads.model import Actor
from dyads.sectors import OTHER_SIDE_ROLES, names_diplomat, one_state_body, one_state_title

# Bodies whose unnamed office holders ("a ministry spokesman") speak for the one named last.
BODY_SPEAKER_SECTORS = frozenset({"GOV"})
# Sectors a city names by where they acted, not by whose they are ("the Paris attackers").
PLACE_NAMED_SECTORS = frozenset({"REB", "IMG", "UAF", "CRM"})


@dataclass(slots=True)
class SectorHead:
    """What a sector-headed phrase resolved to."""

    actor: Actor
    cls: str  # agreement class (person / thing / plural)
    coref: bool = False
    extend_to: int | None = None  # "the minister of Peru": the mention reaches over "of Peru"


@dataclass(slots=True)
class _Reading:
    """What the words around a sector head say, gathered step by step."""

    sector: str | None
    country: str | None = None
    rule: str = "descriptor:"
    coref: bool = False
    quals: list[str] = field(default_factory=list)
    extra: list[PHit] = field(default_factory=list)  # more countries ("British and French troops")
    group_actor: Actor | None = None
    extend_to: int | None = None


def sector_head(st: DocState, ph: Phrase, main: PHit, leaders: list[Actor]) -> SectorHead:
    """The actor of a phrase whose head ``main`` is a sector word."""
    ent = main.hit.entity
    cls = agreement_class("sector", ent.role, ent.plural)
    r = _Reading(ent.sector)
    _read_premodifiers(st, ph, main, r)
    if r.group_actor is not None:  # "Hamas fighters": the group itself
        r.group_actor.rule = "descriptor:group+sector"
        return SectorHead(r.group_actor, cls)
    if r.country is None and ent.name not in OTHER_SIDE_ROLES:
        group = _read_possessive(st, ph, r)
        if group is not None:
            return SectorHead(group, cls, True)
    if r.country is None and not r.quals and (own := announcer_of_own_forces(st, ent, ph)) is not None:
        # "Israel's defence minister said the army would hold the positions": the minister's army
        r.country, r.rule, r.coref = own.mention.actor.country, "coref:the announcer's own forces", True
    if r.country is None:
        _read_postmodifiers(st, ph, r)
        if r.group_actor is not None:
            r.group_actor.rule = r.rule
            return SectorHead(r.group_actor, cls, False, r.extend_to)
    if r.country is None and leaders and leaders[0].country:
        r.country, r.rule = leaders[0].country, "descriptor:led+sector"
    if r.country is None and not r.quals and leaders and (leaders[0].code or "").startswith("IGO"):
        # "NATO-led peacekeepers", "UN-led forces": the organisation's force
        led = leaders[0]
        led.rule = "descriptor:led+sector"
        return SectorHead(led, cls, False, r.extend_to)
    if r.country is None and not r.quals and (body := next(
            (c for h in ph.hits if (c := one_state_body(st.text[h.hit.start:h.hit.end]))), None)):
        r.country, r.rule = body, "descriptor:body of one state"  # "a State Department spokesman"
    if r.country is None and not r.quals and ent.role == "people" and determiner(st, ph) in DEFINITE:
        same = _named_with_word(st, ph, main)
        if same is not None:
            return SectorHead(same, cls, True, r.extend_to)
    if r.country is None and not r.quals and ent.role == "role" and ent.plural and determiner(st, ph) in DEFINITE:
        same = _named_with_word(st, ph, main, TITLE_OWNER_KINDS)
        if same is not None:  # "the leaders" after "European Union leaders"
            return SectorHead(same, cls, True, r.extend_to)
    if r.country is None and not r.quals and determiner(st, ph) in DEFINITE:
        described = _group_so_described(st, ph, main)
        if described is not None:  # "the dissidents" after "dissident FARC fighters"
            return SectorHead(described, cls, True, r.extend_to)
    if r.country is None and not r.quals and not ent.coref:
        named = _named_before(st, ph, main)
        if named is not None:
            return SectorHead(named, cls, True, r.extend_to)
    if (r.country is None and not r.quals and ent.role in ("role", "body") and not ent.plural
            and _bare_definite(st, ph, main)):
        same = _named_with_word(st, ph, main, TITLE_OWNER_KINDS)
        if same is not None:  # "the commander" after "a senior Hezbollah commander", "the ministry"
            return SectorHead(same, cls, True, r.extend_to)
    if r.country is None and ent.coref and not r.quals and determiner(st, ph) in DEFINITE:
        same = _read_antecedent(st, ph, ent, r)
        if same is None and r.country is None:
            same = _named_before(st, ph, main)
        if same is not None:
            return SectorHead(same, cls, True, r.extend_to)
    if r.country is None and not r.quals and (sole := one_state_title(ent.name, st.text[main.hit.end:])):
        # "the Secretary of State" in a Manila story: the title only one state gives bare
        r.country, r.rule = sole, "descriptor:title of one state"
    if r.country is None and not r.quals:
        bare = Actor("", ent.name, ent.code or r.sector, None, r.sector, "sector", [], "kb:sector")
        return SectorHead(bare, cls, False, r.extend_to)
    _emit_coordinated(st, ent, r, cls)
    name = st.kb.cameo(r.country) if r.country else None
    code = compose_code(name, ent.code or r.sector, tuple(r.quals))
    rule = r.rule.rstrip(":") or "descriptor"
    actor = Actor("", ent.name, code, r.country, r.sector, "sector", r.quals, rule)
    return SectorHead(actor, cls, r.coref, r.extend_to)


def _read_premodifiers(st: DocState, ph: Phrase, main: PHit, r: _Reading) -> None:
    """The words before the head, nearest first: "rebel commander", "Iraqi army", "Hamas
    fighters", "the regime's forces", "the country's army", "British, French troops"."""
    role_head = main.hit.entity.role == "role"
    mods = sorted(
        (h for h in ph.hits if h is not main and h.modrel is None), key=lambda h: -h.anchor
    )
    for h in mods:
        m = h.hit.entity
        if m.kind == "sector" and role_head and m.role != "role" and (not poss(st, h) or m.role == "people"):
            r.sector = m.sector  # "rebel commander", "army spokesman", "police chief"
            if r.country is None and m.sector in BODY_SPEAKER_SECTORS:
                # "a ministry spokesman" after "Ethiopia's foreign ministry": that ministry's
                word = m.name.split()[-1]  # "ministry" for "the foreign ministry", "the interior ministry"
                named = max((ref for name, ref in st.history.by_name.items() if name.split()[-1] == word),
                            key=lambda ref: ref.mention.start, default=None)
                sent = st.view.sent[ph.head] if st.view.n else 0
                if named is not None and sent - named.sent <= DESCRIPTION_WINDOW:
                    r.country, r.rule = named.mention.actor.country, f"coref:{m.name}+sector"
        elif m.kind == "qualifier":
            r.quals.append(qual(m))
        elif r.country is None and m.kind in COUNTRY_KINDS and not (m.kind == "capital" and r.sector in PLACE_NAMED_SECTORS):
            # ("the Paris suicide bombers", "the Madrid gunmen": where they struck, not whose they are)
            r.country, r.rule = m.country, "descriptor:country+sector"
        elif m.kind in COUNTRY_KINDS and m.country != r.country and not poss(st, h):
            r.extra.append(h)  # "British, French and German troops": one actor each
        elif r.country is None and m.kind in NAMED_KINDS:
            a = actor_of(st, m)
            # "Hamas fighters": the group; "the EU's foreign policy chief": the body, which has no
            # country to compose a code with
            if ((m.kind in ("group", "igo", "ngo") and r.group_actor is None
                    and (not poss(st, h) or (m.kind in ("igo", "ngo") and not a.country)
                         or (role_head and m.kind == "group")))  # ("Hezbollah's leader": the group's)
                    or (m.kind == "party" and role_head and r.group_actor is None)):
                # ("the Awami League's leader", "ANC spokesman": one who speaks for the party)
                r.group_actor = a
            r.country, r.rule = a.country, f"descriptor:{m.kind}+sector"
        elif r.country is None and m.kind == "sector" and m.coref and poss(st, h):
            ref = antecedent_for_sector(st, m, ph)
            if ref is not None:
                r.country, r.rule = ref.mention.actor.country, f"coref:{m.name}+sector"
                r.coref = True
        elif r.country is None and m.kind == "anaphor" and poss(st, h):
            ref = antecedent_for_anaphor(st, m, ph)  # "the country's army"
            if (ref is not None and (role_head or r.sector in LED_FORCE_SECTORS) and r.group_actor is None
                    and ref.mention.actor.kind in GROUP_KINDS and ref.mention.actor.code):
                # ("the group's naval forces", "the movement's fighters": the group's own men, as "its fighters")
                # "M23 rebels ... the group's spokesman": one who speaks for the group, the group itself
                r.group_actor = copy_actor(ref.mention.actor, f"coref:the {m.name}'s {main.hit.entity.name}")
                r.country, r.rule, r.coref = ref.mention.actor.country, r.group_actor.rule, True
            elif ref is not None and ref.mention.actor.country:
                r.country, r.rule = ref.mention.actor.country, f"coref:the {m.name}+sector"
                r.coref = True


def _read_possessive(st: DocState, ph: Phrase, r: _Reading) -> Actor | None:
    """ "its fighters", "their army": the group itself (returned), or the country of the
    antecedent."""
    ref = possessive_pronoun(st, ph)
    if ref is None:
        return None
    ra = ref.mention.actor
    if ra.kind in GROUP_KINDS and ra.code:  # "Hamas ... its fighters"
        return copy_actor(ra, "coref:possessive+group")
    if ra.kind == "person" and ra.country is None and ra.code and ra.code[:3] in ("IGO", "NGO"):
        return copy_actor(ra, "coref:possessive+official's body")  # "Guterres ... his spokesman": the UN's
    group = _group_of_leader(st, ra) if r.sector in LED_FORCE_SECTORS else None
    if group is not None:  # "RSF leader Dagalo said his forces ...": the RSF's forces
        return actor_of(st, group, "coref:possessive+leader's group")
    r.country, r.rule, r.coref = ra.country, "coref:possessive+sector", True
    return None


# Sectors of the men a leader commands ("his forces", "his fighters").
LED_FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "IMG"})


def _group_of_leader(st: DocState, person: Actor) -> Entity | None:
    """The armed group a person's code names (a rebel or militia commander's own group), if any."""
    if person.kind != "person" or not person.code:
        return None
    return st.kb.group_with_code(person.code)


# Bodies outside the state whose member a role word "of"/"for" them names.
OWN_BODY_SECTORS = frozenset({"REB", "OPP", "PTY", "LAB", "NGO", "IMG", "INS", "CRM", "UAF", "CVL", "REL"})


# Words for a part of a body ("units of the police", "members of the army"): the part is of the
# body's sector, not a sector of its own.
PART_WORDS = frozenset({"unit", "units", "member", "members", "element", "elements", "contingent", "contingents",
                        "detachment", "detachments", "squad", "squads", "team", "teams", "personnel"})


def _body_after(st: DocState, country: PHit) -> PHit | None:
    """The sector word right after a country word in an "of" phrase ("of the Kenyan police")."""
    for t in range(country.anchor + 1, min(st.view.n, country.anchor + 3)):
        h = st.by_anchor.get(t)
        if h is not None and h.hit.entity.kind == "sector" and h.hit.entity.sector:
            return h
    return None


def _read_postmodifiers(st: DocState, ph: Phrase, r: _Reading) -> None:
    """ "the minister of Peru" (the mention then covers "of Peru"), "forces loyal to X",
    "militias led by X"."""
    for rel, post in postmodifiers(st, ph):
        if rel == "of" and post.hit.entity.kind in ("country", "capital", "adjective"):
            r.country, r.rule = post.hit.entity.country, "descriptor:sector+of-country"
            st.consumed_hits.add(id(post))
            r.extend_to = post.hit.end
            body = _body_after(st, post) if st.view.word(ph.head) in PART_WORDS else None
            if body is not None:
                # "units of the Kenyan police", "members of the Afghan army": part of that body
                r.sector, r.extend_to = body.hit.entity.sector, body.hit.end
                r.rule = "descriptor:part+of-country-body"
            return
        if rel == "of" and post.hit.entity.kind in ("group", "igo", "ngo"):
            # "the prosecutor of the ICC", "the spokesman of Hamas": the organisation itself
            r.group_actor = actor_of(st, post.hit.entity)
            r.country, r.rule = r.group_actor.country, f"descriptor:sector+of-{post.hit.entity.kind}"
            st.consumed_hits.add(id(post))
            r.extend_to = post.hit.end
            return
        if (rel == "of" and post.hit.entity.kind == "sector" and post.hit.entity.sector in OWN_BODY_SECTORS
                and headed_by_role(ph, ph.head)):
            # "a spokesman for the rebel movement", "the leader of the opposition": one of that body
            ent = post.hit.entity
            r.group_actor = Actor("", ent.name, ent.code or ent.sector, None, ent.sector, "sector", [], "")
            r.rule = "descriptor:sector+of-sector"
            st.consumed_hits.add(id(post))
            r.extend_to = post.hit.end
            return
        if rel in ("loyal", "leader") and post.hit.entity.kind != "qualifier":
            c = actor_of(st, post.hit.entity).country
            if c:
                r.country, r.rule = c, f"descriptor:sector+{rel}"
                return


def _read_antecedent(st: DocState, ph: Phrase, ent: Entity, r: _Reading) -> Actor | None:
    """ "the regime", "the army" referring back: the earlier actor itself when it has the same
    sector (returned), else its country."""
    ref = antecedent_for_sector(st, ent, ph)
    if ref is None:
        return None
    ra = ref.mention.actor
    if ra.sector == r.sector and ra.kind != "sector":
        return copy_actor(ra, f"coref:{ent.name}")
    r.country, r.rule, r.coref = ra.country, f"coref:{ent.name}", True
    return None


def _named_before(st: DocState, ph: Phrase, main: PHit) -> Actor | None:
    """A bare definite title or body word ("the president", "the union") refers to the last one
    so named in the document: the last person named as president, the last named organisation
    of that sector ("the Service Employees International Union"). None when there is none (the
    word keeps its plain reading)."""
    ent = main.hit.entity
    if ent.plural or len(ph.hits) != 1 or not _bare_definite(st, ph, main):
        return None
    if ent.role == "role":
        ref = st.history.by_title.get(ent.name)
        if ref is not None and ref.mention.end > ph.start:
            ref = None
        if ref is None and st.view.n and names_diplomat(st.view.word(ph.head)):
            # "summoned Belarus's chargé d'affaires ... The envoy was handed a note": the diplomat named
            ref = st.history.find(st.view.sent[ph.head], ph.start, lambda r: r.mention.actor.country is not None
                                  and names_diplomat(r.mention.text), window=DESCRIPTION_WINDOW)
    elif ent.role == "body":
        word = st.view.word(ph.head) if st.view.n else ""
        # ("merge the RSF into the army": an armed group is "the army" only when so named)
        ref = named_organisation(st, ph, lambda a: a.sector == ent.sector and (
            a.sector != "MIL" or word in (a.name or "").lower().split()))
        if ref is None and st.view.n:  # "the union" after "the European Union" (or "EU", "the bloc")
            ref = st.history.find(st.view.sent[ph.head], ph.start, lambda r: r.mention.actor.kind == "igo"
                                  and _last_word(r.mention.actor.name) == word, window=NAME_WINDOW)
        if st.view.n and word:
            # "the ministry" after "Iran's foreign ministry spokesman": the body a later mention names
            # outright speaks again, not an organisation named before it
            spoken = st.history.find(st.view.sent[ph.head], ph.start, lambda r: r.mention.actor.sector == ent.sector
                                     and r.mention.actor.country is not None
                                     and word in (r.mention.text or "").lower().split(), window=DESCRIPTION_WINDOW)
            if spoken is not None and (ref is None or spoken.mention.start > ref.mention.start):
                ref = spoken
    else:
        return None
    return None if ref is None else copy_actor(ref.mention.actor, f"coref:the {ent.name}")


def _named_with_word(st: DocState, ph: Phrase, main: PHit, kinds: frozenset[str] = frozenset()) -> Actor | None:
    """ "the prisoners", "the leaders", "the commander" said again: the actor last named with that
    very word as its last and a country, or one of ``kinds`` ("33 Palestinian prisoners",
    "European Union leaders", "a Hezbollah commander"), a few sentences back; None when there is
    none (the word keeps its plain reading)."""
    return _said_again(st, ph, main, lambda m, word: bool(m.actor.country or m.actor.kind in kinds)
                       and _last_word(m.text) == word)


# Besides a country's, the people a title said again may belong to ("a Hezbollah commander").
TITLE_OWNER_KINDS = frozenset({"igo"}) | GROUP_KINDS


def _last_word(text: str | None) -> str:
    words = (text or "").lower().split()
    return words[-1] if words else ""


def _said_again(st: DocState, ph: Phrase, main: PHit, same) -> Actor | None:
    """The actor of the last mention, a few sentences back, that ``same(mention, word)`` accepts
    for the phrase's head word; None when the phrase is not headed by its last hit or none is found."""
    view = st.view
    if not view.n or main.t1 - 1 != ph.head:
        return None
    word = view.word(ph.head)
    ref = st.history.find(view.sent[ph.head], ph.start, lambda r: same(r.mention, word), window=DESCRIPTION_WINDOW)
    return None if ref is None else copy_actor(ref.mention.actor, f"coref:the {word}")


def _bare_definite(st: DocState, ph: Phrase, main: PHit) -> bool:
    """The phrase is "the" + the sector word and nothing else ("the president")."""
    view = st.view
    t = main.t0 - 1
    return (
        bool(view.n)
        and t >= 0
        and main.t1 - 1 == ph.head
        and view.head[t] == ph.head
        and view.word(t) in DEFINITE
    )


def _emit_coordinated(st: DocState, ent: Entity, r: _Reading, cls: str) -> None:
    """ "British, French and German troops": a mention for each further country."""
    for h in r.extra:
        c = h.hit.entity.country
        code = compose_code(st.kb.cameo(c), ent.code or r.sector, tuple(r.quals))
        a = Actor(
            "", ent.name, code, c, r.sector, "sector", list(r.quals), "descriptor:coordinated"
        )
        emit(st, h.hit.start, h.hit.end, a, h.anchor, cls)


def qualified(st: DocState, ph: Phrase, main: PHit) -> Actor:
    """A phrase headed by an ethnic or religious word ("Iraqi Kurds", "Shia militias")."""
    quals = [
        qual(h.hit.entity) for h in ph.hits if h.hit.entity.kind == "qualifier" and h.modrel is None
    ]
    country = next(
        (
            h.hit.entity.country
            for h in ph.hits
            if h.hit.entity.kind in COUNTRY_KINDS and h.modrel is None
        ),
        None,
    )
    # a plural ethnic/religious noun is a population: "Iraqi Kurds" -> IRQCVLkur
    sector = "CVL" if main.hit.alias.text.endswith("s") else None
    code = compose_code(st.kb.cameo(country), sector, tuple(quals))
    return Actor(
        "", main.hit.entity.name, code, country, sector, "ethnic", quals, "descriptor:qualifier"
    )


def _group_so_described(st: DocState, ph: Phrase, main: PHit) -> Actor | None:
    """ "the dissidents" after "dissident FARC fighters": the named group last described with that
    word before its name or head, a few sentences back; None when there is none."""
    organ = main.hit.entity.sector if main.hit.entity.sector in STATE_ORGAN_SECTORS else None
    # ("help Sierra Leone's army fight RUF rebels" parsed as one noun phrase: "the army" is no such group)
    return _said_again(st, ph, main, lambda m, word: m.actor.kind in GROUP_KINDS
                       and (organ is None or m.actor.sector == organ)
                       and (word[:-1] if word.endswith("s") else word) in m.text.lower().split()[:-1])


# Sectors of a state's own organs: "the army" or "the police" is a group described so only when the
# group is of that sector.
STATE_ORGAN_SECTORS = frozenset({"MIL", "COP", "GOV"})
