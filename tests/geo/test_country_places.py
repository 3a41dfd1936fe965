"""Events with no named place take the country where they must have happened (geo/country_places.py)."""

from __future__ import annotations

import dyads
from dyads.export import acled_geo_precision
from dyads.geo.country_places import country_place


def test_a_country_place_is_the_gazetteer_entry_with_no_text_offsets():
    p = country_place("BEL")
    assert p is not None and p.name == "Belgium" and p.country == "BEL"
    assert p.feature.startswith("A.PCL") and (p.start, p.end) == (-1, -1)
    assert acled_geo_precision(p.feature, p.lat) == 3
    assert country_place("XKX") is not None
    assert country_place("ZZZ") is None


def test_a_statement_is_placed_in_the_speakers_country_and_an_arrest_where_it_falls(nlp):
    [ev] = [e for e in dyads.code("The German chancellor criticized the Greek government on Friday.").events
            if e.plover == "ACCUSE"]
    assert ev.place.country == "DEU" and "place: the source's country" in ev.rule
    visit = [e for e in dyads.code("The French president visited Ethiopia on Monday.").events if e.plover == "CONSULT"]
    assert visit and visit[0].place.country == "ETH"


def test_a_named_place_is_kept(nlp):
    [ev] = [e for e in dyads.code("Syrian troops shelled rebels in Aleppo on Sunday.").events if e.plover == "ASSAULT"]
    assert ev.place.name == "Aleppo" and ev.place.start >= 0


def test_a_protest_and_a_sanction_are_placed_where_their_makers_are(nlp):
    [ev] = [e for e in dyads.code("Hungarian farmers protested against imports of Ukrainian grain on Monday.").events
            if e.plover == "PROTEST"]
    assert ev.place is not None and ev.place.country == "HUN", ev.place
    [ev] = [e for e in dyads.code("Japan imposed sanctions on North Korea on Friday.").events if e.plover == "SANCTION"]
    assert ev.place is not None and ev.place.country == "JPN", ev.place


def test_where_a_party_sits_is_not_where_it_was_warned(nlp):
    [ev] = [e for e in dyads.code("Turkey's president warned the Kurdish administration in Qamishli on Tuesday "
                                  "against any attack.").events if e.plover == "THREATEN"]
    assert ev.place is None or ev.place.country == "TUR", ev.place
