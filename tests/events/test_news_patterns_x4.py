"""Event rules for patterns met reading whole news articles (third set): sentences written for
these tests."""

from __future__ import annotations

from tests.events.news_helpers import by_trigger as _by_trigger
from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries

import dyads


def test_a_story_filed_from_a_bureau_abroad_is_not_about_the_bureaus_country(nlp):
    events = _events(
        "Airstrike on a village in Sagaing kills 20\n\n"
        "BANGKOK, Jan 26 (Reuters) - A Myanmar military airstrike on a village in the Sagaing region killed "
        "20 people, residents said.\n\n"
        "Two jets bombed the market at about 10 a.m., witnesses said. A resistance group said three children "
        "were among the dead.\n\n"
        "A rights group based in Bangkok said the toll could rise. Residents said the army had also "
        "torched houses in four villages.")
    torched = _by_trigger(events, "torched")
    assert _countries(torched.source) == {"MMR"}


def test_the_army_of_a_story_is_the_hosts_after_a_foreign_country_met_in_passing(nlp):
    events = _events(
        "Militants kill five soldiers\n\n"
        "ISLAMABAD (AFP) - Five soldiers were killed when militants attacked a checkpoint in Pakistan's "
        "North Waziristan district, the military said.\n\n"
        "Police said the attackers fled. Doctors said three men were wounded. Officials said the road was "
        "closed.\n\n"
        "Islamabad accuses Afghanistan's rulers of sheltering the fighters, a charge Kabul denies.\n\n"
        "The army launched a major offensive in the district in 2014.")
    offensive = _by_trigger(events, "offensive")
    assert _countries(offensive.source) == {"PAK"}


def test_the_country_in_a_dateline_is_no_actor(nlp):
    events = _events(
        "Rebels seize villages\n\n"
        "KINSHASA, Democratic Republic of Congo (AP) — Rebels captured at least three villages in eastern "
        "Congo's North Kivu province over the weekend, sending thousands of people fleeing south toward the "
        "provincial capital, Goma, local officials and aid workers said Monday.")
    captured = _by_trigger(events, "captured")
    assert [a.text for a in captured.source] == ["Rebels"]


def test_a_place_a_road_leads_to_is_neither_target_nor_the_country_of_the_story(nlp):
    events = _events(
        "NAIROBI, July 8 (Reuters) - Kenyan police fired tear gas at protesters in Kisumu on Tuesday. "
        "Protesters blocked the main highway linking Nairobi to Uganda near the town of Naivasha.\n\n"
        "Officials said 61 people had been arrested across the country by Tuesday evening.")
    blocked = _by_trigger(events, "blocked")
    assert "UGA" not in _countries(blocked.target)
    arrested = _by_trigger(events, "arrested")
    assert _countries(arrested.source) == {"KEN"}
    assert arrested.place is None or arrested.place.country == "KEN"


def test_arson_told_by_an_officer_is_not_the_officers_act(nlp):
    events = _events("A police officer said that around a dozen houses were later set on fire in a "
                     "neighbouring settlement.")
    fire = _by_trigger(events, "set on fire")
    assert fire.source == []


def test_a_telephone_that_carries_a_statement_is_no_call(nlp):
    events = _events("The deputy commissioner told AFP by telephone from Rangamati that three men were killed.")
    assert [e.plover for e in events] == ["ASSAULT"]
    called = _events("Putin and Macron spoke by telephone on Tuesday.")
    assert {e.plover for e in called} == {"CONSULT"}


def test_an_order_in_a_quotation_is_no_release(nlp):
    assert _events('"Release those children unharmed within 48 hours," the general said.') == []
    released = _events("The gunmen released those children unharmed on Sunday.")
    assert [e.plover for e in released] == ["RETREAT"]


def test_frozen_assets_are_their_owners_not_the_country_they_lie_in(nlp):
    events = _events("The United States froze the U.S. assets of two Iranian generals.")
    frozen = _by_trigger(events, "froze")
    assert _countries(frozen.target) == {"IRN"}


