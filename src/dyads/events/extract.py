"""The event extractor: every trigger in every sentence, with its arguments, modality and time.

``extract(doc, article, mentions, places, country_code=...)`` is the stage's entry point (see
pipeline.py): the events of each sentence, then countries and targets from the places
(``place_targets``), then the events that still have no actor are dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from dyads.events import acled_rules, lexicon, quantities, timex
from dyads.events.arguments import MentionIndex, actors_of, nominal_roles, prep_object, verbal_roles
from dyads.events.cues import Cues, load_cues
from dyads.events.modality import analyse
from dyads.events.place_targets import sentence_countries, targets_from_places
from dyads.model import Actor, Article, Event, Mention, Place

# Confidence given to an event by how much of it was found (calibrated by hand, not yet on gold).
CONF_BASE = 0.4
CONF_SOURCE = 0.25
CONF_TARGET = 0.2
CONF_IMPLICIT = 0.6

# PLOVER types whose verbal complement is content, not an act ("agreed to withdraw").
CONTENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE", "CONSULT"}
CONTENT_LINKS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj"}
CONTENT_CLIMB = 4

# Types where conjoined subjects act on each other ("X and Y agreed / formed a bloc").
MUTUAL_TYPES = {"AGREE", "COOPERATE", "CONSULT"}

# Subjects that deny the event ("None of them attacked").
NEGATIVE_QUANTIFIERS = {"none", "nobody", "neither", "nothing", "no-one"}

# Compound modifiers that carry a relation: "US-backed X" (X supported by US), "Iran-allied X".
SUPPORT_PARTICIPLES = {"back", "backed", "sponsor", "sponsored", "fund", "funded", "arm", "armed", "support", "supported", "ally", "allied", "train", "trained", "finance", "financed"}
FRIENDLY_ADJ = {"friendly", "leaning", "aligned"}


def _event_id(doc_id: str, start: int, plover: str, extra: str = "") -> str:
    return hashlib.sha1(f"{doc_id}:{start}:{plover}:{extra}".encode()).hexdigest()[:16]


def _sent_date(sent: Span, trigger: Token, published: str | None, dates: list[Span] | None = None
               ) -> tuple[str | None, str | None]:
    """Date of the event: a DATE entity attached to the trigger's clause, else the publication."""
    best = None
    if dates is None:
        dates = [e for e in sent.ents if e.label_ == "DATE"]
    for ent in dates:
        # does the date hang from the trigger or from a verb that governs the trigger?
        anc = {t.i for t in trigger.ancestors} | {trigger.i}
        root = ent.root
        tok = root
        hops = 0
        while tok.head != tok and tok.i not in anc and hops < 4:
            tok = tok.head
            hops += 1
        if tok.i in anc:
            best = ent
            break
    if best is None and len(dates) == 1 and trigger.pos_ != "VERB":
        best = dates[0]
    if best is not None:
        got = timex.resolve(best.text, published)
        if got:
            return got
    if published:
        return published, "publication"
    return None, None


def _attribution(mod, mi: MentionIndex) -> Actor | None:
    if mod.attribution_tok is not None:
        found = actors_of(mod.attribution_tok, mi)
        if found:
            return found[0]
        return Actor(text=mod.attribution_tok.text, kind="unresolved", rule="reporting verb subject")
    if mod.attribution_text:
        return Actor(text=mod.attribution_text, name="unnamed reports", kind="report", rule="reporting adverb")
    return None


def _make_event(article: Article, sent: Span, trig_span: Span, coding, source, target, *, modality="asserted",
                attribution=None, confidence=0.5, rule="", quants=(), implicit=False, trigger_tok=None,
                dates=None, background=False) -> Event:
    date, prec = _sent_date(sent, trigger_tok or trig_span.root, article.published, dates)
    return Event(
        id=_event_id(article.doc_id, trig_span.start_char, coding.plover, rule),
        doc_id=article.doc_id,
        sentence=sent.text,
        evidence=(trig_span.start_char, trig_span.end_char),
        trigger=trig_span.text,
        plover=coding.plover,
        mode=coding.mode,
        cameo=coding.cameo,
        quad_class=coding.quad_class,
        goldstein=coding.goldstein,
        acled=coding.acled,
        acled_type=coding.acled_type,
        source=list(source),
        target=list(target),
        date=date,
        date_precision=prec,
        modality=modality,
        attribution=attribution,
        confidence=round(confidence, 2),
        rule=rule,
        quantities=list(quants),
        implicit=implicit,
        background=background,
    )


