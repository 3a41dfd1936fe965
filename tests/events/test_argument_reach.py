"""Arguments reached through members of a group, the doer of an investigated or protested deed,
and verbs of taking part: sentences written for these tests."""

from __future__ import annotations

import dyads


def _coded(text: str):
    return dyads.code(text, published="2023-03-14").events


def _codes(actors):
    return {a.code for a in actors}


def _countries(actors):
    return {a.country for a in actors}


def test_leaders_of_a_named_group_are_that_group(nlp):
    ev = next(e for e in _coded("The head of the Nepali opposition party agreed to new elections in May.")
              if e.plover == "AGREE")
    assert _codes(ev.source) == {"NPLOPP"}


def test_a_collective_noun_keeps_the_sector_before_it(nlp):
    ev = next(e for e in _coded("Leaders of the main Zambian opposition alliance agreed to join the talks.")
              if e.plover == "AGREE")
    assert _codes(ev.source) == {"ZMBOPP"}


def test_an_inquiry_into_abuses_by_a_group_targets_that_group(nlp):
    ev = next(e for e in _coded("Tanzanian judges opened an inquiry into killings committed by Burundian soldiers.")
              if e.plover == "ACCUSE")
    assert _countries(ev.source) == {"TZA"}
    assert _codes(ev.target) == {"BDIMIL"}


def test_those_engaged_in_a_campaign_of_violence_carry_it_out(nlp):
    ev = next(e for e in _coded("Malian soldiers were engaged in a wave of killings against herders near Mopti.")
              if e.plover == "ASSAULT")
    assert _codes(ev.source) == {"MLIMIL"}


def test_taking_part_in_a_protest_makes_one_a_protester(nlp):
    ev = next(e for e in _coded("Thousands of Georgian students took part in a rally against the new media law.")
              if e.plover == "PROTEST")
    assert _countries(ev.source) == {"GEO"}


def test_being_taken_in_a_raid_is_not_taking_part_in_it(nlp):
    ev = next(e for e in _coded("A Turkish reporter was taken in a raid by Egyptian police.") if e.plover == "COERCE")
    assert _countries(ev.source) == {"EGY"}


def test_denying_involvement_in_fighting_is_no_fight_and_no_target_for_criticism(nlp):
    evs = _coded("Chadian rebels attacked the border town on Monday. Sudan said it was not involved in the "
                 "fighting. France condemned the offensive.")
    fight = next(e for e in evs if e.trigger == "fighting")
    assert fight.modality == "negated"
    condemn = next(e for e in evs if e.trigger == "condemned")
    assert "SDN" not in _countries(condemn.target)


def test_an_act_that_will_not_go_unpunished_threatens_its_doer(nlp):
    evs = _coded("Rebels shelled a Congolese army base on Friday. The defence minister said the attack "
                 "would not go unpunished.")
    ev = next(e for e in evs if e.plover == "THREATEN")
    assert ev.modality == "threatened"
    assert _countries(ev.source) == {"COD"}
    assert "REB" in "".join(_codes(ev.target))


def test_sending_forces_to_watch_is_a_deployment_and_sending_monitors_an_inquiry(nlp):
    ev = next(e for e in _coded("Armenia dispatched extra troops to observe the Azerbaijani drills.")
              if e.trigger == "dispatched")
    assert ev.plover == "MOBILIZE"
    ev = next(e for e in _coded("The OSCE dispatched monitors to the Georgian border.") if e.trigger == "dispatched")
    assert ev.cameo.startswith("09")


def test_trading_fire_names_gunfire_not_arson(nlp):
    evs = _coded("Indian and Pakistani troops traded fire along the frontier after militants attacked an army camp.")
    attack = next(e for e in evs if e.trigger == "attacked")
    assert attack.acled != "Looting/property destruction"


def test_a_capital_asked_to_act_is_a_party_not_the_place_of_the_request(nlp):
    ev = next(e for e in _coded("Britain said it backed Ukraine and urged Moscow to withdraw its troops.")
              if e.plover == "REQUEST")
    assert _countries(ev.target) == {"RUS"}
    assert ev.place is None or ev.place.name != "Moscow"


def test_a_simulated_blockade_is_an_exercise_not_a_blockade(nlp):
    evs = _coded("Iranian warships held drills in the Gulf to simulate a blockade of the strait.")
    assert not [e for e in evs if e.trigger == "blockade"]
    evs = _coded("Iranian warships began a blockade of the strait.")
    assert [e.plover for e in evs if e.trigger == "blockade"] == ["COERCE"]


def test_agreeing_sanctions_on_a_state_is_sanctioning_it(nlp):
    ev = next(e for e in _coded("African Union leaders agreed a fresh round of sanctions against Eritrea.")
              if e.trigger == "agreed")
    assert ev.plover == "SANCTION" and _countries(ev.target) == {"ERI"}
    ev = next(e for e in _coded("Canada and Mexico agreed to impose tariffs on Brazilian sugar.") if e.trigger == "agreed")
    assert ev.plover == "SANCTION" and ev.modality == "intended"


