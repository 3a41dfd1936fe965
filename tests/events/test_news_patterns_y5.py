"""Event rules for patterns met reading whole news articles (fourth set): sentences written for
these tests."""

from __future__ import annotations

from tests.events.news_helpers import by_trigger as _by_trigger
from tests.events.news_helpers import coded_events as _events
from tests.events.news_helpers import countries as _countries

from dyads.events.scoring import culture_terms


def _triggers(events):
    return {e.trigger for e in events}


def test_a_labour_minister_is_a_portfolio_not_the_british_party(nlp):
    events = _events(
        "DHAKA, Bangladesh (AP) - Garment workers blocked a highway outside the capital on Tuesday. "
        "Labour Minister Rafiqul Haque urged the workers to return to their factories.")
    urged = _by_trigger(events, "urged")
    assert _countries(urged.source) == {"BGD"}


def test_a_countrys_national_security_council_is_its_government_not_the_un(nlp):
    events = _events(
        "ANKARA - Turkey's National Security Council, which brings together political and military "
        "leaders, is scheduled to meet on Thursday to discuss the operation.")
    meet = _by_trigger(events, "meet")
    assert [a.code for a in meet.source] == ["TURGOV"]


def test_a_surname_standing_as_a_subject_is_the_person_not_a_place(nlp):
    events = _events(
        "MANILA (Reuters) - Japanese Prime Minister Kenji Ishikawa and Philippine President Ferdinand "
        "Marcos Jr. agreed on Tuesday to expand joint military exercises.\n\n"
        "Ishikawa, on his first visit to Southeast Asia since taking office, was welcomed at the palace "
        "before the two leaders held talks.")
    talks = _by_trigger(events, "held talks")
    assert talks.place is None or talks.place.text != "Ishikawa"


def test_allied_militias_joined_to_an_accused_make_no_alliance_and_do_the_deed(nlp):
    events = _events(
        "KHARTOUM - Rights groups accused the RSF and allied Arab militias of carrying out ethnically "
        "targeted killings in West Darfur.\n\n"
        "A court barred the main opposition alliance and allied trade unions from gathering near the palace.")
    assert not [e for e in events if e.plover == "COOPERATE"]
    killings = _by_trigger(events, "killings")
    assert [a.text for a in killings.source] == ["the RSF"]


