"""The event ontologies as data: CAMEO codes, PLOVER types and modes, ACLED types, trigger lexicon.

Four CSV files in ``dyads/data/events/`` (documented in ``docs/ontology.md``):

- ``cameo.csv``: every CAMEO code with name, Goldstein score, QuadClass and its PLOVER type/mode;
- ``plover.csv``: the 16 PLOVER types and their modes;
- ``acled.csv``: ACLED's 6 event types and 25 sub-event types;
- ``triggers.csv``: the predicate lexicon (lemmas -> CAMEO code, PLOVER override, ACLED sub-event).

Each loader reads its file once per process, checks it and raises :class:`DyadsError` naming the
file and line of the first problem. Lines starting with ``#`` are comments (each file states its
source there). Loaders take an optional ``data_dir`` so tests can check files built elsewhere.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dyads.data import content_lines
from dyads.data import path as data_path
from dyads.data import words as data_words
from dyads.errors import DyadsError
from dyads.sectors import names_diplomat, sector_class

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

CAMEO_ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))

TRIGGER_POS: tuple[str, ...] = ("VERB", "NOUN")

# CAMEO codes of acts only a state does: bans, curfews and closures (172), arrests (173),
# expulsions (174). With no named agent, the state where they happen did them.
STATE_ACTS = ("172", "173", "174")
DENIAL = "016"  # CAMEO "deny responsibility": aimed at the accuser, never at the denied act's object
# With investigations, charges, trials, convictions, raids and searches: every act only a
# state's authorities perform (their agent is the state where it is done).
AUTHORITY_ACTS = ("090", "1121", "115", "116", "170", "171", *STATE_ACTS)
CAMEO_FILE = "cameo.csv"
PLOVER_FILE = "plover.csv"
ACLED_FILE = "acled.csv"
TRIGGERS_FILE = "triggers.csv"
INSTRUMENTS_FILE = "instruments.csv"
BLOCKERS_FILE = "blockers.csv"

_CAMEO_COLUMNS = ["code", "name", "goldstein", "quad_class", "plover", "plover_mode"]
_PLOVER_COLUMNS = ["type", "mode", "description"]
_ACLED_COLUMNS = ["event_type", "sub_event_type", "description"]
_TRIGGER_COLUMNS = ["trigger", "pos", "cameo", "plover", "mode", "acled", "target_preps", "notes"]
_INSTRUMENT_COLUMNS = ["instrument", "cameo", "mode", "acled", "notes"]
_BLOCKER_COLUMNS = ["phrase", "blocks", "notes"]

_LEMMA_RE = re.compile(r"^(?:[a-z0-9][a-z0-9'.\-]*|-)$")  # "-": spaCy splits "cease-fire"
_PREP_RE = re.compile(r"^[a-z]+$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its scores and its PLOVER equivalent (None where PLOVER has none)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type with its modes (mode name -> description)."""

    type: str
    description: str
    modes: dict[str, str]


