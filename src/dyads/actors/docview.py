"""Plain-list views of the spaCy Doc arrays the resolver needs (built once per document).

Reading ``doc.to_array`` once is much cheaper than touching ``Token`` objects per hit, which
keeps resolution far below the cost of the parse.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LENGTH, POS, SENT_START
from spacy.symbols import PRON, PUNCT
from spacy.tokens import Doc

from dyads.docmemo import doc_text

SMALL_DOC = 120  # tokens; below this the plain-Python path is faster (bench on PLOVER sentences)
WRAP = 1 << 64
HALF = 1 << 63


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
        self.text = doc_text(doc) if text is None else text
        arr = doc.to_array([IDX, HEAD, DEP, POS, ENT_IOB, ENT_TYPE, SENT_START, LENGTH])
        n = len(doc)
        self.n = n
        if n == 0:
            self.idx = self.ends = self.head = self.dep = self.pos = []
            self.ent_iob = self.ent_type = self.sent = self.prons = []
            self.s = doc.vocab.strings
            return
        if n <= SMALL_DOC:
            self._small(arr, n)
            return
        # small integers (offsets, heads, sentence ids) as int64; hashes (DEP, ENT_TYPE) stay uint64
        num = arr[:, [0, 1, 6, 7]].astype(np.int64)
        num[:, 1] += np.arange(n, dtype=np.int64)  # HEAD is relative
        num[:, 3] += num[:, 0]  # end = IDX + LENGTH
        starts = num[:, 2] == 1
        starts[0] = True
        # a bullet the parser made a sentence of its own ("-") counts with the item it marks
        lone = np.flatnonzero(starts[:-1] & starts[1:] & (arr[:-1, 3] == PUNCT))
        starts[lone + 1] = False
        num[:, 2] = np.cumsum(starts) - 1
        self.idx, self.head, self.sent, self.ends = num.T.tolist()
        self.dep, self.pos = arr[:, 2:4].T.tolist()
        self.ent_iob = arr[:, 4]  # numpy: read rarely (learned actors)
        self.ent_type = arr[:, 5]
        self.prons = np.flatnonzero(arr[:, 3] == PRON).tolist()
        self.s = doc.vocab.strings

    def _small(self, arr: np.ndarray, n: int) -> None:
        """Plain-Python path: for a sentence-sized doc, numpy call overhead dominates."""
        idx, head, dep, pos, iob, etype, sstart, length = arr.T.tolist()
        self.idx = idx
        self.dep, self.pos, self.ent_iob, self.ent_type = dep, pos, iob, etype
        self.ends = [i + k for i, k in zip(idx, length, strict=True)]
        # HEAD is a relative offset stored as uint64 (negative offsets wrap around)
        self.head = [i + (h - WRAP if h >= HALF else h) for i, h in enumerate(head)]
        sent = []
        k = -1
        for i, st in enumerate(sstart):
            lone_mark = i > 0 and sstart[i - 1] == 1 and pos[i - 1] == PUNCT  # "-" then its item
            if (st == 1 and not lone_mark) or i == 0:
                k += 1
            sent.append(k)
        self.sent = sent
        self.prons = [i for i, p in enumerate(pos) if p == PRON]
        self.s = self.doc.vocab.strings

    def word(self, t: int) -> str:
        """Lower-case text of token ``t`` (without building a Token object)."""
        return self.text[self.idx[t] : self.ends[t]].lower()

    def token_at(self, char: int) -> int:
        """Index of the token containing (or the last token starting before) ``char``."""
        return max(0, bisect_right(self.idx, char) - 1)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range [t0, t1) covering the char span [start, end)."""
        return self.token_at(start), self.token_at(max(start, end - 1)) + 1
