"""Property tests (hypothesis): the JSONL record reader answers every line with exactly one
Document or one Failure, and never raises, whatever the bytes."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.errors import DyadsError, Failure
from dyads.ingest import read_records
from dyads.ingest.records import record_to_document
from dyads.model import Document

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(
    max_size=40
)
json_values = st.recursive(
    json_scalars,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=12,
)
KEYS = ["id", "text", "html", "published", "date", "url", "title", "retrieved", "extra"]
records = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=6) | st.fixed_dictionaries(
    {"id": st.text(max_size=20) | st.integers(), "text": st.text(min_size=1, max_size=200)},
    optional={
        "published": st.text(max_size=30),
        "title": st.text(max_size=30),
        "url": st.text(max_size=30),
    },
)


def _damage(raw: bytes, data) -> bytes:
    how = data.draw(st.sampled_from(["none", "byte", "cut", "raw"]))
    if how == "byte" and raw:
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw = raw[:pos] + bytes([data.draw(st.integers(0, 255))]) + raw[pos + 1 :]
    elif how == "cut" and raw:
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "raw":
        raw = data.draw(st.binary(max_size=200))
    return raw.replace(b"\n", b" ")


def _read(lines: list[bytes]) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        return list(read_records(path))


@SETTINGS
@given(st.data())
def test_every_line_gives_one_document_or_one_failure(data):
    recs = data.draw(st.lists(records, min_size=1, max_size=6))
    lines = []
    for rec in recs:
        ascii_ = data.draw(st.booleans())
        lines.append(_damage(json.dumps(rec, ensure_ascii=ascii_).encode("utf-8", "surrogatepass"), data))
    out = _read(lines)
    answered = [i + 1 for i, ln in enumerate(lines) if ln.strip()]
    assert len(out) == len(answered)
    for lineno, item in zip(answered, out, strict=True):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Failure):
            assert item.message.startswith(f"line {lineno}: ")
            assert "Traceback" not in item.message
            assert re.search(rf"(:{lineno}$)|(^record:)", item.source)
        else:
            assert isinstance(item.content, str) and item.content
            assert item.url is None or isinstance(item.url, str)
            assert item.title is None or isinstance(item.title, str)
            assert item.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.published)


@SETTINGS
@given(json_values)
def test_record_to_document_fails_only_with_a_dyads_error(record):
    """Any JSON value: a Document, or a DyadsError with a message (never another exception,
    which the reader would have to catch blind)."""
    try:
        doc = record_to_document(record, "p.jsonl:1")
    except DyadsError as err:
        assert str(err)
    else:
        assert isinstance(doc, Document)


@SETTINGS
@given(records)
def test_record_to_document_on_records_fails_only_with_a_dyads_error(record):
    try:
        doc = record_to_document(record, "p.jsonl:1")
    except DyadsError as err:
        assert str(err)
    else:
        assert isinstance(doc, Document)
        rid = record.get("id")
        if isinstance(rid, (str, int)) and not isinstance(rid, bool) and rid != "":
            assert doc.id == str(rid)  # the kit matches predictions on the record's own id


@pytest.mark.parametrize(
    "line",
    [
        b'{"id": ' + b"9" * 5000 + b', "text": "x"}',  # int beyond Python's str->int limit
        b'{"text": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # deep nesting
        b'{"id": "a", "text": "\\ud800 lone surrogate \\udfff"}',
        b'{"id": "a", "text": "\\ud800"}',
        b'\xef\xbb\xbf{"id": "bom", "text": "x"}',
        b"\xff\xfe{}",
        b'{"id": true, "text": "x"}',
        b'{"id": "a", "text": "x", "published": 1e400}',
    ],
)
def test_hostile_lines_give_one_answer_each(line):
    out = _read([line, b'{"id": "ok", "text": "Troops attacked the town."}'])
    assert len(out) == 2 and isinstance(out[1], Document) and out[1].id == "ok"
    assert isinstance(out[0], (Document, Failure))
