"""Loading the gazetteer is part of every ``dyads code`` start (issue 18): it must not pull in
pandas or pyarrow.dataset, and its key search must agree with the tables."""

from __future__ import annotations

import subprocess
import sys

from dyads.geo import gazetteer


def test_loading_the_gazetteer_imports_no_pandas():
    code = ("import sys; from dyads.geo import gazetteer; gazetteer.load(); "
            "print(sorted(m for m in ('pandas', 'pyarrow.dataset') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_key_search_finds_every_kind_of_key():
    g = gazetteer.load()
    keys = g._keys
    for i in (0, 1, len(keys) // 2, len(keys) - 1):
        assert g.has_key(keys[i]) and keys.index(keys[i]) == i
    assert not g.has_key("zzzz no such place") and not g.has_key("")
    assert {c.entry.cc for c in g.lookup_key("damascus")} >= {"SY"}
