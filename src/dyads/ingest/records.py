"""JSONL records: one ``{"id", "text"|"html", "published"?|"date"?, "url"?, "title"?}`` per line.

This is the interface of the evaluation kit, so the record's own ``id`` is kept as the
Document id (the kit matches predictions on it).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import DyadsError, Failure, describe
from dyads.ingest.documents import document_from_string
from dyads.ingest.limits import max_document_bytes, too_big


def _open_lines(path: str | Path):
    """A binary stream of the file's lines (each line is decoded alone: one bad byte costs one
    line, and the line's length is capped before it is decoded)."""
    if str(path) == "-":
        return _Unclosed(sys.stdin.buffer)
    if str(path).endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")  # noqa: SIM115


class _Unclosed:
    """Standard input's binary stream, left open when the reader is done with it."""

    def __init__(self, fh):
        self.readline = fh.readline

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _skip_rest_of_line(fh) -> None:
    """Read on to the end of an over-long line, in bounded chunks."""
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


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
    if rid is not None and (not isinstance(rid, (str, int)) or isinstance(rid, bool)):
        raise DyadsError('"id" must be a string or a number')
    if isinstance(rid, str) and len(rid) > MAX_ID_CHARS:
        raise DyadsError(f'"id" is longer than {MAX_ID_CHARS} characters')
    for key in ("title", "url", "retrieved"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise DyadsError(f'"{key}" must be a string, got {_json_type(record[key])}')
    for key in ("text", "html", "title", "url", "id"):
        value = record.get(key)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                raise DyadsError(f'"{key}" holds an unpaired surrogate (\\u{ord(value[err.start]):04x}), '
                                 "not valid Unicode text") from None
    published = record.get("published") or record.get("date")
    if published is not None and (not isinstance(published, (str, int)) or isinstance(published, bool)):
        raise DyadsError(f'"published"/"date" must be a string, got {_json_type(published)}')
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
MAX_ID_CHARS = 1000  # a record id longer than this is refused (ids travel in every output line)


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _loads(line: str) -> object:
    """json.loads with every way it can fail turned into one DyadsError line."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise DyadsError(f"invalid JSON ({err.msg})") from None
    except RecursionError:
        raise DyadsError("invalid JSON (nested too deeply)") from None
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        raise DyadsError(f"invalid JSON ({str(err).split(';')[0]})") from None


def read_records(path: str | Path, retrieved: str | None = None, start: int = 0,
                 end: int | None = None) -> Iterator:
    """Yield a Document per JSONL line, or a Failure naming the line number for a bad line.

    ``start``/``end``: only the lines that begin in bytes [start, end) of a plain (not gzipped)
    file, a shard of it; their labels are ``PATH@START:N``, N counted from the range's first line.
    """
    ranged = bool(start) or end is not None
    name = f"{path}@{start}" if ranged else str(path)
    try:
        fh = _open_lines(path)
        if start:
            fh.seek(start)
    except FileNotFoundError:
        yield Failure(name, "no such file")
        return
    except OSError as err:
        yield Failure(name, f"cannot read: {err.strerror or err}")
        return
    cap = max_document_bytes()
    with fh:
        lineno = 0
        while True:
            lineno += 1
            try:
                if end is not None and fh.tell() >= end:
                    break
                raw = fh.readline(cap + 1)
                if len(raw) > cap and not raw.endswith(b"\n"):
                    _skip_rest_of_line(fh)
                    yield Failure(f"{name}:{lineno}", f"line {lineno}: {too_big('line')}")
                    continue
            except (OSError, EOFError, zlib.error) as err:
                yield Failure(f"{name}:{lineno}", f"cannot read (truncated or corrupt file?): {err}")
                return
            if not raw:
                break
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Failure(f"{name}:{lineno}", f"line {lineno}: invalid UTF-8 at byte {err.start} of the line")
                continue
            if lineno == 1 and line.startswith("\ufeff"):
                line = line[1:]
            try:
                record = _loads(line)
                doc = record_to_document(record, f"{name}:{lineno}", retrieved)
            except DyadsError as err:
                yield _record_failure(name, lineno, line, str(err))
                continue
            except Exception as err:  # noqa: BLE001 - one bad record never stops the file
                yield _record_failure(name, lineno, line, describe(err))
                continue
            yield doc



_ID_AT_START = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,1000})"|(-?\d{1,1000})\b)')


def _record_failure(name: str, lineno: int, line: str, message: str) -> Failure:
    """The Failure of a bad line: ``record:<id>`` when its id can be read (so that its output line
    carries it), else ``file:line``."""
    rid = None
    m = _ID_AT_START.search(line[:100_000])
    if m and m.group(2) is not None:
        rid = m.group(2)
    elif m:
        try:
            rid = json.loads('"' + m.group(1) + '"')
        except ValueError:
            rid = None
    if rid is not None:
        rid = rid.encode("utf-8", "backslashreplace").decode("utf-8")  # unpaired surrogates
    source = f"record:{rid}" if rid is not None else f"{name}:{lineno}"
    return Failure(source, f"line {lineno}: {message}", doc_id=rid)
