"""dyads: news text to political event data, offline.

    >>> import dyads
    >>> coded = dyads.code("The Iraqi army retook Mosul from Isis.", published="2017-07-01")
    >>> [(e.plover, [a.code for a in e.source]) for e in coded.events]
"""

from dyads.model import Actor, Article, CodedDocument, Document, Event, Mention, Place

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedDocument",
    "Document",
    "Event",
    "Mention",
    "Place",
    "code",
    "__version__",
]


def code(text_or_html: str, published: str | None = None, url: str | None = None) -> CodedDocument:
    """Code one news text or HTML page: returns the article, its events and places."""
    from dyads.pipeline import code as _code

    return _code(text_or_html, published=published, url=url)
