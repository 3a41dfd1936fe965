"""What a line of scraped page text looks like: a sentence, a heading, a teaser or a label.

These are the features the scraped-text cleaner scores; they describe general typography of
news pages (body paragraphs end like sentences; menus, headline lists and labels do not).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Tuned as a set on extract/aeb dev (tuning part, scraped_text F1); see BENCHMARKS.md.
MIN_SENTENCE_WORDS = 6  # a body line has at least this many words...
SENTENCE_END = ".!?…:;。！？"  # ...and ends with one of these (closing quotes/brackets skipped)
# Scripts written without spaces between words (Chinese, Japanese): this many characters count
# as one word, about the mean word length of Japanese and Chinese news text.
CJK_CHARS_PER_WORD = 2
QUESTION_MIN_WORDS = 12  # a shorter line ending in "?" is a headline, not body
HEADING_MAX_WORDS = 16  # longest line that can be a (sub)heading or headline
TITLE_CASE_MAX = 0.7  # share of capitalised words above which a line is a headline
LONG_UNPUNCTUATED_WORDS = 20
MIN_SHORT_WORD_SHARE = 0.15  # ...and has this share of short (function) words, as prose does  # a line this long is body text even without a final stop

DISABLED_RULES: set[str] = set()  # "cjk-words": switched off by bench/extract_ablation.py


def _on(rule: str) -> bool:
    return rule not in DISABLED_RULES


_CLOSERS = "\"'”’»)]*"
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_TAG_END = re.compile(r"\[[A-Z][A-Z ]{1,20}\]\s*$|\(\d+\)\s*$")
# A headline glued to its summary by a scraper: "...In Troy SteakhouseA party of six left..."
_GLUED = re.compile(r"(?:[a-z]{3}|(?<=\S)[?!.’”0-9])([A-Z])(?=[a-z]|\s)")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}[.!?]) (?=[A-Z])")
_SMALL_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was be it its vs via".split()
)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(s: str) -> int:
    """Words of a line; in scripts without spaces, every CJK_CHARS_PER_WORD characters count
    as one (a Japanese sentence is one "word" to str.split)."""
    if s.isascii() or not _on("cjk-words"):
        return len(s.split())
    cjk = len(_CJK.findall(s))
    if not cjk:
        return len(s.split())
    rest = len(_CJK.sub(" ", s).split())
    return rest + cjk // CJK_CHARS_PER_WORD


def title_case_share(s: str) -> float:
    """Share of capitalised words among the longer words of a line."""
    toks = [t for t in re.findall(r"[^\W\d_][\w’'-]*", s) if t.lower() not in _SMALL_WORDS]
    if not toks:
        return 0.0
    return sum(t[0].isupper() for t in toks) / len(toks)


def ends_like_sentence(s: str) -> bool:
    core = s.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] in SENTENCE_END


def _repetitive(s: str) -> bool:
    """Icon and menu soup ("icon bookmark-bicon cameraicon ..."): prose has many short
    function words (the, of, a, in, de, la), a run of labels has few."""
    toks = re.findall(r"\w+", s)
    if not toks:
        return True
    return sum(len(t) <= 3 for t in toks) / len(toks) < MIN_SHORT_WORD_SHARE


def is_glued_teaser(s: str) -> bool:
    """A title-case headline run into its summary sentence without a break."""
    for m in _GLUED.finditer(s):
        head = s[: m.start(1)]
        # every sentence of the head must be in title case ("...in November. In 2016, ..." is prose)
        parts = [p for p in _SENTENCE_BREAK.split(head) if words(p) >= 2] or [head]
        if words(head) >= 3 and all(title_case_share(p) > TITLE_CASE_MAX for p in parts):
            return True
    return False


@lru_cache(maxsize=8192)
def line_kind(line: str) -> str:
    """One of: sentence, heading, teaser, short."""
    s = line.strip()
    n = words(s)
    if _TRUNCATED.search(s) and n >= 4 or _TAG_END.search(s) or is_glued_teaser(s):
        return "teaser"
    if n >= MIN_SENTENCE_WORDS and ends_like_sentence(s):
        core = s.rstrip(_CLOSERS)
        if core.endswith("?") and n < QUESTION_MIN_WORDS and title_case_share(s) > 0.3:
            return "heading"
        if n <= HEADING_MAX_WORDS and title_case_share(s) > TITLE_CASE_MAX:
            return "heading"
        return "sentence"
    if n >= LONG_UNPUNCTUATED_WORDS and not _repetitive(s):
        return "sentence"
    if (
        0 < n <= HEADING_MAX_WORDS
        and (s[:1].isalnum() or s[:1] in "\"'“‘")
        and not s.endswith((",", ";"))
    ):
        return "heading"
    return "short"
