"""What the page shows for an actor, a network node and a date.

actor_label({"code": "USAMIL", "country": "USA", "sector": "MIL", "text": "special forces"})
    -> "USA · military (special forces)"
date_label("1998-01-01", "year") -> "1998";  date_label("2010-06-01", "month") -> "2010-06"
"""

from __future__ import annotations

from typing import Any

from dyads.sectors import labels

# CAMEO sector codes as words (the label column of data/actors/sector_codes.csv).
SECTORS = labels()


def actor_label(actor: dict[str, Any] | None) -> str:
    """``COUNTRY · sector (words as written)``; a named group by its name."""
    if not actor:
        return "?"
    country, sector = actor.get("country"), actor.get("sector")
    text = (actor.get("text") or "").strip()
    name = (actor.get("name") or "").strip()
    if actor.get("kind") in ("group", "person") and name:
        return f"{name} · {country}" if country else name
    if sector:
        word = SECTORS.get(sector, sector)
        head = f"{country} · {word}" if country else word
        said = name or text
        if said and said.lower() not in (word.lower(), sector.lower()):
            head += f" ({said})"
        return head
    if country:
        return country
    return name or text or actor.get("code") or "?"


def actors_label(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(actor_label(a) for a in actors or []) or "—"


def node_label(node: str) -> str:
    """A network node (``dyads.network`` names them ``USA``, ``SYRREB``, ``IGOMIL``...)."""
    if len(node) == 6 and node.isupper() and node[3:] in SECTORS:
        return f"{node[:3]} · {SECTORS[node[3:]]}"
    return node


def date_label(date: str | None, precision: str | None) -> str:
    """A date at its precision: a year as ``1998``, a month as ``2010-06``."""
    if not date:
        return "undated"
    if precision == "year":
        return date[:4]
    if precision == "month":
        return date[:7]
    if precision == "week":
        return f"week of {date[:10]}"
    if precision == "publication":
        return f"{date[:10]} (published)"
    return date[:10]
