"""Event rules for patterns met reading whole news articles (sixth set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import coded_mentions as _mentions
from tests.events.news_helpers import codes as _codes
from tests.events.news_helpers import with_trigger as _with

import dyads
from dyads.events import arguments
from dyads.geo import gazetteer

# --- word senses ---------------------------------------------------------------------------------

def test_a_wildfire_that_attacks_villages_is_no_assault(nlp):
    events = _events("FARO, Portugal (Reuters) - A wildfire driven by strong winds attacked three villages in the "
                     "hills overnight, and planes dropped water on the flames.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_water_bombing_planes_bomb_no_one(nlp):
    events = _events("ATHENS (Reuters) - Some 400 firefighters backed by nine water-bombing aircraft fought the "
                     "blaze near the coast on Monday.")
    assert not _with(events, "bombing")


def test_software_that_blocks_attacks_and_hackers_who_lock_data_are_no_events(nlp):
    events = _events("AUSTIN, Texas (Reuters) - The platform can block ransomware attacks before they spread, "
                     "the firm said. Hackers lock up a hospital's data and demand payment to release it.")
    assert not [e for e in events if e.plover in ("PROTEST", "COERCE", "RETREAT")]


def test_vowing_countermeasures_is_a_threat(nlp):
    events = _events("BEIJING (Reuters) - China's defence ministry vowed on Friday to take \"firm and forceful "
                     "countermeasures\" after the island's leader met US lawmakers.")
    vowed = _with(events, "vowed")
    assert vowed and all(e.plover == "THREATEN" for e in vowed)


def test_answering_without_warning_is_no_warning(nlp):
    events = _events("PYONGYANG (KCNA) - \"Our artillery will answer at once and without warning,\" a general "
                     "told state television.")
    assert not [e for e in events if e.trigger in ("warning", "warn")]


def test_not_seeking_war_asks_no_one_for_anything(nlp):
    events = _events("TEHRAN (Reuters) - The foreign minister said Iran \"does not seek war\" with its "
                     "neighbours but would defend itself.")
    assert not _with(events, "seek")


def test_a_truce_declared_over_is_no_truce(nlp):
    events = _events("RABAT (Reuters) - The rebels declared the 1991 ceasefire over and resumed attacks on army "
                     "positions.")
    assert not [e for e in events if e.trigger == "ceasefire"]


def test_a_car_that_strikes_a_walker_is_no_strike(nlp):
    events = _events("BELGRADE (Reuters) - Students marched on Friday. In one town a car drove into the march and "
                     "struck a young woman. Unions staged a general strike.")
    assert not _with(events, "struck")


def test_the_charred_shell_of_a_station_is_no_shelling(nlp):
    events = _events("KANO, Nigeria (Reuters) - On Thursday the charred shell of the police station was guarded "
                     "by armed officers.")
    assert not [e for e in events if e.trigger == "shell"]


def test_demonstrations_citizens_are_told_to_avoid_are_none_held(nlp):
    events = _events("CANBERRA (Reuters) - The foreign ministry told Australians to avoid demonstrations in "
                     "Indonesian cities.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_a_weather_service_alert_is_no_show_of_force(nlp):
    events = _events("PARIS (Reuters) - Meteo-France has placed 12 departments in the south on orange alert for the "
                     "threat of violent thunderstorms on Sunday.")
    assert not [e for e in events if e.plover == "MOBILIZE"]


def test_market_demand_is_no_demand(nlp):
    events = _events("RIYADH (Reuters) - In Riyadh, shares in the state shipping group rose 2 percent as oil prices "
                     "hit a two-week low on concerns about Chinese demand.")
    assert not [e for e in events if e.plover == "REQUEST"]


def test_a_resigned_mood_resigns_nothing(nlp):
    events = _events("YEREVAN (Reuters) - In the village of Berdavan, in Armenia's Tavush province, where farmers "
                     "lost a road last year, the mood was resigned.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_law_that_targets_a_church_attacks_no_one(nlp):
    events = _events("BELGRADE (AP) - Serbia recalled its envoy on Friday, escalating a row over a proposed "
                     "Montenegrin law on church property that Belgrade says targets the Serbian Orthodox Church.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_met_with_tear_gas_is_no_meeting(nlp):
    events = _events("LIMA (Reuters) - \"We came with our children, and they met us with tear gas,\" a vendor "
                     "said.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_a_border_outpost_that_watches_is_none_set_up(nlp):
    events = _events("KATHMANDU (Reuters) - \"Our border outpost is monitoring the situation,\" an officer said.")
    assert not [e for e in events if e.trigger == "outpost"]


def test_a_teams_attack_that_ran_riot_is_no_riot_or_assault(nlp):
    events = _events("SAO PAULO (Reuters) - Brazil's attack, led by a teenager from Santos, ran riot in a 4-0 "
                     "friendly win over Peru.")
    assert not [e for e in events if e.plover in ("ASSAULT", "PROTEST")]


def test_a_fair_trial_received_is_no_event(nlp):
    events = _events("BANGKOK (Reuters) - \"My client is innocent. He fears he will not receive a fair trial in "
                     "Nepal,\" his lawyer in Bangkok said.")
    assert not _with(events, "receive")


# --- modality -----------------------------------------------------------------------------------

def test_what_is_unlikely_is_hypothetical_and_its_subjects(nlp):
    events = _events("TALLINN (Reuters) - Russia is unlikely to attack a NATO member's navy over one tanker, "
                     "an analyst said.")
    attack = _with(events, "attack")
    assert attack and attack[0].modality == "hypothetical"
    assert {a.country for a in attack[0].source} == {"RUS"}


def test_agitators_not_allowed_to_burn_the_capital_are_the_would_be_burners(nlp):
    events = _events("LOME, Togo (Reuters) - The government will not allow a handful of agitators, paid from "
                     "abroad, to set the capital on fire, the minister said.")
    burn = [e for e in events if e.trigger == "set"]
    assert burn and burn[0].modality == "negated"
    assert not any(a.sector == "GOV" for a in burn[0].source)


def test_ties_a_state_has_yet_to_restore_are_not_restored(nlp):
    events = _events("MANAMA (Reuters) - Bahrain, which has yet to restore full diplomatic relations with Iran, "
                     "said it was following the talks.")
    restore = _with(events, "restore")
    assert restore and restore[0].modality == "negated"


def test_a_ban_traders_fear_is_hypothetical(nlp):
    events = _events("NAIROBI (Reuters) - Traders at the market said on Sunday they feared another ban on their "
                     "goods.")
    ban = _with(events, "ban")
    assert ban and ban[0].modality == "hypothetical"


# --- who ----------------------------------------------------------------------------------------

def test_a_former_colony_is_not_its_old_ruler(nlp):
    events = _events("JAKARTA (Reuters) - Indonesian troops invaded the former Portuguese colony in December 1975.")
    invaded = _with(events, "invaded")
    assert invaded and "PRT" not in {a.country for a in invaded[0].target}


def test_kfor_is_natos_force(nlp):
    events = _events("PRISTINA (Reuters) - The NATO-led Kosovo Force (KFOR) said it was watching the situation "
                     "and pledged to act impartially.")
    pledged = _with(events, "pledged")
    assert pledged and _codes(pledged[0].source) == {"IGOWSTNAT"}


def test_a_sentence_that_opens_in_a_country_gives_its_ministry_that_country(nlp):
    events = _events("LIMA, Peru (Reuters) - Peru imposed a state of emergency in Puno on Monday. "
                     "In neighbouring Bolivia, the foreign ministry said it was worried and asked Peruvian "
                     "authorities to let trucks pass.")
    asked = _with(events, "asked")
    assert asked and {a.country for a in asked[0].source} == {"BOL"}


def test_the_ministry_after_a_ministry_spokesman_is_that_ministry(nlp):
    events = _events("TEHRAN (Reuters) - The US State Department said Washington stood with the Iranian people. "
                     "Iran's foreign ministry spokesman rejected the statements. The ministry summoned Germany's "
                     "charge d'affaires in Tehran.")
    summoned = _with(events, "summoned")
    assert summoned and {a.country for a in summoned[0].source} == {"IRN"}


def test_a_place_in_what_the_speaker_adds_is_not_the_denial(nlp):
    events = _events("LA PAZ (Reuters) - Government Minister Eduardo Paredes accused opponents of fomenting the "
                     "protests. He denied that the country had run out of fuel and said three shipments of diesel "
                     "were due to arrive at the Chilean port of Arica within days.")
    denied = _with(events, "denied")
    assert denied and "CHL" not in {a.country for a in denied[0].source}
    assert denied[0].place is None or denied[0].place.country != "CHL"


def test_a_separatist_group_and_rights_organisations_are_actors(nlp):
    mentions = _mentions("QUETTA, Pakistan (Reuters) - A separatist group warned Chinese nationals to leave. Human "
                         "rights organisations accused police of abuses.")
    sectors = {m.text: m.actor.sector for m in mentions}
    assert sectors.get("A separatist group") == "REB"
    assert sectors.get("Human rights organisations") == "NGO"


def test_bare_officers_in_a_police_story_are_police(nlp):
    events = _events("LIMA (Reuters) - Riot police fired tear gas to clear a bridge. Police said 14 people were "
                     "detained. The police said the operation was lawful. Protest leaders rejected that account. "
                     "A vendor said officers had beaten people lying on the ground.")
    beaten = _with(events, "beaten")
    assert beaten and {a.sector for a in beaten[0].source} == {"COP"}


def test_unidentified_men_are_unidentified_attackers(nlp):
    events = _events("COTABATO, Philippines (Reuters) - A village chief was shot and wounded by unidentified men "
                     "on Tuesday.")
    shot = _with(events, "shot")
    assert shot and {a.sector for a in shot[0].source} == {"UAF"}


def test_a_company_of_soldiers_is_no_business(nlp):
    events = _events("MANILA (Reuters) - The army said it had sent an additional company of soldiers to the town.")
    assert not any(a.sector == "BUS" for e in events for a in e.target)


def test_the_mission_in_a_country_that_fights_is_the_missions(nlp):
    events = _events("NAIROBI (Reuters) - Kenyan troops are part of the African Union mission in Somalia, which "
                     "has been fighting al Shabaab for years.")
    fighting = _with(events, "fighting")
    assert fighting and "SOM" not in {a.code for a in fighting[0].source}
    assert all((a.code or "").startswith("IGO") for a in fighting[0].source)


def test_a_short_title_with_wounded_peacekeepers_is_a_passive(nlp):
    title = nlp("Two UN peacekeepers wounded")
    verb = next(t for t in title if t.lower_ == "wounded")
    assert arguments.headline_passive(verb)
    sentence = nlp("Two UN peacekeepers wounded the suspect before dawn.")
    assert not arguments.headline_passive(next(t for t in sentence if t.lower_ == "wounded"))


def test_a_purchase_that_set_off_anti_japanese_protests_did_not_protest(nlp):
    events = _events("TOKYO (Reuters) - Japan bought three islands in 2012, setting off large anti-Japanese "
                     "protests across China.")
    protests = _with(events, "protests")
    assert protests and "JPN" not in {a.country for a in protests[0].source}


def test_intelligence_shared_goes_to_whom_it_is_shared_with(nlp):
    events = _events("WARSAW (Reuters) - Poland could share more intelligence with Vilnius and Riga, the minister "
                     "said.")
    share = _with(events, "share")
    assert share and {a.country for a in share[0].target} == {"LTU", "LVA"}


def test_a_stabbing_on_a_border_names_no_victim_country(nlp):
    events = _events("WARSAW (Reuters) - A soldier was stabbed on the Belarus border on Tuesday night, the army "
                     "said.")
    assert not any(a.country == "BLR" for e in events for a in e.target)
    assert not any(e.place is not None and e.place.country == "BLR" for e in events)


def test_what_officials_said_were_hideouts_abroad_keeps_its_place(nlp):
    events = _events("ISLAMABAD (AP) - Pakistani warplanes struck what officials said were militant hideouts "
                     "inside Afghanistan overnight, killing at least 20 militants, the military said.")
    struck = _with(events, "struck")
    assert struck and struck[0].place is not None and struck[0].place.country == "AFG"


def test_two_letter_words_match_only_main_place_names():
    gaz = gazetteer.load()
    assert all(c.kind in (0, 2, 3) for c in gaz.lookup("Be"))


# --- pages --------------------------------------------------------------------------------------

def test_an_opera_about_a_coup_is_a_culture_page(nlp):
    doc = dyads.code(
        "Opera about the 1973 coup premieres to a standing ovation\n\n"
        "SANTIAGO, Chile (AFP) - An opera about the coup premiered at the city's opera house on Saturday. The "
        "composer said the orchestra and a soprano carried the score. Troops surrounded the palace in the first "
        "act, and jets bombed it. Rehearsals lasted months, she said.", published="2024-05-10")
    assert doc.events == []
    assert "opera" in doc.article.meta.get("culture_report", [])


def test_a_recipe_with_a_war_memory_is_no_news(nlp):
    doc = dyads.code(
        "Mujaddara, my grandmother's lentil supper\n\n"
        "My grandmother remembered the shelling of her town in 1981. Rinse the lentils and simmer them for 20 "
        "minutes. Caramelize the onions in olive oil in a heavy skillet. Add a teaspoon of cumin. Serve with "
        "yoghurt. Every ingredient is cheap.", published="2024-05-10")
    assert doc.events == []
    assert "lentil" in doc.article.meta.get("lifestyle_report", [])
    from dyads.records import record

    assert {"lentil", "simmer", "teaspoon"} <= set(record(doc)["lifestyle_report"])  # the JSON field the README names


def test_a_product_launch_with_ransomware_talk_is_no_news(nlp):
    doc = dyads.code(
        "Startup launches anti-ransomware platform\n\n"
        "AUSTIN, Texas - The startup, backed by venture capital, launched a platform on Tuesday that it says "
        "blocks ransomware attacks. It offers a warranty to customers and struck a deal with a cloud provider. "
        "Hospitals and schools have been hit by hackers in recent years.", published="2024-05-10")
    assert doc.events == []
    assert "warranty" in doc.article.meta.get("lifestyle_report", [])


def test_a_wildfire_page_with_many_weather_words_is_a_weather_report(nlp):
    doc = dyads.code(
        "Wildfire forces hundreds from homes in southern Portugal\n\n"
        "MONCHIQUE, Portugal (Reuters) - A wildfire fanned by gusts of wind destroyed 23 homes overnight. More "
        "than 900 firefighters fought the blaze as the weather service warned of a thunderstorm and temperatures "
        "of 40 degrees celsius. The government said it would not rule out asking for planes from abroad. Police "
        "detained a man on suspicion of starting another fire. Residents were evacuated to a sports hall.",
        published="2024-05-10")
    assert doc.events == []
    assert len(doc.article.meta.get("weather_report", [])) >= 6


# --- second round ----------------------------------------------------------------------------------

def test_a_deal_struck_elsewhere_does_not_make_air_strikes_deals(nlp):
    events = _events("DAMASCUS (Reuters) - Israeli warplanes struck several army positions south of the capital on "
                     "Monday, killing six soldiers. Diplomats said the two sides were still far from striking a "
                     "deal on security arrangements.")
    struck = _with(events, "struck")
    assert struck and struck[0].plover == "ASSAULT"


def test_a_veto_elsewhere_does_not_make_road_blockades_vetoes(nlp):
    events = _events("TOULOUSE, France (AFP) - Farmers blocked motorways around the city on Monday. In Madrid, the "
                     "Spanish government urged France not to block a trade deal with South America.")
    blocked = _with(events, "blocked")
    assert blocked and blocked[0].plover == "PROTEST"


def test_policemen_martyred_were_killed(nlp):
    events = _events("BANNU, Pakistan (Dawn) - Four policemen were martyred when militants attacked a police check "
                     "post in Lakki Marwat on Sunday night.")
    martyred = _with(events, "martyred")
    assert martyred and martyred[0].plover == "ASSAULT" and {a.sector for a in martyred[0].target} == {"COP"}


def test_a_mob_armed_with_lathis_was_armed_by_no_one(nlp):
    events = _events("PATNA (PTI) - The mob was armed with lathis, iron rods and country-made pistols, the police "
                     "said.")
    assert not [e for e in events if e.plover == "AID"]


def test_tear_gas_shells_are_crowd_control_not_artillery(nlp):
    doc = dyads.code("KARACHI (Dawn) - Police fired tear gas shells at hundreds of teachers outside the press club on "
                     "Wednesday, and 15 teachers were injured.", published="2024-05-10")
    assert not any(e.acled == "Shelling/artillery/missile attack" for e in doc.events)


def test_barricades_crossed_are_no_protest_barricades(nlp):
    events = _events("KARACHI (Dawn) - \"Only those who tried to cross the barricades were detained,\" the police "
                     "chief said.")
    assert not _with(events, "barricades")


def test_a_truce_called_off_is_no_truce(nlp):
    events = _events("PESHAWAR (Dawn) - Violence has surged since the militants called off a ceasefire with the "
                     "government in November 2022.")
    assert not [e for e in events if e.trigger == "ceasefire"]


def test_offences_a_case_is_booked_under_are_no_events(nlp):
    events = _events("COOCH BEHAR (PTI) - Police said separate FIRs had been lodged on complaints from both sides, "
                     "and the accused were booked under sections relating to rioting, attempt to murder and arson.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_india_union_home_minister_is_indias_government(nlp):
    mentions = _mentions("RAIPUR (PTI) - Union Home Minister Amit Shah spoke to the chief minister on Tuesday.")
    minister = [m for m in mentions if m.text.startswith("Union Home Minister")]
    assert minister and minister[0].actor.sector == "GOV" and minister[0].actor.country == "IND"


def test_police_station_titles_are_police(nlp):
    mentions = _mentions("SILCHAR (PTI) - The SP told reporters that the SHO had been suspended.")
    assert {m.actor.sector for m in mentions if m.text in ("The SP", "the SHO")} == {"COP"}


def test_a_state_department_spokesman_is_american(nlp):
    mentions = _mentions("NEW DELHI (PTI) - A State Department spokesman said Washington condemned the attack.")
    spokesman = [m for m in mentions if "State Department" in m.text]
    assert spokesman and spokesman[0].actor.country == "USA"


def test_a_square_or_operation_name_holds_no_place(nlp):
    doc = dyads.code("BUENOS AIRES (Reuters) - The Mothers of the Plaza de Mayo marched again. In 1975 the army "
                     "launched an offensive known as Operativo Independencia.", published="2024-05-10")
    assert not any(p.country in ("IRL", "DOM") for p in doc.places)


def test_attacking_a_policy_criticises_it(nlp):
    events = _events("MAGDEBURG (Reuters) - Speakers at the rally attacked the federal government's asylum policy.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_firing_a_director_dismisses_him(nlp):
    events = _events("BAGHDAD (Reuters) - The electricity ministry said it had fired the director of the southern "
                     "distribution company.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_freeing_up_police_releases_no_one(nlp):
    events = _events("MAGDEBURG (Reuters) - The football match was moved to a later kick-off to free up police "
                     "officers for the rally.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_chess_match_between_countries_is_sport(nlp):
    doc = dyads.code(
        "Ukraine beat Russia at the Chess Olympiad\n\n"
        "TASHKENT (Reuters) - Ukraine beat Russia 2.5-1.5 at the Chess Olympiad on Saturday. Playing white, the "
        "Ukrainian grandmaster launched a kingside attack out of a Sicilian Defence and won in the endgame. The "
        "chess federation of Russia congratulated its players.", published="2024-05-10")
    assert doc.events == []


def test_people_detained_across_the_country_are_the_home_countrys(nlp):
    events = _events("PARIS (AFP) - Farmers dumped manure outside prefectures in a protest against the trade deal "
                     "with Brazil and Paraguay. The minister said 19 people had been detained across the country "
                     "over the weekend.")
    detained = _with(events, "detained")
    assert detained and {a.country for a in detained[0].source} == {"FRA"}


def test_men_shot_near_a_border_post_are_no_neighbours_victims(nlp):
    events = _events("MASERU (Reuters) - Witnesses said the two men who died were shot near the border post with "
                     "South Africa.")
    assert not any(a.country == "ZAF" for e in events for a in e.target)


# --- third round ----------------------------------------------------------------------------------

def test_vandals_the_police_faced_looted_not_the_police(nlp):
    events = _events("MAPUTO (Reuters) - \"We were facing vandals who were looting shops,\" police spokesman Fernando "
                     "Tembe told reporters.")
    looting = _with(events, "looting")
    assert not any(a.sector == "COP" for e in looting for a in e.source)


def test_a_return_to_civilian_rule_pushed_back_is_postponed(nlp):
    events = _events("BAMAKO (Reuters) - The junta has repeatedly pushed back a promised return to civilian rule.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_protesters_blockade_of_a_highway_is_a_protest(nlp):
    events = _events("MATOLA, Mozambique (Reuters) - Protesters maintained a blockade of the N4 highway for several "
                     "hours on Monday.")
    blockade = _with(events, "blockade")
    assert blockade and blockade[0].plover == "PROTEST"


def test_riots_across_the_countrys_jails_jail_no_one(nlp):
    events = _events("QUITO (Reuters) - Nearly 500 prisoners have been killed in riots across the country's jails "
                     "since 2021.")
    assert not _with(events, "jails")


def test_a_recaptured_gang_leader_is_arrested_again(nlp):
    events = _events("QUITO (Reuters) - Gang leader Adolfo Macias escaped from prison in 2024. Adolfo Macias was "
                     "recaptured in Manta in 2025.")
    recaptured = _with(events, "recaptured")
    assert recaptured and recaptured[0].cameo == "173"


def test_a_coast_guard_expelling_a_vessel_drives_it_away(nlp):
    events = _events("BEIJING (Reuters) - China's coast guard said it had expelled two Japanese fishing vessels from "
                     "the waters on Friday.")
    expelled = _with(events, "expelled")
    assert expelled and expelled[0].cameo == "174"


def test_a_countrys_made_weapon_names_no_target(nlp):
    events = _events("MOSCOW (Reuters) - The ministry said its forces had destroyed two U.S.-made Bradley infantry "
                     "fighting vehicles near the village.")
    assert not any(a.country == "USA" for e in events for a in e.target)


def test_drones_that_slam_into_buildings_criticise_no_one(nlp):
    events = _events("KHARKIV (Reuters) - Russian attack drones slammed into apartment blocks in Kharkiv overnight, "
                     "killing three people.")
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_protesters_failing_to_disperse_coerce_no_one(nlp):
    events = _events("FRESNO (AP) - Eight protesters were arrested on suspicion of failing to disperse, police said.")
    assert not _with(events, "disperse")


def test_calling_for_an_officer_to_be_fired_asks_for_a_dismissal(nlp):
    events = _events("FRESNO (AP) - \"Calling for him to be fired before the facts are known is reckless,\" the "
                     "officers' union said.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_history_podcast_is_a_culture_page(nlp):
    doc = dyads.code(
        "Napoleon podcast tops the charts\n\n"
        "LONDON - A six-part podcast series about Napoleon's invasion of Russia in 1812 has reached the top of the "
        "charts. Each episode is read by a narrator, and listeners hear how the Russian armies retreated and burned "
        "villages. The French attacked the Russian earthworks at Borodino.", published="2024-05-10")
    assert doc.events == []


def test_events_before_1900_are_history_not_event_data(nlp):
    events = _events("KYIV (Reuters) - Russian drones struck Kyiv on Monday. The city was first burned by invaders in "
                     "December 1240, and French troops attacked Russian earthworks at Borodino in September 1812, a "
                     "historian said.")
    assert events and not any(e.date and e.date < "1900" for e in events)
    assert any(e.trigger == "struck" for e in events)


# --- fourth round -----------------------------------------------------------------------------------

def test_police_firing_on_striking_workers_leaves_the_workers_striking(nlp):
    events = _events("ZHANAOZEN, Kazakhstan (Reuters) - In December 2011, police opened fire on striking oil workers "
                     "and their supporters.")
    striking = [e for e in events if e.trigger == "striking"]
    assert striking and not any(a.sector == "COP" for a in striking[0].source)


def test_a_street_named_after_a_place_is_no_place(nlp):
    doc = dyads.code("DUBLIN (Reuters) - Bottles were thrown near the junction of Westmoreland Street, and four "
                     "people were arrested.", published="2024-05-10")
    assert not any(p.country == "JAM" for p in doc.places)


def test_a_team_attack_in_a_football_semi_final_is_no_assault(nlp):
    events = _events("DUBLIN (Reuters) - Kerry's attack ran through the Dublin defence in the All-Ireland football "
                     "semi-final at Croke Park on Saturday.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_restaurant_ban_on_a_reality_star_is_no_news(nlp):
    doc = dyads.code(
        "Lyon bistro bans reality TV star for life\n\n"
        "LYON, France - The chef of a traditional bistro said on Saturday he had banned a reality TV star, an "
        "influencer with two million followers who rose to fame on a dating show, after a row over the wine list. "
        "\"He is banned,\" the chef said. Police said nobody was arrested.", published="2024-05-10")
    assert doc.events == []


def test_the_threat_of_violence_named_in_general_is_no_threat(nlp):
    events = _events("LILONGWE (Reuters) - \"Political violence, or even the threat of it, has no place in our "
                     "elections,\" the commission's chairperson said.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_that_would_kill_us_kills_no_one(nlp):
    events = _events("BISSAU (Reuters) - \"If they close the borders, that would kill us,\" a trader at the market "
                     "said.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_talks_following_a_joined_report_are_the_speakers(nlp):
    events = _events("PARIS (Reuters) - France's leader told reporters that Athens must stay in the single currency "
                     "and that nobody planned an exit, following talks with Germany's chancellor on Friday.")
    talks = _with(events, "talks")
    assert talks and "GRC" not in {a.country for e in talks for a in e.source + e.target}
    assert {"FRA", "DEU"} <= {a.country for e in talks for a in e.source + e.target}
