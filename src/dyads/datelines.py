"""Datelines written in title case, the way many papers and agencies open a story:
"Dhaka, 14 October: ...", "Nouakchott, 22 February (AFP) — ...", "Islamabad, June 14 (Reuters) - ...".

A dateline says where the reporter files from; the place in it is no actor and no subject of the
news. Datelines in capitals ("KYIV (AP) —") are recognised token by token where they are used;
a title-case one needs a date or an agency in brackets before its dash or colon ("Dhaka, 14
October:"), or a place and its country before a dash ("Warsaw, Poland –"), to be told from a
sentence.
"""

from __future__ import annotations

import re

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_NAME = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}"
_DATE = rf"(?:\d{{1,2}} (?:{_MONTHS})\.?|(?:{_MONTHS})\.? \d{{1,2}})(?:,? \d{{4}})?"
_AGENCY = r"\([A-Z][\w. ]{1,20}\)"
_TITLE_DATELINE = re.compile(
    rf"(?P<place>{_NAME})(?:, {_NAME})?(?:, {_DATE}(?: {_AGENCY})?| {_AGENCY})[ \t]*(?::|\u2014|\u2013|-{{1,2}})[ \t]")


# "Warsaw, Poland – ...", "Kaduna, Nigeria — ...": a place and its country, then a dash
_PLACE_COUNTRY_DATELINE = re.compile(rf"(?P<place>{_NAME}), {_NAME}[ \t]*(?:\u2014|\u2013|-{{1,2}})[ \t]")


def title_dateline(text: str, start: int) -> tuple[int, int] | None:
    """(end of the place's name, end of the dateline) when a title-case dateline opens the line
    at ``start``; None otherwise."""
    if start > 0 and text[start - 1] != "\n":
        return None
    m = _TITLE_DATELINE.match(text, start) or _PLACE_COUNTRY_DATELINE.match(text, start)
    if m is None:
        return None
    return m.end("place"), m.end()


def in_title_dateline(text: str, start: int, end: int) -> bool:
    """The name at start..end is the place of a title-case dateline opening its line."""
    found = title_dateline(text, start)
    return found is not None and found[0] >= end
