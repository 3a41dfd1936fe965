"""Event rules that need the whole pipeline (actors and places): sentences written for these tests."""

from __future__ import annotations

import dyads
from dyads.records import record


def _events(text: str):
    return dyads.code(text, published="2019-05-10").events


def _one(events, plover):
    found = [e for e in events if e.plover == plover]
    assert found, [(e.plover, e.trigger) for e in events]
    return found[0]


def _countries(actors):
    return {a.country for a in actors}


def test_place_argument_becomes_the_target_country(nlp):
    ev = _one(_events("Serbia lifted the night curfew in Montenegro on Sunday."), "CONCEDE")
    assert _countries(ev.source) == {"SRB"}
    assert _countries(ev.target) == {"MNE"}
    assert "place" in ev.rule


def test_measure_in_own_country_targets_its_population(nlp):
    ev = _one(_events("Egyptian authorities imposed a curfew in the city of Arish in northern Egypt."), "COERCE")
    assert [a.code for a in ev.target] == ["EGYCVL"]


def test_sector_only_actor_takes_the_single_country_of_the_sentence(nlp):
    ev = _one(_events("Rebels attacked an army base near Bamako, the capital of Mali."), "ASSAULT")
    assert _countries(ev.source) == {"MLI"}


def test_announced_hostile_act_is_a_threat_and_promised_help_is_an_agreement(nlp):
    threat = _one(_events("Nigeria will withdraw its troops from Chad unless the fighting stops."), "THREATEN")
    assert threat.modality == "threatened"
    assert "coded as THREATEN" in threat.rule
    agree = _one(_events("Norway will give Malawi a grant to build clinics."), "AGREE")
    assert _countries(agree.source) == {"NOR"}


def test_refused_cooperation_is_a_rejection(nlp):
    evs = _events("Lebanon said it would not accept any further refugees from Syria.")
    assert [e for e in evs if e.plover == "REJECT"]


def test_demand_targets_the_subject_of_its_content_clause(nlp):
    ev = _one(_events("Japan demanded that North Korea abandon its missile programme."), "REQUEST")
    assert _countries(ev.source) == {"JPN"}
    assert _countries(ev.target) == {"PRK"}


def test_nominal_demand_and_conditional_threat_name_their_target(nlp):
    ev = _one(_events("The African Union repeated its demand that Sudan release the prisoners."), "REQUEST")
    assert _countries(ev.target) == {"SDN"}
    ev = _one(_events("Chilean miners threatened to strike unless Bolivia lowered its tariffs."), "THREATEN")
    assert _countries(ev.target) == {"BOL"}


def test_light_verb_dative_is_the_target(nlp):
    ev = _one(_events("Norway gave Malawi a grant for new clinics."), "AID")
    assert _countries(ev.source) == {"NOR"} and _countries(ev.target) == {"MWI"}


def test_protest_without_target_is_aimed_at_the_authorities(nlp):
    ev = _one(_events("Thousands of Kenyan teachers protested over unpaid salaries."), "PROTEST")
    assert [a.code for a in ev.target] == ["KENGOV"]


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(nlp):
    ev = _one(_events("Portugal said it had expelled three Angolan diplomats."), "SANCTION")
    assert _countries(ev.source) == {"PRT"}
    assert "reporting subject" in ev.rule


def test_place_gives_a_target_to_an_event_with_no_actor_yet(nlp):
    ev = _one(_events("The army declared a state of emergency in Haiti on Saturday."), "COERCE")
    assert _countries(ev.target) == {"HTI"}


def test_alliance_against_a_third_party_is_joint_cooperation_and_opposition(nlp):
    evs = _events("Kenya and Ethiopia formed an alliance against Somalia.")
    coop = [(_countries(e.source), _countries(e.target)) for e in evs if e.plover == "COOPERATE"]
    assert coop == [({"KEN", "ETH"}, set())]  # PLOVER: each party a source, no target
    oppose = _one(evs, "REJECT")
    assert _countries(oppose.target) == {"SOM"} and oppose.implicit


def test_a_toponym_inside_an_actor_phrase_is_not_the_place(nlp):
    ev = _one(_events("Backed by Turkish drones, Azerbaijani troops attacked Armenian positions."), "ASSAULT")
    assert ev.place is None or ev.place.country != "TUR"


def test_actorless_events_are_kept_only_for_violence_unrest_and_arrests(nlp):
    assert _events("A roadside bomb exploded near the market, killing four people.")
    assert _events("Three men were arrested near the border on Friday.")
    assert not _events("The screen in the centre deals with navigation and music.")


def test_a_resultative_participle_is_the_same_act_with_its_victims(nlp):
    events = _events("A gunman opened fire in a market in Ohio on Monday, killing three people.")
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger, e.rule) for e in assaults]
    assert assaults[0].trigger == "opened fire"
    assert [a.text for a in assaults[0].target] == ["three people"]


def test_negation_of_a_coordinated_clause_does_not_reach_the_next_clause(nlp):
    ev = _one(_events("The drivers are not members of the union, but the union is supporting the protesters."), "SUPPORT")
    assert ev.modality == "asserted"


def test_the_subject_of_a_passive_raising_verb_does_the_infinitive(nlp):
    ev = _one(_events("The Kenyan president is expected to visit Ethiopia on Friday."), "CONSULT")
    assert _countries(ev.source) == {"KEN"}
    assert _countries(ev.target) == {"ETH"}


def test_a_scheduled_protest_is_a_protest_to_come_not_a_threat(nlp):
    ev = _one(_events("Nurses in Manchester will walk out on Thursday."), "PROTEST")
    assert ev.modality == "intended"
    threat = _one(_events("The teachers' union will strike unless the government raises pay."), "THREATEN")
    assert threat.modality == "threatened"


def test_a_striking_result_is_not_an_attack(nlp):
    assert not [e for e in _events("The contrast between the two reports is striking.") if e.plover == "ASSAULT"]


def test_the_owner_of_a_thing_is_the_target_and_whoever_wields_an_instrument_the_source(nlp):
    ev = _one(_events("The Turkish foreign minister condemned Russia's decision to close the border."), "ACCUSE")
    assert _countries(ev.target) == {"RUS"}
    ev = _one(_events("Indian soldiers impose a system of checkpoints that restricts the movement of Pakistanis."), "COERCE")
    assert _countries(ev.source) == {"IND"}


def test_having_an_endorsement_from_someone_is_receiving_it(nlp):
    ev = _one(_events("The senator had public endorsements from 40 Republican governors."), "SUPPORT")
    assert "undergo" in ev.rule
    assert ev.source and ev.target
    assert ev.source[0].text.endswith("governors")


def test_the_police_pick_up_a_suspect_and_release_him_with_one_agent(nlp):
    events = _events("Youssef Benali was picked up on Thursday by the Dutch police and released on Friday.")
    arrest = _one(events, "COERCE")
    assert _countries(arrest.source) == {"NLD"}
    released = _one(events, "RETREAT")
    assert _countries(released.source) == {"NLD"}
    assert all(e.plover != "COERCE" for e in _events("He picked up the phone and called his brother."))


def test_an_agentless_closure_is_the_states_act_on_its_own_people(nlp):
    ev = _one(_events("BRUSSELS - The bar was shut down on Monday for selling drugs."), "COERCE")
    assert [a.code for a in ev.source] == ["BELCOP"]
    assert [a.code for a in ev.target] == ["BELCVL"]
    sealed = _one(_events("Armed Belgian officers sealed off a street near the mosque."), "COERCE")
    assert [a.code for a in sealed.target] == ["BELCVL"]


def test_an_operation_that_kills_is_the_act_of_whoever_carried_it_out(nlp):
    ev = _one(_events("A Syrian gunman blew himself up in Aleppo as part of an operation that killed 20 soldiers."), "ASSAULT")
    assert _countries(ev.source) == {"SYR"}
    retaliation = [e for e in _events("The Pentagon weighed how to retaliate against a gas attack that killed dozens of "
                                      "Syrian civilians.") if e.trigger == "killed"]
    assert all("USA" not in _countries(e.source) for e in retaliation)


def test_a_city_that_only_qualifies_a_noun_gives_no_country_to_the_sentence(nlp):
    text = ("BRUSSELS - Investigators searched a flat on Sunday. The cousin of one of the Madrid plotters "
            "was arrested by the police on Monday.")
    ev = _one(_events(text), "COERCE")
    assert "ESP" not in _countries(ev.source)


def test_a_private_person_travelling_is_no_state_visit(nlp):
    assert not [e for e in _events("Mr. Belkadi traveled to Turkey in 2013, Turkish officials said.") if e.plover == "CONSULT"]
    ev = _one(_events("The Chinese foreign minister traveled to Turkey on Monday."), "CONSULT")
    assert _countries(ev.target) == {"TUR"}


def test_rallies_announced_after_a_strike_are_acts_of_their_own(nlp):
    events = _events("Dozens of cleaners are striking at the central station in Denver on Wednesday. "
                     "Rallies will be held at almost 30 other stations across the state.")
    protests = [e for e in events if e.plover == "PROTEST"]
    assert len(protests) == 2, [(e.trigger, e.rule) for e in protests]
    assert {e.modality for e in protests} == {"asserted", "intended"}


def test_a_relative_object_is_its_antecedent_and_few_stands_for_the_group_before(nlp):
    ev = _one(_events("The rebels that the army attacked on Monday fled to Mali."), "ASSAULT")
    assert [a.sector for a in ev.target] == ["REB"]
    events = _events("Several opposition lawmakers met in Caracas. But few openly criticized the president.")
    crit = _one(events, "ACCUSE")
    assert crit.source and "group named before" in crit.rule


def test_sworn_or_ready_to_fight_is_a_threat_and_pressuring_someone_a_demand(nlp):
    ev = _one(_events("Ethnic Albanian rebels have sworn to fight the Macedonian army."), "THREATEN")
    assert ev.modality == "threatened"
    ev = _one(_events("Iranian authorities have been pressuring Iranian bus workers to cancel the strike."), "REQUEST")
    assert _countries(ev.source) == {"IRN"}


def test_a_place_stands_for_the_people_it_is_for_and_armed_men_are_not_armed_by_anyone(nlp):
    events = _events("A makeshift camp for Sudanese refugees was attacked by Chadian gunmen armed with rifles.")
    ev = _one(events, "ASSAULT")
    assert _countries(ev.source) == {"TCD"} and _countries(ev.target) == {"SDN"}
    assert not [e for e in events if e.plover == "AID"]
    assert _one(_events("Iran armed the Houthi rebels in Yemen."), "AID")


def test_condemning_attacks_carried_out_by_someone_targets_them(nlp):
    ev = _one(_events("The Turkish government condemned the attacks carried out by Kurdish militants."), "ACCUSE")
    assert ev.target and "REB" in (ev.target[0].code or "")


def test_a_re_mention_placed_in_the_same_country_is_the_same_act(nlp):
    events = _events("Islamist gunmen attacked a concert hall in Paris on Friday, killing 89 people. "
                     "Investigators believe the attacks in France were planned in Belgium.")
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger, e.place and e.place.name) for e in assaults]


def test_speaking_out_takes_a_side_and_a_deed_object_names_its_doer(nlp):
    ev = _one(_events("The Polish president spoke out forcefully against the Russian invasion of Ukraine."), "ACCUSE")
    assert _countries(ev.target) == {"RUS"}
    assert _one(_events("The Polish president spoke out in favor of Ukraine's membership of NATO."), "SUPPORT")
    ev = _one(_events("The Turkish foreign minister condemned Israel's blockade of Gaza."), "ACCUSE")
    assert _countries(ev.target) == {"ISR"}


def test_accepting_a_proposal_is_agreeing_even_with_no_named_counterpart(nlp):
    ev = _one(_events("Norway on Friday accepted a formula for settling its whaling dispute."), "AGREE")
    assert _countries(ev.source) == {"NOR"}


def test_any_sanctions_are_no_act_yet_and_ready_to_crush_has_the_copulas_subject(nlp):
    events = _events("Moscow said it would retaliate against any new sanctions imposed by Washington.")
    assert not [e for e in events if e.trigger == "sanctions"]
    ev = _one(_events("The Chinese army said it was ready to crush any attempt at Taiwanese independence."), "THREATEN")
    assert _countries(ev.source) == {"CHN"}


def test_after_a_meeting_the_speaker_is_one_who_met(nlp):
    ev = _one(_events("After a meeting with the Chinese foreign minister, the Japanese prime minister said "
                      "relations had improved."), "CONSULT")
    # (a meeting has every party as a source, PLOVER's convention)
    assert _countries(ev.source) == {"JPN", "CHN"} and ev.target == []


def test_preparations_for_an_attack_are_not_the_attack(nlp):
    assert not [e for e in _events("The Syrian army completed preparations for an attack on Idlib.") if e.plover == "ASSAULT"]


def test_censuring_a_deed_is_aimed_at_its_doer_not_its_victims(nlp):
    ev = _one(_events("The Dutch foreign minister condemned the violence against peaceful marchers."), "ACCUSE")
    assert not [a for a in ev.target if a.sector == "CVL"]
    ev = _one(_events("The Dutch foreign minister condemned the beating of students by Serbian police."), "ACCUSE")
    assert _countries(ev.target) == {"SRB"}


def test_words_that_only_look_like_acts(nlp):
    # an arrest warrant arrests no one; "control measures" take no territory; hosting refugees is no visit;
    # a missile named in passing attacks no one
    assert not [e for e in _events("A judge in Peru issued an arrest warrant for the former president.")
                if e.plover == "COERCE" and e.modality == "asserted"]
    assert not [e for e in _events("The navy said it had taken control measures against the trawlers.")
                if e.plover == "ASSAULT"]
    assert not [e for e in _events("Chad, which hosts about half a million Sudanese refugees, held talks with Niger.")
                if e.plover == "CONSULT" and e.trigger == "hosts"]
    assert not [e for e in _events("The rocket flew 900 km, a record for an Iranian missile.") if e.plover == "ASSAULT"]


def test_a_tie_that_is_ended_is_no_act_of_its_own(nlp):
    evs = _events("Canada suspended its defence partnership with Ghana on Monday.")
    assert not [e for e in evs if e.plover == "COOPERATE"]
    assert _one(evs, "SANCTION").trigger == "suspended"
    ev = _one(_events("Niger withdrew from the defence treaty with Benin."), "REJECT")
    assert _countries(ev.source) == {"NER"}


def test_a_finite_verb_joined_to_a_passive_one_is_active(nlp):
    ev = _one(_events("The Kenyan minister was angered by the report and called on Uganda to open the border."),
              "REQUEST")
    assert _countries(ev.source) == {"KEN"}
    assert _countries(ev.target) == {"UGA"}


def test_a_deed_a_speaker_reacts_to_is_not_the_speakers(nlp):
    evs = _events('Rebels shelled a market in Mopti on Tuesday, killing 12 people. A UN official said she was '
                  '"horrified" by the attack and called for an inquiry.')
    assert not [e for e in evs if e.plover == "ASSAULT" and any(a.code == "IGOUNO" for a in e.source)]
    assert [a.code for a in _one(evs, "REQUEST").source] == ["IGOUNO"]


def test_water_cannon_on_a_ship_is_no_protest(nlp):
    ev = _one(_events("Vietnamese coast guard ships fired water cannon at a Cambodian fishing boat."), "ASSAULT")
    assert "Protest" not in (ev.acled or "")


def test_hours_to_leave_expel_and_hours_to_comply_are_an_ultimatum(nlp):
    ev = _one(_events("Chad gave Sudan's ambassador 48 hours to leave the country."), "SANCTION")
    assert ev.cameo == "166" and _countries(ev.target) == {"SDN"}
    ev = _one(_events("The Malian army gave the rebels 24 hours to lay down their arms."), "THREATEN")
    assert ev.cameo == "139"


def test_turning_to_someone_for_help_asks_them(nlp):
    ev = _one(_events("Burkina Faso turned to Turkey for military assistance."), "REQUEST")
    assert _countries(ev.source) == {"BFA"} and _countries(ev.target) == {"TUR"}
    assert not [e for e in _events("The crowd turned to violence after dark.") if e.plover == "REQUEST"]


def test_a_tally_over_a_period_is_no_event(nlp):
    assert not [e for e in _events("At least 40 journalists have been killed in Mexico since 2020.")
                if e.plover == "ASSAULT"]
    assert _one(_events("Gunmen killed 12 villagers in Zamfara on Monday."), "ASSAULT")


def test_the_north_after_north_korea_is_north_korea(nlp):
    evs = _events("North Korea tested a missile on Friday. Japan said it would impose sanctions on firms "
                  "linked to the North's missile programme.")
    assert _countries(_one(evs, "THREATEN").target) == {"PRK"}


def test_condemning_the_launch_is_aimed_at_who_launched(nlp):
    evs = _events("Iran fired a ballistic missile into the Gulf on Sunday. Kuwait condemned the launch.")
    assert _countries(_one(evs, "ACCUSE").target) == {"IRN"}


def test_a_bureau_abroad_does_not_make_the_story_its_country(nlp):
    text = ("VILNIUS (AP) - A court in Belarus on Tuesday jailed an opposition activist for five years. "
            "The activist was arrested in 2022. The authorities accused him of organising protests against "
            "the government of Belarus, and Poland condemned the verdict.")
    evs = _events(text)
    arrest = _one(evs, "COERCE")
    assert _countries(arrest.source) == {"BLR"} and arrest.place.country == "BLR"
    assert _countries(_one(evs, "ACCUSE").source) == {"BLR"}


def test_an_arrest_abroad_by_police_is_placed_where_the_police_are(nlp):
    ev = _one(_events("German police detained a Syrian man in Solingen on Saturday."), "COERCE")
    assert ev.place.country == "DEU"
    ev = _one(_events("Sri Lankan police detained 12 Indian fishermen."), "COERCE")
    assert ev.place.country == "LKA"


def test_kinds_of_rules_and_alleged_offences_are_no_events(nlp):
    assert not [e for e in _events("Opposition leaders in Austria called for tougher deportation rules.")
                if e.plover == "COERCE"]
    evs = _events("A court in Minsk sentenced a blogger to six years on charges of inciting hatred.")
    assert [e.plover for e in evs] == ["SANCTION"]


def test_a_second_speech_act_hung_on_a_reported_adverbial_is_the_speakers(nlp):
    ev = _one(_events("The Kenyan president said the talks would resume once the rains ended and vowed to "
                      "crush the Somali militants."), "THREATEN")
    assert _countries(ev.source) == {"KEN"} and ev.modality == "threatened"


def test_objects_joined_to_a_trigger_word_and_subjects_of_participles(nlp):
    ev = _one(_events("Turkey said it was sending rescue teams and aid to Morocco."), "AID")
    assert _countries(ev.source) == {"TUR"}
    assert not [e for e in _events("The cyclone crossed the coast on Sunday, destroying roads and bridges.")
                if e.plover == "ASSAULT"]


def test_a_jail_as_a_place_and_a_licence_to_act_are_no_acts(nlp):
    evs = _events("Egypt released 20 Sudanese detainees from its jails on Monday.")
    assert [e.plover for e in evs] == ["RETREAT"]
    assert not [e for e in _events("Iran accused Washington of giving Israel a licence to kill.")
                if e.plover == "ASSAULT"]


def test_what_a_vetoed_text_would_have_done_is_not_the_vetoers(nlp):
    evs = _events("Russia vetoed a draft resolution that would have demanded a truce in Sudan.")
    assert not [e for e in evs if e.plover == "REQUEST" and _countries(e.source) == {"RUS"}]


def test_backing_tariffs_on_goods_made_in_a_country_sanctions_it(nlp):
    ev = _one(_events("Canada backed tariffs on imports of steel made in China."), "SANCTION")
    assert _countries(ev.source) == {"CAN"} and _countries(ev.target) == {"CHN"}


def test_two_nations_soldiers_clashing_fight_each_other(nlp):
    evs = [e for e in _events("Armenian and Azerbaijani soldiers clashed on the border.") if e.plover == "ASSAULT"]
    assert [(_countries(e.source), e.target) for e in evs] == [({"ARM", "AZE"}, [])]  # every side a source


def test_a_weapon_fired_by_someone_that_strikes_is_one_attack_by_them(nlp):
    evs = [e for e in _events("A drone launched by Ukrainian forces struck a refinery in Russia's Bryansk region.")
           if e.plover == "ASSAULT"]
    assert len(evs) == 1 and _countries(evs[0].source) == {"UKR"}


def test_a_past_tense_joined_to_a_future_is_done(nlp):
    ev = _one(_events("The Peruvian president said he would never resign and urged his supporters to stay calm."),
              "REQUEST")
    assert ev.modality == "asserted"


def test_game_reports_with_league_words_are_sport(nlp):
    text = ("Manchester City beat Porto 3-0 on Tuesday to reach the Champions League final. The defending "
            "champions scored twice in added time. Manager Pep Guardiola praised his players.")
    assert dyads.code(text, published="2019-05-10").events == []


def test_naming_verdicts_and_official_protests(nlp):
    ev = _one(_events("A court in Lima found the former mayor guilty of taking bribes."), "SANCTION")
    assert _countries(ev.source) == {"PER"}
    assert not [e for e in _events("The opposition leader called the verdict an execution of Peruvian democracy.")
                if e.plover == "ASSAULT"]
    ev = _one(_events("The American envoy met Lai in Taipei, drawing a protest from Beijing."), "ACCUSE")
    assert _countries(ev.source) == {"CHN"}


def test_barrages_of_missiles_and_of_criticism(nlp):
    ev = _one(_events("Russia launched a barrage of drones at Kharkiv overnight."), "ASSAULT")
    assert _countries(ev.source) == {"RUS"}
    assert not [e for e in _events("The Kenyan minister faced a barrage of questions.") if e.plover == "ASSAULT"]


def test_habits_of_violence_and_the_strike_named_again(nlp):
    assert not [e for e in _events("Armed gangs in the region frequently abduct farmers for ransom.")
                if e.plover == "ASSAULT"]
    evs = [e for e in _events("An Israeli air strike hit a building in Tyre on Monday. The strike destroyed two "
                              "floors and killed four civilians.") if e.plover == "ASSAULT"]
    assert len(evs) == 1 and _countries(evs[0].source) == {"ISR"}


def test_a_past_tense_joined_to_a_subordinate_clause_continues_the_main_one(nlp):
    ev = _one(_events("Gunmen from a Somali militia arrived as prayers were starting and seized three Kenyan "
                      "teachers."), "ASSAULT")  # teachers seized are abducted (181)
    assert "REB" in {a.sector for a in ev.source}


def test_sanctioned_companies_do_not_take_the_sanctioners_country(nlp):
    ev = _one(_events("Britain imposed sanctions on six companies that ship Iranian oil."), "SANCTION")
    assert "GBR" not in _countries(ev.target)


def test_exchanging_heavy_fire_and_foreign_services(nlp):
    evs = [e for e in _events("Pakistani and Afghan border guards exchanged heavy fire on Sunday.") if e.plover == "ASSAULT"]
    assert [(_countries(e.source), e.target) for e in evs] == [({"PAK", "AFG"}, [])]
    ev = _one(_events("The Serbian president accused foreign intelligence services of organising the protests."),
              "ACCUSE")
    assert "SRB" not in _countries(ev.target)


def test_a_place_of_the_next_verb_is_not_this_ones_target(nlp):
    ev = _one(_events("A Belgian court heard that the man had kidnapped his brother and taken him to Syria."),
              "ASSAULT")
    assert "SYR" not in _countries(ev.target)
    ev = _one(_events("Peru has established diplomatic relations with and set up an embassy in Tashkent."), "SUPPORT")
    assert _countries(ev.target) == {"UZB"}


def test_a_finite_relative_clause_is_asserted_in_its_own_tense(nlp):
    evs = _events("The rebels plan to attack the town that the army captured last week.")
    captured = next(e for e in evs if e.trigger == "captured")
    assert captured.modality == "asserted" and captured.plover == "ASSAULT"
    attack = next(e for e in evs if e.trigger == "attack")
    assert attack.modality != "asserted"


def test_the_police_named_long_before_is_not_the_police_now(nlp):
    filler = " ".join(f"Belgian officials met in Brussels on day {i} to discuss the budget." for i in range(1, 14))
    text = ("BRUSSELS — Belgian ministers met on Monday. The French police stopped a car near the border "
            "on Saturday. " + filler + " A man was arrested by the police on Sunday.")
    ev = next(e for e in _events(text) if e.trigger.startswith("arrest"))
    assert _countries(ev.source) == {"BEL"}
    near = _events("The French police stopped a car near the border. A man was arrested by the police.")
    ev = next(e for e in near if e.trigger.startswith("arrest"))
    assert _countries(ev.source) == {"FRA"}


def test_police_standing_by_and_missiles_being_ready_are_no_acts(nlp):
    evs = _events("Police in riot gear stood by but did not intervene. \"Our missiles are ready,\" the general said.")
    assert not [e for e in evs if e.plover in ("SUPPORT", "ASSAULT")], [(e.plover, e.trigger) for e in evs]
    ev = _one(_events("Russia stood by its ally Syria."), "SUPPORT")
    assert _countries(ev.target) == {"SYR"}


def test_a_crushing_response_is_no_crackdown(nlp):
    evs = _events("Iran warned that any attack would be met with a crushing response, hours after an American "
                  "aircraft carrier entered the Gulf.")
    assert [e.trigger for e in evs if e.plover == "ASSAULT"] == []


def test_mediators_are_not_each_others_targets(nlp):
    ev = _one(_events("Egypt and Qatar mediated talks between the two sides on Monday."), "CONSULT")
    assert _countries(ev.source) == {"EGY", "QAT"} and not ev.target


def test_sanctions_agreed_to_be_imposed_and_their_scope(nlp):
    evs = _events("EU governments agreed to impose a new package of sanctions on Russia over the war, "
                  "targeting its fleet of tankers.")
    ev = _one(evs, "SANCTION")
    assert _countries(ev.target) == {"RUS"}
    assert not [e for e in evs if e.plover in ("AGREE", "ASSAULT")], [(e.plover, e.trigger) for e in evs]


def test_what_a_pact_allows_is_not_done(nlp):
    evs = _events("Japan and the Philippines signed a defence pact on Monday allowing their troops to hold "
                  "exercises on each other's territory.")
    assert [e.trigger for e in evs if e.trigger.startswith("hold") or "exercise" in e.trigger] == []


def test_setting_fire_is_no_future_and_a_vow_after_said_is_the_speakers(nlp):
    evs = _events("Protesters set fire to a police station in Lahore and attacked army headquarters in "
                  "Rawalpindi, the military said, vowing to punish those responsible.")
    assert all(e.modality == "asserted" for e in evs if e.plover == "PROTEST")
    vow = next(e for e in evs if e.trigger.startswith("vow"))
    assert [a.text for a in vow.source] == ["the military"]


def test_a_river_name_is_no_town_elsewhere(nlp):
    evs = _events("BELGRADE — Students blocked a bridge over the Sava river on Saturday.")
    assert all("MDG" not in _countries(e.source) for e in evs)


def test_an_event_in_an_after_clause_does_not_take_the_main_clauses_doer(nlp):
    evs = _events("Israeli warplanes struck targets in southern Lebanon on Tuesday after rockets were fired at "
                  "northern Israel.")
    fired = next(e for e in evs if e.trigger.startswith("fired"))
    assert not fired.source


def test_the_pronoun_object_of_a_participle_is_not_its_understood_subject(nlp):
    ev = _one(_events("Russia expelled the British Council, accusing it of spying."), "ACCUSE")
    assert _countries(ev.target) == {"GBR"}


def test_regret_meet_and_threat_idioms_by_their_objects_and_tense(nlp):
    assert _one(_events("Germany said it regretted the decision of the Polish government."), "ACCUSE")
    regret = _one(_events("Germany regrets the loss of life."), "CONCEDE")
    assert _countries(regret.source) == {"DEU"} and not regret.target
    threat = _one(_events("Iran said the United States would regret it."), "THREATEN")
    assert _countries(threat.source) == {"IRN"} and _countries(threat.target) == {"USA"}
    assert _one(_events("The French government met the farmers' demands on Friday."), "CONCEDE")
    assert not [e for e in _events("The French plan meets the deadline.") if e.plover == "CONSULT"]


def test_it_after_and_said_is_the_first_verbs_subject(nlp):
    evs = _events("Japan's defence ministry condemned the drills and said it had sent warships to watch them.")
    ev = next(e for e in evs if e.plover == "MOBILIZE")
    assert _countries(ev.source) == {"JPN"}


def test_a_rally_outside_a_foreign_base_and_a_prisoner_exchange(nlp):
    ev = _one(_events("Thousands of people rallied outside the French military base in Niamey."), "PROTEST")
    assert _countries(ev.target) == {"FRA"}
    swaps = [e for e in _events("Ukraine and Russia exchanged 200 prisoners of war on Wednesday.") if e.plover == "RETREAT"]
    assert {c for e in swaps for c in _countries(e.source)} == {"UKR", "RUS"}


def test_protests_a_decision_prompted_are_not_its_makers(nlp):
    text = ("DAKAR — Senegal's President Macky Sall postponed the election on Saturday, prompting protests in the "
            "capital.")
    ev = _one(_events(text), "PROTEST")
    assert not [a.text for a in ev.source if "Sall" in a.text]
    assert _countries(ev.source) == {"SEN"} and _countries(ev.target) == {"SEN"}


def test_breaking_into_networks_is_a_cyberattack_and_a_house_no_event(nlp):
    ev = _one(_events("Chinese hackers broke into the email accounts of US officials."), "COERCE")
    assert ev.cameo == "176" and _countries(ev.source) == {"CHN"}
    assert _one(_events("Russian hackers breached the networks of the German parliament."), "COERCE").cameo == "176"
    assert _events("Thieves broke into a house in Leeds on Monday.") == []
    assert _one(_events("Russia breached the ceasefire on Monday."), "REJECT")


def test_an_aid_package_its_weapons_and_the_deal_it_is_under(nlp):
    evs = _events("The United States announced a military aid package for Ukraine on Wednesday. The package "
                  "includes air defence missiles and artillery shells.")
    assert [(e.plover, tuple(_countries(e.target))) for e in evs] == [("AID", ("UKR",))]
    evs = _events("Under the deal, Hamas will free 20 Israeli hostages.")
    assert [e.plover for e in evs] == ["RETREAT"]


def test_a_consulate_closed_and_a_reply_in_kind(nlp):
    ev = _one(_events("Poland closed a Russian consulate in Poznan on Monday."), "SANCTION")
    assert _countries(ev.target) == {"RUS"}
    ev = _one(_events("Russia denied any involvement and said it would respond in kind."), "THREATEN")
    assert _countries(ev.source) == {"RUS"}


