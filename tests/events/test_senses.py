"""Word senses of triggers (data/events/senses.yaml): sentences written for these tests."""

from __future__ import annotations

import dyads
from dyads.events import senses


def _coded(text: str):
    return [(e.plover, e.trigger) for e in dyads.code(text, published="2022-06-01").events]


def test_workers_striking_is_a_labour_protest_not_an_attack(nlp):
    out = _coded("Thousands of dock workers in Rotterdam are striking for a second day over pay.")
    assert ("PROTEST", "striking") in out and not any(t == "ASSAULT" for t, _ in out)


def test_a_military_strike_stays_an_attack(nlp):
    out = _coded("Russian warplanes launched a strike on a market in Idlib, killing nine civilians.")
    assert ("ASSAULT", "strike") in out


def test_one_sense_per_discourse_carries_the_labour_sense(nlp):
    text = ("Nurses in Leeds began a strike over wages on Monday, their union said.\n"
            "The hospital trust said it had prepared for the strike for weeks.")
    events = dyads.code(text, published="2022-06-01").events
    strikes = [e for e in events if e.trigger == "strike"]
    # the second mention is the same strike: merged into the first, which lists its evidence
    assert [e.plover for e in strikes] == ["PROTEST"] and "also mentioned at" in strikes[0].rule
    assert not any(e.plover == "ASSAULT" for e in events)


def test_weapon_names_are_not_events(nlp):
    out = _coded("The Nigerian army bought twelve attack helicopters from Italy last year.")
    assert not any(w.startswith("attack") for _, w in out)


def test_a_government_protest_with_a_complaint_is_an_accusation(nlp):
    out = _coded("The Chinese foreign ministry protested that the Japanese warship had entered its waters.")
    assert ("ACCUSE", "protested") in out and ("PROTEST", "protested") not in out


def test_people_protesting_in_the_street_stay_protesters(nlp):
    assert ("PROTEST", "protested") in _coded("Thousands of students protested outside the parliament in Dhaka.")


def test_market_and_judgement_idioms_are_no_events(nlp):
    assert _coded("Oil prices hit a record low in Singapore on Tuesday.") == []
    out = _coded("Kenyan officials underestimated the threat posed by the militia, the report found.")
    assert not any(t == "THREATEN" for t, _ in out)


def test_a_capitalised_trigger_inside_a_name_is_no_event(nlp):
    out = _coded("Members of Strike Back Now, a campaign group, met the mayor of Lyon in March.")
    assert not any(w in ("Strike", "March") for _, w in out)


def test_every_rule_names_a_known_trigger_and_code():
    from dyads.events import lexicon

    _, rules = senses.load()
    idx = lexicon.index()
    for trigger, rs in rules.items():
        assert trigger.split()[0] in idx, trigger
        for r in rs:
            assert r.use is None or lexicon.ontology.cameo_lookup(r.use) is not None, (trigger, r.use)


def test_talking_to_the_press_is_no_meeting_and_a_law_requires_without_asking(nlp):
    import dyads

    events = dyads.code("Speaking to reporters in Ankara, the Turkish president praised the deal.").events
    assert all(e.plover != "CONSULT" for e in events)
    met = dyads.code("The Turkish president spoke with the Egyptian president on Sunday.").events
    assert [e.plover for e in met] == ["CONSULT"]
    assert all(e.plover != "REQUEST" for e in dyads.code("The new law requires Greek banks to report large transfers.").events)


def test_cutting_aid_is_a_sanction(nlp):
    import dyads

    events = dyads.code("The United States is cutting funding to Palestinian refugees.").events
    assert [e.plover for e in events] == ["SANCTION"]


def test_weapons_found_are_a_disrupted_weapons_use_and_other_finds_are_no_event(nlp):
    import dyads

    events = dyads.code("Three homemade bombs were found in a drainage ditch beside the highway.").events
    assert [e.acled for e in events] == ["Disrupted weapons use"]
    events = dyads.code("Kenyan police discovered a large cache of rifles and ammunition in Mombasa.").events
    assert "Disrupted weapons use" in {e.acled for e in events}
    assert not dyads.code("Police found the bodies of three men near the border.").events


def test_a_name_given_with_call_is_no_request():
    import dyads
    evs = dyads.code("The company said the group, which it calls Cozy Bear and which U.S. officials link to "
                     "Russia's intelligence service, stole emails.").events
    assert not [e for e in evs if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in evs]
    evs = dyads.code("The group, which it calls Volt Typhoon, attacked Guam's power grid.").events
    assert not [e for e in evs if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in evs]


