"""Reader for PETRARCH/TABARI actor and agent dictionaries, so their users keep them.

Actor dictionary (one root phrase per entry, synonyms on ``+`` lines, codes in brackets, on the
root line or on indented lines below it, optionally with date restrictions)::

    ISRAEL [ISR]
    +ISRAELI
    BILL_CLINTON
        [USAELI 460101-930119]
        [USAGOV 930120-010119]
        [USAELI >010120]

Agent dictionary (``~`` marks where the actor's code goes: ``[~GOV]`` appends GOV to the
actor, ``[NGO~]`` is a code of its own; ``{PLURAL}`` gives the plural, ``{}`` none;
``!NAME! = A, B`` defines a substitution used as ``!NAME!`` in later phrases)::

    !PERSON! = MAN, MEN
    PRESIDENT [~GOV]
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
    CONGRESS!PERSON! [~LEG]

Words are joined by ``_`` or spaces. As in TABARI, a phrase whose last word has no trailing
``_`` also matches words that begin with it ("ARGENTIN" matches "Argentine"); ``#`` starts a
comment and ``<!-- ... -->`` blocks are skipped. (Stems: one-word phrases only, see ``_phrase``;
an agent that lists its plurals in braces, ``{}`` included, matches those forms only, as in PETRARCH2.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyads import dictionary_files
from dyads.actors.codes import sector_of
from dyads.actors.kb import KB, Entity, Term
from dyads.errors import InputError

# A dictionary code dyads can use: three or more letters, digits or slashes.
USABLE_CODE_RE = re.compile(r"^[A-Za-z0-9/]{3,}$")
DATED_RE = re.compile(
    r"^\s*(?P<code>\S+)\s*(?:(?P<lt><)\s*(?P<d1>\d{6}|\d{8})|(?P<gt>>)\s*(?P<d2>\d{6}|\d{8})|"
    r"(?P<a>\d{6}|\d{8})\s*-\s*(?P<b>\d{6}|\d{8}))?\s*$"
)
BRACKET_RE = re.compile(r"\[([^\]]*)\]")
MACRO_RE = re.compile(r"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
MIN_STEM = 4  # a shorter one-word entry ("US") matches whole words only
TWO_DIGIT_PIVOT = 30  # YYMMDD with YY <= 30 is 20YY, else 19YY


@dataclass
class DatedCode:
    code: str
    start: str = ""  # ISO date or ""
    end: str = ""


@dataclass
class ActorEntry:
    phrase: str  # root phrase, words separated by spaces
    synonyms: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    prefix: dict[str, bool] = field(default_factory=dict)  # phrase -> last word is a stem
    line: int = 0


@dataclass
class AgentEntry:
    phrase: str
    plurals: list[str]
    code: str  # without "~"
    suffix: bool  # True for [~GOV] (appended to an actor), False for [NGO~]
    prefix: bool = False
    line: int = 0


def _each_line(path: str | Path, problems: list[str] | None, read_line) -> None:
    """``read_line(no, line)`` for each line of a dictionary file, comments stripped; an
    ``InputError`` is raised, or added to ``problems`` (and the line skipped) when given."""
    for no, line in dictionary_files.content_lines(dictionary_files.read(path)):
        try:
            read_line(no, line)
        except InputError as exc:
            if problems is None:
                raise
            problems.append(str(exc))


def _phrase(raw: str) -> tuple[str, bool]:
    """Dictionary phrase -> (words joined by spaces, the word is a stem).

    Only a one-word phrase without a trailing ``_`` is a stem ("ARGENTIN" -> "Argentine"); the
    PETRARCH validation records show multi-word phrases match whole words ("THE_KU" does not
    match "The Kuwait").
    """
    raw = raw.strip()
    words = raw.replace("_", " ").split()
    stem = not raw.endswith("_") and len(words) == 1 and len(words[0]) >= MIN_STEM
    return " ".join(words), stem


def _date(d: str, where: str = "") -> str:
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy <= TWO_DIGIT_PIVOT else "19") + d
    iso = f"{d[:4]}-{d[4:6]}-{d[6:8]}"
    try:
        date.fromisoformat(iso)
    except ValueError:
        raise InputError(f"{where}: impossible date {d!r} in a code restriction") from None
    return iso


def _dated(body: str, where: str) -> DatedCode:
    m = DATED_RE.match(body)
    if not m:
        raise InputError(f"{where}: cannot read code {body.strip()!r}")
    code = m.group("code")
    if m.group("lt"):
        return DatedCode(code, "", _date(m.group("d1"), where))
    if m.group("gt"):
        return DatedCode(code, _date(m.group("d2"), where), "")
    if m.group("a"):
        return DatedCode(code, _date(m.group("a"), where), _date(m.group("b"), where))
    return DatedCode(code)


def read_actors(path: str | Path, problems: list[str] | None = None) -> list[ActorEntry]:
    """Entries of a PETRARCH/TABARI actor dictionary (InputError names file and line).

    With a ``problems`` list, a line that cannot be read is added to it ("file:line: reason")
    and skipped instead, and the rest of the file loads."""
    entries: list[ActorEntry] = []
    current: list[ActorEntry | None] = [None]
    _each_line(path, problems, lambda no, line: _actor_line(path, no, line, entries, current))
    return entries


def _actor_line(path, no: int, line: str, entries: list[ActorEntry], cur: list[ActorEntry | None]) -> None:
    """Read one line of an actor dictionary into ``entries`` (``cur[0]``: the entry it continues)."""
    current = cur[0]
    where = f"{path}:{no}"
    stripped = line.strip()
    if stripped.count("[") != stripped.count("]"):
        raise InputError(f"{where}: unbalanced brackets in {stripped!r}")
    if stripped.startswith("+"):
        if current is None:
            raise InputError(f"{where}: synonym {stripped!r} before any actor")
        name, stem = _phrase(BRACKET_RE.sub("", stripped[1:]))
        if name:
            current.synonyms.append(name)
            current.prefix[name] = stem
        for body in BRACKET_RE.findall(stripped):
            current.codes.append(_dated(body, where))
        return
    if stripped.startswith("[") or (
        line[:1].isspace() and "[" in stripped and not BRACKET_RE.sub("", stripped).strip()
    ):
        if current is None:
            raise InputError(f"{where}: code {stripped!r} before any actor")
        for body in BRACKET_RE.findall(stripped):
            current.codes.append(_dated(body, where))
        return
    name, stem = _phrase(BRACKET_RE.sub("", stripped))
    if not name:
        raise InputError(f"{where}: no actor phrase in {stripped!r}")
    current = ActorEntry(name, line=no)
    cur[0] = current
    current.prefix[name] = stem
    for body in BRACKET_RE.findall(stripped):
        current.codes.append(_dated(body, where))
    entries.append(current)


def read_agents(path: str | Path, problems: list[str] | None = None) -> list[AgentEntry]:
    """Entries of a PETRARCH/TABARI agent dictionary (InputError names file and line; with a
    ``problems`` list, bad lines are added to it and skipped instead)."""
    macros: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    _each_line(path, problems, lambda no, line: _agent_line(path, no, line, macros, out))
    return out


def _agent_line(path, no: int, line: str, macros: dict[str, list[str]], out: list[AgentEntry]) -> None:
    where = f"{path}:{no}"
    stripped = line.strip()
    m = MACRO_RE.match(stripped)
    if m:
        macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
        return
    codes = BRACKET_RE.findall(stripped)
    if len(codes) != 1:
        raise InputError(f"{where}: an agent needs exactly one [CODE], got {stripped!r}")
    body = codes[0].strip()
    code = body.replace("~", "").strip()
    if not code:
        raise InputError(f"{where}: empty agent code")
    if any(ch.isspace() for ch in code):
        raise InputError(f"{where}: cannot read agent code {body!r} (one code, no spaces)")
    suffix = not body.endswith("~")
    rest = BRACKET_RE.sub("", stripped)
    plural_m = re.search(r"\{([^}]*)\}", rest)
    explicit = [p for p in re.split(r"[,\s]+", plural_m.group(1)) if p] if plural_m else None
    raw = re.sub(r"\{[^}]*\}", "", rest).strip()
    if not raw:
        raise InputError(f"{where}: no agent phrase in {stripped!r}")
    has_macro = "!" in raw
    for variant in _expand(raw, macros, where):
        name, stem = _phrase(variant)
        if explicit is None:
            plurals = [] if has_macro else _plurals(name)
        else:  # the entry lists its forms ("{}": none): they are all it matches, as in PETRARCH2
            plurals, stem = [_phrase(p)[0] for p in explicit], False
        out.append(AgentEntry(name, plurals, code, suffix, stem, no))


MAX_SUBSTITUTIONS = 20  # substitutions in one phrase (a deeper nest is a macro naming itself)
MAX_VARIANTS = 10_000  # phrases one line may expand to


def _expand(raw: str, macros: dict[str, list[str]], where: str, depth: int = 0) -> list[str]:
    m = re.search(r"![A-Za-z0-9_]+!", raw)
    if not m:
        return [raw]
    if depth >= MAX_SUBSTITUTIONS:
        raise InputError(
            f"{where}: more than {MAX_SUBSTITUTIONS} substitutions in one phrase "
            f"(does {m.group()} refer to itself?)"
        )
    words = macros.get(m.group())
    if words is None:
        raise InputError(f"{where}: unknown substitution {m.group()}")
    out: list[str] = []
    for w in words:
        out.extend(_expand(raw[: m.start()] + w + raw[m.end() :], macros, where, depth + 1))
        if len(out) > MAX_VARIANTS:
            raise InputError(f"{where}: substitutions give more than {MAX_VARIANTS:,} phrases")
    return out


def _plurals(name: str) -> list[str]:
    last = name.split()[-1] if name else ""
    head = name[: len(name) - len(last)]
    if last.endswith(("S", "X", "CH", "SH")):
        return [head + last + "ES"]
    if last.endswith("Y") and len(last) > 1 and last[-2] not in "AEIOU":
        return [head + last[:-1] + "IES"]
    return [head + last + "S"]


def _cased(phrase: str) -> str:
    """Dictionary phrases are upper case; match them in any case (aliases are lower case)."""
    return phrase.lower()


def extend_kb(kb: KB, actors: Iterable[str | Path] = (), agents: Iterable[str | Path] = (),
              problems: list[str] | None = None, keep_own_agents: bool = False) -> KB:
    """A new KB: ``kb`` plus the entries of PETRARCH/TABARI actor and agent dictionary files
    (``problems``: collect unreadable lines there instead of raising). Given agent files, the
    agents are theirs, as in PETRARCH: dyads' own sector words ("mayor", "crowds", "leaders",
    ``sectors.csv``) no longer combine with actors, unless ``keep_own_agents``."""
    agents = list(agents)
    new = kb.extend(dictionary_entities(kb, actors=actors, agents=agents, problems=problems))
    new.user_agents = kb.user_agents or bool(agents)
    if agents and not keep_own_agents:
        for key, bucket in list(new.aliases.items()):
            kept = [a for a in bucket if not (a.entity.kind == "sector" and a.entity.source == "sectors.csv")]
            if kept:
                new.aliases[key] = kept
            else:
                del new.aliases[key]
    return new


def dictionary_entities(
    kb: KB, actors: Iterable[str | Path] = (), agents: Iterable[str | Path] = (),
    problems: list[str] | None = None,
) -> list[tuple[Entity, list[str]]]:
    """KB entities for the entries of the given dictionary files (they win over the KB)."""
    out: list[tuple[Entity, list[str]]] = []
    for path in actors:
        for e in read_actors(path, problems):
            usable = [c for c in e.codes if USABLE_CODE_RE.match(c.code)]
            if not usable:
                continue
            aliases = [_alias(p, e.prefix.get(p, False)) for p in [e.phrase, *e.synonyms]]
            undated = next((c.code for c in usable if not c.start and not c.end), None)
            dated = [c for c in usable if c.start or c.end]
            code = undated or usable[-1].code
            countryish = len(code) == 3 and code.isalpha()
            iso = kb.iso_of.get(code.upper(), code.upper()) if countryish else None
            ent = Entity(
                f"petrarch:{path}:{e.phrase}",
                "person" if dated else ("country" if countryish else "group"),
                e.phrase.title(),
                country=iso,
                cameo=code if countryish else None,
                code=code,
                sector=sector_of(code),
                terms=tuple(Term(c.code, "petrarch", c.start or "0000", c.end) for c in dated),
                source=f"petrarch:{Path(path).name}",
                rank=-1,
            )
            out.append((ent, aliases))
    for path in agents:
        for a in read_agents(path, problems):
            aliases = [_alias(a.phrase, a.prefix)] + [_alias(p, False) for p in a.plurals]
            if a.suffix:
                ent = Entity(
                    f"petrarch-agent:{path}:{a.phrase}",
                    "sector",
                    a.phrase.lower(),
                    code=a.code,
                    sector=a.code[:3],
                    role="body",
                    source=f"petrarch:{Path(path).name}",
                    rank=-1,
                )
            else:
                ent = Entity(
                    f"petrarch-agent:{path}:{a.phrase}",
                    "group",
                    a.phrase.title(),
                    code=a.code,
                    sector=sector_of(a.code),
                    source=f"petrarch:{Path(path).name}",
                    rank=-1,
                )
            out.append((ent, aliases))
    return out


def _alias(phrase: str, stem: bool) -> str:
    """Alias text for the KB: lower case (no case constraint); '*' suffix marks a stem."""
    return _cased(phrase) + ("*" if stem else "")


def agents_in(text: str, kb: KB) -> list[str]:
    """The codes of the user's agents (``[~GOV]`` entries of an agent dictionary read into
    ``kb``) named in ``text``, in order ("West Gondor world government activists": WGO)."""
    from dyads.actors.match import find_hits

    return [h.entity.code for h in find_hits(text, kb)
            if h.entity.kind == "sector" and h.entity.key.startswith("petrarch-agent:") and h.entity.code]
