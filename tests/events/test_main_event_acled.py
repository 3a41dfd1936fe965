"""The main event of a short conflict report, the way ACLED coders note it: its actor 1, its
place and its dead (issue 17). Sentences written for these tests."""

from __future__ import annotations

import dyads
from dyads.events import main_event


def _main(text: str):
    return main_event(dyads.code(text, published="2024-05-02").events)


def _dead(ev) -> int | None:
    vals = [q.value for q in ev.quantities if q.kind == "fatalities"]
    return max(vals) if vals else None


def test_a_deadly_act_with_no_actor_and_no_place_is_kept(nlp):
    ev = _main("Up to 30 villagers died in the raid, relatives said.")
    assert ev is not None and _dead(ev) == 30
    assert _main("The home side attacked the rim all night in the second half.") is None  # no dead, no place


def test_a_headline_passive_makes_its_subject_the_victim(nlp):
    ev = _main("Seven troops killed.")
    assert ev is not None and not ev.source and [a.sector for a in ev.target] == ["MIL"] and _dead(ev) == 7
    ev = _main("Shopkeeper shot dead in Quetta")
    assert ev is not None and _dead(ev) == 1
    assert [(a.sector, a.country) for a in ev.source] == [("UAF", "PAK")]  # nobody named: armed men of the place
    ev = _main("Four farmers killed in shelling on Kharkiv")
    assert ev is not None and [a.text for a in ev.target] == ["Four farmers"] and _dead(ev) == 4
    assert not ev.source  # the farmers did not shell; shells may come from across a front
    ev = _main("Gunmen shot dead a shopkeeper in Quetta.")  # its object is there: active
    assert ev is not None and [a.text for a in ev.source] == ["Gunmen"]


def test_fire_and_shelling_name_their_wielder(nlp):
    ev = _main("A student was killed by police gunfire in Nairobi.")
    assert ev is not None and [(a.country, a.sector) for a in ev.source] == [("KEN", "COP")]
    ev = _main("Three villagers were wounded in an army bombardment near Mosul.")
    assert ev is not None and [(a.country, a.sector) for a in ev.source] == [("IRQ", "MIL")]
    ev = _main("A soldier was killed in shelling by the separatists near Donetsk.")
    assert ev is not None and {a.sector for a in ev.source} == {"REB"}


def test_unnamed_clashes_are_the_places_armed_men(nlp):
    ev = _main("Clashes erupted in Bamako on Sunday.")
    assert ev is not None and [(a.sector, a.country) for a in ev.source] == [("UAF", "MLI")]
    ev = _main("Heavy clashes near Goma")  # a verbless headline reports its noun
    assert ev is not None and [a.country for a in ev.source] == ["COD"]
    ev = _main("Shelling on Donetsk city")  # shells may come from across a front: no guess
    assert ev is not None and not ev.source
    ev = _main("Warplanes struck Idlib on Monday.")  # an air force may be foreign: no country guessed
    assert ev is not None and not any(a.country for a in ev.source)


def test_a_town_the_tagger_calls_a_product_is_a_place_in_a_place_slot(nlp):
    ev = _main("Widow gunned down in Irapuato")
    assert ev is not None and ev.place is not None and ev.place.country == "MEX"
    assert [(a.sector, a.country) for a in ev.source] == [("UAF", "MEX")]


def test_a_month_opening_a_note_is_no_march(nlp):
    assert _main("March 12th 2019: (X12) a farm near Raqqa, Syria") is None
    ev = _main("Marches in Raqqa on Friday drew thousands of people.")
    assert ev is not None and ev.plover == "PROTEST"


def test_a_death_told_beside_an_act_does_not_keep_it(nlp):
    # the attack is only why the crowd acted: the beating is the event, not the attack
    evs = dyads.code("The suspect died after a crowd beat him in revenge for an alleged attack").events
    assert [e.trigger for e in evs] == ["beat"]
    # a killing told in a relative clause is its antecedent's, not an event of its own
    evs = dyads.code("Officials weighed a response to a suspected chemical attack that killed dozens.").events
    assert not any(e.trigger == "killed" for e in evs)
    ev = _main("An armed attack leaves two dead and three wounded")
    assert ev is not None and _dead(ev) == 2


def test_a_town_the_tagger_calls_a_language_is_a_place_in_a_place_slot(nlp):
    ev = _main("Foreign airstrikes kill 9 civilians in Aleppo today")
    assert ev is not None and ev.place is not None and ev.place.country == "SYR"
    assert not [p for p in dyads.code("The report was published in English and Arabic.").places]


def test_engaging_in_something_is_no_clash(nlp):
    ev = _main("The militia said it had killed two fishermen for engaging in smuggling.")
    assert ev is not None and ev.acled == "Attack"
    ev = _main("Troops engaged in heavy fighting with militants near the border.")
    assert ev is not None and ev.acled == "Armed clash"


def test_a_word_for_a_person_opening_a_headline_is_no_town(nlp):
    assert not dyads.code("Man was stabbed to death inside a bar").places
    assert not dyads.code("Woman found murdered near a highway").places


def test_a_towns_countryside_is_placed_at_the_town(nlp):
    ev = _main("Government troops shelled villages in Daraa countryside on Tuesday.")
    assert ev is not None and ev.place is not None and ev.place.country == "SYR"


def test_a_town_hit_names_no_state_against_the_troops(nlp):
    ev = _main("Government troops shelled villages in Daraa countryside on Tuesday.")
    assert ev is not None and {a.country for a in ev.source} == {"SYR"}  # the troops of the place's state
    evs = dyads.code("The United States urged the junta to free the prisoners.").events
    ev = next(e for e in evs if e.plover == "REQUEST")
    assert "USA" not in {a.country for a in ev.target}  # a named state still blocks