def _same(a: list[Actor], b: list[Actor]) -> list[Actor]:
    """Drop from ``b`` the actors also in ``a`` (an actor does not act on itself)."""
    codes = {(x.code, x.name) for x in a}
    return [x for x in b if (x.code, x.name) not in codes]


def _events_in_sentence(sent: Span, article: Article, mi_all: MentionIndex, cues: Cues,
                        dates: list[Span] | None = None, report=None) -> list[Event]:
    out: list[Event] = []
    weak_ids: set[str] = set()
    if dates is None:
        dates = [e for e in sent.ents if e.label_ == "DATE"]
    mi = mi_all
    matches = lexicon.find(sent)
    matches += _inner_nominal_events(matches, sent)
    suppressed: set[int] = set()
    analysed = {}
    for m in matches:
        analysed[m.head.i] = analyse(m.head, cues)
    # Complements of speech acts (threats, demands, agreements, refusals, accusations) are not acts:
    # they become the content of the speech act ("threatened to bomb", "agreed to withdraw").
    heads = {x.head.i: x for x in matches}
    trigger_heads = frozenset(heads)
    for m in matches:
        gov = _content_governor(m.head, heads)
        if gov is not None:
            suppressed.add(m.head.i)
            mod = analysed[m.head.i]
            if mod.embedded_under is None:
                mod.embedded_under = gov.head
                mod.embedded_kind = gov.coding.plover.lower()
    for m in matches:
        if m.head.i in suppressed:
            continue
        head = m.head
        coding = m.coding
        mod = analysed[head.i]
        is_verb = head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
        if _idiom_noun(head):
            continue
        if not is_verb and head.dep_ in ("nsubj", "nsubjpass") and head.head.i in trigger_heads:
            continue  # "US bombs levelled buildings": the noun is the agent of the verb's event
        mi = mi_all.without(m.start, m.end, sent.doc)
        if is_verb:
            roles = verbal_roles(head, coding.target_preps, mi)
            if not roles.target and m.end - m.start > 1:
                # multiword verbal trigger ("threaten to bomb X"): the object hangs from its last verb
                inner = [t for t in sent.doc[m.start : m.end] if t != head and t.pos_ == "VERB"]
                if inner:
                    sub = verbal_roles(inner[-1], coding.target_preps, mi)
                    roles.target, roles.target_tok = sub.target, sub.target_tok
                preps = coding.target_preps | cues.default_target_preps
                if (coding.quad_class or 0) <= 2:
                    preps = preps - {"against"}  # cooperation "against X": X is the adversary
                for t in sent.doc[m.start : m.end]:
                    if roles.target:
                        break
                    p = prep_object(t, preps, mi)
                    if p is not None:
                        roles.target, roles.target_tok = actors_of(p, mi), p
        else:
            roles = nominal_roles(head, coding.target_preps, mi, cues, trigger_heads)
        source, target = roles.source, roles.target
        if not source and roles.source_tok is not None and roles.source_tok.pos_ == "PRON":
            source = _reporter_antecedent(roles.source_tok, mi, cues)
            if source:
                roles.how.append(f"'{roles.source_tok.text}' is the reporting subject")
        attribution = _attribution(mod, mi)
        modality = mod.modality
        if roles.source_tok is not None and roles.source_tok.lower_ in NEGATIVE_QUANTIFIERS and modality == "asserted":
            modality = "negated"
            mod.reasons = (*mod.reasons, f"subject '{roles.source_tok.text}'")
        rule = f"lexicon '{coding.trigger}' ({'verb' if is_verb else 'noun'}); " + ", ".join(roles.how)
        # Threat idioms said by someone ("X will pay a heavy price"): speaker -> subject.
        if _content_words(coding.trigger) in {_content_words(x) for x in cues.speaker_threat_triggers}:
            speaker = [attribution] if attribution is not None and attribution.code else []
            source, target = speaker, source or target
            rule += "; speaker threatens subject"
        # A content clause that holds no coded event still names who is asked / threatened:
        # "demanded that X forsake ...", "threatened X with ...".
        if coding.plover in CONTENT_TYPES and not target:
            target = _content_clause_target(head, coding, mi)
        # The content of a threat or request gives the threat/request its target.
        if coding.plover in ("THREATEN", "REQUEST") and not target:
            for other in matches:
                omod = analysed[other.head.i]
                if omod.embedded_under is not None and omod.embedded_under.i == head.i:
                    o_is_verb = other.head.pos_ == "VERB"
                    oroles = (verbal_roles(other.head, other.coding.target_preps, mi) if o_is_verb
                              else nominal_roles(other.head, other.coding.target_preps, mi, cues))
                    if coding.plover == "REQUEST":
                        target = oroles.source or oroles.target  # "demanded that X cut ties": X is asked
                    else:
                        target = oroles.target or ([] if o_is_verb else oroles.source)
                    if target:
                        rule += f"; content '{other.coding.trigger}'"
                    break
        if coding.plover == "THREATEN" and (modality in ("asserted", "intended") or "speaker threatens" in rule):
            modality = "threatened"
        coding, modality, rule = _commitment(coding, modality, mod, cues, rule, head.dep_)
        target = _same(source, target)
        conf = CONF_BASE + (CONF_SOURCE if source else 0) + (CONF_TARGET if target else 0)
        if mod.reasons:
            rule += "; " + "; ".join(mod.reasons)
        background = not is_verb and _adjunct_of(head, trigger_heads) is not None
        if background:
            rule += f"; {BACKGROUND} '{_adjunct_of(head, trigger_heads).text}'"
        trig_span = sent.doc[m.start : m.end]
        if not source and not target:
            conf = CONF_BASE - 0.1
        adversaries: list[Actor] = []
        mutual = False
        if (coding.quad_class or 0) <= 2:
            tt = roles.target_tok
            if tt is not None and tt.dep_ == "pobj" and tt.head.lower_ == "against":
                target = []
            # "X and Y formed a bloc against Z": X and Y cooperate with each other; Z is opposed
            mutual = not target and len(source) >= 2 and coding.plover in MUTUAL_TYPES and "passive" not in roles.how
            if mutual:
                rule += "; conjoined sources act on each other"
            for t in sent.doc[m.start : m.end]:
                p = prep_object(t, {"against"}, mi)
                if p is not None:
                    adversaries = [a for a in actors_of(p, mi) if a not in source]
                    break
        # one event per direction for a mutual act: "X and Y formed a bloc" is X->Y and Y->X
        pairs = [([a], [b for b in source if b is not a]) for a in source] if mutual else [(source, target)]
        for k, (src, tgt) in enumerate(pairs):
            out.append(
                _make_event(article, sent, trig_span, coding, src, tgt, modality=modality,
                            attribution=attribution, confidence=conf, rule=rule + (f" ({k + 1})" if mutual else ""),
                            quants=quantities.quantities_for(head), trigger_tok=head, dates=dates,
                            background=background)
            )
            if coding.weak:
                weak_ids.add(out[-1].id)
        oppose = lexicon.by_plover("REJECT")
        if adversaries and oppose is not None and source:
            out.append(_make_event(article, sent, trig_span, oppose, source, adversaries, modality=modality,
                                   attribution=attribution, confidence=CONF_IMPLICIT,
                                   rule=f"implicit: '{coding.trigger}' against an adversary (opposition)",
                                   implicit=True, trigger_tok=head, dates=dates))
    _share_sources(out)
    # Weak triggers need an actor here; other events without one wait for a place to give them
    # a target (``_drop_actorless`` then keeps only violence and unrest that ACLED codes with
    # unidentified actors: "a roadside bomb killed two soldiers").
    out = [e for e in out if e.source or e.target or e.id not in weak_ids]
    if out:
        sg = acled_rules.sentence_grams(sent)
        for ev in out:
            acled_rules.refine(ev, sent, sg, report)
    out.extend(_implicit_events(sent, article, mi))
    return out


