"""Event rules for patterns met reading whole news articles (second set): sentences written for
these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries

import dyads
from dyads.records import record


def _kinds(events):
    return [(e.plover, e.trigger) for e in events]


def test_a_pronoun_takes_the_country_of_the_body_its_speaker_speaks_for(nlp):
    events = _events("A spokesman for the Afghan government rejected the claims. He urged Pakistan to stop the raids.")
    urged = next(e for e in events if e.plover == "REQUEST")
    assert _countries(urged.source) == {"AFG"}
    assert _countries(urged.target) == {"PAK"}


def test_a_third_party_describing_one_of_two_countries_is_not_one_of_them(nlp):
    events = _events("Pakistan warned Afghanistan on Saturday. Meanwhile, China, which has invested heavily in "
                     "Pakistan, called on both countries to resolve differences through dialogue.")
    call = next(e for e in events if e.plover == "REQUEST")
    assert _countries(call.source) == {"CHN"}
    assert _countries(call.target) == {"AFG", "PAK"}


def test_a_verb_joined_after_a_reported_clause_is_the_reporters(nlp):
    events = _events('Venezuela\'s foreign ministry said Guyana was "fabricating incidents" to justify a foreign '
                     'presence, and accused Georgetown of acting on behalf of oil companies.')
    accused = next(e for e in events if e.plover == "ACCUSE")
    assert _countries(accused.source) == {"VEN"}
    assert _countries(accused.target) == {"GUY"}


def test_wild_animals_that_kill_are_no_attackers(nlp):
    assert _events("A pride of lions killed 11 cattle near the park on Sunday.") == []
    assert _events("Six lions were speared to death after a series of raids on livestock.") == []
    assert [e.plover for e in _events("Gunmen killed 11 villagers near the park on Sunday.")] == ["ASSAULT"]


def test_a_named_storm_that_kills_is_a_disaster(nlp):
    assert _events("Cyclone Nidra killed at least 142 people in Bangladesh.") == []
    assert _events("Aid reached the coast hit by Cyclone Nidra, which tore through the delta and killed 142 people.") == []


def test_a_pledge_of_aid_for_people_struck_by_a_storm_is_no_threat(nlp):
    events = _events("Japan pledged aid to Bangladesh to help people hit by the cyclone.")
    assert [(e.plover, e.cameo) for e in events] == [("AGREE", "033")]


def test_a_wildlife_page_yields_no_events_and_says_why(nlp):
    text = ("Lions raid a village near the national park\n\nNAIROBI, Kenya (AP) - A pride of lions attacked a "
            "village near the national park overnight. The attack left three cows dead. Wildlife officials said "
            "the predators had been pushed out of their habitat, and conservation groups called for calm.")
    coded = dyads.code(text, published="2024-05-10")
    assert coded.events == []
    assert {"lion", "national park", "wildlife"} <= set(record(coded)["wildlife_report"])


def test_a_video_game_review_is_a_review(nlp):
    text = ("Review: a squad shooter with brutal ambushes\n\nThe new video game drops you into a war. Gameplay "
            "is fast, the multiplayer mode is generous and the PC version runs well. Enemy artillery shells your "
            "base every few minutes, and your squad ambushes convoys on mountain passes.")
    coded = dyads.code(text, published="2024-05-10")
    assert coded.events == []
    assert {"video game", "gameplay", "multiplayer"} <= set(record(coded)["culture_report"])


def test_a_disaster_page_with_aid_from_another_state_stays_political(nlp):
    text = ("Japan sends aid after cyclone\n\nDHAKA (Reuters) - Japan gave $25 million in emergency aid to "
            "Bangladesh on Wednesday after a cyclone and a storm surge flooded the coast. Relief teams reached "
            "flooded islands as rainfall eased, and thousands of families remained in cyclone shelters.")
    coded = dyads.code(text, published="2024-05-10")
    rec = record(coded)
    aid = [e for e in coded.events if e.plover == "AID"]
    assert aid and _countries(aid[0].source) == {"JPN"}, _kinds(coded.events)
    assert rec["foreign_aid"] is True


def test_a_quote_of_several_sentences_names_its_speaker_once(nlp):
    events = _events('Farmers in Peru gave the government 72 hours to revoke a mining concession.\n\n'
                     '"We give the government 72 hours. After that, we will block every highway," said Rosa Quispe, '
                     'a leader of a farmers\' association.')
    quoted = [e for e in events if e.trigger == "give"]
    assert quoted and quoted[0].source and all(a.sector == "CVL" for a in quoted[0].source), [
        (e.trigger, [(a.text, a.code) for a in e.source]) for e in events]


def test_looting_reported_by_the_police_was_not_done_by_them(nlp):
    events = _events("In Nakuru a supermarket was looted, police said.")
    assert events and not any(a.sector == "COP" for e in events for a in e.source), [
        (e.trigger, [a.code for a in e.source]) for e in events]


def test_a_street_named_after_parliament_is_no_parliament(nlp):
    events = _events("Demonstrators marched toward Parliament Road on Tuesday.")
    assert not any(a.sector == "LEG" for e in events for a in e.target), [
        (e.trigger, [a.code for a in e.target]) for e in events]


def test_rights_of_assembly_name_no_assembly(nlp):
    events = _events("The decree suspends the rights of assembly and free movement in Puno.")
    assert not any(a.sector == "LEG" for e in events for a in e.target + e.source)


def test_a_country_held_hostage_is_a_figure_of_speech(nlp):
    assert _events("The government will not allow a minority to hold the country hostage.") == []
    assert [e.plover for e in _events("Gunmen held 20 passengers hostage for two days.")] == ["ASSAULT"]


def test_a_company_suspending_its_train_service_is_business(nlp):
    assert _events("PeruRail suspended train service between Cusco and Machu Picchu for two days.") == []


def test_farmer_leaders_are_no_government(nlp):
    ev = _events("The prime minister invited farmer leaders to talks in Lima on Saturday.")[0]
    assert [a.sector for a in ev.target] == ["CVL"]


def test_officers_after_a_sentence_about_the_police_are_police(nlp):
    events = _events("Clashes erupted when police tried to clear a road. Officers fired tear gas at the students.")
    fired = next(e for e in events if e.trigger == "fired tear gas")
    assert [a.sector for a in fired.source] == ["COP"]
    events = _events("Soldiers moved into the town. Officers fired tear gas at the students.")
    fired = next(e for e in events if e.trigger == "fired tear gas")
    assert [a.sector for a in fired.source] == ["MIL"]


def test_a_crowd_at_a_protest_named_for_a_city_is_in_the_street(nlp):
    events = _events('"We are not thieves," said a driver who took part in the Jakarta protest.')
    assert [(e.plover, e.cameo) for e in events] == [("PROTEST", "141")]
    events = _events("The move drew a protest from Beijing.")
    assert [(e.plover, e.cameo) for e in events] == [("ACCUSE", "114")]


def test_a_tradition_of_protest_is_no_protest(nlp):
    assert _events("Indonesia has a long tradition of student-led protest.") == []


def test_student_groups_are_the_they_of_their_own_report(nlp):
    events = _events("The speaker suspended visits by lawmakers. Student groups said they would continue "
                     "protesting until the allowance is cancelled.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert [a.sector for a in protest.source] == ["CVL"]


def test_students_occupying_their_faculties_hold_a_sit_in(nlp):
    events = _events("Students began occupying university faculties across the country.")
    assert [(e.plover, e.cameo) for e in events] == [("PROTEST", "144")]
    events = _events("Rebels occupied the town and the university campus.")
    assert [(e.plover, e.cameo) for e in events] == [("COERCE", "192")]


def test_strikes_by_other_words(nlp):
    events = _events("Truck drivers and bazaar merchants stopped work to protest soaring prices.")
    assert [(e.plover, e.cameo) for e in events] == [("PROTEST", "143")]
    events = _events("Two jailed teachers began refusing food on Oct. 3 to protest their sentences.")
    assert [(e.plover, e.cameo) for e in events] == [("PROTEST", "142")]
    assert _events("The factory stopped work after the fire.") == []


def test_what_a_group_is_is_no_alliance_formed(nlp):
    events = _events("Hundreds of protesters have camped at the square under the banner of the Jamhoori Awami "
                     "Mahaz, an alliance of four opposition parties.")
    assert not [e for e in events if e.plover == "COOPERATE"], _kinds(events)
    assert [e for e in _events("Kenya and Uganda formed an alliance against the rebels.") if e.plover == "COOPERATE"]


def test_labour_unions_are_no_labour_party(nlp):
    ev = _events("Labour unions in neighbouring Ghana have also pressed for wage increases.")[0]
    assert [a.code for a in ev.source] == ["GHALAB"]


def test_people_detained_after_a_passive_were_detained(nlp):
    events = _events("The ministry said 16 police officers had been injured and 87 people detained.")
    detained = next(e for e in events if e.trigger == "detained")
    assert not detained.source or all(a.sector != "CVL" for a in detained.source)
    assert [a.text for a in detained.target] == ["87 people"]
    events = _events("Three soldiers were killed and the rebels fled.")
    assert not [e for e in events if e.trigger == "fled" and e.target]


def test_a_subsidy_that_helps_gives_no_aid(nlp):
    assert _events("The government says the subsidy helps smugglers and the rich.") == []
    assert [e.plover for e in _events("Kenya helped Somalia fight al-Shabaab.")][0] == "AID"


def test_handing_over_a_petition_hands_over_no_territory(nlp):
    events = _events("Fishermen's leaders handed over a petition addressed to the Indian prime minister.")
    assert not [e for e in events if e.plover == "RETREAT"], _kinds(events)


def test_fishermens_leaders_are_fishermen(nlp):
    ev = _events("Five fishermen's leaders met the minister.")[0]
    assert [a.sector for a in ev.source] == ["CVL"]


def test_neither_side_did_it(nlp):
    events = _events("Congo and Rwanda traded accusations. A peace framework was meant to halt the fighting, but "
                     "neither side has fully withdrawn.")
    assert all(e.modality == "negated" for e in events if e.trigger == "withdrawn")


def test_places_where_a_deal_was_signed_are_not_the_two_sides(nlp):
    events = _events("Congo and Rwanda traded accusations. A framework signed in Washington and a declaration "
                     "negotiated in Doha were meant to end the fighting, but neither side has withdrawn.")
    withdrawn = [e for e in events if e.trigger == "withdrawn"]
    assert withdrawn and all(_countries(e.source) <= {"COD", "RWA"} for e in withdrawn)


FOREIGN_TROOPS_EARLIER = (
    "OUAGADOUGOU (AFP) - Gunmen ambushed a supply convoy in northern Burkina Faso on Thursday, killing 27 soldiers.\n\n"
    "The junta led by Captain Ibrahim Traore expelled French forces in 2023 and turned to Russia for support.\n\n"
    "Large swathes of the country remain outside state control. In June 2024, more than 100 soldiers were killed "
    "in an assault on an army post in the north.\n\n"
    "Rights groups have also accused the army of abuses against civilians.")


def test_foreign_troops_named_sentences_before_are_not_the_soldiers_or_the_army(nlp):
    events = _events(FOREIGN_TROOPS_EARLIER)
    killed = next(e for e in events if e.trigger == "killed" and "100" in (e.target[0].text or ""))
    assert _countries(killed.target) == {"BFA"}
    accused = next(e for e in events if e.plover == "ACCUSE")
    assert _countries(accused.target) == {"BFA"}


def test_the_army_right_after_a_foreign_army_is_that_army(nlp):
    events = _events("NOUAKCHOTT (AFP) - Mauritania protested to Mali over drone strikes near the border.\n\n"
                     "Mali's armed forces said they had struck terrorist groups on Malian territory. The army denied "
                     "that any of its aircraft had crossed into Mauritania.")
    denied = next(e for e in events if e.trigger == "denied")
    assert _countries(denied.source) == {"MLI"}


def test_warning_of_costs_is_no_threat(nlp):
    assert _events("Haulage associations warned that repeated blockades could cost the transport sector millions "
                   "of zlotys a day.") == []
    assert [e.plover for e in _events("The president warned that any attack would cost the rebels dearly.")] == [
        "THREATEN"]


def test_a_verb_sharing_its_object_after_a_passive_is_active(nlp):
    events = _events("Tens of thousands of people were detained and security forces beat and tortured demonstrators.")
    beat = next(e for e in events if e.trigger == "beat")
    assert [a.sector for a in beat.source] == ["MIL"]


def test_a_breach_fighters_pour_through_is_a_gap(nlp):
    events = _events("Gunmen poured through the breach and fought troops for nearly two hours.")
    assert not [e for e in events if e.plover == "REJECT"], _kinds(events)


def test_rescuers_pulling_children_out_withdraw_no_one(nlp):
    events = _events('"We were pulling children out of the rubble until morning," said a rescuer in Sagaing, Myanmar.')
    assert not [e for e in events if e.plover == "RETREAT"], _kinds(events)
    assert [e.plover for e in _events("Russia pulled out its troops from the town.")] == ["RETREAT"]


def test_recognising_people_by_their_clothes_is_no_recognition(nlp):
    events = _events('"Some of them we could only recognize by their clothes," said a rescuer in Sagaing, Myanmar.')
    assert not [e for e in events if e.plover == "SUPPORT"], _kinds(events)
    assert [e.plover for e in _events("Spain recognised Palestine as a state.")] == ["SUPPORT"]


def test_burned_things_in_photos_are_no_fire_set(nlp):
    events = _events("Photos shared by local media in Myanmar showed a collapsed roof and burned motorcycles.")
    assert events == [], _kinds(events)
    events = _events("Protesters burned tyres and blocked the main road in Nairobi.")
    assert [e.plover for e in events if e.trigger == "burned"] == ["PROTEST"]


def test_an_alliance_that_launched_an_offensive_is_a_group(nlp):
    events = _events("An offensive launched in 2023 by an alliance of ethnic armed groups in Myanmar dealt the "
                     "military its biggest defeats.")
    assert not [e for e in events if e.plover == "COOPERATE"], _kinds(events)


def test_people_displaced_by_the_conflict_are_no_expulsion(nlp):
    assert _events("More than 3.5 million people in Myanmar had been displaced by the conflict.") == []


def test_warning_of_a_funding_shortfall_is_no_threat(nlp):
    events = _events("The AU mission has been hampered by funding shortfalls, with contributing countries including "
                     "Uganda and Kenya warning that they cannot sustain operations without predictable financing.")
    assert not [e for e in events if e.plover == "THREATEN"], _kinds(events)


def test_protests_a_coup_triggered_are_the_crowds(nlp):
    events = _events("Myanmar's army seized power from the elected government in February 2021, triggering "
                     "nationwide protests.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert all(a.sector != "MIL" for a in protest.source)
    events = _events("The unions triggered a general strike on Monday.")
    assert [a.sector for a in events[0].source] == ["LAB"]


def test_factions_are_armed_groups(nlp):
    events = _events("Factions affiliated with the Damascus government attacked SDF positions.")
    assert [a.code for a in events[0].source] == ["SYRREB"]


def test_a_group_that_claims_an_attack_did_it(nlp):
    events = _events("The coalition struck al-Hazm a day after the rebels claimed a drone attack on a Saudi border post.")
    attack = next(e for e in events if e.trigger == "drone attack")
    assert [a.sector for a in attack.source] == ["REB"]


def test_people_recruited_by_one_of_the_groups_did_not_recruit(nlp):
    events = _events("The dead included two teenagers believed to have been recruited by one of the groups.")
    recruited = next(e for e in events if e.trigger == "recruited")
    assert not recruited.source and [a.text for a in recruited.target] == ["two teenagers"]
    assert [a.sector for a in _events("Troops were deployed to the border on Monday.")[0].source] == ["MIL"]


def test_alternatives_weighed_are_not_done(nlp):
    assert _events('"We must distinguish between protecting our borders and widening the occupation," said an '
                   'Israeli activist.') == []
    assert [e.plover for e in _events("Israel expanded the occupation of the West Bank.")] == ["COERCE"]


def test_a_response_made_is_an_act_and_one_promised_a_threat(nlp):
    events = _events('India\'s army said Pakistani troops opened small-arms fire on posts in the Keran sector '
                     'overnight, and that Indian forces "responded appropriately."')
    responded = next(e for e in events if e.trigger == "responded appropriately")
    assert responded.plover == "ASSAULT"
    events = _events("India warned it would respond appropriately to any attack.")
    assert [e.plover for e in events] == ["THREATEN"]


def test_a_community_leader_is_no_government(nlp):
    events = _events("A local community leader was beheaded in Macomia, Mozambique.")
    assert [a.sector for e in events for a in e.target] == ["CVL"]


def test_men_abducted_to_be_recruited_are_not_the_recruiters(nlp):
    events = _events("Several young men were abducted in Macomia, apparently to be recruited as fighters, he said.")
    recruited = next(e for e in events if e.trigger == "recruited")
    assert not recruited.source


def test_a_unit_defending_an_area_and_an_encirclement_avoided_are_no_events(nlp):
    events = _events("A spokesman for the Ukrainian brigade defending the area said troops had withdrawn from "
                     "positions to avoid encirclement.")
    assert [e.plover for e in events] == ["RETREAT"]


def test_those_who_say_what_a_claimer_is_did_not_claim(nlp):
    events = _events("Three Indian soldiers were killed when suspected militants ambushed an army vehicle in Poonch. "
                     "The People's Anti-Fascist Front, a group that Indian security officials say is a front for "
                     "the Pakistan-based Jaish-e-Mohammed, claimed responsibility in a statement.")
    killed = next(e for e in events if e.trigger == "killed")
    assert "IND" not in _countries(killed.source)


def test_a_minister_who_spoke_to_his_foreign_counterpart_is_not_of_that_country(nlp):
    events = _events("ACCRA (Reuters) - Ghana condemned the strike. Foreign Minister Kwabena Ofori-Atta told "
                     "reporters in Accra that he had spoken to his Togolese counterpart.")
    spoken = next(e for e in events if e.trigger == "spoken")
    assert _countries(spoken.source) == {"GHA"} and _countries(spoken.target) == {"TGO"}


def test_a_cabinet_meeting_is_no_meeting_between_parties(nlp):
    events = _events('"We will not tolerate this," Foreign Minister Rasa Vaitkute of Lithuania told reporters after '
                     'a cabinet meeting.')
    assert not [e for e in events if e.plover == "CONSULT"], _kinds(events)


def test_patrol_vessels_promised_to_a_coast_guard_are_military_aid(nlp):
    events = _events("Morimoto announced that Japan would provide the Philippine coast guard with five patrol vessels.")
    assert [(e.plover, e.cameo) for e in events] == [("AGREE", "033")]
    assert _countries(events[0].target) == {"PHL"}


def test_forces_defending_against_militias_reject_nothing(nlp):
    events = _events("Rwanda says its forces are defending against Hutu militias that operate in Congo.")
    assert not [e for e in events if e.plover in ("REJECT", "SUPPORT")], _kinds(events)


def test_a_reporters_question_is_no_event(nlp):
    events = _events("Asked about the deal at a regular briefing, Chinese foreign ministry spokeswoman Li Jiaying said "
                     "cooperation between countries should not target or harm the interests of third parties.")
    assert events == [], _kinds(events)


def test_a_practice_of_detaining_is_its_owners(nlp):
    events = _events("Iran's practice of detaining foreign nationals is cruel, the British foreign secretary said.")
    detaining = next(e for e in events if e.trigger == "detaining")
    assert _countries(detaining.source) == {"IRN"}


def test_visiting_ministers_are_not_the_hosts(nlp):
    events = _events("TBILISI (Reuters) - Georgia's government rejected the criticism. The foreign ministry summoned "
                     "the Estonian and Swedish ambassadors, accusing the visiting ministers of meeting only with the "
                     "opposition.")
    accusing = next(e for e in events if e.trigger == "accusing")
    assert "GEO" not in _countries(accusing.target)


def test_a_ban_to_be_lifted_is_no_ban_imposed(nlp):
    events = _events("South Korea will lift its 12-year-old ban on seafood imports from Japan.")
    assert [e.plover for e in events] == ["CONCEDE"], _kinds(events)


def test_a_ban_challenged_in_court_is_anothers(nlp):
    assert _events("Japan challenged the ban at the World Trade Organization.") == []


def test_a_defence_force_is_a_military(nlp):
    events = _events("Gunmen fired at a Guyana Defence Force patrol on the Cuyuni river.")
    assert [a.code for a in events[0].target] == ["GUYMIL"]


def test_a_reporters_question_is_no_request_but_a_court_asked_is(nlp):
    events = _events("Arevalo accused prosecutors of attempting a coup after they asked a court to suspend his party.")
    assert [e for e in events if e.trigger == "asked"]


def test_a_storm_whose_wake_brings_aid_kills_no_one_by_intent(nlp):
    events = _events("Australia delivered emergency supplies to Solomon Islands in the wake of Cyclone Nalu, which "
                     "tore through the eastern provinces on the weekend, killing at least 23 people.")
    assert [e.plover for e in events] == ["AID"], _kinds(events)


def test_an_embassy_is_its_countrys_and_speaks_for_it(nlp):
    events = _events("The U.S. Embassy in Harare said on its website that it was deeply concerned by the arrest and "
                     "called for Mupfumira's immediate release.")
    called = next(e for e in events if e.plover == "REQUEST")
    assert _countries(called.source) == {"USA"}


def test_a_candidates_support_in_the_polls_is_no_support_given(nlp):
    events = _events("LIMA, Jan 19 (Reuters) - Peru's top electoral court on Monday disqualified former governor Rosa "
                     "Quispe from April's presidential election.\n\nThe court voted 4-1 to uphold a lower tribunal's "
                     "ruling striking Quispe from the ballot. She had been leading most opinion polls with about 19% "
                     "support in a crowded field of more than 30 candidates.")
    assert not [e for e in events if e.plover == "SUPPORT"], _kinds(events)


def test_a_roadblock_where_someone_was_detained_is_no_blockade(nlp):
    events = _events("Mupfumira was detained at a roadblock outside the city of Gweru in Zimbabwe.")
    assert [e.plover for e in events] == ["COERCE"], _kinds(events)


def test_protests_an_arrest_set_off_are_the_crowds_and_the_arrest_is_of_the_one_named(nlp):
    events = _events("The removal and arrest of former President Pedro Castillo in December 2022 triggered months "
                     "of protests in Peru.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert all(a.sector == "CVL" for a in protest.source)
    arrest = next(e for e in events if e.trigger == "arrest")
    assert [a.text for a in arrest.target] == ["former President Pedro Castillo"]


def test_speaking_to_thousands_of_supporters_is_no_meeting(nlp):
    events = _events("Chanda, speaking to thousands of cheering supporters in Lusaka, Zambia, called on the president "
                     "to concede.")
    assert not [e for e in events if e.plover == "CONSULT"], _kinds(events)


def test_armed_men_attacking_a_rivals_agents_is_violence(nlp):
    events = _events("Police said a group of men armed with machetes and sticks attacked agents of a rival candidate "
                     "in Narsingdi, Bangladesh.")
    assert [e.plover for e in events] == ["ASSAULT"]


def test_hacked_to_death_is_a_killing(nlp):
    events = _events("A polling agent, Rakibul Hasan, was hacked to death outside a school in Narsingdi, Bangladesh.")
    assert [(e.plover, e.cameo) for e in events] == [("ASSAULT", "180")]


def test_protests_that_topple_a_government_are_no_assault(nlp):
    events = _events("Mass protests led by students in August toppled the government of Sheikh Hasina in Bangladesh.")
    assert not [e for e in events if e.plover == "ASSAULT"], _kinds(events)
    assert [e.plover for e in _events("The army toppled the elected government of Niger in a coup.")] == ["ASSAULT"]


def test_an_ore_mine_is_no_landmine(nlp):
    events = _events("Three villagers were killed when police opened fire on a crowd protesting against the expansion "
                     "of an iron ore mine in Odisha, India.")
    killed = next(e for e in events if e.trigger == "killed")
    assert killed.acled != "Remote explosive/landmine/IED"
    events = _events("Two soldiers were killed when their vehicle hit a mine in Mali.")
    assert [e.acled for e in events] == ["Remote explosive/landmine/IED"]


def test_abusing_immunities_beats_no_one(nlp):
    events = _events("Ecuador's government said Mexico had abused the immunities of its embassy by granting asylum "
                     "to a convicted politician.")
    assert not [e for e in events if e.plover == "ASSAULT"], _kinds(events)


def test_migrants_forced_back_after_a_long_object_are_pushed_back(nlp):
    events = _events("Polish border guards forced a group of about 40 migrants, including at least eight children, "
                     "back across the frontier into Belarus.")
    assert [(e.plover, e.cameo) for e in events] == [("COERCE", "174")]


def test_a_school_named_after_the_government_is_no_government(nlp):
    events = _events("Armed bandits stormed Government Day Secondary School in Zamfara State and abducted 23 students.")
    assert not any(a.sector == "GOV" for e in events for a in e.target), [
        (e.trigger, [a.code for a in e.target]) for e in events]


def test_people_killed_when_a_bus_fell_into_a_ditch_died_in_an_accident(nlp):
    assert _events("At least 17 people were killed and 25 others injured when a passenger bus fell into a roadside "
                   "ditch in Madaripur, Bangladesh.") == []
    events = _events("At least 17 people were killed when a mortar shell fell on the market in Gao, Mali.")
    assert [e.plover for e in events] == ["ASSAULT"]


def test_the_foreign_ministry_of_a_story_is_the_home_countrys(nlp):
    events = _events("TBILISI (Reuters) - Georgia's government rejected the criticism. The foreign ministry summoned "
                     "the Estonian ambassador.")
    summoned = next(e for e in events if e.trigger == "summoned")
    assert _countries(summoned.source) == {"GEO"}
    events = _events("PARIS (Reuters) - Western diplomats said the talks had failed. Foreign officials urged calm.")
    assert all(not a.country for e in events for a in e.source if "Foreign" in (a.text or ""))
