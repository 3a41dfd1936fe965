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
from dyads.clean.lines import ends_like_sentence, line_kind, words
from dyads.model import Article, Document, RemovedSpan

# Scores of lines for the article-block search. Tuned as a set on extract/aeb dev (tuning part,
# scraped_text): F1 figures in BENCHMARKS.md. Don't tune one value in isolation.
MAX_LINE_SCORE = 60  # one very long line cannot outweigh everything else
SUBHEAD_PENALTY = 0.5  # a lone heading between body paragraphs (a sub-head)
LIST_PENALTY = 3.0  # headings in a run (menus, headline lists), teasers, labels
SUMMARY_PENALTY = 1.0  # a lone sentence between two non-body lines (a teaser's summary)
SUMMARY_MAX_WORDS = 40  # ...when shorter than this...
SUMMARY_RUN_GAP = 3  # ...and another such line lies within this many lines
REMOVED_PENALTY = 4.0
# Lines that usually close an article (share bars, "Related"/"Most read", newsletter and
# donation appeals, comments, legal footers) cost more: what follows them is rarely body.
END_MARKER_REASONS = frozenset(
    [
        "related",
        "author-bio",
        "author-box",
        "share",
        "newsletter",
        "donation",
        "comments-start",
        "comment-header",
        "legal",
        "cookie",
        "navigation",
        "card-list",
    ]
)
END_MARKER_PENALTY = 30.0  # tune F1 0.934 -> 0.943 (4 -> 30)
# Site-disjoint ablation (extract/aeb dev scraped_text, bench/extract_ablation.py): adding the
# secondary runs lost on unseen sites (F1 0.964 without, 0.959 with; tuning sites 0.893 ->
# 0.896), so they are off; the settings stay for a measured re-enable.
SECONDARY_RUNS = False
SECONDARY_SHARE = 0.3  # another run of body lines counts when it scores this share of the best
SECONDARY_MIN = 40.0  # ...and at least this much (about 40 words of sentences)  # a line already removed as boilerplate
# Named rules that bench/extract_ablation.py switches off one at a time to measure them (as
# clean/html.DISABLED_RULES); all are on in every run:
#   short-body-lines    short lines ending like sentences inside the article stay
#   introduced-lists    list items after a body line ending in ":" stay
#   repeated-sentences  a sentence line printed twice on a page is a caption or teaser
#   inline-captions     captions between paragraphs don't make a body paragraph "lone" (a
#                       teaser summary): tune sites F1 0.8970 -> 0.8983 (session 2026-12-05 f)
#   card-lists          a short dateline recurring every few lines marks teaser cards
#   figure-lines        short lines with figures inside the article block (table rows, results,
#                       prices) stay: tune sites F1 0.912 -> 0.914
#   sentence-items      list items that are sentences of their own inside the article block
#                       (a key-points box: "- The president deployed the army") stay: the kit's
#                       figures are unchanged (no such box in it), the events of wire copy gain
TEXT_RULES = (
    "short-body-lines",
    "introduced-lists",
    "repeated-sentences",
    "inline-captions",
    "card-lists",
    "figure-lines",
    "sentence-items",
)
DISABLED_RULES: set[str] = set()
# Teaser cards (tune sites F1, session 2026-12-05 f): CARD_MIN_DATES datelines, each at most
# CARD_MAX_GAP non-blank lines after the one before.
CARD_MIN_DATES = 3
CARD_MAX_GAP = 6
# ... unless an item carries a paragraph this long: a digest of news briefs, not teasers
CARD_ITEM_MIN_WORDS = 100
CARD_DATE_MAX_WORDS = (
    6  # a card's date line is short (a quoted tweet's "— name (@handle) date" is not)
)
DATELINE_MAX_WORDS = 16  # a line this short holding a date is a dateline
MIN_BODY_WORDS_BEFORE_COMMENTS = 40  # a comments header after this much body ends the article
COMMENT_STARTS = frozenset(["comments-start", "comment-header"])

