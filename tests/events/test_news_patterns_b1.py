"""Event rules for patterns met reading whole news articles (eighth set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import coded_mentions as _mentions
from tests.events.news_helpers import countries as _countries
from tests.events.news_helpers import with_trigger as _with

import dyads
from dyads.records import record

# --- warnings that are threats -------------------------------------------------------------------

def test_police_warning_that_helpers_will_face_charges_is_a_threat(nlp):
    events = _events("LAE, Papua New Guinea - The provincial police commander said the search would go on and "
                     "warned that anyone caught sheltering the suspects would face prosecution.")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN" and warned[0].modality == "threatened"


def test_a_rights_group_warning_that_activists_face_charges_is_no_threat(nlp):
    events = _events("GENEVA - A rights group warned that the detained bloggers face charges that carry long "
                     "prison terms.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_warning_that_defiance_will_be_met_with_force_is_a_threat(nlp):
    events = _events("NAIROBI, Kenya - The interior minister warned that any crowd that tries to march on "
                     "parliament \"will be met with the full force of the law.\"")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN" and _countries(warned[0].source) == {"KEN"}


def test_warning_that_the_army_would_respond_is_a_threat(nlp):
    events = _events("BOGOTA, Colombia - The defence minister warned that the armed forces would respond "
                     "\"with all the means the constitution allows\" and sent another 400 soldiers to the border.")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN"


def test_officials_warning_that_retaliators_face_higher_duties_is_a_threat(nlp):
    events = _events("WASHINGTON - Trade officials have warned that any country that hits back would face "
                     "even higher duties.")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN" and _countries(warned[0].source) == {"USA"}


# --- trade and sanctions are no armed attack -----------------------------------------------------

def test_retaliating_with_announced_tariffs_is_no_assault(nlp):
    events = _events("OTTAWA - Ottawa retaliated within hours, announcing duties of 25 per cent on American "
                     "steel and dairy products.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_retaliating_with_missiles_stays_an_assault(nlp):
    events = _events("KYIV - Russia retaliated with a wave of missiles that hit power stations in three regions.")
    assert [e for e in events if e.plover == "ASSAULT"]


def test_hitting_banks_with_a_sanctions_package_is_no_assault(nlp):
    events = _events("BRUSSELS - \"With this package we hit their oil tankers, their banks and their arms "
                     "makers,\" the EU's foreign policy chief said.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_ban_on_imports_from_a_state_is_an_embargo_on_it(nlp):
    events = _events("LONDON - The government announced a ban on the import of Russian liquefied gas from "
                     "next year.")
    ban = _with(events, "ban")
    assert ban and ban[0].plover == "SANCTION" and ban[0].cameo == "163"
    assert "RUS" in _countries(ban[0].target)


def test_a_ban_on_public_gatherings_stays_a_curb_on_people(nlp):
    events = _events("DHAKA - Police imposed a ban on public gatherings near the secretariat on Monday.")
    assert [e for e in events if e.plover == "COERCE"]
    assert not [e for e in events if e.plover == "SANCTION"]


def test_lifting_one_states_sanctions_on_another_targets_the_other(nlp):
    events = _events("RIYADH - The president said he would lift American sanctions on Syria to give the new "
                     "authorities a chance.")
    lift = _with(events, "lift")
    assert lift and _countries(lift[0].target) == {"SYR"}


# --- who suffered it ------------------------------------------------------------------------------

def test_with_people_injured_the_people_are_the_victims(nlp):
    events = _events("ODESA, Ukraine - The toll from Monday's drone strike on the port rose to 9, the governor "
                     "said, with more than 40 people injured.")
    injured = _with(events, "injured")
    assert injured and injured[0].target and not any(a.sector == "CVL" for a in injured[0].source)


# --- meeting a level is no meeting ----------------------------------------------------------------

def test_states_that_met_a_spending_level_met_no_one(nlp):
    events = _events("THE HAGUE - When allies agreed in 2014 to move towards 2% of GDP, only three of them met "
                     "that level.")
    assert not _with(events, "met")


# --- non-political pages ------------------------------------------------------------------------

def test_a_boxing_preview_is_a_sports_page(nlp):
    doc = dyads.code(
        "Champion vows to end challenger's 'invasion' in Lagos\n\n"
        "LAGOS - The welterweight champion says he will knock out his Ghanaian challenger inside four rounds "
        "when they meet for the vacant regional belt on Saturday. The undercard features two heavyweight "
        "prospects, and the weigh-in is on Friday at the national stadium. \"He came to invade my country and "
        "I will defend it,\" the champion told reporters after sparring.", published="2024-05-10")
    assert doc.events == []
    assert {"welterweight", "undercard", "weigh-in"} <= set(record(doc)["sports_report"])


def test_an_invasive_mussel_is_a_wildlife_page(nlp):
    doc = dyads.code(
        "Zebra mussel now occupies the whole lake, scientists say\n\n"
        "GENEVA - An invasive mollusc that arrived on the hulls of boats has colonised every bay of the lake, "
        "according to a survey by university biologists. The mussel blocks the water intakes of pumping "
        "stations and smothers native species, and the bivalve has no predator here. \"The invasion is "
        "complete,\" the team's leader said.", published="2024-05-10")
    assert doc.events == []
    assert {"mussel", "mollusc", "bivalve"} <= set(record(doc)["wildlife_report"])


def test_a_travel_guide_with_budget_airlines_is_a_lifestyle_page(nlp):
    doc = dyads.code(
        "Six quiet corners of Europe to escape the summer invasion\n\n"
        "Cruise passengers storm the old town every July, but there are places left. In the hills above the "
        "coast, a family winery offers tastings; budget airlines have attacked the route with cheap flights, so "
        "book early. Soak in a hot spring at dawn and stay in a guesthouse in the village.",
        published="2024-05-10")
    assert doc.events == []
    assert {"winery", "budget airline", "hot spring"} <= set(record(doc)["lifestyle_report"])


# --- decisions, retorts and figures of speech ------------------------------------------------------

def test_a_decision_to_downgrade_relations_is_the_sanction_taken(nlp):
    events = _events("HANOI - The government has decided to downgrade diplomatic relations with Laos after the "
                     "border incident.")
    down = [e for e in events if e.plover in ("SANCTION", "THREATEN")]
    assert down and down[0].plover == "SANCTION" and down[0].modality == "asserted"
    assert "LAO" in _countries(down[0].target)


def test_a_politician_who_fired_back_retorted(nlp):
    events = _events("NAIROBI, Kenya - The party's secretary-general fired back on Monday, accusing the opposition of "
                     "hypocrisy.")
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert [e for e in events if e.plover == "ACCUSE"]


def test_troops_who_fired_back_shot(nlp):
    events = _events("MOGADISHU - Soldiers fired back at the militants, killing three of them.")
    assert [e for e in events if e.plover == "ASSAULT" and e.trigger == "fired"]


def test_a_party_ambushed_by_a_budget_was_not_attacked(nlp):
    events = _events("PRETORIA - The coalition partner said it had been \"ambushed\" by a budget drafted without it.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_weapons_that_constitute_a_threat_are_no_ones_threat(nlp):
    events = _events("JERUSALEM - The army said the weapons stored in the south constitute a threat to the citizens "
                     "of Israel.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_council_that_fired_the_prime_minister_dismissed_him(nlp):
    events = _events("PORT-AU-PRINCE, Haiti - The transitional council fired Prime Minister Jean Baptiste on Sunday "
                     "and named a businessman in his place.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_warning_that_the_neighbour_should_refrain_is_no_charge(nlp):
    events = _events("ANKARA - The foreign ministry warned that Greece should refrain from steps that change the "
                     "status of the islands.")
    warned = _with(events, "warned")
    assert warned and warned[0].plover != "ACCUSE"


def test_executing_the_laws_kills_no_one(nlp):
    events = _events("SACRAMENTO - The state argued that the president could not use the troops to execute the laws "
                     "of the state.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_source_who_asked_not_to_be_named_asked_no_one(nlp):
    events = _events("KABUL - An aid worker in Kabul, who asked not to be named, said the order had been obeyed.")
    assert not _with(events, "asked")


def test_asking_the_un_to_name_an_envoy_stays_a_request(nlp):
    events = _events("TRIPOLI - The foreign minister asked the United Nations to name a new envoy.")
    assert _with(events, "asked")


def test_the_premium_investors_demand_is_no_demand(nlp):
    events = _events("PARIS - The spread, a measure of the premium investors demand to hold French debt, rose.")
    assert not [e for e in events if e.plover == "REQUEST"]


# --- groups and parties the actor table now knows -------------------------------------------------

def test_groups_and_parties_named_in_the_news_resolve(nlp):
    mentions = _mentions("The Islamic Emirate rejected the claim. The TPNPB said it held the pilot. The BJP and the "
                         "AfD welcomed the vote, and Pakistan Tehreek-e-Insaf called a rally.")
    codes = {m.actor.code for m in mentions}
    assert {"AFGREBTAL", "IDNREBOPM", "INDPTYBJP", "DEUPTYAFD", "PAKPTYPTI"} <= codes


def test_a_name_withheld_at_a_sources_request_is_no_coercion(nlp):
    events = _events("BAMENDA, Cameroon - \"They beat everyone they found outside,\" said a farmer who asked that his "
                     "name be withheld.")
    assert not _with(events, "withheld")


def test_trade_disputes_fought_over_tariffs_are_no_battle(nlp):
    events = _events("OTTAWA - Earlier trade disputes with Washington, to which Ottawa answered with counter-tariffs, "
                     "were fought over years.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_restrictions_that_keep_a_source_anonymous_curb_no_one(nlp):
    events = _events("NIAMEY, Niger - \"The army lacks mobility,\" said a researcher who asked not to be named because "
                     "of restrictions on speaking to foreign media.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_an_airline_cancelling_flights_rejects_no_one(nlp):
    events = _events("BRUSSELS - At the city's second airport, the low-cost airline cancelled all of its flights for "
                     "the day because of the strike.")
    assert not _with(events, "cancelled")


def test_an_agreement_struck_by_parties_is_no_strike(nlp):
    events = _events("BRUSSELS - At the heart of the dispute is the coalition agreement struck in January by the five "
                     "governing parties.")
    assert not _with(events, "struck")


def test_workers_who_struck_against_a_reform_protested(nlp):
    events = _events("BRUSSELS - Rail workers struck on Monday against the government's pension reform.")
    struck = _with(events, "struck")
    assert struck and struck[0].plover == "PROTEST"


def test_a_government_that_declared_war_on_early_risers_fought_no_one(nlp):
    events = _events("BRUSSELS - \"This government has declared war on the people who get up early,\" said a railway "
                     "signaller at the march.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_square_named_after_a_country_is_no_country(nlp):
    events = _events("Protest called off in capital\n\nISLAMABAD - By midnight the area around China Chowk had been "
                     "cleared by police. The government denied that officers had fired on the marchers.")
    denied = _with(events, "denied")
    assert denied and _countries(denied[0].source) == {"PAK"}


def test_an_indian_wire_credit_is_no_pakistani_party(nlp):
    events = _events("Police fire on mob in Bihar\n\nAURANGABAD (Bihar), Oct 14 (PTI) - Police opened fire on a mob that "
                     "had laid siege to a police station, officials said. The party called a bandh on Wednesday.")
    assert not [e for e in events if "PAK" in _countries(e.source) | _countries(e.target)]


def test_another_countrys_congress_party_is_not_indias(nlp):
    mentions = _mentions("Malawi's opposition accused youth cadets of the governing Malawi Congress Party of threats.")
    assert not [m for m in mentions if m.actor.code == "INDPTYINC"]
