"""A city named for the organisation seated there: "Germany urged Brussels to negotiate" in an
article about the European Union means the EU, not Belgium's government.

``seats(mentions)`` gives a capital's mention (``kb:capital``) the actor of the organisation
seated in it (``data/actors/seats.yaml``) when the document names that organisation elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from dyads.data import read_yaml
from dyads.model import Mention


@cache
def _seats() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (read_yaml("actors/seats.yaml") or {}).items()}


def seats(mentions: list[Mention]) -> list[Mention]:
    table = _seats()
    for m in mentions:
        prefix = table.get(m.text.lower())
        if prefix is None or not (m.actor.rule or "").startswith("kb:capital"):
            continue
        org = next((o for o in mentions if (o.actor.code or "").startswith(prefix)), None)
        if org is not None:
            m.actor = replace(org.actor, text=m.text, rule=f"seat:{prefix}")
    return mentions


def seat_of_named_body(city: str, codes: list[str | None]) -> bool:
    """The city is the seat of an organisation that ``codes`` (the document's actor codes) name:
    a story filed from Brussels about the EU is not about Belgium."""
    prefix = _seats().get(city.lower())
    return prefix is not None and any((c or "").startswith(prefix) for c in codes)