@dataclass(frozen=True)
class AcledType:
    """An ACLED sub-event type and the event type it belongs to."""

    event_type: str
    sub_event_type: str
    description: str


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a contiguous lemma sequence that signals an event, fully resolved.

    ``plover``/``mode`` are the row's override or, when blank, the CAMEO code's own.
    Several rows may share a trigger (different senses, e.g. labour vs military "strike");
    file order is the order of preference. ``plover`` is None only for CAMEO root 01 (public
    statements such as "claim responsibility"), which PLOVER does not code.
    """

    trigger: str
    lemmas: tuple[str, ...]
    pos: str | None
    cameo: str
    plover: str | None
    mode: str | None
    acled: str | None
    acled_type: str | None
    target_preps: tuple[str, ...]
    notes: str
    goldstein: float
    quad_class: int
    line: int

    @property
    def weak(self) -> bool:
        """True for triggers noted "weak": code them only with a clear actor and object."""
        return self.notes.startswith("weak")


@dataclass(frozen=True)
class Instrument:
    """A weapon or means ("warplane", "roadside bomb") that sharpens a generic violent trigger.

    ``cameo``/``plover``/``mode``/``acled`` are the codes to use for an event whose trigger is
    generic ("attack", "kill", "hit") when this instrument is named in its clause.
    """

    instrument: str
    lemmas: tuple[str, ...]
    cameo: str
    plover: str | None
    mode: str | None
    acled: str | None
    acled_type: str | None
    notes: str
    goldstein: float
    quad_class: int
    line: int


@dataclass(frozen=True)
class Blocker:
    """A phrase that contains a trigger but reports no event ("in charge of", "sign up").

    ``offset`` is where the blocked trigger's lemmas start inside ``lemmas``: a match of the
    phrase cancels a match of ``blocks`` at that position.
    """

    phrase: str
    lemmas: tuple[str, ...]
    blocks: str
    offset: int
    notes: str
    line: int


class CameoTable(dict[str, CameoCode]):
    """CAMEO codes by code; ``table[code]``, ``get`` and :meth:`lookup` fall back to the 3- then
    2-digit parent (``in`` stays exact)."""

    def lookup(self, code: str) -> CameoCode | None:
        code = code.strip()
        for n in (len(code), 3, 2):
            if n <= len(code) and code[:n] in self:
                return dict.__getitem__(self, code[:n])
        return None

    def get(self, code: str, default: CameoCode | None = None) -> CameoCode | None:  # type: ignore[override]
        found = self.lookup(code) if isinstance(code, str) else None
        return default if found is None else found

    def __missing__(self, code: str) -> CameoCode:
        found = self.lookup(code) if isinstance(code, str) and len(code) > 2 else None
        if found is None:
            raise KeyError(code)
        return found


# --------------------------------------------------------------------------- reading


def default_data_dir() -> Path:
    """The shipped ``dyads/data/events`` folder."""
    return data_path("events")


def _fail(path: Path, line: int, message: str) -> DyadsError:
    return DyadsError(f"{path.name}:{line}: {message}")


def _read_rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a commented CSV as (line number, row dict), after checking the header."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DyadsError(f"{path.name}: file not found at {path}") from exc
    except UnicodeDecodeError as exc:
        raise DyadsError(f"{path.name}: not UTF-8 text ({exc.reason})") from exc
    numbered = content_lines(text)
    if not numbered:
        raise DyadsError(f"{path.name}: empty file, expected header {','.join(columns)}")
    header_line, header = numbered[0]
    got = next(csv.reader([header]))
    if [c.strip() for c in got] != columns:
        raise _fail(path, header_line, f"header is {','.join(got)}, expected {','.join(columns)}")
    rows = []
    for lineno, line in numbered[1:]:
        values = next(csv.reader([line]))
        if len(values) != len(columns):
            raise _fail(path, lineno, f"{len(values)} fields, expected {len(columns)}")
        rows.append((lineno, {c: v.strip() for c, v in zip(columns, values, strict=True)}))
    return rows


def _dir(data_dir: Path | str | None) -> Path:
    return default_data_dir() if data_dir is None else Path(data_dir)


# --------------------------------------------------------------------------- PLOVER


@cache
def _load_plover(data_dir: Path) -> dict[str, PloverType]:
    path = data_dir / PLOVER_FILE
    descriptions: dict[str, str] = {}
    modes: dict[str, dict[str, str]] = {}
    for lineno, row in _read_rows(path, _PLOVER_COLUMNS):
        ptype, mode = row["type"], row["mode"]
        if ptype not in PLOVER_TYPES:
            raise _fail(path, lineno, f"unknown PLOVER type {ptype!r}")
        if not row["description"]:
            raise _fail(path, lineno, "empty description")
        if not mode:
            if ptype in descriptions:
                raise _fail(path, lineno, f"duplicate PLOVER type {ptype}")
            descriptions[ptype] = row["description"]
            modes.setdefault(ptype, {})
            continue
        if ptype not in descriptions:
            raise _fail(path, lineno, f"mode {mode!r} listed before its type row for {ptype}")
        if mode in modes[ptype]:
            raise _fail(path, lineno, f"duplicate mode {mode!r} for {ptype}")
        modes[ptype][mode] = row["description"]
    missing = [t for t in PLOVER_TYPES if t not in descriptions]
    if missing:
        raise DyadsError(f"{path.name}: PLOVER types missing: {', '.join(missing)}")
    return {t: PloverType(t, descriptions[t], modes[t]) for t in PLOVER_TYPES}


def load_plover(data_dir: Path | str | None = None) -> dict[str, PloverType]:
    """PLOVER types by name, each with its modes (checked against the 16 PLOVER types)."""
    return _load_plover(_dir(data_dir))


def _check_type_mode(
    path: Path, lineno: int, plover: dict[str, PloverType], ptype: str, mode: str
) -> None:
    if ptype and ptype not in plover:
        raise _fail(path, lineno, f"unknown PLOVER type {ptype!r}")
    if mode:
        if not ptype:
            raise _fail(path, lineno, f"mode {mode!r} given without a PLOVER type")
        if mode not in plover[ptype].modes:
            known = ", ".join(plover[ptype].modes) or "none"
            raise _fail(path, lineno, f"unknown mode {mode!r} for {ptype} (known: {known})")


# --------------------------------------------------------------------------- CAMEO


def _expected_quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@cache
def _load_cameo(data_dir: Path) -> CameoTable:
    path = data_dir / CAMEO_FILE
    plover = _load_plover(data_dir)
    table = CameoTable()
    for lineno, row in _read_rows(path, _CAMEO_COLUMNS):
        code = row["code"]
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise _fail(
                path, lineno, f"bad CAMEO code {code!r} (2 to 4 digits, keep leading zeros)"
            )
        if code[:2] not in CAMEO_ROOTS:
            raise _fail(path, lineno, f"CAMEO code {code} has no root 01-20")
        if code in table:
            raise _fail(path, lineno, f"duplicate CAMEO code {code}")
        parent = code[:2] if len(code) == 3 else code[:3]
        if len(code) > 2 and parent not in table:
            raise _fail(path, lineno, f"CAMEO code {code} listed before its parent {parent}")
        if not row["name"]:
            raise _fail(path, lineno, f"CAMEO code {code} has no name")
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise _fail(path, lineno, f"goldstein {row['goldstein']!r} is not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise _fail(path, lineno, f"goldstein {goldstein} outside -10..10")
        try:
            quad = int(row["quad_class"])
        except ValueError:
            raise _fail(path, lineno, f"quad_class {row['quad_class']!r} is not 1-4") from None
        if quad not in (1, 2, 3, 4):
            raise _fail(path, lineno, f"quad_class {quad} is not 1-4")
        if quad != _expected_quad(code[:2]):
            raise _fail(
                path,
                lineno,
                f"quad_class {quad} for root {code[:2]}, expected {_expected_quad(code[:2])}",
            )
        _check_type_mode(path, lineno, plover, row["plover"], row["plover_mode"])
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=goldstein,
            quad_class=quad,
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    missing = [r for r in CAMEO_ROOTS if r not in table]
    if missing:
        raise DyadsError(f"{path.name}: CAMEO root codes missing: {', '.join(missing)}")
    return table


def load_cameo(data_dir: Path | str | None = None) -> CameoTable:
    """CAMEO codes by code string ("010", "0231", "195"); missing codes fall back to their parent."""
    return _load_cameo(_dir(data_dir))


def cameo_lookup(code: str, data_dir: Path | str | None = None) -> CameoCode | None:
    """The CAMEO entry for ``code`` or its nearest parent (3-digit, then root); None if unknown."""
    return load_cameo(data_dir).lookup(code)


# --------------------------------------------------------------------------- ACLED


@cache
def _load_acled(data_dir: Path) -> dict[str, AcledType]:
    path = data_dir / ACLED_FILE
    table: dict[str, AcledType] = {}
    for lineno, row in _read_rows(path, _ACLED_COLUMNS):
        etype, sub = row["event_type"], row["sub_event_type"]
        if etype not in ACLED_EVENT_TYPES:
            raise _fail(path, lineno, f"unknown ACLED event type {etype!r}")
        if not sub:
            raise _fail(path, lineno, "empty sub_event_type")
        if sub in table:
            raise _fail(path, lineno, f"duplicate ACLED sub-event type {sub!r}")
        table[sub] = AcledType(etype, sub, row["description"])
    missing = sorted(set(ACLED_EVENT_TYPES) - {a.event_type for a in table.values()})
    if missing:
        raise DyadsError(f"{path.name}: ACLED event types without sub-event types: {missing}")
    return table


def load_acled(data_dir: Path | str | None = None) -> dict[str, AcledType]:
    """ACLED sub-event types by name (e.g. "Air/drone strike"), each with its event type."""
    return _load_acled(_dir(data_dir))


# --------------------------------------------------------------------------- triggers


@cache
def _load_triggers(data_dir: Path) -> tuple[Trigger, ...]:
    path = data_dir / TRIGGERS_FILE
    cameo = _load_cameo(data_dir)
    plover = _load_plover(data_dir)
    acled = _load_acled(data_dir)
    seen: dict[tuple[str, str, str], int] = {}
    out: list[Trigger] = []
    for lineno, row in _read_rows(path, _TRIGGER_COLUMNS):
        text = row["trigger"]
        lemmas = tuple(text.split(" "))
        if not text or any(not _LEMMA_RE.match(lemma) for lemma in lemmas):
            raise _fail(
                path, lineno, f"bad trigger {text!r}: lowercase lemmas separated by single spaces"
            )
        pos = row["pos"]
        if pos and pos not in TRIGGER_POS:
            raise _fail(path, lineno, f"pos {pos!r} is not VERB, NOUN or blank")
        code = row["cameo"]
        if code not in cameo:  # exact code, no parent fallback here
            raise _fail(path, lineno, f"CAMEO code {code!r} not in {CAMEO_FILE}")
        entry = dict.__getitem__(cameo, code)
        _check_type_mode(path, lineno, plover, row["plover"], "")
        ptype = row["plover"] or entry.plover
        if not ptype and entry.root != "01":
            raise _fail(
                path, lineno, f"CAMEO {code} has no PLOVER type: give one in the plover column"
            )
        if row["plover"]:
            mode = row["mode"] or None
        else:
            mode = row["mode"] or entry.plover_mode
        if mode and not ptype:
            raise _fail(path, lineno, f"mode {mode!r} given without a PLOVER type")
        if mode and mode not in plover[ptype].modes:
            known = ", ".join(plover[ptype].modes) or "none"
            raise _fail(path, lineno, f"unknown mode {mode!r} for {ptype} (known: {known})")
        sub = row["acled"]
        if sub and sub not in acled:
            raise _fail(path, lineno, f"ACLED sub-event type {sub!r} not in {ACLED_FILE}")
        preps = tuple(p for p in row["target_preps"].split("|") if p) if row["target_preps"] else ()
        if any(not _PREP_RE.match(p) for p in preps):
            raise _fail(path, lineno, f"bad target_preps {row['target_preps']!r}: a|b|c lowercase")
        key = (text, pos, code)
        if key in seen:
            raise _fail(
                path, lineno, f"duplicate trigger {text!r} {pos or 'any'} {code} (line {seen[key]})"
            )
        seen[key] = lineno
        out.append(
            Trigger(
                trigger=text,
                lemmas=lemmas,
                pos=pos or None,
                cameo=code,
                plover=ptype,
                mode=mode,
                acled=sub or None,
                acled_type=acled[sub].event_type if sub else None,
                target_preps=preps,
                notes=row["notes"],
                goldstein=entry.goldstein,
                quad_class=entry.quad_class,
                line=lineno,
            )
        )
    if not out:
        raise DyadsError(f"{path.name}: no triggers")
    return tuple(out)


def load_triggers(data_dir: Path | str | None = None, *, statements: bool = False) -> list[Trigger]:
    """The predicate lexicon, every row checked against the CAMEO, PLOVER and ACLED tables.

    Rows coded only in CAMEO root 01 (public statements such as "claim responsibility", which
    PLOVER does not code, ``plover`` None) are left out unless ``statements`` is true, so every
    trigger returned by default has a PLOVER type.
    """
    rows = _load_triggers(_dir(data_dir))
    return [t for t in rows if statements or t.plover is not None]


# --------------------------------------------------------------------------- instruments


@cache
def _load_instruments(data_dir: Path) -> dict[tuple[str, ...], Instrument]:
    path = data_dir / INSTRUMENTS_FILE
    cameo = _load_cameo(data_dir)
    plover = _load_plover(data_dir)
    acled = _load_acled(data_dir)
    out: dict[tuple[str, ...], Instrument] = {}
    for lineno, row in _read_rows(path, _INSTRUMENT_COLUMNS):
        text = row["instrument"]
        lemmas = tuple(text.split(" "))
        if not text or any(not _LEMMA_RE.match(lemma) for lemma in lemmas):
            raise _fail(
                path,
                lineno,
                f"bad instrument {text!r}: lowercase lemmas separated by single spaces",
            )
        if lemmas in out:
            raise _fail(path, lineno, f"duplicate instrument {text!r} (line {out[lemmas].line})")
        code = row["cameo"]
        if code not in cameo:
            raise _fail(path, lineno, f"CAMEO code {code!r} not in {CAMEO_FILE}")
        entry = dict.__getitem__(cameo, code)
        mode = row["mode"] or None
        if mode and (entry.plover is None or mode not in plover[entry.plover].modes):
            raise _fail(path, lineno, f"unknown mode {mode!r} for {entry.plover} (CAMEO {code})")
        sub = row["acled"]
        if sub and sub not in acled:
            raise _fail(path, lineno, f"ACLED sub-event type {sub!r} not in {ACLED_FILE}")
        out[lemmas] = Instrument(
            instrument=text,
            lemmas=lemmas,
            cameo=code,
            plover=entry.plover,
            mode=mode,
            acled=sub or None,
            acled_type=acled[sub].event_type if sub else None,
            notes=row["notes"],
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            line=lineno,
        )
    return out


def load_instruments(data_dir: Path | str | None = None) -> dict[tuple[str, ...], Instrument]:
    """Weapons and means by lemma sequence, each with the codes it implies for a violent event."""
    return _load_instruments(_dir(data_dir))


# --------------------------------------------------------------------------- blockers


def _find(seq: tuple[str, ...], sub: tuple[str, ...]) -> int:
    for i in range(len(seq) - len(sub) + 1):
        if seq[i : i + len(sub)] == sub:
            return i
    return -1


@cache
def _load_blockers(data_dir: Path) -> tuple[Blocker, ...]:
    path = data_dir / BLOCKERS_FILE
    triggers = {t.trigger for t in _load_triggers(data_dir)}
    seen: dict[tuple[str, ...], int] = {}
    out: list[Blocker] = []
    for lineno, row in _read_rows(path, _BLOCKER_COLUMNS):
        phrase, blocks = row["phrase"], row["blocks"]
        lemmas = tuple(phrase.split(" "))
        if not phrase or any(not _LEMMA_RE.match(lemma) for lemma in lemmas):
            raise _fail(
                path, lineno, f"bad phrase {phrase!r}: lowercase lemmas separated by single spaces"
            )
        if blocks not in triggers:
            raise _fail(
                path, lineno, f"blocks {blocks!r}, which is not a trigger in {TRIGGERS_FILE}"
            )
        offset = _find(lemmas, tuple(blocks.split(" ")))
        if offset < 0:
            raise _fail(path, lineno, f"phrase {phrase!r} does not contain the trigger {blocks!r}")
        if lemmas in seen:
            raise _fail(path, lineno, f"duplicate phrase {phrase!r} (line {seen[lemmas]})")
        seen[lemmas] = lineno
        out.append(Blocker(phrase, lemmas, blocks, offset, row["notes"], lineno))
    return tuple(out)


def load_blockers(data_dir: Path | str | None = None) -> list[Blocker]:
    """Phrases that cancel a trigger inside them ("in charge" cancels "charge")."""
    return list(_load_blockers(_dir(data_dir)))


STATE_SECTORS = sector_class("state")  # data/actors/sector_codes.csv


def meeting(ev) -> bool:
    """A meeting held or announced (CONSULT, or CAMEO 036 'express intent to meet')."""
    return ev.plover == "CONSULT" or (ev.cameo or "").startswith("036")


PLACE_ARGUMENT = "place argument"  # the rule of a target made from a place the trigger acts on


def other_sides_states(ev, role: str) -> frozenset[str]:
    """Countries whose own organs cannot fill ``role`` of ``ev``: the states the other role names
    ("the US called on the junta"), and for sanctions and threats of sanctions every country of
    the other role (a state does not sanction its own companies: "the administration sanctioned
    Russian firms")."""
    other = ev.target if role == "source" else ev.source
    if (ev.plover == "SANCTION" and not legal_act(ev)) or (ev.cameo or "") == "1312":
        return frozenset(a.country for a in other if a.country)
    return named_states(other)


def legal_act(ev) -> bool:
    """A court's or a prosecutor's act (CAMEO 11x, or a judicial source): it falls on its own
    country's people ("a Peruvian court jailed a former president"), unlike a state's sanctions."""
    return (ev.cameo or "").startswith("11") or any(a.sector == "JUD" for a in ev.source)


def named_states(actors) -> frozenset[str]:
    """Countries named as states among ``actors`` ("Russia", "Washington"), not sector actors
    ("Kenyan police"): the other party of an event is not one of their own unnamed organs. A town
    or province hit ("troops shelled villages in <province>") names a place, not its state."""
    return frozenset(a.country for a in actors if a.country and not (a.rule or "").startswith(("coref", PLACE_ARGUMENT))
                     and (a.kind == "country" or (a.rule or "").startswith(("kb:country", "kb:capital"))
                          or _diplomat(a)))


def _diplomat(actor) -> bool:
    """An envoy named with the state it serves ("Russia's ambassador", "a French diplomat"): it
    speaks for its state abroad, so the unnamed organ that summons or expels it is another's."""
    return (actor.sector == "GOV" and (actor.rule or "").startswith("descriptor:country")
            and names_diplomat(actor.text))


def weapon_actor(actor) -> bool:
    """Whether a military actor is named by its weapons ("the drones"), see ``names_weapon``."""
    return actor.sector == "MIL" and names_weapon(actor.text)


def names_weapon(text: str | None) -> bool:
    """Whether an actor's text names a weapon ("the drones", "missiles"): such an actor takes a
    country only from its own phrase ("Russian drones"), never from the place or the article."""
    words = [w for w in (text or "").lower().split() if w not in COUNT_WORDS and not w.isdigit()]
    if not words:
        return False
    table = load_instruments()
    # "the drones", "62 of the drones", "short-range ballistic missiles" (the head names the
    # weapon, the rest describes it); not "army warplanes" (the army's, wherever they fly)
    if " ".join(words) in data_words("events/agents.yaml", "defence_systems"):
        return True  # "air defences"
    head = words[-1]
    if not ((head,) in table or (head[:-1],) in table):
        return False
    return not any(w in FORCE_WORDS for w in words[:-1])


# Words that name who wields a weapon ("army drones", "rebel rockets"): the phrase is an actor.
FORCE_WORDS = frozenset({"army", "navy", "naval", "military", "air", "force", "forces", "troops", "militia", "rebel",
                         "rebels", "police", "guard", "government", "insurgent", "coalition", "enemy"})


COUNT_WORDS = frozenset({"the", "a", "an", "some", "more", "than", "of", "several", "dozens", "hundreds", "scores",
                         "many", "few", "two", "three", "four", "five", "ten", "dozen", "at", "least", "about", "over"})