# boilerplate.yaml reasons the text cleaner does not apply: "advert" lost on unseen sites in the
# same ablation (0.960 without, 0.959 with; no change elsewhere).
SKIPPED_REASONS = frozenset(["advert"])

_CREDIT_TAIL = re.compile(
    r"\s*\((?:pic|picture|photo|photograph|image|credit|source|foto)s?\s*:[^)]*\)\s*$", re.I
)
BARE_CUE_WORDS = 4  # "Read more", "Also on example.com": a cue without its headline
TEASER_MAX_WORDS = 30  # a teaser headline after a bare cue is at most this long
# Hard-wrapped plain text (trnews-style exports): lines of at least WRAP_MIN_CHARS that run
# on into the next line; unwrapped when at least WRAP_MIN_LINES and WRAP_SHARE of lines do.
WRAP_MIN_CHARS = 40
WRAP_MIN_LINES = 3
WRAP_SHARE = 0.3
WRAP_MIN_RUN_LINES = 2  # ...or, in one block, this many lines carry on in lower case
WRAP_FULL_SHARE = 0.95  # a line this close to the wrap width continues even after a full stop
SHORT_NOTE_MAX_LINES = (
    8  # a text this short without a prose run is kept as it is (a note, a headline)
)
_CREDIT_ONLY = re.compile(r"^(?:\(|(?:pic|picture|photo|photograph|image|credit)s?\b)", re.I)
CAPTION_MAX_WORDS = 40
BIO_HEADING_MAX_WORDS = 5  # "About Jane Doe": an author box's heading, its bio follows
_ISSUE = re.compile(r"\b(?:issue|edition)\s+(?:no\.?\s*)?(\d{1,5})\b", re.I)
_BYLINE = re.compile(r"^by\s+(.+?)(?:\s*[,|]\s*.{0,40}|\s+[-–—]\s+.{0,40})?$", re.I)


@dataclass
class _State:
    lines: list[str]
    reasons: list[str | None]
    origin: list[int] = field(default_factory=list)  # first input line of each (unwrapped) line
    meta: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)


def _on(rule: str) -> bool:
    return rule not in DISABLED_RULES


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split()).casefold()


_words = words


def is_sentence_like(line: str) -> bool:
    return line_kind(line) == "sentence"


def is_heading_like(line: str) -> bool:
    return line_kind(line) == "heading"


def _pattern_pass(st: _State, retrieved: str | None) -> None:
    for i, line in enumerate(st.lines):
        s = line.strip()
        if not s:
            continue
        reason = boilerplate_reason(s)
        if reason in SKIPPED_REASONS:
            reason = None
        if reason is None and _words(s) <= DATELINE_MAX_WORDS and not is_sentence_like(s):
            day = find_date(s)
            if day:
                reason = "dateline"
                st.meta.setdefault("published", (day, "day"))
        if reason is None:
            continue
        if reason == "dateline" and "published" not in st.meta:
            day = find_date(s)
            if day:
                st.meta["published"] = (day, "day")
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
    # Captions: a short line right before a credit-only line ("(Image credit: ...)").
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    for k, i in enumerate(nonblank[:-1]):
        nxt = nonblank[k + 1]
        if (
            reasons[i] is None
            and reasons[nxt] == "picture-credit"
            and _CREDIT_ONLY.match(lines[nxt].strip())
            and _words(lines[i]) <= CAPTION_MAX_WORDS
        ):
            reasons[i] = "caption"
    # Repeated lines: the second and later copies of a short line are not body text, and a
    # sentence printed twice on a page is a caption or a teaser (body paragraphs appear once).
    counts: dict[str, int] = {}
    for s in lines:
        if s.strip():
            counts[_norm(s)] = counts.get(_norm(s), 0) + 1
    seen: set[str] = set()
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    for k, i in enumerate(nonblank):
        s = lines[i]
        key = _norm(s)
        if reasons[i] is None:
            if is_sentence_like(s):
                prev_body = k > 0 and is_sentence_like(lines[nonblank[k - 1]])
                next_body = k + 1 < len(nonblank) and is_sentence_like(lines[nonblank[k + 1]])
                if counts[key] > 1 and _on("repeated-sentences") and not (prev_body and next_body):
                    reasons[i] = "repeated"
            elif key in seen:
                reasons[i] = "duplicate"
        seen.add(key)
    # An author box: the paragraph right after an "About <name>" heading is the author's bio.
    for k, i in enumerate(nonblank[:-1]):
        nxt = nonblank[k + 1]
        if (
            reasons[i] == "author-box"
            and _words(lines[i]) <= BIO_HEADING_MAX_WORDS
            and reasons[nxt] is None
            and is_sentence_like(lines[nxt])
        ):
            reasons[nxt] = "author-bio"
    # Teasers: headline lines right before a "Read more" line, or the headline right after a
    # bare cue ("Also on example.com", "READ MORE:") that has none before it.
    for i, r in enumerate(reasons):
        if r != "read-more":
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if _words(lines[i]) <= BARE_CUE_WORDS and (j < 0 or not is_heading_like(lines[j])):
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines) and reasons[k] is None and _words(lines[k]) <= TEASER_MAX_WORDS:
                reasons[k] = "teaser"
            continue
        while (
            j >= 0
            and lines[j].strip()
            and (is_heading_like(lines[j]) or reasons[j] in ("duplicate", "caption"))
        ):
            reasons[j] = "teaser"
            j -= 1


