"""CAMEO-style actor codes: country (CAMEO's code) + sector + qualifiers. See docs/actor-codes.md."""

from __future__ import annotations

from dyads.sectors import cameo_sectors

# CAMEO 1.1b3 sector codes plus the few later ones used by PLOVER gold data (JRN, PTY).
SECTORS = frozenset(cameo_sectors())  # the table data/actors/sector_codes.csv


def compose_code(
    country: str | None, sector: str | None, qualifiers: tuple[str, ...] = ()
) -> str | None:
    """Code from parts: ``("IRQ", "MIL") -> "IRQMIL"``; ethnic-only actors put the qualifier first."""
    parts = []
    quals = list(qualifiers)
    if country:
        parts.append(country)
    elif quals:
        parts.append(quals.pop(0).upper())
    if sector:
        parts.append(sector)
    parts.extend(quals)
    return "".join(parts) or None


def sector_of(code: str | None) -> str | None:
    """The first sector in a code (``"USAGOV" -> "GOV"``, ``"IGOUNO" -> None``)."""
    if not code:
        return None
    for i in range(0, len(code) - 2, 3):
        part = code[i : i + 3]
        if part in SECTORS and not (i == 0 and part == "IGO"):
            return part
    return None
