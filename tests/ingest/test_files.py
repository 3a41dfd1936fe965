"""read_inputs over files, directories, globs and stdin, with bad inputs as Failures."""

import io
import os
import sys

from dyads.errors import Failure
from dyads.ingest import read_inputs
from dyads.model import Document


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_directory_walk_reads_text_and_html_and_reports_bad_files(tmp_path):
    _write(tmp_path / "a.txt", b"Police arrested ten protesters in the capital on Sunday.\n")
    _write(
        tmp_path / "sub" / "b.html", b"<html><body><p>Talks resumed in Geneva.</p></body></html>"
    )
    _write(tmp_path / "sub" / "empty.txt", b"   \n")
    _write(tmp_path / "sub" / "binary.txt", bytes(range(256)) * 4)
    _write(tmp_path / "sub" / "latin.txt", "Caf\u00e9 bombing in the old town.".encode("latin-1"))
    _write(tmp_path / ".hidden.txt", b"never read")
    out = list(read_inputs([str(tmp_path)]))
    docs = [o for o in out if isinstance(o, Document)]
    fails = {os.path.basename(f.source): f.message for f in out if isinstance(f, Failure)}
    assert sorted(d.kind for d in docs) == ["html", "text"]
    assert fails["empty.txt"] == "empty file"
    assert "binary" in fails["binary.txt"]
    assert "invalid UTF-8" in fails["latin.txt"]
    assert len(out) == 5  # the hidden file is skipped


def test_include_exclude_globs(tmp_path):
    _write(tmp_path / "keep" / "a.txt", b"Ministers met in Paris to agree a ceasefire.")
    _write(tmp_path / "keep" / "b.txt", b"Soldiers withdrew from the border area.")
    _write(tmp_path / "skip" / "c.txt", b"Rebels shelled the airport overnight.")
    out = list(read_inputs([str(tmp_path)], include=["*.txt"], exclude=["skip/*", "b.txt"]))
    assert [os.path.basename(d.source) for d in out] == ["a.txt"]


def test_glob_pattern_and_missing_path_continue(tmp_path):
    _write(tmp_path / "one.txt", b"The army retook the town.")
    _write(tmp_path / "two.txt", b"The navy blockaded the port.")
    out = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.txt")]))
    assert isinstance(out[0], Failure) and "no such file" in out[0].message
    assert [type(o).__name__ for o in out[1:]] == ["Document", "Document"]


def test_retrieved_from_option_or_mtime(tmp_path):
    f = _write(tmp_path / "a.txt", b"The court jailed the opposition leader.")
    os.utime(f, (1_500_000_000, 1_500_000_000))  # 2017-07-14 UTC
    (doc,) = read_inputs([str(f)])
    assert doc.retrieved == "2017-07-14"
    (doc,) = read_inputs([str(f)], retrieved="20240210")
    assert doc.retrieved == "2024-02-10"
    (bad,) = read_inputs([str(f)], retrieved="yesterday")
    assert isinstance(bad, Failure) and bad.source == "--retrieved"


def test_stdin(monkeypatch):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Strikes hit the city of Homs."))
    )
    (doc,) = read_inputs(["-"])
    assert doc.source == "stdin" and doc.content == "Strikes hit the city of Homs."


def test_html_with_declared_legacy_charset(tmp_path):
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 attack.</p></body></html>'
    )
    f = _write(tmp_path / "p.html", page.encode("latin-1"))
    (doc,) = read_inputs([str(f)])
    assert "Caf\u00e9" in doc.content and doc.kind == "html"
