"""Page authors: who wrote the page, as its byline shows it.

trafilatura's author is the base. Our checks, each a general signal (no site's layout):

- structured data first where trafilatura has nothing usable: JSON-LD article authors (people
  before organisations, ``@graph`` included), author meta tags, rel=author links;
- a name that is the publisher (the site's name, ``og:site_name``, the host) is no author,
  unless it is a person's full name (a personal site named after its owner) and no visible
  byline names another person;
- a name found on the page only inside reader comments ("Recent comments" widgets) is no author;
- the visible byline ("By X and Y", "Posted by X", "Written by: X") as shown, cut before
  dates, roles and agencies; its dotted initials ("T. V. Raman") beat a copy without dots;
- a personal page's copyright holder ("(c) 2012 Jane Doe") when nothing else names anyone.

Word lists (organisation words) live in ``data/clean/authors.yaml``.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from urllib.parse import urlparse

from dyads.data import read_yaml

BYLINE_MAX_WORDS = 12
TEXT_BYLINE_MAX_CHARS = 120  # an element whose text starts "By ..." and is longer is prose
PUBLISHER_SIMILARITY = 0.85  # difflib ratio of letters-only strings ("Jobs & Hire" ~ jobsnhire)

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


def _byline_candidates(tree) -> list[str]:
    out = []
    elements = tree.xpath(_BYLINE_XPATH)
    for el in elements[:12]:
        if _in_comments(el):
            continue
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


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _spaced_text(el) -> str:
    """An element's text with a space between its children's texts ("By" + "Ann Lee")."""
    return " ".join(" ".join(el.itertext()).split())


def _flat(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.casefold())


@cache
def _words() -> dict[str, frozenset[str]]:
    data = read_yaml("clean/authors.yaml")
    return {k: frozenset(w.casefold() for w in v) for k, v in data.items()}


_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def publisher_names(tree, site: str | None, url: str | None, stated: bool = False) -> list[str]:
    """Names of the page's publisher: trafilatura's site name, og:site_name, the
    application-name meta tag, and the host's own labels ("jobsnhire"). ``stated``: only names
    the page states that are not a domain (a personal site's host is its owner's name)."""
    names = [site or ""]
    names += tree.xpath('//meta[@property="og:site_name"]/@content')
    names += tree.xpath('//meta[@name="application-name"]/@content')
    if stated:
        names = [n for n in names if not _DOMAIN.fullmatch(n.strip())]
        url = None
    host = urlparse(url or "").hostname or ""
    labels = [x for x in host.lower().split(".") if x]
    names += [x for x in labels[:-1] if len(x) >= 4 and x not in ("www", "blog", "news")]
    return [n for n in dict.fromkeys(_flat(n) for n in names) if n]


def is_publisher(author: str, publishers: list[str]) -> bool:
    """Whether an author string names the publisher (the whole string, "; " parts joined)."""
    flat = _flat(author)
    if not flat:
        return False
    return any(
        flat == p or difflib.SequenceMatcher(None, flat, p).ratio() >= PUBLISHER_SIMILARITY
        for p in publishers
    )


_NAV_TOKENS = frozenset(["nav", "navbar", "navigation", "menu", "submenu", "megamenu"])


def _marks(el) -> str:
    """Class and id of an element below <body> (the body's classes describe the whole page)."""
    if el.tag in ("body", "html"):
        return ""
    return f"{el.get('class') or ''} {el.get('id') or ''}".casefold()


_COMMENT_MARK = re.compile(r"comment(?!ary)|disqus")  # "commentary" is an article section


def _in_comments(el) -> bool:
    """Inside a reader comment area: an ancestor whose class or id holds "comment" (not
    "commentary") or "disqus"."""
    return any(_COMMENT_MARK.search(_marks(anc)) for anc in el.iterancestors())


def _in_navigation(el) -> bool:
    """Inside a <nav> or an ancestor whose class or id has a "nav"/"menu" word."""
    return any(
        anc.tag == "nav" or not _NAV_TOKENS.isdisjoint(re.split(r"[\s_-]+", _marks(anc)))
        for anc in el.iterancestors()
    )


def only_in_comments(tree, author: str) -> bool:
    """True when every place the page shows the first listed name of ``author`` is inside a
    reader comment area (``_in_comments``): a commenter, not the writer."""
    name = author.split(";")[0].strip().casefold()
    if len(name) < 3:
        return False
    hits = [
        node.getparent()
        for node in tree.xpath("//body//text()")
        if name in " ".join(str(node).split()).casefold()
    ]
    hits = [h for h in hits if h is not None]
    return bool(hits) and all(_in_comments(h) for h in hits)


_TEXT_BYLINE = re.compile(
    r"^(?:(posted|written|words|story|text|reporting|report|published)\s+)?by\s*:?\s+(.+)$",
    re.I,
)
_BYLINE_START = re.compile(
    r"(?:posted|written|words|story|text|reporting|report|published|by)\b", re.I
)
_DOMAIN_IN = re.compile(r"[\w-]{2,}\.[a-z]{2,}\b", re.I)  # "SITE.COM", not "J.R."
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|(?:[A-Z]\.){1,3})$")


def person_like(name: str) -> bool:
    """A person's name or a list of them: each part 1-5 words, capitalised or a name particle
    ("de", "van"), none an organisation word; no digits."""
    words = _words()
    parts = [p for p in _NAME_SPLIT.split(name) if p]
    if not parts or re.search(r"\d", name) or _DOMAIN_IN.search(name):
        return False
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return False
        caps = 0
        for tok in tokens:
            low = tok.casefold().strip(".")
            if low in words["organisation"] or low in words["not_names"]:
                return False
            if _NAME_TOKEN.match(tok):
                caps += 1
            elif low not in words["particles"]:
                return False
        if not caps:
            return False
    return True