INLINE_REASONS = frozenset(["picture-credit", "agency-caption", "caption"])


def _inline(st: _State, i: int) -> bool:
    """A removed line that interrupts the body where it stands (a picture's caption)."""
    return _on("inline-captions") and st.reasons[i] in INLINE_REASONS


def _card_lists(st: _State) -> None:
    """Teaser cards: a dateline recurring every few lines (headline, author, date, summary,
    headline, ...) is a list of other articles; from its first date on, the run is not body."""
    if not _on("card-lists"):
        return
    nonblank = [i for i, s in enumerate(st.lines) if s.strip()]
    dated = [
        k
        for k, i in enumerate(nonblank)
        if st.reasons[i] == "dateline"
        and _words(st.lines[i]) <= CARD_DATE_MAX_WORDS
        and not st.lines[i].strip().startswith(LIST_MARKS)  # "— Jane (@jane) May 3, 2019"
    ]
    run: list[int] = []
    for k in dated + [10**9]:
        if run and k - run[-1] <= CARD_MAX_GAP:
            run.append(k)
            continue
        if len(run) >= CARD_MIN_DATES and not _full_items(st, nonblank, run):
            for j in range(run[0], run[-1] + 1):
                i = nonblank[j]
                if st.reasons[i] is None or st.reasons[i] == "dateline":
                    st.reasons[i] = "card-list"
        run = [k]


def _full_items(st: _State, nonblank: list[int], run: list[int]) -> bool:
    """The dated items of the run carry paragraphs of news, not teaser summaries (a digest of
    briefs, each with its own headline, date and story): one line of CARD_ITEM_MIN_WORDS words
    or more."""
    return any(_words(st.lines[nonblank[j]]) >= CARD_ITEM_MIN_WORDS
               for j in range(run[0], min(run[-1] + CARD_MAX_GAP, len(nonblank))))


