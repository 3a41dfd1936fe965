"""PETRARCH/TABARI verb, discard and issue dictionaries: the reader and the pattern matcher.

The dictionaries here are small ones written for these tests in the PETRARCH2/TABARI formats
(the third-party dictionaries stay outside the repository)."""

from __future__ import annotations

import pytest

from dyads.errors import InputError
from dyads.events import verb_dictionary as vdict

PETRARCH2 = """\
<!-- a comment block
     over two lines -->
&MONEY_   # a synonym set
+DOLLARS
+SWISS FRANCS

&AIDWORDS
+&MONEY
+ASSISTANCE

--- RESTORE  [064] ---
RESTORE
REESTABLISH {REESTABLISHED REESTABLISHES}
- * FULL_DIPLOMATIC TIES  [064]  # two words joined
- * TRADE  [061]
- * TIES WITH + [0641]
- * &AIDWORDS [071]
- * CURFEW [---]

--- BREAK  [161] ---
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}
- * (WITH $) {DIPLOMATIC RELATIONS} [1611]

--- MEET  [040]  ---
MEET {MET MEETS MEETING}
- % * [043:043]

--- GIVE [---] ---
GIVE {GAVE GIVEN GIVES GIVING}
- $ * + &AIDWORDS [071]
"""

MALFORMED = """\
--- VERB_A  [010] ---
ACCUSE
- * CORRUPTION [112]
- * WITHOUT CODE
- * TWO STARS * [111]
- NO VERB HERE [111]
- * &NOSUCHSET [111]
- * (UNBALANCED [111]
- * AFTER [111] trailing text
BAD_+MULTI_+VERB
- * FRAUD [1121]
~ a (a b ATTACK) SAY = a b 015
"""

TABARI = """\
ABANDON [---]   ; a TABARI comment
- * EFFORT [987]
ACCUSE [112]
- * OF_GENOCIDE [1124]
"""


@pytest.fixture()
def dicts(tmp_path):
    paths = {}
    for name, text in (("petr", PETRARCH2), ("bad", MALFORMED), ("tabari", TABARI)):
        p = tmp_path / f"{name}.verbs.txt"
        p.write_text(text, encoding="utf-8")
        paths[name] = p
    return paths


def test_reads_petrarch2_blocks_forms_synsets_and_patterns(dicts):
    vd = vdict.load([dicts["petr"]])
    assert not vd.problems
    assert [b.name for b in vd.blocks] == ["RESTORE", "BREAK", "MEET", "GIVE"]
    assert vd.blocks[0].code == "064" and vd.blocks[3].code == "---"
    # regular forms are made where none are listed; listed irregular forms are kept
    assert {"RESTORES", "RESTORED", "RESTORING"} <= {f for f, vs in vd.verbs.items() if vs[0].block.name == "RESTORE"}
    assert "REESTABLISHED" in vd.verbs and "MET" in vd.verbs
    # a multi-word verb: "+" marks the verb word, the rest must stand next to it
    brk = vd.verbs["BROKE"][0]
    assert brk.after == ("OFF",) and brk.before == ()
    pats = {p.text: p for p in vd.blocks[0].patterns}
    full = pats["* FULL_DIPLOMATIC TIES"]
    assert [e.alternatives for e in full.after] == [(("FULL",),), (("DIPLOMATIC",),), (("TIES",),)]
    assert [e.adjacent for e in full.after] == [False, True, False]
    # nested synonym sets are expanded ("&AIDWORDS" holds "&MONEY")
    aid = pats["* &AIDWORDS"].after[0]
    assert set(aid.alternatives) == {("DOLLARS",), ("SWISS", "FRANCS"), ("ASSISTANCE",)}
    assert pats["* TIES WITH +"].after[-1].kind == "target"
    assert pats["* CURFEW"].code == "---"
    assert vd.blocks[2].patterns[0].code == "043:043"  # paired codes: the event and its reciprocal
    give = vd.blocks[3].patterns[0]
    assert [e.kind for e in give.before] == ["source"] and give.after[0].kind == "target"