_BYLINE_END = re.compile(r"\s[@·•]\s|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _cut_byline(text: str) -> str:
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    return _BYLINE_CUT.split(text, maxsplit=1)[0].strip(" ,;:-–—|")


def text_byline(tree) -> str | None:
    """The first visible "By X" / "Posted by X" / "Written by: X" line outside reader comments
    whose X looks like a person's name, cut before dates and roles."""
    for el in tree.iter("p", "span", "div", "em", "small", "address", "li", "strong", "b"):
        first = next((t for t in el.itertext() if t.strip()), "")
        if not _BYLINE_START.match(first.lstrip()):
            continue  # cheap test first: most elements do not start with a "by" word
        text = _spaced_text(el)
        if not text or len(text) > TEXT_BYLINE_MAX_CHARS:
            continue
        m = _TEXT_BYLINE.match(text)
        if not m or _in_comments(el) or _in_navigation(el):
            continue
        name = clean_author(_cut_byline(m.group(2)))
        # a bare "By X" of one word is mostly a label ("By Category"); one word needs a verb
        if name and person_like(name) and (len(name.split()) > 1 or m.group(1)):
            return name
    return None


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?)?\s*,?\s*"
    r"((?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3})\s*(?:[.,|]|$|all rights)",
    re.I,
)


def copyright_person(tree, publishers: list[str]) -> str | None:
    """A copyright holder that is a person ("Copyright (c) 2012- Jane Doe."), not the
    publisher's stated name nor an organisation: a personal page's author. ``publishers`` are
    the stated names only: a personal site's host is its owner's name ("janedoe.net")."""
    for node in tree.xpath("//body//text()"):
        m = _COPYRIGHT.search(" ".join(str(node).split()))
        if not m:
            continue
        name = m.group(1).strip()
        if not all(t[0].isupper() for t in name.split()):
            continue
        if person_like(name) and not is_publisher(name, publishers):
            return name
    return None


def _dotted_form(name: str, candidates: list[str]) -> str | None:
    """The candidate that is ``name`` with its punctuation kept ("J. R. Smith" for "J R Smith")."""
    for cand in candidates:
        if cand != name and _undotted(cand) == _undotted(name):
            return cand
    return None


def page_author(
    tree,
    base: str | None,
    site: str | None = None,
    url: str | None = None,
    disabled: frozenset[str] | set[str] = frozenset(),
) -> str | None:
    """The page's author. trafilatura's (``base``), cleaned, unless it is a UI string, the
    publisher, or a reader comment's author; then shown as the visible byline has it (when that
    holds every name) or with the dots the page's structured data keeps. Without it: structured
    data (JSON-LD, meta tags, rel=author) that is not the publisher, the visible "By X" line,
    a personal page's copyright holder. ``disabled`` names signals (``AUTHOR_RULES``) to skip."""
    structured = structured_authors(tree)
    if structured and AUTHOR_FROM_STRUCTURED == "first":
        return structured[0]
    publishers = [] if "author-publisher" in disabled else publisher_names(tree, site, url)
    comments = "author-comments" not in disabled
    bylines: list[str | None] = []

    def byline() -> str | None:
        if "author-byline-text" in disabled:
            return None
        if not bylines:
            bylines.append(text_byline(tree))
        return bylines[0]

    def checked(name: str) -> str | None:
        """``name``; None for a commenter or the publisher; for a publisher's name that may be
        a person's (a personal site is named after its owner), the visible byline's other
        person when there is one, else ``name``."""
        if comments and only_in_comments(tree, name):
            return None
        if not is_publisher(name, publishers):
            return name
        if not _full_name(name):
            return None
        other = byline()
        return other if other and not is_publisher(other, publishers) else name

    cleaned = clean_author(base)
    if cleaned and (kept := checked(cleaned)) != cleaned:
        return kept if kept else _fallback(tree, structured, checked, byline, site, url, disabled)
    if cleaned:
        dotted = None if "author-dotted" in disabled else _dotted_form(cleaned, structured)
        return _visible_byline(tree, base) or dotted or cleaned
    return _fallback(tree, structured, checked, byline, site, url, disabled)


def _full_name(name: str) -> bool:
    """A person's full name: person-like, two words or more, no domain ("Ravi Menon", not
    "KentNews" or "SITE.COM")."""
    return person_like(name) and len(name.split()) >= 2


def _fallback(tree, structured, checked, byline, site, url, disabled) -> str | None:
    """Without trafilatura's name: structured data, the visible byline, the copyright holder."""
    for cand in structured:
        if found := checked(cand):
            return found
    if (found := byline()) and checked(found):
        return found
    if "author-copyright" in disabled:
        return None
    return copyright_person(tree, publisher_names(tree, site, url, stated=True))


# Signals of page_author that ``dyads eval extract --without`` can switch off (ablation).
AUTHOR_RULES = {
    "author-publisher": "author: a name that is the publisher (site name, og:site_name, host) is no author",
    "author-comments": "author: a name shown only inside reader comments is no author",
    "author-byline-text": 'author: the visible "By X" / "Posted by X" line when nothing else names one',
    "author-dotted": "author: trafilatura's name with the dots structured data keeps",
    "author-copyright": "author: a personal page's copyright holder when nothing else names one",
}
