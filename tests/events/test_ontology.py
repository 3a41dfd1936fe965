"""Schema checks of the shipped event ontologies and of the loaders' error messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dyads.errors import DyadsError
from dyads.events import ontology
from dyads.events.ontology import (
    ACLED_EVENT_TYPES,
    CAMEO_ROOTS,
    PLOVER_TYPES,
    load_acled,
    load_blockers,
    load_cameo,
    load_instruments,
    load_plover,
    load_triggers,
)

FILES = (
    ontology.CAMEO_FILE,
    ontology.PLOVER_FILE,
    ontology.ACLED_FILE,
    ontology.TRIGGERS_FILE,
    ontology.INSTRUMENTS_FILE,
    ontology.BLOCKERS_FILE,
)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped files, to be broken one line at a time."""
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, tmp_path / name)
    return tmp_path


def _replace_line(path: Path, old_start: str, new: str) -> int:
    """Replace the first line starting with ``old_start``; return its 1-based number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith(old_start):
            lines[i] = new
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return i + 1
    raise AssertionError(f"no line starts with {old_start!r}")


def _append(path: Path, line: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


# --------------------------------------------------------------------------- shipped data


def test_cameo_codes_complete_and_in_range() -> None:
    cameo = load_cameo()
    assert len(cameo) >= 300
    for root in CAMEO_ROOTS:
        assert root in cameo
    for code, entry in cameo.items():
        assert entry.code == code
        assert code.isdigit() and 2 <= len(code) <= 4
        assert -10.0 <= entry.goldstein <= 10.0
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert entry.quad_class == expected, code
        if entry.plover is not None:
            assert entry.plover in PLOVER_TYPES
        if entry.plover_mode is not None:
            assert entry.plover_mode in load_plover()[entry.plover].modes


def test_cameo_known_values_and_leading_zeros() -> None:
    cameo = load_cameo()
    assert cameo["010"].name == "Make statement"
    assert cameo["0231"].quad_class == 1
    assert cameo["195"].plover == "ASSAULT"
    assert cameo["057"].goldstein == 8.0
    assert cameo["190"].goldstein == -10.0
    assert cameo["173"].plover_mode == "arrest"
    # CAMEO 10 (DEMAND) maps to PLOVER's REQUEST, 09 to ACCUSE investigate
    assert cameo["10"].plover == "REQUEST"
    assert cameo["091"].plover_mode == "investigate"
    # every PLOVER type is reachable from some CAMEO code
    assert {c.plover for c in cameo.values()} - {None} == set(PLOVER_TYPES)


def test_cameo_lookup_falls_back_to_parent() -> None:
    cameo = load_cameo()
    assert cameo.lookup("0239").code == "023"  # unknown 4-digit -> its 3-digit parent
    assert cameo.lookup("199").code == "19"  # unknown 3-digit -> root
    assert cameo["1959"].code == "195"  # item access falls back too
    assert cameo.lookup("1831").code == "1831"
    assert cameo.lookup("99") is None
    assert cameo.get("0239").code == "023" and cameo.get("99") is None
    assert "0239" not in cameo  # membership stays exact
    assert ontology.cameo_lookup("0874").plover == "RETREAT"
    with pytest.raises(KeyError):
        cameo["99"]


def test_plover_has_sixteen_types_with_modes() -> None:
    plover = load_plover()
    assert tuple(plover) == PLOVER_TYPES
    assert {"beat", "firearms", "explosives", "aerial"} <= set(plover["ASSAULT"].modes)
    assert set(plover["CONSULT"].modes) == {"visit", "third-party", "multilateral", "phone"}
    assert plover["AGREE"].modes == {}
    assert all(p.description for p in plover.values())


def test_acled_six_types_twenty_five_sub_types() -> None:
    acled = load_acled()
    assert len(acled) == 25
    assert {a.event_type for a in acled.values()} == set(ACLED_EVENT_TYPES)
    assert acled["Air/drone strike"].event_type == "Explosions/Remote violence"
    assert acled["Government regains territory"].event_type == "Battles"


def test_triggers_reference_existing_codes() -> None:
    cameo, acled, plover = load_cameo(), load_acled(), load_plover()
    triggers = load_triggers(statements=True)
    assert len(triggers) >= 400
    for t in triggers:
        assert dict.__contains__(cameo, t.cameo), t
        assert t.acled is None or t.acled in acled
        assert t.acled_type == (acled[t.acled].event_type if t.acled else None)
        if t.plover is not None:
            assert t.plover in PLOVER_TYPES
            assert t.mode is None or t.mode in plover[t.plover].modes
        else:
            assert t.cameo.startswith("01")
        assert t.lemmas == tuple(t.trigger.split(" "))
        assert t.trigger == t.trigger.lower()
        assert t.pos in (None, "VERB", "NOUN")


def test_triggers_cover_every_plover_type_and_cameo_root() -> None:
    triggers = load_triggers(statements=True)
    per_type = {p: 0 for p in PLOVER_TYPES}
    per_root = {r: 0 for r in CAMEO_ROOTS}
    for t in triggers:
        if t.plover:
            per_type[t.plover] += 1
        per_root[t.cameo[:2]] += 1
    assert min(per_type.values()) >= 5, per_type
    assert min(per_root.values()) >= 5, per_root
    # verbal and nominal triggers for each PLOVER type
    for ptype in PLOVER_TYPES:
        kinds = {t.pos for t in triggers if t.plover == ptype}
        assert kinds & {"VERB", None}, ptype
        assert kinds & {"NOUN", None}, ptype


def test_default_triggers_all_have_plover_type() -> None:
    default = load_triggers()
    assert all(t.plover for t in default)
    with_statements = load_triggers(statements=True)
    assert len(with_statements) > len(default)
    assert {t.trigger for t in with_statements if t.plover is None} >= {"claim responsibility"}


def test_trigger_inheritance_and_override() -> None:
    by = {(t.trigger, t.cameo): t for t in load_triggers()}
    air = by[("air strike", "195")]
    assert (air.plover, air.mode, air.acled, air.acled_type) == (
        "ASSAULT",
        "aerial",
        "Air/drone strike",
        "Explosions/Remote violence",
    )
    assert "against" in air.target_preps
    assert by[("cut tie", "161")].target_preps == ("with",)
    resign = by[("resign", "0831")]  # CAMEO 0831 is CONCEDE, the row overrides it
    assert (resign.plover, resign.mode) == ("RETREAT", "resign")
    assert by[("threaten", "130")].plover == "THREATEN"
    assert by[("retake", "190")].acled == "Government regains territory"


def test_weak_triggers_are_flagged() -> None:
    by = {(t.trigger, t.pos, t.cameo): t for t in load_triggers()}
    assert by[("return", "VERB", "0842")].weak
    assert not by[("air strike", "NOUN", "195")].weak


def test_ambiguous_strike_has_both_senses_military_first() -> None:
    senses = [t for t in load_triggers() if t.trigger == "strike" and t.pos == "NOUN"]
    assert [t.plover for t in senses] == ["ASSAULT", "PROTEST"]
    assert all("ambiguous" in t.notes for t in senses)


# --------------------------------------------------------------------------- bad files


def _expect_error(data_dir: Path, loader, file: str, line: int, words: str) -> None:
    with pytest.raises(DyadsError) as err:
        loader(data_dir)
    message = str(err.value)
    assert message.startswith(f"{file}:{line}:"), message
    assert words in message, message


def test_unknown_plover_type_in_cameo(data_copy: Path) -> None:
    line = _replace_line(data_copy / "cameo.csv", "042,", "042,Make a visit,1.9,1,VISITATION,visit")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "unknown PLOVER type 'VISITATION'")


def test_bad_quad_class(data_copy: Path) -> None:
    line = _replace_line(data_copy / "cameo.csv", "190,", "190,Use force,-10.0,2,ASSAULT,")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "quad_class 2 for root 19")
    line = _replace_line(data_copy / "cameo.csv", "190,", "190,Use force,-10.0,7,ASSAULT,")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "quad_class 7 is not 1-4")


def test_goldstein_out_of_range_or_not_a_number(data_copy: Path) -> None:
    line = _replace_line(data_copy / "cameo.csv", "057,", "057,Sign,12.0,1,SUPPORT,")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "outside -10..10")
    line = _replace_line(data_copy / "cameo.csv", "057,", "057,Sign,high,1,SUPPORT,")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "not a number")


def test_duplicate_cameo_code(data_copy: Path) -> None:
    line = _append(data_copy / "cameo.csv", "173,Arrest again,-5.0,4,COERCE,arrest")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "duplicate CAMEO code 173")


def test_cameo_code_without_leading_zero_or_parent(data_copy: Path) -> None:
    line = _replace_line(data_copy / "cameo.csv", "042,", "42,Make a visit,1.9,1,CONSULT,visit")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "CAMEO code 42 has no root 01-20")
    fresh = data_copy / "fresh"
    fresh.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, fresh / name)
    line = _append(fresh / "cameo.csv", "2051,Orphan,-10.0,4,ASSAULT,")
    _expect_error(fresh, load_cameo, "cameo.csv", line, "before its parent 205")


def test_unknown_mode_for_type(data_copy: Path) -> None:
    line = _replace_line(data_copy / "cameo.csv", "195,", "195,Air,-10.0,4,ASSAULT,phone")
    _expect_error(data_copy, load_cameo, "cameo.csv", line, "unknown mode 'phone' for ASSAULT")


def test_bad_header_and_field_count(data_copy: Path) -> None:
    line = _replace_line(data_copy / "acled.csv", "event_type,", "type,sub,description")
    _expect_error(data_copy, load_acled, "acled.csv", line, "expected event_type,sub_event_type")
    fresh = data_copy / "fresh"
    fresh.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, fresh / name)
    line = _append(fresh / "acled.csv", "Battles,Armed clash")
    _expect_error(fresh, load_acled, "acled.csv", line, "2 fields, expected 3")


def test_unknown_acled_event_type(data_copy: Path) -> None:
    line = _append(data_copy / "acled.csv", 'Skirmishes,Border skirmish,"a made-up type"')
    _expect_error(data_copy, load_acled, "acled.csv", line, "unknown ACLED event type")


def test_plover_file_missing_a_type(data_copy: Path) -> None:
    path = data_copy / "plover.csv"
    kept = [ln for ln in path.read_text().splitlines() if not ln.startswith("MOBILIZE")]
    path.write_text("\n".join(kept) + "\n")
    with pytest.raises(DyadsError, match=r"plover.csv: PLOVER types missing: MOBILIZE"):
        load_plover(data_copy)


def test_trigger_with_unknown_cameo_code(data_copy: Path) -> None:
    line = _append(data_copy / "triggers.csv", "zap,VERB,999,,,,,")
    _expect_error(data_copy, load_triggers, "triggers.csv", line, "CAMEO code '999' not in")


def test_trigger_acled_sub_event_not_in_acled(data_copy: Path) -> None:
    line = _append(data_copy / "triggers.csv", "zap,VERB,190,,,Drive-by,,")
    _expect_error(data_copy, load_triggers, "triggers.csv", line, "ACLED sub-event type 'Drive-by'")


def test_trigger_bad_override_mode_and_pos(data_copy: Path) -> None:
    line = _append(data_copy / "triggers.csv", "zap,VERB,190,ASSAULT,visit,,,")
    _expect_error(data_copy, load_triggers, "triggers.csv", line, "unknown mode 'visit'")
    fresh = data_copy / "fresh"
    fresh.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, fresh / name)
    line = _append(fresh / "triggers.csv", "zap,ADJ,190,,,,,")
    _expect_error(fresh, load_triggers, "triggers.csv", line, "pos 'ADJ'")


def test_trigger_not_lowercase_lemmas(data_copy: Path) -> None:
    line = _append(data_copy / "triggers.csv", "Air  Strikes,NOUN,195,,,,,")
    _expect_error(data_copy, load_triggers, "triggers.csv", line, "bad trigger 'Air  Strikes'")


def test_duplicate_trigger_row(data_copy: Path) -> None:
    line = _append(data_copy / "triggers.csv", "air strike,NOUN,195,,,,on,")
    _expect_error(data_copy, load_triggers, "triggers.csv", line, "duplicate trigger 'air strike'")


def test_trigger_needs_plover_type_outside_root_01(data_copy: Path) -> None:
    # a CAMEO code with no PLOVER type is only allowed for root 01; make 190 typeless
    _replace_line(data_copy / "cameo.csv", "190,", "190,Use conventional military force,-10.0,4,,")
    with pytest.raises(DyadsError, match=r"triggers.csv:\d+: CAMEO 190 has no PLOVER type"):
        load_triggers(data_copy)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(DyadsError, match="plover.csv: file not found"):
        load_plover(tmp_path)
    (tmp_path / "plover.csv").write_bytes(b"type,mode,description\n\xff\xfe,,\n")
    with pytest.raises(DyadsError, match="plover.csv: not UTF-8"):
        load_plover(tmp_path)


def test_instruments_sharpen_violent_events() -> None:
    instruments = load_instruments()
    assert len(instruments) >= 50
    plane = instruments[("warplane",)]
    assert (plane.cameo, plane.plover, plane.mode, plane.acled) == (
        "195",
        "ASSAULT",
        "aerial",
        "Air/drone strike",
    )
    assert instruments[("roadside", "bomb")].acled_type == "Explosions/Remote violence"
    assert instruments[("machete",)].mode == "primitive"
    acled = load_acled()
    for inst in instruments.values():
        assert inst.acled is None or inst.acled in acled
        assert inst.mode is None or inst.mode in load_plover()[inst.plover].modes


def test_instrument_bad_mode_and_duplicate(data_copy: Path) -> None:
    line = _append(data_copy / "instruments.csv", "slingshot,193,aerial-ish,,")
    _expect_error(data_copy, load_instruments, "instruments.csv", line, "unknown mode 'aerial-ish'")
    fresh = data_copy / "fresh"
    fresh.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, fresh / name)
    line = _append(fresh / "instruments.csv", "warplane,195,aerial,,")
    _expect_error(fresh, load_instruments, "instruments.csv", line, "duplicate instrument")


def test_blockers_point_inside_their_phrase() -> None:
    blockers = {b.phrase: b for b in load_blockers()}
    assert blockers["in charge"].blocks == "charge"
    assert blockers["in charge"].offset == 1
    assert blockers["sign up"].offset == 0
    triggers = {t.trigger for t in load_triggers()}
    for b in blockers.values():
        n = len(b.blocks.split(" "))
        assert " ".join(b.lemmas[b.offset : b.offset + n]) == b.blocks
        assert b.blocks in triggers


def test_blocker_errors(data_copy: Path) -> None:
    line = _append(data_copy / "blockers.csv", "in the meantime,meantime,")
    _expect_error(data_copy, load_blockers, "blockers.csv", line, "not a trigger")
    fresh = data_copy / "fresh"
    fresh.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, fresh / name)
    line = _append(fresh / "blockers.csv", "sign language,signal,")
    _expect_error(fresh, load_blockers, "blockers.csv", line, "not a trigger")
    again = data_copy / "again"
    again.mkdir()
    for name in FILES:
        shutil.copy(ontology.default_data_dir() / name, again / name)
    line = _append(again / "blockers.csv", "heart failure,attack,")
    _expect_error(again, load_blockers, "blockers.csv", line, "does not contain the trigger")


def test_loaders_are_cached() -> None:
    assert load_cameo() is load_cameo()
    assert load_plover() is load_plover()
    assert load_acled() is load_acled()
    assert load_instruments() is load_instruments()


# --------------------------------------------------------------------------- lemmas as spaCy makes them

# Inflected news-style phrases written for this test, with the lexicon entry each must hit.
INFLECTED = [
    ("Warplanes carried out airstrikes overnight.", "airstrike"),
    ("Jets launched air strikes against the rebels.", "air strike"),
    ("The two governments held talks in Geneva.", "hold talk"),
    ("The kingdom cut ties with its neighbour.", "cut tie"),
    ("Troops retook the town last week.", "retook"),
    ("The town was retaken by troops.", "retake"),
    ("The regime waged war on its own people.", "wag war"),
    ("Police arrested dozens of students.", "arrest"),
    ("The rebels will pay a heavy price, the minister said.", "pay a heavy price"),
    ("The militia turned their fire on the villagers.", "turn their fire"),
    ("Thousands took to the streets of the capital.", "take to the street"),
    ("The fighters laid down their arms.", "lay down their arm"),
    ("Both sides declared a cease-fire.", "cease - fire"),
    ("The opposition criticised the decision.", "criticise"),
    ("The army mobilised reservists.", "mobilise"),
    ("Gunmen abducted two aid workers.", "abduct"),
    ("Insurgents ambushed a convoy.", "ambush"),
    ("Rioters looted shops.", "loot"),
    ("Government forces besieged the city.", "besiege"),
    ("Artillery units shelled the suburbs.", "shell"),
    ("The envoy threatened sanctions.", "threaten sanction"),
    ("The ministers signed a trade agreement.", "trade agreement"),
    ("The president was toppled in a coup.", "topple"),
    ("A suicide bomber blew himself up at a checkpoint.", "blow himself up"),
    ("Activists staged a sit-in outside parliament.", "sit - in"),
    ("The families reported enforced disappearances.", "enforce disappearance"),
]


@pytest.mark.parametrize(("sentence", "trigger"), INFLECTED)
def test_triggers_match_spacy_lemmas(nlp, sentence: str, trigger: str) -> None:
    lemmas = [tok.lemma_.lower() for tok in nlp(sentence)]
    found = {
        t.trigger
        for t in load_triggers()
        if any(
            tuple(lemmas[i : i + len(t.lemmas)]) == t.lemmas
            for i in range(len(lemmas) - len(t.lemmas) + 1)
        )
    }
    assert trigger in found, (lemmas, sorted(found))
