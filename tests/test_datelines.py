"""Title-case datelines ("Dhaka, 14 October:"): the place is where the reporter files from."""

from __future__ import annotations

import dyads
from dyads.datelines import in_title_dateline, title_dateline


def test_a_title_case_dateline_needs_a_date_or_an_agency():
    assert title_dateline("Dhaka, 14 October: Police arrested students.", 0) == (5, 19)
    assert title_dateline("Lagos, March 3 (Reuters) - Gunmen attacked.", 0) is not None
    assert title_dateline("Kano (AFP) \u2014 Gunmen attacked.", 0) is not None
    assert title_dateline("Police, 14 officers said: they left.", 0) is None
    assert title_dateline("Washington: the talks ended.", 0) is None
    assert title_dateline("Title\nAccra, 2 May: Police said.", 6) is not None
    assert title_dateline("Title\nAccra, 2 May: Police said.", 7) is None  # not at a line's start
    assert title_dateline("Warsaw, Poland \u2013 Farmers drove tractors.", 0) == (6, 17)
    assert title_dateline("Mr Smith, the minister - said so.", 0) is None


def test_the_dateline_place_is_no_actor_and_names_the_home_country(nlp):
    text = ("Students protest in the capital\n\nDhaka, 14 October: Police arrested at least 37 students on "
            "Monday after a protest near the university.")
    assert in_title_dateline(text, text.index("Dhaka"), text.index("Dhaka") + 5)
    coded = dyads.code(text, published="2024-10-14")
    arrest = next(e for e in coded.events if e.plover == "COERCE")
    assert [(a.text, a.sector) for a in arrest.source] == [("Police", "COP")]
    assert {a.country for a in arrest.source} == {"BGD"}


class _Removed:
    def __init__(self, reason: str, text: str):
        self.reason, self.text = reason, text


CAPITALS = {"Kampala": "UGA", "Nairobi": "KEN", "Brussels": "BEL", "Pristina": "XKX", "Uganda": "UGA"}


def test_a_removed_dateline_line_names_the_country_it_was_filed_from():
    from dyads.datelines import byline_country

    assert byline_country([_Removed("dateline", "Kampala, 3 March 2025")], CAPITALS.get) == "UGA"
    assert byline_country([_Removed("byline", "By Jane Doe, Nairobi")], CAPITALS.get) == "KEN"
    # a header the cleaner took for a title counts only with a date among its fields
    assert byline_country([_Removed("title", "Ministry of Internal Affairs | Pristina, 18.02.2025")],
                          CAPITALS.get) == "XKX"
    assert byline_country([_Removed("title", "Pristina news | Home")], CAPITALS.get) is None
    # two countries, or none, name no home
    assert byline_country([_Removed("byline", "By Jane Doe, Nairobi | Kampala")], CAPITALS.get) is None
    assert byline_country([_Removed("dateline", "3 March 2025")], CAPITALS.get) is None


def test_the_seat_of_a_body_the_story_names_is_no_home():
    from dyads.datelines import byline_country

    header = [_Removed("byline", "PRESS RELEASE | Council of the European Union | Brussels, 24 February 2025")]
    assert byline_country(header, CAPITALS.get) == "BEL"
    assert byline_country(header, CAPITALS.get, seat=lambda f: f == "Brussels") is None