def _commitment(coding: lexicon.Coding, modality: str, mod, cues: Cues, rule: str, trigger_dep: str = ""):
    """PLOVER codes an announced act by its direction (see cues.yaml, commitment_cues):
    "will withdraw troops unless ..." is THREATEN, "will give a grant" is AGREE, "will not accept
    refugees" is REJECT. The announced act stays in ``rule``; an attempt ("trying to") keeps its type."""
    if any(r.startswith("subject '") for r in mod.reasons):
        return coding, modality, rule  # "None of them offered ...": no one acted, nothing to recode
    if coding.plover == "AGREE" and modality == "negated":
        recoded = lexicon.by_plover("REJECT")  # "did not / will not accept" is a refusal
        if recoded is not None:
            return recoded, "asserted", rule + f"; negated '{coding.trigger}' coded as REJECT"
    if coding.plover in ("THREATEN", "AGREE", "REJECT", "REQUEST", "ACCUSE"):
        return coding, modality, rule
    if trigger_dep in ("nsubj", "nsubjpass"):
        return coding, modality, rule  # "the capture would mean ...": a consequence, not an announcement
    committed = mod.cue in cues.commitment_cues or (modality == "hypothetical" and mod.conditional)
    if not committed:
        return coding, modality, rule
    # "will do X unless Y" is coercive whatever X is: a threat
    hostile = (coding.quad_class or 0) >= 3 or mod.condition == "unless"
    if modality == "negated" and not hostile:
        target_type = "REJECT"
    elif modality in ("intended", "hypothetical"):
        target_type = "THREATEN" if hostile else "AGREE"
    else:
        return coding, modality, rule
    recoded = lexicon.by_plover(target_type)
    if recoded is None:
        return coding, modality, rule
    rule += f"; announced '{coding.trigger}' ({coding.plover}) coded as {target_type}"
    return recoded, ("threatened" if target_type == "THREATEN" else modality), rule


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


