"""Output shapes of a coded document: the stable JSONL record of ``dyads code --format jsonl``.

Above both the data model and the stages: ``model.py`` stays plain data, and the document's
label (its main event's ACLED sub-event) comes from the events stage.
"""

from __future__ import annotations

from typing import Any

from dyads.events import main_event
from dyads.events.acled_rules import lead_end
from dyads.model import CodedDocument


def record(coded: CodedDocument) -> dict[str, Any]:
    """The stable JSONL record of ``dyads code --records ... --format jsonl``."""
    art = coded.article
    main = main_event(coded.events, lead=lead_end(art.text))
    return {
        "id": coded.id,
        "label": main.acled if main is not None else None,
        # the learned page filter's P(the page reports political events); null when not coded
        "political": art.meta.get("political"),
        "events": [e.to_dict() for e in coded.events],
        "places": [p.to_dict() for p in coded.places],
        "article": {
            "text": art.text,
            "title": art.title,
            "author": art.author,
            "published": art.published,
            "removed": [r.to_dict() for r in art.removed],
        },
        **({"skipped": coded.skipped} if coded.skipped else {}),
        # with --issues / --discards (PETRARCH/TABARI dictionaries): the document's issue codes,
        # and the discard phrase that dropped the story
        **({"issues": art.meta["issues"]} if art.meta.get("issues") else {}),
        **({"discarded": art.meta["discarded"]} if art.meta.get("discarded") else {}),
    }
