"""Page metadata: title, author, publication date, site name, language, URL.

trafilatura's metadata is the base; three checks of ours read what the page shows a reader:

- title: the page's own headline (its first <h1> that is not the site's name, or the <h2>
  that the <title> holds) beats <title>/og:title, which carry site suffixes and SEO rewrites;
- author: the visible byline ("By X and Y", "T. V. Raman") when it holds every name
  trafilatura found, cut before dates, "Published"/"Updated" and the like;
- date: a JSON-LD ``datePublished`` written with a local UTC offset gives the publisher's
  own day, which beats a date converted to UTC.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from dyads.model import Document

# Tuned on extract/meta dev (tuning part; held-out = sorted index % 4 == 3), see BENCHMARKS.md.
TITLE_MIN_CHARS = 3
TITLE_MAX_CHARS = 250
BYLINE_MAX_WORDS = 12

_GENERIC_HOST_LABELS = frozenset(
    ["blogspot", "wordpress", "medium", "substack", "tumblr", "news", "blog", "blogs"]
)
_SEPARATORS = re.compile(r"\s+[|\-–—»:·•]\s+")
_BY = re.compile(
    r"^(?:(?:view all posts|posted|written|words|story|text|reporting)\s+)?by[:\s]+", re.I
)
_BYLINE_CUT = re.compile(
    r"\s*(?:\||\s[-–—]\s|\bpublished\b|\bupdated\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:./]\d|"
    r"\b\d{1,2}\s+\w+\s+\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)",
    re.I,
)
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_BYLINE_XPATH = '//*[@class[contains(., "byline") or contains(., "author")] or @rel="author" or @itemprop[contains(., "author")]]'
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


def _byline_candidates(tree) -> list[str]:
    out = []
    elements = tree.xpath(_BYLINE_XPATH)
    for el in elements[:12]:
        text = _text(el)
        if not text or len(text) > 200:
            continue
        text = _BY.sub("", text)
        text = _GLUE.split(text, maxsplit=1)[0] if _GLUE.search(text) else text
        text = _BYLINE_CUT.split(text, maxsplit=1)[0].strip(" ,;-–—|")
        if text and len(text.split()) <= BYLINE_MAX_WORDS:
            out.append(text)
    return out


def _undotted(s: str) -> str:
    return re.sub(r"[^\w]+", " ", s.casefold()).strip()


# Author candidates a page states as data, in order of trust: JSON-LD (the article's "author"),
# then author meta tags, then rel=author links. They beat visible widgets (a login label, an
# account menu) and trafilatura's guess when that is not a name.
AUTHOR_FROM_STRUCTURED = "fallback"  # "first": structured data before trafilatura; "fallback"
_AUTHOR_META = (
    '//meta[@name="author" or @name="Author" or @property="article:author" or @name="byl" '
    'or @name="parsely-author" or @name="sailthru.author" or @name="dc.creator" '
    'or @name="DC.creator"]/@content'
)
_ARTICLE_TYPES = re.compile(r"article|posting|report|webpage|story", re.I)
# Strings of a page's furniture that are never an author (login and account widgets, menus).
_UI_AUTHOR = re.compile(
    r"^(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up|register|menu|my account|account|"
    r"my profile|profile|subscribe|search|home|follow|share|close|admin|administrator|user|"
    r"guest|anonymous|unknown|none|null|n/a|comments?|more|read more|email|contact|"
    r"(?:log ?in|sign ?in) (?:or|/) (?:register|sign ?up)|welcome)\W*$",
    re.I,
)
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:view all posts|posted|written|words|story|text|reporting|article|photos?)\s+)?"
    r"(?:by|from)\s*:?\s+|^(?:author|authors|reporter|byline|written by|posted by)\s*:\s*",
    re.I,
)
_ROLE = (
    r"(?:(?:senior|chief|staff|contributing|special|political|foreign|deputy|associate|"
    r"managing|executive|news|sports|business|science|health|global|national|local|"
    r"investigative|digital|web)\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist|"
    r"analyst|critic|intern|photographer|staff)s?"
)
_AGENCY = (
    r"(?:the\s+)?(?:associated press|ap|afp|reuters|bloomberg|dpa|upi|xinhua|pa|pa media|"
    r"ians|pti|ani|efe|ansa|cnn|bbc|news agencies|agencies|wire services?)"
)
_AUTHOR_TAIL = re.compile(
    rf"\s*(?:,|\||\s[-–—]\s|\bfor\b|/)\s*(?:{_ROLE}|{_AGENCY})\b.*$"
    rf"|\s*[,|]\s*(?:{_ROLE})\s+(?:at|for|of)\b.*$",
    re.I,
)
_AUTHOR_AGENCY_ONLY = re.compile(rf"^(?:{_AGENCY}|{_ROLE})$", re.I)


def clean_author(s: str | None) -> str | None:
    """A byline or author string cut to the names: "By Ann Lee, Staff Writer | Reuters,
    updated 3 May 2021 10:00" -> "Ann Lee". None for UI strings and for nothing left."""
    if not s:
        return None
    parts = []
    for piece in s.split(";"):
        text = " ".join(piece.split())
        text = _AUTHOR_PREFIX.sub("", text).strip()
        text = _BYLINE_CUT.split(text, maxsplit=1)[0].strip(" ,;-–—|")
        text = _AUTHOR_TAIL.sub("", text).strip(" ,;-–—|")
        if (
            not text
            or _UI_AUTHOR.match(text)
            or "http" in text.lower()
            or "@" in text
            or len(text) > 120
            or not re.search(r"[^\W\d_]", text)
        ):
            continue
        if len(parts) and _AUTHOR_AGENCY_ONLY.match(text):
            continue
        parts.append(text)
    return "; ".join(parts) or None