def test_those_who_march_are_named_by_the_of_of_a_march(nlp):
    events = _events("A march of several thousand students through central Santiago ended near the palace.")
    march = _by_trigger(events, "march")
    assert [a.text for a in march.source] == ["several thousand students"]


def test_energy_received_or_supplied_is_no_visit_and_no_concession(nlp):
    events = _events("Jordan will receive discounted Iraqi crude, and Egypt will send power when Iraqi plants "
                     "cannot meet demand in the summer.")
    assert not any(e.plover in ("AGREE", "CONSULT", "CONCEDE", "REQUEST") for e in events)
    visit = _events("Jordan's king will receive the Iraqi prime minister in Amman on Sunday.")
    assert [e.plover for e in visit] == ["CONSULT"] or [e.plover for e in visit] == ["AGREE"]


def test_social_media_is_no_actor(nlp):
    events = _events("An Israeli army spokesman posted the warning on social media and told residents to leave.")
    assert all("JRN" not in (a.code or "") for e in events for a in e.source + e.target)


def test_an_evacuation_warning_is_no_evacuation(nlp):
    events = _events("An Israeli army spokesman posted the evacuation warning in Arabic on Monday.")
    assert not any(e.plover == "AID" for e in events)


def test_the_military_that_leads_a_clause_of_time_is_the_main_clauses_force(nlp):
    events = _events("BEIRUT (AP) — Israeli warplanes struck a dozen sites in southern Lebanon on Wednesday, two "
                     "hours after the military ordered residents of four villages to leave their homes.")
    ordered = _by_trigger(events, "ordered")
    assert _countries(ordered.source) == {"ISR"}


def test_a_capital_as_a_ministers_surname_is_no_country(nlp):
    events = _events("Philippine Foreign Secretary Maria Lourdes Santiago thanked Tokyo for the aid.")
    thanked = _by_trigger(events, "thanked")
    assert _countries(thanked.source) == {"PHL"}
    marched = _events("Thousands of people marched in Santiago on Sunday against the pension reform.")
    assert {e.place.country for e in marched if e.place} == {"CHL"}


def test_it_after_which_said_is_the_relative_clauses_antecedent(nlp):
    events = _events("Russia launched 68 missiles at targets across Ukraine, according to the Ukrainian air "
                     "force, which said it shot down most of them.")
    shot = _by_trigger(events, "shot down")
    assert _countries(shot.source) == {"UKR"}


def test_a_sources_reason_for_anonymity_is_no_talks(nlp):
    events = _events("It is a promise to Ukraine, said a senior NATO official, who spoke on condition of "
                     "anonymity to discuss the meeting.")
    assert not any(e.plover == "CONSULT" for e in events)
    talks = _events("The Greek and Turkish ministers will discuss the border dispute in Athens.")
    assert any(e.trigger == "discuss" for e in talks)


def test_a_meeting_spoken_to_is_an_audience(nlp):
    assert _events('"We will respond strongly," Park told a meeting of senior commanders.') == []
    met = _events("The minister met senior commanders in Seoul.")
    assert [e.plover for e in met] == ["CONSULT"]


def test_a_town_that_was_attacked_killed_no_one(nlp):
    events = _events("The ultimatum followed a rocket attack on Sunday on the Turkish town of Suruc that killed "
                     "two civilians.")
    assert all(not e.source for e in events if e.plover == "ASSAULT")


def test_a_place_where_a_thing_goes_gives_no_country_to_a_speaker(nlp):
    events = _events("Rally at the embassy\n\n"
                     "Protest leaders handed a letter addressed to the U.S. ambassador to an official at the gate. "
                     "The embassy did not respond.\n\n"
                     "Malaysia, a Muslim-majority country, does not have diplomatic relations with Israel and has "
                     "long supported the Palestinian cause. The government has called for an immediate ceasefire "
                     "and for humanitarian access to Gaza.")
    called = _by_trigger(events, "called")
    assert "PSE" not in _countries(called.source)


def test_a_warning_not_to_be_surprised_is_no_demand(nlp):
    events = _events('"If Brussels continues down this path, it should not be surprised when Belarus closes its '
                     'roads," the Belarusian ministry spokesman said.')
    assert not any(e.plover == "REQUEST" for e in events)
    asked = _events("The French minister said Iran should be ready to negotiate.")
    assert any(e.plover == "REQUEST" for e in asked)


