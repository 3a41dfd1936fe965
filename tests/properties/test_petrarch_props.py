"""Property tests (hypothesis): PETRARCH/TABARI dictionary readers on random lines give entries
or one InputError naming the file and line, never a traceback; dates they keep are real days."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dyads.actors.petrarch import read_actors, read_agents
from dyads.errors import InputError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

word = st.sampled_from(["ZEMBLA", "KING", "CHARLES_", "ARMED", "FORCES", "!PERSON!", "!X!", "US",
                        "_", "+", "~", "{", "}", "{}", "[", "]", "#", "<!--", "-->", "=", ","])
code = st.one_of(
    st.sampled_from(["ZEM", "USAGOV", "~GOV", "NGO~", "~", "", "ZEMELI <950101",
                     "ZEMGOV 950101-991231", "ZEMREB >000101", "X 991340-000000", "X <20171399",
                     "X >00000000", "X 20170101-20171231"]),
    st.text(alphabet="ABCZ0129<>-~ /", max_size=20),
)
structured = st.builds(
    lambda lead, words, c, tail: lead + "_".join(words) + (f" [{c}]" if c is not None else "") + tail,
    st.sampled_from(["", "+", "\t", "    ", "!PERSON! = ", "!X! = "]),
    st.lists(word, max_size=4),
    st.none() | code,
    st.sampled_from(["", " # note", " {MEN}", " [ZEM]", "]", "["]),
)
line = st.one_of(structured, st.text(max_size=40).map(lambda s: s.replace("\n", " ")))
dictionary = st.lists(line, max_size=15).map("\n".join)


def _check(reader, text: str) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.txt"
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        n_lines = max(1, len(text.splitlines()))
        try:
            entries = reader(path)
        except InputError as err:
            m = re.match(re.escape(str(path)) + r":(\d+): \S", str(err))
            assert m, f"error without file:line: {err}"
            assert 1 <= int(m.group(1)) <= n_lines
            return []
        for e in entries:
            assert 1 <= e.line <= n_lines and e.phrase == e.phrase.strip()
        return entries


def _real_day(s: str) -> bool:
    return s == "" or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and date.fromisoformat(s))


@SETTINGS
@given(dictionary)
@example("ZEMBLA [X 991340-000000]")  # found: impossible dates were kept as "1999-13-40"
@example("ZEMBLA\n\t[X <20171399]")
def test_read_actors_gives_entries_or_a_located_error(text):
    for e in _check(read_actors, text):
        assert e.phrase
        for c in e.codes:
            assert c.code and " " not in c.code
            assert _real_day(c.start) and _real_day(c.end), c


@SETTINGS
@given(dictionary)
@example("!X! = !X!\n!X! [~GOV]")  # found: RecursionError on a substitution naming itself
@example("!X! = A, !X!B\nFOO!X! [~GOV]")
@example("!A! = " + ", ".join(f"W{i}" for i in range(30)) + "\n" + "!A!_" * 4 + " [~GOV]")
@example("MINISTER [~GOV 991340-000000]")  # found: kept as the agent code "GOV 991340-000000"
def test_read_agents_gives_entries_or_a_located_error(text):
    for e in _check(read_agents, text):
        assert e.code and "~" not in e.code and not any(ch.isspace() for ch in e.code)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_readers_on_random_bytes(raw):
    for reader in (read_actors, read_agents):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "d.txt"
            path.write_bytes(raw)
            try:
                reader(path)
            except InputError as err:
                assert str(err).startswith(f"{path}:")
