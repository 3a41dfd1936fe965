"""PETRARCH/TABARI dictionary reader, on dictionary snippets written for the test."""

from __future__ import annotations

import pytest

from dyads.actors.kb import shipped_kb
from dyads.actors.petrarch import extend_kb, read_actors, read_agents
from dyads.errors import InputError

ACTORS = """<!-- TEST ACTOR DICTIONARY -->
# a comment line
ZEMBLA [ZEM]
+ZEMBLAN
+ONHAVA_  # capital
NORTH_RIVERLAND [NRL] # jw 1/1/99
KING_CHARLES_XAVIER
+CHARLES_THE_BELOVED
\t[ZEMELI <950101]
\t[ZEMGOV 950101-991231]
\t[ZEMREB >000101]
KRAVAL_LIBERATION_FRONT_ [ZEMREBKLF]
"""

AGENTS = """<!-- TEST AGENTS -->
!PERSON! = MAN, MEN
MINISTER [~GOV] # ab 1 Jan 2000
ARMED_FORCES {} [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
AID_CHARITY [NGO~]
"""


@pytest.fixture()
def dicts(tmp_path):
    a = tmp_path / "test.actors.txt"
    a.write_text(ACTORS, encoding="utf-8")
    g = tmp_path / "test.agents.txt"
    g.write_text(AGENTS, encoding="utf-8")
    return a, g


def test_read_actors_roots_synonyms_and_dated_codes(dicts):
    entries = {e.phrase: e for e in read_actors(dicts[0])}
    assert set(entries) == {
        "ZEMBLA",
        "NORTH RIVERLAND",
        "KING CHARLES XAVIER",
        "KRAVAL LIBERATION FRONT",
    }
    z = entries["ZEMBLA"]
    assert z.synonyms == ["ZEMBLAN", "ONHAVA"] and [c.code for c in z.codes] == ["ZEM"]
    assert z.prefix["ZEMBLA"] is True and z.prefix["ONHAVA"] is False
    assert entries["NORTH RIVERLAND"].prefix["NORTH RIVERLAND"] is False  # multi-word: whole words
    king = entries["KING CHARLES XAVIER"]
    assert [(c.code, c.start, c.end) for c in king.codes] == [
        ("ZEMELI", "", "1995-01-01"),
        ("ZEMGOV", "1995-01-01", "1999-12-31"),
        ("ZEMREB", "2000-01-01", ""),
    ]


def test_read_agents_plurals_and_substitutions(dicts):
    agents = {a.phrase: a for a in read_agents(dicts[1])}
    assert agents["MINISTER"].plurals == ["MINISTERS"] and agents["MINISTER"].suffix
    assert agents["ARMED FORCES"].plurals == []
    assert agents["ATTORNEY GENERAL"].plurals == ["ATTORNEYS GENERAL"]
    assert {"CONGRESSMAN", "CONGRESSMEN"} <= set(agents)
    assert agents["AID CHARITY"].suffix is False and agents["AID CHARITY"].code == "NGO"


def test_resolve_with_dictionaries(run, dicts):
    kb = extend_kb(shipped_kb(), actors=[dicts[0]], agents=[dicts[1]])
    ms = run(
        "The Zemblan minister met Charles the Beloved in Onhava.", published="1997-05-05", kb=kb
    )
    codes = {m.text: m.actor.code for m in ms}
    assert codes["The Zemblan minister"] == "ZEMGOV"
    assert codes["Charles the Beloved"] == "ZEMGOV"  # dated code for 1997
    assert codes["Onhava"] == "ZEM"
    later = run("Charles the Beloved fled.", published="2003-01-01", kb=kb)
    assert later[0].actor.code == "ZEMREB"


def test_agent_files_replace_dyads_own_sector_words(run, dicts):
    text = "Zembla's police arrested the Zemblan minister."
    codes = {m.text: m.actor.code for m in run(text, kb=extend_kb(shipped_kb(), actors=[dicts[0]]))}
    assert codes["Zembla's police"] == "ZEMCOP"  # dyads' own sector word
    kb = extend_kb(shipped_kb(), actors=[dicts[0]], agents=[dicts[1]])
    codes = {m.text: m.actor.code for m in run(text, kb=kb)}
    assert "ZEMCOP" not in codes.values() and codes["the Zemblan minister"] == "ZEMGOV"
    kb = extend_kb(shipped_kb(), actors=[dicts[0]], agents=[dicts[1]], keep_own_agents=True)
    assert "ZEMCOP" in {m.actor.code for m in run(text, kb=kb)}


def test_an_agent_that_lists_its_forms_is_no_stem(run, dicts, tmp_path):
    # PETRARCH2 matches an agent's phrase and the plurals it lists ("{}": none), nothing longer
    listed, plain = tmp_path / "listed.txt", tmp_path / "plain.txt"
    listed.write_text("WARDEN {} [~COP]\n", encoding="utf-8")
    plain.write_text("WARDEN [~COP]\n", encoding="utf-8")
    [entry] = read_agents(listed)
    assert entry.plurals == [] and entry.prefix is False
    kb = extend_kb(shipped_kb(), actors=[dicts[0]], agents=[listed])
    codes = {m.actor.code for m in run("Zembla's wardens arrested a thief.", kb=kb)}
    assert "ZEMCOP" not in codes
    assert "ZEMCOP" in {m.actor.code for m in run("Zembla's warden arrested a thief.", kb=kb)}
    kb = extend_kb(shipped_kb(), actors=[dicts[0]], agents=[plain])  # plural made, stem kept
    assert "ZEMCOP" in {m.actor.code for m in run("Zembla's wardens arrested a thief.", kb=kb)}


def test_stem_matches_longer_words_but_underscore_does_not(run, dicts):
    kb = extend_kb(shipped_kb(), actors=[dicts[0]])
    ms = run("Zemblans marched while Onhavans watched.", kb=kb)
    texts = {m.text for m in ms}
    assert "Zemblans" in texts and "Onhavans" not in texts


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+ORPHAN\n", "before any actor"),
        ("ZEMBLA [ZEM\n", "unbalanced brackets"),
        ("ZEMBLA [ZEM 99-01]\n", "cannot read code"),
    ],
)
def test_bad_actor_dictionaries_name_the_line(tmp_path, text, message):
    p = tmp_path / "bad.txt"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_actors(p)


def test_bad_agents_and_missing_files(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text("MINISTER GOV\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.txt:1: an agent needs exactly one"):
        read_agents(p)
    p.write_text("!MINST!_OF_WAR [~GOV]\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown substitution"):
        read_agents(p)
    with pytest.raises(InputError, match="cannot read dictionary"):
        read_actors(tmp_path / "missing.txt")
