"""An HTML tree as the plain text a naive scraper would save: one line per block element.

Used to give the scraped-text cleaner a second look at an HTML page when the HTML
extractor's output looks too short for the page.
"""

from __future__ import annotations

import re

DROP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "head"])
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)*")


def long_text_words(tree, min_chars: int) -> int:
    """Words in the body's text pieces of at least ``min_chars`` characters (scripts and styles
    left out): a cheap measure of how much running prose a page holds."""
    body = _body(tree)
    _strip(body)
    return sum(len(t.split()) for t in body.itertext() if len(t) >= min_chars)


def _body(tree):
    body = tree.find(".//body") if tree.tag != "body" else tree
    return tree if body is None else body


def _strip(body) -> None:
    from lxml import etree

    etree.strip_elements(
        body, *DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )


def _in_pre(el) -> bool:
    while el is not None:
        if el.tag == "pre":
            return True
        el = el.getparent()
    return False


def render_text(tree) -> str:
    """Visible text of the page body with a line break at each block element.

    The tree is changed in place (scripts dropped, line breaks added): pass a tree nobody
    needs afterwards, or a copy.
    """
    body = _body(tree)
    _strip(body)
    for el in body.iter():  # a browser shows source line breaks as spaces (except in <pre>)
        if el.tag != "pre" and el.text and "\n" in el.text and not _in_pre(el):
            el.text = el.text.replace("\n", " ")
        if el.tail and "\n" in el.tail and not _in_pre(el.getparent()):
            el.tail = el.tail.replace("\n", " ")
    for el in body.iter(*BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    text = "".join(body.itertext())
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
