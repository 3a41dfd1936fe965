"""Read files, directories (recursive, include/exclude globs) and stdin into Documents.

Readers are plain generators: they yield a ``Document`` per input, or a ``Failure`` for an
input that cannot be read, and go on with the others. Which reader handles a path is decided
by ``readers.reader_for`` (one registry, by suffix or URL scheme).
"""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from dyads.errors import DyadsError, Failure, InputError
from dyads.ingest.decode import decode_bytes
from dyads.ingest.documents import document_from_string
from dyads.ingest.limits import max_document_bytes, path_kind, read_capped, too_big

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# Files a directory walk picks up when no --include is given (explicit file paths are always read).
DIRECTORY_SUFFIXES = HTML_SUFFIXES + (
    ".txt", ".text", ".md", ".jsonl", ".warc", ".warc.gz", ".rss", ".atom", ".xml",
)  # fmt: skip
_GLOB_CHARS = set("*?[")


def _mtime_date(path: Path) -> str | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date().isoformat()
    except OSError:
        return None


def read_file(path: str | Path, retrieved: str | None = None) -> Iterator:
    """Read one .html/.htm/.txt (or other text) file as a single Document."""
    p = Path(path)
    try:
        data = read_capped(p)
    except InputError as err:
        yield Failure(str(path), str(err))
        return
    except FileNotFoundError:
        yield Failure(str(path), "no such file")
        return
    except IsADirectoryError:
        yield Failure(str(path), "is a directory")
        return
    except OSError as err:
        yield Failure(str(path), f"cannot read: {err.strerror or err}")
        return
    yield from _document_from_bytes(data, str(path), p.name.lower(), retrieved or _mtime_date(p))


def read_stdin(retrieved: str | None = None) -> Iterator:
    """Read standard input as one Document (source "stdin")."""
    cap = max_document_bytes()
    data = sys.stdin.buffer.read(cap + 1)
    if len(data) > cap:
        yield Failure("stdin", too_big("standard input"))
        return
    today = datetime.now(tz=UTC).date().isoformat()
    yield from _document_from_bytes(data, "stdin", "", retrieved or today)


def _document_from_bytes(data: bytes, source: str, name: str, retrieved: str | None) -> Iterator:
    is_html = name.endswith(HTML_SUFFIXES)
    try:
        notes: list[str] = []
        text = decode_bytes(data, html=is_html or name == "", notes=notes)
        kind = "html" if is_html else None  # .txt and others: sniffed
        if name.endswith((".txt", ".text", ".md")):
            kind = "text"
        doc = document_from_string(text, source=source, kind=kind, retrieved=retrieved)
        if notes:
            doc.meta["warnings"] = notes
        yield doc
    except DyadsError as err:
        yield Failure(source, str(err))


def _matches(rel: str, patterns: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def walk_directory(
    root: str | Path, include: list[str] | None = None, exclude: list[str] | None = None
) -> Iterator[Path]:
    """Files under ``root`` in sorted order, skipping hidden entries, filtered by globs."""
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue
            full = Path(dirpath) / fname
            rel = full.relative_to(root).as_posix()
            if include:
                if not _matches(rel, include):
                    continue
            elif not fname.lower().endswith(DIRECTORY_SUFFIXES):
                continue
            if exclude and _matches(rel, exclude):
                continue
            yield full


def read_inputs(
    paths: list[str],
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    retrieved: str | None = None,
) -> Iterator:
    """Yield a Document or Failure for every input under ``paths``.

    ``paths`` may hold files, directories (walked recursively), glob patterns, ``-`` for stdin,
    and http(s) URLs. ``.jsonl`` files are read as records, ``.warc``/``.warc.gz`` as WARC
    archives, ``.rss``/``.atom`` (and XML feeds) as feeds. ``retrieved`` (YYYY-MM-DD) overrides
    the retrieval date otherwise taken from the file's mtime (or the WARC date).
    """
    from dyads.dates import normalise_date
    from dyads.ingest.readers import reader_for

    try:
        retrieved = normalise_date(retrieved)
    except DyadsError as err:
        yield Failure("--retrieved", str(err))
        return
    for raw in paths:
        if raw == "-":
            yield from read_stdin(retrieved)
            continue
        reader = reader_for(raw)
        if reader is not None and "://" in raw:
            yield from reader(raw, retrieved=retrieved)
            continue
        p = Path(raw)
        kind = path_kind(raw)
        if kind == "dir":
            for f in walk_directory(p, include, exclude):
                yield from _read_path(f, retrieved)
        elif kind is not None:
            yield from _read_path(p, retrieved)
        elif len(os.fsencode(os.path.basename(raw))) > 255 or len(os.fsencode(raw)) > 4095:
            yield Failure(raw[:60] + "...", "name too long for a file (over 255 bytes): not a path")
        elif _GLOB_CHARS & set(raw):
            hits = sorted(glob.glob(raw, recursive=True))
            if not hits:
                yield Failure(raw, "no file matches this pattern")
            for hit in hits:
                hp = Path(hit)
                if hp.is_file() and not (exclude and _matches(hp.as_posix(), exclude)):
                    yield from _read_path(hp, retrieved)
        else:
            yield Failure(raw, "no such file or directory")


def _read_path(path: Path, retrieved: str | None) -> Iterator:
    from dyads.ingest.readers import reader_for

    reader = reader_for(str(path)) or read_file
    yield from reader(path, retrieved=retrieved)
