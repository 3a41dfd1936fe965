"""Seeded random inputs (a small, fixed sample; the hypothesis properties are in
tests/properties): the record reader and the text splitter never raise, whatever the bytes."""

from __future__ import annotations

import json
import random

from dyads.errors import Failure
from dyads.ingest import read_records
from dyads.model import Document
from dyads.nlp import split_text

BASE = [
    {"id": "a", "text": "Troops attacked the town.", "published": "2017-07-14", "url": "https://x.example/a",
     "title": "T"},
    {"id": 7, "html": "<p>Police arrested protesters.</p>", "date": "20170714"},
]
NASTY = [None, True, 1e308, -1, [], {}, "", "\x00", "\ud800", "9" * 50, [[[]]], {"a": {"b": 1}}]


def _mutate(rng: random.Random) -> bytes:
    rec = dict(rng.choice(BASE))
    for _ in range(rng.randint(1, 3)):
        key = rng.choice(["id", "text", "html", "published", "date", "url", "title", "retrieved", "extra"])
        rec[key] = rng.choice(NASTY)
    raw = json.dumps(rec).encode()
    if rng.random() < 0.4:  # byte-level damage
        pos = rng.randrange(len(raw))
        raw = raw[:pos] + bytes([rng.randrange(256)]) + raw[pos + 1:]
    if rng.random() < 0.1:
        raw = raw[: rng.randrange(len(raw))]
    return raw.replace(b"\n", b" ")


def test_record_reader_never_raises(tmp_path):
    rng = random.Random(15)
    lines = [_mutate(rng) for _ in range(400)]
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = list(read_records(path))
    assert all(isinstance(x, (Document, Failure)) for x in out)
    assert len(out) == sum(1 for ln in lines if ln.strip())  # one answer per non-blank line
    assert all(isinstance(d.content, str) and isinstance(d.title, (str, type(None))) and
               isinstance(d.url, (str, type(None))) for d in out if isinstance(d, Document))


def test_split_text_is_lossless_and_bounded():
    rng = random.Random(15)
    alphabet = ["a", "b", " ", "\n", "\n\n", ". ", "!", "\u00e9", "\t"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000)))
        size = rng.randint(1, 500)
        parts = split_text(text, size)
        assert "".join(parts) == text
        assert all(len(p) <= size for p in parts)
        assert all(parts[:-1])  # no empty part before the last
