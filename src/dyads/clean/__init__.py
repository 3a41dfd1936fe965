"""Clean: an ingested Document -> an Article (clean body, metadata, removed spans).

HTML goes through trafilatura (``clean.html``); already-scraped text through our own
line-level cleaner (``clean.text``). Non-English documents are marked with
``Article.meta["skip"] = "non-English (xx)"`` so the pipeline skips them, counted.
"""

from __future__ import annotations

from dyads.clean.html import clean_html
from dyads.clean.language import detect_language, is_english
from dyads.clean.text import clean_text
from dyads.model import Article, Document

__all__ = ["clean", "clean_html", "clean_text", "detect_language"]


def clean(doc: Document) -> Article:
    """Clean one document (HTML or scraped text) into an Article."""
    article = clean_html(doc) if doc.kind == "html" else clean_text(doc)
    if doc.kind != "html" and not article.text.strip() and doc.content.strip():
        # Nothing left means the rules took a short text (a sentence, a snippet) for page
        # furniture: a text with no article block around it is all body.
        article.text = doc.content.strip()
        article.removed = []
        article.title = doc.title
        article.meta["kept_whole"] = "no article block found; the whole text is the body"
    english, lang = is_english(article.text or doc.content)
    article.language = lang or article.language or "en"
    if not english:
        article.meta["skip"] = f"non-English ({lang})"
    return article
