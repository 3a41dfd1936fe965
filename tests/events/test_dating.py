"""Dates of events from the parse (``events.dating``), on sentences written for these tests:
the clause's own date at its precision, dates carried within a paragraph from an earlier past
date, and reported speech dated by the speech."""

from __future__ import annotations

import pytest

from dyads.events.dating import event_date
from dyads.events.timex import calendar_date

PUB = "2021-06-15"


def _date(nlp, text: str, trigger: str, published: str = PUB):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    dates = [e for e in tok.sent.ents if e.label_ == "DATE"]
    return event_date(tok.sent, tok, published, dates)


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("The navy seized the tanker in 2004.", "seized", ("2004", "year")),
        ("Rebels shelled the airport last November.", "shelled", ("2020-11", "month")),
        ("The army burned the village two decades ago.", "burned", ("2001", "year")),
        ("Guards detained the reporters in February 2013.", "detained", ("2013-02", "month")),
        ("Troops stormed the compound on 3 May 2016.", "stormed", ("2016-05-03", "day")),
        ("Farmers blockaded the highway a few years ago.", "blockaded", ("2018", "year")),
    ],
)
def test_own_clause_date_with_its_precision(nlp, text, trigger, expected):
    assert _date(nlp, text, trigger) == expected


def test_date_in_a_noun_modifier_dates_only_that_noun(nlp):
    text = "The party condemned the 2006 coup."
    assert _date(nlp, text, "condemned") == (PUB, "publication")
    assert _date(nlp, text, "coup") == ("2006", "year")


def test_past_date_carried_within_the_paragraph(nlp):
    text = "In 2009 the police broke up a march of students. Dozens of them were detained overnight."
    assert _date(nlp, text, "detained") == ("2009", "year")


def test_no_carry_across_a_paragraph_break(nlp):
    text = "In 2009 the police broke up a march of students.\nDozens of them were detained overnight."
    assert _date(nlp, text, "detained") == (PUB, "publication")


def test_no_carry_from_a_date_that_is_not_past(nlp):
    text = "This year the police broke up a march of students. Dozens of them were detained overnight."
    assert _date(nlp, text, "detained") == (PUB, "publication")


def test_no_carry_into_present_or_future(nlp):
    text = "In 2009 the police broke up a march of students. The students are demanding an apology."
    assert _date(nlp, text, "demanding") == (PUB, "publication")


def test_speech_is_dated_by_the_speech_not_by_its_content(nlp):
    text = "The spokesman said on Tuesday that the militia had seized the bridge in 2019."
    assert _date(nlp, text, "said") == ("2021-06-15", "day")  # PUB is a Tuesday
    assert _date(nlp, text, "seized") == ("2019", "year")


def test_reported_act_without_a_date_takes_the_speech_date(nlp):
    text = "The spokesman said on Monday that the militia had seized the bridge."
    assert _date(nlp, text, "seized") == ("2021-06-14", "day")


def test_speech_is_not_carried_into_the_background(nlp):
    text = "In 2009 the police broke up a march of students. A lawyer for the students said the detentions were unlawful."
    assert _date(nlp, text, "said") == (PUB, "publication")


def test_decades_ago_resolves_to_a_year():
    assert calendar_date("three decades ago", "2020-01-01") == ("1990", "year")
    assert calendar_date("a decade ago", "2020-01-01") == ("2010", "year")


def test_date_of_a_noun_modifier_clause_is_the_nouns(nlp):
    text = "Ministers rejected the offer submitted on Friday by the union."
    assert _date(nlp, text, "offer") == ("2021-06-11", "day")


def test_date_hanging_from_another_noun_is_not_a_future_acts(nlp):
    text = "Inspectors will visit the site of Saturday's blast."
    assert _date(nlp, text, "visit") == (PUB, "publication")
    assert _date(nlp, text, "blast") == ("2021-06-12", "day")


def test_a_time_expression_that_names_a_day_dates_the_event(nlp):
    assert _date(nlp, "Gunmen torched the depot on Saturday night.", "torched") == ("2021-06-12", "day")


def test_no_carry_into_a_relative_clause(nlp):
    text = "In 2012 the court jailed two editors. Their lawyer, who was arrested at the border, spoke to reporters."
    assert _date(nlp, text, "arrested") == (PUB, "publication")


def test_no_carry_from_the_start_of_a_state(nlp):
    text = "The general has run the agency since 2003. He fired two of his deputies."
    assert _date(nlp, text, "fired") == (PUB, "publication")


def test_an_act_in_a_relative_clause_of_a_dated_act_happened_then(nlp):
    import dyads

    evs = dyads.code("The delay sparked protests in February in which at least four people were killed.",
                     published="2024-04-20").events
    killed = next(e for e in evs if e.trigger == "killed")
    assert (killed.date, killed.date_precision) == ("2024-02", "month")
