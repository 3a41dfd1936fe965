"""http(s) URLs given on the command line: a page, a text file or a feed.

Fetching happens only for URLs the user names (nothing is downloaded behind their back);
a URL that cannot be fetched is a Failure and the run goes on.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime

from dyads.errors import DyadsError, Failure
from dyads.ingest.decode import decode_bytes
from dyads.ingest.documents import document_from_string
from dyads.ingest.feeds import feed_documents, looks_like_feed
from dyads.ingest.limits import max_document_bytes, too_big
from dyads.ingest.warc import _charset

TIMEOUT_S = 20
USER_AGENT = "dyads/0.1 (+news event coder)"


def read_url(url: str, retrieved: str | None = None) -> Iterator:
    """Fetch one URL and yield its Document(s): a feed gives one per entry."""
    req = urllib.request.Request(str(url), headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:  # noqa: S310 (user-given URL)
            cap = max_document_bytes()
            data = resp.read(cap + 1)
            ctype = (resp.headers.get("Content-Type") or "").lower()
            final_url = resp.geturl()
    except urllib.error.HTTPError as err:
        yield Failure(str(url), f"HTTP {err.code} {err.reason}")
        return
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        yield Failure(str(url), f"cannot fetch: {reason}")
        return
    if len(data) > cap:
        yield Failure(str(url), too_big("page"))
        return
    retrieved = retrieved or datetime.now(tz=UTC).date().isoformat()
    if "xml" in ctype or "rss" in ctype or "atom" in ctype or looks_like_feed(data):
        if looks_like_feed(data):
            yield from feed_documents(data, str(url), retrieved)
            return
    is_html = "html" in ctype
    try:
        text = decode_bytes(data, html=is_html or not ctype, charset=_charset(ctype))
        kind = "html" if is_html else ("text" if ctype.startswith("text/plain") else None)
        yield document_from_string(
            text, url=final_url, source=str(url), kind=kind, retrieved=retrieved
        )
    except DyadsError as err:
        yield Failure(str(url), str(err))
