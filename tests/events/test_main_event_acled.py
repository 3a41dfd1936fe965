"""The main event of a short conflict report, the way ACLED coders note it: its actor 1, its
place and its dead (issue 17). Sentences written for these tests."""

from __future__ import annotations

import dyads
from dyads.events import main_event


def _main(text: str):
    return main_event(dyads.code(text, published="2024-05-02").events)


def _dead(ev) -> int | None:
    vals = [q.value for q in ev.quantities if q.kind == "fatalities"]
    return max(vals) if vals else None


def test_a_deadly_act_with_no_actor_and_no_place_is_kept(nlp):
    ev = _main("Up to 30 villagers died in the raid, relatives said.")
    assert ev is not None and _dead(ev) == 30
    assert _main("The home side attacked the rim all night in the second half.") is None  # no dead, no place
