from dyads.geo import geoparse, locate
from dyads.model import Article, Event
from dyads.nlp import parse


def _locate(text, trigger):
    doc = parse(text)
    places = geoparse(doc, Article(doc_id="t", text=text), [])
    i = text.index(trigger)
    ev = Event(
        id="e",
        doc_id="t",
        sentence="",
        evidence=(i, i + len(trigger)),
        trigger=trigger,
        plover="ASSAULT",
    )
    [ev] = locate([ev], places, doc)
    return ev.place


def test_locative_preposition_on_the_trigger_wins():
    p = _locate("Jordanian troops clashed with militants in Aleppo on Sunday.", "clashed")
    assert p is not None and p.text == "Aleppo"


def test_object_of_the_trigger_is_the_place():
    p = _locate("Iraqi forces moved to retake Mosul from the militants.", "retake")
    assert p is not None and p.text == "Mosul"


def test_air_strikes_on_a_city():
    p = _locate("Russia carried out air strikes on Homs, officials in Moscow said.", "strikes")
    assert p is not None and p.text == "Homs"


def test_actor_place_is_not_the_location():
    assert _locate("Egypt condemned the attack.", "condemned") is None


def test_no_place_in_the_sentence_gives_none():
    text = "Fighting raged in Aleppo. The rebels attacked again."
    assert _locate(text, "attacked") is None


def _locate_all(text, trigger):
    """Like _locate, but unknown places (no gazetteer entry) may be the location too."""
    doc = parse(text)
    places = geoparse(doc, Article(doc_id="t", text=text), [], keep_unresolved=True)
    i = text.index(trigger)
    ev = Event(
        id="e",
        doc_id="t",
        sentence="",
        evidence=(i, i + len(trigger)),
        trigger=trigger,
        plover="ASSAULT",
    )
    [ev] = locate([ev], places, doc)
    return ev.place


def test_a_modifier_of_the_victim_is_not_the_place():
    p = _locate("A French soldier was killed by a roadside bomb in Kandahar.", "killed")
    assert p is not None and p.text == "Kandahar"


def test_most_specific_place_in_the_phrase():
    text = "Two farmers were killed in the village of Qwertabad in the countryside of Idlib."
    p = _locate_all(text, "killed")
    assert p is not None and p.text == "Qwertabad" and p.geonameid is None


def test_coordinated_verbs_share_the_place():
    p = _locate("Soldiers shot and killed two men near Hebron on Friday.", "shot")
    assert p is not None and p.text == "Hebron"


def test_the_northern_city_is_the_city_named_before():
    text = "Iraqi troops reached Kirkuk in May. In October they moved to retake the northern city."
    p = _locate(text, "retake")
    assert p is not None and p.text == "Kirkuk" and p.geonameid == 94787


def test_the_backer_is_not_the_place():
    assert _locate("The militia is backed by Iran.", "backed") is None


def test_part_of_a_place_is_the_place():
    p = _locate("Troops patrolled the streets of Kandahar on Sunday.", "patrolled")
    assert p is not None and p.text == "Kandahar"
    p = _locate("By 2003 the rebels had captured much of Liberia.", "captured")
    assert p is not None and p.text == "Liberia"


def test_ties_go_to_the_most_specific_place():
    p = _locate("In Syria the rebels are pushing onto Aleppo again.", "pushing")
    assert p is not None and p.text == "Aleppo"


def _locate_with_mentions(text, trigger, actor_phrases=()):
    """Like _locate, with the given phrases as actor mentions (the location rules over the document)."""
    from dyads.model import Actor, Mention

    doc = parse(text)
    places = geoparse(doc, Article(doc_id="t", text=text), [])
    mentions = [Mention(start=text.index(p), end=text.index(p) + len(p), text=p, actor=Actor(text=p))
                for p in actor_phrases]
    i = text.index(trigger)
    ev = Event(id="e", doc_id="t", sentence="", evidence=(i, i + len(trigger)), trigger=trigger, plover="ASSAULT")
    [ev] = locate([ev], places, doc, mentions)
    return ev


def test_place_inside_an_actor_mention_is_not_the_location():
    text = "Mr Biden would be the first US leader to visit the Pacific Islands Forum when he flies on to Fiji."
    assert _locate_with_mentions(text, "flies").place.text == "US"  # the parse alone
    ev = _locate_with_mentions(text, "flies", ["the first US leader"])
    assert ev.place is None
    assert ev.rule.endswith("; 'US' names an actor, not the place")


def test_the_place_that_undergoes_the_event_is_its_location():
    ev = _locate_with_mentions("Raqqa has been facing air strikes every day.", "strikes")
    assert ev.place is not None and ev.place.text == "Raqqa"
    assert "place: 'Raqqa' undergoes it" in ev.rule


def test_a_topic_after_a_noun_of_talk_is_not_the_place():
    assert _locate("Officials praised the minister's remarks on Ukraine.", "praised") is None
    p = _locate("Syrian jets carried out strikes on Aleppo on Sunday.", "strikes")
    assert p is not None and p.text == "Aleppo"


