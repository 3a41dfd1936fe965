"""Short event notes in the style of ACLED coders' notes (issue 17): the main event's fatalities,
actor-1 country and place. Sentences written for these tests."""

from __future__ import annotations

import math

import pytest

import dyads
from dyads.events import main_event
from dyads.events.acled_rules import lead_end


def _main(text: str):
    coded = dyads.code(text)
    art = coded.article
    ev = main_event(coded.events, lead=lead_end(art.text), title=art.title, published=art.published)
    assert ev is not None, text
    return ev


def _deaths(text: str) -> int | None:
    vals = [q.value for q in _main(text).quantities if q.kind == "fatalities"]
    return max(vals) if vals else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# -- fatalities --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, deaths", [
    # a bare toll sentence after the act is its count, whatever the act
    ("Government troops retook the town of Tessit from militants. 4 fatalities.", 4),
    # a headline passive with its subject ("Three policemen killed.") is a toll with no agent
    ("Militants raided a police post outside Gao. Three policemen killed.", 3),
])
def test_bare_toll_sentence_counts_for_the_act_before_it(text, deaths):
    assert _deaths(text) == deaths


def test_opening_fire_takes_the_toll_of_the_next_sentence():
    text = "Soldiers opened fire on demonstrators in Kassala. As many as 25 people were killed."
    assert _deaths(text) == 25  # "as many as 25" is 25


def test_taking_ground_by_force_takes_the_dead_of_its_sentence():
    assert _deaths("Rebels overran an army camp and seized the town of Kidal, killing 8 soldiers.") == 8


@pytest.mark.parametrize("text", [
    "Students marched peacefully through Lusaka to demand lower fees.",
    "Police dispersed traders in Lilongwe with tear gas. No casualties were reported.",
])
def test_a_note_that_names_no_dead_reports_zero(text):
    assert _deaths(text) == 0


def test_dead_without_a_count_are_not_zero():
    # a bare plural names dead without a number: no count, and never 0
    assert _deaths("Gunmen attacked a village in Zamfara and civilians were killed.") is None


# -- actor 1 -----------------------------------------------------------------------------------

def test_acled_police_forces_name_is_that_states_police():
    src = _main("On 4 May 2020, Police Forces of Kenya (2013-) arrested two journalists in Eldoret.").source
    assert [(a.country, a.sector) for a in src][:1] == [("KEN", "COP")]


def test_unnamed_armed_men_are_of_the_place_where_they_strike():
    src = _main("Bandits abducted eleven farmers near Gusau.").source
    assert src and src[0].country == "NGA"


def test_a_mob_takes_the_country_of_its_place():
    src = _main("An angry mob lynched a suspected thief in Kisii.").source
    assert src and (src[0].country, src[0].sector) == ("KEN", "CVL")


# -- place -------------------------------------------------------------------------------------

def test_place_written_with_its_units_is_the_named_town():
    place = _main("On 9 May 2019, warplanes bombed Kafr Zita (Muhradah, Hama).").place
    assert place is not None and place.country == "SYR"
    assert _km(place.lat, place.lon, 35.37, 36.60) < 10  # the town, not its district's seat


def test_place_the_gazetteer_lacks_falls_back_to_its_district():
    place = _main("On 9 May 2019, gunmen attacked Mondoro (Douentza, Mopti), killing two herders.").place
    assert place is not None and place.country == "MLI"
    assert _km(place.lat, place.lon, 15.0, -2.95) < 25  # Douentza, not the country at large


# -- sub-event ---------------------------------------------------------------------------------

def test_a_crowds_killing_is_mob_violence():
    assert _main("A mob beat a suspected robber to death in Gulu.").acled == "Mob violence"


def test_ground_taken_without_a_fight_is_a_non_violent_transfer():
    ev = _main("Rebel fighters took over the town of Kalehe without any resistance after the army left.")
    assert ev.acled == "Non-violent transfer of territory"


