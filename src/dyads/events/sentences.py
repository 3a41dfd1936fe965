"""The sentence of a token or of a character offset, without rescanning the document.

``Token.sent`` walks the document to find the sentence boundaries each time it is read; rules
that ask it per trigger, per candidate or per token turn a long article quadratic. One table per
document (kept in ``Doc.user_data``) answers in constant time, and one list of sentence starts
answers for a character offset (an event's evidence) by bisection.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from dyads.docmemo import doc_sents


def sentence_of(tok: Token) -> Span:
    table = tok.doc.user_data.get("dyads_sent_of")
    if table is None:
        table = tok.doc.user_data["dyads_sent_of"] = []
        for s in doc_sents(tok.doc):
            table.extend([s] * len(s))
    return table[tok.i]


def sentences(doc: Doc) -> tuple[list[int], list[Span]]:
    """(start character of each sentence, the sentences), computed once per document."""
    table = doc.user_data.get("dyads_sent_starts")
    if table is None:
        sents = list(doc_sents(doc))
        table = doc.user_data["dyads_sent_starts"] = ([s.start_char for s in sents], sents)
    return table


def sentence_index_at(doc: Doc, char: int) -> int:
    """Index of the last sentence starting at or before ``char`` (0 before the first)."""
    starts, _ = sentences(doc)
    return max(0, bisect.bisect_right(starts, char) - 1)


def sentence_at(doc: Doc, char: int) -> Span:
    return sentences(doc)[1][sentence_index_at(doc, char)]
