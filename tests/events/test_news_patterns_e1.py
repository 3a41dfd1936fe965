"""Event rules for patterns met reading whole news articles (eleventh set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries
from tests.events.news_helpers import with_trigger as _with

# --- "the country" is not a country named in passing in a list ---------------------------------------

LISTED = ("MAPUTO, Mozambique - Police fired tear gas at opposition supporters in the capital on Thursday. "
          "The closure of the Ressano Garcia crossing has disrupted trade with South Africa, Eswatini and "
          "Zimbabwe. The opposition leader warned that his supporters would paralyse the country. On Friday, "
          "the Minister of the Interior promised that any officer who broke the law would be punished.")


def test_the_country_is_not_the_last_of_a_list_of_trade_partners():
    events = _events(LISTED)
    warned = _with(events, "warned")
    assert warned and "ZWE" not in _countries(warned[0].target)


def test_an_unnamed_minister_after_a_list_of_partners_is_the_storys_own():
    events = _events(LISTED)
    promised = _with(events, "promised")
    assert promised and _countries(promised[0].source) == {"MOZ"}


def test_the_country_after_a_single_country_named_is_still_that_country():
    events = _events("Protests spread across Zimbabwe on Monday. The opposition leader warned that his "
                     "supporters would paralyse the country.")
    warned = _with(events, "warned")
    assert warned and _countries(warned[0].target) == {"ZWE"}


# --- accidents told with "and" ---------------------------------------------------------------------------

def test_a_structure_that_collapsed_and_killed_people_is_no_attack():
    events = _events("The roof of the market hall collapsed on Monday and killed 14 traders.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_fighters_who_stormed_a_base_and_killed_soldiers_still_attacked():
    events = _events("Rebels stormed the base on Monday and killed 14 soldiers.")
    assert _with(events, "killed") and _with(events, "killed")[0].plover == "ASSAULT"


# --- responses by other means than force -----------------------------------------------------------------

def test_responding_to_a_coup_with_measures_is_no_retaliation():
    events = _events("The regional bloc responded to the attack in Niger with its toughest measures yet.")
    assert not [e for e in events if e.trigger == "responded"]


def test_responding_to_a_rocket_attack_with_air_strikes_is_retaliation():
    events = _events("Israel responded to the rocket attack with air strikes on Gaza.")
    responded = _with(events, "responded")
    assert responded and responded[0].plover == "ASSAULT"


def test_the_means_of_a_response_names_no_target_of_the_act_responded_to():
    events = _events("ECOWAS responded to the Niger coup with its toughest measures yet.")
    coup = _with(events, "coup")
    assert coup and not any(a.code and a.code.startswith("IGO") for a in coup[0].target)


# --- a mission sent by a bloc ---------------------------------------------------------------------------

def test_a_missions_announced_deployment_is_no_threat_to_the_host():
    events = _events("EUFOR Althea announced on Tuesday that it would deploy part of its reserve forces to "
                     "Bosnia and Herzegovina.")
    deploy = _with(events, "deploy")
    assert deploy and deploy[0].plover == "MOBILIZE" and deploy[0].modality == "intended"
    assert any(a.code and a.code.startswith("IGOEUR") for a in deploy[0].source)


def test_a_states_announced_troops_sent_abroad_stay_a_threat():
    events = _events("Russia said it would send troops to Belarus.")
    assert [e for e in events if e.plover == "THREATEN"]


# --- names that are no places ---------------------------------------------------------------------------

def test_the_federation_is_no_place_abroad():
    events = _events("We also say clearly to politicians in the Federation: this is not the moment for rallies "
                     "in front of the Presidency building.")
    assert events and all(e.place is None or e.place.country != "AUS" for e in events)


def test_a_foreign_namesake_named_once_in_a_local_story_is_dropped():
    events = _events("BAMENDA, Cameroon - Separatist fighters attacked a checkpoint in Bamenda on Monday. "
                     "Soldiers in Kumba, Ndop and Buea were put on alert, and a curfew was imposed in Limbe. On "
                     "Tuesday, suspected militants abducted six civilians from a hamlet near Mozogo "
                     "(Mayo-Tsanaga department), close to the border with Nigeria.")
    abducted = _with(events, "abducted")
    assert abducted and "IRL" not in _countries(abducted[0].source) | _countries(abducted[0].target)


def test_a_one_word_place_after_out_of_is_a_place_not_a_person():
    events = _events("Russian troops pulled out of Kherson in November.")
    pulled = _with(events, "pulled out")
    assert pulled and _countries(pulled[0].target) == {"UKR"}


# --- blocking and blasts ----------------------------------------------------------------------------------

def test_blocking_others_efforts_is_a_veto_not_a_blockade():
    events = _events("Russia blocked British efforts to end the starvation of Sudanese children.")
    blocked = _with(events, "blocked")
    assert blocked and blocked[0].plover == "REJECT"


def test_protesters_blocking_a_road_stay_a_blockade():
    events = _events("Protesters blocked the main road to the airport on Monday.")
    blocked = _with(events, "blocked")
    assert blocked and blocked[0].plover == "PROTEST"


def test_blasts_from_coast_guard_vessels_are_theirs():
    events = _events("The fisheries vessel was struck by two high-pressure blasts from Chinese coast guard ships.")
    # one act: the blasts in the "by" phrase are the striking's means, and name its doer
    (hit,) = [e for e in events if e.plover == "ASSAULT"]
    assert _countries(hit.source) == {"CHN"}


# --- trade measures ---------------------------------------------------------------------------------------

def test_tariffs_unveiled_are_a_sanction():
    events = _events("The White House unveiled new tariffs on Canadian steel on Monday.")
    unveiled = _with(events, "unveiled")
    assert unveiled and unveiled[0].plover == "SANCTION" and _countries(unveiled[0].target) == {"CAN"}


def test_a_levy_announced_on_a_blocs_goods_is_a_sanction():
    events = _events("The president announced a 20 per cent levy on goods from the EU.")
    announced = _with(events, "announced")
    assert announced and announced[0].plover == "SANCTION"


def test_countermeasures_suspended_against_a_state_are_eased_for_it():
    events = _events("The EU suspended its countermeasures against the United States for 90 days.")
    assert not [e for e in events if e.plover == "REJECT"]
    eased = [e for e in events if e.cameo == "085"]
    assert eased and _countries(eased[0].target) == {"USA"}


def test_rates_suspended_are_eased_not_imposed():
    events = _events("Ankara suspended the higher rates on American cars for 90 days.")
    suspended = _with(events, "suspended")
    assert suspended and suspended[0].cameo == "085"


def test_a_country_left_out_of_an_easing_is_not_its_target():
    events = _events("Washington suspended the higher rates for most partners, but not for China.")
    assert all("CHN" not in _countries(e.target) for e in events)


# --- negation over a list ---------------------------------------------------------------------------------

def test_no_before_a_list_negates_each_noun():
    events = _events("No opposition activity, arrests or protests were reported in the capital on Friday.")
    assert events and all(e.modality == "negated" for e in events)


def test_a_noun_with_its_own_article_after_no_is_not_negated():
    events = _events("There were no injuries and the protests ended peacefully on Friday.")
    protests = _with(events, "protests")
    assert protests and protests[0].modality == "asserted"


# --- offences and attributions -----------------------------------------------------------------------------

def test_calls_to_overthrow_in_a_charge_are_the_offence_not_an_act():
    events = _events("A court sentenced the journalist to eight years in prison on charges of public calls "
                     "to overthrow the constitutional order.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_attack_attributed_to_a_group_is_an_accusation_of_the_group():
    events = _events("The government attributed the massacre to the 3R armed group on Sunday.")
    attributed = _with(events, "attributed")
    assert attributed and attributed[0].plover == "ACCUSE"
    assert not [e for e in events if e.plover == "ASSAULT" and e.source and e.source[0].sector == "GOV"]


# --- the outlet's own interview -----------------------------------------------------------------------------

def test_we_spoke_to_a_named_person_is_an_interview_not_talks():
    events = _events("We spoke to Hana Woldemichael, a senior analyst at a research group, about the crisis.")
    assert not _with(events, "spoke")


def test_a_minister_quoting_talks_with_a_state_is_still_talks():
    events = _events('"We spoke to the Americans on Monday," the foreign minister said.')
    assert _with(events, "spoke")


# --- borders and dragging ---------------------------------------------------------------------------------

def test_someone_pulled_out_of_a_cab_is_no_withdrawal():
    events = _events('Farmers said officers "pulled him out of the cab by force" on the ring road.')
    assert not [e for e in events if e.plover == "RETREAT"]


# --- a threat that names no one continues the same side's statement --------------------------------------

def test_a_warning_after_an_appeal_to_a_state_is_aimed_at_that_state():
    events = _events("China's foreign ministry said Beijing opposes the arms sale and urged Washington to stop "
                     "arming Taiwan. A spokesperson warned that China would take resolute and forceful measures "
                     "to defend its sovereignty.")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN" and _countries(warned[0].target) == {"USA"}


def test_a_warning_takes_no_target_from_the_sides_own_people():
    events = _events("The government deported 40 citizens on Monday. The president warned that there would be "
                     "consequences.")
    warned = _with(events, "warned")
    assert not warned or not warned[0].target


def test_someone_frog_marched_to_a_market_is_no_march():
    events = _events("Witnesses said the two suspects were frog-marched to the market by a crowd.")
    assert not [e for e in events if e.plover == "PROTEST"]


# --- states listed after a plural noun ---------------------------------------------------------------------

def test_embassies_listed_by_their_states_are_those_states():
    events = _events("The Western embassies - the United States, Britain and France - urged Baghdad to hold the "
                     "vote on time.")
    urged = _with(events, "urged")
    assert urged and {"USA", "GBR", "FRA"} <= _countries(urged[0].source)


# --- a clause the parser joined with no "and" -------------------------------------------------------------

def test_a_killing_told_after_an_attack_noun_is_not_the_main_subjects():
    events = _events("Chad threatened in November to withdraw from the force after an attack on one of its bases "
                     "killed around 40 soldiers.")
    assert not [e for e in events if e.plover == "ASSAULT" and "TCD" in _countries(e.source)]


def test_gunmen_suspected_to_be_herdsmen_did_the_attack():
    events = _events("LAGOS, Nigeria - No fewer than 14 persons were killed on Wednesday night when gunmen suspected "
                     "to be herdsmen attacked a farming community in Plateau State.")
    attacked = _with(events, "attacked")
    assert attacked and attacked[0].source and attacked[0].source[0].sector != "CVL"


# --- a breach told by another party is its accusation --------------------------------------------------------

def test_a_ceasefire_breach_said_by_another_state_is_its_accusation():
    events = _events("Kyiv said Russia had violated the ceasefire.")
    violated = _with(events, "violated")
    assert violated and violated[0].plover == "ACCUSE"
    assert _countries(violated[0].source) == {"UKR"} and _countries(violated[0].target) == {"RUS"}


def test_a_breach_told_by_the_reporter_stays_a_defiance():
    events = _events("A newspaper has violated a ban by the general.")
    violated = _with(events, "violated")
    assert violated and violated[0].plover == "REJECT"


# --- statements rejected, delegations received, warnings of a response --------------------------------------

def test_a_statement_rejected_answers_whoever_made_it():
    events = _events("Argentina on Wednesday demanded that Venezuela immediately release an Argentine police "
                     "officer. Hours later, Venezuela's Foreign Ministry rejected the statement as unacceptable "
                     "interference.")
    rejected = _with(events, "rejected")
    assert rejected and _countries(rejected[0].target) == {"ARG"}


def test_a_delegation_from_a_group_received_is_the_group():
    events = _events("Egypt on Monday received a high-level delegation from the Palestinian Hamas movement in Cairo "
                     "for talks on a new proposal.")
    received = _with(events, "received")
    assert received and any(a.code and a.code.startswith("PSE") for a in received[0].target)


def test_a_warning_of_a_response_answers_the_act_just_told():
    events = _events("Britain imposed new sanctions on Iran's central bank on Thursday. Tehran called the move "
                     "illegal and warned of a response.")
    warned = _with(events, "warned")
    assert warned and _countries(warned[0].target) == {"GBR"}


# --- words fired off, attention occupied, enemies neutralised ------------------------------------------------

def test_accusations_fired_off_are_no_shooting():
    events = _events("Its leaders fired off a salvo of accusations within hours of the clashes.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_rockets_fired_are_still_an_attack():
    events = _events("Troops fired a salvo of rockets at the village.")
    assert [e for e in events if e.plover == "ASSAULT"]


def test_enemies_a_police_force_says_it_neutralised_were_its_kills():
    events = _events("PORT-AU-PRINCE, Haiti - The National Police of Haiti gave a lower figure and said four gang "
                     'members had been "neutralised".')
    neutralised = _with(events, "neutralised")
    assert neutralised and neutralised[0].source and neutralised[0].source[0].sector == "COP"


# --- a group's forces, a target hit with weapons ---------------------------------------------------------------

def test_the_groups_naval_forces_are_the_group():
    events = _events("The Houthis' spokesman said the group's naval forces had attacked a ship.")
    attacked = _with(events, "attacked")
    assert attacked and attacked[0].source and attacked[0].source[0].code == "YEMREBHTH"


def test_a_ship_targeted_with_missiles_is_an_attack_with_no_victim_named():
    events = _events("The Houthis' military spokesman said the group's naval forces had targeted the tanker "
                     "Stellar Orion in the Red Sea with a number of ballistic missiles and drones.")
    targeted = _with(events, "targeted")
    assert targeted and targeted[0].plover == "ASSAULT"


def test_a_campaign_targeting_voters_is_no_attack():
    events = _events("The campaign targeted young voters in the capital.")
    assert not [e for e in events if e.plover == "ASSAULT"]


# --- a ministry charging another state's organs ---------------------------------------------------------------

def test_a_ministry_that_accuses_another_states_police_is_not_that_states():
    events = _events("KABUL, Afghanistan - The Ministry of Refugees and Repatriation on Tuesday accused Pakistani "
                     "police of forcibly expelling refugees.")
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].source) == {"AFG"}


def test_a_ministry_at_home_may_still_accuse_its_own_police():
    events = _events("ISLAMABAD - The Interior Ministry accused Pakistani police of negligence.")
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].source) == {"PAK"}


def test_a_trend_attributed_to_a_policy_is_no_accusation():
    events = _events("She said homicides had fallen nationwide, a trend she attributed to her security strategy.")
    assert not [e for e in events if e.plover == "ACCUSE"]


# --- a roundup's headings and counts ---------------------------------------------------------------------------

def test_a_section_heading_is_no_event():
    events = _events("Weekly update\n\nDemonstrations\n\nNo demonstrations were recorded in the North-West this "
                     "week. Police arrested five students in Buea on Monday.")
    assert not [e for e in events if e.trigger == "Demonstrations"]
    assert _with(events, "arrested")


def test_kinds_of_events_counted_by_a_monitor_are_no_protest():
    events = _events("The monitor recorded 17 political violence and demonstration events in Cameroon during the week.")
    assert not [e for e in events if e.plover == "PROTEST"]


# --- an obligation is no pledge ------------------------------------------------------------------------------

def test_what_a_group_must_do_is_no_threat_or_pledge_of_its_own():
    events = _events("If the ELN wants to return to the negotiating table, it must first release every hostage "
                     "it holds, stop recruiting children and withdraw from the territories it has occupied.")
    assert not [e for e in events if e.plover in ("THREATEN", "AGREE")]
    release = _with(events, "release")
    assert release and release[0].modality == "hypothetical"


def test_a_pledge_with_will_stays_intended():
    events = _events("The rebels said they will release every hostage next week.")
    release = _with(events, "release")
    assert release and release[0].modality == "intended"


def test_a_weapon_denied_to_have_been_used_is_no_attack():
    events = _events("The interior ministry denied reports circulating on social media that live ammunition had "
                     "been used.")
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "asserted"]


def test_a_weapon_witnesses_say_was_used_is_still_an_attack():
    events = _events("Witnesses said live ammunition had been used against the crowd in Gafsa.")
    assert [e for e in events if e.plover == "ASSAULT"]


def test_a_navy_named_as_the_means_is_the_navy_named_before():
    events = _events("Last Tuesday, the Sri Lanka Navy arrested 32 Indian fishermen off Delft Island. In January, two "
                     "Indian fishermen were injured during a Navy operation in the same waters.")
    injured = _with(events, "injured")
    assert injured and _countries(injured[0].source) == {"LKA"}


def test_law_enforcers_who_fired_are_the_police():
    events = _events("DHAKA - A garment worker was killed yesterday when law enforcers fired rubber bullets and "
                     "teargas shells at protesting workers in Gazipur.")
    attacks = [e for e in events if e.plover == "ASSAULT"]
    assert attacks and all(e.source and e.source[0].sector == "COP" for e in attacks)
