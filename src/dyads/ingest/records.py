"""JSONL records: one ``{"id", "text"|"html", "published"?|"date"?, "url"?, "title"?}`` per line.

This is the interface of the evaluation kit, so the record's own ``id`` is kept as the
Document id (the kit matches predictions on it).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import DyadsError, Failure
from dyads.ingest.documents import document_from_string


def _open_lines(path: str | Path):
    if str(path) == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict")
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="strict")
    return open(path, encoding="utf-8", errors="strict")  # noqa: SIM115


def record_to_document(record: object, source: str, retrieved: str | None = None):
    """Turn one parsed JSON record into a Document (raises DyadsError with a clear message)."""
    if not isinstance(record, dict):
        raise DyadsError(f"expected a JSON object, got {type(record).__name__}")
    if "html" in record and record["html"] is not None:
        content, kind = record["html"], "html"
    elif "text" in record and record["text"] is not None:
        content, kind = record["text"], "text"
    else:
        raise DyadsError('record has neither "text" nor "html"')
    if not isinstance(content, str):
        raise DyadsError('"text"/"html" must be a string')
    rid = record.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        raise DyadsError('"id" must be a string or a number')
    published = record.get("published") or record.get("date")
    doc = document_from_string(
        content,
        published=str(published) if published is not None else None,
        url=record.get("url"),
        source=f"record:{rid}" if rid is not None else source,
        kind=kind,
        retrieved=record.get("retrieved") or retrieved,
        title=record.get("title"),
        doc_id=str(rid) if rid is not None else None,
    )
    extra = {k: v for k, v in record.items() if k not in _KNOWN}
    if extra:
        doc.meta["record"] = extra
    return doc


_KNOWN = {"id", "text", "html", "published", "date", "url", "title", "retrieved"}


def read_records(path: str | Path, retrieved: str | None = None) -> Iterator:
    """Yield a Document per JSONL line, or a Failure naming the line number for a bad line."""
    name = str(path)
    try:
        fh = _open_lines(path)
    except FileNotFoundError:
        yield Failure(name, "no such file")
        return
    except OSError as err:
        yield Failure(name, f"cannot read: {err.strerror or err}")
        return
    with fh:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = fh.readline()
            except UnicodeDecodeError:
                yield Failure(f"{name}:{lineno}", "invalid UTF-8; stopped reading this file")
                return
            except (OSError, EOFError) as err:
                yield Failure(f"{name}:{lineno}", f"cannot read: {err}")
                return
            if not line:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield Failure(f"{name}:{lineno}", f"line {lineno}: invalid JSON ({err.msg})")
                continue
            try:
                yield record_to_document(record, f"{name}:{lineno}", retrieved)
            except DyadsError as err:
                yield Failure(f"{name}:{lineno}", f"line {lineno}: {err}")
