"""CAMEO sector classes exist once: data/actors/sector_codes.csv, read by dyads.sectors."""

from __future__ import annotations

import importlib

import pytest

from dyads import sectors


def test_table_loads_and_classes_are_named():
    rows = sectors.table()
    assert len(rows) == len({r.code for r in rows}) > 30
    for name in sectors.CLASSES:
        assert sectors.sector_class(name), name  # every class has members
    with pytest.raises(KeyError):
        sectors.sector_class("no such class")


def test_the_state_is_neither_private_nor_rebel():
    state = sectors.sector_class("state")
    assert "GOV" in state and "MIL" in state
    assert not state & sectors.sector_class("private")
    assert not state & sectors.sector_class("rebel")
    assert sectors.acled_inter()["REB"] == 2 and sectors.labels()["MIL"] == "military"


def test_each_room_reads_the_one_table():
    """No room keeps a sector list of its own: their constants are the table's classes."""
    mod = importlib.import_module
    cls = sectors.sector_class
    assert mod("dyads.actors.codes").SECTORS == frozenset(sectors.cameo_sectors())
    assert mod("dyads.actors.coref").CONTEXT_COUNTRY_SECTORS == cls("state_organ")
    assert mod("dyads.actors.resolve").FORMER_SECTORS == cls("state_organ")
    assert mod("dyads.events.ontology").STATE_SECTORS == cls("state")
    assert mod("dyads.events.extract").FORCES == cls("force")
    assert mod("dyads.events.extract").PRIVATE_SECTORS == cls("private")
    assert mod("dyads.events.home_country").NO_HOME == cls("no_home")
    rules = mod("dyads.events.acled_rules").load_rules()
    assert (rules.state_sectors, rules.armed_sectors, rules.civilian_sectors, rules.rebel_sectors) == (
        cls("acled_state"), cls("acled_armed"), cls("acled_civilian"), cls("rebel"))
    assert set(mod("dyads.store.nodes").NON_STATE_SECTORS) == cls("non_state")
    assert mod("dyads.store.dedup").NON_STATE_SECTORS == cls("non_state")
    assert set(mod("dyads.store.nodes").BARE_SECTORS) == set(sectors.cameo_sectors())
    assert mod("dyads.store.export").ACLED_INTER == sectors.acled_inter()
    assert mod("dyads.web.labels").SECTORS == sectors.labels()
