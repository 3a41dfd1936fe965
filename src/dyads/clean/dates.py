"""Publication dates found in page text: relative age banners and absolute date lines.

"This article is over 6 years, 7 months old" is resolved against the retrieval date with the
precision it supports (months given -> month; only years -> year; days/hours -> day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dyads.dates import first_day

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNIT = r"(years?|months?|weeks?|days?|hours?|minutes?)"
_AMOUNT = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+" + _UNIT, re.I
)
_AGE_CUE = re.compile(r"\b(?:old|ago)\b", re.I)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )  # fmt: skip
    for m in names
}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})\b", re.I)
_MDY = re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_AMOUNT_DIGITS = 6  # "over 1000000 days old" is no age a page can have


def _shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) - months
    return total // 12, total % 12 + 1


def resolve_age(banner: str, retrieved: str | None) -> tuple[str, str] | None:
    """(published, precision) for an age banner such as "over 6 years, 7 months old".

    Returns None when the line holds no age, there is no (readable) retrieval date to count
    back from, or the age reaches back before year 1 ("over 99999999999 days old").
    """
    if not retrieved or not _AGE_CUE.search(banner):
        return None
    amounts: dict[str, int] = {}
    for num, unit in _AMOUNT.findall(banner):
        if num.isdigit() and len(num) > _MAX_AMOUNT_DIGITS:
            return None  # no page is that old: not an age we can count back
        n = int(num) if num.isdigit() else _NUM_WORDS[num.lower()]
        amounts[unit.lower().rstrip("s")] = n
    if not amounts:
        return None
    ref = first_day(retrieved) if _ISO_DAY.fullmatch(retrieved[:10]) else None
    if ref is None:
        return None
    if "year" in amounts or "month" in amounts:
        y, m = _shift_months(ref, amounts.get("year", 0) * 12 + amounts.get("month", 0))
        if y < 1:
            return None
        if "month" in amounts:
            return f"{y:04d}-{m:02d}", "month"
        return f"{y:04d}", "year"
    days = amounts.get("week", 0) * 7 + amounts.get("day", 0)
    try:
        return (ref - timedelta(days=days)).isoformat(), "day"
    except (OverflowError, ValueError):
        return None


def find_date(line: str) -> str | None:
    """An absolute calendar date written in a line ("12 July 2017", "July 12, 2017", ISO)."""
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        m = rx.search(line)
        if not m:
            continue
        g = m.groups()
        try:
            if order == "ymd":
                return date(int(g[0]), int(g[1]), int(g[2])).isoformat()
            if order == "dmy":
                return date(int(g[2]), _month(g[1]), int(g[0])).isoformat()
            return date(int(g[2]), _month(g[0]), int(g[1])).isoformat()
        except (ValueError, KeyError):
            continue
    return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTHS[key[:3]]