def test_troops_firing_are_no_arson_and_artillery_shells_that_hit_are_shelling(nlp):
    ev = _one(_events("Azerbaijan said Armenian troops had fired at its positions near the border."), "ASSAULT")
    assert ev.acled != "Looting/property destruction" and ev.cameo != "1712"
    assert _one(_events("Artillery shells hit a market in Donetsk on Monday."), "ASSAULT")


def test_a_junta_named_in_an_after_clause_and_acts_kept_from_happening(nlp):
    ev = _one(_events("Mali's military government gave the French ambassador 72 hours to leave, after French "
                      "officials criticised the junta as illegitimate."), "ACCUSE")
    assert _countries(ev.target) == {"MLI"}
    evs = _events("The court ordered Israel to take all measures to prevent acts of genocide in Gaza, "
                  "after heavy Israeli strikes on Rafah.")
    assert not [e for e in evs if e.trigger == "genocide"]
    ev = _one(_events("Police stopped the march in Nairobi on Monday."), "PROTEST")
    assert "Police" not in [a.text for a in ev.source]
    ev = _one(_events("The junta in Mali has been blocking elections for two years."), "REJECT")
    assert ev.cameo == "129"


def test_setting_a_building_on_fire_is_a_riot(nlp):
    ev = _one(_events("NAIROBI — Protesters set part of the parliament building on fire on Tuesday."), "PROTEST")
    assert ev.cameo == "145" or "riot" in ev.rule


def test_a_state_of_alert_and_a_feeling_about_a_build_up(nlp):
    ev = _one(_events("The president placed the army on its highest state of alert on Monday."), "MOBILIZE")
    assert ev.trigger.startswith("placed")
    evs = _events("Britain said it was deeply concerned by the build-up and urged both sides to talk.")
    assert not [e for e in evs if e.plover == "MOBILIZE" and _countries(e.source) == {"GBR"}]


def test_a_past_tense_joined_to_an_infinitive_or_gerund_continues_the_finite_clause(nlp):
    evs = _events("Kosovo's interior minister said police had arrested three Serbs suspected of attacking "
                  "officers during riots last month and seized weapons and ammunition.")
    seized = [e for e in evs if "seize" in e.trigger]
    assert seized and all("Serbs" not in a.text for e in seized for a in e.source), [
        (e.trigger, [a.text for a in e.source]) for e in seized]
    evs = _events("Niger's military government ordered the French ambassador to leave the country within "
                  "48 hours on Friday and suspended exports of uranium to France.")
    assert all("ambassador" not in a.text for e in evs for a in e.source), [(e.trigger, e.source) for e in evs]


def test_what_a_fight_goes_on_until_is_a_goal_not_a_fact(nlp):
    evs = _events("Israel will fight until Hamas is destroyed.")
    assert not [e for e in evs if e.plover == "ASSAULT" and e.modality == "asserted"]
    ev = _one(_events("The protesters did not leave until police fired tear gas."), "ASSAULT")
    assert ev.modality == "asserted"


def test_troops_stationed_somewhere_now_are_no_deployment_and_an_organisation_leads_its_force(nlp):
    assert not [e for e in _events("About 1,500 French troops are stationed in Niger.") if e.plover == "MOBILIZE"]
    ev = _one(_events("Vucic asked NATO-led peacekeepers to protect the Serbs."), "REQUEST")
    assert [a.code for a in ev.target] and ev.target[0].code.startswith("IGO")


def test_both_sides_are_the_two_countries_told_before(nlp):
    evs = _events("Armenian and Azerbaijani troops exchanged fire along their border overnight.\n\n"
                  "Russia called on both sides to show restraint. France urged the two countries to talk.")
    req = [e for e in evs if e.plover == "REQUEST"]
    assert len(req) == 2 and all(_countries(e.target) == {"ARM", "AZE"} for e in req), [
        (e.trigger, [a.code for a in e.target]) for e in req]
    evs = _events("Farmers on both sides of the border protested against the new tariffs.")
    assert not [a for e in evs for a in e.source + e.target if "both sides" in a.text]


def test_a_vow_to_bring_to_justice_is_a_threat_and_a_trend_of_attacks_is_no_attack(nlp):
    ev = _one(_events("The president condemned the bombing and vowed that those responsible would be "
                      "brought to justice."), "THREATEN")
    assert "justice" in ev.rule or "bring" in ev.rule
    ev = _one(_events("The president vowed that Russia would be punished."), "THREATEN")
    assert _countries(ev.target) == {"RUS"}
    assert not [e for e in _events("Attacks by the group have surged since the rebels took the capital in 2021.")
                if e.plover == "ASSAULT"]


def test_open_to_talks_is_the_subjects_announced_act_and_brussels_is_the_eu_in_an_eu_story(nlp):
    ev = _one(_events("Iran is open to negotiations with the United States."), "AGREE")
    assert _countries(ev.source) == {"IRN"} and ev.modality == "intended"
    ev = _one(_events("The European Union imposed tariffs on Chinese cars.\n\nGermany urged Brussels to "
                      "negotiate a solution."), "REQUEST")
    assert [a.code for a in ev.target] and ev.target[0].code.startswith("IGOEU")


def test_goods_are_their_makers_and_halted_exports_are_an_embargo(nlp):
    ev = _one(_events("The European Commission imposed tariffs on electric vehicles imported from China."), "SANCTION")
    assert _countries(ev.target) == {"CHN"}
    ev = _one(_events("Beijing opened an investigation into pork imports from Spain."), "ACCUSE")
    assert _countries(ev.target) == {"ESP"}
    ev = _one(_events("Russia halted exports of gas to Poland."), "SANCTION")
    assert _countries(ev.target) == {"POL"} and ev.cameo == "163"


def test_the_two_leaders_of_the_same_sentence_and_acts_named_in_an_until_clause_or_obstructed(nlp):
    ev = _one(_events("Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin "
                      "on Tuesday and the two leaders signed agreements on energy."), "SUPPORT")
    assert _countries(ev.source) == {"IND", "RUS"}
    ev = _one(_events("The group said it would keep attacking ships until Israel stopped its attacks on Gaza."),
              "ASSAULT")
    assert ev.modality == "asserted" and _countries(ev.source) == {"ISR"}
    evs = _events("The United States punished the prosecutor last year for obstructing investigations.")
    assert not [e for e in evs if e.plover == "ACCUSE" and _countries(e.source) == {"USA"}]


def test_companies_of_forces_sent_and_a_warning_of_a_forecast(nlp):
    ev = _one(_events("The federal government sent 10 more companies of paramilitary forces to the state."),
              "MOBILIZE")
    assert ev.trigger.startswith("sent")
    evs = _events("The Bank of England raised interest rates and warned that borrowing costs could stay high.")
    assert not [e for e in evs if e.plover == "THREATEN"]
    assert _one(_events("Iran warned that the United States would pay a heavy price."), "THREATEN")


def test_a_vote_called_is_no_request_and_an_act_something_is_treated_as_is_no_act(nlp):
    assert not [e for e in _events("He acted two days after a referendum he called on the territory.")
                if e.plover == "REQUEST"]
    assert not [e for e in _events("The president called a snap election for June.") if e.plover == "REQUEST"]
    assert _one(_events("The UN called on Israel to halt the offensive."), "REQUEST")
    evs = _events("The Kremlin said any aggression against Belarus would be treated as an attack on Russia.")
    assert not [e for e in evs if e.trigger == "attack"]


def test_the_caller_of_both_countries_is_not_one_of_them(nlp):
    evs = _events("Venezuela claims the Essequibo region of Guyana.\n\nBrazil reinforced its military presence "
                  "on its northern border with both countries.\n\nThe two countries agreed on Thursday to hold talks.")
    ev = _one(evs, "AGREE")
    assert _countries(ev.source) | _countries(ev.target) == {"VEN", "GUY"}


def test_two_diplomatic_acts_in_one_clause_and_a_call_after_a_feeling(nlp):
    evs = _events("Iraq's foreign ministry condemned the Turkish strikes as a violation of its sovereignty and "
                  "summoned the Turkish charge d'affaires in Baghdad.")
    assert {e.trigger for e in evs if e.plover == "ACCUSE"} >= {"condemned", "summoned"}
    ev = _one(_events("The United States said in a statement it was deeply concerned by the violence and "
                      "called for restraint."), "REQUEST")
    assert _countries(ev.source) == {"USA"}


def test_not_allowing_an_act_and_an_act_told_as_the_time_of_another(nlp):
    evs = _events("We will not allow our democracy to be hijacked by criminals, the president said.")
    assert not [e for e in evs if e.plover == "THREATEN"]
    evs = _events("Israel struck Gaza after rocket attacks on Sderot.")
    assert not [e for e in evs if e.trigger == "rocket attacks" and _countries(e.source) == {"ISR"}]
    evs = _events("Turkish warplanes struck militant targets in Iraq on Thursday, a day after an attack on a "
                  "company near Ankara killed five people.")
    assert not [e for e in evs if e.trigger != "struck" and "warplanes" in " ".join(a.text for a in e.source)]


def test_police_beside_a_people_named_and_freed_prisoners_arriving(nlp):
    evs = _events("Pakistan began deporting Afghans on Wednesday, Pakistani officials said. Islamabad says "
                  "Pakistan cannot host them.\n\nRights groups said police had demolished "
                  "homes and detained Afghans who held valid documents.")
    assert not [e for e in evs if any(a.text == "police" and a.country == "AFG" for a in e.source)]
    evs = _events("Five Americans detained in Iran arrived in Qatar on Monday on their way home.")
    assert not [e for e in evs if e.plover == "CONSULT"]


def test_a_warning_of_a_crisis_a_speakers_participle_and_a_move_criticised(nlp):
    evs = _events("The refugee agency urged Pakistan to suspend the deportations, warning of a humanitarian crisis.")
    assert not [e for e in evs if e.plover == "THREATEN"]
    assert _one(_events("Iran warned of a crushing response."), "THREATEN")
    ev = _one(_events("Vietnam demanded that China withdraw a survey ship from its waters, accusing Beijing of "
                      "violating its sovereignty."), "ACCUSE")
    assert _countries(ev.source) == {"VNM"}
    ev = _one(_events("The United States designated several Mexican cartels as terrorist organisations, a move "
                      "Mexico has criticised as a threat to its sovereignty."), "ACCUSE")
    assert _countries(ev.target) == {"USA"}


def test_republicans_stay_american_where_the_united_states_is_named(nlp):
    evs = _events("Five Americans detained in Iran arrived in Qatar on Monday on their way home after being freed "
                  "in a prisoner exchange in which Washington released five Iranians and unfroze $6 billion in "
                  "Iranian funds.\n\nThe deal, mediated by Qatar over months of indirect talks, was criticised by "
                  "Republicans, who said it would encourage Tehran to take more hostages. President Joe Biden also "
                  "announced new sanctions on Iran's intelligence ministry.\n\nIranian President Ebrahim Raisi said "
                  "the exchange was a humanitarian step and that Iran would decide how to spend the money. Iran has "
                  "denied taking Americans hostage for political leverage.")
    ev = _one(evs, "ACCUSE")
    assert _countries(ev.source) == {"USA"}


def test_an_act_told_as_the_time_of_another_is_no_content_and_unfrozen_funds_are_returned(nlp):
    ev = _one(_events("Five Americans arrived in Qatar after being freed by Iran."), "RETREAT")
    assert _countries(ev.source) == {"IRN"} and _countries(ev.target) == {"USA"}
    ev = _one(_events("Washington unfroze 6 billion dollars in Iranian funds."), "RETREAT")
    assert ev.cameo == "0842" and _countries(ev.target) == {"IRN"}


def test_a_promise_to_fight_a_social_ill_and_a_content_clauses_country(nlp):
    assert not [e for e in _events("Nigeria's new president has promised to fight corruption.")
                if e.plover == "THREATEN"]
    assert _one(_events("The president vowed to fight the rebels."), "THREATEN")
    ev = _one(_events("Senator Mark Warner called it the worst hack in U.S. history and urged the "
                      "administration to hold Beijing accountable."), "REQUEST")
    assert "CHN" not in _countries(ev.source)


def test_an_airstrike_that_killed_is_one_act_and_a_sheltering_school_no_aid(nlp):
    evs = _events("An Israeli airstrike on a school sheltering displaced families in central Gaza killed at "
                  "least 30 people on Thursday.")
    assert not [e for e in evs if e.plover == "AID"]
    hits = [e for e in evs if e.plover == "ASSAULT"]
    assert len(hits) == 1 and _countries(hits[0].source) == {"ISR"}, [(e.trigger, e.source) for e in hits]


def test_a_vowed_goal_a_vowed_veto_and_power_seized(nlp):
    evs = _events("Israel's prime minister has vowed to keep fighting until Hamas is destroyed.")
    assert not [e for e in evs if e.plover == "ASSAULT" and e.modality == "asserted"]
    ev = _one(_events("The president has vowed to veto any new funding law."), "REJECT")
    assert ev.modality == "intended"
    assert _one(_events("The army seized power in a coup in 2022."), "ASSAULT").cameo == "180"


def test_mediators_from_two_countries_are_theirs(nlp):
    ev = _one(_events("Mediators from Egypt and Qatar pressed Israel and Hamas to accept a ceasefire proposal."),
              "REQUEST")
    assert _countries(ev.source) == {"EGY", "QAT"}


def test_guarantors_of_talks_a_suspended_kidnapping_and_a_withdrawal_of_forces(nlp):
    evs = _events("Norway, Cuba and Venezuela, which guarantee the talks, welcomed the agreement.")
    assert not [e for e in evs if e.plover == "CONSULT"]
    ev = _one(_events("The rebels will suspend kidnappings for ransom under the deal."), "RETREAT")
    assert ev.cameo == "087"
    ev = _one(_events("The withdrawal of Russian forces from the city was completed."), "RETREAT")
    assert _countries(ev.source) == {"RUS"} and "RUS" not in _countries(ev.target)
    ev = _one(_events("Britain began the withdrawal of its troops from the region on Monday."), "RETREAT")
    assert _countries(ev.source) == {"GBR"}


def test_rescuers_dispatched_are_aid_and_a_name_set_off_by_commas_is_the_subject(nlp):
    ev = _one(_events("The European Union activated its civil protection mechanism and Greece, Turkey's "
                      "long-time rival, dispatched a team of rescuers to Turkey."), "AID")
    assert _countries(ev.source) == {"GRC"} and _countries(ev.target) == {"TUR"}
    assert _one(_events("Russia dispatched troops to the border."), "MOBILIZE")


def test_an_ordered_expulsion_a_recalled_charge_and_followers_storming_an_embassy(nlp):
    evs = _events("Iraq's prime minister ordered the expulsion of the Swedish ambassador and recalled Iraq's "
                  "charge d'affaires from Stockholm.")
    assert {e.cameo for e in evs if e.plover == "SANCTION"} >= {"166", "161"}, [(e.trigger, e.cameo) for e in evs]
    ev = _one(_events("Hundreds of supporters of Iraqi cleric Moqtada al-Sadr stormed the Swedish embassy in "
                      "Baghdad and set part of it on fire, protesting against the burning of a Koran."), "PROTEST")
    assert _countries(ev.source) == {"IRQ"} and ev.cameo == "145"


def test_an_agency_behind_an_attack_claims_it_and_a_coup_has_no_victims(nlp):
    ev = _one(_events("A roadside bomb killed three soldiers in Kandahar on Monday.\n\nA source told Reuters "
                      "the Taliban were behind the attack."), "ASSAULT")
    assert "claimed" in ev.rule and _countries(ev.source) == {"AFG"}
    evs = _events("Army officers in Gabon said they had seized power and placed President Ali Bongo under house "
                  "arrest.")
    coup = _one(evs, "ASSAULT")
    assert not [a for a in coup.target if "victims" in (a.rule or "")]
    assert len([e for e in evs if e.plover == "COERCE"]) == 1, [(e.trigger, e.target) for e in evs]


def test_towns_seized_are_ground_taken(nlp):
    ev = _one(_events("M23 rebels have seized a string of towns north of Goma."), "ASSAULT")
    assert ev.cameo == "190"
    assert _one(_events("Customs officers in Mombasa seized two tonnes of cocaine."), "COERCE")


def test_a_verdict_condemned_an_accusation_after_a_report_and_a_ruled_out_concession(nlp):
    ev = _one(_events("A Hong Kong court on Thursday convicted 14 activists of subversion, a verdict that Western "
                      "governments condemned as politically motivated."), "ACCUSE")
    assert "court" in " ".join(a.text for a in ev.target)
    ev = _one(_events("China's foreign ministry said Washington had no right to interfere in Hong Kong's affairs "
                      "and accused it of smearing the rule of law in the city."), "ACCUSE")
    assert _countries(ev.source) == {"CHN"} and _countries(ev.target) == {"USA"}
    assert not [e for e in _events("Ukraine has ruled out ceding any territory.") if e.plover == "RETREAT"]


def test_the_two_leaders_are_the_two_people_named_before(nlp):
    evs = _events("Turkish President Tayyip Erdogan hosted Ukrainian President Volodymyr Zelenskiy in Istanbul on "
                  "Friday and offered to host peace talks between Ukraine and Russia.\n\nThe two leaders signed "
                  "an agreement on the joint production of drones.")
    ev = _one(evs, "SUPPORT")
    assert _countries(ev.source) == {"TUR", "UKR"}


def test_drills_around_a_country_are_aimed_at_it(nlp):
    ev = _one(_events("China held military drills around Taiwan."), "MOBILIZE")
    assert _countries(ev.target) == {"TWN"}


def test_a_source_not_authorized_to_discuss_is_no_meeting(nlp):
    evs = _events("Two U.S. officials said, speaking on condition of anonymity because they were not authorized "
                  "to discuss internal deliberations with Venezuela, that sanctions were coming.")
    assert not [e for e in evs if e.plover == "CONSULT"]


def test_pursued_terrorists_are_no_judgement(nlp):
    evs = _events('"Our forces are pursuing the fleeing terrorists," army commander Mohamed Tahlil told state media.')
    assert not [e for e in evs if e.plover == "ACCUSE"]
    ev = _one(_events("Russia said the Ukrainian government was a terrorist regime."), "ACCUSE")
    assert _countries(ev.target) == {"UKR"}


def test_both_sides_are_the_two_named_most_and_a_move_that_threatens_risks(nlp):
    evs = _events("Azerbaijan shelled positions of ethnic Armenian forces in Karabakh on Tuesday, and Armenia "
                  "accused Azerbaijan of ethnic cleansing. Armenia's prime minister said Armenia had no troops in "
                  "the region.\n\nThe United States and France called on Baku to halt "
                  "its military action. Russia urged both sides to end the bloodshed.")
    ev = next(e for e in evs if e.trigger == "urged")
    assert _countries(ev.target) == {"ARM", "AZE"}
    evs = _events("Azerbaijan shelled Armenian positions on Tuesday, in a move that threatened to reignite war.")
    assert not [e for e in evs if e.plover == "THREATEN"]
    ev = _one(_events("Karabakh's Armenian authorities said at least 25 people had been killed and called on "
                      "Russian peacekeepers to stop the attack."), "REQUEST")
    assert "people" not in " ".join(a.text for a in ev.source)


