"""HTML page -> Article: trafilatura (precision mode, no comments) with two checks of ours.

Reader comments are left out unless the document asks for them (``doc.meta["comments"]``,
set by ``dyads code --comments``): then trafilatura's comments follow the article text, which
is extracted exactly as without them, and are also kept in ``Article.meta["comments"]``.

1. Lines of trafilatura's output that are news-page boilerplate ("Read more: ...", newsletter
   and share lines) are removed and recorded, as in the scraped-text cleaner.
2. A second look: when trafilatura keeps much less than the page's body-like text (an
   article split over several containers, or a page it misreads), the page is rendered to
   text and the scraped-text cleaner runs on it; its result replaces trafilatura's when it is
   clearly longer.

Metadata (title, author, date, site, language) comes from ``clean.metadata``.
"""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from dyads.clean.authors import AUTHOR_RULES
from dyads.clean.boilerplate import boilerplate_reason
from dyads.clean.metadata import page_metadata
from dyads.clean.render import long_text_words, render_text
from dyads.clean.text import END_MARK, clean_text
from dyads.model import Article, Document, RemovedSpan

# First pass without trafilatura's readability/jusText fallbacks (they run only on the pages
# where the fast pass keeps almost nothing): extract/aeb dev tuning part, F1 0.9746 -> see
# BENCHMARKS.md, pages/s 0.84x -> 1.1x trafilatura. (``fast=True`` in the calls below.)

# Second look, tuned on extract/aeb dev (tuning part): F1 0.957 -> 0.975 (BENCHMARKS.md).
LONG_PIECE_CHARS = 80  # prose of the page: its text pieces of at least this many characters
SECOND_LOOK_SHARE = 0.5  # look again when trafilatura keeps < this share of those words
# Switch only when the text cleaner finds at least twice as much and holds nearly all of
# trafilatura's lines (it found the same article, and more of it). Tune-neutral against 1.5/0.8
# (the two split articles on the tuning part have ratios 2.4 and 2.7, coverage 1.0); set after
# the held-out part showed the looser setting costing precision (see BENCHMARKS.md).
SECOND_LOOK_LONGER = 2.0
SECOND_LOOK_COVER = 0.9
TINY_OUTPUT_WORDS = 50  # output shorter than this: trafilatura missed; try the next mode
# A live blog's entries in sibling containers: the fast pass may keep the first entry only. When
# it keeps less than this share of the page's prose, the fallbacks below run too. (0.25 changed
# one held-out page of extract/aeb dev for the worse, F1 0.976 -> 0.960; at 0.12 no kit page
# changes: BENCHMARKS.md.)
ESCALATION_SHARE = 0.12
# When the output is tiny: precision mode with trafilatura's fallbacks, then balanced mode.
ESCALATION = ((True, False, "trafilatura-fallbacks"), (False, False, "trafilatura-balanced"))


# Our rules on top of trafilatura, by name, so that each can be switched off and its
# contribution measured on pages of sites it was not written for (``dyads eval extract
# --without RULE``; BENCHMARKS.md). "boilerplate:REASON" switches off one reason of
# boilerplate.yaml in the line filter.
HTML_RULES = {
    "boilerplate-lines": "drop boilerplate lines (boilerplate.yaml) from trafilatura's output",
    "escalation": "tiny output: retry with trafilatura's fallbacks, then balanced mode",
    "escalation-share": "output under an eighth of the page's prose (a live blog): escalate as for tiny output",
    "second-look": "trafilatura kept little of the page's prose: the text cleaner on the page",
    "leading-title": "the headline printed as the body's first line goes to the title",
    "end-mark": "lines after a wire story's closing mark, '(END)', are the page around it",
    "meta-title": "title: the page's own headline over <title>/og:title",
    "meta-author": "author: structured metadata and the visible byline over trafilatura's",
    "meta-date": "date: JSON-LD datePublished with a local offset",
    **AUTHOR_RULES,
}
DISABLED_RULES: set[str] = set()  # names of HTML_RULES (or "boilerplate:REASON") switched off
# Site-disjoint ablation (extract/aeb dev, bench/extract_ablation.py, BENCHMARKS.md): the
# boilerplate reasons whose removal from trafilatura's output gains on dev and loses nothing
# on unseen sites. The other reasons change nothing on the kit's pages (trafilatura's choice is
# as good, so it stays) or, for "legal", lose on the tuning sites.
HTML_LINE_REASONS = frozenset(
    ["contact", "dateline", "navigation", "newsletter", "read-more", "related", "share"]
)
# The second look (text cleaner on the rendered page) is off: without it dev F1 0.969 -> 0.974,
# tuning sites 0.963 -> 0.971, unseen sites 0.982 either way.
SECOND_LOOK = False


def _on(rule: str) -> bool:
    return rule not in DISABLED_RULES


