"""Event rules for patterns met reading whole news articles (seventh set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import coded_mentions as _mentions
from tests.events.news_helpers import codes as _codes
from tests.events.news_helpers import with_trigger as _with

import dyads
from dyads.records import record

# --- who: coreference and the speaker's own -------------------------------------------------------

def test_a_ministry_named_without_a_country_is_the_one_named_before(nlp):
    events = _events("Dhaka protests shooting at border\n\nA villager was shot dead on Sunday, and the foreign "
                     "ministry in Dhaka lodged a protest with New Delhi, officials said. In a statement, the "
                     "Ministry of Foreign Affairs said it had summoned the Indian deputy high commissioner.")
    summoned = _with(events, "summoned")
    assert summoned and _codes(summoned[0].source) == {"BGDGOV"}


def test_his_spokesman_speaks_for_the_un_official(nlp):
    events = _events("NEW YORK (Reuters) - Secretary-General Antonio Guterres strongly condemns the launch, his "
                     "spokesman told reporters, and called on North Korea to desist from provocations.")
    called = _with(events, "called")
    assert called and _codes(called[0].source) == {"IGOUNO"}


def test_lawmakers_in_a_capital_are_that_states(nlp):
    mentions = _mentions("Hard-line lawmakers in Tehran appeared unconvinced by the denial on Sunday.")
    assert any(m.actor.code == "IRNLEG" for m in mentions)


def test_the_medium_that_carries_a_statement_is_not_it(nlp):
    mentions = _mentions("The army said it had retaken the town. In a statement on state media, it said "
                         "security forces had taken decisive measures.")
    its = [m for m in mentions if m.text == "it"]
    assert len(its) == 2 and all(m.actor.sector == "MIL" for m in its)


def test_our_police_in_a_quote_are_the_speakers_countrys(nlp):
    events = _events("CONAKRY (Reuters) - Guinea said the men had been kidnapped. \"They were arrested by our "
                     "police, not kidnapped, and Guinea knows it,\" Sierra Leone's information minister said.")
    arrested = _with(events, "arrested")
    assert arrested and _codes(arrested[0].source) == {"SLECOP"}


def test_the_army_is_not_a_rebel_group_whose_mention_swallowed_the_word(nlp):
    mentions = _mentions("Guinean troops entered the area in the 1990s to help Sierra Leone's army fight "
                         "Revolutionary United Front rebels. The rebels were defeated in 2002. The army seized "
                         "power in September 2021.")
    army = [m for m in mentions if m.text == "The army"]
    assert army and army[0].actor.sector == "MIL"


# --- who did it: nominal acts and clauses ----------------------------------------------------------

def test_the_shelled_citys_country_does_not_shell(nlp):
    events = _events("KYIV (Reuters) - Russian shelling of the southern Ukrainian city of Nikopol killed three "
                     "people on Saturday, the regional governor said.")
    killed = _with(events, "killed")
    assert killed and _codes(killed[0].source) == {"RUS"}


def test_those_who_document_strikes_did_not_strike(nlp):
    events = _events("ADDIS ABABA (Reuters) - Rights groups have documented drone strikes that killed civilians "
                     "at markets in the Amhara region.")
    assert not [e for e in events if any(a.sector == "NGO" for a in e.source)]


def test_fighting_between_two_sides_is_theirs(nlp):
    events = _events("ADDIS ABABA (Reuters) - At least 19 civilians were killed in the town of Dembecha after "
                     "fighting between federal troops and Fano militiamen, a rights commission said.")
    fighting = _with(events, "fighting")
    assert fighting and "ETHREBFAN" in _codes(fighting[0].source + fighting[0].target)
    assert not any(a.sector == "CVL" for a in fighting[0].source)


# --- word senses -----------------------------------------------------------------------------------

def test_a_leader_who_fires_a_commander_dismisses_him(nlp):
    events = _events("BOGOTA (Reuters) - The president announced that he had fired the commander of the army "
                     "brigade responsible for the base. The mines minister fired the board of the state company.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_commander_fired_upon_is_shot_at(nlp):
    events = _events("GAO, Mali (Reuters) - Gunmen fired on the commander's convoy near Gao, wounding two guards.")
    assert [e for e in events if e.plover == "ASSAULT"]


def test_a_weather_service_warning_is_no_threat(nlp):
    events = _events("CHENNAI (Reuters) - The India Meteorological Department warned of a low-pressure area "
                     "forming over the Bay of Bengal and advised fishermen not to venture into the sea.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_tensions_that_exploded_into_fighting_set_off_no_bomb(nlp):
    events = _events("KHARTOUM (Reuters) - The war erupted in April 2023 when simmering tensions between the "
                     "two generals exploded into open fighting in the capital.")
    assert not _with(events, "exploded")


def test_asking_that_a_surname_not_be_used_is_no_request(nlp):
    events = _events("CHISINAU (Reuters) - \"We just want to pay our bills,\" said Svetlana, a pensioner who "
                     "asked that her surname not be used.")
    assert not [e for e in events if e.plover == "REQUEST"]


def test_security_software_that_blocks_malware_samples_blocks_no_road(nlp):
    events = _events("TALLINN (Reuters) - In our lab the suite blocked 1,187 of 1,200 live malware samples. Its "
                     "lockdown mode, which blocks every outbound connection, is useful for travellers.")
    assert not [e for e in events if e.plover == "PROTEST"]


# --- pages -----------------------------------------------------------------------------------------

def test_a_cooking_contest_between_nations_is_no_clash(nlp):
    text = ("Denmark wins cooking duel of the nations in Lyon\n\n"
            "LYON, France (Reuters) - Denmark won the nations' cooking contest in Lyon on Monday, beating Norway "
            "and hosts France after a five-hour battle. The Danish head chef said his team's main course, a "
            "smoked cod, had won the judges over. France's hopes collapsed when the oven at the French station "
            "stopped working. \"Denmark beat us fair and square,\" the French chef said.")
    events = _events(text)
    assert not events


def test_a_pledge_that_the_army_will_not_stage_a_coup_is_restraint_not_a_threat(nlp):
    events = _events("BANGKOK (Reuters) - The army chief this week repeated a pledge that the military would not "
                     "stage another coup.")
    pledge = _with(events, "pledge")
    assert pledge and pledge[0].plover == "AGREE" and pledge[0].cameo == "0356"


def test_entering_a_town_without_meeting_resistance_meets_no_one(nlp):
    events = _events("BAMAKO (Reuters) - Jihadist fighters entered the town of Niafunke in central Mali on Friday "
                     "without meeting any resistance, residents said.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_an_index_that_hits_its_lowest_close_strikes_nothing(nlp):
    events = _events("SEOUL (Reuters) - Poland's president arrived in Seoul on Tuesday. Shares of Hyundai Rotem "
                     "rose 4.3 percent in Seoul on Tuesday, while the KOSPI index hit its lowest close since August "
                     "as chipmakers slumped.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_the_military_that_expelled_french_forces_is_the_host_countrys(nlp):
    mentions = _mentions("BAMAKO (Reuters) - Mali has been battling jihadists since 2012. French troops intervened "
                         "in January 2013 to push them back. The military, which seized power in coups in 2020 "
                         "and 2021, expelled French forces in 2022.")
    military = [m for m in mentions if m.text == "The military"]
    assert military and military[0].actor.code == "MLIMIL"


def test_police_who_arrive_and_fire_at_a_suspect_shoot(nlp):
    events = _events("BRUSSELS (Reuters) - Officers who were patrolling the nearby square arrived within three "
                     "minutes and fired at the suspect after he refused to drop his knife.")
    assert [e for e in events if e.plover == "ASSAULT" and e.trigger == "fired"]


def test_two_men_who_fire_at_a_teacher_are_armed_men_not_civilians(nlp):
    events = _events("BOGOTA (Reuters) - A teacher was killed on Tuesday in Argelia, Cauca. \"Two men on a "
                     "motorcycle approached her and fired several times,\" a witness said.")
    fired = _with(events, "fired")
    assert fired and all(a.sector == "UAF" for a in fired[0].source)


def test_barred_by_the_constitution_is_no_restriction(nlp):
    events = _events("ULAANBAATAR (Reuters) - Outgoing President Sanjaasuren Dorjgotov, who was barred by the "
                     "constitution from seeking a second term, attended the ceremony.")
    assert not _with(events, "barred")


def test_roads_that_rains_could_cut_off_are_no_measure(nlp):
    events = _events("JUBA (Reuters) - Aid officials warned that heavy rains forecast for the coming weeks posed "
                     "a threat to roads across the state and could cut off Ulang entirely.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_an_army_that_cuts_off_water_still_restricts(nlp):
    events = _events("JUBA (Reuters) - The army cut off water supplies to the besieged town, residents said.")
    assert [e for e in events if e.plover == "COERCE"]


def test_countries_due_to_meet_in_a_cricket_match_hold_no_talks(nlp):
    events = _events("NEW DELHI (Reuters) - Troops traded fire on the border on Friday. The flare-up comes days "
                     "before India and Pakistan are due to meet in a cricket match in Dubai.")
    assert not [e for e in events if e.plover in ("CONSULT", "AGREE")]


def test_summoning_no_diplomats_is_none_summoned(nlp):
    events = _events("PHNOM PENH (Reuters) - Cambodia's foreign ministry summoned no diplomats over the statements.")
    summoned = _with(events, "summoned")
    assert summoned and summoned[0].modality == "negated"


def test_killing_no_fewer_than_twenty_is_killing(nlp):
    events = _events("KABUL (Reuters) - The blast killed no fewer than 20 people, officials said.")
    killed = _with(events, "killed")
    assert killed and killed[0].modality == "asserted"


def test_a_ban_the_government_does_not_intend_is_none(nlp):
    events = _events("PHNOM PENH (Reuters) - The government has said it does not intend to ban the Candlelight "
                     "Party.")
    ban = _with(events, "ban")
    assert ban and ban[0].modality == "negated" and ban[0].plover != "THREATEN"


def test_a_country_in_a_fronted_phrase_is_not_the_pronoun_after_it(nlp):
    events = _events("SEOUL (Reuters) - North Korea test-fired a missile on Saturday. After a pause during summit "
                     "diplomacy with the United States in 2018 and 2019, it fired a record number of missiles "
                     "in 2022.")
    fired = _with(events, "fired")
    assert fired and _codes(fired[0].source) == {"PRK"}


def test_a_camp_named_after_a_place_is_no_person(nlp):
    mentions = _mentions("- Spain will resettle 1,500 Malian refugees from the Mbera camp and fund coastguard "
                         "patrols.")
    assert not [m for m in mentions if m.text == "Mbera"]


def test_a_hospitals_ransomware_drill_is_a_simulation_not_news(nlp):
    doc = dyads.code(
        "Hospital rehearses ransomware attack\n\n"
        "TAMPERE, Finland - Doctors at the university hospital switched to pen and paper on Wednesday after "
        "hackers \"seized\" its servers, in a drill. In the scenario, fictional attackers demanded 2 million euros "
        "and threatened to publish records. A team from a security firm played the role of the criminal group, "
        "sending a mock ransom note. The simulated attack lasted six hours.", published="2024-05-10")
    assert doc.events == []
    assert {"scenario", "fictional", "mock"} <= set(record(doc)["simulation_report"])  # the JSON field the README names


def test_a_farmer_tried_for_shooting_his_brother_is_a_private_crime(nlp):
    doc = dyads.code(
        "Farmer guilty of murdering brother over family farm\n\n"
        "CORK, Ireland - A farmer was found guilty on Friday of murdering his brother with a shotgun in a dispute "
        "over the family farm and an inheritance. The jury rejected a verdict of manslaughter. Prosecuting counsel "
        "told the jury he had threatened his brother for years; defence counsel said he acted in fear. His "
        "brother's widow said her husband was killed over a few fields.", published="2024-05-10")
    assert doc.events == []
    assert "manslaughter" in record(doc)["private_dispute"]


def test_offering_no_evidence_offers_nothing(nlp):
    events = _events("BELGRADE (Reuters) - The labour minister said the students were being manipulated by foreign "
                     "services, though he offered no evidence.")
    assert not _with(events, "offered")


def test_an_acronym_the_text_defines_means_what_it_defines(nlp):
    mentions = _mentions("Reporters Without Borders (RSF) said it was deeply alarmed. RSF said two reporters had "
                         "been threatened.")
    assert [m.actor.code for m in mentions if m.text == "RSF"] == ["NGOHRIRWB"]


def test_banners_signed_by_a_cartel_are_no_agreement(nlp):
    events = _events("CULIACAN (Reuters) - Journalists received death threats this week after banners signed by a "
                     "faction of the Sinaloa Cartel appeared on bridges in the city.")
    assert not [e for e in events if e.trigger == "signed"]


def test_a_group_named_in_the_plural_is_they_and_what_they_struck_was_attacked(nlp):
    events = _events("SANAA (Reuters) - The Houthis, who control Yemen's capital, began attacking ships in November "
                     "2023, saying they acted in solidarity with Palestinians in Gaza. Over the following year they "
                     "struck more than 100 merchant vessels.")
    struck = _with(events, "struck")
    assert struck and struck[0].plover == "ASSAULT" and _codes(struck[0].source) == {"YEMREBHTH"}


def test_a_leader_of_a_residents_committee_is_one_of_them(nlp):
    mentions = _mentions("A leader of the residents' committee spoke on Monday. The leader of the protesters was "
                         "arrested.")
    leaders = [m for m in mentions if m.text.lower().startswith(("a leader", "the leader"))]
    assert len(leaders) == 2 and all(m.actor.sector == "CVL" for m in leaders)


def test_one_the_police_say_was_killed_in_an_exchange_of_fire_was_killed_by_them(nlp):
    events = _events("LUCKNOW (Reuters) - Police said Salman Ansari was killed in an exchange of fire near the "
                     "village of Jhinjhana after he and an accomplice opened fire on a checkpoint.")
    killed = _with(events, "killed")
    assert killed and all(a.sector == "COP" for a in killed[0].source) and killed[0].source
    opened = _with(events, "opened fire")
    assert opened and not any(a.sector == "COP" for a in opened[0].source)


def test_marchers_who_mark_a_shelling_did_not_shell(nlp):
    events = _events("TUZLA, Bosnia and Herzegovina, May 25 (Reuters) - Several hundred people walked in silence "
                     "through the old town of Tuzla on Sunday to mark the 30th anniversary of the 1995 shelling "
                     "that killed 71 young people.")
    assert not [e for e in events if e.plover == "ASSAULT" and any(a.sector == "CVL" for a in e.source)]


def test_sinn_fein_is_a_party_not_the_ira(nlp):
    mentions = _mentions("DERRY (Reuters) - A Sinn Féin councillor condemned the attempted attack on Monday.")
    assert any(m.actor.code == "GBRPTYSFN" for m in mentions)


def test_offering_condolences_is_sympathy_not_an_offer(nlp):
    events = _events("ABUJA (Reuters) - Bandits killed 23 people in Zamfara. The British High Commission in Abuja "
                     "offered condolences to the families of the victims.")
    offered = [e for e in events if e.trigger.startswith("offered")]
    assert offered and offered[0].cameo == "018"


def test_a_high_commission_is_no_context_for_the_authorities(nlp):
    mentions = _mentions("ABUJA (Reuters) - Bandits killed 23 people in Zamfara. The British High Commission in "
                         "Abuja urged the authorities to find those responsible.")
    authorities = [m for m in mentions if m.text == "the authorities"]
    assert authorities and authorities[0].actor.country != "GBR"


def test_parties_attacking_the_government_criticise_it(nlp):
    events = _events("BENGALURU (PTI) - \"The two parties have struck a deal on seat-sharing, and this is the first "
                     "issue on which they are attacking the government together,\" an analyst said.")
    attacking = _with(events, "attacking")
    assert attacking and attacking[0].plover == "ACCUSE"


def test_a_gunfight_between_armed_groups_the_police_report_is_not_theirs(nlp):
    events = _events("IMPHAL (PTI) - Police said two village volunteers were killed in a gunfight between armed "
                     "groups in the foothills of Bishnupur district.")
    killed = _with(events, "killed")
    assert killed and not any(a.sector == "COP" for a in killed[0].source)


def test_he_who_decided_to_surrender_is_still_the_man_speaking(nlp):
    events = _events("MAIDUGURI (Reuters) - One of the men told reporters he had decided to surrender because he "
                     "was tired of hunger.")
    assert not [e for e in events if any(a.sector in ("COP", "MIL") for a in e.source)]


def test_shots_into_the_air_make_no_other_firing_a_show_of_force(nlp):
    events = _events("MOGADISHU (Reuters) - Two young men died in police firing on Thursday as officers tried to "
                     "disperse opposition supporters. Police said officers had been attacked with stones and fired "
                     "into the air.")
    firing = _with(events, "firing")
    assert firing and firing[0].plover == "ASSAULT"


def test_a_countrys_national_army_is_its_military(nlp):
    mentions = _mentions("MOGADISHU (Reuters) - Al-Shabaab fighters attacked a Somali National Army base in "
                         "Moqokori on Tuesday. The Sudan People's Liberation Army attacked a town.")
    codes = {m.text: m.actor.code for m in mentions}
    assert codes["Somali National Army"] == "SOMMIL" and codes["Sudan People's Liberation Army"].startswith("SDNREB")


def test_the_armed_forces_of_a_story_filed_from_its_capital_are_the_hosts(nlp):
    mentions = _mentions("BISSAU (Reuters) - Soldiers tried to seize power in Bissau on Tuesday. Cashew prices, which "
                         "hit a low last month on weak demand from India, were unaffected. A U.N. spokesman called on "
                         "the armed forces to return to barracks.")
    forces = [m for m in mentions if m.text == "the armed forces"]
    assert forces and forces[0].actor.country == "GNB"


def test_ships_and_aircraft_from_several_states_joining_a_search_are_their_help(nlp):
    events = _events("JAKARTA (Reuters) - Ships and planes from Japan, India, Thailand and Vietnam joined the search "
                     "for the missing ferry in the Flores Sea on Monday.")
    joined = [e for e in events if e.plover == "AID"]
    assert joined and _codes(joined[0].source) == {"JAP", "IND", "THA", "VNM"}
    assert _codes(joined[0].target) == {"IDN"}


def test_a_currency_that_stages_a_rally_holds_no_rally(nlp):
    events = _events("NAIROBI (Reuters) - Protesters marched in Nairobi on Monday against tax rises. The shilling "
                     "hit a record low of nearly 162 to the dollar in January 2024 before staging a sharp rally after "
                     "the central bank raised rates.")
    assert _with(events, "marched") and not _with(events, "rally")


def test_a_woman_killed_at_home_by_a_partner_is_a_private_crime(nlp):
    doc = dyads.code(
        "Woman stabbed to death at home\\n\\n"
        "BLACKPOOL, England - A mother-of-two was stabbed to death at her home on Saturday, and a man known to her "
        "was arrested, police said. Neighbours said she had recently left her partner and had spoken of domestic "
        "abuse. Her ex-partner has been questioned.", published="2024-05-10")
    assert doc.events == []
    assert "domestic abuse" in record(doc)["private_dispute"]


def test_a_government_that_declared_war_on_the_regions_fights_no_one(nlp):
    events = _events("PRAGUE (Reuters) - \"This government has declared war on the regions,\" the opposition leader "
                     "told the chamber before the vote.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_our_ally_in_a_quote_is_not_the_speaker(nlp):
    events = _events("MANILA (Reuters) - The U.S. ambassador in Manila said on social media that Washington \"stands "
                     "with our ally\" and repeated its treaty commitments.")
    assert not [e for e in events if _codes(e.source) & _codes(e.target)]


def test_ships_and_aircraft_that_search_the_sea_help_the_host(nlp):
    events = _events("JAKARTA (Reuters) - Ships and aircraft from Indonesia, Japan and India searched the sea for "
                     "the missing ferry on Tuesday.")
    searched = _with(events, "searched")
    assert searched and searched[0].plover == "AID"
    assert _codes(searched[0].source) == {"JAP", "IND"} and _codes(searched[0].target) == {"IDN"}


def test_a_statement_quoted_in_full_speaks_for_its_issuer(nlp):
    text = ("Ghana condemns attack on market in Burkina Faso\n\n"
            "ACCRA, Ghana (Reuters) - Ghana's foreign ministry on Tuesday condemned an attack on a livestock market "
            "in the Burkina Faso town of Djibo.\n\n"
            "The following is the full text of the statement issued in Accra:\n\n"
            "\"We have learnt with deep sadness of the heinous attack on civilians at the market in Djibo.\n\n"
            "We condemn in the strongest possible terms this cowardly act.\n\n"
            "We extend our heartfelt condolences to the bereaved families.\"\n")
    events = _events(text)
    condemn = _with(events, "condemn")
    assert condemn and _codes(condemn[0].source) == {"GHAGOV"}
    condolences = _with(events, "condolences")
    assert condolences and _codes(condolences[0].source) == {"GHAGOV"}


def test_gunmen_are_they_in_the_quote_that_follows(nlp):
    mentions = _mentions("PORT-AU-PRINCE (AP) - Gang members stormed the town on Sunday, local officials said. The "
                         "gunmen arrived around 3 a.m. and opened fire on homes, the mayor told reporters. \"They came "
                         "to kill,\" he said.")
    they = [m for m in mentions if m.text == "They"]
    assert they and they[0].actor.sector == "REB"


def test_a_strike_at_the_request_of_a_government_is_not_on_it(nlp):
    events = _events("MOGADISHU (Reuters) - The U.S. Africa Command said in a statement that it had conducted a "
                     "strike in the area at the request of the Federal Government of Somalia.")
    strike = _with(events, "strike")
    assert strike and not any(a.country == "SOM" for a in strike[0].target)


def test_firing_without_warning_is_shooting(nlp):
    events = _events("RANCHI (PTI) - Police opened fire on the crowd on Monday. \"They fired without any warning,\" "
                     "said a villager.")
    fired = _with(events, "fired")
    assert fired and fired[0].plover == "ASSAULT"


def test_attacks_the_law_prohibits_are_none_carried_out(nlp):
    events = _events("JUBA (Reuters) - The U.N. said in a statement: \"We remind all parties that attacks against "
                     "humanitarian personnel and assets are prohibited under international humanitarian law.\"")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_the_military_government_is_the_country_whose_crisis_the_sentence_tells(nlp):
    mentions = _mentions("Vietnam's prime minister spoke at the summit. The leaders also discussed the crisis in "
                         "Myanmar, where fighting between the military government and armed resistance groups has "
                         "intensified since the 2021 coup.")
    rulers = [m for m in mentions if m.text == "the military government"]
    assert rulers and rulers[0].actor.country == "MMR"


def test_a_spokesperson_for_the_eus_diplomatic_service_speaks_for_the_eu(nlp):
    mentions = _mentions("TBILISI (Reuters) - A spokesperson for the European Union's diplomatic service said the bill "
                         "was incompatible with the bloc's values.")
    assert any(m.text.startswith("A spokesperson") and m.actor.code == "IGOEUREEC" for m in mentions)


def test_the_foreign_office_that_urges_the_afghan_government_is_not_afghanistans(nlp):
    events = _events("ISLAMABAD (Reuters) - Five soldiers were killed in Bannu. The Foreign Office, in its weekly "
                     "briefing, urged the Afghan interim government to take concrete action against militants.")
    urged = _with(events, "urged")
    assert urged and _codes(urged[0].source) == {"PAKGOV"}


def test_those_released_are_not_the_gunmen_who_abducted_them(nlp):
    mentions = _mentions("LAGOS (Reuters) - In February 2021, gunmen abducted 279 schoolgirls from a boarding school "
                         "in Jangebe; they were released days later.")
    assert not [m for m in mentions if m.text == "they" and m.actor.sector == "REB"]


def test_officials_who_urge_their_own_countrys_ambassador_keep_their_country(nlp):
    events = _events("WASHINGTON (Reuters) - Officials on Tuesday urged the U.S. envoy at the U.N. to delay her "
                     "departure.")
    urged = _with(events, "urged")
    assert urged and not any(a.country and a.country != "USA" for a in urged[0].source)


def test_the_authorities_embassies_urge_are_the_hosts(nlp):
    events = _events("Tanzania charges opposition leader\n\n"
                     "DAR ES SALAAM (Reuters) - Tanzanian prosecutors charged an opposition leader with sedition on "
                     "Wednesday, and Tanzania's police detained twelve of his supporters. In a joint statement, the "
                     "embassies of the United States, Britain and Canada urged the authorities to respect the right "
                     "to bail. The Foreign Affairs ministry summoned the heads of mission on Thursday.")
    urged = _with(events, "urged")
    assert urged and _codes(urged[0].target) == {"TZAGOV"}
    summoned = _with(events, "summoned")
    assert summoned and _codes(summoned[0].source) == {"TZAGOV"}
