"""The resolver's per-document state and the steps that work on it, one at a time."""

from __future__ import annotations

import gc
from dataclasses import fields

from dyads.actors.docview import DocView
from dyads.actors.kb import Entity, shipped_kb
from dyads.actors.match import find_hits
from dyads.actors.phrases import group_phrases, place_hits
from dyads.actors.postmods import postmodifiers
from dyads.actors.sector_heads import sector_head
from dyads.actors.state import ENTITY_PROTOS, DocState, actor_of
from dyads.nlp import parse


def _state(text: str, date: str | None = "2017-06-01") -> DocState:
    kb = shipped_kb()
    view = DocView(parse(text))
    st = DocState(view, text, date, kb)
    st.phrases = group_phrases(place_hits(find_hits(text, kb, date), view, text), view)
    return st


def _phrase_with_head(st: DocState, word: str):
    return next(p for p in st.phrases if st.view.word(p.head) == word)


def test_the_kb_entities_carry_no_resolver_cache(run):
    run("The Iraqi army met Turkish police in Baghdad.")
    assert not any("proto" in f.name for f in fields(Entity))


def test_entity_prototypes_are_kept_by_entity_and_go_with_it():
    st = _state("Hamas fighters attacked.")
    ent = Entity("learned:Zembla Front", "group", "Zembla Front", code="ZEMREB", sector="REB")
    assert actor_of(st, ent).code == "ZEMREB"
    assert ENTITY_PROTOS.get(ent) is not None
    ent_id = id(ent)
    del ent
    gc.collect()
    assert ent_id not in ENTITY_PROTOS._by_id


def test_sector_head_reads_the_country_after_of_and_covers_it():
    text = "The defence minister of Peru resigned."
    st = _state(text)
    ph = _phrase_with_head(st, "minister")
    assert [rel for rel, _ in postmodifiers(st, ph)] == ["of"]
    main = next(h for h in ph.hits if h.t0 <= ph.head < h.t1)
    got = sector_head(st, ph, main, [])
    assert (got.actor.code, got.actor.rule) == ("PERGOV", "descriptor:sector+of-country")
    assert text[got.extend_to - 4 : got.extend_to] == "Peru"
    assert st.consumed_hits  # "Peru" is folded into this phrase, no mention of its own


def test_a_surname_given_both_genders_takes_the_one_it_is_given_most():
    from dyads.actors.state import honorific_genders

    text = "Mr. Obama spoke. Mr. Obama left. Ms. Obama stayed. Ms. Lee and Mr. Lee came."
    assert honorific_genders(text) == {"obama": "m"}  # a tie (Lee) says nothing


def test_she_is_not_the_man_whose_daughter_or_wife_shares_his_name(nlp):
    import dyads

    doc = dyads.code("WASHINGTON - Mr. Obama said on Tuesday that Ms. Clinton would leave the State Department in "
                     "January. \u201cShe has done a fantastic job,\u201d Mr. Obama said. Mr. Obama later thanked Ms. "
                     "Obama for her support.", published="2012-05-01")
    assert all(m.actor.name != "Barack Obama" for m in doc.mentions if m.text == "She")
