"""RSS and Atom feeds (files or fetched bytes): one Document per entry, via feedparser.

Entry content is usually an HTML fragment, too short for a page extractor, so it is turned
into plain text here (paragraphs kept) and the entry's title, link and date go with it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import DyadsError, Failure
from dyads.ingest.documents import document_from_string
from dyads.ingest.fragments import fragment_text
from dyads.ingest.limits import read_capped

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    """True when bytes start like an RSS/Atom/RDF document."""
    head = data[:2048].lower()
    return any(m in head for m in FEED_MARKERS)


def read_feed(path: str | Path, retrieved: str | None = None) -> Iterator:
    """Read a feed file (.rss/.atom/.xml). A .xml file that is not a feed is read as a page."""
    name = str(path)
    try:
        data = read_capped(path, "feed file")
    except DyadsError as err:
        yield Failure(name, str(err))
        return
    except FileNotFoundError:
        yield Failure(name, "no such file")
        return
    except OSError as err:
        yield Failure(name, f"cannot read: {err.strerror or err}")
        return
    if not looks_like_feed(data):
        if name.lower().endswith(".xml"):
            from dyads.ingest.files import read_file

            yield from read_file(path, retrieved=retrieved)
        else:
            yield Failure(name, "not an RSS or Atom feed")
        return
    yield from feed_documents(data, name, retrieved)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        st = entry.get(key)
        if st:
            return time.strftime("%Y-%m-%d", st)
    return None


def feed_documents(data: bytes, name: str, retrieved: str | None = None) -> Iterator:
    """Documents for the entries of a feed given as bytes (``name`` is the file or URL)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield Failure(name, f"feed has no readable entries ({reason.splitlines()[0][:120]})")
        return
    for n, entry in enumerate(parsed.entries):
        ref = entry.get("id") or entry.get("link") or f"entry {n + 1}"
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = fragment_text(html) if html else ""
        try:
            doc = document_from_string(
                text,
                published=_entry_date(entry),
                url=entry.get("link"),
                source=f"{name}#{ref}",
                kind="text",
                retrieved=retrieved,
                title=entry.get("title"),
            )
        except DyadsError as err:
            yield Failure(f"{name}#{ref}", str(err))
            continue
        author = entry.get("author")
        if author:
            doc.meta["author"] = author
        yield doc
