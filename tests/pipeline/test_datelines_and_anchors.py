"""A dateline is where the report was filed, not an actor; an event with no actor, no place and
a generic word is no event; weapons launched at a country are an attack. Sentences written for
these tests."""

from __future__ import annotations

import dyads
from dyads.nlp import parse


def _coded(text: str):
    return dyads.code(text, published="2024-05-02").events


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    doc = parse("NAIROBI (AP) — Kenyan police fired tear gas at protesters.")
    first = next(iter(doc.sents))
    assert first.text.startswith("NAIROBI") and "police" not in first.text
    doc = parse("NATO and the EU met in Brussels on Monday.")
    assert len(list(doc.sents)) == 1  # capitals that open a sentence without a dash are no dateline


def test_the_dateline_place_is_not_the_subject_of_the_news(nlp):
    for text in ("NAIROBI (AP) — Kenyan police fired tear gas at protesters on Monday.",
                 "KAMPALA, Uganda — Kenyan police fired tear gas at protesters on Monday."):
        ev = next(e for e in _coded(text) if e.plover == "ASSAULT")
        assert [a.code for a in ev.source] == ["KENCOP"], text


def test_a_generic_act_with_no_actor_and_no_place_is_dropped(nlp):
    assert _coded("The visitors attacked the basket relentlessly in the fourth quarter.") == []
    evs = _coded("A roadside bomb exploded on Monday, wounding three people.")
    assert [e.plover for e in evs] == ["ASSAULT"]  # a bomb is violence even with no actor named


def test_drones_launched_at_a_country_are_an_attack(nlp):
    ev = next(e for e in _coded("Russia launched drones at Ukraine overnight.") if e.plover == "ASSAULT")
    assert {a.country for a in ev.source} == {"RUS"} and {a.country for a in ev.target} == {"UKR"}
    assert _coded("The company launched drones for parcel delivery.") == []


def test_an_abbreviation_in_the_headline_is_no_dateline(nlp):
    text = ("Brazil arrests gang leader wanted by U.S.\n\n"
            "BRASILIA, Jan 5 (AP) - Brazilian police arrested a gang leader on Thursday, the justice ministry said. "
            "Ten soldiers were killed in clashes that followed, officials said.\n")
    evs = dyads.code(text, published="2024-01-05").events
    ev = next(e for e in evs if e.trigger == "killed")
    assert {a.country for a in ev.target} == {"BRA"}
