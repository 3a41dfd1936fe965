"""Event rules for patterns met reading whole news articles (ninth set): sentences and pages
written for these tests."""

from __future__ import annotations

from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries
from tests.events.news_helpers import with_trigger as _with

from dyads.events import scoring
from dyads.events.speech_acts import HOSTILE_ANSWER_NOTE
from dyads.model import Actor, Article, Event

# --- a named body the KB does not know takes the story's country ---------------------------------

def test_a_state_government_the_kb_does_not_know_takes_the_story_country(nlp):
    events = _events("GUSAU, Nigeria - Gunmen killed nine villagers in Zamfara State on Sunday. The Zamfara "
                     "State Government said on Monday that it would not negotiate with the attackers and "
                     "condemned the killings.")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].source) == {"NGA"}


def test_an_opposition_party_the_kb_does_not_know_takes_the_story_country(nlp):
    events = _events("MEXICO CITY - Gunmen killed a mayor in Guerrero state on Tuesday. The opposition "
                     "Citizens' Renewal Party accused the state government of abandoning the town to crime.")
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].source) == {"MEX"}


def test_a_named_body_is_not_of_the_state_it_deals_with(nlp):
    # (the capital it deals with names a state; the body is not that state's)
    events = _events("The Federal Executive Council has so far declined to trade barbs with Niamey, "
                     "officials said.")
    declined = _with(events, "declined")
    assert declined and "NER" not in _countries(declined[0].source)


# --- a threat that names its answer needs no target ------------------------------------------------

def _threat(rule: str, confidence: float = 0.3) -> Event:
    return Event(id="e", doc_id="d", sentence="s", evidence=(0, 1), trigger="warned", plover="THREATEN",
                 cameo="130", modality="threatened", confidence=confidence, rule=rule,
                 source=[Actor(text="the minister", name="minister", code="KENGOV", country="KEN", sector="GOV",
                               kind="sector")])


def test_the_event_filter_keeps_a_threat_that_foretells_the_speakers_answer():
    article = Article(doc_id="d", text="s")
    kept = scoring.keep_confident([_threat(f"lexicon 'warn' (verb); active; {HOSTILE_ANSWER_NOTE}")], article, None)
    assert len(kept) == 1


def test_the_event_filter_still_drops_an_unsure_threat_with_no_target_and_no_answer():
    article = Article(doc_id="d", text="s")
    assert scoring.keep_confident([_threat("lexicon 'warn' (verb); active")], article, None) == []


def test_a_users_min_confidence_applies_to_threats_that_name_their_answer_too():
    article = Article(doc_id="d", text="s")
    threat = _threat(f"lexicon 'warn' (verb); active; {HOSTILE_ANSWER_NOTE}")
    assert scoring.keep_confident([threat], article, 0.5) == []


def test_warning_that_trespassers_will_be_met_with_force_names_the_answer(nlp):
    events = _events("NAIROBI, Kenya - The interior minister has warned that anyone who tries to storm "
                     "parliament \"will be met with the full force of the law.\"")
    warned = _with(events, "warned")
    assert warned and warned[0].plover == "THREATEN" and HOSTILE_ANSWER_NOTE in warned[0].rule


def test_a_state_saying_it_will_respond_firmly_names_the_answer(nlp):
    events = _events("PARIS - France said on Thursday it would respond firmly to the expulsion of its "
                     "diplomats.")
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and HOSTILE_ANSWER_NOTE in threats[0].rule and _countries(threats[0].source) == {"FRA"}


def test_a_forecast_warning_names_no_answer(nlp):
    events = _events("LONDON - The central bank governor warned that prices would keep rising into the "
                     "summer.")
    assert not [e for e in events if HOSTILE_ANSWER_NOTE in e.rule]


# --- places in names ----------------------------------------------------------------------------------

def _geoparsed_countries(text: str) -> set[str]:
    from dyads.geo import geoparse
    from dyads.model import Article
    from dyads.nlp import parse

    article = Article(doc_id="t", text=text)
    return {p.country for p in geoparse(parse(text), article, [])}


def test_police_opening_a_force_name_is_no_town(nlp):
    assert "POL" not in _geoparsed_countries("JOS, Nigeria - The divisional police officer sent a team of Police "
                                             "Mobile Force operatives to the village on Sunday.")


def test_the_gare_du_midi_is_a_station_not_a_french_town(nlp):
    assert "FRA" not in _geoparsed_countries("BRUSSELS - Tens of thousands of people marched from the north "
                                             "station to the Gare du Midi against the pension reform.")


# --- namesakes of office holders -------------------------------------------------------------------

def test_a_namesake_of_a_kb_prime_minister_titled_defence_minister_abroad_is_not_him(nlp):
    events = _events("BOGOTA, Colombia - Defence Minister Pedro Sánchez condemned the drone attack on the "
                     "police station.")
    condemned = _with(events, "condemned")
    assert condemned and "ESP" not in _countries(condemned[0].source)


def test_the_kb_prime_minister_under_his_own_title_abroad_is_still_him(nlp):
    events = _events("BOGOTA, Colombia - Spanish Prime Minister Pedro Sánchez condemned the drone attack on "
                     "the police station.")
    condemned = _with(events, "condemned")
    assert condemned and _countries(condemned[0].source) == {"ESP"}