def test_what_a_protest_demands_is_not_how_it_went():
    ev = _main("Hundreds of teachers marched through Blantyre demanding the release of arrested union leaders.")
    assert ev.acled == "Peaceful protest"


def test_burning_property_is_an_event_of_its_own():
    # "burn" alone is weak (tyres burnt at a protest); burning homes is destruction
    ev = _main("On 2 June, gunmen burned homes and granaries in Kaura (Kaura, Kaduna).")
    assert ev.acled == "Looting/property destruction"
    assert ev.source and ev.source[0].country == "NGA"


def test_unnamed_abductors_are_the_places_unidentified_armed_men():
    src = _main("On 8 May 2021, an aid worker was kidnapped in Gao (Gao, Gao).").source
    assert src and src[0].country == "MLI"


def test_a_herding_victim_counts_one():
    assert _deaths("On 8 May 2021, a roadside mine blew up near Anefis (Tessalit, Kidal), killing a shepherd.") == 1


def test_a_demonstrations_toll_told_next_is_its_own():
    assert _deaths("On 8 May 2021, students rallied in Monywa (Monywa, Sagaing). Three students were shot dead.") == 3


@pytest.mark.parametrize("text, deaths", [
    ("On 8 May 2021, insurgents stormed a gendarmerie post in Tera (Tera, Tillaberi). Fatalities: 5.", 5),
    ("On 8 May 2021, police broke up a sit-in in Agadez (Agadez, Agadez). Fatalities: 0.", 0),
])
def test_a_tally_line_after_a_colon_is_the_count(text, deaths):
    assert _deaths(text) == deaths


def test_ground_the_other_side_left_is_taken_without_a_battle():
    ev = _main("On 8 May 2021, Ansar Dine fighters took control of Tessit (Ansongo, Gao) after the soldiers left the town.")
    assert ev.acled == "Non-violent transfer of territory"
    fought = _main("On 8 May 2021, Ansar Dine fighters took control of Tessit (Ansongo, Gao) after fierce clashes.")
    assert fought.acled == "Non-state actor overtakes territory"


def test_a_new_camp_set_up_is_a_base_established():
    ev = _main("On 8 May 2021, Military Forces of Burkina Faso set up a new camp in Arbinda (Arbinda, Soum).")
    assert ev.acled == "Headquarters or base established"
    assert ev.source and ev.source[0].country == "BFA"


def test_angry_residents_killing_a_thief_is_mob_violence_with_one_dead():
    ev = _main("On 8 May 2021, angry residents beat a suspected thief to death in Onitsha.")
    assert ev.acled == "Mob violence"
    assert [q.value for q in ev.quantities if q.kind == "fatalities"] == [1]


@pytest.mark.parametrize("text, country", [
    # property looted or burnt by no one named: the place's unidentified armed men
    ("On 8 May 2021, market stalls were looted in Butembo (Butembo, Nord-Kivu).", "COD"),
    # a weapon that is its clause's subject is the news: its unnamed users are the place's
    ("On 8 May 2021, a bomb went off near a bus station in Peshawar (Peshawar, Khyber Pakhtunkhwa), wounding 6.",
     "PAK"),
])
def test_unnamed_doers_of_damage_and_blasts_are_the_places(text, country):
    src = _main(text).source
    assert src and src[0].country == country


def test_a_notes_toll_told_after_the_act_adds_up():
    text = ("On 8 May 2021, ISWAP fighters raided Gubio (Gubio, Borno). Troops repelled the raid, killing "
            "seven of the attackers. Three soldiers also died.")
    assert _deaths(text) == 10


def test_a_later_sentence_that_dates_another_day_is_another_story():
    text = ("On 8 May 2021, ISWAP fighters raided Gubio (Gubio, Borno). In January, an earlier raid on the "
            "town killed 20 people.")
    assert _deaths(text) != 20


def test_a_bomber_killed_with_his_victims_counts():
    text = "On 8 May 2021, a suicide bomber blew himself up at a mosque in Maiduguri, killing 5 worshippers and himself."
    assert _deaths(text) == 6
