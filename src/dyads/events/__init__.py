"""Events stage: find who did what to whom in each sentence and code it (PLOVER, CAMEO, ACLED)."""

from dyads.events.extract import extract

__all__ = ["extract"]
