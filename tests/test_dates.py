"""The one partial-date parser (``dyads.dates``): year, month and day precision."""

from __future__ import annotations

import datetime as dt

from dyads.dates import first_day, last_day, parse


def test_first_day_of_each_precision():
    assert first_day("2017-07-01") == dt.date(2017, 7, 1)
    assert first_day("20170701") == dt.date(2017, 7, 1)
    assert first_day("2017-07") == dt.date(2017, 7, 1)
    assert first_day("2017") == dt.date(2017, 1, 1)
    assert first_day("2017-07-04T10:30:00Z") == dt.date(2017, 7, 4)


def test_impossible_or_unreadable_dates_are_none():
    assert first_day("2017-02-30") is None
    assert first_day("last week") is None
    assert first_day("") is None and first_day(None) is None
    assert parse("2017-13") is None


def test_precision_and_last_day():
    assert parse("2016-02").precision == "month"
    assert last_day("2016-02") == dt.date(2016, 2, 29)
    assert last_day("2017") == dt.date(2017, 12, 31)
    assert last_day("2017-07-04") == dt.date(2017, 7, 4)


def test_last_day_at_a_coarser_precision_than_the_string():
    assert last_day("2017-07-04", "year") == dt.date(2017, 12, 31)
    assert last_day("2017-07-04", "month") == dt.date(2017, 7, 31)
    # a finer precision than the string says cannot make it more exact
    assert last_day("2017", "month") == dt.date(2017, 12, 31)
    assert last_day("2017-07", "day") == dt.date(2017, 7, 31)
