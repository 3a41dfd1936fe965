"""Publication dates given by users and records, normalised to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime

from dyads.errors import InputError

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
