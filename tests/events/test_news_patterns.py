"""Event rules for patterns met reading whole news articles: sentences written for these tests."""

from __future__ import annotations

import dyads


def _events(text: str):
    return dyads.code(text, published="2024-05-10").events


def _kinds(events):
    return [(e.plover, e.trigger) for e in events]


def test_speaking_on_condition_of_anonymity_is_no_meeting(nlp):
    events = _events('Sudan and South Sudan traded threats. "Neither side can afford a war," one Western diplomat '
                     'said, speaking on condition of anonymity.')
    assert not [e for e in events if e.plover == "CONSULT"], _kinds(events)


def test_a_strike_held_or_lasting_a_day_is_a_stoppage_of_work(nlp):
    events = _events("Nurses said they would hold a one-day strike on Wednesday.")
    assert [(e.plover, e.cameo) for e in events] == [("PROTEST", "143")]
    events = _events("The army said it would carry out a strike on the rebel camp.")
    assert [e.plover for e in events] == ["THREATEN"]


def test_the_fight_against_a_disease_is_no_fighting(nlp):
    assert _events("The fight against polio in Pakistan has long been complicated by violence.") == []


def test_a_protest_note_is_a_governments_complaint(nlp):
    ev = next(e for e in _events("Ghana handed a protest note to Togo's ambassador on Monday.") if e.plover == "ACCUSE")
    assert ev.cameo == "114"
    assert {a.country for a in ev.source} == {"GHA"}
    assert {a.country for a in ev.target} == {"TGO"}
    events = _events("Ghana sent a diplomatic protest to Togo. Thousands joined a protest in Accra.")
    assert sorted((e.plover, e.cameo) for e in events) == [("ACCUSE", "114"), ("PROTEST", "141")]


def test_the_noun_after_after_is_the_subject_of_the_clause_it_opens(nlp):
    events = _events("Mauritania handed a formal protest note to Mali's ambassador after drone strikes killed herders.")
    assert not [e for e in events if e.plover == "ASSAULT" and {a.country for a in e.source} == {"MRT"}], [
        (e.plover, e.trigger, [a.text for a in e.source]) for e in events]


def test_refusing_to_recognise_a_result_rejects_it(nlp):
    events = _events("Serbia's opposition alliance refused to recognise the result of the elections.")
    assert [(e.plover, e.modality) for e in events] == [("REJECT", "asserted")]


def test_troops_backed_by_their_own_arms_get_no_support_event(nlp):
    events = _events("About 1,200 soldiers backed by helicopters and armoured vehicles entered the town.")
    assert not [e for e in events if e.plover == "SUPPORT"], _kinds(events)
    events = _events("Rebels backed by Rwanda seized the town.")
    assert [e for e in events if e.plover == "SUPPORT"]


def test_retaliating_by_an_act_is_that_act(nlp):
    events = _events("Russia retaliated by shutting the Polish consulate in Kaliningrad.")
    assert [e.plover for e in events] == ["SANCTION"]


def test_states_that_clash_over_a_question_disagree(nlp):
    assert _events("Poland and Russia have also clashed over the treatment of diplomats.") == []
    assert [e.plover for e in _events("Protesters clashed with police over fuel prices.")] == ["PROTEST"]


def _lead_then(sentences: int, last: str) -> str:
    filler = " ".join("The ministry gave no further details on the case." for _ in range(sentences))
    return f"Poland expelled a Russian diplomat accused of spying on Tuesday. {filler} {last}"


def test_a_vow_to_respond_far_from_the_act_answers_the_lead(nlp):
    vow = next(e for e in _events(_lead_then(4, "Moscow promised to respond.")) if e.plover == "THREATEN")
    assert {a.country for a in vow.target} == {"POL"}


def test_a_denial_with_no_named_accuser_answers_the_lead(nlp):
    denial = next(e for e in _events(_lead_then(4, "Moscow denied the accusation.")) if e.plover == "REJECT")
    assert {a.country for a in denial.target} == {"POL"}


def test_calling_a_claim_disinformation_asks_nothing(nlp):
    events = _events('Azerbaijan denied the accusation, calling the claim "disinformation" aimed at the talks.')
    assert not [e for e in events if e.plover == "REQUEST"], _kinds(events)


def test_a_march_the_opposition_called_is_staged(nlp):
    events = _events("A day before a march the opposition had called to protest against the president, police "
                     "arrested six people.")
    assert not [e for e in events if e.plover == "REQUEST"], _kinds(events)
    assert [e for e in events if e.plover == "PROTEST" and e.trigger == "called"]


