"""kill -9 in the middle of a run, run again: nothing lost, nothing doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from dyads.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
N_DOCS, BATCH = 40, 4


def _run(db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(N_DOCS), str(BATCH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as st:
        q = st.connection.execute
        return {
            "docs": sorted(r[0] for r in q("SELECT id FROM documents").fetchall()),
            "events": sorted(q("SELECT id, n_sources, n_mentions FROM events").fetchall()),
            "sources": sorted(q("SELECT event_id, raw_event_id FROM event_sources").fetchall()),
            "mentions": q("SELECT count(*) FROM mentions").fetchall()[0][0],
            "spans": q("SELECT count(*) FROM removed_spans").fetchall()[0][0],
        }


def test_kill_minus_nine_then_resume(tmp_path):
    ref = tmp_path / "ref.duckdb"
    assert _run(ref).wait(timeout=120) == 0
    expected = _snapshot(ref)
    assert len(expected["docs"]) == N_DOCS

    db = tmp_path / "crash.duckdb"
    proc = _run(db)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # one batch committed, the next one is being written
    assert line.startswith("batch"), proc.stderr.read() if proc.stderr else line
    time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = _snapshot(db)
    assert BATCH <= len(partial["docs"]) < N_DOCS  # killed mid-run
    assert len(partial["docs"]) % BATCH == 0  # whole batches only: no half-written document
    assert set(partial["sources"]) <= set(expected["sources"])

    assert _run(db).wait(timeout=120) == 0  # resume
    assert _snapshot(db) == expected
    assert _run(db).wait(timeout=120) == 0  # and once more: nothing doubles
    assert _snapshot(db) == expected
