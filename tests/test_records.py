"""The JSONL record of a coded document (``dyads.records.record``)."""

from __future__ import annotations

import dyads
from dyads.events import main_event
from dyads.records import record


def test_record_is_labelled_by_the_main_event(nlp):
    coded = dyads.code("Government warplanes bombed rebel positions near the border on Monday.", published="2021-03-01")
    rec = record(coded)
    assert rec["id"] == coded.id
    assert rec["label"] == main_event(coded.events).acled == "Air/drone strike"
    assert [e["id"] for e in rec["events"]] == [e.id for e in coded.events]
    assert set(rec["article"]) == {"text", "title", "author", "published", "removed"}
    assert "skipped" not in rec


def test_the_capital_is_a_place_of_the_record(nlp):
    # README: "the capital" is the dateline's city when the dateline is a national capital
    coded = dyads.code("KHARTOUM (Reuters) - Residents reported air strikes in parts of the capital on Sunday.",
                       published="2023-05-21")
    places = [(p["text"], p["name"], p["country"]) for p in record(coded)["places"]]
    assert ("capital", "Khartoum", "SDN") in places
