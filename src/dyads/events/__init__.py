"""Events stage: find who did what to whom in each sentence and code it (PLOVER, CAMEO, ACLED)."""

from dyads.events.extract import extract
from dyads.events.place_targets import sentence_countries, targets_from_places

__all__ = ["extract", "sentence_countries", "targets_from_places"]