def test_acting_in_line_with_a_commitment_is_no_pledge(nlp):
    events = _events('"Oman was pleased to help, in line with its commitment to dialogue," the statement said.')
    assert not [e for e in events if e.plover == "AGREE"], _kinds(events)


def test_insisting_that_something_is_so_demands_nothing(nlp):
    assert not [e for e in _events("The army insisted it had not crossed into Mauritania.") if e.plover == "REQUEST"]
    demand = [e for e in _events("Mali insisted that the UN mission leave the country.") if e.plover == "REQUEST"]
    assert demand and demand[0].cameo == "100"


def test_an_envoy_handed_a_note_of_protest_receives_it(nlp):
    note = [e for e in _events("Russia's ambassador was handed a note of protest.") if e.plover == "ACCUSE"]
    assert note and note[0].cameo == "114" and {a.country for a in note[0].target} == {"RUS"}


def test_a_gerund_after_people_described_goes_with_the_main_clause(nlp):
    events = _events("A suicide bomber walked into a group of people queuing at a tea stall in Mogadishu before "
                     "detonating explosives.")
    assert not [e for e in events if any(a.sector == "CVL" for a in e.source)], [
        (e.trigger, [a.text for a in e.source]) for e in events]


def test_armed_men_are_an_armed_group_not_civilians(nlp):
    ev = next(e for e in _events("Armed men kidnapped four nurses from a hospital in Haiti.") if e.plover == "ASSAULT")
    assert [a.sector for a in ev.source] == ["REB"]


def test_kidnappers_of_foreigners_are_of_the_storys_country(nlp):
    text = ("Gunmen kidnap workers in Nigeria\n\nLAGOS, May 3 (Reuters) - Nigerian police said on Monday they "
            "were searching for the kidnappers.\n\nGunmen kidnapped two Chinese workers on Sunday, police said.")
    ev = next(e for e in dyads.code(text, published="2024-05-03").events if e.trigger == "kidnapped")
    assert {a.country for a in ev.source} == {"NGA"}
    assert {a.country for a in ev.target} == {"CHN"}


def test_condemning_an_act_passes_over_the_condemners_own_acts(nlp):
    events = _events("China launched military exercises around Taiwan on Thursday. Taiwan's defence ministry said it "
                     "had dispatched jets and ships to monitor the drills. It condemned the drills as a provocation.")
    ev = next(e for e in events if e.trigger == "condemned")
    assert {a.country for a in ev.target} == {"CHN"}


def test_threats_faced_or_judged_are_not_made(nlp):
    assert _events('"Facing external challenges and threats, we will defend freedom," President Lai said.') == []
    assert _events('"His activities were incompatible with his status and a threat to the security of the Polish '
                   'state," the spokesman told reporters.') == []
    assert [e.plover for e in _events("North Korea issued a threat to South Korea on Monday.")] == ["THREATEN"]


def test_they_who_shoot_are_the_armed_men_not_the_residents(nlp):
    events = _events('Dozens of gunmen stormed the village late on Saturday, firing on residents and setting fire to '
                     'homes, witnesses said. "They came at dusk, shooting at everything that moved," a resident said.')
    ev = next(e for e in events if e.trigger == "shooting")
    assert [a.sector for a in ev.source] == ["REB"]


def test_receiving_the_wounded_and_delivering_a_verdict_are_no_visit_or_aid(nlp):
    events = _events('"We are receiving people who have been shot," said a doctor in Adre, Chad.')
    assert not [e for e in events if e.plover == "CONSULT"], _kinds(events)
    assert _events("The court in Phnom Penh did not say when it expected to deliver a verdict.") == []
    assert [e.plover for e in _events("The UN delivered food to Gaza.")] == ["AID"]


def test_where_ministers_met_gives_those_they_list_no_country(nlp):
    text = ("Belarus faces new sanctions\n\nMINSK, June 17 (Reuters) - Belarus faced new sanctions on Monday. "
            "EU foreign ministers meeting in Luxembourg agreed to add senior judges and prison officials to the "
            "sanctions list.")
    ev = next(e for e in dyads.code(text, published="2024-06-17").events if e.trigger == "agreed")
    assert "LUX" not in {a.country for a in ev.target}, [(a.text, a.code) for a in ev.target]


def test_terrorists_killed_are_an_armed_group_not_civilians(nlp):
    ev = _events("Security forces killed eight terrorists during an operation in North Waziristan.")[0]
    assert [a.sector for a in ev.target] == ["REB"]