def test_the_named_neighbourhood_of_a_city_is_the_place():
    from dyads.geo.records import geoparse_record

    text = "In the north Kabul neighbourhood of Qala-e-Fatullah, a roadside bomb killed one civilian."
    i = text.index("killed")
    out = geoparse_record({"id": "t", "text": text, "verb": {"start": i, "end": i + 6}})
    loc = out["location"]
    assert loc is not None and text[loc["start"]:loc["end"]].startswith("Qala")


def test_a_place_in_another_subjects_clause_is_not_the_place():
    p = _locate("Troops clashed with rebels north of the capital on Sunday, residents said, hours before both sides "
                "agreed to return to peace talks in Nairobi.", "clashed")
    assert p is None or p.text != "Nairobi"


def test_a_country_modifying_an_airstrike_is_its_doer_not_its_place():
    p = _locate("The commander was killed in a U.S. airstrike, officials said.", "killed")
    assert p is None or p.country != "USA"


def _record_location(text: str, verb: str) -> str | None:
    from dyads.geo.records import geoparse_record

    i = text.index(verb)
    loc = geoparse_record({"id": "t", "text": text, "verb": {"start": i, "end": i + len(verb)}})["location"]
    return text[loc["start"]:loc["end"]] if loc else None


def test_a_site_named_before_its_kind_is_the_place():
    assert _record_location("Militants attacked soldiers near the Zarqan outpost on Monday.", "attacked") == "Zarqan outpost"
    assert _record_location("Two bombs exploded in the crowded Bakara market on Friday.", "exploded") == "Bakara market"


def test_a_hyphenated_village_name_tagged_as_a_person_is_still_a_place():
    loc = _record_location("The fugitive was captured on a farm in Al-Qusairat near the border.", "captured")
    assert loc == "Al-Qusairat"


def test_outside_of_a_city_places_the_event_there():
    assert _record_location("Two soldiers were killed by a roadside bomb outside of Kandahar on Monday.",
                            "killed") == "Kandahar"


def test_the_area_named_before_of_a_district_is_the_place():
    # "the X area of Y district": Y district holds X; "the Baghdad neighbourhood of Z" stays Z
    p = _locate("Police killed three gunmen in the Sopore area of Kupwara district.", "killed")
    assert p is not None and p.text == "Sopore"


def test_a_place_under_the_of_phrase_of_a_post_title_is_its_seat():
    # the post's seat ("the commander of the movement's units in X"), not where the strike hit
    text = "A drone strike killed four militants, including the commander of the movement's units in Hama."
    assert _locate(text, "killed") is None


def test_a_place_after_a_locative_particle_is_the_place():
    # the parser reads "off" as a particle and the place as a bare modifier or its object
    text = "A Maltese cargo ship carrying 17 sailors was captured off Kismayo, on Somalia's southern shore."
    p = _locate(text, "captured")
    assert p is not None and p.text == "Kismayo"
    p = _locate("A tanker was captured off Mogadishu, officials in Nairobi said.", "captured")
    assert p is not None and p.text == "Mogadishu"


def test_a_site_named_like_a_street_or_school_is_a_candidate_place():
    # toponym gold standards leave such sites out; an event's place may be one
    assert _record_location("Police guarded the Al-Huda school in northern Basra after the threats.",
                            "guarded") == "Al-Huda school"
    assert _record_location("A roadside bomb was detonated on the Bannu-Miranshah Road, wounding three soldiers.",
                            "detonated") == "Miranshah Road"


def test_a_site_name_tagged_as_a_person_is_still_a_place():
    assert _record_location("Riot police cleared Maidan Square in nearby Kyiv overnight.", "cleared") == "Maidan Square"


def test_a_name_in_apposition_to_a_place_noun_is_a_place():
    text = ("The two men were arrested during a raid on a farm in Kot Sultan, a small village near the city of "
            "Multan, police said.")
    assert _record_location(text, "arrested") == "Kot Sultan"


def test_a_region_matching_only_a_small_village_stays_a_candidate():
    text = "Two bombs exploded near an army base in Al-Qurayyah, 20 km south of Al-Arish."
    assert _record_location(text, "exploded") == "Al-Qurayyah"


def test_a_tel_name_tagged_as_a_person_is_a_place():
    text = "Gunmen who tried to sneak into Tel Hamis were killed by the militia."
    assert _record_location(text, "killed") == "Tel Hamis"


def test_the_hospital_where_a_victim_died_is_not_where_he_was_shot():
    text = "Two men were shot in the market; one later died at Saint Luke Hospital, police said."
    assert _record_location(text, "shot") is None
    assert _record_location("Gunmen stormed the Al-Rashid hospital in eastern Mosul on Tuesday.",
                            "stormed") == "Al-Rashid hospital"


def test_a_place_in_a_relative_clause_on_a_participant_is_the_place():
    text = "A bomb was detonated near soldiers who were searching houses in Qabatiya, but nobody was hurt."
    assert _record_location(text, "detonated") == "Qabatiya"
    # a relative clause of where the participant lives or is based tells its home
    assert _record_location("The village was raided by militiamen who were living in Kirkuk.", "raided") is None
