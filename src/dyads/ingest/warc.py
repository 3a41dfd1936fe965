"""WARC archives (e.g. Common Crawl News): HTTP 200 HTML responses become Documents.

Each Document keeps the WARC record id as its source (so an event traces back to its record),
the target URI as its url and the WARC date as its retrieval date.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import DyadsError, Failure
from dyads.ingest.decode import decode_bytes
from dyads.ingest.documents import document_from_string
from dyads.ingest.limits import max_document_bytes, too_big

# Bytes allowed after the last record (the blank lines that end a record).
TRAILING_SLACK = 4
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def read_warc(path: str | Path, retrieved: str | None = None) -> Iterator:
    """Yield a Document per HTTP 200 HTML response record (Failures for unreadable records).

    ``retrieved`` overrides the WARC date when given.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        yield Failure(name, "no such file")
        return
    except OSError as err:
        yield Failure(name, f"cannot read: {err.strerror or err}")
        return
    with fh:
        magic = fh.read(5)
        fh.seek(0)
        if not (magic.startswith(b"\x1f\x8b") or magic == b"WARC/"):
            yield Failure(name, "not a WARC file (no WARC/ header and not gzip)")
            return
        size = os.fstat(fh.fileno()).st_size
        n_records = end = 0
        try:
            it = ArchiveIterator(fh)
            for record in it:
                n_records += 1
                doc = _record_document(record, name, retrieved)
                if doc is not None:
                    yield doc
                it.read_to_end(record)
                end = it.get_record_offset() + it.get_record_length()
            if n_records == 0:
                yield Failure(name, "no WARC record could be read (not a WARC file, or corrupt)")
            elif size - end > TRAILING_SLACK:
                yield Failure(name, f"truncated or corrupt WARC file: {size - end:,} bytes after the "
                                    f"last readable record (record {n_records + 1} is lost)")
        except ArchiveLoadFailed as err:
            yield Failure(name, f"not a readable WARC file ({str(err).splitlines()[0][:120]})")
        except (OSError, EOFError, ValueError) as err:
            yield Failure(name, f"truncated or corrupt WARC file ({err})")


def _record_document(record, name: str, retrieved: str | None):
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(HTML_TYPES):
        return None
    rec_id = record.rec_headers.get_header("WARC-Record-ID") or name
    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    try:
        cap = max_document_bytes()
        data = record.content_stream().read(cap + 1)
        if len(data) > cap:
            return Failure(f"{name} {rec_id}", too_big("WARC record"))
        if getattr(record.raw_stream, "limit", 0) > 0 and not record.raw_stream.read(1):
            return Failure(f"{name} {rec_id}", "truncated WARC record (the file ends inside it)")
        notes: list[str] = []
        text = decode_bytes(data, html=True, charset=_charset(ctype), notes=notes)
        doc = document_from_string(
            text, url=url, source=rec_id, kind="html", retrieved=retrieved or warc_date
        )
        if notes:
            doc.meta["warnings"] = notes
        return doc
    except DyadsError as err:
        return Failure(f"{name} {rec_id}", str(err))