def test_economic_restrictions_on_a_state_are_sanctions(nlp):
    events = _events("Belarus faces wide-ranging economic restrictions over its support for Russia's war in Ukraine.")
    restr = _by_trigger(events, "restrictions")
    assert (restr.plover, restr.source) == ("SANCTION", [])
    imposed = _events("The EU imposed new trade restrictions on Belarus.")
    assert [e.plover for e in imposed] == ["SANCTION"]
    curbs = _events("Police imposed restrictions on movement in the city.")
    assert [e.plover for e in curbs] == ["COERCE"]


def test_wrecks_and_landslides_that_block_a_road_are_no_blockade(nlp):
    assert _events("A landslide blocked the main road to the village.") == []
    farmers = _events("Farmers blocked the main road with tractors.")
    assert [e.plover for e in farmers] == ["PROTEST"]


def test_the_army_is_no_armed_group_named_before(nlp):
    events = _events(
        "KHARTOUM (Reuters) - Sudan's army said on Monday it had retaken a town from the Rapid Support Forces. "
        "The RSF said its fighters had withdrawn.\n\n"
        "Residents said the city was calm. Doctors said three people were wounded. Officials said roads were open.\n\n"
        "The army said it repelled an assault on the city itself.")
    assault = _by_trigger(events, "assault")
    assert [a.code for a in assault.target] == ["SDNMIL"]


def test_a_blockade_takes_no_place_from_a_clause_with_its_own_subject(nlp):
    events = _events("Azerbaijan has blockaded the only road linking the region to Armenia since December, and "
                     "Armenia accuses Baku of creating a humanitarian crisis.")
    blockade = _by_trigger(events, "blockaded")
    assert "AZE" not in _countries(blockade.target)


def test_a_quarrel_between_neighbours_is_no_political_page(nlp):
    from dyads.records import record

    coded = dyads.code(
        "Neighbours' row over a garden fence reaches county court\n\n"
        "LEEDS, England (PA) - A long dispute between two neighbours over a garden fence has reached the county "
        "court, where a judge urged both sides to settle. A retired driver accused his neighbour of moving the "
        "fence into his back garden; she denied it and said her solicitor had photographs. A surveyor told the "
        "court the driveway had never been measured.", published="2024-05-10")
    assert coded.events == []
    assert {"garden", "county court", "solicitor"} <= set(record(coded)["private_dispute"])


def test_occupation_forces_is_a_name_for_troops(nlp):
    events = _events('U.S. forces carried out airstrikes on Saturday against an armed group in western Iraq, a week '
                     'after the group publicly threatened to target "occupation forces" across the country.')
    assert sorted(e.plover for e in events) == ["ASSAULT", "THREATEN"]


def test_the_strikes_condemned_are_the_airstrikes_the_story_led_with(nlp):
    events = _events(
        "BAGHDAD (AFP) - U.S. forces carried out airstrikes on Saturday against an armed group in western Iraq, "
        "two days after a drone attack on a base housing American troops.\n\n"
        "On Thursday Iraqi militants launched a drone attack on the base, wounding two U.S. service members.\n\n"
        "The base lies in the north. It hosts about 900 troops. Flights resumed on Sunday. Shops in the town "
        "reopened. Officials gave no further details.\n\n"
        "Iran's foreign ministry condemned the strikes.")
    condemned = _by_trigger(events, "condemned")
    assert _countries(condemned.target) == {"USA"}


def test_troops_a_state_has_deployed_are_its_own(nlp):
    events = _events("Burundi, which has troops deployed in South Kivu, warned that it would not remain indifferent "
                     "to any attack on Uvira.")
    deployed = _by_trigger(events, "deployed")
    assert _countries(deployed.source) == {"BDI"}
    assert all(a.sector != "MIL" for a in deployed.target)  # the troops are moved, not aimed at


