"""Size caps on every reader, and hostile files that must give one clear Failure each."""

from __future__ import annotations

import gzip
import json
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyads.errors import DyadsError, Failure
from dyads.ingest import read_inputs, read_records, read_warc
from dyads.ingest.limits import ENV_VAR, max_document_bytes
from dyads.model import Document

CAP = 2000
PAGE = b"<html><body><p>Troops attacked the town of Homs on Monday.</p></body></html>"


@pytest.fixture()
def small_cap(monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(CAP))


def _kinds(items):
    return [type(x).__name__ for x in items]


def test_cap_from_environment(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert max_document_bytes() == 10_000_000
    monkeypatch.setenv(ENV_VAR, "nope")
    with pytest.raises(DyadsError, match=ENV_VAR):
        max_document_bytes()


def test_file_over_the_cap_is_one_failure(tmp_path, small_cap):
    (tmp_path / "big.txt").write_text("Troops attacked the town. " * 200)
    (tmp_path / "ok.txt").write_text("Troops attacked the town.")
    out = list(read_inputs([str(tmp_path / "big.txt"), str(tmp_path / "ok.txt")]))
    assert _kinds(out) == ["Failure", "Document"]
    assert "over the size limit of 2,000 bytes" in out[0].message and ENV_VAR in out[0].message


def test_jsonl_line_over_the_cap_costs_only_that_line(tmp_path, small_cap):
    lines = [json.dumps({"id": "a", "text": "Troops attacked Homs."}),
             json.dumps({"id": "big", "text": "x " * 5000}),
             json.dumps({"id": "c", "text": "Israel struck Gaza."})]
    for name, opener in (("r.jsonl", open), ("r.jsonl.gz", gzip.open)):
        path = tmp_path / name
        with opener(path, "wt", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        out = list(read_records(path))
        assert _kinds(out) == ["Document", "Failure", "Document"], name
        assert out[1].source.endswith(":2") and "over the size limit" in out[1].message
        assert [d.id for d in out if isinstance(d, Document)] == ["a", "c"]


def test_invalid_utf8_costs_one_line_and_names_it(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Troops attacked Homs."}\n'
                     b'{"id": "b", "text": "caf\xe9"}\n'
                     b'{"id": "c", "text": "Israel struck Gaza."}\n')
    out = list(read_records(path))
    assert _kinds(out) == ["Document", "Failure", "Document"]
    assert out[1].source.endswith(":2") and "invalid UTF-8" in out[1].message


def test_truncated_gzip_jsonl_is_a_failure_after_the_good_lines(tmp_path):
    path = tmp_path / "r.jsonl.gz"
    body = "".join(json.dumps({"id": str(i), "text": f"Troops attacked town {i}. " * 20}) + "\n" for i in range(50))
    data = gzip.compress(body.encode())
    path.write_bytes(data[: len(data) // 2])
    out = list(read_records(path))
    assert isinstance(out[-1], Failure) and "cannot read" in out[-1].message
    assert all(isinstance(d, Document) for d in out[:-1]) and out[:-1]


def _warc(path, bodies, gz=True):
    buf = BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i, body in enumerate(bodies):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://news.example/{i}", "response", payload=BytesIO(body),
                                            http_headers=http))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def test_warc_record_over_the_cap(tmp_path, small_cap):
    big = b"<html><body>" + b"<p>Troops attacked the town.</p>" * 200 + b"</body></html>"
    _warc(tmp_path / "a.warc.gz", [PAGE, big, PAGE])
    out = list(read_warc(tmp_path / "a.warc.gz"))
    assert _kinds(out) == ["Document", "Failure", "Document"]
    assert "WARC record is over the size limit" in out[1].message


def test_gzip_bomb_warc_record_stays_bounded(tmp_path, small_cap):
    """A record that inflates far past the cap is refused after reading cap + 1 bytes."""
    bomb = b"<html><body><p>" + b"a" * 5_000_000 + b"</p></body></html>"
    data = _warc(tmp_path / "bomb.warc.gz", [bomb])
    assert len(data) < 50_000
    out = list(read_warc(tmp_path / "bomb.warc.gz"))
    assert _kinds(out) == ["Failure"] and "over the size limit" in out[0].message


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_is_reported(tmp_path, gz):
    body = b"<html><body>" + b"<p>Troops attacked the town.</p>" * 300 + b"</body></html>"
    data = _warc(tmp_path / "full.warc", [body, body], gz=gz)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: len(data) * 3 // 4])
    out = list(read_warc(cut))
    assert _kinds(out) == ["Document", "Failure"]
    assert "truncated" in out[1].message


def test_garbage_warc_is_a_failure(tmp_path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC file at all\n" * 20))
    out = list(read_warc(path))
    assert _kinds(out) == ["Failure"]


def test_argument_longer_than_a_file_name_is_a_failure():
    out = list(read_inputs(["a" * 300]))
    assert _kinds(out) == ["Failure"] and "too long" in out[0].message


def test_html_declaring_utf8_with_a_stray_byte_is_read_and_says_so(tmp_path):
    page = (b'<html><head><meta charset="utf-8"></head><body><p>Troops attacked the caf\xe9 '
            b"in Homs on Monday, witnesses said.</p></body></html>")
    (tmp_path / "p.html").write_bytes(page)
    (tmp_path / "t.txt").write_bytes(b"Troops attacked the caf\xe9 in Homs.")
    out = list(read_inputs([str(tmp_path / "p.html"), str(tmp_path / "t.txt")]))
    assert _kinds(out) == ["Document", "Failure"]
    assert "\ufffd" in out[0].content
    pos = page.index(b"\xe9")
    assert out[0].meta["warnings"] == [f"invalid UTF-8 at byte {pos}: 1 character(s) replaced with U+FFFD"]


def test_html_with_many_bad_bytes_is_still_refused(tmp_path):
    page = b'<html><head><meta charset="utf-8"></head><body><p>' + b"\xe9\xff" * 200 + b"</p></body></html>"
    (tmp_path / "p.html").write_bytes(page)
    out = list(read_inputs([str(tmp_path / "p.html")]))
    assert _kinds(out) == ["Failure"] and "invalid UTF-8" in out[0].message