def test_agreeing_to_talks_stays_an_agreement(nlp):
    ev = next(e for e in _coded("Ghana agreed to a new round of talks with Togo.") if e.trigger.startswith("agreed"))
    assert ev.plover in ("AGREE", "CONSULT")


def test_a_former_president_named_by_title_is_out_of_office(nlp):
    ev = next(e for e in _coded("Former president Hakainde Hichilema urged his supporters to stay calm.")
              if e.plover == "REQUEST")
    assert {a.sector for a in ev.source} == {"ELI"}


def test_troops_pulling_back_withdraw_and_their_own_forces_are_no_target(nlp):
    ev = next(e for e in _coded("Ethiopian troops pulled back from the Sudanese border town on Friday.")
              if e.trigger == "pulled back")
    assert ev.plover == "RETREAT" and _countries(ev.source) == {"ETH"}
    ev = next(e for e in _coded("Rwanda pulled back its troops from eastern Congo.") if e.trigger == "pulled back")
    assert "RWA" not in _countries(ev.target)
    assert not [e for e in _coded("The Dutch brewer pulled back its sales forecast.") if e.trigger == "pulled back"]


def test_a_cyberattack_hits_the_owner_of_the_systems_and_is_no_weapons_seizure(nlp):
    ev = next(e for e in _coded("A cyberattack disrupted the computer networks of Montenegro's finance ministry.")
              if e.trigger == "cyberattack")
    assert _codes(ev.target) == {"MNEGOV"}
    assert ev.acled != "Disrupted weapons use"


def test_refusing_to_be_intimidated_is_no_threat(nlp):
    assert not [e for e in _coded("The Estonian prime minister said his country would not be intimidated.")
                if e.plover == "THREATEN"]


def test_standing_with_a_country_is_support_and_with_a_spouse_is_not(nlp):
    ev = next(e for e in _coded("Canada said it stood with Denmark.") if e.trigger.startswith("stood"))
    assert ev.plover == "SUPPORT" and _countries(ev.target) == {"DNK"}
    assert not [e for e in _coded("The senator stood with his wife on the stage.") if e.plover == "SUPPORT"]


def test_troops_that_were_deployed_are_the_force_that_moves(nlp):
    ev = next(e for e in _coded("Hundreds of Kenyan troops were deployed to the coast on Sunday.")
              if e.plover == "MOBILIZE")
    assert _codes(ev.source) == {"KENMIL"} and not ev.target
    # a description of where soldiers are is no report of their deployment
    assert not [e for e in _coded("He walked past Kenyan soldiers stationed on the hill.") if e.plover == "MOBILIZE"]


def test_an_act_named_in_passing_beside_a_reported_one_needs_both_its_sides(nlp):
    evs = _coded("Rwanda sent troops to the border town on Monday, the scene of a massacre by rebels in 2012.")
    assert not [e for e in evs if e.trigger == "massacre"]
    evs = _coded("Students marched to the Sudanese parliament on Monday and police responded with tear gas.")
    assert any(e.trigger == "tear gas" for e in evs)
    evs = _coded("Kenya's president faced criticism after police arrested the opposition leader.")
    assert {e.trigger for e in evs} >= {"criticism", "arrested"}


def test_ordering_a_newspaper_to_close_is_an_administrative_sanction(nlp):
    ev = next(e for e in _coded("The Nicaraguan government ordered the opposition radio station to suspend broadcasts.")
              if e.trigger == "ordered")
    assert ev.plover == "COERCE" and ev.cameo == "172"


def test_lifting_emergency_measures_and_cutting_food_supplies(nlp):
    ev = next(e for e in _coded("Peru's government lifted emergency measures in the southern provinces.")
              if e.trigger.startswith("lifted"))
    assert ev.plover == "CONCEDE"
    ev = next(e for e in _coded("The UN refugee agency cut food supplies to a camp for Rohingya refugees in Bangladesh.")
              if e.trigger.startswith("cut"))
    assert ev.plover == "SANCTION"


def test_not_only_adds_rather_than_denies(nlp):
    ev = next(e for e in _coded("The demonstrations in Lagos are not only about fuel prices.") if e.plover == "PROTEST")
    assert ev.modality == "asserted"


def test_treating_an_attack_as_a_crime_is_not_doing_it(nlp):
    evs = _coded("Police in Leeds said they were treating the attack as terrorism.")
    assert not [e for e in evs if e.trigger == "attack" and _codes(e.source) & {"COP", "GBRCOP"}]


def test_forces_backed_by_a_state_are_not_of_that_state(nlp):
    ev = next(e for e in _coded("Separatist forces backed by Moscow shelled the Moldovan village.")
              if e.trigger == "backed")
    assert _countries(ev.source) == {"RUS"}
    assert "RUS" not in _countries(ev.target) and {a.sector for a in ev.target} == {"REB"}


