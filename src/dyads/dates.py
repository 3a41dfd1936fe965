"""Dates, parsed in one place.

Dates travel through dyads as ISO strings of three precisions: ``YYYY`` (year), ``YYYY-MM``
(month) and ``YYYY-MM-DD`` (day), e.g. an event's ``date`` with its ``date_precision`` or an
article's ``published``. Two readers, one for each kind of caller:

- ``parse(value)`` reads such a partial date, leniently (it is our own data: a time after the
  day, ``YYYYMMDD`` and one-digit months or days pass) -> ``PartialDate(first, last,
  precision)`` or None; ``first_day`` and ``last_day`` are its two ends;
- ``normalise_date(value)`` checks a publication day given by a user or a record and returns
  ``YYYY-MM-DD``, raising ``InputError`` naming the value when it is not one.

This module is on the ground floor: it imports nothing of dyads but errors.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dyads.errors import InputError

PRECISIONS = ("year", "month", "day")

_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def normalise_date(value: str | date | None) -> str | None:
    """Return ``YYYY-MM-DD`` for YYYY-MM-DD, YYYYMMDD or an ISO datetime; None for None/"".

    Raises InputError naming the value when it is not a valid date in one of those forms.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _COMPACT.match(text) or _ISO_DAY.match(text)
    if not m:
        raise InputError(
            f"unreadable date {text!r} (expected YYYY-MM-DD, YYYYMMDD or an ISO datetime)"
        )
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        raise InputError(f"impossible date {text!r}") from None


@dataclass(frozen=True)
class PartialDate:
    """A date of year, month or day precision, as the first and last day it stands for."""

    first: date
    last: date
    precision: str


@lru_cache(maxsize=65536)
def parse(value: str | None) -> PartialDate | None:
    """``YYYY-MM-DD`` / ``YYYYMMDD`` / ``YYYY-MM`` / ``YYYY`` (anything after the tenth
    character, such as a time, is ignored) as a ``PartialDate``; None for anything else."""
    if not value:
        return None
    s = value.strip()[:10]
    try:
        if len(s) == 8 and s.isdigit():
            day = date(int(s[:4]), int(s[4:6]), int(s[6:]))
            return PartialDate(day, day, "day")
        parts = s.split("-")
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return PartialDate(day, day, "day")
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return PartialDate(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")
        if len(parts) == 1 and len(s) == 4 and s.isdigit():
            y = int(s)
            return PartialDate(date(y, 1, 1), date(y, 12, 31), "year")
    except ValueError:
        return None
    return None


def first_day(value: str | None) -> date | None:
    """The first day a partial date stands for (``"2017-07"`` -> 1 July 2017), else None."""
    p = parse(value)
    return p.first if p else None


def last_day(value: str | None, precision: str | None = None) -> date | None:
    """The last day a partial date stands for (``"2017"`` -> 31 December 2017), read at
    ``precision`` when that is coarser than the string ("2017-07-04" at "year" -> 31 Dec)."""
    p = parse(value)
    if p is None:
        return None
    if precision not in PRECISIONS or PRECISIONS.index(precision) >= PRECISIONS.index(p.precision):
        return p.last
    y, m = p.first.year, p.first.month
    if precision == "year":
        return date(y, 12, 31)
    return date(y, m, calendar.monthrange(y, m)[1])
