"""HTML fragments (feed entries) to plain text with one paragraph per block element."""

from __future__ import annotations

import re

import lxml.html

BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
}
DROP_TAGS = ("script", "style", "noscript", "template")


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment, paragraphs separated by blank lines."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for el in root.iter(*DROP_TAGS):
        el.drop_tree()
    for el in root.iter():
        if el.tag in BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n\n" + (el.text or "")
    text = root.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
