"""Plain-list views of the spaCy Doc arrays the resolver needs (built once per document).

Reading ``doc.to_array`` once is much cheaper than touching ``Token`` objects per hit, which
keeps resolution far below the cost of the parse.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LENGTH, POS, SENT_START
from spacy.symbols import PRON
from spacy.tokens import Doc


class DocView:
    __slots__ = (
        "doc",
        "idx",
        "ends",
        "head",
        "dep",
        "pos",
        "ent_iob",
        "ent_type",
        "sent",
        "n",
        "s",
        "prons",
        "text",
    )

    def __init__(self, doc: Doc, text: str | None = None):
        self.doc = doc
        self.text = doc.text if text is None else text
        arr = doc.to_array([IDX, HEAD, DEP, POS, ENT_IOB, ENT_TYPE, SENT_START, LENGTH])
        n = len(doc)
        self.n = n
        if n == 0:
            self.idx = self.ends = self.head = self.dep = self.pos = []
            self.ent_iob = self.ent_type = self.sent = self.prons = []
            self.s = doc.vocab.strings
            return
        idx = arr[:, 0].astype(np.int64)
        self.idx = idx.tolist()
        self.ends = (idx + arr[:, 7].astype(np.int64)).tolist()
        self.head = (np.arange(n, dtype=np.int64) + arr[:, 1].astype(np.int64)).tolist()
        self.dep = arr[:, 2].tolist()
        self.pos = arr[:, 3].tolist()
        self.ent_iob = arr[:, 4]  # numpy: read rarely (learned actors)
        self.ent_type = arr[:, 5]
        starts = arr[:, 6].astype(np.int64) == 1
        starts[0] = True
        self.sent = (np.cumsum(starts) - 1).tolist()
        self.prons = np.flatnonzero(arr[:, 3] == PRON).tolist()
        self.s = doc.vocab.strings

    def word(self, t: int) -> str:
        """Lower-case text of token ``t`` (without building a Token object)."""
        return self.text[self.idx[t] : self.ends[t]].lower()

    def token_at(self, char: int) -> int:
        """Index of the token containing (or the last token starting before) ``char``."""
        return max(0, bisect_right(self.idx, char) - 1)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range [t0, t1) covering the char span [start, end)."""
        return self.token_at(start), self.token_at(max(start, end - 1)) + 1
