import pytest

from dyads.geo import resolve_spans
from dyads.geo.rank import TextSpan


def _resolve(text, *names, **kw):
    spans = []
    for n in names:
        i = text.index(n)
        spans.append((i, i + len(n)))
    return resolve_spans(text, spans, **kw)


def test_city_beats_same_named_district():
    [p] = _resolve("Fighting continued around Mosul on Tuesday.", "Mosul")
    assert p.geonameid == 99072 and p.feature.startswith("P.")


def test_countries_resolve_to_country_entries():
    ps = _resolve(
        "Syria, Iraq and Iran met in Qatar; Cyprus watched.",
        "Syria",
        "Iraq",
        "Iran",
        "Qatar",
        "Cyprus",
    )
    assert [p.geonameid for p in ps] == [163843, 99237, 130758, 289688, 146669]
    assert ps[0].country == "SYR"


def test_state_after_comma_picks_the_town_in_that_state():
    text = "The council of Springfield, Illinois voted on Monday."
    [p] = _resolve(text, "Springfield")
    assert p.country == "USA"
    assert p.name == "Springfield" and 39 < p.lat < 40.5 and -90 < p.lon < -89


def test_document_country_context_moves_the_choice():
    # Alone, "Tripoli" is the Libyan capital; in a story about Lebanon it is the Lebanese city.
    [alone] = _resolve("Officials in Tripoli said talks would resume.", "Tripoli")
    text = "Lebanon's army deployed in Beirut and Tripoli after the clashes."
    ps = _resolve(text, "Lebanon", "Beirut", "Tripoli")
    assert alone.country == "LBY"
    assert ps[2].country == "LBN"


def test_admin_word_selects_the_region():
    [p] = _resolve("Clashes spread across Nineveh province.", "Nineveh")
    assert p.feature == "A.ADM1" and p.country == "IRQ"


def test_unknown_span_stays_unresolved():
    [p] = _resolve("They met in Qwzxyplk.", "Qwzxyplk")
    assert p.geonameid is None and p.text == "Qwzxyplk"


def test_bad_span_is_a_clear_error():
    with pytest.raises(ValueError, match="outside the text"):
        resolve_spans("short", [(2, 40)])
    with pytest.raises(ValueError, match="outside the text"):
        resolve_spans("short", [TextSpan(3, 3, "")])


def test_a_region_owned_by_a_country_is_that_countrys():
    [p] = _resolve("Villagers in Ghana's Western Region clashed with police.", "Western Region")
    assert p.country == "GHA" and p.feature.startswith("A.")


def test_a_village_known_only_abroad_by_another_form_of_its_name_is_dropped_in_a_story_at_home():
    # a Colombian story names four Colombian places; "Potrerito" is in the gazetteer only as a
    # Mexican "Potreritos": the Colombian hamlet the gazetteer lacks, not the Mexican village
    text = ("Fighting in Cauca: dissidents attacked Argelia and Jamundí, and residents of Potrerito fled "
            "towards Popayán.")
    ps = _resolve(text, "Cauca", "Argelia", "Jamundí", "Potrerito", "Popayán")
    assert {p.country for p in ps if p.geonameid is not None} == {"COL"}
    assert ps[3].geonameid is None
    # ... but a place named by its own main name keeps its entry, whatever its country
    ps = _resolve("Troops from Cauca, Argelia and Jamundí were flown to Kharkiv.", "Cauca", "Argelia",
                  "Jamundí", "Kharkiv")
    assert ps[3].country == "UKR"