def test_ships_attacked_at_sea_are_no_attack_on_a_coastal_state(nlp):
    ev = next(e for e in _coded("Somali pirates attacked a tanker in the Gulf of Aden on Monday.") if e.plover == "ASSAULT")
    assert not {"YEM", "DJI", "SOM"} & _countries(ev.target)


def test_a_glide_bomb_is_an_air_strike(nlp):
    ev = next(e for e in _coded("A Russian glide bomb hit an apartment block in Kharkiv on Friday.")
              if e.plover == "ASSAULT")
    assert ev.acled == "Air/drone strike"


def test_threatened_martial_law_falls_on_the_states_own_people(nlp):
    ev = next(e for e in _coded("Bolivia's cabinet is ready to impose martial law in the highlands, the interior "
                                "minister said.") if e.plover == "THREATEN")
    assert _codes(ev.target) == {"BOLCVL"}


def test_a_promise_to_stop_an_attack_is_no_threat(nlp):
    ev = next(e for e in _coded("Houthi rebels promised to stop attacking ships in the Red Sea.")
              if e.trigger == "promised")
    assert ev.plover != "THREATEN"
    ev = next(e for e in _coded("Houthi rebels vowed to attack more ships.") if e.trigger == "vowed")
    assert ev.plover == "THREATEN"


def test_freezing_someones_accounts_is_a_sanction(nlp):
    ev = next(e for e in _coded("The Kenyan government froze the bank accounts of two opposition senators.")
              if e.trigger.startswith("froze"))
    assert ev.plover == "SANCTION" and _countries(ev.target) == {"KEN"}


def test_people_who_gather_for_a_vigil_hold_it(nlp):
    evs = _coded("Hundreds of people gathered in Nairobi on Sunday for a vigil honoring a journalist who was "
                 "shot dead last week.")
    ev = next(e for e in evs if e.trigger == "vigil")
    assert ev.plover == "PROTEST" and ev.source


def test_a_police_title_makes_a_police_officer(nlp):
    ev = next(e for e in _coded("Officer Dana Miller was shot during a traffic stop in Ohio.") if e.plover == "ASSAULT")
    assert {a.sector for a in ev.target} == {"COP"}


def test_what_a_march_is_against_is_not_how_it_went(nlp):
    ev = next(e for e in _coded("Students in Accra marched peacefully against police violence on Monday.")
              if e.plover == "PROTEST")
    assert ev.acled == "Peaceful protest"


def test_a_dear_price_is_a_threat_and_missiles_fired_are_not_their_target(nlp):
    ev = next(e for e in _coded("Iran said the United States would pay a dear price.") if e.plover == "THREATEN")
    assert _countries(ev.target) == {"USA"}
    ev = next(e for e in _coded("North Korea fired two short-range ballistic missiles on Monday, Japan's "
                                "defence ministry said.") if e.trigger == "fired")
    assert not ev.target


def test_a_vigil_for_someone_killed_is_a_peaceful_protest(nlp):
    evs = _coded("Hundreds of people gathered in Lagos on Sunday for a vigil honoring a reporter who was shot dead "
                 "on Friday. The reporter was the third journalist killed this year.")
    assert next(e for e in evs if e.trigger == "vigil").acled == "Peaceful protest"


def test_the_missiles_of_a_launch_told_before_are_no_second_attack(nlp):
    evs = _coded("North Korea fired two ballistic missiles on Monday. The missiles landed in the sea, "
                 "Japan's coast guard said.")
    assert not [e for e in evs if e.trigger.lower() == "missiles"]


def test_an_ethnic_group_is_a_people_of_the_country_where_it_lives(nlp):
    ev = next(e for e in _coded("Militias attacked the Hungarian minority in Ukraine on Sunday.") if e.plover == "ASSAULT")
    assert _countries(ev.target) == {"UKR"}


def test_asylum_granted_to_people_names_them_as_the_target(nlp):
    ev = next(e for e in _coded("Brazil has granted asylum to two Peruvian opposition leaders living in exile.")
              if e.plover == "AID")
    assert _codes(ev.target) == {"PEROPP"}


def test_a_warm_welcome_is_hosting_a_visit_at_home(nlp):
    ev = next(e for e in _coded("The Ghanaian president gave a rousing welcome to the visiting Nigerian delegation.")
              if e.plover == "CONSULT")
    assert ev.cameo == "043" and ev.place is not None and ev.place.country == "GHA"


def test_war_games_by_two_states_forces_are_a_joint_exercise(nlp):
    ev = next(e for e in _coded("Indian and French sailors held war games off Goa on Monday.")
              if e.trigger == "war games")
    assert ev.plover == "COOPERATE"
    ev = next(e for e in _coded("Indian sailors held war games off Goa on Monday.")
              if e.trigger == "war games")
    assert ev.plover == "MOBILIZE"
