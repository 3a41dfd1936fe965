"""What the police do in South Asian news English (issue 17, IndiaPoliceEvents): killings in
police firing, in encounters and in custody, crowd control that kills no one, the police as a
speaker rather than a doer. Sentences written for these tests."""

from __future__ import annotations

import dyads


def _coded(text: str):
    return dyads.code(text, published="2002-03-10").events


def _fatalities(ev) -> int:
    return sum(q.value for q in ev.quantities if q.kind == "fatalities")


def _police(ev) -> bool:
    return any(a.sector == "COP" for a in ev.source)


def _police_killings(evs):
    """Asserted police-source assaults that kill (scripts/eval_police_events.py's KILL)."""
    return [e for e in evs if e.modality == "asserted" and e.plover == "ASSAULT" and _police(e)
            and (e.cameo or "")[:2] in ("18", "19", "20") and (_fatalities(e) > 0 or e.cameo == "1823")]


def test_killed_in_police_firing_names_the_police_as_killers(nlp):
    evs = _coded("PATNA: Two farmers were killed in police firing at a village on Saturday.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _police(ev) and {a.country for a in ev.source} == {"IND"}
    assert _fatalities(ev) == 2
    assert ev.cameo != "1712"  # shooting is no arson


def test_shooting_is_no_arson(nlp):
    evs = _coded("PATNA: Four villagers were killed when troops fired on a march.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert ev.cameo != "1712" and ev.acled != "Looting/property destruction"
    evs = _coded("PATNA: Two smugglers were killed in an exchange of fire with the border police.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert ev.cameo != "1712" and _police(ev)


def test_a_when_clause_names_who_did_the_killing(nlp):
    evs = _coded("PATNA: A student was killed and nine were wounded as policemen fired at the marchers.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _police(ev)
    assert _fatalities(ev) == 1
    # a clause that tells no violence names no killer
    evs = _coded("PATNA: Two pilgrims were killed when the bus reached the bridge.")
    assert not any(_police(e) for e in evs)


def test_killed_in_an_encounter_with_the_police(nlp):
    evs = _coded("MUMBAI: A suspected extortionist was killed in an encounter with the police in Andheri.")
    assert _police_killings(evs)
    evs = _coded("MUMBAI: A bank robber was killed in a shoot-out with the police near the docks.")
    assert _police_killings(evs)


def test_a_death_in_custody_is_a_killing_by_the_custodian(nlp):
    evs = _coded("MUMBAI: A 19-year-old youth died in police custody at the Dharavi station on Tuesday.")
    ev = next(e for e in evs if e.cameo == "1823")
    assert _police(ev) and {a.country for a in ev.source} == {"IND"}
    assert not any(a.sector == "COP" for a in ev.target)
    evs = _coded("MUMBAI: Activists protested against the custodial death of a rickshaw puller.")
    assert any(e.cameo == "1823" and _police(e) for e in evs)
    evs = _coded("SRINAGAR: The tailor died in the custody of the army, his brother said.")
    ev = next(e for e in evs if e.cameo == "1823")
    assert {a.sector for a in ev.source} == {"MIL"}


def test_a_split_hyphenated_verb_keeps_its_subject(nlp):
    evs = _coded("MUMBAI: The police lathi-charged the students outside the university gate.")
    ev = next(e for e in evs if e.cameo == "175")
    assert _police(ev) and ev.plover == "ASSAULT"


def test_lathi_charges_and_tear_gas_shells_are_crowd_control(nlp):
    evs = _coded("MUMBAI: Policemen burst tear gas shells and resorted to a lathi-charge near the station.")
    assert not [e for e in evs if e.cameo and e.cameo.startswith("194")]  # no artillery
    assert any(e.cameo == "175" and _police(e) for e in evs)
    assert not _police_killings(evs)


def test_charging_at_a_crowd_is_force_not_a_legal_charge(nlp):
    evs = _coded("MUMBAI: The police charged at the crowd with sticks outside the mill.")
    ev = next(e for e in evs if e.trigger == "charged")
    assert ev.cameo == "175" and ev.plover == "ASSAULT"
    evs = _coded("MUMBAI: The police charged the two brothers with murder.")
    ev = next(e for e in evs if e.trigger == "charged")
    assert ev.plover != "ASSAULT"


def test_firing_in_the_air_kills_no_one(nlp):
    evs = _coded("MUMBAI: Policemen fired in the air to break up the crowd, and two people died in the stampede.")
    ev = next(e for e in evs if e.trigger == "fired")
    assert _fatalities(ev) == 0
    assert not _police_killings(evs)


def test_dead_with_their_own_killer_go_to_no_other_act(nlp):
    evs = _coded("MUMBAI: Police fired on the mob, and a cobbler was stabbed to death by rioters in the lane.")
    fired = next(e for e in evs if e.trigger == "fired")
    assert _fatalities(fired) == 0
    stab = next(e for e in evs if e.trigger == "stabbed")  # kept apart: the rioters' act
    assert not _police(stab)
    assert not _police_killings(evs)


def test_the_police_as_speaker_are_not_the_killers(nlp):
    # (a guard: true before these rules too, it must stay so)
    evs = _coded("PATNA: Police said a mob lynched a trader and killed his two sons in the market.")
    assert not _police_killings(evs)
    evs = _coded("PATNA: The police recovered the bodies of two women from a canal on Friday.")
    assert not _police_killings(evs)


def test_killed_and_several_injured_keeps_the_count_of_the_dead(nlp):
    evs = _coded("PATNA: Six persons were killed and several injured as the two groups clashed near the temple.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _fatalities(ev) == 6


def test_indian_police_ranks_and_units_are_police(nlp):
    evs = _coded("MUMBAI: The crime branch arrested two men for the robbery on Friday.")
    assert any(e.cameo == "173" and _police(e) for e in evs)
    evs = _coded("MUMBAI: Two constables and a sub-inspector were injured when a mob stoned their jeep.")
    ev = next(e for e in evs if e.plover == "ASSAULT")
    assert any(a.sector == "COP" for a in ev.target)


def test_a_noun_before_a_violent_gerund_is_its_doer(nlp):
    evs = _coded("PATNA: A hawker succumbed to injuries sustained in police firing last month.")
    assert _police_killings(evs)


def test_the_agent_of_a_weapons_participle_wields_it(nlp):
    evs = _coded("PATNA: A schoolboy was killed by a bullet fired by the police near the bridge.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _police(ev)


def test_firing_as_a_noun_is_shooting_but_not_a_dismissal(nlp):
    evs = _coded("PATNA: Three more villagers died in police firing, taking the toll to nine.")
    assert _police_killings(evs)
    evs = _coded("PATNA: The firing of the coach angered the players.")
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_no_one_killed_is_a_denied_killing_with_no_count(nlp):
    evs = _coded("PATNA: No one was killed in the police firing at the market, the collector said.")
    assert not _police_killings(evs)
    ev = next(e for e in evs if e.trigger == "killed")
    assert ev.modality == "negated" and _fatalities(ev) == 0


def test_a_gerund_compounded_on_the_police_is_theirs_inside_another_clause(nlp):
    evs = _coded("PATNA: The legislators sought an inquiry into the death of a porter in police firing.")
    ev = next(e for e in evs if e.trigger == "firing")
    assert _police(ev)


def test_even_as_joins_two_acts_not_one(nlp):
    evs = _coded("PATNA: A tailor was stabbed to death in one lane even as the police opened fire on rioters in another.")
    assert not _police_killings(evs)
    stab = next(e for e in evs if e.trigger == "stabbed")
    assert not _police(stab)


def test_a_harm_that_names_its_own_act_takes_no_doer_from_a_while_clause(nlp):
    evs = _coded("PATNA: A vendor was killed in stone-pelting while the police burst tear gas shells at the crowd.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert not _police(ev)
    assert not _police_killings(evs)


def test_in_which_stands_for_the_firing_it_follows(nlp):
    evs = _coded("PATNA: The legislators sought a probe into the police firing at the fair in which three men were killed.")
    assert _police_killings(evs)


def test_a_participle_clause_gives_its_dead_to_the_main_act(nlp):
    evs = _coded("PATNA: The constables inside the station fired in self-defence, killing one member of the mob.")
    ev = next(e for e in evs if e.trigger == "fired")
    assert _fatalities(ev) == 1


def test_opened_fire_in_which_gives_the_killing_to_the_firers(nlp):
    evs = _coded("PATNA: The police opened fire near the mandi in which three traders were killed.")
    assert any(_fatalities(e) == 3 for e in _police_killings(evs))


def test_a_gerund_the_parser_hangs_on_the_verb_is_still_the_nouns(nlp):
    evs = _coded("PATNA: Two men were killed in police firing while four others were hurt in stabbing incidents.")
    ev = next(e for e in evs if e.trigger == "killed")
    assert _police(ev) and _fatalities(ev) == 2


def test_fell_to_police_bullets_is_a_police_killing(nlp):
    evs = _coded("PATNA: Three looters fell to police bullets near the grain market on Sunday.")
    ev = next(iter(_police_killings(evs)))
    assert _fatalities(ev) == 3
    assert not any(a.sector == "COP" for a in ev.target)


def test_a_death_in_the_lock_up_is_a_death_in_custody(nlp):
    evs = _coded("MUMBAI: A suspected pickpocket died in the lock-up at Dadar on Friday.")
    ev = next(e for e in evs if e.cameo == "1823")
    assert _police(ev) and _fatalities(ev) == 1
    evs = _coded("MUMBAI: A man held for questioning died at the Worli police station on Friday.")
    assert _police_killings(evs)
    evs = _coded("MUMBAI: An old woman died at the civil hospital on Friday.")
    assert not _police_killings(evs)


def test_a_weak_violent_verb_with_a_doer_and_a_death_is_an_attack(nlp):
    evs = _coded("PATNA: The state ordered a probe into the death of a boy who was hit by a police bullet in Danapur.")
    assert _police_killings(evs)


def test_a_small_dateline_town_gives_the_police_their_country(nlp):
    evs = _coded("MEHSANA: The police opened fire on a crowd near the bus depot, killing a farmer.")
    assert _police_killings(evs)
    assert {a.country for e in evs for a in e.source if a.sector == "COP"} == {"IND"}
    evs = _coded("NATO: The police opened fire on a crowd near the bus depot, killing a farmer.")
    assert not {a.country for e in evs for a in e.source if a.sector == "COP"} - {None}


def test_indian_reserve_police_forces_are_police(nlp):
    evs = _coded("SURAT: CRPF personnel opened fire on the rioters, killing two of them.")
    assert _police_killings(evs)
    evs = _coded("SURAT: SRP jawans opened fire on the rioters, killing two of them.")
    assert _police_killings(evs)


def test_killed_in_a_police_encounter_and_a_past_clause_is_no_wish(nlp):
    evs = _coded("SURAT: Two dacoits were killed in a police encounter on the highway.")
    assert _police_killings(evs)
    evs = _coded("SURAT: A robber wanted in six cases was killed in a police encounter near Kamrej on Sunday.")
    assert any(e.modality == "asserted" and _police(e) for e in evs if e.trigger == "killed")


def test_a_lone_foreign_namesake_gives_the_police_no_foreign_country(nlp):
    evs = _coded("AHMEDABAD: Police opened fire in Shah Alam, killing two persons.")
    assert {a.country for e in evs for a in e.source if a.sector == "COP"} == {"IND"}
    evs = _coded("NEW DELHI: Police in Dhaka fired on protesters, killing two.")
    assert {a.country for e in evs for a in e.source if a.sector == "COP"} == {"BGD"}