def test_a_court_ordering_a_party_dissolved_dissolves_it(nlp):
    events = _events("Thailand's Constitutional Court ordered the dissolution of the opposition People's Horizon "
                     "Party on Wednesday.")
    assert [(e.plover, e.cameo) for e in events] == [("COERCE", "1722")]
    assert _events("The dissolution of their marriage was finalised in May.") == []


def test_anonymity_and_requests_for_comment_are_no_requests(nlp):
    events = _events('"We received 23 wounded," said the doctor, who requested anonymity because he was not '
                     'authorised to speak.')
    assert not any(e.plover == "REQUEST" for e in events)
    assert _events("The army did not respond to AFP's request for comment on that claim.") == []
    asked = _events("Ukraine requested air defence systems from Germany.")
    assert [e.plover for e in asked] == ["REQUEST"]


def test_protecting_oneself_is_no_aid(nlp):
    events = _events("Rwanda rejected the accusation, saying it was only protecting itself from hostile forces in "
                     "Congo.")
    assert [e.plover for e in events] == ["REJECT"]


def test_it_after_quoted_as_saying_is_the_one_quoted(nlp):
    events = _events("State broadcaster RTB quoted the army as saying it had repelled the assault.")
    assault = _by_trigger(events, "assault")
    assert all(a.sector != "JRN" for a in assault.target)


def test_who_in_an_open_question_is_no_one(nlp):
    events = _events("The official said it was not clear who had fired the shell.")
    fired = _by_trigger(events, "fired the shell")
    assert fired.source == []


def test_the_junta_is_the_ruling_militarys_state(nlp):
    events = _events(
        "BANGKOK, April 22 (Reuters) - An ethnic armed group in Myanmar's Shan state has handed the town of "
        "Lashio back to the ruling military under a ceasefire brokered by China, months after its fighters "
        "captured the town in a major blow to the junta.\n\n"
        "Resistance forces criticised the handover, saying that Beijing was protecting the junta.")
    protecting = _by_trigger(events, "protecting")
    assert _countries(protecting.target) == {"MMR"}


def test_an_ant_raid_is_no_attack(nlp):
    events = _events("ZURICH (Reuters) - A species of ant launches raids on neighbouring colonies, carrying off "
                     "their brood. The raiders storm the nest and the captured pupae grow up as nestmates, "
                     "researchers said.")
    assert events == []


def test_a_museum_returning_a_painting_is_no_political_page(nlp):
    events = _events("VIENNA (AP) - A Vienna museum has agreed to return a 1908 portrait to the heirs of an art "
                     "collector. Under the settlement, the painting will be handed over to the painter's "
                     "descendants, the gallery said.")
    assert events == []


def test_the_envoy_is_the_charge_daffaires_summoned(nlp):
    events = _events(
        "Lithuania summons envoy over airspace breach\n\n"
        "VILNIUS (Reuters) - Lithuania's foreign ministry summoned Belarus's charge d'affaires on Tuesday to "
        "protest what it called a deliberate violation of its airspace by a military helicopter.\n\n"
        "The envoy was handed a note of protest demanding an explanation.")
    summoned = _by_trigger(events, "summoned")
    assert _countries(summoned.target) == {"BLR"}
    note = _by_trigger(events, "note of protest")
    assert _countries(note.target) == {"BLR"}


def test_what_someone_says_they_are_not_is_no_antecedent(nlp):
    events = _events('Riot police blocked the road to parliament. "We are teachers, not criminals. We came here with '
                     'chalk, and they answered with tear gas," said a teacher.')
    gas = _by_trigger(events, "tear gas")
    assert all(a.sector != "CRM" for a in gas.source)


def test_the_purpose_of_a_trip_not_made_did_not_happen(nlp):
    events = _events("Rwanda's lead negotiator told reporters that his team had not come to Doha to discuss "
                     "withdrawal.")
    assert _by_trigger(events, "discuss").modality == "negated"


def test_a_court_striking_down_a_law_strikes_no_one(nlp):
    assert _events("Mexico's Supreme Court on Thursday struck down key parts of a government-backed law.") == []
    shot = _events("Two soldiers were struck down by sniper fire.")
    assert [e.plover for e in shot] == ["ASSAULT"]


