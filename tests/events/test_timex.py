from dyads.events.timex import resolve


def test_absolute_dates_need_no_publication_date():
    assert resolve("in 2003", None) == ("2003", "year")
    assert resolve("12 April 2017", None) == ("2017-04-12", "day")
    assert resolve("April 12, 2017", None) == ("2017-04-12", "day")
    assert resolve("March 2011", None) == ("2011-03", "month")


def test_relative_dates_resolve_against_publication():
    pub = "2017-07-14"  # a Friday
    assert resolve("last October", pub) == ("2016-10", "month")
    assert resolve("in April", pub) == ("2017-04", "month")
    assert resolve("last year", pub) == ("2016", "year")
    assert resolve("yesterday", pub) == ("2017-07-13", "day")
    assert resolve("on Monday", pub) == ("2017-07-10", "day")
    assert resolve("two years ago", pub) == ("2015", "year")


def test_relative_dates_without_publication_are_unknown():
    assert resolve("last October", None) is None


def test_nonsense_is_unknown():
    assert resolve("the good old days", "2017-07-14") is None
