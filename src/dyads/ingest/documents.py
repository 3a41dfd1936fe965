"""Build a ``Document`` from a string of text or HTML."""

from __future__ import annotations

import re

from dyads.dates import normalise_date
from dyads.errors import InputError
from dyads.model import Document, content_hash

# A string is HTML when it opens with a doctype/html/head/body tag, or when block-level tags
# are common in it (a fragment such as "<p>..</p><p>..</p>").
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|article|section|br|h[1-6]|li|ul|table|span|a|meta|title)\b[^>]*>", re.I
)
MIN_BLOCK_TAGS = 2  # a fragment needs at least this many block tags to count as HTML


def looks_like_html(content: str) -> bool:
    """True when ``content`` is an HTML page or an HTML fragment rather than plain text."""
    if _HTML_START.match(content[:2000]):
        return True
    return len(_BLOCK_TAG.findall(content[:20000])) >= MIN_BLOCK_TAGS


def document_from_string(
    text_or_html: str,
    published: str | None = None,
    url: str | None = None,
    source: str = "api",
    *,
    kind: str | None = None,
    retrieved: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """Wrap a string of news text or HTML as a ``Document``.

    The id is the content hash unless ``doc_id`` is given (records keep their own ids);
    ``published``/``retrieved`` are normalised to ``YYYY-MM-DD``. Raises InputError on empty input.
    """
    if text_or_html is None or not str(text_or_html).strip():
        raise InputError("empty input: no text or HTML to read")
    content = str(text_or_html).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in content:
        raise InputError("binary input: contains NUL bytes, not text or HTML")
    if kind is None:
        kind = "html" if looks_like_html(content) else "text"
    elif kind not in ("text", "html"):
        raise InputError(f"unknown document kind {kind!r} (expected 'text' or 'html')")
    return Document(
        id=doc_id or content_hash(content),
        content=content,
        kind=kind,
        source=source,
        url=url,
        title=title,
        published=normalise_date(published),
        retrieved=normalise_date(retrieved),
    )