def test_malformed_lines_name_file_line_and_reason_and_the_rest_loads(dicts):
    vd = vdict.load([dicts["bad"]])
    got = {p.line: p.reason for p in vd.problems}
    path = str(dicts["bad"])
    assert all(p.path == path for p in vd.problems)
    assert "one [code]" in got[4]
    assert "exactly one '*'" in got[5] and "exactly one '*'" in got[6]
    assert "unknown synonym set &NOSUCHSET" in got[7]
    assert "unbalanced" in got[8]
    assert "text after the [code]" in got[9]
    assert "multi-word verb" in got[10]
    assert "transformation" in got[12]
    assert str(vd.problems[0]).startswith(f"{path}:4: ")
    # the good lines still load
    assert [p.text for p in vd.blocks[0].patterns] == ["* CORRUPTION", "* FRAUD"]
    assert "ACCUSED" in vd.verbs


def test_tabari_format_each_verb_has_its_own_code(dicts):
    vd = vdict.load([dicts["tabari"]])
    assert not vd.problems
    assert [(b.name, b.code) for b in vd.blocks] == [("ABANDON", "---"), ("ACCUSE", "112")]
    assert vd.blocks[1].patterns[0].code == "1124"


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read dictionary"):
        vdict.load([tmp_path / "nope.txt"])


def test_discards_and_issues(tmp_path):
    d = tmp_path / "d.txt"
    d.write_text("# story-level with '+'\n+WORLD CUP\nBASEBALL  # sentence level\n+[oops]\n", encoding="utf-8")
    found, problems = vdict.read_discards(d)
    assert [(x.words, x.story) for x in found] == [(("WORLD", "CUP"), True), (("BASEBALL",), False)]
    assert problems and problems[0].line == 4
    i = tmp_path / "i.txt"
    i.write_text('<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\nn:teacher [TEACHERS]\n~a head start\n'
                 "head start [EARLY]\nno code here\n</ISSUE>\nFOOD AID [AID]\n", encoding="utf-8")
    issues, problems = vdict.read_issues(i)
    assert [(x.words, x.code, x.category, x.exclude) for x in issues] == [
        (("TEACHER",), "TEACHERS", "EDUCATION", False),
        (("A", "HEAD", "START"), "", "EDUCATION", True),
        (("HEAD", "START"), "EARLY", "EDUCATION", False),
        (("FOOD", "AID"), "AID", "", False),
    ]
    assert [(p.line, "[CODE]" in p.reason) for p in problems] == [(5, True)]


def test_eval_loads_the_petrarch_suites_own_verbs_and_discards(tmp_path, dicts):
    from dyads.evaluation.events import verb_dicts

    d = tmp_path / "events/petrarch/dictionaries"
    d.mkdir(parents=True)
    (d / "PETR.Validate.verbs.txt").write_text(PETRARCH2, encoding="utf-8")
    (d / "PETR.Validate.discards.txt").write_text("+WORLD CUP\n", encoding="utf-8")
    vd = verb_dicts("petrarch", tmp_path, [], [], [])
    assert len(vd.blocks) == 4 and len(vd.discards) == 1
    assert verb_dicts("petrarch", tmp_path, [], [], [], suite_verbs=False) is None
    assert verb_dicts("plover", tmp_path, [], [], []) is None
    assert verb_dicts("plover", tmp_path, [dicts["tabari"]], [], [], only=True).only


def test_a_hash_inside_the_code_cuts_it_and_the_pattern_codes_nothing(tmp_path):
    # "#" starts a comment anywhere on a pattern line, as in PETRARCH2, so "[###]" is cut to "[":
    # PETRARCH2 keeps such a pattern with an empty code (it codes nothing); dyads does too, and says so
    path = tmp_path / "v.txt"
    path.write_text("--- PRAISE [051] ---\nPRAISE\n- * BANNER [###]  # a comment\n- * FLAG [052]\n", encoding="utf-8")
    vd = vdict.load([path])
    [problem] = vd.problems
    assert problem.line == 3 and "'#' inside the [code]" in problem.reason
    assert [(p.text, p.code) for p in vd.blocks[0].patterns] == [("* BANNER", "---"), ("* FLAG", "052")]