# --- protests and accidents ----------------------------------------------------------------------------

def test_unions_staging_a_national_day_of_action_protest(nlp):
    events = _events("BRUSSELS - Unions staged a second national day of action against the government's "
                     "pension reform on Thursday.")
    protests = [e for e in events if e.plover == "PROTEST"]
    assert protests and _countries(protests[0].source) == {"BEL"}


def test_a_charity_day_of_action_is_no_protest(nlp):
    events = _events("The charity's annual day of action raised money for a children's hospital.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_students_who_are_on_strike_protest(nlp):
    events = _events("BELGRADE, Serbia - Four months on, students at almost every faculty in the country are on "
                     "strike against the government.")
    assert [e for e in events if e.plover == "PROTEST" and e.cameo == "143"]


def test_a_ship_on_strike_duty_is_no_labour_strike(nlp):
    events = _events("The destroyer is on strike duty in the eastern Mediterranean.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_deaths_in_a_collapse_told_beside_the_main_clause_are_no_attack(nlp):
    events = _events("BELGRADE, Serbia - When a concrete canopy at the station collapsed last November, killing "
                     "15 people, few expected the disaster to shake the government.")
    assert not [e for e in events if e.plover == "ASSAULT"]


# --- state media --------------------------------------------------------------------------------------

def test_north_koreas_state_agency_is_north_korean_in_a_story_from_seoul(nlp):
    events = _events("SEOUL - KCNA accused Washington of turning the Korean Peninsula into a powder keg.")
    accused = _with(events, "accused")
    assert accused and _countries(accused[0].source) == {"PRK"}


# --- names that are not the places they sound like ----------------------------------------------------

def test_a_district_named_after_a_country_is_no_country(nlp):
    events = _events("CULIACAN, Mexico - Gunmen ambushed an army patrol in the Costa Rica district south of the "
                     "city, killing two soldiers.")
    ambushed = _with(events, "ambushed")
    assert ambushed and "CRI" not in _countries(ambushed[0].target)


def test_members_of_a_gang_named_like_a_town_are_no_town(nlp):
    assert "MEX" not in _geoparsed_countries("GUAYAQUIL, Ecuador - Police arrested 14 suspected members of Los "
                                             "Lobos in raids in Guayaquil on Tuesday.")


def test_a_warning_that_offenders_will_be_dealt_with_is_a_threat_that_names_its_answer(nlp):
    events = _events("DHAKA, Bangladesh - The home affairs adviser warned on Tuesday that anyone who takes the "
                     "law into their own hands will be dealt with sternly.")
    warned = _with(events, "warned")
    assert (warned and warned[0].plover == "THREATEN" and _countries(warned[0].source) == {"BGD"}
            and HOSTILE_ANSWER_NOTE in warned[0].rule)


def test_a_warning_to_those_who_storm_government_buildings_is_no_weather_alert(nlp):
    events = _events("NAIROBI, Kenya - The interior minister warned that anyone who tries to storm government "
                     "buildings during the protests planned for Wednesday \"will face the full force of the law.\"")
    assert [e for e in events if e.plover == "THREATEN"]


def test_police_who_detain_foreign_citizens_are_the_host_countrys(nlp):
    events = _events("TALLINN, Estonia - Police said they had detained two Russian citizens for questioning.")
    detained = _with(events, "detained")
    assert detained and _countries(detained[0].source) == {"EST"} and _countries(detained[0].target) == {"RUS"}


def test_the_government_a_foreign_state_urges_is_not_its_own(nlp):
    events = _events("TBILISI, Georgia - Parliament passed the grants law on Tuesday. The U.S. State Department "
                     "said Washington was deeply troubled by the legislation and urged the government to "
                     "reconsider.")
    urged = _with(events, "urged")
    assert urged and _countries(urged[0].target) == {"GEO"}


def test_an_opposition_urging_the_government_urges_its_own(nlp):
    events = _events("NAIROBI, Kenya - The opposition urged the government to withdraw the finance bill.")
    urged = _with(events, "urged")
    assert urged and _countries(urged[0].target) == {"KEN"}


# --- refusals and denials aimed at who asked or charged ----------------------------------------------

def test_a_bare_refusal_answers_the_request_made_just_before(nlp):
    events = _events("BANGKOK - Cambodia asked Thailand to take the dispute to the International Court of "
                     "Justice. Thailand has refused.")
    refused = _with(events, "refused")
    assert refused and _countries(refused[0].source) == {"THA"} and _countries(refused[0].target) == {"KHM"}


def test_a_bare_refusal_with_no_request_before_it_keeps_no_target(nlp):
    events = _events("BANGKOK - Thailand has refused.")
    refused = _with(events, "refused")
    assert refused and not refused[0].target


def test_rejecting_that_characterisation_answers_the_accuser(nlp):
    events = _events("HANOI - China accused Vietnam of provoking the incident. Vietnam's foreign ministry "
                     "spokeswoman rejected that characterisation.")
    rejected = _with(events, "rejected")
    assert rejected and _countries(rejected[0].target) == {"CHN"}