def _content_clause_target(head: Token, coding, mi: MentionIndex) -> list[Actor]:
    """Who a speech act is aimed at, read off its content clause (verbal or nominal trigger):
    "demanded that X ...", "its demand that X ...": X is asked; "threatened to strike unless X
    ...": X is threatened; "refused to lift the curfew on X": X is refused."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    for c in clauses[:1]:
        sub = verbal_roles(c, coding.target_preps, mi)
        if coding.plover == "REQUEST":
            return sub.source or sub.target
        if sub.target:
            return sub.target
    if coding.plover == "THREATEN":
        # the condition of a threat names whom it is aimed at ("... unless X lowers its tariffs")
        for verb in [head, *clauses[:1]]:
            for cc in verb.children:
                if cc.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in cc.children):
                    cond = verbal_roles(cc, coding.target_preps, mi)
                    if cond.source:
                        return cond.source
    return []


def _share_sources(events: list[Event]) -> None:
    """Within a sentence, an event without a source takes the source of the nearest earlier event
    of the same kind (same CAMEO code: a repeated mention, "the US-led air raids ... 200 air
    strikes a day")."""
    for i, ev in enumerate(events):
        if ev.source:
            continue
        for prev in reversed(events[:i]):
            if prev.cameo == ev.cameo and prev.source and prev.modality == ev.modality:
                ev.source = list(prev.source)
                ev.target = _same(ev.source, ev.target)
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


def _reporter_antecedent(pron: Token, mi: MentionIndex, cues: Cues) -> list[Actor]:
    """"Switzerland said it had expelled ...": a pronoun subject of a reported clause refers to
    the subject of the reporting verb."""
    clause = pron.head
    for _ in range(3):
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in cues.report_verbs:
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            return actors_of(subj, mi) if subj is not None and subj.i < pron.i else []
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return []


def _content_words(trigger: str) -> str:
    return " ".join(w for w in trigger.lower().split() if w not in ("a", "an", "the", "heavy", "high", "dear"))


def _idiom_noun(head: Token) -> bool:
    """A bare nominal trigger in an adverbial idiom ("in advance", "in response") is not an event."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.lower_ not in ("in", "on"):
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in head.children)


def _content_governor(tok: Token, heads: dict) -> lexicon.Match | None:
    """The speech-act trigger whose complement ``tok`` is, if any."""
    link = tok
    for _ in range(CONTENT_CLIMB):
        if link.dep_ not in CONTENT_LINKS or link.head == link:
            return None
        link = link.head
        gov = heads.get(link.i)
        if gov is not None and gov.coding.plover in CONTENT_TYPES:
            return gov  # the nearest speech act above; other events in between are its content too
    return None


def _implicit_events(sent: Span, article: Article, mi: MentionIndex) -> list[Event]:
    """Relations carried by compound modifiers: "US-backed X", "Israeli-friendly X"."""
    out: list[Event] = []
    support = lexicon.by_trigger().get("back") or lexicon.by_trigger().get("support")
    if support is None:
        return out
    for tok in sent:
        lemma = tok.lemma_.lower()
        text = tok.lower_
        if tok.dep_ not in ("amod", "compound", "acl") or tok.i == 0 or sent.doc[tok.i - 1].text != "-":
            continue
        left = [c for c in tok.children if c.i < tok.i and c.pos_ in ("PROPN", "NOUN", "ADJ")]
        if not left and tok.i >= 2:
            left = [sent.doc[tok.i - 2]]
        holder = tok.head
        if lemma in SUPPORT_PARTICIPLES or text in SUPPORT_PARTICIPLES:
            # the resolver may have folded "US-backed X" into one mention of X with supporters
            src = [a for t in left for m in mi.at(t) for a in (m.supporters or [m.actor])]
            tgt = actors_of(holder, mi)
            tgt = _same(src, tgt)
            rule = f"implicit: '{left[0].text if left else ''}-{tok.text}' modifier"
        elif text in FRIENDLY_ADJ:
            tgt = [m.actor for t in left for m in mi.at(t)]
            src = actors_of(holder, mi)
            rule = f"implicit: '-{tok.text}' modifier (holder supports the named actor)"
        else:
            continue
        if not src or not tgt:
            continue
        start = left[0].idx if left else tok.idx
        trig = sent.doc.char_span(start, tok.idx + len(tok.text), alignment_mode="expand")
        out.append(
            _make_event(article, sent, trig, support, src, _same(src, tgt), confidence=CONF_IMPLICIT,
                        rule=rule, implicit=True, trigger_tok=holder)
        )
    return out


# ACLED event types coded even when no actor is named ("unidentified armed group").
UNATTRIBUTED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


# Strategic developments specific enough to code without a named actor ("three men were arrested").
UNATTRIBUTED_SUBTYPES = {"Arrests", "Disrupted weapons use", "Looting/property destruction"}


def _unattributed_ok(ev: Event) -> bool:
    return ev.acled_type in UNATTRIBUTED_TYPES or ev.acled in UNATTRIBUTED_SUBTYPES


def _drop_actorless(events: list[Event]) -> list[Event]:
    """The final filter: an event needs an actor, except violence and unrest that ACLED codes
    with unidentified actors. It runs after places have supplied targets."""
    return [e for e in events if e.source or e.target or _unattributed_ok(e)]


def extract(doc: Doc, article: Article, mentions: list[Mention], places: Sequence[Place], *,
            country_code: Callable[[str], str | None]) -> list[Event]:
    """Events in a parsed article: the events stage's entry point (see pipeline.py).

    ``mentions``: the resolved actor mentions (actors stage); ``places``: the places the article
    names (geo stage), which give targets to events that name none and countries to actors
    named by a bare sector word; ``country_code(iso3)``: the actor code of a country (the
    actor KB's coding scheme). Events with no actor are dropped, except violence and unrest
    that ACLED codes with unidentified actors."""
    events = _sentence_events(doc, article, mentions)
    events = sentence_countries(events, doc, mentions, list(places), country_code)
    events = targets_from_places(events, doc, country_code, list(places))
    return _drop_actorless(events)


def _sentence_events(doc: Doc, article: Article, mentions: list[Mention]) -> list[Event]:
    """The events of every sentence, including those still without an actor (weak triggers
    excepted): places may give them a target."""
    cues = load_cues()
    mi = MentionIndex(doc, mentions)
    events: list[Event] = []
    seen_sentences: set[str] = set()
    # DATE entities bucketed by sentence once (Span.ents rescans the whole document each call)
    dates_by_sent: dict[int, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ == "DATE":
            dates_by_sent.setdefault(ent.sent.start, []).append(ent)
    report = acled_rules.sentence_grams(doc[:]) if len(doc) else None
    for sent in doc.sents:
        key = " ".join(sent.text.split())
        if key in seen_sentences:  # a caption or pull quote repeating a sentence: code it once
            continue
        seen_sentences.add(key)
        events.extend(_events_in_sentence(sent, article, mi, cues, dates_by_sent.get(sent.start, []), report))
    return events
