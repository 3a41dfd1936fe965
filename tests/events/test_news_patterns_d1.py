"""Event rules for patterns met reading whole news articles (tenth set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import coded_mentions as _mentions
from tests.events.news_helpers import codes as _codes
from tests.events.news_helpers import countries as _countries
from tests.events.news_helpers import with_trigger as _with

# --- a capital inside a person's name is no state ----------------------------------------------------

def test_a_capital_opening_a_persons_name_is_not_that_state(nlp):
    events = _events("NAIROBI, Kenya - Interior Secretary Aden Mohamed has ordered the police to guard "
                     "polling stations in Garissa.")
    ordered = _with(events, "ordered")
    assert ordered and "YEM" not in _countries(ordered[0].source)


def test_a_capital_ending_a_persons_name_is_not_that_state(nlp):
    events = _events("OUAGADOUGOU, Burkina Faso - The Minister of Security, Issoufou Sana, said the army had "
                     "foiled a plot against the transition.")
    assert events and all("YEM" not in _countries(e.source) | _countries(e.target) for e in events)


def test_a_capital_alone_still_names_its_government(nlp):
    events = _events("Aden accused Riyadh of abandoning the coalition.")
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].target) == {"SAU"}


# --- talks with a visitor: the host is not of the visitor's country ----------------------------------

def test_a_host_with_a_bare_title_is_not_of_the_visiting_leader_country(nlp):
    events = _events("Prime Minister Tran Van Long held talks with visiting Laotian Prime Minister Sone "
                     "Phomvihane on Monday.")
    talks = _with(events, "held talks")
    assert talks and "LAO" in _countries(talks[0].target)
    assert "LAO" not in _countries(talks[0].source)


def test_a_host_under_a_stamp_line_and_a_dateline_takes_the_dateline_country(nlp):
    events = _events("Leaders pledge closer ties\n\nPublished: Monday, 10/03/2025 09:15\n\n"
                     "Hanoi, March 10 (Wire) - Prime Minister Tran Van Long held talks with visiting Laotian "
                     "Prime Minister Sone Phomvihane on Monday.")
    talks = _with(events, "held talks")
    assert talks and _countries(talks[0].source) == {"VNM"}


# --- "the national government" is the story's own state's ------------------------------------------

def test_the_national_government_is_not_the_foreign_state_named_just_before(nlp):
    events = _events("POSADAS, Argentina - Rebels attacked three villages near the border on Friday. Some "
                     "families fled across "
                     "the border into Brazil. The provincial governor asked the national government to send "
                     "troops and food.")
    asked = _with(events, "asked")
    assert asked and _countries(asked[0].target) == {"ARG"}


# --- a denial with no charge answers those the denied act was done to --------------------------------

def test_a_denial_answers_the_state_the_denied_act_was_done_to(nlp):
    events = _events("The Greek coast guard said Turkish patrol boats opened fire on its vessel near "
                     "Lesbos. Turkey's navy denied that its boats had fired.")
    denied = _with(events, "denied")
    assert denied and _countries(denied[0].target) == {"GRC"}


def test_a_denial_at_home_takes_no_target_from_the_act(nlp):
    events = _events("Officers arrested forty students in Lagos on Monday, the Nigerian police said. The "
                     "police denied beating them.")
    denied = _with(events, "denied")
    assert denied and not denied[0].target


def test_a_subject_hung_on_the_auxiliary_is_still_the_accuser(nlp):
    events = _events("Greece has, within hours and without any evidence, blamed Turkey for the fire.")
    blamed = _with(events, "blamed")
    assert blamed and _countries(blamed[0].source) == {"GRC"}


def test_a_charge_after_a_closing_quote_is_a_comment_not_the_denial_object(nlp):
    events = _events('The minister accused Serbia of "arming the militias," a charge Belgrade denies.')
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].target) == {"SRB"}
    denied = _with(events, "denies")
    assert not denied or "SRB" not in _countries(denied[0].target)


# --- a vowed response answers the act just told ------------------------------------------------------

def test_a_promised_response_answers_the_attack_just_told(nlp):
    events = _events("KYIV - Ukrainian drones struck an oil refinery in Syzran overnight. Russia said it downed "
                     "40 drones and promised a response.")
    promised = _with(events, "promised")
    assert promised and _countries(promised[0].target) == {"UKR"}


def test_a_response_to_a_named_thing_is_not_aimed_at_the_last_attacker(nlp):
    events = _events("KYIV - Ukrainian drones struck an oil refinery in Syzran overnight. Russia promised a "
                     "response to the letter from the United Nations.")
    promised = _with(events, "promised")
    assert not promised or "UKR" not in _countries(promised[0].target)


# --- a blocked path is the boat's, not the population's ----------------------------------------------

def test_a_path_blocked_is_not_the_population_of_the_place(nlp):
    events = _events("Chinese coast guard ships fired water cannon at a Philippine supply boat and blocked "
                     "its path near the shoal on Saturday.")
    blocked = _with(events, "blocked")
    assert blocked and "CHNCVL" not in _codes(blocked[0].target)


# --- troops airlifted are deployed; relief airlifted is aid ------------------------------------------

def test_troops_airlifted_are_a_deployment(nlp):
    events = _events("Peru's defence ministry said it had airlifted 300 commandos to the Vraem valley.")
    airlifted = _with(events, "airlifted")
    assert airlifted and airlifted[0].plover == "MOBILIZE"


def test_relief_airlifted_stays_aid_beside_troops_airlifted(nlp):
    events = _events("The army airlifted 300 troops to the valley. The Red Cross airlifted food and blankets to "
                     "families cut off by the floods.")
    airlifted = _with(events, "airlifted")
    assert [e.plover for e in airlifted] == ["MOBILIZE", "AID"]


# --- the subject of a clause whose participle the parser took for it ---------------------------------

def test_soldiers_patrolling_somewhere_are_who_killed(nlp):
    events = _events("BOGOTA - Soldiers patrolling near the village of La Gabarra came under fire and killed four "
                     "suspected rebels on Sunday.")
    killed = _with(events, "killed")
    assert killed and {a.sector for a in killed[0].source} == {"MIL"}


# --- where someone was taken is not the scene -----------------------------------------------------

def test_the_country_someone_was_taken_to_gives_the_kidnapper_no_country(nlp):
    events = _events("CULIACAN, Mexico - The Mexican cartel boss said he was kidnapped by Joaquin Perez Ruiz and "
                     "taken to the United States against his will. Mexican soldiers patrolled the city on Monday.")
    kidnapped = _with(events, "kidnapped")
    assert kidnapped and "USA" not in _countries(kidnapped[0].source)


# --- a warning of a hardship is no threat ------------------------------------------------------------

def test_a_warning_of_starvation_on_a_day_is_no_threat(nlp):
    events = _events("Dozens of aid agencies warned on Tuesday of mass starvation spreading across northern Darfur.")
    assert not [e for e in events if e.plover == "THREATEN"]


# --- "his forces" after one person of an armed group are the group's -----------------------------

def test_his_fighters_after_a_commander_of_a_group_are_the_group(nlp):
    events = _events("A Hezbollah commander said his fighters had fired rockets at an Israeli army post.")
    fired = [e for e in events if e.plover == "ASSAULT"]
    assert fired and any((a.code or "").endswith("HEZ") for a in fired[0].source)


def test_it_after_an_official_of_a_body_is_still_the_body(nlp):
    mentions = _mentions("A UN official said it would send aid.")
    it = [m for m in mentions if m.text == "it"]
    assert it and (it[0].actor.code or "").startswith("IGO")


# --- "the junta's chief" is the junta named long before, not the last state named -------------------

def test_the_juntas_chief_is_of_the_junta_named_long_before(nlp):
    mentions = _mentions("Three years after it seized power, Mali's military government controls less ground than "
                         "ever. French officials have pressed the rebels to stop. France wants calm. Paris brokered "
                         "talks in Algiers. French envoys met rebel leaders. French officials said the talks went "
                         "well. The junta's chief has promised a free vote.")
    chief = [m for m in mentions if m.text.startswith("The junta")]
    assert chief and chief[0].actor.country == "MLI"



# --- no meeting in "spoke of", no protest in "the protest movement" ---------------------------------

def test_speaking_of_a_figure_is_no_meeting(nlp):
    events = _events("Organisers counted 200,000 marchers in Belgrade; the interior ministry spoke of barely 40,000.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_speaking_with_a_leader_about_a_thing_is_still_a_meeting(nlp):
    events = _events("The Hungarian prime minister spoke with the Russian president about gas supplies.")
    assert [e for e in events if e.plover == "CONSULT"]


def test_the_protest_movement_named_is_no_protest(nlp):
    events = _events("Nothing in the report absolves the protest movement of its own failings.")
    assert not [e for e in events if e.plover == "PROTEST"]


# --- a road named after someone is not that person -----------------------------------------------

def test_a_junction_named_after_a_leader_is_not_the_leader(nlp):
    mentions = _mentions("ISLAMABAD - Police and protesters fought at Burhan interchange. Later, the security forces "
                         "cleared the motorway.")
    assert all(m.actor.country != "SDN" for m in mentions)


def test_the_leader_named_alone_is_still_the_leader(nlp):
    mentions = _mentions("Sudan's army chief Abdel Fattah al-Burhan said the war would go on. Burhan flew to Cairo.")
    assert [m for m in mentions if m.text == "Burhan" and m.actor.country == "SDN"]


def test_wounded_soldiers_airlifted_are_no_deployment(nlp):
    events = _events("Two of the wounded soldiers were airlifted to the capital and were in stable condition.")
    assert not [e for e in events if e.plover == "MOBILIZE"]


# --- civilians fleeing are displaced, no retreat ----------------------------------------------------

def test_civilians_fleeing_to_a_town_are_no_retreat(nlp):
    events = _events("About 3,000 people have fled to Gusau town, where they are sheltering in schools.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_protest_beside_the_protest_movement_is_still_a_protest(nlp):
    events = _events("Nothing absolves the protest movement of its failings. Thousands of students staged a protest "
                     "in Belgrade on Saturday.")
    assert [e for e in events if e.plover == "PROTEST"]


# --- cooperation ended with someone is aimed at them -------------------------------------------------

def test_ending_military_cooperation_with_a_state_is_aimed_at_it(nlp):
    events = _events("Burkina Faso ended its military cooperation with France on Tuesday.")
    ended = [e for e in events if e.plover == "SANCTION"]
    assert ended and _countries(ended[0].target) == {"FRA"}


def test_suspending_cooperation_with_a_state_is_aimed_at_it(nlp):
    events = _events("Niger suspended security cooperation with the United States on Sunday.")
    suspended = [e for e in events if e.plover == "SANCTION"]
    assert suspended and _countries(suspended[0].target) == {"USA"}


# --- a claim's own place and its makers ---------------------------------------------------------------

def test_the_place_inside_a_rejected_claim_is_not_where_it_was_rejected(nlp):
    events = _events("ISLAMABAD - Pakistan's foreign ministry rejected the claim that its aircraft had bombed "
                     "villages in Khost province.")
    rejected = _with(events, "rejected")
    assert rejected and (rejected[0].place is None or rejected[0].place.country != "AFG")


def test_officials_in_a_capital_who_made_a_claim_are_that_states(nlp):
    events = _events("ISLAMABAD - Pakistan's foreign ministry rejected the claims made by officials in Kabul "
                     "about the border clashes.")
    rejected = _with(events, "rejected")
    assert rejected and _countries(rejected[0].target) == {"AFG"}


# --- "the army" a minister announces is the minister's own -------------------------------------------

def test_the_army_a_minister_announces_is_his_states(nlp):
    mentions = _mentions("The Syrian army has deployed along the border. Turkey's defence minister said on Monday that "
                         "the army would hold its positions in the area.")
    army = [m for m in mentions if m.text == "the army"]
    assert army and army[0].actor.country == "TUR"


def test_the_army_a_foreign_minister_criticises_stays_the_one_named(nlp):
    mentions = _mentions("Mali's junta said the army had killed 20 militants. A French minister said the army had "
                         "committed abuses.")
    army = [m for m in mentions if m.text == "the army"]
    assert army and army[-1].actor.country == "MLI"


def test_banners_signed_by_a_faction_are_no_agreement(nlp):
    events = _events("Two bodies were found by the road; banners left beside them, signed by one of the gangs, "
                     "warned rivals to stay away.")
    assert not [e for e in events if e.plover == "SUPPORT"]


# --- a byline the cleaner removes still says where the story is filed from ------------------------------

def test_a_byline_with_a_capital_gives_the_story_its_home(nlp):
    events = _events("Envoy summoned over border killing\n\nDiplomatic Correspondent | Dhaka | Published: 14 January "
                     "2025, 09:10 PM\n\nThe foreign ministry today summoned the Indian high commissioner over the "
                     "killing of a Bangladeshi teenager by India's Border Security Force. Border Guard Bangladesh said "
                     "the boy was unarmed. Indian officials said the boy was a smuggler.")
    summoned = _with(events, "summoned")
    assert summoned and _countries(summoned[0].source) == {"BGD"}


def test_a_ministry_that_summons_an_envoy_is_not_of_the_envoys_country(nlp):
    events = _events("The foreign ministry summoned the Indian high commissioner on Monday. India's foreign ministry "
                     "said India would reply, and Indian officials defended India's border force.")
    summoned = _with(events, "summoned")
    assert summoned and "IND" not in _countries(summoned[0].source)


def test_the_victims_of_a_foreign_attacker_are_not_of_its_country(nlp):
    events = _events("BEIRUT - Lebanon's health ministry gave a new toll on Monday. Israeli strikes killed at least 12 "
                     "people across the south overnight.")
    killed = _with(events, "killed")
    assert killed and "ISR" not in _countries(killed[0].target)


def test_a_roundup_of_the_news_is_no_arrest(nlp):
    events = _events("Here is a roundup of the main developments in the region on Tuesday.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_a_terminal_named_in_two_words_is_no_person(nlp):
    mentions = _mentions("Ukrainian drones struck the Ust-Luga terminal overnight.")
    assert not [m for m in mentions if m.actor.kind == "person"]


def test_those_charged_in_an_absolute_clause_are_the_accused(nlp):
    events = _events("MINSK - The interior ministry said 300 people had been detained, many of them charged with "
                     "organising mass riots.")
    charged = _with(events, "charged")
    assert charged and {a.sector for a in charged[0].source} == {"JUD"}
    assert "CVL" in {a.sector for a in charged[0].target}


def test_a_ships_name_is_no_person(nlp):
    mentions = _mentions("A Chinese coast guard ship fired water cannon at the fisheries vessel BRP Datu Tamblot "
                         "Sanday near the shoal.")
    assert not [m for m in mentions if m.actor.kind == "person"]


def test_members_of_a_force_sent_are_no_target_of_the_promise(nlp):
    events = _events("Brazil's president agreed on Monday to send 5,000 members of the National Force to the "
                     "northern border.")
    agreed = _with(events, "agreed")
    assert agreed and not any(a.sector in ("MIL", "COP") for a in agreed[0].target)


def test_a_parliament_ratifying_a_treaty_with_a_state_is_not_that_states(nlp):
    events = _events("The parliament ratified the border treaty with Peru on Tuesday.")
    ratified = _with(events, "ratified")
    assert ratified and "PER" not in _countries(ratified[0].source)


def test_where_a_rights_group_is_based_is_not_where_police_act(nlp):
    events = _events("SANANDAJ, Iran - Crowds gathered outside the prison. Hengaw, a Norway-based rights group, said "
                     "police used tear gas to disperse the crowd and arrested five people.")
    arrested = _with(events, "arrested")
    assert arrested and "NOR" not in _countries(arrested[0].source)


def test_forces_deployed_to_a_town_keep_their_country(nlp):
    events = _events("REYNOSA, Mexico - By Tuesday night, the National Guard and the Army had deployed 300 more troops "
                     "to Reynosa.")
    deployed = _with(events, "deployed")
    assert deployed and all(a.country == "MEX" for a in deployed[0].source)


# --- a measure announced with its start set is taken, no threat ----------------------------------

def test_tariffs_announced_effective_a_set_time_are_a_sanction_taken(nlp):
    events = _events("OTTAWA - The minister announced that Canada will impose 25 per cent tariffs on goods imported "
                     "from the United States, effective midnight on May 10, 2024.")
    assert [e for e in events if e.plover == "SANCTION"] and not [e for e in events if e.plover == "THREATEN"]


def test_tariffs_promised_if_talks_fail_stay_a_threat(nlp):
    events = _events("OTTAWA - Canada will impose tariffs on American goods if the talks fail, the minister said.")
    assert [e for e in events if e.plover == "THREATEN"] and not [e for e in events if e.plover == "SANCTION"]


def test_a_legislature_ousting_a_government_is_no_assault(nlp):
    events = _events("The National Assembly ousted the government on Wednesday.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_soldiers_ousting_a_president_stay_a_coup(nlp):
    events = _events("Soldiers ousted the president in a coup on Wednesday.")
    assert [e for e in events if e.plover == "ASSAULT"]
