"""Events stage: find who did what to whom in each sentence and code it (PLOVER, CAMEO, ACLED)."""

from dyads.events.acled_rules import main_event
from dyads.events.extract import drop_actorless, extract
from dyads.events.place_targets import (
    drop_actor_modifier_places,
    places_of_undergo_subjects,
    sentence_countries,
    targets_from_places,
)

__all__ = ["main_event", "places_of_undergo_subjects", "drop_actor_modifier_places", "drop_actorless", "extract", "sentence_countries", "targets_from_places"]