def test_an_early_warning_and_a_council_called_are_no_threat_or_request(nlp):
    assert _events("The ombudsman recalled that it had issued an early warning about the risks in Cauca.") == []
    assert _events("The governor of Cauca called an emergency security council on Saturday.") == []


def test_a_truce_signed_abroad_is_not_aimed_at_the_host(nlp):
    events = _events("Colombia's government and the ELN signed a ceasefire in Havana on Monday.")
    assert not [e for e in events if "CUB" in {a.country for a in e.target}], [
        (e.plover, [a.code for a in e.target]) for e in events]


def test_household_tariffs_and_a_delivered_apology_are_no_sanction_or_aid(nlp):
    events = _events("Islamabad agreed to raise electricity tariffs and cut subsidies.")
    assert not [e for e in events if e.plover == "SANCTION"], _kinds(events)
    assert _events("The apology was delivered by Portugal's foreign minister at a ceremony in Angola.") == []
    assert [e.plover for e in _events("The United States raised tariffs on Chinese steel.")] == ["SANCTION"]


def test_a_subject_after_a_long_fronted_phrase_is_the_subject(nlp):
    events = _events("In a communique issued at the end of a two-day summit in Kuala Lumpur, the Association of "
                     "Southeast Asian Nations (ASEAN) urged the military to allow aid into Myanmar.")
    ev = next(e for e in events if e.trigger == "urged")
    assert [a.code for a in ev.source] == ["IGOSEAASN"]


def test_a_music_festival_report_is_no_political_page(nlp):
    text = ("Festival crowd storms stage after sound failure\n\nMANILA, Oct 12 (Reuters) - Police were called to a "
            "music festival in Manila late on Saturday after part of the crowd stormed the stage when a sound failure "
            "forced the headline act to stop midway through its headline set. The performer left the stage and "
            "fans threw bottles. No arrests were made, police said.")
    coded = dyads.code(text, published="2024-10-12")
    assert coded.events == []


def test_what_people_of_a_kind_do_in_general_is_no_event(nlp):
    events = _events("Militants planning to launch an attack usually find it easier to hide in big cities.")
    assert not [e for e in events if e.plover == "THREATEN"], _kinds(events)
    events = _events("Gunmen who attacked the village on Monday killed five people.")
    assert {e.trigger for e in events} == {"attacked", "killed"}


def test_what_a_system_outpaces_is_done_by_no_one(nlp):
    events = _events("Open borders let militants travel between states while outpacing the intelligence sharing "
                     "meant to stop them.")
    assert not [e for e in events if e.plover == "COOPERATE"], _kinds(events)


def test_a_march_led_by_a_spokeswoman_stays_a_street_protest(nlp):
    events = _events('"We will not be silenced," said Elif Karaca, a spokeswoman for a women\'s platform that '
                     'helped organise the march in Istanbul.')
    assert [(e.plover, e.cameo) for e in events if e.trigger == "march"] == [("PROTEST", "141")]


def test_freed_men_arriving_somewhere_make_no_visit(nlp):
    events = _events("Oman's foreign ministry said in a statement that the two men, a German and a Kenyan citizen "
                     "working for a medical charity, had been released \"in response to a request\" from their "
                     "governments and arrived in Muscat aboard an Omani air force plane from Sanaa.")
    assert not [e for e in events if e.plover == "CONSULT"], _kinds(events)
    assert [e.plover for e in _events("Iran's foreign minister arrived in Muscat on Monday.")] == ["CONSULT"]


def test_a_foreign_namesake_of_an_unknown_village_gives_no_country(nlp):
    text = ("Gang accused of massacre\n\nPORT-AU-PRINCE (AP) - The gang is accused of killing at least 40 people "
            "in an attack on villages near Liancourt in the Artibonite region of Haiti last year.")
    coded = dyads.code(text, published="2025-03-01")
    assert "FRA" not in {p.country for p in coded.places}
    assert not [a for e in coded.events for a in e.source + e.target if a.country == "FRA"]


def test_an_exhibition_of_war_planes_is_no_political_page(nlp):
    text = ("Museum shows a century of air war\n\nLONDON (Reuters) - A new exhibition at a military history museum in "
            "London shows how bombing raids shaped the last century. In the main gallery a Spitfire hangs above a "
            "German bomb that destroyed a street in 1940, the curator said. One room is devoted to the bombing of "
            "Dresden in 1945, and a fragment of a strike drone from Ukraine is on display.")
    assert dyads.code(text, published="2025-03-01").events == []