def test_an_official_dismissed_and_a_habit_of_abduction(nlp):
    assert not [e for e in _events("The president dismissed the army chief on Tuesday.") if e.plover == "REJECT"]
    evs = _events("Armed gangs, known locally as bandits, frequently abduct villagers for ransom in Nigeria.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    assert _one(_events("Gunmen abducted 20 villagers in Zamfara, Nigeria, on Monday."), "ASSAULT")


def test_a_delayed_deal_is_not_the_delayers(nlp):
    evs = _events("Hungary, which has the closest ties to Moscow among EU members, had delayed the deal for weeks.")
    assert not [e for e in evs if _countries(e.source) == {"HUN"} and e.plover == "SUPPORT"]


def test_a_vowed_response_a_meeting_at_someones_request_and_some_of_the_marchers(nlp):
    ev = _one(_events("Israel vowed a painful response."), "THREATEN")
    assert _countries(ev.source) == {"ISR"}
    evs = _events("The U.N. Security Council will hold an emergency meeting on Wednesday at the request of Israel "
                  "and France.")
    assert not [e for e in evs if e.plover == "REQUEST" and _countries(e.target) >= {"ISR"}]
    evs = _events("Thousands of bus drivers marched to Congress in Lima, and some clashed with police.")
    assert not [e for e in evs if e.plover == "ASSAULT" and any(a.sector == "LEG" for a in e.source)]


def test_responding_appropriately_is_a_threat(nlp):
    ev = _one(_events("Britain called the accusation baseless and said London would respond appropriately."),
              "THREATEN")
    assert _countries(ev.source) == {"GBR"}


def test_a_participle_before_the_reporter_belongs_to_the_reported_clause(nlp):
    ev = _one(_events("Lithuania on Monday expelled a Belarusian consul, accusing him of spying on exiles, "
                      "the foreign ministry said."), "ACCUSE")
    assert _countries(ev.source) == {"LTU"}


def test_the_organ_that_summons_an_envoy_and_the_junta_are_not_the_envoys(nlp):
    evs = _events("Latvia's foreign ministry said on Monday that it would protest. "
                  "The ministry summoned Belarus's ambassador to explain the incident.")
    ev = next(e for e in evs if e.trigger == "summoned")
    assert "BLR" not in _countries(ev.source)
    evs = _events("Mali's military rulers told the Swedish envoy to leave within three days. "
                  "Sweden said the junta had acted without any grounds and that it would respond.")
    for e in evs:
        for a in e.source + e.target:
            if a.text.lower().endswith("junta"):
                assert a.country == "MLI"


def test_what_a_state_backs_is_not_that_state(nlp):
    evs = _events("Georgia banned two pro-Russian television stations on Thursday.")
    assert not [e for e in evs if "RUS" in _countries(e.target)]


def test_both_sides_of_a_civil_war_are_not_its_mediators(nlp):
    evs = _events("Ethiopia's army and the Tigray People's Liberation Front signed a truce on Friday. "
                  "The deal, brokered by Kenya and South Africa, takes effect at once. "
                  "Earlier truces failed as both sides blamed each other for new fighting.")
    ev = next(e for e in evs if e.trigger == "blamed")
    assert _countries(ev.source) == {"ETH"}


def test_those_arrested_are_of_the_arresting_state_not_of_the_speaker(nlp):
    evs = _events("ANKARA - The opposition leader was jailed last week. "
                  "The United States said it was troubled by the detentions of opposition journalists.")
    evs = [e for e in evs if e.trigger == "detentions"]
    ev = next(e for e in evs if e.plover == "COERCE")
    assert "USA" not in _countries(ev.target)


def test_a_go_between_is_not_a_party_to_the_deal_it_brokers(nlp):
    evs = _events("Armenia and Azerbaijan began a truce on Friday. The truce, brokered by Kazakhstan and Georgia, "
                  "held overnight.")
    assert not [e for e in evs if e.trigger == "truce" and "KAZ" in _countries(e.source)]


def test_thrown_eggs_and_pepper_spray_at_a_protest(nlp):
    evs = _events("Students threw eggs and bottles at the parliament building in Budapest on Monday.")
    assert _one(evs, "PROTEST").acled == "Violent demonstration"
    evs = _events("Police used pepper spray on students outside the parliament in Budapest on Monday.")
    assert [e for e in evs if e.cameo == "175"]


def test_a_protest_is_aimed_at_the_state_its_slogans_are_against(nlp):
    ev = _one(_events("Headline\n\nHundreds of people rallied in Bamako on Sunday, shouting slogans against "
                      "Denmark."), "PROTEST")
    assert _countries(ev.target) == {"DNK"}


def test_army_on_the_highest_level_of_readiness_and_a_gunfight_between_two_sides(nlp):
    ev = _one(_events("Croatia put its army on the highest level of combat readiness on Monday."), "MOBILIZE")
    assert _countries(ev.source) == {"HRV"}
    evs = _events("Clashes between Thai and Cambodian troops left six soldiers dead on Monday.")
    assert [(_countries(e.source), e.target) for e in evs if e.plover == "ASSAULT"] == [({"THA", "KHM"}, [])]


def test_co_mediators_do_not_mediate_with_each_other(nlp):
    evs = _events("The rebels freed three aid workers on Friday after mediation by Oman and Jordan.")
    assert not [e for e in evs if e.plover == "CONSULT" and e.target and _countries(e.target) & {"OMN", "JOR"}]


def test_weapons_supplied_are_goods_and_their_supplier_is_no_target(nlp):
    evs = _events("Canada sanctioned five Belarusian companies involved in supplying drones and rockets to Russia.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    ev = _one(evs, "AID")
    assert _countries(ev.source) == {"BLR"} and _countries(ev.target) == {"RUS"}
    evs = _events("Russia launched missiles supplied by North Korea at Kharkiv overnight.")
    assert not [e for e in evs if e.plover == "ASSAULT" and "PRK" in _countries(e.target)]


def test_a_warning_that_people_could_face_a_hardship_is_no_threat(nlp):
    evs = _events("The charity warned that thousands of children could suffer starvation this winter.")
    assert not [e for e in evs if e.plover == "THREATEN"]
    assert _one(_events("Berlin warned that Minsk would face harsher sanctions."), "THREATEN")


def test_a_past_tense_after_a_reported_modal_is_the_reporters_act(nlp):
    ev = _one(_events("Hungary's foreign minister said the talks would go on and rejected claims of a split."),
              "REJECT")
    assert _countries(ev.source) == {"HUN"} and ev.modality == "asserted"


def test_those_asked_are_the_object_not_the_target_of_the_asked_act(nlp):
    evs = _events("Taiwan has urged its partners to halt Chinese drone imports.")
    assert not [e for e in evs if e.plover == "REQUEST" and "CHN" in _countries(e.target)]


def test_appealing_a_verdict_is_no_request(nlp):
    evs = _events("The former minister was sentenced to five years in prison. Her lawyers said they would appeal.")
    assert not [e for e in evs if e.plover == "REQUEST"]
    evs = _events("The ministry said it would appeal the court's decision.")
    assert not [e for e in evs if e.plover == "REQUEST"]
    assert _one(_events("Sudan appealed to its neighbours for help on Monday."), "REQUEST")


def test_a_named_root_with_a_relative_clause_is_its_verbs_subject(nlp):
    ev = _one(_events("Turkey, which has soldiers in the area, called for an immediate end to the violence."), "REQUEST")
    assert _countries(ev.source) == {"TUR"}


def test_a_two_city_dateline_does_not_cut_the_first_sentence(nlp):
    ev = _one(_events("Headline\n\nDELHI/ISLAMABAD - Pakistan launched air strikes on Tuesday, bombing camps of "
                      "militants in Afghanistan."), "ASSAULT")
    assert _countries(ev.source) == {"PAK"}


def test_the_suspect_plots_not_the_police_that_arrest_him(nlp):
    evs = _events("French police detained three men on suspicion of smuggling weapons and planning "
                  "bomb attacks on churches.")
    plotted = [e for e in evs if e.plover in ("ASSAULT", "THREATEN")]
    assert plotted and not [e for e in plotted if any(a.sector == "COP" for a in e.source)]
    evs = _events("Police arrested four men for preparing attacks on synagogues.")
    assert not [e for e in evs if e.plover in ("ASSAULT", "THREATEN") and any(a.sector == "COP" for a in e.source)]


def test_a_topic_discussed_is_not_whom_they_consulted(nlp):
    evs = _events("The two envoys discussed new sanctions on Venezuela.")
    assert not [e for e in evs if e.plover == "CONSULT" and "VEN" in _countries(e.target)]


def test_what_a_rule_obliges_states_to_do_is_not_done(nlp):
    evs = _events("The court order requires police to arrest the former president if he returns.")
    assert evs and not [e for e in evs if e.modality == "asserted" or e.plover == "THREATEN"]


def test_dismissing_a_charge_as_baseless_is_a_rejection_but_a_court_dismissing_a_case_is_not(nlp):
    ev = _one(_events("Beijing dismissed the report as a fabrication."), "REJECT")
    assert _countries(ev.source) == {"CHN"}
    assert not [e for e in _events("A court in Lagos dismissed the lawsuit on Friday.") if e.plover == "REJECT"]
    assert _one(_events("The militia dismissed an appeal from the governor to hand over its weapons."), "REJECT")


def test_the_medium_that_carries_a_warning_is_neither_its_author_nor_its_target(nlp):
    evs = _events("Iran warned on Monday that it would retaliate against any attack. The warning, broadcast by "
                  "state television IRIB, came after new sanctions.")
    assert not [e for e in evs if e.plover == "THREATEN" and any("IRIB" in (a.text or "") for a in e.source + e.target)]


def test_condemning_the_violence_is_aimed_at_who_did_it_before(nlp):
    evs = _events("Armed settlers attacked a Palestinian village near Nablus on Friday. "
                  "Jordan condemned the violence on Saturday.")
    ev = next(e for e in evs if e.plover == "ACCUSE")
    assert any("settlers" in a.text for a in ev.target)


def test_days_of_exercises_and_a_vow_to_take_control_by_force(nlp):
    ev = _one(_events("Russia's navy launched three days of exercises near Finland on Monday."), "MOBILIZE")
    assert _countries(ev.source) == {"RUS"}
    ev = _one(_events("Serbia has vowed to bring the province back under its control, by force if needed."),
              "THREATEN")
    assert _countries(ev.source) == {"SRB"}


def test_forces_sent_are_the_senders_own(nlp):
    evs = _events("MOSCOW - Estonia said it had sent naval forces to shadow the Russian warships.")
    ev = next(e for e in evs if e.plover == "MOBILIZE")
    assert "RUS" not in _countries(ev.target)


def test_condemned_strikes_are_the_strikers_not_the_attack_told_beside_them(nlp):
    evs = _events("Israeli jets struck targets in Lebanon on Sunday, a day after Hezbollah rockets killed three "
                  "people in Haifa. The army said 20 sites had been hit. Officials said the jets returned safely. "
                  "Lebanon's foreign ministry condemned the strikes.")
    ev = next(e for e in evs if e.plover == "ACCUSE" and e.trigger == "condemned")
    assert any("jets" in a.text for a in ev.target)


def test_a_spokesman_for_an_agency_is_the_agencys(nlp):
    ev = _one(_events("CAIRO - A spokeswoman for the World Health Organization urged Israel to let fuel in."),
              "REQUEST")
    assert not _countries(ev.source) - {None} and "IGO" in (ev.source[0].code or "")


def test_pressing_an_offensive_is_fighting_not_an_appeal(nlp):
    evs = _events("Sudanese troops pressed an offensive near El Fasher on Monday.")
    assert not [e for e in evs if e.plover == "REQUEST"]
    assert _one(evs, "ASSAULT")


def test_the_latest_in_a_series_of_seizures_is_no_new_act(nlp):
    evs = _events("Police in Kampala detained an opposition leader on Monday, the latest in a series of arrests "
                  "of government critics.")
    assert len([e for e in evs if e.plover == "COERCE"]) == 1


def test_a_seized_ship_is_not_the_seizing_states_people(nlp):
    ev = _one(_events("Headline\n\nTEHRAN - Iran's navy seized a tanker in the Strait of Hormuz on Friday."), "COERCE")
    assert not [a for a in ev.target if a.sector == "CVL"]


def test_help_withheld_unless_and_an_aid_package_vetoed(nlp):
    ev = _one(_events("Slovakia said it would not support the deal unless Brussels paid compensation to its farmers."),
              "THREATEN")
    assert _countries(ev.source) == {"SVK"}
    evs = _events("Poland vetoed an EU aid package for Moldova on Friday.")
    assert _one(evs, "REJECT") and not [e for e in evs if e.plover == "AID"]


def test_security_guarantees_offered_are_a_promise(nlp):
    ev = _one(_events("Germany said it was ready to give security guarantees to Moldova."), "AGREE")
    assert _countries(ev.source) == {"DEU"}


def test_closing_a_strait_if_attacked_is_a_threat(nlp):
    ev = _one(_events("Yemen's rebels will close the Bab el-Mandeb strait if the strikes continue, a spokesman said."),
              "THREATEN")
    assert ev.modality == "threatened"


def test_a_hijacked_protest_and_joint_drills(nlp):
    evs = _events("The minister said the rally had been hijacked by criminals and deployed troops to the capital.")
    assert not [e for e in evs if e.acled == "Abduction/forced disappearance"]
    ev = next(e for e in evs if e.plover == "MOBILIZE")
    assert any("minister" in a.text for a in ev.source)
    evs = _events("Georgia held joint military exercises with British troops in May.")
    assert [e.plover for e in evs] == ["COOPERATE"]


def test_those_who_refuse_are_not_the_warner(nlp):
    evs = _events("The ministry warned that those who refused to return would lose their licences.")
    assert not [e for e in evs if e.plover == "REJECT" and any("ministry" in a.text for a in e.source)]


def test_who_evades_sanctions_is_their_target(nlp):
    evs = _events("Kazakhstan has helped Minsk evade sanctions, officials said.")
    assert not [e for e in evs if e.plover == "SANCTION" and "BLR" in _countries(e.source)]


def test_according_to_is_no_accord_struck(nlp):
    evs = _events("According to the Israeli army, its jets struck 15 targets in southern Lebanon.")
    assert _one(evs, "ASSAULT") and not [e for e in evs if e.plover == "SUPPORT"]


def test_a_ministry_is_an_it_for_its_forces(nlp):
    ev = _one(_events("The Azerbaijani defence ministry said its drones struck positions near Lachin."), "ASSAULT")
    assert "AZE" in _countries(ev.source)


def test_calling_an_act_a_crime_is_an_accusation(nlp):
    ev = _one(_events("Eritrea called Ethiopia's decision an act of aggression."), "ACCUSE")
    assert _countries(ev.source) == {"ERI"} and _countries(ev.target) == {"ETH"}
    evs = _events("Armenia launched what it called anti-terrorist measures on Tuesday.")
    assert not [e for e in evs if e.plover == "ACCUSE"]


def test_a_reporter_accuses_after_a_passive_perfect_in_what_it_reports(nlp):
    ev = _one(_events("The opposition party said two of its members had been arrested and accused the police of "
                      "torture."), "ACCUSE")
    assert any("party" in a.text for a in ev.source)


def test_migrants_pushed_back_but_not_a_plan_pushed_back_against(nlp):
    ev = _one(_events("Croatian police pushed back 60 migrants into Bosnia on Monday."), "COERCE")
    assert _countries(ev.source) == {"HRV"}
    assert not [e for e in _events("Opposition lawmakers pushed back against the plan on Monday.") if e.plover == "COERCE"]


def test_a_charge_the_accused_denies_leaves_the_charge_standing(nlp):
    evs = _events("Headline\n\nSerbia accused Kosovo of provoking the clashes, a charge Pristina denies.")
    ev = _one(evs, "ACCUSE")
    assert _countries(ev.source) == {"SRB"} and ev.modality == "asserted"


def test_a_named_root_whose_finite_verb_hangs_on_a_later_noun(nlp):
    ev = _one(_events("Qatar, which is mediating between the two sides, called for an immediate ceasefire."), "REQUEST")
    assert _countries(ev.source) == {"QAT"}


def test_the_strike_condemned_is_the_one_that_killed(nlp):
    evs = _events("A Turkish drone strike killed two Kurdish commanders in Qamishli on Monday. The Kurdish-led "
                  "militia said it would retaliate and fired rockets at a Turkish base hours later. "
                  "Syria's foreign ministry condemned the strike.")
    ev = next(e for e in evs if e.plover == "ACCUSE" and e.trigger == "condemned")
    assert ev.target and not [a for a in ev.target if "militia" in a.text]


def test_people_expelled_to_a_country_are_not_its_people(nlp):
    ev = _one(_events("Headline\n\nMANAGUA - Nicaragua's government expelled 135 political prisoners to Guatemala on "
                      "Thursday."), "COERCE")
    assert ev.cameo == "174" and "GTM" not in _countries(ev.target)


def test_ending_a_cooperation_agreement_reduces_relations(nlp):
    ev = _one(_events("Niger said on Monday it was ending its military cooperation agreement with Germany."), "SANCTION")
    assert _countries(ev.source) == {"NER"} and _countries(ev.target) == {"DEU"}


def test_an_act_called_an_attempt_to_harm_is_a_charge_not_a_new_act(nlp):
    evs = _events("Minsk called the detention an attempt to intimidate its diplomats.")
    assert [e.plover for e in evs] == ["ACCUSE"]
    assert _one(_events("Caracas called the sanctions an act of economic terrorism."), "ACCUSE")


def test_no_intention_of_a_coup_and_visa_bans_on_foreign_officials(nlp):
    evs = _events("The army said it had no intention of staging a coup.")
    assert not [e for e in evs if e.modality in ("asserted", "threatened")]
    evs = _events("Britain imposed visa bans on six Belarusian officials on Friday.")
    assert [e.plover for e in evs] == ["SANCTION"]


def test_an_act_of_anyone_is_a_rule_not_an_event(nlp):
    evs = _events("The army warned that it would detain anyone who joined the march.")
    assert not [e for e in evs if e.plover == "PROTEST"]
    # "those who" in the present is anyone; in the past, people who did it
    evs = _events("Japan said it would impose sanctions on those who violate it.")
    assert not [e for e in evs if e.trigger == "violate"], [(e.plover, e.trigger) for e in evs]
    assert [e for e in _events("Police arrested those who attacked the embassy of Peru.") if e.plover == "ASSAULT"]


def test_a_plane_intercepted_is_no_attack_and_the_seizure_is_the_seizers(nlp):
    evs = _events("Polish fighter jets were scrambled to intercept the Russian plane over the Baltic Sea.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    evs = _events("Venezuela's navy seized a Guyanese fishing boat on Friday. A U.S. drone strike killed two men in "
                  "Yemen on Thursday. Guyana called the seizure illegal.")
    ev = next(e for e in evs if e.plover == "ACCUSE")
    assert _countries(ev.target) == {"VEN"}


def test_a_second_clause_the_parser_joined_to_an_object(nlp):
    ev = _one(_events("Kazakhstan accused Russia of shooting down a passenger plane and Russian police killed two "
                      "Kazakh men during a raid."), "ASSAULT")
    assert _countries(ev.source) == {"RUS"}


def test_offices_taken_over_are_property_seized_not_ground_taken(nlp):
    ev = _one(_events("Moldovan police took over three offices run by the breakaway authorities on Friday."), "COERCE")
    assert ev.cameo == "171"
    assert _one(_events("Rebels took over the town of Goma on Friday."), "ASSAULT")


def test_troops_withdrawing_under_a_deal_and_an_army_deploying_at_home(nlp):
    ev = _one(_events("Under the agreement, Rwandan troops will withdraw from eastern Congo within 90 days."), "RETREAT")
    assert _countries(ev.source) == {"RWA"}
    evs = _events("The Congolese army will deploy in the east.")
    assert not [e for e in evs if e.plover == "THREATEN"]


def test_a_warning_that_ones_own_side_will_strike_is_aimed_at_the_condition(nlp):
    ev = _one(_events("Pakistan's army chief warned that Pakistan would strike if the Taliban attacked its posts again."),
              "THREATEN")
    assert "PAK" not in _countries(ev.target)


def test_a_report_called_baseless_is_denied(nlp):
    ev = _one(_events("Britain's Foreign Office called the report completely baseless."), "REJECT")
    assert _countries(ev.source) == {"GBR"}


def test_a_body_approving_its_own_sanctions_does_them_and_does_not_support_the_target(nlp):
    evs = _events("The European Union approved a new package of sanctions against Belarus on Tuesday.")
    assert not [e for e in evs if e.plover == "SUPPORT"]
    assert _countries(_one(evs, "SANCTION").target) == {"BLR"}
    # (a ban on imports from a state is an embargo on it: CAMEO 163)
    ev = _one(_events("Japan's parliament passed a ban on imports from North Korea."), "SANCTION")
    assert _countries(ev.source) == {"JPN"}


def test_a_family_name_said_first_is_the_person_named_earlier(nlp):
    evs = _events("North Korean leader Kim Jong Un arrived in Russia on Tuesday. Kim met Putin at a space base.")
    ev = next(e for e in evs if e.trigger == "met")
    assert [a.country for a in ev.source if a.text == "Kim"] == ["PRK"]


def test_an_act_said_to_happen_without_is_negated(nlp):
    ev = _one(_events("The talks in Vienna ended without a deal with Iran on Friday."), "SUPPORT")
    assert ev.modality == "negated"


def test_a_role_word_before_an_unknown_name_makes_it_an_actor(nlp):
    ev = _one(_events("A Zimbabwean court on Wednesday jailed opposition lawmaker Tendai Chikore for two years."),
              "COERCE")
    assert _countries(ev.target) == {"ZWE"}
    ev = _one(_events("A court in Harare sentenced a lawmaker to five years in prison."), "SANCTION")
    assert _countries(ev.target) == {"ZWE"}


def test_the_possessor_of_what_a_verb_acts_on_is_its_target(nlp):
    ev = _one(_events("A court in Nairobi on Friday blocked the government's plan to send police to Haiti."), "REJECT")
    assert _countries(ev.target) == {"KEN"}


def test_a_court_issuing_an_arrest_warrant_for_someone_accuses_them(nlp):
    ev = _one(_events("A judge in Lima issued an arrest warrant on Monday for former president Alejandro Toledo."),
              "ACCUSE")
    assert _countries(ev.target) == {"PER"}


def test_tit_for_tat_acts_told_by_two_verbs_are_two_events(nlp):
    evs = [e for e in _events("India expelled a Canadian diplomat on Tuesday, hours after Canada expelled an Indian "
                              "diplomat.") if e.plover == "SANCTION"]
    assert {(frozenset(_countries(e.source)), frozenset(_countries(e.target))) for e in evs} == {
        (frozenset({"IND"}), frozenset({"CAN"})), (frozenset({"CAN"}), frozenset({"IND"}))}


def test_both_countries_are_the_two_just_named_in_the_sentence(nlp):
    text = ("Russia keeps troops in Transdniestria and has warned Moldova against joining NATO. Moscow accused "
            "Chisinau of provocations.\n\n"
            "The European Union granted Moldova candidate status, along with Ukraine, and opened membership "
            "talks with both countries in December.")
    ev = _one([e for e in _events(text) if e.trigger == "talks"], "CONSULT")
    assert _countries(ev.source) | _countries(ev.target) >= {"MDA", "UKR"}  # talks: every party a source (PLOVER)


def test_the_prisoners_said_again_are_the_prisoners_named_before(nlp):
    text = ("Hamas released ten Israeli hostages on Monday in exchange for 30 Palestinian prisoners.\n\n"
            "Israel freed the prisoners from its jails on Tuesday, the Israeli prison service said.")
    ev = next(e for e in _events(text) if e.trigger == "freed")
    assert _countries(ev.target) == {"PSE"}


def test_a_question_asked_is_not_a_request(nlp):
    assert not [e for e in _events("Asked whether Kenya would send more police to Haiti, President William Ruto "
                                   "smiled.") if e.plover == "REQUEST"]
    assert not [e for e in _events("A reporter asked the Iranian president how many prisoners had been freed.")
                if e.plover == "REQUEST"]
    assert _one(_events("Russia asked Turkey to close the straits to warships."), "REQUEST")


def test_coming_back_from_a_visit_is_the_visit_not_a_return(nlp):
    evs = _events("Chancellor Olaf Scholz returned on Sunday from a three-day visit to China.")
    assert not [e for e in evs if e.plover == "RETREAT"]
    ev = _one(evs, "CONSULT")
    assert _countries(ev.source) == {"DEU"} and _countries(ev.target) == {"CHN"}


def test_saying_and_warning_are_the_reporters_two_participles(nlp):
    evs = _events('Beijing criticised the pact on Friday, saying Washington was "raising tension in the region" and '
                  "warning that Manila should not be dragged into disputes.")
    ev = next(e for e in evs if e.trigger == "warning")
    assert _countries(ev.source) == {"CHN"}


def test_a_partner_in_solidarity_is_not_the_target(nlp):
    evs = _events("Houthi fighters attacked the tanker with drones in solidarity with the Palestinians in Gaza.")
    ev = next(e for e in evs if e.plover == "ASSAULT")
    assert not [a for a in ev.target if a.text in ("Gaza", "the Palestinians")]


def test_an_arrest_denied_by_without_keeps_the_state_as_its_agent(nlp):
    ev = _one(_events("The French extremist bragged that he had crossed in and out of France without being "
                      "arrested."), "COERCE")
    assert ev.modality == "negated"
    assert _countries(ev.source) == {"FRA"}


def test_the_government_in_a_story_filed_from_a_capital_is_the_hosts(nlp):
    text = ("Protest at Russian embassy\n\nTBILISI (Reuters) - Several hundred people protested outside the Russian "
            "embassy in Tbilisi on Saturday, demanding that Moscow withdraw its troops from Georgia.\n\n"
            "The rally was peaceful.\n\nOrganisers urged the government to suspend all flights to Russia.")
    ev = next(e for e in _events(text) if e.trigger == "urged")
    assert _countries(ev.target) == {"GEO"}


def test_responding_to_an_attack_is_force_and_the_attack_stays_a_fact(nlp):
    evs = _events("Israel's army chief said Israel would respond to the Iranian strike.")
    threat = _one(evs, "THREATEN")
    assert _countries(threat.source) == {"ISR"} and _countries(threat.target) == {"IRN"}
    assert all(e.modality == "asserted" for e in evs if e.trigger == "strike")
    assert not _events("The ministry responded to questions from reporters on Monday.")


def test_an_offer_frame_yields_to_the_act_it_offers(nlp):
    evs = _events("The G7 leaders said they stood ready to take further measures against Tehran.")
    assert [e.plover for e in evs] == ["THREATEN"]
    assert _countries(evs[0].target) == {"IRN"}
    evs = _events("Qatar said it stood ready to assist Sudan.")
    assert len(evs) == 1 and _countries(evs[0].target) == {"SDN"}


def test_markets_that_rally_and_candidates_who_attack_rivals_are_not_protest_or_violence(nlp):
    assert not _events("Markets rallied in New York on Wednesday after the Federal Reserve held rates.")
    ev = _one(_events("Republican Senate candidate John Smith attacked his Democratic rival on Saturday over "
                      "inflation."), "ACCUSE")
    assert ev.cameo == "111"
    assert _one(_events("Gunmen attacked the convoy of an opposition candidate in Lagos, killing two."), "ASSAULT")


def test_capturing_people_detains_them_and_takes_no_territory(nlp):
    ev = _one(_events("Three of the gunmen were killed in Mogadishu and two were captured, police said."), "COERCE")
    assert ev.cameo == "173"
    assert _one(_events("Rebels captured the town of Goma on Friday."), "ASSAULT")


def test_a_participle_between_commas_with_a_by_agent_is_passive(nlp):
    ev = _one(_events("The PKK, designated a terrorist group by Turkey and the United States, has waged an "
                      "insurgency since 1984."), "COERCE")
    assert "TUR" in _countries(ev.source) and [a.text for a in ev.target] == ["The PKK"]


def test_a_sense_reads_the_object_a_relative_pronoun_stands_for(nlp):
    evs = _events("Lawmakers in Kyiv want the aid package that the US Congress has blocked for months.")
    assert not [e for e in evs if e.plover == "PROTEST"]
    assert _one(evs, "REJECT")


def test_a_missile_fired_into_the_sea_is_a_show_of_force_even_when_misparsed(nlp):
    evs = _events("Japan faces threats from North Korea, which fired a long-range missile into the sea hours before "
                  "the summit began.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    assert _one(evs, "MOBILIZE")


def test_two_titled_leaders_joined_by_and_are_two_actors(nlp):
    evs = _events("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday "
                  "to restore trade ties.")
    assert {c for e in evs for c in _countries(e.source)} == {"JPN", "KOR"}


def test_a_charge_denied_after_a_comma_is_denied_by_the_accused(nlp):
    ev = _one(_events("Ethiopia accused Khartoum of arming the rebels, a charge Sudan denied."), "REJECT")
    assert _countries(ev.source) == {"SDN"} and _countries(ev.target) == {"ETH"}


def test_a_meeting_in_the_town_of_a_place_is_held_there_not_with_it(nlp):
    evs = _events("The Slovak prime minister was shot after a cabinet meeting in the town of Handlova.")
    assert not [e for e in evs if e.plover == "CONSULT" and any(a.text == "Handlova" for a in e.target)]


def test_the_leaders_of_two_countries_are_both_countries(nlp):
    evs = _events("The presidents of Venezuela and Guyana agreed on Thursday not to use force against each other.")
    assert {c for e in evs for c in _countries(e.source)} == {"VEN", "GUY"}


def test_turning_back_a_convoy_restricts_movement_and_turning_back_the_clock_does_not(nlp):
    ev = _one(_events("Israeli forces turned back a convoy of 14 aid trucks at a checkpoint on Tuesday."), "COERCE")
    assert ev.cameo == "191"
    assert not _events("The new government turned back the clock on reforms.")


def test_a_named_person_handed_over_is_released(nlp):
    ev = _one(_events("The ELN handed over Luis Manuel Diaz to a humanitarian commission in Colombia."), "RETREAT")
    assert ev.cameo == "0841"


def test_what_a_body_does_by_its_role_is_no_event(nlp):
    assert not _events("COGAT, the Israeli defence ministry body that coordinates aid to Gaza, said the convoy "
                       "had not been coordinated in advance.")
    assert not _events("The Viasna centre is a group that monitors arrests in Belarus.")


def test_they_after_two_people_joined_by_and_is_both(nlp):
    evs = _events("Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali met on Thursday. In a joint "
                  "declaration, they said they would not threaten each other.")
    # "they" is both leaders; "each other" makes one (negated) threat each way
    threats = [e for e in evs if e.plover == "THREATEN"]
    assert {(a.country, b.country) for e in threats for a in e.source for b in e.target} == {("VEN", "GUY"), ("GUY", "VEN")}


def test_a_criticism_rejected_as_something_is_aimed_at_the_critics(nlp):
    evs = _events("Britain and the United States criticised the arrests in Hong Kong. Hong Kong's government "
                  "rejected the criticism as interference in China's internal affairs.")
    ev = _one(evs, "REJECT")
    assert _countries(ev.target) == {"GBR", "USA"}


def test_defending_ones_own_rights_supports_no_one(nlp):
    evs = _events("China said it would take resolute measures to defend its rights and interests.")
    assert not [e for e in evs if e.plover == "SUPPORT"]


def test_a_ministry_spokesman_speaks_for_the_ministry_named_last(nlp):
    evs = _events("China's commerce ministry said it firmly opposed the tariffs. A ministry spokesperson accused "
                  "Washington of politicising trade.")
    ev = next(e for e in evs if e.trigger == "accused")
    assert _countries(ev.source) == {"CHN"}


def test_a_ministers_warning_about_his_own_police_is_not_aimed_at_them(nlp):
    ev = _one(_events("Kenya's interior minister warned that police would deal firmly with anyone who engaged in "
                      "violence."), "THREATEN")
    assert not [a for a in ev.target if a.sector == "COP"]


def test_those_arrested_names_the_arrest_again(nlp):
    evs = _events("Police in Hong Kong arrested four people on Wednesday over posts online. Those arrested include "
                  "two students, police said.")
    assert len([e for e in evs if e.trigger == "arrested"]) == 1


def test_bombs_dropped_from_jets_are_an_air_strike(nlp):
    ev = _one(_events("Fighter jets dropped bombs on a gathering of villagers in Sagaing on Tuesday."), "ASSAULT")
    assert ev.acled == "Air/drone strike"
    ev = _one(_events("A bomb planted under a car exploded in Kabul on Monday, killing three."), "ASSAULT")
    assert ev.acled != "Air/drone strike"


def test_a_party_blocked_from_governing_is_vetoed_and_followers_blocking_police_protest(nlp):
    evs = _events("The election winner, the Move Forward party, was blocked from forming a government in Bangkok.")
    assert not [e for e in evs if e.plover == "PROTEST"]
    assert _one(_events("Thousands of his followers blocked police from entering the church compound in Davao."),
                "PROTEST")


def test_blaming_after_said_is_the_speakers_act(nlp):
    ev = _one(_events("Three soldiers were killed in a drone attack in Jordan, President Joe Biden said on Sunday, "
                      "blaming Iran-backed militias."), "ACCUSE")
    assert _countries(ev.source) == {"USA"}
    assert not [a for a in ev.target if "soldiers" in a.text]


def test_what_goes_on_in_a_place_or_a_standing_fact_about_a_country_is_no_event(nlp):
    evs = _events("Tinubu ordered the new commanders to restore peace in the northwest, where armed gangs kidnap "
                  "villagers for ransom.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    evs = _events("Poland, which hosts much of the Belarusian opposition in exile, said it would press for their "
                  "release.")
    assert not [e for e in evs if e.plover == "CONSULT"]


def test_a_participle_after_the_reported_clause_goes_with_its_act(nlp):
    evs = _events("The Philippine coast guard said on Sunday that a Chinese coast guard vessel rammed and fired water "
                  "cannon at a Philippine supply boat near the shoal, injuring four crew members.")
    ev = next(e for e in evs if e.trigger == "injuring")
    assert _countries(ev.source) == {"CHN"}


def test_an_act_remembered_by_a_commemoration_is_history_not_news(nlp):
    evs = _events("Montenegro's parliament backed a U.N. resolution commemorating the 1995 Srebrenica genocide.")
    assert not [e for e in evs if e.plover == "ASSAULT"]
    evs = _events("Both generals were urged by Saudi Arabia to honour the ceasefire agreed in Jeddah.")
    assert evs


def test_calling_protests_off_ends_dissent_and_asks_no_one(nlp):
    evs = _events("The teachers' union in Ghana called off its nationwide strike on Friday after the talks.")
    assert not [e for e in evs if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in evs]
    ended = _one(evs, "CONCEDE")
    assert ended.cameo == "082"
    assert not [e for e in evs if e.plover == "PROTEST"]
    evs = _events("Serbia abruptly called off the planned negotiations with Kosovo on Tuesday.")
    assert not [e for e in evs if e.plover == "REQUEST"]
    evs = _events("Chile's president called on the protesters to go home. Later the miners called off their march.")
    assert _one(evs, "REQUEST").trigger == "called"


def test_a_mob_is_the_agent_of_what_it_does(nlp):
    ev = _one(_events("Two tax collectors were beaten to death by a mob in Bolivia on Friday."), "ASSAULT")
    assert [a.text for a in ev.source] == ["a mob"]
    assert _countries(ev.source) == {"BOL"}


def test_a_summit_still_to_come_is_a_time_not_a_meeting_of_the_subject(nlp):
    evs = _events("The European Union asked Serbia and Kosovo to settle the dispute before the bloc's summit in June.")
    assert not [e for e in evs if e.plover == "CONSULT"], [(e.plover, e.trigger) for e in evs]
    evs = _events("After the summit in Brussels, Serbia and Kosovo agreed to a new border regime.")
    assert evs


def test_both_sides_of_a_dispute_inside_one_country_exclude_the_joined_callers(nlp):
    evs = _events("Ecuador's president offered talks to the indigenous movement. Ecuador's indigenous leaders "
                  "accepted the offer. The United States welcomed the talks and urged both sides to settle.")
    ev = next(e for e in evs if e.trigger == "urged")
    assert _countries(ev.target) == {"ECU"}


def test_demonstrators_gathering_outside_an_embassy_protest_against_its_country_once(nlp):
    evs = _events("About two hundred demonstrators gathered outside the French embassy in Niamey on Saturday, "
                  "waving banners and burning a French flag.")
    protests = [e for e in evs if e.plover == "PROTEST"]
    assert len(protests) == 1, [(e.plover, e.trigger) for e in evs]
    assert _countries(protests[0].source) == {"NER"}
    assert _countries(protests[0].target) == {"FRA"}
    assert protests[0].acled == "Peaceful protest"
    assert not [e for e in _events("Thousands of fans gathered in Lisbon on Sunday.")]


def test_a_burned_flag_is_a_symbol_of_protest_not_a_riot(nlp):
    ev = _one(_events("Students in Dhaka burned an effigy of the Indian prime minister on Tuesday."), "PROTEST")
    assert ev.acled == "Peaceful protest"
    assert _one(_events("Rioters burned a bus in Dhaka on Tuesday."), "PROTEST").acled == "Violent demonstration"


def test_an_act_noun_named_again_is_the_act_it_named_before(nlp):
    evs = _events("North Korea fired a cruise missile into the sea on Monday. Seoul called the launch a grave "
                  "provocation. South Korea's navy held a joint drill with Japanese warships in response. "
                  "Canada's foreign minister condemned the launch.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert _countries(ev.target) == {"PRK"}


def test_the_by_agent_of_a_nominal_act_can_hang_on_its_object(nlp):
    evs = _events("Tehran has retaliated for the seizure of Iranian oil cargoes by the United States.")
    ev = next(e for e in evs if e.trigger == "seizure")
    assert _countries(ev.source) == {"USA"}
    assert _countries(ev.target) == {"IRN"}


def test_the_two_men_are_the_two_leaders_named_before_never_two_countries(nlp):
    evs = _events("Kenya's president met Somalia's president in Nairobi on Monday. The two men signed a security "
                  "pact.")
    ev = next(e for e in evs if e.trigger == "signed")
    assert _countries(ev.source) == {"KEN", "SOM"}
    evs = _events("Mexico and Canada announced new tariffs on Monday. Police in Texas arrested two men. The two men "
                  "were charged with robbery.")
    assert not [a for e in evs for a in e.source + e.target if a.text == "The two men" and a.country]


def test_force_used_to_disperse_a_crowd_is_one_act_told_with_its_aim(nlp):
    evs = _events("Riot police in Belgrade used pepper spray and batons to disperse the students outside the "
                  "ministry.")
    assert len([e for e in evs if e.plover in ("ASSAULT", "COERCE")]) == 1, [(e.plover, e.trigger) for e in evs]


def test_two_states_swapping_prisoners_each_free_the_others_people(nlp):
    evs = [e for e in _events("Armenia and Azerbaijan exchanged dozens of detained soldiers on Tuesday.")
           if e.plover == "RETREAT"] or [e for e in _events("Armenia and Azerbaijan exchanged prisoners of war on "
                                                            "Tuesday.") if e.plover == "RETREAT"]
    assert {(tuple(_countries(e.source)), tuple(_countries(e.target))) for e in evs} == {
        (("ARM",), ("AZE",)), (("AZE",), ("ARM",))}


def test_calling_a_general_strike_stages_it(nlp):
    ev = next(e for e in _events("The opposition alliance in Togo called a three-day general strike.")
              if e.trigger == "called")
    assert ev.plover == "PROTEST"


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_denies(nlp):
    evs = _events("The army blamed Hezbollah fighters for the ambush in Lebanon; the group denied any role.")
    assert [e for e in evs if e.trigger == "blamed" and e.plover == "ACCUSE"], [(e.plover, e.trigger) for e in evs]


def test_the_subject_of_a_participle_copula_calls_on_others(nlp):
    ev = next(e for e in _events("The European Union said it was deeply concerned and called on Serbia to withdraw "
                                 "its troops from the border.") if e.trigger == "called")
    assert [a.text for a in ev.source] and _countries(ev.target) == {"SRB"}


def test_measures_from_a_capital_are_done_by_it_not_to_it(nlp):
    evs = _events("Any arms deliveries to Minsk would bring new sanctions from Brussels, officials said.")
    ev = next(e for e in evs if e.trigger == "sanctions")
    assert [a.text for a in ev.source] == ["Brussels"]
    assert "Brussels" not in [a.text for a in ev.target]


def test_a_past_tense_joined_to_a_denied_plan_is_asserted(nlp):
    ev = next(e for e in _events("Turkey has denied that it plans to send arms to Russia and accused Greece of "
                                 "spreading disinformation.") if e.trigger == "accused")
    assert ev.modality == "asserted"


def test_a_speech_act_after_a_reported_past_perfect_is_the_reporters(nlp):
    ev = next(e for e in _events("Somalia's president said Ethiopia had violated its sovereignty and called on "
                                 "the African Union to intervene.") if e.trigger == "called")
    assert _countries(ev.source) == {"SOM"}


def test_reservists_are_the_military(nlp):
    evs = _events("JERUSALEM - Hundreds of air force reservists have threatened not to report for duty.")
    assert _one(evs, "THREATEN").source


def test_no_one_killed_is_a_killing_denied(nlp):
    evs = _events("Gunmen attacked a checkpoint in Niger on Monday. No soldiers were killed, the army said.")
    killed = [e for e in evs if e.trigger == "killed"]
    assert killed and all(e.modality == "negated" for e in killed)


def test_a_passive_with_its_own_auxiliary_is_not_under_the_attempt_before_it(nlp):
    ev = next(e for e in _events("The minister said Russian soldiers had tried to unilaterally change the line of "
                                 "contact in the Zaporizhzhia sector and were pushed back by Ukrainian troops.")
              if e.trigger == "pushed back")
    assert ev.modality == "asserted"


def test_the_two_regional_rivals_who_cut_ties_cut_them_with_each_other(nlp):
    evs = _events("Morocco and Algeria traded accusations on Monday. The two bitter rivals cut ties in 2021.")
    cut = [e for e in evs if e.plover == "SANCTION"]
    assert {(tuple(_countries(e.source)), tuple(_countries(e.target))) for e in cut} == {
        (("MAR",), ("DZA",)), (("DZA",), ("MAR",))}


def test_a_capital_owning_an_act_on_someone_is_its_government(nlp):
    evs = _events("Hanoi protested against Beijing's blockade of a Vietnamese fishing port.")
    assert _countries(next(e for e in evs if e.trigger == "blockade").source) == {"CHN"}
    assert _countries(next(e for e in evs if e.trigger == "protested").target) == {"CHN"}


def test_the_country_that_names_a_border_is_not_the_country_of_those_near_it(nlp):
    evs = _events("NAIROBI - Militants attacked a police post near the Somali border on Sunday.")
    ev = _one(evs, "ASSAULT")
    assert "SOM" not in _countries(ev.source) | _countries(ev.target)


def test_prisoners_freed_from_a_states_jails_are_freed_by_that_state(nlp):
    evs = _events("The rebels handed over 20 captured soldiers in exchange for 50 fighters freed from Colombian "
                  "prisons.")
    freed = next(e for e in evs if e.trigger == "freed")
    assert _countries(freed.source) == {"COL"}
    evs = _events("Forty Armenian detainees were released from Azerbaijani custody on Monday.")
    assert _countries(next(e for e in evs if e.trigger == "released").source) == {"AZE"}


def test_people_going_back_home_return_nothing_and_the_shots_at_them_kill(nlp):
    evs = _events("KHARTOUM - Witnesses said paramilitary fighters fired at families trying to return to their "
                  "villages, killing four.")
    assert not [e for e in evs if e.plover == "RETREAT"], [(e.plover, e.trigger) for e in evs]
    shots = [e for e in evs if e.plover == "ASSAULT"]
    assert len(shots) == 1 and shots[0].modality == "asserted"


def test_being_committed_to_an_act_is_an_intention(nlp):
    ev = next(e for e in _events("Kyiv said it was committed to returning all Ukrainian prisoners of war.")
              if e.trigger == "returning")
    assert ev.modality == "intended"


def test_a_country_in_the_actors_own_phrase_beats_the_sentences(nlp):
    evs = _events("BELGRADE - Serbia's interior ministry blamed activists funded by Croatian intelligence for the "
                  "unrest.")
    ev = _one(evs, "ACCUSE")
    assert _countries(ev.target) == {"HRV"}


def test_groups_of_people_speak_even_unnamed(nlp):
    evs = _events("Farmers' organisations have accused the Kenyan government of selling their land.")
    ev = _one(evs, "ACCUSE")
    assert _countries(ev.target) == {"KEN"}


def test_a_state_closing_offices_run_by_another_coerces_it(nlp):
    ev = _one(_events("Moldovan police closed three offices run by the Russian government on Tuesday."), "COERCE")
    assert _countries(ev.source) == {"MDA"} and _countries(ev.target) == {"RUS"}


def test_calling_a_raid_a_brutal_attack_is_an_accusation_of_the_raiders(nlp):
    evs = _events("Israeli police raided the mosque compound on Friday. Jordan's foreign ministry called the raid "
                  "a brutal attack on worshippers.")
    ev = next(e for e in evs if e.trigger == "called")
    assert ev.plover == "ACCUSE" and _countries(ev.target) == {"ISR"}


def test_a_law_blocking_a_countrys_path_is_no_road_block(nlp):
    evs = _events("KYIV - Critics said the law would block Ukraine's path to membership of the bloc.")
    assert not [e for e in evs if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in evs]


def test_protesters_shouting_at_lawmakers_protest(nlp):
    ev = _one(_events("YEREVAN - Outside, hundreds of demonstrators shouted slogans at lawmakers on Tuesday."),
              "PROTEST")
    assert _countries(ev.source) == {"ARM"}


def test_the_place_of_an_arrest_is_not_its_target_when_the_arrested_is_named(nlp):
    evs = _events("Clashes erupted in Sinaloa after the arrest in Texas of Ovidio Guzman, a son of the cartel's "
                  "founder.")
    ev = next(e for e in evs if e.trigger == "arrest")
    assert "Texas" not in [a.text for a in ev.target]


def test_an_open_question_tells_no_act(nlp):
    evs = _events("BUDAPEST - Diplomats are asking whether Hungary will ever ratify Finland's membership.")
    assert not evs, [(e.plover, e.trigger) for e in evs]


def test_what_commentators_say_a_state_could_do_is_no_threat_of_that_state(nlp):
    evs = _events("If Serbia keeps blocking the deal, Washington could impose sanctions on Belgrade, analysts say.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_a_refusal_to_talk_is_an_asserted_rejection(nlp):
    ev = _one(_events("The Kremlin said Russia would not negotiate with the Ukrainian president."), "REJECT")
    assert ev.modality == "asserted"


def test_withholding_the_sale_of_jets_is_not_an_air_strike(nlp):
    evs = _events("Washington could withhold the sale of F-16 fighter jets to Ankara, officials said.")
    assert all(e.cameo != "195" and e.acled != "Air/drone strike" for e in evs), [(e.cameo, e.acled) for e in evs]


def test_the_court_is_the_international_court_named_before(nlp):
    evs = _events("The International Court of Justice ordered Israel to prevent genocide. The court also issued a "
                  "warrant for a Russian official.")
    ev = next(e for e in evs if e.trigger.startswith("issued"))
    assert not _countries(ev.source) - {None}, [(a.text, a.country) for a in ev.source]


def test_states_obliged_to_arrest_someone_have_not_arrested_him(nlp):
    ev = _one(_events("Members of the court are obliged to arrest Netanyahu if he visits their territory."), "COERCE")
    assert ev.modality == "hypothetical"


def test_a_video_calling_on_friends_is_no_phone_call(nlp):
    evs = _events("Soldiers in Chad placed President Idriss Deby under house arrest on Monday. Deby appeared in a "
                  "video calling on his friends around the world to make noise.")
    assert not [e for e in evs if e.plover == "CONSULT"]


def test_asylum_seekers_forced_back_at_sea_are_expelled(nlp):
    ev = _one(_events("The Croatian police forced back hundreds of migrants into Bosnia last year."), "COERCE")
    assert ev.cameo == "174"


def test_protests_promised_until_a_demand_is_met_are_a_threat(nlp):
    ev = next(e for e in _events("Ghana's opposition leader has vowed to hold more protests until the fuel tax is "
                                 "scrapped.") if e.trigger == "vowed")
    assert ev.plover == "THREATEN"


def test_supporters_fired_on_are_the_target(nlp):
    ev = _one(_events("Ugandan police fired tear gas at hundreds of opposition supporters in Kampala."), "ASSAULT")
    assert [a.text for a in ev.target] == ["opposition supporters"]


def test_a_pronoun_after_a_preposition_is_not_its_own_clauses_subject(nlp):
    evs = _events("Ten Polish border guards were hurt when Belarusian soldiers threw rocks at them.")
    ev = next(e for e in evs if e.trigger.startswith("threw"))
    assert "BLR" not in _countries(ev.target)


def test_things_thrown_together_are_one_act(nlp):
    evs = _events("Twenty police officers were hurt when protesters in Paris threw stones, bottles and petrol bombs at "
                  "them on Saturday.")
    assert len([e for e in evs if e.plover == "PROTEST"]) == 1, [(e.plover, e.trigger) for e in evs]


def test_calling_attacks_on_someone_unacceptable_blames_who_attacked_them(nlp):
    evs = _events("Serb protesters threw stones at NATO peacekeepers in Zvecan on Monday. Kosovo police later used "
                  "pepper spray on the crowd. The NATO chief called the attacks on peacekeepers \"unacceptable\".")
    ev = next(e for e in evs if e.trigger == "called")
    assert _countries(ev.target) == {"SRB"}


def test_a_military_command_orders_the_troops(nlp):
    evs = _events("QUITO - Noboa confronted the general on Tuesday. He then named a new military command, which "
                  "ordered the troops back to their barracks.")
    ev = next(e for e in evs if e.trigger == "ordered")
    assert [a.text for a in ev.source] == ["a new military command"]


def test_the_junta_is_the_military_government_named_before_not_the_last_ministry(nlp):
    evs = _events("NIAMEY - Niger's military government on Monday expelled the French ambassador. France's foreign "
                  "ministry condemned the decision. The junta has also expelled French troops.")
    ev = [e for e in evs if e.trigger == "expelled"][-1]
    assert _countries(ev.source) == {"NER"}


def test_a_live_blog_time_stamp_is_not_the_subject(nlp):
    evs = _events("09:55 GMT — Italy's foreign minister arrives in Tunis for talks with Tunisian officials.")
    ev = _one(evs, "CONSULT")
    assert _countries(ev.source) == {"ITA"}


def test_what_a_request_asks_of_a_named_mission_is_not_done(nlp):
    evs = _events("Georgia's president called on Turkish peacekeepers and the United Nations' observer mission to "
                  "investigate.")
    assert [e.plover for e in evs] == ["REQUEST"], [(e.plover, e.trigger) for e in evs]


def test_vowing_hostile_measures_against_someone_is_a_threat(nlp):
    ev = _one(_events("Moscow vowed to take resolute measures against Helsinki."), "THREATEN")
    assert _countries(ev.target) == {"FIN"}


def test_a_person_hanged_is_executed_and_a_banner_hung_is_no_event(nlp):
    ev = _one(_events("Two dissidents were hanged in Saudi Arabia on Saturday."), "ASSAULT")
    assert ev.cameo == "180"
    assert not _events("Activists hung a banner from the bridge in Riyadh.")


def test_the_demand_a_protest_voices_is_coded_with_the_protest_not_as_a_request(nlp):
    for text in ("Thousands of Kenyan farmers marched through Nairobi on Monday, demanding higher crop prices.",
                 "Students held a rally outside the Ghanaian parliament calling for the education minister's "
                 "resignation.",
                 "Hundreds of people protested in Tbilisi against the new media law, saying it must be withdrawn."):
        evs = _events(text)
        assert [e.plover for e in evs] == ["PROTEST"], (text, [(e.plover, e.trigger) for e in evs])
        assert "its demand" in evs[0].rule
    # what the protesters say was done to them is an act of its own
    evs = _events("Hundreds of people protested in Tbilisi, saying police had beaten them.")
    assert {e.plover for e in evs} == {"PROTEST", "ASSAULT"}
    # a demand with no protest stays a request
    assert _one(_events("Protesters in Lima demanded the release of the detained opposition leader."), "REQUEST")


def test_a_protest_is_aimed_at_the_state_it_demands_of(nlp):
    ev = _one(_events("Several hundred people protested in Tbilisi on Saturday, demanding that Moscow withdraw its "
                      "troops from Abkhazia."), "PROTEST")
    assert _countries(ev.target) == {"RUS"}
    # a person whose release is demanded is not the protest's target
    ev = _one(_events("Protesters marched through Minsk, demanding the release of the jailed opposition leader."),
              "PROTEST")
    assert _countries(ev.target) == {"BLR"}


def test_a_demand_told_after_a_relative_protest_clause_is_the_protesters_not_the_police(nlp):
    evs = _events("Kenyan police fired tear gas on Monday to disperse hundreds of traders who blocked a road in "
                  "Nakuru, demanding lower market fees.")
    assert "REQUEST" not in {e.plover for e in evs}, [(e.plover, e.trigger) for e in evs]
    assert "its demand" in _one(evs, "PROTEST").rule


def test_a_participle_after_the_act_an_accusation_charges_is_done_by_the_accused(nlp):
    ev = _one(_events("Armenia accused Azerbaijan on Tuesday of shelling villages along the border overnight, "
                      "wounding two civilians."), "ASSAULT")
    assert _countries(ev.source) == {"AZE"}


def test_the_antecedent_of_a_relative_clause_without_a_pronoun_is_its_object(nlp):
    evs = _events("The European Union imposed sanctions on three Iranian companies it accuses of supplying drones "
                  "to Russia.")
    assert _countries(_one(evs, "ACCUSE").target) == {"IRN"}
    ev = _one(_events("Police arrested two Ugandan men they suspect of planning bomb attacks in Kampala."), "THREATEN")
    assert [a.text for a in ev.source] == ["two Ugandan men"]


def test_the_measures_a_sanction_takes_are_that_sanction_not_a_new_act(nlp):
    evs = _events("BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on three Iranian companies. "
                  "The measures freeze their assets and ban their executives from travelling to the bloc. Iran "
                  "condemned the decision.")
    assert [e.plover for e in evs] == ["SANCTION", "ACCUSE"], [(e.plover, e.trigger) for e in evs]
    assert [a.text for a in evs[1].target] == ["The European Union"]
    evs = _events("LONDON (Reuters) - Britain on Friday imposed sanctions on four Syrian generals. "
                  "The measures include an asset freeze and a travel ban. Syria condemned the decision.")
    assert [e.plover for e in evs] == ["SANCTION", "ACCUSE"], [(e.plover, e.trigger) for e in evs]


def test_not_standing_idly_by_is_a_threat_not_a_denial(nlp):
    ev = _one(_events("The Egyptian president said on Tuesday that Cairo would not stand idly by."), "THREATEN")
    assert ev.modality == "threatened"
    assert _countries(ev.source) == {"EGY"}


def test_looting_money_is_no_property_destruction(nlp):
    evs = _events("The former Malaysian minister was jailed for his role in the looting of a state fund.")
    assert [e.trigger for e in evs] == ["jailed"], [(e.plover, e.trigger) for e in evs]
    assert _one(_events("Rioters looted shops in the Nigerian city of Kano on Monday."), "COERCE")


def test_a_clause_before_a_subordinate_said_is_not_what_was_said(nlp):
    evs = _events("Ethiopia on Wednesday warned Egypt against what it called \"reckless threats\" over the giant dam "
                  "it is building on the Blue Nile, after Egypt's president said all options were open to protect his "
                  "country's water supply.")
    assert all(_countries(e.source) != {"EGY"} for e in evs), [(e.plover, e.trigger, e.rule) for e in evs]


def test_hyphenated_game_words_count_towards_a_sports_report(nlp):
    doc = dyads.code("Rovers beat United 2-0 at home on Saturday to climb to third in the Premier League. United "
                     "pulled level before half-time, but Rovers' attack overwhelmed the visitors after the break.",
                     published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]
    assert "half-time" in doc.article.meta["sports_report"]


def test_the_state_blocking_roads_restricts_movement_and_is_no_protest(nlp):
    ev = _one(_events("Police fired tear gas at crowds on the highway, and Pakistani authorities blocked roads with "
                      "shipping containers."), "COERCE")
    assert ev.trigger == "blocked roads" and ev.cameo == "172"
    assert _one(_events("Farmers blocked roads in northern France on Monday."), "PROTEST")


def test_a_complaint_lodged_with_a_forum_is_not_aimed_at_it(nlp):
    ev = _one(_events("Lebanon's prime minister said his government would file a complaint with the U.N. Security "
                      "Council."), "ACCUSE")
    assert not ev.target
    ev = _one(_events("Lebanon filed a complaint with the U.N. Security Council against Israel."), "ACCUSE")
    assert _countries(ev.target) == {"ISR"}
    # lodged with a state, it is aimed at that state; what it is over is no act of the complainant
    evs = _events("Thailand filed a complaint with Cambodia over the shooting.")
    assert [e.plover for e in evs] == ["ACCUSE"], [(e.plover, e.trigger) for e in evs]
    assert _countries(evs[0].target) == {"KHM"}


def test_a_march_to_protest_against_something_is_one_protest_aimed_at_it(nlp):
    evs = _events("Tens of thousands of Argentines marched to the Plaza de Mayo on Wednesday to protest against "
                  "President Javier Milei's cuts to university funding.")
    assert [e.plover for e in evs] == ["PROTEST"], [(e.plover, e.trigger) for e in evs]
    assert _countries(evs[0].target) == {"ARG"}  # the square's name is no place in Ireland


def test_traders_and_shopkeepers_are_civilians_of_the_story(nlp):
    ev = _one(_events("Kenyan police fired tear gas on Monday to disperse hundreds of traders who blocked a road in "
                      "Nakuru."), "PROTEST")
    assert [a.text for a in ev.source] == ["traders"]


def test_legitimate_targets_and_facing_justice_are_threats(nlp):
    ev = _one(_events("Russia's embassy in Warsaw warned that any weapons sent to Ukraine were legitimate targets "
                      "for Russian forces."), "THREATEN")
    assert _countries(ev.source) == {"RUS"}
    assert _one(_events("The Bangladeshi prime minister said those responsible for the violence would face "
                        "justice."), "THREATEN").modality == "threatened"
    # told in the past, bringing to justice is prosecution, no threat
    evs = _events("The suspects were brought to justice in Dhaka in 2015.")
    assert "THREATEN" not in {e.plover for e in evs}


def test_what_one_needs_to_see_is_no_demand_and_what_one_needs_to_do_is_not_done(nlp):
    assert not _events("Governor Andrew Bailey said the Bank of England needed to see more evidence that price "
                       "pressures were fading.")
    ev = _one(_events("The French president said Russia needed to withdraw its troops from Ukraine."), "RETREAT")
    assert ev.modality != "asserted"


def test_a_claim_names_the_attack_it_claims_and_a_car_bomb_attack_is_one_attack(nlp):
    evs = _events("Al Shabaab fighters withdrew from the town after heavy fighting that killed at least 15 militants "
                  "and three soldiers. The group later claimed responsibility for a car bomb attack on a military "
                  "base near Mogadishu that killed seven soldiers.")
    claimed = [e for e in evs if "claimed by" in e.rule]
    assert len(claimed) == 1 and claimed[0].sentence.startswith("The group"), [(e.plover, e.trigger, e.rule) for e in evs]
    # a claim of "the attack" is the attack told before
    evs = _events("A suicide bomber rammed an explosives-laden car into a police station in northwest Pakistan on "
                  "Thursday, killing six officers. The Pakistani Taliban claimed responsibility for the attack.")
    assert "claimed by" in evs[0].rule, [(e.plover, e.trigger, e.rule) for e in evs]


def test_the_label_is_the_first_sentence_s_event_not_a_later_more_specific_one(nlp):
    doc = dyads.code("Somali forces retake town\n\nSomali government forces recaptured the town of Harardhere from "
                     "al Shabaab on Tuesday, the information ministry said. Al Shabaab fighters withdrew after heavy "
                     "fighting. The group later claimed a car bomb attack on a base near Mogadishu that killed seven "
                     "soldiers.", published="2024-05-01")
    assert record(doc)["label"] == "Government regains territory", [(e.acled, e.trigger) for e in doc.events]


def test_an_attack_that_kills_and_burns_is_an_attack_not_property_destruction(nlp):
    evs = _events("Armed gangs attacked two police stations in Haiti's capital overnight, killing three officers and "
                  "setting fire to several vehicles.")
    assert _one(evs, "ASSAULT").acled == "Attack", [(e.plover, e.acled, e.rule) for e in evs]
    assert _one(_events("Rioters looted a market in Kano on Monday."), "COERCE").acled == "Looting/property destruction"


def test_saying_there_is_a_need_for_something_demands_it_of_whom_it_names(nlp):
    evs = _events("The Dutch finance minister said there was a need for real reforms in the Italian budget plan.")
    ev = next(e for e in evs if e.trigger == "need")
    assert ev.plover == "REQUEST" and _countries(ev.source) == {"NLD"} and _countries(ev.target) == {"ITA"}
    assert all(e.trigger != "need" for e in _events("The Dutch minister said there was no need for new sanctions "
                                                     "on Italy."))


def test_the_dead_of_an_accident_are_no_attack_s_victims(nlp):
    for text in ("A boat carrying about 30 migrants capsized off the Greek island of Lesbos, killing at least four.",
                 "A bus plunged into a ravine in northern Pakistan on Sunday, killing 22 passengers.",
                 "Twelve people were killed in a landslide in the Indian state of Kerala.",
                 "The plane crash near Kathmandu killed all 72 people on board."):
        assert not _events(text), (text, [(e.plover, e.trigger) for e in _events(text)])
    assert _one(_events("Gunmen attacked a bus in Kaduna, killing 12 passengers."), "ASSAULT")
    assert _one(_events("A car bomb exploded near a market in Mogadishu, killing nine people."), "ASSAULT")


def test_leaders_arriving_together_visit_the_host_not_each_other(nlp):
    evs = _events("Leaders of Brazil, India and China arrived in Johannesburg on Tuesday for a summit.")
    assert not any(_countries(e.target) & {"BRA", "IND", "CHN"} for e in evs), [(e.source, e.target) for e in evs]
    ev = _one(_events("Kenya and Uganda met in Geneva on Monday."), "CONSULT")  # a meeting: both are sources
    assert (_countries(ev.source), ev.target) == ({"KEN", "UGA"}, [])


def test_denying_the_allegation_answers_the_accuser_not_the_act(nlp):
    evs = _events("Rights groups in Athens accused the Greek coast guard on Tuesday of forcing migrants back to sea, "
                  "after a boat capsized off Lesbos. Greek police arrested two smugglers on the island. The coast "
                  "guard denied the allegation.")
    assert [a.text for a in _one(evs, "REJECT").target] == ["Rights groups"], [(e.plover, e.target) for e in evs]


def test_what_the_law_requires_is_no_request(nlp):
    evs = _events("Brazil's Supreme Court ordered the suspension of the platform after its owner refused to name a "
                  "legal representative in Brazil, as required by law.")
    assert "REQUEST" not in {e.plover for e in evs}, [(e.plover, e.trigger) for e in evs]


def test_leaders_around_the_world_are_of_no_one_country(nlp):
    evs = _events("NARA, Japan (Reuters) - Former Japanese Prime Minister Shinzo Abe was shot dead on Friday. Leaders "
                  "around the world condemned the killing.")
    assert not _countries(_one(evs, "ACCUSE").source) - {None}


def test_people_seized_are_abducted_not_confiscated(nlp):
    ev = _one(_events("Gunmen seized 20 passengers from a bus in Zamfara state on Monday."), "ASSAULT")
    assert ev.cameo == "181"
    assert _one(_events("Police seized drugs and cash in a raid in Lagos."), "COERCE").cameo == "171"


def test_the_condition_of_an_announced_strike_is_no_act_and_means_war_is_a_threat(nlp):
    evs = _events("The Israeli prime minister said Israel would strike Hezbollah again if it violated the agreement.")
    assert [e.plover for e in evs] == ["THREATEN"], [(e.plover, e.trigger) for e in evs]
    ev = _one(_events("China warned on Thursday that Taiwan independence \"means war\"."), "THREATEN")
    assert _countries(ev.source) == {"CHN"}


def test_police_forcing_their_way_into_an_embassy_raid_it(nlp):
    ev = _one(_events("Ecuadorean police forced their way into Mexico's embassy in Quito late on Friday."), "COERCE")
    assert _countries(ev.source) == {"ECU"} and _countries(ev.target) == {"MEX"}


def test_a_country_named_inside_a_city_s_name_is_not_that_country(nlp):
    evs = _events("Soldiers destroyed much of Benin City in an expedition in 1897.")
    assert all("BEN" not in _countries(e.target) | _countries(e.source) for e in evs), [(e.source, e.target) for e in evs]


def test_what_a_bomber_s_ramming_killed_is_the_bombing(nlp):
    evs = _events("A suicide bomber rammed an explosives-laden car into a police station in northwest Pakistan on "
                  "Thursday, killing six officers.")
    assert len([e for e in evs if e.plover == "ASSAULT"]) == 1, [(e.plover, e.trigger) for e in evs]


def test_an_act_dated_after_the_publication_is_scheduled_not_done(nlp):
    doc = dyads.code("Argentina's largest union federation announced a general strike for next month.",
                     published="2024-05-08")
    assert [e.modality for e in doc.events if e.plover == "PROTEST"] == ["intended"]
    assert _one(_events("Police arrested 20 people in Lima on Monday."), "COERCE").modality == "asserted"


def test_two_armed_sides_of_one_country_that_fought_fought_each_other(nlp):
    ev = _one(_events("The army and the rebels fought fierce battles near the town on Friday, residents said."), "ASSAULT")
    assert [a.sector for a in ev.source] == ["MIL"] and [a.sector for a in ev.target] == ["REB"]
    assert not [e for e in _events("The government and the opposition fought over the budget.") if e.plover == "ASSAULT"]


def test_workers_led_to_strike_strike_they_do_not_attack(nlp):
    evs = _events("Extortion by criminal gangs has led transport workers to strike several times this year.")
    assert [e.plover for e in evs] == ["PROTEST"], [(e.plover, e.trigger) for e in evs]
    assert [a.text for a in evs[0].source] == ["transport workers"]


def test_its_owning_a_clause_subject_after_a_thing_subject_is_that_thing_s(nlp):
    evs = _events("The United States imposed new sanctions on Iran on Monday. The tanker was taken to the port "
                  "of Jask and its crew members were detained, the report said.")
    detained = _one(evs, "COERCE")
    assert "its" not in [a.text for a in detained.target], detained.target


def test_who_launched_the_weapons_shot_down_is_the_target(nlp):
    ev = _one(_events("Poland's army said it had destroyed 30 of 35 drones that Belarus launched overnight."), "ASSAULT")
    assert _countries(ev.source) == {"POL"} and _countries(ev.target) == {"BLR"}
    ev = _one(_events("Israel intercepted most of the missiles fired by Iran on Saturday."), "ASSAULT")
    assert _countries(ev.target) == {"IRN"}


def test_hosts_of_talks_are_not_their_parties_and_talks_between_two_sides_are_theirs(nlp):
    evs = _events("Talks in Doha, hosted by Qatar and Egypt, collapsed last year.")
    assert not [e for e in evs if e.plover == "CONSULT"], [(e.source, e.target) for e in evs]
    evs = [e for e in _events("Talks between Israel and Hamas resumed in Cairo on Monday.") if e.plover == "CONSULT"]
    assert [(_countries(e.source), _countries(e.target)) for e in evs] == [({"ISR", "PSE"}, set())]


def test_war_declared_on_a_social_ill_is_no_war(nlp):
    evs = _events("The new president declared war on drugs and corruption on Monday.")
    assert not [e for e in evs if e.plover in ("ASSAULT", "THREATEN")], [(e.plover, e.trigger) for e in evs]
    ev = _one(_events("Russia declared war on Ukraine."), "ASSAULT")
    assert _countries(ev.target) == {"UKR"}


def test_tear_gas_and_water_cannon_used_together_are_one_act(nlp):
    evs = _events("Riot police used tear gas and water cannon on Sunday to scatter the students in Yerevan.")
    assert len([e for e in evs if e.plover == "ASSAULT"]) == 1, [(e.plover, e.trigger) for e in evs]


def test_a_charge_or_criticism_nobody_made_is_no_event(nlp):
    evs = _events("The peacekeeping mission, approved by the Security Council last year, has been criticized for a "
                  "lack of funding.")
    assert not [e for e in evs if e.plover == "ACCUSE"], [(e.plover, e.source, e.target) for e in evs]
    ev = _one(_events("Kenya criticized the mission for a lack of funding."), "ACCUSE")
    assert _countries(ev.source) == {"KEN"}


def test_dead_told_in_the_attack_or_the_violence_are_its_toll(nlp):
    for noun in ("the attack", "the violence"):
        evs = _events(f"Gunmen attacked a police station in the town of Mirebalais on Monday. At least 10 people "
                      f"were killed in {noun}, officials said.")
        assaults = [e for e in evs if e.plover == "ASSAULT"]
        assert len(assaults) == 1 and assaults[0].source, [(e.source, e.target) for e in assaults]


def test_gang_members_are_criminals_of_their_country(nlp):
    ev = _one(_events("Gang members attacked a police station in northern Haiti on Monday."), "ASSAULT")
    assert [(a.sector, a.country) for a in ev.source] == [("CRM", "HTI")]


def test_inmates_freed_by_a_gang_attack_are_its_outcome_not_a_release(nlp):
    evs = _events("Gunmen attacked a prison in northern Haiti on Monday, freeing more than 400 inmates.")
    assert [e.plover for e in evs] == ["ASSAULT"], [(e.plover, e.trigger) for e in evs]
    evs = _events("The army stormed the prison in Mali on Monday, freeing 30 hostages.")
    assert "RETREAT" in [e.plover for e in evs]


def test_the_launch_condemned_is_the_missile_fired_not_the_drills_planned(nlp):
    evs = _events("Iran fired a ballistic missile into the Gulf on Thursday, hours before the United States and "
                  "Britain were due to begin joint naval exercises. Saudi Arabia condemned the launch.")
    ev = _one(evs, "ACCUSE")
    assert _countries(ev.target) == {"IRN"}, ev.target


def test_fighting_alongside_is_no_attack_and_signing_somewhere_is_not_signing_with_it(nlp):
    evs = _events("Chad, whose troops fought alongside the Malian army, was not invited to the talks.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.source, e.target) for e in evs]
    ev = _one(_events("Eritrean troops fought alongside the Ethiopian army against Tigrayan forces."), "ASSAULT")
    assert "ERI" in _countries(ev.source) and not any(a.text == "the Ethiopian army" for a in ev.target)
    ev = _one(_events("Armenia and Azerbaijan signed a peace agreement in Washington on Friday."), "SUPPORT")
    assert "USA" not in _countries(ev.target), ev.target


def test_fighting_hoped_to_end_is_not_the_signatories_fighting(nlp):
    evs = _events("Armenia and Azerbaijan signed a peace agreement on Friday, raising hopes of an end to fighting "
                  "along their border.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.source, e.target) for e in evs]


def test_troops_withdrawn_under_a_deal_leave_ground_they_do_not_reject_it(nlp):
    ev = _one(_events("Under the deal, Rwanda will withdraw its troops from eastern Congo within 90 days."), "RETREAT")
    assert _countries(ev.source) == {"RWA"} and ev.modality == "intended"


def test_a_state_act_reported_by_a_force_was_done_by_it(nlp):
    ev = _one(_events("Lithuanian border guards said about 100 migrants tried to cross the border with Belarus "
                      "overnight and were pushed back."), "COERCE")
    assert _countries(ev.source) == {"LTU"}, ev.source


def test_the_crowd_named_again_is_the_same_protest_unless_elsewhere(nlp):
    evs = _events("Thousands of people marched through Yerevan on Saturday to protest against the border deal. "
                  "Protesters waved flags and chanted slogans outside the parliament building.")
    assert len([e for e in evs if e.plover == "PROTEST"]) == 1, [(e.trigger, e.sentence) for e in evs]
    evs = _events("Thousands of people marched through Nairobi on Tuesday to protest against the tax bill. "
                  "Demonstrators also clashed with police in Mombasa, witnesses said.")
    assert len([e for e in evs if e.plover == "PROTEST"]) == 2, [(e.trigger, e.sentence) for e in evs]


def test_a_release_someone_works_to_secure_is_not_done(nlp):
    evs = _events("Qatar is working to secure the release of the hostages held by Hamas.")
    assert [e.modality for e in evs if e.plover == "RETREAT"] == ["intended"], [(e.plover, e.modality) for e in evs]


def test_talks_held_together_have_every_party_as_a_source(nlp):
    ev = _one(_events("Chile and Argentina resumed negotiations on Wednesday over their maritime border."), "CONSULT")
    assert (_countries(ev.source), ev.target) == ({"CHL", "ARG"}, [])
    ev = _one(_events("Japan's foreign minister held talks with South Korean officials in Bangkok on Thursday."),
              "CONSULT")
    assert (_countries(ev.source), ev.target) == ({"JPN", "KOR"}, [])
    ev = _one(_events("The Kenyan president is expected to meet the Ethiopian prime minister on Friday."), "CONSULT")
    assert (_countries(ev.source), ev.target) == ({"KEN", "ETH"}, [])  # so does a meeting
    ev = _one(_events("Egyptian mediators held talks with Israel and Hamas on Monday."), "CONSULT")
    assert (_countries(ev.source), _countries(ev.target)) == ({"EGY"}, {"ISR", "PSE"})  # so do mediators


def test_a_conjoined_verb_with_its_own_tense_keeps_its_own_polarity(nlp):
    evs = _events("The United States does not recognise the election and has imposed sanctions on Venezuela.")
    assert _one(evs, "SANCTION").modality == "asserted"
    evs = _events("The United States did not recognise the election or impose sanctions on Venezuela.")
    assert _one(evs, "SANCTION").modality == "negated"


def test_the_object_an_idiom_names_past_a_modifier_is_no_act_of_its_own(nlp):
    evs = _events("The European Union lifted some sanctions on Syria on Monday.")
    assert [e.plover for e in evs] == ["RETREAT"], [(e.plover, e.trigger) for e in evs]


def test_a_sum_given_in_aid_is_the_giver_s_aid(nlp):
    ev = _one(_events("Japan gave $20 million in aid to Ukraine on Monday."), "AID")
    assert (_countries(ev.source), _countries(ev.target)) == ({"JPN"}, {"UKR"})
    ev = _one(_events("Germany will provide 500 million euros in humanitarian aid for Syria."), "AGREE")
    assert _countries(ev.source) == {"DEU"}


def test_dead_and_wounded_told_in_the_strike_are_its_toll(nlp):
    evs = _events("An Israeli air strike on the southern suburbs of Beirut killed a Hezbollah commander on Tuesday. "
                  "The health ministry said five people were killed and 28 wounded in the strike.")
    assert len([e for e in evs if e.plover == "ASSAULT"]) == 1, [(e.trigger, e.source) for e in evs]


def test_pupils_and_teachers_seized_are_abducted(nlp):
    ev = _one(_events("Gunmen seized 20 pupils and a teacher from a school in Kaduna, Nigeria."), "ASSAULT")
    assert ev.cameo == "181"


def test_what_the_sheltered_militants_do_is_a_description_not_an_attack(nlp):
    evs = _events("Pakistan accuses the Taliban of sheltering militants who carry out attacks inside Pakistan.")
    assert [e.plover for e in evs] == ["ACCUSE"], [(e.plover, e.trigger) for e in evs]


def test_what_is_done_instead_of_an_act_leaves_that_act_undone(nlp):
    evs = _events("Instead of launching raids on the villages, Turkish soldiers now watch them from drones.")
    assert not [e for e in evs if e.trigger in ("raids", "launching")], [(e.plover, e.trigger) for e in evs]


def test_a_rally_where_a_politician_told_supporters_something_is_no_protest(nlp):
    evs = _events("One opposition lawmaker told supporters at a rally in Balti, Moldova last week that prices had doubled.")
    assert not [e for e in evs if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in evs]
    evs = _events("Protesters told reporters at the rally in Tbilisi, Georgia that they would not stop.")
    assert [e for e in evs if e.plover == "PROTEST"]


def test_a_phrasal_verb_with_its_object_before_the_particle_is_matched(nlp):
    ev = _one(_events("Kenya pulled its soldiers out of Somalia on Monday."), "RETREAT")
    assert _countries(ev.source) == {"KEN"}
    assert ev.modality == "asserted"


def test_a_resolution_that_a_country_welcomes_is_not_its_own_request(nlp):
    events = _events("Ghana welcomed the Senate resolution that seeks to impose an arms embargo on Sudan.")
    assert _countries(_one(events, "SUPPORT").source) == {"GHA"}
    assert all("GHA" not in _countries(e.source) for e in events if e.plover != "SUPPORT")


def test_a_goal_in_the_present_tense_under_a_vow_is_not_done(nlp):
    events = _events("The rebels have sworn to fight on until they capture the capital, officials said.")
    assert [e.modality for e in events if e.plover == "ASSAULT"] in ([], ["intended"])
    assert _one(events, "THREATEN").modality == "threatened"


def test_a_concrete_act_an_accusation_alleges_is_coded_as_attributed(nlp):
    events = _events("Chad accused the rebels on Tuesday of shelling a clinic in Abeche, killing six patients.")
    alleged = _one(events, "ASSAULT")
    assert alleged.modality == "attributed"
    assert [a.text for a in alleged.source] == ["the rebels"]
    assert _one(events, "ACCUSE").modality == "asserted"


def test_the_accused_hung_with_its_of_phrase_still_does_the_alleged_act(nlp):
    alleged = _one(_events("The government accused the rebels of kidnapping the mayor of a northern town."), "ASSAULT")
    assert [a.text for a in alleged.source] == ["the rebels"]


def test_an_accusation_of_conduct_or_of_a_kind_of_act_alleges_no_event(nlp):
    for text in ("Pakistan accused the Taliban of sheltering militants.",
                 "Rights groups accused the police of killing civilians.",
                 "Moscow accused the alliance of waging a proxy war against Russia."):
        assert [e.plover for e in _events(text)] == ["ACCUSE"], text


def test_a_ship_rammed_is_an_assault(nlp):
    ev = _one(_events("A Chinese coast guard ship rammed a Vietnamese fishing boat on Monday."), "ASSAULT")
    assert _countries(ev.source) == {"CHN"}


def test_their_in_a_clause_the_conjoined_speakers_report_is_theirs(nlp):
    events = _events("Chile, Peru and Bolivia condemned the raid as a breach of U.N. Security Council resolutions "
                     "and said they would deepen their border cooperation.")
    agree = [e for e in events if e.plover == "AGREE"]
    assert agree and all(_countries(e.source) <= {"CHL", "PER", "BOL"} and e.source[0].country for e in agree)


def test_a_meeting_has_every_party_as_a_source_and_no_target(nlp):
    ev = _one(_events("The foreign ministers of Peru and Chile met in Geneva on Thursday."), "CONSULT")
    assert _countries(ev.source) == {"PER", "CHL"}
    assert ev.target == []


def test_a_meeting_in_one_partys_country_is_a_visit_to_it(nlp):
    ev = _one(_events("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday."),
              "CONSULT")
    assert _countries(ev.source) == {"CHL"}
    assert _countries(ev.target) == {"PER"}


def test_a_meeting_told_in_a_where_clause_of_a_visited_city_is_a_visit(nlp):
    events = _events("The Japanese foreign minister flew on to Hanoi, where she met Vietnamese leaders.")
    consult = [e for e in events if e.plover == "CONSULT"]
    assert consult and all(_countries(e.source) == {"JPN"} and _countries(e.target) == {"VNM"} for e in consult)


def test_what_a_condition_supposes_is_no_act(nlp):
    events = _events("The union said it will strike again next week unless the minister agrees to reopen talks.")
    assert [e.plover for e in events] == ["THREATEN"]
    events = _events("Egypt said it would close the crossing if Israel attacked the city.")
    assert [e.plover for e in events] == ["THREATEN"]


def test_retaliation_promised_without_an_object_is_a_threat(nlp):
    ev = _one(_events("Beijing condemned the tariffs and said it would respond."), "THREATEN")
    assert _countries(ev.source) == {"CHN"}
    assert not [e for e in _events("The embassy declined to respond.") if e.plover == "THREATEN"]


def test_a_package_of_measures_that_targets_an_industry_attacks_no_one(nlp):
    events = _events("Canada adopted a new package of sanctions against Iran that for the first time targets "
                     "its oil tanker fleet.")
    assert [e.plover for e in events] == ["SANCTION"]


def test_a_national_strike_of_walking_out_nurses_is_their_walkout(nlp):
    events = _events("Thousands of nurses in Ireland walked out on Monday in the first national strike in the "
                     "long history of their union.")
    assert [e.plover for e in events] == ["PROTEST"]


def test_two_sided_fighting_has_every_side_as_a_source_and_no_target(nlp):
    for text in ("Thai and Cambodian troops exchanged fire near the border on Monday, killing two villagers.",
                 "Thai troops clashed with Cambodian soldiers near the border on Monday."):
        events = [e for e in _events(text) if e.plover == "ASSAULT"]
        assert len(events) == 1, text
        assert _countries(events[0].source) == {"THA", "KHM"} and events[0].target == [], text


def test_one_side_attacking_the_other_keeps_its_direction(nlp):
    ev = _one(_events("Thai troops attacked Cambodian positions near the border on Monday."), "ASSAULT")
    assert _countries(ev.source) == {"THA"} and _countries(ev.target) == {"KHM"}


def test_the_toll_of_an_attack_launched_is_that_attack(nlp):
    events = _events("Iran launched a large drone attack on Israel on Saturday, firing 200 drones at air bases "
                     "and wounding a girl.")
    assert len([e for e in events if e.plover == "ASSAULT"]) == 1


def test_the_forces_a_state_sends_are_no_target_of_the_deployment(nlp):
    events = _events("Romania will send 800 more soldiers to the border area, the defence minister said.")
    assert [(e.plover, e.modality, e.target) for e in events] == [("MOBILIZE", "intended", [])]
    ev = _one(_events("The Turkish president vowed to send troops into northern Iraq."), "THREATEN")
    assert _countries(ev.source) == {"TUR"}


def test_a_slogan_chanted_or_shouted_is_no_act(nlp):
    events = _events('Crowds gathered outside the palace, shouting "arrest the general".')
    assert not [e for e in events if e.plover == "COERCE"]


def test_blocking_an_order_is_a_veto_and_lifting_martial_law_an_easing(nlp):
    events = _events("The president lifted martial law on Wednesday after lawmakers voted to block the order.")
    assert {e.plover for e in events} == {"CONCEDE", "REJECT"}
    assert not [e for e in _events("Thousands of families are sheltering in the city, aid groups said.")
                if e.plover == "AID"]


def test_a_ship_sent_to_help_in_a_search_is_aid_and_an_attack_on_an_outpost_no_new_base(nlp):
    ev = _one(_events("Japan said it was sending a warship to help in the search for the missing ferry."), "AID")
    assert _countries(ev.source) == {"JPN"}
    events = _events("Two soldiers were killed in a rocket attack on a small army outpost near the border, "
                     "officials said.")
    assert all(e.acled != "Headquarters or base established" for e in events)


def test_parties_said_to_be_in_talks_hold_them(nlp):
    ev = _one(_events("Bolivia, which has been in talks with Chile since May, did not comment."), "CONSULT")
    assert (_countries(ev.source), ev.target) == ({"BOL", "CHL"}, [])


def test_the_capital_is_the_datelines_capital_or_the_demonyms(nlp):
    # a bare "the capital" in a story datelined from a national capital is that city
    evs = _events("ASMARA (Reuters) - The two militias agreed a truce at talks in Nairobi on Friday, "
                  "but witnesses reported shelling in the capital a few hours later.")
    ev = _one(evs, "ASSAULT")
    assert ev.place is not None and ev.place.country == "ERI", ev.place
    assert _countries(ev.target) <= {"ERI"}
    # "the <demonym> capital" is that country's capital, whatever the dateline
    ev = _one(_events("LONDON (AP) - Thousands of farmers marched through the Chilean capital on Sunday."), "PROTEST")
    assert ev.place is not None and ev.place.name == "Santiago" and ev.place.country == "CHL"
    # another modifier ("the provincial capital") names no national capital
    doc = dyads.code("ASMARA (Reuters) - Gunmen attacked a market in the provincial capital on Friday.")
    assert [p.text for p in doc.places] == ["ASMARA"]


def test_several_parties_signing_abroad_do_not_target_the_host(nlp):
    ev = _one(_events("Mali's army and the Tuareg rebels signed a peace accord in Doha on Sunday."), "SUPPORT")
    assert ev.target == []


def test_the_government_in_a_clause_of_its_own_is_the_host_countrys(nlp):
    # the other country's leader is the subject of another clause joined by "and": not the referent
    evs = _events("LIMA (Reuters) - Peru's interior minister declared a curfew on Monday after riots in the south. "
                  "Bolivia's president expressed concern, and Spain said it was ready to send aid to the government.")
    ev = next(e for e in evs if e.trigger in ("aid", "send aid"))
    assert _countries(ev.source) == {"ESP"}
    assert _countries(ev.target) == {"PER"}


def test_the_envoy_is_the_envoy_named_before(nlp):
    evs = _events("ASMARA (Reuters) - Eritrea on Monday expelled Sweden's ambassador. "
                  "The information ministry said the ambassador had refused to attend a hearing.")
    ev = next(e for e in evs if e.trigger == "refused")
    assert _countries(ev.source) == {"SWE"}


def test_forces_blocking_vessels_restrict_movement_protesters_obstruct(nlp):
    ev = _one(_events("Vietnamese navy ships blocked two Malaysian fishing boats near the islands."), "COERCE")
    assert ev.cameo == "191"
    assert _countries(ev.source) == {"VNM"} and _countries(ev.target) == {"MYS"}
    assert _one(_events("Farmers in France blocked the motorway with tractors."), "PROTEST").cameo.startswith("144")


def test_an_emergency_along_ones_own_border_targets_no_neighbour(nlp):
    ev = _one(_events("Chile declared an emergency along its border with Bolivia on Monday."), "COERCE")
    assert _countries(ev.source) == {"CHL"}
    assert "BOL" not in _countries(ev.target)
    # troops sent to one's border with a neighbour are still aimed at it
    ev = _one(_events("Lithuania deployed 2,000 troops to its border with Belarus."), "MOBILIZE")
    assert _countries(ev.target) == {"BLR"}


def test_an_emergency_over_a_disaster_is_no_repression(nlp):
    assert not _events("Malawi declared a state of emergency after floods swept away thousands of homes.")
    assert _one(_events("Peru declared a state of emergency after gang attacks in the capital."), "COERCE")


def test_what_a_refusal_waits_for_is_a_condition_not_an_act(nlp):
    evs = _events("The rebels said they would not lay down their arms until Uganda withdraws its troops.")
    assert not [e for e in evs if e.plover == "RETREAT" or e.trigger == "withdraws"], [(e.plover, e.trigger) for e in evs]
    assert [e for e in evs if e.plover == "REJECT"]
    # in the past the clause it ended happened ("did not leave until X attacked": X attacked)
    ev = _one(_events("Chadian troops did not leave the town until rebels from Sudan attacked them."), "ASSAULT")
    assert ev.modality == "asserted"


def test_a_leader_extending_his_own_mandate_agrees_with_no_one(nlp):
    assert not [e for e in _events("The law, passed by Chad's parliament, extends his mandate by two years.")
                if e.plover == "AGREE"]
    assert _one(_events("The Security Council voted to extend the mandate of the mission in Haiti."), "AGREE")


def test_a_name_given_in_a_relative_clause_is_a_judgement(nlp):
    evs = _events("Kenyan police arrested the governor on Friday, a step the opposition called a coup against the voters.")
    assert sorted(e.plover for e in evs) == ["ACCUSE", "COERCE"], [(e.plover, e.trigger) for e in evs]


def test_protests_banned_are_no_protests_held(nlp):
    evs = _events("The Belarusian authorities banned rallies in Minsk for a week.")
    assert not [e for e in evs if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in evs]
    assert _one(evs, "COERCE")


def test_seizing_on_something_is_no_seizure(nlp):
    evs = _events("Islamic State militants have seized on the chaos in Libya to recruit fighters.")
    assert not [e for e in evs if e.trigger == "seized"], [(e.plover, e.trigger) for e in evs]
    assert _one(_events("Islamic State militants seized the town of Sirte in Libya."), "ASSAULT")


def test_a_counterpart_is_of_the_other_side(nlp):
    ev = _one(_events("President Ruto hosted his Tanzanian counterpart in Nairobi."), "CONSULT")
    assert _countries(ev.target) == {"TZA"}
    ev = _one(_events("Kenya's foreign minister met his counterpart on Monday."), "CONSULT")
    assert "KEN" not in _countries(ev.target)
    ev = _one(_events("The Kenyan defence minister said on Friday during a visit by his Ugandan counterpart that "
                      "the two armies would train together."), "CONSULT")
    assert _countries(ev.source) == {"UGA"}


def test_the_reporters_next_act_joined_to_a_clause_inside_the_report(nlp):
    ev = _one(_events("Iran's foreign ministry said Britain had never shown proof that the tanker broke any law, "
                      "and accused London of piracy."), "ACCUSE")
    assert _countries(ev.source) == {"IRN"}
    assert _countries(ev.target) == {"GBR"}


def test_a_clause_of_time_is_not_in_the_place_of_the_rest_of_the_sentence(nlp):
    evs = _events("NIAMEY (Reuters) - The truce, signed in Accra after the rebels seized the north in 2019, had held "
                  "until the army and the rebels resumed fighting last month.")
    seized = next(e for e in evs if e.trigger == "seized")
    assert "GHA" not in _countries(seized.source)
    fight = next(e for e in evs if e.plover == "ASSAULT" and e.trigger != "seized")
    assert "GHA" not in _countries(fight.source) | _countries(fight.target)


def test_a_warning_of_harm_to_a_state_of_things_is_no_threat(nlp):
    evs = _events("Egypt said it regretted the vote and warned that it could harm the stability of the region.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]
    assert _one(_events("Egypt warned that it would retaliate against any attack on its ships."), "THREATEN")


def test_a_pronoun_in_a_because_clause_is_the_subject_it_explains(nlp):
    ev = _one(_events("Kenyan officials said the soldiers were arrested because they attacked a police post."), "ASSAULT")
    assert [a.text for a in ev.source] == ["the soldiers"]
    evs = _events("Syrian officials said the depots were legitimate targets because they supplied fuel to the rebels.")
    assert all("Syrian officials" not in [a.text for a in e.source] for e in evs if e.trigger == "supplied")


def test_calling_something_a_threat_is_an_accusation_not_a_threat(nlp):
    evs = _events("Voters backed the plan in a vote that Belize called a threat to its sovereignty.")
    assert [e.plover for e in evs if e.trigger == "called"] == ["ACCUSE"], [(e.plover, e.trigger) for e in evs]
    assert not [e for e in evs if e.plover == "THREATEN"]


def test_an_act_one_is_reluctant_to_do_is_not_done(nlp):
    ev = _one(_events("Western governments have been reluctant to pressure Qatar over the talks."), "REQUEST")
    assert ev.modality == "negated"


def test_duties_suspended_or_tariffs_lifted_ease_a_trade_measure(nlp):
    ev = _one(_events("Canada suspended import duties on Chilean copper."), "RETREAT")
    assert ev.cameo == "085"
    assert _one(_events("Canada suspended imports of Chilean copper."), "SANCTION")


def test_fireworks_thrown_at_police_are_a_violent_protest(nlp):
    ev = _one(_events("In Tbilisi, protesters threw fireworks at police lines."), "PROTEST")
    assert ev.cameo == "145"


def test_states_named_though_unresolved_are_not_the_places_authorities(nlp):
    evs = _events("The Nordic countries imposed travel bans on Belarusian officials.")
    assert all("BLR" not in _countries(e.source) for e in evs), [(e.plover, e.source) for e in evs]


def test_parties_that_agree_together_are_each_a_source_of_one_event(nlp):
    evs = [e for e in _events("Chile and Argentina agreed on Friday to reopen their border crossings.") if e.plover == "AGREE"]
    assert len(evs) == 1, [(e.source, e.target) for e in evs]
    assert _countries(evs[0].source) == {"CHL", "ARG"} and evs[0].target == []


def test_a_visit_one_hoped_to_make_is_intended(nlp):
    ev = _one(_events("The UN envoy hoped to visit Khartoum."), "CONSULT")
    assert ev.modality == "intended"


def test_territory_captured_by_the_dozen_and_a_border_with_a_neighbour(nlp):
    ev = _one(_events("Insurgents captured dozens of army posts and two towns near the border with Thailand."), "ASSAULT")
    assert "THA" not in _countries(ev.source)
    assert not [e for e in _events("An alliance of rebel armies launched an offensive in the north.")
                if e.plover == "COOPERATE"]


def test_an_electoral_commission_is_a_state_body(nlp):
    ev = _one(_events("HARARE (Reuters) - The electoral commission rejected the opposition's allegations of fraud."), "REJECT")
    assert _countries(ev.source) == {"ZWE"}


def test_it_after_a_sentence_about_a_thing_is_that_thing(nlp):
    evs = _events("The motion, tabled by Norway, was opposed by Russia. Canada backed it on Friday.")
    ev = next(e for e in evs if e.trigger == "backed")
    assert "RUS" not in _countries(ev.target)


def test_an_embassy_of_a_country_is_not_where_it_stands(nlp):
    ev = _one(_events("Protesters attacked the embassies of Spain and Italy in the capital Lima on Tuesday."), "PROTEST")
    assert ev.place is not None and ev.place.country == "PER", ev.place


def test_advancing_a_cause_is_no_military_advance(nlp):
    assert not [e for e in _events("Beijing wants technology that could advance its military and its economy.")
                if e.plover == "ASSAULT"]
    assert _one(_events("Russian troops advanced on the town of Kupiansk."), "ASSAULT")


def test_its_in_what_someone_is_told_to_do_is_the_one_told(nlp):
    ev = _one(_events("The World Court ordered Sudan to halt its offensive in Darfur."), "ASSAULT")
    assert _countries(ev.source) == {"SDN"}


def test_suicide_bombers_are_militants_not_aircraft(nlp):
    evs = _events("ANKARA (Reuters) - Police on Monday detained a friend of the Paris suicide bombers.")
    ev = _one(evs, "COERCE")
    assert "FRA" not in _countries(ev.source)


def test_a_junta_ruling_a_country_is_that_countrys(nlp):
    ev = _one(_events("British troops landed in 1982 after a coup backed by the military junta then ruling Argentina."),
              "SUPPORT")
    assert _countries(ev.source) == {"ARG"}


def test_a_campaign_of_something_is_no_actor(nlp):
    evs = _events("CARACAS - Machado called the arrests part of a campaign of persecution.")
    assert all(a.text != "a campaign" for e in evs for a in e.source + e.target), [(e.plover, e.target) for e in evs]


def test_a_surname_the_tagger_cut_off_is_the_person_again(nlp):
    evs = _events("CARACAS (Reuters) - Police arrested two aides of opposition leader Maria Corina Machado on "
                  "Wednesday. Machado accused the government of persecution.")
    ev = next(e for e in evs if e.trigger == "accused")
    assert [a.text for a in ev.source] == ["Machado"] and _countries(ev.source) == {"VEN"}


def test_a_verb_the_parser_joined_to_a_noun_goes_on_from_the_clause(nlp):
    evs = _events("Armenia's president put the army on its highest level of alert and ordered troops to move closer "
                  "to the border.")
    ev = next(e for e in evs if e.trigger == "ordered")
    assert _countries(ev.source) == {"ARM"}


def test_the_attack_a_state_responded_to_is_not_its_own(nlp):
    evs = _events("Laos said it had responded to an unprovoked attack.")
    assert all("LAO" not in _countries(e.source) for e in evs if e.trigger == "attack"), [(e.trigger, e.source) for e in evs]


def test_an_ethnic_group_with_no_place_named_is_of_the_articles_country(nlp):
    evs = _events("SKOPJE (Reuters) - Police detained two ethnic Albanian activists on Friday.")
    ev = _one(evs, "COERCE")
    assert "ALB" not in _countries(ev.target)


def test_a_group_named_by_its_modifier_is_that_group(nlp):
    ev = _one(_events("Colombia's army killed at least ten members of an ELN rebel faction in Arauca."), "ASSAULT")
    assert any((a.code or "").endswith("ELN") for a in ev.target), [(a.text, a.code) for a in ev.target]
    # "an al Qaeda-linked group" is another group, linked to it
    evs = _events("Police arrested members of an al Qaeda-linked group in Mombasa.")
    assert all("ALQ" not in (a.code or "") for e in evs for a in e.target)


def test_camps_to_receive_returnees_are_no_base_and_cruel_is_blame(nlp):
    assert not [e for e in _events("Sudanese officials set up camps near the border to receive the refugees.")
                if e.plover == "MOBILIZE"]
    evs = _events("Iran began deporting Afghans on Monday, a step the Taliban government called cruel.")
    assert [e.plover for e in evs if e.trigger == "called"] == ["ACCUSE"], [(e.plover, e.trigger) for e in evs]


def test_killed_in_a_states_strike_names_that_state_as_the_doer(nlp):
    ev = _one(_events("Two commanders were killed in a Turkish strike near Qamishli."), "ASSAULT")
    assert _countries(ev.source) == {"TUR"}


def test_revenge_promised_is_a_threat(nlp):
    ev = _one(_events("Syrian officials said the country would take revenge."), "THREATEN")
    assert _countries(ev.source) == {"SYR"}


def test_what_an_agreement_provides_is_intended_and_a_time_phrase_names_no_target(nlp):
    ev = _one(_events("Poland and Estonia signed an agreement on Monday to station Polish troops in Estonia."), "MOBILIZE")
    assert ev.modality == "intended"
    ev = _one(_events("NATO has reinforced its eastern flank since Russia's invasion of Georgia."), "MOBILIZE")
    assert "GEO" not in _countries(ev.target)


def test_calling_a_deployment_a_threat_is_no_threat(nlp):
    evs = _events("Beijing said the deployment of American missiles in Japan was a threat to China's security.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_a_participle_before_the_object_and_plural_juntas(nlp):
    ev = _one(_events("SEOUL (Reuters) - Korean investigators arrested impeached President Chun Doo-hwan on Wednesday."),
              "COERCE")
    assert ev.target and _countries(ev.target) == {"KOR"}, [(a.text, a.country) for a in ev.target]
    ev = _one(_events("The juntas in Guinea and Gabon expelled French diplomats last year."), "SANCTION")
    assert ev.source and "FRA" not in _countries(ev.source)


def test_harm_done_to_oneself_is_no_event(nlp):
    evs = _events("Police initially said he had injured himself.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger, e.source) for e in evs]
    assert _one(_events("A suicide bomber blew himself up at a checkpoint in Kabul."), "ASSAULT")


def test_searching_for_someone_is_no_search_of_a_home(nlp):
    evs = _events("Belgian investigators are still searching for the men behind the Antwerp bombing.")
    assert not [e for e in evs if e.plover == "COERCE"], [(e.plover, e.trigger) for e in evs]
    assert _one(_events("Belgian police searched the home of a suspect in Antwerp."), "COERCE")


def test_a_force_named_by_its_role_is_the_same_force_named_just_before(nlp):
    text = ("BELGRADE (Reuters) - Kosovo police raided three Serbian-run offices in the north on Monday, "
            "Serbia's president said. Police took away files and detained a clerk, a statement said.")
    evs = [e for e in _events(text) if e.trigger in ("detained", "took away")]
    assert evs and all(_countries(e.source) == {"XKX"} for e in evs), [(e.trigger, e.source) for e in evs]
    # two forces named before: neither is chosen, the dateline's country stays
    text = ("BELGRADE (Reuters) - Kosovo police and Albanian police met at the border on Monday. "
            "Police detained a clerk in a village, a statement said.")
    ev = _one(_events(text), "COERCE")
    assert _countries(ev.source) != {"XKX"}


def test_praise_in_an_adverbial_phrase_is_no_judgement_and_zionist_names_israel(nlp):
    evs = _events("The cleric said the occupiers would be driven out by the hands of our brave fighters.")
    assert not [e for e in evs if e.plover == "SUPPORT"], [(e.plover, e.trigger) for e in evs]
    ev = _one(_events("Hezbollah fired rockets at the Zionist entity on Sunday."), "ASSAULT")
    assert _countries(ev.target) == {"ISR"}


def test_those_included_in_a_group_are_of_the_groups_country(nlp):
    ev = _one(_events("A drone strike killed five members of the Quds Force, including two commanders, in Baghdad."),
              "ASSAULT")
    assert "IRQ" not in _countries(ev.target), [(a.text, a.country) for a in ev.target]


def test_the_one_held_to_account_for_an_attack_did_it(nlp):
    ev = _one(_events("Pakistan blamed India for a drone strike that destroyed a mosque in Lahore."), "ASSAULT")
    assert _countries(ev.source) == {"IND"}, [(a.text, a.country) for a in ev.source]


def test_the_reporters_next_act_after_a_phrase_in_the_predicate(nlp):
    ev = _one(_events("The European Union said the ruling was incompatible with Serbia's bid to join the bloc and "
                      "called on the government to reverse it."), "REQUEST")
    assert ev.source and _countries(ev.source) != {"SRB"}, [(a.text, a.code) for a in ev.source]


def test_a_protest_held_to_denounce_an_act_is_aimed_at_its_doer(nlp):
    text = ("BAGHDAD (Reuters) - Turkish jets bombed villages in northern Iraq on Sunday. "
            "Hundreds of people marched in Baghdad to condemn the bombing.")
    ev = _one(_events(text), "PROTEST")
    assert _countries(ev.target) == {"TUR"}, [(a.text, a.code) for a in ev.target]


def test_calling_a_state_an_outlaw_is_an_accusation(nlp):
    ev = _one(_events("Lithuania's president called Belarus an outlaw regime on Monday."), "ACCUSE")
    assert _countries(ev.target) == {"BLR"}


def test_describing_as_and_measures_already_taken(nlp):
    ev = _one(_events("Germany's chancellor described the Belarusian government as illegitimate on Friday."), "ACCUSE")
    assert _countries(ev.target) == {"BLR"}
    evs = _events("Beijing said it had taken necessary measures against the Japanese vessels.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]
    assert _one(_events("Beijing said it would take necessary measures against the Japanese vessels."), "THREATEN")


def test_a_joined_verb_aims_its_act_where_the_first_verb_aimed(nlp):
    ev = next(e for e in _events("The Arab League suspended Syria's membership and cut its financial aid on Monday.")
              if e.trigger.startswith("cut"))
    assert _countries(ev.target) == {"SYR"}, [(a.text, a.code) for a in ev.target]


def test_a_speech_act_after_a_reported_progressive_is_the_reporters(nlp):
    ev = _one(_events("Iran's foreign ministry said Britain and its allies were stoking tensions with their naval "
                      "patrols and warned it would respond if they continued."), "THREATEN")
    assert _countries(ev.source) == {"IRN"}, [(a.text, a.code) for a in ev.source]


def test_rejecting_an_act_named_by_its_verbs_noun_after_a_reported_clause(nlp):
    text = ("Peru's president dissolved Congress on Monday. The head of Congress said the session was lawful "
            "and rejected the dissolution.")
    ev = _one(_events(text), "REJECT")
    assert ev.target and {a.sector for a in ev.target} == {"GOV"}, [(a.text, a.code) for a in ev.target]
    assert {a.sector for a in ev.source} == {"LEG"}, [(a.text, a.code) for a in ev.source]


def test_a_safety_warning_is_no_threat_and_an_act_of_violence_is_blame(nlp):
    evs = _events("Iran launched drones at Israel on Saturday, and Israel's army warned residents to stay indoors.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]
    evs = _events("Iran launched drones at Israel on Saturday. Germany's chancellor called the attack an act of violence.")
    assert [e for e in evs if e.plover == "ACCUSE" and _countries(e.target) == {"IRN"}], [(e.plover, e.trigger) for e in evs]


def test_a_vowed_boycott_is_a_protest_to_come_and_with_a_condition_a_threat(nlp):
    ev = _one(_events("Kenya's opposition coalition vowed to boycott the vote."), "PROTEST")
    assert ev.modality == "intended"
    ev = _one(_events("Kenya's opposition coalition vowed to boycott the vote unless President William Ruto "
                      "resigns."), "THREATEN")
    assert {a.sector for a in ev.target} == {"GOV"} and _countries(ev.target) == {"KEN"}


def test_the_noun_before_a_clause_of_time_is_its_subject(nlp):
    evs = _events("Police have detained 300 opposition supporters since a march on Friday turned violent.")
    assert not [e for e in evs if e.plover == "PROTEST" and {a.sector for a in e.source} == {"COP"}], \
        [(e.plover, e.trigger, e.source) for e in evs]


def test_thanks_after_a_reported_clause_and_retaliatory_steps(nlp):
    ev = _one(_events("Sudan's army chief said the deal was historic and thanked Egypt for hosting the talks."), "SUPPORT")
    assert _countries(ev.source) == {"SDN"} and _countries(ev.target) == {"EGY"}
    ev = _one(_events("China said it would take retaliatory steps against Lithuania."), "THREATEN")
    assert _countries(ev.target) == {"LTU"}


def test_forces_arriving_are_deployed_and_a_minister_arriving_visits(nlp):
    evs = _events("The first French troops arrived in Estonia on Monday. France's defence minister arrived in Tallinn.")
    assert [e.plover for e in evs if e.trigger == "arrived"] == ["MOBILIZE", "CONSULT"], \
        [(e.plover, e.trigger, e.sentence) for e in evs]


def test_naming_an_act_as_a_worse_one_is_a_charge_against_its_doer(nlp):
    evs = _events("Ugandan police detained the opposition leader on Monday. His party called the detention a kidnapping.")
    acc = [e for e in evs if e.plover == "ACCUSE"]
    assert acc and {a.sector for a in acc[0].target} == {"COP"}, [(e.plover, e.trigger, e.target) for e in evs]
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]


def test_a_vow_to_bring_those_responsible_to_justice_is_a_threat(nlp):
    ev = _one(_events("Mali's interim president vowed to bring those responsible to justice."), "THREATEN")
    assert ev.modality == "threatened"


def test_a_protest_against_an_act_is_aimed_at_its_doer_not_its_victim(nlp):
    ev = _one(_events("Hundreds of Armenians blocked roads in Yerevan on Monday to protest against the arrest of an "
                      "opposition leader by police."), "PROTEST")
    assert {a.sector for a in ev.target} == {"COP"}, [(a.text, a.code) for a in ev.target]


def test_forces_ordered_to_act_code_the_act_of_the_one_who_commands(nlp):
    ev = _one(_events("Russia's defence minister ordered troops to withdraw from Kherson."), "RETREAT")
    assert ev.modality == "intended" and _countries(ev.source) == {"RUS"}
    ev = _one(_events("Armenia's prime minister ordered the army to be put on full combat readiness."), "MOBILIZE")
    assert _countries(ev.source) == {"ARM"}
    assert not [e for e in _events("Armenia's prime minister ordered the army to be put on full combat readiness.")
                if e.plover == "REQUEST"]


def test_those_accused_in_a_reduced_relative_are_not_the_accusers(nlp):
    evs = _events("European Union governments agreed on Wednesday a 13th package of sanctions against Russia, adding "
                  "nearly 200 companies and individuals to the bloc's blacklist, including firms in China, India and "
                  "Turkey accused of helping Moscow obtain weapons.")
    assert not [e for e in evs if e.plover == "ACCUSE" and {a.sector for a in e.source} == {"BUS"}], \
        [(e.plover, e.trigger, e.source) for e in evs]


def test_congo_alone_is_the_democratic_republic_as_a_place_too(nlp):
    ev = _one(_events("M23 rebels attacked a village in eastern Congo on Monday."), "ASSAULT")
    assert ev.place is not None and ev.place.country == "COD", ev.place


def test_things_belonging_to_someone_and_a_legitimate_target_said_in_the_future(nlp):
    ev = _one(_events("Canada imposed sanctions on ships belonging to Iran's Revolutionary Guards on Monday."), "SANCTION")
    assert _countries(ev.target) == {"IRN"}
    ev = _one(_events("China said foreign warships entering the strait would be a legitimate target."), "THREATEN")
    assert _countries(ev.source) == {"CHN"}


def test_a_leader_announcing_what_the_army_will_do_and_a_fronted_warning_of_famine(nlp):
    ev = _one(_events("Egypt's president said the army would launch an offensive in Gaza."), "THREATEN")
    assert "EGY" in _countries(ev.source) | {a.country for a in [ev.attribution] if a}
    assert "PSE" not in _countries(ev.source), [(a.text, a.code) for a in ev.source]
    evs = _events("Famine is imminent in northern Gaza, a U.N.-backed food security report warned on Monday, as aid "
                  "agencies accused Israel of blocking trucks.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_what_a_law_forbids_is_no_act_and_a_premier_dismissed_by_a_court_is_no_denial(nlp):
    evs = _events("Parliament voted to repeal a law against insulting the president on Monday.")
    assert not [e for e in evs if e.plover == "ACCUSE"], [(e.plover, e.trigger) for e in evs]
    evs = _events("Pakistan's Supreme Court dismissed Prime Minister Yousuf Raza Gilani on Tuesday.")
    assert not [e for e in evs if e.plover == "REJECT"], [(e.plover, e.trigger) for e in evs]


def test_a_clause_joined_by_and_is_no_content_of_the_next_speech_act(nlp):
    evs = _events("Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in the Kremlin "
                  "on Tuesday, his first visit to Russia since Moscow invaded Ukraine, and the two leaders pledged to "
                  "expand trade and energy ties.")
    assert [e for e in evs if e.plover == "CONSULT"], [(e.plover, e.trigger) for e in evs]


def test_a_clause_joined_to_a_reported_clause_judges_no_one_in_it(nlp):
    evs = _events('Guyana\'s president said the country\'s defence forces were on full alert and called Venezuela an '
                  '"outlaw nation".')
    assert not [e for e in evs if e.plover == "ACCUSE" and {a.sector for a in e.target} == {"MIL"}], \
        [(e.plover, e.trigger, e.target) for e in evs]


def test_a_march_against_an_agreement_is_aimed_at_whoever_made_it_and_refuge_taken_is_no_aid(nlp):
    text = ("Kenya signed an agreement with Haiti's government on Monday to send police officers. "
            "Thousands of people marched in Port-au-Prince on Tuesday against the agreement.")
    ev = _one(_events(text), "PROTEST")
    assert "KEN" in _countries(ev.target), [(a.text, a.code) for a in ev.target]
    evs = _events("Police arrested two aides of opposition leader Maria Corina Machado on Wednesday. Prosecutors issued "
                  "arrest warrants for seven other members of her campaign team, who have taken refuge in the Argentine "
                  "ambassador's residence in Caracas.")
    assert not [e for e in evs if e.plover == "AID"], [(e.plover, e.trigger, e.source) for e in evs]


def test_a_report_rejected_is_the_accusation_told_before(nlp):
    evs = _events("Human Rights Watch accused Mali's army of killing 40 villagers in March. The government rejected "
                  "the report as baseless.")
    ev = _one(evs, "REJECT")
    assert [a.code for a in ev.target] and all((a.code or "").startswith("NGO") for a in ev.target), ev.target


def test_a_second_that_clause_of_a_demand_is_content_and_anti_terrorist_operations_are_fighting(nlp):
    evs = _events("Azerbaijan demanded that ethnic Armenian forces lay down their arms and that their government "
                  "dissolve itself.")
    assert not [e for e in evs if e.trigger.startswith("dissolve")], [(e.plover, e.trigger) for e in evs]
    ev = _one(_events("Turkey launched anti-terrorist operations against the PKK in northern Iraq on Tuesday."), "ASSAULT")
    assert _countries(ev.source) == {"TUR"}


def test_what_follows_a_slogan_in_straight_quotes_is_coded(nlp):
    events = _events('Students shouted "down with the regime" and accused President Emmanuel Macron of betraying the workers.')
    ev = _one(events, "ACCUSE")
    assert _countries(ev.target) == {"FRA"}, ev.target


def test_a_vowed_pressure_until_a_demand_is_met_threatens_whoever_must_meet_it(nlp):
    ev = _one(_events("Teachers vowed to continue their strike until the ministry raised their pay. Nurses vowed to keep up protests until the health ministry resigned."), "THREATEN")
    assert {a.sector for a in ev.target} == {"GOV"}, ev.target


def test_saying_a_hostile_act_was_set_in_motion_by_someone_blames_them(nlp):
    ev = _one(_events("Ethiopia's prime minister said the unrest was orchestrated by Egypt."), "ACCUSE")
    assert (_countries(ev.source), _countries(ev.target)) == ({"ETH"}, {"EGY"})
    assert not [e for e in _events("The minister said the conference was organised by Kenya.") if e.plover == "ACCUSE"]


def test_an_act_someone_will_find_a_way_to_do_is_not_done_yet(nlp):
    ev = _one(_events("Japan will find a way to help Ukraine rebuild its power grid."), "AGREE")
    assert ev.modality == "intended", (ev.plover, ev.modality)


def test_the_subject_of_a_clause_inside_a_said_relative_is_its_antecedent_not_the_speaker(nlp):
    ev = _one(_events("Troops captured the rebel commander, who villagers said kidnapped five aid workers."), "ASSAULT")
    assert {a.sector for a in ev.source} == {"REB"}, ev.source
    ev = _one(_events("Police arrested the gunman, who witnesses said shot three people."), "ASSAULT")
    assert {a.sector for a in ev.source} == {"REB"}, ev.source
    events = _events("Nobody claimed the raid, which the army said destroyed a depot and wounded no one.")
    assert not [e for e in events if e.trigger == "wounded" and e.source], [(e.trigger, e.source) for e in events]


def test_a_crossing_closed_is_a_restriction_even_when_tagged_as_a_verb(nlp):
    ev = _one(_events("Pakistan closed the Torkham crossing on Wednesday."), "COERCE")
    assert _countries(ev.source) == {"PAK"}


def test_a_courts_sentence_falls_on_its_own_countrys_people(nlp):
    ev = _one(_events("KARACHI - A Pakistani court on Tuesday sentenced a former senator to ten years for "
                      "taking bribes from a Chinese company."), "SANCTION")
    assert _countries(ev.target) == {"PAK"}, ev.target


def test_an_actor_along_with_or_together_with_the_doer_is_a_doer_too_not_the_target(nlp):
    ev = _one(_events("Britain, together with Canada, imposed sanctions on Iran on Monday."), "SANCTION")
    assert (_countries(ev.source), _countries(ev.target)) == ({"GBR", "CAN"}, {"IRN"})
    ev = _one(_events("Norway brokered the ceasefire along with Switzerland."), "CONSULT")
    assert "CHE" not in _countries(ev.target), ev.target


def test_a_base_to_be_built_is_an_intended_mobilisation_not_a_threat(nlp):
    events = _events("Turkey plans to build a military base in northern Cyprus.")
    assert not [e for e in events if e.plover == "THREATEN"], [(e.plover, e.cameo) for e in events]
    assert _one(events, "MOBILIZE").modality == "intended"


def test_the_government_in_an_officials_warning_is_the_officials_own_not_the_target(nlp):
    text = ("Ghana's police fired on protesters in Accra on Monday. The interior minister warned that the "
            "government would not tolerate violence.")
    ev = _one(_events(text), "THREATEN")
    assert not [a for a in ev.target if a.sector == "GOV"], ev.target


def test_a_verb_joined_after_a_chanted_slogan_is_the_chanters_act(nlp):
    events = _events('Farmers shouted "Macron must go" and blocked roads near Lyon.')
    blocked = [e for e in events if e.trigger.startswith("blocked")]
    assert blocked and all(a.sector != "GOV" for e in blocked for a in e.source), [(e.plover, e.source) for e in blocked]


def test_a_warning_that_a_hardship_is_spreading_is_neither_a_charge_nor_a_threat(nlp):
    events = _events("UN agencies warned that famine is spreading in Tigray, where militias have been "
                     "accused of killings.")
    assert not [e for e in events if e.trigger == "warned"], [(e.plover, e.trigger) for e in events]


def test_an_announced_measure_on_a_condition_threatens_the_conditions_subject(nlp):
    ev = _one(_events('"If Vietnam keeps provoking us, China will take resolute measures," a spokesman told reporters.'),
              "THREATEN")
    assert _countries(ev.target) == {"VNM"}, ev.target


def test_where_a_flight_goes_is_no_target_and_a_debated_proposal_no_offer(nlp):
    assert not [e for e in _events("The deposed president fled to Senegal on Sunday, Gambian officials said.")
                if any(a.country == "SEN" for a in e.target)]
    assert not [e for e in _events("Lawmakers in Kenya were debating proposals to raise taxes on bread.")
                if e.plover == "AGREE"]


def test_calling_someones_act_a_betrayal_is_an_accusation(nlp):
    _one(_events("Israel's opposition leader called the prime minister's ceasefire a betrayal of the hostages."), "ACCUSE")


def test_ending_ones_own_violence_is_a_de_escalation_and_stopping_others_no_act_of_theirs(nlp):
    ev = _one(_events("The FARC dissidents will stop attacking police stations in Cauca."), "RETREAT")
    assert ev.cameo == "087" and ev.modality == "intended", (ev.cameo, ev.modality)
    assert not [e for e in _events("The FARC dissidents will stop attacking police stations in Cauca.")
                if e.plover in ("ASSAULT", "THREATEN")]
    ev = _one(_events("The militia stopped shelling the town in May."), "RETREAT")
    assert ev.modality == "asserted"
    assert not [e for e in _events("Soldiers were deployed to stop looting in Goma.") if e.plover == "COERCE"]


def test_charges_filed_or_brought_against_someone_are_a_legal_accusation(nlp):
    ev = _one(_events("Egyptian prosecutors filed charges against three activists on Sunday."), "ACCUSE")
    assert ev.cameo == "1121" and {a.sector for a in ev.source} == {"JUD"}, (ev.cameo, ev.source)


def test_the_two_sides_leaders_are_each_sides_leaders_not_the_hosts(nlp):
    events = _events("India and Pakistan exchanged fire on Monday. Qatar offered to host talks between the two "
                     "countries' leaders in Doha.")
    ev = _one(events, "AGREE")
    assert _countries(ev.target) == {"IND", "PAK"}, ev.target


def test_not_ruling_out_force_is_a_threat_and_not_ruling_out_talks_no_threat(nlp):
    ev = _one(_events("Turkey has not ruled out using force against the Kurdish militias in Syria."), "THREATEN")
    assert ev.modality == "threatened"
    ev = _one(_events("Washington did not rule out a strike on Venezuela."), "THREATEN")
    assert _countries(ev.target) == {"VEN"}, ev.target
    assert not [e for e in _events("The Social Democrats did not rule out a coalition with the Greens.")
                if e.plover == "THREATEN"]


def test_an_event_after_which_something_is_planned_has_happened(nlp):
    events = _events("The president offered talks in an attempt to calm the country after violent protests in Lagos.")
    assert [e.modality for e in events if e.plover == "PROTEST"] == ["asserted"], [(e.plover, e.modality) for e in events]


def test_an_offence_listed_among_the_charges_is_no_act(nlp):
    events = _events("The activist was arrested on charges including inciting violence and insulting the president.")
    assert not [e for e in events if e.trigger in ("inciting", "insulting")], [(e.plover, e.trigger) for e in events]


def test_agreed_sanctions_are_aimed_where_the_measure_is_and_weapons_made_are_no_attack(nlp):
    events = _events("EU ministers agreed to impose sanctions on Belarus over its supply of rockets to Russia.")
    ev = _one(events, "SANCTION")
    assert _countries(ev.target) == {"BLR"}, ev.target
    events = _events("The sanctions target firms involved in the production of drones and cruise missiles.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_jets_scrambled_raise_the_alert_and_a_scramble_for_votes_is_no_event(nlp):
    ev = _one(_events("Taiwan scrambled fighter jets on Monday as Chinese aircraft crossed the median line."), "MOBILIZE")
    assert ev.cameo == "152" and _countries(ev.source) == {"TWN"}, (ev.cameo, ev.source)
    assert not [e for e in _events("The party scrambled to find a new leader.") if e.plover == "MOBILIZE"]


def test_a_participle_of_speech_after_an_order_is_the_orderers(nlp):
    for text, doer, accused in (
        ("Latvia ordered four Belarusian diplomats to leave the country on Monday, accusing Minsk of directing "
         "a smuggling ring.", "LVA", "BLR"),
        ("Romania ordered a Russian diplomat to leave the country, accusing Moscow of directing a spy network.",
         "ROU", "RUS"),
    ):
        ev = _one(_events(text), "ACCUSE")
        assert _countries(ev.source) == {doer} and _countries(ev.target) == {accused}, (ev.source, ev.target)


def test_tariffs_placed_or_slapped_on_goods_are_a_sanction(nlp):
    ev = _one(_events("Mexico placed tariffs on Brazilian steel last year."), "SANCTION")
    assert ev.cameo == "163" and _countries(ev.source) == {"MEX"} and _countries(ev.target) == {"BRA"}, ev
    ev = _one(_events("Washington slapped tariffs on Canadian lumber."), "SANCTION")
    assert _countries(ev.target) == {"CAN"}, ev.target


def test_fire_returned_is_an_armed_clash_aimed_at_whoever_fired_first(nlp):
    events = _events("Indian soldiers opened fire on a border post near Uri on Sunday. Pakistani troops returned fire.")
    returned = [e for e in events if e.trigger == "returned fire"]
    assert [e.plover for e in returned] == ["ASSAULT"], [(e.plover, e.trigger) for e in events]
    assert _countries(returned[0].source) == {"PAK"} and _countries(returned[0].target) == {"IND"}, returned[0]
    assert not [e for e in _events("The striker returned the ball to the keeper.") if e.plover == "ASSAULT"]


def test_the_subject_the_parser_hung_on_since_is_the_doer(nlp):
    events = _events("The two countries have been negotiating since Azerbaijan retook the region in 2023.")
    ev = _one(events, "ASSAULT")
    assert _countries(ev.source) == {"AZE"}, ev.source


def test_delegates_a_party_agrees_to_send_are_its_own_not_the_target(nlp):
    ev = _one(_events("Ethiopia's government and the Tigrayan rebels agreed to send delegates to talks in Nairobi."), "AGREE")
    assert not [a for a in ev.target if a.text.endswith("delegates")], ev.target
    ev = _one(_events("Venezuela agreed to send a negotiating team to Mexico City."), "AGREE")
    assert not [a for a in ev.target if "team" in a.text], ev.target


def test_a_national_league_and_offside_goals_make_a_sports_report(nlp):
    doc = dyads.code("Sevilla crushed Valencia 3-0 on Sunday, scoring twice before the break to climb to fourth in "
                     "La Liga. Valencia's attack was caught offside again and again.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]
    assert {"la liga", "offside"} <= set(doc.article.meta["sports_report"])


def test_a_promise_not_to_use_force_is_an_intent_to_de_escalate_not_a_threat(nlp):
    for text in ("Serbia and Kosovo pledged not to use force against each other.",
                 "Ethiopia promised never to attack Eritrea."):
        events = _events(text)
        assert not [e for e in events if e.plover == "THREATEN"], [(e.plover, e.cameo) for e in events]
        assert [e.cameo for e in events if e.plover == "AGREE"] == ["0356"], [(e.plover, e.cameo) for e in events]
    assert _one(_events("Ethiopia vowed to attack Eritrea."), "THREATEN")


def test_military_exercises_held_by_a_state_are_coded_with_no_target_named(nlp):
    ev = _one(_events("Belarus held military exercises near its western border on Monday."), "MOBILIZE")
    assert ev.cameo == "150" and _countries(ev.source) == {"BLR"}, (ev.cameo, ev.source)


def test_a_relative_clause_after_followers_of_a_person_is_the_followers_act(nlp):
    ev = _one(_events("Police fired tear gas at supporters of opposition leader Raila Odinga who blocked roads in "
                      "Kisumu."), "PROTEST")
    assert [a.text for a in ev.source] == ["supporters"], ev.source
    # (calling for protests is staging them: a protest, not a request to anyone)
    ev = _one(_events("Police arrested supporters of Imran Khan, who has called for protests."), "PROTEST")
    assert [a.name for a in ev.source] == ["Imran Khan"], ev.source


def test_a_reaction_a_participle_of_causing_reports_is_aimed_at_whoever_prompted_it(nlp):
    ev = _one(_events("Nicaraguan police stormed the Costa Rican consulate in Managua on Sunday, prompting Costa Rica "
                      "to break off diplomatic relations."), "SANCTION")
    assert _countries(ev.source) == {"CRI"} and _countries(ev.target) == {"NIC"}, (ev.source, ev.target)


def test_a_verb_joined_after_an_absolute_phrase_continues_the_main_clause(nlp):
    ev = _one(_events("Armenian Prime Minister Nikol Pashinyan posted pictures of the returned captives, some "
                      "wrapped in flags, and thanked Qatar for its mediation."), "SUPPORT")
    assert _countries(ev.source) == {"ARM"} and _countries(ev.target) == {"QAT"}, (ev.source, ev.target)


def test_a_country_in_an_actors_relative_clause_is_not_its_own(nlp):
    ev = _one(_events("QUITO (Reuters) - Ecuador's president said on Monday he would step down, bowing to pressure "
                      "from gangs that have taken over much of the capital and from Andean leaders meeting in Peru."),
              "ASSAULT")
    assert _countries(ev.source) == {"ECU"}, ev.source


def test_a_sum_announced_to_fund_something_is_the_announcers_funding(nlp):
    ev = _one(_events("Britain's foreign secretary announced an additional $50 million to fund the deployment of a "
                      "Kenyan-led police mission."), "AID")
    assert _countries(ev.source) == {"GBR"}, ev.source


def test_a_leader_saying_another_will_be_punished_threatens_it_and_a_punishment_told_is_none(nlp):
    ev = _one(_events('Venezuela\'s president said Guyana "will be punished" for the provocation.'), "THREATEN")
    assert _countries(ev.source) == {"VEN"} and _countries(ev.target) == {"GUY"}, (ev.source, ev.target)
    assert not [e for e in _events("A military court punished the officers for the abuse.") if e.plover == "THREATEN"]
    # (in the passive with an agent, the one punished is threatened, not the punishers)
    ev = _one(_events("Iran's supreme leader said Israel would be punished by our brave soldiers."), "THREATEN")
    assert _countries(ev.target) == {"ISR"}, ev.target


def test_a_leader_saying_his_own_state_could_strike_makes_a_veiled_threat_an_analyst_does_not(nlp):
    ev = _one(_events("Azerbaijani President Ilham Aliyev said on Friday that Azerbaijan could launch a new ground "
                      "operation against Armenian positions at any moment."), "THREATEN")
    assert _countries(ev.source) == {"AZE"} and ev.modality == "threatened", (ev.source, ev.modality)
    events = _events("Analysts said Azerbaijan could launch a ground operation against Armenia.")
    assert not [e for e in events if e.plover == "THREATEN"], [(e.plover, e.modality) for e in events]


def test_giving_someone_until_a_day_to_act_is_an_ultimatum_not_the_act(nlp):
    events = _events("The African Union gave Niger's junta until Sunday to free the ousted president.")
    assert [(e.plover, e.cameo) for e in events] == [("THREATEN", "139")], [(e.plover, e.cameo) for e in events]
    assert _countries(events[0].target) == {"NER"}, events[0].target


def test_not_hesitating_to_use_force_is_a_threat_and_force_used_on_a_crowd_is_what_it_does(nlp):
    ev = _one(_events("China's defence minister said Beijing would not hesitate to use force."), "THREATEN")
    assert _countries(ev.source) == {"CHN"}, ev.source
    assert [e.cameo for e in _events("Police used force to disperse the students.")] == ["172"]


def test_troops_a_party_agrees_to_pull_back_are_its_own_not_the_target(nlp):
    ev = _one(_events("Ethiopia and Eritrea have agreed to pull back troops from three points along their border."),
              "AGREE")
    assert not [a for a in ev.target if "troops" in (a.text or "")], ev.target
    # (soldiers freed are whom the release is for)
    ev = _one(_events("The rebels agreed to free six Colombian soldiers."), "AGREE")
    assert _countries(ev.target) == {"COL"}, ev.target


def test_a_vow_to_step_up_a_campaign_against_a_group_threatens_the_group_not_against_corruption(nlp):
    ev = _one(_events("Nigeria vowed to step up its campaign against Boko Haram."), "THREATEN")
    assert [a.code for a in ev.target] and all("campaign" not in (a.text or "") for a in ev.target), ev.target
    assert not [e for e in _events("The president vowed to intensify the campaign against corruption.")
                if e.plover == "THREATEN"]


def test_a_tennis_final_and_a_house_fire_are_no_political_pages(nlp):
    doc = dyads.code("Iga Swiatek beat Jasmine Paolini 6-2 6-1 on Saturday to win the gold medal. Swiatek saved "
                     "a break point early and attacked the Italian's second serve throughout.", published="2024-08-03")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]
    doc = dyads.code("Firefighters battled a blaze at an apartment block on Main Street overnight. Fire crews "
                     "evacuated 30 residents and the fire destroyed the roof.", published="2024-08-03")
    assert doc.events == [] and "firefighter" in doc.article.meta.get("weather_report", []), doc.article.meta


def test_a_warning_that_a_virus_could_spread_is_no_threat(nlp):
    events = _events("Health officials warned that the virus could spread further as families travel for the holidays.")
    assert not [e for e in events if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in events]


def test_storming_the_presidential_palace_is_aimed_at_the_government(nlp):
    ev = _one(_events("Rebel soldiers stormed the presidential palace in Niamey on Wednesday."), "ASSAULT")
    assert [(a.country, a.sector) for a in ev.target] == [("NER", "GOV")], ev.target


def test_a_country_named_inside_a_quotation_is_not_the_speakers(nlp):
    ev = _one(_events('BEIJING (Reuters) - China criticised the arms sale on Monday. "We urge the U.S. side to stop '
                      'arming the Philippines," a foreign ministry spokeswoman told a news briefing.'), "REQUEST")
    assert _countries(ev.source) == {"CHN"}, ev.source


def test_a_month_to_leave_is_an_expulsion_and_barring_a_visitor_a_restriction(nlp):
    ev = _one(_events("Mali's junta gave French troops one month to leave the country."), "SANCTION")
    assert ev.cameo == "166" and _countries(ev.target) == {"FRA"}, (ev.cameo, ev.target)
    ev = _one(_events("Hungary barred a Romanian minister from visiting a memorial site."), "COERCE")
    assert _countries(ev.source) == {"HUN"} and _countries(ev.target) == {"ROU"}, (ev.source, ev.target)
    assert not [e for e in _events("The envoy filed the papers through diplomatic channels, as required.")
                if e.plover == "REQUEST"]


def test_a_participle_with_its_own_object_and_code_is_a_second_act(nlp):
    events = _events("Lithuania downgraded diplomatic relations with Minsk, expelling the Belarusian ambassador.")
    assert sorted(e.cameo for e in events if e.plover == "SANCTION") == ["161", "166"], [(e.plover, e.cameo) for e in events]


def test_saying_an_act_told_before_was_illegal_accuses_its_doer(nlp):
    events = _events("Canada imposed new sanctions on Iran on Monday. Tehran said the sanctions were illegal.")
    ev = _one(events, "ACCUSE")
    assert _countries(ev.source) == {"IRN"} and _countries(ev.target) == {"CAN"}, (ev.source, ev.target)
    assert not [e for e in _events("The minister said the weather was terrible.") if e.plover == "ACCUSE"]


def test_a_verb_and_object_trigger_matches_in_the_passive(nlp):
    ev = _one(_events("Polish fighter jets were scrambled on Tuesday after Russian missiles struck western Ukraine."),
              "MOBILIZE")
    assert ev.cameo == "152" and _countries(ev.source) == {"POL"}, (ev.cameo, ev.source)


def test_saying_someone_bears_responsibility_for_an_attack_blames_them(nlp):
    ev = _one(_events("Lebanon's foreign ministry said Israel bore full responsibility for the attack."), "ACCUSE")
    assert _countries(ev.source) == {"LBN"} and _countries(ev.target) == {"ISR"}, (ev.source, ev.target)
    assert not [e for e in _events("The minister said the government bears responsibility for the safety of "
                                   "its citizens.") if e.plover == "ACCUSE"]


def test_a_participle_naming_an_act_accuses_its_doer(nlp):
    events = _events("The junta barred women from working for aid groups, the U.N. said on Monday, calling the move a "
                     "violation of international law.")
    ev = _one(events, "ACCUSE")
    assert [a.code for a in ev.source] == ["IGOUNO"] and ev.target, (ev.source, ev.target)


def test_the_object_of_an_alleged_offence_told_by_a_gerund_is_no_event(nlp):
    events = _events("A court in Tunis jailed the opposition leader for three years on charges of receiving foreign "
                     "funding.")
    assert not [e for e in events if e.plover == "AID"], [(e.plover, e.trigger) for e in events]


def test_a_host_of_two_countries_is_not_one_of_both_sides(nlp):
    events = _events("Qatar hosted the foreign ministers of Rwanda and Congo in Doha on Sunday, Qatari officials said. "
                     "The Qatari foreign ministry said both sides agreed to meet again next month.")
    ev = _one(events, "AGREE")
    assert _countries(ev.source) == {"RWA", "COD"}, ev.source


def test_a_warning_that_ones_own_side_would_strike_back_is_not_aimed_at_it(nlp):
    ev = _one(_events("A senior official warned on Wednesday that Pyongyang would take further action if the drills "
                      "continued."), "THREATEN")
    assert "PRK" not in _countries(ev.target), ev.target


def test_a_state_protesting_a_deed_objects_to_its_doer(nlp):
    ev = _one(_events("Beijing protested the drills by Japanese forces near the islands."), "ACCUSE")
    assert _countries(ev.source) == {"CHN"} and _countries(ev.target) == {"JPN"}, (ev.source, ev.target)


def test_a_missile_told_by_its_flight_is_a_test_not_an_attack(nlp):
    events = _events("Seoul said the missile was launched from an area near Pyongyang and flew about 600 km before "
                     "landing outside Japan's economic zone.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.cameo, e.target) for e in events]


def test_a_defence_ministry_tells_of_its_own_air_defences(nlp):
    ev = _one(_events("KYIV, Jan 21 - Russia's defence ministry said air defences had destroyed 12 Ukrainian drones "
                      "over the region overnight."), "ASSAULT")
    assert _countries(ev.source) == {"RUS"}, ev.source
    ev = _one(_events("KYIV, Jan 21 - The regional governor said air defences had shot down most of the drones."),
              "ASSAULT")
    assert "UKR" not in _countries(ev.source), ev.source


def test_the_council_refers_to_the_council_named_before(nlp):
    events = _events("The U.N. Security Council on Monday demanded a ceasefire in Gaza. Israel's ambassador "
                     "criticised the council.")
    ev = _one(events, "ACCUSE")
    assert [a.code for a in ev.target] == ["IGOUNO"], ev.target


def test_cancelling_a_visit_by_ones_own_envoys_is_aimed_where_they_were_to_go(nlp):
    ev = _one(_events("Prime Minister Benjamin Netanyahu cancelled a planned visit by an Israeli delegation to "
                      "Washington."), "REJECT")
    assert _countries(ev.target) == {"USA"}, ev.target


def test_an_investigation_into_a_killing_is_not_aimed_at_the_victim(nlp):
    events = _events("Canada named the envoy a person of interest in its investigation into the murder of a Sikh "
                     "separatist leader.")
    ev = [e for e in events if e.cameo == "090"][0]
    assert not ev.target, ev.target


def test_a_company_firing_is_no_shooting(nlp):
    for text in ("The company fired the first shot in what analysts called a price war with Samsung.",
                 "The carmaker fired 500 workers at its plant in Ohio."):
        assert not [e for e in _events(text) if e.plover == "ASSAULT"], text


def test_intercepting_migrants_at_sea_is_no_attack(nlp):
    events = _events("The Libyan coast guard intercepted more than 200 migrants off the coast on Sunday.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_a_transfer_report_with_championship_words_is_a_sports_report(nlp):
    doc = dyads.code("The striker joined Madrid on a five-year deal after scoring 256 goals for Paris. Madrid beat "
                     "Dortmund in the Champions League final, and he will lead France's attack at the European "
                     "Championship in Germany.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]
    assert "european championship" in doc.article.meta["sports_report"]


def test_joined_passive_participles_share_their_agent(nlp):
    events = _events("Libyan coast guard units, which are trained and equipped by the European Union, patrol the "
                     "coast.")
    assert events and all(a.code == "IGOEUREEC" for e in events if e.plover == "AID" for a in e.source), \
        [(e.plover, e.trigger, e.source) for e in events]
    assert [e for e in events if e.plover == "AID" and e.trigger.startswith("train")][0].source


def test_leaders_across_a_region_are_of_no_one_country(nlp):
    events = _events("LA PAZ, June 26 - Soldiers stormed the presidential palace in La Paz on Wednesday. Governments "
                     "across Latin America condemned the attempted coup.")
    ev = _one(events, "ACCUSE")
    assert not _countries(ev.source) - {None}, ev.source


def test_violence_in_two_verbs_against_two_kinds_of_victim_is_two_acts(nlp):
    events = _events("Gunmen abducted four foreign workers and killed two of their police escorts at a quarry.")
    assert sorted(e.cameo for e in events if e.plover == "ASSAULT") == ["180", "181"], \
        [(e.plover, e.cameo, e.target) for e in events]
    assert {a.sector for e in events if e.cameo == "180" for a in e.target} == {"COP"}


def test_deaths_in_a_relative_clause_of_an_accident_are_no_attack(nlp):
    events = _events("Students blocked three bridges on Saturday in protest over the collapse of a station roof that "
                     "killed 15 people in November.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_troops_a_country_has_somewhere_are_its_own(nlp):
    ev = _one(_events("BAMAKO, Jan 31 - Ties between Bamako and Paris, which has thousands of troops in the region "
                      "fighting Islamist insurgents, have soured."), "ASSAULT")
    assert _countries(ev.source) == {"FRA"}, ev.source


def test_a_reward_for_information_leading_to_an_arrest_is_no_arrest(nlp):
    events = _events("The United States said it had raised its reward to $25 million for information leading to his "
                     "arrest.")
    assert not [e for e in events if e.plover == "COERCE"], [(e.plover, e.trigger) for e in events]


def test_an_act_days_before_the_main_one_does_not_take_its_place(nlp):
    events = _events("ISLAMABAD, March 18 - Pakistani jets struck hideouts inside Afghanistan on Monday, two days after "
                     "militants killed seven soldiers in an attack on an army post near the border.")
    ev = [e for e in events if e.trigger == "killed"][0]
    assert "AFG" not in _countries(ev.source) | _countries(ev.target), (ev.source, ev.target, ev.place)


def test_deaths_in_the_strikes_are_the_toll_of_the_strikes_not_of_a_later_killing(nlp):
    events = _events("Pakistani jets carried out air strikes on hideouts in Afghanistan on Monday, two days after "
                     "militants killed seven soldiers near the border. Officials in Kabul said eight people were "
                     "killed in the strikes in Khost.")
    kill = [e for e in events if e.trigger == "killed" and e.source and e.source[0].text == "militants"][0]
    strikes = [e for e in events if "strike" in e.trigger][0]
    assert "also mentioned" not in kill.rule and "also mentioned" in strikes.rule, (kill.rule, strikes.rule)


def test_supporters_of_a_named_candidate_are_the_doers_not_the_candidate(nlp):
    events = _events("MAPUTO, Dec 24 (Reuters) - Supporters of opposition candidate Venancio Mondlane looted shops, set "
                     "up barricades and torched police stations across Mozambique on Tuesday.")
    ev = _one(events, "COERCE")
    assert [a.text for a in ev.source] == ["Supporters"], ev.source


def test_the_weapon_of_an_act_retaliated_for_is_not_the_retaliations(nlp):
    events = _events("Hezbollah said it had targeted an Israeli army base in retaliation for an air strike that "
                     "killed one of its commanders in Beirut last week.")
    ev = [e for e in events if e.trigger == "targeted"][0]
    assert ev.cameo != "195" and "air strike" not in ev.rule, (ev.cameo, ev.rule)
    assert not [e for e in events if {a.code for a in e.source} & {a.code for a in e.target}], \
        [(e.trigger, e.source, e.target) for e in events]


def test_ordering_tariffs_is_a_sanction_and_responding_with_them_a_threat(nlp):
    ev = _one(_events("President Donald Trump on Sunday ordered 25 % tariffs on all goods from Colombia."), "SANCTION")
    assert ev.cameo == "163" and _countries(ev.target) == {"COL"}, (ev.cameo, ev.target)
    ev = _one(_events("Colombian President Gustavo Petro said he would respond with tariffs on U.S. imports."),
              "THREATEN")
    assert _countries(ev.source) == {"COL"}, ev.source


def test_what_police_push_back_is_not_their_instrument(nlp):
    events = _events("Police used water cannon to push back hundreds of tractors that had blocked roads around the "
                     "building.")
    ev = [e for e in events if e.trigger.startswith("blocked")][0]
    assert not [a for a in ev.source if a.sector == "COP"], ev.source


def test_rules_driving_farmers_out_of_business_expel_no_one(nlp):
    events = _events("Farmers say the new rules are driving them out of business.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_a_measure_approved_to_close_a_strait_is_intended(nlp):
    events = _events("Iran's parliament approved a measure on Sunday to close the Strait of Hormuz.")
    assert events and all(e.modality != "asserted" for e in events), [(e.plover, e.modality) for e in events]


def test_a_warning_and_its_content_are_one_threat(nlp):
    events = _events('A senior commander of the Revolutionary Guards warned that U.S. bases in the region would be '
                     '"legitimate targets" if Washington joined the campaign.')
    assert len([e for e in events if e.plover == "THREATEN"]) == 1, [(e.plover, e.trigger) for e in events]


def test_sending_military_instructors_or_weapons_is_military_aid(nlp):
    ev = _one(_events("Russia sent military instructors and an air defence system to Niger in April."), "AID")
    assert ev.cameo == "072" and _countries(ev.target) == {"NER"}, (ev.cameo, ev.target)


def test_a_virus_attacking_cells_or_a_drug_killing_it_is_no_violence(nlp):
    for text in ("Scientists found a molecule that blocks the coronavirus from attacking human cells.",
                 "The researchers said the molecule prevented the virus from invading the lungs.",
                 "Tests on mice showed the drug killed 90 % of the virus within two days."):
        assert not _events(text), [(e.plover, e.trigger) for e in _events(text)]


def test_an_obituary_of_a_music_producer_is_a_culture_page(nlp):
    doc = dyads.code("The producer who shaped the sound of the band has died at 90. He signed the group to a recording "
                     "contract after other labels rejected them and produced almost all of their albums. A singer "
                     "paid tribute to him, and musicians around the world mourned him.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]
    assert "musician" in doc.article.meta["culture_report"]


def test_denying_someone_a_right_is_a_refusal_not_a_denial(nlp):
    ev = _one(_events("The junta said a U.S. delegation had tried to deny Niger the right to choose its partners."),
              "REJECT")
    assert ev.cameo == "120", ev.cameo


def test_reopening_a_blockaded_port_eases_the_blockade(nlp):
    ev = _one(_events("The Saudi-led coalition said on Wednesday it would reopen the port of Hodeidah to aid "
                      "shipments."), "RETREAT")
    assert ev.cameo == "0872", ev.cameo


def test_withdrawing_ones_own_bill_is_yielding(nlp):
    ev = _one(_events("The European Commission has withdrawn a plan to cut pesticide use."), "CONCEDE")
    assert ev.cameo == "080", ev.cameo


def test_what_sanctions_block_is_the_sanctions_not_a_protest(nlp):
    events = _events("The United States imposed sanctions on four settlers on Thursday. The sanctions block the "
                     "settlers' access to the U.S. financial system.")
    assert not [e for e in events if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in events]


def test_a_military_aircraft_entering_airspace_shows_force_and_such_an_incursion_is_the_same_act(nlp):
    events = _events("Japan lodged a strong protest with China on Tuesday after a Chinese military surveillance "
                     "aircraft entered its airspace for two minutes, the first such incursion Tokyo has confirmed.")
    ev = _one(events, "MOBILIZE")
    assert ev.cameo == "150" and _countries(ev.source) == {"CHN"}, (ev.cameo, ev.source)
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_calling_a_violation_unacceptable_accuses_its_doer(nlp):
    events = _events("A Chinese military aircraft entered Japan's airspace on Monday. Japan's chief cabinet "
                     "secretary called the violation completely unacceptable.")
    ev = _one(events, "ACCUSE")
    assert _countries(ev.target) == {"CHN"}, ev.target


def test_an_object_joined_to_another_by_a_misparse_does_not_take_its_owners(nlp):
    ev = _one(_events("Pakistani police fired tear gas and baton-charged thousands of supporters of jailed former "
                      "prime minister Imran Khan on Monday."), "ASSAULT")
    assert {a.sector for a in ev.target} == {"CVL"}, ev.target


def test_an_attack_near_a_capital_told_as_a_time_is_not_the_capitals_doing(nlp):
    events = _events("Turkish warplanes struck 32 Kurdish militant targets in northern Iraq and Syria on Wednesday, "
                     "the defence ministry said, hours after an attack on a state aerospace company near Ankara killed "
                     "five people.")
    ev = [e for e in events if e.trigger == "killed"][0]
    assert all(a.sector == "UAF" for a in ev.source), ev.source  # unknown attackers, not Ankara's government
    assert ev.place is not None and ev.place.country == "TUR", ev.place


def test_a_gerund_joined_to_another_gerunds_object_shares_the_clause_subject(nlp):
    events = _events("Hundreds of soldiers and police raided the protest camp in Colombo on Friday, tearing down tents "
                     "and beating protesters, hours after the new president took office.")
    ev = [e for e in events if e.trigger == "beating"][0]
    assert {a.sector for a in ev.source} >= {"MIL"}, ev.source


def test_the_military_a_defence_minister_speaks_of_is_his_own(nlp):
    events = _events("GAZA, Oct 20 (Reuters) - Hamas said on Monday it would not hand over its weapons, as Israel warned "
                     "that it would resume its offensive if the group failed to disarm.\n\nIsraeli Defence Minister "
                     "Israel Katz said the military had been instructed to respond forcefully to any violation of the "
                     "truce, a day after Israeli strikes killed at least 26 Palestinians.")
    ev = [e for e in events if e.trigger == "instructed"][0]
    assert _countries(ev.target) == {"ISR"}, ev.target


def test_a_threat_to_hit_military_targets_is_a_threat_and_a_sales_target_is_no_strike(nlp):
    ev = _one(_events("Hezbollah's leader said the group would hit targets deep inside Israel if war broke out."),
              "THREATEN")
    assert [a.code for a in ev.source] == ["LBNREBHEZ"] and _countries(ev.target) == {"ISR"}, (ev.source, ev.target)
    assert not _events("The company hit its sales target for the year.")


def test_artillery_units_put_on_alert_are_no_shelling(nlp):
    events = _events("North Korea put its artillery units on high alert after the drills.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_walking_off_the_job_and_downing_tools_are_strikes(nlp):
    for text in ("Workers at the port walked off the job over unpaid wages.",
                 "Nurses downed tools across the country on Monday."):
        ev = _one(_events(text), "PROTEST")
        assert ev.cameo == "143", (text, ev.cameo)


def test_lifting_a_suspension_eases_it(nlp):
    events = _events("The African Union suspended Gabon after the coup but is expected to lift the suspension after the "
                     "vote.")
    ev = _one(events, "CONCEDE")
    assert ev.cameo == "081" and ev.modality != "asserted", (ev.cameo, ev.modality)
    assert [e.cameo for e in events if e.plover == "SANCTION"] == ["160"], [(e.plover, e.trigger) for e in events]


def test_what_a_demand_asks_is_not_done(nlp):
    events = _events("The government said it would not meet the gunmen's demands to release jailed militants.")
    assert not [e for e in events if e.plover == "RETREAT"], [(e.plover, e.trigger) for e in events]
    events = _events("Troops set up a checkpoint outside the city in order to block army patrols.")
    assert events, "an act done 'in order to' another is still told"


def test_an_act_said_to_be_out_of_the_question_is_not_done(nlp):
    events = _events("The minister said removing the sanctions on the regime was out of the question.")
    assert not [e for e in events if e.plover == "RETREAT"], [(e.plover, e.trigger) for e in events]


def test_a_disaster_named_like_a_name_kills_without_an_actor(nlp):
    events = _events("Wildfires burning around the port city of Valparaiso have killed at least 30 people, officials said "
                     "on Monday.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_a_move_named_in_a_relative_clause_is_its_makers(nlp):
    for text in ("Ugandan police arrested opposition leader Kizza Besigye as part of a treason inquiry, a move his party "
                 "called a coup against democracy.",
                 "Zambia's president dissolved parliament only days before the budget was due to be debated, a move that "
                 "opposition parties denounced as illegal."):
        ev = _one(_events(text), "ACCUSE")
        assert _countries(ev.target) == _countries(ev.source) and ev.target, (text, ev.source, ev.target)


def test_an_act_passed_over_is_not_done(nlp):
    for text in ("The commander said his men would keep fighting for years rather than negotiate with the rebels.",
                 "The junta chose to arrest the protest leaders instead of holding talks with them."):
        events = _events(text)
        assert not [e for e in events if e.plover in ("AGREE", "CONSULT")], (text, [(e.plover, e.trigger) for e in events])
    assert _events("The junta arrested the protest leaders instead of meeting them."), "the act chosen stays"


def test_tanks_sent_to_a_border_are_a_deployment(nlp):
    ev = _one(_events("Rather than pull back, Moscow sent dozens of tanks to the border on Friday."), "MOBILIZE")
    assert ev.cameo == "154", ev.cameo
    assert _one(_events("Poland sent tanks to Ukraine last year."), "AID").cameo == "072"


def test_protest_leaders_are_civilians_not_government(nlp):
    ev = _one(_events("Riot police detained four protest leaders outside the ministry on Tuesday."), "COERCE")
    assert {a.sector for a in ev.target} == {"CVL"}, ev.target


def test_not_attending_talks_is_a_refusal(nlp):
    ev = _one(_events("The Malian junta said it would not attend the peace talks proposed by Algeria."), "REJECT")
    assert _countries(ev.source) == {"MLI"}, ev.source
    assert not [e for e in _events("The Malian junta said it would not attend the peace talks proposed by Algeria.")
                if e.plover == "AGREE"]
    assert _one(_events("Hamas negotiators joined the talks in Cairo on Sunday."), "CONSULT").cameo == "046"


def test_regional_blocs_are_known_and_named_again_as_the_alliance(nlp):
    ev = _one(_events("Yerevan froze its work in the Collective Security Treaty Organization on Friday, accusing the "
                      "alliance of abandoning Armenia."), "ACCUSE")
    assert [a.code for a in ev.target] == ["IGOCASCST"], ev.target
    assert [a.code for a in _one(_events("SADC agreed to send more troops to Mozambique."), "AGREE").source] == ["IGOSAFSAD"]


def test_a_vow_to_fight_a_foe_at_home_is_aimed_at_it(nlp):
    ev = _one(_events("Ethiopia's army vowed to keep fighting the Fano militia in Amhara."), "THREATEN")
    assert ev.target and "ETHGOV" not in {a.code for a in ev.target}, ev.target
    assert not _one(_events("Moscow vowed to retaliate for any strikes on Russian soil."), "THREATEN").target


def test_forces_moving_closer_to_a_border_redeploy(nlp):
    ev = _one(_events("Belgrade ordered army units to move closer to the boundary line on Friday."), "MOBILIZE")
    assert ev.cameo == "154" and _countries(ev.source) == {"SRB"}, (ev.cameo, ev.source)
    assert not _events("The two negotiating teams moved closer to a deal on Friday.")


def test_party_lawmakers_of_the_two_us_parties_are_american(nlp):
    ev = _one(_events("Republican senators condemned the prisoner swap with Tehran on Thursday."), "ACCUSE")
    assert _countries(ev.source) == {"USA"}, ev.source


def test_deaths_told_before_an_as_clause_clash_are_its_toll(nlp):
    events = _events("At least nine people died on Friday as opposition supporters clashed with riot police in Nairobi.")
    assert not [e for e in events if e.plover == "ASSAULT" and not e.target], [(e.plover, e.trigger) for e in events]
    ev = _one(events, "ASSAULT")
    assert {a.sector for a in ev.target} == {"COP"} and ev.trigger.startswith("clash"), (ev.trigger, ev.target)
    events = _events("At least nine people were killed on Friday as opposition supporters clashed with riot police in "
                     "Nairobi.")
    ev = _one(events, "ASSAULT")
    assert ev.trigger.startswith("clash") and [q.value for q in ev.quantities if q.kind == "fatalities"] == [9], ev


def test_a_proxy_takes_no_country_from_the_sentence(nlp):
    for text in ("The Pentagon blamed Iran-backed militant groups for the drone attack.",
                 "The Pentagon blamed militias backed by Tehran for the drone attack."):
        ev = _one(_events(text), "ACCUSE")
        assert ev.target and "USA" not in _countries(ev.target), (text, ev.target)


def test_wounded_joined_to_the_killed_are_one_attack(nlp):
    events = _events("Four soldiers were killed and dozens wounded in a drone attack on an army post, the army said.")
    assault = [e for e in events if e.plover == "ASSAULT"]
    assert len(assault) == 1, [(e.plover, e.trigger) for e in events]
    assert {q.kind for q in assault[0].quantities} >= {"fatalities"}, assault[0].quantities


def test_a_part_of_a_country_by_direction_is_the_place(nlp):
    ev = _one(_events("Two Turkish soldiers were killed in a rocket attack on a base in northern Iraq on Sunday."), "ASSAULT")
    assert ev.place is not None and ev.place.country == "IRQ", ev.place


def test_a_deal_brokered_by_a_third_party_is_its_mediation(nlp):
    events = _events("Ethiopia and Somalia agreed to end their dispute in a deal brokered by Turkey.")
    ev = _one(events, "CONSULT")
    assert ev.cameo == "045" and _countries(ev.source) == {"TUR"}, (ev.cameo, ev.source)


def test_talks_between_two_named_officials_have_both_sides(nlp):
    ev = _one(_events("The accord was announced after four days of talks in Beijing between Iran's top security official "
                      "Ali Shamkhani and Saudi national security adviser Musaed Al-Aiban."), "CONSULT")
    assert _countries(ev.source) | _countries(ev.target) == {"IRN", "SAU"}, (ev.source, ev.target)


def test_what_a_law_is_used_to_do_is_no_act(nlp):
    events = _events("Thousands marched in Baku against a media bill modelled on a Russian law used to crush dissent.")
    assert not [e for e in events if e.plover in ("ASSAULT", "COERCE")], [(e.plover, e.trigger) for e in events]
    assert _one(_events("Police used water cannon to disperse the marchers in Baku."), "ASSAULT")


def test_killing_and_abducting_in_one_raid_stay_two_acts(nlp):
    events = _events("Gunmen killed at least nine villagers and abducted dozens more in a raid in Zamfara state.")
    assert sorted(e.cameo for e in events if e.plover == "ASSAULT")[-1] == "181", [(e.cameo, e.trigger) for e in events]


def test_acts_one_will_not_tolerate_are_not_told(nlp):
    events = _events("The interior minister said the state would not tolerate attacks on police officers.")
    assert not [e for e in events if e.plover in ("ASSAULT", "THREATEN")], [(e.plover, e.trigger) for e in events]
    assert _one(_events("The regime tolerated attacks on journalists for years."), "ASSAULT")


def test_a_border_named_by_the_neighbour_is_no_party(nlp):
    ev = _one(_events("Rebels said they had captured the town of Paletwa on the Bangladeshi border after weeks of "
                      "fighting."), "ASSAULT")
    assert "BGD" not in _countries(ev.target), ev.target


def test_a_commander_of_a_faction_of_a_group_is_the_groups(nlp):
    ev = _one(_events("Troops killed a commander of a dissident faction of the FARC rebels in Cauca."), "ASSAULT")
    assert {a.sector for a in ev.target} == {"REB"}, ev.target
    ev = _one(_events("Gunmen attacked two police stations in Zamfara state overnight."), "ASSAULT")
    assert {a.sector for a in ev.target} == {"COP"}, ev.target


def test_leaders_across_a_region_take_no_country_from_the_sentence(nlp):
    ev = _one(_events("Leaders across West Africa condemned the coup attempt and voiced support for President Bazoum."),
              "ACCUSE")
    assert not _countries(ev.source) - {None}, ev.source


def test_news_outlets_are_media_of_their_country_and_interviews_are_no_meetings(nlp):
    events = _events("Mali's junta suspended Radio France Internationale and Voice of America on Friday after they "
                     "reported that soldiers had executed civilians.")
    ev = _one(events, "SANCTION")
    assert {a.sector for a in ev.target} == {"JRN"} and _countries(ev.target) == {"FRA", "USA"}, ev.target
    assert not [e for e in events if "USA" in _countries(e.source)], [(e.plover, e.source) for e in events]
    assert not [e for e in _events("Speaking to Al Jazeera, the foreign minister said talks would resume.")
                if e.plover == "CONSULT"]


def test_a_reaction_to_the_decision_names_the_deed_not_the_last_statement(nlp):
    events = _events("The International Criminal Court issued an arrest warrant for the Sudanese president on Wednesday. "
                     "Khartoum dismissed the move as a colonial plot. Kenya's foreign minister welcomed the decision.")
    welcomed = _one(events, "SUPPORT")
    assert [a.code for a in welcomed.target] == ["IGOJUDICC"], welcomed.target
    events = _events("Madagascar's president declared martial law on Tuesday. The main opposition party called the "
                     "declaration illegal.")
    ev = next(e for e in events if e.plover == "ACCUSE" and e.trigger == "called")
    assert {a.sector for a in ev.target} == {"GOV"}, ev.target


def test_the_channel_is_the_outlet_named_before_and_a_terror_channel_is_a_charge(nlp):
    events = _events("The government ordered Al Jazeera's office closed on Sunday. The channel condemned the order.")
    ev = next(e for e in events if e.plover == "ACCUSE")
    assert [a.code for a in ev.source] == ["QATJRNAJZ"], ev.source
    ev = _one(_events("Israel's prime minister called Al Jazeera a terror channel."), "ACCUSE")
    assert [a.code for a in ev.target] == ["QATJRNAJZ"], ev.target


def test_a_military_base_attacked_is_the_military(nlp):
    ev = _one(_events("Insurgents attacked a naval base in Somalia's Puntland region on Monday."), "ASSAULT")
    assert {a.sector for a in ev.target} == {"MIL"}, ev.target


def test_a_warning_about_ones_own_men_is_not_aimed_at_them(nlp):
    ev = _one(_events("A gang leader in Port-au-Prince warned that his fighters would resist any foreign intervention."),
              "THREATEN")
    assert "REB" not in {a.sector for a in ev.target}, ev.target


def test_army_barracks_are_the_army_and_a_motivated_trial_is_a_charge(nlp):
    ev = _one(_events("Rebels in Sudan said they had attacked army barracks near El Fasher."), "ASSAULT")
    assert {a.sector for a in ev.target} == {"MIL"}, ev.target
    assert _one(_events("Tunisia's opposition called the verdict politically motivated."), "ACCUSE")


def test_a_vow_to_make_someone_pay_is_a_threat_aimed_at_them(nlp):
    ev = _one(_events("Kyiv vowed to make Moscow pay for the strike on the children's hospital."), "THREATEN")
    assert _countries(ev.target) == {"RUS"}, ev.target
    ev = _one(_events("Trump threatened to impose tariffs on the BRICS group of nations."), "THREATEN")
    assert [a.code for a in ev.target] == ["IGOBRC"], ev.target


def test_it_of_an_organisation_no_list_knows_is_not_the_last_actor_met(nlp):
    events = _events("The British government rejected the pay offer on Monday. The Royal College of Midwives said it "
                     "would hold another strike next week.")
    assert not [e for e in events if e.trigger.endswith("strike") and {a.sector for a in e.source} & {"GOV"}], \
        [(e.plover, e.trigger, e.source) for e in events]


def test_people_handed_over_to_a_go_between_are_freed_for_their_side(nlp):
    ev = _one(_events("Hamas handed over four Thai hostages to the Red Cross in Khan Younis on Thursday."), "RETREAT")
    assert _countries(ev.target) == {"THA"}, ev.target


def test_a_match_report_at_a_named_stadium_is_sport(nlp):
    doc = dyads.code("Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday to win the European Cup, with two "
                     "late goals. Dortmund hit the post twice before the break.", published="2024-06-01")
    assert not doc.events, [(e.plover, e.trigger) for e in doc.events]


def test_the_measure_backed_is_no_riot_told_since_and_a_base_built_is_no_target(nlp):
    events = _events("Ecuador's president declared a state of emergency on Monday. Riots broke out in six prisons and "
                     "inmates took guards hostage. Opposition lawmakers backed the measure.")
    ev = next(e for e in events if e.trigger == "backed")
    assert ev.target and {a.sector for a in ev.target} <= {"GOV", "MIL", "COP"}, ev.target
    ev = _one(_events("Ethiopia plans to build a naval base in Somaliland."), "MOBILIZE")
    assert "MIL" not in {a.sector for a in ev.target}, ev.target


def test_an_envoy_summoned_to_hear_a_protest_is_the_target(nlp):
    ev = _one(_events("Iran's foreign ministry summoned Jordan's ambassador to protest."), "ACCUSE")
    assert _countries(ev.target) == {"JOR"}, ev.target


def test_what_a_plot_is_to_do_is_only_intended(nlp):
    for text in ("The president said the protests were part of a foreign-backed plot to topple him.",
                 "Police foiled a plot to kill the president."):
        events = _events(text)
        assert all(e.modality != "asserted" for e in events if e.plover == "ASSAULT"), \
            (text, [(e.plover, e.trigger, e.modality) for e in events])


def test_airspace_entered_is_its_owners(nlp):
    ev = _one(_events("Jordan's air force shot down dozens of Iranian drones that entered its airspace on their way "
                      "to Israel."), "MOBILIZE")
    assert _countries(ev.target) == {"JOR"}, ev.target


def test_providing_aid_is_aid_even_with_the_amount_first(nlp):
    for text in ("Japan will provide Ukraine with an additional $4.5 billion in aid.",
                 "Berlin provided Kyiv with 500 million euros of humanitarian aid last year."):
        events = _events(text)
        assert [e for e in events if e.cameo in ("033", "070", "073")], (text, [(e.plover, e.cameo) for e in events])
    assert not _events("The company provides services to banks in Ukraine.")


def test_calling_a_leader_is_a_phone_call_and_calling_on_one_a_request(nlp):
    ev = _one(_events("Turkish President Tayyip Erdogan called Vladimir Putin on Monday."), "CONSULT")
    assert ev.cameo == "041" and _countries(ev.target) == {"RUS"}, (ev.cameo, ev.target)
    assert _one(_events("Kenya's opposition called on the president to resign."), "REQUEST")


def test_an_act_on_the_same_day_takes_the_day_named_before(nlp):
    events = _events("Police arrested 30 opposition activists in Harare on Monday.\n\nTeachers went on strike across "
                     "the country on the same day.")  # (another paragraph: no date carried)
    ev = _one(events, "PROTEST")
    assert (ev.date, ev.date_precision) == ("2019-05-06", "day"), (ev.date, ev.date_precision)


def test_the_closures_condemned_are_the_shutters(nlp):
    ev = next(e for e in _events("Kosovo police shut down five offices run by Serbia on Monday. Belgrade condemned the "
                                 "closures.") if e.plover == "ACCUSE")
    assert {a.code for a in ev.target} == {"KSVCOP"}, ev.target


def test_people_handed_over_to_officials_are_no_release_and_a_cause_is_no_fight(nlp):
    assert not _events("The fishermen were handed over to fisheries officials for legal action.")
    assert _one(_events("The rebels handed over 12 captured soldiers to the Red Cross."), "RETREAT").cameo == "0841"
    events = _events("Police said they suspected militants fighting Indian rule in the region.")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in events]


def test_a_language_named_by_a_nationality_adjective_is_no_state(nlp):
    events = _events("Separatists in Cameroon have ordered schools in the English-speaking regions to close, accusing "
                     "the government of imposing French-language education.")
    assert not {c for e in events for c in _countries(e.source) | _countries(e.target)} & {"GBR", "FRA"}, \
        [(e.plover, e.source, e.target) for e in events]


def test_a_call_to_end_attacks_on_civilians_is_not_aimed_at_them(nlp):
    ev = _one(_events("Ankara called for an end to attacks on civilians in Aleppo."), "REQUEST")
    assert not {a.sector for a in ev.target} & {"CVL"}, ev.target


def test_revoked_accreditation_expels_and_anyone_causing_unrest_is_no_unrest(nlp):
    ev = _one(_events("Moscow revoked the accreditation of six British diplomats on Friday."), "SANCTION")
    assert ev.cameo == "166" and _countries(ev.target) == {"GBR"}, (ev.cameo, ev.target)
    events = _events("The army was deployed in Islamabad with orders to shoot anyone causing unrest.")
    assert not [e for e in events if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in events]


def test_stormed_and_set_fire_to_an_embassy_is_aimed_at_its_state(nlp):
    ev = next(e for e in _events("Hundreds of protesters stormed and set fire to the Danish embassy in Tehran.")
              if e.trigger.startswith("stormed"))
    assert _countries(ev.target) == {"DNK"}, ev.target


def test_calling_a_verdict_biased_is_a_charge_not_a_request(nlp):
    for text in ("Former prime minister Sheikh Hasina called the verdict biased.",
                 "Sheikh Hasina, who fled to India last year, called the verdict biased and politically motivated.",
                 "Kenya's opposition called the election rigged."):
        events = _events(text)
        assert [e.plover for e in events] == ["ACCUSE"], (text, [(e.plover, e.trigger) for e in events])


def test_either_party_is_one_of_the_two_sides_told_before(nlp):
    events = _events("Russia and Ukraine have fought for three years.\n\nBeijing said it had never provided lethal "
                     "weapons to either party.")
    ev = next(e for e in events if e.plover == "AID")
    assert _countries(ev.target) == {"RUS", "UKR"}, ev.target


def test_a_flood_page_yields_no_events(nlp):
    doc = dyads.code("Floods and landslides after torrential rain kill 18 in Sri Lanka\n\n"
                     "Torrential rain caused flooding and a landslide in central Sri Lanka on Monday, killing 18 "
                     "people, officials said. The navy sent boats to evacuate families, and the main highway to "
                     "Kandy was blocked for a second day.", published="2019-05-10")
    assert doc.events == [] and "flood" in doc.article.meta.get("weather_report", []), doc.article.meta


def test_taking_over_as_a_leader_is_no_seizure(nlp):
    evs = _events("The deputy prime minister will take over as interim leader of Peru until the election.")
    assert not [e for e in evs if e.plover in ("THREATEN", "ASSAULT", "COERCE")], [(e.plover, e.trigger) for e in evs]
    evs = _events("Rebels will take over the town of Goma within days, a commander said.")
    assert [e for e in evs if e.trigger.startswith("take over")]


def test_them_prefers_a_plural_noun_to_a_body_named_in_the_singular(nlp):
    ev = _one(_events("Moldova's ruling party asked the Constitutional Court to ban two pro-Russian parties, "
                      "accusing them of taking money from Moscow."), "ACCUSE")
    assert [a.sector for a in ev.target] != ["JUD"] and all(a.sector != "JUD" for a in ev.target), ev.target


def test_protests_during_which_a_plot_is_alleged_happened(nlp):
    evs = _events("Prosecutors in Belarus charged five activists with plotting to seize power during the "
                  "protests in Minsk.")
    protest = [e for e in evs if e.plover == "PROTEST"]
    assert protest and protest[0].modality == "asserted", [(e.plover, e.trigger, e.modality) for e in evs]


def test_a_vow_to_respond_is_aimed_at_whoever_acted_against_the_speaker(nlp):
    evs = _events("Washington imposed new tariffs on Chinese electric cars on Tuesday. Beijing called the "
                  "decision unfair and said it would retaliate.")
    threat = _one(evs, "THREATEN")
    assert _countries(threat.target) == {"USA"}, threat.target
    evs = _events("Ukrainian drones struck an oil depot in Russia's Belgorod region. Moscow vowed to respond.")
    assert _countries(_one(evs, "THREATEN").target) == {"UKR"}


def test_measures_said_to_be_illegal_blame_whoever_took_them(nlp):
    evs = _events("Canada imposed sanctions on six Iranian officials. Tehran said the measures were illegal.")
    blame = [e for e in evs if e.plover == "ACCUSE"]
    assert blame and _countries(blame[0].target) == {"CAN"}, [(e.plover, e.trigger, e.target) for e in evs]


def test_anti_slogans_name_whom_a_protest_is_against(nlp):
    ev = _one(_events("Several thousand students marched in Tehran on Friday, chanting anti-British slogans."),
              "PROTEST")
    assert _countries(ev.target) == {"GBR"}, ev.target
    ev = _one(_events("Hundreds of people staged an anti-Turkish demonstration in Yerevan."), "PROTEST")
    assert _countries(ev.target) == {"TUR"}, ev.target


def test_a_participle_after_a_reporting_aside_is_the_speakers(nlp):
    ev = _one(_events("Russian border guards seized two Georgian fishing boats on Monday, Georgia's foreign "
                      "minister said, calling the seizure illegal."), "ACCUSE")
    assert _countries(ev.source) == {"GEO"} and _countries(ev.target) == {"RUS"}, (ev.source, ev.target)


def test_people_who_were_armed_were_not_armed_by_anyone(nlp):
    evs = _events("Police said the two suspects were armed.")
    assert not [e for e in evs if e.plover == "AID"], [(e.plover, e.trigger) for e in evs]
    assert [e for e in _events("The militia was armed by Iran.") if e.plover == "AID"]


def test_a_call_to_free_people_is_aimed_at_whoever_holds_them(nlp):
    evs = _events("Venezuelan troops detained four Guyanese soldiers on the border on Sunday. Guyana demanded "
                  "their immediate release.")
    calls = [e for e in evs if e.plover == "REQUEST"]
    assert calls and _countries(calls[0].target) == {"VEN"}, [(e.plover, e.target) for e in evs]
    evs = _events("Houthi rebels seized a Japanese cargo ship and detained its 25 crew. Japan demanded the "
                  "release of the crew.")
    calls = [e for e in evs if e.plover == "REQUEST"]
    assert calls and _countries(calls[0].target) == {"YEM"}, [(e.plover, e.target) for e in evs]


def test_going_back_to_a_country_returns_nothing(nlp):
    evs = _events("The exiled opposition leader returned to Bolivia on Monday after three years abroad.")
    assert not [e for e in evs if e.plover == "RETREAT"], [(e.plover, e.trigger) for e in evs]


def test_deaths_joined_to_an_attack_are_its_toll(nlp):
    evs = _events("Soldiers opened fire on demonstrators in Conakry on Tuesday, and at least three people "
                  "were killed, a hospital source said.")
    attacks = [e for e in evs if e.plover == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].source, [(e.plover, e.trigger, e.source) for e in evs]
    assert any(q.kind == "fatalities" and q.value == 3 for q in attacks[0].quantities)


def test_a_protest_told_with_a_is_not_the_strike_told_before(nlp):
    evs = _events("Chile's teachers' union called a national strike for next month. Students and riot police "
                  "clashed in Santiago on Thursday during a march against the education reform.")
    assert len([e for e in evs if e.plover == "PROTEST"]) == 2, [(e.plover, e.trigger) for e in evs]


def test_clashes_that_broke_out_between_two_sides_name_both(nlp):
    evs = _events("Heavy clashes broke out between Libyan government forces and a rival militia in Tripoli on "
                  "Sunday.")
    attack = _one(evs, "ASSAULT")
    sides = {a.sector for a in attack.source + attack.target}
    assert "UAF" not in sides and len(attack.source + attack.target) >= 2, (attack.source, attack.target)
    evs = _events("Fierce fighting erupted between Sudanese and South Sudanese troops near the border.")
    assert _countries(_one(evs, "ASSAULT").source) == {"SDN", "SSD"}


def test_found_guilty_with_the_adjective_hung_on_the_object_is_a_conviction(nlp):
    evs = _events("A Cairo court found 12 opposition activists guilty of spreading false news on Monday.")
    ev = _one(evs, "SANCTION")
    assert ev.cameo == "116" and _countries(ev.source) == {"EGY"}, (ev.cameo, ev.source)


def test_calling_a_verdict_biased_is_a_charge_in_a_longer_text(nlp):
    evs = _events("Imran Khan called the verdict biased. His party called a nationwide strike in protest.")
    assert not [e for e in evs if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in evs]
    assert [e for e in evs if e.plover == "ACCUSE"]


def test_exchanged_fire_with_a_modified_object_is_two_sided(nlp):
    ev = _one(_events("Indian and Pakistani troops exchanged small-arms fire in the Poonch sector of Kashmir on "
                      "Tuesday."), "ASSAULT")
    assert _countries(ev.source) == {"IND", "PAK"} and not ev.target, (ev.source, ev.target)


def test_a_deed_called_an_attack_on_sovereignty_is_a_charge_at_its_doer(nlp):
    evs = _events("Washington imposed visa bans on three Brazilian judges. Brazil called the measures an attack "
                  "on its independence.")
    blame = [e for e in evs if e.plover == "ACCUSE"]
    assert blame and _countries(blame[0].target) == {"USA"}, [(e.plover, e.trigger, e.target) for e in evs]


def test_a_closure_called_a_swindle_is_a_charge(nlp):
    evs = _events("Latvia closed its border with Russia. Moscow called the closure an absurd swindle.")
    blame = [e for e in evs if e.plover == "ACCUSE"]
    assert blame and _countries(blame[0].target) == {"LVA"}, [(e.plover, e.trigger, e.target) for e in evs]


def test_the_force_whose_post_is_attacked_is_the_target(nlp):
    ev = _one(_events("Fighter jets bombed rebel hideouts in the hills of Chin state in Myanmar."), "ASSAULT")
    assert [a.sector for a in ev.target] == ["REB"], ev.target
    ev = _one(_events("Jihadists attacked an army outpost near Djibo in Burkina Faso."), "ASSAULT")
    assert [a.sector for a in ev.target] == ["MIL"], ev.target


def test_an_aircraft_with_a_force_adjective_names_the_force(nlp):
    ev = _one(_events("An army helicopter fired rockets at a village in Sagaing region of Myanmar, killing nine."),
              "ASSAULT")
    assert [a.code for a in ev.source] == ["MMRMIL"], ev.source


def test_a_film_review_yields_no_events(nlp):
    doc = dyads.code("Film review: an uprising on screen\n\nThe new movie follows rebels who storm a palace and "
                     "seize the capital. The cast is strong, and the final scene, shot in one take, stays with you. "
                     "It opens in cinemas next week.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]


def test_a_request_joined_to_a_meeting_is_made_of_the_one_met(nlp):
    ev = _one(_events("Moldova's president met the German chancellor in Berlin on Monday and asked for more air "
                      "defence systems."), "REQUEST")
    assert _countries(ev.target) == {"DEU"}, ev.target


def test_responding_to_a_supply_of_weapons_is_a_threat(nlp):
    evs = _events("Beijing said it would respond to any sale of fighter jets to Taiwan.")
    assert [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_an_interception_condemned_is_aimed_at_who_intercepted(nlp):
    evs = _events("Greek coast guard vessels stopped a Turkish research ship and detained its crew. Ankara "
                  "condemned the interception.")
    blame = [e for e in evs if e.plover == "ACCUSE"]
    assert blame and _countries(blame[0].target) == {"GRC"}, [(e.plover, e.trigger, e.target) for e in evs]


def test_an_attack_repelled_and_the_killing_by_its_target_are_two_acts(nlp):
    evs = _events("Houthi fighters said they had repelled an army assault in Marib, killing dozens of soldiers.")
    attacks = [e for e in evs if e.plover == "ASSAULT"]
    assert len(attacks) == 2, [(e.trigger, e.source, e.target) for e in attacks]
    assault = next(e for e in attacks if e.trigger == "assault")
    assert [a.sector for a in assault.source] == ["MIL"], assault.source


def test_hideouts_in_a_country_are_its_militants(nlp):
    ev = _one(_events("Turkish jets struck militant hideouts in northern Iraq's Duhok province."), "ASSAULT")
    assert [(a.country, a.sector) for a in ev.target] == [("IRQ", "REB")], ev.target


def test_destroyers_sent_to_a_region_are_a_show_of_force(nlp):
    evs = _events("Britain sent two destroyers to the Gulf on Tuesday.")
    assert [e for e in evs if e.plover == "MOBILIZE"], [(e.plover, e.trigger) for e in evs]


def test_a_relative_clause_that_names_its_own_object_accuses_that_one(nlp):
    ev = _one(_events("Washington says the ships are there to fight drug cartels, which it accuses Colombian "
                      "President Gustavo Petro of shielding."), "ACCUSE")
    assert _countries(ev.target) == {"COL"}, ev.target


def test_a_bare_past_form_joined_to_a_passive_is_passive_too(nlp):
    evs = _events("A British journalist who was detained in Iran and deported this week said guards had beaten him.")
    deported = [e for e in evs if e.trigger == "deported"]
    assert deported and _countries(deported[0].target) == {"GBR"}, [(e.trigger, e.source, e.target) for e in evs]
    assert _countries(deported[0].source) == {"IRN"}, deported[0].source


def test_a_denial_is_aimed_at_the_accuser(nlp):
    evs = _events("Sudan accused the United Arab Emirates of arming the RSF. The Emirates denied supplying "
                  "weapons to either side.")
    denial = [e for e in evs if e.cameo == "016"]
    assert denial and _countries(denial[0].target) == {"SDN"}, [(e.cameo, e.source, e.target) for e in evs]


def test_its_neighbour_is_the_other_country_of_the_sentence(nlp):
    ev = _one(_events("Afghanistan closed its border with Pakistan on Sunday, accusing its neighbour of "
                      "shelling villages."), "ACCUSE")
    assert _countries(ev.target) == {"PAK"}, ev.target


def test_sanctions_annulled_by_a_court_are_eased(nlp):
    evs = _events("The EU's General Court annulled sanctions on a Syrian businessman on Wednesday.")
    assert not [e for e in evs if e.plover == "SANCTION"], [(e.plover, e.trigger) for e in evs]
    assert [e for e in evs if e.cameo == "085"]


def test_what_a_crowd_does_in_a_headline_is_its_protest(nlp):
    text = ("Protesters storm Congress in Lima as anger over pension law boils over\n\n"
            "LIMA, March 5 - Thousands of protesters broke into Peru's Congress on Tuesday and set part of it on "
            "fire, after police opened fire on crowds demonstrating against a new pension law, killing at least "
            "six people.")
    rec = record(dyads.code(text, published="2024-07-03"))
    assert rec["label"] in ("Violent demonstration", "Excessive force against protesters"), rec["label"]


def test_a_call_to_free_a_leader_held_by_his_own_army_is_aimed_at_the_army(nlp):
    evs = _events("Soldiers in Gabon said they had detained President Ali Bongo. The African Union demanded the "
                  "release of the president.")
    call = [e for e in evs if e.plover == "REQUEST"]
    assert call and [a.sector for a in call[0].target] == ["MIL"], [(e.plover, e.target) for e in evs]


def test_a_test_called_a_violation_is_a_charge_at_whoever_tested(nlp):
    evs = _events("North Korea said it had test-fired a new cruise missile. Japan said the test was a violation "
                  "of U.N. resolutions.")
    blame = [e for e in evs if e.plover == "ACCUSE"]
    assert blame and _countries(blame[0].source) == {"JPN"} and _countries(blame[0].target) == {"PRK"}, \
        [(e.plover, e.source, e.target) for e in evs]
    assert not [e for e in evs if e.plover == "REJECT"]


def test_responding_with_measures_is_a_threat(nlp):
    evs = _events("Trudeau has said Canada will respond with its own measures if the duties take effect.")
    assert [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_a_weapon_word_on_a_programme_is_no_attack(nlp):
    evs = _events("The United States warned Iran against further missile development.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]


def test_a_storm_page_yields_no_events(nlp):
    doc = dyads.code("Tropical storm kills 30 in Vietnam\n\nA tropical storm brought floods and landslides to "
                     "central Vietnam on Sunday, killing 30 people. The prime minister ordered the army to send "
                     "boats and helicopters to rescue stranded families.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]


def test_a_match_report_with_a_whole_token_score_is_sport(nlp):
    doc = dyads.code("Europa League: Roma beat Porto 3-1 in Rome\n\nROME, March 13 - Roma beat FC Porto 3-1 at "
                     "the Olympic Stadium on Thursday. Roma's attack tore through the visitors' defence after the "
                     "break.", published="2019-05-10")
    assert doc.events == [], [(e.plover, e.trigger) for e in doc.events]


def test_a_ceasefire_ended_is_none_declared(nlp):
    evs = _events("The rebels ended a ceasefire with the army in 2021 and have attacked towns since.")
    assert not [e for e in evs if e.cameo == "0871"], [(e.plover, e.cameo, e.trigger) for e in evs]


def test_the_prosecutors_office_is_the_judiciary(nlp):
    ev = _one(_events("Belarus's prosecutor's office accused the opposition leader of treason."), "ACCUSE")
    assert [a.code for a in ev.source] == ["BLRJUD"], ev.source


def test_strikes_that_killed_people_are_one_act_with_their_toll(nlp):
    evs = _events("Russia launched drone strikes on Kharkiv that killed nine people, officials said.")
    attacks = [e for e in evs if e.plover == "ASSAULT"]
    assert len(attacks) == 1 and _countries(attacks[0].source) == {"RUS"}, [(e.trigger, e.source) for e in attacks]


def test_an_act_demanded_with_must_is_the_demand_only(nlp):
    evs = _events('"The rebels must free all the hostages," the Colombian president told reporters.')
    assert [e.plover for e in evs] == ["REQUEST"], [(e.plover, e.trigger, e.modality) for e in evs]


def test_taking_control_of_security_is_no_seizure(nlp):
    evs = _events("The army said it would take control of security in Kathmandu from Tuesday night.")
    assert not [e for e in evs if e.plover in ("THREATEN", "ASSAULT")], [(e.plover, e.trigger) for e in evs]


def test_denying_that_a_probe_is_political_judges_no_one(nlp):
    evs = _events("Egyptian police arrested the opposition candidate. The government denied that the arrest was "
                  "politically motivated.")
    assert not [e for e in evs if e.plover == "ACCUSE"], [(e.plover, e.trigger) for e in evs]


def test_a_crowd_gathering_in_defiance_of_a_ban_is_a_protest(nlp):
    evs = _events("Hundreds of people gathered outside parliament in Tbilisi in defiance of a ban on rallies.")
    assert [e.plover for e in evs] == ["PROTEST"], [(e.plover, e.trigger) for e in evs]


def test_removal_from_office_and_impeachment_are_sanctions_on_the_leader(nlp):
    ev = _one(_events("Peru's Congress removed President Dina Boluarte from office on Friday."), "COERCE")
    assert ev.cameo == "172" and _countries(ev.target) == {"PER"}, (ev.cameo, ev.target)
    ev = _one(_events("Lawmakers in Seoul impeached the prime minister on Tuesday."), "COERCE")
    assert ev.cameo == "172"


def test_an_attack_on_inflation_is_a_figure_of_speech(nlp):
    evs = _events("The central bank of Brazil raised rates again on Wednesday, launching a new attack on inflation.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]


def test_a_strike_by_conductors_is_a_labour_strike(nlp):
    ev = _one(_events("A strike by train conductors halted rail traffic across Belgium on Monday."), "PROTEST")
    assert ev.cameo == "143", ev.cameo


def test_warning_shots_and_shots_in_the_air_hit_no_one(nlp):
    evs = _events("Indian border guards fired warning shots after a group of smugglers crossed the fence.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]
    evs = _events("Police in Dhaka fired into the air to scatter the crowd.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]


def test_a_headline_whose_subject_is_a_crowd_is_about_its_protest(nlp):
    text = ("Protesters in Guinea demand junta leader quit, police detain dozens\n\n"
            "CONAKRY, May 5 - Hundreds of young people marched through Conakry on Friday demanding that the junta "
            "leader step down, and police detained dozens of them. Protesters burned tyres and erected barricades "
            "in several districts.")
    rec = record(dyads.code(text, published="2024-05-05"))
    assert rec["label"] in ("Peaceful protest", "Violent demonstration", "Protest with intervention"), rec["label"]


def test_a_vow_to_retake_a_town_is_aimed_at_who_took_it(nlp):
    evs = _events("Islamic State fighters captured the town of Macomia in northern Mozambique. The army "
                  "vowed to retake the town.")
    threat = [e for e in evs if e.plover == "THREATEN"]
    assert threat and any(a.code and a.code.startswith("IMG") or a.sector == "REB" for a in threat[0].target), \
        [(e.plover, e.trigger, e.target) for e in evs]


def test_who_hears_or_witnesses_an_act_did_not_do_it(nlp):
    evs = _events("Lebanese villagers said they heard the bombing all night.")
    assert all(not e.source for e in evs if e.plover == "ASSAULT"), [(e.plover, e.source) for e in evs]


def test_calling_for_demonstrations_is_staging_them(nlp):
    ev = _one(_events("Farm unions in Spain called for new demonstrations against the trade deal."), "PROTEST")
    assert ev.cameo == "141", ev.cameo


def test_scrapping_a_planned_tax_rise_is_a_concession(nlp):
    ev = _one(_events("After weeks of protests, Kenya's government scrapped a planned rise in fuel taxes."), "CONCEDE")
    assert _countries(ev.source) == {"KEN"}


def test_a_dateline_of_a_town_and_its_country_sets_the_home_country(nlp):
    text = ("Thai traders fear for their trade across the river\n\nMYAWADDY, Myanmar - Soldiers shelled the market "
            "on Tuesday, traders said.")
    evs = dyads.code(text, published="2024-05-05").events
    assert [e for e in evs if _countries(e.source) == {"MMR"}], [(e.trigger, e.source) for e in evs]


def test_a_country_named_only_for_its_border_is_not_the_story_s(nlp):
    evs = _events("The town of Myawaddy lies on the Thai border. Since the military seized power in 2021, armed "
                  "groups have taken control of large parts of Myanmar. The military has answered with air strikes.")
    strikes = [e for e in evs if e.trigger == "air strikes"]
    assert strikes and _countries(strikes[0].source) == {"MMR"}, [(e.trigger, e.source) for e in evs]


def test_a_dateline_town_unknown_to_the_gazetteer_takes_the_country_after_it(nlp):
    from dyads.events.home_country import _dateline_country

    text = "Traders fear for the river crossing\n\nMYAWADDY, Myanmar - Soldiers shelled the market on Tuesday."
    coded = dyads.code(text, published="2024-05-05")
    assert _dateline_country(coded.places, coded.article.text) == "MMR", coded.places


def test_a_town_taken_by_insurgents_at_home_is_the_target(nlp):
    ev = _one(_events("Rebels in Mali captured the town of Kidal on Sunday after heavy fighting."), "ASSAULT")
    assert _countries(ev.target) == {"MLI"}, ev.target
    ev = _one(_events("Jihadists in Mali attacked a hotel in Bamako, killing nine guests."), "ASSAULT")
    assert [a.sector for a in ev.target] == ["CVL"], ev.target


def test_calling_something_a_coup_asks_nothing(nlp):
    evs = _events("Guinea's President Alpha Conde postponed the presidential vote on Saturday, a move opposition "
                  "leaders called a constitutional coup.")
    assert not [e for e in evs if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in evs]


def test_removing_threats_is_no_threat(nlp):
    evs = _events("The Indian army said its troops had opened fire to remove threats near the border.")
    assert not [e for e in evs if e.plover == "THREATEN"], [(e.plover, e.trigger) for e in evs]


def test_what_a_group_does_in_the_present_tense_describes_it(nlp):
    evs = _events("Turkey carried out air strikes in Iraq, saying it targeted militants who attack Turkish soldiers.")
    assert not [e for e in evs if e.trigger == "attack"], [(e.plover, e.trigger) for e in evs]
    evs = _events("Police arrested three men who attacked a bus in Quetta.")
    assert [e for e in evs if e.trigger == "attacked"]


def test_an_army_unit_is_the_military(nlp):
    ev = _one(_events("An elite army unit in Madagascar sided with the protesters on Saturday."), "SUPPORT")
    assert [a.code for a in ev.source] == ["MDGMIL"], ev.source


def test_taking_control_of_the_armed_forces_takes_no_ground(nlp):
    evs = _events("A mutinous unit said it had taken control of all the armed forces in Madagascar.")
    assert not [e for e in evs if e.plover == "ASSAULT"], [(e.plover, e.trigger) for e in evs]


def test_a_clash_undergone_by_two_sides_is_fought_by_both(nlp):
    ev = _one(_events("India and China agreed to pull back their troops from the border. The two countries' troops "
                      "have faced off in the area since a deadly clash in 2020."), "ASSAULT")
    assert _countries(ev.source) == {"IND", "CHN"} and not ev.target, (ev.source, ev.target)


def test_activists_unfurling_a_banner_protest(nlp):
    evs = _events("Climate activists unfurled a banner on the roof of the parliament in Oslo on Monday.")
    assert [e for e in evs if e.plover == "PROTEST"], [(e.plover, e.trigger) for e in evs]


def test_a_claim_names_the_group_behind_gunmen(nlp):
    evs = _events("Gunmen attacked an army base in northern Burkina Faso on Sunday, killing 20 soldiers. JNIM "
                  "claimed responsibility for the attack.")
    attack = _one(evs, "ASSAULT")
    assert any(a.code and a.code.endswith("JNM") for a in attack.source), attack.source


def test_a_vow_of_revenge_is_aimed_at_who_did_the_killing(nlp):
    evs = _events("An Israeli strike in Beirut killed a senior Hezbollah commander on Tuesday. Hezbollah vowed "
                  "revenge for the killing.")
    threat = _one(evs, "THREATEN")
    assert _countries(threat.target) == {"ISR"}, threat.target


def test_opposing_a_recognition_is_aimed_at_who_recognised(nlp):
    evs = _events("France and Belgium formally recognised a Palestinian state on Monday. The United States "
                  "opposed the decision.")
    blame = [e for e in evs if e.trigger == "opposed"]
    assert blame and _countries(blame[0].target) == {"FRA", "BEL"}, [(e.trigger, e.target) for e in evs]


def test_roadblocks_the_police_clear_are_no_restriction_by_them(nlp):
    evs = _events("Police in La Paz cleared roadblocks set up by miners on Monday.")
    assert not [e for e in evs if e.plover == "COERCE" and any(a.sector == "COP" for a in e.source)], \
        [(e.plover, e.trigger, e.source) for e in evs]


def test_a_claim_by_a_group_of_no_known_country_keeps_the_gunmen(nlp):
    evs = _events("Gunmen opened fire on pilgrims in Indian Kashmir on Sunday, killing nine. A little-known group "
                  "calling itself the Valley Front claimed responsibility.")
    attack = _one(evs, "ASSAULT")
    assert _countries(attack.source) == {"IND"}, attack.source


def test_a_target_preposition_the_parser_hung_on_the_phrase_before_it_is_the_verbs(nlp):
    # the "with" phrases parse as modifiers of "the smuggling ring", "militant camps", "the dispute"
    ev = _one(_events("Greek officials shared information about the smuggling ring with Italian police."),
              "COOPERATE")
    assert _countries(ev.source) == {"GRC"} and _countries(ev.target) == {"ITA"}
    ev = _one(_events("Indian diplomats shared intelligence on militant camps with Afghanistan."), "COOPERATE")
    assert _countries(ev.target) == {"AFG"}


def test_an_acquittal_is_a_concession_by_the_court(nlp):
    ev = _one(_events("A Kenyan court acquitted the Ugandan journalist of espionage on Tuesday."), "CONCEDE")
    assert _countries(ev.source) == {"KEN"} and _countries(ev.target) == {"UGA"}
    ev = _one(_events("The Ugandan journalist was acquitted by a Kenyan court."), "CONCEDE")
    assert _countries(ev.source) == {"KEN"} and _countries(ev.target) == {"UGA"}


def test_consequences_or_a_price_to_come_for_a_party_are_the_speakers_threat(nlp):
    ev = _one(_events("There will be consequences for Georgia, the Russian foreign ministry said."), "THREATEN")
    assert _countries(ev.source) == {"RUS"} and _countries(ev.target) == {"GEO"}
    assert ev.modality == "threatened"
    ev = _one(_events("Beijing said there may be a heavy price to pay for Manila."), "THREATEN")
    assert _countries(ev.source) == {"CHN"} and _countries(ev.target) == {"PHL"}
    # a warning whose content is such a clause is aimed at the same party, the content before or after it
    for text in ("The Russian foreign ministry warned that there would be consequences for Georgia.",
                 "There will be consequences for Georgia if the drills go ahead, the Russian foreign ministry warned."):
        ev = _one(_events(text), "THREATEN")
        assert _countries(ev.source) == {"RUS"} and _countries(ev.target) == {"GEO"}, text
    # what has already happened, or consequences for no party, threaten no one
    assert not [e for e in _events("There were consequences for Georgia after the war, the Russian foreign "
                                   "ministry said.") if e.plover == "THREATEN"]
    assert not [e for e in _events("The Kenyan finance minister said there would be consequences for "
                                   "the economy.") if e.plover == "THREATEN"]
    assert not [e for e in _events("The Kenyan finance minister warned that there would be consequences for "
                                   "the economy.") if e.plover == "THREATEN"]


def test_a_place_naming_an_accord_or_process_gives_a_meetings_parties_no_country(nlp):
    events = _events("Kenya's president spoke in Nairobi on Monday. Negotiators met on Tuesday to rescue the "
                     "Doha agreement.")
    ev = _one(events, "CONSULT")
    assert "QAT" not in _countries(ev.source)
    # a people named in the sentence still does
    ev = _one(_events("Sudanese negotiators met on Tuesday to rescue the Doha agreement."), "CONSULT")
    assert _countries(ev.source) == {"SDN"}


def test_an_attack_told_by_its_means_and_its_toll_is_one_event(nlp):
    # the bomb in the passive's "by" phrase is the killing's means; the gerund subject is the act
    # whose toll the verb tells
    for text, doer in (("Four Iraqi policemen were killed by a car bomb planted by Islamic State militants "
                        "in Mosul.", "IMG"),
                       ("Shelling by Russian forces killed three civilians in Kharkiv on Sunday.", "RUS")):
        assaults = [e for e in _events(text) if e.plover == "ASSAULT"]
        assert len(assaults) == 1, [(e.trigger, e.rule) for e in assaults]
        assert doer in {(a.country or a.code or "")[:3] for a in assaults[0].source}, assaults[0].source


def test_talks_between_two_states_named_by_their_names_are_no_visit(nlp):
    # the place found is a party's own name, no venue: every party stays a source
    ev = _one(_events("Talks between Pakistan and India resumed on Monday."), "CONSULT")
    assert _countries(ev.source) == {"PAK", "IND"} and not ev.target
    # a venue in one party's country is still a visit
    ev = _one(_events("Pakistani and Indian diplomats held talks in New Delhi on Monday."), "CONSULT")
    assert _countries(ev.source) == {"PAK"} and _countries(ev.target) == {"IND"}
