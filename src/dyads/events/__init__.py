"""Events stage: find who did what to whom in each sentence and code it (PLOVER, CAMEO, ACLED).

    extract(doc, article, mentions, places, country_code=...) -> [Event]   the stage's entry
    main_event(events) -> Event | None                                     the event that labels a text
"""

from dyads.events.acled_rules import main_event
from dyads.events.extract import extract

__all__ = ["extract", "main_event"]
