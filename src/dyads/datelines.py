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


BYLINE_CHARS = 160  # the longest removed line read as a byline ("Staff Correspondent | Dhaka | 14 January 2025")
BYLINE_REASONS = frozenset({"dateline", "byline"})
# A removed line the cleaner took for a title that is a header of fields with a date among them
# ("Ministry of Internal Affairs | Pristina, 18.02.2025").
_DATED_FIELD = re.compile(rf"\b(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{_DATE}|\d{{4}}-\d{{2}}-\d{{2}})\b")


def _fields(line: str) -> set[str]:
    """The parts of a byline or dateline line set off by bars and commas ("Kampala, 3 March 2025":
    "Kampala" and the date; "By Jane Doe, Nairobi": the name and "Nairobi")."""
    return {p.strip() for f in line.split("|") for p in f.split(",") if p.strip()}


def byline_country(removed, country_of_name, places=(), seat=None) -> str | None:
    """The country a byline or dateline line the cleaner removed names as where the story was filed
    ("Diplomatic Correspondent | Dhaka | Published: 14 January 2025", "Kampala, 3 March 2025", a
    header "Ministry of ... | Pristina, 18.02.2025"): its fields set off by bars or commas, one of
    which is a capital or a country (``country_of_name(text)``, the actor KB's) or a place the text
    names again (``places``, with their country). None when no field, or more than one country, is
    found. ``seat(field)``: the field is the seat of a body the story names (Brussels, with the EU
    in it), which says where the body sits, not which country the story is about."""
    found: set[str] = set()
    for span in removed:
        if len(span.text) > BYLINE_CHARS:
            continue
        if span.reason not in BYLINE_REASONS and not (
                span.reason == "title" and " | " in span.text and _DATED_FIELD.search(span.text)):
            continue
        fields = {f for f in _fields(span.text) if seat is None or not seat(f)}
        for f in fields:
            country = country_of_name(f)
            if country:
                found.add(country)
        found |= {p.country for p in places if p.country and p.text in fields}
    return found.pop() if len(found) == 1 else None


# A statement page says it is one ("Press Release Regarding ...", "STATEMENT | ...").
STATEMENT_WORDS = re.compile(r"\b(?:press release|press statement|statement|communiqu[eé])\b", re.I)
# A header field naming a state body that issues statements ("Ministry of Foreign Affairs").
ISSUING_BODY = re.compile(r"\b(?:Ministry|Ministère|Department|Presidency|Office of the|Embassy|Government)\b")


def statement_issuer(removed, country_of_name) -> tuple[str, str] | None:
    """(country, header field) of the state body a statement page names in a header line the cleaner
    removed ("Republic of Türkiye, Ministry of Foreign Affairs | Ankara, 19 September 2024"), when the
    page says it is a statement or press release; else None. The statement's "we" is that body."""
    spans = [sp for sp in removed if len(sp.text) <= BYLINE_CHARS]
    if not any(STATEMENT_WORDS.search(sp.text) for sp in removed):
        return None
    for sp in spans:
        if not ISSUING_BODY.search(sp.text):
            continue
        fields = [f.strip() for f in sp.text.split("|")]
        body = next((f for f in fields if ISSUING_BODY.search(f)), None)
        parts = _fields(sp.text)
        # ("Republic of Türkiye": the country's name after "Republic of")
        parts |= {re.sub(r"^(?:the )?(?:Republic|Kingdom|State|Federal Republic|Islamic Republic) of ", "", p)
                  for p in parts}
        found = {c for p in parts if (c := country_of_name(p))}
        if body is not None and len(found) == 1:
            return found.pop(), body
    return None
