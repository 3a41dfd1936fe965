from dyads.events.timex import calendar_date


def test_absolute_dates_need_no_publication_date():
    assert calendar_date("in 2003", None) == ("2003", "year")
    assert calendar_date("12 April 2017", None) == ("2017-04-12", "day")
    assert calendar_date("April 12, 2017", None) == ("2017-04-12", "day")
    assert calendar_date("March 2011", None) == ("2011-03", "month")


def test_relative_dates_resolve_against_publication():
    pub = "2017-07-14"  # a Friday
    assert calendar_date("last October", pub) == ("2016-10", "month")
    assert calendar_date("in April", pub) == ("2017-04", "month")
    assert calendar_date("last year", pub) == ("2016", "year")
    assert calendar_date("yesterday", pub) == ("2017-07-13", "day")
    assert calendar_date("on Monday", pub) == ("2017-07-10", "day")
    assert calendar_date("two years ago", pub) == ("2015", "year")


def test_relative_dates_without_publication_are_unknown():
    assert calendar_date("last October", None) is None


def test_nonsense_is_unknown():
    assert calendar_date("the good old days", "2017-07-14") is None
