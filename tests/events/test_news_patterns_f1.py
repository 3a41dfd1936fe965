"""Event rules for patterns met reading whole news articles (twelfth set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries
from tests.events.news_helpers import with_trigger as _with

# --- interviews printed as questions and answers ---------------------------------------------------------

INTERVIEW = ("INTERVIEW: the minister on the river dispute\n\n"
             "Accra, 3 March 2025\n\n"
             "Floods along the border have revived the dispute. We spoke to Kwame Mensah, Ghana's deputy minister "
             "of foreign affairs, at his office on Monday.\n\n"
             "Q: Has Togo answered your letter?\n\n"
             "A: Not yet. We have asked Togo to release the fishermen.\n\n"
             "Q: And if it does not?\n\n"
             "A: Then we will take the matter to the regional court.\n")


def test_the_we_of_an_answer_is_the_official_interviewed():
    asked = _with(_events(INTERVIEW), "asked")
    assert asked and _countries(asked[0].source) == {"GHA"} and _countries(asked[0].target) == {"TGO"}


def test_the_we_of_an_answer_given_by_an_analyst_is_nobody():
    text = INTERVIEW.replace("Kwame Mensah, Ghana's deputy minister of foreign affairs",
                             "Kwame Mensah, an analyst at a research institute in Accra")
    asked = _with(_events(text), "asked")
    assert not asked or not _countries(asked[0].source) & {"GHA"} or "speaker" not in asked[0].rule


def test_a_former_official_interviewed_does_not_speak_for_the_state():
    text = INTERVIEW.replace("Ghana's deputy minister", "Ghana's former deputy minister")
    asked = _with(_events(text), "asked")
    assert not asked or "speaker of the quote" not in asked[0].rule


def test_a_single_answer_like_line_is_not_an_interview():
    text = INTERVIEW.replace("Q: ", "").replace("A: Then", "Then")
    asked = _with(_events(text), "asked")
    assert not asked or "speaker of the quote" not in asked[0].rule


# --- whom a note is handed -------------------------------------------------------------------------------

def test_the_first_of_two_objects_of_handed_is_the_recipient():
    handed = _with(_events("Estonia's foreign ministry handed the Russian charge d'affaires a protest note "
                           "on Friday."), "protest note")
    assert handed and _countries(handed[0].source) == {"EST"} and _countries(handed[0].target) == {"RUS"}


def test_a_note_handed_to_an_envoy_still_names_the_envoy():
    handed = _with(_events("The Estonian ministry handed a protest note to the Russian ambassador."), "protest note")
    assert handed and _countries(handed[0].target) == {"RUS"}


# --- a verb that cannot agree with "we" ------------------------------------------------------------------

def test_a_singular_conjunct_goes_on_from_the_clause_before_not_from_we():
    events = _events("Somalia's minister said: We have ruled out any negotiation with al-Shabaab as long as it "
                     "remains linked to al-Qaeda and kills our people.")
    kills = _with(events, "kills")
    assert kills and not _countries(kills[0].source) - {"SOM"} and "REB" in (kills[0].source[0].code or "")


def test_a_plural_conjunct_still_goes_on_from_we():
    events = _events("Somalia's minister said: We pushed the militants out of the town and killed twelve of them.")
    attacks = [e for e in events if e.plover == "ASSAULT"]
    assert attacks and all(_countries(e.source) == {"SOM"} for e in attacks)


# --- one's own envoys --------------------------------------------------------------------------------------

def test_recalling_ones_ambassadors_to_states_is_aimed_at_those_states():
    recalled = [e for e in _events("Algeria responded by recalling its ambassadors to Mali and Niger.")
                if e.plover == "SANCTION"]
    assert recalled and _countries(recalled[0].target) == {"MLI", "NER"}


def test_expelling_a_foreign_ambassador_is_aimed_at_his_state_not_where_he_sits():
    expelled = _with(_events("Mali expelled the French ambassador in Bamako."), "expelled")
    assert expelled and _countries(expelled[0].target) == {"FRA"}


# --- an accusation rejected ------------------------------------------------------------------------------

def test_allegations_rejected_within_hours_answer_the_accuser():
    events = _events("Lithuania's foreign ministry accused Belarus of sending balloons. The Belarusian defence "
                     "ministry rejected the allegations within hours.")
    rejected = _with(events, "rejected")
    assert rejected and _countries(rejected[0].target) == {"LTU"}


# --- parties named like another country's ----------------------------------------------------------------

def test_christian_and_social_democrats_are_not_the_us_democratic_party():
    events = _events("BERLIN, 6 May 2025 - The new coalition of Christian Democrats and Social Democrats "
                     "ordered federal police to reinforce controls at the borders.")
    ordered = _with(events, "ordered")
    assert ordered and "USA" not in _countries(ordered[0].source)


def test_democrats_in_a_washington_story_are_still_the_us_party():
    events = _events("WASHINGTON - Democrats in the Senate blocked the spending bill on Tuesday.")
    assert any("USA" in _countries(e.source) for e in events)


# --- governments below the state ---------------------------------------------------------------------------

SUBNATIONAL = ("Hanover, 6 November 2025 - Germany's rail network was sabotaged on Tuesday. Moscow denied any "
               "role. The state government would increase police patrols along rail lines, the minister said.")


def test_a_state_government_is_the_home_countrys_not_the_last_foreign_one():
    events = _events(SUBNATIONAL)
    patrols = [e for e in events if "patrol" in e.trigger]
    assert patrols and _countries(patrols[0].source) == {"DEU"}


def test_a_bare_government_after_a_foreign_capital_named_as_subject_may_still_be_that_capitals():
    events = _events("Moscow denied any role on Tuesday. The government said the charges were absurd.")
    said = [e for e in events if _countries(e.source)]
    assert said and all(_countries(e.source) == {"RUS"} for e in said)


# --- parts of a body -----------------------------------------------------------------------------------------

def test_units_of_a_countrys_police_are_that_police():
    arrested = _with(_events("Units of the Kenyan police arrested a man in Mombasa on Monday."), "arrested")
    assert arrested and {a.code for a in arrested[0].source} == {"KENCOP"}


def test_units_of_a_country_alone_keep_their_own_sector():
    moved = [e for e in _events("Units of Kenya moved into the town and shelled rebel positions.")
             if e.plover == "ASSAULT"]
    assert moved and {a.code for a in moved[0].source} == {"KENMIL"}


# --- the Sahel confederation -------------------------------------------------------------------------------

def test_the_confederation_of_sahel_states_is_the_alliance():
    events = _events("The Confederation of Sahel States accused France of sponsoring terrorism.")
    accused = _with(events, "accused")
    assert accused and {a.code for a in accused[0].source} == {"IGOWAFAES"}


# --- a subject before a relative clause --------------------------------------------------------------------

def test_a_root_noun_with_a_relative_clause_is_the_subject_of_the_verb_after_the_comma():
    events = _events("The governments of Brazil and Colombia, which have tried to keep channels open to Caracas, "
                     "called on Wednesday for the detainees to be released.")
    called = _with(events, "called")
    assert called and _countries(called[0].source) == {"BRA", "COL"}


# --- words rejected name who said them -----------------------------------------------------------------------

def test_claims_dismissed_as_baseless_answer_who_made_them():
    events = _events("Nigeria's Ministry of Foreign Affairs on Thursday dismissed as baseless claims by Niger's "
                     "military authorities that Abuja was allowing French troops to operate.")
    dismissed = _with(events, "dismissed")
    assert dismissed and _countries(dismissed[0].target) == {"NER"}


def test_a_demand_rejected_answers_who_made_it():
    rejected = _with(_events("Kigali rejected the demand from the European Union."), "rejected")
    assert rejected and {a.code for a in rejected[0].target} == {"IGOEUREEC"}


def test_what_a_ministry_called_a_violation_answers_the_act_told_before():
    events = _events("Israeli jets struck army positions near Kisweh on Sunday. The Syrian Foreign Ministry "
                     "condemned what it called a flagrant violation of Syrian sovereignty.")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].target) == {"ISR"}


def test_what_a_ministry_called_a_violation_by_another_is_not_the_act_before():
    events = _events("Israeli jets struck army positions near Kisweh on Sunday. The Syrian Foreign Ministry "
                     "condemned what it called a violation by Turkey.")
    condemned = _with(events, "condemned")
    assert condemned and "ISR" not in _countries(condemned[0].target)


# --- where a story is filed, from a line of its own --------------------------------------------------------

def test_a_dateline_on_its_own_line_gives_the_home_country():
    events = _events("Clashes on the border\n\nKampala, 3 March 2025\n\nThe government condemned the attack on "
                     "Monday.\n")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].source) == {"UGA"}


def test_a_header_of_fields_with_a_date_gives_the_home_country():
    events = _events("PRESS RELEASE: Patrol fired upon\n\nMinistry of Internal Affairs | Pristina, 18.02.2025\n\n"
                     "The government condemned the attack on Monday.\n")
    condemned = _with(events, "condemned")
    assert condemned and {a.code for a in condemned[0].source} == {"KSVGOV"}


def test_a_byline_naming_two_countries_gives_no_home_country():
    events = _events("Clashes on the border\n\nBy Jane Doe, Nairobi | Kampala\n\nThe government condemned the "
                     "attack on Monday.\n")
    condemned = _with(events, "condemned")
    assert condemned and not _countries(condemned[0].source) & {"UGA", "KEN"}


# --- disarming ----------------------------------------------------------------------------------------------

def test_fighters_burning_their_rifles_disarm():
    events = _events("Around 30 fighters of the Kurdistan Workers' Party (PKK) burned their rifles near Dukan on Friday.")
    assert any(e.plover == "RETREAT" and e.cameo == "0873" for e in events)


def test_burning_a_village_is_no_disarming():
    events = _events("Militants burned a village near Dukan on Friday.")
    assert not any(e.cameo == "0873" for e in events)


# --- a note handed over is words -----------------------------------------------------------------------------

def test_a_note_handed_over_is_no_surrender():
    events = _events("The note, handed over at the foreign ministry in the afternoon by the director general, "
                     "expressed deep concern.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_town_handed_over_is_still_a_transfer():
    events = _events("The town, handed over to the army on Monday, was quiet.")
    assert [e for e in events if e.plover == "RETREAT"]


# --- a government's answer in kind ---------------------------------------------------------------------------

def test_a_government_that_responded_in_kind_attacked_no_one():
    events = _events("Bangladesh summoned India's envoy on Thursday. New Delhi responded in kind on Friday.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_troops_that_responded_still_answered_with_force():
    events = _events("Pakistani troops fired on Indian posts overnight. Indian forces responded on Friday, the army said.")
    assert [e for e in events if e.plover == "ASSAULT" and _countries(e.source) == {"PAK"}]


# --- an act whose doer is not told ---------------------------------------------------------------------------

def test_condemning_a_demolition_by_no_one_named_has_no_target():
    events = _events("Indian jets struck a camp in May. The house was set on fire and demolished overnight. The "
                     "ministry spokesperson condemned the demolition.")
    condemned = _with(events, "condemned")
    assert condemned and not condemned[0].target


def test_condemning_a_strike_told_before_is_aimed_at_the_striker():
    events = _events("Indian jets struck a camp on Tuesday. Pakistan's foreign ministry condemned the strike.")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].target) == {"IND"}


# --- a party's leader ------------------------------------------------------------------------------------------

def test_a_partys_leader_speaks_for_the_party():
    denied = _with(_events("DHAKA - The Awami League's leader denied the charges on Monday."), "denied")
    assert denied and {a.code for a in denied[0].source} == {"BGDPTYAWL"}


# --- foreign forces ordered out ------------------------------------------------------------------------------

def test_another_states_forces_ordered_to_leave_are_the_target():
    ordered = _with(_events("Mali ordered French troops to leave the country."), "ordered")
    assert ordered and ordered[0].plover == "SANCTION" and _countries(ordered[0].target) == {"FRA"}


def test_ones_own_forces_sent_somewhere_are_no_target():
    events = _events("Kenya sent 400 more police officers to Haiti on Monday, the government said.")
    sent = [e for e in events if e.plover == "MOBILIZE"]
    assert sent and "KEN" not in _countries(sent[0].target)


# --- where an armed group's act with no target happened ---------------------------------------------------------

def test_an_armed_groups_act_with_no_target_happens_where_the_act_before_did():
    events = _events("OUAGADOUGOU - Islamist militants attacked an army post in Sebba in northeastern Burkina Faso "
                     "on Sunday, killing 30 soldiers. He said the JNIM attackers burned the town's market before "
                     "withdrawing toward the east.")
    withdrawing = _with(events, "withdrawing")
    assert withdrawing and withdrawing[0].place is not None and withdrawing[0].place.country == "BFA"


def test_an_armed_groups_act_with_no_scene_before_keeps_its_country():
    events = _events("JNIM fighters withdrew toward the east on Monday.")
    withdrew = _with(events, "withdrew")
    assert withdrew and (withdrew[0].place is None or withdrew[0].place.country == "MLI")


# --- responses told and promised ------------------------------------------------------------------------------

def test_a_government_that_has_responded_in_kind_threatens_no_one():
    events = _events("India expelled Pakistan's defence attaches on Wednesday. Islamabad has responded in kind.")
    assert not [e for e in events if e.trigger == "responded in kind"]


def test_we_will_respond_at_a_time_of_our_choosing_is_a_threat():
    events = _events("\"If these attacks continue, we will respond at a time and place of our choosing,\" the "
                     "Pentagon spokesman told reporters.")
    respond = _with(events, "respond")
    assert respond and respond[0].plover == "THREATEN" and _countries(respond[0].source) == {"USA"}


def test_declining_to_respond_to_a_question_is_no_threat():
    events = _events("The Pentagon spokesman would not respond at the time to questions from reporters.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_defending_ones_own_forces_supports_no_one():
    events = _events("\"We will not hesitate to defend our forces,\" the Pentagon spokesman told reporters.")
    assert not [e for e in events if e.trigger == "defend"]


def test_defending_another_state_is_still_support():
    events = _events("The United States will defend Taiwan, the president said.")
    assert [e for e in events if e.trigger == "defend" and _countries(e.target) == {"TWN"}]


def test_a_states_international_commitments_are_no_pledge():
    events = _events("The Iraqi government said the attack harms the security of the country and its international "
                     "commitments.")
    assert not [e for e in events if "commitment" in e.trigger]


# --- a group named by what it calls itself ------------------------------------------------------------------

def test_a_faction_calling_itself_a_named_group_is_that_group():
    attacked = _with(_events("A faction calling itself the Islamic State attacked the base on Tuesday."), "attacked")
    assert attacked and {a.code for a in attacked[0].source} == {"IMGMOSISI"}


def test_a_group_known_as_a_named_group_is_that_group():
    kidnapped = _with(_events("A group known as Boko Haram kidnapped 20 students in Kano."), "kidnapped")
    assert kidnapped and {a.code for a in kidnapped[0].source} == {"NGAREBBKH"}


def test_it_after_a_participle_past_another_clause_is_not_the_first_subject():
    events = _events("Israel has ruled out ending the war while Hamas remains armed, while Hamas has refused to "
                     "disarm, saying it would hand over weapons only to a Palestinian state.")
    hand = _with(events, "hand over")
    assert not hand or "ISR" not in _countries(hand[0].source)


# --- where an act happened, said in a relative clause ---------------------------------------------------------

def test_clashes_that_broke_out_in_a_town_happened_there():
    events = _events("The communal clashes that broke out in Nagda in Ujjain district on Sunday evening have left "
                     "two young men dead.")
    clashes = _with(events, "clashes")
    assert clashes and clashes[0].place is not None and clashes[0].place.name == "Nagda"


def test_an_attack_which_took_place_in_a_city_killed_there():
    killed = _with(_events("The attack, which took place in Kano, killed five people."), "killed")
    assert killed and killed[0].place is not None and killed[0].place.name == "Kano"


def test_a_relative_clause_of_selling_arms_for_use_somewhere_is_no_place():
    events = _events("Firms that sell arms for use in Sudan were sanctioned by the EU on Monday.")
    sanctioned = _with(events, "sanctioned")
    assert sanctioned and (sanctioned[0].place is None or sanctioned[0].place.country != "SDN")


# --- forces pledged, groups described -------------------------------------------------------------------------

def test_a_contingent_of_officers_pledged_is_no_target():
    pledged = _with(_events("Kenya's government pledged to send a further contingent of officers within weeks."),
                    "pledged")
    assert pledged and not pledged[0].target


def test_a_contingent_pledged_to_a_country_is_aimed_there():
    pledged = _with(_events("Kenya's government pledged to send a further contingent of officers to Haiti."), "pledged")
    assert pledged and _countries(pledged[0].target) == {"HTI"}


def test_the_group_after_a_described_group_is_that_group():
    events = _events("PORT-AU-PRINCE - At least 17 people were killed, according to a police toll; a local human "
                     "rights group says as many as 40 may have died. The group accused officers of the Haitian "
                     "National Police of summarily executing two young men.")
    accused = _with(events, "accused")
    assert accused and {a.code for a in accused[0].source} == {"HTINGO"}


def test_the_group_after_a_named_armed_group_is_still_that_group():
    events = _events("Al-Shabaab fighters attacked a base near Mogadishu on Monday. The group said it had killed "
                     "20 soldiers.")
    assert any({a.code for a in e.source} == {"SOMREBSHB"} for e in events if e.trigger in ("killed", "said"))


# --- aircraft, fears and shadow governments ---------------------------------------------------------------------

def test_a_military_fighter_jet_is_the_armys():
    events = _events("YANGON - As many as 27 civilians were killed when a military fighter jet bombed a busy market.")
    killed = _with(events, "killed")
    assert killed and {a.code for a in killed[0].source} == {"MMRMIL"}


def test_a_private_jet_is_no_one():
    events = _events("A private jet carrying the minister landed in Goma on Monday.")
    assert not [e for e in events if any(a.sector == "MIL" for a in e.source)]


def test_families_fearing_further_strikes_strike_no_one():
    events = _events("YANGON - Residents said many families had fled to nearby forests, fearing further strikes.")
    assert not [e for e in events if e.plover == "ASSAULT" and _countries(e.source)]


def test_the_national_unity_government_is_myanmars_opposition():
    events = _events("The National Unity Government (NUG), the shadow administration formed by ousted lawmakers, "
                     "condemned the attack.")
    condemned = _with(events, "condemned")
    assert condemned and {a.code for a in condemned[0].source} == {"MMROPPNUG"}


def test_a_persons_name_gives_way_to_the_description_of_whom_she_speaks_for():
    events = _events("Maria Lindqvist, the Swedish foreign minister, condemned the attack on Monday.")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].source) == {"SWE"}


# --- coups, folded places and phone calls -------------------------------------------------------------------

def test_soldiers_who_ousted_a_president_are_of_his_state():
    events = _events("ABUJA - ECOWAS threatened force after soldiers ousted Niger's President Mohamed Bazoum in "
                     "July 2023.")
    ousted = _with(events, "ousted")
    assert ousted and {a.code for a in ousted[0].source} == {"NERMIL"}


def test_the_army_met_before_does_not_overthrow_another_states_president():
    events = _events("Niger's army closed the border on Monday. The army overthrew the president of Gabon.")
    overthrew = _with(events, "overthrew")
    assert overthrew and {a.code for a in overthrew[0].source} == {"GABMIL"}


def test_named_foreign_soldiers_keep_their_country_in_a_coup():
    ousted = _with(_events("Nigerian soldiers ousted the president of Gambia."), "ousted")
    assert ousted and _countries(ousted[0].source) == {"NGA"}


def test_phone_calls_not_answered_are_no_appeal():
    events = _events("Officials in Niamey did not answer calls from our correspondent.")
    assert not [e for e in events if e.plover == "REQUEST"]


def test_calls_for_a_ceasefire_renewed_are_still_an_appeal():
    events = _events("The UN renewed calls for a ceasefire in Sudan on Monday.")
    assert [e for e in events if e.plover == "REQUEST"]


# --- "the Confederation" of a communiqué ---------------------------------------------------------------------

COMMUNIQUE = ("The Presidency of the Confederation of Sahel States (AES) informs national and international opinion "
              "of the following. The Confederation recalls that its decision is irreversible. The Unified Force of "
              "the Confederation will be deployed in the coming weeks. The ministers met in Niamey on Friday to plan "
              "it. Officers from the three armies attended. A budget was adopted. The Confederation accused France "
              "of supporting terrorist groups.")


def test_the_confederation_all_through_a_communique_is_the_body_named_at_its_head():
    accused = _with(_events(COMMUNIQUE), "accused")
    assert accused and {a.code for a in accused[0].source} == {"IGOWAFAES"}


def test_a_named_council_is_not_another_council_named_long_before():
    events = _events("The UN Security Council met on Monday. Fighting went on. Talks stalled. Aid was blocked. Prices "
                     "rose. The elections are a separate question, and the National Consultative Council is the place "
                     "to discuss them.")
    assert not [e for e in events if any((a.code or "").startswith("IGOUNO") for a in e.target + e.source)
                and e.trigger == "discuss"]


# --- "the town" points back to a town ---------------------------------------------------------------------------

def test_the_town_is_not_a_city_named_as_a_city_nor_a_capital_that_spoke():
    events = _events("YANGON, Myanmar - Myanmar's military government threatened on Monday to crush an armed group "
                     "that seized a town in northern Myanmar. The group accepted a ceasefire proposed by Beijing and "
                     "an invitation to talks in the southwestern Chinese city of Kunming. Residents said military "
                     "aircraft had struck at least three villages near the town over the weekend, killing 14 "
                     "civilians.")
    struck = _with(events, "struck")
    assert struck and (struck[0].place is None or struck[0].place.country == "MMR")
    assert "CHN" not in _countries(struck[0].source)


def test_the_city_still_points_back_to_the_city_named_before():
    events = _events("PORT SUDAN, Sudan - Drones struck fuel depots in Port Sudan on Sunday. An army spokesman said "
                     "air defences had shot down a number of hostile drones over the city on Tuesday.")
    shot = _with(events, "shot down")
    assert shot and shot[0].place is not None and shot[0].place.country == "SDN"


# --- a statement's "we" is its issuer ---------------------------------------------------------------------------

STATEMENT = ("No: 187, 19 September 2024, Press Release Regarding the Attack on an Aid Convoy\n\n"
             "Republic of Türkiye, Ministry of Foreign Affairs | Ankara, 19 September 2024\n\n"
             "We strongly condemn the attack carried out yesterday on a humanitarian aid convoy near Deir al-Balah "
             "in the Gaza Strip.\n\n"
             "We call on the United Nations Security Council to take concrete steps without further delay.\n\n"
             "Our Minister discussed the incident today in a telephone call with his Egyptian counterpart.\n")


def test_the_we_of_a_press_release_is_the_body_named_in_its_header():
    events = _events(STATEMENT)
    condemn = _with(events, "condemn")
    assert condemn and {a.code for a in condemn[0].source} == {"TURGOV"}
    call = [e for e in events if e.trigger == "call" and e.target]
    assert call and _countries(call[0].source) == {"TUR"}


def test_our_minister_in_a_press_release_is_the_issuers():
    discussed = _with(_events(STATEMENT), "discussed")
    assert discussed and _countries(discussed[0].source) == {"TUR"}


def test_a_page_that_is_no_statement_gives_its_we_to_no_one():
    text = STATEMENT.replace("Press Release Regarding", "Report on").replace("Ministry of Foreign Affairs", "Ministry")
    text = text.replace("Republic of Türkiye, Ministry | Ankara", "Our correspondent | Ankara")
    condemn = _with(_events(text), "condemn")
    assert not condemn or "issuer" not in " ".join(a.rule or "" for a in condemn[0].source)


def test_the_ministry_of_a_press_release_is_its_issuer_not_the_last_ministry_named():
    text = ("PRESS RELEASE: Patrol fired upon near Zubin Potok\n\n"
            "Ministry of Internal Affairs of the Republic of Kosovo | Pristina, 18.02.2025\n\n"
            "Shots were fired at a police patrol on Monday night. The Office for Kosovo and Metohija of the "
            "Government of Serbia claimed that the police stormed houses. The Ministry rejects the claim as false.\n")
    rejects = _with(_events(text), "rejects")
    assert rejects and {a.code for a in rejects[0].source} == {"KSVGOV"}


# --- threats told as what will meet an act ---------------------------------------------------------------------

def test_any_misadventure_will_be_met_with_a_response_is_a_threat():
    events = _events("\"Any misadventure in future will be met with a full-spectrum response,\" the ISPR said.")
    met = _with(events, "met")
    assert met and met[0].plover == "THREATEN" and {a.code for a in met[0].source} == {"PAKMIL"}


def test_a_proposal_met_with_a_cool_response_is_no_threat():
    events = _events("The proposal was met with a cool response from the opposition, the newspaper said.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_will_see_a_capital_answer_for_it_threatens_that_capital():
    events = _events("Whoever fires on the town will see Beirut answer for it, the Israeli defence minister said.")
    answer = _with(events, "answer for it")
    assert answer and answer[0].plover == "THREATEN" and _countries(answer[0].target) == {"LBN"}


def test_saw_a_capital_answer_for_it_is_no_threat():
    events = _events("Residents saw Beirut answer for it last year, the Israeli defence minister said.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_reserving_the_right_to_respond_is_a_threat():
    events = _events("Iran reserves the right to respond to any aggression, the foreign ministry said on Monday.")
    assert [e for e in events if e.plover == "THREATEN" and _countries(e.source) == {"IRN"}]


def test_dealt_with_firmly_is_a_threat_but_dealing_with_a_case_is_not():
    threat = _events("Anyone who attacks our forces will be dealt with firmly, the Pakistani army said.")
    assert [e for e in threat if e.plover == "THREATEN" and _countries(e.source) == {"PAK"}]
    told = _events("The court dealt with the case swiftly on Monday.")
    assert not [e for e in told if e.plover == "THREATEN"]


def test_a_force_reporting_its_own_dead_in_an_exchange_of_fire_did_not_kill_them():
    events = _events("ISLAMABAD - Militants attacked a post in Bannu on Monday. The ISPR said two soldiers were "
                     "killed in the exchange of fire.")
    killed = _with(events, "killed")
    assert killed and not ({a.code for a in killed[0].source} & {a.code for a in killed[0].target})


def test_police_reporting_a_suspect_killed_in_an_exchange_of_fire_killed_him():
    killed = _with(_events("KARACHI - Police said a suspect was killed in an exchange of fire on Monday."), "killed")
    assert killed and {a.sector for a in killed[0].source} == {"COP"}


def test_a_national_human_rights_commission_is_of_its_country():
    events = _events("JAKARTA - The National Commission on Human Rights urged the police to release the students.")
    urged = _with(events, "urged")
    assert urged and _countries(urged[0].source) == {"IDN"}


def test_a_national_maritime_council_is_its_governments():
    events = _events("MANILA, Philippines - The National Maritime Council strongly condemns the dangerous actions of "
                     "the China Coast Guard against a Philippine vessel.")
    condemns = _with(events, "condemns")
    assert condemns and {a.code for a in condemns[0].source} == {"PHLGOV"}


def test_many_of_them_arrested_after_a_comma_were_arrested_not_arresters():
    events = _events("Havana announced that it would gradually release 553 people convicted of various crimes, many "
                     "of them arrested after the mass protests of 11 July 2021.")
    arrested = _with(events, "arrested")
    assert arrested and not {a.sector for a in arrested[0].source} & {"CVL"}