def test_a_war_of_insults_is_no_fighting(nlp):
    events = _events(
        "OTTAWA - The party's leader said both main parties were waging a war of insults while families "
        "can't pay rent.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_speaking_to_lawmakers_is_a_speech_not_a_meeting(nlp):
    events = _events(
        "ANKARA - Speaking to lawmakers in parliament's defence committee, the minister said Turkish "
        "forces were prepared to act.")
    assert not [e for e in events if e.plover == "CONSULT"]


def test_roads_blocked_by_security_vehicles_are_no_protest(nlp):
    events = _events(
        "DAKAR - Schools in Ziguinchor were closed and several roads leading to the town centre were "
        "blocked by gendarmerie vehicles.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_protesters_blocking_roads_still_protest(nlp):
    events = _events("DAKAR - Protesters blocked roads in the capital on Friday.")
    assert [e.plover for e in events] == ["PROTEST"]


def test_a_spokesman_for_the_rebel_movement_speaks_for_the_rebels(nlp):
    events = _events(
        "KINSHASA, Congo (Reuters) - Congo's government warned Friday that its army could launch a fresh "
        "offensive against rebels in the east if peace talks fail.\n\n"
        "A spokesman for the rebel movement, reached by telephone, said the group would attend the talks "
        "but dismissed the government's warning as posturing.")
    dismissed = _by_trigger(events, "dismissed")
    assert [a.sector for a in dismissed.source] == ["REB"]


def test_the_speaker_of_a_warning_is_not_of_the_country_it_warns(nlp):
    events = _events(
        "SEOUL (Reuters) - South Korea on Sunday accused North Korea of jamming GPS signals near the "
        "maritime border, and demanded that Pyongyang stop.\n\n"
        '"We sternly warn North Korea to immediately halt its GPS provocations," the military said.')
    warn = _by_trigger(events, "warn")
    assert _countries(warn.source) == {"KOR"}


def test_it_after_people_counted_is_the_body_that_counted_them(nlp):
    events = _events(
        "TBILISI, Georgia (AP) - Georgian police detained two opposition leaders early Sunday.\n\n"
        "The Interior Ministry said 97 people had been detained overnight and that 14 police officers were "
        "injured. It accused the opposition of trying to seize state institutions by force.")
    accused = _by_trigger(events, "accused")
    assert [a.sector for a in accused.source] == ["GOV"]


def test_it_is_the_last_sentences_main_subject_not_a_subject_inside_a_clause(nlp):
    events = _events(
        "YANGON - The armed group said in a posted statement that it had no intention of attacking other cities "
        "and would suspend offensive operations if the military stopped airstrikes. It said it had accepted "
        "an invitation from Chinese officials to attend talks in Kunming.")
    accepted = _by_trigger(events, "accepted")
    assert [a.sector for a in accepted.source] == ["REB"]


def test_a_group_designated_by_a_capital_is_designated_by_that_state(nlp):
    events = _events(
        "BEIRUT (AP) - Hezbollah, which is designated a terrorist group by Washington, did not claim any "
        "retaliation.")
    designated = _by_trigger(events, "designated")
    assert _countries(designated.source) == {"USA"}


def test_the_capital_of_a_story_filed_from_a_bureau_abroad_is_not_the_bureaus_city(nlp):
    events = _events(
        "CAIRO (AP) - Sudan's army said Monday that its troops had retaken several villages west of El "
        "Obeid after days of heavy fighting with the Rapid Support Forces.\n\n"
        "The war began in April 2023, when fighting broke out in Khartoum and other cities. The army "
        "retook the capital in March 2025.")
    retook = _by_trigger(events, "retook")
    assert retook.place is None or retook.place.name != "Cairo"


def test_an_attack_called_a_strike_is_no_labour_strike(nlp):
    events = _events(
        "KYIV (AP) - The European Union's diplomatic service called the attack \"another deliberate strike "
        "on civilians\" and said the bloc was preparing new sanctions.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_a_general_strike_called_is_still_a_strike(nlp):
    events = _events("NAIROBI - The unions called a three-day general strike.")
    assert [e.plover for e in events] == ["PROTEST"]


def test_a_story_whose_headline_calls_a_strike_unacceptable_keeps_its_air_strikes(nlp):
    events = _events(
        "GAZA CITY (AP) - An Israeli strike on a school sheltering displaced families in central Gaza killed "
        "at least 14 people early Sunday.\n\n"
        "The European Union's foreign policy chief called the strike \"unacceptable\".")
    strike = _by_trigger(events, "strike")
    assert strike.plover == "ASSAULT"


def test_strikes_recorded_by_an_air_force_are_not_its_own(nlp):
    events = _events(
        "KYIV (AP) - The air force also recorded strikes in the Dnipropetrovsk and Sumy regions, where a "
        "man was wounded.")
    strikes = _by_trigger(events, "strikes")
    assert "UKR" not in _countries(strikes.source)


def test_ethnic_kin_of_a_nation_are_people_of_the_place_not_of_that_nation(nlp):
    events = _events(
        "SKOPJE - Ethnic Albanian fighters vowed on Tuesday to keep up attacks on police posts in the hills "
        "above Tetovo, Macedonian police said.")
    vowed = [e for e in events if e.source]
    assert vowed and all(_countries(e.source) == {"MKD"} for e in vowed)


def test_a_blockade_police_try_to_clear_is_not_theirs(nlp):
    events = _events(
        "LIMA, Peru - The ombudsman said two men died after police tried to clear a blockade on the road "
        "to Juliaca.")
    blockade = [e for e in events if e.trigger == "blockade"]
    assert not [e for e in blockade if "COP" in {a.sector for a in e.source}]


def test_a_review_headline_counts_as_a_word_of_culture(nlp):
    doc = nlp("The studio says a patch is coming next month for the PlayStation version.")
    assert "review:" in culture_terms(doc, "Review: a strategy game of broken truces")
    assert "review:" not in culture_terms(doc, "Court orders review of election results")


def test_intelligence_provided_to_a_state_is_military_aid(nlp):
    events = _events(
        "The United States is providing satellite images and other military intelligence to Ukraine, "
        "officials said.")
    aid = [e for e in events if e.plover == "AID"]
    assert aid and _countries(aid[0].source) == {"USA"} and _countries(aid[0].target) == {"UKR"}


def test_details_provided_to_reporters_are_no_aid(nlp):
    events = _events("The ministry provided details to reporters on Monday.")
    assert not [e for e in events if e.plover == "AID"]


def test_a_ruling_union_is_a_party_not_a_labour_union(nlp):
    events = _events(
        "LOME, Togo - The ruling Union for the Republic dismissed the opposition's boycott as a sign of weakness.")
    dismissed = _by_trigger(events, "dismissed")
    assert [a.sector for a in dismissed.source] == ["PTY"]


def test_western_countries_name_no_place(nlp):
    events = _events(
        "WARSAW - Investigators traced the intrusion to a group which Western governments have previously linked "
        "to Russian military intelligence. Moscow has repeatedly denied involvement in cyberattacks on Western "
        "countries, describing such accusations as Russophobic.")
    denied = _by_trigger(events, "denied")
    assert denied.place is None or denied.place.name != "Western"


def test_a_dateline_naming_its_country_does_not_make_a_story_about_another_its_own(nlp):
    events = _events(
        "NAIROBI, Kenya (AP) — Thousands of people have fled from South Sudan's Upper Nile state into "
        "neighboring Ethiopia to escape clashes between government troops and an armed youth militia, the "
        "United Nations said Friday.\n\n"
        "The main opposition party accused the government of waging war on communities seen as "
        "sympathetic to its leader.")
    accused = _by_trigger(events, "accused")
    assert "KEN" not in _countries(accused.target)


def test_the_place_of_those_who_speak_is_not_the_place_of_what_they_report(nlp):
    events = _events(
        "MOGADISHU - Fighters attacked an army base near Awdheegle on Tuesday. Security analysts in Nairobi "
        "said the assault showed that the group could still mass fighters.")
    assert not [e for e in events if e.place is not None and e.place.name == "Nairobi"]


def test_people_fleeing_fighting_do_not_fight(nlp):
    events = _events(
        "BANGKOK (Reuters) - More than 4,000 people crossed from Myanmar into Thailand over the weekend to "
        "escape fierce fighting between the Myanmar army and Karen rebels near Myawaddy.")
    fighting = _by_trigger(events, "fighting")
    assert "CVL" not in {a.sector for a in fighting.source}


def test_a_name_released_is_no_release(nlp):
    events = _events(
        "MILWAUKEE (AP) - Police have not released the officer's name, citing threats made against officers.")
    assert not [e for e in events if e.plover == "RETREAT"]
    assert not [e for e in events if e.plover == "THREATEN" and "COP" in {a.sector for a in e.source}]


def test_hostages_released_are_still_released(nlp):
    events = _events("BAMAKO - Rebels released 20 hostages on Sunday.")
    assert [e.plover for e in events] == ["RETREAT"]


def test_a_mill_that_shut_down_is_no_coercion(nlp):
    events = _events(
        "OTTAWA - \"Retaliation alone doesn't put food on the table for a family whose mill just shut down,\" "
        "the lawmaker said.")
    assert not [e for e in events if e.plover == "COERCE"]


def test_a_fight_not_chosen_and_a_budget_that_funds_are_no_events(nlp):
    events = _events(
        "OTTAWA - Canada will impose retaliatory tariffs on American goods. \"Canada did not choose this fight, "
        "but we will not be pushed around,\" Prime Minister Tremblay told reporters. The budget funds the "
        "purchase of additional air defence systems for Lithuania.")
    assert not [e for e in events if e.plover in ("ASSAULT", "AID")]


def test_what_an_attacked_place_killed_is_the_attacks_doing(nlp):
    events = _events(
        "ABUJA - The attack on a Catholic church in Ondo state that killed 19 worshippers was carried out by "
        "gunmen, police said.")
    assert not [e for e in events if "REL" in {a.sector for a in e.source}]


def test_a_strike_called_one_of_the_deadliest_is_no_labour_strike(nlp):
    events = _events(
        "KABUL - An airstrike on a wedding party killed 14 guests in February. The U.N. mission called the "
        "Sangisar strike one of the deadliest single incidents of the year.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_speaking_by_phone_to_the_press_is_no_call_but_leaders_speaking_by_phone_are(nlp):
    reached = _events(
        "GOMA - Local chief Emmanuel Bahati, speaking by phone from Rutshuru town, said about a third of the "
        "houses had been burned.")
    assert not [e for e in reached if e.plover == "CONSULT"]
    leaders = _events("ANKARA - Erdogan spoke by phone with Putin on Tuesday.")
    assert [e.plover for e in leaders] == ["CONSULT"]


def test_a_region_named_in_english_is_found_in_the_gazetteer(nlp):
    events = _events(
        "NAIROBI, Kenya (AP) — Al-Shabaab fighters attacked a Somali army base in the Lower Shabelle region "
        "before dawn on Tuesday, killing at least 14 soldiers.")
    attacked = _by_trigger(events, "attacked")
    assert attacked.place is not None and attacked.place.text == "Lower Shabelle"


def test_an_ngos_national_section_is_the_ngo_not_the_country(nlp):
    events = _events(
        "LONDON - Amnesty International UK said it had grave concerns about her welfare and urged the "
        "Foreign Office to raise the case.")
    urged = _by_trigger(events, "urged")
    assert [a.sector for a in urged.source] == ["NGO"]


def test_a_purpose_told_in_the_passive_is_no_threat(nlp):
    events = _events(
        "WARSAW - The uprising, organized by the Polish underground Home Army, was intended to liberate "
        "Warsaw before the arrival of the advancing Soviet Red Army.")
    assert not [e for e in events if e.plover == "THREATEN"]


def test_a_stated_intention_to_attack_stays_a_threat(nlp):
    events = _events("ANKARA - Turkey intends to launch a new offensive against the YPG.")
    assert [e.plover for e in events] == ["THREATEN"]


def test_intercepted_phone_calls_are_no_attack(nlp):
    events = _events(
        "NAIROBI - Kenya's High Court on Thursday declared unconstitutional a law that would have allowed "
        "police to intercept phone calls without a court order.")
    assert not [e for e in events if e.plover in ("ASSAULT", "THREATEN")]


def test_weapons_fired_from_a_place_are_fired_by_its_side_at_another(nlp):
    events = _events("JERUSALEM - Rockets were fired from Gaza at southern Israel overnight, the army said.")
    fired = _by_trigger(events, "fired")
    assert _countries(fired.source) == {"PSE"} and _countries(fired.target) == {"ISR"}


def test_shells_fired_from_a_county_do_not_make_its_people_victims(nlp):
    events = _events(
        "SEOUL (Reuters) - South Korea's military warned North Korea on Wednesday after shells landed near "
        "Yeonpyeong island. The shells were fired from coastal batteries in North Korea's Kangryong county "
        "over roughly two hours and fell inside a buffer zone.")
    fired = _by_trigger(events, "fired")
    assert _countries(fired.source) == {"PRK"} and not fired.target


def test_a_titled_name_takes_the_country_of_the_same_title_just_before(nlp):
    events = _events(
        "MANILA, Philippines (AP) — Japan's prime minister signed an agreement in Manila on Wednesday to "
        "supply the Philippines with five coastal patrol vessels.\n\n"
        "Prime Minister Kenji Morimoto and Philippine President Ramon Villanueva signed the package at the "
        "presidential palace.")
    signed = [e for e in events if e.trigger == "signed" and "Morimoto" in e.sentence]
    assert signed and {"JPN", "PHL"} <= _countries(signed[0].source)


def test_residents_who_say_shelling_continued_do_not_shell(nlp):
    events = _events(
        "KHARTOUM - Residents reached by satellite phone said shelling continued on Sunday evening in the "
        "city's southern and eastern districts.")
    shelling = _by_trigger(events, "shelling")
    assert "CVL" not in {a.sector for a in shelling.source}


def test_sanctions_adopted_at_a_meeting_are_not_on_the_meeting_city(nlp):
    events = _events(
        "BRUSSELS - The sanctions were adopted by the bloc's foreign ministers at a meeting in Brussels and "
        "include an asset freeze.")
    assert not [e for e in events if e.plover == "SANCTION" and "BEL" in _countries(e.target)]


def test_a_relative_calling_a_survivor_is_no_request(nlp):
    events = _events(
        "DHAKA - \"My brother called me at midnight and said the boat was so full he could not find a place "
        "to sit,\" said Rahima Begum.")
    assert not [e for e in events if e.plover in ("REQUEST", "CONSULT")]


def test_the_groups_spokesman_speaks_for_the_group(nlp):
    events = _events(
        "GOMA - M23 rebels captured the town of Kalembe on Friday. The group's spokesman dismissed the "
        "government's claims and invited residents to return.")
    dismissed = _by_trigger(events, "dismissed")
    assert [a.sector for a in dismissed.source] == ["REB"]


def test_a_staircase_blocked_by_fabric_rolls_is_no_protest(nlp):
    events = _events(
        "DHAKA, Bangladesh (AP) — A fire at a garment factory killed nine workers on Tuesday. She said one of "
        "the two staircases in the building was blocked by stacks of fabric rolls.")
    assert not [e for e in events if e.plover == "PROTEST"]


def test_people_killed_in_a_crowd_crush_are_no_one_s_victims(nlp):
    events = _events(
        "LISBON - Three people died at a music festival on Saturday. In October 2022 more than 150 people were "
        "killed in a crowd crush in Seoul.")
    assert not [e for e in events if e.plover == "ASSAULT"]