def _words(s: str) -> int:
    return len(s.split())


def coverage(text: str, other: str) -> float:
    """Share of the longer lines (5+ words) of ``text`` that ``other`` also holds."""
    lines = [line.strip() for line in text.split("\n") if _words(line) >= 5]
    if not lines:
        return 1.0
    have = {line.strip() for line in other.split("\n")}
    return sum(line in have for line in lines) / len(lines)


def _filter_lines(text: str) -> tuple[str, list[RemovedSpan]]:
    kept: list[str] = []
    removed: list[RemovedSpan] = []
    ended = False
    for line in text.split("\n"):
        if ended and line.strip() and _on("end-mark"):
            removed.append(RemovedSpan(text=line.strip(), reason="after-end-mark"))
            continue
        ended = ended or bool(END_MARK.search(line))  # ("... (END)": a reporter's bio may follow)
        reason = boilerplate_reason(line) if line.strip() and _on("boilerplate-lines") else None
        if reason and reason in HTML_LINE_REASONS and _on(f"boilerplate:{reason}"):
            removed.append(RemovedSpan(text=line.strip(), reason=reason))
        else:
            kept.append(line)
    return "\n".join(kept).strip(), removed


def _drop_leading_title(text: str, title: str | None, removed: list[RemovedSpan]) -> str:
    """The headline printed as the body's first line belongs in Article.title, not the body."""
    if not title or not text:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        removed.insert(0, RemovedSpan(text=first.strip(), reason="title"))
        return rest.lstrip("\n")
    return text


def _too_short(text: str, prose: int) -> bool:
    """Trafilatura's output is tiny, or (a live blog whose entries sit in sibling containers) under
    ``ESCALATION_SHARE`` of the page's ``prose`` words."""
    n = _words(text)
    return n < TINY_OUTPUT_WORDS or (_on("escalation-share") and n < ESCALATION_SHARE * prose)


def _extract(tree, url: str | None, favor_precision: bool, fast: bool, comments: bool = False):
    return trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=favor_precision,
        fast=fast,
        include_comments=comments,
        include_tables=True,
        with_metadata=True,
    )


def clean_html(doc: Document) -> Article:
    """Extract the main text and metadata of an HTML page."""
    tree = load_html(doc.content)
    if tree is None:
        return Article(
            doc_id=doc.id, text="", url=doc.url, source=doc.source, meta={"extractor": "none"}
        )
    want_comments = bool(doc.meta.get("comments"))
    result = _extract(tree, doc.url, favor_precision=True, fast=True)
    text, removed = _filter_lines((result.text if result is not None else "") or "")
    extractor = "trafilatura"
    # the page's prose, counted once for the escalation and the second look that read it
    prose = (long_text_words(tree, LONG_PIECE_CHARS)
             if _on("escalation-share") or (SECOND_LOOK and _on("second-look")) else 0)
    for favor_precision, fast, name in ESCALATION if _on("escalation") else ():
        if not _too_short(text, prose):
            break
        again = _extract(tree, doc.url, favor_precision=favor_precision, fast=fast)
        atext, aremoved = _filter_lines((again.text if again is not None else "") or "")
        if _words(atext) > _words(text):
            result = again if result is None else result
            text, removed, extractor = atext, aremoved, name
    if SECOND_LOOK and _on("second-look") and _words(text) < SECOND_LOOK_SHARE * prose:
        page = render_text(tree)
        alt = clean_text(
            Document(
                id=doc.id, content=page, kind="text", source=doc.source, retrieved=doc.retrieved
            )
        )
        n = _words(text)
        if _words(alt.text) > SECOND_LOOK_LONGER * n and (
            n < TINY_OUTPUT_WORDS or coverage(text, alt.text) >= SECOND_LOOK_COVER
        ):
            text, removed, extractor = alt.text, alt.removed, "text-cleaner"
    md = page_metadata(tree, result, doc, disabled=DISABLED_RULES)
    if _on("leading-title"):
        text = _drop_leading_title(text, md.title, removed)
    meta = {"extractor": extractor}
    if want_comments:
        # A separate pass with trafilatura's comment extraction: the body above is the same
        # whether comments are kept or not, and the comments follow it, marked as such.
        with_comments = _extract(tree, doc.url, favor_precision=True, fast=True,
                                 comments=True)  # fmt: skip
        found = ((with_comments.comments if with_comments is not None else "") or "").strip()
        if found:
            text = f"{text}\n\n{found}".strip()
            meta["comments"] = found
    return Article(
        doc_id=doc.id,
        text=text,
        title=md.title,
        author=md.author,
        published=md.date,
        published_precision="day" if md.date else None,
        url=md.url,
        source=doc.source,
        site=md.site,
        language=md.language,
        removed=removed,
        meta=meta,
    )
