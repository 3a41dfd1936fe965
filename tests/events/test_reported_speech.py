"""Reported obligations and judgements are demands, praise and blame (events/deontic.py, events/evaluation.py)."""

from __future__ import annotations

import dyads


def _requests(text: str):
    return [e for e in dyads.code(text, published="2019-05-10").events if e.plover == "REQUEST"]


def test_a_leader_saying_another_country_must_act_demands_it(nlp):
    [ev] = _requests("The German chancellor said Greece must respect its commitments.")
    assert [a.country for a in ev.source] == ["DEU"]
    assert [a.country for a in ev.target] == ["GRC"]
    assert ev.implicit and "demand" in ev.rule


def test_need_to_and_should_are_obligations_and_the_members_of_a_list_count(nlp):
    [ev] = _requests("The French president stressed that some governments, including Poland's, needed to do more.")
    assert "POL" in {a.country for a in ev.target}
    assert _requests("The Russian president told reporters that Ukraine should withdraw its troops.")


def test_no_demand_on_oneself_nor_without_a_speaker_or_an_obligation(nlp):
    assert not _requests("The German chancellor said that she must leave early.")
    assert not _requests("Greece must respect its commitments.")
    assert not _requests("The German chancellor said Greece respected its commitments.")


def test_praise_and_blame_in_a_reported_statement_are_support_and_accusation(nlp):
    events = dyads.code("The Chinese foreign ministry said Japan's behaviour was provocative and irresponsible.").events
    [ev] = [e for e in events if e.plover == "ACCUSE"]
    assert [a.country for a in ev.target] == ["JPN"] and "judgement" in ev.rule
    events = dyads.code("Ms. Haley resigned on Tuesday. \"She has done a fantastic job,\" Mr. Trump said.").events
    assert [e for e in events if e.plover == "SUPPORT" and "judgement" in e.rule]
    assert not [e for e in dyads.code("The Turkish president said Greece was not a terrorist state.").events
                if e.plover == "ACCUSE"]


def test_a_minister_saying_his_own_country_needs_reforms_demands_nothing_of_anyone(nlp):
    assert not _requests("India needs to pass several reforms in the banking sector, the Indian finance minister said.")


def test_bearing_consequences_and_a_promised_attack_are_threats(nlp):
    events = dyads.code("The Chinese foreign ministry said Japan would bear all consequences if it continued.").events
    [ev] = [e for e in events if e.plover == "THREATEN"]
    assert [a.country for a in ev.target] == ["JPN"]
    events = dyads.code("The Sudanese army pledged to crush the rebels in Darfur.").events
    assert [e.plover for e in events] == ["THREATEN"]
    events = dyads.code("Norway and Canada have agreed to carry out joint military exercises in the spring.").events
    assert "THREATEN" not in {e.plover for e in events}


def test_a_pledge_takes_the_target_of_what_it_promises(nlp):
    events = dyads.code("The Israeli prime minister pledged to release Palestinian prisoners next week.").events
    agree = [e for e in events if e.plover == "AGREE"]
    assert agree and {a.country for a in agree[0].target} == {"PSE"}


def test_a_demand_s_content_is_not_an_act_and_insisting_on_demands_targets_who_must_act(nlp):
    events = dyads.code("The International Labour Office reiterated its demand that Israel ease "
                        "restrictions on Palestinian workers.").events
    assert [e.plover for e in events] == ["REQUEST"]
    assert {a.country for a in events[0].target} == {"ISR"}
    events = dyads.code("The largest Tamil rebel movement insisted on its demands that Sri Lanka's government "
                        "grant the Tamil minority wider autonomy.").events
    [ev] = [e for e in events if e.plover == "REQUEST"]
    assert [a.code for a in ev.target] == ["LKAGOV"]
