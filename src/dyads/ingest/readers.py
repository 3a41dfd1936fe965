"""The one registry of readers: which function reads a path or URL, by suffix or scheme."""

from __future__ import annotations

from collections.abc import Callable, Iterator

Reader = Callable[..., Iterator]

# suffix (lower case) -> "module:function"; the longest matching suffix wins.
SUFFIX_READERS: dict[str, str] = {
    ".jsonl": "dyads.ingest.records:read_records",
    ".jsonl.gz": "dyads.ingest.records:read_records",
    ".warc": "dyads.ingest.warc:read_warc",
    ".warc.gz": "dyads.ingest.warc:read_warc",
    ".rss": "dyads.ingest.feeds:read_feed",
    ".atom": "dyads.ingest.feeds:read_feed",
    ".xml": "dyads.ingest.feeds:read_feed",
}
SCHEME_READERS: dict[str, str] = {
    "http://": "dyads.ingest.urls:read_url",
    "https://": "dyads.ingest.urls:read_url",
}


def _load(spec: str) -> Reader:
    import importlib

    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


def reader_for(path: str) -> Reader | None:
    """The reader for ``path`` (URL scheme or file suffix), or None for a plain text/HTML file."""
    low = path.lower()
    for scheme, spec in SCHEME_READERS.items():
        if low.startswith(scheme):
            return _load(spec)
    for suffix in sorted(SUFFIX_READERS, key=len, reverse=True):
        if low.endswith(suffix):
            return _load(SUFFIX_READERS[suffix])
    return None