def _ld_names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return _ld_names(name) if isinstance(name, (str, list)) else []
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v)]
    return []


def _ld_objects(data):
    if isinstance(data, list):
        for d in data:
            yield from _ld_objects(d)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph)


def structured_authors(tree) -> list[str]:
    """Author names the page states as data: JSON-LD article authors (people before
    organisations), author meta tags, rel=author links; each cleaned, UI strings rejected."""
    out: list[str] = []
    for block in tree.xpath('//script[contains(@type, "ld+json")]/text()'):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if "author" not in obj or not _ARTICLE_TYPES.search(kind):
                continue
            authors = obj["author"] if isinstance(obj["author"], list) else [obj["author"]]
            people = [a for a in authors if not (isinstance(a, dict) and
                                                 "organization" in str(a.get("@type", "")).lower())]  # fmt: skip
            names = [clean_author(n) for n in _ld_names(people or authors)]
            names = [n for n in names if n]
            if names:
                out.append("; ".join(dict.fromkeys(names)))
    for content in tree.xpath(_AUTHOR_META):
        name = clean_author(content)
        if name:
            out.append(name)
    for el in tree.xpath('//a[@rel="author"]')[:3]:
        name = clean_author(_text(el))
        if name:
            out.append(name)
    return out


def page_author(tree, base: str | None) -> str | None:
    """The page's author: the visible byline when it holds every name trafilatura found; else
    trafilatura's, cleaned; structured data (JSON-LD, meta tags, rel=author) when trafilatura
    found none or found a UI string ("Log in", "My account")."""
    structured = structured_authors(tree)
    if structured and AUTHOR_FROM_STRUCTURED == "first":
        return structured[0]
    cleaned = clean_author(base)
    if not cleaned:
        return structured[0] if structured else None
    return _visible_byline(tree, base) or cleaned


def _visible_byline(tree, base: str) -> str | None:
    """The byline as shown when it holds every name trafilatura found."""
    names = [_undotted(n) for n in base.split(";") if n.strip()]
    for cand in _byline_candidates(tree):
        flat = _undotted(cand)
        if all(n and n in flat for n in names):
            extra = flat
            for n in names:
                extra = extra.replace(n, " ")
            if (
                all(w in ("and", "for", "the", "with") or w.istitle() for w in extra.split())
                or len(names) > 1
            ):
                return cand
            if _undotted(cand) == " ".join(names):
                return cand
    return None


def page_date(html: str, base: str | None) -> str | None:
    """JSON-LD datePublished with a local offset, as written (the page's own day), else ``base``."""
    m = _LD_DATE.search(html)
    if m and m.group(2).replace(":", "") not in ("+0000", "-0000"):
        return m.group(1)
    return base[:10] if base else None


def page_metadata(tree, result, doc: Document, disabled: frozenset | set = frozenset()) -> PageMeta:
    """Metadata of a page from trafilatura's result and the page, the document's own fields first.
    ``disabled`` names our checks to skip ("meta-title", "meta-author", "meta-date"), for ablation."""
    get = (lambda k: getattr(result, k, None)) if result is not None else (lambda k: None)
    site = get("sitename")
    title = doc.title or (
        get("title")
        if "meta-title" in disabled
        else page_title(tree, get("title"), site, doc.url or get("url"))
    )
    author = doc.meta.get("author") or (
        get("author") if "meta-author" in disabled else page_author(tree, get("author"))
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
