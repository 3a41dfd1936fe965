"""Resolve a time expression ("last October", "in 2003", "last week") against the publication date.

Returns ``(iso_date, precision)`` where precision is day | week | month | year, or ``None``
when the expression cannot be placed on the calendar. Relative expressions need the
publication date; absolute years and dates do not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dyads.dates import first_day

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

_YEAR = r"(1[89]\d\d|20\d\d)"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_RE_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b", re.I)
_RE_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I)
_RE_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)
_RE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RE_YEAR = re.compile(rf"\b{_YEAR}\b")
_RE_REL_UNIT = re.compile(r"\b(last|past|previous|this|next|coming)\s+(week|month|year|fortnight)\b", re.I)
_RE_AGO = re.compile(r"\b(\w+)\s+(day|week|month|year|decade)s?\s+ago\b", re.I)
_RE_MONTH = re.compile(rf"\b(?:(last|this|next|early|late|mid|mid-)\s*)?{_MONTH}\b", re.I)
_RE_WEEKDAY = re.compile(
    r"\b(last|this|next)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_NUMBER_WORDS.update({"a": 1, "an": 1, "several": 3, "few": 3})


def _month_before(month: int, pub: date, strictly: bool) -> date:
    year = pub.year if (month < pub.month or (month == pub.month and not strictly)) else pub.year - 1
    return date(year, month, 1)


def calendar_date(text: str, published: str | None) -> tuple[str, str] | None:
    """Place ``text`` on the calendar relative to ``published`` (ISO date or None)."""
    t = text.strip().lower()
    pub = first_day(published)
    if m := _RE_ISO.search(t):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"
        except ValueError:
            return None
    if m := _RE_DAY_MONTH_YEAR.search(t):
        return _safe_day(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := _RE_MONTH_DAY_YEAR.search(t):
        return _safe_day(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := _RE_MONTH_YEAR.search(t):
        return f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}", "month"
    if m := _RE_YEAR.search(t):
        return m[1], "year"
    if pub is None:
        return None
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return pub.isoformat(), "day"
    if t in ("yesterday", "last night"):
        return (pub - timedelta(days=1)).isoformat(), "day"
    if m := _RE_AGO.search(t):
        n = _NUMBER_WORDS.get(m[1].lower()) or (int(m[1]) if m[1].isdigit() else None)
        if n is None:
            return None
        unit = m[2].lower()
        if unit == "decade":  # "two decades ago": the year, no finer
            return str(pub.year - 10 * n), "year"
        if unit == "year":
            return str(pub.year - n), "year"
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", "month"
        return (pub - timedelta(days=n * UNIT_DAYS[unit])).isoformat(), "day" if unit == "day" else "week"
    if m := _RE_REL_UNIT.search(t):
        rel, unit = m[1].lower(), m[2].lower()
        step = -1 if rel in ("last", "past", "previous") else (1 if rel in ("next", "coming") else 0)
        if unit == "year":
            return str(pub.year + step), "year"
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}", "month"
        days = UNIT_DAYS[unit] * step
        return (pub + timedelta(days=days)).isoformat(), "week"
    if m := _RE_WEEKDAY.search(t):
        target = WEEKDAYS[m[2].lower()]
        back = (pub.weekday() - target) % 7 or (7 if (m[1] or "").lower() == "last" else 0)
        if (m[1] or "").lower() == "next":
            return (pub + timedelta(days=(target - pub.weekday()) % 7 or 7)).isoformat(), "day"
        return (pub - timedelta(days=back)).isoformat(), "day"
    if m := _RE_MONTH.search(t):
        mod = (m[1] or "").lower()
        month = MONTHS[m[2].lower()]
        if mod == "next":
            year = pub.year if month > pub.month else pub.year + 1
            return f"{year:04d}-{month:02d}", "month"
        d = _month_before(month, pub, strictly=(mod == "last"))
        return f"{d.year:04d}-{d.month:02d}", "month"
    return None


def _safe_day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None