def test_assault_rifles_on_display_and_tensions_that_explode_are_no_attack(nlp):
    assert _events("Also on display at the show in Doha were strike drones and assault rifles.") == []
    events = _events("The war began when tensions between the army and the RSF exploded into fighting in Khartoum.")
    assert "exploded" not in {e.trigger for e in events}


def test_blocked_supply_missions_and_moved_artillery_are_no_protest_or_shelling(nlp):
    events = _events("Resupply missions to the Philippine outpost have repeatedly been blocked since March.")
    assert not [e for e in events if e.plover == "PROTEST"], _kinds(events)
    events = _events("Ethiopia accused Eritrea on Friday of moving troops and artillery closer to their border.")
    assert [e.plover for e in events] == ["ACCUSE"]


def test_gunmen_suspected_to_be_bandits_are_the_killers(nlp):
    ev = next(e for e in _events("Gunmen suspected to be bandits have killed at least 17 people in Zamfara State.")
              if e.trigger == "killed")
    assert [a.sector for a in ev.source] == ["REB"] and [a.sector for a in ev.target] == ["CVL"]


def test_foreign_nationals_give_the_authorities_beside_them_no_country(nlp):
    text = ("Montenegro votes\n\nPODGORICA, Montenegro - Montenegro has a history of disputed elections. In October "
            "2016, authorities said they had foiled an alleged coup attempt; several people, including two Russian "
            "nationals, were convicted in 2019.")
    ev = next(e for e in dyads.code(text, published="2024-06-01").events if e.trigger == "foiled")
    assert {a.country for a in ev.source} == {"MNE"}


def test_talks_after_which_a_leader_spoke_are_that_leaders(nlp):
    events = _events("The Spanish prime minister said Portugal belonged in the alliance, following talks in Madrid "
                     "with the Italian president.")
    talks = next(e for e in events if e.trigger == "talks")
    assert {a.country for a in talks.source + talks.target} == {"ESP", "ITA"}
    events = _events("The Spanish prime minister reiterated that Portugal belonged in the alliance, following talks "
                     "in Madrid with the Italian president.")
    talks = next(e for e in events if e.trigger == "talks")
    assert {a.country for a in talks.source + talks.target} == {"ESP", "ITA"}


def test_a_request_rejected_despite_being_welcomed(nlp):
    events = _events("Ukraine requested a six-month extension of its loans on Thursday. Poland rejected the request "
                     "despite it being praised by the African Union.")
    rejected = next(e for e in events if e.trigger == "rejected")
    welcomed = next(e for e in events if e.trigger == "praised")
    assert {a.country for a in rejected.target} == {"UKR"}
    assert [a.code for a in welcomed.source] == ["IGOAFRAFU"] and {a.country for a in welcomed.target} == {"UKR"}


def test_ships_from_other_states_joining_a_search_are_their_help(nlp):
    ev = next(e for e in _events("Ships and aircraft from Australia, Malaysia and Singapore joined the search for the "
                                 "missing ferry off Indonesia on Monday.") if e.plover == "AID")
    assert {a.country for a in ev.source} == {"AUS", "MYS", "SGP"}


def test_protests_after_which_a_leader_defends_his_stance_are_against_him(nlp):
    events = _events("The US president said he would defend his support for same-sex marriage following protests in "
                     "Nairobi.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert {a.country for a in protest.target} == {"USA"}


def test_a_protest_after_which_a_government_changes_course_is_against_it(nlp):
    events = _events("After Asian diplomats protested that the summit would expose divisions, the White House "
                     "renamed the summit.")
    ev = next(e for e in events if e.trigger == "protested")
    assert {a.country for a in ev.target} == {"USA"}


def test_striking_teachers_are_the_strikers(nlp):
    ev = next(e for e in _events("Thousands of striking teachers marched to the ministry in Lima.") if e.cameo == "143")
    assert [a.sector for a in ev.source] == ["EDU"]
    assert all(a.sector != "EDU" for a in ev.target)
    ev = next(e for e in _events("Police dispersed protesting students outside the university in Dhaka.")
              if e.trigger == "protesting")
    assert [a.sector for a in ev.source] == ["CVL"]


def test_an_appeal_in_court_is_no_request(nlp):
    events = _events("The Manila journalist still faces an appeal against a cyber libel conviction.")
    assert not [e for e in events if e.plover == "REQUEST"], _kinds(events)
    assert [e.plover for e in _events("The UN launched an appeal for aid for Sudan.")] == ["REQUEST"]