def _scores(st: _State) -> list[float | None]:
    """Score every non-blank line (None for blank): body lines gain, everything else costs."""
    idx = [i for i, s in enumerate(st.lines) if s.strip()]
    kinds = {i: ("removed" if st.reasons[i] else line_kind(st.lines[i])) for i in idx}
    st.kinds = kinds
    scores: list[float | None] = [None] * len(st.lines)
    # A lone short sentence between two non-body lines, in a run of such (headline, summary,
    # headline, summary, ...), is a teaser list's summary, not body text.
    # Captions and picture credits sit between body paragraphs: they don't make a paragraph lone.
    seen_kind = [kinds[i] for i in idx if not _inline(st, i)]
    pos = {i: n for n, i in enumerate(i for i in idx if not _inline(st, i))}
    lone = [
        kinds[i] == "sentence"
        and _words(st.lines[i]) < SUMMARY_MAX_WORDS
        and i in pos
        and (pos[i] == 0 or seen_kind[pos[i] - 1] != "sentence")
        and (pos[i] + 1 == len(seen_kind) or seen_kind[pos[i] + 1] != "sentence")
        for i in idx
    ]
    summary = [
        lone[k]
        and any(
            lone[j]
            for j in range(max(0, k - SUMMARY_RUN_GAP), min(len(idx), k + SUMMARY_RUN_GAP + 1))
            if j != k
        )
        for k in range(len(idx))
    ]
    for k, i in enumerate(idx):
        kind = kinds[i]
        if kind == "removed":
            end = st.reasons[i] in END_MARKER_REASONS
            # a share bar or a related list is one end marker, however many lines it has
            prev_end = (
                k > 0
                and kinds[idx[k - 1]] == "removed"
                and st.reasons[idx[k - 1]] in END_MARKER_REASONS
            )
            scores[i] = (
                -END_MARKER_PENALTY
                if end and not prev_end  # a run of end-marker lines pays the penalty once
                else -REMOVED_PENALTY
            )
        elif kind == "sentence":
            n = _words(st.lines[i])
            if summary[k]:
                scores[i] = -SUMMARY_PENALTY
            else:
                scores[i] = float(min(n, MAX_LINE_SCORE))
        elif kind == "heading":
            prev_k = kinds[idx[k - 1]] if k > 0 else "sentence"
            next_k = kinds[idx[k + 1]] if k + 1 < len(idx) else "sentence"
            lone = prev_k in ("sentence", "removed") and next_k == "sentence"
            scores[i] = -SUBHEAD_PENALTY if lone else -LIST_PENALTY
        elif _introduced_item(st.lines, idx, kinds, k):
            scores[i] = 0.0  # "President Obama also said:" then "- The UK must stay in the EU"
        else:
            scores[i] = -LIST_PENALTY
    return scores


# A figure a table row or list item is about: two numbers, a score, an amount or a share
# ("Palm Bay 18 22 13 17", "70-44", "$139", "35%"); a lone number ("Story 3") is not enough.
_FIGURE = re.compile(r"\d\D+\d|\d[-–:]\d|[$€£¥₩]\s?\d|\d\s?(?:%|[$€£¥₩])")
LIST_MARKS = ("- ", "• ", "* ", "– ", "— ")
ITEM_MIN_WORDS = 4


SENTENCE_ITEM_MIN_WORDS = 6


def _sentence_item(line: str) -> bool:
    """A list item that is a sentence of its own (a key-points box): a capital, at least
    ``SENTENCE_ITEM_MIN_WORDS`` words, mostly lower-case words (not a headline in title case)."""
    text = line[2:].strip()
    ws = text.split()
    if len(ws) < SENTENCE_ITEM_MIN_WORDS or not text[:1].isupper() or text.endswith(("...", "…", "?")):
        return False
    lower = sum(1 for w in ws[1:] if w[:1].islower())
    return lower >= 0.5 * (len(ws) - 1)


def _introduced_item(lines: list[str], idx: list[int], kinds: dict, k: int) -> bool:
    """Line ``idx[k]`` is a list item of several words in a list a body sentence ending with a
    colon introduces (the items before it are such items too)."""
    line = lines[idx[k]].strip()
    if not line.startswith(LIST_MARKS) or _words(line) < ITEM_MIN_WORDS:
        return False
    j = k - 1
    while j >= 0 and lines[idx[j]].strip().startswith(LIST_MARKS):
        j -= 1
    return j >= 0 and kinds[idx[j]] == "sentence" and lines[idx[j]].strip().endswith(":")