def test_a_clash_between_institutions_is_no_fighting(nlp):
    assert _events("Congress later passed a law reinstating parts of that thesis, setting up a prolonged clash "
                   "between the legislature and the judiciary.") == []


def test_asked_about_between_commas_is_a_reporters_question(nlp):
    assert _events("The US ambassador to Mexico, asked about the ruling at an event in Monterrey, declined to "
                   "comment.") == []


def test_the_backing_of_a_capital_gives_no_country_to_the_sentences_actors(nlp):
    events = _events(
        "Venezuela vote disputed\n\n"
        "CARACAS (AP) — Venezuela's electoral council declared President Ramon Quintero the winner on Monday.\n\n"
        "Quintero dismissed the claims in a televised address, accusing the opposition of preparing a coup with "
        "the backing of Washington.")
    dismissed = _by_trigger(events, "dismissed")
    assert "USA" not in _countries(dismissed.source)


def test_a_threat_to_a_water_supply_is_no_threat_made(nlp):
    assert _events("Egypt argues that Ethiopia's filling of the dam's reservoir threatens its water supply.") == []


def test_his_is_the_person_whose_name_opens_a_longer_mention(nlp):
    events = _events("Haley resigns\n\nMs. Haley was South Carolina's governor. Throughout Mr. Trump's presidential "
                     "campaign, she had openly criticized his temper.")
    criticized = _by_trigger(events, "criticized")
    assert _countries(criticized.target) == {"USA"}
    assert all(a.name != "governor" for a in criticized.target)  # not Ms. Haley herself


def test_a_page_that_opens_with_states_dealing_is_political(nlp):
    from dyads.records import record

    coded = dyads.code(
        'Argentina and Its Creditors Resume Bailout Talks as Reserves Dwindle' "\n\n"
        "BUENOS AIRES — Argentina's government and the International Monetary Fund resumed negotiations on Thursday over the terms of a new rescue package, as officials raced to avoid missing debt payments due early next year and the country's central bank reserves fell to their lowest level in nearly two years." "\n\n"
        'The talks, held over two days at the Economy Ministry, a severe neoclassical building a block from the presidential palace, brought a delegation of Fund economists back to Buenos Aires for the first time since the spring. At the same time, Argentine officials opened a separate channel with a committee of private bondholders, including several large American and European asset managers, who hold roughly $12 billion in bonds maturing over the next 18 months.' "\n\n"
        '"We are not asking anyone for a gift," Economy Minister Martín Olazábal told reporters on Thursday evening. "We are asking for time, and we are offering a plan. The numbers are on the table and they are serious numbers."' "\n\n"
        'Those numbers include a commitment to a primary budget surplus of 1.5 percent of gross domestic product next year, further cuts to energy and transport subsidies, and a gradual loosening of currency controls that have made it difficult for companies to pay foreign suppliers. In exchange, Argentina is seeking fresh financing from the Fund and an extension of repayment schedules on existing loans.' "\n\n"
        "Argentina is already the I.M.F.'s largest debtor by a wide margin. In 2018, the Fund approved a $57 billion program for the country, the biggest in its history, of which about $44 billion was disbursed before a new government canceled the remainder. That debt was refinanced under a separate agreement in 2022." "\n\n"
        'Helena Brandt, who leads the Fund\'s mission to Argentina, said in a brief statement that discussions had been "constructive and candid" and that "important progress" had been made on the fiscal targets. She added that the staff would need "credible assurances on the reserve accumulation path" before presenting any agreement to the Fund\'s executive board in Washington.',
        published="2024-05-10")
    assert record(coded)["political"] >= 0.2
    assert record(coded)["states_in_lead"] is True
    assert any(e.plover == "CONSULT" for e in coded.events)


def test_company_executives_dealing_in_the_lead_make_no_political_page(nlp):
    from dyads.records import record

    coded = dyads.code(
        "Carmaker executives visit battery maker, sign partnership agreement\n\n"
        "SEOUL (AP) — A delegation of senior executives from a Swedish automaker visited the headquarters and "
        "main factory of a South Korean battery supplier this week and signed a partnership agreement to "
        "co-develop battery cells for the carmaker's next electric vehicles.\n\n"
        "The agreement was signed by the carmaker's chief operating officer and the supplier's president at the "
        "company's plant, south of Seoul. Financial terms were not disclosed, but analysts put the value of "
        "future supply contracts at several billion dollars. Shares in the supplier rose 4 percent.",
        published="2024-05-10")
    assert "states_in_lead" not in record(coded)


