"""The sentence of a token, without spaCy's scan of the document on every ``Token.sent``.

``Token.sent`` walks the document to find the sentence boundaries each time it is read; rules
that ask it per trigger, per candidate or per token turn a long article quadratic. One table per
document (kept in ``Doc.user_data``) answers in constant time.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def sentence_of(tok: Token) -> Span:
    table = tok.doc.user_data.get("dyads_sent_of")
    if table is None:
        table = tok.doc.user_data["dyads_sent_of"] = [s for s in tok.doc.sents for _ in s]
    return table[tok.i]