def _comments_cut(st: _State) -> None:
    """Everything after a comments header that follows the article body is comments."""
    body_words = 0
    for i, s in enumerate(st.lines):
        if st.reasons[i] in COMMENT_STARTS and body_words >= MIN_BODY_WORDS_BEFORE_COMMENTS:
            for j in range(i + 1, len(st.lines)):
                if st.lines[j].strip() and st.reasons[j] is None:
                    st.reasons[j] = "comments"
            return
        if st.reasons[i] is None and line_kind(s) == "sentence":
            body_words += _words(s)


def _end_mark_cut(st: _State) -> None:
    """A wire story closes with "(END)" (or "/END/"): every line after the first that ends so is
    the page around it (a reporter's bio, keywords, more stories)."""
    for i, s in enumerate(st.lines):
        if st.reasons[i] is None and END_MARK.search(s):
            for j in range(i + 1, len(st.lines)):
                if st.lines[j].strip() and st.reasons[j] is None:
                    st.reasons[j] = "after-end-mark"
            return


# The mark that closes a wire story ("... a day after the exercise ended. (END)").
END_MARK = re.compile(r"(?:\(END\)|/END/|^\s*-+\s*END\s*-+)\s*$")


def _best_segment(scores: list[float | None], lo: int, hi: int) -> tuple[float, int, int]:
    """(sum, start, end) of the maximum-sum run of scores in [lo, hi) (blank lines neutral)."""
    best, best_range = 0.0, (lo, lo)
    run, run_start = 0.0, lo
    for i in range(lo, hi):
        score = scores[i]
        if score is None:
            continue
        if run <= 0:
            run, run_start = 0.0, i
        run += score
        if run > best:
            best, best_range = run, (run_start, i + 1)
    return best, best_range[0], best_range[1]


def _article_blocks(st: _State) -> list[tuple[int, int]]:
    """[start, end) line ranges of the article: the best-scoring run of lines, plus any run
    on either side that scores at least SECONDARY_SHARE of it (an article split by an ad)."""
    scores = _scores(st)
    best, start, end = _best_segment(scores, 0, len(scores))
    if best <= 0:
        return []
    blocks = [(start, end)]
    todo = [(0, start), (end, len(scores))] if SECONDARY_RUNS else []
    while todo:
        lo, hi = todo.pop()
        total, s, e = _best_segment(scores, lo, hi)
        if total > 0 and total >= SECONDARY_SHARE * best and total >= SECONDARY_MIN:
            blocks.append((s, e))
            todo += [(lo, s), (e, hi)]
    return sorted(blocks)


def _drop_in_block_junk(st: _State, start: int, end: int) -> None:
    """Inside the article block keep body lines and lone sub-heads followed by body text."""
    idx = [i for i in range(start, end) if st.lines[i].strip() and st.reasons[i] is None]
    in_list = False  # inside a list that a body line ending in ":" introduced
    for k, i in enumerate(idx):
        line = st.lines[i].strip()
        kind = st.kinds.get(i) or line_kind(line)
        if kind == "sentence":
            in_list = line.endswith(":")
            continue
        nxt = st.kinds.get(idx[k + 1]) if k + 1 < len(idx) else None
        prv = st.kinds.get(idx[k - 1]) if k > 0 else "sentence"
        if kind == "heading" and nxt == "sentence" and prv == "sentence":
            continue
        if _on("short-body-lines") and kind != "teaser" and ends_like_sentence(line):
            in_list = line.endswith(":")
            continue  # "Here's the thing:", "It got a laugh!": short body lines
        if (
            _on("introduced-lists")
            and in_list
            and (kind == "heading" or line.startswith(LIST_MARKS))
        ):
            continue
        if _on("sentence-items") and line.startswith(LIST_MARKS) and _sentence_item(line):
            continue  # "- President X deployed the military to support the police": a key point
        if _on("figure-lines") and kind != "teaser" and _FIGURE.search(line):
            continue  # a table row or list item with figures: "Palm Bay 18 22 13 17 - 70"
        in_list = False
        st.reasons[i] = "teaser" if kind in ("heading", "teaser") else "label"


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


