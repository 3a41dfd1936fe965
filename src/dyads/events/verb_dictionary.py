"""Reader for PETRARCH2/TABARI verb, discard and issue dictionaries (the user's data, read at run time).

PETRARCH2 verb dictionary (``CAMEO.2.0.txt``)::

    &CURRENCY                      # a synonym set: "&NAME" then "+MEMBER" lines (members may be
    +DOLLARS                       #   phrases, or other sets: "+&OTHER")
    +SWISS FRANCS

    --- ABANDON  [345] ---         # a verb block: its name and default code ("---": none)
    ABANDON                        # the verbs of the block, one a line, with irregular forms
    BREAK {BROKE BROKEN}           #   in braces ("{}": none); regular -S/-ED/-ING forms are made
    +BREAK_DOWN {+BROKE_DOWN}      # a multi-word verb: "+" marks the verb word
    KLM_NOP_+RST [002]             # a verb with a default code of its own
    - * EFFORT  [987]  # comment   # a pattern: "*" is the verb, "$" the source, "+" the target,
    - $ * + (IN {BANK VAULT}) [0811]  # "%" a compound actor, "&SET" a synonym set, "^" skip,
                                   #   "(PP)" and "{NP}" groups, "_" joins adjacent words

TABARI's older format differs in that each verb line carries its own default code and there
are no ``---`` block headers (``ABANDON [---]`` then its ``- pattern [code]`` lines); ``;``
starts a comment there. Both are read by :func:`read_verbs`.

Discards (``+PHRASE``: the whole story is dropped; ``PHRASE``: the sentence is) are read by
:func:`read_discards`; issues (TABARI ``PHRASE [CODE]`` lines, or Phoenix
``<ISSUE CATEGORY="...">`` blocks with ``n:word`` nouns and ``~phrase`` exclusions) by
:func:`read_issues`.

A line the reader cannot use is reported as a :class:`DictionaryProblem` (file, line, reason)
and skipped; the rest of the file still loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dyads import dictionary_files

NULL_CODE = "---"
# A code in square brackets after a phrase or block name ("[010]").
BRACKETED_CODE_RE = re.compile(r"\[([^\]]*)\]")
BLOCK_RE = re.compile(r"^---\s*(?P<name>.*?)\s*(?P<codes>(?:\[[^\]]*\]\s*)*)-*\s*$")
SYNSET_RE = re.compile(r"^&[A-Z0-9_]+$", re.I)
ISSUE_OPEN_RE = re.compile(r"<ISSUE\b[^>]*CATEGORY\s*=\s*\"([^\"]*)\"[^>]*>", re.I)
SLOTS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True)
class DictionaryProblem:
    """A line of a user dictionary that could not be used."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a slot (``kind`` source/target/compound/skip) or words
    (``kind`` "words": ``alternatives`` are word sequences, any of which matches).
    ``adjacent``: joined to the element before it (towards the verb) by ``_``."""

    kind: str
    alternatives: tuple[tuple[str, ...], ...] = ()
    adjacent: bool = False


@dataclass(frozen=True)
class Pattern:
    before: tuple[Element, ...]  # nearest the verb first
    after: tuple[Element, ...]  # nearest the verb first
    code: str  # "---" codes nothing
    text: str
    path: str
    line: int

    @property
    def words(self) -> int:
        return sum(1 for e in (*self.before, *self.after) if e.kind == "words")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class VerbBlock:
    name: str
    code: str  # the block's default ("---": none)
    path: str
    line: int
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True)
class Verb:
    """A verb of a block: its forms (upper case), the words that must stand right before and
    after it (multi-word verbs), and its own default code when it has one."""

    forms: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    block: VerbBlock
    code: str | None
    line: int


@dataclass
class VerbDictionary:
    """Every verb form of the loaded files -> its verbs; the problems met while reading."""

    verbs: dict[str, list[Verb]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    problems: list[DictionaryProblem] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    only: bool = False  # keep only the events the dictionaries code (PETRARCH's output, no lexicon events)
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def phrase_index(self, which: str) -> dict[str, list]:
        """Discards ("story", "sentence") or "issues" by their first word (built once)."""
        if which not in self._index:
            items = (self.issues if which == "issues"
                     else [d for d in self.discards if d.story == (which == "story")])
            index: dict[str, list] = {}
            for it in items:
                if it.words:
                    index.setdefault(it.words[0], []).append(it)
            self._index[which] = index
        return self._index[which]

    def add_verb(self, verb: Verb) -> None:
        for f in verb.forms:
            self.verbs.setdefault(f, []).append(verb)

    @property
    def n_patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


@dataclass(frozen=True)
class Discard:
    words: tuple[str, ...]  # upper case
    story: bool  # True: drop the whole story; False: the sentence
    path: str
    line: int


@dataclass(frozen=True)
class Issue:
    words: tuple[str, ...]  # upper case
    code: str
    category: str
    exclude: bool  # a "~phrase": where it stands, the category is not coded
    path: str
    line: int


# --------------------------------------------------------------------------- lines


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s_]+", phrase.strip().upper()) if w)


def _code(body: str) -> str:
    """The event code of ``[body]``: "031", "---", "032:033" (TABARI's paired codes: the event,
    then the reciprocal event of the target on the source), or ":173"'s "173"."""
    parts = [p.strip() for p in body.strip().split(":")]
    if len(parts) == 2 and all(parts):
        return f"{parts[0]}:{parts[1]}"
    return next((p for p in parts if p), "")


