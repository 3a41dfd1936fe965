"""HTML page -> Article with trafilatura (precision mode, no comments) and its metadata."""

from __future__ import annotations

import trafilatura

from dyads.model import Article, Document


def clean_html(doc: Document) -> Article:
    """Extract the main text and metadata of an HTML page."""
    result = trafilatura.bare_extraction(
        doc.content,
        url=doc.url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    text = (result.text if result is not None else "") or ""
    md = result if result is not None else None
    published = doc.published or (_iso(getattr(md, "date", None)) if md else None)
    return Article(
        doc_id=doc.id,
        text=text,
        title=doc.title or (getattr(md, "title", None) if md else None),
        author=getattr(md, "author", None) if md else None,
        published=published,
        published_precision="day" if published else None,
        url=doc.url or (getattr(md, "url", None) if md else None),
        source=doc.source,
        site=getattr(md, "sitename", None) if md else None,
        language=getattr(md, "language", None) if md else None,
    )


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    return value[:10]