def _runs_on(lines: list[str], i: int) -> bool:
    """Line i is long, ends mid-sentence and the next line is not blank."""
    s = lines[i].strip()
    return (
        len(s) >= WRAP_MIN_CHARS
        and i + 1 < len(lines)
        and bool(lines[i + 1].strip())
        and not ends_like_sentence(s)
    )


def _wrapped_runs(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) runs of consecutive non-blank lines that are hard-wrapped prose: the whole
    text when wrapping is its habit, else runs where several lines carry on in lower case."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    whole = sum(_runs_on(lines, i) for i in nonblank) >= max(
        WRAP_MIN_LINES, WRAP_SHARE * len(nonblank)
    )
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        carried = sum(
            1 for k in range(i, j - 1) if _runs_on(lines, k) and lines[k + 1].strip()[:1].islower()
        )
        if j - i >= 2 and (whole or carried >= WRAP_MIN_RUN_LINES):
            runs.append((i, j))
        i = j
    return runs


def unwrap(lines: list[str]) -> tuple[list[str], list[int]]:
    """Join hard-wrapped paragraphs (prose wrapped at a fixed width) into one line each.

    Returns the logical lines and, for each, the index of its first input line. Scraped pages
    (one block per line, blank lines between blocks) pass through unchanged.
    """
    runs = _wrapped_runs(lines)
    if not runs:
        return lines, list(range(len(lines)))
    nonblank = [len(s.strip()) for s in lines if s.strip()]
    width = sorted(nonblank)[int(0.9 * (len(nonblank) - 1))]
    in_run = {k for lo, hi in runs for k in range(lo, hi)}
    out: list[str] = []
    origin: list[int] = []
    joining = False
    for i, line in enumerate(lines):
        s = line.strip()
        if joining and s and i in in_run:
            out[-1] += " " + s
        else:
            out.append(line)
            origin.append(i)
        full = len(s) >= WRAP_FULL_SHARE * width
        joining = (
            i in in_run
            and bool(s)
            and (not ends_like_sentence(s) or full)
            and len(s) >= WRAP_MIN_CHARS
        )
    return out, origin


def clean_text(doc: Document) -> Article:
    """Clean scraped page text into an article body with metadata and removed spans."""
    lines, origin = unwrap(doc.content.split("\n"))
    st = _State(lines=lines, reasons=[None] * len(lines), origin=origin)
    _pattern_pass(st, doc.retrieved)
    _structure_pass(st)
    _comments_cut(st)
    _end_mark_cut(st)
    _card_lists(st)
    blocks = _article_blocks(st)
    inside = set()
    for lo, hi in blocks:
        inside.update(range(lo, hi))
        _drop_in_block_junk(st, lo, hi)
    if not blocks and sum(1 for x in lines if x.strip()) <= SHORT_NOTE_MAX_LINES:
        inside = set(range(len(lines)))  # a short note with no prose run: keep what no rule removed
    for i, s in enumerate(lines):
        if s.strip() and st.reasons[i] is None and i not in inside:
            st.reasons[i] = "outside-article"
    start = blocks[0][0] if blocks else len(lines)
    title = _take_title(st, start, doc.title)
    body, removed = _assemble(st)
    published, precision = doc.published, "day" if doc.published else None
    if not published and "published" in st.meta:
        published, precision = st.meta["published"]
    return Article(
        doc_id=doc.id,
        text=body,
        title=title,
        author=st.meta.get("author") or doc.meta.get("author"),
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
            removed.append(RemovedSpan(text=s.strip(), reason=st.reasons[i], line=st.origin[i]))
            continue
        sep = "\n" if prev_kept == i - 1 else "\n\n"
        parts.append((sep if parts else "") + s.strip())
        prev_kept = i
    return "".join(parts), removed
