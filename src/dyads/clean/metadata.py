"""Page metadata: title, author, publication date, site name, language, URL.

trafilatura's metadata is the base; three checks of ours read what the page shows a reader:

- title: the page's own headline (its first <h1> that is not the site's name, or the <h2>
  that the <title> holds) beats <title>/og:title, which carry site suffixes and SEO rewrites;
- author: ``dyads.clean.authors`` (structured data, the visible byline, publisher and
  reader-comment names rejected);
- date: a JSON-LD ``datePublished`` written with a local UTC offset gives the publisher's
  own day, which beats a date converted to UTC.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from dyads.clean.authors import clean_author, page_author  # noqa: F401  (re-exported)
from dyads.model import Document

# Tuned on extract/meta dev (tuning part; held-out = sorted index % 4 == 3), see BENCHMARKS.md.
TITLE_MIN_CHARS = 3
TITLE_MAX_CHARS = 250

_GENERIC_HOST_LABELS = frozenset(
    ["blogspot", "wordpress", "medium", "substack", "tumblr", "news", "blog", "blogs"]
)
_SEPARATORS = re.compile(r"\s+[|\-–—»:·•]\s+")
# datePublished with a local UTC offset (not Z/+00:00): its date is the publisher's own day.
_LD_DATE = re.compile(
    r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2})"'
)


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _site_like(text: str, site: str | None, host: str) -> bool:
    """True when a heading is the site's name (logo headings), not the article's headline."""
    flat = re.sub(r"[^a-z0-9]", "", text.casefold())
    if not flat:
        return True
    if site and flat == re.sub(r"[^a-z0-9]", "", site.casefold()):
        return True
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in host.split(".")[:-1]]
    return any(
        len(core) >= 4
        and core not in _GENERIC_HOST_LABELS
        and (flat.startswith(core) or core.startswith(flat))
        for core in labels
    )


def page_title(tree, base: str | None, site: str | None, url: str | None) -> str | None:
    """The article's headline as the page shows it, or ``base`` (trafilatura's title)."""
    host = urlparse(url or "").netloc.lower().removeprefix("www.")
    title_el = tree.find(".//title")
    doc_title = _text(title_el) if title_el is not None else (base or "")
    og = tree.xpath('//meta[@property="og:title"]/@content')
    segments = {_norm(x) for x in _SEPARATORS.split(doc_title)} | {_norm(x) for x in og[:1]}
    for h1 in tree.iter("h1"):
        text = _text(h1)
        if not (TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS) or _site_like(text, site, host):
            continue
        if _norm(text) not in segments:  # a headline spread over parts: "KickerHeadline"
            parts = [_text(p) for p in h1.iterdescendants() if _norm(_text(p)) in segments]
            parts = [p for p in parts if len(p) >= TITLE_MIN_CHARS * 3]
            if parts:
                return max(parts, key=len)
        return text
    held = _norm(doc_title)
    for h2 in tree.iter("h2"):
        text = _text(h2)
        if TITLE_MIN_CHARS * 3 <= len(text) <= TITLE_MAX_CHARS and _norm(text) in held:
            return text
    return base


def page_date(html: str, base: str | None) -> str | None:
    """JSON-LD datePublished with a local offset, as written (the page's own day), else ``base``."""
    m = _LD_DATE.search(html)
    if m and m.group(2).replace(":", "") not in ("+0000", "-0000"):
        return m.group(1)
    return base[:10] if base else None


def page_metadata(tree, result, doc: Document, disabled: frozenset | set = frozenset()) -> PageMeta:
    """Metadata of a page from trafilatura's result and the page, the document's own fields first.
    ``disabled`` names our checks to skip ("meta-title", "meta-author", "meta-date", and the
    author signals of ``authors.AUTHOR_RULES``), for ablation."""
    get = (lambda k: getattr(result, k, None)) if result is not None else (lambda k: None)
    site = get("sitename")
    title = doc.title or (
        get("title")
        if "meta-title" in disabled
        else page_title(tree, get("title"), site, doc.url or get("url"))
    )
    author = doc.meta.get("author") or (
        get("author")
        if "meta-author" in disabled
        else page_author(tree, get("author"), site, doc.url or get("url"), disabled)
    )
    date = doc.published or (
        (get("date") or "")[:10] or None
        if "meta-date" in disabled
        else page_date(doc.content, get("date"))
    )
    return PageMeta(
        title=title,
        author=author,
        date=date[:10] if date else None,
        site=site,
        language=get("language"),
        url=doc.url or get("url"),
    )


def json_ld_blocks(html: str) -> list[dict]:
    """Parsed JSON-LD objects of a page (unparseable blocks skipped)."""
    out = []
    for block in re.findall(
        r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, re.S | re.I
    ):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        out.extend(data if isinstance(data, list) else [data])
    return [d for d in out if isinstance(d, dict)]
