"""Reactions aimed at who did the act they name, other parties' unnamed organs, names that hold a
demonym, demonstrators' violence, and senses that depend on the object: sentences written for
these tests."""

from __future__ import annotations

import dyads


def _coded(text: str):
    return dyads.code(text, published="2023-03-14").events


def _countries(actors):
    return {a.country for a in actors}


def test_a_reaction_to_a_named_act_is_aimed_at_its_doer(nlp):
    evs = _coded("Russian forces shelled the city of Kharkiv on Monday. Germany condemned the attack on Tuesday.")
    ev = next(e for e in evs if e.plover == "ACCUSE")
    assert _countries(ev.source) == {"DEU"}
    assert _countries(ev.target) == {"RUS"}
    assert "condemned" == ev.trigger and "who did" in ev.rule


def test_rejecting_an_accusation_targets_the_accuser(nlp):
    evs = _coded("Serbia accused Kosovo of preparing an attack on the Serb minority. "
                 "Kosovo's prime minister rejected the accusation.")
    ev = next(e for e in evs if e.plover == "REJECT")
    assert _countries(ev.target) == {"SRB"}


def test_a_party_defending_its_own_act_gets_no_target_from_it(nlp):
    evs = _coded("Iran fired missiles at Israel on Tuesday. Iranian officials defended the strike.")
    for ev in evs:
        if ev.plover in ("SUPPORT", "REJECT", "ACCUSE") and ev.trigger == "defended":
            assert "IRN" not in _countries(ev.target)


def test_an_act_noun_with_its_own_actor_keeps_the_clause_reading(nlp):
    evs = _coded("Russian forces shelled Kharkiv on Monday. France condemned the attack on the hospital by militias.")
    ev = next(e for e in evs if e.plover == "ACCUSE")
    assert "who did" not in ev.rule


def test_the_european_union_is_no_trade_union(nlp):
    evs = _coded("Myanmar's army bombed a village on Tuesday. "
                 "The United States and the European Union condemned the strike.")
    assert not [e for e in evs if e.plover == "PROTEST"]


def test_another_states_unnamed_organ_is_not_the_speakers_own(nlp):
    ev = next(e for e in _coded("The United States called on the junta to end its violence against civilians.")
              if e.plover == "REQUEST")
    assert "USA" not in _countries(ev.target)
    ev = next(e for e in _coded("The government accused Russia of meddling in the election.") if e.plover == "ACCUSE")
    assert "RUS" not in _countries(ev.source)
    # the police and the protesters of one country stay that country's
    ev = next(e for e in _coded("The police arrested protesters in Nairobi.") if e.plover == "COERCE")
    assert _countries(ev.source) == {"KEN"}


def test_a_demonym_inside_a_persons_name_is_no_country(nlp):
    coded = dyads.code("U.N. rights chief Volker Turk said he was horrified by the bombing.")
    assert all(m.actor.country != "TUR" for m in coded.mentions)
    coded = dyads.code("Croatian Serbs rejected the new election law on Monday.")
    assert any(m.actor.country == "HRV" for m in coded.mentions)


def test_demonstrators_storming_a_building_is_a_riot(nlp):
    ev = next(e for e in _coded("Protesters stormed the parliament building in Lima on Thursday.")
              if e.trigger == "stormed")
    assert ev.plover == "PROTEST" and ev.cameo == "145"
    assert ev.acled == "Violent demonstration"
    ev = next(e for e in _coded("Protesters killed a police officer in Lima on Thursday.") if e.trigger == "killed")
    assert ev.plover == "ASSAULT"


def test_executing_a_warrant_kills_no_one(nlp):
    assert not [e for e in _coded("Investigators tried to execute an arrest warrant on Friday.") if e.plover == "ASSAULT"]
    assert [e for e in _coded("The regime executed three dissidents on Monday.") if e.plover == "ASSAULT"]


def test_the_possessor_of_an_arrest_is_arrested(nlp):
    ev = next(e for e in _coded("Police announced Emmanuel Macron's arrest in Dhaka on Monday.")
              if e.trigger == "arrest")
    assert _countries(ev.target) == {"FRA"}
    assert "FRA" not in _countries(ev.source)
    # "X's release of prisoners": X releases
    ev = next(e for e in _coded("Russia's release of the prisoners came on Monday.") if e.trigger == "release")
    assert _countries(ev.source) == {"RUS"}


