"""The shipped KB loads, passes its schema, and bad files fail with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dyads.actors.kb import KB, shipped_kb
from dyads.actors.kb_data import SCHEMAS, KBError, data_dir, load_file


def test_every_shipped_file_passes_its_schema():
    for name in SCHEMAS:
        rows = load_file(name)
        assert rows, name


def test_shipped_files_state_their_source():
    for name in SCHEMAS:
        first = (data_dir() / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Source:"), name


def test_phrases_that_shadow_an_actor_name_are_dropped(run):
    ms = run("The governor of New Mexico read the Washington Post in Mexico City.")
    codes = {m.text: m.actor.code for m in ms}
    assert "MEX" not in codes.values() and "USAGOV" not in codes.values()
    assert codes.get("Mexico City") == "MEXGOV"


def test_kb_covers_countries_groups_people_and_sectors():
    kb = shipped_kb()
    assert {a.entity.country for a in kb.lookup("Iraqi")} == {"IRQ"}
    assert kb.lookup("Daesh")[0].entity.code.startswith("IMG")
    assert kb.lookup("army")[0].entity.sector == "MIL"
    trump = kb.lookup("Trump")[0].entity
    assert trump.kind == "person" and len(trump.terms) >= 2
    assert kb.cameo("JPN") == "JAP" and kb.cameo("IRQ") == "IRQ"
    assert len([e for e in kb.entities if e.kind == "country"]) > 240


def _copy_data(tmp_path: Path) -> Path:
    d = tmp_path / "actors"
    shutil.copytree(data_dir(), d)
    return d


def test_bad_code_names_file_and_line(tmp_path):
    d = _copy_data(tmp_path)
    path = d / "groups.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Bad Group,Bad Group,not-a-code,,,,group\n")
    with pytest.raises(KBError, match=r"groups.csv line \d+: bad code"):
        KB.load(d)


def test_missing_column_is_reported(tmp_path):
    d = _copy_data(tmp_path)
    (d / "sectors.csv").write_text("phrase,sector\narmy,MIL\n", encoding="utf-8")
    with pytest.raises(KBError, match="missing column"):
        KB.load(d)


def test_end_before_start_is_rejected(tmp_path):
    d = _copy_data(tmp_path)
    path = d / "people.csv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "Jo Bloggs,Jo Bloggs,GBR,GBRGOV,minister,2010-01,2009-01\n"
    )
    with pytest.raises(KBError, match="end before start"):
        KB.load(d)


def test_missing_file_is_a_clear_error(tmp_path):
    d = _copy_data(tmp_path)
    (d / "qualifiers.csv").unlink()
    with pytest.raises(KBError, match="cannot be read"):
        KB.load(d)


def test_duplicate_rows_are_rejected(tmp_path):
    d = _copy_data(tmp_path)
    path = d / "groups.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Hamas,Hamas,PSEREBHMS,PSE,REB,,group\n")
    with pytest.raises(KBError, match="duplicate of line"):
        KB.load(d)


def _person_kb() -> KB:
    from dyads.actors.kb import Entity

    kb = KB()
    kb.add(Entity("p:ana", "person", "Ana Silva-Costa", country="BRA"), ["Ana Silva-Costa", "Silva-Costa"])
    kb.add(Entity("c:zem", "country", "Zembla", country="ZEM"), ["Zembla"])
    return kb


def test_an_extended_kb_leaves_the_kb_it_extends_as_it_was():
    from dyads.actors.kb import Entity

    base = _person_kb()
    base.name_words("p:ana")  # (its table is built: the extension starts from it)
    before = {k: [a.entity.key for a in v] for k, v in base.aliases.items()}
    new = base.extend([(Entity("p:bo", "person", "Bo Zembla"), ["Bo Zembla", "Zembla"]),
                       (Entity("p:ana2", "person", "Ana Silva"), ["Silva-Costa"])])
    assert {k: [a.entity.key for a in v] for k, v in base.aliases.items()} == before
    assert {a.entity.key for a in new.lookup("Zembla")} == {"c:zem", "p:bo"}
    assert [a.entity.key for a in base.lookup("Zembla")] == ["c:zem"]
    assert len(new.entities) == 4 and len(base.entities) == 2
    # the parent gaining an alias later does not reach the extension either
    base.add(Entity("g:front", "group", "Zembla Front"), ["Zembla"])
    assert {a.entity.key for a in new.lookup("Zembla")} == {"c:zem", "p:bo"}


def test_an_extended_kbs_name_words_are_those_built_from_scratch():
    from dyads.actors.kb import Entity

    base = _person_kb()
    base.name_words("p:ana")
    new = base.extend([(Entity("p:bo", "person", "Bo Zembla-Hart"), ["Bo Zembla-Hart", "~Hart"]),
                       (Entity("p:ana", "person", "Ana Silva-Costa"), ["Ana Maria Silva"])])
    incremental = {k: new.name_words(k) for k in ("p:ana", "p:bo")}
    new._name_words = None  # rebuilt from every alias
    assert incremental == {k: new.name_words(k) for k in ("p:ana", "p:bo")}
    assert {"maria", "silvacosta", "costa"} <= incremental["p:ana"]
    assert {"zemblahart", "hart", "bo"} <= incremental["p:bo"]
