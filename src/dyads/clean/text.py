"""Already-scraped page text -> Article: our own line-level boilerplate cleaner.

No extractor takes text, so this one works on lines, in four passes:

1. pattern rules (``boilerplate.yaml``): navigation, share bars, newsletter and donation
   appeals, cookie notices, picture credits, age banners, PDF notices, issue lines, bylines;
   bylines, issue numbers and dates are kept as metadata;
2. structure rules: captions repeated around a credit line, repeated short lines,
   "Read More" teasers with the headline lines before them;
3. the article block: the densest run of sentence-like lines (a maximum-sum segment over line
   scores), so menus and footers around the article fall away while sub-heads inside stay;
4. the headline: the heading-like line before the article block becomes ``Article.title``.

Every removed line is recorded as a ``RemovedSpan`` with its reason and 0-based line number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dyads.clean.boilerplate import boilerplate_reason
from dyads.clean.dates import find_date, resolve_age
from dyads.model import Article, Document, RemovedSpan

# Scores of lines for the article-block search. Tuned as a set on extract/aeb dev (tuning part,
# scraped_text): F1 figures in BENCHMARKS.md. Don't tune one value in isolation.
MIN_SENTENCE_WORDS = 6  # a sentence-like line has at least this many words...
SENTENCE_END = tuple(".!?…:;\"”’')]")  # ...and ends like a sentence
MAX_LINE_SCORE = 60  # one very long line cannot outweigh everything else
HEADING_MAX_WORDS = 16  # longest line that can be a (sub)heading or headline
HEADING_PENALTY = 1.0  # a heading-like line inside the block costs this much
SHORT_PENALTY = 3.0  # other short, unpunctuated lines (menus, labels)
REMOVED_PENALTY = 4.0  # a line already removed as boilerplate
DATELINE_MAX_WORDS = 12  # a line this short holding a date is a dateline

_CREDIT_TAIL = re.compile(
    r"\s*\((?:pic|picture|photo|photograph|image|credit|source|foto)s?\s*:[^)]*\)\s*$", re.I
)
_ISSUE = re.compile(r"\b(?:issue|edition)\s+(?:no\.?\s*)?(\d{1,5})\b", re.I)
_BYLINE = re.compile(r"^by\s+(.+?)(?:\s*[,|]\s*.{0,40}|\s+[-–—]\s+.{0,40})?$", re.I)


@dataclass
class _State:
    lines: list[str]
    reasons: list[str | None]
    meta: dict = field(default_factory=dict)


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split()).casefold()


def _words(s: str) -> int:
    return len(s.split())


def is_sentence_like(line: str) -> bool:
    s = line.strip()
    return _words(s) >= MIN_SENTENCE_WORDS and s.endswith(SENTENCE_END)


def is_heading_like(line: str) -> bool:
    s = line.strip()
    return (
        0 < _words(s) <= HEADING_MAX_WORDS
        and not s.endswith((".", ",", ";", ":"))
        and s[:1].isalnum()
    )


def _pattern_pass(st: _State, retrieved: str | None) -> None:
    for i, line in enumerate(st.lines):
        s = line.strip()
        if not s:
            continue
        reason = boilerplate_reason(s)
        if reason is None and _words(s) <= DATELINE_MAX_WORDS and not is_sentence_like(s):
            day = find_date(s)
            if day:
                reason = "dateline"
                st.meta.setdefault("published", (day, "day"))
        if reason is None:
            continue
        st.reasons[i] = reason
        if reason in ("issue", "pdf-notice") or reason == "byline":
            m = _ISSUE.search(s)
            if m:
                st.meta.setdefault("issue", m.group(1))
        if reason == "byline":
            m = _BYLINE.match(s)
            if m:
                st.meta.setdefault("author", m.group(1).strip())
        if reason == "age-banner":
            resolved = resolve_age(s, retrieved)
            if resolved:
                st.meta.setdefault("published", resolved)


def _structure_pass(st: _State) -> None:
    lines, reasons = st.lines, st.reasons
    # Captions: "Caption (Pic: credit)" -> every other line equal to the caption goes too.
    captions = {
        _norm(_CREDIT_TAIL.sub("", s))
        for s, r in zip(lines, reasons, strict=True)
        if r == "picture-credit" and _CREDIT_TAIL.search(s)
    }
    captions.discard("")
    for i, s in enumerate(lines):
        if reasons[i] is None and s.strip() and _norm(s) in captions:
            reasons[i] = "caption"
    # Repeated short lines: the second and later copies of a short line are not body text.
    seen: set[str] = set()
    for i, s in enumerate(lines):
        if not s.strip() or is_sentence_like(s):
            continue
        key = _norm(s)
        if key in seen and reasons[i] is None:
            reasons[i] = "duplicate"
        seen.add(key)
    # Teasers: headline lines right before a "Read more" line.
    for i, r in enumerate(reasons):
        if r != "read-more":
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        while (
            j >= 0
            and lines[j].strip()
            and (is_heading_like(lines[j]) or reasons[j] in ("duplicate", "caption"))
        ):
            reasons[j] = "teaser"
            j -= 1


def _line_score(line: str, reason: str | None) -> float:
    s = line.strip()
    if reason is not None:
        return -REMOVED_PENALTY
    if is_sentence_like(s):
        return float(min(_words(s), MAX_LINE_SCORE))
    if is_heading_like(s):
        return -HEADING_PENALTY
    return -SHORT_PENALTY


def _article_block(st: _State) -> tuple[int, int]:
    """[start, end) line range of the maximum-sum run of line scores (blank lines are neutral)."""
    best, best_range = 0.0, (0, 0)
    run, run_start = 0.0, 0
    for i, s in enumerate(st.lines):
        if not s.strip():
            continue
        score = _line_score(s, st.reasons[i])
        if run <= 0:
            run, run_start = 0.0, i
        run += score
        if run > best:
            best, best_range = run, (run_start, i + 1)
    return best_range


def _take_title(st: _State, start: int, known: str | None) -> str | None:
    if known:
        for i, s in enumerate(st.lines):
            if st.reasons[i] is None and _norm(s) == _norm(known):
                st.reasons[i] = "title"
        return known
    for i in range(start - 1, -1, -1):
        s = st.lines[i]
        if (
            s.strip()
            and st.reasons[i] in (None, "outside-article")
            and is_heading_like(s)
            and _words(s) >= 3
        ):
            st.reasons[i] = "title"
            return s.strip()
    return None


def clean_text(doc: Document) -> Article:
    """Clean scraped page text into an article body with metadata and removed spans."""
    lines = doc.content.split("\n")
    st = _State(lines=lines, reasons=[None] * len(lines))
    _pattern_pass(st, doc.retrieved)
    _structure_pass(st)
    start, end = _article_block(st)
    for i, s in enumerate(lines):
        if s.strip() and st.reasons[i] is None and not (start <= i < end):
            st.reasons[i] = "outside-article"
    title = _take_title(st, start, doc.title)
    body, removed = _assemble(st)
    published, precision = doc.published, "day" if doc.published else None
    if not published and "published" in st.meta:
        published, precision = st.meta["published"]
    return Article(
        doc_id=doc.id,
        text=body,
        title=title,
        author=st.meta.get("author"),
        published=published,
        published_precision=precision,
        url=doc.url,
        source=doc.source,
        issue=st.meta.get("issue"),
        removed=removed,
    )


def _assemble(st: _State) -> tuple[str, list[RemovedSpan]]:
    parts: list[str] = []
    removed: list[RemovedSpan] = []
    prev_kept = -2
    for i, s in enumerate(st.lines):
        if not s.strip():
            continue
        if st.reasons[i] is not None:
            removed.append(RemovedSpan(text=s.strip(), reason=st.reasons[i], line=i))
            continue
        sep = "\n" if prev_kept == i - 1 else "\n\n"
        parts.append((sep if parts else "") + s.strip())
        prev_kept = i
    return "".join(parts), removed