def test_they_will_pay_for_it_is_a_threat(nlp):
    ev = next(e for e in _coded("Israel's prime minister said Iran had made a big mistake and would pay for it.")
              if e.plover == "THREATEN")
    assert _countries(ev.source) == {"ISR"} and _countries(ev.target) == {"IRN"}
    ev = next(e for e in _coded("The European Commission said it was ready to use all tools at its disposal.")
              if e.plover == "THREATEN")
    assert ev.modality == "threatened"


def test_a_party_named_by_shared_words_is_the_home_countrys(nlp):
    text = ("SEOUL, Jan 4 - South Korea's president faced new protests in Seoul on Saturday. "
            "The opposition Democratic Party accused the presidential guard of obstructing justice.")
    ev = next(e for e in dyads.code(text, published="2025-01-04").events if e.plover == "ACCUSE")
    assert _countries(ev.source) == {"KOR"}
    ev = next(e for e in _coded("The Democratic Party accused President Trump of lying.") if e.plover == "ACCUSE")
    assert _countries(ev.source) == {"USA"}


def test_a_count_of_someones_supporters_is_not_that_someone(nlp):
    ev = next(e for e in _coded("Hundreds of Macron's supporters gathered to block the road in Paris.")
              if e.plover == "PROTEST")
    # (his supporters are civilians of his country, not Macron himself)
    assert ev.source and all(a.kind != "person" and "GOV" not in (a.code or "") for a in ev.source)


def test_a_police_force_is_an_it(nlp):
    evs = _coded("The European Union called for calm. Kosovo police said one of its officers was wounded on Monday.")
    ev = next(e for e in evs if e.trigger == "wounded")
    assert all(a.code != "IGOEUREEC" for a in ev.target)
    assert _countries(ev.target) == {"XKX"}


def test_a_patrol_fired_on_is_the_target_not_a_deployment(nlp):
    evs = _coded("Unknown gunmen opened fire on a police patrol near the village.")
    assert not [e for e in evs if e.plover == "MOBILIZE"]
    ev = next(e for e in evs if e.plover == "ASSAULT")
    assert [a.sector for a in ev.target] == ["COP"]


def test_every_infinitive_of_a_request_is_its_content(nlp):
    evs = _coded("The European Union called on both sides to show restraint and to remove the barricades.")
    assert [e.plover for e in evs] == ["REQUEST"]
    evs = _coded("Russia called for calm and attacked the town.")
    assert "ASSAULT" in [e.plover for e in evs]


def test_a_place_in_another_subjects_clause_is_not_the_events_place(nlp):
    ev = next(e for e in _coded("Ethiopian forces clashed with Tigrayan fighters on Sunday, hours before both "
                                "sides agreed to return to peace talks in South Africa.") if e.plover == "ASSAULT")
    assert ev.place is None or ev.place.country != "ZAF"


def test_where_leaders_meet_says_nothing_of_their_country(nlp):
    text = ("WASHINGTON, July 20 - The White House said on Monday the tour would center on investment. "
            "The president is due to meet relatives in Kenya. ASEAN ministers will discuss the dispute at a "
            "meeting in Jakarta.")
    evs = dyads.code(text, published="2025-07-20").events
    ev = next(e for e in evs if e.trigger == "meet")
    assert _countries(ev.source) == {"USA"}
    assert _countries(ev.target) == {"KEN"}  # whom one meets there is of the place
    ev = next(e for e in evs if e.trigger == "discuss")
    assert "IDN" not in _countries(ev.target)


def test_a_junta_condemning_militants_of_its_own_country_targets_them(nlp):
    evs = _coded("Islamist militants killed 12 villagers in northern Mali on Sunday. "
                 "Mali's ruling junta condemned the attack.")
    ev = next(e for e in evs if e.plover == "ACCUSE")
    assert [a.sector for a in ev.target] == ["REB"]


def test_displaced_people_are_no_retreat(nlp):
    evs = _coded("The fighting has forced two million people to flee their homes in Sudan.")
    assert not [e for e in evs if e.plover == "RETREAT"]


