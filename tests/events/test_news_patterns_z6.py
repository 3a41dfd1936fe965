"""Event rules for patterns met reading whole news articles (fifth set): sentences written for
these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import coded_mentions as _mentions
from tests.events.news_helpers import with_trigger as _with

import dyads
from dyads.events.scoring import culture_terms


def _pairs(events, trigger: str):
    return {(tuple(a.country for a in e.source), tuple(a.country for a in e.target))
            for e in events if e.trigger == trigger}


def test_a_leaders_office_speaks_for_the_government(nlp):
    events = _events(
        "ABUJA, Nigeria (Reuters) - The Kano State governor's office condemned the killings on Monday.\n\n"
        "In Islamabad, the prime minister's office condemned the bombing of a bus.")
    condemned = _with(events, "condemned")
    assert len(condemned) == 2
    assert all(e.source and e.source[0].sector == "GOV" for e in condemned)


def test_parties_that_accuse_each_other_accuse_one_another(nlp):
    events = _events(
        "ADDIS ABABA (AP) - Ethiopia and Eritrea accused each other on Sunday of massing troops on the border.")
    assert _pairs(events, "accused") == {(("ETH",), ("ERI",)), (("ERI",), ("ETH",))}


def test_traded_accusations_go_both_ways(nlp):
    events = _events("ISLAMABAD (AP) - Pakistan and Afghanistan traded accusations after the border clash.")
    assert _pairs(events, "accusations") == {(("PAK",), ("AFG",)), (("AFG",), ("PAK",))}


def test_one_who_is_stopped_and_ordered_back_is_ordered_not_the_one_ordering(nlp):
    events = _events(
        "ADEN, Yemen (AFP) - Trucks of the World Food Programme were halted at a checkpoint and ordered "
        "to turn back, aid workers said.")
    ordered = _with(events, "ordered")
    assert ordered
    assert not any((a.code or "").startswith("IGO") for e in ordered for a in e.source)
    assert any((a.code or "").startswith("IGO") for e in ordered for a in e.target)


def test_taking_over_from_a_predecessor_is_a_succession_not_a_capture(nlp):
    events = _events(
        "MOGADISHU (Reuters) - A new African Union force took over from its predecessor in January.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_acting_in_violation_of_an_accord_is_no_separate_violation(nlp):
    events = _events(
        "KINSHASA (Reuters) - \"Their soldiers are on our soil in violation of every commitment made in "
        "Luanda,\" the government spokesman said.")
    assert not _with(events, "violation")


def test_the_rebel_alliance_is_the_rebels_not_the_united_nations(nlp):
    events = _events(
        "GOMA, Congo (AP) - M23 rebels advanced on the town of Sake on Tuesday. The UN Security Council "
        "is due to meet on Friday.\n\n"
        "\"We will defend the civilians in the areas we hold,\" said a spokesman for the rebel alliance. "
        "The rebels had seized Goma in January.")
    seized = _with(events, "seized")
    assert seized
    assert all(not (a.code or "").startswith("IGO") for e in seized for a in e.source)
    assert any(a.sector == "REB" for e in seized for a in e.source)


def test_those_blamed_together_for_an_attack_made_it(nlp):
    events = _events(
        "KIGALI (Reuters) - A government spokesperson blamed Burundian troops and allied militias for "
        "attacking the positions first.")
    attacking = _with(events, "attacking")
    assert attacking and [(a.country, a.sector) for a in attacking[0].source] == [("BDI", "MIL")]


def test_our_men_in_a_police_officers_quote_are_the_police(nlp):
    events = _events(
        "RAIPUR, India (AFP) - \"The insurgents opened fire on our men first,\" the Inspector General of "
        "Police said.")
    fired = _with(events, "opened fire")
    assert fired and [a.sector for a in fired[0].target] == ["COP"]


def test_vigilantes_are_an_armed_side(nlp):
    events = _events(
        "GUSAU, Nigeria (Reuters) - Local vigilantes killed four suspected bandits near the village on Monday.")
    killed = _with(events, "killed")
    assert killed and [a.sector for a in killed[0].source] == ["REB"]


def test_a_carnival_report_is_culture_not_a_protest_march(nlp):
    doc = dyads.code(
        "Carnival opens with parade of floats and drums\n\n"
        "RECIFE, Brazil (AFP) - Thousands of dancers marched through the old town on Saturday as the "
        "carnival opened. Samba troupes in feathered headdresses and costumes filled the streets, and the "
        "festivities will run until Tuesday.", published="2024-02-10")
    assert doc.events == []


def test_culture_terms_name_festival_words(nlp):
    from dyads.nlp import get_nlp

    doc = get_nlp()("The samba troupe wore costumes at the carnival.")
    assert {"samba", "troupe", "costume", "carnival"} <= culture_terms(doc)


def test_a_warning_of_what_has_happened_is_no_threat(nlp):
    events = _events(
        "OTTAWA (AP) - The director of Canada's domestic intelligence service has repeatedly warned that "
        "espionage and foreign interference have overtaken terrorism as the country's main security "
        "concern. Beijing warned that Ottawa would pay a heavy price.")
    threats = [e for e in events if e.plover == "THREATEN"]
    assert len(threats) == 1 and threats[0].sentence.startswith("Beijing")


def test_a_warning_of_an_ongoing_course_stays_a_threat(nlp):
    events = _events("TEHRAN (AP) - Iran warned Israel that it was playing with fire.")
    assert [e.plover for e in events] == ["THREATEN"]


def test_a_blocked_package_is_a_veto(nlp):
    events = _events(
        "BRUSSELS (Reuters) - A package of new EU sanctions against Iran was blocked on Monday when Slovakia "
        "refused to give its consent.")
    assert not [e for e in events if e.plover == "PROTEST"]
    assert [a.country for e in events if e.cameo == "129" for a in e.source] == ["SVK"]


def test_withholding_approval_is_a_refusal_not_a_restriction_or_support(nlp):
    events = _events("BRATISLAVA (Reuters) - Slovakia withheld its approval of the plan on Monday.")
    assert [(e.plover, e.trigger) for e in events] == [("REJECT", "withheld")]


def test_a_government_toppled_by_a_vote_is_no_assault(nlp):
    events = _events(
        "LISBON (AFP) - The government was toppled by a censure motion in parliament on Tuesday.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_goods_supplied_by_a_company_are_trade_not_aid(nlp):
    events = _events(
        "BERLIN (AP) - The police had been using software supplied by an American company. Russia "
        "supplied weapons to Syria.")
    assert [e.trigger for e in events if e.plover == "AID"] == ["supplied weapons"]


def test_a_barrier_protecting_a_building_protects_no_one(nlp):
    events = _events(
        "BRUSSELS (AP) - Tyres were set alight, and a barrier protecting the European Parliament was pushed over.")
    assert not _with(events, "protecting")


def test_banned_pesticides_coerce_no_one(nlp):
    events = _events(
        "PARIS (AFP) - \"They import food grown with pesticides that are banned here,\" a farmer said.")
    assert not _with(events, "banned")


def test_a_base_hosting_foreign_forces_holds_no_meeting(nlp):
    events = _events(
        "DARWIN, Australia (AP) - Police charged two men with spying on an air base that hosts U.S. forces.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_the_department_of_foreign_affairs_is_the_government(nlp):
    events = _events(
        "MANILA (AP) - The Department of Foreign Affairs summoned a senior Chinese diplomat on Sunday.")
    summoned = _with(events, "summoned")
    assert summoned and [a.country for a in summoned[0].source] == ["PHL"]


def test_splm_in_opposition_is_south_sudanese(nlp):
    events = _events(
        "JUBA, South Sudan (AP) - The army accused the SPLM-IO of arming a militia in Upper Nile.")
    accused = _with(events, "accused")
    assert accused and [a.country for a in accused[0].target] == ["SSD"]


def test_an_officer_of_police_is_one_person_that_he_refers_to(nlp):
    events = _events(
        "RANCHI, India (AP) - Superintendent of Police Arvind Kumar for the district defended the officers. "
        "He accused the protesters of attacking a police station.")
    accused = _with(events, "accused")
    assert accused and [a.sector for a in accused[0].source] == ["COP"]


def test_a_senior_embassy_official_summoned_is_of_another_state_than_the_one_summoning(nlp):
    events = _events(
        "BEIJING (AFP) - China rejected the accusations on Friday. In Manila, the Department of Foreign "
        "Affairs said it had summoned a senior Chinese embassy official.")
    summoned = _with(events, "summoned")
    assert summoned and summoned[0].source
    assert not any(a.country == "CHN" for a in summoned[0].source)


def test_an_accented_dateline_makes_the_government_the_host_countrys(nlp):
    mentions = _mentions(
        "Mexico sends troops to Sinaloa\n\n"
        "CULIACÁN, Mexico (AP) — Mexico is sending more soldiers to the northern state of Sinaloa.\n\n"
        "A cartel leader was flown to the United States in July.\n\n"
        "In 2019, gunmen besieged the city and forced the government to release a suspect.")
    government = [m for m in mentions if m.text == "the government"]
    assert government and government[0].actor.country == "MEX"


def test_the_state_after_a_federal_state_is_no_country(nlp):
    mentions = _mentions(
        "MEXICO CITY (AP) — Troops were sent to the northern state of Sinaloa on Monday. A leader was "
        "flown to the United States in July. The feud has killed 1,000 people in the state.")
    assert not [m for m in mentions if m.text == "the state"]


def test_the_country_is_not_a_foreign_firms_nationality(nlp):
    mentions = _mentions(
        "PANAMA CITY (AP) — Protests against a contract for a Canadian company's copper mine paralyzed "
        "the country for a month in 2023.")
    assert not [m for m in mentions if m.text == "the country" and m.actor.country == "CAN"]


def test_an_unnamed_defense_department_is_the_home_countrys_not_the_pentagon(nlp):
    events = _events(
        "MEXICO CITY (AP) — More than 11,000 troops are deployed in the state, the Defense Department said.")
    assert not any(a.country == "USA" for e in events for a in e.source + e.target)


def test_the_inter_american_commission_is_an_intergovernmental_body(nlp):
    mentions = _mentions(
        "MANAGUA (AP) — More than 300 people were killed, according to the Inter-American Commission on "
        "Human Rights.")
    assert [m.actor.code for m in mentions if "Commission" in m.text] == ["IGOOAS"]


def test_indigenous_authorities_are_community_leaders_not_the_state(nlp):
    events = _events(
        "GUATEMALA CITY (AP) — Indigenous authorities blocked more than two dozen highways on Tuesday.")
    blocked = _with(events, "blocked")
    assert blocked and blocked[0].plover == "PROTEST"
    assert [a.sector for a in blocked[0].source] == ["CVL"]


def test_restrictions_imposed_on_each_other_go_both_ways(nlp):
    events = _events("SEOUL (AP) - Seoul and Tokyo imposed trade restrictions on each other in 2019.")
    pairs = {(e.source[0].country, e.target[0].country) for e in events if e.plover == "SANCTION"
             and e.source and e.target}
    assert pairs == {("KOR", "JPN"), ("JPN", "KOR")}


def test_regaining_independence_takes_no_ground(nlp):
    events = _events(
        "VILNIUS (AP) - Lithuania, which regained its independence from the Soviet Union in 1990, "
        "summoned the Russian envoy.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_hosting_a_groups_office_is_no_meeting(nlp):
    events = _events("DOHA (AP) - Qatar has hosted the Taliban's political office since 2013.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_a_demand_joined_to_a_fronted_report_is_the_doers_not_the_reporters(nlp):
    events = _events(
        "MULTAN, Pakistan (Reuters) - Armed bandits abducted 11 people from a village and were demanding a "
        "ransom, police said.")
    demanding = _with(events, "demanding")
    assert demanding and [a.sector for a in demanding[0].source] == ["REB"]


def test_marching_captives_is_no_protest(nlp):
    events = _events(
        "KADUNA, Nigeria (AP) - The gunmen fired shots into the air and marched the pupils into the forest.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_men_pulled_out_of_a_car_are_not_withdrawn(nlp):
    events = _events(
        "JAIPUR, India (AP) - Two traders were stopped by a mob, pulled out of their car and beaten with sticks.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_offers_of_jobs_that_lure_victims_are_no_agreement(nlp):
    events = _events(
        "LAHORE, Pakistan (AP) - The gangs lure victims with offers of jobs and hold them in hideouts.")
    assert not [e for e in events if e.plover == "AGREE"]


def test_whoever_identifies_a_victim_did_not_attack_him(nlp):
    events = _events(
        "JAIPUR, India (AP) - The victim, identified by police as a dairy farmer from Haryana, was attacked "
        "late on Monday near the village.")
    attacked = _with(events, "attacked")
    assert attacked and not any(a.sector == "COP" for a in attacked[0].target)


def test_police_charging_a_crowd_use_force_and_charging_men_with_murder_stays_legal(nlp):
    events = _events(
        "BELGRADE (AP) - Riot police charged the crowd on Saturday night. Prosecutors charged the two men "
        "with murder.")
    codes = {e.sentence.split()[0]: e.cameo for e in events if e.trigger == "charged"}
    assert codes == {"Riot": "175", "Prosecutors": "1121"}


def test_a_demonstration_of_force_is_no_protest(nlp):
    events = _events(
        "TOKYO (AP) - \"The joint flights are clearly a demonstration of force against Japan,\" the defence "
        "minister said.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_protest_as_a_right_is_no_protest_held(nlp):
    events = _events(
        "BRUSSELS (AP) - \"Peaceful protest is a fundamental right,\" a European Commission spokesperson said.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_relevant_parties_are_no_political_parties(nlp):
    events = _events("BEIJING (AP) - China urged relevant parties to stop unilateral actions.")
    assert not any(a.sector == "PTY" for e in events for a in e.target)


def test_troops_ordered_to_a_place_are_deployed(nlp):
    events = _events("CARACAS (AP) - The president ordered additional troops to the border state on Tuesday.")
    assert [(e.plover, e.trigger) for e in events] == [("MOBILIZE", "ordered")]


def test_one_deployment_order_does_not_make_every_order_a_deployment(nlp):
    events = _events(
        "CARACAS (AP) - The president ordered additional troops to the border state on Tuesday. He ordered "
        "the foreign minister to recall the ambassador.")
    assert [e.plover for e in events if e.trigger == "ordered"][:1] == ["MOBILIZE"]
    assert not [e for e in events if e.trigger == "ordered" and "recall" in e.sentence and e.plover == "MOBILIZE"]


def test_speaking_at_a_military_base_is_no_meeting_with_the_army(nlp):
    events = _events(
        "BOGOTA (AP) - Speaking at a military base in the north, the president said the rebels had been weakened.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_a_hospital_named_for_a_nation_is_no_party_of_that_nation(nlp):
    mentions = _mentions(
        "EL FASHER, Sudan (AP) - A doctor at the city's Saudi Hospital said 20 wounded had been brought in.")
    assert not any(m.actor.country == "SAU" for m in mentions)


def test_institutions_captured_by_a_clan_is_a_figure_of_speech(nlp):
    events = _events(
        "LIBREVILLE, Gabon (AP) - \"The institutions of the republic have been captured by a small clan,\" "
        "the colonel said.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_capital_where_forces_are_deployed_is_a_place_not_its_government(nlp):
    events = _events(
        "NAIROBI, Kenya (AP) - Police deployed additional officers in Nairobi and Mombasa ahead of the hearings.")
    deployed = _with(events, "deployed")
    assert deployed and not any(a.sector == "GOV" for a in deployed[0].target)


def test_a_book_review_is_culture(nlp):
    doc = dyads.code(
        "New history recasts the Prague Spring\n\n"
        "LONDON (Reuters) - For most readers, 1968 means students in Paris. In a new book, historian Jane "
        "Doe argues that the decisive events came in the east. The book's best chapter follows the tanks "
        "that crushed the protests in August 1968, and the author's memoir of her archive years closes it.",
        published="2024-02-10")
    assert doc.events == []


def test_a_science_page_on_viruses_attacking_bacteria_is_no_politics(nlp):
    doc = dyads.code(
        "Viruses that attack bacteria clear infections in trial\n\n"
        "COPENHAGEN (Reuters) - Viruses that invade and destroy bacteria cleared drug-resistant infections "
        "in a small clinical trial, researchers said. The phage viruses hijack the bacterium's cells, and "
        "the team will now test them against other superbugs, a microbiologist said.", published="2024-02-10")
    assert doc.events == []


def test_donor_governments_are_not_the_recipients_government(nlp):
    events = _events(
        "GENEVA (Reuters) - Donor governments pledged about $1.4 billion in humanitarian aid for Sudan at a "
        "conference on Tuesday, less than half of what the United Nations says is needed.")
    pledged = _with(events, "pledged")
    assert pledged and pledged[0].source and not any(a.country == "SDN" for a in pledged[0].source)


def test_foreign_aid_workers_seized_are_taken_hostage(nlp):
    events = _events(
        "BAMAKO, Mali (AP) - The pair, a Belgian logistician and a Portuguese nurse, were seized in March "
        "near the town of Mopti. Rebels seized the town of Gao.")
    kinds = {e.sentence.split()[0]: e.cameo for e in events if e.trigger == "seized"}
    assert kinds["The"] == "181" and kinds["Rebels"] != "181"


def test_a_fronted_without_states_a_condition_not_a_refusal(nlp):
    events = _events(
        "DHAKA (Reuters) - \"Without urgent funding, families who already have nothing will have even less,\" "
        "the agency's director said.")
    assert events == []


def test_a_french_acronym_names_no_french_party(nlp):
    mentions = _mentions(
        "ANTANANARIVO, Madagascar (AP) - The colonel's unit, known by its French acronym CAPSAT, joined the "
        "protesters on Saturday.")
    assert not any(m.actor.country == "FRA" for m in mentions)


def test_a_day_of_that_year_takes_the_year_named_before(nlp):
    events = _events(
        "GUATEMALA CITY (AP) - A court on Tuesday convicted a colonel over a massacre in 1982.\n\n"
        "Prosecutors said 54 people were shot on March 4 of that year. Soldiers burned the village in June "
        "of that year.")
    dates = {e.trigger: e.date for e in events}
    assert dates["shot"] == "1982-03-04" and dates["burned"] == "1982-06"


def test_the_state_a_country_broke_from_is_not_where_its_government_acts(nlp):
    events = _events(
        "BISSAU, Guinea-Bissau (AP) - The small West African nation has a long history of military "
        "interference in politics. It has experienced four successful coups since independence from "
        "Portugal in 1974, and the government said it had put down an armed attack on the presidential "
        "palace in February 2022.")
    put_down = _with(events, "put down")
    assert put_down and [a.country for a in put_down[0].source] == ["GNB"]


def test_that_year_skips_a_span_of_years(nlp):
    events = _events(
        "SEOUL (AP) - Relations sank to a low in 2019 amid disputes over Japan's 1910-45 colonial rule. "
        "The two governments imposed trade restrictions on each other that year.")
    assert {e.date for e in events if e.trigger == "imposed trade restrictions"} == {"2019"}


def test_marchers_carrying_a_nations_flags_are_not_that_nation(nlp):
    events = _events(
        "BELGRADE (AP) - Thousands marched to the memorial. Some carried Russian flags and banners opposing "
        "Serbia's bid to join the European Union.")
    assert not any(a.country == "RUS" for e in events for a in e.source)


def test_the_mediators_countries_are_not_the_two_sides(nlp):
    mentions = _mentions(
        "JEDDAH, Saudi Arabia (AFP) - Delegations from Sudan's army and the Rapid Support Forces returned to "
        "talks in Jeddah on Monday, U.S. and Saudi mediators said, reviving talks that have broken down since "
        "the two sides went to war.")
    sides = {m.actor.country for m in mentions if m.text == "the two sides"}
    assert not sides & {"USA", "SAU"}


def test_us_titles_gov_sen_and_rep_name_their_branch(nlp):
    events = _events(
        "PHOENIX (AP) - Arizona Gov. Lydia Carrasco on Wednesday vetoed a bill on groundwater. Sen. Mark "
        "Lind criticized the veto.")
    vetoed = _with(events, "vetoed")
    assert vetoed and [a.sector for a in vetoed[0].source] == ["GOV"]


def test_the_georgia_state_capitol_is_in_the_united_states(nlp):
    events = _events(
        "ATLANTA (AP) - Thousands of people rallied at the Georgia State Capitol on Tuesday to oppose a bill.")
    assert not any(a.country == "GEO" for e in events for a in e.source + e.target)


def test_a_rule_blocked_by_a_judge_is_a_veto(nlp):
    events = _events("AUSTIN, Texas (AP) - Portions of the rule were blocked by a federal judge in Texas.")
    assert [e.cameo for e in events if e.trigger == "blocked"] == ["129"]


def test_surrounding_counties_and_bans_on_pay_are_no_events(nlp):
    events = _events(
        "ATLANTA (AP) - The water system serves the city and surrounding counties. The court upheld a state "
        "ban on per-signature pay in 2001.")
    assert not [e for e in events if e.plover in ("COERCE",)]


def test_a_headline_strike_of_city_workers_against_the_city_is_political(nlp):
    from dyads.events.scoring import protest_on_the_state_in_lead
    from dyads.nlp import get_nlp

    text = ("DENVER (AP) - By sunrise on Tuesday, picket lines had formed outside the city's water plants, as "
            "about 4,200 city employees walked off the job over pay.")
    events = dyads.code(text, published="2024-09-17").events
    doc = get_nlp()(text)
    assert protest_on_the_state_in_lead(events, doc, "Denver city workers strike as trash piles up")
    assert not protest_on_the_state_in_lead(events, doc, "Denver trash piles up as talks stall")


def test_a_strike_page_the_filter_would_drop_is_kept_and_marked(nlp):
    from dyads.records import record

    coded = dyads.code(JO_STRIKE_PAGE, published="2024-09-17")
    assert record(coded)["political"] >= 0.2
    assert record(coded)["protest_in_lead"] is True
    assert any(e.plover == "PROTEST" for e in coded.events)


# A city workers' strike written for these tests (a feature's lead: a scene before the strike).
JO_STRIKE_PAGE = 'Denver city workers strike for first time in decades as trash piles up and talks stall\n\nShortly after 5 a.m. Tuesday, as the first garbage trucks would normally have been rolling out of the city\'s Central Platte Campus, about 200 sanitation drivers in orange vests instead lined up along West Sixth Avenue holding hand-lettered signs. "Essential all year, not just in a blizzard," one read. By sunrise, picket lines had formed outside water treatment facilities, recreation centers, the Denver Animal Shelter and the municipal building across from Civic Center Park.\n\nIt was the first strike by Denver city employees in more than four decades, and it brought a sudden halt to services residents rarely think about until they stop. Roughly 4,200 workers represented by Local 1472 of the Colorado Municipal Employees Union walked off the job after a marathon bargaining session ended without a deal just before midnight Monday, according to union officials and a spokesperson for Mayor Adrian Velasquez.\n\n"Nobody out here wanted to strike," said Luis Carrasquillo, a 19-year sanitation driver who has worked routes in Montbello and Green Valley Ranch. "I\'ve got a mortgage in Aurora because I can\'t afford to live in the city I clean. We\'ve been asking for two years for wages that let us stay here. At some point, you stop asking."\n\nALSO READ: Velasquez orders hiring freeze as Denver faces $48 million budget gap\n\nThe central dispute is money. The union is seeking raises totaling 16 percent over three years, arguing that wages for many of its members have fallen behind the region\'s housing costs since the pandemic. The city\'s final offer, presented Monday afternoon, amounted to 9.5 percent over the same period, along with a one-time $1,500 retention bonus. The two sides are also divided over staffing levels at the city\'s 311 call center and the use of private contractors for trash and recycling routes in newly annexed neighborhoods near the airport.\n\nVelasquez, a first-term mayor who won office in 2023 with strong backing from organized labor, struck a more combative tone Tuesday than many of his allies expected. At a midday news conference, he said the union\'s demands would force layoffs elsewhere in city government and described the walkout as "a decision to put leverage ahead of the people we all serve."'


def test_a_cycling_stage_report_is_sport(nlp):
    doc = dyads.code(
        "Verhoeven wins summit finish as breakaway fades\n\n"
        "AURON, France (AFP) - Sem Verhoeven launched a decisive attack three kilometres from the summit "
        "finish to win the stage, as the peloton caught the last of the breakaway. The start had been "
        "delayed by 15 minutes after riders staged a brief protest over safety on the descent. The yellow "
        "jersey stayed with his teammate, who leads the general classification before the time trial.",
        published="2024-03-08")
    assert doc.events == []


def test_lines_after_a_wire_storys_end_mark_are_not_body(nlp):
    html = ("<html><head><title>North Korea fires missiles</title></head><body><article>"
            "<p>SEOUL, Aug. 20 (PAN) -- North Korea fired two missiles into the sea on Tuesday, the South's "
            "military said, a day after the allies began their annual drills.</p>"
            "<p>The North has called the drills a rehearsal for invasion. (END)</p>"
            "<div class='reporter'><p>Lee Su-bin covers the military from Seoul. She has covered the 2018 "
            "inter-Korean summits and the collapse of the 2019 Hanoi talks.</p></div>"
            "</article></body></html>")
    text = dyads.code(html, published="2024-08-20").article.text
    assert "(END)" in text and "Hanoi talks" not in text


def test_a_budget_proposal_that_would_hit_farmers_strikes_no_one(nlp):
    events = _events(
        "BRUSSELS (AP) - The European Commission's proposal for the 2028-2034 budget, worth close to 2 "
        "trillion euros over seven years, would hit net contributors hardest.")
    assert not [e for e in events if e.trigger == "hit"]


def test_a_courts_deadline_to_file_is_no_ultimatum(nlp):
    events = _events(
        "AMARILLO, Texas (AP) - Judge Kenneth Albrecht set a hearing for July 9, giving the Justice "
        "Department two weeks to respond. Israel gave Hamas 48 hours to release the hostages.")
    assert [e.sentence.split()[0] for e in events if e.plover == "THREATEN"] == ["Israel"]


def test_a_judge_who_blocked_a_program_vetoed_it(nlp):
    events = _events("BROWNSVILLE, Texas (AP) - A federal judge in Brownsville blocked the program in 2015.")
    assert [e.cameo for e in events if e.trigger == "blocked"] == ["129"]


def test_attorneys_general_are_law_officers_not_generals(nlp):
    events = _events(
        "WASHINGTON (AP) - Attorneys general from Florida and Ohio joined the complaint against the order.")
    assert not any(a.sector == "MIL" for e in events for a in e.source)


def test_arrests_the_soldiers_will_not_make_are_no_threat(nlp):
    events = _events("PHOENIX (AP) - The soldiers will not make arrests, officials said.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_titles_ending_in_general_are_no_generals(nlp):
    mentions = _mentions(
        "NAIROBI, Kenya (AP) - The Auditor-General said the payments were irregular. The Director-General "
        "of the agency resigned, and the Solicitor General said an appeal would follow.")
    assert not any(m.actor.sector == "MIL" for m in mentions)
    assert {m.actor.sector for m in mentions if "General" in m.text} == {"GOV", "JUD"}


def test_gen_and_col_abbreviations_name_officers(nlp):
    mentions = _mentions("KHARTOUM (AP) - Col. Ahmed Musa and Maj. Gen. Peter Lual said the town was calm.")
    assert [m.actor.sector for m in mentions if m.text.startswith(("Col.", "Maj."))] == ["MIL", "MIL"]


def test_summoning_each_others_envoys_goes_both_ways(nlp):
    events = _events("ISLAMABAD (AP) - Pakistan and Afghanistan summoned each other's envoys on Tuesday.")
    assert _pairs(events, "summoned") == {(("PAK",), ("AFG",)), (("AFG",), ("PAK",))}


def test_a_strike_called_by_unions_is_staged_by_them(nlp):
    events = _events(
        "PARIS (AP) - The strike was called jointly by the CGT, Force Ouvrière and other unions.")
    called = _with(events, "called")
    assert called and called[0].plover == "PROTEST"
    assert {a.sector for a in called[0].source} == {"LAB"}


def test_the_western_region_of_a_ghana_story_is_ghanas(nlp):
    events = _events(
        "ACCRA, Ghana (AP) - Police in the Western Region fired warning shots to disperse a crowd.")
    assert {e.place.country for e in events if e.place is not None} == {"GHA"}


def test_a_quotations_we_takes_its_speakers_country_not_one_named_inside(nlp):
    events = _events(
        "SEOUL (AP) - North Korean troops fired artillery near the border on Sunday. \"We sternly warn that "
        "the North Korean regime bears full responsibility for the escalation,\" Lt. Gen. Park Sung-hoon, "
        "the Joint Chiefs' director of operations, said.")
    assert not any(a.country == "PRK" for e in events if "sternly" in e.sentence for a in e.source)


def test_training_on_each_others_territory_is_not_training_each_other(nlp):
    events = _events(
        "MANILA (AP) - An agreement that allows Japanese and Philippine troops to train on each other's "
        "territory took effect last year.")
    assert len(_with(events, "train")) <= 1


def test_surrendering_a_battle_to_speculators_is_a_figure_of_speech(nlp):
    events = _events(
        "BUENOS AIRES (AP) - \"We are not going to surrender this battle to speculators,\" the central bank "
        "president told reporters.")
    assert not [e for e in events if e.plover == "RETREAT"]


def test_georgia_among_us_states_is_the_state_not_the_country(nlp):
    us = _mentions("WASHINGTON (AP) - Attorneys general from Florida, Georgia and Ohio joined the complaint.")
    assert not any(m.actor.country == "GEO" for m in us)
    country = _mentions("TBILISI, Georgia (AP) - Georgia protested to Russia on Monday.")
    assert any(m.actor.country == "GEO" for m in country)


def test_a_bare_secretary_of_state_is_american(nlp):
    mentions = _mentions(
        "MANILA (AP) - Secretary of State Elaine Porterfield pledged support for the Philippines on Thursday.")
    assert [m.actor.code for m in mentions if m.text.startswith("Secretary")] == ["USAGOV"]
    uk = _mentions("LONDON (AP) - The Secretary of State for Defence said the review would be published. "
                   "Secretary of State for Defence Mark Fenwick said it would come out in June.")
    assert not any(m.actor.country == "USA" for m in uk)
