"""ACLED sub-event rules on sentences written for these tests (through the real pipeline)."""

from __future__ import annotations

import pytest

import dyads
from dyads.events import main_event


def _label(text: str) -> str | None:
    ev = main_event(dyads.code(text, published="2021-03-01").events)
    return ev.acled if ev else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants threw a grenade at a police checkpoint in the market, wounding four officers.", "Grenade"),
        ("A roadside bomb exploded next to an army convoy, killing two soldiers.", "Remote explosive/landmine/IED"),
        ("Government warplanes bombed rebel positions near the border on Monday.", "Air/drone strike"),
        ("Police seized a large cache of rifles and ammunition in a raid on a warehouse.", "Disrupted weapons use"),
        ("Thousands of teachers marched peacefully through the capital to demand higher pay.", "Peaceful protest"),
        ("Police fired tear gas to disperse hundreds of students protesting against fee rises.", "Protest with intervention"),
        ("Hundreds of farmers protested in the capital. Some hurled stones at police, who answered with tear gas.",
         "Violent demonstration"),
        ("Colombia and the rebels signed a ceasefire agreement in Havana.", "Agreement"),
    ],
)
def test_sub_event_follows_the_codebook(nlp, text, expected):
    assert _label(text) == expected


def test_territory_taker_decides_between_government_and_non_state(nlp):
    assert _label("The Nigerian army recaptured the town of Damboa from the insurgents.") == "Government regains territory"
    assert _label("Rebel fighters captured the town of Damboa after heavy fighting.") in (
        "Non-state actor overtakes territory", "Armed clash")


def test_main_event_passes_over_background_events():
    """"Seized guns in a raid": the raid is background (``Event.background``), the seizure labels the text."""
    from dyads.model import Event

    raid = Event(id="r", doc_id="d", sentence="", evidence=(20, 24), trigger="raid", plover="ASSAULT",
                 acled="Attack", rule="lexicon 'raid' (noun); background: adjunct of 'seized'", background=True)
    seize = Event(id="s", doc_id="d", sentence="", evidence=(30, 36), trigger="seized", plover="COERCE",
                  acled="Looting/property destruction", rule="lexicon 'seize' (verb)")
    assert main_event([raid, seize]) is seize
    raid.background = False  # the flag decides, not the rule text
    assert main_event([raid, seize]) is raid


def test_background_is_a_field_of_the_coded_event(nlp):
    coded = dyads.code("Troops seized a large cache of rifles during clashes with rebels near the border.", published="2021-03-01")
    background = [e for e in coded.events if e.background]
    assert background and all("background: adjunct of" in e.rule for e in background)
    assert all(e.background for e in coded.events if "background: adjunct of" in e.rule)


def test_an_articles_label_comes_from_its_lead_only(nlp):
    """A resignation story that mentions an old bombing far down is not labelled by the bombing."""
    from dyads.events.acled_rules import lead_end
    from dyads.records import record

    lead = ("The foreign minister of Ruritania resigned on Tuesday after a dispute over the budget. "
            "Her departure leaves the coalition without a majority in parliament, and the prime minister "
            "said he would name a successor within days. Opposition leaders called for early elections, "
            "saying the government had lost its mandate. The minister gave no reason beyond the budget.")
    later = "Years ago, a car bomb exploded outside the ministry in Freedonia, killing six people."
    text = lead + "\n" + "\n".join(["Analysts said the crisis had been building for months."] * 3) + "\n" + later
    coded = dyads.code(text, published="2021-03-01")
    bomb = next(e for e in coded.events if e.acled)
    assert bomb.evidence[0] >= lead_end(text)
    assert record(coded)["label"] is None
    coded = dyads.code(later + "\n" + lead, published="2021-03-01")  # the same bombing as the lead
    assert record(coded)["label"] == "Remote explosive/landmine/IED"


def test_force_used_on_demonstrators_is_a_protest_event(nlp):
    ev = next(e for e in dyads.code("Soldiers shot dead three demonstrators in Bamako on Friday.",
                                    published="2024-01-01").events if e.plover == "ASSAULT")
    assert ev.acled == "Excessive force against protesters"
    ev = next(e for e in dyads.code("Riot police fired tear gas at marchers in Dakar on Friday.",
                                    published="2024-01-01").events if e.plover == "ASSAULT")
    assert ev.acled == "Protest with intervention"


def test_the_weapon_of_an_enclosing_strike_is_not_the_weapon_of_the_attack_it_answers(nlp):
    evs = dyads.code("Israeli warplanes struck targets in Lebanon on Friday, hours after an attack on a "
                     "border village killed three people.", published="2024-01-01").events
    assert next(e for e in evs if e.trigger == "struck").acled == "Air/drone strike"
    assert next(e for e in evs if e.trigger == "killed").acled != "Air/drone strike"


def test_handing_over_power_is_no_transfer_of_territory(nlp):
    ev = next(e for e in dyads.code("The outgoing Malawian president handed over power to his successor on Monday.",
                                    published="2024-01-01").events if e.trigger.startswith("handed"))
    assert ev.plover == "CONCEDE" and ev.acled is None


def test_demonstrators_occupying_a_building_hold_a_sit_in():
    import dyads
    evs = [e for e in dyads.code("Thousands of protesters occupied the parliament building in Yerevan on Monday.").events
           if e.trigger == "occupied"]
    assert evs and evs[0].plover == "PROTEST" and evs[0].cameo == "144", [(e.plover, e.cameo) for e in evs]
