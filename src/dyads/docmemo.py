"""Per-document memos of what spaCy rebuilds on every access.

``Doc.text`` joins every token anew, ``Doc.ents`` walks every token, and ``Doc.char_span``
bisects the tokens and builds a new ``Span`` each time; the rules ask for them per event, per
mention and per sentence. The answers are kept in ``Doc.user_data`` (the document is not
changed after parsing), so each is computed once per document and argument. On the ground
floor: imports no other dyads module (nor spaCy, until a document asks), so every room may
use it.
"""

from __future__ import annotations

import bisect
from typing import Any

TEXT_KEY = "dyads_text"
ENTS_KEY = "dyads_ents"
ENT_STARTS_KEY = "dyads_ent_starts"
SPANS_KEY = "dyads_char_spans"
LEMMAS_KEY = "dyads_lemmas"
STRINGS_KEY = "dyads_strings"
SENTS_KEY = "dyads_sents_memo"
HEADS_KEY = "dyads_heads"
CHILDREN_KEY = "dyads_children"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Any) -> tuple:
    """``doc.ents``, built once."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def doc_sents(doc: Any) -> tuple:
    """``tuple(doc.sents)``, built once (``Doc.sents`` walks every token on each read)."""
    got = doc.user_data.get(SENTS_KEY)
    if got is None:
        got = doc.user_data[SENTS_KEY] = tuple(doc.sents)
    return got


def doc_heads(doc: Any) -> list[int]:
    """``t.head.i`` of every token (the root's is its own), read once off the token array."""
    got = doc.user_data.get(HEADS_KEY)
    if got is None:
        from spacy.attrs import HEAD

        rel = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []  # (stored unsigned)
        got = doc.user_data[HEADS_KEY] = [i + h for i, h in enumerate(rel)]
    return got


def children_of(doc: Any, i: int) -> list[int]:
    """The indices of ``doc[i].children``, in the same (document) order, from one table per
    document (two flat lists, not a list per token: fewer objects for the garbage collector)."""
    got = doc.user_data.get(CHILDREN_KEY)
    if got is None:
        heads = doc_heads(doc)
        counts = [0] * (len(heads) + 1)
        for j, h in enumerate(heads):
            if h != j:
                counts[h + 1] += 1
        for k in range(len(heads)):
            counts[k + 1] += counts[k]
        flat = [0] * counts[-1]
        fill = counts[:-1]
        for j, h in enumerate(heads):  # (in document order within each head)
            if h != j:
                flat[fill[h]] = j
                fill[h] += 1
        got = doc.user_data[CHILDREN_KEY] = (counts, flat)
    starts, flat = got
    return flat[starts[i] : starts[i + 1]]


def doc_strings(doc: Any, attr: str) -> list[str]:
    """The string of token attribute ``attr`` of every token, read once off the token array:
    "ORTH" (``t.text``), "LEMMA" (``t.lemma_``), "LOWER" (``t.lower_``), "POS", "TAG", "DEP",
    "ENT_TYPE" (``t.ent_type_``, "" outside an entity)."""
    try:
        return doc.user_data[STRINGS_KEY][attr]
    except KeyError:
        pass
    from spacy.attrs import IDS  # loaded with the parser that made ``doc``

    memo = doc.user_data.setdefault(STRINGS_KEY, {})
    hashes = doc.to_array(IDS[attr]).tolist()
    strings = doc.vocab.strings
    names = {h: strings[h] for h in set(hashes)}  # (a text repeats its words: each looked up once)
    got = memo[attr] = list(map(names.__getitem__, hashes))
    return got


def doc_lemmas(doc: Any) -> list[str]:
    """``t.lemma_.lower()`` of every token, built once."""
    got = doc.user_data.get(LEMMAS_KEY)
    if got is None:
        got = doc.user_data[LEMMAS_KEY] = [lemma.lower() for lemma in doc_strings(doc, "LEMMA")]
    return got


def doc_lowers(doc: Any) -> list[str]:
    """``t.lower_`` of every token, built once."""
    return doc_strings(doc, "LOWER")


def span_text(span: Any) -> str:
    """``span.text`` (its words and the spaces between them, not the last one's), cut from the
    memo of the document's text instead of joined token by token."""
    if not len(span):
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


def span_ents(span: Any) -> list:
    """``span.ents`` (the entities wholly inside ``span``, as spaCy gives them) from the
    document's memo of its entities."""
    doc = span.doc
    starts = doc.user_data.get(ENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[ENT_STARTS_KEY] = [e.start for e in doc_ents(doc)]
    ents = doc_ents(doc)
    out = []
    for k in range(bisect.bisect_left(starts, span.start), len(ents)):
        if ents[k].end > span.end:
            break
        out.append(ents[k])
    return out


def span_at(doc: Any, start: int, end: int) -> Any:
    """``doc.char_span(start, end, alignment_mode="expand")`` (a ``Span`` or None), built once
    per document and offsets. Callers read the span; none may change it."""
    table = doc.user_data.get(SPANS_KEY)
    if table is None:
        table = doc.user_data[SPANS_KEY] = {}
    key = (start, end)
    try:
        return table[key]
    except KeyError:
        span = table[key] = doc.char_span(start, end, alignment_mode="expand")
        return span