def test_sanctions_target_without_an_attack(nlp):
    evs = _coded("The EU adopted new sanctions on Monday targeting Russia's gas trade.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    assert [e for e in evs if e.plover == "SANCTION"]


def test_a_weapons_name_as_a_modifier_is_no_attack(nlp):
    evs = _coded("Japan and South Korea agreed to share missile warning data in real time.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    evs = _coded("The missile flew about 600 km before landing in the sea.")
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_no_agreement_label_for_fighting_or_a_demand(nlp):
    evs = _coded("The two sides agreed to a ceasefire after fighting that has killed hundreds of people.")
    assert all(e.acled != "Agreement" for e in evs if e.plover == "ASSAULT")
    evs = _coded("The UN chief condemned the violence and called for a ceasefire.")
    assert all(e.acled != "Agreement" for e in evs if e.plover in ("ACCUSE", "REQUEST"))


def test_clashes_between_protesters_and_police_are_a_riot(nlp):
    ev = next(e for e in _coded("Seven people were killed in clashes between protesters and police in Lima.")
              if e.plover == "ASSAULT")
    assert ev.acled == "Violent demonstration"


def test_deciding_not_to_go_ahead_with_an_act_negates_it_and_it_keeps_its_target(nlp):
    evs = _coded("On Monday, the US Treasury imposed sanctions on Venezuelan oil firms. "
                 "The following day, the president decided not to go ahead with those sanctions.")
    ev = next(e for e in evs if e.trigger == "sanctions" and "go" in e.rule)
    assert ev.plover == "SANCTION" and ev.modality == "negated"
    assert _countries(ev.target) == {"VEN"}


def test_announced_acts_keep_their_kind_in_the_threat_code(nlp):
    ev = next(e for e in _coded("The army said it would attack the town.") if e.plover == "THREATEN")
    assert ev.cameo == "138"
    text = ("WASHINGTON, April 3 - The United States is weighing new measures. "
            "The administration said it would impose sanctions on Russian companies.")
    ev = next(e for e in dyads.code(text, published="2024-04-03").events if e.plover == "THREATEN")
    assert ev.cameo == "1312"
    assert _countries(ev.source) == {"USA"}  # not the sanctioned companies' own government


def test_floods_kill_without_an_attack(nlp):
    assert not [e for e in _coded("Floods caused by the storm have killed at least 16 people in Poland.")
                if e.plover == "ASSAULT"]
    assert not [e for e in _coded("At least 16 people were killed by floods in Poland.") if e.plover == "ASSAULT"]
    assert [e for e in _coded("Gunmen killed 16 people in Poland.") if e.plover == "ASSAULT"]


def test_defusing_a_crisis_disarms_no_one(nlp):
    assert not [e for e in _coded("The envoy travelled to Beirut to try to defuse the crisis.") if e.plover == "COERCE"]
    assert [e for e in _coded("Soldiers defused a roadside bomb near Kandahar.") if e.plover == "COERCE"]


def test_a_description_by_participle_is_no_report(nlp):
    evs = _coded("Mexican security forces arrested a son of the jailed drug lord on Thursday.")
    assert [e.trigger for e in evs] == ["arrested"]


def test_a_conjunct_with_its_own_object_is_active(nlp):
    ev = next(e for e in _coded("Armenia's prime minister said his country was not involved in the fighting and "
                                "accused Azerbaijan of trying to drag Armenia into the war.") if e.plover == "ACCUSE")
    assert _countries(ev.source) == {"ARM"} and _countries(ev.target) == {"AZE"}


def test_a_participle_that_is_the_only_predicate_is_active(nlp):
    ev = next(e for e in _coded("Russia, which has about 2,000 peacekeepers in the region, called on both sides "
                                "to stop the bloodshed.") if e.plover == "REQUEST")
    assert _countries(ev.source) == {"RUS"}


def test_backed_forces_are_not_the_backers(nlp):
    text = ("DAMASCUS, May 2 - Fighting spread in northern Syria on Monday. "
            "US-backed forces attacked the town of Manbij.")
    ev = next(e for e in dyads.code(text, published="2024-05-02").events if e.plover == "ASSAULT")
    assert "USA" not in _countries(ev.source)


def test_the_unnamed_bombers_of_a_place_are_its_unidentified_armed_men(nlp):
    ev = next(e for e in _coded("A roadside bomb outside the city of Ramadi on Friday killed two U.S. soldiers.")
              if e.plover == "ASSAULT")
    assert [(a.country, a.sector) for a in ev.source] == [("IRQ", "UAF")]
    assert _countries(ev.target) == {"USA"}
    ev = next(e for e in _coded("Shelling killed 20 people in Gaza on Monday.") if e.plover == "ASSAULT")
    assert not ev.source  # shells come from across a front: no guess


def test_a_country_in_another_clause_gives_no_country(nlp):
    ev = next(e for e in _coded("On Wednesday the separatists agreed to lay down their arms under a ceasefire "
                                "brokered by Russian peacekeepers.") if e.plover == "AGREE")
    assert "RUS" not in _countries(ev.source)
    ev = next(e for e in _coded("The Uganda government on Friday accepted demands from the rebels that it "
                                "launch constitutional reforms.") if e.plover == "CONCEDE")
    assert _countries(ev.target) == {"UGA"}  # the government's own country names the sentence's


def test_alerts_reinforcements_and_inspectors(nlp):
    ev = next(e for e in _coded("Indian troops remained on high alert along the border on Friday.")
              if e.plover == "MOBILIZE")
    assert _countries(ev.source) == {"IND"}
    ev = next(e for e in _coded("Turkey has strengthened its forces in northern Iraq.") if e.plover == "MOBILIZE")
    assert _countries(ev.source) == {"TUR"}
    ev = next(e for e in _coded("The UN has dispatched inspectors to the plant in Ukraine.") if e.trigger == "dispatched")
    assert ev.cameo == "090" and ev.plover == "ACCUSE"
    ev = next(e for e in _coded("The army chief said he had put the troops on combat readiness.")
              if e.plover == "MOBILIZE")
    assert ev.source


def test_election_defeats_expulsion_orders_and_mandates(nlp):
    assert not [e for e in _coded("The opposition candidate won the presidential run-off on Saturday, defeating "
                                  "the incumbent.") if e.plover == "ASSAULT"]
    assert [e for e in _coded("Government troops defeated the rebels near Goma.") if e.plover == "ASSAULT"]
    ev = next(e for e in _coded("The prime minister ordered Iranian diplomats to leave the country within 24 hours.")
              if e.trigger == "ordered")
    assert ev.cameo == "166" and _countries(ev.target) == {"IRN"}
    assert "IRN" not in _countries(ev.source)  # not the diplomats' own government
    ev = next(e for e in _coded("The Security Council voted on Thursday to extend its peacekeeping mission in Mali.")
              if e.trigger == "extend")
    assert ev.plover == "AGREE"


def test_a_trip_home_visits_no_one(nlp):
    assert not [e for e in _coded("French President Emmanuel Macron arrived in Paris on Tuesday.")
                if e.plover == "CONSULT"]
    assert [e for e in _coded("French President Emmanuel Macron arrived in Berlin on Tuesday.") if e.plover == "CONSULT"]


def test_the_place_of_what_was_said_is_not_where_it_was_said(nlp):
    ev = next(e for e in _coded("Western officials warned that China was considering supplying weapons to Russia "
                                "for its war in Ukraine.") if e.trigger == "warned")
    assert ev.place is None or ev.place.country != "UKR"


def test_a_reaction_to_an_attack_by_unidentified_men(nlp):
    text = ("PESHAWAR, Jan 30 - A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing 30 people. "
            "The prime minister condemned the bombing.")
    ev = next(e for e in dyads.code(text, published="2023-01-30").events if e.plover == "ACCUSE")
    assert [a.sector for a in ev.target] == ["UAF"]


def test_a_warning_of_what_another_does_is_a_charge_and_of_what_will_happen_a_threat(nlp):
    ev = next(e for e in _coded("Western officials warned that China was considering supplying weapons to Russia.")
              if e.trigger == "warned")
    assert ev.plover == "ACCUSE" and _countries(ev.target) == {"CHN"}
    ev = next(e for e in _coded("The ministry warned that Paris would bear the consequences.") if e.trigger == "warned")
    assert ev.plover == "THREATEN"


def test_pledges_by_several_are_not_to_each_other(nlp):
    ev = next(e for e in _coded("Saudi Arabia and Qatar pledged $3 billion in deposits to help close the gap.")
              if e.plover == "AGREE")
    assert _countries(ev.source) == {"SAU", "QAT"} and not ev.target
    evs = [e for e in _coded("Saudi Arabia and Iran agreed to restore ties.") if e.plover == "AGREE"]
    # agreeing together: one event, each party a source (PLOVER), not a pledge of one to the other
    assert [(_countries(e.source), e.target) for e in evs] == [({"SAU", "IRN"}, [])]


def test_juries_documents_votes_and_journeys(nlp):
    assert [e for e in _coded("A grand jury in Washington indicted a former minister on Friday.")
            if e.plover == "ACCUSE"]
    assert not [e for e in _coded("Prosecutors accuse the adviser of lying to investigators and destroying documents.")
                if e.plover == "ASSAULT"]
    assert not [e for e in _coded("The former prime minister, who was ousted in a parliamentary vote last year, "
                                  "criticised the deal.") if e.plover == "ASSAULT"]
    assert not [e for e in _coded("The flight went missing during a trip from Jakarta to Singapore with 162 "
                                  "passengers.") if e.plover == "CONSULT"]


def test_a_relative_clause_about_the_victim_does_not_share_the_clauses_doer(nlp):
    ev = next(e for e in _coded("German police shot dead a man who stabbed three people at a station in Hamburg.")
              if e.trigger == "stabbed")
    assert all(a.sector != "COP" for a in ev.source)
    ev = next(e for e in _coded("The suspect attacked passengers with a knife on a platform in Hamburg.")
              if e.trigger == "attacked")
    assert [a.sector for a in ev.target] == ["CVL"]


def test_refusing_to_criticise_is_a_criticism_not_made(nlp):
    ev = next(e for e in _coded("The chancellor refused to criticize President Xi Jinping on Monday.")
              if e.trigger == "refused")
    assert ev.plover == "ACCUSE" and ev.modality == "negated" and _countries(ev.target) == {"CHN"}
    ev = next(e for e in _coded("The minister refused to resign on Monday.") if e.trigger.startswith("refused"))
    assert ev.plover == "REJECT"


def test_regional_officials_are_not_the_home_countrys(nlp):
    text = ("WASHINGTON, May 2 - The White House said on Monday it would act. "
            "European diplomats protested that such a step would expose rifts.")
    ev = next(e for e in dyads.code(text, published="2024-05-02").events if e.trigger == "protested")
    assert "USA" not in _countries(ev.source)


def test_floods_after_a_dateline_kill_without_an_attack(nlp):
    text = ("Storm kills 16 in central Europe\n\n"
            "WARSAW, Sept 16 (Reuters) - Floods caused by Storm Boris have killed at least 16 people across "
            "central and eastern Europe, officials said.\n")
    assert not [e for e in dyads.code(text, published="2024-09-16").events if e.plover == "ASSAULT"]


def test_a_when_clause_of_the_same_act_is_one_act_with_its_doer(nlp):
    evs = [e for e in _coded("Police said an officer was wounded when gunmen opened fire on a patrol near Pristina.")
           if e.plover == "ASSAULT"]
    assert len(evs) == 1 and [a.sector for a in evs[0].source] == ["REB"]


def test_an_act_told_as_the_manner_of_another_is_not_a_second_act(nlp):
    evs = _coded("Iran launched missiles at Israel on Tuesday in retaliation for the killing of a commander in Beirut.")
    assert not [e for e in evs if e.trigger == "retaliation"]
    for killing in (e for e in evs if e.trigger == "killing"):  # (kept only with both sides named)
        assert "IRN" not in _countries(killing.source)  # the killing is another's act
    evs = _coded("Around 20,000 people gathered in Los Angeles in a peaceful protest against racism.")
    assert [e for e in evs if e.plover == "PROTEST"]


def test_a_claim_of_responsibility_names_the_doer_of_the_attack(nlp):
    text = ("PESHAWAR, Jan 30 - A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing "
            "30 people. A commander of the Pakistani Taliban claimed responsibility for the attack. "
            "The prime minister condemned the bombing.")
    evs = dyads.code(text, published="2023-01-30").events
    attack = next(e for e in evs if e.plover == "ASSAULT")
    assert [a.code for a in attack.source] == ["PAKREBTTP"] and "claimed by" in attack.rule
    condemned = next(e for e in evs if e.plover == "ACCUSE")
    assert [a.code for a in condemned.target] == ["PAKREBTTP"]


def test_a_promise_to_punish_is_a_threat(nlp):
    for text in ("The president vowed to punish those responsible.",
                 "The prime minister vowed strict action against those behind the bombing."):
        ev = next(e for e in _coded(text) if e.trigger == "vowed")
        assert ev.plover == "THREATEN" and ev.modality == "threatened"
    ev = next(e for e in _coded("The minister promised to build new schools.") if e.trigger == "promised")
    assert ev.plover == "AGREE"
