"""Property tests (hypothesis): date normalisers and resolvers never raise (beyond the documented
InputError) and answer None or a real ISO date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dyads.clean.dates import find_date, resolve_age
from dyads.dates import normalise_date
from dyads.errors import InputError

SETTINGS = settings(max_examples=200, deadline=None)
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTHS = "January February March April May June July August September October November December"
date_like = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789-T: +Z./", max_size=30),
    st.from_regex(r"\A\d{4}-\d{1,2}-\d{1,2}([T ].{0,10})?\Z"),
    st.from_regex(r"\A\d{8}\Z"),
)


def _is_iso_day(s: str) -> bool:
    if not ISO.fullmatch(s):
        return False
    date.fromisoformat(s)  # a real calendar day
    return True


@SETTINGS
@given(date_like)
def test_normalise_date_is_none_iso_or_input_error(text):
    try:
        out = normalise_date(text)
    except InputError as err:
        assert repr(text.strip()) in str(err)
    else:
        assert out is None or _is_iso_day(out)
        assert (out is None) == (not text.strip())


@SETTINGS
@given(st.dates(), st.sampled_from(["{d}", "{c}", "{d}T12:30:00", "{d} 00:00", " {d} "]))
def test_normalise_date_round_trips_real_days(d, form):
    text = form.format(d=d.isoformat(), c=d.strftime("%Y%m%d") if d.year >= 1000 else d.isoformat())
    if d.year < 1000:
        text = form.format(d=f"{d.year:04d}-{d.month:02d}-{d.day:02d}", c=f"{d.year:04d}{d.month:02d}{d.day:02d}")
    assert normalise_date(text) == f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    assert normalise_date(d) == d.isoformat()
    assert normalise_date(datetime(d.year, d.month, d.day, 5)) == d.isoformat()


@SETTINGS
@given(st.text(max_size=80))
def test_find_date_never_raises_and_gives_a_real_day(line):
    out = find_date(line)
    assert out is None or _is_iso_day(out)


@SETTINGS
@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["dmy", "mdy", "iso"]), st.text(max_size=20))
def test_find_date_reads_written_days(d, order, noise):
    month = MONTHS.split()[d.month - 1]
    text = {"dmy": f"{d.day} {month} {d.year}", "mdy": f"{month} {d.day}, {d.year}",
            "iso": d.isoformat()}[order]  # fmt: skip
    assert find_date(f"Published {text}") == d.isoformat()
    out = find_date(noise + " " + text)
    assert out is None or _is_iso_day(out)


amount = st.one_of(st.integers(0, 10**12).map(str), st.sampled_from(["a", "an", "one", "six", "twelve"]))
unit = st.sampled_from(["year", "years", "month", "months", "week", "weeks", "day", "days", "hours"])
banner = st.builds(
    lambda parts, cue: "This article is over " + ", ".join(f"{a} {u}" for a, u in parts) + cue,
    st.lists(st.tuples(amount, unit), max_size=3),
    st.sampled_from([" old", " ago", ""]),
)


@SETTINGS
@given(st.one_of(banner, st.text(max_size=60)), st.one_of(st.none(), st.dates().map(date.isoformat),
                                                          st.text(max_size=12)))
def test_resolve_age_never_raises(line, retrieved):
    out = resolve_age(line, retrieved)
    if out is None:
        return
    published, precision = out
    assert precision in ("year", "month", "day")
    pattern = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}[precision]
    assert re.fullmatch(pattern, published)
    assert published <= retrieved[: len(published)]


@SETTINGS
@given(st.integers(0, 60), st.integers(0, 11), st.dates(min_value=date(1900, 1, 1)))
def test_resolve_age_counts_back(years, months, retrieved):
    out = resolve_age(f"This article is over {years} years, {months} months old", retrieved.isoformat())
    total = retrieved.year * 12 + retrieved.month - 1 - years * 12 - months
    assert out == (f"{total // 12:04d}-{total % 12 + 1:02d}", "month")
    days = resolve_age(f"{years} days ago", retrieved.isoformat())
    assert days == ((retrieved - timedelta(days=years)).isoformat(), "day")


def test_found_age_banners_beyond_the_calendar_give_no_date():
    """Found by the properties above: an OverflowError killed the whole document, and an age
    reaching before year 1 gave "-976"."""
    assert resolve_age("This article is over 99999999999 days old", "2024-02-20") is None
    assert resolve_age("This article is over 3000 years old", "2024-02-20") is None
    assert resolve_age("This article is over 2 years old", "not a date") is None
    assert resolve_age("This article is over 2 years old", "2024-02-20") == ("2022", "year")