def test_demand_in_the_economic_sense_is_no_request(nlp):
    assert not [p for p, _ in _coded("Sluggish demand from Germany weighed on Italian exporters in May.") if p == "REQUEST"]
    assert not [p for p, _ in _coded("Copper rose as traders bet on demand in India.") if p == "REQUEST"]
    assert ("REJECT", "rejected") in _coded("Serbia rejected the EU demand that it recognise Kosovo.")


def test_inmates_freed_in_an_attack_on_a_prison_are_a_jailbreak_no_release_or_arrest(nlp):
    out = _coded("Gunmen stormed the prison in Kuje on Tuesday and freed hundreds of inmates.")
    assert not [p for p, _ in out if p in ("RETREAT", "CONCEDE", "COERCE")], out
    out = _coded("Insurgents raided the jail in Kirkuk, freeing 30 detainees.")
    assert not [p for p, t in out if t in ("jail", "freeing")], out


def test_seeking_to_do_something_is_the_act_intended_not_a_request(nlp):
    out = dyads.code("Bangladesh's interim government said it would seek to ban the Awami League.",
                     published="2024-10-01").events
    assert not [e for e in out if e.plover == "REQUEST"], [(e.plover, e.trigger) for e in out]
    assert [e.modality for e in out if e.trigger == "ban"] == ["intended"], [(e.plover, e.trigger) for e in out]
    assert ("REQUEST", "sought") in _coded("Kyiv sought air defence systems from Germany.")


def test_supporters_gathering_outside_a_court_demonstrate_but_not_at_an_airport(nlp):
    out = _coded("Scores of the editor's supporters gathered outside the courthouse in Minsk on Friday.")
    assert ("PROTEST", "gathered") in out, out
    out = _coded("Thousands of supporters gathered at the airport to greet the returning president.")
    assert not [t for t in out if t[0] == "PROTEST"], out


def test_setting_off_a_bomb_is_a_bombing_and_setting_off_sirens_is_not(nlp):
    assert ("ASSAULT", "set off") in _coded("A suicide bomber set off his explosives at a market in Kabul.")
    out = _coded("The drone set off air raid sirens across Kyiv on Monday.")
    assert ("ASSAULT", "set off") not in out, out


def test_water_cannon_fired_is_non_lethal_force_and_attacked_networks_a_cyberattack(nlp):
    events = dyads.code("Iran's navy fired water cannon at an Emirati fishing boat.", published="2022-06-01").events
    assert [(e.plover, e.cameo) for e in events] == [("ASSAULT", "175")], [(e.plover, e.cameo) for e in events]
    events = dyads.code("Hackers attacked the computer networks of Estonia's central bank on Monday.",
                        published="2022-06-01").events
    assert [e.cameo for e in events] == ["176"], [(e.plover, e.cameo) for e in events]


def test_a_warship_visiting_a_port_makes_no_diplomatic_visit(nlp):
    out = _coded("A Chinese destroyer visited the port of Colombo on Monday, and Sri Lanka's president visited Delhi.")
    assert [t for t in out if t[0] == "CONSULT"] == [("CONSULT", "visited")], out


def test_protecting_ones_own_security_is_no_aid(nlp):
    out = _coded("Egypt said it would take all measures to protect its water security.")
    assert not [t for t in out if t[0] == "AID"], out
    assert ("AID", "protect") in _coded("UN peacekeepers protect civilians in the camp near Juba.")


def test_a_bare_on_in_a_word_list_is_refused(monkeypatch):
    import pytest

    from dyads.errors import DyadsError

    senses.load.cache_clear()
    monkeypatch.setattr(senses, "read_yaml", lambda name: {"rules": [{"trigger": "strike", "before": [True],
                                                                      "use": "143"}]})
    try:
        with pytest.raises(DyadsError, match="quote words"):
            senses.load()
    finally:
        monkeypatch.undo()
        senses.load.cache_clear()


def test_every_word_list_in_senses_yaml_is_words():
    senses.load.cache_clear()
    _, rules = senses.load()
    assert all(isinstance(w, str) for rs in rules.values() for r in rs
               for w in r.before | r.unless_window | r.window | r.children | r.pobj | r.head)
    assert any("on" in r.unless_window for r in rules["call"])