# --------------------------------------------------------------------------- verbs


def _regular_forms(base: str) -> set[str]:
    """The regular -S, -ED and -ING forms PETRARCH2 makes for a verb without listed forms."""
    if base.endswith("E"):
        return {base + "S", base + "D", base[:-1] + "ING"}
    if base.endswith("Y") and len(base) > 1 and base[-2] not in "AEIOU":
        return {base[:-1] + "IES", base[:-1] + "IED", base + "ING"}
    if base.endswith(("S", "X", "Z", "CH", "SH")):
        return {base + "ES", base + "ED", base + "ING"}
    return {base + "S", base + "ED", base + "ING"}


def _verb_parts(phrase: str) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """"WIRE_+TAP" -> (("WIRE",), "TAP", ()); "+BREAK_DOWN" -> ((), "BREAK", ("DOWN",)); an
    unmarked "LASH OUT" (older files) takes its first word as the verb."""
    words = [w for w in re.split(r"[\s_]+", phrase.strip().upper()) if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(marked) > 1:
        return None
    k = marked[0] if marked else 0
    verb = words[k].lstrip("+")
    if not verb or not re.match(r"^[A-Z0-9'\-.]+$", verb):
        return None
    return tuple(words[:k]), verb, tuple(words[k + 1 :])


def _verb_line(line: str, block: VerbBlock, no: int, path: str) -> Verb | str:
    """A verb line of a block, or the reason it cannot be read."""
    codes = BRACKETED_CODE_RE.findall(line)
    rest = BRACKETED_CODE_RE.sub(" ", line)
    forms_m = re.search(r"\{([^}]*)\}", rest)
    if rest.count("{") != rest.count("}"):
        return f"unbalanced braces in verb line {line.strip()!r}"
    head = re.sub(r"\{[^}]*\}", " ", rest).strip()
    parts = _verb_parts(head)
    if parts is None:
        return f"cannot read verb {head!r} (a multi-word verb marks its verb word with '+')"
    before, base, after = parts
    forms = {base}
    if forms_m is None:
        forms |= _regular_forms(base)
    else:
        for f in forms_m.group(1).split():
            fp = _verb_parts(f)
            if fp is not None:
                forms.add(fp[1])
    code = _code(codes[0]) if codes else None
    return Verb(frozenset(forms), before, after, block, code, no)


def _element(tok: str, synsets: dict[str, list[tuple[str, ...]]], where: str) -> Element | str:
    if tok in SLOTS:
        return Element(SLOTS[tok])
    if tok.startswith("&"):
        name = tok.rstrip("_")
        alts = synsets.get(name) or synsets.get(name + "_")
        if alts is None:
            return f"unknown synonym set {tok}"
        return Element("words", tuple(alts))
    word = tok.upper()
    if not re.match(r"^[A-Z0-9'\-.,/]+$", word):
        return f"cannot read pattern word {tok!r}"
    return Element("words", ((word,),))


def _pattern_tokens(body: str) -> list[tuple[str, bool]]:
    """Pattern text -> (token, joined to the previous token by "_")."""
    body = re.sub(r"[(){}]", " ", body)
    out: list[tuple[str, bool]] = []
    for chunk in body.split():
        for k, piece in enumerate(p for p in chunk.split("_") if p):
            out.append((piece, k > 0))
    return out


def _pattern(body: str, code: str, synsets, path: str, no: int) -> Pattern | str:
    if body.count("(") != body.count(")") or body.count("{") != body.count("}"):
        return f"unbalanced brackets in pattern {body.strip()!r}"
    toks = _pattern_tokens(body)
    stars = [i for i, (t, _) in enumerate(toks) if t == "*"]
    if len(stars) != 1:
        return f"a pattern needs exactly one '*' for the verb, got {body.strip()!r}"
    s = stars[0]
    elems: list[Element] = []
    for t, adj in toks:
        if t == "*":
            elems.append(Element("verb", adjacent=adj))
            continue
        e = _element(t, synsets, f"{path}:{no}")
        if isinstance(e, str):
            return e
        elems.append(Element(e.kind, e.alternatives, adj))
    # "before" runs from the verb leftwards: an element is adjacent to the one on its right
    before = tuple(
        Element(elems[i].kind, elems[i].alternatives, elems[i + 1].adjacent) for i in range(s - 1, -1, -1)
    )
    after = tuple(elems[s + 1 :])
    return Pattern(before, after, code, " ".join(body.split()), path, no)


def _synset_members(raw: list[tuple[str, int]], sets: dict[str, list[tuple[str, int]]], path: str,
                    problems: list[DictionaryProblem], seen: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for member, no in raw:
        if member.startswith("&"):
            name = member.rstrip("_").upper()
            inner = sets.get(name) or sets.get(name + "_")
            if inner is None or name in seen:
                problems.append(DictionaryProblem(path, no, f"unknown or circular synonym set {member}"))
                continue
            out.extend(_synset_members(inner, sets, path, problems, (*seen, name)))
        elif _words(member):
            out.append(_words(member))
    return out


def _synsets(lines: list[tuple[int, str]], spath: str, problems: list[DictionaryProblem]
             ) -> dict[str, list[tuple[str, ...]]]:
    """The synonym sets of a verb file (read first: patterns may use sets defined below them)."""
    raw_sets: dict[str, list[tuple[str, int]]] = {}
    current_set: str | None = None
    for no, line in lines:
        s = line.strip()
        if s.startswith("&") and SYNSET_RE.match(s.split()[0]) and len(s.split()) == 1:
            current_set = s.upper().rstrip("_")
            raw_sets[current_set] = []
        elif s.startswith("+") and current_set is not None:
            raw_sets[current_set].append((s[1:].strip(), no))
        else:
            current_set = None
    return {name: _synset_members(m, raw_sets, spath, problems, (name,)) for name, m in raw_sets.items()}


def _block_header(s: str, spath: str, no: int) -> VerbBlock | str:
    m = BLOCK_RE.match(s)
    codes = BRACKETED_CODE_RE.findall(s)
    if m is None or not codes or not m.group("name"):
        return f"cannot read verb block header {s!r}"
    return VerbBlock(m.group("name"), _code(codes[0]), spath, no)


CUT_CODE_RE = re.compile(r"\[[^\]]*$")  # "- * WORD  [": a "#" in the code began a comment


def _pattern_line(s: str, synsets, spath: str, no: int) -> Pattern | str:
    codes = BRACKETED_CODE_RE.findall(s)
    if len(codes) != 1 or not _code(codes[0]):
        return f"a pattern needs one [code] after it, got {s!r}"
    if s.count("[") != s.count("]") or s[s.index("]") + 1 :].strip():
        return f"text after the [code] in {s!r}"
    return _pattern(s[1 : s.index("[")], _code(codes[0]), synsets, spath, no)


def _cut_code_pattern(s: str, synsets, spath: str, no: int, problems: list[DictionaryProblem]
                      ) -> Pattern | str:
    """A pattern whose code held a "#" ("[###]"): the comment cut it to "[". PETRARCH2 keeps the
    pattern with an empty code, so it matches and codes nothing; here it loads with the null
    code and the line is reported."""
    got = _pattern(s[1 : s.rindex("[")], NULL_CODE, synsets, spath, no)
    if isinstance(got, Pattern):
        problems.append(DictionaryProblem(spath, no, f"a '#' inside the [code] starts a comment and cuts it, "
                                                     f"got {s!r}: the pattern codes nothing (as in PETRARCH2)"))
    return got


def read_verbs(path: str | Path, into: VerbDictionary | None = None) -> VerbDictionary:
    """Read a PETRARCH2 or TABARI verb dictionary into ``into`` (a new one if None).

    Unreadable lines become ``problems`` (file, line, reason); the rest loads. A missing or
    unreadable file raises :class:`InputError`."""
    vd = into if into is not None else VerbDictionary()
    text = dictionary_files.read(path)
    spath = str(path)
    vd.paths.append(spath)
    tabari = not re.search(r"^---", text, re.M)
    lines = dictionary_files.content_lines(text, semicolon=tabari)
    synsets = _synsets(lines, spath, vd.problems)
    block: VerbBlock | None = None
    in_set = False
    for no, line in lines:
        s = line.strip()
        if s.startswith("&") and len(s.split()) == 1:
            in_set = True
            continue
        if in_set and s.startswith("+") and not BRACKETED_CODE_RE.search(s) and "{" not in s:
            continue
        in_set = False
        got: object
        if s.startswith("---"):
            got = _block_header(s, spath, no)
            block = got if isinstance(got, VerbBlock) else None
            if block is not None:
                vd.blocks.append(block)
        elif s.startswith("-"):
            got = _pattern_line(s, synsets, spath, no) if block is not None else "pattern before any verb"
            if isinstance(got, str) and block is not None and CUT_CODE_RE.search(s):
                got = _cut_code_pattern(s, synsets, spath, no, vd.problems)
            if isinstance(got, Pattern) and block is not None:
                block.patterns.append(got)
        elif s.count("[") != s.count("]"):
            got = f"unbalanced brackets in {s!r}"
        elif s.startswith("~"):
            got = "PETRARCH2 transformation rules ('~ ...') are not supported"
        else:
            if tabari:  # TABARI: every verb line starts a block of its own, with its own default code
                codes = BRACKETED_CODE_RE.findall(s)
                block = VerbBlock(BRACKETED_CODE_RE.sub("", s).strip(), _code(codes[0]), spath, no) if codes else None
                if block is not None:
                    vd.blocks.append(block)
            if block is None:
                got = (f"a TABARI verb needs a [code]: {s!r}" if tabari
                       else f"verb {s!r} before any '--- VERB [code] ---' header")
            else:
                got = _verb_line(s, block, no, spath)
                if isinstance(got, Verb):
                    vd.add_verb(got)
        if isinstance(got, str):
            vd.problems.append(DictionaryProblem(spath, no, got))
    return vd


# --------------------------------------------------------------------------- discards, issues


def read_discards(path: str | Path) -> tuple[list[Discard], list[DictionaryProblem]]:
    """Discard phrases: ``+PHRASE`` drops the story, ``PHRASE`` the sentence it is in."""
    out: list[Discard] = []
    problems: list[DictionaryProblem] = []
    for no, line in dictionary_files.content_lines(dictionary_files.read(path)):
        s = line.strip()
        story = s.startswith("+")
        body = s[1:] if story else s
        if BRACKETED_CODE_RE.search(body) or "{" in body:
            problems.append(DictionaryProblem(str(path), no, f"a discard is a plain phrase, got {s!r}"))
            continue
        words = _words(body)
        if not words:
            problems.append(DictionaryProblem(str(path), no, "empty discard phrase"))
            continue
        out.append(Discard(words, story, str(path), no))
    return out, problems


def _issue_words(phrase: str) -> tuple[str, ...]:
    """Phoenix issue phrase -> words: "n:school" (a noun: its plural matches too) and
    "pre+n:school" ("+": a hyphen or a space) lose their markers."""
    phrase = re.sub(r"\b[nv]:", "", phrase).replace("+", " ")
    return _words(phrase.replace("-", " "))


def read_issues(path: str | Path) -> tuple[list[Issue], list[DictionaryProblem]]:
    """Issue phrases with their codes (TABARI ``PHRASE [CODE]``; Phoenix ``<ISSUE CATEGORY>``
    blocks, ``~phrase`` exclusions)."""
    out: list[Issue] = []
    problems: list[DictionaryProblem] = []
    text = dictionary_files.read(path)
    category = ""
    for no, raw in enumerate(text.splitlines(), start=1):
        s = raw.split("#", 1)[0].strip()
        if not s:
            continue
        m = ISSUE_OPEN_RE.match(s)
        if m:
            category = m.group(1).strip()
            continue
        if s.upper().startswith("</ISSUE"):
            category = ""
            continue
        if s.startswith("<"):
            continue
        exclude = s.startswith("~")
        body = s[1:] if exclude else s
        codes = BRACKETED_CODE_RE.findall(body)
        if exclude:
            if codes:
                problems.append(DictionaryProblem(str(path), no, f"an exclusion has no [code]: {s!r}"))
                continue
            if not category:
                problems.append(DictionaryProblem(str(path), no, "an exclusion outside an <ISSUE> block"))
                continue
            out.append(Issue(_issue_words(body), "", category, True, str(path), no))
            continue
        if len(codes) != 1 or not codes[0].strip():
            problems.append(DictionaryProblem(str(path), no, f"an issue phrase needs one [CODE], got {s!r}"))
            continue
        words = _issue_words(BRACKETED_CODE_RE.sub(" ", body))
        if not words:
            problems.append(DictionaryProblem(str(path), no, "empty issue phrase"))
            continue
        out.append(Issue(words, codes[0].strip(), category, False, str(path), no))
    return out, problems


def load(verbs: Iterable[str | Path] = (), discards: Iterable[str | Path] = (),
         issues: Iterable[str | Path] = (), only: bool = False) -> VerbDictionary:
    """One dictionary from the given verb, discard and issue files (problems collected);
    ``only``: keep only the events the verb patterns code."""
    vd = VerbDictionary(only=only)
    for p in verbs:
        read_verbs(p, vd)
    for p in discards:
        found, problems = read_discards(p)
        vd.discards.extend(found)
        vd.problems.extend(problems)
    for p in issues:
        found, problems = read_issues(p)
        vd.issues.extend(found)
        vd.problems.extend(problems)
    return vd