def test_the_country_aid_is_sent_to_gives_no_country_to_the_speaker(nlp):
    events = _events("Coalition row\n\nBERLIN (AP) — The chancellor, a Social Democrat, responded hours later. He "
                     "accused his coalition partner of playing games, and said the borrowing was needed to fund "
                     "energy subsidies and military aid to Ukraine.")
    accused = _by_trigger(events, "accused")
    assert "UKR" not in _countries(accused.source)
    sent = _events("Germany sent tanks to Ukraine.")
    assert _countries(sent[0].target) == {"UKR"}


def test_they_in_a_quotation_are_not_the_reporters_it_was_told_to(nlp):
    events = _events("Canada's opposition Conservative leader on Tuesday dismissed the Liberal government's new "
                     "housing strategy.\n\nConservative leader Graham Whitcombe told reporters in Ottawa that the "
                     "plan, unveiled on Monday by the housing minister, repeated commitments made in 2019.\n\n"
                     '"They promised a million homes. Rents doubled instead," Whitcombe said.')
    assert not any(a.sector == "JRN" for e in events for a in e.source)


def test_commitment_shown_is_no_pledge(nlp):
    assert _events('"The authorities have shown strong commitment to the policies needed to restore stability," '
                   'the IMF said.') == []
    pledged = _events("Japan reaffirmed its commitment to Ukraine's security.")
    assert [e.plover for e in pledged] == ["AGREE"]


def test_a_deed_a_leader_decides_to_address_is_no_threat_of_his(nlp):
    events = _events("The president had decided on the flight to address the shooting more directly.")
    assert not any(e.plover == "THREATEN" for e in events)
    assert not any(e.trigger == "shooting" and e.source for e in events)


def test_a_countrys_war_killing_people_is_no_act_of_that_state(nlp):
    events = _events("Sudan's war, now in its third year, has killed tens of thousands of people.")
    assert all(not e.source for e in events)
    waged = _events("Russia's war in Ukraine has killed thousands of civilians.")
    assert _countries(waged[0].source) == {"RUS"}


def test_a_confederation_of_labour_is_a_union_not_britains_labour_party(nlp):
    events = _events("BUENOS AIRES (EFE) - The General Confederation of Labour staged a general strike against the "
                     "government on Wednesday.")
    strike = next(e for e in events if e.plover == "PROTEST")
    assert all("PTYLAB" not in (a.code or "") for a in strike.source)
    assert [a.sector for a in strike.source] == ["LAB"]


def test_they_who_answer_with_tear_gas_are_the_armed_ones(nlp):
    events = _events('Riot police blocked the road to parliament. "We are teachers, not criminals. We came here with '
                     'chalk, and they answered with tear gas," said a teacher.')
    gas = _by_trigger(events, "tear gas")
    assert [a.sector for a in gas.source] == ["COP"]


def test_a_fashion_week_is_no_political_page(nlp):
    from dyads.records import record

    coded = dyads.code(
        "Paris Fashion Week opens with defiant young labels\n\n"
        "PARIS (AFP) - Paris Fashion Week opened on Monday with a string of shows from young labels that struck "
        "a defiant note against the big couture houses. One designer showed her collection in a disused swimming "
        "pool, sending models down a runway lined with protest-style placards. \"People have been dressing as if "
        "they were apologising for existing,\" she said backstage.", published="2024-05-10")
    assert coded.events == []
    assert "fashion week" in record(coded)["culture_report"]


def test_disputes_that_turned_violent_are_no_riot(nlp):
    assert _events("Disputes over land, water and roads have repeatedly turned violent along the frontier.") == []
    riot = _events("The protest turned violent when police arrived.")
    assert [e.plover for e in riot] == ["PROTEST"]
